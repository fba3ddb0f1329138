"""Written how-to, the home, the computer and money (skills/howto.py matches and says them). The student's own
answers, asked alone: "How do I fix a leaky faucet?" -> "Use a wrench; tighten the faucet", "How do I clear my browser
cache?" -> "Use a browser cache; search for the cache", "How can I improve my credit score?" -> "I'm offline, so I
can't check sports scores.", "How do I parallel park?" -> "Use a park app; use a park chair"."""

from __future__ import annotations

_MY = r"(?:a |an |the |my |your |our |some )?"

TASKS = {
    # session 25, round 16 (the student: silver "use a soft brush"; refusals for a fridge's smell and a toilet)
    "clean silver": (rf"(?:clean|polish) {_MY}(?:silver|silverware|tarnished silver)|remove tarnish from {_MY}silver",
                     "Line a bowl with aluminium foil, add the silver, sprinkle on 2 tablespoons of baking soda, and pour "
                     "in hot water to cover. After a few minutes the tarnish moves to the foil; rinse and dry it with a "
                     "soft cloth. A silver polish works too."),
    "fridge smell": (rf"(?:get rid of|remove) {_MY}(?:bad )?(?:smell|odou?r)s? (?:in|from) {_MY}(?:fridge|refrigerator)|"
                     rf"(?:make|stop) {_MY}(?:fridge|refrigerator) (?:from )?(?:smelling|stink)",
                     "Throw out anything old, then wipe the inside with warm water and a spoon of baking soda, or white "
                     "vinegar. Leave an open box of baking soda inside to soak up smells, and change it every 3 months."),
    "stainless sink": (rf"clean {_MY}stainless(?: steel)? (?:steel )?sink",
                       "Rinse it, sprinkle on baking soda and scrub with a soft sponge along the grain. Spray white "
                       "vinegar on it, let it fizz, rinse, and dry with a cloth; a few drops of olive oil buffed in "
                       "makes it shine."),
    "unclog toilet": (rf"unclog {_MY}toilet|unblock {_MY}toilet|fix {_MY}(?:clogged|blocked) toilet",
                      "Don't flush again. Use a flange plunger, the kind with a sleeve, sealed over the hole, with enough "
                      "water to cover the cup, and push and pull firmly 10 to 15 times. A squirt of dish soap and hot, not "
                      "boiling, water left 15 minutes helps. Still blocked: a toilet auger."),
    # session 25, round 15 (the student: a toilet "wipe with a soft cloth"; a dishwasher "wipe the dishes"; refusals for
    # a white shirt, a shrunk sweater and sticker residue)
    "clean toilet": (rf"clean {_MY}(?:toilet|toilet bowl|loo)",
                     "Put on gloves. Squirt toilet cleaner under the rim and let it sit 10 minutes, then scrub the bowl "
                     "with the toilet brush and flush. Spray the seat, lid, handle and outside with a disinfectant spray "
                     "and wipe from top to bottom. Never mix bleach with other cleaners."),
    "clean windows": (rf"clean {_MY}(?:windows?|glass|mirrors?)(?: without streaks| streak[- ]free)?",
                      "Mix equal parts water and white vinegar in a spray bottle. Dust the window first, spray, and wipe "
                      "with a microfiber cloth or a squeegee, top to bottom, then buff dry with a dry cloth. Avoid "
                      "cleaning in direct sun, which dries it into streaks."),
    "white shirt stain": (rf"(?:get|remove) {_MY}stains? (?:out of|from|off) {_MY}white (?:shirt|t-shirt|top|clothes|blouse)|whiten "
                          rf"{_MY}(?:white )?(?:shirts?|clothes)",
                          "Treat it quickly: rinse the back of the stain with cold water, rub in a little liquid detergent "
                          "or dish soap and leave it 15 minutes. Then soak it in warm water with an oxygen bleach for a few "
                          "hours, and wash it as hot as the label allows. Check it's gone before it goes in the dryer."),
    "unshrink sweater": (rf"unshrink {_MY}(?:sweater|jumper|wool sweater|shirt|clothes)|fix {_MY}shrunk(?:en)? (?:sweater|jumper)",
                         "Soak it for 30 minutes in lukewarm water with a tablespoon of hair conditioner or baby shampoo. "
                         "Press the water out without wringing, roll it in a towel, then gently stretch it back into "
                         "shape and let it dry flat, weighed down at the edges."),
    "sticker residue": (rf"(?:remove|get off|get rid of|clean off) {_MY}(?:sticker|label|tape) (?:residue|glue|gunk)|remove "
                        rf"{_MY}(?:sticky )?residue",
                        "Rub in a little cooking oil or peanut butter, wait 10 minutes and wipe it off; rubbing alcohol "
                        "or WD-40 works too. On glass, scrape gently with a razor blade; then wash with warm soapy "
                        "water."),
    "clean dishwasher": (rf"clean {_MY}dishwasher",
                         "Pull out and rinse the filter at the bottom, scrubbing it with a soft brush. Put a cup of white "
                         "vinegar upright on the top rack and run a hot cycle with the machine empty, then sprinkle a cup "
                         "of baking soda on the bottom and run a short hot cycle. Wipe the door seals."),
    "organize closet": (rf"(?:organi[sz]e|declutter|tidy) {_MY}(?:closet|wardrobe|clothes)",
                        "Take everything out. Keep, donate or throw away each thing: if you haven't worn it in a year, "
                        "let it go. Put back what's left by type, most-worn at eye level, with matching hangers, "
                        "and fold heavy knits on shelves. Use boxes for small things."),
    # session 25, round 5 (the student: a freezer defrosted "in the microwave"; a refusal for the kettle and the weeds;
    # "Use a oil analyzer" for the car's oil; phone space "search for free space")
    "descale kettle": (rf"(?:descale|clean|get limescale out of|remove limescale from) {_MY}(?:electric )?kettle",
                       "Fill it halfway with equal parts water and white vinegar, or water with 2 tablespoons of citric acid "
                       "or lemon juice, bring it to the boil and leave it an hour. Pour it away, scrub any scale left, then "
                       "boil fresh water once or twice and throw it out before making drinks."),
    "defrost freezer": (rf"defrost {_MY}(?:freezer|fridge|refrigerator|chest freezer)",
                        "Move the food to a cool box or another freezer, switch it off and unplug it, and leave the door open "
                        "with towels and a tray underneath. A bowl of hot water inside speeds it up; never chip the ice "
                        "with a knife. Wipe it dry, switch it on, and wait until it's cold before the food goes back."),
    "clean mattress": (rf"clean {_MY}mattress|get (?:a )?stains? out of {_MY}mattress",
                       "Strip the bed and vacuum the mattress with the upholstery tool. Blot any stains with a little "
                       "dish soap in cold water, never soaking it. Sprinkle baking soda all over, leave it a few hours, "
                       "then vacuum it up. Let it air, and turn it every few months."),
    "car oil": (rf"check {_MY}(?:car'?s? |engine )?oil(?: level)?",
                "Park on level ground with the engine off and cool. Pull out the dipstick, wipe it, push it all the way back "
                "in and pull it out again. The oil should be between the two marks; if it's near the lower one, top up "
                "with the oil your manual names, a little at a time."),
    "weeds": (rf"(?:get rid of|kill|remove|stop|control) {_MY}weeds(?: naturally| without chemicals)?",
              "Pull them by hand after rain, when the soil is soft, taking the whole root. Cover bare soil with 5 to 8 "
              "centimeters of mulch to stop new ones. On paths, pour boiling water on them. Hoe beds on dry days, "
              "before weeds set seed."),
    "phone space": (rf"free up (?:space|storage|memory) on {_MY}(?:phone|iphone|android)|(?:clear|make) (?:space|room) on "
                    rf"{_MY}(?:phone|iphone|android)",
                    "Open Settings, then Storage, to see what takes the most room. Delete apps you don't use, and clear "
                    "big app caches. Back up photos and videos to a computer or the cloud, then remove them from the "
                    "phone, and delete old downloads and message attachments."),
    "pack suitcase": (rf"pack {_MY}(?:suitcase|bag|carry[- ]on|luggage)(?: efficiently| well| for a trip)?",
                      "Make a list first. Roll soft clothes tightly and lay them in the bottom, shoes heel to toe along "
                      "the sides with socks inside them, and heavy things near the wheels. Put liquids in a sealed bag, "
                      "and keep medicine, documents, chargers and a change of clothes in your hand luggage."),
    # session 25 (the student: "Use a battery charger; check the battery capacity"; a keyboard "rinse with water")
    "phone battery": (rf"(?:make {_MY}(?:phone|phone's|laptop|laptop's) battery last longer|save {_MY}(?:phone |laptop )?battery"
                      rf"(?: life)?(?: on {_MY}(?:phone|laptop))?|(?:extend|improve) {_MY}(?:phone |laptop )?battery life|make {_MY}(?:phone|laptop) last "
                      r"longer on (?:a )?charge)",
                      "Turn the screen's brightness down and let it sleep sooner; switch on battery saver. Turn off "
                      "Bluetooth, location and Wi-Fi when you don't need them, close apps that run in the background, and "
                      "keep it out of heat. To spare the battery over the years, keep it between about 20 and 80 percent."),
    "clean keyboard": (rf"clean {_MY}(?:laptop |computer |mechanical |dirty |sticky )?keyboard",
                       "Turn it off and unplug it. Turn it upside down and tap out the crumbs, then blow between the keys "
                       "with a can of compressed air. Wipe the keys with a cloth barely damp with isopropyl alcohol, or a "
                       "cotton swab for the gaps. Never pour or spray liquid on it."),
    # session 24 (the student: a refusal for the door; "Use a soft cloth to wipe the mug"; a cactus "once a week")
    "squeaky door": (rf"(?:fix|stop|silence) {_MY}squeaky (?:door|hinge)s?|stop {_MY}(?:door|hinge)s? (?:from )?squeaking|"
                     rf"make {_MY}door stop squeaking",
                     "Find the hinge that squeaks. Spray a little WD-40 or silicone lubricant on it, or rub on a drop of "
                     "oil or petroleum jelly, and swing the door back and forth to work it in. Still squeaking: tap the "
                     "hinge pin up and out, clean and grease it, and put it back."),
    "stained mug": (rf"clean {_MY}(?:stained |coffee-stained |tea-stained |coffee stained |tea stained )?(?:mugs?|cups?|teacups?)|"
                    rf"(?:get|remove) (?:tea |coffee )?stains? (?:out of|from|off) {_MY}(?:mugs?|cups?|teacups?)",
                    "Sprinkle baking soda into the damp mug and scrub with a damp sponge, then rinse. For stubborn tea "
                    "or coffee stains, soak it for 15 minutes in hot water with a spoon of baking soda or a denture "
                    "tablet, then wash it as usual."),
    "cactus": (rf"water {_MY}(?:cactus|cacti|cactuses|succulents?)|take care of {_MY}(?:cactus|succulents?)|keep {_MY}"
               rf"(?:cactus|succulents?) alive",
               "Water a cactus only when its soil is completely dry: about every 2 to 3 weeks in spring and summer, and "
               "once a month or less in winter. Water deeply, let it drain, and never leave it standing in water. Give "
               "it the sunniest window you have."),
    "laptop screen": (rf"clean {_MY}(?:laptop |computer |monitor |tv |phone )?(?:screen|monitor|display)",
                      "Turn it off and let it cool. Wipe gently with a dry microfiber cloth. For smudges, dampen the "
                      "cloth slightly with water, or a half-and-half mix of water and white vinegar, never spray the "
                      "screen itself, and avoid paper towels and glass cleaner."),
    "ants": (rf"get rid of {_MY}ants(?: in (?:my |the )?(?:kitchen|house|home))?|keep ants (?:out|away)(?: (?:of|from) (?:my |the )?"
             r"(?:kitchen|house|home))?",
             "Wipe up crumbs and spills, keep food sealed, and take the trash out. Wipe the ants' trail with a mix of "
             "vinegar and water to remove their scent, and seal the cracks where they come in. Ant bait stations work "
             "best: the ants carry the bait back to the nest."),
    "clean oven": (rf"clean {_MY}oven(?: door| glass)?",
                   "Take out the racks. Mix half a cup of baking soda with a few tablespoons of water into a paste, "
                   "spread it inside the cold oven, avoiding the heating elements, and leave it overnight. Wipe it off "
                   "with a damp cloth, spray a little vinegar on what's left, and wipe again."),
    "shoelaces": (r"tie (?:my |your |a |the )?(?:shoe ?laces|shoes?|laces)",
                  "Cross the laces and pull one under the other into a knot. Make a loop with one lace, wrap the other "
                  "lace around it, and push it through the hole to make a second loop. Pull both loops tight."),
    "fitted sheet": (rf"fold {_MY}fitted sheets?",
                     "Hold the sheet inside out by two corners of one short side, a hand in each corner. Tuck the "
                     "corner in your right hand into the one in your left. Do the same with the other two corners, "
                     "then lay it flat, fold the edges in to make a rectangle, and fold it in thirds."),
    "sneakers": (r"clean (?:my |your |some )?(?:white )?(?:sneakers|trainers|tennis shoes|running shoes|canvas shoes)",
                 "Take out the laces and insoles. Brush off dirt, then scrub with a soft brush and warm water with a "
                 "little dish soap, or a paste of baking soda and water for stains. Wipe clean, stuff them with paper, "
                 "and let them air dry away from direct heat."),
    "rust": (r"(?:remove|get rid of|clean) rust(?: (?:from|off) (?:my |the |a )?(?:tools?|metal|bike|knife|pan))?",
             "Soak small rusty things in white vinegar for a few hours up to a day, then scrub with steel wool or a "
             "wire brush, rinse and dry well. For light rust, a paste of baking soda and water works. Oil the metal "
             "afterwards to keep rust away."),
    "shower mold": (r"(?:get rid of|remove|clean) (?:the )?(?:black )?(?:mold|mould|mildew) (?:in|on|from) (?:my |the )?"
                    r"(?:shower|bathroom|grout|tiles|shower curtain)",
                    "Open a window or run the fan. Spray undiluted white vinegar on the mold, leave it an hour, scrub "
                    "with a stiff brush and rinse. For stubborn stains use a bleach cleaner, never mixed with vinegar "
                    "or ammonia. Dry the shower after use to stop it coming back."),
    "basil": (r"grow basil|plant basil|keep (?:my |a )?basil(?: plant)? alive",
              "Basil needs warmth and at least 6 hours of sun a day. Plant it in well-drained soil and water when the "
              "top of the soil feels dry, at the base, not on the leaves. Pinch off the tops and any flowers to keep it "
              "bushy, and pick leaves from the top."),
    "repot": (rf"repot {_MY}(?:house ?)?plants?",
              "Pick a pot 2 to 5 centimeters, an inch or two, wider than the old one, with drainage holes. Water the "
              "plant a day before. Turn it out, loosen the roots gently, set it at the same depth in fresh potting mix, "
              "fill around it, and water well."),
    "paint room": (rf"paint {_MY}(?:room|wall|walls|bedroom|ceiling)",
                   "Move the furniture out or cover it, and cover the floor. Clean the walls, fill holes, and tape "
                   "the edges. Cut in along the edges with a brush, then roll the paint on in W shapes. Let it dry, "
                   "usually 2 to 4 hours, and put on a second coat."),
    "hang picture": (rf"hang {_MY}(?:picture|painting|photo|frame|mirror)(?: on (?:the |a |my )?wall)?",
                     "Mark where the top of the frame goes, usually with its center at eye level, about 145 "
                     "centimeters, 57 inches, from the floor. Measure from the frame's top to its hanging wire or hook "
                     "and mark that far below. Use a picture hook and nail, or a wall anchor for heavy frames, and "
                     "check it's level."),
    "leaky faucet": (rf"fix {_MY}(?:leaky|leaking|dripping) (?:faucet|tap)|stop {_MY}(?:faucet|tap) (?:from )?(?:leaking|dripping)",
                     "Turn off the water under the sink and plug the drain. Take off the handle, then unscrew the "
                     "cartridge or valve stem. Replace the worn washer or O-ring, or the whole cartridge, taking the "
                     "old one to the hardware store to match it. Put it back together and turn the water on."),
    "running toilet": (rf"fix {_MY}(?:running|leaking|constantly running) toilet|stop {_MY}toilet (?:from )?running",
                       "Take the tank lid off. If water spills into the overflow tube, lower the float. If the flapper "
                       "at the bottom doesn't seal, clean it or replace it; they're cheap. Check the chain has a "
                       "little slack. If the fill valve is worn, replace it."),
    "browser cache": (rf"clear {_MY}(?:browser |browser's |web |internet )?(?:cache|history|cookies)(?: in (?:my )?"
                      r"(?:browser|chrome|firefox))?",
                      "In most browsers, press Control, Shift and Delete together to open the clear browsing data "
                      "window, choose cached images and files, pick a time range like all time, and confirm. In Firefox "
                      "and Chrome it's also in the settings under privacy."),
    "type faster": (r"type faster|(?:improve|increase) (?:my )?typing speed|learn to touch type|touch type|type without looking(?: at "
                    r"the keyboard| at the keys)?",
                    "Learn to touch type: fingers on the home row, A S D F and J K L semicolon, each finger with its "
                    "own keys, without looking down. Practice 15 minutes a day with a free typing tutor, aiming for "
                    "accuracy first; speed follows."),
    "learn to code": (r"learn (?:to code|coding|programming|to program)|start (?:coding|programming)",
                      "Pick one beginner-friendly language, Python is a good first one, and follow a free course or "
                      "book step by step. Type out the examples, then build small projects of your own, like a to-do "
                      "list or a quiz. Practice a little every day."),
    "parallel park": (r"parallel park",
                      "Pull up beside the car in front of the space, about half a meter away, mirrors level. Reverse "
                      "slowly, and when your back wheels are level with its bumper, turn the wheel fully towards the "
                      "curb. At about 45 degrees, straighten the wheels, reverse a little more, then turn fully the "
                      "other way to swing in. Straighten up."),
    "tire pressure": (rf"check {_MY}(?:tire|tyre) pressures?",
                      "Check when the tires are cold. Find the right pressure on the sticker inside the driver's door "
                      "or in the manual, not the number on the tire. Take off the valve cap, press a tire gauge firmly "
                      "on the valve and read it; add or let out air to match, and put the cap back."),
    "budget": (rf"(?:make|create|start|set up|stick to|plan) {_MY}(?:monthly |weekly |household |family |personal )?budget|budget (?:my )?money",
               "Add up your monthly income after tax, then list your spending: fixed bills first, then food, transport "
               "and the rest, using your bank statements. A common guide is 50 percent on needs, 30 on wants and 20 on "
               "savings. Track it each month and adjust."),
    "save money": (r"save (?:more )?money|(?:spend less|cut (?:my |our )?(?:costs|spending|expenses))|start saving(?: money)?",
                   "Track everything you spend for a month to see where it goes. Cancel subscriptions you don't use, cook at "
                   "home more, and wait a day before buying anything you don't need. Set up an automatic transfer to "
                   "savings on payday, so you save first and spend what's left."),
    "credit score": (r"(?:improve|raise|increase|build|boost|fix) (?:my |your )?credit(?: score| rating)?",
                     "Pay every bill on time, the biggest factor; set up automatic payments. Keep your credit card "
                     "balances low, under 30 percent of the limit. Don't open many new accounts at once, keep old ones "
                     "open, and check your credit report for mistakes."),
    "washing machine": (rf"clean {_MY}washing machine|clean {_MY}washer",
                        "Run an empty hot wash with 2 cups of white vinegar, or a washing machine cleaner. Wipe the "
                        "rubber door seal and the detergent drawer, and clean the filter if it has one. Leave the door "
                        "open after each wash to let it dry."),
    "wrap present": (rf"wrap {_MY}(?:birthday |christmas |wedding )?(?:present|gift|box)",
                     "Put the box upside down on the paper and cut enough to wrap around it with a little overlap. "
                     "Fold one long edge over, tape it, then the other. At each end, fold the sides in, crease the top "
                     "and bottom flaps into triangles, and fold them up and tape."),
    "paper airplane": (r"make (?:a )?paper (?:airplane|aeroplane|plane)|fold (?:a )?paper (?:airplane|plane)",
                       "Fold a sheet of paper in half lengthwise and open it. Fold the top corners to the center line, "
                       "then fold the new slanted edges to the center again. Fold the plane in half along the middle, "
                       "and fold each side down to make the wings, level with the bottom."),
    "frozen pipe": (rf"(?:unfreeze|thaw) {_MY}(?:frozen )?pipes?|fix {_MY}frozen pipes?",
                    "Open the tap the pipe feeds so melting water can flow. Warm the pipe from the tap end back, with "
                    "a hair dryer, a heating pad or warm towels, never an open flame. If you can't find or reach the "
                    "frozen part, or the pipe has burst, turn off the water and call a plumber."),
    "coffee stain": (rf"(?:remove|get out|clean|get rid of|get) {_MY}coffee(?: stains?)?(?: out)? (?:from|out of|on|in|off) {_MY}"
                     r"(?:carpet|rug|couch|sofa|shirt|t-shirt|clothes|top|blouse|jeans)",
                     "Blot, don't rub, with a clean cloth to soak up what you can. Dab on a mix of 1 tablespoon of "
                     "dish soap, 1 tablespoon of white vinegar and 2 cups of warm water, blot again, and repeat. Rinse "
                     "with a little cold water and blot dry."),
    "cutting board": (rf"clean {_MY}(?:wooden |wood |plastic )?(?:cutting|chopping) boards?",
                      "Wash it with hot soapy water right after use, rinse and stand it up to dry. For raw meat, or "
                      "smells, scrub it with coarse salt and half a lemon, or wipe it with white vinegar. Don't soak a "
                      "wooden board, and oil it now and then with food-safe mineral oil."),
    "mosquitoes": (r"keep (?:the )?mosquitoes (?:away|out)|(?:get rid of|repel|avoid) (?:the )?mosquitoes|"
                   r"stop (?:getting )?(?:bitten by )?mosquitoes(?: from biting(?: me)?)?|keep mosquitoes from biting(?: me| us)?",
                   "Empty standing water around the house, where they breed. Use screens on windows, a fan where you "
                   "sit, and an insect repellent with DEET, picaridin or oil of lemon eucalyptus on your skin. Wear "
                   "long sleeves at dusk and dawn."),
    "smell nice": (r"make (?:my |the |your )?(?:house|home|apartment|room) smell (?:nice|good|better|fresh)",
                   "Air it out daily, and take out the trash and clean the fridge and drains. Sprinkle baking soda on "
                   "carpets, leave it 15 minutes and vacuum. Then add a scent you like: simmer water with lemon and "
                   "cinnamon, or use a diffuser, candles or fresh flowers."),
    "whiten teeth": (r"whiten (?:my |your )?teeth(?: naturally| at home)?|get whiter teeth",
                     "Brush twice a day with a whitening toothpaste and floss daily. Cut down on coffee, tea, red wine "
                     "and smoking, and rinse with water after them. For more, ask a dentist about professional "
                     "whitening or approved whitening strips."),
    "glasses fog": (r"stop (?:my )?glasses (?:from )?fogging(?: up)?(?: with (?:a )?mask| when wearing a mask)?|"
                    r"keep (?:my )?glasses from fogging(?: up)?(?: with (?:a )?mask)?",
                    "Pinch the mask's nose wire so it fits snugly, and rest your glasses on top of the mask. Wash the "
                    "lenses with soapy water and let them air dry: the thin film stops fog. Anti-fog wipes or sprays "
                    "work too."),
}
