"""Suggestions people ask an assistant for: a book, a film, something to do at the weekend, a quote to get going.
The student answered all of them "I'm here to help, so I'll be there. What can I do for you?" (and "A simple,
simple, simple way to live..." for a quote). Offline there is no list of what is new, so: well-loved classics,
ideas anybody can use, and quotes whose source is known, one at a time ("another one" gives the next)."""

from __future__ import annotations

import itertools
import random
import re

from assistant.skills.base import Param, Skill, SkillResult

_TABLE = {
    "book": ("To Kill a Mockingbird, by Harper Lee", "The Hobbit, by J. R. R. Tolkien", "Pride and Prejudice, by Jane Austen",
             "The Martian, by Andy Weir", "Nineteen Eighty-Four, by George Orwell",
             "The Little Prince, by Antoine de Saint-Exupéry", "Jane Eyre, by Charlotte Brontë"),
    "movie": ("The Shawshank Redemption", "Spirited Away", "Back to the Future", "The Princess Bride", "Toy Story",
              "Casablanca", "Paddington 2"),
    # session 25 ("Something funny?" after a film: the student made one up, "by John Mccoy")
    "comedy": ("Groundhog Day", "Some Like It Hot", "The Grand Budapest Hotel", "Hot Fuzz", "Airplane!", "Paddington 2",
               "Monty Python and the Holy Grail"),
    "scary movie": ("The Shining", "Get Out", "Alien", "A Quiet Place", "The Others", "Psycho", "The Sixth Sense"),
    "family movie": ("Toy Story", "Spirited Away", "Finding Nemo", "Paddington", "The Lion King", "Wallace and Gromit: The Curse "
                     "of the Were-Rabbit", "Up"),
    "weekend": ("take a walk somewhere you've never been", "cook something you've never made before",
                "visit a museum, a market or a library", "call a friend and meet for coffee",
                "have a film night at home", "tidy one corner of your home and enjoy the result",
                "try a new recipe for breakfast and take it slow"),
    # "What should I cook for dinner tonight?" (the student: "Cook for 4 hours, 120 calories.")
    "dinner": ("a vegetable stir-fry with rice: quick, and it uses what's in the fridge",
               "pasta with a tomato and garlic sauce, and a green salad", "a cheese omelette with whatever vegetables you have",
               "baked potatoes with beans and grated cheese", "tacos with beans or chicken, lettuce and salsa",
               "a lentil soup: onion, carrots, red lentils and stock, ready in about 30 minutes",
               "a tray bake: chicken or chickpeas roasted with vegetables at 200 Celsius for about 30 minutes"),
    # "I'm bored." (the student: "Of course. What would you like to talk about?")
    "bored": ("take a ten-minute walk outside, somewhere you don't usually go", "ask me for a riddle, and try to beat it",
              "write down three things you'd like to do this month, and start the smallest one",
              "pick a book from your shelf and read one chapter", "stretch for five minutes: neck, shoulders, back",
              "message a friend you haven't talked to in a while", "learn a new word: ask me what \"serendipity\" means"),
    # "Recommend a podcast." (the student: "The Podcast of the Future" by The Future Podcast)
    "podcast": ("This American Life: a story each week about ordinary people", "Radiolab: science and curiosity",
                "Freakonomics Radio: the hidden side of everyday things", "99% Invisible: the design around us",
                "Stuff You Should Know: how things work", "Hardcore History, by Dan Carlin: long, gripping history"),
    # session 24 (the student: "a 30-minute workout on a treadmill", "fruits, whole grains, and a healthy dessert",
    # "Consider hobbies that involve creativity, self-expression, or personal growth.")
    "workout": ("3 rounds of 20 squats, 10 push-ups (on your knees is fine), 20 lunges and a 30-second plank, with a "
                "minute's rest between rounds",
                "a 20-minute circuit: 40 seconds each of jumping jacks, squats, push-ups, mountain climbers and glute "
                "bridges, 20 seconds' rest after each, 4 times through",
                "a 15-minute core session: 3 rounds of a 30-second plank, 15 crunches, 20 bicycle kicks and 10 slow "
                "leg raises",
                "10 minutes up and down the stairs or marching on the spot, then 20 slow squats and 10 minutes of stretching"),
    "breakfast": ("porridge made with milk, topped with a sliced banana and a few nuts",
                  "Greek yogurt with berries and a spoon of oats or granola",
                  "wholegrain toast with peanut butter and a piece of fruit",
                  "two eggs, scrambled or boiled, with wholegrain toast and tomatoes",
                  "overnight oats: oats soaked in milk or yogurt in the fridge, with fruit in the morning"),
    "hobby": ("drawing or sketching: a pencil and paper are all it takes", "learning an instrument, like the ukulele",
              "gardening, even a few herbs on a windowsill", "cooking a dish from a different country each week",
              "running, hiking or cycling", "photography with your phone", "knitting or crochet",
              "learning a language a few minutes a day", "board games or puzzles with friends", "volunteering locally"),
    # (the student: "a gift card for his favorite restaurant", for everyone)
    "gift": ("an experience together: tickets to a show or a game, a class, or a day out", "something for a hobby they love",
             "a framed photo of a favorite memory, with a handwritten note", "a book by an author they enjoy",
             "a cozy gift: a soft blanket, good slippers or a nice mug with their favorite coffee or tea",
             "a plant that's easy to care for", "their favorite meal, cooked by you, or a dinner out at a place they love"),
    # (the student: "A birthday party can be a fun and memorable event.")
    "party": ("a theme everyone dresses up for, like the 80s or a favorite film", "a picnic in a park, with games like frisbee",
              "a games night with board games and snacks", "a movie night at home with popcorn and blankets",
              "a make-your-own pizza party", "a karaoke night", "a treasure hunt with clues around the house or garden"),
    "quote": ("Benjamin Franklin: \"Well done is better than well said.\"",
              "Lao Tzu: \"The journey of a thousand miles begins with a single step.\"",
              "Theodore Roosevelt: \"Do what you can, with what you have, where you are.\"",
              "Steve Jobs: \"The only way to do great work is to love what you do.\"",
              "Albert Einstein: \"Try not to become a man of success, but rather try to become a man of value.\""),
}
_SAID = {
    "book": "A well-loved book: {}. Say \"another one\" for more.",
    "movie": "A well-loved film: {}. Say \"another one\" for more.",
    "comedy": "A well-loved comedy: {}. Say \"another one\" for more.",
    "scary movie": "A well-loved scary film: {}. Say \"another one\" for more.",
    "family movie": "A film the whole family can enjoy: {}. Say \"another one\" for more.",
    "weekend": "How about this: {}. Say \"another one\" for another idea.",
    "quote": "From {}",
    "podcast": "A well-loved podcast: {}. Say \"another one\" for more.",
    "dinner": "How about {}? Say \"another one\" for another idea.",
    "bored": "Here's an idea: {}. Say \"another one\" for another.",
    "workout": "Here's a workout you can do at home: {}. Warm up for a few minutes first, and stop if anything hurts. "
               "Say \"another one\" for another.",
    "breakfast": "A healthy breakfast: {}. Say \"another one\" for another idea.",
    "hobby": "How about {}? Say \"another one\" for another idea.",
    "party": "How about {}? Say \"another one\" for another idea.",
    "gift": "How about {}? Think about what they enjoy most. Say \"another one\" for another idea.",
}
_ASK = r"(?:can you |could you |would you |please )?(?:recommend|suggest)(?: me)?"
_ASKED = [
    ("book", rf"{_ASK} (?:a |some |any )?(?:good |great |nice )?(?:book|novel)s?(?: to read| for me)?|"
             r"what (?:book|novel) should i read(?: next)?|(?:do you have |got )?any (?:good )?(?:book|reading) "
             r"(?:recommendations|suggestions)|what(?:'s| is) a good (?:book|novel)(?: to read)?|"
             r"what should i read(?: next)?"),
    ("movie", rf"{_ASK} (?:a |some |any )?(?:good |great |nice )?(?:movie|film)s?(?: to watch| for tonight| for me)?|"
              r"what (?:movie|film) should i watch(?: tonight)?|what(?:'s| is) a good (?:movie|film)(?: to watch)?|"
              r"(?:do you have |got )?any (?:good )?(?:movie|film) (?:recommendations|suggestions)|what should i watch(?: tonight)?"),
    ("comedy", rf"{_ASK} (?:a |some |any )?(?:good )?(?:funny (?:movie|film)|comedy|comedies)s?(?: to watch)?|what(?:'s| is) a good "
               r"(?:funny (?:movie|film)|comedy)(?: to watch)?"),
    ("scary movie", rf"{_ASK} (?:a |some |any )?(?:good )?(?:scary|horror) (?:movie|film)s?(?: to watch)?|what(?:'s| is) a good "
                    r"(?:scary|horror) (?:movie|film)(?: to watch)?"),
    ("family movie", rf"{_ASK} (?:a |some |any )?(?:good )?(?:family|kids'?|children's) (?:movie|film)s?(?: to watch)?|{_ASK} "
                     r"(?:a |some )?(?:movie|film)s? for (?:kids|children|the family|the whole family)|what(?:'s| is) a good "
                     r"(?:family|kids'?|children's) (?:movie|film)(?: to watch)?|what(?:'s| is) a good (?:movie|film) for (?:kids|"
                     r"children|the family)"),
    ("weekend", r"what should i do (?:this|on the|at the|over the) weekend|(?:give me |any )?(?:some )?ideas for (?:the|this) "
                r"weekend|what (?:can|could) i do (?:this|on the|at the) weekend|i don't know what to do (?:this|at the) weekend"),
    ("podcast", rf"{_ASK} (?:a |some |any )?(?:good |great )?podcasts?(?: to listen to| for me)?|what podcasts? should i "
                r"listen to|what(?:'s| is) a good podcast|(?:any )?(?:good )?podcast (?:recommendations|suggestions)"),
    ("dinner", r"what (?:should|shall|can|could) (?:i|we) (?:cook|make|have|eat) for (?:dinner|supper|lunch|tea)(?: tonight| today)?|"
               r"(?:give me |any |i need )?(?:a |some )?(?:dinner|supper|lunch) (?:ideas?|suggestions?)|what(?:'s| is) (?:a good|an easy) "
               r"(?:dinner|supper)(?: idea)?|i don't know what to (?:cook|make|eat)(?: for dinner| tonight| for supper)?|"
               rf"{_ASK} (?:a |something for )?(?:dinner|supper)|what should i cook(?: tonight)?"),
    ("bored", r"i(?:'m| am) (?:so |really |very |a bit |kind of )?bored(?:,? what (?:should|can) i do)?|i have nothing to do|"
              r"give me something to do|what (?:should|can|could) i do (?:now|right now|today)"),
    ("workout", rf"(?:give me |{_ASK} |what(?:'s| is) |i need |can you give me )?(?:a |an |some )?(?:good |quick |easy |simple |short )?"
                r"(?:home )?(?:workout|exercise routine|exercises?)(?: routine| plan)?(?: (?:i|that i|we) can do)?(?: at home| without "
                r"(?:equipment|a gym|weights))+|what exercises? (?:can|should) i do at home|how (?:can|do) i (?:work out|exercise) "
                r"at home(?: without (?:equipment|a gym|weights))?"),
    ("breakfast", r"what(?:'s| is) (?:a )?(?:good |quick )?healthy breakfast(?: idea)?|(?:give me |any |some )?(?:healthy )?breakfast "
                  r"(?:ideas?|suggestions?)|what should i (?:have|eat|make) for breakfast|what(?:'s| is) a good breakfast"),
    ("hobby", rf"what (?:are some|is a) (?:good |new |fun )?hobb(?:y|ies) (?:i (?:could|can|should) (?:try|start|pick up)|to try)|"
              rf"{_ASK} (?:a |some )?(?:new )?hobb(?:y|ies)(?: for me| to try)?|(?:give me |any )?(?:some )?hobby (?:ideas|suggestions)|"
              r"what hobby should i (?:try|start|pick up|take up)|i need a (?:new )?hobby"),
    ("party", r"(?:give me |any |some )?(?:some |a few |three |3 |a couple of )?(?:good |fun )?(?:ideas?|suggestions?) for (?:a |my |the |"
              r"our )?(?:(?:kid's |kids' |\d+(?:st|nd|rd|th) |surprise )?birthday )?party|(?:fun |good )?(?:birthday )?party ideas?|"
              r"how should i celebrate my birthday|what should i do for my birthday"),
    ("gift", r"what(?:'s| is| would be) (?:a )?(?:good|nice|great) (?:gift|present|birthday present|christmas present)(?: idea)? "
             r"(?:for|to get) .+|what should i (?:get|buy|give) (?:for )?(?:my |our )?[a-z' ]+ for (?:(?:his|her|their|my|our) )?"
             r"(?:birthday|christmas|anniversary|mother's day|father's day|valentine's day|graduation)|(?:give me |any |some )?"
             r"(?:gift|present) (?:ideas?|suggestions?)(?: for .+)?|" + _ASK + r" (?:a )?(?:gift|present)(?: for .+)?"),
    ("quote", r"(?:give me |tell me |say |share )?(?:a |an |some |another )?(?:motivational|inspirational|inspiring|"
              r"inspiration|good|famous) quotes?|(?:motivate|inspire) me"),
]
_PATTERNS = [(kind, re.compile(rf"(?:{pattern})(?: please)?")) for kind, pattern in _ASKED]


def asked(text: str) -> dict | None:
    """suggest's arguments for a request for a book, a film, a weekend idea or a quote (cleaned text), or None."""
    return next(({"kind": kind} for kind, pattern in _PATTERNS if pattern.fullmatch(text)), None)


class Suggestions:
    def __init__(self) -> None:
        self._turns = {kind: itertools.count(random.randrange(len(items))) for kind, items in _TABLE.items()}

    def suggest(self, kind: str) -> SkillResult:
        items = _TABLE[kind]
        item = items[next(self._turns[kind]) % len(items)]
        return SkillResult(_SAID[kind].format(item), {"kind": kind, "suggestion": item})


def skill(suggestions: Suggestions) -> Skill:
    return Skill("suggest", "A book, a film, a podcast, a weekend, dinner or breakfast idea, a home workout, a hobby, a gift, a party idea, something to do, or "
                 "a quote.", {"kind": Param(str, choices=tuple(_TABLE))},
                 suggestions.suggest, for_model=False)
