"""The settings panel on a real X server: it lists the installed models (the distilled student
among them), saves valid values to the settings file and applies them, and names an invalid value
without writing anything."""

import json

import pytest

from tests.gui.test_window import ARTIFACTS


@pytest.fixture
def window(xserver, models_ready, monkeypatch):
    monkeypatch.setenv("DISPLAY", xserver)
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    from PySide6.QtWidgets import QApplication

    from assistant.core.assistant import Assistant
    from assistant.gui.window import MainWindow
    from assistant.settings import Settings

    app = QApplication.instance() or QApplication([])
    win = MainWindow(lambda on_event: Assistant(Settings(), play=False, on_event=on_event))
    win.show()
    yield app, win
    win.close()


def test_settings_are_listed_saved_and_applied(window, user_dirs):
    from assistant.settings import settings_path

    app, win = window
    dialog = win.open_settings()
    app.processEvents()
    models = [dialog.lm_model.itemText(i) for i in range(dialog.lm_model.count())]
    assert "smollm2-135m-assistant" in models and dialog.lm_model.currentText() == "smollm2-135m-assistant"
    assert "whisper-tiny.en" in [dialog.asr_model.itemText(i) for i in range(dialog.asr_model.count())]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(ARTIFACTS / "settings.png"))
    dialog.max_tokens.setValue(40)
    dialog.voice_rate.setValue(200)
    old_models = win.assistant.models
    dialog.save_button.click()
    app.processEvents()
    saved = json.loads(settings_path().read_text())
    assert saved["max_answer_tokens"] == 40 and saved["voice_rate"] == 200
    assert win.assistant.settings.max_answer_tokens == 40
    assert win.assistant.models is not old_models, "a new voice rate loads the voice again"
    result = win.assistant.ask_text("Tell me about the history of Rome in detail.")
    assert result.error is None and len(result.answer.split()) <= 40


def test_an_invalid_value_is_named_and_nothing_is_written(window, user_dirs):
    from assistant.settings import settings_path

    app, win = window
    dialog = win.open_settings()
    dialog.hotkey.setText("   ")
    dialog.save_button.click()
    app.processEvents()
    assert dialog.isVisible() and "hotkey must not be empty" in dialog.error.text()
    assert not settings_path().exists()
    assert win.assistant.settings.hotkey == "f9"
    dialog.reject()
