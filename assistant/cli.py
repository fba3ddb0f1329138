"""The command line: the window (no arguments), ask, listen, models, distill.

Failures exit non-zero with one line on stderr that says what to do; `--json` prints exactly one
JSON object on stdout."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from assistant.errors import AssistantError
from assistant.output import EXIT_ERROR, EXIT_NO_SPEECH


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="assistant", description="An offline voice assistant.")
    sub = parser.add_subparsers(dest="command")

    ask = sub.add_parser("ask", help="answer one question given as text or as an audio file")
    source = ask.add_mutually_exclusive_group(required=True)
    source.add_argument("--text", help="the question as text")
    source.add_argument("--wav", help="the question as an audio file (any format, rate or channels)")
    ask.add_argument("--json", action="store_true", help="print one JSON object")
    ask.add_argument("--save-reply", metavar="WAV", help="write the spoken reply to this WAV file")
    ask.add_argument("--speak", action="store_true", help="also play the reply on the default speaker")

    listen = sub.add_parser("listen", help="record a question from the microphone, answer and speak")
    mode = listen.add_mutually_exclusive_group(required=True)
    mode.add_argument("--once", action="store_true", help="one turn, then exit")
    mode.add_argument("--hands-free", action="store_true",
                      help="keep listening: every spoken question is a turn (Ctrl+C ends it)")
    listen.add_argument("--wake-word", action="store_true", help="with --hands-free: only after \"hey Jarvis\"")
    listen.add_argument("--turns", type=int, default=0, help="with --hands-free: stop after this many answers")
    listen.add_argument("--json", action="store_true", help="print one JSON object (one line per turn hands-free)")
    listen.add_argument("--save-reply", metavar="WAV", help="also write the spoken reply to this WAV file")

    models = sub.add_parser("models", help="install and check the models")
    msub = models.add_subparsers(dest="models_command", required=True)
    install = msub.add_parser("install", help="install and build the default models (idempotent)")
    install.add_argument("--with", dest="extra", action="append", default=[], metavar="MODEL",
                         help="also install an optional model, e.g. whisper-base")
    install.add_argument("--force", action="store_true", help="rebuild even what is present and verified")
    install.add_argument("--progress", choices=("bars", "json"), default="bars",
                         help="json: one line per update on stdout, for the window's progress bar")
    status = msub.add_parser("status", help="show what is installed and whether it verifies")
    status.add_argument("--json", action="store_true")

    desktop = sub.add_parser("desktop", help="the launcher entry and icon for this user (make run installs them)")
    desktop.add_argument("action", choices=("install", "remove"))

    talk = sub.add_parser("talk", help="push-to-talk in the running window (bind a desktop shortcut to it)")
    talk.add_argument("--toggle", action="store_true",
                      help="the first call starts listening, the next ends it (one shortcut for press and release)")

    distill = sub.add_parser("distill", help="distil a student model from a teacher (see docs/distill.md)")
    distill.add_argument("args", nargs=argparse.REMAINDER)
    return parser


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # belt and braces: nothing may reach a model hub
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["distill"]:  # its own parser, --help included
        from assistant.distill.cli import main as distill_main

        return distill_main(argv[1:])
    args = build_parser().parse_args(argv)
    try:
        if args.command is None:
            from assistant.gui.app import run_window

            return run_window()
        if args.command == "ask":
            from assistant.commands import ask

            return ask(args)
        if args.command == "listen":
            from assistant.commands import listen

            return listen(args)
        if args.command == "desktop":
            from assistant import desktop

            if args.action == "install":
                for path in desktop.install():
                    print(path)
            else:
                desktop.remove()
            return 0
        if args.command == "talk":
            from assistant.instance import send

            print(send("toggle" if args.toggle else "talk"))
            return 0
        if args.command == "models":
            from assistant.commands import models

            return models(args)
    except AssistantError as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_NO_SPEECH if err.code == "stt-no-text-recognized" else EXIT_ERROR
    except KeyboardInterrupt:
        print("error: interrupted.", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: still one line, with the traceback kept for the report
        log = _keep_traceback()
        print(f"error: an internal error stopped the command ({type(exc).__name__}: {_first_line(exc)}). "
              f"Please report it with {log}.", file=sys.stderr)
        return EXIT_ERROR
    return 0


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:200] if text else "no message"


def _keep_traceback() -> str:
    import tempfile
    import traceback

    from assistant import paths

    for folder in (paths.cache_dir(), Path(tempfile.gettempdir())):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            log = folder / "last-error.txt"
            log.write_text(traceback.format_exc())
            return str(log)
        except OSError:
            continue
    return "the command you ran"
