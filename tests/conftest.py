"""Shared fixtures: a temporary user directory for every test (no test touches the real one), the
installed models, and the virtual audio devices."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
MODELS = REPO / "models"
ASSISTANT = [sys.executable, "-m", "assistant"]
POCKETSPHINX = Path("/usr/share/pocketsphinx/test/data")
ALSA_SOUNDS = Path("/usr/share/sounds/alsa")


@pytest.fixture(autouse=True)
def user_dirs(tmp_path, monkeypatch):
    for name in ("CONFIG", "DATA", "CACHE"):
        folder = tmp_path / name.lower()
        folder.mkdir()
        monkeypatch.setenv(f"ASSISTANT_{name}_DIR", str(folder))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    return tmp_path


@pytest.fixture(scope="session")
def models_ready():
    """The default models, installed by `make test` before pytest starts."""
    for name in ("whisper-tiny.en", "smollm2-135m-assistant", "piper-en_US-joe-medium"):
        if not (MODELS / name / "manifest.json").exists():
            pytest.fail(f"model {name} is not installed: run `make test` (it runs `assistant models install`)")
    return MODELS


@pytest.fixture(scope="session")
def virtual_audio():
    from tests.headless import VirtualAudio

    if not shutil.which("pulseaudio"):
        pytest.fail("PulseAudio is not installed: `make test` installs it (scripts/system-deps.sh --test)")
    audio = VirtualAudio().start()
    yield audio
    audio.stop()


def run_cli(*args: str, env: dict | None = None, timeout: float = 240, **kwargs) -> subprocess.CompletedProcess:
    merged = dict(os.environ, **(env or {}))
    return subprocess.run([*ASSISTANT, *args], capture_output=True, text=True, timeout=timeout, env=merged,
                          cwd=REPO, **kwargs)


def run_json(*args: str, env: dict | None = None) -> dict:
    proc = run_cli(*args, "--json", env=env)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


@pytest.fixture(scope="session")
def xserver():
    """One X server for the whole run: Qt keeps its first display until the process ends, so a
    second server (and the first one going away) would break the QApplication."""
    if not shutil.which("Xvfb"):
        pytest.fail("Xvfb is not installed: `make test` installs it (scripts/system-deps.sh --test)")
    from tests.headless import start_xvfb

    proc, display = start_xvfb()
    yield display
    time.sleep(1.0)  # let pynput's listener threads finish with the display before it goes away
    proc.terminate()
    proc.wait(5)


_EXIT_STATUS = [0]


def pytest_sessionfinish(session, exitstatus):
    _EXIT_STATUS[0] = int(exitstatus)


def pytest_unconfigure(config):
    """Shut Qt down while the interpreter is still whole, then leave without the interpreter's last
    garbage collection: a PySide6 wrapper freed there aborts the process ("bool_dealloc: deallocating
    True or False", or "none_dealloc", exit code 134) after every test has passed and been reported.
    Seen whenever tests/gui runs, with or without shutdown(); the exit status is pytest's own."""
    import gc
    import os
    import sys

    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        gc.collect()
        app.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(_EXIT_STATUS[0])
