"""Arithmetic from spoken or written requests, evaluated from a parsed syntax tree (never `eval`)."""

from __future__ import annotations

import ast
import math
import operator
import re

from assistant.skills.base import Param, Skill, SkillError, SkillResult
from assistant.skills.numbers import normalize_numbers, speak_number

_ORDINALS = ("second", "third", "fourth", "fifth")
# Longest phrases first: "divided by" before "by".
_WORDS = [
    (r"\bsquare root of\b", " sqrt "), (r"\bcube root of\b", " cbrt "), (r"\broot of\b", " sqrt "),
    (r"\bto the (\d+)(?:st|nd|rd|th)? power\b", r"**\1"),
    (r"\bto the (second|third|fourth|fifth) power\b", lambda m: f"**{_ORDINALS.index(m.group(1)) + 2}"),
    (r"\bto the power of\b", "**"), (r"\braised to( the)?\b", "**"), (r"\bsquared\b", "**2"), (r"\bcubed\b", "**3"),
    (r"\bmultiplied by\b", "*"), (r"\btimes\b", "*"), (r"\bdivided by\b", "/"), (r"\bover\b", "/"),
    (r"\bplus\b", "+"), (r"\band\b", "+"), (r"\bminus\b", "-"), (r"\bless\b", "-"),
    (r"\bpercent of\b", "/100*"), (r"\bpercent\b", "/100"), (r"%\s*of\b", "/100*"), (r"%", "/100"),
    (r"\bx\b", "*"), (r"×", "*"), (r"÷", "/"), (r"\^", "**"),
]
_OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv,
        ast.Pow: operator.pow, ast.Mod: operator.mod, ast.USub: operator.neg, ast.UAdd: operator.pos}
_FUNCS = {"sqrt": math.sqrt, "cbrt": lambda x: math.copysign(abs(x) ** (1 / 3), x)}


def to_expression(text: str) -> str:
    """'what's seventeen times twenty-three' -> '17*23'."""
    text = normalize_numbers(text)
    for pattern, repl in _WORDS:
        text = re.sub(pattern, repl, text)
    text = re.sub(r"(sqrt|cbrt)\s+(\d+(?:\.\d+)?)", r"\1(\2)", text)
    kept = re.findall(r"sqrt|cbrt|\d+(?:\.\d+)?|\*\*|[-+*/()]", text)
    expression = "".join(kept)
    if not re.search(r"\d", expression):
        raise SkillError("I didn't find a calculation in that.")
    return expression


def evaluate(expression: str) -> float:
    try:
        tree = ast.parse(expression, mode="eval")
    except SyntaxError as exc:
        raise SkillError("I couldn't work that calculation out.") from exc
    return _eval(tree.body)


def _eval(node) -> float:
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) and not isinstance(node.value, bool):
        return node.value
    if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
        left, right = _eval(node.left), _eval(node.right)
        if isinstance(node.op, ast.Pow) and (abs(right) > 1000 or abs(left) > 1e6 and right > 10):
            raise SkillError("That number is too large to say.")
        try:
            return _OPS[type(node.op)](left, right)
        except ZeroDivisionError:
            raise SkillError("You can't divide by zero.") from None
        except OverflowError:
            raise SkillError("That number is too large to say.") from None
    if isinstance(node, ast.UnaryOp) and type(node.op) in _OPS:
        return _OPS[type(node.op)](_eval(node.operand))
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in _FUNCS and len(node.args) == 1:
        value = _eval(node.args[0])
        if node.func.id == "sqrt" and value < 0:
            raise SkillError("A negative number has no real square root.")
        return _FUNCS[node.func.id](value)
    raise SkillError("I couldn't work that calculation out.")


def calculate(expression: str) -> SkillResult:
    expr = to_expression(expression) if re.search(r"[a-z%×÷^]", expression.lower()) else expression.replace(" ", "")
    value = evaluate(expr)
    if isinstance(value, complex) or abs(value) > 1e300:
        raise SkillError("That number is too large to say.")
    return SkillResult(f"That's {speak_number(value)}.", {"expression": expr, "value": value})


SKILL = Skill("calculator", "Arithmetic: + - * / powers, roots, percentages.",
              {"expression": Param(str, description="e.g. '17*23' or 'seventeen times twenty three'")},
              lambda expression: calculate(expression))
