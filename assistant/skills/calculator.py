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
    (r"\bfactorial of (\d+)\b|\b(\d+) factorial\b|\b(\d+)\s*!", lambda m: f" fact({next(g for g in m.groups() if g)}) "),
    (r"\bsquare root of\b", " sqrt "), (r"\bcube root of\b", " cbrt "), (r"\broot of\b", " sqrt "),
    (r"\bto the (\d+)(?:st|nd|rd|th)? power\b", r"**\1"),
    (r"\bto the (second|third|fourth|fifth) power\b", lambda m: f"**{_ORDINALS.index(m.group(1)) + 2}"),
    (r"\bto the power of\b", "**"), (r"\bto the (\d+)\b(?! ?power)", r"**\1"),   # "2 to the 1000" (was 2*1000)
    (r"\braised to( the)?\b", "**"), (r"\bsquared\b", "**2"), (r"\bcubed\b", "**3"),
    (r"\bmultiplied by\b", "*"), (r"\btimes\b", "*"), (r"\bdivided by\b", "/"), (r"\bover\b", "/"),
    (r"\bplus\b", "+"), (r"\band\b", "+"), (r"\bminus\b", "-"), (r"\bless\b", "-"),
    (r"\bpercent of\b", "/100*"), (r"\bpercent\b", "/100"), (r"%\s*of\b", "/100*"), (r"%", "/100"),
    (r"\bx\b", "*"), (r"×", "*"), (r"÷", "/"), (r"\^", "**"),
]
_OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv,
        ast.Pow: operator.pow, ast.Mod: operator.mod, ast.USub: operator.neg, ast.UAdd: operator.pos}
MAX_FACTORIAL = 170  # 171! is past what a float (and speak_number) holds


def _factorial(x):
    if x < 0 or not float(x).is_integer():
        raise SkillError("A factorial needs a whole number that is not negative.")
    if x > MAX_FACTORIAL:
        raise SkillError("That number is too large to say.")
    return math.factorial(int(x))


_FUNCS = {"sqrt": math.sqrt, "cbrt": lambda x: math.copysign(abs(x) ** (1 / 3), x), "fact": _factorial,
          "round": lambda x: math.copysign(math.floor(abs(x) + 0.5), x), "ceil": math.ceil,
          "floor": math.floor}   # to a whole number, halves away from 0


_DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
                 "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10}
_FRACTION = re.compile(rf"\b(a|one|two|three|four|five|six|seven|eight|nine|\d+) ({'|'.join(_DENOMINATORS)})\b(?! of\b)")
_SMALL = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}


def to_expression(text: str) -> str:
    """'what's seventeen times twenty-three' -> '17*23'; 'one third plus one third' -> '(1/3)+(1/3)'."""
    text = _FRACTION.sub(lambda m: f" ({_SMALL.get(m.group(1)) or m.group(1)}/{_DENOMINATORS[m.group(2)]}) ", text.lower())
    text = normalize_numbers(text)
    for pattern, repl in _WORDS:
        text = re.sub(pattern, repl, text)
    text = re.sub(r"(sqrt|cbrt)\s*(-?\s*\d+(?:\.\d+)?)", lambda m: f"{m.group(1)}({m.group(2).replace(' ', '')})", text)
    kept = re.findall(r"sqrt|cbrt|fact|round|ceil|floor(?=\s*\()|\d+(?:\.\d+)?|\*\*|[-+*/()]", text)
    for a, b in zip(kept, kept[1:]):
        if a[0].isdigit() and b[0].isdigit():
            # "12 plus 5 for the 3 of us": two numbers with no operation between them are not one number
            raise SkillError("I'm not sure which numbers to use there.")
    expression = "".join(kept)
    if not re.search(r"\d", expression):
        raise SkillError("I didn't find a calculation in that.")
    return expression


MAX_EXPRESSION_CHARS = 300
MAX_DEPTH = 100
MAX_MAGNITUDE = 1e300  # what speak_number can say; beyond it: "too large"


def evaluate(expression: str) -> float:
    """The value of an arithmetic expression. Every step is bounded before it runs (length, nesting,
    the size of a power's result), so no input can take long, recurse too deep or overflow."""
    if len(expression) > MAX_EXPRESSION_CHARS:
        raise SkillError("That calculation is too long for me.")
    try:
        tree = ast.parse(expression, mode="eval")
    except (SyntaxError, ValueError, RecursionError, MemoryError) as exc:
        raise SkillError("I couldn't work that calculation out.") from exc
    if _depth(tree.body) > MAX_DEPTH:
        raise SkillError("That calculation is too long for me.")
    return _eval(tree.body)


def _depth(root) -> int:
    deepest, stack = 0, [(root, 1)]
    while stack:  # iterative: the tree may be deeper than Python's recursion limit
        node, d = stack.pop()
        deepest = max(deepest, d)
        stack.extend((child, d + 1) for child in ast.iter_child_nodes(node))
    return deepest


def _too_large(value) -> bool:
    return isinstance(value, complex) or value != value or abs(value) > MAX_MAGNITUDE


def _power(left, right):
    if left == 0 and right < 0:
        raise SkillError("You can't divide by zero.")
    if abs(left) not in (0, 1) and abs(right) * math.log10(abs(left)) > math.log10(MAX_MAGNITUDE):
        raise SkillError("That number is too large to say.")
    if left < 0 and not float(right).is_integer():
        raise SkillError("A negative number has no real root like that.")
    return left ** right


def _eval(node) -> float:
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) and not isinstance(node.value, bool):
        value = node.value
    elif isinstance(node, ast.BinOp) and type(node.op) in _OPS:
        left, right = _eval(node.left), _eval(node.right)
        try:
            value = _power(left, right) if isinstance(node.op, ast.Pow) else _OPS[type(node.op)](left, right)
        except ZeroDivisionError:
            raise SkillError("You can't divide by zero.") from None
        except OverflowError:
            raise SkillError("That number is too large to say.") from None
    elif isinstance(node, ast.UnaryOp) and type(node.op) in _OPS:
        value = _OPS[type(node.op)](_eval(node.operand))
    elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in _FUNCS and len(node.args) == 1:
        value = _eval(node.args[0])
        if node.func.id == "sqrt" and value < 0:
            raise SkillError("A negative number has no real square root.")
        value = _FUNCS[node.func.id](value)
    else:
        raise SkillError("I couldn't work that calculation out.")
    if _too_large(value):
        raise SkillError("That number is too large to say.")
    return value


def calculate(expression: str) -> SkillResult:
    if len(expression) > MAX_EXPRESSION_CHARS:
        raise SkillError("That calculation is too long for me.")
    expr = to_expression(expression) if re.search(r"[a-z%×÷^]", expression.lower()) else expression.replace(" ", "")
    value = evaluate(expr)
    return SkillResult(f"That's {speak_number(value)}.", {"expression": expr, "value": value})


SKILL = Skill("calculator", "Arithmetic: + - * / powers, roots, percentages.",
              {"expression": Param(str, description="e.g. '17*23' or 'seventeen times twenty three'")},
              lambda expression: calculate(expression))
