"""Written how-to, skills and pastimes, the garden and the car (skills/howto.py matches and says them). The student's own
answers, asked alone (session 25): refusals for a Rubik's cube, whistling, a paper boat, aphids and a dented car; "Start
by choosing a bike, riding it, and stopping."; swimming "with a warm bath"; an orchid's "soil"; a bow tie "with a bow tie
knot"."""

from __future__ import annotations

_MY = r"(?:a |an |the |my |your |our |some )?"

TASKS = {
    "ride bike": (r"(?:ride|learn to ride) (?:a |my )?(?:bike|bicycle)|learn (?:how )?to ride (?:a )?(?:bike|bicycle)",
                  "Lower the seat so both feet reach the ground, and wear a helmet. On a flat path, push along with your "
                  "feet and glide to find your balance before using the pedals. Then start with one pedal up, look ahead "
                  "rather than down, and keep pedaling: it's easier to balance moving. Brake gently with both brakes."),
    "swim": (r"swim|learn (?:how )?to swim|float in (?:the )?water",
             "Take lessons with a qualified instructor, starting in shallow water. First get used to putting your face in "
             "and blowing bubbles, then float on your front and back, then kick while holding a float, and last add arm "
             "strokes and breathing to the side. Never swim alone."),
    "juggle": (r"juggle(?: (?:three|3) balls)?|learn (?:how )?to juggle",
               "Start with one ball: toss it in an arc from hand to hand, to eye height. Then two: toss one, and when it "
               "peaks toss the other under it, then catch both. Then three, two in your stronger hand: each time a ball "
               "peaks, toss the next. Practice over a bed, a few minutes a day."),
    "chess": (r"play chess|learn (?:how )?to play chess",
              "Each side has 16 pieces, and white moves first. Rooks move in straight lines, bishops diagonally, the queen "
              "both ways, the king one square, knights in an L shape, jumping over pieces, and pawns one square forward, "
              "two on their first move, capturing diagonally. The goal is checkmate: attack the king so it can't escape."),
    "rubiks cube": (r"solve (?:a |the )?rubik'?s cube|do (?:a |the )?rubik'?s cube",
                    "Use the beginner's layer method: make a white cross that matches the side centers, put in the white "
                    "corners, then the middle layer's edges; make a yellow cross on top, then place and turn the yellow "
                    "corners. Each step is a short sequence of moves; a beginner's guide shows them."),
    "whistle": (r"whistle(?: with (?:my|your) (?:mouth|lips))?|learn (?:how )?to whistle",
                "Wet your lips and pucker them into a small round O, rest your tongue just behind your lower teeth, and "
                "blow gently until you hear a note. Move your tongue and lips to change the pitch. It takes practice."),
    "bow tie": (r"tie (?:a |my )?bow ?tie",
                "Drape it round your neck, one end a little longer. Cross the long end over the short one and bring it up "
                "through the loop at your neck. Fold the short end into a bow shape across your collar, drop the long end "
                "over its middle, then fold it back and push it through the loop behind the bow. Pull the loops to tighten "
                "and straighten it."),
    "paper boat": (r"(?:make|fold) (?:a )?paper boat",
                   "Fold a rectangle of paper in half top to bottom. Fold the top corners down to the middle to make a "
                   "triangle, and fold the bottom strips up on each side. Open the bottom into a square and flatten it; "
                   "fold both bottom corners up to the top, open it into a square again, then pull the two top points "
                   "apart and it opens into a boat."),
    "memorize": (r"memori[sz]e (?:something|things|anything)(?: quickly| fast| faster)?|remember things (?:better|quickly)",
                 "Test yourself instead of rereading: cover it and try to recall it. Break it into small chunks, make a "
                 "picture or a rhyme for it, and say it aloud. Go over it again after an hour, a day and a few days; sleep "
                 "helps it stick."),
    "phone photos": (r"take (?:better|good|nice) (?:photos|pictures|pics) (?:with|on) (?:my |a )?(?:phone|iphone|smartphone)|take "
                     r"better (?:photos|pictures)",
                     "Wipe the lens first. Use soft natural light from the side or behind you, tap the screen to focus, "
                     "and slide to set the brightness. Turn on the grid and put your subject on a third, not the middle. "
                     "Hold still, and move closer rather than zoom."),
    # the garden
    "plant tree": (r"plant (?:a |an )?(?:tree|fruit tree|sapling|shrub|bush)",
                   "Plant in autumn or early spring. Dig a hole two to three times as wide as the root ball and as deep, so "
                   "the top of the roots sits at ground level. Loosen circling roots, set it in, refill with the same soil, "
                   "firm it and water well. Mulch around it, clear of the trunk, and water weekly through its first "
                   "summer."),
    "compost": (r"(?:start|make) (?:a )?compost(?: pile| heap| bin)?|compost (?:at home|food scraps|kitchen scraps)",
                "Mix greens, such as vegetable peels, coffee grounds and grass cuttings, with about twice as much browns, "
                "such as dry leaves, cardboard and straw, in a bin or heap. Keep it as damp as a wrung-out sponge and "
                "turn it every few weeks; no meat, dairy or oil. It's ready in 2 to 12 months, dark and crumbly."),
    "herbs indoors": (r"grow (?:herbs|basil|mint|parsley|chives) (?:indoors|inside|on (?:a |my )?windowsill|in (?:my |the )?kitchen)",
                      "Use pots with drainage holes and potting mix, on your sunniest windowsill with about 6 hours of "
                      "light, or under a grow light. Water when the top of the soil is dry. Basil, mint, parsley and chives "
                      "are easiest; picking the tips often keeps them bushy."),
    "orchid": (r"(?:take care of|care for|look after|water|keep alive) (?:an? |my |the )?orchids?|make (?:my |an )?orchid (?:bloom|"
               r"flower) again",
               "Most home orchids are moth orchids. Grow them in orchid bark, not soil, in bright but indirect light. Water "
               "about once a week by soaking the pot for 10 minutes and letting it drain completely; never leave it "
               "standing in water. Feed with orchid food every few weeks, and after the flowers fall, cut the stem above "
               "a node."),
    "aphids": (r"(?:get rid of|kill|remove|control) (?:the )?(?:aphids|greenfly|blackfly)(?: on (?:my )?(?:plants|roses))?",
               "Knock them off with a strong jet of water or wipe them off by hand. For more, spray with insecticidal "
               "soap, or water with a few drops of dish soap, every few days. Ladybirds and lacewings eat them."),
    # the car
    "defog windshield": (r"(?:defog|demist|clear) (?:my |the |a )?(?:windshield|windscreen|car windows?)(?: fast| quickly)?",
                         "Turn the heater to the windshield setting with the fan on high, and switch on the air "
                         "conditioning, which dries the air. Use fresh air, not recirculation, and open a window a crack. "
                         "Turn on the rear defroster for the back. Clean glass fogs less."),
    "car dent": (r"(?:get|pop|remove|fix) (?:a |the )?dents? (?:out of|from|in) (?:a |my |the )?car|fix (?:a |the )?car dent",
                 "A shallow round dent in a thin panel can often be popped out with a plunger or a suction dent puller, "
                 "sometimes after warming the panel with hot water. Creased or deep dents, or cracked paint, need a body "
                 "shop or paintless dent repair."),
}
