"""Why and how the everyday world works, the questions children and grown-ups ask: "Why do leaves change color in the
fall?" (the student: "because the sun's rays heat the leaves"), "How do airplanes fly?" ("by jeting air through the
air"), "What causes thunder?" ("Tunneling through the air"), "How does a rainbow form?" (light "split into two colors:
blue and red"). The usual short explanation of a school science book, in a few spoken sentences. Anything else is the
model's (the student's "Why is the sky blue?" is right, if short: "because of the way the sun's light passes
through the Earth's atmosphere")."""

from __future__ import annotations

from assistant.skills import differences
from assistant.skills.written import Written

_MORAL = r"(?:what is |what's )?(?:the )?(?:moral|lesson|message|point) (?:of|in|from) (?:the )?(?:story (?:of )?|fable (?:of )?)?(?:the )?"
# topic: (the question, after cleaning; the answer)
_WHY = {
    "sunset red": (r"why (?:is|are) (?:the )?sunsets? (?:red|orange|pink)|why is the sky (?:red|orange) at sunset|"
                   r"what makes sunsets (?:red|orange)",
                   "At sunset, sunlight crosses much more air to reach you. Most of the blue is scattered away on the way, "
                   "so the light left is mostly red and orange."),
    "ocean salty": (r"why is the (?:ocean|sea) salty|why are (?:the )?(?:oceans|seas) salty|what makes the (?:ocean|sea) salty",
                    "Rain wears tiny amounts of salt and minerals out of rocks, and rivers carry them to the sea. When sea "
                    "water evaporates, the water leaves but the salt stays, so over millions of years the ocean got salty."),
    "leaves color": (r"why do (?:the )?leaves change colou?rs?(?: in (?:the )?(?:fall|autumn))?|why do leaves turn (?:red|yellow|"
                     r"orange|brown)(?: in (?:the )?(?:fall|autumn))?|what makes leaves change colou?r",
                     "In autumn, with shorter days and cooler weather, trees stop making chlorophyll, the green pigment. As "
                     "it breaks down, the yellow and orange pigments that were there all along show, and some trees make "
                     "red ones too."),
    "airplanes fly": (r"how do (?:air)?planes fly|how does an? (?:air)?plane fly|how do (?:air)?planes stay (?:in the air|up)|what keeps "
                      r"(?:a |an )?(?:air)?planes? in the air",
                      "The engines push the plane forward, and the wings are shaped and tilted so that air flowing past "
                      "them is pushed downward; the air pushes the wing up in return. That upward force, lift, holds the "
                      "plane up once it's moving fast enough."),
    "rainbow": (r"how (?:does|do) (?:a )?rainbows? (?:form|happen|work)|what causes (?:a )?rainbows?|how are rainbows (?:made|formed)|"
                r"why do rainbows (?:happen|form)",
                "When sunlight shines into raindrops, each drop bends the light, reflects it off its back, and bends it "
                "again on the way out. Each color bends by a slightly different amount, so white light spreads into its "
                "colors. You see one with the sun behind you."),
    "thunder": (r"what (?:causes|makes) thunder|why does thunder happen|where does thunder come from|how does thunder happen",
                "Lightning heats the air around it to about 30,000 degrees Celsius in a split second. The air expands so "
                "fast that it makes a shock wave, and that's the boom we hear as thunder."),
    "lightning": (r"what (?:causes|is) lightning|how does lightning (?:form|happen|work)",
                  "In a storm cloud, ice and water bump together and build up electric charge, negative at the bottom. "
                  "When the charge is big enough, it jumps to the ground or another cloud as a giant spark: lightning."),
    "seasons": (r"what causes (?:the )?seasons|why (?:do|are there) (?:we have )?seasons|why do we have seasons|why is it (?:cold "
                r"in winter|hot in summer)",
                "The Earth is tilted about 23 degrees. As it goes around the Sun, first one half and then the other leans "
                "toward the Sun, getting more direct sunlight and longer days: that half has summer, the other winter. "
                "It's not about the distance to the Sun."),
    "tides": (r"what causes (?:the )?tides|how does the moon (?:affect|cause|control) the tides|why (?:are there|do we have) tides",
              "The Moon's gravity pulls on the oceans, making a bulge of water on the side facing it and another on the "
              "far side. As the Earth turns through the two bulges, most coasts get two high tides and two low tides "
              "a day."),
    "yawn": (r"why do (?:we|people|you|humans) yawn|why is yawning contagious|what makes (?:us|people) yawn",
             "Nobody knows for sure. The main idea is that yawning helps cool the brain and keep us alert, which is why we "
             "yawn when tired or bored. It's contagious because we tend to copy the people around us."),
    "cats purr": (r"why do cats purr|how do cats purr",
                  "Cats purr by quickly twitching the muscles of their voice box as they breathe. They purr when content, "
                  "but also to calm themselves when stressed or hurt, and mother cats purr to their kittens."),
    "earthquakes": (r"what causes earthquakes|why do earthquakes happen|how do earthquakes happen",
                    "The Earth's crust is broken into huge plates that slowly move. Where they meet, they get stuck and strain "
                    "builds up, until the rock suddenly slips. The energy released shakes the ground: an earthquake."),
    "volcanoes": (r"what causes (?:a )?volcano(?:es)? to erupt|why do volcanoes erupt|how do volcanoes (?:work|form|erupt)",
                  "Deep underground, rock melts into magma, which is lighter than the rock around it, so it rises. Gas in the "
                  "magma builds pressure, and when it breaks through the crust, the volcano erupts."),
    "moon phases": (r"why does the moon change shape|what causes the (?:moon's phases|phases of the moon)|why does the moon have phases",
                    "The Moon doesn't make light; we see the half lit by the Sun. As the Moon goes around the Earth each "
                    "month, we see more or less of that lit half: from new moon, to full moon, and back."),
    "boats float": (r"how do (?:big |heavy |metal )?(?:boats|ships) float|why do (?:boats|ships) float|how does a (?:boat|ship) float",
                    "A ship's hull pushes aside a lot of water. The water pushes back up with a force equal to the weight "
                    "of the water moved, and because the hull is mostly air inside, that's more than the ship weighs."),
    "ice floats": (r"why does ice float|why do ice cubes float|why ice floats",
                   "Water expands when it freezes: its molecules lock into an open pattern. So ice is about 9 percent less "
                   "dense than liquid water, and floats."),
    "onions cry": (r"why do onions make (?:you|me|us|people) cry|why do (?:i|we|you) cry (?:when|while) (?:cutting|chopping) onions",
                   "Cutting an onion breaks its cells and releases a gas that stings your eyes, so they make tears to wash "
                   "it away. A sharp knife and a chilled onion help."),
    "stars twinkle": (r"why do (?:the )?stars twinkle|what makes (?:the )?stars twinkle",
                      "Starlight passes through layers of moving air of different temperatures, which bend it slightly "
                      "this way and that, so the star seems to flicker. Planets twinkle less, as they aren't single points."),
    "bread rises": (r"why does bread rise|how does yeast make bread rise|what makes bread rise",
                    "Yeast eats the sugars in the dough and gives off carbon dioxide gas. The stretchy gluten in the dough "
                    "traps the bubbles, so the dough puffs up, and baking sets it."),
    "popcorn pops": (r"why does popcorn pop|how does popcorn pop|what makes popcorn pop",
                     "Each kernel has a little water inside a hard shell. Heated, the water turns to steam and the pressure "
                     "builds until the shell bursts, and the soft starch inside puffs out and sets."),
    "wrinkly fingers": (r"why do (?:my |our |your )?fingers (?:get |go )?(?:wrinkly|wrinkle|pruney)(?: in (?:the )?(?:water|bath))?",
                        "After a while in water, nerves make the blood vessels in your fingertips narrow, and the skin "
                        "wrinkles. The wrinkles may help us grip wet things, like tire treads."),
    "goosebumps": (r"why do (?:we|people|you|i) get goosebumps|what (?:causes|are) goosebumps",
                   "Tiny muscles at the base of each hair tighten when you're cold or feel a strong emotion, pulling the "
                   "hairs up. In furrier animals that traps warm air; for us it's a leftover."),
    "sneeze": (r"why do (?:we|people|you|i) sneeze|what (?:causes|makes (?:us|you)) (?:a )?sneez(?:e|ing)",
               "A sneeze is your body clearing your nose: when something irritates its lining, like dust, pollen or a cold "
               "virus, your brain triggers a quick, forceful blast of air to blow it out."),
    "hiccups cause": (r"what causes hiccups|why do (?:we|people|you|i) (?:get )?hiccups?",
                      "Hiccups happen when your diaphragm, the muscle under your lungs, suddenly twitches and you breathe "
                      "in sharply; your vocal cords snap shut, making the hic. Eating fast, fizzy drinks or excitement can "
                      "set them off."),
    # session 24 (the student: "because it is composed of water and other substances"; "Magnets work by attracting and
    # repelling magnetic materials."; "It uses internet services like web browsers ...")
    "ocean blue": (r"why (?:is|does) the (?:ocean|sea) (?:look )?blue|what makes the (?:ocean|sea) blue",
                   "Water absorbs a little of the red end of sunlight, so deep water sends back mostly blue light; it also "
                   "reflects the blue sky. A glass of water looks clear because there's too little of it to show the color."),
    "magnets": (r"how do magnets work|how does a magnet work|what makes (?:a )?magnets? (?:magnetic|work|stick)|why do magnets "
                r"(?:attract|stick|work)",
                "In iron and a few other metals, each atom acts like a tiny magnet. In a magnet, billions of them line up "
                "the same way, so their pulls add up into a magnetic field. Opposite poles attract and like poles repel, "
                "and a magnet pulls iron by lining up the iron's atoms for a moment too."),
    "internet": (r"how does the internet work|how do(?:es)? (?:the )?internet (?:work|function)|what is the internet",
                 "The internet is millions of computer networks joined by cables, fiber and radio links. What you send is "
                 "cut into small packets, each addressed to a computer's IP address; routers pass them along, hop by hop, "
                 "and the far end puts them back together. Names like example.com are turned into addresses by DNS."),
    # differences people ask about (the student: "Crocodiles are reptiles, while alligators are mammals.")
    "alligator crocodile": (r"(?:what is |what's )?(?:the )?difference between (?:an? )?(?:alligator|crocodile)s? and (?:an? )?"
                            r"(?:alligator|crocodile)s?|how (?:do|can) (?:you|i) tell (?:an? )?(?:alligator|crocodile)s? from "
                            r"(?:an? )?(?:alligator|crocodile)s?",
                            "Both are reptiles. An alligator has a wide, U-shaped snout and, with its mouth shut, hides its "
                            "lower teeth; a crocodile has a narrower, V-shaped snout and shows its lower teeth. Alligators "
                            "live in fresh water, in the US and China; crocodiles, in many warm countries, also in salt water."),
    "virus bacteria": (r"(?:what is |what's )?(?:the )?difference between (?:a )?(?:virus(?:es)?|bacteria|bacterium) and (?:a )?"
                       r"(?:virus(?:es)?|bacteria|bacterium)",
                       "Bacteria are tiny living cells that can live and multiply on their own, and antibiotics can kill "
                       "them. Viruses are far smaller, and can only multiply inside a living cell they infect; antibiotics "
                       "don't work on them, so colds and flu, which are viruses, don't get better with antibiotics."),
    "frog toad": (r"(?:what is |what's )?(?:the )?difference between (?:a )?(?:frog|toad)s? and (?:a )?(?:frog|toad)s?",
                  "Frogs have smooth, moist skin and long legs for jumping, and live near water; toads have dry, bumpy skin "
                  "and shorter legs for hopping, and live more on land. Toads are really a kind of frog."),
    "monkey ape": (r"(?:what is |what's )?(?:the )?difference between (?:an? )?(?:monkey|ape)s? and (?:an? )?(?:monkey|ape)s?",
                   "Most monkeys have tails; apes, like gorillas, chimpanzees, orangutans and gibbons, don't. Apes are "
                   "usually bigger, with bigger brains, and swing from their arms; monkeys mostly run along branches."),
    "turtle tortoise": (r"(?:what is |what's )?(?:the )?difference between (?:a )?(?:turtle|tortoise)s? and (?:a )?(?:turtle|tortoise)s?",
                        "Tortoises live on land, with high, domed shells and sturdy, stumpy legs; turtles live mostly in "
                        "water, with flatter shells and webbed feet or flippers. All tortoises are turtles, in the wide sense."),
    "weather climate": (r"(?:what is |what's )?(?:the )?difference between weather and climate|(?:what is |what's )?(?:the )?"
                        r"difference between climate and weather",
                        "Weather is what the air is doing now or this week: rain, sun, wind, temperature. Climate is the "
                        "usual weather of a place over many years, typically 30."),
    # session 25 (the student: a compressor that "compresses air, which is then heated by the fan"; wifi "sends signals to
    # the router, which then sends signals back to the router")
    "fridge": (r"how (?:does|do) (?:a |the |my )?(?:refrigerators?|fridges?|freezers?) work|how (?:does|do) (?:a |the )?"
               r"(?:refrigerators?|fridges?) (?:keep (?:food |things )?cold|stay cold)",
               "A fridge moves heat out rather than making cold. A refrigerant liquid evaporates in pipes inside, soaking up "
               "heat from the food; a compressor squeezes the gas, which gets hot, and it gives that heat off through the "
               "coils at the back, turns liquid again, and goes round once more."),
    "wifi": (r"how (?:does|do) (?:wi ?-?fi|wireless internet|a (?:wi ?-?fi )?router) work",
             "Wi-Fi carries data by radio waves. Your router is connected to the internet by a cable; it turns data into radio "
             "signals, and your phone or laptop sends and receives them, usually on the 2.4 or 5 gigahertz bands, within "
             "a few dozen meters."),
    "fish sleep": (r"do fish sleep|how do fish sleep|can fish sleep",
                   "Yes, in their own way: most fish rest, slowing down and hovering or lying still, often at night, with "
                   "their eyes open, since they have no eyelids. Some wedge themselves into rocks or make a mucus bubble "
                   "to rest in."),
    "boiling altitude": (r"(?:what is )?the boiling point of water (?:at (?:high )?altitude|in the mountains|up high)|(?:why )?does water "
                         r"boil (?:at a lower temperature |faster |slower |differently )?(?:at (?:high )?altitude|in the mountains|up "
                         r"high)|what temperature does water boil at (?:high )?altitude",
                         "Lower: up high the air pressure is lower, so water boils about 1 degree Celsius cooler for every 300 "
                         "meters. At 2,000 meters it boils at about 93 Celsius, 200 Fahrenheit, so food takes longer to cook."),
    "stock market": (r"what (?:is|are) (?:the |a )?(?:stock market|stock exchange|stocks|shares)|how (?:does|do) (?:the )?(?:stock "
                     r"market|stocks|shares|stock exchange) work",
                     "A share, or stock, is a small piece of ownership in a company. The stock market is where shares are "
                     "bought and sold, on exchanges such as the New York Stock Exchange; prices rise and fall with what "
                     "buyers and sellers think the companies are worth, and owners may get part of the profits as "
                     "dividends."),
    # the morals of Aesop's best-known fables (the student: "The moral of the tortoise and the hare is that they are both good
    # and bad.")
    "tortoise hare": (rf"{_MORAL}(?:tortoise|turtle) and the hare|{_MORAL}hare and the (?:tortoise|turtle)",
                      "Slow and steady wins the race: the hare, sure of winning, took a nap, and the tortoise, who kept going, "
                      "won. Keep at it, and don't be overconfident."),
    "boy wolf": (rf"{_MORAL}boy who cried wolf",
                 "If you lie, people won't believe you even when you tell the truth: when the wolf really came, nobody "
                 "answered the boy's cries."),
    "ant grasshopper": (rf"{_MORAL}(?:ant|ants) and the grasshopper|{_MORAL}grasshopper and the ants?",
                        "Work today to be ready for tomorrow: the ant stored food all summer, while the grasshopper sang, "
                        "and went hungry in winter."),
    "fox grapes": (rf"{_MORAL}fox and the grapes|{_MORAL}sour grapes",
                   "People often pretend not to want what they can't have: the fox, unable to reach the grapes, decided "
                   "they were sour anyway."),
    "golden eggs": (rf"{_MORAL}goose (?:that|which|who) laid the golden eggs?|{_MORAL}golden goose",
                    "Greed can destroy what gives you good things: the farmer killed the goose to get all the gold at once, "
                    "and found none."),
    "lion mouse": (rf"{_MORAL}lion and the mouse",
                   "No act of kindness is wasted, and the small can help the great: the mouse the lion spared later "
                   "gnawed him free from a hunter's net."),
}
# what everyday foods and materials are made of (session 25; the student: "The main ingredient in guacamole is guacamole.")
_MADE_OF = {
    "guacamole": ("guacamole", "Guacamole is mashed avocado, with lime juice, salt, onion, cilantro and often chili."),
    "hummus": ("hummus|houmous", "Hummus is mashed chickpeas blended with tahini, which is sesame paste, lemon juice, garlic "
                                 "and olive oil."),
    "pesto": ("pesto", "Classic pesto is fresh basil, pine nuts, garlic, Parmesan cheese and olive oil, pounded or blended."),
    "tofu": ("tofu", "Tofu is made from soybeans: soy milk is curdled, and the curds are pressed into blocks."),
    "mayonnaise": ("mayonnaise|mayo", "Mayonnaise is egg yolk and oil whisked together, with a little lemon juice or vinegar "
                                      "and salt."),
    "chocolate": ("chocolate", "Chocolate is made from cacao beans, fermented, roasted and ground, mixed with sugar and "
                               "cocoa butter, and milk for milk chocolate."),
    "cheese": ("cheese", "Cheese is made from milk, usually cow's, goat's or sheep's: it's curdled with rennet or acid, "
                         "and the curds are salted, pressed and often aged."),
    "glass": ("glass", "Glass is mostly sand, which is silica, melted with soda ash and limestone at about 1,500 degrees "
                       "Celsius and cooled."),
    "paper": ("paper", "Paper is made from wood pulp: plant fibers, mostly from trees, soaked into a mush, spread thin, "
                       "pressed and dried. Recycled paper and cotton rags are used too."),
    "steel": ("steel", "Steel is iron with a little carbon, usually less than 2 percent; stainless steel adds chromium."),
    "concrete": ("concrete", "Concrete is cement, water, sand and gravel mixed together; the cement reacts with the water "
                             "and hardens."),
    "plastic": ("plastic", "Most plastic is made from oil and natural gas, whose molecules are joined into long chains "
                           "called polymers."),
    "bread": ("bread", "Bread is flour, water, salt and yeast: the yeast makes gas that raises the dough before baking."),
    "butter": ("butter", "Butter is cream churned until the fat clumps together, separated from the buttermilk."),
    "wine": ("wine", "Wine is fermented grape juice: yeast turns the grapes' sugar into alcohol."),
    "beer": ("beer", "Beer is made from water, malted barley, hops and yeast, which ferments the sugar into alcohol."),
    "sushi": ("sushi", "Sushi is vinegared rice, with raw or cooked fish, seafood or vegetables, often wrapped in nori seaweed."),
}
for _topic, (_dish, _said) in _MADE_OF.items():
    _WHY[f"made of {_topic}"] = (rf"what (?:is|are) (?:a |an )?(?:{_dish}) (?:made|mostly made) (?:of|from|with|out of)|what(?: is|'s)"
                                 rf" (?:the )?main ingredients? (?:in|of|for) (?:a |an )?(?:{_dish})|what(?: is|'s| goes) in "
                                 rf"(?:a |an )?(?:{_dish})|what(?: is|'s) (?:a |an )?(?:{_dish}) made (?:of|from)|how (?:is|are) "
                                 rf"(?:a |an )?(?:{_dish}) made", _said)
_WHY.update(differences.TOPICS)
_WRITTEN = Written(_WHY, before=r"(?:(?:can you |please )?(?:tell me |explain )|do you know )?")
asked = _WRITTEN.asked   # explain's arguments for "why do leaves change color" (cleaned text), or None
SKILL = _WRITTEN.skill("explain", "Why or how something in the everyday world happens.", "I don't have an explanation of that.")
