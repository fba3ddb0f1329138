"""How to do everyday things at home: "How do I tie a tie?" (the student: "Tie a tie with a string."), "How do I get
rid of hiccups?" ("Try a cool compress, a towel, or a good book."), "How do I unclog a sink?". A 135M model cannot
hold these steps (how-to was 4 of 12 on the development set alone, and the 1.5B teacher was no better on the strict
rubric), so the common ones are written here: the usual advice of household, first-aid (NHS, Red Cross) and
food-safety (USDA) guides, in a few spoken sentences. Anything else is the model's."""

from __future__ import annotations


import re

from assistant.skills import howto_care, howto_family, howto_home, howto_kitchen, howto_recipes, howto_skills, howto_work
from assistant.skills.written import Written

_MY = r"(?:a |an |the |my |your |our |some )?"
# topic: (the task as asked, after "how do I" / "how to" / "the best way to"; the answer)
_TASKS = {
    "tie": (rf"tie {_MY}(?:neck)?tie|do up {_MY}tie|tie {_MY}(?:simple )?(?:tie )?knot in {_MY}tie",
            "For a simple four-in-hand knot: hang the tie with the wide end a foot lower than the narrow end. "
            "Cross the wide end over, take it round behind and across the front again, then up through the neck loop "
            "and down through the knot. Hold the narrow end and slide the knot up to your collar."),
    "flat tire": (rf"change {_MY}(?:car |flat |spare |car's )*(?:tire|tyre)|fix {_MY}flat(?: tire| tyre)?|put on {_MY}spare(?: tire| tyre)?",
                  "Stop on flat ground, hazard lights and parking brake on. Loosen the wheel nuts half a turn, jack "
                  "the car up at the lifting point in the manual, take off the nuts and the flat, and fit the spare. "
                  "Do the nuts up by hand, lower the car, tighten them in a star pattern; check the spare's pressure "
                  "soon."),
    "jump start": (rf"jump[- ]?start {_MY}(?:car|battery|dead battery|car battery)|jump {_MY}(?:car|car battery|dead battery)",
                   "Engines off: clamp red to the dead battery's plus, red to the good battery's plus, black to the "
                   "good battery's minus, and the last black to bare metal on the dead car's engine. Start the good car, "
                   "wait a few minutes, then start the other. Remove the cables in reverse order and drive for 20 "
                   "minutes."),
    "unclog": (rf"unclog {_MY}(?:kitchen |bathroom )?(?:sink|drain)|unblock {_MY}(?:sink|drain)|clear {_MY}(?:blocked |clogged )"
               rf"(?:sink|drain)|fix {_MY}(?:blocked |clogged )(?:sink|drain)",
               "Pour boiling water down the drain first. Then try a plunger, with a little water in the sink and "
               "the overflow covered. Next, half a cup of baking soda and a cup of vinegar, 15 minutes, then hot "
               "water. Still blocked: clean out the U-shaped trap under the sink, or use a drain snake."),
    "hiccups": (r"(?:get rid of|stop|cure) (?:the |my |your )?hiccups",
                "Hold your breath for about 10 seconds, a few times; or sip a glass of cold water slowly; or breathe slowly "
                "into a paper bag for a short while. Hiccups usually stop on their own within minutes; see a doctor if they "
                "last more than two days."),
    "sleep": (r"(?:fall asleep|get to sleep|go to sleep) (?:faster|quicker|more quickly|easily|easier)|sleep better|"
              r"get (?:better|more|good) sleep|improve (?:my )?sleep|sleep (?:well|through the night)",
              "Keep the same bedtime every day, even at weekends. Put screens away an hour before bed, keep the bedroom cool, "
              "dark and quiet, and have no caffeine after midday. If you're still awake after 20 minutes, get up and do "
              "something calm in dim light, then try again. Slow breathing, in for 4 and out for 6, helps too."),
    "wine stain": (rf"(?:get|remove|clean) {_MY}(?:red )?wine(?: stain)?(?: out)?(?: (?:out of|from|off) {_MY}[\w ]+)?",
                   "Blot it straight away with a clean cloth; don't rub. Cover it with salt or baking soda, or pour on a little "
                   "cold water and blot again. Then dab with dish soap mixed with hydrogen peroxide, testing a hidden spot "
                   "first, and wash in cold water. Keep it away from hot water and the dryer until it's gone."),
    "grease stain": (rf"(?:get|remove|clean) {_MY}(?:grease|oil)(?: stain)?(?: out)?(?: (?:out of|from|off) {_MY}[\w ]+)?",
                     "Cover it with baking soda or cornstarch for 15 minutes to draw out the oil, and brush it off. Work a drop "
                     "of dish soap into the stain, leave it a few minutes, then wash in the warmest water the fabric allows. "
                     "Check it's gone before drying."),
    "microwave": (rf"clean {_MY}microwave",
                  "Put a bowl of water with some lemon slices or a spoon of vinegar inside and run it on high for 3 to 5 "
                  "minutes. Leave the door shut 5 more minutes so the steam loosens the grime, then wipe it out with a damp "
                  "sponge or cloth."),
    "iron shirt": (rf"iron {_MY}(?:dress )?shirt",
                   "Set the iron's heat for the fabric on the label; cotton takes high heat and steam. Iron the collar first, "
                   "then the cuffs and sleeves, then the back, and the front panels last, working round the buttons. Hang it "
                   "up straight away."),
    "french press": (rf"(?:make|use) {_MY}(?:coffee (?:in|with) {_MY})?(?:french press|cafetiere|cafetière)(?: coffee)?",
                     "Use about 2 tablespoons of coarsely ground coffee for each cup of water. Pour on water just off the "
                     "boil, stir, put the lid on and wait 4 minutes. Press the plunger down slowly and pour it all out."),
    "fruit flies": (r"(?:get rid of|kill|trap|stop) (?:the |my )?fruit flies",
                    "Put a little apple cider vinegar in a cup with a drop of dish soap, cover it with cling film and poke "
                    "small holes in it: they fly in and don't come out. Throw out overripe fruit, rinse the bins, and clean "
                    "the sink drain."),
    "burn": (rf"(?:treat|cool|deal with|help) {_MY}(?:minor |small )?burn|(?:what to do|what do i do) (?:for|with|about) {_MY}"
             rf"(?:minor |small )?burn",
             "Cool it under cool running water for 20 minutes, not ice. Take off rings or anything tight nearby, then cover "
             "it loosely with cling film or a clean, non-fluffy dressing. Don't burst blisters or put butter on it. Get "
             "medical help if it's bigger than your hand, on the face, hands or feet, or looks white or charred."),
    "bee sting": (rf"(?:treat|deal with|remove|get out) {_MY}(?:bee |wasp )?sting(?: out)?",
                  "Scrape the sting out sideways with a fingernail or a card as soon as you can; don't squeeze it. Wash the "
                  "area and hold something cold on it for the swelling. Call emergency services at once if there's "
                  "trouble breathing, swelling of the face or throat, or faintness."),
    "nosebleed": (rf"stop {_MY}(?:nosebleed|nose bleed|bleeding nose|nose from bleeding)",
                  "Sit down and lean forward, not back. Pinch the soft part of your nose, just above the nostrils, for 10 to "
                  "15 minutes without letting go, breathing through your mouth. Get medical help if it lasts more than 20 "
                  "minutes or followed a blow to the head."),
    "groceries": (r"save money on (?:groceries|food|food shopping|grocery shopping|my grocery bill)|spend less on (?:groceries|food)",
                  "Plan the week's meals and shop with a list. Compare prices by the unit, choose store brands, use sales and "
                  "coupons, and buy staples in bulk. Don't shop hungry, and eat up leftovers before buying more."),
    "wifi": (rf"(?:improve|boost|speed up|fix) {_MY}(?:wifi|wi-fi|wireless)(?: signal| connection| speed)?|get better (?:wifi|wi-fi)|"
             rf"make {_MY}(?:wifi|wi-fi|internet|connection) faster",
             "Put the router in a central, raised spot, away from thick walls, metal and the microwave. Restart it and update "
             "its firmware. Use the 5 gigahertz band near the router and 2.4 farther away, or add a mesh system or an "
             "extender for distant rooms."),
    "router": (rf"(?:restart|reset|reboot) {_MY}(?:router|modem|internet)",
               "Unplug the router, and the modem if it's a separate box, and wait 30 seconds. Plug the modem in first and give "
               "it a minute or two, then the router, and allow a few minutes for it to come back."),
    "slow computer": (rf"(?:make|get) {_MY}(?:computer|laptop|pc) (?:faster|run faster|quicker)|speed up {_MY}(?:computer|laptop|pc)|"
                      rf"fix {_MY}slow (?:computer|laptop|pc)",
                      "Close programs you aren't using and stop the ones that start by themselves at login. Free up disk "
                      "space, install the system's updates, and restart now and then. If it's still slow, more memory or a "
                      "solid-state drive helps most."),
    "backup": (rf"back ?up {_MY}(?:files|computer|laptop|photos|documents|data)",
               "Copy your important folders, such as Documents and Pictures, to an external drive regularly, or let a backup "
               "tool such as Déjà Dup do it on a schedule. Keep a second copy somewhere else, away from home."),
    "password": (rf"(?:make|create|choose|pick|come up with) {_MY}(?:strong|good|secure|safe) password",
                 "Use a long passphrase of four or more random words, or at least 12 characters mixing letters, numbers and "
                 "symbols. Use a different password for every site, keep them in a password manager, and turn on "
                 "two-factor sign-in where you can."),
    "stress": (r"(?:(?:calm (?:myself )?down|relax|stay calm|not (?:be|get) (?:so )?(?:nervous|anxious|stressed)|stop (?:feeling )?"
               r"(?:stressed|anxious|panicking|nervous))(?: before| during| for)?(?: an| my| a| the)?(?: exams?| tests?| interviews?|"
               r" job interview| flight| big day| surgery| appointment)?|(?:deal|cope) with (?:stress|anxiety|exam stress|nerves)|"
               r"reduce (?:my )?stress)",
               "Try slow breathing: in through your nose for 4 seconds, out through your mouth for 6, for two or three "
               "minutes. Step away for a short walk, drink some water, and name what's worrying you, then one small thing "
               "you can do about it. If it doesn't ease, talk to someone you trust or your doctor."),
    "light bulb": (rf"change {_MY}(?:light ?bulb|bulb)|replace {_MY}(?:light ?bulb|bulb)",
                   "Turn the light off at the switch and let the bulb cool for a few minutes. Use a steady step stool if it's "
                   "high. Unscrew the old bulb counterclockwise, or push and twist for a bayonet cap, fit a new one with the "
                   "same base and wattage, and turn the power back on."),
    "breaker": (rf"reset {_MY}(?:tripped )?(?:circuit )?breaker|fix {_MY}tripped (?:circuit )?breaker",
                "At the breaker panel, find the switch sitting in the middle or off. Unplug or switch off what was running on "
                "that circuit, push the switch fully off, then back on. If it trips again straight away, leave it off and "
                "call an electrician."),
    "splinter": (rf"(?:remove|get out|take out|get) {_MY}splinter(?: out)?",
                 "Wash your hands and the skin around it. If an end sticks out, pull it out with clean tweezers at the angle "
                 "it went in. If it's under the skin, gently lift the skin over it with a needle cleaned with rubbing "
                 "alcohol. Wash again and cover it; see a doctor if it's deep or turns red and sore."),
    "cast iron": (rf"clean {_MY}cast iron(?: pan| skillet)?",
                  "Rinse it with hot water while it's still warm and scrub with a brush or coarse salt; a little soap is "
                  "fine. Dry it completely on the stove, then rub in a thin layer of oil. Never soak it or put it in the "
                  "dishwasher."),
    "defrost chicken": (rf"(?:defrost|thaw) {_MY}(?:frozen )?(?:chicken|meat|turkey)(?: safely| quickly| fast)?",
                        "Thaw it in the fridge, allowing about a day for every 2 kilograms, or 5 pounds. Faster: seal it in a "
                        "bag in cold water and change the water every 30 minutes. Or use the microwave's defrost setting and "
                        "cook it immediately. Never thaw it on the counter at room temperature."),
    "gum": (rf"(?:get|remove) {_MY}(?:chewing )?gum (?:out of|off|from) {_MY}[\w ]+",
            "On clothes, harden it with an ice cube or an hour in the freezer, then scrape it off. In hair, work a little "
            "peanut butter or cooking oil into it, comb it out, and wash your hair."),
    "wool": (rf"wash {_MY}(?:wool|woollen|woolen|cashmere) (?:sweater|jumper|jersey|cardigan|clothes)",
             "Hand wash it in cool or lukewarm water with a little wool wash or mild detergent, squeezing gently, not rubbing. "
             "Rinse in water of the same temperature, press the water out without wringing or twisting, roll it in a towel, "
             "and dry it flat."),
    "button": (rf"sew {_MY}button(?: back)? on|sew on {_MY}button|(?:re)?attach {_MY}button",
               "Thread a needle with a doubled thread and knot the end. Hold the button in place and stitch up and down "
               "through the holes six to eight times, leaving a little slack. Wind the thread a few times round the stitches "
               "under the button, push the needle through to the back, and tie a knot."),
    "tomatoes": (r"(?:plant|grow) tomato(?:es| plants)?",
                 "Choose a spot with 6 to 8 hours of sun, after the last frost. Plant them deep, burying the stem up to the "
                 "first leaves in rich soil, about 60 centimeters apart. Water deeply at the base, and give each plant a "
                 "stake or cage for support."),
    "flowers": (rf"keep {_MY}(?:cut )?flowers fresh(?: longer)?|make {_MY}(?:cut )?flowers last(?: longer)?",
                "Trim the stems at an angle, take off leaves that would sit below the water, and use a clean vase with cool "
                "water and flower food. Change the water every couple of days, trim the stems again, and keep them out of "
                "direct sun and away from fruit."),
    "glasses": (rf"clean {_MY}(?:glasses|eyeglasses|spectacles|lenses)(?: without scratching them)?",
                "Rinse them under lukewarm water, rub a drop of dish soap on both sides of the lenses, rinse, and dry them "
                "gently with a clean microfiber cloth. Paper towels, tissues and your shirt scratch them."),
    "bathtub": (rf"clean {_MY}(?:bathtub|bath tub|tub|bath)",
                "Spray the tub with a bathroom cleaner, or sprinkle it with baking soda and spray vinegar on top. Leave it 10 "
                "minutes, scrub with a sponge or a soft brush, the rings especially, and rinse it well with water."),
    "houseplants": (rf"(?:make|help|get) {_MY}(?:house ?plants|indoor plants|plants) (?:grow|do|thrive)(?: better| well)?|"
                    rf"keep {_MY}(?:house ?plants|indoor plants|plants) (?:alive|healthy)",
                    "Give them the right light, usually bright but indirect, near a window. Water when the top few "
                    "centimeters of soil are dry, in pots with drainage holes. Feed them with fertilizer in spring and "
                    "summer, and repot in fresh soil when the roots fill the pot."),
    "language": (r"learn (?:a |another |a new |a foreign )?(?:new |foreign )?language|learn (?:spanish|french|german|italian|"
                 r"japanese|chinese|english|portuguese|korean)",
                 "A little every day beats a lot once a week: 15 to 30 minutes. Learn the most common words first with a "
                 "flashcard app, listen to the language in podcasts and films with subtitles, and speak from the start, "
                 "even badly, with a tutor or a language partner."),
    "public speaking": (r"(?:get better at |improve (?:my )?|be better at |practice |(?<=tips for )|(?<=tips on )|(?<=advice on )|"
                        r"(?<=advice for ))public speaking|(?:give|make) a (?:good )?"
                        r"(?:speech|presentation)|not be nervous (?:giving|making) a (?:speech|presentation)",
                        "Practice out loud several times, timing yourself, and record one run. Know your first lines by "
                        "heart, speak slower than feels natural, pause instead of saying um, and look at a few friendly faces. "
                        "Nerves are normal: slow breathing beforehand helps."),
    "studying": (r"study(?:ing)?(?: better| more effectively| for (?:an |my )?exams?| for a test)?|remember what i study",
                 "Study in short blocks of 25 to 50 minutes, with breaks. Test yourself instead of rereading, with "
                 "flashcards and practice questions; spread your reviews over several days, explain it in your own words, "
                 "and sleep well before the exam."),
    "back pain": (r"(?:stretch(?:es)?|exercises?) for (?:my )?(?:lower )?back(?: pain)?|(?:relieve|ease|help|get rid of) "
                  r"(?:my )?(?:lower )?back pain|stretch (?:my )?(?:lower )?back",
                  "Gentle stretches help most people: lying on your back, hug one knee, then both, to your chest for 20 to "
                  "30 seconds; the cat-cow stretch on hands and knees; and child's pose. Move slowly and stop if it hurts "
                  "more. See a doctor if the pain is severe, follows an injury, or comes with numbness or weakness."),
    # "Find me a recipe for banana bread." / "How do I make pancakes?" (both refused): the classic recipes, spoken short
    "pancakes": (r"(?:make |cook )?(?:some )?(?:pancakes|pancake batter)",
                 "Whisk 1 cup of flour, 1 tablespoon of sugar, 2 teaspoons of baking powder and a pinch of salt. Mix in 1 cup "
                 "of milk, 1 egg and 2 tablespoons of melted butter until just combined. Cook quarter cups on a hot buttered "
                 "pan until bubbles form, flip, and cook a minute more."),
    "banana bread": (r"(?:make |bake )?(?:a )?banana (?:bread|loaf|cake)",
                     "Mash 3 ripe bananas and mix in a third of a cup of melted butter, 3/4 cup of sugar, 1 egg and a "
                     "teaspoon of vanilla. Stir in a teaspoon of baking soda, a pinch of salt and 1 and a half cups of flour. "
                     "Bake in a greased loaf pan at 350 Fahrenheit, 175 Celsius, for about an hour."),
    "scrambled eggs": (r"(?:make |cook )?(?:good |perfect |fluffy )?scrambled eggs",
                       "Beat 2 or 3 eggs with a pinch of salt. Melt a little butter in a pan over low to medium heat, pour "
                       "in the eggs, and stir slowly with a spatula, pushing them from the edges. Take them off the heat "
                       "while they're still a little wet: they finish cooking on the plate."),
    "egg substitute": (r"(?:a )?(?:substitute|replacement|swap) for (?:an? )?eggs?(?: in baking| in a cake| when baking)?|"
                       r"replace (?:an? )?eggs? in baking|bake without eggs",
                       "For each egg, use a quarter cup of applesauce or mashed banana, or a tablespoon of ground flaxseed "
                       "mixed with 3 tablespoons of water and left 5 minutes to thicken. They work best in cakes, muffins "
                       "and pancakes."),
}
_TASKS.update({**howto_kitchen.TASKS, **howto_care.TASKS, **howto_home.TASKS, **howto_work.TASKS, **howto_family.TASKS, **howto_skills.TASKS, **howto_recipes.TASKS})   # more, by what they are about
DISHES = howto_kitchen.DISHES
_HOW = (r"(?:(?:can|could) you (?:tell me |explain )?|please (?:tell me |explain )?|tell me |explain )?(?:how (?:do|can|should|would|"
        r"could) (?:i|you|we|one|people) |how to |what(?: is|'s) the (?:best|easiest|quickest|fastest|right|safest|proper) way to |"
        r"(?:what are |give me )?(?:a |some |any )?(?:good )?(?:tips?|ways|advice) (?:for|on|to|about) (?:how to )?|(?:the )?best way to |"
        r"i (?:need|want) to (?:know how to )?|what(?: is|'s) (?:a |some |the best )?(?:good )?|"
        r"(?:find me |give me |i need |do you have |what(?: is|'s) )?(?:a |the )?(?:good |simple |easy |quick )?recipe for )")
_RECIPE = (r"(?:(?:find me |give me |i need |do you have |what(?: is|'s) )?(?:a |the )?(?:good |simple |easy |quick )?recipe "
           r"for |how (?:do|can) (?:i|you) make )(?:a |an |some )?")
_SUFFIX = (r"(?: properly| safely| quickly| fast| at home| please| without chemicals| without harsh chemicals| naturally|"
           r" by myself| myself| on my own| correctly| the right way| easily)?")
# a dish is named after "recipe for" too ("recipe for guacamole"; "what is guacamole" is no request for one)
# questions not said as "how do I ...": the whole question (session 24: each went to the student, who got it wrong)
_ALSO = {
    "egg substitute": r"what (?:can|should) i (?:use|substitute) (?:for|instead of|in place of) eggs?(?: in baking| in a cake| "
                      r"when baking)?|what(?: is|'s) a good (?:egg substitute|substitute for eggs?)(?: in baking)?",
    "microwave potato": r"how (?:long|many minutes) (?:do|should) (?:i|you) (?:microwave|cook) (?:a |my )?potato(?:es)?"
                        r"(?: in the microwave)?(?: for)?",
    "cookies": r"what temperature (?:do|should) (?:i|you) bake (?:chocolate chip |sugar |oatmeal )?cookies(?: at)?|how long (?:do|"
               r"should) (?:i|you) bake (?:chocolate chip |sugar |oatmeal )?cookies(?: for)?",
    "cactus": r"how often (?:should|do) (?:i|you) water (?:a |my )?(?:cactus|cacti|cactuses|succulents?)",
    "breathing": r"(?:give me |teach me |show me |guide me through |what is |tell me )?(?:a |some )?(?:simple |quick |calming |"
                 r"relaxing |good )?breathing exercises?(?: (?:to|for) (?:relax|relaxing|calm down|calming down|stress|anxiety|"
                 r"sleep))?",
    "steep tea": r"how (?:long|many minutes) (?:do|should) (?:i|you) (?:steep|brew|leave) (?:a |my )?(?:cup of )?(?:green |black |"
                 r"herbal |white |oolong |mint |chamomile )?tea(?: for| bags?)?|what temperature (?:should|do) (?:i|you) (?:make|brew) "
                 r"(?:green |black |white |oolong )?tea(?: at)?",
    "egg bad": r"how (?:can you|do you|can i) tell if (?:an |my )?eggs? (?:is|are|has gone) (?:bad|off|rotten)|is my egg "
               r"(?:still )?(?:good|bad|fresh)",
}
_WRITTEN = Written(_TASKS, before=_HOW, after=_SUFFIX,
                   also={**{topic: rf"{_RECIPE}(?:{dish}){_SUFFIX}" for topic, dish in DISHES.items()}, **_ALSO})
_TREAT = re.compile(r"^what (?:do|should|can) (?:i|you|we) do (?:for|about|with|if i have|if you have) ")


def asked(text: str) -> dict | None:
    """howto's arguments for "how do i tie a tie" / "how to get rid of hiccups" (cleaned text), or None. "What should I
    do about a sprained ankle" is asked as "how do i treat a sprained ankle"."""
    return _WRITTEN.asked(_TREAT.sub("how do i treat ", text))
SKILL = _WRITTEN.skill("howto", "Steps for an everyday task at home.", "I don't have steps for that.")
