"""A table of written answers, one per topic, each found by the pattern of the questions that ask for it: the shape
the written how-to (howto.py), the health basics (health_basics.py) and the explanations (explanations.py) share.
Each keeps its own table and its own wording around the topic; this reads a question against the table and says the
answer."""

from __future__ import annotations

import re

from assistant.skills.base import Param, Skill, SkillError, SkillResult


class Written:
    def __init__(self, table: dict[str, tuple[str, str]], *, before: str = "", after: str = r"(?: please)?",
                 also: dict[str, str] | None = None) -> None:
        """`table`: topic -> (the questions' pattern, the answer), read as `before` + pattern + `after` against the whole
        cleaned question; `also`: topic -> a second form of the whole question (a dish named after "a recipe for")."""
        self.table = table
        self._asked = [(topic, re.compile(rf"{before}(?:{pattern}){after}" + (f"|{also[topic]}" if also and topic in also
                                                                                 else "")))
                       for topic, (pattern, _said) in table.items()]

    def asked(self, text: str) -> dict | None:
        """The skill's arguments for a question the table answers (cleaned text), or None."""
        return next(({"topic": topic} for topic, pattern in self._asked if pattern.fullmatch(text)), None)

    def skill(self, name: str, description: str, missing: str) -> Skill:
        def answer(topic: str) -> SkillResult:
            if topic not in self.table:
                raise SkillError(missing)
            return SkillResult(self.table[topic][1], {"topic": topic})
        return Skill(name, description, {"topic": Param(str, choices=tuple(self.table))}, answer, for_model=False)
