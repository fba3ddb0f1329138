"""Alarms and reminders at a clock time (the request is read by alarm_intents.py): "Set an alarm for 7:30", "Wake
me up at seven thirty", "Remind me to take out the trash at 8 pm". The time is the next one on the clock (a time
without am or pm: whichever of the two comes first); it runs as a timer (skills/timers.py: listed, cancelled and
rung like one) that says what it is for when it rings, and is kept on disk (alarm_store.py)."""

from __future__ import annotations

import datetime as dt
import re
import threading
import time
import weakref
from pathlib import Path

from assistant.skills.alarm_store import REPEATS, WEEKDAYS, AlarmStore, new_record, next_ring, repeat_said
from assistant.skills.base import Param, Skill, SkillError, SkillResult
from assistant.skills.text import spoken_list
from assistant.skills.durations import describe
from assistant.skills.said_back import to_you
from assistant.skills.timers import MAX_SECONDS, Timers, is_a

_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
          "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
_HOUR = r"\d{1,2}|" + "|".join(_UNITS[1:13])
_MINUTE_WORDS = (r"(?:oh (?:one|two|three|four|five|six|seven|eight|nine)|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                 r"sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty)(?:[ -](?:one|two|three|four|five|six|"
                 r"seven|eight|nine))?|o'? ?clock|hundred)")
_HALF = r"(?:in the )?(morning|afternoon|evening)|at night|tonight|(a\.? ?m\.?|p\.? ?m\.?)"
_TIME = re.compile(
    rf"(?P<special>noon|midday|midnight)|"
    rf"(?P<rel>half|(?:a )?quarter|\d{{1,2}}|{_MINUTE_WORDS}) (?:minutes )?(?P<dir>past|after|to|before) (?P<rh>{_HOUR})|"
    rf"(?P<h>{_HOUR})(?::(?P<mm>\d{{2}})| (?P<mw>{_MINUTE_WORDS}))?")
_WHEN = re.compile(rf"^(?:{_TIME.pattern})(?: (?P<half>{_HALF}))?$")


def _number(word: str) -> int:
    word = word.replace("-", " ").strip()
    if word.isdigit():
        return int(word)
    if word.startswith("oh "):
        word = word[3:]
    parts = word.split()
    if parts[0] in _TENS:
        return _TENS[parts[0]] + (_UNITS.index(parts[1]) if len(parts) > 1 else 0)
    return _UNITS.index(parts[0])


def clock_time(text: str) -> tuple[int, int, bool] | None:
    """(hour 0-23, minute, whether the half of the day was said) for "7:30", "seven thirty pm", "half past
    seven", "quarter to eight in the morning", "noon", "19:45"; None when `text` is not a time of day."""
    m = _WHEN.match(text.strip().lower().replace("a.m.", "am").replace("p.m.", "pm"))
    if not m:
        return None
    if m["special"]:
        return (0 if m["special"] == "midnight" else 12), 0, True
    if m["rel"]:
        hour = _number(m["rh"])
        rel = m["rel"].removeprefix("a ")
        minutes = {"half": 30, "quarter": 15}.get(rel) or _number(rel)
        if m["dir"] in ("to", "before"):
            hour, minute = (hour - 1) % 24, 60 - minutes
        else:
            minute = minutes
    else:
        hour = _number(m["h"])
        words = (m["mw"] or "").replace("'", "").replace(" ", "")
        minute = int(m["mm"]) if m["mm"] else 0 if words in ("", "oclock", "hundred") else _number(m["mw"])
    if hour > 23 or minute > 59:
        return None
    half = m["half"] or ""
    said = bool(half) or hour > 12 or hour == 0 or bool(m["h"] and m["h"].startswith("0"))   # "07:30": a 24-hour time
    if half and hour < 12 and (half.startswith("p") or half in ("afternoon", "evening", "at night", "tonight",
                                                                  "in the afternoon", "in the evening")):
        hour += 12
    if half and hour == 12 and (half.startswith("a") or "morning" in half) and not m["special"]:
        hour = 0
    return hour, minute, said


def next_time(hour: int, minute: int, said: bool, now: dt.datetime) -> dt.datetime:
    """The next moment the clock shows hour:minute (without am/pm said: the first of the two)."""
    candidates = [hour] if said or hour > 12 else [12, 0] if hour == 12 else [hour, hour + 12]
    times = []
    for h in candidates:
        t = now.replace(hour=h, minute=minute, second=0, microsecond=0)
        times.append(t if t > now else t + dt.timedelta(days=1))
    return min(times)


def tomorrow_at(hour: int, minute: int, said: bool, now: dt.datetime) -> dt.datetime:
    """hour:minute tomorrow (without am/pm said: the first of the two from 6 AM on: "tomorrow at 9" is 9 AM,
    "tomorrow at 3" is 3 PM)."""
    day = now + dt.timedelta(days=1)
    candidates = [hour] if said or hour >= 12 else [hour, hour + 12]
    hour = next((h for h in candidates if h >= 6), candidates[-1])
    return day.replace(hour=hour, minute=minute, second=0, microsecond=0)


def clock_said(t: dt.datetime) -> str:
    return f"{t.hour % 12 or 12}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"


LONGEST_S = 8 * 24 * 3600   # an alarm "every Monday" set on a Monday after its time: a week ahead
MISSED_WITHIN = dt.timedelta(hours=12)   # an alarm due while the app was closed is said at its start up to then
POLL_S = 10.0


class Alarms:
    """Alarms and reminders, run as timers; with a `store`, kept on disk too (skills/alarm_store.py): set in one
    process, rung by the one that watches (the window, hands-free listening), said when missed."""

    def __init__(self, timers: Timers, now=lambda: dt.datetime.now().astimezone(), store: Path | None = None) -> None:
        self.timers, self.now = timers, now
        self.store = AlarmStore(store) if store else None
        self._armed: dict[str, tuple[str, str]] = {}   # record id -> (the time it is armed for, its timer's name)
        self._lock = threading.Lock()
        self._watching = False
        if self.store:
            for record in self.store.records():
                if dt.datetime.fromisoformat(record["at"]) > self.now():
                    self._arm_quietly(record)   # listed and cancelled here too; rung by whichever process takes it

    def set(self, hour: float, minute: float = 0, about: str = "", said_half: bool = False,
            tomorrow: bool = False, repeat: str = "", replaces: str = "", day: str = "") -> SkillResult:
        """`replaces`: the alarm or reminder this one takes the place of ("actually make it 7:30"); `day`: a day of the
        week it is on (the next one; today when its time is still ahead)."""
        if not (0 <= hour <= 23 and 0 <= minute <= 59) or hour != int(hour) or minute != int(minute):
            raise SkillError("That isn't a time on the clock.")
        if repeat and repeat not in REPEATS:
            raise SkillError("Alarms repeat every day, every weekday, every weekend day or on one day of the week.")
        if replaces == "alarm":   # "change my alarm to 7:15": the one alarm set (the student refused)
            alarms = sorted(t["name"] for t in self.timers.active() if is_a("alarm", t["name"]))
            if len(alarms) > 1:
                raise SkillError(f"Which alarm: the {spoken_list([a.removesuffix(' alarm').upper() for a in alarms], 'or')} one?")
            replaces = alarms[0] if alarms else ""
            was = re.match(r"\d+:\d\d (am|pm) alarm", replaces)
            if was and not said_half and hour <= 12:   # a 6:15 AM alarm moved to "7:15": 7:15 AM
                hour, said_half = hour % 12 + (12 if was[1] == "pm" else 0), True
        now = self.now()
        at = (tomorrow_at if tomorrow else next_time)(int(hour), int(minute), said_half, now)
        if day:
            ahead = (WEEKDAYS.index(day) - now.weekday()) % 7
            at = tomorrow_at(int(hour), int(minute), said_half, now - dt.timedelta(days=1)) + dt.timedelta(days=ahead)
            if at <= now:
                at += dt.timedelta(days=7)
        if repeat:
            at = next_ring(at, repeat, now)
        seconds = (at - now).total_seconds()
        clock = clock_said(at)
        days = (at.date() - now.date()).days
        day = "" if days == 0 else " tomorrow" if days == 1 else f" on {at:%A}"
        every = f" {repeat_said(repeat)}" if repeat else ""
        about = about.strip().rstrip(".")
        if about:
            about = re.sub(r"^to ", "", about)
            to = _of(about)
            name, rings = f"reminder to {about}" if not about.startswith("about ") else f"reminder {about}", \
                f"Reminder: {to_you(re.sub(r'^about ', '', about))}."
            speech = f"OK, I'll remind you {to} at {clock}{every}{', starting' if repeat else ''}{day or ' today' * bool(repeat)}."
        else:
            name, rings = f"{clock} alarm", f"It's {clock}: your alarm."
            speech = f"OK, alarm set for {clock}{every}{', starting' if repeat else ''}{day or ' today' * bool(repeat)}" + (
                f", {describe(60 * max(1, round(seconds / 60)))} from now." if seconds < 24 * 3600 else ".")
        if replaces and replaces in {t["name"] for t in self.timers.active()}:
            self.timers.cancel(replaces)   # (off the file too)
        if about and name.lower() in {t["name"] for t in self.timers.active()}:
            name = f"{name} at {clock}{day}"   # another reminder to call mom, at another time
        if name.lower() in {t["name"] for t in self.timers.active()}:
            raise SkillError(f"There is already a reminder {to} at {clock}." if about else
                             f"There is already an alarm for {clock}.")
        record = new_record(name, at, repeat, rings, about)
        self._arm(record)
        if self.store:
            self.store.add(record)
            if self.store.problem:
                speech, self.store.problem = self.store.problem + speech, ""
        return SkillResult(speech, {"name": name.lower(), "at": at.isoformat(timespec="minutes"), "seconds": round(seconds),
                                    **({"repeat": repeat} if repeat else {})})

    def watch(self) -> None:
        """For the process that stays open (the window, hands-free listening): say the alarms and reminders that
        came due while no such process ran, and ring those set by other processes (`assistant ask`), checking the
        file every POLL_S seconds."""
        if not self.store or self._watching:
            return
        self._watching = True
        self._sync(missed=True)
        threading.Thread(target=_poll, args=(weakref.ref(self),), daemon=True, name="alarms-watch").start()

    def _arm_quietly(self, record: dict, **how) -> None:
        """_arm, for what came from the file: one that cannot be armed (two of one name, written by two processes at
        once; a time too far ahead) is left on the file rather than stopping the app from starting."""
        try:
            self._arm(record, **how)
        except SkillError:
            pass

    def _arm(self, record: dict, seconds: float | None = None, message: str | None = None) -> None:
        left = (dt.datetime.fromisoformat(record["at"]) - self.now()).total_seconds() if seconds is None else seconds
        self.timers.start(max(0.5, left), record["name"], message if message is not None else record["message"],
                          longest=LONGEST_S, claim=lambda: self._claim(record),
                          on_cancel=lambda: self._cancelled(record["id"]), when=lambda: self._when(record))
        with self._lock:
            self._armed[record["id"]] = (record["at"], record["name"].lower())

    def _when(self, record: dict) -> str:
        """"a reminder to call mom at 8:00 PM tomorrow", "an alarm at 6:30 AM today, every weekday": for the list."""
        at, now = dt.datetime.fromisoformat(record["at"]), self.now()
        days = (at.date() - now.date()).days
        day = "today" if days <= 0 else "tomorrow" if days == 1 else f"on {at:%A}" if days < 7 else f"on {at:%B} {at.day}"
        about = record.get("about", "")
        what = f"a reminder {_of(about)}" if about else "an alarm"
        return f"{what} at {clock_said(at)} {day}" + (f", {repeat_said(record['repeat'])}" if record.get("repeat") else "")

    def _claim(self, record: dict) -> bool:
        """Due: whether to ring here (with a store: only when this process took it off the file); a repeating one
        is set for its next time."""
        with self._lock:
            self._armed.pop(record["id"], None)
        now = self.now()
        if self.store:
            taken = self.store.take(record["id"], record["at"], now)
            if taken is None:
                return False
            record = taken
        elif record["repeat"]:
            following = next_ring(dt.datetime.fromisoformat(record["at"]), record["repeat"],
                                  max(now, dt.datetime.fromisoformat(record["at"])) + dt.timedelta(seconds=1))
            record = dict(record, at=following.isoformat(timespec="seconds"))
        if record["repeat"]:
            self._arm_quietly(record)
        return True

    def _cancelled(self, record_id: str) -> None:
        with self._lock:
            self._armed.pop(record_id, None)
        if self.store:
            self.store.remove(record_id)   # a repeating alarm stops repeating too

    def _sync(self, missed: bool = False) -> None:
        """Match the timers to the file: arm what another process set, drop what it cancelled or took; `missed`
        (at start): say what came due while no watching process ran (within MISSED_WITHIN; older ones go)."""
        records = {r["id"]: r for r in self.store.records()}
        with self._lock:
            stale = [rid for rid, (at, _) in self._armed.items() if records.get(rid, {}).get("at") != at]
            gone = [self._armed.pop(rid)[1] for rid in stale]
            armed = set(self._armed)
        for name in gone:
            self.timers.drop(name)
        now = self.now()
        for record in records.values():
            if record["id"] in armed or record["name"].lower() in {t["name"] for t in self.timers.active()}:
                continue
            at = dt.datetime.fromisoformat(record["at"])
            late = now - at
            if late <= dt.timedelta(0):
                self._arm_quietly(record)
            elif late < dt.timedelta(minutes=1) or record["repeat"] and not missed:
                self._arm_quietly(record, seconds=0.5)   # due just now where it was set: rung here
            elif missed and late < MISSED_WITHIN:
                about = record.get("about", "")
                what = f"a reminder {_of(about)}" if about else "your alarm"
                self._arm_quietly(record, seconds=0.5, message=f"While I was closed, {what} came due at {clock_said(at)}.")
            else:   # long past: taken off the file without a word (a repeating one is set for its next time)
                taken = self.store.take(record["id"], record["at"], now)
                if taken and taken["repeat"]:
                    self._arm_quietly(taken)

    def remind_in(self, seconds: float, about: str) -> SkillResult:
        """A reminder after a length of time ("remind me in 20 minutes to check the oven"): a timer that says
        what it is for when it rings."""
        about = about.strip().rstrip(".")
        if not about:
            raise SkillError("What should I remind you of?")
        name = f"reminder to {about}"
        if name.lower() in {t["name"] for t in self.timers.active()}:
            raise SkillError(f"There is already a reminder to {about}.")
        if seconds > MAX_SECONDS:   # "remind me in 2 days to call grandma": kept like one set for a clock time
            if seconds > LONGEST_S:
                raise SkillError("I can set reminders up to a week ahead.")
            at = (self.now() + dt.timedelta(seconds=seconds)).replace(second=0, microsecond=0)
            if not 8 <= at.hour < 21:   # days ahead, at night: that day's morning (said, so it can be changed)
                at = at.replace(hour=9, minute=0)
            record = new_record(name, at, "", f"Reminder: {to_you(about)}.", about)
            self._arm(record)
            if self.store:
                self.store.add(record)
            days = (at.date() - self.now().date()).days
            return SkillResult(f"OK, I'll remind you to {to_you(about)} on {at:%A}, {at:%B} {at.day}, at {clock_said(at)}."
                               if days > 1 else
                               f"OK, I'll remind you to {to_you(about)} tomorrow at {clock_said(at)}.",
                               {"name": name, "at": at.isoformat(timespec="minutes"), "seconds": round(seconds)})
        done = self.timers.start(seconds, name, message=f"Reminder: {to_you(about)}.")
        return SkillResult(f"OK, I'll remind you to {to_you(about)} in {describe(seconds)}.", done.data)


def _of(about: str) -> str:
    """What a reminder is of, as said after "remind you": "to call mom", "about the meeting"."""
    return to_you(about if about.startswith("about ") else f"to {about}")


def _poll(ref: weakref.ref) -> None:
    while True:
        time.sleep(POLL_S)
        alarms = ref()
        if alarms is None:
            return
        try:
            alarms._sync()
        except Exception:   # a file being replaced, a full disk: the next look may do better
            pass
        del alarms


def _once(done: SkillResult, asked_to_repeat: bool) -> SkillResult:
    if asked_to_repeat:   # "every hour": set for the next time, and said so
        done.speech += " It rings once: I can't repeat reminders after a length of time yet."
    return done


def agenda(timers: Timers) -> SkillResult:
    """"What's on my calendar today?" (the student: "I'm on my calendar for a meeting."): there is no calendar here;
    the alarms and reminders are what is kept."""
    kept = [t for t in timers.active() if is_a("alarm", t["name"]) or is_a("reminder", t["name"])]
    if not kept:
        return SkillResult("I don't keep a calendar, and no alarms or reminders are set. Say, for example, \"remind me "
                           "about the meeting tomorrow at 3\".", {"kept": []})
    listed = timers.list().speech
    return SkillResult(f"I don't keep a calendar, but I'll remind you: {listed[0].lower()}{listed[1:]}",
                       {"kept": [t["name"] for t in kept]})


def skills(alarms: Alarms) -> list[Skill]:
    return [_alarm_set(alarms), Skill("agenda", "What is coming up: the alarms and reminders set (there is no calendar).",
                                      {}, lambda: agenda(alarms.timers), for_model=False),
            Skill("reminder_in", "Remind the person of something after a length of time.",
                  {"seconds": Param(float), "about": Param(str), "once": Param(bool, required=False)},
                  lambda seconds, about, once=False: _once(alarms.remind_in(seconds, about), once),
                  for_model=False, changes=True)]


def _alarm_set(alarms: Alarms) -> Skill:
    return Skill("alarm_set", "Set an alarm, or a reminder, for a time on the clock.",
                 {"hour": Param(float), "minute": Param(float, required=False), "about": Param(str, required=False),
                  "said_half": Param(bool, required=False), "tomorrow": Param(bool, required=False),
                  "repeat": Param(str, required=False, choices=REPEATS), "replaces": Param(str, required=False),
                  "day": Param(str, required=False, choices=WEEKDAYS)},
                 alarms.set,
                 for_model=False, changes=True)
