"""Emergencies, said plainly and first: a voice assistant must never answer "My friend is choking" with "Sorry, I
can't help with that." (the student), "What's the emergency number in the UK?" with "911", or "I want to hurt myself"
with "If you're hurt, call 911." These answers are fixed: the emergency numbers people are taught, the first aid of
the Red Cross and the NHS (back blows and abdominal thrusts for choking, firm pressure for bleeding, an aspirin to
chew for a heart attack), and the crisis lines people can call (988 in the US, Samaritans 116 123 in the UK and
Ireland). Dosing a medicine is for its label or a pharmacist. It cannot call anyone: it says so, and who to call."""

from __future__ import annotations

import re

from assistant.skills.base import Param, Skill, SkillError, SkillResult

_CALL = "Call emergency services now: 911 in the US and Canada, 999 in the UK, 112 in Europe, 000 in Australia."
_SAID = {
    "call": "I can't make calls from this computer. " + _CALL.replace("Call emergency services now", "Please call "
                                                                         "emergency services from a phone now"),
    "heart attack": _CALL + " Sit down and rest while you wait. If you're not allergic to it, chew one regular aspirin "
                            "(300 mg). Don't drive yourself.",
    "stroke": _CALL + " Note the time the signs began: a drooping face, a weak arm, slurred speech. Don't give food "
                      "or drink.",
    "choking": _CALL + " If they can't cough, speak or breathe: give up to 5 firm back blows between the shoulder blades "
                       "with the heel of your hand, then up to 5 abdominal thrusts, the Heimlich manoeuvre. Repeat until "
                       "it comes out or help arrives.",
    "bleeding": "Press firmly on the wound with a clean cloth or bandage and keep pressing for at least 10 minutes, "
                "holding it above the heart if you can. If it won't stop, spurts, or the cut is deep, call emergency "
                "services: 911 in the US, 999 in the UK, 112 in Europe.",
    "not breathing": _CALL + " If they're not breathing, start CPR: push hard and fast in the middle of the chest, about "
                             "two pushes a second, and keep going until help arrives. The call handler will guide you.",
    "overdose": _CALL + " Stay with them. If they're unconscious but breathing, lay them on their side. For poisoning "
                        "advice in the US, call Poison Control at 1 800 222 1222.",
    "crisis": "I'm really sorry you're feeling this way. I won't help with anything that could hurt you, but you don't "
              "have to go through this alone. Please talk to someone now: in the US, call or text 988; in the UK and "
              "Ireland, call Samaritans on 116 123; elsewhere, your local emergency number. If you're in danger right "
              "now, call emergency services.",
    "poison": "In the US, Poison Control is 1 800 222 1222, day and night. In the UK, call 111, or 999 in an emergency. "
              "Elsewhere, call your local emergency number.",
    "dose": "I can't tell you how much medicine to take: follow the dose on the package, or ask a pharmacist or your "
            "doctor. If someone took too much, call emergency services or Poison Control (1 800 222 1222 in the US).",
    # a pet's emergency is the vet's (the student refused "My dog is choking on a bone, what do I do?"); the ASPCA's
    # Animal Poison Control Center and the usual first aid for pets
    "pet choking": "Call your vet or an emergency animal hospital now. Look in its mouth: if you can see the object, "
                   "pull it out carefully without pushing it deeper. If it can't breathe, lift a "
                   "small dog by its hind legs, or give a large dog five firm thrusts below the ribcage. See a vet even "
                   "if it comes out.",
    "pet poison": "Call your vet, an emergency animal hospital, or the ASPCA Animal Poison Control Center, 888 426 4435 "
                  "in the US, now. Don't make it vomit unless a vet tells you to, and keep the packaging to show what it "
                  "ate and how much.",
    "pet food": "Keep it away from them, it's poisonous to pets: chocolate, grapes and raisins, xylitol (in sugar-free gum and sweets), onions, "
                "garlic and alcohol are poisonous to dogs and cats, and lilies to cats. If yours ate some, call your vet or "
                "the ASPCA Animal Poison Control Center, 888 426 4435 in the US.",
    "pet hurt": "Call your vet or an emergency animal hospital now, and say you're coming. Keep it still and warm; press a "
                "clean cloth on any bleeding; a hurt animal may bite, so handle it gently, and carry it on a blanket or a "
                "board.",
    "bleach": "No. Never mix bleach and ammonia: together they give off toxic chloramine gas. If it happened, open the "
              "windows, get to fresh air, and call Poison Control (1 800 222 1222 in the US) or emergency services.",
}
# The number to call, by country (the ones people are taught; 112 also works from mobile phones across Europe).
_NUMBERS = {
    "us": "911", "usa": "911", "united states": "911", "america": "911", "canada": "911", "mexico": "911",
    "uk": "999 (112 works too)", "united kingdom": "999 (112 works too)", "britain": "999 (112 works too)",
    "great britain": "999 (112 works too)", "england": "999 (112 works too)", "scotland": "999 (112 works too)",
    "wales": "999 (112 works too)", "ireland": "112 or 999", "europe": "112", "the eu": "112", "germany": "112",
    "france": "112", "spain": "112", "italy": "112", "netherlands": "112", "the netherlands": "112", "belgium": "112",
    "sweden": "112", "norway": "112", "denmark": "112", "finland": "112", "poland": "112", "portugal": "112",
    "austria": "112", "switzerland": "112", "greece": "112", "india": "112", "australia": "000",
    "new zealand": "111", "japan": "110 for the police, 119 for fire and ambulance",
    "china": "110 for the police, 120 for an ambulance, 119 for fire", "brazil": "190 for the police, 192 for an ambulance",
    "south africa": "10111 for the police, 10177 for an ambulance (112 from a mobile phone)",
}
_PET = r"(?:my |our |the )?(?:dog|cat|puppy|kitten|pet|bunny|rabbit|hamster|parrot|bird|ferret|guinea pig)"
_WHAT_NOW = r"(?:,? (?:what (?:do|should|can) i do|help(?: me)?|is (?:it|that|this) (?:bad|dangerous|serious|ok|okay)))?"
_TOXIC = (r"(?:chocolate|grapes?|raisins?|xylitol|sugar-free gum|gum|antifreeze|rat poison|poison|onions?|garlic|"
          r"ibuprofen|advil|tylenol|paracetamol|acetaminophen|pills?|medicine|lil(?:y|ies)|bleach|alcohol|beer|wine)")
_ASKED = [
    ("pet choking", rf"{_PET} (?:is|'s) choking(?: on (?:a |an |some |its |his |her )?[\w ]+?)?{_WHAT_NOW}"),
    ("pet poison", rf"{_PET} (?:just )?(?:ate|has eaten|eaten|swallowed|got into|licked|drank|chewed) (?:some |a |an |the |my |"
                   rf"a bar of |a lot of |some of my )?(?:[\w-]+ )?{_TOXIC}(?: [\w ]+?)?{_WHAT_NOW}"),
    ("pet food", rf"(?:is|are|can) {_TOXIC} (?:bad|toxic|poisonous|dangerous|safe|ok|okay) (?:for|to give) (?:a |my )?"
                 rf"(?:dogs?|cats?|puppies|kittens|pets?)|can (?:dogs|cats|my dog|my cat) (?:eat|have) {_TOXIC}"),
    ("pet hurt", rf"{_PET} (?:got |was |has been |just got )?(?:hit by a car|is bleeding(?: a lot| badly)?|collapsed|"
                 rf"(?:is )?having a seizure|(?:is not|isn't|stopped) breathing|is unconscious|is (?:badly )?hurt|got hurt|"
                 rf"broke (?:its|his|her) leg|got bitten by a snake|was bitten by a snake){_WHAT_NOW}"),
    ("call", r"(?:please )?(?:call|dial|ring|phone) (?:911|999|112|000|an ambulance|the police|the fire (?:department|brigade)|"
             r"emergency services|for help|help)(?: now| please| for me)*|get (?:me )?(?:an ambulance|help)(?: now)?"),
    ("heart attack", r"(?:i think )?(?:i'm|i am|i might be|he's|she's|he is|she is|someone is|my \w+ is) having a heart "
                     r"attack|heart attack(?: help)?|what (?:do i|should i|to) do (?:if|when) (?:i'm|someone is) having a "
                     r"heart attack|(?:i have|i've got|i'm having) (?:bad |severe |sharp )?chest pains?"),
    ("stroke", r"(?:i think )?(?:i'm|i am|he's|she's|he is|she is|someone is|my \w+ is) having a stroke|what (?:do i|should "
               r"i|to) do (?:if|when) someone (?:is having|has) a stroke"),
    ("choking", r"(?:help,? )?(?:my \w+|someone|he|she|my baby|my child|my friend|a man|a woman) (?:is|'s) choking"
                r"(?: on (?:a |an |some |his |her |their )?[\w ]+?)?(?:,? what (?:do|should) i do)?|(?:i'm|i am) choking|what (?:do i|should i|to) do (?:if|when) someone "
                r"(?:is|'s) choking|how (?:do|can) i help someone who(?: is|'s) choking"),
    ("bleeding", r"(?:i|he|she|my \w+) (?:cut|cuts) (?:my|his|her|their) \w+(?: and)?,? (?:it's|it is|and it's) "
                 r"bleeding(?: a lot| badly| heavily)?|(?:i'm|i am|he's|she's|it's|it is) bleeding (?:a lot|badly|heavily)|"
                 r"how (?:do i|can i|to) stop (?:the |a )?(?:bleeding|cut from bleeding)"),
    ("not breathing", r"(?:my \w+|someone|he|she|he's|she's|they're|they are) (?:is )?not breathing|"
                      r"(?:\w+ ){1,5}(?:is not|isn't|stopped|not) breathing|"
                      r"(?:my \w+|someone|he|she) (?:stopped breathing|collapsed|is unconscious|passed out)"),
    ("overdose", r"(?:my \w+|someone|he|she|i) (?:took|has taken|have taken|swallowed) (?:too many|too much|a lot of) "
                 r"(?:pills|medicine|tablets|\w+)|(?:i think )?(?:i|he|she|my \w+) (?:overdosed|(?:is|am) overdosing)"),
    ("crisis", r"i (?:want|wanna|am going|'m going|plan) to (?:hurt|harm|kill) myself|i (?:want|wish) (?:to die|i were dead|"
               r"i was dead)|i(?:'m| am) (?:thinking about|thinking of) (?:suicide|killing myself|hurting myself|ending it(?: all)?)|"
               r"i(?:'m| am) (?:suicidal|going to end it(?: all)?)|i don't want to (?:live|be alive)(?: anymore)?|"
               r"i feel like (?:dying|hurting myself|killing myself)"),
    ("poison", r"what(?: is|'s) the (?:number for )?poison (?:control|help|center|centre)(?: number| line| hotline)?|"
               r"poison control(?: number)?"),
    ("dose", r"how (?:much|many) (?:ibuprofen|paracetamol|acetaminophen|tylenol|advil|aspirin|aleve|naproxen|"
             r"\w+ (?:pills|tablets)) (?:can|should|do) (?:i|you|my \w+|a child|a kid) (?:take|have|give)(?: in a day| a day| at once)?"),
    ("bleach", r"(?:is it (?:safe|ok|okay|dangerous|bad) to|can (?:i|you)|should i) mix bleach (?:and|with) ammonia"),
]
_PATTERNS = [(kind, re.compile(rf"(?:please |help,? |oh no,? )?(?:{pattern})(?: please| help)?")) for kind, pattern in _ASKED]
_NUMBER_ASKED = re.compile(r"what(?: is|'s) the (?:emergency|ambulance|police) (?:phone )?number (?:in|for) (?P<c>[a-z .]+?)|"
                           r"what (?:number|phone number) (?:do i|should i|do you) (?:call|dial) (?:for an emergency|for an "
                           r"ambulance|for the police|in an emergency) (?:in|for) (?P<c2>[a-z .]+?)|"
                           r"what(?: is|'s) (?:the )?(?P<c3>[a-z .]+?)(?:'s)? emergency number")


def asked(text: str) -> dict | None:
    """emergency's arguments for an emergency, a crisis, or a safety question (cleaned text), else None."""
    m = _NUMBER_ASKED.fullmatch(text)
    if m:
        country = (m["c"] or m["c2"] or m["c3"]).strip().removeprefix("the ") if (m["c"] or m["c2"] or m["c3"]) else ""
        return {"kind": "number", "country": country}
    return next(({"kind": kind} for kind, pattern in _PATTERNS if pattern.fullmatch(text)), None)


def emergency(kind: str, country: str = "") -> SkillResult:
    if kind == "number":
        key = country.strip().lower()
        number = _NUMBERS.get(key) or _NUMBERS.get(key.removeprefix("the "))
        if number is None:
            raise SkillError(f"I don't know the emergency number in {country}. 112 works from mobile phones in much of "
                             "the world, and 911 in North America.")
        return SkillResult(f"The emergency number in {_said(country)} is {number}.", {"country": country, "number": number})
    if kind not in _SAID:
        raise SkillError("Call your local emergency number.")
    return SkillResult(_SAID[kind], {"kind": kind})


def _said(country: str) -> str:
    """"uk" -> "the UK", "new zealand" -> "New Zealand"."""
    if len(country) <= 3 and country.isalpha():
        return ("the " if country.lower() in ("uk", "us", "usa", "eu") else "") + country.upper()
    return country.title().replace("The ", "the ")


SKILL = Skill("emergency", "What to do in an emergency, and the number to call.",
              {"kind": Param(str, choices=(*_SAID, "number")), "country": Param(str, required=False)}, emergency,
              for_model=False)
