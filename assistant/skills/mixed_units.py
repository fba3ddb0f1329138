"""Quantities said in two units, as heights, weights and durations are: "5 feet 10 inches in centimeters",
"180 cm in feet and inches", "3 pounds 4 ounces in grams", "2 hours 30 minutes in minutes". The fast path's
(the model's convert_units takes one unit; its schema is what the student learnt)."""

from __future__ import annotations

import math
import re

from assistant.skills.base import Param, Skill, SkillError, SkillResult
from assistant.skills.numbers import speak_number
from assistant.skills.units import _one, _unit, registry

# the pairs said together, bigger unit first
PAIRS = {("foot", "inch"), ("pound", "ounce"), ("stone", "pound"), ("hour", "minute"), ("minute", "second"),
         ("meter", "centimeter"), ("kilogram", "gram"), ("mile", "yard"), ("yard", "foot"), ("day", "hour"),
         ("gallon", "pint"), ("pint", "fluid_ounce")}
_PART = re.compile(r"(-?\d+(?:\.\d+)?) ?([a-z][a-z ]*?)(?= and | \d|$)")


def is_pair(big: str, small: str) -> bool:
    try:
        return (str(_unit(big)), str(_unit(small))) in PAIRS
    except SkillError:
        return False


def _said(value: float, unit: str) -> str:
    return f"{speak_number(value)} {_one(unit) if value == 1 else unit}"


def convert_mixed(amount: str, to_unit: str) -> SkillResult:
    """`amount`: numbers with units ("5 feet 10 inches"); `to_unit`: one unit, or two joined by "and"."""
    parts = [(v, u.strip()) for v, u in _PART.findall(amount.strip().lower())]
    if not parts:
        raise SkillError(f"I couldn't read {amount} as an amount.")
    ureg = registry()
    try:
        total = sum((ureg.Quantity(float(v), _unit(u)) for v, u in parts), ureg.Quantity(0, _unit(parts[0][1])))
    except SkillError:
        raise
    except Exception:
        raise SkillError(f"I can't add up {amount}.") from None
    said_amount = " ".join(_said(float(v), u) for v, u in parts)
    targets = [t.strip() for t in re.split(r"\band\b", to_unit) if t.strip()]
    try:
        if len(targets) == 1:
            value = total.to(_unit(targets[0])).magnitude
            return SkillResult(f"{said_amount} is {speak_number(value, 4)} {targets[0]}.",
                               {"amount": amount, "to": targets[0], "result": value})
        if len(targets) != 2 or not is_pair(*targets):
            raise SkillError(f"I can't say an amount in {to_unit}.")
        big = total.to(_unit(targets[0])).magnitude
        if big < 0:
            raise SkillError("I can only split an amount above zero.")
        whole = math.floor(big)
        per = ureg.Quantity(1, _unit(targets[0])).to(_unit(targets[1])).magnitude   # 12 inches to a foot
        rest = round((big - whole) * per, 1)
        if rest >= per:   # 11.96 inches is said as another foot, not "5 feet 12 inches"
            whole, rest = whole + 1, 0.0
    except SkillError:
        raise
    except Exception:
        raise SkillError(f"I can't convert {amount} to {to_unit}.") from None
    said = _said(whole, targets[0]) + (f" {_said(rest, targets[1])}" if rest else "")
    return SkillResult(f"{said_amount} is {said}.", {"amount": amount, "to": to_unit, "result": [whole, rest]})


SKILL = Skill("convert_mixed", "Convert an amount said in two units, or into two units.",
              {"amount": Param(str), "to_unit": Param(str)}, convert_mixed, for_model=False)
