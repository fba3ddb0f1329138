"""Everyday words in other languages: "How do you say thank you in French?" (the student: "Je suis bonjour!"),
"Translate good morning into Spanish", "What's hello in Japanese?". A phrasebook of the words travellers learn
first, in the languages most asked for; Japanese and Chinese are said in their usual romanisation (Hepburn,
pinyin without tone marks), so the voice can read them. Anything else ("translate this sentence") is the model's."""

from __future__ import annotations

import re

from assistant.skills.base import Param, Skill, SkillError, SkillResult

LANGUAGES = ("spanish", "french", "german", "italian", "portuguese", "japanese", "chinese")
# phrase -> one word or phrase per language, in LANGUAGES' order
_BOOK = {
    "hello": ("hola", "bonjour", "hallo", "ciao", "olá", "konnichiwa", "ni hao"),
    "goodbye": ("adiós", "au revoir", "auf Wiedersehen", "arrivederci", "adeus", "sayonara", "zai jian"),
    "thank you": ("gracias", "merci", "danke", "grazie", "obrigado (obrigada when a woman says it)", "arigato",
                  "xie xie"),
    "please": ("por favor", "s'il vous plaît", "bitte", "per favore", "por favor", "onegaishimasu", "qing"),
    "good morning": ("buenos días", "bonjour", "guten Morgen", "buongiorno", "bom dia", "ohayo gozaimasu", "zao shang hao"),
    "good night": ("buenas noches", "bonne nuit", "gute Nacht", "buonanotte", "boa noite", "oyasumi nasai", "wan an"),
    "yes": ("sí", "oui", "ja", "sì", "sim", "hai", "shi"),
    "no": ("no", "non", "nein", "no", "não", "iie", "bu shi"),
    "sorry": ("lo siento", "désolé", "Entschuldigung", "mi dispiace", "desculpe", "gomen nasai", "dui bu qi"),
    "excuse me": ("perdón", "excusez-moi", "Entschuldigung", "scusi", "com licença", "sumimasen", "bu hao yi si"),
    "how are you": ("¿cómo estás?", "comment ça va ?", "wie geht's?", "come stai?", "como vai?", "o genki desu ka?",
                    "ni hao ma?"),
    "i love you": ("te quiero", "je t'aime", "ich liebe dich", "ti amo", "eu te amo", "aishiteru", "wo ai ni"),
    "cheers": ("¡salud!", "santé !", "prost!", "salute!", "saúde!", "kanpai!", "gan bei!"),
    "you're welcome": ("de nada", "de rien", "gern geschehen", "prego", "de nada", "do itashimashite", "bu ke qi"),
    "good evening": ("buenas noches", "bonsoir", "guten Abend", "buonasera", "boa noite", "konbanwa", "wan shang hao"),
    "nice to meet you": ("mucho gusto", "enchanté", "freut mich", "piacere", "prazer",
                         "hajimemashite", "hen gao xing ren shi ni"),
    "happy birthday": ("feliz cumpleaños", "joyeux anniversaire", "alles Gute zum Geburtstag", "buon compleanno",
                       "feliz aniversário", "tanjobi omedeto", "sheng ri kuai le"),
    # everyday words (session 25: "What's the Spanish word for cat?" -> "catástroja")
    "cat": ("gato", "chat", "Katze", "gatto", "gato", "neko", "mao"),
    "dog": ("perro", "chien", "Hund", "cane", "cão", "inu", "gou"),
    "water": ("agua", "eau", "Wasser", "acqua", "água", "mizu", "shui"),
    "bread": ("pan", "pain", "Brot", "pane", "pão", "pan", "mian bao"),
    "beer": ("cerveza", "bière", "Bier", "birra", "cerveja", "biru", "pi jiu"),
    "coffee": ("café", "café", "Kaffee", "caffè", "café", "kohi", "ka fei"),
    "friend": ("amigo (amiga for a woman)", "ami (amie for a woman)", "Freund (Freundin for a woman)",
               "amico (amica for a woman)", "amigo (amiga for a woman)", "tomodachi", "peng you"),
    "love": ("amor", "amour", "Liebe", "amore", "amor", "ai", "ai"),
    "house": ("casa", "maison", "Haus", "casa", "casa", "ie", "fang zi"),
    "book": ("libro", "livre", "Buch", "libro", "livro", "hon", "shu"),
    "family": ("familia", "famille", "Familie", "famiglia", "família", "kazoku", "jia ting"),
    "apple": ("manzana", "pomme", "Apfel", "mela", "maçã", "ringo", "ping guo"),
    "money": ("dinero", "argent", "Geld", "soldi", "dinheiro", "okane", "qian"),
    "beautiful": ("hermoso", "beau (belle for something feminine)", "schön", "bello", "bonito", "utsukushii", "mei li"),
}
_SAID = {"hi": "hello", "hey": "hello", "bye": "goodbye", "good bye": "goodbye", "thanks": "thank you",
         "thank you very much": "thank you", "thanks a lot": "thank you", "i'm sorry": "sorry", "i am sorry": "sorry",
         "how are you doing": "how are you", "you are welcome": "you're welcome", "welcome": "you're welcome",
         "good day": "hello", "i love you": "i love you", "pleased to meet you": "nice to meet you"}
_NAMES = {"mandarin": "chinese", "mandarin chinese": "chinese", "castilian": "spanish", "brazilian portuguese": "portuguese"}
_LANGUAGE = r"(?P<lang>" + "|".join(sorted([*LANGUAGES, *_NAMES], key=len, reverse=True)) + ")"
_PHRASE = r"(?:the (?:word|phrase) )?['\"]?(?P<phrase>[a-z' ]+?)['\"]?"
_ASKED = [re.compile(p) for p in (
    rf"how (?:do|would|can) (?:you|i|we) say {_PHRASE} in {_LANGUAGE}",
    rf"(?:please )?(?:translate|say) {_PHRASE} (?:in|into|to) {_LANGUAGE}",
    rf"what(?: is|'s) {_PHRASE} in {_LANGUAGE}",
    rf"what(?: is|'s) the {_LANGUAGE} (?:word|phrase) for {_PHRASE}",
    rf"how (?:do|would) (?:you|i) say {_PHRASE} in {_LANGUAGE}",
)]


def _phrase(said: str) -> str | None:
    """The book's phrase for what was said; a word or two it lacks as said (then the skill says it doesn't know them,
    rather than the model making one up); None for anything longer (the model's)."""
    said = re.sub(r"\s+", " ", said.strip(" '\"")).lower()
    said = _SAID.get(said, said)
    return said if said in _BOOK or len(said.split()) <= 2 and re.fullmatch(r"[a-z]+(?: [a-z]+)?", said) else None


def asked(text: str) -> dict | None:
    """translate_phrase's arguments for a phrase of the book asked in one of its languages (cleaned text)."""
    for pattern in _ASKED:
        m = pattern.fullmatch(text)
        if m and (phrase := _phrase(m["phrase"])):
            return {"phrase": phrase, "language": _NAMES.get(m["lang"], m["lang"])}
    return None


def translate(phrase: str, language: str) -> SkillResult:
    phrase, language = phrase.strip().lower(), language.strip().lower()
    phrase, language = _SAID.get(phrase, phrase), _NAMES.get(language, language)
    if phrase not in _BOOK or language not in LANGUAGES:
        raise SkillError(f"I don't know {phrase} in {language.capitalize()}: offline, I only know a few everyday words, "
                         "like hello, thank you, water and cat, in Spanish, French, German, Italian, Portuguese, Japanese "
                         "and Chinese." if phrase not in _BOOK and language in LANGUAGES else
                         "I only know a few everyday words in Spanish, French, German, Italian, Portuguese, Japanese "
                         "and Chinese.")
    word = _BOOK[phrase][LANGUAGES.index(language)]
    said = "I love you" if phrase == "i love you" else phrase
    return SkillResult(f"In {language.capitalize()}, {said} is \"{word}\".",
                       {"phrase": phrase, "language": language, "said": word})


SKILL = Skill("translate_phrase", "An everyday word or phrase in another language.",
              {"phrase": Param(str), "language": Param(str, choices=LANGUAGES)}, translate, for_model=False)
