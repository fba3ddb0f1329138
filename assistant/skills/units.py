"""Unit conversion with pint (length, mass, volume, temperature, speed, time, data sizes). Years and months
are calendar spans, not pint's averages: "how many days are in a year" is 365 (366 in a leap year), not
365.25; a month is 28 to 31 days."""

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
    data = {"value": value, "from": str(source), "to": str(target), "result": result}
    calendar = _calendar(value, source, target, to_unit.strip())
    if calendar:
        said, data["result"] = calendar
        return SkillResult(f"{speak_number(value)} {said_from} is {said}.", data)
    return SkillResult(f"{speak_number(value)} {said_from} is {speak_number(result, 4)} {to_unit.strip()}.", data)


_SHORTER = ("day", "hour", "minute", "second")


def _calendar(value: float, source, target, to_unit: str) -> tuple[str, float] | None:
    """A whole number of years or months in days, weeks, hours, minutes or seconds, said as a calendar has
    them: (the words after "is", the number for the record); None for any other conversion."""
    ureg = registry()
    if value != int(value) or value <= 0 or value > 10_000 or source not in (ureg.year, ureg.month):
        return None
    n = int(value)
    if source == ureg.month:
        if target == ureg.day and n == 1:
            return "28 to 31 days, 30.44 on average", 30.44
        return None
    if target == ureg.week:
        weeks, days = divmod(365 * n, 7)
        said = f"{speak_number(weeks)} weeks and {speak_number(days)} {'day' if days == 1 else 'days'}"
        leap = " (a day more in a leap year)" if n == 1 else ", plus a day for each leap year"
        return said + leap, 365 * n / 7
    for name in _SHORTER:
        if target == getattr(ureg, name):
            per_day = ureg.Quantity(1, ureg.day).to(target).magnitude
            common = round(365 * n * per_day)
            if n == 1:
                return f"{speak_number(common)} {to_unit} ({speak_number(round(366 * per_day))} in a leap year)", common
            return f"{speak_number(common)} {to_unit}, plus {speak_number(round(per_day))} for each leap year", common
    return None


SKILL = Skill("convert_units", "Convert a quantity between units.",
              {"value": Param(float), "from_unit": Param(str), "to_unit": Param(str)},
              lambda value, from_unit, to_unit: convert(value, from_unit, to_unit))
