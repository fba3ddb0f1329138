"""The assistant's voice for one turn: a Speaker opened on the current voice (the system voice when the neural
one is missing, with the notice on the result), its report read back into the turn's timings, and a reply
spoken without an answer (a timer's ring). A part of `Assistant` (core/assistant.py), kept apart for size."""

from __future__ import annotations

from assistant import events as ev
from assistant.core.result import TurnResult
from assistant.errors import AssistantError
from assistant.voice.speaker import Speaker


class Speaking:
    """Mixed into `Assistant`: uses its settings, models, play/keep_audio, _lock, _current and emit."""

    def _speaker(self, turn, result) -> Speaker | None:
        if not (self.play or self.keep_audio):
            return None
        try:
            voice = self.models.voice
            voice.engine()  # loads it now, falling back to the system voice when the neural one is missing
        except AssistantError as err:
            result.notice = str(err)  # the answer is still shown; only the voice is missing
            return None
        if getattr(voice, "notice", ""):
            result.notice = voice.notice
        player = None
        if self.play:
            from assistant.audio.playback import Player

            player = Player(self.settings.output_device,
                            on_level=lambda rms: self.emit(ev.SpeakerLevel(turn, rms=rms)))
        return Speaker(voice, player, keep_audio=self.keep_audio,
                       on_sentence=lambda text: self.emit(ev.SpeakingStarted(turn, sentence=text)))

    def _finish_speaker(self, turn, speaker: Speaker, result: TurnResult, t0: float) -> None:
        report = speaker.finish()
        if report.first_audio is not None:
            result.timings_ms["first_audio"] = round((report.first_audio - t0) * 1000, 1)
        if report.error is not None:
            result.notice = str(report.error)
        result.interrupted = result.interrupted or report.interrupted
        self.last_reply_audio = report.joined() if self.keep_audio else None
        self.emit(ev.SpeakingDone(turn, interrupted=report.interrupted))

    def _speak_only(self, turn, token, text: str, result: TurnResult) -> None:
        speaker = self._speaker(turn, result)
        if speaker is None:
            return
        with self._lock:
            self._current = (token, speaker)
        speaker.say(text)
        report = speaker.finish()
        self.last_reply_audio = report.joined() if self.keep_audio else None

