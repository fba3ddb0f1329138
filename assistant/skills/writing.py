"""Short messages for everyday occasions, written for the person to send: birthdays, thanks, get well,
congratulations, apologies, sympathy, running late, out of office, and names for a pet. The 135M student
repeated the request back ("Apologies to my friend for missing her party."), said the opposite ("Write a get
well soon message." -> "I'm well and ready to go.") or made nonsense ("A name for your dog is a name tag.").
Each occasion has a few messages said in turn ("another one" gives the next); the person's words fill in who
it is for, and what for when said. Anything else (a poem, a story, a letter about something) is the model's."""

from __future__ import annotations

import itertools
import re

from assistant.skills import writing_extra
from assistant.skills.base import Param, Skill, SkillError, SkillResult

_WRITE = (r"(?:(?:please )?(?:(?:can|could|would) you )?(?:help me )?(?:write|compose|draft|give me|come up with|suggest|make)"
          r"(?: me)?(?: up)?|how (?:do|should|can|would) i (?:write|word)|what (?:should|do|can) i (?:write|put|say) (?:in|on))"
          r" (?:a |an |some )?(?:short |quick |nice |little |sweet |simple |one[- ]sentence |one[- ]line |"
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
    ("late", rf"{_WRITE}(?:text|message|note|email)(?: to (?P<who0>.+?))? (?:saying|that says|to say|(?:telling|to tell|letting|"
             rf"to let) (?P<who1>[a-z' ]+?)(?: know)?) (?:that )?i(?:'ll| will| am|'m) (?:be |running |going to be )?(?:a bit |a little )?"
             rf"late(?: (?:by|for) (?P<what>.+?))?"),
    ("out of office", rf"{_WRITE}(?:an? )?out[- ]of[- ](?:the[- ])?office (?:reply|message|email|response|note)?"),
    ("pet name", rf"(?:{_WRITE}|what(?:'s| is) )(?:a )?(?:good |cute |nice |funny )?names? for (?:my |our |a )?(?:new )?(?:pet )?(?P<pet>{_PETS})|"
                 rf"what should i (?:name|call) (?:my |our )?(?:new )?(?:pet )?(?P<pet2>{_PETS})"),
    # "Help me write an email to my boss asking for a day off." (was "I'm offline, so I can't check your email.")
    ("day off", rf"{_WRITE}(?:email|e-mail|message|note|text|letter) (?:to (?P<who0>.+?) )?(?:asking|to ask|requesting|to request) "
                rf"(?:for )?(?:a |the |some )?(?:day|days|time) off(?: (?:on |for )?(?P<what>(?:on|this|next|tomorrow|monday|tuesday|"
                rf"wednesday|thursday|friday|saturday|sunday|the )\b.*?))?|"
                rf"{_WRITE}(?:email|e-mail|message|note|text|letter) (?:asking|to ask) (?P<who1>(?:my |our )?(?:boss|manager|supervisor|"
                rf"team lead|teacher)) (?:for )?(?P<what2>(?:this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                rf"tomorrow)) off"),
]
_KIND = r"(?:(?:card|text|email) )?(?:message|note|card|text|email|e-mail|letter|wish(?:es)?|greeting|speech)s?"
_OCCASIONS += [
    # (each of these went to the student: "Write a farewell message for a coworker who is leaving." -> "I'm so grateful
    # for our collaboration ... I'm looking forward to our next day.", "Write a complaint about a late delivery." -> a
    # refusal, "Write a resignation letter." -> "Dear [Name]," and a note_remember call)
    ("welcome", rf"{_WRITE}welcome {_KIND}{_WHO}"),
    ("farewell", rf"{_WRITE}(?:farewell|goodbye|leaving|going[- ]away) {_KIND}{_WHO}"),
    ("retirement", rf"{_WRITE}(?:happy )?retirement {_KIND}{_WHO}"),
    ("anniversary", rf"{_WRITE}(?:happy )?(?:wedding )?anniversary {_KIND}{_WHO}"),
    ("love", rf"{_WRITE}(?:love|romantic) {_KIND}{_WHO}"),
    ("good morning", rf"{_WRITE}good morning {_KIND}{_WHO}"),
    ("new year", rf"{_WRITE}(?:happy )?new year(?:'s)? {_KIND}{_WHO}|{_WRITE}{_KIND} wishing (?P<who2>.+?) (?:a )?happy new year"),
    ("mothers day", rf"{_WRITE}(?:happy )?mother'?s'? day {_KIND}{_WHO}|{_WRITE}mother'?s'? day {_KIND}"),
    ("fathers day", rf"{_WRITE}(?:happy )?father'?s'? day {_KIND}{_WHO}"),
    ("graduation", rf"{_WRITE}graduation {_KIND}{_WHO}"),
    ("invitation", rf"{_WRITE}(?:invitation|invite)(?: {_KIND})?(?: (?:to|for) (?P<what>.+?))?"),
    ("absence", rf"{_WRITE}(?:absence {_KIND}|{_KIND} to (?:my |our )?(?P<child>son|daughter|kid|child|boy|girl)'s teacher "
                r"(?:saying|to say|that says) (?:that )?(?:he|she|they)(?:'ll| will| is going to| are going to) (?:be )?"
                r"(?:absent|off|out|away|off sick|home sick)(?: from school)?)(?: (?P<what>today|tomorrow|on \w+|this \w+|next \w+))?"),
    ("complaint", rf"{_WRITE}(?:complaint|complaint {_KIND}|{_KIND} (?:of complaint|complaining))(?: (?:about|for) (?:a |an |the |my )?"
                  r"(?P<what>.+?))?"),
    ("accept offer", rf"(?:{_WRITE}|{_WRITE}(?:reply|response|{_KIND}) )(?:accepting|to accept) (?:a |an |the )?(?:job |work )?offer"),
    ("resignation", rf"{_WRITE}(?:resignation {_KIND}|{_KIND} (?:of resignation|resigning|to resign))(?: (?:to|for) (?P<who0>.+?))?"),
    ("toast", rf"{_WRITE}(?:wedding )?toast(?: for (?P<who0>.+?)(?:'s?)? wedding)?|{_WRITE}wedding toast for (?P<who1>.+?)"),
    # other toasts: to a couple's anniversary, a retirement, a birthday (a wedding toast for those was nonsense: "a toast
    # to a retirement party and the love of their life")
    ("toast anniversary", rf"{_WRITE}toast (?:for|to) (?P<who0>.+?)(?:'s?)? (?:wedding )?anniversary(?: party| dinner)?"),
    ("toast retirement", rf"{_WRITE}toast (?:for|to) (?:(?:a|the) retirement(?: party| dinner)?|(?P<who0>.+?)(?:'s?)? retirement"
                         rf"(?: party| dinner)?)"),
    ("toast birthday", rf"{_WRITE}(?:birthday )?toast (?:for|to) (?:(?:a|the) birthday(?: party| dinner)?|(?P<who0>.+?)(?:'s?)? "
                       rf"(?:\d+(?:st|nd|rd|th) )?birthday(?: party| dinner)?)"),
    # (the student: a refusal for the landlord, the gym and the refund; "Let's keep the noise down and enjoy the day
    # together." to the neighbor; "Thank you for paying me back." for a reminder to pay)
    ("repair", rf"{_WRITE}{_KIND} to (?:my |the |our )?(?P<who0>landlord|landlady|property manager|building manager|super|"
               rf"superintendent) (?:about|asking (?:them |him |her )?to fix|reporting) (?:a |an |the |my |our )?(?P<what>.+?)"),
    ("cancel membership", rf"{_WRITE}{_KIND} (?:to cancel|cancell?ing) (?:my |our |a )?(?P<what>[a-z ]+?) (?:membership|"
                          rf"subscription|account|plan)"),   # ("my the gym membership": what_raw)
    ("meeting reminder", rf"{_WRITE}(?:reminder {_KIND} |{_KIND} reminding (?:everyone|the team|people|them|my team) )(?:about|of) "
                         rf"(?P<what>(?:the |our |my |a )?(?:meeting|call|appointment|event|deadline|party).*?)"),
    ("noise", rf"{_WRITE}{_KIND} (?:to|for) (?:my |our |the )?neighbou?rs? (?:asking (?:them|him|her) to|to ask (?:them|him|her) to) "
              rf"(?:keep (?:the|it) (?:noise )?down|be quieter|turn (?:the|their|the music) (?:music )?down|make less noise)"),
    ("pay back", rf"{_WRITE}(?:polite |friendly |gentle )?(?:reminder|{_KIND})(?: to (?P<who0>[a-z ]+?))? (?:to pay me back|"
                 rf"(?:asking|reminding) (?:them|him|her|my friend|someone) to pay me back|about (?:the )?money (?:i lent|owed))"),
    ("refund", rf"{_WRITE}{_KIND} (?:asking for|requesting|to request|to ask for) a refund(?: for (?:a |an |the |my )?(?P<what>.+?))?"),
    # "write a text to my friend saying happy birthday": the words said are the occasion (not "I can't send messages")
    ("saying", rf"{_WRITE}{_KIND}(?: to (?P<who0>[a-z' ]+?))? (?:saying|to say|that says) (?P<say>happy birthday|thank you|thanks|"
               rf"congratulations|congrats|sorry|get well soon|happy new year|happy anniversary|good morning|welcome|"
               rf"happy mother's day|happy father's day)"),
    # "Help me write a message telling my boss I'm sick." (session 24; the student: "I'm sick and I need to rest. Is there
    # anything else I can do for you?")
    ("sick", rf"{_WRITE}{_KIND}(?: to (?P<who0>[a-z' ]+?))? (?:telling|to tell|saying|to say|that says|letting|to let) "
             rf"(?:(?:work|the office) |(?P<who1>(?:my |the |our )?(?:boss|manager|supervisor|team|team lead|coworkers?|colleagues?)) "
             rf"|(?:him|her|them|everyone) )?(?:know )?(?:that )?i(?:'m| am)(?: (?:feeling|off|out|home))? (?:sick|ill|unwell|"
             rf"not feeling well|not well|under the weather|off sick|out sick|home sick)(?: and (?:can't|cannot|can not|won't|will not) "
             rf"(?:come|come in|make it|work)(?: in)?(?: to work)?)?(?: (?P<what>today|tomorrow|this morning|on \w+))?|"
             rf"{_WRITE}(?:sick(?: day| leave)?|calling in sick) {_KIND}(?: (?:to|for) (?:work|the office|my job)| (?:to|for) "
             rf"(?P<who2>[a-z' ]+?))?|"
             rf"{_WRITE}{_KIND}(?: to (?P<who3>[a-z' ]+?))? (?:to )?call(?:ing)? in sick(?: (?P<what2>today|tomorrow))?"),
    ("congratulations", rf"{_WRITE}{_KIND} (?:to )?congratulat(?:e|ing) (?P<who0>[a-z' ]+?) (?:on|for) (?P<what>.+?)"),
]
_SAYING = {"happy birthday": "birthday", "thank you": "thanks", "thanks": "thanks", "congratulations": "congratulations",
           "congrats": "congratulations", "sorry": "sorry", "get well soon": "get well", "happy new year": "new year",
           "happy anniversary": "anniversary", "good morning": "good morning", "welcome": "welcome",
           "happy mother's day": "mothers day", "happy father's day": "fathers day"}
_OCCASIONS = writing_extra.OCCASIONS + _OCCASIONS   # (cancelled plans, a team, holidays, a pick-up line, haiku: first)
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
    "welcome": ["Welcome{welcome_to}{to}! We're really glad to have you with us. Let me know if you need anything as you settle in.",
                "A warm welcome{welcome_to}{to}! We're excited to work with you, and we're here to help whenever you have questions."],
    "farewell": ["It's been a real pleasure working with you{to}. Thank you for everything, and good luck in your next "
                 "adventure. Please keep in touch!",
                 "We'll miss you{to}! Thank you for all your help and the good times. Wishing you every success in what comes next."],
    "retirement": ["Happy retirement{to}! Thank you for all your years of hard work and kindness. Enjoy every moment of "
                   "this new chapter.",
                   "Congratulations on your retirement{to}! You've earned this. Wishing you time for everything you love."],
    "anniversary": ["Happy anniversary{to}! Every year with you is better than the last. I love you more every day.",
                    "Happy anniversary{to}! Thank you for all the love, laughter and adventures. Here's to many more years together."],
    "congratulations family": ["Congratulations{on}! Wishing you all the joy in the world.",
                               "Huge congratulations{on}! I'm so happy for you all."],
    "anniversary couple": ["Happy anniversary{to}! Wishing you both a wonderful day, and many more happy years together.",
                           "Happy anniversary{to}! You two are an inspiration. Here's to your love and many more years together."],
    "love": ["I just wanted to tell you how much I love you{to}. You make every day brighter, and I'm so lucky to have you.",
             "Thinking of you{to}, like always. Thank you for being you. I love you."],
    "good morning": ["Good morning{to}! I hope your day is as lovely as you are. Thinking of you.",
                     "Good morning{to}! Wishing you a great day ahead. Can't wait to see you."],
    "new year": ["Happy New Year{to}! Wishing you health, happiness and lots of good moments in the year ahead.",
                 "Happy New Year{to}! Thank you for being part of my year. Here's to an even better one."],
    "mothers day": ["Happy Mother's Day{to}! Thank you for your love, your patience and everything you do. I love you.",
                    "Happy Mother's Day{to}! I'm so grateful for you, today and every day."],
    "fathers day": ["Happy Father's Day{to}! Thank you for your support, your advice and everything you do. I love you.",
                    "Happy Father's Day{to}! I'm so lucky to have you. Enjoy your day."],
    "graduation": ["Congratulations on your graduation{to}! All your hard work has paid off. I'm so proud of you, and I "
                   "can't wait to see what you do next.",
                   "Happy graduation{to}! Wishing you every success as you start this new chapter."],
    "invitation": ["You're invited{to_what}! It would mean a lot to have you there. Please let me know if you can come.",
                   "Please join us{to_what}! There will be good food and good company. Let me know if you can make it."],
    "absence": ["Dear teacher, I'm writing to let you know that my {child} will be absent from school{when}. Please let me "
                "know if there is any work to catch up on. Thank you.",
                "Hello, please excuse my {child} from school{when}. Please let me know about any missed work. Thank you for your understanding."],
    "complaint": ["Hello, I'm writing to complain{about}. I'm disappointed, as it wasn't what I was promised. Please let me "
                  "know how you'll put this right, by a refund or a replacement. Thank you.",
                  "Dear customer service, I'd like to make a complaint{about}. Please look into this and let me know how "
                  "you'll resolve it. Thank you for your help."],
    "accept offer": ["Thank you very much for the offer. I'm delighted to accept, and I'm looking forward to joining the "
                     "team. Please let me know the next steps.",
                     "I'm happy to accept your offer, and thank you for the opportunity. I look forward to starting."],
    "resignation": ["Dear{to_name}, please accept this letter as my resignation. My last day will be in two weeks, as my notice "
                    "requires. Thank you for the opportunities I've had here; I'll do all I can to hand over my work smoothly.",
                    "Dear{to_name}, I'm writing to resign from my position, with my last day in two weeks. Thank you for your "
                    "support during my time here."],
    "toast": ["I'd like to raise a glass{to_toast}. May your life together be full of love, laughter and adventure. To the happy couple!",
              "Please join me in a toast{to_toast}. Here's to love, to happiness, and to many wonderful years together. Cheers!"],
    "repair": ["Hi, I'm writing to let you know about {what_plain} in my home. Could you arrange for it to be repaired as "
               "soon as possible? Please let me know when someone can come. Thank you.",
               "Hello, I'd like to report {what_plain}. It needs fixing soon; please let me know when a repair can be "
               "scheduled. Thanks."],
    "cancel membership": ["Hello, I'd like to cancel my {what_raw} membership, effective as soon as possible. Please "
                          "confirm the cancellation and any final charges. Thank you.",
                          "Hi, please cancel my {what_raw} membership and stop any further payments. I'd appreciate a "
                          "confirmation by email. Thanks."],
    "meeting reminder": ["Hi all, just a quick reminder about {what_plain}. Please let me know if you can't make it. Thanks!",
                         "Hello everyone, a friendly reminder about {what_plain}. See you there!"],
    "noise": ["Hi, I hope you're well. Would you mind keeping the noise down a little in the evenings, especially after "
              "10? Thanks so much for understanding.",
              "Hello, sorry to bother you. The noise has been carrying quite a bit lately; could you keep it down a little, "
              "especially late at night? Thank you."],
    "pay back": ["Hi{to}, just a friendly reminder about the money I lent you. Could you pay me back when you get a chance? "
                 "Thanks!",
                 "Hey{to}, hope you're well! Just checking in about the money from before: could you send it back when "
                 "you can? Thank you."],
    "refund": ["Hello, I'd like to request a refund{for_what}. Please let me know what you need from me to process it. "
               "Thank you.",
               "Hi, I'm writing to ask for a refund{for_what}, as it didn't meet my expectations. Please confirm once it's "
               "processed. Thanks."],
    "toast anniversary": ["I'd like to raise a glass{to_them}: here's to your love, to everything you've built together, and to "
                          "many more happy years. Happy anniversary!",
                          "Please join me in a toast{to_them}. Thank you for showing us what love looks like. Here's to "
                          "many more years together. Cheers!"],
    "toast retirement": ["Please raise your glasses{to_them}. Thank you for all the years of hard work and kindness; enjoy "
                         "every moment of what comes next. To a happy retirement!",
                         "Cheers{to_them}! A job well done, and a well-earned rest. To a happy retirement!"],
    "toast birthday": ["Please raise your glasses{to_them}. Happy birthday, and here's to a wonderful year ahead. Cheers!",
                       "Cheers{to_them}! May this year bring you everything you hope for. Happy birthday!"],
    "sick": ["Hi{to}, I'm not feeling well and won't be able to come in{sick_when}. I'll rest up, keep an eye on messages for "
             "anything urgent, and let you know how I'm doing. Thank you for understanding.",
             "Hello{to}, I'm sorry, but I'm unwell and need to take a sick day{sick_when}. I'll hand over anything urgent and "
             "keep you posted. Thanks for understanding."],
    "out of office": ["Thank you for your message. I'm out of the office with limited access to email and will reply "
                      "as soon as I'm back. For anything urgent, please contact a colleague.",
                      "Thanks for your email. I'm away at the moment and will get back to you when I return."],
}
_MESSAGES.update(writing_extra.MESSAGES)
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
        if groups.get("say"):   # "a text to my friend saying happy birthday": that occasion's message
            arguments["occasion"] = occasion = _SAYING[groups["say"]]
        if groups.get("child"):
            who = groups["child"]   # "a note to my son's teacher": the child the note is about
        if who and what in ("me", "us") and re.search(r" (?:who|that) ", who):
            who, what = f"{who} for {what}", None   # "my friend who is always there for me": one clause
        if who and not what and occasion == "thanks" and (clause := _RELATIVE.fullmatch(who)) and _doing(clause["did"]):
            who, what = clause["who"], _doing(clause["did"])   # "my neighbor who watered my plants"
        if who and not what and occasion in ("congratulations", "thanks", "sorry") and _REASON.search(who):
            who, what = None, who   # "for a new job", "for forgetting your birthday": what it is for, not whom
        if re.search(r"\bone[- ](?:sentence|line)\b|\bline\b", text) and occasion != "pickup line":
            arguments["short"] = True   # "a one-sentence birthday message": its first sentence only
        if who:
            arguments["who"] = who
        if what:
            arguments["what"] = what
        if pet:
            arguments["what"] = "cat" if pet in ("cat", "kitten") else "small" if pet in _SMALL_PETS else "dog"
        if occasion == "haiku":   # a topic the table has (else the model's)
            topic = writing_extra.haiku_topic(what or "")
            return {"occasion": "haiku", "what": topic} if topic else None
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
        if occasion == "haiku":
            topic = writing_extra.haiku_topic(what)
            if topic is None:
                raise SkillError("I have a haiku about the sea, the seasons, rain, the moon, coffee, cats or love.")
            return SkillResult(f"Here's one: {writing_extra.HAIKU[topic]}", {"occasion": "haiku", "message": writing_extra.HAIKU[topic]})
        if occasion not in _MESSAGES:
            raise SkillError("I can write a birthday, thank-you, get-well, congratulations, sorry or sympathy message, "
                             "among others.")
        if occasion == "anniversary" and who and not re.search(r"\b(?:husband|wife|partner|boyfriend|girlfriend|fianc[ée]e?|"
                                                              r"spouse|love|darling|sweetheart|babe|honey)\b", who.lower()):
            occasion = "anniversary couple"   # "for my parents": a wish for the two of them, not "I love you"
        if occasion == "congratulations" and re.search(r"\b(?:baby|wedding|engagement|engaged|married|pregnan\w*|twins)\b", what):
            occasion = "congratulations family"   # a new baby is no hard work paid off
        choices = _MESSAGES[occasion]
        message = choices[next(self._turns[occasion]) % len(choices)]
        own = _own_slots(occasion, who.strip(), what.strip())   # the sender's own event, child, complaint, toast
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
                              by=f" in {what}" if what and re.search(r"\d|minute|hour", what) else " as soon as I can",
                              **own)
        if occasion in ("day off", "sick") and _address(who):
            text = re.sub(r"^(Hi|Hello), ", r"\1 ", text)   # "Hi Sarah, I'd like ..."
        if short:   # the first sentence, with the next when it is only a greeting ("Happy birthday!")
            sentences = [t.strip() for t in re.findall(r".+?[.!?](?=\s|$)", text)]
            text = sentences[0] if len(sentences[0].split()) >= 6 or len(sentences) == 1 else " ".join(sentences[:2]).strip()
        return SkillResult(f"Here's one: {text}", {"occasion": occasion, "message": text})


_ARTICLE = re.compile(r"(?:the|a|an|my|our)\b")
_HIS = {"brother", "son", "dad", "father", "uncle", "nephew", "grandson", "grandpa", "boss", "groom"}
_HER = {"sister", "daughter", "mom", "mum", "mother", "aunt", "niece", "granddaughter", "grandma", "bride"}


def _own_slots(occasion: str, who: str, what: str) -> dict:
    """The slots of the messages about the sender's own things: the event invited to ("my birthday party on Saturday"
    stays "my"), the child who will be absent and when, what a complaint is about, whom a letter or a toast is to."""
    what = re.sub(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", lambda d: d[1].capitalize(), what)
    last = (who.lower().split() or [""])[-1].rstrip("'s")
    pronoun = "his" if last in _HIS else "her" if last in _HER else "their"
    named = _address(who)[2:]
    about = what if re.match(r"(?:my|our|the|a|an)\b", what) else f"the {what}" if what else ""
    group = re.fullmatch(r"(?:the |our |all )?(?:new )?members? (?:of|to) (?:the |a |an |our |my )?(?P<g>.+)", who.lower())
    welcome_to = (f" to the {group['g']}" if group else " to the team" if re.search(
        r"\b(?:colleague|coworker|co-worker|team|employee|hire|staff|starter)s?\b", who.lower())
        else " to the neighborhood" if re.search(r"\bneighbou?rs?\b", who.lower()) else "")
    plain = re.sub(r"^(?:my|our) ", "the ", what) if what else ""
    return {"welcome_to": welcome_to, "to_what": f" to {what}" if what else "", "what_raw": what,
            "what_plain": (plain if re.match(r"(?:the|a|an|tomorrow)\b", plain) else f"the {plain}") if plain else "this",
            "for_what": f" for {what if _ARTICLE.match(what) else 'the ' + what}" if what else "", "child": who or "child", "when": f" {what}" if what else "",
            "sick_when": f" {what}" if what else " today",
            "about": f" about {about}" if about else "", "to_name": f" {named}" if named else " Manager",
            "to_toast": f" to {who} and the love of {pronoun} life" if who else " to the happy couple",
            "to_them": f" to {who}" if who else ""}


def skill(writer: Writer) -> Skill:
    return Skill("write_message", "A short message for an everyday occasion, or names for a pet.",
                 {"occasion": Param(str, choices=tuple(k for k in _MESSAGES if k not in ("anniversary couple", "congratulations family")) + ("pet name", "haiku")), "who": Param(str, required=False),
                  "what": Param(str, required=False), "short": Param(bool, required=False)}, writer.write, for_model=False)
