"""Follow-ups on the reply just given (intents.match's last resort, after follow_ups): "How tall is it in feet?" after a
record mountain, "How old was he when he painted it?" after a painting, "What's the answer?" after a riddle, "Make it
shorter." after a written message, "Something funny?" after a film. Each is that skill's only when the request before
was (session 25: the student said Leonardo "was born in 1467", made up a shorter message after calling note_recall,
and a comedy "by John Mccoy")."""

from __future__ import annotations

import re

from assistant.skills.base import SkillError
from assistant.skills.follow_ups import _match   # (the request before, read as the app reads it)
from assistant.skills.intent import Intent

_RECORD_CONSTANT = {"tallest mountain": "everest", "tallest building": "burj khalifa"}


def _record_constant(what: str) -> str | None:
    """The constant for a record: the world's tallest mountain and building, and a continent's highest mountain ("the
    highest mountain in Africa": Kilimanjaro) when its height is known."""
    from assistant.skills import constants, superlatives

    if what in _RECORD_CONSTANT:
        return _RECORD_CONSTANT[what]
    if not what.startswith("highest mountain in ") or what not in superlatives._TABLE:
        return None
    said = superlatives._TABLE[what][1].split(" is ", 1)[-1]
    return next((key for key, (name, *_h) in constants._MOUNTAINS.items() if said.startswith(name)), None)


def on_the_record(before: str, text: str) -> Intent | None:
    """"How tall is it in feet?" / "who first climbed it?" after "What's the tallest mountain in the world?" (the model:
    "8,849 feet is equal to 10,849 feet."); "how tall is it?" after Africa's highest (the record said again, no feet)."""
    from assistant.skills import constants, discoveries

    tall = re.fullmatch(rf"(?:and )?(?:how (?:tall|high|big) is (?:it|that|that one)(?: exactly)?(?: in (?P<unit>{constants.UNIT_WORDS}))?|"
                        rf"(?:and |what is that |what's that )?in (?P<unit2>{constants.UNIT_WORDS}))", text)
    climbed = re.fullmatch(r"(?:and )?who (?:first )?climbed it(?: first)?|who was the first (?:person )?to climb it|who (?:got|made "
                           r"it) to the top first", text)
    if not (tall or climbed):
        return None
    last = _match(before)
    what = _record_constant(last.arguments.get("what", "")) if getattr(last, "name", "") == "record" else None
    if getattr(last, "name", "") == "constant" and last.arguments.get("what") == "everest" and climbed:
        what = "everest"   # "how tall is it in feet?", then "who first climbed it?"
    if what is None:
        return None
    if climbed:
        return Intent("first_to", discoveries.first_asked("who was the first person to climb everest")) \
            if what == "everest" else None
    unit = tall["unit"] or tall["unit2"]
    return Intent("constant", {"what": what, **({"unit": constants._UNITS[unit]} if unit else {})})


def on_the_reply(before: str, text: str) -> Intent | None:
    """The riddle's answer, a shorter message, a film of a kind, the artist's age: each after its own reply."""
    riddle = re.fullmatch(r"(?:ok |okay |so )?(?:what(?:'s| is) (?:the|its) answer|tell me the answer|i give up|i don't know|"
                          r"what is it)(?: then)?", text)
    shorter = re.fullmatch(r"(?:can you |could you |please )?(?:make it|make that|something|one that's|a|give me a) "
                           r"(?:bit |little )?shorter(?: one| version)?(?: please)?|shorter(?: please)?|too long", text)
    kind = re.fullmatch(r"(?:(?:and |what about |how about |maybe |got )?(?:something|one|a film|a movie|anything) ?)?"
                        r"(?P<kind>funny|funnier|a comedy|comedy|scary|scarier|horror|for kids|for children|for the family|"
                        r"family friendly)(?: one)?", text)
    aged = re.fullmatch(r"(?:and )?how old was (?:he|she|the artist|the painter|the sculptor) (?:when (?:he|she) (?:painted|made|"
                        r"sculpted|finished|did) (?:it|that)|then|at the time)", text)
    where = re.fullmatch(r"(?:and |so )?where (?:is|are) (?:it|they|that|the painting|the statue)(?: now| today| kept| displayed| hung| "
                         r"hanging| located)?(?: now| today)?|where can (?:i|you|we) see (?:it|them|that)", text)
    keep = re.fullmatch(r"(?:(?:no|wait|oh no|oops|sorry),? )*(?:keep (?:it|that|them|those)|don't (?:forget|delete) (?:it|that|them)|"
                        r"i didn't mean (?:it|that)|undo|never ?mind)(?: please)?", text)
    agreed = re.fullmatch(r"(?:yes|yeah|yep|sure|ok|okay|do it|go ahead|i'm sure|i am sure|yes please|yes i'm sure)(?: please)?", text)
    if not (riddle or shorter or kind or aged or where or agreed or keep):
        return None
    last = _match(before)
    name = getattr(last, "name", "")
    if keep and name == "note_forget" and last.arguments.get("text") != "all":   # ("No wait, keep it.": "I'll keep it",
        return Intent("note_restore", {})                                          # and the note stayed forgotten)
    if agreed and name == "note_forget" and last.arguments.get("text") == "all":   # a bare "yes" forgets nothing
        from assistant.skills.notes import CONFIRM_ALL

        return Intent("clarify", {"text": f"To forget all your notes, say: {CONFIRM_ALL}."})
    if riddle and name == "small_talk" and last.arguments.get("kind") == "riddle":
        return Intent("repeat", {"what": "answer"})   # (the riddle was said with its answer)
    if shorter and name == "write_message":
        return Intent("write_message", {**last.arguments, "short": True})
    if kind and name == "suggest" and last.arguments.get("kind") in ("movie", "comedy", "scary movie", "family movie"):
        said = kind["kind"]
        return Intent("suggest", {"kind": "comedy" if "fun" in said or "comedy" in said else
                                  "scary movie" if "scar" in said or said == "horror" else "family movie"})
    if where and name == "artwork":   # "where is it now?" after "who painted the mona lisa?"
        return Intent("artwork", {"title": last.arguments["title"], "where": True})
    if aged and name == "artwork":
        return Intent("artwork", {"title": last.arguments["title"], "age": True})
    return None


_AND = r"(?:and|what about|how about|and what about|ok and|and for|what about for)"


def on_the_subject(before: str, text: str) -> Intent | None:
    """The same question of something else, or another question of the same thing (session 25; the student's answers in
    brackets): "What about an apple?" and "And protein?" after a banana's calories ("An apple has 125 calories." twice),
    "And in London?" after Tokyo's time ("I got muddled"), "And from Berlin?" after Paris to London ("340 kilometers",
    again), "Use it in a sentence." / "What's the opposite?" after a word's meaning (a sentence with "it"; "the opposite
    of the opposite is the same thing"), "When was he born?" / "Where was he born?" after who discovered penicillin
    ("January 16, 1928"; "London, England")."""
    from assistant.skills import food, people, world_clock

    other = re.fullmatch(rf"{_AND} (?:in |from |of )?(?P<x>[a-z][a-z .'-]*?)", text)
    word_asked = re.fullmatch(r"(?:(?:can you |please |now )?use (?:it|that|that word|the word) in a sentence|(?:give me |what's |what is )?"
                              r"(?:an )?example(?: sentence)?|(?:and |so )?what(?:'s| is) (?:the|its) (?P<op>opposite|antonym)|"
                              r"(?:and |so )?(?:what(?:'s| is) )?(?:a |another )?(?P<syn>synonym|another word)(?: for (?:it|that))?|"
                              r"(?:and |so )?what rhymes with (?:it|that))", text)
    person = people.aspect_asked(text)
    if not (other or word_asked or person):
        return None
    last = _match(before)
    name, args = getattr(last, "name", ""), getattr(last, "arguments", {})
    if name == "food_fact" and args.get("kind") in ("calories", "protein") and (other or re.fullmatch(
            r"(?:and |what about |how about )?(?:how much )?(?:protein|calories)(?: does it have| is in it)?", text)):
        if other and other["x"] in ("protein", "calories"):
            return Intent("food_fact", {**args, "kind": other["x"]})
        found = food.asked(f"how many {args['kind']} are in {other['x']}") if other else None
        return Intent("food_fact", found) if found else None
    if name == "time_in" and other and re.match(rf"{_AND} in ", text):
        place = world_clock.asked(f"what time is it in {other['x']}")
        return Intent("time_in", {"place": place}) if place else None
    if name == "distance" and other and re.match(rf"{_AND} from ", text):   # "how far is paris from london", "and from berlin?"
        from assistant.skills import distance

        return Intent("distance", {**args, "second": other["x"]}) if distance.where(other["x"]) else None
    if word_asked and name in ("define", "synonyms", "opposite", "rhymes"):
        word = args.get("word", "")
        if word_asked["op"]:
            return Intent("opposite", {"word": word})
        if word_asked["syn"]:
            return Intent("synonyms", {"word": word})
        return Intent("rhymes", {"word": word}) if "rhyme" in text else Intent("use_in_sentence", {"word": word})
    if person and name in ("discovery", "artwork"):   # the person named in the answer
        who = _person_named(last).lower()
        return Intent("who_is", {"name": who, "aspect": person}) if who and people.asked(f"who is {who}") else None
    return None


def _person_named(intent: Intent) -> str:
    """The person an answer names: a work's artist, or the one a discovery says it was made "by" ("" when none)."""
    from assistant.skills import artworks, discoveries

    try:
        if intent.name == "artwork":
            return artworks.artwork(intent.arguments["title"]).data["artist"]
        said = discoveries.discovery(**intent.arguments).speech
    except SkillError:
        return ""
    who = re.search(r"\bby ((?:[A-Z][\w.'-]*\s?)+)", said)
    return who.group(1).strip() if who else ""
