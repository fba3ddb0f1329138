"""Opening applications from their desktop entries: real entries in a folder of the test's own (the
machine's /usr/share/applications is left alone), real programs started (a script that leaves a mark)."""

import json
import os
import time

import pytest

from assistant.skills import apps
from assistant.skills.base import SkillError
from assistant.skills.intents import match
from tests.conftest import run_cli


def _entry(folder, file_name, name, exec_line, **extra):
    lines = ["[Desktop Entry]", "Type=Application", f"Name={name}", f"Exec={exec_line}"]
    lines += [f"{k}={v}" for k, v in extra.items()]
    (folder / file_name).write_text("\n".join(lines) + "\n")


@pytest.fixture
def desktop(tmp_path, monkeypatch):
    """An XDG data home with a few applications; the script they run writes its arguments to a file."""
    folder = tmp_path / "share" / "applications"
    folder.mkdir(parents=True)
    mark = tmp_path / "opened.txt"
    script = tmp_path / "fake app.sh"   # a space in the path: the Exec line's quoting is honoured
    script.write_text(f"#!/bin/sh\necho \"$0 $*\" > '{mark}'\n")
    script.chmod(0o755)
    _entry(folder, "org.mozilla.firefox-esr.desktop", "Firefox ESR", f'"{script}" --new-window %u',
           GenericName="Web Browser")
    _entry(folder, "org.gnome.TextEditor.desktop", "Text Editor", f'"{script}" %F')
    _entry(folder, "hidden.desktop", "Secret Tool", f'"{script}"', NoDisplay="true")
    _entry(folder, "missing.desktop", "Ghost Writer", f'"{script}"', TryExec="no-such-program-here")
    _entry(folder, "offline-assistant.desktop", "Offline Assistant", f'"{script}"')
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    monkeypatch.setenv("XDG_DATA_DIRS", str(tmp_path / "none"))
    return mark


def _wait_for(path, seconds=10.0):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if path.exists() and path.read_text().strip():
            return path.read_text()
        time.sleep(0.05)
    return None


def test_the_installed_applications_are_found_by_what_people_call_them(desktop):
    names = sorted(a.name for a in apps.installed())
    assert names == ["Firefox ESR", "Text Editor"]   # not hidden, not missing its program, not this app itself
    assert apps.find("firefox").name == "Firefox ESR"             # a word of its name
    assert apps.find("the web browser").name == "Firefox ESR"     # its generic name
    assert apps.find("text editor app").name == "Text Editor"
    assert apps.find("word processor") is None


def test_opening_an_app_starts_its_program_with_no_file_arguments(desktop):
    said = apps.open_app("Firefox")
    assert said.speech == "Opening Firefox ESR."
    ran = _wait_for(desktop)
    assert ran is not None, "the program did not start"
    assert ran.split()[-1] == "--new-window"   # the %u field code dropped, the quoted path with a space kept
    with pytest.raises(SkillError, match="couldn't find an app called paint"):
        apps.open_app("paint")


def test_an_entry_that_runs_in_a_terminal_needs_one(desktop, tmp_path, monkeypatch):
    app = apps.App("Top", ("top",), "top", True, tmp_path / "top.desktop")
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    with pytest.raises(SkillError, match="runs in a terminal"):
        apps.command(app)


@pytest.mark.parametrize("text, name", [
    ("Open Firefox.", "Firefox"), ("Launch the text editor app.", "text editor"),
    ("Could you open the web browser for me?", "web browser"), ("start firefox", "firefox"),
    ("Open Photoshop.", "Photoshop"),   # "open": an app is meant; a name no entry has is said so
])
def test_the_request_is_read(desktop, text, name):
    intent = match(text)
    assert intent is not None and (intent.name, intent.arguments) == ("app_open", {"name": name})


@pytest.mark.parametrize("text", ["Start a timer for five minutes.", "Run a mile.", "How do I open a jar?",
                                  "Open the pod bay doors, HAL."])
def test_other_requests_are_not_taken(desktop, text):
    intent = match(text)
    assert intent is None or intent.name != "app_open"


def test_open_an_app_from_the_command_line(desktop, user_dirs, models_ready):
    env = {k: os.environ[k] for k in ("XDG_DATA_HOME", "XDG_DATA_DIRS")}
    out = run_cli("ask", "--text", "Open the text editor.", "--json", env=env)
    assert out.returncode == 0, out.stderr
    answer = json.loads(out.stdout)
    assert answer["answer"] == "Opening Text Editor." and answer["tool_calls"][0]["name"] == "app_open"
    assert _wait_for(desktop) is not None
    missing = json.loads(run_cli("ask", "--text", "Open Photoshop.", "--json", env=env).stdout)
    assert missing["answer"] == "I couldn't find an app called Photoshop on this computer."


def test_the_persons_folders_open_in_the_file_manager(tmp_path, monkeypatch):
    # "Show me my downloads" got "Sorry, I can't show you your downloads."; "Open my documents folder" looked for an
    # app. The opener is a script that leaves a mark (no file manager runs on the test machine: xdg-open would start one)
    home, bin_dir, mark = tmp_path / "home", tmp_path / "bin", tmp_path / "opened.txt"
    (home / "Downloads").mkdir(parents=True)
    (home / ".config").mkdir()
    (home / "Papers").mkdir()
    (home / ".config" / "user-dirs.dirs").write_text('XDG_DOCUMENTS_DIR="$HOME/Papers"\n')
    bin_dir.mkdir()
    opener = bin_dir / "xdg-open"
    opener.write_text(f"#!/bin/sh\necho \"$*\" >> '{mark}'\n")
    opener.chmod(0o755)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.setenv("PATH", f"{bin_dir}:{os.environ['PATH']}")
    intent = match("Show me my downloads.")
    assert (intent.name, apps.open_folder(**intent.arguments).speech) == ("folder_open", "Opening your Downloads folder.")
    assert apps.open_folder(**match("Open my documents folder.").arguments).speech == "Opening your Papers folder."
    with pytest.raises(SkillError, match="no Music folder"):
        apps.open_folder(**match("open my music").arguments)
    deadline = time.time() + 5
    while time.time() < deadline and not (mark.exists() and len(mark.read_text().splitlines()) == 2):
        time.sleep(0.05)
    assert sorted(mark.read_text().splitlines()) == [str(home / "Downloads"), str(home / "Papers")]   # (two detached openers)
