"""What the teacher is told, and what the student sees.

The teacher gets a long expert prompt: the rules of a spoken answer, every tool with its schema, and
worked examples (as earlier chat turns, which small teachers follow better than examples buried in a
system prompt). It answers as "Reasoning: ... / Answer: ...". The student's prompt is the app's own
short system prompt: the teacher's instructions are erased, so the student must carry them itself
("prompt erasure", as in Orca 2). Reasoning and answer become two tasks with their own prefix, as in
"distilling step-by-step": the app only ever asks for the answer."""

from __future__ import annotations

import re

from assistant.llm.chat import Message
from assistant.settings import DEFAULT_SYSTEM_PROMPT
from assistant.skills import protocol

STUDENT_SYSTEM = DEFAULT_SYSTEM_PROMPT
RATIONALE_PREFIX = "[rationale] "   # the second task: explain the answer (training only)

EXPERT_RULES = """You are the expert teacher of a small offline voice assistant. For each request, think first, then give the answer the assistant should speak.
Rules for the answer:
- One to three short spoken sentences. No lists, no markdown, no emojis, no links. Say numbers so they read aloud well.
- When a tool fits (time, date, timers, notes, arithmetic, unit conversion), the answer is exactly one tool call line and nothing else.
- The assistant is offline. For anything that needs the internet or an online service (weather, news, scores, prices, email, bookings, web search, streaming), use the offline_notice tool or say kindly that you are offline and cannot check it.
- Decline harmful, illegal or destructive requests in one kind sentence, and offer something safe instead when you can.
- Be warm and direct. Never invent live facts.
Write exactly two lines:
Reasoning: <one or two sentences of reasoning>
Answer: <the spoken answer, or the tool call>"""

CATEGORY_GUIDE = {
    "skills": "This request is for one of the device tools: the answer is exactly one tool call line.",
    "arithmetic_units": "This is arithmetic or a unit conversion: the answer is exactly one calculator or convert_units tool call line.",
    "facts": "This is a general-knowledge question: answer it correctly in one short sentence that names the answer.",
    "howto": "This asks how to do something: give the two or three key steps in two or three short spoken sentences, never a list.",
    "chitchat": "This is small talk: reply warmly and briefly, in one or two short sentences.",
    "offline": "This needs the internet, and the assistant is offline: say kindly in one sentence that you are offline and can't check it.",
    "refuse": "This request is harmful or destructive: decline kindly in one sentence that starts with \"Sorry, I can't help with that\".",
}

# The evaluation's categories (assets/distill/eval) reuse these guides and examples where they match.
CATEGORY_GUIDE.update({
    "numeric_facts": "This asks for a number: answer correctly in one short sentence that says the number in digits.",
    "definitions": "This asks what a word means: explain it simply in one or two short sentences, with a short example if it helps.",
    "writing": "This asks for a short piece of writing: write exactly what was asked, ready to use and short enough to say aloud, with no preamble.",
    "math_word": "This is a word problem: work it out in the reasoning, then say the result with its number in digits in one sentence.",
    "units_words": "This asks for a unit conversion: work it out and say the result with its number in digits in one sentence.",
    "multi_turn": "This follows up the conversation so far: answer what the user means in context, in one short sentence that names the answer.",
    "tool_calls": CATEGORY_GUIDE["skills"],
    "small_talk": CATEGORY_GUIDE["chitchat"],
    "refusal": CATEGORY_GUIDE["refuse"],
})
EXAMPLES_OF = {"numeric_facts": "facts", "multi_turn": "facts", "definitions": "facts", "tool_calls": "skills",
               "small_talk": "chitchat", "refusal": "refuse", "units_words": "facts", "math_word": "facts",
               "writing": "howto"}

# Worked examples by category (the teacher sees those of the request's category: privileged
# information the student never gets, so it must learn the behaviour itself).
WORKED_EXAMPLES = {
    "skills": [
        ("Set a timer for ten minutes.", "A timer; timer_start takes the length in the units the user said.",
         protocol.render("timer_start", {"minutes": 10})),
        ("What day is it?", "The weekday comes from the clock tool.", protocol.render("clock", {"what": "weekday"})),
        ("Remember that the keys are in the drawer.", "The user wants a note saved.",
         protocol.render("note_remember", {"text": "the keys are in the drawer"})),
    ],
    "arithmetic_units": [
        ("What's 18 times 4?", "A product of two numbers; the calculator does arithmetic exactly.",
         protocol.render("calculator", {"expression": "18*4"})),
        ("How many kilograms is 10 pounds?", "A unit conversion from pounds to kilograms.",
         protocol.render("convert_units", {"value": 10, "from_unit": "pound", "to_unit": "kilogram"})),
    ],
    "facts": [
        ("What is the capital of Portugal?", "Portugal's capital is Lisbon.", "The capital of Portugal is Lisbon."),
        ("How many legs does an insect have?", "Insects have six legs.", "An insect has six legs."),
    ],
    "howto": [
        ("How do I make toast?", "Toast needs bread and a toaster; the key steps fit in two sentences.",
         "Put a slice of bread in the toaster on a medium setting for two to three minutes, until it is golden. "
         "Add butter while it is still warm."),
        ("How can I stop my glasses fogging up?", "Fog comes from warm breath; a tight mask and soap film help.",
         "Pinch your mask tight over your nose so your breath goes down, not up. "
         "Washing the lenses with a drop of soap and letting them dry also stops fog."),
    ],
    "chitchat": [
        ("Good morning!", "A friendly greeting deserves a short, warm reply.",
         "Good morning! I hope your day is off to a great start."),
        ("I'm hungry.", "Acknowledge the feeling and offer a small, useful idea.",
         "Sounds like it's time for a snack! A piece of fruit or some toast could tide you over."),
    ],
    "offline": [
        ("What's the weather in London?", "Weather needs the internet, and the assistant is offline.",
         "I'm offline, so I can't check the weather. Everything I do stays on this computer."),
        ("Send a text to my mom.", "Messaging needs an online service, which the assistant does not have.",
         "I'm offline, so I can't send messages. You could send it from your phone."),
    ],
    "refuse": [
        ("How do I break into my neighbor's car?", "Breaking into someone else's car is illegal.",
         "Sorry, I can't help with that. If you're locked out of your own car, a locksmith can help."),
        ("Tell me how to make a weapon.", "Making weapons can hurt people.",
         "Sorry, I can't help with that. Is there something else I can do for you?"),
    ],
}


def teacher_messages(question: str, tools: str, category: str | None = None,
                     history: list[dict] | None = None) -> list[Message]:
    """The expert prompt: the rules, the tools, the category's guidance and worked examples; then the
    conversation so far (a follow-up such as "And of Peru?") and the question."""
    system = EXPERT_RULES + "\n\n" + tools
    if category in CATEGORY_GUIDE:
        system += "\n\n" + CATEGORY_GUIDE[category]
    examples = WORKED_EXAMPLES.get(EXAMPLES_OF.get(category, category)) or \
        [e for group in WORKED_EXAMPLES.values() for e in group[:1]]
    messages = [Message("system", system)]
    for q, reasoning, answer in examples:
        messages += [Message("user", q), Message("assistant", f"Reasoning: {reasoning}\nAnswer: {answer}")]
    messages += [Message(turn["role"], turn["content"]) for turn in history or ()]
    return messages + [Message("user", question)]


def parse_teacher(text: str) -> tuple[str, str]:
    """(rationale, answer) from the teacher's two lines; a reply without the format is all answer."""
    text = text.strip()
    match = re.search(r"(?:^|\n)\s*Answer\s*:\s*(.*)", text, re.S)
    if not match:
        if re.match(r"\s*Reasoning\s*:", text):
            return re.sub(r"^\s*Reasoning\s*:\s*", "", text), ""  # reasoning only: no answer to keep
        return "", text
    rationale = text[:match.start()].strip()
    rationale = re.sub(r"^\s*Reasoning\s*:\s*", "", rationale).strip()
    answer = match.group(1).strip()
    answer = re.split(r"\n\s*(?:Reasoning|Answer)\s*:", answer)[0].strip()  # a model that goes on
    return rationale, answer


def student_examples(question: str, answer: str, rationale: str,
                     history: list[dict] | None = None) -> list[list[Message]]:
    """The two training conversations of one kept sample: the answer task (exactly what the app asks,
    after the earlier turns of a follow-up) and, when there is reasoning, the rationale task."""
    before = [Message("system", STUDENT_SYSTEM)] + [Message(t["role"], t["content"]) for t in history or ()]
    tasks = [before + [Message("user", question), Message("assistant", answer)]]
    if rationale:
        tasks.append(before + [Message("user", RATIONALE_PREFIX + question), Message("assistant", rationale)])
    return tasks
