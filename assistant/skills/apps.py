"""Opening the person's applications ("Open Firefox", "Launch the terminal"), as the desktop's own launcher
does: from the desktop entries installed on this computer (freedesktop.org Desktop Entry spec, under
$XDG_DATA_HOME and $XDG_DATA_DIRS), started detached, never through a shell. A name no entry has gets a
clear answer; nothing else is run."""

from __future__ import annotations

import configparser
import os
import re
import shlex
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from assistant.skills.base import Param, Skill, SkillError, SkillResult

_OWN = "offline-assistant.desktop"   # this app's own entry (desktop.py): asking it to open itself does nothing
_FIELD_CODES = re.compile(r"%[fFuUdDnNickvm]")
TERMINALS = ("x-terminal-emulator", "gnome-terminal", "konsole", "xfce4-terminal", "xterm")


@dataclass(frozen=True)
class App:
    name: str
    names: tuple[str, ...]   # what it may be called: its name, its generic name, its file's name (normalized)
    exec: str
    terminal: bool
    path: Path


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9+]+", " ", text.lower()).split())


def _dirs() -> list[Path]:
    home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    others = os.environ.get("XDG_DATA_DIRS") or "/usr/local/share:/usr/share"
    return [Path(d) / "applications" for d in [home, *others.split(":")] if d]


def _read(path: Path) -> App | None:
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.optionxform = str   # keys are case-sensitive ("Name", "Exec")
    try:
        parser.read_string(path.read_text(encoding="utf-8", errors="replace"))
        entry = parser["Desktop Entry"]
    except (configparser.Error, KeyError, OSError):
        return None
    if entry.get("Type", "Application") != "Application" or not entry.get("Exec") or not entry.get("Name"):
        return None
    if entry.get("NoDisplay", "").lower() == "true" or entry.get("Hidden", "").lower() == "true":
        return None
    try_exec = entry.get("TryExec")
    if try_exec and not shutil.which(try_exec):
        return None   # the program behind it is not installed
    names = {_norm(entry["Name"]), _norm(entry.get("GenericName", "")), _norm(path.stem.split(".")[-1])}
    return App(entry["Name"], tuple(n for n in names if n), entry["Exec"], entry.get("Terminal", "").lower() == "true",
               path)


def installed() -> list[App]:
    """The applications a launcher would show, the user's entries first (they hide the system's of the same
    file name, as the spec says)."""
    seen: set[str] = set()
    apps = []
    for folder in _dirs():
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*.desktop")):
            desktop_id = str(path.relative_to(folder)).replace("/", "-")
            if desktop_id in seen or desktop_id == _OWN:
                continue
            seen.add(desktop_id)
            app = _read(path)
            if app is not None:
                apps.append(app)
    return apps


def find(name: str, apps: list[App] | None = None) -> App | None:
    """The one application called `name`: by a whole name first, else the only one whose name has these
    words ("firefox" -> "Firefox ESR")."""
    wanted = _norm(re.sub(r"\b(?:the|app|application|program)\b", " ", name))
    if not wanted:
        return None
    apps = installed() if apps is None else apps
    exact = [a for a in apps if wanted in a.names]
    if exact:
        return exact[0]
    words = set(wanted.split())
    close = [a for a in apps if any(words <= set(n.split()) for n in a.names)]
    return close[0] if len({a.name for a in close}) == 1 else None


def command(app: App) -> list[str]:
    """The Exec line as arguments: the spec's quoting, its field codes dropped (no file is passed)."""
    try:
        args = [_FIELD_CODES.sub("", a).replace("%%", "%") for a in shlex.split(app.exec)]
    except ValueError as err:
        raise SkillError(f"The entry for {app.name} is broken ({err}), so I can't open it.") from None
    args = [a for a in args if a]
    if not args:
        raise SkillError(f"The entry for {app.name} says no program, so I can't open it.")
    if app.terminal:
        terminal = next((t for t in TERMINALS if shutil.which(t)), None)
        if terminal is None:
            raise SkillError(f"{app.name} runs in a terminal, and I found no terminal to open it in.")
        args = [terminal, "-e", *args]
    return args


_ASKED = re.compile(r"^(?:(?:can|could|would|will) you |please )*(?P<verb>open|launch|start|run|fire up|bring up)(?: up)? "
                    r"(?:the |my |a |an )?(?P<name>[a-z0-9+][a-z0-9+ .'-]{0,40}?)(?: app| application| program)?"
                    r"(?: for me)?(?: please)?$")


def asked(text: str, question: str = "") -> dict | None:
    """The app a request opens ("open firefox", "launch the terminal app"): "open"/"launch" always mean an
    app (a name no entry has is said so); "start"/"run" only when an app is called that ("start a timer",
    "run a mile" are not). `text`: the request cleaned (intents.clean); `question`: as said, for the name."""
    m = _ASKED.match(text)
    if m is None:
        return None
    name = m.group("name").strip()
    said = re.search(re.escape(name), question, re.I)
    name = said.group(0) if said else name   # as the person wrote it ("Firefox")
    if m.group("verb") in ("open", "launch") or find(name) is not None:
        return {"name": name}
    return None


def open_app(name: str) -> SkillResult:
    app = find(name)
    if app is None:
        raise SkillError(f"I couldn't find an app called {name} on this computer.")
    args = command(app)
    try:
        subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                         start_new_session=True, cwd=str(Path.home()))
    except OSError as err:
        raise SkillError(f"{app.name} didn't start: {err.strerror or err}.") from None
    return SkillResult(f"Opening {app.name}.", {"app": app.name, "entry": str(app.path)})


SKILL = Skill("app_open", "Open an application installed on this computer.", {"name": Param(str)}, open_app,
              for_model=False)


# The person's own folders: "Show me my downloads" (the student: "Sorry, I can't show you your downloads."), "Open
# my documents folder" (no app of that name). Where they are: the XDG user-dirs file, else the usual names.
_FOLDERS = {"download": ("DOWNLOAD", "Downloads"), "document": ("DOCUMENTS", "Documents"), "picture": ("PICTURES", "Pictures"),
            "photo": ("PICTURES", "Pictures"), "music": ("MUSIC", "Music"), "video": ("VIDEOS", "Videos"),
            "desktop": ("DESKTOP", "Desktop"), "home": ("", "")}
_FOLDER = re.compile(r"^(?:(?:can|could|would|will) you |please )*(?:open|show me|show|go to|take me to|bring up)(?: up)? "
                     r"(?:my |the )?(?P<f>downloads?|documents?|pictures?|photos|music|videos?|desktop|home)"
                     r"(?: folder| directory)?(?: for me)?(?: please)?$")


_FILE_MANAGER = re.compile(r"^(?:(?:can|could|would|will) you |please )*(?:open|show me|launch|start|bring up)(?: up)? (?:my |the )?"
                           r"(?:file manager|files|file explorer|file browser|explorer|finder)(?: app)?(?: for me)?(?: please)?$")


def folder_asked(text: str) -> dict | None:
    if _FILE_MANAGER.match(text):   # "open the file manager" (was: no app called "file manager"): your home folder in it
        return {"folder": "home"}
    m = _FOLDER.match(text)
    return {"folder": m["f"].rstrip("s") if m["f"] != "music" else "music"} if m else None


def folder_path(folder: str) -> Path:
    key, default = _FOLDERS[folder]
    home = Path.home()
    if not key:
        return home
    config = Path(os.environ.get("XDG_CONFIG_HOME") or home / ".config") / "user-dirs.dirs"
    try:
        for line in config.read_text().splitlines():
            m = re.fullmatch(rf'XDG_{key}_DIR="(.+)"', line.strip())
            if m:
                return Path(m.group(1).replace("$HOME", str(home)))
    except OSError:
        pass
    return home / default


def open_folder(folder: str) -> SkillResult:
    if folder not in _FOLDERS:
        raise SkillError(f"I don't know your {folder} folder.")
    path = folder_path(folder)
    said = "home folder" if folder == "home" else f"{path.name} folder"
    if not path.is_dir():
        raise SkillError(f"You have no {said} at {path}.")
    opener = next((o for o in ("xdg-open", "gio") if shutil.which(o)), None)
    if opener is None:
        raise SkillError(f"I found no file manager to open your {said} with.")
    args = [opener, str(path)] if opener == "xdg-open" else [opener, "open", str(path)]
    try:
        subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                         start_new_session=True, cwd=str(Path.home()))
    except OSError as err:
        raise SkillError(f"Your {said} didn't open: {err.strerror or err}.") from None
    return SkillResult(f"Opening your {said}.", {"folder": str(path)})


FOLDER = Skill("folder_open", "Open one of the person's folders (downloads, documents, pictures, music, videos, desktop, "
               "home) in the file manager.", {"folder": Param(str, choices=tuple(_FOLDERS))}, open_folder, for_model=False)
