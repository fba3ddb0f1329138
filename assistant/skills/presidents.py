"""The presidents of the United States by number, and who was president in a given year: "Who was the first president
of the United States?" (the student: John F. Kennedy, for the first and for the 16th). Who holds the office now is live
information (the offline notice says so: skills/offline.py); the list runs to the 47th, inaugurated in January 2025."""

from __future__ import annotations

import re

from assistant.skills.base import Param, Skill, SkillError, SkillResult
from assistant.skills.numbers import normalize_numbers

# (name, first year in office, last year in office)
_PRESIDENTS = [
    ("George Washington", 1789, 1797), ("John Adams", 1797, 1801), ("Thomas Jefferson", 1801, 1809),
    ("James Madison", 1809, 1817), ("James Monroe", 1817, 1825), ("John Quincy Adams", 1825, 1829),
    ("Andrew Jackson", 1829, 1837), ("Martin Van Buren", 1837, 1841), ("William Henry Harrison", 1841, 1841),
    ("John Tyler", 1841, 1845), ("James K. Polk", 1845, 1849), ("Zachary Taylor", 1849, 1850),
    ("Millard Fillmore", 1850, 1853), ("Franklin Pierce", 1853, 1857), ("James Buchanan", 1857, 1861),
    ("Abraham Lincoln", 1861, 1865), ("Andrew Johnson", 1865, 1869), ("Ulysses S. Grant", 1869, 1877),
    ("Rutherford B. Hayes", 1877, 1881), ("James A. Garfield", 1881, 1881), ("Chester A. Arthur", 1881, 1885),
    ("Grover Cleveland", 1885, 1889), ("Benjamin Harrison", 1889, 1893), ("Grover Cleveland", 1893, 1897),
    ("William McKinley", 1897, 1901), ("Theodore Roosevelt", 1901, 1909), ("William Howard Taft", 1909, 1913),
    ("Woodrow Wilson", 1913, 1921), ("Warren G. Harding", 1921, 1923), ("Calvin Coolidge", 1923, 1929),
    ("Herbert Hoover", 1929, 1933), ("Franklin D. Roosevelt", 1933, 1945), ("Harry S. Truman", 1945, 1953),
    ("Dwight D. Eisenhower", 1953, 1961), ("John F. Kennedy", 1961, 1963), ("Lyndon B. Johnson", 1963, 1969),
    ("Richard Nixon", 1969, 1974), ("Gerald Ford", 1974, 1977), ("Jimmy Carter", 1977, 1981), ("Ronald Reagan", 1981, 1989),
    ("George H. W. Bush", 1989, 1993), ("Bill Clinton", 1993, 2001), ("George W. Bush", 2001, 2009),
    ("Barack Obama", 2009, 2017), ("Donald Trump", 2017, 2021), ("Joe Biden", 2021, 2025), ("Donald Trump", 2025, 0),
]
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
             "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
             "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
             "fortieth": 40}
_US = r"(?: of the (?:united states|usa|us|u\.s\.)(?: of america)?| of america)?"
_NTH = re.compile(rf"who (?:was|is|were) (?:the )?(?P<n>\d+)(?:st|nd|rd|th)? (?:us |american |u\.s\. )?president{_US}|"
                  rf"who (?:was|is) (?:the )?(?P<w>{'|'.join(_ORDINALS)}) (?:us |american |u\.s\. )?president{_US}")
_IN = re.compile(rf"who was (?:the )?(?:us |american )?president{_US} in (?P<y>1[789]\d\d|20[0-2]\d)")


def asked(text: str) -> dict | None:
    """us_president's arguments for "who was the 16th president" / "who was president in 1990" (cleaned text)."""
    text = re.sub(r"\btwenty[- ](first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b",
                  lambda m: f"{20 + _ORDINALS[m.group(1)]}th", text)
    m = _NTH.fullmatch(text)
    if m:
        number = int(m["n"]) if m["n"] else _ORDINALS[m["w"]]
        return {"number": number} if 1 <= number <= len(_PRESIDENTS) else None
    m = _IN.fullmatch(normalize_numbers(text))
    return {"year": int(m["y"])} if m else None


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def us_president(number: int = 0, year: int = 0) -> SkillResult:
    if number:
        if not 1 <= number <= len(_PRESIDENTS):
            raise SkillError(f"There have been {len(_PRESIDENTS)} presidencies so far.")
        name, start, end = _PRESIDENTS[number - 1]
        nth = "first" if number == 1 else _ordinal(number)
        if not end:
            return SkillResult(f"The {nth} president of the United States is {name}, in office since January {start}.",
                               {"number": number, "name": name})
        term = f"from {start} to {end}" if end != start else f"in {start}"
        return SkillResult(f"The {nth} president of the United States was {name}, in office {term}.",
                           {"number": number, "name": name})
    if year < 1789:
        raise SkillError("The first president, George Washington, took office in 1789.")
    during = [(k + 1, p) for k, p in enumerate(_PRESIDENTS) if p[1] <= year <= (p[2] or 9999)]
    names = [f"{p[0]}, the {_ordinal(k)}" for k, p in during]
    said = names[0] if len(names) == 1 else ", then ".join(names)
    return SkillResult(f"In {year}, the president of the United States was {said}.", {"year": year,
                       "names": [p[0] for _, p in during]})


SKILL = Skill("us_president", "The presidents of the United States by number, or in a given year.",
              {"number": Param(int, required=False), "year": Param(int, required=False)}, us_president, for_model=False)
