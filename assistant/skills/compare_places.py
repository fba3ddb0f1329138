"""Two countries compared by size or by people, from the country table (facts.py): "Which is bigger, Germany or
France?" (the student: "Germany is larger than France."; France is about half as large again)."""

from __future__ import annotations

import re

from assistant.skills import facts
from assistant.skills.base import Param, Skill, SkillError, SkillResult

_PLACE = r"(?:the )?(?P<{}>[a-z][a-z .'-]*?)"
_ASKED = [
    re.compile(rf"(?:which|what) (?:country )?is (?P<w>bigger|larger|smaller)(?: in (?:size|area))?,? {_PLACE.format('a')} or "
               rf"{_PLACE.format('b')}"),
    re.compile(rf"is {_PLACE.format('a')} (?P<w>bigger|larger|smaller) than {_PLACE.format('b')}"),
    re.compile(rf"(?:which|what) (?:country )?has (?P<w>more|fewer|less) (?:people|population|inhabitants),? {_PLACE.format('a')} or "
               rf"{_PLACE.format('b')}|(?:which|what) (?:country )?is (?P<w2>more populous),? {_PLACE.format('a2')} or "
               rf"{_PLACE.format('b2')}"),
    re.compile(rf"does {_PLACE.format('a')} have (?P<w>more|fewer|less) (?:people|population) than {_PLACE.format('b')}"),
]


def asked(text: str) -> dict | None:
    """compare_places' arguments for "which is bigger, germany or france" (cleaned text) when both are countries."""
    for pattern in _ASKED:
        m = pattern.fullmatch(text)
        if not m:
            continue
        g = {k.rstrip("2"): v for k, v in m.groupdict().items() if v}
        first, second = facts.place(g["a"]), facts.place(g["b"])
        if not (first and second and first.kind == second.kind == "country" and first.name != second.name):
            return None
        by = "area" if g["w"] in ("bigger", "larger", "smaller") else "population"
        least = g["w"] in ("smaller", "fewer", "less")
        return {"first": g["a"], "second": g["b"], "by": by, **({"least": True} if least else {})}
    return None


def _figure(value: float) -> str:
    for size, word in ((1e9, "billion"), (1e6, "million")):
        if value >= size:
            return f"{float(f'{value / size:.3g}'):g} {word}"
    return f"{float(f'{value:.3g}'):,.0f}"


def compare_places(first: str, second: str, by: str = "area", least: bool = False) -> SkillResult:
    a, b = facts.place(first), facts.place(second)
    if not (a and b):
        raise SkillError("I can compare two countries I know by name.")
    key = "area" if by == "area" else "population"
    va, vb = a.info.get(key), b.info.get(key)
    if not (va and vb):
        raise SkillError(f"I don't have both countries' {key}.")
    big, small = (a, b) if va >= vb else (b, a)
    vbig, vsmall = max(va, vb), min(va, vb)
    (one, v1), (two, v2) = ((small, vsmall), (big, vbig)) if least else ((big, vbig), (small, vsmall))
    name, other = facts.said(one.name), facts.said(two.name)
    name = name[0].upper() + name[1:]
    unit = " square kilometers" if key == "area" else " people"
    head = {("area", False): "is bigger", ("area", True): "is smaller", ("population", False): "has more people",
            ("population", True): "has fewer people"}[key, least]
    head = f"{name} {head}"
    said = f"{head}: about {_figure(v1)}{unit}, against {_figure(v2)} for {other}."
    if _figure(vbig) == _figure(vsmall):
        said = f"{head}, but only just: both have about {_figure(vbig)}{unit}."
    return SkillResult(said, {"bigger": big.name, key: {big.name: vbig, small.name: vsmall}})


SKILL = Skill("compare_places", "Which of two countries is bigger, or has more people.",
              {"first": Param(str), "second": Param(str), "by": Param(str, required=False, choices=("area", "population")),
               "least": Param(bool, required=False)},
              compare_places, for_model=False)
