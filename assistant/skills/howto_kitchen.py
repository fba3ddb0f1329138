"""Written how-to, the kitchen: everyday cooking and drinks (skills/howto.py matches and says them). The student's
own answers to these, asked alone: "How do I make guacamole?" -> "sauté the avocado in it until it is soft", "How do I
make a grilled cheese sandwich?" -> "cut the cheese into slices; place the slices on a baking sheet", "How do I ripen
an avocado quickly?" -> "Put the avocado in a pan with a bit of oil", "How do I make lemonade?" -> a refusal."""

from __future__ import annotations

_MY = r"(?:a |an |the |my |your |some )?"

TASKS = {
    # session 25, round 15 (the student: french toast "start by boiling water in a pot ... bake for 20-25 minutes"; a dressing
    # with "2 tablespoons of salt"; bread baked "for 12-15 minutes")
    "french toast": (r"make french toast",
                     "Whisk 2 eggs with half a cup of milk, a pinch of cinnamon and a little sugar. Dip slices of bread, a "
                     "day old is best, in it for a few seconds each side, and fry them in butter over medium heat for 2 to "
                     "3 minutes a side, until golden."),
    "mashed potatoes": (r"make mashed potatoes|mash potatoes",
                        "Peel and cut floury potatoes into even chunks, cover with cold salted water, and boil about 15 to "
                        "20 minutes until a knife slides in easily. Drain, let them steam dry a minute, then mash with "
                        "butter and warm milk, and season with salt and pepper."),
    "chicken breast": (r"(?:cook|pan[- ]fry|fry) (?:a |the )?chicken breasts?(?: in a pan| on the stove)?",
                       "Pound it to an even thickness and season it. Heat a little oil in a pan over medium-high heat, cook "
                       "it 5 to 7 minutes a side without moving it, until golden and 74 Celsius, 165 Fahrenheit, in the "
                       "middle, with no pink. Rest it 5 minutes before slicing."),
    "salad dressing": (r"make (?:a |some )?(?:simple |easy |basic )?(?:salad dressing|vinaigrette|dressing)",
                       "Shake 3 tablespoons of olive oil with 1 tablespoon of vinegar or lemon juice, half a teaspoon of "
                       "mustard, a pinch of salt and pepper, and a little honey if you like, in a jar until it thickens."),
    "soup": (r"make (?:a |some )?(?:simple |easy |basic |homemade |vegetable )?soup",
             "Soften a chopped onion, carrot and celery in oil for 10 minutes. Add garlic, then chopped vegetables, and "
             "cover with stock, about a liter for 4 people. Simmer 20 to 30 minutes until tender, season, and blend it "
             "smooth if you like."),
    "bake bread": (r"(?:bake|make) (?:a loaf of |some |homemade |simple )?bread",
                   "Mix 500 grams of strong bread flour, 7 grams of instant yeast, 10 grams of salt and about 350 "
                   "milliliters of warm water. Knead 10 minutes until smooth and springy, let it rise covered until "
                   "doubled, about an hour, shape it, let it rise 45 minutes more, then bake at 220 Celsius for 30 to 35 "
                   "minutes, until it sounds hollow when tapped underneath."),
    "iced coffee": (r"make (?:an? )?iced coffee",
                    "Brew coffee twice as strong as usual so the ice won't water it down, let it cool a little, and pour it "
                    "over a glass full of ice. Add milk and sugar or syrup to taste. Cold brew, made ahead, works too."),
    # session 25, round 5 (the student: rice "on high for about 15 minutes"; bread "in the fridge for 30 minutes"; garlic
    # "cutting it into thin slices"; a refusal for the onion; bananas "cut into slices ... in the refrigerator")
    "rice cooker": (r"(?:make|cook) (?:white |brown )?rice in (?:a |the |my )?rice cooker|use (?:a |the |my )?rice cooker",
                    "Rinse the rice until the water runs almost clear. Put it in the pot with water: about 1 cup of water per "
                    "cup of white rice, or the line on the pot for that many cups; brown rice needs more. Close the lid, "
                    "press Cook, and when it switches to Warm, leave it 10 minutes before you open it and fluff it."),
    "pizza dough": (r"make (?:a |some |the )?(?:homemade )?pizza (?:dough|base|crust)",
                    "Mix 500 grams of bread or plain flour, a 7-gram packet of instant yeast, 1 teaspoon of salt, 1 "
                    "tablespoon of olive oil and about 325 milliliters of warm water. Knead it 10 minutes until smooth, let "
                    "it rise covered for an hour, then stretch it thin and bake at the oven's hottest, about 250 Celsius, "
                    "for 10 to 12 minutes."),
    "salmon": (r"cook (?:a )?salmon(?: fillets?)?|bake (?:a )?salmon(?: fillets?)?|pan[- ]fry (?:a )?salmon",
               "Bake fillets at 200 Celsius, 400 Fahrenheit, for 12 to 15 minutes, seasoned with salt, pepper, oil and lemon. "
               "Or pan-fry them skin side down in a hot oiled pan for 4 to 5 minutes, turn, and give them 2 to 3 more. "
               "It's done when it flakes easily, at 63 Celsius, 145 Fahrenheit, inside."),
    "peel garlic": (r"peel (?:garlic|a garlic clove|garlic cloves|a clove of garlic)(?: quickly| fast| easily)?",
                    "Lay a clove on the board, put the flat of a big knife on it and press down with your palm until it "
                    "cracks; the skin then slips off. For a whole head, shake the cloves hard in a closed jar for 20 "
                    "seconds."),
    "onion crying": (r"(?:cut|chop|slice|dice) (?:an |the )?onions? without crying|stop crying when (?:i )?(?:cut|chop)(?:ping)? "
                     r"(?:an |the )?onions?|not cry (?:when|while) (?:cutting|chopping) (?:an |the )?onions?",
                     "Use a very sharp knife, which crushes fewer cells, and chill the onion in the fridge for 30 minutes "
                     "first. Cut off the top but leave the root end, where most of the irritant is, until last; working "
                     "near a fan or an open window helps too."),
    "bananas fresh": (r"keep (?:my )?bananas (?:fresh|from (?:going|turning) brown|from ripening)(?: longer)?|make bananas last "
                      r"longer|store bananas",
                      "Keep them at room temperature, away from other fruit, and wrap the stems together in cling film to "
                      "slow ripening. Once ripe, put them in the fridge: the peel darkens but the inside keeps a few more "
                      "days. Or peel and freeze them for smoothies and baking."),
    "freeze bread": (r"freeze (?:a loaf of |sliced |fresh )?bread|store bread in the freezer",
                     "Freeze it fresh, sliced, in a freezer bag with the air squeezed out; it keeps about 3 months. Toast "
                     "slices straight from frozen, or thaw a loaf at room temperature in its bag for a few hours."),
    "strong coffee": (r"make (?:a )?(?:strong|stronger|good|better) (?:cup of )?coffee",
                      "Use more coffee rather than brewing longer: about 2 level tablespoons, 10 grams, per 180 milliliters "
                      "of water, ground fresh and a little finer. Water just off the boil, about 93 Celsius. A darker roast "
                      "tastes stronger; a lighter one has about as much caffeine."),
    "learn to cook": (r"learn (?:how )?to cook|get better at cooking|start cooking",
                      "Start with five simple dishes you like, such as scrambled eggs, a pasta sauce, a stir-fry, a soup "
                      "and a roast chicken, and make each a few times. Learn basic knife skills and to taste and season as "
                      "you go. Follow a recipe exactly the first time, then change one thing at a time."),
    # session 25 (the student: herbs "in a cool, dry place ... in a paper bag"; green tea "1-2 tablespoons per hour")
    "store herbs": (rf"(?:store|keep) {_MY}(?:fresh )?(?:herbs|cilantro|coriander|parsley|mint|basil|dill)(?: fresh)?(?: longer)?"
                    r"(?: in the (?:fridge|refrigerator))?",
                    "Treat soft herbs like flowers: trim the stems and stand them in a glass of water, loosely covered with "
                    "a bag, in the fridge; keep basil on the counter, out of the fridge. Wrap hardy herbs such as rosemary "
                    "and thyme in a damp paper towel in a bag or box in the fridge. Most keep one to two weeks."),
    "steep tea": (rf"(?:make|brew|steep) {_MY}(?:cup of )?(?:(?:green|black|herbal|white|oolong|mint|chamomile) )?tea",
                  "Green tea: water just below boiling, about 80 degrees Celsius or 175 Fahrenheit, for 2 to 3 minutes; "
                  "longer turns it bitter. Black tea: boiling water for 3 to 5 minutes. Herbal teas: boiling water for 5 "
                  "to 7 minutes. About one teaspoon of leaves or one bag per cup."),
    # session 24 (the student: a refusal for the coffee; "If the egg is hard or dry, it may be safe to eat."; "Microwave
    # a potato for 10 minutes, then drain and rinse."; cookies "at 350°F (175°C) for 12 hours")
    "coffee no maker": (r"make coffee without (?:a |an )?(?:coffee ?(?:maker|machine)|machine|filter|french press)|make "
                        r"coffee (?:with no|with out) (?:a )?coffee ?(?:maker|machine)",
                        "Heat water to just off the boil. Stir about 2 tablespoons of ground coffee per cup into it in a "
                        "jug or pan, let it steep for 4 minutes, then pour it slowly through a fine sieve or a paper towel "
                        "into your mug. Or let the grounds settle for a minute and pour gently, leaving them behind."),
    "egg bad": (r"(?:know|tell|check) if (?:an |my |the )?eggs? (?:is|are) (?:bad|off|rotten|still good|fresh|good)|test "
                r"(?:if )?(?:an |my )?eggs? (?:is |are )?(?:fresh|bad|good)",
                "Put it in a bowl of water: a fresh egg sinks and lies flat, an older one stands on end but is fine to "
                "eat soon, and one that floats should go in the bin. When you crack it, a bad smell or odd color means "
                "it's off."),
    "microwave potato": (r"(?:cook|bake|make) (?:a |my )?(?:baked |jacket )?potato(?:es)? in the microwave|microwave (?:a |my )?"
                         r"(?:baked |jacket )?potato(?:es)?",
                         "Scrub it and prick it all over with a fork. Microwave it on high for 5 minutes, turn it over, "
                         "then 3 to 5 minutes more until a knife slides in easily; a big potato, or two, take longer. "
                         "Let it stand a minute before cutting."),
    "cookies": (r"bake (?:chocolate chip |sugar |oatmeal )?cookies",
                "Most cookies bake at 350 degrees Fahrenheit, 175 Celsius, for 8 to 12 minutes, until the edges are "
                "golden; they look soft in the middle but firm up as they cool on the tray."),
    "baked potato": (r"(?:bake|make) (?:a |some )?(?:baked |jacket )?potato(?:es)?(?: in the oven)?|make (?:a )?baked potato(?:es)?",
                     "Scrub the potato, prick it a few times with a fork, rub it with a little oil and salt, and bake it "
                     "straight on the oven rack at 425 Fahrenheit, 220 Celsius, for 45 minutes to an hour, until a knife "
                     "slides in easily."),
    "smoothie": (rf"make {_MY}(?:fruit |healthy |good |banana |berry )?smoothie",
                 "Put a cup of liquid in the blender, milk, yogurt or juice, then a banana and a cup of fruit, frozen "
                 "fruit makes it cold and thick. Blend for about a minute; add more liquid if it's too thick."),
    "guacamole": (r"make (?:some |homemade )?guacamole",
                  "Mash 2 ripe avocados with a fork, then stir in the juice of half a lime, a pinch of salt, a little "
                  "finely chopped onion, chopped tomato and cilantro, and some chili if you like it hot. Taste and add "
                  "more lime or salt."),
    "grilled cheese": (rf"make {_MY}(?:good |perfect )?grilled cheese(?: sandwich(?:es)?)?",
                       "Butter one side of two slices of bread. Put one slice butter side down in a pan over medium-low "
                       "heat, cover it with cheese, and put the other slice on top, butter side up. Cook 2 to 4 minutes "
                       "until golden, flip, and cook until the cheese melts."),
    "roast vegetables": (r"roast (?:some )?(?:vegetables|veggies|veg)|make roasted (?:vegetables|veggies)",
                         "Cut the vegetables into even pieces, toss them with olive oil, salt and pepper, and spread them "
                         "in one layer on a baking tray. Roast at 425 Fahrenheit, 220 Celsius, for 20 to 40 minutes, "
                         "turning once, until tender and browned at the edges."),
    "steak": (rf"cook {_MY}(?:good |perfect )?steaks?|pan[- ]fry {_MY}steak|grill {_MY}steak",
              "Take the steak out of the fridge half an hour before, pat it dry and salt it. Sear it in a very hot pan "
              "with a little oil, 3 to 4 minutes a side for medium-rare on an inch-thick steak, then let it rest 5 "
              "minutes before cutting."),
    "omelette": (rf"make {_MY}(?:good |simple |cheese )?(?:omelette|omelet)",
                 "Beat 2 or 3 eggs with a pinch of salt. Melt butter in a pan over medium heat, pour in the eggs, and "
                 "as they set, push the edges to the middle. While the top is still a little runny, add any filling "
                 "to one half, fold it over, and slide it onto a plate."),
    "quinoa": (r"cook (?:some )?quinoa|make quinoa",
               "Rinse the quinoa in a sieve. Simmer 1 cup of quinoa in 2 cups of water with a pinch of salt, covered, "
               "for about 15 minutes, until the water is gone. Leave it covered off the heat for 5 minutes, then fluff "
               "it with a fork."),
    "popcorn": (r"make popcorn(?: on the stove| in a pot| in a pan)?|pop popcorn",
                "Heat 2 tablespoons of oil in a large pot with 3 kernels over medium-high heat. When they pop, add a "
                "third of a cup of kernels, cover, and shake the pot now and then. When the popping slows to a few "
                "seconds apart, take it off the heat and salt it."),
    "lemonade": (r"make (?:some |homemade |fresh )?lemonade",
                 "Stir half a cup of sugar into half a cup of hot water until it dissolves. Add the juice of about 4 "
                 "lemons, a cup, and 4 cups of cold water. Taste, add more sugar or water, and serve over ice."),
    "hot chocolate": (r"make (?:a |some )?(?:cup of |mug of )?(?:hot chocolate|hot cocoa|cocoa)",
                      "Warm a cup of milk in a pan without boiling it. Whisk in 1 to 2 tablespoons of cocoa powder and "
                      "1 to 2 tablespoons of sugar, or about 30 grams of chopped chocolate, until smooth. Add a pinch of "
                      "salt or a drop of vanilla if you like."),
    "cold brew": (r"make (?:some )?cold brew(?: coffee)?",
                  "Stir 1 cup of coarsely ground coffee into 4 cups of cold water, cover, and leave it in the fridge for "
                  "12 to 18 hours. Strain it through a fine sieve or a paper filter. It's a concentrate: dilute it about "
                  "half and half with water or milk."),
    "ripen avocado": (rf"ripen {_MY}avocados?(?: fast| faster| quickly| quicker)?|make {_MY}avocados? ripen(?: faster)?",
                      "Put the avocado in a paper bag with a banana or an apple, fold the bag closed, and leave it at "
                      "room temperature: the fruit's ethylene gas ripens it in a day or two. It's ready when it gives "
                      "slightly to a gentle squeeze."),
    "bread fresh": (r"keep (?:my |the )?bread (?:fresh|from going stale|from going moldy)(?: longer| for longer)?|"
                    r"store bread(?: so it stays fresh)?",
                    "Keep bread at room temperature in a bread box or a paper or cloth bag, cut side down, and eat it "
                    "within 2 to 3 days. The fridge makes it stale faster. For longer, slice it and freeze it, and "
                    "toast slices straight from the freezer."),
    "open jar": (rf"open {_MY}(?:stuck |tight |stubborn )?(?:jar|jar lid|lid on a jar)",
                 "Tap the edge of the lid firmly on the counter a few times to break the seal, or run the lid under hot "
                 "water for 30 seconds. A rubber glove or a dish towel gives you more grip. You can also slide a spoon "
                 "under the lid's edge to let air in."),
    "sharpen knife": (rf"sharpen {_MY}(?:kitchen )?knife|sharpen {_MY}knives",
                      "Use a whetstone or a pull-through sharpener. On a wet whetstone, hold the blade at about 20 "
                      "degrees and draw it across the stone from heel to tip, about 10 strokes a side, coarse grit "
                      "then fine. Between sharpenings, a few strokes on a honing steel keep the edge straight."),
}

# the dish's name alone, said after "a recipe for" (skills/howto.py)
DISHES = {"baked potato": r"(?:baked|jacket) potato(?:es)?", "smoothie": r"(?:\w+ )?smoothies?", "guacamole": r"guacamole",
          "grilled cheese": r"(?:a )?grilled cheese(?: sandwich)?", "roast vegetables": r"roast(?:ed)? (?:vegetables|veggies)",
          "omelette": r"(?:\w+ )?(?:omelette|omelet)", "lemonade": r"(?:homemade )?lemonade",
          "hot chocolate": r"hot chocolate|hot cocoa", "cold brew": r"cold brew(?: coffee)?", "quinoa": r"quinoa",
          "popcorn": r"(?:stovetop )?popcorn"}
