"""What the main window does with the core's events (state, words heard, the reply streaming into the
conversation, skill cards, timers) and with its cards' buttons. Mixed into MainWindow, which provides
the widgets, `session` and `assistant`."""

from __future__ import annotations

from assistant import events as ev
from assistant.gui.conversation_view import card_for

STATES = {"idle": "Idle", "listening": "Listening…", "transcribing": "Transcribing…",
          "thinking": "Thinking…", "speaking": "Speaking…", "loading": "Loading models…",
          "waiting": "Say “hey Jarvis”…", "interrupted": "Stopped"}


class WindowEventsMixin:
    # -- cards, timers, the compact panel ---------------------------------------------------------------
    def _pop_up_if_hidden(self) -> None:
        """Hidden or minimised: the hotkey shows the compact panel (which takes no focus)."""
        if not self.isVisible() or self.isMinimized():
            self.compact.pop_up()
            self.compact.set_state(self.state.property("stateName") or "idle")

    def _card_action(self, row: int) -> None:
        card = self.conversation.card(row)
        if card is None:
            return
        kind = card["kind"]
        if kind == "timer" and card["state"] == "running":
            self._cancel_timer(card["name"])
        elif kind == "note" and card["state"] == "saved":
            card["state"] = "undone"
            card["title"] = "Note removed"
            self.show_status(self.session.undo_note(card["value"]))
        self.conversation.refresh()

    def _cancel_timer(self, name: str) -> None:
        self._clicked(self.session.cancel_timer(name))

    def _snooze(self, name: str, minutes: int) -> None:
        self.assistant.stop()
        self._clicked(self.session.snooze_timer(name, minutes))

    def _clicked(self, call) -> None:
        """A skill run by a click: shown as a model's call is (its card, the cancelled cards, the strip)."""
        self.show_status(call.speech)
        self._tool_called(ev.ToolCalled(0, name=call.name, arguments=call.arguments, result=call.result))

    def show_status(self, text: str) -> None:
        self.heard.setText(text)

    # -- core events (delivered on the GUI thread) ----------------------------------------------
    def _set_state(self, name: str) -> None:
        self.state.setText(STATES[name])
        self.state.setProperty("stateName", name)
        self.talk_control.set_state(name)
        if self.compact.isVisible():
            self.compact.set_state(name)

    def _on_event(self, event: ev.Event) -> None:
        if isinstance(event, ev.WaitingForWakeWord):
            self._set_state("waiting")
        elif isinstance(event, (ev.WakeWordHeard, ev.SpokenOver)):
            self._set_state("listening")
        elif isinstance(event, ev.HandsFreeStopped):
            if event.error is not None:
                self.show_banner(str(event.error))
        elif isinstance(event, ev.HandsFreeNotice):
            self.show_banner(event.text)
        elif isinstance(event, ev.ListeningStarted):
            self._set_state("listening")
            self.state.setProperty("partial", "")
            self.heard.setText("")
        elif isinstance(event, (ev.MicLevel, ev.SpeakerLevel)):   # the microphone's or the reply's level
            self.talk_control.set_level(event.rms)
            self.compact.set_level(event.rms)
        elif isinstance(event, ev.PartialTranscript):
            self.state.setProperty("partial", event.text)
            self.heard.setText(f"“{event.text}”")
            self.compact.set_heard(event.text)
        elif isinstance(event, ev.SpeechEnded):
            self._set_state("transcribing")
            self.talk_control.set_level(0)
        elif isinstance(event, ev.Transcribed):
            self.conversation.add("user", event.text)
            self.heard.setText("")
            self.compact.set_heard(event.text)
            self._set_state("thinking")
        elif isinstance(event, ev.AnswerDelta):
            self.conversation.stream(event.text)
            self.compact.add_answer(event.text)
        elif isinstance(event, ev.ToolCalled):
            self._tool_called(event)
        elif isinstance(event, ev.SpeakingStarted):
            self._set_state("speaking")
        elif isinstance(event, ev.SpeakingDone) and event.interrupted:
            self._set_state("interrupted")
        elif isinstance(event, ev.TimerDone):
            self._timer_done(event)
        elif isinstance(event, ev.TurnFailed) and event.error is not None:
            self.show_banner(str(event.error))
        elif isinstance(event, ev.TurnFinished):
            result = event.result
            if result is not None and result.notice:
                self.show_banner(result.notice)
            self.session.record(result)
            self.conversation.end_reply()
            self.compact.turn_over()
            self._set_state("idle")

    def _tool_called(self, event: ev.ToolCalled) -> None:
        card = card_for(event.name, event.result)
        if card is not None:
            self.conversation.add_card(card)
        if event.name == "timer_cancel" and isinstance(event.result, list):
            for name in event.result:
                self.conversation.timer_ended(name, "cancelled")
        if event.name.startswith("timer_") or event.name in ("alarm_set", "reminder_in"):
            self.timers.refresh()

    def _timer_done(self, event: ev.TimerDone) -> None:
        self.ringing.ring(event.name, event.text)
        if getattr(self, "tray", None) is not None:
            self.tray.showMessage("Timer", event.text)
        self.conversation.timer_ended(event.name)
        self.conversation.add("assistant", event.text)
        self.timers.refresh()
