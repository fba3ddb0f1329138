import json

import pytest

from assistant.errors import SettingsError
from assistant.settings import Settings, load_settings, replace, save_settings, settings_path


def test_defaults_when_no_file():
    assert load_settings() == Settings()


def test_round_trip():
    save_settings(replace(Settings(), temperature=0.7, hotkey="f10"))
    loaded = load_settings()
    assert loaded.temperature == 0.7 and loaded.hotkey == "f10" and not loaded.notice


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", json.dumps({"temperature": "hot"}),
                                     json.dumps({"temperature": 9.0}), json.dumps({"volume_knob": 11})])
def test_broken_file_falls_back_and_is_kept_aside(content):
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content)
    settings = load_settings()
    assert settings.to_dict() == Settings().to_dict()
    assert "invalid" in settings.notice
    kept = list(path.parent.glob("settings.json.bad-*"))
    assert len(kept) == 1 and kept[0].read_text() == content
    assert not path.exists()


def test_validate_rejects_out_of_range():
    with pytest.raises(SettingsError):
        replace(Settings(), max_answer_tokens=0)
