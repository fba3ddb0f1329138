"""All user settings as one validated object, saved as JSON in the user's config directory.

An unreadable or invalid file never stops the app: the defaults are used, the bad file is kept aside
(settings.json.bad-<time>) rather than overwritten, and `notice` says so for the window to show."""

from __future__ import annotations

import dataclasses
import json
import re
from dataclasses import dataclass, field, fields
from pathlib import Path

from assistant import paths
from assistant.errors import SettingsError
from assistant.modelstore.registry import is_model_name

DEFAULT_SYSTEM_PROMPT = (
    "You are a helpful voice assistant running offline on the user's computer. "
    "Answer in one to three short spoken sentences, without lists or markdown."
)


# The keys the global hook can watch (pynput's names), as the panel binds them: F-keys, a few named keys, one character.
HOTKEY_NAMES = (r"f([1-9]|[12]\d|3[0-5])|pause|scroll_lock|insert|menu|print_screen|home|end|page_up|page_down|"
                r"caps_lock|space|ctrl_r|alt_r|alt_gr|\S")


@dataclass
class Settings:
    asr_model: str = "whisper-tiny.en"
    language: str = "en"
    lm_model: str = "smollm2-135m-assistant"
    max_answer_tokens: int = 96
    temperature: float = 0.0
    top_p: float = 0.9
    system_prompt: str = DEFAULT_SYSTEM_PROMPT
    history_enabled: bool = True
    history_token_budget: int = 768
    voice_id: str | None = None
    voice_rate: int = 175
    voice_volume: float = 1.0
    input_device: str | None = None
    output_device: str | None = None
    hotkey: str = "f9"
    hands_free: bool = False
    wake_word: bool = False
    speak_to_interrupt: bool = True  # hands-free without the wake word: speaking over a reply stops it
    end_silence_s: float = 0.7
    partial_transcripts: bool = True  # show the words while the user speaks (costs latency at the end)
    threads: int = 0
    clock_format: str = "auto"  # auto (the locale's convention), 12h or 24h
    theme: str = "system"       # system, light or dark
    start_at_login: bool = False  # an XDG autostart entry opens the window at login
    notice: str = field(default="", metadata={"transient": True})

    def validate(self) -> "Settings":
        problems = []
        for key in ("asr_model", "lm_model"):
            value = getattr(self, key)
            if not is_model_name(value):
                problems.append(f"{key} must be a model name (letters, digits, '.', '_', '-'), not a path: {value!r}")
        if not 8 <= self.max_answer_tokens <= 1024:
            problems.append("max_answer_tokens must be between 8 and 1024")
        if not 0.0 <= self.temperature <= 2.0:
            problems.append("temperature must be between 0 and 2")
        if not 0.0 < self.top_p <= 1.0:
            problems.append("top_p must be in (0, 1]")
        if not 64 <= self.history_token_budget <= 4096:
            problems.append("history_token_budget must be between 64 and 4096")
        if not 80 <= self.voice_rate <= 400:
            problems.append("voice_rate must be between 80 and 400 words per minute")
        if not 0.0 <= self.voice_volume <= 1.0:
            problems.append("voice_volume must be between 0 and 1")
        if not 0.2 <= self.end_silence_s <= 3.0:
            problems.append("end_silence_s must be between 0.2 and 3 seconds")
        if self.clock_format not in ("auto", "12h", "24h"):
            problems.append("clock_format must be auto, 12h or 24h")
        if self.asr_model.endswith(".en") and self.language not in ("en", ""):
            problems.append(f"{self.asr_model} understands English only: choose a multilingual speech model "
                            f"(whisper-base) for language {self.language!r}")
        if self.theme not in ("system", "light", "dark"):
            problems.append("theme must be system, light or dark")
        if not 0 <= self.threads <= 64:
            problems.append("threads must be between 0 (automatic) and 64")
        if not self.hotkey.strip():
            problems.append("hotkey must not be empty")
        elif not re.fullmatch(HOTKEY_NAMES, self.hotkey):
            problems.append(f"hotkey {self.hotkey!r} is not a key name (f1-f35, pause, scroll_lock, insert, menu, a letter...)")
        if problems:
            raise SettingsError("Invalid settings: " + "; ".join(problems) + ".",
                                hint="Fix the value in the settings panel or delete the settings file.")
        return self

    def to_dict(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self) if not f.metadata.get("transient")}


def settings_path() -> Path:
    return paths.config_dir() / "settings.json"


def load_settings(path: Path | None = None) -> Settings:
    path = path or settings_path()
    try:
        if not path.exists():
            return Settings()
        if path.is_dir():
            raise IsADirectoryError(f"{path} is a folder")
        text = path.read_text(encoding="utf-8")
    except OSError as exc:  # unreadable (permissions, a folder in its place): defaults, and the file is left alone
        settings = Settings()
        settings.notice = (f"Your settings file {path} could not be read ({exc.strerror or exc}); defaults are in "
                           "use and the file was left as it is.")
        return settings
    try:
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("the file does not hold a JSON object")
        known = {f.name: f for f in fields(Settings) if not f.metadata.get("transient")}
        unknown = sorted(set(data) - set(known))
        if unknown:
            raise ValueError("unknown setting(s) " + ", ".join(unknown))
        defaults = Settings()
        for name, value in data.items():
            expected = type(getattr(defaults, name))
            if value is not None and getattr(defaults, name) is not None and not _fits(value, expected):
                raise ValueError(f"{name} should be {expected.__name__}, not {type(value).__name__}")
        return Settings(**data).validate()
    except (ValueError, TypeError, SettingsError) as exc:
        aside = paths.move_aside(path)
        kept = f"the old file was kept as {aside}" if aside else f"the file could not be moved aside, so it was left as {path}"
        settings = Settings()
        settings.notice = f"Your settings file was invalid ({exc}); defaults are in use and {kept}."
        return settings


def save_settings(settings: Settings, path: Path | None = None) -> None:
    path = path or settings_path()
    settings.validate()
    try:  # atomic through a unique temporary file, 0600 in a 0700 folder
        paths.write_private(path, json.dumps(settings.to_dict(), indent=2, ensure_ascii=False) + "\n")
    except OSError as exc:
        raise SettingsError(f"The settings could not be saved to {path} ({exc.strerror or exc}).",
                            hint="Check that the folder exists and is writable (or set ASSISTANT_CONFIG_DIR).") from None


def _fits(value, expected: type) -> bool:
    if expected is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if expected is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, expected)


def replace(settings: Settings, **changes) -> Settings:
    return dataclasses.replace(settings, **changes).validate()
