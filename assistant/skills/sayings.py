"""What a well-known foreign or Latin saying means, where WordNet has none ("What does carpe diem mean?": the student
said "to fish, or to fish wisely"). The dictionary answers the rest ("status quo", "deja vu", "schadenfreude"); anything
else is the model's."""

from __future__ import annotations

from assistant.skills.written import Written

# saying: (how it is said or written, the answer)
_SAYINGS = {
    "carpe diem": ("carpe diem", "Carpe diem is Latin for \"seize the day\": make the most of today, rather than waiting for "
                                 "tomorrow."),
    "c'est la vie": ("c'est la vie|c est la vie|cest la vie", "C'est la vie is French for \"that's life\": said, with a "
                                                              "shrug, about something disappointing you can't change."),
    "et cetera": ("et cetera|etcetera|etc", "Et cetera, written etc., is Latin for \"and the rest\": and other things of "
                                            "the same kind."),
    "tempus fugit": ("tempus fugit", "Tempus fugit is Latin for \"time flies\"."),
    "hakuna matata": ("hakuna matata", "Hakuna matata is Swahili for \"no worries\", made famous by The Lion King."),
    "veni vidi vici": ("veni,? vidi,? vici", "Veni, vidi, vici is Latin for \"I came, I saw, I conquered\": Julius Caesar's "
                                             "report of a quick victory, in 47 BC."),
    "e pluribus unum": ("e pluribus unum", "E pluribus unum is Latin for \"out of many, one\": the traditional motto of the "
                                           "United States."),
    "que sera sera": ("que sera,? sera", "Que sera, sera means \"whatever will be, will be\", from the 1956 song."),
    "cogito ergo sum": ("cogito,? ergo sum", "Cogito, ergo sum is Latin for \"I think, therefore I am\": René Descartes' "
                                             "starting point, that one's own thinking proves one exists."),
    "semper fidelis": ("semper fidelis|semper fi", "Semper fidelis is Latin for \"always faithful\": the motto of the US "
                                                   "Marine Corps, often shortened to semper fi."),
    "la dolce vita": ("la dolce vita|dolce vita", "La dolce vita is Italian for \"the sweet life\": a life of pleasure and "
                                                  "ease."),
    "bon appetit": ("bon app[eé]tit", "Bon appétit is French for \"good appetite\": enjoy your meal."),
    "namaste": ("namaste", "Namaste is a respectful Hindi greeting, said with the palms pressed together; it means \"I bow "
                           "to you\"."),
    "mazel tov": ("mazel tov|mazal tov", "Mazel tov is Hebrew and Yiddish for \"good luck\", said as \"congratulations\" "
                                         "at a happy event."),
    "hasta la vista": ("hasta la vista", "Hasta la vista is Spanish for \"see you later\"."),
    "gesundheit": ("gesundheit", "Gesundheit is German for \"health\": said after someone sneezes, like \"bless you\"."),
    "touche": ("touch[eé]", "Touché is French for \"touched\", from fencing: said to admit that someone made a good point "
                            "against you."),
    "voila": ("voil[aà]", "Voilà is French for \"there it is\": said when showing something finished."),
    "rsvp": ("rsvp|r s v p", "RSVP stands for the French \"répondez s'il vous plaît\": please reply, to say whether you "
                             "will come."),
}
_TOPICS = {saying: (rf"what (?:does|do) (?:the (?:phrase|saying|expression|word|words) )?(?:{said}) (?:mean|stand for)|what(?: is|'s) "
                    rf"the meaning of (?:the (?:phrase|saying|expression) )?(?:{said})|(?:the )?meaning of (?:{said})|"
                    rf"(?:translate|define) (?:{said})|what(?: is|'s) (?:{said})(?: in english)?", answer)
           for saying, (said, answer) in _SAYINGS.items()}
_WRITTEN = Written(_TOPICS)
asked = _WRITTEN.asked   # saying's arguments for "what does carpe diem mean" (cleaned text), or None
SKILL = _WRITTEN.skill("saying", "What a well-known foreign or Latin saying means.", "I don't know that saying.")
