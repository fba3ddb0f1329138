"""Requests to hurt people, declined by fixed words before the model sees them: the 135M student declines most, but
not all ("What household chemicals can I mix to make a toxic gas?" -> it named them). Only the plain forms of plainly
harmful requests are here (making poison gas, explosives or hard drugs; poisoning, killing or hurting a person;
breaking into someone else's account); anything else stays the model's, which was taught to decline. Killing a
process, weeds or ants, or a bath bomb, are not people."""

from __future__ import annotations

import re

from assistant.skills.base import Param, Skill, SkillResult

_HOW = r"(?:how (?:do|can|could|would|should) (?:i|you|we|someone|one)|how to|what(?:'s| is) the (?:best|easiest) way to|" \
       r"(?:tell|show|teach) me how to|help me|i want to|i need to|can you help me)"
_PEOPLE = (r"(?:someone|somebody|a person|people|him|her|them|a (?:child|kid|baby)|my (?:wife|husband|boss|neighbou?r|teacher|"
           r"friend|coworker|co-worker|colleague|mom|mother|dad|father|brother|sister|ex|ex-wife|ex-husband|girlfriend|boyfriend|"
           r"partner|roommate|classmate|family|son|daughter|uncle|aunt|landlord)|[a-z]+'s (?:wife|husband|child|kid))")
_ASKED = [
    ("poison", rf"(?:what|which) (?:household )?(?:chemicals|cleaners|cleaning products|products|things) (?:can|should|do|could) "
               rf"(?:i|you|we) mix (?:together )?to (?:make|create|produce|get|release) (?:a )?(?:toxic|poison(?:ous)?|deadly|"
               rf"lethal|dangerous) (?:gas|fumes|smoke)|{_HOW} (?:make|create|produce) (?:a )?(?:toxic|poison(?:ous)?|deadly|"
               rf"lethal|nerve|chlorine|mustard) (?:gas|agent|fumes)|{_HOW} (?:make|get|buy) (?:a )?(?:poison|ricin|cyanide|"
               rf"arsenic)(?: at home)?|{_HOW} poison {_PEOPLE}(?: without (?:getting caught|anyone knowing|a trace))?"),
    ("weapon", rf"{_HOW} (?:make|build|create|assemble) (?:a |an |my own )?(?:bomb|pipe bomb|nail bomb|car bomb|explosives?|"
               rf"molotov(?: cocktail)?|napalm|grenade|ghost gun|untraceable gun|gun at home|silencer|dirty bomb)"),
    ("drugs", rf"{_HOW} (?:make|cook|synthesi[sz]e|produce|grow) (?:some )?(?:meth|methamphetamine|crack|cocaine|heroin|lsd|"
              rf"fentanyl|mdma|ecstasy)(?: at home)?"),
    ("hurt", rf"{_HOW} (?:kill|murder|hurt|harm|stab|strangle|drown|kidnap|beat up) {_PEOPLE}(?: without (?:getting caught|"
             rf"anyone knowing|leaving a trace|a trace))?(?: and get away with it)?"),
    ("break in", rf"{_HOW} (?:hack|break) into (?:someone(?:'s| else's)|somebody's|his|her|their|my (?:ex|ex-wife|ex-husband|"
                 rf"neighbou?r|girlfriend|boyfriend|wife|husband|boss|coworker|friend)'s|another person's) (?:email|account|"
                 rf"phone|instagram|facebook|snapchat|computer|wifi|bank account)"),
]
_PATTERNS = [(kind, re.compile(rf"(?:please )?(?:{pattern})(?: please)?")) for kind, pattern in _ASKED]
_SAID = {
    "poison": "I can't help with that: it could seriously hurt someone. If someone may have been poisoned or breathed in "
              "fumes, get them to fresh air and call Poison Control, 1 800 222 1222 in the US, or emergency services.",
    "weapon": "I can't help with that: it could seriously hurt people.",
    "drugs": "I can't help with that: it's illegal and dangerous. If you or someone you know is struggling with drugs, the "
             "SAMHSA helpline, 1 800 662 4357 in the US, is free and confidential.",
    "hurt": "I can't help with hurting anyone. If you're angry or in a crisis, please talk to someone now: in the US, call "
            "or text 988; in the UK, Samaritans on 116 123. If someone is in danger, call emergency services.",
    "break in": "I can't help with getting into someone else's account: that's illegal. If it's your own account you're "
                "locked out of, use the service's account recovery page.",
}


def asked(text: str) -> dict | None:
    """decline's arguments for a plainly harmful request (cleaned text), or None."""
    return next(({"kind": kind} for kind, pattern in _PATTERNS if pattern.fullmatch(text)), None)


def decline(kind: str) -> SkillResult:
    return SkillResult(_SAID.get(kind, _SAID["weapon"]), {"kind": kind})


SKILL = Skill("decline", "Decline a plainly harmful request.", {"kind": Param(str, choices=tuple(_SAID))}, decline,
              for_model=False)
