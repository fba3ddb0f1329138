"""What a skill is: a name, a description, an argument schema, and a function that returns what to
say. Arguments are validated against the schema before anything runs."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable


class SkillError(Exception):
    """A request a skill cannot do; the message is said to the user as it is."""


class InvalidArguments(SkillError):
    """A call whose arguments do not fit the skill's schema. From the answer model, it is the model's
    muddle, not something to read to the person (the message, naming the skill, is kept in the call's result)."""


@dataclass(frozen=True)
class Param:
    type: type
    required: bool = True
    choices: tuple = ()
    description: str = ""


@dataclass
class SkillResult:
    speech: str                 # what the assistant says
    data: Any = None            # the machine-readable result (reported under tool_calls)


@dataclass
class Skill:
    name: str
    description: str
    params: dict[str, Param]
    run: Callable[..., SkillResult] = field(repr=False)
    for_model: bool = True      # offered to the model (and its teacher) as a tool; False: the fast path's only
    changes: bool = False       # it changes what is kept (timers, notes), not only answers
    lookup: bool = False        # it only looks an answer up: when the model's call finds none, the model
                                # answers in its own words instead (core/assistant.py)

    def validate(self, arguments: dict) -> dict:
        if not isinstance(arguments, dict):
            raise InvalidArguments(f"I couldn't use {self.name}: its arguments were not understood.")
        unknown = set(arguments) - set(self.params)
        if unknown:
            raise InvalidArguments(f"I couldn't use {self.name}: it does not take {', '.join(sorted(unknown))}.")
        clean = {}
        for name, param in self.params.items():
            if name not in arguments or arguments[name] is None:
                if param.required:
                    raise InvalidArguments(f"I couldn't use {self.name}: {name} is missing.")
                continue
            value = arguments[name]
            if param.type is float and isinstance(value, int) and not isinstance(value, bool):
                value = float(value)
            if not isinstance(value, param.type) or isinstance(value, bool) != (param.type is bool):
                raise InvalidArguments(f"I couldn't use {self.name}: {name} should be a {param.type.__name__}.")
            if param.choices and value not in param.choices:
                # said aloud: a short list is read out, a long one would be a lecture
                if len(param.choices) <= 4:
                    raise InvalidArguments(f"I couldn't use {self.name}: {name} must be one of {', '.join(map(str, param.choices))}.")
                raise InvalidArguments(f"I couldn't use {self.name}: it doesn't know the {name} {str(value)[:40]}.")
            clean[name] = value
        return clean

    def schema(self) -> dict:
        return {"name": self.name, "description": self.description,
                "parameters": {n: {"type": p.type.__name__, "required": p.required,
                                   **({"enum": list(p.choices)} if p.choices else {})}
                               for n, p in self.params.items()}}
