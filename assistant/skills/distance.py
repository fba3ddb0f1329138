"""How far apart two places are, as the crow flies: "How far is Paris from Rome?", "the distance between London and
New York", "how many miles from Tokyo to Sydney". The student said the offline notice for maps, or made a number up
("The moon is about 2,198,900 miles away"). Offline there are no roads, so the great-circle distance is said as such.
Places: the capital cities of the countries (`countryinfo`'s coordinates; a country stands for its capital) and the
principal place of each time zone (tzdata's zone1970.tab: New York, Chicago, Sydney, ...)."""

from __future__ import annotations

import functools
import math
import re

from assistant.skills.base import Param, Skill, SkillError, SkillResult
from assistant.skills.text import folded

EARTH_RADIUS_KM = 6371.0
KM_PER_MILE = 1.609344
_PLACE = r"[a-z][a-z .'-]*?"
_ASKED = [re.compile(p) for p in (
    rf"how far (?:away )?is (?P<a>{_PLACE}) (?:from|to) (?P<b>{_PLACE})",
    rf"(?:what is |what's )?the distance (?:between|from) (?P<a>{_PLACE}) (?:and|to) (?P<b>{_PLACE})",
    rf"how (?:many|much) (?P<unit>miles|kilometers|kilometres|km) (?:is it |are there )?(?:from|between) (?P<a>{_PLACE}) "
    rf"(?:to|and) (?P<b>{_PLACE})",
    rf"how far apart are (?P<a>{_PLACE}) and (?P<b>{_PLACE})",
    rf"how far is it (?:from|between) (?P<a>{_PLACE}) (?:to|and) (?P<b>{_PLACE})",
)]
_TAIL = re.compile(r"(?: in (?P<unit>miles|kilometers|kilometres|km))?(?: as the crow flies)?$")


@functools.lru_cache(maxsize=1)
def _places() -> dict[str, tuple[str, float, float]]:
    """'rome' -> ('Rome', 41.9, 12.5); a country -> its capital; a time zone's city -> its coordinates."""
    from assistant.skills import facts, here, world_clock

    index: dict[str, tuple[str, float, float]] = {}
    for city, zone in world_clock._cities().items():
        found = here.coordinates(zone)
        if found:
            index[city] = (here.place_name(zone), *found)
    for key, place in facts._countries().items():
        latlng = place.info.get("capital_latlng")
        if latlng and len(latlng) == 2:
            capital = (place.capital, float(latlng[0]), float(latlng[1]))
            index.setdefault(folded(place.capital).lower(), capital)
            index.setdefault(key, capital)
    return index


def where(name: str) -> tuple[str, float, float] | None:
    key = re.sub(r"\s+", " ", re.sub(r"[^a-z .'-]", " ", folded(name).lower())).strip(" .")
    key = re.sub(r"^the |,? (?:city|the city)$", "", key)
    return _places().get(key)


def asked(text: str) -> dict | None:
    """distance's arguments for "how far is paris from rome" (cleaned text), when both places are known."""
    tail = _TAIL.search(text)
    unit = tail["unit"] if tail and tail["unit"] else ""
    body = text[:tail.start()] if tail else text
    for pattern in _ASKED:
        m = pattern.fullmatch(body)
        if m and where(m["a"]) and where(m["b"]):
            unit = unit or (m.groupdict().get("unit") or "")
            return {"first": m["a"], "second": m["b"], **({"unit": "miles" if unit == "miles" else "kilometers"}
                                                         if unit else {})}
    return None


def _rounded(value: float) -> int:
    step = 5 if value < 100 else 10 if value < 1000 else 50 if value < 5000 else 100
    return int(round(value / step) * step)


def distance(first: str, second: str, unit: str = "") -> SkillResult:
    a, b = where(first), where(second)
    if a is None or b is None:
        raise SkillError(f"I don't know where {first if a is None else second} is on the map.")
    lat1, lon1, lat2, lon2 = map(math.radians, (a[1], a[2], b[1], b[2]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    km = 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))
    if a[0] == b[0]:
        raise SkillError(f"That's the same place: {a[0]}.")
    kilometers, miles = f"{_rounded(km):,} kilometers", f"{_rounded(km / KM_PER_MILE):,} miles"
    said = f"{miles}, or {kilometers}" if unit == "miles" else f"{kilometers}, or {miles}"
    return SkillResult(f"{a[0]} and {b[0]} are about {said}, apart as the crow flies (by road it's further).",
                       {"from": a[0], "to": b[0], "kilometers": round(km, 1), "miles": round(km / KM_PER_MILE, 1)})


SKILL = Skill("distance", "How far apart two cities are, as the crow flies.",
              {"first": Param(str), "second": Param(str), "unit": Param(str, required=False, choices=("", "kilometers", "miles"))},
              distance, for_model=False)
