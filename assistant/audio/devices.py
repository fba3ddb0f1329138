"""sounddevice, imported lazily and with its failures turned into messages people can act on."""

from __future__ import annotations

import threading

from assistant.errors import AudioDeviceError, NoMicrophoneError, NoSpeakerError

_HINT_MIC = "Connect a microphone (or choose one in the settings) and try again."
_HINT_SPK = "Connect speakers or headphones (or choose an output in the settings) and try again."


def sounddevice():
    try:
        import sounddevice as sd
    except OSError as exc:  # the wheel does not bundle PortAudio on Linux
        raise AudioDeviceError(
            "The PortAudio library is missing, so no sound can be recorded or played.",
            hint="Install it with `sudo apt-get install libportaudio2`.",
        ) from exc
    return sd


_refresh_lock = threading.Lock()


def refresh() -> None:
    """Let PortAudio look for devices again. It lists them once, at start: a microphone plugged in (or
    a sound server started) later stays invisible until it is re-initialised. Called after an open
    failed, when no stream of ours is running."""
    sd = sounddevice()
    with _refresh_lock:
        try:
            sd._terminate()
            sd._initialize()
        except Exception:
            pass  # still no devices: the caller reports the original failure


def open_stream(make):
    """`make()` opens and starts a stream; on failure the device list is refreshed and it is tried once more."""
    try:
        return make()
    except Exception:
        refresh()
        return make()


def input_error(exc: Exception) -> NoMicrophoneError:
    return NoMicrophoneError(f"No microphone could be opened ({_first_line(exc)}).", hint=_HINT_MIC)


def output_error(exc: Exception) -> NoSpeakerError:
    return NoSpeakerError(f"No speaker could be opened ({_first_line(exc)}).", hint=_HINT_SPK)


def has_input() -> bool:
    sd = sounddevice()
    try:
        return sd.query_devices(kind="input") is not None
    except Exception:
        return False


def _first_line(exc: Exception) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
