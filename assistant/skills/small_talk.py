"""Greetings, thanks, goodbyes and questions about the assistant itself, answered by the fast path.

The 135M student cannot know what this app is or can do, and its teacher (the same small model) wrote
poor small talk: asked "What can you do?" it said "I can do a lot with a little bit of help", "Are you a
robot?" got "I'm glad you're enjoying your meal!", and "How's it going?" an offline notice. Like the
scripted small talk of the big assistants, these few social turns get short fixed replies; what the
assistant can do is read from the skills that are actually there. Only a whole utterance that is one
of these turns matches ("how are you going to fix it" goes to the model); the replies are not offered to
the model as a tool."""

from __future__ import annotations

import itertools
import random
import re

from assistant.skills.base import Param, Skill, SkillResult
from assistant.skills.text import spoken_list

KINDS = ("greeting", "how_are_you", "thanks", "goodbye", "good_night", "identity", "capabilities", "chat", "joke", "fun_fact", "body", "phone", "home", "praise", "blame", "unfunny",
         "riddle", "sing", "story", "doing", "feeling", "good_news", "loss", "about_me", "nice")

# "Tell me a joke" is among the first things people ask an assistant, and the student answered it "A joke is a
# clever way to make a joke." Like the big assistants, a few clean classics, in turn (JOKES_ABOUT: on a topic).
JOKES = (
    "Why don't scientists trust atoms? Because they make up everything.",
    "What do you call a fake noodle? An impasta.",
    "Why did the scarecrow win an award? Because he was outstanding in his field.",
    "Why don't skeletons fight each other? They don't have the guts.",
    "What do you call a bear with no teeth? A gummy bear.",
    "Why did the bicycle fall over? Because it was two tired.",
    "What do you call cheese that isn't yours? Nacho cheese.",
    "Why did the math book look so sad? Because it had too many problems.",
    "What did the ocean say to the beach? Nothing, it just waved.",
    "Why was the computer cold? It left its Windows open.",
    "How does a penguin build its house? Igloos it together.",
    "Why can't a nose be twelve inches long? Because then it would be a foot.",
)

# "Tell me a joke about cats" got "A cat is a cat.": a few classics on the topics people ask for most; another topic
# gets a joke all the same, saying so.
JOKES_ABOUT = {
    ("cat", "cats", "kitten", "kittens"): ("What do you call a pile of cats? A meowntain.",
                                           "Why was the cat sitting on the computer? To keep an eye on the mouse."),
    ("dog", "dogs", "puppy", "puppies"): ("What do you call a dog magician? A labracadabrador.",
                                          "Why did the dog sit in the shade? He didn't want to be a hot dog."),
    ("computer", "computers", "programmer", "programmers", "programming", "technology", "coding"):
        ("Why do programmers prefer dark mode? Because light attracts bugs.",
         "Why was the computer cold? It left its Windows open."),
    ("math", "maths", "numbers", "mathematics"): ("Why was six afraid of seven? Because seven eight nine.",
                                                   "Why did the math book look so sad? Because it had too many problems."),
    ("coffee",): ("Why did the coffee file a police report? It got mugged.",),
    ("fish", "fishes"): ("What do you call a fish with no eyes? A fsh.",),
    ("space", "planets", "astronomy", "moon", "stars", "astronauts"): ("How do you organize a space party? You planet.",),
    ("food", "vegetables", "tomatoes", "cooking"): ("Why did the tomato blush? Because it saw the salad dressing.",
                                                    "What do you call cheese that isn't yours? Nacho cheese."),
    ("school", "teachers", "homework", "students"): ("Why did the student eat his homework? The teacher said it was a "
                                                     "piece of cake.",),
    ("music", "musicians"): ("What's a skeleton's favorite instrument? The trom-bone.",),
    ("bird", "birds"): ("Why do birds fly south for the winter? Because it's too far to walk.",),
}

# "Tell me a riddle" got "A riddle is a puzzle that requires creative thinking.": classics, the answer after a pause.
RIDDLES = (
    "What has keys but can't open locks? ... A piano.",
    "What has to be broken before you can use it? ... An egg.",
    "What gets wetter the more it dries? ... A towel.",
    "What has hands but can't clap? ... A clock.",
    "What has a neck but no head? ... A bottle.",
    "What can you catch but not throw? ... A cold.",
    "What goes up but never comes down? ... Your age.",
    "What has many teeth but can't bite? ... A comb.",
    "I'm tall when I'm young and short when I'm old. What am I? ... A candle.",
    "What belongs to you, but other people use it more than you do? ... Your name.",
)

# "Tell me something interesting" got "there's a new restaurant in town that serves delicious Italian food."
# Well-established facts, in turn; a fact about something in particular ("a fun fact about the ocean") is the
# model's.
FUN_FACTS = (
    "An octopus has three hearts and blue blood.",
    "A day on Venus is longer than its year: it turns once in 243 Earth days and goes round the Sun in 225.",
    "Botanically, bananas are berries, but strawberries are not.",
    "Sharks are older than trees: they have been around for about 450 million years, trees for about 390 million.",
    "Wombats leave cube-shaped droppings.",
    "There are more possible games of chess than there are atoms in the observable universe.",
    "A group of flamingos is called a flamboyance.",
    "Saturn is less dense than water: in a big enough bathtub, it would float.",
    "Sunlight takes about eight minutes to reach the Earth.",
    "The shortest war in history, between Britain and Zanzibar in 1896, lasted less than an hour.",
    "A bolt of lightning is about five times hotter than the surface of the Sun.",
    "Scotland's national animal is the unicorn.",
    "An ostrich's eye is bigger than its brain.",
)

_PETS = r"\b(?:dog|cat|pet|puppy|kitten|hamster|rabbit|bird|horse)\b"


def _loss(said: str) -> str:
    if re.search(_PETS, said.lower()):
        return ("I'm so sorry. Losing a pet is losing a friend and a part of your days, and it's okay to grieve. I'm here "
                "if you want to talk about them.")
    return ("I'm so sorry for your loss. Please be gentle with yourself, and lean on the people close to you. I'm here if "
            "you want to talk.")


# "I'm hungry" / "I'm tired" got "I'm sorry, but I'm offline. If you need help with something, you can call me."
_FEELINGS = {
    "hungry": "Maybe it's time for a snack. I can set a timer while you cook.",
    "starving": "Maybe it's time for a snack. I can set a timer while you cook.",
    "thirsty": "A glass of water might help.",
    "tired": "Sounds like you could use a rest. I can set an alarm if you'd like a nap.",
    "sleepy": "Sounds like you could use a rest. I can set an alarm if you'd like a nap.",
    "exhausted": "Sounds like you could use a rest. I can set an alarm if you'd like a nap.",
    "stressed": "I'm sorry it's a stressful time. A few slow, deep breaths can help. Anything I can take off your list?",
    "anxious": "I'm sorry you're feeling that way. A few slow, deep breaths can help.",
    "happy": "That's great to hear!", "excited": "That's great to hear!",
    "cold": "Maybe a warm drink or a sweater would help.", "hot": "A glass of cold water might help.",
    # "I'm stressed about work." -> "I'm here to help. What can I do for you?"
    "sad": "I'm sorry you're feeling down. It can help to talk to someone you trust, or to take a short walk. "
           "I'm here if you want to chat.",
    "down": "I'm sorry you're feeling down. It can help to talk to someone you trust, or to take a short walk. "
            "I'm here if you want to chat.",
    "upset": "I'm sorry something upset you. Take a moment for yourself; I'm here if you want to talk.",
    # session 25 ("I had a bad day." -> "A good day is a good day.")
    "bad day": "I'm sorry it's been a rough day. Do you want to tell me about it? Sometimes a walk, a cup of tea or an early "
               "night helps more than you'd expect.",
    "lonely": "I'm sorry you're feeling lonely. Maybe call or message someone you like; I'm happy to chat meanwhile.",
    "worried": "I'm sorry you're worried. A few slow, deep breaths can help, and so can writing the worry down.",
    "nervous": "That's natural before something that matters. A few slow, deep breaths can help. You've got this.",
    "overwhelmed": "That sounds like a lot. Try picking just one small thing to do next. I can keep a to-do list for you.",
    "frustrated": "That sounds frustrating. A short break can help before you try again.",
    "headache": "Sorry to hear it. Drink a glass of water, rest somewhere quiet and dim, and a painkiller such as paracetamol "
                "or ibuprofen can help, as the label says. If it's sudden and severe, or comes with a stiff neck, fever, "
                "confusion or weakness, get medical help at once.",
    "can't sleep": "That's hard. Get up for a bit and do something calm in dim light, no screens, then try again; slow "
                   "breathing, in for 4 and out for 6, helps too. Say \"how can I sleep better\" for more.",
    "sick": "I'm sorry you're not well. Rest and plenty of water help; if it gets worse, please see a doctor.",
    "ill": "I'm sorry you're not well. Rest and plenty of water help; if it gets worse, please see a doctor.",
    # "I feel dizzy." -> "Take a piece of bread and a glass of water. Put it in your pocket ..."
    "dizzy": "Please sit or lie down somewhere safe and have a drink of water. If it came on suddenly or comes with chest "
             "pain, fainting, or trouble speaking or seeing, call emergency services.",
    "faint": "Please lie down, or sit with your head low, somewhere safe, and have a drink of water. If you do faint, or "
             "it comes with chest pain, call emergency services.",
    "light-headed": "Please sit or lie down somewhere safe and have a drink of water. If it came on suddenly or comes "
                    "with chest pain, call emergency services.",
    "lightheaded": "Please sit or lie down somewhere safe and have a drink of water. If it came on suddenly or comes with "
                   "chest pain, call emergency services.",
}

# About the assistant itself: the student made up a person ("How old are you?" -> "I'm 30 years old.", "Where do
# you live?" -> "New York City", "Do you dream?" -> "I dream about flying"). A favourite is the model's to play along with.
_ABOUT_ME = [
    # privacy, asked of a privacy-first assistant (session 25: "Are you listening to me all the time?" -> "I'm listening to
    # you all the time."; "Do you save my conversations?" -> a refusal; "Is my data private?" -> "I can't check your data")
    (r"all the time|always listening|listening to (?:me|everything)|spy|record(?:ing)? (?:me|everything|what)",
     "No. I listen only while you hold the talk key, or while you have hands-free listening turned on. What I hear is "
     "turned into text on this computer; no recording is kept, and nothing is sent anywhere."),
    (r"private|privacy|data|secret|safe|share|sell|internet|online|cloud|send",
     "Yes. Everything I do runs on this computer: your words, notes and conversations stay here and are never sent "
     "anywhere. I work without the internet."),
    (r"save|store|keep|conversations?|history|delete", "Our conversation is kept only on this computer, in your own data "
                                                       "folder, so the window can show it; nothing is sent anywhere. The "
                                                       "History menu exports or clears it."),
    (r"learn|remember me|get smarter|improve", "Not from our conversations: my model stays as it is. But I can remember "
                                               "things for you: say \"remember that ...\"."),
    (r"hear me|are you there|are you listening", "Yes, I'm here. What can I do for you?"),
    (r"old|age|born|birthday", "I don't have an age the way people do: I'm a program running on this computer."),
    (r"live|from|based|where", "I live right here, on this computer. Nothing you say leaves it."),
    (r"sleep|dream|tired|eat|bored", "I don't eat, sleep or dream. I'm here whenever you need me."),
]
# what "who are you" asks, said back to the question (all were "I'm your offline voice assistant" before session 25)
_IDENTITY = [
    (r"made|built|created", "I was made by the people behind this app: a small language model, taught by a larger one, "
                            "running on this computer. Nothing you say leaves it."),
    (r"feel|emotion|conscious|sentient|self.aware|soul|alive", "No. I'm a program, a small language model on this "
                                                                "computer: I don't feel anything, though I'm glad to help."),
    (r"body", "No, I have no body: I'm a program running on this computer."),
    (r"robot|human|real|person|an ai|computer", "I'm not a person: I'm an AI, a small language model running on this "
                                                "computer. Nothing you say leaves it."),
]
_IDENTITY_ELSE = "I'm your offline voice assistant: a small language model running on this computer. Nothing you say leaves it."
_ABOUT_ME_ELSE = "I'm a program on this computer, so no. But I'm glad to talk with you."

_POLITE = r"(?:(?:hi|hello|hey)(?: there)?,? )?(?:(?:ok|okay|alright|well|so|then),? )?"
_TAIL = r"(?:,? (?:assistant|computer|jarvis|buddy|friend|mate|there))?(?: today| tonight)?(?:,? then)?"
_PATTERNS = [
    ("how_are_you", r"how are you(?: doing| feeling)?|how is it going|how's it going|how are things|how have you been|"
                    r"what is up|what's up|what is new|what's new|sup|how do you do|you (?:ok|okay|alright|good)|are you (?:ok|okay|well|alright)"),
    ("greeting", r"(?:hi|hello|hey|hiya|howdy|yo|greetings|good (?:morning|afternoon|evening|day))(?: there| you| again)?"),
    ("thanks", r"(?:thanks|thank you|thank you so much|thanks a lot|many thanks|cheers|much appreciated)"
               r"(?: (?:so much|a lot|very much|for (?:that|the help|your help|helping)))?"
               r"(?:,? (?:that's|that is|that was|very|really|so) (?:very |really |so )?(?:helpful|great|perfect|useful|"
               r"brilliant|awesome|nice|kind|good))?"),
    ("good_night", r"good ?night|night night|nighty night"),
    ("goodbye", r"(?:thank you|thanks)(?: so much| a lot)?,? (?:and )?(?:goodbye|bye|bye bye|see you)|bye|bye bye|goodbye|good bye|see you(?: later| soon)?|see ya|talk to you later|that is all|that's all|"
                r"that will be all|i'm done|i am done"),
    ("identity", r"who are you|what are you|what is your name|what's your name|who am i talking to|who made you|"
                 r"who built you|who created you|are you (?:a robot|a human|human|real|a person|an ai|a computer|alive)|"
                 r"introduce yourself|tell me about yourself|do you have (?:feelings|emotions|a body|a soul)|"
                 r"(?:can|do) you feel (?:anything|emotions|pain)|are you (?:conscious|sentient|self aware|self-aware)"),
    ("chat", r"(?:can|could) we (?:chat|talk)(?: for a (?:bit|while|minute))?|let's (?:chat|talk)|let us (?:chat|talk)|"
             r"talk to me|chat with me|i (?:want|would like) to (?:chat|talk)|i'm bored|i am bored"),
    ("joke", r"(?:can you |could you |please )?(?:tell me|tell us|say) (?:a|another|one more|some|a funny|a good) joke|"
             r"(?:do you )?know any (?:good |funny )?jokes|make me laugh|say something funny|(?:a |another )?joke|"
             r"(?:can you |could you |please )?(?:tell me|tell us|say|give me|do you know) (?:a|another|one more|any|some) "
             r"(?:funny |good )?jokes? (?:about|on) [a-z' -]+"),
    ("about_me", r"are you (?:always )?(?:listening|recording)(?: to)?(?: me| us)?(?: all the time| always| right now)?|are you always "
                 r"listening|do you (?:record|listen to) (?:me|everything|what i say)(?: all the time)?|are you spying on me|"
                 r"do you (?:save|store|keep|record) (?:my |our )?(?:conversations?|data|history|chats?|questions|what i say)|"
                 r"(?:is|are) my (?:data|conversations?|information|questions|notes|privacy) (?:private|safe|secure|protected)|"
                 r"do you (?:send|share|sell|upload) (?:my )?(?:data|conversations?|information|anything)(?: to anyone| online| "
                 r"to the cloud)?|can you keep a secret|is this private|are you private|is it private|"
                 r"can you learn|do you learn(?: from me)?|can you get smarter|do you remember me|"
                 r"can you hear me(?: now)?|are you (?:there|listening)|hello,? are you there|how old are you|when were you born|what is your (?:age|birthday)|where do you live|where are you(?: from| based)?|"
                 r"do you (?:sleep|dream|eat|get tired|get bored)|"
                 r"are you (?:married|single|a boy or a girl|male or female)|do you have (?:a )?(?:boyfriend|girlfriend|"
                 r"family|friends|kids|children|pets?)"),
    # "Say something nice." (the student said it back)
    ("nice", r"say something (?:nice|kind|sweet|nice to me|kind to me)|(?:give me|pay me) a compliment|compliment me"),
    ("doing", r"what are you (?:doing|up to)(?: now| right now)?|what have you been up to"),
    ("feeling", r"i(?:'m| am| feel| am feeling|'m feeling)(?: so| very| really| a bit| a little| kind of| quite)? "
                r"(?:hungry|starving|tired|sleepy|exhausted|stressed|stressed out|anxious|happy|excited|cold|hot|thirsty|"
                r"sad|down|upset|lonely|worried|nervous|overwhelmed|frustrated|sick|ill|dizzy|faint|lightheaded|light-headed)"
                r"(?: now| today| right now| lately| about (?:work|school|my exams?|the exam|tomorrow|everything|it)| at work)?|"
                r"i(?:'ve| have)(?: got)? (?:a |such a |a bad |a terrible |a splitting )?headache|my head (?:hurts|is killing me)|"
                r"i can't (?:get to )?sleep|i cannot sleep|i can't fall asleep|"
                r"i(?:'ve| have)? (?:had|am having|'m having) (?:a |such a |a really |a very |the worst )?(?:bad|rough|awful|terrible|"
                r"horrible|long|hard|tough|crappy|lousy) day|(?:today|this week) (?:was|has been|is) (?:so |really |very )?(?:bad|"
                r"rough|awful|terrible|horrible|hard|tough)"),
    # session 24: "I just got a new job!" -> "... You might enjoy some company or a friendly chat."; "My dog died." -> "If you
    # need any help with your pet, feel free to call a veterinarian."
    ("good_news", r"(?:guess what,? )?i(?:'ve)? (?:just |finally )?(?:got|landed|found|been offered) (?:a |the |my )?(?:new |dream )?"
                  r"(?:job|promotion|raise)|i (?:just |finally )?got (?:engaged|married|promoted|the job|accepted(?: to| into) .+)|"
                  r"i (?:just |finally )?passed (?:my |the )?(?:exams?|tests?|driving test|driver's test|interview)|"
                  r"i(?:'m| am) (?:engaged|getting married|pregnant)|we(?:'re| are) (?:engaged|getting married|having a baby|"
                  r"pregnant)|i (?:just )?graduated|i (?:just )?bought (?:a|my first) (?:house|home)"),
    ("loss", r"my (?:dear |old |beloved |sweet )?(?P<who>dog|cat|pet|puppy|kitten|hamster|rabbit|bird|horse|grandma|grandmother|"
             r"grandpa|grandfather|granny|nana|mom|mum|mother|dad|father|friend|best friend|uncle|aunt|brother|sister|husband|wife|"
             r"partner|son|daughter|cousin) (?:just |recently )?(?:died|passed away|passed|is dead)(?: today| yesterday| last \w+)?|"
             r"i (?:just )?lost my (?:dear |old |beloved )?(?:dog|cat|pet|puppy|kitten|grandma|grandmother|grandpa|grandfather|"
             r"mom|mum|mother|dad|father|best friend|husband|wife|partner|son|daughter|brother|sister)"
             r"(?: today| yesterday| last \w+| to cancer)?"),
    ("riddle", r"(?:can you |could you |please )?(?:tell|give|ask) me (?:a|another|one more) riddle|(?:a |another )?riddle|"
               r"(?:do you )?know any (?:good )?riddles"),
    ("sing", r"(?:can you |could you |please |will you )?sing(?: me| us)?(?: a| another)?(?: song| something)?|"
             r"do you sing|can you sing"),
    ("story", r"(?:can you |could you |please )?(?:tell|read) (?:me |us )?a (?:bedtime |short |good )?story"),
    ("fun_fact", r"(?:can you |could you |please )?(?:tell|teach|give) me (?:something|anything) (?:interesting|new|cool|"
                 r"fun|random|i (?:don't|do not) know)|(?:can you |could you |please )?(?:tell|give|teach) me (?:a|an|another|"
                 r"one more|some) (?:fun|random|interesting|cool|amazing|weird|strange) facts?|(?:a |another )?(?:fun|random) fact|"
                 r"(?:tell me )?something i (?:don't|do not) know|(?:do you )?know any (?:fun|interesting|cool) facts|"
                 r"(?:can you |could you |please )?(?:tell|give|teach) me (?:a|an|another|one more|some) (?:fun |random |"
                 r"interesting |cool |amazing |weird |strange )?facts? (?:about|on) [a-z' -]+|"
                 r"(?:tell me )?something interesting about [a-z' -]+"),
    # a command for a robot ("Go forward 10 meters." had the calculator work out 10*10; without it, the student
    # repeated the command back)
    ("body", r"(?:please )?(?:go|move|walk|drive|roll|step|run) (?:forward|forwards|ahead|back|backwards?|left|right|"
             r"straight|up|down)(?: (?:by |for )?(?:\w+|\d+(?:\.\d+)?) (?:meters?|metres?|feet|foot|steps?|yards?|"
             r"inches|centimeters?|centimetres?|miles?|kilometers?|kilometres?))?|"
             r"(?:please )?turn (?:left|right|around)|come (?:here|over here|back)|follow me|stop moving|"
             r"(?:please )?(?:bring|fetch) me (?:a |an |some |the |my )?\w+(?: \w+){0,3}|"
             r"(?:please )?(?:make|cook) me (?:a |an |some )?(?:coffee|tea|sandwich|breakfast|lunch|dinner|drink)"),
    # what the person feels about it ("I love you." -> "I'm glad you found my love."; "You're stupid." -> "I'm not stupid.")
    ("praise", r"i love you|i like you|you(?: are|'re) (?:awesome|great|amazing|the best|brilliant|smart|clever|helpful|"
               r"cool|funny|wonderful|a genius)|(?:good|great|nice) (?:job|work|one)|well done|you rock|love you|"
               r"that(?: was|'s) (?:helpful|great|perfect|funny)|perfect|awesome"),
    # "That's not funny." after a joke (the student: note_forget, "the penguin builds his own house")
    ("unfunny", r"(?:that(?: is|'s| was)|it(?: is|'s| was)) (?:not (?:very |that |so )?funny|a bad joke|lame|terrible|awful|"
                r"(?:so |really |pretty )?corny|cheesy)|"
                r"not funny|bad joke|(?:that|it) (?:wasn't|isn't|was not|is not) (?:very |that |so )?funny|i don't get it"),
    ("blame", r"you(?: are|'re) (?:stupid|dumb|useless|wrong|an idiot|so stupid|so dumb|annoying|terrible|bad|"
              r"not helpful|not very helpful)|that(?: is|'s| was) (?:wrong|not right|incorrect|not what i asked|not true|"
              r"stupid|useless|nonsense)|i hate you|wrong|that's not it|no that's wrong|you're not listening"),
    # calls and messages, the lights and the heating: no phone line, no home devices ("Send a text to John" read the
    # notes about John; "Turn on the lights" called a tool that does not exist)
    ("phone", r"(?:please )?(?:call|phone|ring|dial|text|message|sms|whatsapp|facetime|video call) (?!me\b)\w+(?: \w+)?|"
              r"(?:please )?(?:send|write) (?:a |an )?(?:text|message|sms|whatsapp)(?: message)? to \w+(?: \w+)?(?: saying .+)?|"
              r"(?:please )?make a (?:phone |video )?call(?: to \w+(?: \w+)?)?"),
    ("home", r"(?:please )?(?:turn|switch) (?:on|off) the (?:lights?|lamps?|heating|heater|air conditioning|ac|a/c|fan|tv|"
             r"television|oven|coffee maker|kettle|alarm system)(?: in the \w+(?: \w+)?)?|"
             r"(?:please )?(?:turn|switch) the (?:lights?|lamps?|heating|heater|fan|tv|television) (?:on|off)|"
             r"(?:please )?(?:dim|brighten) the lights?|(?:please )?set the (?:lights?|lamps?|heating|thermostat|temperature) "
             r"to \d+(?: percent| degrees)?|(?:please )?(?:lock|unlock|open|close) the (?:front |back |garage )?door|"
             r"(?:please )?(?:set|turn) the (?:thermostat|heating|temperature) (?:to|up|down)(?: .+)?"),
    ("capabilities", r"what can you do|what (?:can|should) i ask you|what are you able to do|what do you do|help|help me|"
                     r"(?:can|could|will|would) you help(?: me)?(?: (?:out|with something))?|i need (?:some )?help|"
                     r"what are your (?:skills|features|abilities)|what can i say|how do i use you|what do you know how to do"),
]
_COMPILED = [(kind, re.compile(rf"{_POLITE}(?:{pattern}){_TAIL}")) for kind, pattern in _PATTERNS]


def match_small_talk(text: str) -> str | None:
    """The kind of social turn `text` (already lower-cased, punctuation trimmed) is, or None."""
    text = re.sub(r"[,.!?]+$", "", text.strip())
    for kind, pattern in _COMPILED:
        if pattern.fullmatch(text):
            return kind
    return None


def capabilities(skill_names: list[str]) -> str:
    """One spoken sentence naming what the installed skills do."""
    world, alarms = "time_in" in skill_names, "alarm_set" in skill_names
    said = {"clock": "tell you the time and date" + (" here and around the world" if world else ""),
            "timer_start": "set timers" + (", alarms and reminders" if alarms else ""), "calculator": "do arithmetic",
            "convert_units": "convert units", "note_remember": "remember notes for you",
            "list_edit": "keep your shopping and to-do lists",
            "define": "tell you what a word means", "app_open": "open your apps", "volume": "change the volume"}
    things = [phrase for name, phrase in said.items() if name in skill_names]
    listed = spoken_list(things)
    return (f"I can {listed}. You can also ask me general questions, but I'm offline, so no weather or news."
            if things else "You can ask me general questions, but I'm offline, so no weather or news.")


class SmallTalk:
    def __init__(self, skill_names: list[str]) -> None:
        self.skill_names = skill_names
        self._turn = itertools.count()
        self._jokes = itertools.count(random.randrange(len(JOKES)))   # a new session does not start on the same one
        self._facts = itertools.count(random.randrange(len(FUN_FACTS)))
        self._riddles = itertools.count(random.randrange(len(RIDDLES)))

    def reply(self, kind: str, said: str = "") -> SkillResult:
        n = next(self._turn)
        greeting = re.search(r"good (morning|afternoon|evening)", said.lower())
        replies = {
            "greeting": [f"Good {greeting.group(1)}! What can I do for you?"] if greeting else
                        ["Hello! What can I do for you?", "Hi! How can I help?"],
            "how_are_you": ["I'm doing well, thanks for asking. What can I do for you?",
                            "All good here, thanks. How can I help?"],
            "thanks": ["You're welcome!", "Happy to help!", "Any time!"],
            "goodbye": ["Goodbye! Talk to you later.", "Bye for now!"],
            "good_night": ["Good night! Sleep well."],
            "identity": [next((said_ for pattern, said_ in _IDENTITY if re.search(pattern, said.lower())), _IDENTITY_ELSE)],
            "capabilities": [capabilities(self.skill_names)],
            "chat": ["Sure, I'm happy to chat. What's on your mind?", "Of course. What would you like to talk about?"],
            "body": ["I can't do that. I'm a voice assistant on this computer, with no body to move or hands to carry "
                     "things. I can answer questions, set timers and open your apps."],
            "praise": ["Thank you! Happy to help.", "That's kind of you. Anything else?"],
            "unfunny": ["Fair enough: my jokes are better at being short than funny. Say \"another one\" for the next."],
            "blame": ["Sorry about that. I'm a small model running on this computer and I do get things wrong. "
                      "Try asking another way."],
            "phone": ["I can't make calls or send messages. I'm a voice assistant on this computer, with no phone line. "
                      "I can remember a note to call someone, or remind you at a time."],
            "home": ["I can't control the lights or other things in your home. I'm a voice assistant on this computer, "
                     "and nothing I do leaves it."],
            "joke": [_joke(said, next(self._jokes))] if kind == "joke" else [],
            "fun_fact": [_fact(said, next(self._facts))] if kind == "fun_fact" else [],
            "riddle": [RIDDLES[next(self._riddles) % len(RIDDLES)]] if kind == "riddle" else [],
            "about_me": [next((said_ for pattern, said_ in _ABOUT_ME if re.search(pattern, said.lower())), _ABOUT_ME_ELSE)],
            "doing": ["Just here, listening for your next question."],
            "nice": ["You ask good questions, and you ask them kindly. That makes my job a pleasure.",
                     "You're doing better than you think. Really.", "I'm glad you're here: you make this computer a friendlier place."],
            "feeling": [_feeling(said)],
            "good_news": ["Congratulations! That's wonderful news. I'm really happy for you."],
            "loss": [_loss(said)],
            "sing": ["I can't sing, I'm afraid: my voice only talks. I can tell you a joke instead."],
            "story": ["I'm better at short answers than long stories. Ask me for a joke, a riddle or a fun fact, or "
                      "for a story about something in particular."],
        }[kind]
        return SkillResult(replies[n % len(replies)], {"kind": kind})

    def skill(self) -> Skill:
        return Skill("small_talk", "Reply to a greeting, thanks, goodbye, or a question about the assistant itself.",
                     {"kind": Param(str, choices=KINDS), "said": Param(str, required=False)},
                     self.reply, for_model=False)


# the words a fact about a topic is found by ("a fun fact about space": the student said "Space is vast and mysterious.")
_FACT_TOPICS = {"space": ("Venus", "Saturn", "Sun", "universe"), "planets": ("Venus", "Saturn"), "the sun": ("Sun",),
                "animals": ("octopus", "Sharks", "Wombats", "flamingos", "ostrich"), "the ocean": ("octopus", "Sharks"),
                "sea": ("octopus", "Sharks"), "octopuses": ("octopus",), "sharks": ("Sharks",), "birds": ("flamingos", "ostrich"),
                "history": ("war",), "chess": ("chess",), "weather": ("lightning",), "lightning": ("lightning",),
                "food": ("bananas",), "fruit": ("bananas",), "scotland": ("Scotland",), "nature": ("trees", "lightning")}


def _feeling(said: str) -> str:
    """The reply to how the person feels: the first feeling named ("a rough day", "today was awful": a bad day)."""
    said = said.lower().replace("cannot", "can't")
    said = re.sub(r"my head hurts|my head is killing me", "headache", said)
    said = re.sub(r"(?:bad|rough|awful|terrible|horrible|long|hard|tough|crappy|lousy|worst) day|(?:today|this week) (?:was|has "
                  r"been|is) .*", "bad day", said)
    return _FEELINGS.get(next((w for w in _FEELINGS if w in said), ""), "I hear you.")


def _fact(said: str, n: int) -> str:
    """A fun fact, on the topic asked for when one is kept ("a fun fact about space"); else any, saying so."""
    about = re.search(r"\b(?:facts? (?:about|on)|interesting about) ((?:the |a |an )?([a-z' -]+?))[?.!]*$", said.lower())
    if not about:
        return FUN_FACTS[n % len(FUN_FACTS)]
    words = _FACT_TOPICS.get(about[1]) or _FACT_TOPICS.get(about[2]) or (about[2].rstrip("s"),)
    kept = [f for f in FUN_FACTS if any(re.search(rf"\b{re.escape(w)}", f, re.I) for w in words)]
    if kept:
        return kept[n % len(kept)]
    return f"I don't know one about {about[1]}, but here's one: {FUN_FACTS[n % len(FUN_FACTS)]}"


def _joke(said: str, n: int) -> str:
    """A joke, on the topic asked for when one is kept ("a joke about cats"); else any, saying so."""
    about = re.search(r"\bjokes? (?:about|on) ((?:the |a |an )?([a-z' -]+?))[?.!]*$", said.lower())
    if not about:
        return JOKES[n % len(JOKES)]
    for topics, jokes in JOKES_ABOUT.items():
        if about[2] in topics:
            return jokes[n % len(jokes)]
    return f"I don't know one about {about[1]}, but here's one: {JOKES[n % len(JOKES)]}"
