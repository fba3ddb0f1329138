"""Food-safety and health basics people ask in passing, where a wrong answer can make someone ill: "Is it safe to eat
raw cookie dough?" (the student: "Yes, it's safe to eat raw cookie dough."), "How long can milk sit out?" ("24 hours"),
"How do I get rid of a cold?" ("Take a cold shower"). The answers are the common guidance of the CDC, the USDA, the
NHS and the Mayo Clinic, short, and they say when to see a doctor. Anything else is the model's."""

from __future__ import annotations


from assistant.skills.written import Written

_PERISHABLE = r"(?:milk|food|cooked food|chicken|meat|leftovers|eggs|cheese|mayo|mayonnaise|pizza|rice|cooked rice|fish|butter)"
_TOPICS = {
    "raw dough": (r"(?:is it (?:safe|ok|okay|bad) to|can (?:i|you)|should (?:i|you)) eat raw (?:cookie |cake )?(?:dough|batter)|"
                  r"is (?:eating )?raw (?:cookie |cake )?(?:dough|batter) (?:safe|bad for you|ok|okay)(?: to eat)?",
                  "Better not: raw flour and raw eggs can carry E. coli and salmonella, so health agencies advise against "
                  "eating raw dough or batter. Edible cookie dough, made with heat-treated flour and no eggs, is the safe "
                  "kind."),
    # session 23 (the student: "Yes, it is safe to eat raw eggs.", a muddle for sleep)
    "raw eggs": (r"(?:is it (?:safe|ok|okay|bad) to|can (?:i|you)|should (?:i|you)) (?:eat|drink) raw eggs?|is (?:eating )?(?:a )?raw "
                 r"eggs? (?:safe|bad for you|ok|okay)(?: to eat)?|are raw eggs (?:safe|bad for you|ok|okay)(?: to eat)?",
                 "There's a small risk: raw eggs can carry salmonella, so the usual advice is to cook eggs until the white "
                 "and yolk are firm. For raw-egg recipes like homemade mayonnaise or mousse, use pasteurized eggs, "
                 "especially for pregnant women, young children and older people."),
    "sleep hours": (r"how (?:many hours of|much) sleep (?:do|does|should) (?:i|you|we|an adult|adults|a person|people|a teenager|"
                    r"teenagers|a child|kids|children) (?:need|get)(?: a night| each night| every night)?|how many hours (?:should|do|does) "
                    r"(?:i|you|we|adults|an adult|a person|people|a teenager|teenagers|kids|children) (?:need to |have to )?sleep"
                    r"(?: a night| each night| per night| every night)?",
                    "Adults need 7 to 9 hours a night; teenagers 8 to 10; school-age children 9 to 12; and younger children "
                    "and babies more. Regularly getting less than 7 hours is linked to health problems."),
    "left out": (rf"how long (?:can|does|do|will|should) (?:a |the )?{_PERISHABLE} (?:sit|stay|be left|last|keep) out(?: of the "
                 rf"fridge)?(?: for)?|how long can (?:i|you) leave (?:a |the )?{_PERISHABLE} out(?: of the fridge)?(?: for)?|"
                 rf"is it (?:safe|ok|okay) to eat {_PERISHABLE} (?:that was )?left out (?:overnight|all night)",
                 "No more than 2 hours at room temperature, or 1 hour when it's above 32 Celsius, 90 Fahrenheit. After "
                 "that, throw it away: bacteria grow fast in the warm, and reheating doesn't undo it."),
    "rice": (r"how long (?:does|do|will|can|is) (?:cooked |leftover )?rice (?:last|keep|stay good|good for|good)(?: in the "
             r"(?:fridge|refrigerator))?(?: for)?",
             "Cool it within an hour and keep it in the fridge: the NHS says eat it within a day, US guidance allows 3 to 4 "
             "days. Reheat it until steaming hot, only once."),
    "leftovers": (r"how long (?:do|does|can|will|are) (?:leftovers|cooked food|cooked chicken|cooked meat) (?:last|keep|stay "
                  r"good|good for|good)(?: in the (?:fridge|refrigerator))?(?: for)?",
                  "About 3 to 4 days in the fridge; freeze them if you need longer. Reheat until steaming hot, 74 Celsius, "
                  "165 Fahrenheit."),
    "cold": (r"how (?:do|can) (?:i|you) (?:get rid of|cure|treat|beat|get over) (?:a|my|the) (?:common )?cold|what (?:helps|is "
             r"good for|should i do for|can i do for) (?:a|my) cold|how to (?:get rid of|cure|treat) a cold",
             "There's no cure: a cold clears up in 7 to 10 days. Rest, drink plenty, and paracetamol or "
             "ibuprofen can ease aches and fever, as the label says; honey and lemon in warm water soothes a sore throat "
             "(no honey under age one). See a doctor if it lasts over 3 weeks or you're short of breath."),
    "steps": (r"how many steps (?:should|do|must) (?:i|you|we|people) (?:walk|take|do|get)(?: a| per| each| every)?(?: day)?|"
              r"how many steps (?:a|per) day (?:should i (?:walk|take|do)|is (?:healthy|enough|good))",
              "10,000 is the popular goal; studies find most of the health benefit for adults by about 7,000 to 8,000 steps "
              "a day. Any more than you walk now helps."),
    "blood pressure": (r"how (?:do|can) (?:i|you) (?:lower|reduce|bring down) (?:my |your )?blood pressure|how to (?:lower|reduce) "
                       r"blood pressure",
                       "Eat less salt and more fruit and vegetables, keep to a healthy weight, be active at least 150 minutes "
                       "a week, drink less alcohol, and don't smoke. Check it regularly, and see your doctor: you may need "
                       "medicine too."),
    "fever": (r"(?:should|do) i (?:go to|see|call) (?:the|a) doctor (?:for|about|with) (?:a )?fever|when should i (?:go to|see|call) "
              r"(?:the|a) doctor (?:for|about) (?:a )?fever|when is a fever (?:dangerous|too high|serious)",
              "Most fevers pass with rest and fluids. See a doctor if it reaches 39.4 Celsius, 103 Fahrenheit, lasts more "
              "than 3 days, or comes with a stiff neck, a rash, confusion, trouble breathing or a bad headache. For a baby "
              "under 3 months, call at 38 Celsius, 100.4 Fahrenheit."),
    "calories a day": (r"how many calories (?:should|do|must) (?:i|you|we|an adult|a (?:man|woman)) (?:eat|have|need|consume)"
                       r"(?: a| per| each| every)?(?: day)?|how many calories (?:a|per) day (?:should i (?:eat|have)|do i need)",
                       "About 2,000 a day for women and 2,500 for men is the usual guide; it depends on your age, size and "
                       "how active you are. A doctor or dietitian can work out yours."),
    "heart rate": (r"what(?: is|'s) (?:a )?(?:normal|healthy|good|average) (?:resting )?(?:heart rate|pulse)(?: for (?:an )?adults?)?|"
                   r"what should my (?:resting )?(?:heart rate|pulse) be",
                   "For adults, 60 to 100 beats a minute at rest; fit people often sit lower, around 40 to 60. See a doctor "
                   "if it's often above 100, or below 60 with dizziness, fainting or breathlessness."),
    # session 24 (the student refused the headache, and for coffee named only caffeine)
    "headache": (r"how (?:do|can) (?:i|you) (?:get rid of|stop|cure|treat|ease|relieve|help) (?:a|my|the|this) (?:bad )?"
                 r"(?:headache|tension headache)(?: without (?:medicine|medication|pills|painkillers|drugs))?(?: naturally| fast| "
                 r"quickly)?|what (?:helps|is good for|can i do for|should i do for|should i take for) (?:a|my) headache|how to "
                 r"(?:get rid of|relieve|cure|treat) a headache(?: naturally| without (?:medicine|medication))?",
                 "Drink a glass or two of water, rest in a quiet, dim room, and put a cool cloth on your forehead or a warm "
                 "one on the back of your neck; gentle neck stretches and less screen time help a tension headache. "
                 "Paracetamol or ibuprofen can help, as the label says. Get help at once for a sudden, very bad headache, "
                 "or one with a stiff neck, fever, confusion or weakness."),
    "coffee": (r"is (?:drinking )?coffee (?:bad|good|healthy|unhealthy) (?:for (?:you|me|your health|my health))?|is (?:drinking )?"
               r"coffee (?:bad|good|healthy|unhealthy)|how much coffee is too much|how many (?:cups of )?coffees? (?:a|per) day "
               r"is (?:too many|too much|safe|ok|okay)|how many cups of coffee (?:can|should) i (?:have|drink)(?: a| per)?(?: day)?",
               "For most adults, up to about 400 milligrams of caffeine a day, roughly 3 to 4 cups of coffee, is fine and "
               "may even be good for you. More can bring jitters, a fast heartbeat and poor sleep; pregnant women should "
               "keep to about 200 milligrams, and it's best avoided in the 6 hours before bed."),
    "water a day": (r"how much water (?:should|do|must) (?:i|you|we|an adult|adults|a person|people) (?:drink|have|need)"
                    r"(?: (?:a|per|each|every) day| daily)?|how many (?:glasses|cups|liters|litres) of water (?:should|do) (?:i|you|we) "
                    r"(?:drink|have|need)(?: (?:a|per|each|every) day| daily)?",
                    "About 2 liters, or 6 to 8 glasses, of fluid a day for most adults, and more in hot weather or when "
                    "you exercise; food provides some too. Pale yellow urine is a good sign you're drinking enough."),
    # session 25, round 14 (the student: raw chicken "Yes, it is safe"; milk "lasts in the fridge for 24 hours"; a refusal
    # for freezing cheese)
    "raw meat": (r"(?:is it (?:safe|ok|okay|bad) to|can (?:i|you)|should (?:i|you)) eat (?:raw|undercooked|pink|rare) (?:chicken|"
                 r"poultry|turkey|pork|burgers?|ground beef|mince)|is (?:eating )?(?:raw|undercooked|pink) (?:chicken|poultry|turkey|"
                 r"pork) (?:safe|bad for you|ok|okay|dangerous)(?: to eat)?",
                 "No: raw or undercooked chicken, turkey and pork, and rare burgers, can carry salmonella, campylobacter and "
                 "E. coli. Cook poultry to 74 Celsius, 165 Fahrenheit, until the juices run clear with no pink; whole cuts "
                 "of beef or lamb can be eaten rare, because the germs are only on the outside."),
    "milk fridge": (r"how long (?:does|will|can|is) (?:opened |open )?milk (?:last|keep|stay good|good)(?: for)?(?: in the (?:fridge|"
                    r"refrigerator))?(?: once (?:it's |it is )?opened| after opening)?(?: for)?",
                    "Opened milk keeps about 5 to 7 days in the fridge, at 4 Celsius, 40 Fahrenheit, or below; unopened, "
                    "until its use-by date. Throw it out if it smells sour or looks lumpy."),
    "fridge temperature": (r"what(?: is|'s) the (?:best|right|ideal|correct|safe|recommended) temperature (?:for|of) (?:a |the |my )?"
                           r"(?:fridge|refrigerator|freezer)|what temperature should (?:a |the |my )?(?:fridge|refrigerator|freezer) "
                           r"be(?: set (?:at|to))?|how cold should (?:a |the |my )?(?:fridge|refrigerator|freezer) be",
                           "Keep the fridge at or below 4 Celsius, 40 Fahrenheit; 3 to 4 is ideal. The freezer should be at "
                           "minus 18 Celsius, 0 Fahrenheit. A cheap fridge thermometer tells you for sure."),
    "freeze cheese": (r"can (?:you|i) freeze (?:cheese|cheddar|mozzarella|parmesan|cream cheese|brie|grated cheese|shredded cheese)|"
                      r"(?:is it ok|is it okay|is it safe) to freeze cheese|does cheese freeze (?:well|ok|okay)",
                      "Yes: hard and semi-hard cheeses like cheddar and mozzarella freeze well for up to 6 months, best grated "
                      "or in small blocks, wrapped airtight; they turn crumbly, so use them for cooking. Soft cheeses like "
                      "brie and cream cheese go grainy and watery, so they're better not frozen."),
    "exercise": (r"how (?:much|many minutes of|many hours of|often should i) (?:exercise|physical activity|activity)(?: should| do)?(?: i| "
                 r"adults| you| an adult)?(?: get| do| need| have)?(?: a| per| each| every)?(?: day| week)?|how many minutes "
                 r"(?:should|do) (?:i|you|adults) (?:exercise|work out)(?: a| per| each)?(?: day| week)?|how often should i "
                 r"(?:exercise|work out)",
                 "Adults should aim for at least 150 minutes of moderate activity a week, such as brisk walking, about 30 "
                 "minutes on 5 days, or 75 minutes of vigorous activity like running, plus muscle-strengthening exercise on "
                 "2 days. More is better, and any is better than none."),
    "blood pressure": (r"what(?: is|'s) (?:a |the )?(?:normal|healthy|good|average) blood pressure(?: for (?:an )?adults?)?|what should my "
                       r"blood pressure be|what blood pressure is (?:too high|high|normal)",
                       "For adults, below 120 over 80 is normal. US guidelines call 130 over 80 or more high blood pressure; "
                       "the UK and Europe use 140 over 90. See a doctor if yours is often high, and get help at once if it's "
                       "above 180 over 120 with chest pain, breathlessness or a severe headache."),
    "caffeine": (r"how much caffeine (?:is |are )?(?:there )?in (?:a |one )?(?:cup of coffee|coffee|mug of coffee|espresso|shot of "
                 r"espresso|cup of tea|tea|can of (?:coke|cola)|coke|red bull|energy drink)",
                 "About 95 milligrams in an 8-ounce cup of brewed coffee; a shot of espresso has about 65, a cup of black tea "
                 "about 47, a can of cola about 35, and a small can of energy drink about 80. Up to 400 milligrams a day is "
                 "fine for most adults."),
    "sugar in soda": (r"how (?:much|many grams of|many teaspoons of) sugar (?:is |are )?(?:there )?in (?:a |one )?(?:can|bottle|glass)"
                      r" of (?:coke|cola|soda|pop|coca cola|pepsi|sprite|lemonade)",
                      "A 12-ounce, 330-milliliter can of cola has about 35 to 39 grams of sugar, nearly 10 teaspoons: more than "
                      "the 25 to 30 grams a day health agencies advise as a limit for added sugar."),
    # session 25 (the student: "Yes, it's bad. Cracking your knuckles can be dangerous."; weight: "Start with a balanced diet")
    "knuckles": (r"is (?:it )?(?:bad|harmful|unhealthy|dangerous|ok|okay|safe) (?:for you )?to crack (?:your|my) (?:knuckles|"
                 r"fingers|back|neck)|(?:does|will|can) cracking (?:your|my) (?:knuckles|fingers) (?:cause|give you|lead to) "
                 r"arthritis|is cracking (?:your|my) (?:knuckles|fingers) bad(?: for you)?|why do (?:my )?knuckles crack",
                 "It's harmless for most people: the pop is a gas bubble in the joint's fluid, and studies have found no "
                 "link to arthritis. See a doctor only if a joint hurts, swells or has lost movement."),
    "lose weight": (r"(?:what(?: is|'s) the best way|how (?:do|can|should) (?:i|you)|what(?: is|'s) a (?:healthy|safe) way) "
                    r"(?:to )?lose weight(?: fast| quickly| safely| healthily)?|how (?:do|can) i (?:lose|drop) (?:some )?"
                    r"(?:weight|pounds|kilos|belly fat)(?: fast| quickly| safely)?|(?:give me )?(?:some )?tips (?:for|on|to) "
                    r"(?:losing|lose) weight",
                    "Eat a little less than you burn, steadily: more vegetables, fruit, protein and whole grains; fewer "
                    "sugary drinks, snacks and large portions. Move more, with walking or exercise most days, and sleep "
                    "well. About half a kilo, or a pound, a week is a safe pace; a doctor can help you plan."),
}
_WRITTEN = Written(_TOPICS, after=r"(?: fast| quickly| naturally| at home| please)?")
asked = _WRITTEN.asked   # health_basics' arguments for "how long can milk sit out" (cleaned text), or None
SKILL = _WRITTEN.skill("health_basics", "Food-safety and health basics (food left out, leftovers, colds, fevers).",
                       "I don't have advice on that.")
