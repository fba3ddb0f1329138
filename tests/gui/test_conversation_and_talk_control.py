"""The window's new look on a real X server with the real models and audio path: bubbles and skill
cards, a timer card counting down and cancelled from the card, the running-timers strip, a timer
that rings (Stop / Snooze), a note saved and undone from its card, the talk control (press and hold
talks, a click toggles, nothing redrawn while idle) and the compact panel shown by the global key
while the window is hidden (without taking the focus)."""

import subprocess

import pytest

from tests.gui.test_window import audio_window, shot, wait_for, xdotool


@pytest.fixture
def window(xserver, virtual_audio, models_ready, monkeypatch, user_dirs):
    with audio_window(xserver, virtual_audio, monkeypatch) as (app, win):
        yield app, win


def _ask(app, win, question):
    win.text.setText(question)
    win.ask_typed()
    assert wait_for(app, lambda: win.state.property("stateName") == "idle" and question in win.conversation.toPlainText(),
                    60), win.conversation.toPlainText()


def _click_card_button(app, win, card):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    view = win.conversation
    row = next(i for i, m in enumerate(view.model_.messages) if m.card is card)
    index = view.model_.index(row)
    view.scrollTo(index)
    app.processEvents()
    rect = view.visualRect(index)
    button = view.delegate._layout(view.model_.messages[row], rect.width())["button"].translated(rect.topLeft())
    QTest.mouseClick(view.viewport(), Qt.LeftButton, pos=button.center())
    app.processEvents()


def test_a_timer_card_counts_down_and_is_cancelled_from_the_card(window):
    app, win = window
    _ask(app, win, "Set a tea timer for 5 minutes.")
    [card] = win.conversation.cards("timer")
    assert card["name"] == "tea" and card["state"] == "running"
    assert win.timers.isVisible() and "tea" in win.timers.chips
    first = win.timers.chips["tea"][1].text()
    assert wait_for(app, lambda: win.timers.chips["tea"][1].text() != first, 3), "the strip counts down"
    shot(win, "window-timer-card")
    _click_card_button(app, win, card)
    assert card["state"] == "cancelled"
    assert win.session.timers() == []
    assert not win.timers.isVisible()
    assert "Timer tea: cancelled" in win.conversation.toPlainText()


def test_an_alarm_shows_its_clock_time_in_the_strip_and_is_kept(window):
    """A repeating alarm (was "It rings once: I can't repeat alarms yet.") shows when it rings, not a countdown of
    hours; it is kept in the data folder (skills/alarm_store.py), and the chip's cancel takes it off for good."""
    import json

    from assistant import paths

    app, win = window
    _ask(app, win, "Set an alarm for 7 am every weekday.")
    assert "every weekday" in win.conversation.toPlainText()
    chip = win.timers.chips["7:00 am alarm"][1]
    assert win.timers.isVisible() and chip.text().startswith("Alarm 7:00 AM ") and chip.text().endswith(", every weekday")
    stored = json.loads((paths.data_dir() / "alarms.json").read_text())["alarms"]
    assert [(r["name"], r["repeat"]) for r in stored] == [("7:00 AM alarm", "weekdays")]
    shot(win, "window-alarm-chip")
    win.timers.cancel_requested.emit("7:00 am alarm")
    assert wait_for(app, lambda: not win.timers.isVisible(), 10)
    assert json.loads((paths.data_dir() / "alarms.json").read_text())["alarms"] == []


def test_a_timer_rings_then_snooze_and_stop(window):
    app, win = window
    _ask(app, win, "Set a timer for 2 seconds.")
    assert wait_for(app, win.ringing.isVisible, 10), "the ended timer rings in the window"
    assert "done" in win.ringing.label.text()
    assert win.conversation.cards("timer")[0]["state"] == "done"
    shot(win, "window-timer-ringing")
    win.ringing.snooze_button.click()
    app.processEvents()
    assert not win.ringing.isVisible()
    [again] = win.session.timers()
    assert again["name"] == "timer" and 290 < again["seconds_left"] <= 300
    assert win.timers.isVisible()
    win.session.cancel_timer("timer")
    win.timers.refresh()
    assert not win.timers.isVisible()


def test_a_saved_note_is_undone_from_its_card(window):
    app, win = window
    _ask(app, win, "Remember that the spare key is under the blue pot.")
    [card] = win.conversation.cards("note")
    assert "spare key" in card["value"]
    assert any("spare key" in n for n in win.assistant.skills.notes.recall().data)
    _click_card_button(app, win, card)
    assert card["state"] == "undone"
    assert not win.assistant.skills.notes.recall().data, "the note is gone"
    _ask(app, win, "Put it back.")
    assert any("spare key" in n for n in win.assistant.skills.notes.recall().data), "the undo itself can be undone"


def test_calculation_and_conversion_cards_show_their_expression(window):
    app, win = window
    _ask(app, win, "What is 12 times 7?")
    _ask(app, win, "Convert 10 kilometers to miles.")
    cards = win.conversation.cards()
    calc = [c for c in cards if c["kind"] == "calc"]
    conv = [c for c in cards if c["kind"] == "convert"]
    assert calc and calc[0]["value"] == "84", cards
    assert conv and conv[0]["value"].startswith("= 6.21"), cards


def test_talk_control_hold_talks_click_toggles_and_idle_draws_nothing(window, virtual_audio, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from assistant import events as ev

    app, win = window
    control = win.talk_control
    assert not control.animating, "idle: no animation timer"
    levels = []
    win.bridge.event.connect(lambda e: levels.append(e.rms) if isinstance(e, ev.SpeakerLevel) else None)
    center = control.rect().center()
    # press and hold: listening until the release
    QTest.mousePress(control, Qt.LeftButton, pos=center)
    assert wait_for(app, lambda: win.state.property("stateName") == "listening", 10)
    assert control.animating
    subprocess.run(["espeak-ng", "-w", str(tmp_path / "q.wav"), "What time is it?"], check=True)
    virtual_audio.speak_into_mic(tmp_path / "q.wav").wait(20)
    QTest.mouseRelease(control, Qt.LeftButton, pos=center)
    assert wait_for(app, lambda: "It's" in win.conversation.toPlainText(), 60), win.conversation.toPlainText()
    assert wait_for(app, lambda: win.state.property("stateName") == "idle", 60)
    assert wait_for(app, lambda: not control.animating, 2), "back to idle: the animation stops"
    assert len(levels) > 5 and max(levels) > 0.01, "the reply's played level reached the control"
    # a click toggles: it keeps listening after the release, and the next click ends the turn
    QTest.mouseClick(control, Qt.LeftButton, pos=center)
    assert wait_for(app, lambda: win.state.property("stateName") == "listening", 10)
    wait_for(app, lambda: False, 0.6)
    assert win.state.property("stateName") == "listening", "a click keeps listening"
    QTest.mouseClick(control, Qt.LeftButton, pos=center)
    assert wait_for(app, lambda: win.state.property("stateName") != "listening", 10)
    assert wait_for(app, lambda: win.state.property("stateName") == "idle", 60)


def test_hidden_window_the_key_shows_the_compact_panel_without_taking_focus(window, xserver, virtual_audio, tmp_path):
    from PySide6.QtWidgets import QApplication

    from assistant.gui import compact_panel

    app, win = window
    assert win.bind_hotkey("f9") == ""
    win.hide()
    app.processEvents()
    compact_panel.LINGER_MS = 500
    win.compact._linger.setInterval(500)
    xdotool(xserver, "keydown", "F9")
    assert wait_for(app, lambda: win.compact.isVisible(), 10), "the key shows the panel"
    assert wait_for(app, lambda: win.state.property("stateName") == "listening", 10)
    subprocess.run(["espeak-ng", "-w", str(tmp_path / "q.wav"), "What is the capital of France?"], check=True)
    virtual_audio.speak_into_mic(tmp_path / "q.wav").wait(20)
    xdotool(xserver, "keyup", "F9")
    assert wait_for(app, lambda: "Paris" in win.compact.answer.text(), 60), win.compact.answer.text()
    assert "France" in win.compact.heard.text()
    assert QApplication.activeWindow() is not win.compact, "the panel never takes the keyboard focus"
    win.compact.grab().save(str(shot.__globals__["ARTIFACTS"] / "compact-panel.png"))
    assert wait_for(app, lambda: win.state.property("stateName") == "idle", 60)
    assert wait_for(app, lambda: not win.compact.isVisible(), 10), "it fades out after the reply"
    assert not win.isVisible(), "the window stays hidden"


def test_the_chip_of_a_reminder_about_something_reads_as_it_is_said():
    """"Remind me about the meeting with Tom tomorrow at 3" (session 22): the chip says what it is about, not "about ..."."""
    from assistant.gui.timers_strip import chip_text

    assert chip_text("reminder about the meeting", 60, False, "a reminder about the meeting at 3:00 PM tomorrow") == \
        "Reminder: the meeting, 3:00 PM tomorrow"
    assert chip_text("reminder to call mom", 60, False, "a reminder to call mom at 8:00 PM tomorrow") == \
        "Reminder: call mom, 8:00 PM tomorrow"
