"""Words people mix up, asked of an assistant while writing: "Is it affect or effect?" (the student: "The correct word
is affect."), "What's the difference between there, their and they're?" ("There is no difference between there and
their."). The usual rule of each pair, with an example, from any usage guide. Other pairs are the model's."""

from __future__ import annotations

import re

from assistant.skills.base import Param, Skill, SkillError, SkillResult

_PAIRS = {
    ("affect", "effect"): "Affect is usually the verb: the rain affected the game. Effect is usually the noun: the rain had an "
                          "effect on the game.",
    ("their", "there", "they're"): "Their means belonging to them: their car. There is a place: over there. They're is "
                                   "short for they are: they're late.",
    ("your", "you're"): "Your means belonging to you: your coat. You're is short for you are: you're right.",
    ("its", "it's"): "Its means belonging to it: the dog wagged its tail. It's is short for it is or it has: it's raining.",
    ("than", "then"): "Than compares: taller than me. Then is about time or order: we ate, then we left.",
    ("lose", "loose"): "Lose is the verb: don't lose your keys. Loose means not tight: a loose screw.",
    ("to", "too", "two"): "To goes with a place or a verb: go to school, to run. Too means also or very much: me too, too hot. "
                          "Two is the number 2.",
    ("whose", "who's"): "Whose asks who owns something: whose bag is this? Who's is short for who is or who has: who's there?",
    ("fewer", "less"): "Fewer is for things you count: fewer cars. Less is for amounts: less traffic, less water.",
    ("e.g.", "i.e."): "E.g. means for example: fruit, e.g. apples. I.e. means that is: the capital, i.e. Paris.",
    ("lay", "lie"): "Lie means to recline, and takes no object: I lie down. Lay means to put something down: lay the book "
                    "on the table. The past of lie is lay, which is why they're confused.",
    ("complement", "compliment"): "A compliment is praise: she paid me a compliment. A complement completes or suits "
                                  "something: the wine complements the meal.",
    ("principal", "principle"): "A principle is a rule or belief: a matter of principle. Principal means main, or the head "
                                "of a school: the principal reason.",
    ("stationary", "stationery"): "Stationary means not moving: a stationary car. Stationery is paper and envelopes: think "
                                  "e for envelope.",
    ("accept", "except"): "Accept means to take or agree to: accept a gift. Except means apart from: everyone except me.",
    ("advice", "advise"): "Advice is the noun: good advice. Advise is the verb: I advise you to rest.",
    ("farther", "further"): "Farther is for physical distance: farther down the road. Further is for extent or more: "
                            "further questions. Further also works for distance.",
    ("who", "whom"): "Use who for the one doing the action: who called? Use whom for the one it's done to, or after a "
                     "preposition: to whom it may concern. If him fits, whom is right.",
    ("good", "well"): "Good describes a thing: a good meal. Well describes how something is done: she sings well. I'm well "
                      "and I'm good are both fine for how you feel.",
}
_PAIRS = {tuple(sorted(words)): said for words, said in _PAIRS.items()}
_WORD = r"['\"]?([a-z.']+?)['\"]?"
_ASKED = re.compile(rf"(?:is it|should i (?:say|use|write)|do i (?:say|use|write)|when (?:do|should) (?:i|you) use|"
                    rf"what(?: is|'s) the difference between|difference between|how do i know when to use|"
                    rf"when to use|how to use)? ?{_WORD}(?:,? (?:or|and|vs|versus)|,) {_WORD}(?:,? (?:or|and) {_WORD})?"
                    rf"(?: correctly| properly)?")


def asked(text: str) -> dict | None:
    """usage_pair's arguments for "is it affect or effect" (cleaned text), or None."""
    m = _ASKED.fullmatch(text)
    if not m:
        return None
    words = tuple(sorted(w for w in m.groups() if w))
    return {"words": " ".join(words)} if words in _PAIRS else None


def usage_pair(words: str) -> SkillResult:
    key = tuple(sorted(words.split()))
    if key not in _PAIRS:
        raise SkillError("I don't have a rule for those words.")
    return SkillResult(_PAIRS[key], {"words": " ".join(key)})


SKILL = Skill("usage_pair", "The difference between words people mix up (affect and effect, their and there).",
              {"words": Param(str)}, usage_pair, for_model=False)
