"""Days until a date the person told the assistant to remember: "Remember my anniversary is June 12", then "How many
days until my anniversary?" (was "Sorry, I got muddled"). The date is read from the note; without one, the
person is told how to give it."""

from __future__ import annotations

import datetime as dt
import re

from assistant.skills import dates
from assistant.skills.base import Param, Skill, SkillError, SkillResult
from assistant.skills.notes import Notes

_ASKED = re.compile(r"how (?:many (?:more )?days|long|many sleeps) (?:is it |are there |left )?(?:until|till|til|before|to) "
                    r"(?P<what>my [a-z' ]{2,30}|[a-z]+'s [a-z ]{2,20})")
_DAY = re.compile(rf"\b(?:(?:{'|'.join(dates.MONTHS)}) \d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)? (?:of )?"
                  rf"(?:{'|'.join(dates.MONTHS)}))\b")
_SMALL = {"my", "the", "a", "an", "is", "on", "of"}


def asked(text: str, today: dt.date | None = None) -> dict | None:
    """days_until_noted's arguments (cleaned text) for a day the calendar does not know ("my anniversary")."""
    m = _ASKED.fullmatch(text)
    if not m or dates.parse(m["what"], today or dt.date.today()) is not None or re.search(r"\b(?:alarm|timer|reminder)s?\b", m["what"]):
        return None   # ("how long until my alarm goes off": the timers' list)
    return {"what": m["what"].strip()}


def until_noted(notes: Notes, what: str, today: dt.date | None = None) -> SkillResult:
    today = today or dt.date.today()
    words = [w for w in re.findall(r"[a-z']+", what.lower()) if w not in _SMALL]
    yours = re.sub(r"^my ", "your ", what.strip())
    for note in notes.notes():
        said = note.lower()
        day = _DAY.search(said)
        if day and all(re.search(rf"\b{re.escape(w)}\b", said) for w in words):
            found = dates.answer("until", day.group(0), today)
            days, date = found.data["days"], dt.date.fromisoformat(found.data["date"])
            when = "today!" if days == 0 else f"in {days} {'day' if days == 1 else 'days'}, on {dates.said(date, today)}."
            return SkillResult(f"{yours[0].upper() + yours[1:]} is {when}", {**found.data, "note": note})
    raise SkillError(f"I don't know when {yours} is. Tell me, for example: remember {what.strip()} is on June 12.")


def skill(notes: Notes) -> Skill:
    return Skill("days_until_noted", "Days until a date kept in a note (an anniversary, a birthday).",
                 {"what": Param(str)}, lambda what: until_noted(notes, what), for_model=False)
