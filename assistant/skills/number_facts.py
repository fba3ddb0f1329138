"""Facts about numbers said: "Is 17 a prime number?", "Is 42 even?", "What's the average of 4, 8 and 12?",
"Round 3.14159 to two decimal places". The student called the calculator on them ("Is 17 a prime number?" ->
17*17 -> "That's 289.", the average -> 4+8*12 -> "That's 100.") or rounded wrong."""

from __future__ import annotations

import math
import re

from assistant.skills.base import Param, Skill, SkillError, SkillResult
from assistant.skills.numbers import normalize_numbers, speak_number

_N = r"(-?\d+(?:\.\d+)?)"
_PLACES = {"whole number": 0, "nearest whole number": 0, "nearest integer": 0, "integer": 0, "one decimal place": 1,
           "a decimal place": 1, "the nearest tenth": 1, "nearest tenth": 1, "the nearest hundredth": 2,
           "nearest hundredth": 2}


def asked(text: str) -> tuple[str, dict] | None:
    """(skill, arguments) for a question about numbers said (cleaned text), or None."""
    norm = normalize_numbers(text).replace(",", " ,").replace("  ", " ")
    m = re.fullmatch(rf"is {_N} (?:a )?prime(?: number)?|is {_N} a prime", norm)
    if m:
        return "number_fact", {"number": float(m.group(1) or m.group(2)), "question": "prime"}
    # "is 1,000,000 divisible by 7" (the student: "is divisible"), "the remainder when 17 is divided by 5" (3.4)
    m = re.fullmatch(rf"(?:is|can) {_N} (?:evenly |exactly )?(?:divisible by|be divided (?:evenly |exactly )?by|a multiple of) {_N}", norm)
    if m:
        return "number_fact", {"number": float(m.group(1)), "question": "divisible", "by": float(m.group(2))}
    m = re.fullmatch(rf"(?:what is |what's |find |calculate )?the remainder (?:when|if|of) {_N} (?:is )?divided by {_N}|"
                     rf"(?:what is |what's )?{_N} (?:mod|modulo) {_N}", norm)
    if m:
        number, by = [float(g) for g in m.groups() if g is not None]
        return "number_fact", {"number": number, "question": "remainder", "by": by}
    m = re.fullmatch(rf"(?:what is |what's |what are )?the (?:factors|divisors) of {_N}|(?:list |find )?(?:all )?(?:the )?factors of {_N}|"
                     rf"what (?:numbers )?(?:go|goes|divide) (?:evenly )?into {_N}", norm)
    if m:   # (the student: "factors of 12" -> 24)
        return "number_fact", {"number": float(next(g for g in m.groups() if g)), "question": "factors"}
    m = re.fullmatch(rf"(?:what is |what's )?the (?:next|first) prime(?: number)? (?:after|above|bigger than|greater than) {_N}", norm)
    if m:   # (the student: "The next prime after 13 is 14.")
        return "number_fact", {"number": float(m.group(1)), "question": "next prime"}
    m = re.fullmatch(rf"is {_N} (?:an )?(even|odd)(?: number)?", norm)
    if m:
        return "number_fact", {"number": float(m.group(1)), "question": m.group(2)}
    m = re.fullmatch(rf"(?:what is |what's |find |calculate |work out )?the (?:average|mean) of (.+)", norm)
    if m:
        numbers = re.findall(r"-?\d+(?:\.\d+)?", m.group(1))
        rest = re.sub(r"-?\d+(?:\.\d+)?|,|\band\b|\s", "", m.group(1))
        if len(numbers) >= 2 and not rest:
            return "average", {"numbers": " ".join(numbers)}
    m = re.fullmatch(rf"(?:what is |what's |convert |write |turn )?{_N} (?:as|into|to|in) (?:a )?(?:fraction|fractions)", norm)
    if m:
        return "as_fraction", {"number": m.group(1)}
    m = re.fullmatch(r"(?:what is |what's |convert |write |express )?(-?\d+(?:\.\d+)?)(?: ?/ ?| over | out of )?(\d+(?:\.\d+)?)? "
                     r"(?:as|into|to|in) (?:a )?percent(?:age)?", norm)
    if m:   # "What's 1/3 as a percentage?" (the calculator: 0.333333)
        return "as_percent", {"number": m.group(1) + (f"/{m.group(2)}" if m.group(2) else "")}
    m = re.fullmatch(r"(?:what is |tell me |say )?pi to (\d+) (?:decimal places?|digits|places)", norm)
    if m:   # "pi to 5 decimal places" (the student: 3.14*5)
        return "round_number", {"number": "3.14159265358979323846", "places": float(m.group(1))}
    m = re.fullmatch(rf"(?:please )?round(?: off)? {_N}(?: to (?:the )?(?:(\d+) decimal places?|({'|'.join(_PLACES)})))?", norm)
    if m:
        places = int(m.group(2)) if m.group(2) else _PLACES[m.group(3)] if m.group(3) else 0
        return "round_number", {"number": m.group(1), "places": float(places)}
    return None


def _whole(number: float) -> int:
    if number != int(number) or abs(number) > 10**15:
        raise SkillError("I can only say that of a whole number below a million billion.")
    return int(number)


def number_fact(number: float, question: str, by: float = 0) -> SkillResult:
    n = _whole(number)
    if question in ("divisible", "remainder"):
        d = _whole(by)
        if d == 0:
            raise SkillError("You can't divide by zero.")
        q, r = divmod(n, d) if d > 0 else (-(n // -d), n % -d)
        if question == "remainder":
            return SkillResult(f"{n:,} divided by {d:,} is {q:,} with a remainder of {r:,}.",
                               {"number": n, "by": d, "quotient": q, "remainder": r})
        if r == 0:
            return SkillResult(f"Yes, {n:,} is divisible by {d:,}: it is {d:,} times {q:,}.", {"number": n, "by": d, "divisible": True})
        return SkillResult(f"No, {n:,} is not divisible by {d:,}: it leaves a remainder of {r:,}.",
                           {"number": n, "by": d, "divisible": False, "remainder": r})
    if question in ("even", "odd"):
        even = n % 2 == 0
        yes = even == (question == "even")
        return SkillResult(f"{'Yes' if yes else 'No'}, {n:,} is {'even' if even else 'odd'}.", {"number": n, "even": even})
    if question == "factors":
        if not 1 <= n <= 10**9:
            raise SkillError("I can list the factors of whole numbers from 1 to a billion.")
        small = [d for d in range(1, math.isqrt(n) + 1) if n % d == 0]
        found = sorted(set(small + [n // d for d in small]))
        listed = ", ".join(f"{d:,}" for d in found[:-1]) + f" and {found[-1]:,}" if len(found) > 1 else "1"
        return SkillResult(f"The factors of {n:,} are {listed}.", {"number": n, "factors": found})
    if question == "next prime":
        if n >= 10**12:
            raise SkillError("That number is too large for me to test.")
        p = max(n + 1, 2)
        while any(p % d == 0 for d in range(2, math.isqrt(p) + 1)):
            p += 1
        return SkillResult(f"The next prime after {n:,} is {p:,}.", {"number": n, "next_prime": p})
    if question != "prime":
        raise SkillError(f"I can't tell whether a number is {question}.")
    if n >= 10**12:
        raise SkillError("That number is too large for me to test.")
    if n < 2:
        return SkillResult(f"No, {n:,} is not a prime number.", {"number": n, "prime": False})
    factor = next((d for d in [2, 3, *range(5, math.isqrt(n) + 1, 2)] if d * d <= n and n % d == 0), None)
    if factor is None:
        return SkillResult(f"Yes, {n:,} is a prime number.", {"number": n, "prime": True})
    return SkillResult(f"No, {n:,} is not a prime number: it is {factor:,} times {n // factor:,}.",
                       {"number": n, "prime": False, "factor": factor})


def average(numbers: str) -> SkillResult:
    values = [float(v) for v in numbers.split()]
    if len(values) < 2:
        raise SkillError("Give me at least two numbers to average.")
    mean = sum(values) / len(values)
    return SkillResult(f"The average is {speak_number(mean)}.", {"numbers": values, "average": mean})


def round_number(number: str, places: float = 0) -> SkillResult:
    if places != int(places) or not 0 <= places <= 10:
        raise SkillError("I can round to between 0 and 10 decimal places.")
    from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

    try:   # as written, rounded half up (3.145 -> 3.15), not as a binary float would
        value = Decimal(str(number)).quantize(Decimal(1).scaleb(-int(places)), rounding=ROUND_HALF_UP)
    except InvalidOperation:
        raise SkillError(f"I can't round {number}.") from None
    to = "the nearest whole number" if places == 0 else f"{int(places)} decimal place{'' if places == 1 else 's'}"
    shown = "Pi" if str(number).startswith("3.14159265358979") else number
    return SkillResult(f"{shown} rounded to {to} is {value}.",
                       {"number": number, "places": int(places), "rounded": str(value)})


def as_fraction(number: str) -> SkillResult:
    from fractions import Fraction

    try:
        exact = Fraction(str(number))
    except (ValueError, ZeroDivisionError):
        raise SkillError(f"I can't write {number} as a fraction.") from None
    near = exact.limit_denominator(1000)   # "0.333" is a third, near enough; said so
    if near.denominator == 1:
        return SkillResult(f"{number} is the whole number {near.numerator}.", {"fraction": str(near)})
    how = "is" if near == exact else "is about"
    return SkillResult(f"{number} {how} {_said_fraction(near.numerator, near.denominator)}.",
                       {"fraction": f"{near.numerator}/{near.denominator}"})


def as_percent(number: str) -> SkillResult:
    from fractions import Fraction

    try:
        value = Fraction(str(number).replace(" ", ""))
    except (ValueError, ZeroDivisionError):
        raise SkillError(f"I can't write {number} as a percentage.") from None
    percent = float(value * 100)
    said = f"{percent:,.2f}".rstrip("0").rstrip(".")
    how = "is" if round(percent, 2) == percent else "is about"
    top, _, bottom = str(number).replace(" ", "").partition("/")
    name = _said_fraction(int(top), int(bottom)) if bottom and top.lstrip("-").isdigit() and bottom.isdigit() else number
    return SkillResult(f"{name[0].upper() + name[1:]} {how} {said} percent.", {"percent": percent})


_PARTS = {2: "half", 3: "third", 4: "quarter", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth", 9: "ninth",
          10: "tenth", 12: "twelfth", 16: "sixteenth", 20: "twentieth", 25: "twenty-fifth", 50: "fiftieth",
          100: "hundredth", 1000: "thousandth"}


def _said_fraction(numerator: int, denominator: int) -> str:
    """As a voice says it: "one quarter", "3 eighths", "3 halves"; "7 over 11" where no word is usual."""
    part = _PARTS.get(denominator)
    if part is None:
        return f"{numerator} over {denominator}"
    if abs(numerator) == 1:
        return f"{'minus ' if numerator < 0 else ''}one {part}"
    return f"{numerator} {'halves' if part == 'half' else part + 's'}"


SKILLS = [
    Skill("as_fraction", "A decimal number as a fraction.", {"number": Param(str)}, as_fraction, for_model=False),
    Skill("as_percent", "A number or fraction as a percentage.", {"number": Param(str)}, as_percent, for_model=False),
    Skill("number_fact", "Say whether a whole number is prime, even, odd or divisible by another, or the remainder.",
          {"number": Param(float), "question": Param(str, choices=("prime", "even", "odd", "divisible", "remainder", "factors",
                                                                    "next prime")),
           "by": Param(float, required=False)}, number_fact, for_model=False),
    Skill("average", "The average of numbers.", {"numbers": Param(str)}, average, for_model=False),
    Skill("round_number", "Round a number to decimal places.", {"number": Param(str), "places": Param(float, required=False)},
          round_number, for_model=False),
]
