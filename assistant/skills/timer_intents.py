"""The timers' part of the fast path: start (one or two at once), list, cancel, pause, resume and add time,
reminders after a length of time, and the answer to "How long should the timer be?"."""

from __future__ import annotations

import re

from assistant.skills import alarms
from assistant.skills.base import SkillError
from assistant.skills.intent import Intent
from assistant.skills.numbers import normalize_numbers
from assistant.skills.durations import parse_duration

# A reminder after a length of time, with what it is for: a timer that says so (not a note)
REMIND_IN = re.compile(r"(?:please )?remind me (?:in (?P<d1>.+?) to (?P<a1>.+)|to (?P<a2>.+?) in (?P<d2>(?:\S+|half an|an?) "
                        r"(?:seconds?|minutes?|mins?|hours?|hrs?)(?: and (?:a half|\S+ (?:seconds?|minutes?)))?))|"
                        # "set a timer for 10 minutes and remind me to check the oven" (was a note, and no timer)
                        r"(?:please )?(?:set|start) (?:a |the )?timer (?:for )?(?P<d3>.+?),? (?:and|to) remind me to (?P<a3>.+)|"
                        # "remind me to stretch every hour" (was a note): the first one, said to ring once
                        r"(?:please )?remind me to (?P<a4>.+?) every (?P<d4>(?:\S+ )?(?:minutes?|hours?|half hour))")


_NO_LENGTH = re.compile(r"(?:(?:can|could|would) you |i (?:need|want) you to |i need |i want )?(?:please )?"
                        r"(?:set|start|create|make|put on|give me|begin)(?: me| up)? (?:an? |the |my )?(?:new )?(?:(?P<name>[a-z]+) )?timer"
                        r"(?: for)?(?:,? (?:um+|uh+|er+|erm|hmm+|please|for me|now))*|"
                        # "set a timer for the eggs" (saved as a note): its name, and how long is asked
                        r"(?:(?:can|could|would) you |please )?(?:set|start) (?:an? |the |my )?timer (?:for|on) (?:the |my )"
                        r"(?P<name2>[a-z]+)")
ASK_LENGTH = "How long should the timer be? Say, for example, ten minutes."


_WATCH = r"(?:the |my |a )?stop ?watch"
_STOPWATCH = [
    ("start", rf"(?:please )?(?:start|begin|open|use|run|set)(?: up)? {_WATCH}(?: now)?|(?:can you |could you |please )?time me|"
              r"start timing(?: me)?|stopwatch(?: please)?"),
    ("stop", rf"(?:please )?(?:stop|pause|end|hold) {_WATCH}|stop timing(?: me)?|{_WATCH} stop"),
    ("resume", rf"(?:please )?(?:resume|continue|restart|unpause) {_WATCH}|(?:start|keep) {_WATCH} (?:again|going)"),
    ("reset", rf"(?:please )?(?:reset|clear|zero) {_WATCH}"),
    ("read", rf"how long has {_WATCH} been (?:running|going|on)|what(?:'s| is| does) {_WATCH}(?: say| at| read| show)?|"
             rf"(?:check|read) {_WATCH}|how much time (?:is|has passed) on {_WATCH}|{_WATCH} time|"
             rf"(?:{_WATCH} )?(?:lap|split)(?: time)?|(?:take a |mark a )?lap(?: on {_WATCH})?"),
]


def stopwatch_action(text: str) -> str | None:
    for action, pattern in _STOPWATCH:
        if re.fullmatch(pattern + r"(?:,? please)?", text):
            return action
    return None


def timers(text: str, question: str) -> Intent | None:
    """Start, list and cancel timers; the rewrites below are this matcher's own (no other sees them)."""
    m = re.fullmatch(r"(?:please )?(?:cancel|stop|delete|remove|turn off|switch off|clear|disable) (?:the |my )?(?:alarm (?:for|at) )?"
                     r"(?P<t>.+?)(?: alarm)?(?: please)?", text)
    if m and ("alarm" in text) and (found := alarms.clock_time(m["t"])):
        hour, minute, said = found   # "cancel the 6:30 alarm" (the model's guess; after a list it asked "Which timer?")
        clock = f"{hour % 12 or 12}:{minute:02d}" + (f" {'am' if hour < 12 else 'pm'}" if said else "")
        return Intent("timer_cancel", {"name": f"{clock} alarm" if said else clock})
    m = re.fullmatch(r"how (?:long|much time) (?:is it )?(?:until|before) (?:my|the) (?P<k>alarm|reminder)(?: goes off| rings| is due)?|"
                     r"how long (?:is )?left (?:until|before|on) (?:my|the) (?P<k2>alarm|reminder)", text)
    if m:   # "how long until my alarm goes off" (read as a day in the notes)
        return Intent("timer_list", {"name": m["k"] or m["k2"]})
    if re.fullmatch(r"(?:what time is|when is|when does|when will|what is) my (?:alarm|reminder)(?: set for| set| for| go off| ring)?|"
                    r"is my (?:alarm|reminder) (?:set|on)|(?:what|which) (?:alarm|reminder) (?:is set|do i have)", text):
        return Intent("timer_list", {})   # "what time is my alarm" (was the time now)
    if re.fullmatch(r"(?:what|which) (?:alarms|reminders)(?: and (?:alarms|reminders|timers))? (?:do i have|are set|have i set|"
                    r"are there|are on)(?: set)?|(?:list|show|tell me|read me|read) (?:all )?my (?:alarms|reminders)|do i have any (?:alarms|reminders)(?: set| today| tonight)?|"
                    r"(?:what are|what're|whats|what's) (?:all )?my (?:alarms|reminders|timers)(?: and (?:alarms|reminders|timers))?(?: for today| today)?|"
                    r"(?:list|show|tell me|read me|read) (?:all )?my timers|(?:what|which) timers (?:do i have|are (?:running|set|on|going))",
                    text):
        return Intent("timer_list", {})   # alarms and reminders are kept as timers
    m = re.fullmatch(r"(?:please )?(?:cancel|delete|remove|stop|clear|turn off|forget|get rid of) (?:the |my |that )?reminder "
                     r"(?P<about>(?:to|about) .+?)(?: please)?", text)
    if m:   # "cancel the reminder to check my email" (was the offline notice: "I can't check your email")
        return Intent("timer_cancel", {"name": f"reminder {m['about']}"})
    m = re.fullmatch(r"(?:please )?snooze(?: (?:it|that|the alarm|my alarm|the timer|the reminder))?(?: for (?P<d>.+?))?"
                     r"(?: please)?", text)
    if m:   # "snooze" (was "Sorry, I can't do that on this computer.")
        return _timed("timer_snooze", m["d"]) if m["d"] else Intent("timer_snooze", {"seconds": 300.0})
    m = re.fullmatch(r"(?:how much (?:time|longer) is (?:left|there)|how long is left|how (?:much )?longer|how many minutes are left|"
                     r"how long) (?:on|for) (?:the |my )(?P<name>[a-z]+) timer|when (?:does|will) (?:the |my )(?P<n2>[a-z]+) timer "
                     r"(?:end|finish|go off|ring|be done)|is (?:the |my )(?P<n3>[a-z]+) timer (?:done|finished) yet", text)
    if m and (m["name"] or m["n2"] or m["n3"]) not in ("first", "second", "other", "last", "next"):
        return Intent("timer_list", {"name": m["name"] or m["n2"] or m["n3"], **({"at": True} if m["n2"] else {})})
    action = stopwatch_action(text)
    if action:   # "Start a stopwatch" got "OK, stopwatch for 45 seconds." with nothing started
        return Intent("stopwatch", {"action": action})
    m = re.fullmatch(r"(?:what time|when) (?:will|does|is) (?:the |my )?(?:(?P<name>[a-z]+) )?timer (?:be done|go off|ring|end|"
                     r"finish|due)", text)
    if m:   # "what time will the timer be done" (as a follow-up, "what time will it be done": intents.py)
        return Intent("timer_list", {"name": m["name"] or "", "at": True})
    if re.fullmatch(r"how many (?:timers|alarms|reminders) (?:do i have|have i (?:got|set)|are (?:there|running|set|on))(?: now| "
                    r"right now)?", text):
        return Intent("timer_list", {})   # (muddled)
    m = re.fullmatch(r"how (?:long|much time|much longer)(?: is)?(?: left)? (?:on|for) (?:the |my )(?P<name>[a-z]+)", text)
    if m and m["name"] not in ("timer", "timers", "alarm", "clock", "phone", "bus", "train", "flight", "road", "way"):
        return Intent("timer_list", {"name": m["name"]})   # "how long on the laundry" (every timer)
    if re.fullmatch(r"how long has (?:the |my )?(?:[a-z]+ )?timer been (?:running|going|on)", text):
        return Intent("timer_list", {})   # (muddled)
    changed = _pause_resume_add(text)
    if changed:
        return changed
    # "set a new one for 5 minutes" (after cancelling one), "start another one for 2 minutes"
    text = re.sub(r"^(?:(?:and|now|then) )?(set|start) (?:a new one|another one|another|one more|a new) for ", r"\1 a timer for ", text)
    text = re.sub(r"\b(turn off|switch off|shut off|get rid of)\b", "stop", text)
    text = re.sub(r"\b(every|each) timer\b", "all timers", text)
    if re.search(r"\b(cancel|stop|delete|remove|kill|clear) (the |my |all )?(\w+ )?timers?\b", text) \
            or re.search(r"\btimer\b.*\b(cancel|stop) it\b", text):
        m = re.search(r"\b(?:cancel|stop|delete|remove|kill|clear) (?:the |my )?(all|\w+)? ?timers?\b", text)
        name = (m.group(1) or "") if m else ""
        plural = re.search(r"\btimers\b", text)
        return Intent("timer_cancel", {"name": "all" if "all" in text.split() or plural else ("" if name in ("", "my", "the") else name)})
    m = re.fullmatch(r"(?:cancel|stop|delete|remove|kill) the (?P<n>[a-z]+) one", text)
    if m and m["n"] not in ("first", "second", "last", "other", "new", "old", "next", "previous"):
        return Intent("timer_cancel", {"name": m["n"]})   # "cancel the laundry one" (the model: "I got muddled")
    m = re.fullmatch(r"(?:what is|how much is|how much time is|how long is) left on (?:the |my )?(?P<n>[a-z]+)(?: (?:timer|alarm))?",
                     text)
    if m:   # "what's left on the egg timer" (the model repeated the last answer)
        return Intent("timer_list", {"name": m["n"]})
    if re.search(r"\b(what timers|list (my |the )?timers|how much time is left|how long is left|how long left|"
                 r"timers running|my timers|how (much )?(longer|long) (on|for|until) (the|my)|how many (more )?(minutes|seconds|hours) (are )?(left )?(on|for|until) (the|my) (\w+ )?(timer|alarm|reminder)|check (the |my )?timers?|(are there|is there|do i have) (any |a )?timers?)\b", text):
        return Intent("timer_list", {})
    if _NO_LENGTH.fullmatch(text):   # "set a timer" (the model would make up its length)
        return Intent("clarify", {"text": ASK_LENGTH})
    duration_words = r"\S+ (?:seconds?|secs?|minutes?|mins?|hours?|hrs?)(?: and (?:a half|\S+ (?:seconds?|minutes?)))?"
    text = re.sub(r"^(?:start|set|begin|run|do) (?:a |the |me a )?count ?down (?:for|of|from) |"
                  r"^give me (?=\S+ (?:seconds?|minutes?|hours?) on the clock$)", "timer for ", text)
    text = re.sub(r" on the clock$", "", text)   # "give me 5 minutes on the clock"
    pomodoro = re.fullmatch(r"(?:start|set|begin|do|run|time)? ?(?:a |an |the |me a )?(?:(\S+)[ -]minutes? )?pomodoro"
                            r"(?: timer| session)?", text)
    if pomodoro:   # "start a 25 minute pomodoro" (the model said it had)
        text = f"set a timer for {pomodoro[1] or 25} minutes called pomodoro"
    text = re.sub(r"^(count ?down|countdown)( from| for)? |^(can you |could you |please )?time (?=\S+ (seconds?|minutes?|hours?))|"
                  r"\b(set )?an alarm (for|in) (?=.*\bfrom now$)", "timer for ", text)
    text = re.sub(r" from now$", "", text)
    text = re.sub(r"^(an? )?(\S+ (seconds?|minutes?|hours?)) timer$", r"set a \2 timer", text)
    text = re.sub(r"^(?:(?:set|start) )?(?:an? )?(\S+ (?:seconds?|minutes?|hours?)) timer for (?:the |my )?(\w+)$",
                  r"set a \2 timer for \1", text)   # "10 minute timer for the rice"
    if " and " in text:   # "a 3 minute tea timer and a 10 minute egg timer" (was one tea timer of 10 minutes)
        text = re.sub(r"\b(an? )?(\S+ (?:seconds?|minutes?|hours?)) (?:(?!timer\b)([a-z]+) )?timer\b",
                      lambda m: f"{m[1] or ''}{m[3] + ' ' if m[3] else ''}timer for {m[2]}", text)
    two = _TWO.fullmatch(text)   # "a pasta timer for 9 minutes and an egg timer for 6 minutes" (was one of 15)
    if two:
        try:
            lengths = [parse_duration(two["d1"]), parse_duration(two["d2"])]
        except SkillError:
            return None
        names = ["" if n in (None, "new") else n for n in (two["n1"], two["n2"])]
        return Intent("timers_start", {"names": ",".join(names), "lengths": ",".join(f"{x:g}" for x in lengths)})
    m = re.search(r"\b(?:set|start|create|make|put)? ?(?:an? |the )?(?:(\w+) )?timer (?:on )?(?:for |of )?(.+)", text)
    if m:
        name, duration_text = m.groups()
    else:
        m = re.search(rf"\b(?:set|start|create|make|give me|i need|begin) (?:an? |the )?({duration_words})(?: (\w+))? timer\b", text)
        if m:
            duration_text, name = m.groups()
    reminder = REMIND_IN.fullmatch(text)
    if reminder and (not m or reminder["d3"]):   # "remind me in 20 minutes to check the oven": it says what it is for when it rings
        try:
            every = reminder["d4"] and re.sub(r"^(?=minute|hour)", "1 ", reminder["d4"].replace("half hour", "30 minutes"))
            seconds = parse_duration(reminder["d1"] or reminder["d2"] or reminder["d3"] or every)
        except SkillError:
            return None
        about = reminder["a1"] or reminder["a2"] or reminder["a3"] or reminder["a4"]
        return Intent("reminder_in", {"seconds": seconds, "about": about, **({"once": True} if every else {})})
    if not m:
        m = re.search(r"\b(?:wake me(?: up)?|remind me|alert me|ping me|let me know|tell me) (?:in|when|after) (.+?)(?: (?:have|has) passed| (?:is|are) up)?$", text)
        if m:
            name, duration_text = "", m.group(1)
    if m:
        if name in (None, "a", "an", "the", "my", "new", "another", "second", "other", "extra", "one", "more"):
            name = ""
        try:
            seconds = parse_duration(duration_text)
        except SkillError as err:
            # a timer was asked for, but its length is unclear ("-5 minutes", "10^12 hours"): say so
            unclear = re.search(r"\btimer\b", text) and re.search(r"\d", normalize_numbers(duration_text))
            return Intent("clarify", {"text": str(err)}) if unclear else None
        named = re.search(r"\b(?:called|named) (\w+)", text) or \
            re.search(r"\b(?:seconds?|minutes?|hours?|mins?) for (?:the |my |our )(\w+)$", text)   # "... for the laundry"
        return Intent("timer_start", {"seconds": seconds, "name": named.group(1) if named else (name or "")})
    return None


def _timed(skill: str, said: str, **arguments) -> Intent | None:
    """Intent `skill` with the length said in seconds; None when no length can be read from it."""
    try:
        return Intent(skill, {"seconds": parse_duration(said), **arguments})
    except SkillError:
        return None


def _more_first(text: str) -> str:
    """"2 more minutes" -> "2 minutes more", the order the patterns for added time read."""
    return re.sub(r"\b(\S+) more (seconds?|minutes?|hours?)\b", r"\1 \2 more", text)


def _named(m: re.Match) -> str:
    """The timer's name from whichever name<k> group of a match took part."""
    return next((g for k, g in m.groupdict().items() if k.startswith("name") and g), "")


def _which(k: int = 0) -> str:
    """A timer named in the request: "the timer", "my pasta timer", "the alarm" (group name<k>)."""
    return rf"(?:the |my )?(?:(?P<name{k}>[a-z]+) )?(?:timer|alarm)"


_PAUSE = re.compile(rf"(?:please |can you |could you )?(?:pause|hold|freeze) {_which()}(?: for (?:a (?:moment|minute|second|bit)|now))?(?: please)?")
_RESUME = re.compile(rf"(?:please |can you |could you )?(?:resume|unpause|un-pause|continue|restart) {_which(0)}(?: please)?|"
                     rf"(?:start|run) {_which(1)} again|(?:let )?{_which(2)} (?:go on|carry on|continue|keep going)")
_ADD = re.compile(rf"(?:please |can you |could you )?(?:add|put) (?P<d>.+?) (?:more )?(?:to|on|onto) {_which(0)}(?: please)?|"
                  rf"(?:give|make) {_which(1)} (?P<d2>.+?) (?:more|longer)|extend {_which(2)} by (?P<d3>.+)|"
                  rf"(?P<d4>.+?) more (?:on|for) {_which(3)}")
_TWO = re.compile(r"(?:(?:please )?(?:set|start|create|make|put on) )?(?:an? |the )?(?:(?P<n1>[a-z]+) )?timer (?:for )?(?P<d1>.+?),? "
                  # "... and another for 7 minutes" (was one timer of 10)
                  r"and (?:(?:set|start) )?(?:(?:an? |the |another )?(?:(?P<n2>[a-z]+) )?(?:timer|one) |another )(?:for )?(?P<d2>.+)")


def _pause_resume_add(text: str) -> Intent | None:
    """Pause, resume or add time to a timer ("pause the pasta timer", "add 5 minutes to the timer"); "which
    timer finishes first" (the list is said soonest first)."""
    for pattern, name in ((_PAUSE, "timer_pause"), (_RESUME, "timer_resume")):
        m = pattern.fullmatch(text)
        if m:
            named = _named(m)
            return Intent(name, {"name": "" if named in ("new", "this", "that") else named})
    m = re.fullmatch(r"(?:please )?(?:rename|call|name) (?:the |my )?(?:(?P<old>[a-z0-9 ]+?) )?timer (?:to |as )?(?:the )?"
                     r"(?P<new>[a-z0-9 ]+?)(?: timer)?(?: instead)?(?: please)?", text)
    if m and not re.search(r"\d+ (?:seconds?|minutes?|hours?)\b", text):   # "rename the laundry timer to dryer"
        return Intent("timer_rename", {"new": m["new"], "name": m["old"] or ""})
    m = _ADD.fullmatch(_more_first(text))
    if m:
        said = next(g for k, g in m.groupdict().items() if k.startswith("d") and g)
        if re.search(r"\b(how|what|many|much|long|left)\b", said):
            return None   # "how many more minutes on the timer": a question (the list)
        return _timed("timer_add", said, name=_named(m))
    if re.fullmatch(r"which (?:timer|alarm)(?: (?:will|is going to))? (?:finish(?:es)?|ends?|goes? off|rings?|is done|is next)"
                    r"(?: first| next| sooner| soonest)?|which (?:timer|alarm) is (?:first|next)", text):
        return Intent("timer_list", {})
    return None


def timer_follow_up(text: str) -> Intent | None:
    """What "pause it", "resume it", "add 2 minutes" ask of the timer just talked about (cleaned; its name unknown
    here: intents.py knows the request before)."""
    text = re.sub(r"^(?:ok|okay|and|now|actually|please),? ", "", text)
    if re.fullmatch(r"which (?:one|of them)(?: (?:will|is going to))? (?:finish(?:es)?|ends?|goes? off|rings?|is done)"
                    r"(?: first| sooner| soonest)?|which (?:one|of them) is (?:first|next|sooner)", text):
        return Intent("timer_list", {})   # said soonest first (the model started a third timer)
    if re.fullmatch(r"(?:what time|when) (?:will|does|is) (?:it|that) (?:be done|go off|ring|end|finish|due)", text):
        return Intent("timer_list", {"at": True})   # (the model started a new timer: "Sorry, I can't do that")
    if re.fullmatch(r"(?:pause|hold|freeze) (?:it|that)(?: for (?:a (?:moment|minute|second|bit)|now))?(?: please)?", text):
        return Intent("timer_pause", {})
    if re.fullmatch(r"(?:resume|unpause|continue|restart)(?: (?:it|that))?(?: please)?|(?:start|run) it again|go on", text):
        return Intent("timer_resume", {})
    m = re.fullmatch(r"(?:call|name|rename) (?:it|that)(?: to| as)? (?:the )?(?P<new>[a-z0-9 ]+?)(?: timer)?(?: instead)?(?: please)?", text)
    if m:   # "call it pasta instead" (the student said the timer was set again)
        return Intent("timer_rename", {"new": m["new"]})
    m = re.fullmatch(r"(?:make it|make that|change it to|change that to|set it to|set it for) (?P<d>.+?)(?: instead)?(?: please)?", text)
    if m and not re.search(r"\b(more|longer|shorter|less)\b", m["d"]):   # "make it 5 minutes" (was 5 minutes more)
        return _timed("timer_change", m["d"])
    m = re.fullmatch(r"(?:add|give it|put on|make it) (?P<d>.+?)(?: more| longer)?(?: to it| on it)?(?: please)?",
                     _more_first(text))
    if m and not re.search(r"\b(how|what|many|much|long|left|timer|alarm)\b", m["d"]):
        return _timed("timer_add", m["d"])
    return None


def length_answer(before: str, text: str) -> Intent | None:
    """The answer to "How long should the timer be?" after "set a timer" (both texts cleaned)."""
    asked = _NO_LENGTH.fullmatch(before)
    if not asked:
        return None
    name = asked.group("name") or asked.group("name2")
    name = name if name not in (None, "new", "one") else ""
    try:
        return Intent("timer_start", {"seconds": parse_duration(re.sub(r"^(?:for |make it |um,? |uh,? )+", "", text)),
                                      "name": name})
    except SkillError:
        return None
