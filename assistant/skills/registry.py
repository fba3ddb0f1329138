"""All skills of a session, by name, and running one: validated arguments in, a reported call out.
No skill runs shell commands, imports code or touches files outside the app's own data."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from assistant.skills import (alarms, animal_words, calculator, calendar_days, chance, clock, dates, dictionary, facts,
                              offline, spelling, units, world_clock)
from assistant.skills.base import InvalidArguments, Param, Skill, SkillError, SkillResult
from assistant.skills.notes import Notes
from assistant.skills.notes import skills as note_skills
from assistant.skills.small_talk import SmallTalk
from assistant.skills.timers import Timers
from assistant.skills.timers import skills as timer_skills


MUDDLED = "Sorry, I got muddled trying to do that. Could you ask again?"   # the model's call made no sense


_TIME_WORDS = re.compile(r"\b(time|date|day|days|today|tonight|tomorrow|yesterday|clock|hour|hours|o'clock|weekday|"
                         r"weekend|week|month|year|morning|afternoon|evening|night|now|late|early|monday|tuesday|"
                         r"wednesday|thursday|friday|saturday|sunday)\b", re.I)


def off_topic(name: str, arguments: dict, question: str) -> bool:
    """A look-up call that cannot answer the question: the clock for a question about no time or day ("How
    old is the Earth?" -> the time now), the calculator for a bare number ("Flip a coin" -> 1.0). Said
    from the model's call and the person's words (an empty question: nothing to judge by)."""
    if not question:
        return False
    if name == "clock":
        return not _TIME_WORDS.search(question)
    if name == "calculator":
        return bool(re.fullmatch(r"\s*-?\d+(?:\.\d+)?\s*", str(arguments.get("expression", ""))))
    return False


@dataclass
class Call:
    name: str
    arguments: dict
    result: object
    speech: str
    ok: bool


class SkillSet:
    def __init__(self, on_timer: Callable[[str, str], None] | None = None, notes: Notes | None = None,
                 clock_format: Callable[[], str] = lambda: "auto") -> None:
        self.timers = Timers(on_timer)
        self.notes = notes or Notes()
        self.alarms = alarms.Alarms(self.timers)
        self.skills: dict[str, Skill] = {s.name: s for s in [
            clock.skill(clock_format), world_clock.skill(clock_format), dates.SKILL, calculator.SKILL, units.SKILL,
            offline.SKILL, dictionary.SKILL, dictionary.OPPOSITE, animal_words.SKILL, calendar_days.SKILL,
            spelling.SKILL, *chance.SKILLS,
            facts.SKILL,
            *timer_skills(self.timers), alarms.skill(self.alarms), *note_skills(self.notes)]}
        # The fast path's own answer when it recognised a request it cannot do as said ("a timer for -5 minutes").
        self.skills["clarify"] = Skill("clarify", "Say why a recognised request cannot be done as said.",
                                       {"text": Param(str)}, lambda text: SkillResult(text, {"said": text}),
                                       for_model=False)
        talk = SmallTalk(list(self.skills)).skill()
        self.skills[talk.name] = talk

    def call(self, name: str, arguments: dict, *, from_model: bool = False) -> Call:
        """Run a skill; an unknown skill, bad arguments or a refusal become a polite spoken answer.
        `from_model`: the call came from the answer model, which may only run the skills offered to it."""
        skill = self.skills.get(name)
        try:
            if skill is None or (from_model and not skill.for_model):
                raise SkillError("I don't have a skill for that.")
            result: SkillResult = skill.run(**skill.validate(arguments))
            return Call(name, arguments, result.data, result.speech, True)
        except InvalidArguments as err:
            return Call(name, arguments, {"error": str(err)}, MUDDLED if from_model else str(err), False)
        except SkillError as err:
            return Call(name, arguments, {"error": str(err)}, str(err), False)

    def is_lookup(self, name: str | None) -> bool:
        """Whether `name` is a skill the model may call that only looks an answer up (facts, units)."""
        skill = self.skills.get(name or "")
        return skill is not None and skill.for_model and skill.lookup

    def lookup_failed(self, answer: str, question: str = "") -> bool:
        """Whether a model's answer is a call to a look-up skill that finds nothing, does not answer the
        question, or is broken: the model should rather answer in its own words (core/assistant.py does;
        the strict evaluation too)."""
        from assistant.skills import protocol

        try:
            call = protocol.parse(answer)
        except protocol.ToolCallError:
            return self.is_lookup(protocol.named(answer))
        if call is None:
            return False
        if off_topic(call.name, call.arguments, question):
            return True
        return self.is_lookup(call.name) and not self.call(call.name, call.arguments, from_model=True).ok

    def changed_something(self, calls) -> bool:
        """Whether any of these calls (name, result) changed what is kept: a timer or a note."""
        return any(getattr(self.skills.get(c.name), "changes", False) and
                   not (isinstance(c.result, dict) and "error" in c.result) for c in calls)

    def schemas(self) -> list[dict]:
        return [s.schema() for s in self.skills.values() if s.for_model]
