"""This computer, read on the computer itself: the battery, free disk space, memory in use, how long it has been
on, its operating system, its name and its local network address. Asked, the student refused ("How much battery
do I have?" -> "Sorry, I can't help with that.") or searched the notes ("What's my IP address?"). Nothing here
opens a network connection: the address is the one the network interfaces hold."""

from __future__ import annotations

import platform
import re
import shutil
import socket
import time
from pathlib import Path

from assistant.skills.base import Param, Skill, SkillError, SkillResult
from assistant.skills.durations import describe

_MACHINE = r"(?:my |the |this )?(?:computer|pc|laptop|system|machine)"
_ASKED = [
    ("battery", r"(?:how much|what is (?:my|the)) battery(?: (?:do i have(?: left)?|is left|left|level|percentage))?|"
                r"how much battery (?:life )?(?:does|has) (?:my |the |this )?(?:computer|laptop|pc) (?:have|got)(?: left)?|"
                r"(?:what is )?(?:my |the )?battery (?:level|percentage|life|status)|how much charge (?:do i have|is left)|"
                rf"is {_MACHINE} (?:charging|plugged in)|am i (?:plugged in|charging)"),
    ("disk", r"how much (?:free )?(?:disk|storage|hard drive|drive) space (?:do i have|is (?:left|free|there))(?: left)?|"
             r"how much (?:free )?(?:disk |storage )?space (?:do i have |is )?(?:left |free )?on (?:my |the |this )?(?:disk|drive|"
             r"computer|hard drive|laptop)|"
             r"(?:what is (?:my |the )?)?(?:free )?disk space|how full is my (?:disk|hard drive|drive|storage)|"
             r"how much storage (?:do i have|is left|is free)|how much (?:free )?space (?:do i have|is (?:left|free))(?: left)?"),
    ("memory", r"how much (?:memory|ram)(?: am i using| is (?:free|used|left|in use)| do i have| is my computer using)?|"
               rf"how much (?:memory|ram) (?:does|has) {_MACHINE} (?:have|got)|how much (?:memory|ram) is (?:in|on) {_MACHINE}|"
               r"(?:what is (?:my |the )?)?(?:memory|ram) usage"),
    ("uptime", rf"how long has {_MACHINE} been (?:on|running|up)|(?:what is (?:my |the )?)?(?:system )?uptime"),
    ("os", r"what (?:operating system|os|linux|distro|distribution|version of linux) (?:am i (?:running|using|on)|is this|"
           rf"do i have|is {_MACHINE} running|does {_MACHINE} run)"),
    ("name", rf"what is (?:my |this |the )(?:computer's|pc's|laptop's|machine's) name|what is {_MACHINE}(?:'s)? (?:host ?)?name|"
             rf"what is {_MACHINE} called|what is (?:my |the )?host ?name"),
    ("address", r"what is (?:my |this computer's |the )?(?:local |private )?ip(?: address)?"),
    ("cpu", r"how busy is (?:my |the )?(?:cpu|processor)|(?:what is (?:my |the )?)?(?:cpu|processor) (?:usage|load)"),
]
_COMPILED = [(kind, re.compile(rf"(?:please )?(?:tell me |can you tell me |do you know )?(?:{pattern})(?: right now| now)?"))
             for kind, pattern in _ASKED]
KINDS = tuple(kind for kind, _ in _ASKED)


def asked(text: str) -> str | None:
    """The kind of question about this computer (cleaned text), or None."""
    for kind, pattern in _COMPILED:
        if pattern.fullmatch(text):
            return kind
    return None


def _gigabytes(n: float) -> str:
    g = n / 1e9
    return f"{g:.1f}" if g < 10 else f"{g:.0f}"


def system_info(what: str) -> SkillResult:
    import psutil

    if what == "battery":
        battery = psutil.sensors_battery()
        if battery is None:
            return SkillResult("This computer has no battery I can read: it runs on mains power.", {"battery": None})
        left = "" if battery.power_plugged or battery.secsleft in (psutil.POWER_TIME_UNLIMITED, psutil.POWER_TIME_UNKNOWN) \
            else f", about {describe(60 * round(battery.secsleft / 60))} left"
        state = "charging" if battery.power_plugged else "on battery"
        return SkillResult(f"The battery is at {round(battery.percent)} percent, {state}{left}.",
                           {"percent": battery.percent, "plugged": battery.power_plugged})
    if what == "disk":
        usage = shutil.disk_usage(Path.home())
        used = round(100 * (usage.total - usage.free) / usage.total)   # (what is not free to you is used, for you)
        return SkillResult(f"Your home folder's disk has {_gigabytes(usage.free)} gigabytes free of {_gigabytes(usage.total)} "
                           f"({used} percent used).", {"free": usage.free, "total": usage.total})
    if what == "memory":
        memory = psutil.virtual_memory()
        used = memory.total - memory.available
        return SkillResult(f"{_gigabytes(used)} of {_gigabytes(memory.total)} gigabytes of memory are in use "
                           f"({round(memory.percent)} percent).", {"used": used, "total": memory.total})
    if what == "uptime":
        seconds = time.time() - psutil.boot_time()
        said = describe(60 * max(1, round(seconds / 60))) if seconds < 86400 else f"{seconds / 86400:.0f} days"
        return SkillResult(f"This computer has been on for {said}.", {"seconds": round(seconds)})
    if what == "os":
        name = _os_release().get("PRETTY_NAME") or platform.system()
        return SkillResult(f"This computer runs {name}, with the {platform.system()} kernel {platform.release().split('-')[0]}.",
                           {"os": name, "kernel": platform.release()})
    if what == "name":
        return SkillResult(f"This computer is called {socket.gethostname()}.", {"name": socket.gethostname()})
    if what == "address":
        found = [a.address for name, addresses in psutil.net_if_addrs().items() for a in addresses
                 if a.family == socket.AF_INET and not a.address.startswith("127.")]
        if not found:
            return SkillResult("This computer has no network address right now.", {"addresses": []})
        return SkillResult(f"This computer's local address is {found[0].replace('.', ' dot ')}. Its public address "
                           "would need the internet, and I'm offline.", {"addresses": found})
    if what == "cpu":
        load = psutil.cpu_percent(interval=0.3)
        return SkillResult(f"The processor is {round(load)} percent busy.", {"percent": load})
    raise SkillError(f"I can't tell {what} about this computer.")


def _os_release() -> dict[str, str]:
    try:
        lines = Path("/etc/os-release").read_text().splitlines()
    except OSError:
        return {}
    return {k: v.strip('"') for k, _, v in (line.partition("=") for line in lines) if v}


SKILL = Skill("system_info", "This computer's battery, free disk space, memory in use, time on, operating system, name, "
              "local address or processor load.", {"what": Param(str, choices=KINDS)}, system_info, for_model=False)
