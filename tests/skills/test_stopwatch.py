"""The stopwatch ("Start a stopwatch." got "OK, stopwatch for 45 seconds." with nothing started): started,
read, stopped, resumed and reset by the words a person uses, and "Stop." right after it stops it."""

import pytest

from assistant.skills.intents import acts_on_the_last, context_of, match
from assistant.skills.stopwatch import Stopwatch, elapsed_words


class Clock:
    """The stopwatch's clock, moved by hand (a test of minutes must not take minutes)."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize("text, action", [
    ("Start a stopwatch.", "start"), ("Time me.", "start"), ("Start timing.", "start"), ("Stopwatch, please.", "start"),
    ("Stop the stopwatch.", "stop"), ("Pause the stopwatch.", "stop"), ("Stop timing.", "stop"),
    ("How long has the stopwatch been running?", "read"), ("What's the stopwatch at?", "read"), ("Check the stopwatch.", "read"),
    ("Resume the stopwatch.", "resume"), ("Continue the stopwatch.", "resume"), ("Reset the stopwatch.", "reset"),
])
def test_the_words_for_each_action(text, action):
    assert match(text).name == "stopwatch" and match(text).arguments == {"action": action}


def test_a_timer_is_still_a_timer():
    assert match("Set a timer for 5 minutes.").name == "timer_start"
    assert match("Stop the timer.").name == "timer_cancel"


def test_start_read_stop_resume_and_reset():
    clock = Clock()
    watch = Stopwatch(clock)
    with pytest.raises(Exception, match="isn't running"):
        watch.act("read")
    assert watch.act("start").speech == "Stopwatch started."
    clock.now += 8.43
    assert watch.act("read").speech == "8.4 seconds."
    clock.now += 56.6
    assert watch.act("stop").speech == "Stopped at 1 minute and 5 seconds."
    clock.now += 600                                   # stopped: the time does not count
    assert watch.act("read").speech == "1 minute and 5 seconds, stopped."
    assert watch.act("resume").speech == "Going on from 1 minute and 5 seconds."
    clock.now += 3600
    assert watch.act("read").data["seconds"] == pytest.approx(3665.0, abs=0.1)
    assert watch.act("start").speech.startswith("The stopwatch is already running: 1 hour and 1 minute")
    assert watch.act("reset").speech == "The stopwatch is reset."
    assert watch.act("resume").speech == "Stopwatch started."   # nothing to go on from: it starts


def test_elapsed_is_said_in_words():
    assert elapsed_words(1.0) == "1 second" and elapsed_words(0.04) == "0 seconds"
    assert elapsed_words(3600 + 2) == "1 hour and 2 seconds"


def test_stop_right_after_the_stopwatch_stops_it_and_is_no_hush():
    assert match("Stop.", "Start a stopwatch.").arguments == {"action": "stop"}
    assert match("How long?", "Start a stopwatch.").arguments == {"action": "read"}
    assert match("Reset it.", "Stop the stopwatch.").arguments == {"action": "reset"}
    assert acts_on_the_last("Stop.", "Start a stopwatch.")
    assert not acts_on_the_last("Stop.", "What is the capital of France?")   # there it asks for quiet
    # a chain: "how long?" stands for reading the stopwatch, so "stop" after it is still the stopwatch's
    assert match("Stop.", context_of(["Start a stopwatch.", "How long?"])).arguments == {"action": "stop"}


def test_lap_reads_the_stopwatch():
    assert match("Lap.").arguments == {"action": "read"} and match("Lap time.").arguments == {"action": "read"}
