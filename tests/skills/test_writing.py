"""Short messages for everyday occasions (assistant/skills/writing.py). The student repeated such requests back
("Apologies to my friend for missing her party."), said the opposite ("Write a get well soon message." -> "I'm
well and ready to go.") or made nonsense ("Suggest a name for my dog." -> "A name for your dog is a name tag.")."""

import pytest

from assistant.skills.intents import match
from assistant.skills.writing import Writer


def _write(text, writer=None):
    intent = match(text)
    assert intent is not None and intent.name == "write_message", (text, intent)
    return (writer or Writer()).write(**intent.arguments).speech


@pytest.mark.parametrize("text, starts", [
    ("Write a birthday message for my mom.", "Here's one: Happy birthday, Mom! "),
    ("Write a birthday card for Sarah.", "Here's one: Happy birthday, Sarah! "),
    ("Write a thank you note to my neighbor.", "Here's one: Thank you so much. "),
    ("Write a thank you note for the flowers.", "Here's one: Thank you so much for the flowers. "),
    ("Write a get well soon message.", "Here's one: Get well soon! "),
    ("Write a short congratulations message for a new job.", "Here's one: Congratulations on your new job! "),
    ("Write an apology to my friend for missing her party.", "Here's one: I'm so sorry for missing your party. "),
    ("Help me write a text to Sam saying I'll be late by 10 minutes.", "Here's one: Sorry, I'm running late. I'll be there in 10 minutes."),
    ("Write an out of office reply.", "Here's one: Thank you for your message. I'm out of the office"),
    ("Suggest a name for my dog.", "How about Biscuit, Luna or Max?"),
    ("What should I name my cat?", "How about Mochi, Luna or Oliver?"),
])
def test_each_occasion(text, starts):
    assert _write(text).startswith(starts)


def test_another_one_is_the_next_message():
    writer = Writer()
    first = _write("Write a congratulations message for her promotion.", writer)
    again = match("Another one.", "Write a congratulations message for her promotion.")
    assert again.name == "write_message" and writer.write(**again.arguments).speech != first


@pytest.mark.parametrize("text", ["Write a poem about the sea.", "Write a haiku about my job.", "Write a story about a dragon."])
def test_other_writing_is_the_models(text):
    assert getattr(match(text), "name", None) != "write_message"


def test_a_one_sentence_message_is_one_sentence():
    assert _write("Write a one-sentence birthday message for my sister.") == \
        "Here's one: Happy birthday! I hope your day is full of good things and the year ahead is even better."
    assert _write("Write a short thank-you line for a wedding gift.") == "Here's one: Thank you so much for the wedding gift."


@pytest.mark.parametrize("text, thanks", [
    ("Write a thank-you note to my neighbor who watered my plants.", "Thank you so much for watering my plants."),
    ("Write a thank you message to my friend who drove me to the airport.", "Thank you so much for driving me to the airport."),
    ("Write a thank you note to the nurse who took care of my dad.", "Thank you so much for taking care of my dad."),
    ("Write a thank you note to my teacher that helped me pass the exam.", "Thank you so much for helping me pass the exam."),
    ("Write a thank you note to my friend who stopped by with soup.", "Thank you so much for stopping by with soup."),
    ("Write a thank you note to my friend who is always there for me.", "Thank you so much for always being there for me."),
    ("Write a thank you card to my aunt for her gift.", "Thank you so much for your gift."),
    ("Write a thank you note for my birthday present.", "Thank you so much for my birthday present."),
])
def test_thanks_say_what_for_when_it_is_said_as_a_clause(text, thanks):
    """What someone did, said as "who watered my plants", is what the thanks are for (it was dropped: "Thank you so
    much." alone); the sender's own "my" stays the sender's, the other person's "her" becomes "your"."""
    assert _write(text).startswith(f"Here's one: {thanks} ")


@pytest.mark.parametrize("text, says", [
    ("Help me write an email to my boss asking for a day off.", "Here's one: Hi, I'd like to ask for a day off. "),
    ("Write a message to Sarah asking for a day off next Monday.", "Here's one: Hi Sarah, I'd like to ask for a day off "
                                                                   "next Monday. "),
    ("Write an email asking for time off on Friday.", "Here's one: Hi, I'd like to ask for a day off on Friday. "),
])
def test_asking_for_a_day_off(text, says):
    """(was "I'm offline, so I can't check your email.")"""
    assert _write(text).startswith(says)


@pytest.mark.parametrize("text", ["What's a good name for a goldfish?", "Suggest a name for my hamster."])
def test_names_for_small_pets(text):
    assert _write(text) == "How about Bubbles, Nibbles or Peanut?"   # (the student: "A goldfish is a cute little fish.")


@pytest.mark.parametrize("text, says", [
    ("Write an invitation to my birthday party on Saturday.", "Here's one: You're invited to my birthday party on Saturday! "),
    ("Write a note to my son's teacher saying he'll be absent tomorrow.",
     "Here's one: Dear teacher, I'm writing to let you know that my son will be absent from school tomorrow."),
    ("Write a complaint about a late delivery.", "Here's one: Hello, I'm writing to complain about the late delivery."),
    ("Write a toast for my sister's wedding.", "Here's one: I'd like to raise a glass to my sister and the love of her life."),
    # a toast that is not for a wedding is no wedding toast (it was "a toast to a retirement party and the love of their life")
    ("Write a toast for my dad's retirement.", "Here's one: Please raise your glasses to my dad. Thank you for all the years"),
    ("Write a toast for my friend's 40th birthday.", "Here's one: Please raise your glasses to my friend. Happy birthday,"),
    ("Write a toast for our grandparents' anniversary.", "Here's one: I'd like to raise a glass to our grandparents: here's to your love,"),
    ("Write a resignation letter.", "Here's one: Dear Manager, please accept this letter as my resignation."),
    ("Write a farewell message for my coworker.", "Here's one: It's been a real pleasure working with you."),
    ("Write a Mother's Day card for my mom.", "Here's one: Happy Mother's Day, Mom! "),
    ("Write an anniversary message for my husband.", "Here's one: Happy anniversary! Every year with you"),
    # who is welcomed, to what (the validation set's book club: the first version said only "Welcome!")
    ("Write a short welcome message for new members of a book club.", "Here's one: Welcome to the book club! "),
    ("Write a welcome message for a new colleague.", "Here's one: Welcome to the team! "),
    # (the student: "I'm sick and I need to rest. Is there anything else I can do for you?")
    ("Help me write a message telling my boss I'm sick.", "Here's one: Hi, I'm not feeling well and won't be able to "
                                                         "come in today."),
    ("Write a message to Sarah saying I'm not feeling well and can't come in tomorrow.",
     "Here's one: Hi Sarah, I'm not feeling well and won't be able to come in tomorrow."),
    ("Write a sick note for work.", "Here's one: Hi, I'm not feeling well and won't be able to come in today."),
    ("Write a message to my landlord about a broken heater.", "Here's one: Hi, I'm writing to let you know about the broken "
                                                             "heater in my home."),
    ("Write a message to cancel my gym membership.", "Here's one: Hello, I'd like to cancel my gym membership,"),
    ("Write a reminder email about the meeting tomorrow.", "Here's one: Hi all, just a quick reminder about the meeting tomorrow."),
    ("Write a note for my neighbor asking them to keep the noise down.", "Here's one: Hi, I hope you're well. Would you mind "
                                                                          "keeping the noise down"),
    ("Write a polite reminder to pay me back.", "Here's one: Hi, just a friendly reminder about the money I lent you."),
    ("Write a message asking for a refund.", "Here's one: Hello, I'd like to request a refund."),
    # the words to say are the occasion (was "I can't make calls or send messages.")
    ("Write a text to my friend saying happy birthday.", "Here's one: Happy birthday! "),
    ("Write a message to congratulate my friend on her new baby.", "Here's one: Congratulations on your new baby! Wishing you"),
    # for a couple who are not the sender's partner: a wish for the two of them, no "I love you"
    ("Write a wedding anniversary card for my parents.", "Here's one: Happy anniversary! Wishing you both"),
])
def test_more_occasions_say_what_was_asked(text, says):
    assert _write(text).startswith(says)


def test_a_haiku_on_a_topic_the_table_has_is_five_seven_five():
    # ("The ocean is a vast and mysterious place, full of wonders." was the student's haiku; session 25)
    from assistant.skills.writing_extra import HAIKU

    said = _write("Write a haiku about autumn.", Writer())
    assert said == "Here's one: " + HAIKU["autumn"]
    assert len(HAIKU) == 10 and all(line.count(", ") >= 2 for line in HAIKU.values())
