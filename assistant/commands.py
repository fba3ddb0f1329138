"""The command-line actions, each a thin layer over the core."""

from __future__ import annotations

import sys

from assistant.output import EXIT_NO_SPEECH, print_json


def _settings():
    from assistant.settings import load_settings

    settings = load_settings()
    if settings.notice:
        print(f"warning: {settings.notice}", file=sys.stderr)
    return settings


def _check_text(text: str) -> str:
    """argv holds bytes that are not UTF-8 as lone surrogates; the tokenizer cannot take them."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        from assistant.errors import InvalidInputError

        raise InvalidInputError("The question is not valid UTF-8 text.",
                                hint="Check the terminal's encoding (locale) and type the question again.") from None
    return text


def _check_reply_path(path: str | None) -> None:
    """Refused before the turn, so an answer is never computed and then lost to a bad path."""
    if not path:
        return
    from pathlib import Path

    from assistant.errors import InvalidInputError

    target = Path(path)
    if target.suffix.lower() != ".wav":
        raise InvalidInputError(f"--save-reply writes a WAV file; {path} does not end in .wav.",
                                hint="Give a name such as reply.wav.")
    if target.is_dir():
        raise InvalidInputError(f"--save-reply {path} is a folder.", hint="Give a file name such as reply.wav.")
    if not target.parent.resolve().is_dir():
        raise InvalidInputError(f"The folder for --save-reply ({target.parent}) does not exist.",
                                hint="Create it first, or choose another path.")


def ask(args) -> int:
    from assistant.core.assistant import Assistant

    if args.text is not None:
        _check_text(args.text)
    _check_reply_path(args.save_reply)
    assistant = Assistant(_settings(), play=args.speak, keep_audio=bool(args.save_reply))
    assistant.preload(asr=args.wav is not None)
    if args.text is not None:
        result = assistant.ask_text(args.text)
    else:
        from assistant.audio.files import read_audio

        result = assistant.ask_audio(read_audio(args.wav))
    if any(c.name == "timer_start" and isinstance(c.result, dict) and "seconds" in c.result for c in result.tool_calls):
        # the timer lives in this process, which ends now: say so instead of a silent "OK"
        result.notice = ((result.notice + " ") if result.notice else "") + (
            "Timers run only while the assistant keeps running: this one ends with this command. "
            "Set it in the window (`assistant`) or in `assistant listen --hands-free` to hear it ring.")
    return _finish(assistant, result, args)


def listen(args) -> int:
    from assistant.core.assistant import Assistant

    from assistant.events import ListeningStarted

    def show(event):
        if isinstance(event, ListeningStarted):
            print("Listening... speak now.", file=sys.stderr, flush=True)

    _check_reply_path(args.save_reply)
    assistant = Assistant(_settings(), play=True, keep_audio=bool(args.save_reply), on_event=show)
    assistant.preload()
    if args.hands_free:
        assistant.skills.alarms.watch()   # listening for a long while: alarms ring here too
        return _hands_free(assistant, args)
    result = assistant.listen_once()
    return _finish(assistant, result, args)


def _hands_free(assistant, args) -> int:
    """Answer every spoken question (after the wake word, with --wake-word) until Ctrl+C or --turns."""
    import queue

    from assistant import events as ev
    from assistant.core.hands_free import HandsFree

    answers: queue.Queue = queue.Queue()

    def show(event):
        if isinstance(event, ev.WaitingForWakeWord):
            print(f"Say \"{event.wake_word}\"...", file=sys.stderr, flush=True)
        elif isinstance(event, ev.ListeningStarted):
            print("Listening... speak now.", file=sys.stderr, flush=True)
        elif isinstance(event, ev.SpokenOver):
            print("Heard you over the reply: stopped it.", file=sys.stderr, flush=True)
        elif isinstance(event, ev.HandsFreeNotice):
            print(f"note: {event.text}", file=sys.stderr, flush=True)
        elif isinstance(event, ev.TurnFinished) and event.result is not None and event.result.answer:
            answers.put(event.result)
        elif isinstance(event, ev.TurnFailed) and event.error is not None and event.error.code != "stt-no-text-recognized":
            print(f"error: {event.error}", file=sys.stderr, flush=True)
        elif isinstance(event, ev.HandsFreeStopped):
            answers.put(event)
    assistant.on_event = show
    loop = HandsFree(assistant, wake_word=args.wake_word)
    loop.start()
    done = 0
    try:
        while not args.turns or done < args.turns:
            item = answers.get()
            if isinstance(item, ev.HandsFreeStopped):
                if item.error is not None:
                    print(f"error: {item.error}", file=sys.stderr)
                    return 1
                break
            done += 1
            if args.json:
                line = item.to_json()
                if item.interrupted:  # cut short (the wake word, or a voice over it): what was heard of it
                    line.update(interrupted=True, spoken=item.spoken)
                print_json(line)
            else:
                print(f"you: {item.transcript}\n{item.answer}", flush=True)
    except KeyboardInterrupt:
        pass
    finally:
        loop.stop(wait=5)
    return 0


def _finish(assistant, result, args) -> int:
    if args.save_reply and assistant.last_reply_audio is not None:
        from assistant.audio.files import write_wav

        speech = assistant.last_reply_audio
        try:
            write_wav(args.save_reply, speech.samples, speech.sample_rate)
        except (OSError, RuntimeError) as exc:  # the answer below is still printed
            print(f"warning: the reply could not be saved to {args.save_reply} ({exc}).", file=sys.stderr)
    if result.error is not None:
        print(f"error: {result.error}", file=sys.stderr)
        return EXIT_NO_SPEECH if result.error.code == "stt-no-text-recognized" else 1
    if result.notice:
        print(f"warning: {result.notice}", file=sys.stderr)
    if args.json:
        print_json(result.to_json())
    else:
        if result.transcript and getattr(args, "text", None) is None:
            print(f"you: {result.transcript}")
        print(result.answer)
    return 0


def models(args) -> int:
    from assistant.modelstore import install as store

    if args.models_command == "install":
        from assistant.modelstore.progress import JsonProgress, TqdmProgress

        progress = JsonProgress() if args.progress == "json" else TqdmProgress()
        try:
            outcome = store.install(args.extra, force=args.force, progress=progress)
        finally:
            progress.close()
        for name, state in outcome.items():
            print(f"{name}: {state}")
        return 0
    rows = store.status()
    if args.json:
        print_json({"models": rows})
    else:
        for row in rows:
            line = f"{row['name']:<26} {row['status']:<16} {row.get('size_mb', ''):>7} MB  {row['path']}"
            print(line if row["status"] == "ok" else f"{line}\n    {row.get('problem', '')}")
            if row.get("outdated"):
                print(f"    outdated: {row['outdated']}")
    return 0 if all(r["status"] == "ok" for r in rows if r["default"]) else 1

