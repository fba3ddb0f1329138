"""All skills of a session, by name, and running one: validated arguments in, a reported call out.
No skill runs shell commands, imports code or touches files outside the app's own data (an app is opened
from its desktop entry as the desktop's launcher does, never through a shell: skills/apps.py)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from assistant.skills import (acronyms, alarms, compare_places, examples, harm, rhymes, sports, animal_words, app_help, apps, artworks, books, clock_math, colors, counts, calculator, explanations, presidents, calendar_days, chance, clock, constants, conversation,
                              distance,
                              date_math, dates, desktop_help, dictionary, discoveries, facts, food, grammar, health_basics, history_dates, howto, lifespans, lists, mixed_units, noted_dates,
                              number_facts, offline, people, phrasebook, places, roman, safety, sayings, seasons, sky, spelling, stopwatch, suggestions, superlatives, system_info, time_until, units, usage,
                              voice_settings, volume, world_clock, writing)
from assistant.settings import Settings
from assistant.skills.base import InvalidArguments, Param, Skill, SkillError, SkillResult
from assistant.skills.notes import Notes
from assistant.skills.notes import skills as note_skills
from assistant.skills.small_talk import SmallTalk
from assistant.skills.timers import Timers
from assistant.skills.timers import skills as timer_skills


MUDDLED = "Sorry, I got muddled trying to do that. Could you ask again?"   # the model's call made no sense


@dataclass
class Call:
    name: str
    arguments: dict
    result: object
    speech: str
    ok: bool


class SkillSet:
    def __init__(self, on_timer: Callable[[str, str], None] | None = None, notes: Notes | None = None,
                 clock_format: Callable[[], str] = lambda: "auto", history: Callable[[], list] = lambda: [],
                 voice: tuple[Callable, Callable] | None = None, alarms_file: Path | None = None) -> None:
        """`history`: the conversation's messages; `voice`: (the settings now, use new ones) for asking the
        assistant to speak slower or louder (without it, nothing is changed or kept); `alarms_file`: where alarms
        and reminders are kept (without it, they last as long as this set of skills)."""
        self.timers = Timers(on_timer)
        self.stopwatch = stopwatch.Stopwatch()
        self.notes = notes or Notes()
        self.alarms = alarms.Alarms(self.timers, store=alarms_file)
        self.skills: dict[str, Skill] = {s.name: s for s in [
            clock.skill(clock_format), time_until.SKILL, time_until.LATER, *date_math.SKILLS, world_clock.skill(clock_format), world_clock.DATE_IN, world_clock.DIFFERENCE, world_clock.DST, world_clock.ZONE, phrasebook.SKILL, distance.SKILL, safety.SKILL, harm.SKILL, superlatives.SKILL, food.SKILL, food.WEIGHT, health_basics.SKILL, lifespans.SKILL, roman.SKILL, sayings.SKILL, clock_math.SKILL, counts.SKILL, colors.SKILL, acronyms.SKILL, examples.SKILL, rhymes.SKILL, artworks.SKILL, books.SKILL, books.BOOKS_BY, compare_places.SKILL, sports.SKILL, discoveries.SKILL, discoveries.KNOWN_FOR, discoveries.FIRST_TO, presidents.SKILL, explanations.SKILL, places.SKILL, usage.SKILL, history_dates.SKILL, howto.SKILL, app_help.skill(voice[0] if voice else None), world_clock.TIME_THERE, dates.SKILL, dates.HOLIDAY,
            calendar_days.SKILL, calendar_days.LEAP, calendar_days.ORDER, calendar_days.WEEKDAYS_IN, calculator.SKILL, units.SKILL, units.COMPARE, mixed_units.SKILL,
            offline.SKILL, dictionary.SKILL, dictionary.OPPOSITE, dictionary.SYNONYMS, animal_words.SKILL, people.SKILL, grammar.SKILL,
            spelling.SKILL, spelling.COUNT, spelling.LETTERS, *chance.SKILLS, *number_facts.SKILLS, conversation.skill(history),
            voice_settings.skill(*(voice or (Settings, lambda new: None))), apps.SKILL, apps.FOLDER, volume.SKILL,
            facts.SKILL, constants.SKILL, desktop_help.SKILL, system_info.SKILL,
            *timer_skills(self.timers), *alarms.skills(self.alarms), *note_skills(self.notes),
            lists.skill(lists.Lists(self.notes)), noted_dates.skill(self.notes), stopwatch.skill(self.stopwatch),
            *seasons.SKILLS, *sky.SKILLS, writing.skill(writing.Writer()), suggestions.skill(suggestions.Suggestions())]}
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

    def changed_something(self, calls) -> bool:
        """Whether any of these calls (name, result) changed what is kept: a timer or a note."""
        return any(getattr(self.skills.get(c.name), "changes", False) and
                   not (isinstance(c.result, dict) and "error" in c.result) for c in calls)

    def schemas(self) -> list[dict]:
        return [s.schema() for s in self.skills.values() if s.for_model]
