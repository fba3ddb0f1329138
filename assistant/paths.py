"""Where things live: models next to the code (a checkout) or in the user's data directory,
settings in the user's config directory. Every location can be moved with an environment variable,
which is how tests point the app at a temporary home."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "offline-assistant"
REPO_ROOT = Path(__file__).resolve().parent.parent


def models_dir() -> Path:
    env = os.environ.get("ASSISTANT_MODELS_DIR")
    if env:
        return Path(env)
    if (REPO_ROOT / "pyproject.toml").exists():
        return REPO_ROOT / "models"
    return Path(platformdirs.user_data_dir(APP_NAME)) / "models"


def config_dir() -> Path:
    env = os.environ.get("ASSISTANT_CONFIG_DIR")
    return Path(env) if env else Path(platformdirs.user_config_dir(APP_NAME))


def data_dir() -> Path:
    env = os.environ.get("ASSISTANT_DATA_DIR")
    return Path(env) if env else Path(platformdirs.user_data_dir(APP_NAME))


def cache_dir() -> Path:
    env = os.environ.get("ASSISTANT_CACHE_DIR")
    return Path(env) if env else Path(platformdirs.user_cache_dir(APP_NAME))
