"""The fast path: clear everyday requests are matched here, before the model runs, and answered in
milliseconds (as Home Assistant prefers local intents). Returns the skill call, or None for the model."""

from __future__ import annotations

import re
from typing import Callable

from assistant.skills import (acronyms, alarm_intents, compare_places, examples, harm, rhymes, sports, alarms, animal_words, app_help, apps, artworks, books, clock_math, colors, counts, calendar_days, explanations, chance, constants, conversation, date_math, dates,
                              distance,
                              desktop_help, discoveries, follow_ups, food, grammar, health_basics, history_dates, howto, lifespans, noted_dates, presidents, number_facts, offline, people, phrasebook, places, reply_follow_ups, roman, safety, sayings, seasons,
                              sky, spelling, suggestions, superlatives, system_info, time_until, usage, voice_settings, volume, world_clock, writing)
from assistant.skills.dictionary import asked_opposite, asked_synonym, asked_word
from assistant.skills.facts import asked_fact, call_arguments, follow_up_fact
from assistant.skills.follow_ups import acts_on_the_last  # noqa: F401 - the core asks it here
from assistant.skills.intent import Intent, clean  # noqa: F401 - clean: the one cleaning, for every reader
from assistant.skills.numbers import normalize_numbers
from assistant.skills.quantity_intents import arithmetic_follow_up
from assistant.skills.quantity_intents import calculator as _calculator
from assistant.skills.quantity_intents import unit_follow_up as _unit_follow_up
from assistant.skills.quantity_intents import units as _units
from assistant.skills.small_talk import match_small_talk
from assistant.skills.note_intents import WRITING_HELP as _WRITING_HELP
from assistant.skills.note_intents import notes as _notes
from assistant.skills.timer_intents import length_answer
from assistant.skills.timer_intents import timers as _timers


def _safety(text: str, question: str) -> Intent | None:
    """An emergency comes first ("my friend is choking": the student declined; "call 911": "I can't make calls")."""
    found = safety.asked(text)
    if found:
        return Intent("emergency", found)
    harmful = harm.asked(text)   # "what chemicals can i mix to make a toxic gas" (the student named them)
    return Intent("decline", harmful) if harmful else None


def _small_talk(text: str, question: str) -> Intent | None:
    wanted = suggestions.asked(text)   # "recommend a good book" (the student: "I'm here to help, so I'll be there.")
    if wanted:
        return Intent("suggest", wanted)
    message = writing.asked(text)   # "write a birthday message for my mom" (the student repeated it back)
    if message:
        return Intent("write_message", message)
    kind = match_small_talk(text)
    return Intent("small_talk", {"kind": kind, "said": question.strip()}) if kind else None


def _define(text: str, question: str) -> Intent | None:
    saying = sayings.asked(text.replace('"', ""))   # "what does carpe diem mean" (the student: "to fish")
    if saying:
        return Intent("saying", saying)
    short = acronyms.asked(text, question)   # "what does nasa stand for" (the student: "NASA Research and Education")
    if short:
        return Intent("acronym", short)
    word = asked_word(text)
    if word:
        return Intent("define", {"word": word})
    word = asked_opposite(text)
    if word:
        return Intent("opposite", {"word": word})
    word = asked_synonym(text)         # "another word for happy"
    if word:
        return Intent("synonyms", {"word": word})
    rhyme = rhymes.asked(text)         # "what rhymes with cat" (was "I don't have a rhyming dictionary")
    if rhyme:
        return Intent("rhymes", rhyme)
    word = examples.asked(text)        # "use ubiquitous in a sentence" (the student made a word up)
    if word:
        return Intent("use_in_sentence", {"word": word})
    named = animal_words.asked(text)   # "what is a baby eel called"
    if named:
        return Intent("animal_word", named)
    phrase = phrasebook.asked(text)    # "how do you say thank you in french" (the student: "Je suis bonjour!")
    if phrase:
        return Intent("translate_phrase", phrase)
    word = spelling.asked(text)        # "how do you spell necessary"
    if word:
        return Intent("spell", {"word": word})
    counted = spelling.letters_asked(text)   # "how many letters are in the word banana"
    if counted:
        return Intent("letter_count", counted)
    form = grammar.asked(text)          # "the plural of mouse", "the past tense of run" (the student: "run")
    if form:
        return Intent("word_form", form)
    pair = usage.asked(text)            # "is it affect or effect" (the student: "The correct word is affect.")
    if pair:
        return Intent("usage_pair", pair)
    person = people.asked(text)         # "who was albert einstein" (the student made up where and when he was born)
    if person:
        return Intent("who_is", person)
    place = None if asked_fact(text) else places.asked(text)   # "tell me about the eiffel tower" ("the tallest man-made
    # structure in the world"); WordNet's "capital of France" is Paris, but a capital is the fact tables' (_facts)
    return Intent("about_place", place) if place else None


def _conversation(text: str, question: str) -> Intent | None:
    """About the conversation itself ("say that again", "what did I just ask") and how the assistant speaks
    ("speak slower")."""
    found = conversation.asked(text)
    if found:
        return Intent("repeat", found)
    found = voice_settings.asked(text)
    return Intent("voice_change", found) if found else None


def _apps(text: str, question: str) -> Intent | None:
    """Opening an installed application ("open firefox", "launch the terminal") or a folder ("show me my downloads")."""
    folder = apps.folder_asked(text)
    if folder:
        return Intent("folder_open", folder)
    found = apps.asked(text, question)
    return Intent("app_open", found) if found else None


def _volume(text: str, question: str) -> Intent | None:
    """The computer's volume ("set the volume to thirty percent", "turn it up", "mute")."""
    found = volume.asked(normalize_numbers(text))
    return Intent("volume", found) if found else None


def _desktop_help(text: str, question: str) -> Intent | None:
    """How to do an everyday thing on the desktop ("how do I take a screenshot": the student refused)."""
    own = app_help.asked(text)   # "change your voice", "what's your wake word" (refused or made up)
    if own:
        return Intent("app_help", own)
    about = system_info.asked(text)   # "how much battery do I have" (refused), "what's my ip address" (the notes)
    if about:
        return Intent("system_info", {"what": about})
    topic = desktop_help.asked(text)
    return Intent("desktop_help", topic) if topic else None


def _chance(text: str, question: str) -> Intent | None:
    """A coin, dice, a random number ("flip a coin", "roll two dice", "pick a number between 1 and 10"); facts
    about numbers said ("is 17 a prime number", "the average of 4, 8 and 12", "round 3.14159 to two decimal places")."""
    found = chance.asked(text) or number_facts.asked(text)
    if found:
        return Intent(*found)
    numeral = roman.asked(text)   # "what is 144 in roman numerals" (the student: "144 is 144,000.")
    return Intent("roman_numeral", numeral) if numeral else None


def _count(text: str, question: str) -> Intent | None:
    """Counting aloud ("count to ten", "count down from 10": before the timers, which read a countdown)."""
    counted = spelling.count_asked(normalize_numbers(text))
    return Intent("count", counted) if counted else None


# Writing help and advice are the model's, even when they name a note or a day: "write a short note to
# my boss", "help me write a text about my favourite day of the week", "what's the best way to review
# my notes for an exam?"
def _clock(text: str, question: str) -> Intent | None:
    if _WRITING_HELP.search(text) or re.search(r"\bfavou?rite\b", text):
        return None
    moved = clock_math.asked(text)   # "what's 15 minutes after 9:50" (the student: 15*9.50)
    if moved:
        return Intent("clock_plus", moved)
    there = world_clock.time_there_asked(text)   # "what's 6 am in tokyo time" (a time said, not the time now)
    if there:
        return Intent("time_there", there)
    place = world_clock.asked(text)   # "what time is it in tokyo": not the time here
    if place:
        return Intent("time_in", {"place": place})
    apart = world_clock.difference_asked(text)   # "the time difference between new york and tokyo"
    if apart:
        return Intent("time_difference", apart)
    dst = world_clock.dst_asked(text)   # "is it daylight saving time" (the student: "Yes, it is." in December)
    if dst is not None:
        return Intent("daylight_saving", dst)
    zone = world_clock.zone_asked(text)   # "what time zone is chicago in" (the student: "Eastern")
    if zone:
        return Intent("time_zone", {"place": zone})
    place = world_clock.date_asked(text)   # "what's the date in tokyo": not the date here
    if place:
        return Intent("date_in", {"place": place})
    until = time_until.asked(text)    # "how many hours until midnight": not the time now
    if until:
        return Intent("time_until", until)
    later = time_until.asked_later(text)   # "what time will it be in 2 hours"
    if later:
        return Intent("time_after", later)
    holiday = dates.holiday_asked(text)   # "is today a holiday" (the student: "Today is a holiday.")
    if holiday:
        return Intent("holiday_on", holiday)
    counted = calendar_days.weekdays_asked(text)   # "how many mondays are in this month"
    if counted:
        return Intent("weekdays_in", counted)
    ordered = calendar_days.order_asked(text)   # "what comes after tuesday"
    if ordered:
        return Intent("next_in_order", ordered)
    noted = noted_dates.asked(text)   # "how many days until my anniversary" (a date in the notes)
    if noted:
        return Intent("days_until_noted", noted)
    # "how many days between march 1 and april 15", "what season is it", "when is the next full moon"
    reckoned = date_math.asked(text) or seasons.asked(text) or sky.asked(text)
    if reckoned:
        return Intent(*reckoned)
    other_day = dates.asked(text)     # "what day of the week was july 4th 1776": not today
    if other_day:
        return Intent("date_of", other_day)
    if re.search(r"\b(?:the )?(?:time and (?:the )?date|date and (?:the )?time)\b", text):   # (the time only)
        return Intent("clock", {"what": "date_and_time"})
    if re.search(r"\b(what time is it|what time it is|what is the time|tell me the time|the time now|current time|time is it|"
                 r"got the time|check the time|what hour is it|how late is it|know the time|o'clock is it)\b|"
                 r"^(the )?time(,)? please$|^time( check)?$", text):
        return Intent("clock", {"what": "time"})
    if re.search(r"\bday of the month\b", text):
        return Intent("clock", {"what": "date"})
    if re.search(r"\b(what day (is (it|today)|it is)|which day is (it|today)|day of the week|"
                 r"is (it|today) (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|what weekday|"
                 r"is it (the )?weekend|is (it|today) a week ?day)\b", text):
        return Intent("clock", {"what": "weekday"})
    for what in ("month", "year"):   # "what month is it" (was the whole date)
        if re.fullmatch(rf"(?:what|which) {what} is it(?: now| today)?|what is the {what}(?: now| today)?", text):
            return Intent("clock", {"what": what})
    if re.fullmatch(r"(?:what|which) week(?: number)?(?: of the year)? is it(?: now| today)?|what is the week number", text):
        return Intent("clock", {"what": "week"})
    if re.search(r"\b(what is (the|today's) date|(what|which) date is it|today's date|what is today|what year is it|"
                 r"what month is it|tell me the date|the date today)\b", text):
        return Intent("clock", {"what": "date"})
    return None


def _alarms(text: str, question: str) -> Intent | None:
    """An alarm or a reminder at a time on the clock ("set an alarm for 7:30", "remind me to call mom at 6 pm");
    cancelling it ("cancel my alarm"). A length of time ("in 10 minutes") is a timer (_timers)."""
    m = re.fullmatch(r"(?:please )?(?:cancel|stop|delete|remove|turn off|switch off|clear) (?:the |my )?(alarm|reminder)", text)
    if m:
        return Intent("timer_cancel", {"name": m.group(1)})
    m = re.fullmatch(r"(?:please )?(?:cancel|delete|remove|turn off|clear) (?:all|every)(?: of)? (?:the |my )?(alarm|reminder)s?", text)
    if m:   # (refused)
        return Intent("timer_cancel", {"name": f"all {m.group(1)}s"})
    if re.fullmatch(r"(?:please )?(?:set|create|make|add) (?:an |my )?alarm(?: for (?:tomorrow|the morning|tomorrow morning))?", text):
        return Intent("clarify", {"text": "What time should the alarm be? Say, for example: set an alarm for seven thirty."})
    if re.fullmatch(r"(?:please )?(?:set|create|make|add) (?:a |me a )?reminder(?: for (?:tomorrow|later|today|tonight))?|"
                    r"remind me(?: later| tomorrow)?", text):
        return Intent("clarify", {"text": "What should I remind you of, and when? Say, for example: remind me to call "
                                          "the bank tomorrow at 9."})   # (muddled)
    if re.fullmatch(r"what(?: is|'s) (?:on )?(?:my|the) (?:calendar|schedule|agenda|diary|plan)(?: for)?(?: today| tomorrow| this week)?|"
                    r"do i have (?:any )?(?:meetings|appointments|plans|anything|events)(?: on)?(?: today| tomorrow| this week)?|"
                    r"what do i have (?:on |going on )?(?:today|tomorrow|this week)|what(?: is|'s) (?:coming )?up (?:today|tomorrow|"
                    r"next)|(?:read|show) me my (?:calendar|schedule|agenda)", text):   # ("I'm on my calendar for a meeting.")
        return Intent("agenda", {})
    arguments = alarm_intents.asked(text)
    if arguments is None and re.fullmatch(r"(?:please )?(?:set|make) (?:an |my )?alarm (?:for|at) \d{1,3}(?::\d\d)?(?: ?[ap]m)?", text):
        return Intent("clarify", {"text": "That isn't a time on the clock. Say, for example, seven thirty."})   # "25:00"
    return Intent("alarm_set", arguments) if arguments else None


def _distance(text: str, question: str) -> Intent | None:
    apart = distance.asked(text)   # "how far is paris from rome" (was the offline notice for maps)
    return Intent("distance", apart) if apart else None


def _offline(text: str, question: str) -> Intent | None:
    if re.match(r"(?:(?:can|could|would) you |please )*(?:help me )?(?:write|draft|compose|translate)\b|how do (?:you|i) say\b|"
                r"how (?:do|should|can) i (?:write|word|start|end|sign off|reply to|answer) (?:an? |my |the )?(?:e-?mail|message)",
                text):
        return None   # "write an email to my boss ...", "translate the weather is nice": writing, not a live look-up
    found = sports.asked(text)   # "who won the world cup in 2018", "who won the last world cup": history, not a live score
    if found:
        return Intent("sports_fact", found)
    topic = offline.asked(text)
    return Intent("offline_notice", {"topic": topic}) if topic else None


def _facts(text: str, question: str) -> Intent | None:
    """Capitals, a country's currency or population, an element's symbol or atomic number (facts.py's tables)."""
    compared = compare_places.asked(text)   # "which is bigger, germany or france" (the student: "Germany is larger")
    if compared:
        return Intent("compare_places", compared)
    found = asked_fact(text)
    if found:
        return Intent("lookup_fact", call_arguments(found, question))
    named = constants.asked(text)   # "the freezing point of water in fahrenheit", "the speed of light"
    if named:
        return Intent("constant", named)
    best = superlatives.asked(text)   # "the tallest building in the world" (the student: "in Saudi Arabia")
    if best:
        return Intent("record", best)
    mixed = colors.asked(text)   # "what color do blue and yellow make" (the student: "The sky is blue.")
    if mixed:
        return Intent("mix_colors", mixed)
    counted = counts.asked(text)   # "how many legs does an insect have" (the student: four)
    if counted:
        return Intent("count_of", counted)
    happened = history_dates.asked(text)   # "what year did the titanic sink" (the student: 1996)
    if happened:
        return Intent("history_date", happened)
    made = artworks.asked(text)   # "who painted the mona lisa" (the student: "painted in 1671")
    if made:
        return Intent("artwork", made)
    first = discoveries.first_asked(text)   # "who was the first woman in space" (the student: "Valentina Scott")
    if first:
        return Intent("first_to", first)
    president = presidents.asked(text)   # "who was the first president of the united states" (the student: John F. Kennedy)
    if president:
        return Intent("us_president", president)
    known = discoveries.known_for_asked(text)   # "what did marie curie discover" (the student: X-rays)
    if known:
        return Intent("known_for", known)
    found = discoveries.asked(text)   # "who discovered gravity" (the student: "John Newton")
    if found:
        return Intent("discovery", found)
    written = books.asked(text)   # "who wrote pride and prejudice" ("The novel by Jane Austen is attributed to the author.")
    if written:
        return Intent("book_author", written)
    why = explanations.asked(text)   # "why do leaves change color" (the student: "the sun's rays heat the leaves")
    if why:
        return Intent("explain", why)
    span = lifespans.asked(text)   # "how long do elephants live" (the student: 70 to 90 years)
    if span:
        return Intent("lifespan", span)
    advice = health_basics.asked(text)   # "how long can milk sit out" (the student: "24 hours")
    if advice:
        return Intent("health_basics", advice)
    eaten = food.asked(text)   # "how many calories are in a banana" (44), "how do i boil an egg" ("for 180 minutes")
    if eaten:
        return Intent("food_fact", eaten)
    steps = howto.asked(text)   # "how do i tie a tie" (the student: "Tie a tie with a string.")
    return Intent("howto", steps) if steps else None


# The fast path: one matcher per skill, tried in this order; each sees the same cleaned text (none
# rewrites it for the next), and tests/skills/test_intents.py checks that no matcher earlier in the
# table claims a request meant for a later one.
def _units_or_weight(text: str, question: str) -> Intent | None:
    """A conversion; grams in a spoon or cup of a kitchen staple first ("how many grams of sugar in a teaspoon": "6")."""
    weight = food.weighed(text)
    return Intent("food_weight", weight) if weight else _units(text, question)


MATCHERS: tuple[tuple[str, Callable[[str, str], "Intent | None"]], ...] = (
    ("safety", _safety), ("small_talk", _small_talk), ("conversation", _conversation), ("desktop_help", _desktop_help), ("define", _define),
    ("clock", _clock), ("alarms", _alarms), ("notes", _notes), ("count", _count), ("timers", _timers), ("apps", _apps),
    ("volume", _volume), ("units", _units_or_weight), ("distance", _distance), ("offline", _offline), ("chance", _chance), ("calculator", _calculator),
    ("facts", _facts),
)


def match(question: str, previous: str | None = None) -> Intent | None:
    """The skill call for `question`, or None for the model. `previous`: the person's last question, for
    a follow-up of a fact ("And of Malta?" after "What is the capital of Spain?")."""
    text = clean(question)
    if not text:
        return None
    if previous and re.search(r"\b(?:there|over there)$|^(?:and )?how (?:far|many (?:miles|kilometers|km)) (?:away )?is (?:it|that)\b",
                              text):   # "what time is it there?", "how far is it from London?": that place's, not here
        there = follow_ups.on_the_place(clean(previous), text)
        if there:
            return there
    for _name, matcher in MATCHERS:
        intent = matcher(text, question)
        if intent is not None:
            return intent
    if not previous:
        return None
    before = clean(previous)
    found = follow_up_fact(before, text)
    if found:
        return Intent("lookup_fact", call_arguments(found, question))
    return (length_answer(before, text) or follow_ups.on_the_distance(before, text) or _unit_follow_up(before, text) or arithmetic_follow_up(before, text) or follow_ups.cancel_it(before, text)
            or follow_ups.on_the_timer(before, text) or follow_ups.on_the_stopwatch(before, text) or follow_ups.another(before, text)
            or follow_ups.which_person(before, text) or follow_ups.on_the_list(before, text)
            or follow_ups.on_the_alarm(before, text) or follow_ups.on_the_work(before, text)
            or follow_ups.on_the_place(before, text) or follow_ups.on_the_note(before, text) or follow_ups.forget_it(before, text)
            or follow_ups.tell_me_more(before, text) or follow_ups.on_the_constant(before, text)
            or reply_follow_ups.on_the_record(before, text) or reply_follow_ups.on_the_reply(before, text)
            or reply_follow_ups.on_the_subject(before, text))


def context_of(questions: list[str]) -> str | None:
    """The request a follow-up is read against, from the person's earlier questions (oldest first): a
    follow-up stands for the request it resolved to, so follow-ups chain ("capital of Spain?", "And of
    Malta?", "And of Peru?"). A question that stands alone is its own context, in the person's words.
    The last few questions are enough: a chain is read from its start."""
    context = None
    for question in questions[-6:]:
        alone = match(question) is not None
        context = question if alone else follow_ups.restated(match(question, context)) or question
    return context
