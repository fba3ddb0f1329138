"""The fast path's readers of quantities: conversions between units ("how many centimeters in five
inches"), amounts in two units ("5 feet 10 inches in cm"), the days of a month, leap years, arithmetic
("what's seventeen times twenty-three"), and a conversion's follow-up ("and in kelvin?"). Part of the
table in intents.py."""

from __future__ import annotations

import re

from assistant.skills import calendar_days, mixed_units, word_problems
from assistant.skills.base import SkillError
from assistant.skills.calculator import evaluate, to_expression
from assistant.skills.intent import Intent
from assistant.skills.numbers import normalize_numbers

_UNIT_WORDS = (r"(?:(?:miles?|kilometers?|kilometres?|meters?|metres?) per (?:hour|second)|"
               r"square (?:miles?|kilometers?|kilometres?|meters?|metres?|feet|foot|yards?|inch|inches|centimeters?)|inch|inches|foot|feet|yards?|miles?|meters?|metres?|centimeters?|centimetres?|millimeters?|kilometers?|"
               r"kilometres?|grams?|kilograms?|kilos?|pounds?|lbs?|ounces?|stones?|tons?|tonnes?|liters?|litres?|milliliters?|"
               r"gallons?|quarts?|pints?|cups?|tablespoons?|teaspoons?|fluid ounces?|(?:degrees? )?(?:fahrenheit|celsius|centigrade|kelvin)|"
               r"mph|km/h|kph|seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|centuries|century|millenni(?:um|ums|a)|"
               r"bytes?|kilobytes?|megabytes?|gigabytes?|terabytes?|kb|mb|gb|tb|acres?|hectares?|km|cm|mm|kg|mg|ml|oz|ft|mi)")
_NUM = r"(-?\d+(?:\.\d+)?)"
_NEXT_SMALLER = {"decade": "years", "century": "years", "millennium": "years", "fortnight": "days", "week": "days",
                 "day": "hours", "hour": "minutes", "minute": "seconds"}
_PART = {"half": 2, "a third": 3, "a quarter": 4}
_DENOMINATOR = {"half": 2, "halve": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6, "eighth": 8, "tenth": 10}


def units(text: str, question: str) -> Intent | None:
    """"how many centimeters in five inches", "convert 5 km to miles", "what is 100 fahrenheit in celsius";
    and the days of a month ("how many days are in February")."""
    days = calendar_days.asked(text)
    if days:
        return Intent("days_in", days)
    leap = calendar_days.leap_asked(text)
    if leap:
        return Intent("leap_year", leap)
    m = re.fullmatch(r"how long is (?:a|an|one) (decade|century|millennium|fortnight|week|day|hour|minute)", text)
    if m:   # "How long is a decade?" (the student: "A decade is 128 years.")
        return Intent("convert_units", {"value": 1.0, "from_unit": m.group(1), "to_unit": _NEXT_SMALLER[m.group(1)]})
    m = re.fullmatch(rf"how (?:far|long|big|heavy|much|tall|large) is (?:a|an|one) ({_UNIT_WORDS}) in ({_UNIT_WORDS})", text)
    if m:   # "how far is a kilometer in miles" (the student: "1 kilometer is 1.60934 miles.")
        return Intent("convert_units", {"value": 1.0, "from_unit": m.group(1), "to_unit": m.group(2)})
    m = re.fullmatch(rf"(?:what is|which is) (bigger|larger|longer|heavier|more|greater|smaller|shorter|lighter|less),? "
                     rf"(?:an? |one )?({_UNIT_WORDS}) or (?:an? |one )?({_UNIT_WORDS})", text)
    if m:   # "what's bigger, a kilometer or a mile" (the student converted one and did not say)
        return Intent("compare_units", {"first": m.group(2), "second": m.group(3), "word": m.group(1)})
    m = re.fullmatch(rf"(?:what|which) (?:is|weighs) (heavier|lighter|more),? (?:an? |one |1 )({_UNIT_WORDS}) of ([a-z ]+?) or "
                     rf"(?:an? |one |1 )\2 of ([a-z ]+?)", text)
    if m:   # the old riddle: "a kilo of feathers or a kilo of steel" (the student: "a kilo of steel is 1000000 kilograms")
        return Intent("compare_units", {"first": m.group(2), "second": m.group(2), "word": m.group(1),
                                        "things": f"{m.group(3)} and {m.group(4)}"})
    norm = numbers_said(re.sub(r"\b(\d)' ?(\d{1,2})(?:\"|'')?(?=\s|$)", r"\1 feet \2 inches", text))   # 5'10" (50.48 cm)
    mixed = _mixed_units(norm)
    if mixed:
        return Intent("convert_mixed", mixed)
    norm = re.sub(r"\b(half|a quarter|a third) (?:of )?an? (?=[a-z])", lambda f: {"half": "0.5 ", "a quarter": "0.25 "}.get(
        f.group(1), "0.333333 "), norm)   # "how many tablespoons in half a cup" (the student: 1.5)
    m = re.search(rf"how many ({_UNIT_WORDS}) (?:are there in|is there in|are in|is in|in|is|are|make up) (?:an? |one )?{_NUM}? ?({_UNIT_WORDS})\b", norm)
    if m:
        return Intent("convert_units", {"value": float(m.group(2) or 1), "from_unit": m.group(3), "to_unit": m.group(1)})
    m = re.search(rf"{_NUM} ?({_UNIT_WORDS}) (?:in|to|into|as|in to) ({_UNIT_WORDS})\b", norm)
    if m:
        return Intent("convert_units", {"value": float(m.group(1)), "from_unit": m.group(2), "to_unit": m.group(3)})
    # the quantity first, the question after: "if I have 3 years, how many months is that?"
    m = re.search(rf"{_NUM} ?({_UNIT_WORDS})\b[^0-9]*?\bhow many ({_UNIT_WORDS}) (?:is that|is it|are there|does that make|"
                  rf"would that be|is this)$", norm)
    if m:
        return Intent("convert_units", {"value": float(m.group(1)), "from_unit": m.group(2), "to_unit": m.group(3)})
    return None


_TWO_UNITS = rf"(?P<n1>-?\d+(?:\.\d+)?) ?(?P<big>{_UNIT_WORDS}),? (?:and )?(?P<n2>\d+(?:\.\d+)?) ?(?P<small>{_UNIT_WORDS})"
_TO = r"(?:in|to|into|as|in to)"


def _mixed_units(norm: str) -> dict | None:
    """An amount said in two units, or asked for in two: "5 feet 10 inches in cm", "5 foot 10 in cm",
    "how many grams is 3 pounds 4 ounces", "180 cm in feet and inches"."""
    m = re.search(rf"{_TWO_UNITS} {_TO} (?P<to>{_UNIT_WORDS})\b", norm) or \
        re.search(rf"how many (?P<to>{_UNIT_WORDS}) (?:is|are|in|make|makes|is there in|are there in) {_TWO_UNITS}$", norm)
    if m and mixed_units.is_pair(m.group("big"), m.group("small")):
        return {"amount": f"{m.group('n1')} {m.group('big')} {m.group('n2')} {m.group('small')}", "to_unit": m.group("to")}
    m = re.search(rf"{_NUM} ?(?:feet|foot|ft) {_NUM} {_TO} ({_UNIT_WORDS})\b", norm)   # "5 foot 10 in cm"
    if m:
        return {"amount": f"{m.group(1)} feet {m.group(2)} inches", "to_unit": m.group(3)}
    m = re.search(rf"{_NUM} ?({_UNIT_WORDS}) {_TO} ({_UNIT_WORDS}) and ({_UNIT_WORDS})\b", norm)
    if m and mixed_units.is_pair(m.group(3), m.group(4)):
        return {"amount": f"{m.group(1)} {m.group(2)}", "to_unit": f"{m.group(3)} and {m.group(4)}"}
    return None


def numbers_said(text: str) -> str:
    signed = re.sub(r"(^|\s)[-−](?=\d)", r"\1minus ", text)  # "-40 celsius": the sign is a word, kept below
    return re.sub(r"(?<!\d )\b(?:minus|negative) (\d)", r"-\1", normalize_numbers(signed))  # "minus 40 celsius"


_COUNTED = {"dozen": 12, "gross": 144}
_HOW_MANY_COUNTED = re.compile(r"\bhow many\b.*?\b(?:in|is|are|make|makes)\s+(?:(half)\s+an?\s+|an?\s+|one\s+|"
                               r"(\d+(?:\.\d+)?)\s+)?(baker ?'? ?s dozen|dozen|gross)$|"
                               r"^(?:what is|how much is|how many is) (\d+(?:\.\d+)?) (dozen|gross)(?: \w+)?$")
# "what's 1000 divided by 7, rounded": the sum, rounded to a whole number
_ROUNDED = re.compile(r",? (?:and )?round(?:ed)?(?: (?:it|that|off))?(?: off)?(?: to the nearest (?:whole number|integer|one))?$")


def calculator(text: str, question: str) -> Intent | None:
    """Arithmetic: an explicit operation on numbers, or a count in dozens ("how many eggs in 14 dozen")."""
    if text.startswith(("when ", "what year ")) or re.search(r"\b\d+(?:st|nd|rd|th)? of (?:january|february|march|april|may|"
                                                               r"june|july|august|september|october|november|december)\b", text):
        return None   # "when was 9/11", "the 4th of july": dates, not 0.818 or 4*29
    norm = numbers_said(text)
    m = _HOW_MANY_COUNTED.search(norm)
    if m:
        count = m.group(2) or m.group(4) or ("0.5" if m.group(1) else "1")
        unit = m.group(3) or m.group(5)
        return Intent("calculator", {"expression": f"{count}*{_COUNTED.get(unit, 13)}"})   # else a baker's dozen
    m = re.fullmatch(r"(?:what is |please )?(double|triple|quadruple|halve) (-?\d+(?:\.\d+)?)", norm)
    if m:   # "double 250" (the student: 250*250)
        return Intent("calculator", {"expression": f"{m.group(2)}{ {'double': '*2', 'triple': '*3', 'quadruple': '*4', 'halve': '/2'}[m.group(1)]}"})
    found = word_problems.read(norm)   # percentages, rates, shares, shapes said in words
    if found:
        return found
    rounded = _ROUNDED.search(norm)
    if rounded and rounded.start() > 0:
        inner = calculator(norm[:rounded.start()], question)
        if inner is not None and inner.name == "calculator":
            return Intent("calculator", {"expression": f"round({inner.arguments['expression']})"})
    norm = re.sub(r"\bpi\b", word_problems.PI, norm) if re.search(r"\bpi (?:times|plus|minus|divided|squared|cubed)|(?:times|plus|minus|by|"
                                                      r"of) pi\b", norm) else norm   # "pi times 2" (was "couldn't work out")
    norm = re.sub(r"\bmultiply (\S+) (?:by|and|with) (\S+)", r"\1 times \2", norm)
    norm = re.sub(r"\bdivide (\S+) by (\S+)", r"\1 divided by \2", norm)
    # "split 90 dollars between 4 people" (the student multiplied: 360)
    norm = re.sub(r"\b(?:split|share|divide) (?:a |an |the |my |our )?(?:\$ ?)?(\d+(?:\.\d+)?)(?: \w+){0,2}? (?:between|among|amongst|by|into|with) "
                  r"(\d+)(?: \w+)?$", r"\1 divided by \2", norm)
    norm = re.sub(r"\bsubtract (\S+) from (\S+)", r"\2 minus \1", norm)
    norm = re.sub(r"^(?:what is )?(?:the )?(?:sqrt|square root)(?: of)? (\d+(?:\.\d+)?)$", r"square root of \1", norm)   # "sqrt 81"
    norm = re.sub(r"\b(?:the )?(square|cube) of (\d+(?:\.\d+)?)\b", lambda m: f"{m.group(2)} {m.group(1)[:-1]}ed",
                  norm)   # "the square of 12" (the student said 24)
    norm = re.sub(r"\b(half|a third|a quarter) of (\S+)", lambda m: f"{m.group(2)} divided by {_PART[m.group(1)]}", norm)
    # "1 third of 90", "two thirds of 90", "3 quarters of 80" (was 1/3/90: 0.0111)
    norm = re.sub(r"\b(\d+) (half|halves|third|thirds|quarter|quarters|fourths?|fifths?|sixths?|eighths?|tenths?) of (\S+)",
                  lambda m: f"{m.group(3)} times {m.group(1)} divided by {_DENOMINATOR[m.group(2).rstrip('s')]}", norm)
    m = re.search(r"\badd (\S+(?: \S+)?) (?:and|to) (\S+(?: \S+)?)$", norm)
    if m and re.fullmatch(r"[\d. ]+", m.group(1) + m.group(2)):
        return Intent("calculator", {"expression": f"{m.group(1).replace(' ', '')}+{m.group(2).replace(' ', '')}"})
    if re.search(r"\b(plus|minus|times|multiplied by|divided by|to the power of|to the \w+ power|squared|cubed|square root|cube root|percent of|factorial)\b|\d\s*!|"
                 r"\d to the \d+$|"
                 r"\d\s*[-+*/x×÷^%]\s*\d|\d\s*% of\b", norm):
        try:
            expression = to_expression(norm)
        except SkillError:
            return None
        # an operation on nothing said ("divide that by 3" -> "/3") is a step on the last result: not here
        if re.search(r"\d", expression) and re.search(r"[-+*/]|sqrt|cbrt|fact", expression) \
                and not re.match(r"\s*[*/+]", expression):
            return Intent("calculator", {"expression": expression})
    return None


_AND = r"^(?:and|what about|how about|now|ok and|okay and|and what about)"


def unit_follow_up(previous: str, text: str) -> Intent | None:
    """"and in fahrenheit?" / "and 30?" after a conversion: the same conversion, to a new unit or of a new
    amount (both texts cleaned)."""
    norm = numbers_said(text)
    that = re.fullmatch(rf"{_AND}?,? ?(?:how many ({_UNIT_WORDS}) (?:is|are|in|would be) (?:that|it|those)|(?:what is |what's )?"
                        rf"(?:that|it) in ({_UNIT_WORDS}))", norm)
    before = units(previous, previous)
    if before is None:
        from assistant.skills import food

        weighed = food.weighed(previous)   # "how many tablespoons is that?" after a cup of flour's weight (was 32 teaspoons)
        measure = re.match(r"(teaspoon|tablespoon|cup)s? of ", weighed["what"]) if weighed else None
        if that and measure:
            return Intent("convert_units", {"value": 1.0, "from_unit": measure.group(1), "to_unit": that.group(1) or that.group(2)})
        return None
    if that:   # "how many meters is that?" after 5 miles in kilometers: the 5 miles again, in meters
        return Intent("convert_units", {**before.arguments, "to_unit": that.group(1) or that.group(2)})
    m = re.fullmatch(rf"{_AND}?,? ?(?:how many )?(?:in|to|into) (?:a|an|one|1) ({_UNIT_WORDS})", norm)
    if m and before.arguments.get("value") == 1:   # "and in a kilogram?" after "how many ounces in a pound" (was 1000 pounds)
        return Intent("convert_units", {**before.arguments, "from_unit": m.group(1)})
    m = re.fullmatch(rf"{_AND}?,? ?(?:in|to|into) ({_UNIT_WORDS})", norm)
    if m:
        return Intent("convert_units", {**before.arguments, "to_unit": m.group(1)})
    m = re.fullmatch(rf"{_AND},? {_NUM}(?: ({_UNIT_WORDS}))?", norm)
    if m and (m.group(2) is None or m.group(2) == before.arguments["from_unit"]):
        return Intent("convert_units", {**before.arguments, "value": float(m.group(1))})
    return None


# A step on the last result: "divide that by 3", "now add 10", "times 2", "what's that squared" (the student
# called the calculator on "/3", or added up the first question again)
_ON_THAT = [
    # a percentage of the last result: "now add 10% to that" (was 30+10%: 0.3)
    (rf"(?:add|plus) {_NUM} ?(?:%|percent)(?: to (?:that|it))?|(?:increase|raise) (?:that|it) by {_NUM} ?(?:%|percent)",
     "*(100+{})/100"),
    (rf"(?:take off|take away|subtract|minus|knock off) {_NUM} ?(?:%|percent)(?: (?:off|from) (?:that|it))?|(?:reduce|decrease|"
     rf"lower) (?:that|it) by {_NUM} ?(?:%|percent)", "*(100-{})/100"),
    (rf"{_NUM} ?(?:%|percent) of (?:that|it)", "*{}/100"),
    (rf"(?:divide(?: that| it)?|divided) by {_NUM}", "/{}"), (rf"(?:multiply(?: that| it)?|multiplied) by {_NUM}", "*{}"),
    (rf"times {_NUM}", "*{}"), (rf"(?:add|plus) {_NUM}(?: to (?:that|it))?", "+{}"),
    (rf"(?:subtract|minus|take away) {_NUM}(?: from (?:that|it))?", "-{}"),
    (rf"-{_NUM}", "-{}"),   # "minus 10", as numbers_said writes it
    (r"double (?:that|it)", "*2"),
    (r"(?:halve (?:that|it)|half of (?:that|it))", "/2"), (r"(?:(?:that|it) squared|square (?:that|it))", "**2"),
    # "what's the square root of that" (the student squared it: 100*100, and said 20)
    (r"(?:the )?square root of (?:that|it)|square root(?: of (?:that|it))?", "sqrt"),
]


def _asked_again(previous: str, norm: str) -> Intent | None:
    """The same sum with a number changed: "and of 144?" after "the square root of 81" (the student squared 36: 1,296),
    "what about 30%?" after "20% of 150" (36). A percentage replaces the percentage; a plain number, the last number."""
    m = re.fullmatch(rf"(?:and|what about|how about|and what about|now|ok and)(?: for| of| with| if it's| if it is)? (-?\d+(?:\.\d+)?) ?"
                     r"(%|percent)?", norm)
    if not m:
        return None
    said = numbers_said(previous)
    if m.group(2):
        changed = re.sub(r"-?\d+(?:\.\d+)? ?(?:%|percent)", f"{m.group(1)}%", said, count=1)
    else:
        plain = list(re.finditer(r"-?\d+(?:\.\d+)?(?! ?(?:%|percent))", said))
        changed = said[:plain[-1].start()] + m.group(1) + said[plain[-1].end():] if plain else said
    return calculator(changed, changed) if changed != said else None


def arithmetic_follow_up(previous: str, text: str) -> Intent | None:
    """A step on the last result (both texts cleaned): the last arithmetic's value, then the step."""
    before = calculator(previous, previous)
    if before is None:
        return None
    norm = numbers_said(text)
    again = _asked_again(previous, norm)
    if again:
        return again
    rounded = re.fullmatch(r"(?:(?:and|now|ok|okay|then|can you),? )?(?:please )?round (?:that|it)(?: off)?(?: up| down)?"
                           r"(?: to (?:(?P<n>\d+)|one|a|the nearest (?P<whole>whole number|integer)) (?:decimal places?|places?|"
                           r"digits?))?(?: to the nearest (?:whole number|integer))?(?: please)?", norm)
    if rounded:   # "round that" after 100/7 (the student: "Round 14.2857 to 14.29.", said as if done)
        try:
            value = evaluate(before.arguments["expression"])
        except SkillError:
            return None
        places = int(rounded["n"]) if rounded["n"] else (1 if re.search(r"\b(?:one|a) decimal", norm) else 0)
        return Intent("round_number", {"number": f"{float(value):.6g}", "places": float(places)})
    if re.fullmatch(r"(?:(?:and|now|ok|okay|then),? )?(?:what is |what's |write |how do you write )?(?:that|it) (?:in|as) roman"
                    r"(?: numerals?)?|(?:and )?in roman numerals?", norm):   # (was "144 is 144,000.")
        try:
            value = evaluate(before.arguments["expression"])
        except SkillError:
            return None
        return Intent("roman_numeral", {"number": str(int(value)) if float(value).is_integer() else repr(float(value))})
    for pattern, step in _ON_THAT:
        m = re.fullmatch(rf"(?:(?:and|now|ok|okay|then|and then|and now),? )?(?:what is )?(?:(?:that|it) )?{pattern}", norm)
        if m:
            try:
                value = evaluate(before.arguments["expression"])
            except SkillError:
                return None
            said = str(int(value)) if float(value).is_integer() else repr(float(value))
            found = [g for g in m.groups() if g is not None]
            return Intent("calculator", {"expression": f"sqrt({said})" if step == "sqrt" else said + step.format(*found)})
    return None
