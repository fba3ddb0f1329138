"""Requests about the conversation itself: "say that again", "what did you say?", "what did I just ask?".
Said back from the conversation's history, word for word (the student answered "Repeat that." with a call
to a skill that does not exist, and "What did I just ask you?" with "I don't have the ability to ask
questions")."""

from __future__ import annotations

import re
from typing import Callable

from assistant.skills.base import Param, Skill, SkillResult

_AGAIN = re.compile(r"(?:(?:can|could|would) you |please )?(?:repeat(?: that| it| yourself| the last answer| what you said)?|"
                    r"say (?:that|it) again|say again|what did you (?:just )?say|what was that|come again|pardon(?: me)?|"
                    r"sorry,? what(?: was that)?|i didn't (?:catch|hear) (?:that|you|it)|one more time|what|huh|excuse me|"
                    r"what did you say|what was (?:the|your|that) answer(?: again)?|what was (?:that|it) again|"
                    r"what did you just tell me)(?: please| again)?")   # (the model worked "the answer" out anew: "That's 22.")   # "What?" got "I'm sorry, I can't help with that."
_ASKED = re.compile(r"what (?:did i (?:just )?(?:ask|say)(?: you)?|was (?:my|the) (?:last )?question)|repeat (?:my|the) (?:last )?question")
_TOPICS = re.compile(r"what (?:did|have) we (?:talk|talked|been talking|chat|chatted) about(?: so far| today)?|"
                     r"what (?:have|did) i asked? you(?: so far| today)?")   # ("I'm sorry, but I can't help with that.")


def asked(text: str) -> dict | None:
    """{"what": "answer"} for "say that again", {"what": "question"} for "what did I just ask" (cleaned text,
    the whole request only)."""
    if _AGAIN.fullmatch(text):
        return {"what": "answer"}
    if _ASKED.fullmatch(text):
        return {"what": "question"}
    if _TOPICS.fullmatch(text):
        return {"what": "questions"}
    return None


def skill(history: Callable[[], list]) -> Skill:
    """`history`: the conversation's messages (role, content), oldest first."""
    def repeat(what: str) -> SkillResult:
        role = "assistant" if what == "answer" else "user"
        said = [m.content for m in history() if m.role == role and m.content and m.content != "(interrupted)"]
        if not said:
            return SkillResult("I haven't said anything yet." if role == "assistant" else
                               "You haven't asked me anything yet.", {"what": what, "said": None})
        if what == "questions":   # "what did we talk about": the last few questions, oldest first
            last = said[-3:]
            listed = last[0] if len(last) == 1 else ", ".join(f'"{q}"' for q in last[:-1]) + f' and "{last[-1]}"'
            return SkillResult(f"You asked {'me' if len(said) <= 3 else 'lately'}: {listed}", {"what": what, "said": last})
        if role == "assistant":
            return SkillResult(said[-1], {"what": what, "said": said[-1]})
        return SkillResult(f"You asked: {said[-1]}", {"what": what, "said": said[-1]})

    return Skill("repeat", "Say the last answer again, or the person's last question.",
                 {"what": Param(str, choices=("answer", "question", "questions"))}, repeat, for_model=False)
