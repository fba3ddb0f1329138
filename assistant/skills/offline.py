"""Requests that need the internet get a short, kind "I'm offline" instead of an invented answer."""

from __future__ import annotations

from assistant.skills.base import Param, Skill, SkillResult

# The one list of topics: the fast path's matcher (intents.py) and the skill's schema both take it from here.
TOPICS = ("the weather", "the news", "sports scores", "stock prices", "traffic", "the web", "your email",
          "exchange rates", "live information")


def offline(topic: str = "live information") -> SkillResult:
    return SkillResult(f"I'm offline, so I can't check {topic}. Everything I do stays on this computer.",
                       {"topic": topic})


SKILL = Skill("offline_notice", "Say kindly that live information cannot be checked offline.",
              {"topic": Param(str, required=False, choices=TOPICS)}, lambda topic="live information": offline(topic))
