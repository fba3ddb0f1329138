"""Errors a user can meet. Each has a stable code and a sentence that says what to do."""

from __future__ import annotations


REPAIR = "Run `assistant models install` to repair it."  # the fix for a missing or damaged model


class AssistantError(Exception):
    """Base of every user-facing error: `code` is stable, `str(err)` is one sentence for people."""

    code = "assistant-error"

    def __init__(self, message: str, *, hint: str = "") -> None:
        self.message = message
        self.hint = hint
        super().__init__(f"{message} {hint}".strip())


class NoMicrophoneError(AssistantError):
    code = "no-microphone"


class NoSpeakerError(AssistantError):
    code = "no-speaker"


class AudioDeviceError(AssistantError):
    code = "audio-device-error"


class AudioUnreadableError(AssistantError):
    code = "audio-unreadable"


class NoSpeechError(AssistantError):
    """Nothing intelligible was heard (silence, noise): not a failure of the program."""

    code = "stt-no-text-recognized"


class EmptyInputError(AssistantError):
    code = "empty-input"


class InvalidInputError(AssistantError):
    """A question or option the command cannot take as given (text that is not UTF-8, a bad output path)."""

    code = "invalid-input"


class ModelMissingError(AssistantError):
    code = "model-missing"


class ModelCorruptError(AssistantError):
    code = "model-corrupt"


class ModelNameError(AssistantError):
    """A model name that is not a plain name (empty, a path, `.`/`..`): it would point outside models/."""

    code = "model-name-invalid"


class ModelBuildError(AssistantError):
    code = "model-build-failed"


class VoiceEngineError(AssistantError):
    code = "tts-engine-missing"


class SettingsError(AssistantError):
    code = "settings-invalid"


class CancelledError(AssistantError):
    code = "cancelled"

    def __init__(self, message: str = "The turn was cancelled.") -> None:
        super().__init__(message)


class TeacherError(AssistantError):
    """The teacher endpoint or model failed (timeout, refused connection, garbage); nothing kept is lost."""

    code = "teacher-failed"


class DistillError(AssistantError):
    code = "distill-failed"
