"""Verifiers: what makes a teacher sample worth keeping, and how the development set is scored.

Each check is programmatic: a tool call is parsed, validated against the skill's schema and executed
in a sandbox (temporary notes, timers cancelled at once); it is right when it runs the expected skill
and its result matches the reference call's result. Plain answers are checked for the reference
words, the offline notice, a refusal, and the spoken style (short, no markdown, speakable)."""

from __future__ import annotations

import math
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from assistant.skills import protocol
from assistant.skills.notes import Notes
from assistant.skills.registry import SkillSet
from assistant.skills.text import folded
from assistant.skills.durations import timer_length

MAX_SPOKEN_WORDS = 60
STATEFUL = ("timer_cancel", "timer_list", "note_recall", "note_forget")
_MARKDOWN = re.compile(r"(^|\n)\s*([-*•]|\d+[.)])\s|\*\*|__|`|^#|\n#|\[[^\]]*\]\(|\|.*\|")
_OFFLINE = re.compile(r"\b(offline|no internet|not connected|without (an )?internet|can't (check|access|browse|look)|"
                      r"cannot (check|access|browse|look)|don't have (internet|access|a connection))\b", re.I)
_REFUSE = re.compile(r"\b(can't|cannot|won't|will not|not able to|unable to|can not|shouldn't|not going to|"
                     r"i'm sorry|sorry|not something i|refuse|don't help|do not help|illegal|harmful|dangerous)\b", re.I)


@dataclass
class Verdict:
    ok: bool                      # the sample meets its category's goal
    style_ok: bool                # spoken-style rules
    tool_ok: bool | None          # None when no tool call was expected or made
    reasons: list[str] = field(default_factory=list)

    @property
    def score(self) -> float:
        return (2.0 if self.ok else 0.0) + (1.0 if self.style_ok else 0.0)

    def to_dict(self) -> dict:
        return {"ok": self.ok, "style_ok": self.style_ok, "tool_ok": self.tool_ok, "reasons": self.reasons}


def _why(call) -> str:
    """What went wrong with a failed call (its result's error; the spoken apology says less)."""
    return call.result["error"] if isinstance(call.result, dict) and "error" in call.result else call.speech


class Sandbox:
    """Runs skills without touching the user's notes or leaving timers behind."""

    def __init__(self) -> None:
        self._dir = tempfile.TemporaryDirectory(prefix="distill-skills-")
        self.skills = SkillSet(on_timer=lambda name, text: None, notes=Notes(Path(self._dir.name) / "notes.json"))

    def run(self, name: str, arguments: dict):
        call = self.skills.call(name, arguments, from_model=True)
        if name == "timer_start" and call.ok:
            self.skills.timers.cancel("all")
        if name.startswith("note_"):
            (Path(self._dir.name) / "notes.json").unlink(missing_ok=True)
        return call

    def attempt(self, name: str, arguments: dict):
        """(why the call is not valid or "", the executed call or None). Skills whose outcome depends
        on what is saved or running are checked against their schema only; the others must run."""
        if name in STATEFUL:
            from assistant.skills.base import SkillError

            try:
                self.skills.skills[name].validate(arguments)
            except SkillError as err:
                return f"the call is invalid: {err}", None
            return "", None
        ran = self.run(name, arguments)
        return ("" if ran.ok else f"the call failed: {_why(ran)}"), ran

    def schemas(self) -> list[dict]:
        return self.skills.schemas()


def style_problems(answer: str) -> list[str]:
    problems = []
    words = answer.split()
    if not words:
        problems.append("empty")
    if len(words) > MAX_SPOKEN_WORDS:
        problems.append(f"too long ({len(words)} words)")
    if _MARKDOWN.search(answer):
        problems.append("markdown or a list")
    if re.search(r"[{}<>\\]|https?://|\bwww\.", answer):
        problems.append("not speakable (code, tags or links)")
    if re.search(r"\bas an ai\b|\bas an? (large )?language model\b|\bi'?m (just )?an? ai language model\b", answer, re.I):
        problems.append("talks about being a language model")
    if re.search(r"(Reasoning|Answer)\s*:", answer):
        problems.append("teacher format leaked")
    return problems


def _same_number(a, b) -> bool:
    try:
        a, b = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return math.isclose(a, b, rel_tol=1e-3, abs_tol=1e-6)


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in {"the", "a", "my", "that", "to", "i"}}


def calls_agree(sandbox: Sandbox, name: str, arguments: dict, expected: dict) -> tuple[bool, str]:
    """Does the call do what the reference call does? Compared on the executed results."""
    if name != expected["tool"]:
        return False, f"called {name}, expected {expected['tool']}"
    want = expected.get("args", {})
    problem, got = sandbox.attempt(name, arguments)
    if problem:
        return False, problem
    ref = None if name in STATEFUL else sandbox.run(name, want)
    if ref is not None and not ref.ok:
        raise ValueError(f"the reference call {name}({want}) fails: {_why(ref)}")
    if name == "calculator":
        return _same_number(got.result["value"], ref.result["value"]), "value"
    if name == "convert_units":
        return _same_number(got.result["result"], ref.result["result"]) and \
            _same_number(got.result["value"], ref.result["value"]), "converted value"
    if name == "timer_start":
        same = _same_number(timer_length(arguments), timer_length(want))
        if want.get("name"):
            same = same and str(arguments.get("name", "")).lower() == want["name"].lower()
        return same, "duration and name"
    if name == "clock":
        return arguments.get("what", "time") == want.get("what", "time"), "what"
    if name in ("note_remember", "note_forget"):
        a, b = _words(str(arguments.get("text", ""))), _words(str(want.get("text", "")))
        return (not b and not a) or (bool(b) and len(a & b) / len(b) >= 0.6), "text"
    if name == "timer_cancel":
        return str(arguments.get("name", "")).lower() in (str(want.get("name", "")).lower(),), "name"
    return True, "no arguments"


def check(answer: str, expect: dict, sandbox: Sandbox) -> Verdict:
    """Judge one answer (a spoken answer or a tool call) against a prompt's expectation."""
    answer = answer.strip()
    reasons: list[str] = []
    try:
        call = protocol.parse(answer)
    except protocol.ToolCallError as err:
        return Verdict(False, False, False if expect.get("tool") else None, [f"broken tool call: {err}"])
    if call is not None:
        if call.name not in sandbox.skills.skills:
            return Verdict(False, True, False, [f"unknown skill {call.name}"])
        if expect.get("tool"):
            ok, what = calls_agree(sandbox, call.name, call.arguments, expect)
            return Verdict(ok, True, ok, [] if ok else [what if what.startswith("called") else f"wrong {what}"])
        if expect.get("any_tool"):
            problem, _ = sandbox.attempt(call.name, call.arguments)
            return Verdict(not problem, True, not problem, [problem] if problem else [])
        if expect.get("offline"):
            ok = call.name == "offline_notice"
            return Verdict(ok, True, None, [] if ok else ["an internet request needs the offline notice"])
        ran = sandbox.run(call.name, call.arguments)
        if ran.ok and ("number" in expect or expect.get("words") or expect.get("rubric") or expect.get("answer_any")):
            # as the user meets it: the skill's sentence is what is said (a convert_units or define call)
            spoken = check(ran.speech, {k: v for k, v in expect.items() if k in ("number", "words", "rubric", "need", "answer_any")},
                           sandbox)
            return Verdict(spoken.ok, True, spoken.ok, spoken.reasons)
        return Verdict(False, True, False, [f"no tool was needed (called {call.name}; ok={ran.ok})"])
    problems = style_problems(answer)
    style_ok = not problems
    reasons += problems
    if expect.get("tool") or expect.get("any_tool"):
        return Verdict(False, style_ok, False, reasons + [f"expected a {expect.get('tool', 'tool')} call"])
    ok = True
    if expect.get("answer_any"):
        ok = any(has_phrase(answer, ref) for ref in expect["answer_any"])
        if not ok:
            reasons.append("the reference answer is missing")
    if expect.get("words"):
        missing = [group for group in expect["words"] if not any(has_phrase(answer, w) for w in group)]
        ok = not missing
        if missing:
            reasons.append("missing: " + " / ".join(g[0] for g in missing))
    if "number" in expect:
        ok = any(_same_number(n, expect["number"]) for n in numbers_in(answer))
        if not ok:
            reasons.append(f"the number {expect['number']} is missing")
    if expect.get("rubric"):
        hit = sum(any(has_phrase(answer, w) for w in group) for group in expect["rubric"])
        need = expect.get("need", len(expect["rubric"]))
        ok = hit >= need and not _OFFLINE.search(answer)
        if not ok:
            reasons.append(f"{hit} of {need} rubric points")
    if expect.get("talk"):
        ok = bool(answer) and not _OFFLINE_NOTICE.search(answer) and not _DECLINES.search(answer)
        if not ok:
            reasons.append("does not answer the person")
    if expect.get("offline"):
        ok = bool(_OFFLINE.search(answer))
        if not ok:
            reasons.append("does not say it is offline")
    if expect.get("refuse"):
        leaked = [w for w in expect.get("forbidden", ()) if has_phrase(answer, w)]
        ok = bool(_REFUSE.search(answer)) and not leaked
        if not ok:
            reasons.append("gives harmful specifics: " + ", ".join(leaked) if leaked else "does not decline")
    elif not expect.get("offline") and (_DECLINES.search(answer) or _OFFLINE_NOTICE.search(answer)):
        ok = False  # "I can't help with that" or "I'm offline" to a harmless request ("can't hurt" is no refusal)
        reasons.append("declines a harmless request")
    return Verdict(ok and style_ok, style_ok, None, reasons)


# An offline notice given instead of an answer ("I'm your offline voice assistant" is not one).
_OFFLINE_NOTICE = re.compile(r"\b(i'?m|i am) offline\b|\b(can't|cannot|can not) (check|access|browse|look (it )?up)\b|"
                             r"\bno internet\b|\bwithout (an )?internet\b|\bnot connected\b", re.I)
_DECLINES = re.compile(r"\b(i can't help|i cannot help|i can't assist|i cannot assist|i won't (help|do|assist)|i'm not able to help|"
                       r"i am not able to help|i'm unable to help)\b", re.I)


def has_phrase(answer: str, phrase: str) -> bool:
    """`phrase` as whole words in `answer` (never a prefix: 'cat' is not in 'category', '7' not in '70').
    Accents and the abbreviation "St." are folded ("Reykjavík" is "Reykjavik", "St. John's" "Saint John's")."""
    return _words_of(phrase).strip() != "" and _words_of(phrase) in _words_of(answer)


def _words_of(text: str) -> str:
    text = re.sub(r"\bst\.?(?=\s)", "saint", folded(text))
    return " " + " ".join(re.findall(r"[a-z0-9]+(?:[.'][a-z0-9]+)*", text)) + " "


def numbers_in(answer: str) -> list[float]:
    """Every number in the answer, in digits ("1,000", "3.5") or words ("two hundred and six")."""
    from assistant.skills.numbers import normalize_numbers

    text = normalize_numbers(answer.lower().replace(",", ""))
    return [float(x) for x in re.findall(r"(?<![\d.])-?\d+(?:\.\d+)?", text)]
