"""Roman numerals, both ways ("What is 144 in Roman numerals?"; the student answered "144 is 144,000." after a sum, and
"XIV" from the model is a guess): the standard form, 1 to 3,999; a numeral read back only when written the standard way
("IIII" is not)."""

from __future__ import annotations

import re

from assistant.skills.base import Param, Skill, SkillError, SkillResult
from assistant.skills.numbers import normalize_numbers, speak_number

_VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"),
           (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
_TO = re.compile(r"(?:what is |what's |how do (?:i|you) write |write |how is |convert |what does )?(?:the (?:number )?)?(?P<n>\d+) "
                 r"(?:in|as|into|to) roman(?: numerals?| numbers?)?(?: look like)?(?: written)?")
_FROM = re.compile(r"(?:what is |what's |what does |what number is |convert )?(?:the )?(?:roman numeral )?(?P<r>[mdclxvi]+)"
                   r"(?: in (?:numbers|arabic numerals|normal numbers|digits)| as a number| mean| stand for)?(?: in roman numerals)?")


def to_roman(n: int) -> str:
    out = ""
    for value, letters in _VALUES:
        while n >= value:
            out, n = out + letters, n - value
    return out


def asked(text: str) -> dict | None:
    """roman_numeral's arguments for "what is 144 in roman numerals" / "what is XIV" (cleaned text), or None."""
    norm = normalize_numbers(text).replace(",", "")
    m = _TO.fullmatch(norm)
    if m:
        return {"number": m["n"]}
    m = _FROM.fullmatch(text)
    if m and re.search(r"\broman\b|\bnumeral\b|\bin numbers\b|\bas a number\b", text) and _from_roman(m["r"]) is not None:
        return {"number": m["r"]}
    return None


def _from_roman(said: str) -> int | None:
    """The value of a numeral written the standard way, or None ("mix" 1009; "iiii" and "vv" are not numerals)."""
    letters = said.upper()
    total, i = 0, 0
    for value, part in _VALUES:
        while letters.startswith(part, i):
            total, i = total + value, i + len(part)
    return total if i == len(letters) and total and to_roman(total) == letters else None


def roman_numeral(number: str) -> SkillResult:
    said = number.strip()
    if re.fullmatch(r"[0-9]+(?:\.0+)?", said):
        n = int(float(said))
        if not 1 <= n <= 3999:
            raise SkillError("Roman numerals go from 1 to 3,999.")
        letters = to_roman(n)
        return SkillResult(f"{speak_number(n)} in Roman numerals is {letters}.", {"number": n, "roman": letters})
    value = _from_roman(said)
    if value is None:
        raise SkillError(f"{said} isn't a Roman numeral written the usual way.")
    return SkillResult(f"The Roman numeral {said.upper()} is {speak_number(value)}.", {"number": value, "roman": said.upper()})


SKILL = Skill("roman_numeral", "A number in Roman numerals, or a Roman numeral's value.", {"number": Param(str)},
              roman_numeral, for_model=False)
