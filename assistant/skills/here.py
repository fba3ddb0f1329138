"""Where this computer is, as far as it can be told offline: its time zone, and the principal place of that
zone in the tz database (tzdata's zone1970.tab: "Europe/Berlin" is Berlin, at 52.5 N, 13.37 E). Used for the
hemisphere's seasons and the sun's times, always said with the place they are for."""

from __future__ import annotations

import functools
import os
import re
from pathlib import Path


def local_zone_name() -> str | None:
    """This computer's time zone as a tz database name ("Europe/Berlin"), or None when it cannot be told."""
    name = os.environ.get("TZ", "").lstrip(":")
    if "/" in name and not name.startswith("/"):
        return name
    try:
        target = os.path.realpath("/etc/localtime")
        if "zoneinfo/" in target:
            return target.split("zoneinfo/", 1)[1]
        return Path("/etc/timezone").read_text().strip() or None
    except OSError:
        return None


def _degrees(text: str) -> float:
    """"+5230" (DDMM) or "-0740023" (DDDMMSS) -> signed degrees."""
    sign = -1 if text[0] == "-" else 1
    digits = text[1:]
    width = 2 if len(digits) in (4, 6) else 3
    d, m, s = int(digits[:width]), int(digits[width:width + 2]), int(digits[width + 2:] or 0)
    return sign * (d + m / 60 + s / 3600)


@functools.lru_cache(maxsize=1)
def _places() -> dict[str, tuple[float, float]]:
    try:
        import tzdata

        table = (Path(tzdata.__file__).parent / "zoneinfo" / "zone1970.tab").read_text()
    except (ImportError, OSError):
        return {}
    out = {}
    for line in table.splitlines():
        fields = line.split("\t")
        if line.startswith("#") or len(fields) < 3:
            continue
        m = re.fullmatch(r"([+-]\d{4}(?:\d\d)?)([+-]\d{5}(?:\d\d)?)", fields[1])
        if m:
            out[fields[2]] = (_degrees(m.group(1)), _degrees(m.group(2)))
    return out


def coordinates(zone: str | None) -> tuple[float, float] | None:
    """(latitude, longitude) of the zone's principal place, or None."""
    return _places().get(zone) if zone else None


def place_name(zone: str) -> str:
    """"America/Argentina/Buenos_Aires" -> "Buenos Aires"."""
    return zone.rsplit("/", 1)[-1].replace("_", " ")


def southern(zone: str | None) -> bool | None:
    """Whether the zone's principal place lies south of the equator; None if unknown."""
    found = coordinates(zone)
    return None if found is None else found[0] < 0
