"""Unit conversion with pint (length, mass, volume, temperature, speed, time, data sizes)."""

from __future__ import annotations

import functools
import re

from assistant.skills.base import Param, Skill, SkillError, SkillResult
from assistant.skills.numbers import speak_number

_SYNONYMS = [
    (r"\bdegrees? (fahrenheit|celsius|centigrade|kelvin)\b", r"\1"),
    (r"\b(fahrenheit|degf|°f)\b", "degF"), (r"\b(celsius|centigrade|degc|°c)\b", "degC"),
    (r"\bkilometers? per hour\b|\bkm/h\b|\bkph\b", "km/hour"), (r"\bmiles? per hour\b|\bmph\b", "mile/hour"),
    (r"\bmeters? per second\b", "m/s"), (r"\bfl(uid)? ?oz\b|\bfluid ounces?\b", "fluid_ounce"),
    (r"\bcups?\b", "cup"), (r"\btablespoons?\b", "tablespoon"), (r"\bteaspoons?\b", "teaspoon"),
    (r"\bstones?\b", "stone"), (r"\blbs?\b", "pound"), (r"\bfeet\b", "foot"),
]


@functools.lru_cache(maxsize=1)
def registry():
    import pint

    return pint.UnitRegistry()


def _unit(name: str):
    text = name.strip().lower()
    for pattern, repl in _SYNONYMS:
        text = re.sub(pattern, repl, text)
    text = text.replace(" ", "_")
    try:
        return registry().parse_units(text)
    except Exception:
        if text.endswith("s"):
            try:
                return registry().parse_units(text[:-1])
            except Exception:
                pass
    raise SkillError(f"I don't know the unit {name.strip()}.")


def convert(value: float, from_unit: str, to_unit: str) -> SkillResult:
    if value != value or abs(value) > 1e300:
        raise SkillError("That number is too large to convert.")
    ureg = registry()
    source, target = _unit(from_unit), _unit(to_unit)
    try:
        quantity = ureg.Quantity(value, source)
        result = quantity.to(target).magnitude
        below_zero = quantity.dimensionality == ureg.kelvin.dimensionality and quantity.to("kelvin").magnitude < 0
    except Exception:
        raise SkillError(f"I can't convert {from_unit.strip()} to {to_unit.strip()}.") from None
    if below_zero:
        raise SkillError(f"{speak_number(value)} {from_unit.strip()} is colder than absolute zero, which nothing can be.")
    if result != result or abs(result) > 1e300:
        raise SkillError("That number is too large to say.")
    said_from = from_unit.strip() if value != 1 else from_unit.strip().rstrip("s")
    return SkillResult(f"{speak_number(value)} {said_from} is {speak_number(result, 4)} {to_unit.strip()}.",
                       {"value": value, "from": str(source), "to": str(target), "result": result})


SKILL = Skill("convert_units", "Convert a quantity between units.",
              {"value": Param(float), "from_unit": Param(str), "to_unit": Param(str)},
              lambda value, from_unit, to_unit: convert(value, from_unit, to_unit))
