"""Lists kept by voice: "Add milk and eggs to my shopping list", "What's on my shopping list?", "Take milk off my
shopping list", "Clear my to-do list". The student repeated the request back ("Add milk to your shopping list.") or
said it was offline. Items are kept among the notes ("shopping list: milk"), so they are as safe as notes: private,
locked, and "put it back" returns what was removed."""

from __future__ import annotations

import re

from assistant.skills.base import Param, Skill, SkillError, SkillResult
from assistant.skills.notes import Notes, clean_note
from assistant.skills.text import spoken_list

_NAMES = {"shopping": "shopping", "grocery": "shopping", "groceries": "shopping", "to-do": "to-do", "todo": "to-do",
          "to do": "to-do", "packing": "packing"}
_LIST = r"(?:my |the |)(?:(?P<list>shopping|grocery|groceries|to-do|todo|to do|packing) )?list"   # "the list": the one in use
_ADD = r"(?:add|put|throw|stick|pop|write|jot(?: down)?|put down)"
_WHEN = r"(?: (?P<when>for (?:tomorrow|today|tonight|later|this week|next week|the weekend)))?"
# "Please add a task to pay the electric bill." (refused), "new task: call the plumber"
_TASK = re.compile(r"^(?:please )?(?:(?:add|create|make|put down|set|write down) (?:a |an )?(?:new )?(?:task|to-?do|"
                   r"to do)(?: item)?(?: to|:|,| for| -)|new (?:task|to-?do|to do)(?: item)?:?) (?P<items>.+?)"
                   r"(?: to (?:my |the )?(?:to-do|todo|to do) list)?$")
# "I need to buy batteries, add that to my list." ("That's great! I'll add that to your list.", and nothing added)
_BOUGHT = (re.compile(rf"^(?:i|we) (?:need|have|want|got|gotta) (?:to )?(?:buy|get|pick up|grab) (?P<items>.+?),? (?:so |"
                      rf"and |please )*{_ADD} (?:that|it|them|those|this) (?:to|on|onto) {_LIST}$"),
           re.compile(rf"^(?:i'm|we're|i am|we are) (?:out of|low on|running low on|running out of) (?P<items>.+?),? "
                      rf"(?:so |and |please )*{_ADD} (?:that|it|them|those|this) (?:to|on|onto) {_LIST}$"))
_ASKED = [
    ("add", re.compile(rf"^(?:please )?{_ADD} (?P<items>.+?) (?:to|on|onto|in|into|2) {_LIST}{_WHEN}(?: please)?$")),   # ("2": typed)
    ("add", _TASK),
    *(("add", p) for p in _BOUGHT),
    ("read", re.compile(rf"^(?:(?:what is|what's|what are the things|what do i have|what have i got) (?:on|in)|"
                        rf"(?:read|tell|show|give)(?: me)?(?: what is on| what's on)?) {_LIST}$")),
    ("remove", re.compile(rf"^(?:please )?(?:remove|take|delete|cross|scratch) (?P<items>.+?) (?:off|from|out of) {_LIST}$")),
    ("clear", re.compile(rf"^(?:please )?(?:clear|empty|delete|erase|wipe)(?: (?:everything|all(?: the items)?) "
                         rf"(?:on|in|from))? {_LIST}$")),   # "delete everything on my list" (was: forget all notes?)
    # "Mark call the bank as done." (the student: "I don't have the ability to call the bank.")
    ("remove", re.compile(rf"^(?:please )?(?:mark (?P<items>.+?) as (?:done|complete|completed|finished)|(?:check|tick|cross) off "
                          rf"(?P<off>.+?))(?: (?:on|from|off) {_LIST})?$")),
    # "Create a to-do list." (the student wrote one of its own, forty items long)
    ("create", re.compile(r"^(?:please )?(?:create|make|start|begin|open|set up)(?: me)? (?:a |an |my )?(?:new )?"
                          r"(?:(?P<list>shopping|grocery|groceries|to-do|todo|to do|packing) list|"
                          r"list (?:called|named) (?P<called>shopping|grocery|groceries|to-do|todo|to do|packing))$")),
    ("all", re.compile(r"^(?:what|which) lists (?:do i have|have i got)|what are my lists|(?:read|show|tell)(?: me)? "
                       r"(?:all )?(?:of )?my lists|list my lists|what lists are there$")),   # (read as a note)
]


def asked(text: str) -> dict | None:
    """list_edit's arguments for a request about a list (cleaned text), or None."""
    for action, pattern in _ASKED:
        m = pattern.match(text)
        if m:
            named = m.groupdict().get("list") or m.groupdict().get("called")
            arguments = {"action": action, "which": _NAMES[named] if named else ""}
            if "items" in pattern.groupindex:
                arguments["items"] = m["items"] or m.groupdict().get("off")
                if m.groupdict().get("when"):   # "call the bank for tomorrow" is kept as "call the bank tomorrow"
                    arguments["items"] += " " + m["when"].removeprefix("for ")
                if pattern is _TASK:
                    arguments["which"] = "to-do"
                elif pattern in _BOUGHT and not arguments["which"]:
                    arguments["which"] = "shopping"   # things to buy
            return arguments
    return None


KEPT = "I keep three lists: shopping, to-do and packing"
_OTHER = re.compile(rf"^(?:please )?(?:(?:create|make|start|set up)(?: me)? (?:a |an )?(?:new )?(?:list (?:called|named) "
                    r"(?P<called>[\w' -]+)|(?P<made>[\w'-]+(?: [\w'-]+)?) list)|rename (?:my |the )?(?:[\w'-]+ )?list\b.*|"
                    rf"{_ADD} .+? (?:to|on|onto) (?:my|the) (?P<other>[\w'-]+(?: [\w'-]+)?) list)$")


def cannot(text: str) -> str | None:
    """What to say to a request for a list this skill does not keep ("add gloves to my christmas list", "rename the
    packing list"; the student said it had), or None."""
    m = _OTHER.match(text)
    if not m or asked(text):
        return None
    if text.startswith(("rename", "please rename")):
        return f"{KEPT}, and their names stay. Say, for example, \"what's on my packing list\"."
    name = m["called"] or m["made"] or m["other"]
    items = re.match(rf"(?:please )?{_ADD} (.+?) (?:to|on|onto) ", text)
    said = f"there is no {name} list" if m["other"] else f"I can't start a {name} list"
    return f"{KEPT}, so {said}. Say, for example, \"add {items[1] if items else 'gloves'} to my to-do list\"."


def _items(said: str) -> list[str]:
    """"milk, eggs and bread" -> ["milk", "eggs", "bread"] (a leading "some"/"a" dropped)."""
    parts = re.split(r",\s*(?:and\s+)?|\s+and\s+", said.strip())
    return [re.sub(r"^(?:some|a|an|the) ", "", clean_note(p)) for p in parts if clean_note(p)]


class Lists:
    def __init__(self, notes: Notes) -> None:
        self.notes = notes

    def edit(self, action: str, which: str, items: str = "") -> SkillResult:
        if action == "all":
            return self._all()
        which = which or self._in_use(_items(items) if action == "remove" else [])
        prefix = f"{which} list: "
        kept = [n[len(prefix):] for n in self.notes.notes() if n.startswith(prefix)]
        wanted = _items(items) if items else []
        if action == "add":
            if not wanted:
                raise SkillError(f"What should I add to your {which} list?")
            new = [w for w in wanted if w.lower() not in {k.lower() for k in kept}]
            for item in new:
                self.notes.remember(prefix + item)
            if not new:
                return SkillResult(f"{spoken_list(wanted).capitalize()} {'is' if len(wanted) == 1 else 'are'} already on "
                                   f"your {which} list.", {"list": which, "items": kept})
            return SkillResult(f"OK, I added {spoken_list(new)} to your {which} list.", {"list": which, "items": kept + new})
        if action == "read":
            if not kept:
                return SkillResult(f"Your {which} list is empty.", {"list": which, "items": []})
            return SkillResult(f"Your {which} list: {spoken_list(kept)}.", {"list": which, "items": kept})
        if action == "remove":
            gone = [k for k in kept if k.lower() in {w.lower() for w in wanted}]
            if not gone:
                raise SkillError(f"{spoken_list(wanted).capitalize()} {'is' if len(wanted) == 1 else 'are'} not on your "
                                 f"{which} list.")
            self.notes.remove([prefix + g for g in gone])
            return SkillResult(f"I took {spoken_list(gone)} off your {which} list. Say \"put it back\" to undo.",
                               {"list": which, "removed": gone})
        if action == "clear":
            if not kept:
                raise SkillError(f"Your {which} list is already empty.")
            self.notes.remove([prefix + k for k in kept])
            return SkillResult(f"I cleared your {which} list ({len(kept)} item{'s' if len(kept) > 1 else ''}). "
                               f"Say \"put it back\" to undo.", {"list": which, "removed": kept})
        if action == "create":
            if kept:
                return SkillResult(f"You already have a {which} list: {spoken_list(kept)}.", {"list": which, "items": kept})
            example = {"shopping": "milk", "to-do": "call the bank", "packing": "a toothbrush"}.get(which, "milk")
            return SkillResult(f"Your {which} list is ready. Say, for example, \"add {example} to my {which} list\".",
                               {"list": which, "items": []})
        raise SkillError(f"I can't {action} a list.")

    def _all(self) -> SkillResult:
        kinds = "|".join(map(re.escape, set(_NAMES.values())))
        kept: dict[str, list[str]] = {}
        for note in self.notes.notes():
            m = re.match(rf"({kinds}) list: (.+)", note)
            if m:
                kept.setdefault(m.group(1), []).append(m.group(2))
        if not kept:
            return SkillResult("You have no lists yet. Say, for example, \"add milk to my shopping list\".", {"lists": {}})
        said = "; ".join(f"{which}: {spoken_list(items)}" for which, items in kept.items())
        return SkillResult(f"You have {len(kept)} list{'s' if len(kept) > 1 else ''}. {said[0].upper() + said[1:]}.",
                           {"lists": kept})

    def _in_use(self, items: list[str]) -> str:
        """The list "the list" means: the one that has items (the shopping list when none has), or the one that
        has `items`; asked when several do."""
        kinds = "|".join(map(re.escape, set(_NAMES.values())))
        kept = [n.split(" list: ", 1) for n in self.notes.notes() if re.match(rf"(?:{kinds}) list: ", n)]
        wanted = {i.lower() for i in items}
        used = sorted({which for which, item in kept if not wanted or item.lower() in wanted})
        if len(used) > 1:
            raise SkillError(f"Which list: your {spoken_list(used, 'or')} list?")
        return used[0] if used else "shopping"


def skill(lists: Lists) -> Skill:
    return Skill("list_edit", "Add to, read, take from or clear a shopping, to-do or packing list.",
                 {"action": Param(str, choices=("add", "read", "remove", "clear", "create", "all")),
                  "which": Param(str, choices=("shopping", "to-do", "packing", "")), "items": Param(str, required=False)},
                 lists.edit, for_model=False, changes=True)
