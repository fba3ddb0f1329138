"""Chance: "Flip a coin", "Roll a die" (or two, or a twenty-sided one), "Pick a random number between 1 and
10". The model called the calculator for these ("Flip a coin" -> "That's 1.")."""

from __future__ import annotations

import random
import re

from assistant.skills.base import Param, Skill, SkillError, SkillResult
from assistant.skills.text import spoken_list

_RNG = random.SystemRandom()
MAX_DICE = 10


def flip(coins: float = 1) -> SkillResult:
    if coins != int(coins) or not 1 <= coins <= MAX_DICE:
        raise SkillError(f"I can flip one to {MAX_DICE} coins.")
    sides = [_RNG.choice(["heads", "tails"]) for _ in range(int(coins))]
    if len(sides) == 1:
        return SkillResult(f"{sides[0].capitalize()}.", {"coin": sides[0]})
    said = spoken_list(sides)   # "Flip two coins" got 2*2
    return SkillResult(f"{said[0].upper() + said[1:]}.", {"coins": sides})


COLORS = ("red", "orange", "yellow", "green", "blue", "purple", "pink", "brown", "black", "white", "gray", "teal")


def pick_color() -> SkillResult:
    color = _RNG.choice(COLORS)   # "Pick a random color" got the calculator's "16"
    return SkillResult(f"{color.capitalize()}.", {"color": color})


def roll(dice: float = 1, sides: float = 6) -> SkillResult:
    if dice != int(dice) or not 1 <= dice <= MAX_DICE or sides != int(sides) or not 2 <= sides <= 1000:
        raise SkillError(f"I can roll one to {MAX_DICE} dice, with 2 to 1000 sides.")
    rolls = [_RNG.randint(1, int(sides)) for _ in range(int(dice))]
    if len(rolls) == 1:
        return SkillResult(f"You rolled {'an' if rolls[0] in (11, 18) or str(rolls[0]).startswith('8') else 'a'} {rolls[0]}.",
                           {"rolls": rolls})
    listed = spoken_list([str(r) for r in rolls])
    return SkillResult(f"You rolled {listed}: {sum(rolls)} in all.", {"rolls": rolls, "total": sum(rolls)})


def pick(low: float, high: float) -> SkillResult:
    low, high = sorted((low, high))
    if low != int(low) or high != int(high) or high - low > 10**12:
        raise SkillError("Give me two whole numbers, like between 1 and 100.")
    n = _RNG.randint(int(low), int(high))
    return SkillResult(f"{n}.", {"number": n, "between": [int(low), int(high)]})


_WORD_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def asked(text: str) -> tuple[str, dict] | None:
    """(skill, arguments) for a coin, dice or random number request (cleaned text), or None."""
    from assistant.skills.numbers import normalize_numbers

    text = normalize_numbers(text)
    if re.fullmatch(r"(?:please |can you |could you )?(?:flip|toss) (?:a |me a )?coin(?: for me)?|heads or tails", text):
        return "coin_flip", {}
    m = re.fullmatch(r"(?:please |can you |could you )?(?:flip|toss) (two|three|four|five|six|\d+) coins(?: for me)?", text)
    if m:
        return "coin_flip", {"coins": float(_WORD_NUMBERS.get(m.group(1)) or int(m.group(1)))}
    if re.fullmatch(r"(?:please |can you |could you )?(?:pick|choose|give me|name|think of|say) (?:me )?a (?:random )?colou?r"
                    r"(?: at random| for me)?", text):
        return "random_color", {}
    m = re.fullmatch(r"(?:please |can you |could you )?(?:roll|throw) (?:the )?(a|an|one|two|three|four|five|six|\d+)? ?"
                     r"(?:(\d+) ?-? ?sided (?:dice|die)|(?:dice|die)|d ?(\d+))(?: for me)?", text)
    if m:
        count, sided, d = m.groups()
        dice = _WORD_NUMBERS.get(count or "a", None) or int(count)
        return "dice_roll", {"dice": float(dice), "sides": float(sided or d or 6)}
    m = re.search(r"\b(?:random number|number at random)(?: (?:between|from))? (-?\d+) (?:and|to) (-?\d+)$|"
                  r"^(?:pick|choose|give me|think of) a number (?:between|from) (-?\d+) (?:and|to) (-?\d+)$", text)
    if m:
        low, high = [int(g) for g in m.groups() if g is not None]
        return "random_number", {"low": float(low), "high": float(high)}
    return None


SKILLS = [
    Skill("coin_flip", "Flip a coin, or several.", {"coins": Param(float, required=False)},
          lambda coins=1.0: flip(coins), for_model=False),
    Skill("random_color", "Pick a colour at random.", {}, pick_color, for_model=False),
    Skill("dice_roll", "Roll dice.", {"dice": Param(float, required=False), "sides": Param(float, required=False)},
          lambda dice=1.0, sides=6.0: roll(dice, sides), for_model=False),
    Skill("random_number", "Pick a random whole number in a range.", {"low": Param(float), "high": Param(float)},
          pick, for_model=False),
]
