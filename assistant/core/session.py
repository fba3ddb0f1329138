"""The conversation every front end drives (the window today; `listen`, hands-free and `talk` the same
way): one turn at a time, new settings applied (deciding what to reload), the stored history restored
and kept, the hands-free loop started and stopped through methods. The window only renders events."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Callable

from assistant.settings import Settings

# Changing one of these settings means loading the models again (for the next turn).
RELOADS_MODELS = ("lm_model", "asr_model", "language", "threads", "voice_id", "voice_rate", "voice_volume")


@dataclass(frozen=True)
class SettingsChange:
    """What applying new settings changed, for a front end to follow (the key, the theme)."""
    models_reloaded: bool = False
    hotkey: str | None = None          # the new key, when it changed
    theme: str | None = None           # the new theme, when it changed
    hands_free: bool | None = None     # on/off, when hands-free or the wake word changed


class Session:
    def __init__(self, assistant) -> None:
        self.assistant = assistant
        self.busy = threading.Lock()   # held for the whole of a turn: typed, spoken or hands-free
        self.hands_free = None
        self.store = None

    # -- turns, one at a time ------------------------------------------------------------------------
    def start(self, work: Callable[[], object], on_start: Callable[[], None] | None = None) -> bool:
        """Run `work` (a turn) on its own thread unless one is running; False when busy."""
        if not self.busy.acquire(blocking=False):
            return False
        if on_start is not None:
            on_start()

        def run():
            try:
                work()
            finally:
                self.busy.release()
        threading.Thread(target=run, name="turn", daemon=True).start()
        return True

    def ask_text(self, question: str, on_start=None) -> bool:
        return self.start(lambda: self.assistant.ask_text(question), on_start)

    def listen(self, release: threading.Event, on_start=None) -> bool:
        """Push-to-talk: record until `release` is set, then answer."""
        return self.start(lambda: self.assistant.listen_once(release=release), on_start)

    @property
    def turn_running(self) -> bool:
        return self.busy.locked()

    # -- settings ------------------------------------------------------------------------------------
    def apply_settings(self, settings: Settings) -> SettingsChange:
        """Use `settings` from the next turn on: models whose choice changed are loaded again, and
        hands-free follows its setting. Returns what a front end has to follow."""
        from assistant.core.models import Models

        old = self.assistant.settings
        self.assistant.settings = settings
        reload = any(getattr(old, k) != getattr(settings, k) for k in RELOADS_MODELS)
        if reload:
            self.assistant.models = Models(settings)
        if settings.start_at_login != old.start_at_login:
            from assistant import desktop

            desktop.set_autostart(settings.start_at_login)
        hands_free = None
        if (settings.hands_free, settings.wake_word) != (old.hands_free, old.wake_word):
            self.set_hands_free(settings.hands_free, settings.wake_word)
            hands_free = settings.hands_free
        return SettingsChange(reload, settings.hotkey if settings.hotkey != old.hotkey else None,
                              settings.theme if settings.theme != old.theme else None, hands_free)

    def reload_models(self) -> None:
        """After an install: the next turn loads the models again from disk."""
        from assistant.core.models import Models

        self.assistant.models = Models(self.assistant.settings)

    # -- hands-free ----------------------------------------------------------------------------------
    def set_hands_free(self, on: bool, wake_word: bool = False) -> None:
        """Turns start and end by voice (after "hey Jarvis" with the wake word); the key then only interrupts."""
        from assistant.core.hands_free import HandsFree

        if self.hands_free is not None:
            self.hands_free.stop(wait=3)
            self.hands_free = None
        if on:
            self.hands_free = HandsFree(self.assistant, wake_word=wake_word, turn_lock=self.busy)
            self.hands_free.start()

    @property
    def hands_free_running(self) -> bool:
        return self.hands_free is not None and self.hands_free.running

    def stop_hands_free(self, wait: float = 3.0) -> None:
        if self.hands_free is not None:
            self.hands_free.stop(wait=wait)

    # -- what a card's buttons do (outside a turn; the skills lock their own state) -------------------
    def timers(self) -> list[dict]:
        """The running timers, soonest first: [{"name", "seconds", "seconds_left"}]."""
        return self.assistant.skills.timers.active()

    def cancel_timer(self, name: str):
        return self._act("timer_cancel", {"name": name})

    def snooze_timer(self, name: str, minutes: int):
        """The timer that just rang, again in `minutes`."""
        return self._act("timer_start", {"minutes": minutes, "name": name})

    def undo_note(self, text: str) -> str:
        from assistant.skills.base import SkillError

        try:
            return self.assistant.skills.notes.unsave(text).speech
        except SkillError as err:
            return str(err)

    def _act(self, name: str, arguments: dict):
        """A skill run for the person's own click (not a model's call): its Call (name, arguments,
        result, speech), shown by a front end as a model's call is."""
        return self.assistant.skills.call(name, arguments)

    # -- history -------------------------------------------------------------------------------------
    def restore_history(self, store, limit: int = 20) -> list:
        """The stored turns (to show), given to the assistant as context when history is on."""
        from assistant.llm.chat import Message

        self.store = store
        turns = store.turns(limit=limit)
        if self.assistant.settings.history_enabled:
            for turn in turns:
                self.assistant.history += [Message("user", turn.question), Message("assistant", turn.answer)]
        return turns

    def record(self, result) -> None:
        """Keep a finished turn in the store."""
        from dataclasses import asdict

        if self.store is not None and result is not None and result.answer:
            self.store.add(result.transcript, result.spoken or result.answer,
                           [asdict(c) for c in result.tool_calls], result.interrupted)

    def clear_history(self) -> None:
        if self.store is not None:
            self.store.clear()
        self.assistant.clear_history()
