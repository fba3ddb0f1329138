"""What two colors make when mixed: "What color do blue and yellow make?" (issue 13's own example; the student: "The
sky is blue.", and now "Blue and yellow make a beautiful combination."). Paint and other pigments mix by subtraction
(the painter's color wheel); light mixes by addition, said when the question says light."""

from __future__ import annotations

import re

from assistant.skills.base import Param, Skill, SkillError, SkillResult

_PAINT = {
    frozenset({"blue", "yellow"}): "green", frozenset({"red", "yellow"}): "orange", frozenset({"red", "blue"}): "purple",
    frozenset({"red", "white"}): "pink", frozenset({"black", "white"}): "gray", frozenset({"red", "green"}): "brown",
    frozenset({"blue", "orange"}): "brown", frozenset({"yellow", "purple"}): "brown", frozenset({"blue", "white"}): "light blue",
    frozenset({"red", "black"}): "dark red, maroon", frozenset({"green", "white"}): "light green, mint",
    frozenset({"purple", "white"}): "lavender", frozenset({"orange", "white"}): "peach",
    frozenset({"blue", "green"}): "teal, a blue-green", frozenset({"yellow", "green"}): "lime, a yellow-green",
    frozenset({"red", "orange"}): "red-orange", frozenset({"red", "purple"}): "magenta, a red-violet",
    frozenset({"blue", "purple"}): "indigo, a blue-violet", frozenset({"yellow", "white"}): "cream, a pale yellow",
    frozenset({"yellow", "black"}): "olive", frozenset({"blue", "black"}): "navy, a dark blue",
    frozenset({"green", "black"}): "dark green", frozenset({"brown", "white"}): "beige, tan",
}
_LIGHT = {frozenset({"red", "green"}): "yellow", frozenset({"red", "blue"}): "magenta", frozenset({"blue", "green"}): "cyan"}
_COLOR = r"(red|blue|yellow|green|orange|purple|violet|white|black|brown)"
_ASKED = re.compile(
    rf"(?:what|which) colou?r (?:do|does|will|would) (?:you get (?:if|when) you mix |mixing )?{_COLOR} and {_COLOR}"
    rf"(?: light| paint)? (?:make|makes|create|give|form)(?: together| when mixed| if you mix them)?|"
    rf"(?:what|which) colou?r (?:do you get|is made|comes out) (?:if|when|by) (?:you )?(?:mix(?:ing)?|combin(?:e|ing)) "
    rf"{_COLOR}(?: light| paint)? (?:and|with) {_COLOR}(?: light| paint)?|"
    rf"(?:what does |what do )?{_COLOR} (?:and|plus|\+) {_COLOR}(?: light| paint)? (?:make|makes|equal|equals|give)|"
    rf"(?:what is |what's )?{_COLOR} (?:mixed with|plus) {_COLOR}")


_MAKE = re.compile(rf"(?:what|which) (?:two )?colou?rs (?:do you )?(?:mix(?: together)? to )?(?:make|makes|give|create) "
                   rf"(?P<made>green|orange|purple|pink|gray|grey|brown)|how (?:do (?:you|i) )?make (?P<made2>green|orange|purple|"
                   rf"pink|gray|grey|brown)(?: paint| with paint)?")


def made_of(text: str) -> dict | None:
    """mix_colors' arguments for "what colors make purple" (cleaned text): the pair that makes it, or None."""
    m = _MAKE.fullmatch(text)
    if not m:
        return None
    made = (m["made"] or m["made2"]).replace("grey", "gray")
    pair = next(sorted(p) for p, c in _PAINT.items() if c == made)
    return {"first": pair[0], "second": pair[1], "light": False}


def asked(text: str) -> dict | None:
    """mix_colors' arguments for "what color do blue and yellow make" (cleaned text), or None."""
    made = made_of(text)
    if made:
        return made
    m = _ASKED.fullmatch(text)
    if not m:
        return None
    first, second = [c.replace("violet", "purple") for c in m.groups() if c]
    if first == second:
        return None
    return {"first": first, "second": second, "light": bool(re.search(r"\blight\b", text))}


def mix_colors(first: str, second: str, light: bool = False) -> SkillResult:
    pair = frozenset({first.lower(), second.lower()})
    table = _LIGHT if light else _PAINT
    if pair not in table:
        raise SkillError(f"I don't know what {first} and {second} {'light' if light else 'paint'} make.")
    made = table[pair]
    said = f"{first.capitalize()} and {second} {'light ' if light else ''}make {made}."
    if not light and pair in _LIGHT:
        said += f" Mixed as light, they make {_LIGHT[pair]}."
    return SkillResult(said, {"first": first, "second": second, "color": made})


SKILL = Skill("mix_colors", "What two colors make when mixed.", {"first": Param(str), "second": Param(str),
              "light": Param(bool, required=False)}, mix_colors, for_model=False)
