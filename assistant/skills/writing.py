"""Short messages for everyday occasions, written for the person to send: birthdays, thanks, get well,
congratulations, apologies, sympathy, running late, out of office, and names for a pet. The 135M student
repeated the request back ("Apologies to my friend for missing her party."), said the opposite ("Write a get
well soon message." -> "I'm well and ready to go.") or made nonsense ("A name for your dog is a name tag.").
Each occasion has a few messages said in turn ("another one" gives the next); the person's words fill in who
it is for, and what for when said. Anything else (a poem, a story, a letter about something) is the model's."""

from __future__ import annotations

import itertools
import re

from assistant.skills.base import Param, Skill, SkillError, SkillResult

_WRITE = (r"(?:please )?(?:(?:can|could|would) you )?(?:help me )?(?:write|compose|draft|give me|come up with|suggest|make)"
          r"(?: me)?(?: up)? (?:a |an |some )?(?:short |quick |nice |little |sweet |simple |one[- ]sentence |one[- ]line |"
          r"heartfelt |warm |funny |cute |kind )*")
def _who(k: int = 0) -> str:
    return rf"(?: (?:for|to) (?P<who{k}>.+?))?"


_WHO = _who()
_PETS = "dog|puppy|cat|kitten|goldfish|fish|hamster|rabbit|bunny|bird|parrot|budgie|turtle|tortoise|guinea pig|snake|lizard|ferret|mouse|rat"
_OCCASIONS = [
    ("birthday", rf"{_WRITE}(?:happy )?birthday (?:message|note|card|text|line|wish|wishes|greeting)s?{_WHO}|"
                 rf"{_WRITE}(?:message|note|card|text) (?:to )?wish(?:ing)? (?P<who2>.+?) (?:a )?happy birthday"),
    ("thanks", rf"{_WRITE}thank(?:[- ]you|s)? (?:message|note|card|text|email|line)s?{_WHO}(?: for (?P<what>.+?))?"),
    ("get well", rf"{_WRITE}get[- ]well(?:[- ]soon)? (?:message|note|card|text|wish(?:es)?)s?{_WHO}"),
    ("congratulations", rf"{_WRITE}congratulations? (?:message|note|card|text)s?{_WHO}(?: (?:for|on) (?P<what>.+?))?|"
                        rf"{_WRITE}congratulations? (?:message|note|card|text)s? (?:for|on) (?P<what2>(?:a |an |the |her |his |their |my )?"
                        rf"(?:new job|promotion|graduation|new baby|baby|wedding|engagement|new house|new home|retirement))"),
    ("sorry", rf"{_WRITE}(?:an )?apology(?: message| note| text)?{_WHO}(?: for (?P<what>.+?))?|"
              rf"{_WRITE}(?:sorry|apology) (?:message|note|text){_who(1)}(?: for (?P<what2>.+?))?"),
    ("sympathy", rf"{_WRITE}(?:sympathy|condolence|condolences) (?:message|note|card|text)s?{_WHO}"),
    ("late", rf"{_WRITE}(?:text|message|note)(?: to (?P<who0>.+?))? (?:saying|that says|to say) (?:that )?i(?:'ll| will| am|'m) "
             rf"(?:be |running )?late(?: by (?P<what>.+?))?"),
    ("out of office", rf"{_WRITE}(?:an? )?out[- ]of[- ](?:the[- ])?office (?:reply|message|email|response|note)?"),
    ("pet name", rf"(?:{_WRITE}|what(?:'s| is) )(?:a )?(?:good |cute |nice |funny )?names? for (?:my |our |a )?(?:new )?(?:pet )?(?P<pet>{_PETS})|"
                 rf"what should i (?:name|call) (?:my |our )?(?:new )?(?:pet )?(?P<pet2>{_PETS})"),
    # "Help me write an email to my boss asking for a day off." (was "I'm offline, so I can't check your email.")
    ("day off", rf"{_WRITE}(?:email|e-mail|message|note|text|letter) (?:to (?P<who0>.+?) )?(?:asking|to ask|requesting|to request) "
                rf"(?:for )?(?:a |the |some )?(?:day|days|time) off(?: (?:on |for )?(?P<what>(?:on|this|next|tomorrow|monday|tuesday|"
                rf"wednesday|thursday|friday|saturday|sunday|the )\b.*?))?"),
]
_ASKED = [(occasion, re.compile(pattern)) for occasion, pattern in _OCCASIONS]
_SMALL_PETS = {"fish", "goldfish", "hamster", "rabbit", "bunny", "bird", "parrot", "budgie", "turtle", "tortoise",
               "guinea pig", "snake", "lizard", "ferret", "mouse", "rat"}
_FAMILY = {"mom": "Mom", "mum": "Mum", "mother": "Mom", "mommy": "Mom", "dad": "Dad", "father": "Dad", "daddy": "Dad",
           "grandma": "Grandma", "granny": "Granny", "grandmother": "Grandma", "grandpa": "Grandpa",
           "grandfather": "Grandpa", "nana": "Nana"}

_MESSAGES = {
    "birthday": ["Happy birthday{to}! I hope your day is full of good things and the year ahead is even better.",
                 "Happy birthday{to}! Thank you for being you. Have a wonderful day and a great year ahead.",
                 "Wishing you a very happy birthday{to}! Enjoy every moment of your special day."],
    "thanks": ["Thank you so much{reason}. It really meant a lot to me, and I'm very grateful.",
               "I just wanted to say thank you{reason}. I really appreciate it."],
    "get well": ["Get well soon{to}! I'm thinking of you and hope you feel better every day.",
                 "Sending you warm wishes for a quick recovery{to}. Take good care of yourself and rest up."],
    "congratulations": ["Congratulations{on}! You worked hard for this, and I'm so happy for you.",
                        "Huge congratulations{on}! Wishing you every success in what comes next."],
    "sorry": ["I'm so sorry{reason}. I feel bad about it, and I hope you can forgive me. I'd love to make it up to you.",
              "I owe you an apology{reason}. I'm really sorry, and I'll do better."],
    "sympathy": ["I'm so sorry for your loss. I'm thinking of you, and I'm here for anything you need.",
                 "With deepest sympathy. I'm holding you in my thoughts during this difficult time."],
    "late": ["Sorry, I'm running late. I'll be there{by}.",
             "Hi, just a heads-up: I'm running a bit late. I'll be there{by}. Sorry for the wait!"],
    "day off": ["Hi{to}, I'd like to ask for a day off{on}. My work is up to date, and I'll make sure everything is "
                "covered while I'm away. Please let me know if that works. Thank you!",
                "Hello{to}, may I take a day off{on}? I'll finish what's due before then and hand over anything urgent. "
                "Thanks for considering it."],
    "out of office": ["Thank you for your message. I'm out of the office with limited access to email and will reply "
                      "as soon as I'm back. For anything urgent, please contact a colleague.",
                      "Thanks for your email. I'm away at the moment and will get back to you when I return."],
}
_PET_NAMES = {"dog": ["Biscuit", "Luna", "Max", "Pepper", "Scout", "Maple", "Rocky", "Bella", "Ziggy"],
              "cat": ["Mochi", "Luna", "Oliver", "Pumpkin", "Willow", "Simba", "Cleo", "Jasper", "Nala"],
              "small": ["Bubbles", "Nibbles", "Peanut", "Sunny", "Pip", "Goldie", "Hazel", "Sprout", "Comet"]}


_REASON = re.compile(r"^\w+ing\b|\b(?:job|promotion|graduation|baby|wedding|engagement|house|home|retirement|help|gift|"
                     r"present|dinner|party|birthday|anniversary|advice|support|flowers|card|lunch|ride|win|award|exam|"
                     r"test|degree|hospitality|kindness|everything)\b")


def asked(text: str) -> dict | None:
    """write_message's arguments for a request for a short message (cleaned text), or None."""
    for occasion, pattern in _ASKED:
        m = pattern.fullmatch(text)
        if not m:
            continue
        groups = {k: v for k, v in m.groupdict().items() if v}
        arguments = {"occasion": occasion}
        who = next((v for k, v in groups.items() if k.startswith("who")), None)
        what = groups.get("what") or groups.get("what2")
        pet = groups.get("pet") or groups.get("pet2")
        if who and what in ("me", "us") and re.search(r" (?:who|that) ", who):
            who, what = f"{who} for {what}", None   # "my friend who is always there for me": one clause
        if who and not what and occasion == "thanks" and (clause := _RELATIVE.fullmatch(who)) and _doing(clause["did"]):
            who, what = clause["who"], _doing(clause["did"])   # "my neighbor who watered my plants"
        if who and not what and occasion in ("congratulations", "thanks", "sorry") and _REASON.search(who):
            who, what = None, who   # "for a new job", "for forgetting your birthday": what it is for, not whom
        if re.search(r"\bone[- ](?:sentence|line)\b|\bline\b", text):
            arguments["short"] = True   # "a one-sentence birthday message": its first sentence only
        if who:
            arguments["who"] = who
        if what:
            arguments["what"] = what
        if pet:
            arguments["what"] = "cat" if pet in ("cat", "kitten") else "small" if pet in _SMALL_PETS else "dog"
        return arguments
    return None


_RELATIVE = re.compile(r"(?P<who>.+?),? (?:who|that) (?:(?:has|have|had) )?(?:always |kindly |just |so kindly )?(?P<did>\w+.*)")


def _doing(did: str) -> str:
    """"watered my plants" -> "watering my plants", "drove me home" -> "driving me home": what someone did, said
    after "thank you for"."""
    from assistant.skills import dictionary
    verb, _, rest = did.partition(" ")
    if verb in ("is", "are", "was", "were") and rest:   # "is always there for me" -> "always being there for me"
        adverb, _, after = rest.partition(" ")
        return f"{adverb} being {after}" if adverb in ("always", "never") and after else f"being {rest}"
    irregular = dictionary._exceptions("verb", verb) if dictionary.available() else []
    if not (verb.endswith("ed") or irregular):
        return ""   # not something done ("who is always there for me")
    base = irregular[0] if irregular else next(
        (form for form in dictionary._base_forms("verb", verb)[1:] if dictionary.index_entry("verb", form)),
        verb) if dictionary.available() else verb
    if base.endswith("ie"):
        ing = base[:-2] + "ying"
    elif base.endswith("e") and not base.endswith(("ee", "ye", "oe")) and len(base) > 2:
        ing = base[:-1] + "ing"
    elif re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", base):   # one short syllable: stop -> stopping
        ing = base + base[-1] + "ing"
    else:
        ing = base + "ing"
    return re.sub(r"\bi\b", "I", f"{ing} {rest}".strip())


def _address(who: str) -> str:
    """", Mom" for "my mom", ", Sam" for "Sam"; "" for someone not called by a name ("my neighbor", "a friend")."""
    words = who.strip().lower().split()
    if not words:
        return ""
    last = words[-1].rstrip("'s")
    if last in _FAMILY and (len(words) == 1 or words[0] in ("my", "our")):
        return ", " + _FAMILY[last]
    if len(words) <= 2 and all(w.isalpha() for w in words) and words[0] not in ("my", "our", "a", "an", "the", "her", "his",
                                                                                "their", "your", "someone", "somebody"):
        return ", " + " ".join(w.capitalize() for w in words)
    return ""


def _yours(what: str) -> str:
    """"my new job" said to the person it is for: "your new job"; "missing her party": "missing your party"."""
    return re.sub(r"\b(?:my|her|his|their)\b", "your", what.strip())


class Writer:
    def __init__(self) -> None:
        self._turns = {occasion: itertools.count() for occasion in list(_MESSAGES) + ["pet name"]}

    def write(self, occasion: str, who: str = "", what: str = "", short: bool = False) -> SkillResult:
        if occasion == "pet name":
            kind = what if what in ("cat", "small") else "dog"
            names = _PET_NAMES[kind]
            start = 3 * (next(self._turns[occasion]) % 3)
            three = names[start:start + 3]
            return SkillResult(f"How about {three[0]}, {three[1]} or {three[2]}?", {"names": three})
        if occasion not in _MESSAGES:
            raise SkillError("I can write a birthday, thank-you, get-well, congratulations, sorry or sympathy message.")
        choices = _MESSAGES[occasion]
        message = choices[next(self._turns[occasion]) % len(choices)]
        # The sender's "my" stays in thanks ("for watering my plants"); elsewhere it is the other person's.
        what = re.sub(r"\b(?:her|his|their)\b", "your", what.strip()) if occasion == "thanks" else _yours(what)
        if what and occasion == "congratulations":
            what = re.sub(r"^(?:an?|the) ", "your ", what)
        if what and occasion == "thanks":
            what = re.sub(r"^an? ", "the ", what)   # "for a wedding gift": thanks for the one given
        on = f" on {what}" if what else ""
        if occasion == "day off":   # "next Friday", "on Friday", "tomorrow"
            what = re.sub(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", lambda d: d[1].capitalize(), what)
            on = f" {what}" if re.match(r"(?:this|next|on|tomorrow|today)\b", what) else f" on {what}" if what else ""
        text = message.format(to=_address(who), reason=f" for {what}" if what else "", on=on,
                              by=f" in {what}" if what and re.search(r"\d|minute|hour", what) else " as soon as I can")
        if occasion == "day off" and _address(who):
            text = re.sub(r"^(Hi|Hello), ", r"\1 ", text)   # "Hi Sarah, I'd like ..."
        if short:   # the first sentence, with the next when it is only a greeting ("Happy birthday!")
            sentences = [t.strip() for t in re.findall(r".+?[.!?](?=\s|$)", text)]
            text = sentences[0] if len(sentences[0].split()) >= 6 or len(sentences) == 1 else " ".join(sentences[:2]).strip()
        return SkillResult(f"Here's one: {text}", {"occasion": occasion, "message": text})


def skill(writer: Writer) -> Skill:
    return Skill("write_message", "A short message for an everyday occasion, or names for a pet.",
                 {"occasion": Param(str, choices=tuple(_MESSAGES) + ("pet name",)), "who": Param(str, required=False),
                  "what": Param(str, required=False), "short": Param(bool, required=False)}, writer.write, for_model=False)
