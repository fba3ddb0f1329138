"""The first start with a model missing: the window installs it with a progress bar (a child
process runs `assistant models install --progress json`), then answers; Cancel stops it and the
banner says how to finish later."""

import pytest

from tests.conftest import MODELS
from tests.gui.test_window import shot, wait_for


@pytest.fixture
def fresh_window(xserver, models_ready, monkeypatch, tmp_path):
    models = tmp_path / "models"
    models.mkdir()
    # The answer model is there (its build takes minutes); the speech model is not.
    (models / "smollm2-135m-assistant").symlink_to(MODELS / "smollm2-135m-assistant")
    monkeypatch.setenv("ASSISTANT_MODELS_DIR", str(models))
    monkeypatch.setenv("DISPLAY", xserver)
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    from PySide6.QtWidgets import QApplication

    from assistant.core.assistant import Assistant
    from assistant.gui.window import MainWindow
    from assistant.settings import Settings

    app = QApplication.instance() or QApplication([])
    win = MainWindow(lambda on_event: Assistant(Settings(), play=False, on_event=on_event))
    win.show()
    yield app, win, models
    win.install_panel.cancel()
    win._quitting = True
    win.close()
    import gc

    gc.collect()


def test_missing_model_is_installed_in_the_window(fresh_window):
    app, win, models = fresh_window
    win.load_models()
    assert wait_for(app, win.install_panel.isVisible, 30), "the install panel appears"
    assert wait_for(app, lambda: win.install_panel.bar.value() > 0, 60)
    shot(win, "window-installing")
    assert wait_for(app, lambda: not win.install_panel.isVisible(), 300)
    assert win.install_panel.stages, "progress stages were shown"
    assert (models / "whisper-tiny.en" / "manifest.json").exists()
    assert wait_for(app, lambda: win.state.property("stateName") == "idle", 120)
    assert not win.banner.isVisible(), win.banner.text()
    result = win.assistant.ask_text("What is seven times six?")
    assert "42" in result.answer or "forty" in result.answer.lower(), result.answer


def test_cancel_stops_the_installation_and_says_what_to_do(fresh_window):
    app, win, models = fresh_window
    win.load_models()
    assert wait_for(app, win.install_panel.isVisible, 30)
    win.install_panel.cancel_button.click()
    assert wait_for(app, lambda: "cancelled" in win.banner.text(), 30), win.banner.text()
    assert "assistant models install" in win.banner.text()
    assert not (models / "whisper-tiny.en" / "manifest.json").exists()
    assert win.state.property("stateName") == "idle"
