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
    (r"\b(fahrenheit|degf)\b|°\s*f\b|^f$", "degF"), (r"\b(celsius|centigrade|degc)\b|°\s*c\b|^c$", "degC"),
    (r"^k$", "kelvin"),
    (r"\bkilometers? per hour\b|\bkm/h\b|\bkph\b", "km/hour"), (r"\bmiles? per hour\b|\bmph\b", "mile/hour"),
    (r"\bmeters? per second\b", "m/s"), (r"\bfl(uid)? ?oz\b|\bfluid ounces?\b", "fluid_ounce"),
    (r"\bcups?\b", "cup"), (r"\btablespoons?\b", "tablespoon"), (r"\bteaspoons?\b", "teaspoon"),
    (r"\bstones?\b", "stone"), (r"\blbs?\b", "pound"), (r"\bfeet\b", "foot"),
    (r"\bkilos?\b|\bkgs\b", "kilogram"), (r"\bgrams?\b", "gram"),   # "70 kilos" (pint: unknown unit "kilos")
    (r"\bkms\b|\bkilometres?\b", "kilometer"), (r"\bmetres?\b", "meter"), (r"\bcentimetres?\b", "centimeter"),
    (r"\blitres?\b", "liter"), (r"\bmillilitres?\b", "milliliter"),
    (r"\bsquare inch(?:es)?\b", "inch**2"), (r"\bsquare (?:feet|foot)\b", "foot**2"),   # "square meters" (unknown to pint)
    (r"\bsquare (kilometer|meter|centimeter|millimeter|yard|mile)s?\b", r"\1**2"),
    (r"\bdecades?\b", "decade_of_years"),   # pint's "decade" is a ratio of ten ("I can't convert decade to years")
    (r"\bmillenni(?:um|ums|a)\b", "millennium"), (r"\bcentur(?:y|ies)\b", "century"),
]


@functools.lru_cache(maxsize=1)
def registry():
    import pint

    ureg = pint.UnitRegistry()
    ureg.define("decade_of_years = 10 * year")
    return ureg


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
    if source == target:   # the model's muddle ("100 F to °F" for the boiling point of water): nothing to convert
        raise SkillError(f"{from_unit.strip()} and {to_unit.strip()} are the same unit.")
    if {str(source), str(target)} & {"ounce"} and source.dimensionality != target.dimensionality:
        # "how many ounces in a cup": a volume's ounces are fluid ounces
        source, target = (ureg.fluid_ounce if str(u) == "ounce" else u for u in (source, target))
    try:
        quantity = ureg.Quantity(value, source)
        result = quantity.to(target).magnitude
        below_zero = quantity.dimensionality == ureg.kelvin.dimensionality and quantity.to("kelvin").magnitude < 0
    except Exception:
        kinds = {str(u.dimensionality) for u in (source, target)}
        if kinds == {"[length] ** 3", "[mass]"}:   # "convert 1 cup to grams": it depends on what it is
            raise SkillError(f"{from_unit.strip().capitalize()} and {to_unit.strip()} measure different things, a volume and a "
                             "weight: it depends on what you're measuring. A cup of water weighs about 237 grams; a cup of "
                             "flour about 125.") from None
        raise SkillError(f"I can't convert {from_unit.strip()} to {to_unit.strip()}.") from None
    if below_zero:
        raise SkillError(f"{speak_number(value)} {from_unit.strip()} is colder than absolute zero, which nothing can be.")
    if result != result or abs(result) > 1e300:
        raise SkillError("That number is too large to say.")
    said_from = _said(source, from_unit.strip()) if value != 1 else _one(_said(source, from_unit.strip()))
    data = {"value": value, "from": str(source), "to": str(target), "result": result}
    calendar = _calendar(value, source, target, to_unit.strip())
    if calendar:
        said, data["result"] = calendar
        return SkillResult(f"{speak_number(value)} {said_from} is {said}.", data)
    return SkillResult(f"{speak_number(value)} {said_from} is {speak_number(result, 4)} {_said(target, to_unit.strip())}.", data)


def compare(first: str, second: str, word: str = "more", things: str = "") -> SkillResult:
    """Which of two units is more ("What's bigger, a kilometer or a mile?": the student converted one and stopped);
    `word`, as asked: "bigger", "heavier", or "smaller" (then the smaller one is named). `things`: "feathers and steel"
    when it was a kilo of each (the riddle)."""
    if things and first == second:
        one, _, other = things.partition(" and ")
        unit = first.strip()
        light = next((t for t in (one, other) if re.search(r"\b(?:feathers?|cotton|popcorn|paper|air|marshmallows?|"
                                                             r"wool|styrofoam|leaves)\b", t)), "")
        a = _article(unit).lower()
        return SkillResult(f"Neither: {a} {unit} of {one} and {a} {unit} of {other} weigh the same, {a} {unit} each."
                           + (f" The {light} just take up more room." if light else ""), {"same": True})
    ratio = convert(1.0, second, _plural(first)).data["result"]   # one of the second, in the first
    if abs(ratio - 1) < 1e-9:
        return SkillResult(f"They're the same: 1 {second} is 1 {first}.", {"same": True})
    bigger, smaller = (second, first) if ratio > 1 else (first, second)
    shown = convert(1.0, bigger, _plural(smaller))
    named = smaller if word in ("smaller", "shorter", "lighter", "less") else bigger
    return SkillResult(f"{_article(named)} {named} is {word}. {shown.speech}", {**shown.data, "answer": named})


def _plural(unit: str) -> str:
    unit = unit.strip()
    return {"inch": "inches", "foot": "feet"}.get(unit, unit if unit.endswith("s") else unit + "s")


def _article(word: str) -> str:
    return "An" if word[:1].lower() in "aeiou" and not word.lower().startswith(("uni", "eu", "one")) else "A"


def _one(unit: str) -> str:
    """A unit after "1": "degree Celsius", "inch", "foot", "kilometer" (a name that is singular already stays)."""
    if unit.lower().startswith("degrees "):
        return "degree " + unit[8:]
    if unit.lower() == "feet":
        return unit[0] + "oot"
    if re.search(r"(ch|sh|x)es$", unit):
        return unit[:-2]
    if re.search(r"[^su]s$", unit) and not unit.lower().endswith(("celsius", "species")):
        return unit[:-1]
    return unit


_TEMPERATURES = {"degree_Celsius": "degrees Celsius", "degree_Fahrenheit": "degrees Fahrenheit", "kelvin": "kelvin"}


def _said(unit, as_given: str) -> str:
    """A unit as said: a temperature written short ("F", "°C", "K") in words, anything else as given."""
    if str(unit) in _TEMPERATURES and (len(as_given) <= 2 or as_given.startswith("°")):
        return _TEMPERATURES[str(unit)]
    return as_given.replace("_", " ")   # "light_year", as a model writes it, is said "light year"


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


# Money: a rate that changes daily, so a conversion between currencies is live information (the skill would
# fail on "euros" and the model make up a figure). "Pounds" is money only beside another currency.
_CURRENCIES = {"usd": r"dollars?|bucks|usd", "eur": r"euros?|eur", "gbp": r"pounds? sterling|gbp|pounds?",
               "jpy": r"yen|jpy", "mxn": r"pesos?", "inr": r"rupees?|inr", "chf": r"francs?|chf",
               "cny": r"yuan|renminbi|cny", "rub": r"rubles?|roubles?", "sek": r"kronor|krona|krone", "brl": r"reais",
               "zar": r"rand", "cad": r"cad", "aud": r"aud"}
_CURRENCY = {code: re.compile(rf"\b(?:{words})\b") for code, words in _CURRENCIES.items()}


def money_conversion(text: str) -> bool:
    """Whether `text` (cleaned) names two currencies: "convert 50 euros to dollars", "how many yen is 10 dollars";
    not "how much do 5 pens cost in dollars" (one currency) nor "20 pounds in kilograms"."""
    return sum(bool(pattern.search(text)) for pattern in _CURRENCY.values()) >= 2


def is_money(unit: str) -> bool:
    """Whether a unit the model named is a currency ("euros", "USD"; not "pounds", which weighs too)."""
    said = unit.strip().lower()
    return any(pattern.fullmatch(said) for pattern in _CURRENCY.values()) and not re.fullmatch(r"pounds?", said)


COMPARE = Skill("compare_units", "Which of two units is more.",
                {"first": Param(str), "second": Param(str), "word": Param(str, required=False),
                 "things": Param(str, required=False)}, compare, for_model=False)

SKILL = Skill("convert_units", "Convert a quantity between units.",
              {"value": Param(float), "from_unit": Param(str), "to_unit": Param(str)},
              lambda value, from_unit, to_unit: convert(value, from_unit, to_unit), lookup=True)
