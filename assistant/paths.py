"""Where things live: models next to the code (a checkout) or in the user's data directory,
settings in the user's config directory. Every location can be moved with an environment variable,
which is how tests point the app at a temporary home."""

from __future__ import annotations

import contextlib
import fcntl
import os
import tempfile
import time
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


def make_private_dir(folder: Path) -> None:
    """The user's folder for the app: created 0700 (only the user may list or read what is in it)."""
    if not folder.exists():
        folder.mkdir(parents=True, mode=0o700, exist_ok=True)


@contextlib.contextmanager
def file_lock(path: Path):
    """Every process (and thread) that holds the lock of `path` (a companion `<name>.lock`, 0600) waits for the
    others: for a user file read, changed and written whole."""
    make_private_dir(path.parent)
    fd = os.open(path.with_name(path.name + ".lock"), os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def write_private(path: Path, text: str) -> None:
    """Write `text` to `path` atomically through a unique temporary file; the result is 0600."""
    make_private_dir(path.parent)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")  # mkstemp: 0600
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def move_aside(path: Path, companions: tuple[str, ...] = ("",)) -> Path | None:
    """A user file that cannot be read is kept, never overwritten: `path` (and `path` + each companion
    suffix, e.g. SQLite's -wal) becomes `<name>.bad-<time>`. None when it could not be moved."""
    aside = path.with_name(f"{path.name}.bad-{time.strftime('%Y%m%d-%H%M%S')}")
    try:
        for suffix in companions:
            source = Path(str(path) + suffix)
            if source.exists():
                source.replace(Path(str(aside) + suffix))
    except OSError:
        return None
    return aside
