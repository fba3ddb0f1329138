"""What a common abbreviation stands for: "What does NASA stand for?" (the student: "NASA Research and Education"),
"What does FYI mean?" ("Finance and Insurance"). WordNet has few of them, and none of the texting ones. Anything
else is the model's."""

from __future__ import annotations

import re

from assistant.skills.base import Param, Skill, SkillError, SkillResult

_TABLE = {
    "nasa": "National Aeronautics and Space Administration", "fbi": "Federal Bureau of Investigation",
    "cia": "Central Intelligence Agency", "nato": "North Atlantic Treaty Organization", "un": "United Nations",
    "eu": "European Union", "unesco": "United Nations Educational, Scientific and Cultural Organization",
    "unicef": "United Nations Children's Fund (first named the United Nations International Children's Emergency Fund)",
    "who": "World Health Organization", "nhs": "National Health Service", "irs": "Internal Revenue Service",
    "usa": "United States of America", "uk": "United Kingdom", "bbc": "British Broadcasting Corporation",
    "dna": "deoxyribonucleic acid", "rna": "ribonucleic acid", "atp": "adenosine triphosphate",
    "hiv": "human immunodeficiency virus", "aids": "acquired immunodeficiency syndrome", "mri": "magnetic resonance imaging",
    "cpr": "cardiopulmonary resuscitation", "bmi": "body mass index", "adhd": "attention deficit hyperactivity disorder",
    "ptsd": "post-traumatic stress disorder", "icu": "intensive care unit", "er": "emergency room", "gp": "general practitioner",
    "laser": "light amplification by stimulated emission of radiation", "radar": "radio detection and ranging",
    "scuba": "self-contained underwater breathing apparatus", "sonar": "sound navigation and ranging",
    "gps": "Global Positioning System", "usb": "Universal Serial Bus", "cpu": "central processing unit",
    "gpu": "graphics processing unit", "ram": "random-access memory", "rom": "read-only memory", "pdf": "Portable Document Format",
    "html": "HyperText Markup Language", "http": "Hypertext Transfer Protocol", "https": "Hypertext Transfer Protocol Secure",
    "url": "Uniform Resource Locator", "www": "World Wide Web", "wifi": "a brand name, Wi-Fi, for wireless networking; it doesn't "
    "stand for anything (not wireless fidelity)", "lan": "local area network", "vpn": "virtual private network",
    "ai": "artificial intelligence", "it": "information technology", "pc": "personal computer", "os": "operating system",
    "ssd": "solid-state drive", "hdd": "hard disk drive", "led": "light-emitting diode", "lcd": "liquid crystal display",
    "sim": "subscriber identity module", "sms": "Short Message Service", "pin": "personal identification number",
    "atm": "automated teller machine", "ceo": "chief executive officer", "cfo": "chief financial officer",
    "hr": "human resources", "gdp": "gross domestic product", "vat": "value-added tax", "ipo": "initial public offering",
    "diy": "do it yourself", "faq": "frequently asked questions", "asap": "as soon as possible", "fyi": "for your information",
    "rsvp": "répondez s'il vous plaît, French for please reply", "eta": "estimated time of arrival", "aka": "also known as",
    "etc": "et cetera, Latin for and the rest", "ie": "id est, Latin for that is", "eg": "exempli gratia, Latin for for example",
    "ps": "postscript", "am": "ante meridiem, Latin for before midday", "pm": "post meridiem, Latin for after midday",
    "ad": "anno Domini, Latin for in the year of the Lord", "bc": "before Christ", "bce": "before the Common Era",
    "ce": "Common Era", "ufo": "unidentified flying object", "tba": "to be announced", "tbd": "to be determined",
    "lol": "laugh out loud", "brb": "be right back", "btw": "by the way", "omg": "oh my God", "imo": "in my opinion",
    "imho": "in my humble opinion", "tbh": "to be honest", "idk": "I don't know", "smh": "shaking my head",
    "fomo": "fear of missing out", "ttyl": "talk to you later", "np": "no problem", "thx": "thanks",
    "nba": "National Basketball Association", "nfl": "National Football League", "mlb": "Major League Baseball",
    "fifa": "Fédération Internationale de Football Association, the International Federation of Association Football",
    "mph": "miles per hour", "kph": "kilometers per hour", "rpm": "revolutions per minute", "phd": "Doctor of Philosophy",
    "mba": "Master of Business Administration", "ok": "probably oll korrect, a joking misspelling of all correct from 1830s "
    "Boston", "sos": "nothing: it's a Morse code distress signal, chosen because it's easy to send, not an abbreviation",
}
_ASKED = re.compile(r"(?:what|wat) (?:does|do) (?:the (?:letters |abbreviation |acronym )?)?(?P<a>[a-z.]{2,12}) (?:stand for|mean|"
                    r"stands for)|(?:what is|what's) (?P<b>[a-z.]{2,12}) (?:short for|an abbreviation for|an acronym for)|"
                    r"(?:what is|what's) the (?:meaning|full form) of (?P<c>[a-z.]{2,12})|(?P<d>[a-z.]{2,12}) stands for what")
_TEXTING = {"lol", "brb", "btw", "omg", "imo", "imho", "tbh", "idk", "smh", "fomo", "ttyl", "np", "thx", "fyi", "asap"}


def asked(text: str, question: str = "") -> dict | None:
    """acronym's arguments for "what does nasa stand for" (cleaned text), or None. "What does it mean" or "what
    does love mean" are no abbreviation: a word of the table asked with "mean" counts only when it was written in
    capitals (or is a texting one)."""
    m = _ASKED.fullmatch(text)
    if not m:
        return None
    short = next(g for g in m.groups() if g).replace(".", "")
    if short not in _TABLE:
        return None
    said_as_word = re.search(r"\bmean\b", text) and short not in _TEXTING and not re.search(
        rf"\b{re.escape(short.upper())}\b|\b{'.'.join(short.upper())}\.?", question)
    if said_as_word or short in ("it", "am", "ad", "ok", "who", "us", "pm", "er", "ps") and not re.search(
            rf"\b{re.escape(short.upper())}\b", question):
        return None   # "what does it stand for", "what does who mean": words, unless written in capitals
    if re.search(r"\bmean\b", text) and _in_dictionary(short):
        return None   # "what does GDP mean": WordNet says what it is (skills/dictionary.py)
    return {"short": short}


def _in_dictionary(word: str) -> bool:
    from assistant.skills import dictionary

    return dictionary.available() and any(dictionary.index_entry(pos, word) for pos in ("noun", "verb", "adj"))


def acronym(short: str) -> SkillResult:
    key = short.lower().replace(".", "")
    if key not in _TABLE:
        raise SkillError(f"I don't know what {short.upper()} stands for.")
    full = _TABLE[key]
    said = (f"{key.upper()} stands for {full}." if not full.startswith(("a brand", "nothing", "probably"))
            else f"{key.upper()} is {full}." if full.startswith("a brand") else f"{key.upper()} stands for {full}.")
    return SkillResult(said, {"short": key.upper(), "stands_for": full})


SKILL = Skill("acronym", "What a common abbreviation stands for.", {"short": Param(str)}, acronym, for_model=False)
