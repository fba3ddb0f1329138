"""Food facts people ask a kitchen assistant: calories and protein in everyday foods ("How many calories are in a
banana?": the student said 44; "How much protein is in an egg?": "76 calories"), and the kitchen basics that matter
for safety or success ("How do I boil an egg?": "Boil an egg for 180 minutes."; the safe inside temperature of
chicken). Figures are the usual ones for a typical serving (USDA FoodData Central, rounded) and are said as "about";
cooking temperatures are the USDA's safe minimums. Anything else is the model's."""

from __future__ import annotations

import re

from assistant.skills.base import Param, Skill, SkillError, SkillResult

# food: (the serving said, calories, grams of protein); the keys are what people say, singular
_FOODS = {
    "banana": ("a medium banana", 105, 1.3), "apple": ("a medium apple", 95, 0.5), "orange": ("a medium orange", 62, 1.2),
    "egg": ("a large egg", 72, 6.3), "boiled egg": ("a large boiled egg", 78, 6.3),
    "slice of bread": ("a slice of white bread", 75, 2.6), "bread": ("a slice of white bread", 75, 2.6),
    "cup of milk": ("a cup of whole milk", 149, 7.7), "glass of milk": ("a cup of whole milk", 149, 7.7),
    "milk": ("a cup of whole milk", 149, 7.7), "cup of rice": ("a cup of cooked white rice", 205, 4.3),
    "rice": ("a cup of cooked white rice", 205, 4.3), "cup of pasta": ("a cup of cooked pasta", 220, 8.1),
    "pasta": ("a cup of cooked pasta", 220, 8.1), "chicken breast": ("100 grams of cooked chicken breast", 165, 31),
    "chicken": ("100 grams of cooked chicken breast", 165, 31), "avocado": ("a whole avocado", 322, 4),
    "potato": ("a medium baked potato", 161, 4.3), "tablespoon of butter": ("a tablespoon of butter", 102, 0.1),
    "butter": ("a tablespoon of butter", 102, 0.1), "tablespoon of olive oil": ("a tablespoon of olive oil", 119, 0),
    "olive oil": ("a tablespoon of olive oil", 119, 0), "cheese": ("an ounce of cheddar cheese", 114, 7),
    "slice of cheese": ("an ounce of cheddar cheese", 114, 7), "carrot": ("a medium carrot", 25, 0.6),
    "cup of broccoli": ("a cup of raw broccoli", 31, 2.5), "broccoli": ("a cup of raw broccoli", 31, 2.5),
    "almond": ("an ounce of almonds, about 23", 164, 6), "peanut butter": ("a tablespoon of peanut butter", 95, 3.6),
    "tablespoon of peanut butter": ("a tablespoon of peanut butter", 95, 3.6), "can of coke": ("a can of cola", 140, 0),
    "can of soda": ("a can of cola", 140, 0), "beer": ("a 12-ounce regular beer", 153, 1.6),
    "glass of wine": ("a 5-ounce glass of wine", 125, 0.1), "cup of coffee": ("a cup of black coffee", 2, 0.3),
    "coffee": ("a cup of black coffee", 2, 0.3), "strawberry": ("a cup of strawberries", 49, 1),
    "slice of pizza": ("a slice of cheese pizza", 285, 12), "pizza": ("a slice of cheese pizza", 285, 12),
    "salmon": ("100 grams of cooked salmon", 206, 22), "oatmeal": ("a cup of cooked oatmeal", 160, 6),
    "teaspoon of sugar": ("a teaspoon of sugar", 16, 0), "tablespoon of sugar": ("a tablespoon of sugar", 49, 0),
    "orange juice": ("a cup of orange juice", 112, 1.7), "glass of orange juice": ("a cup of orange juice", 112, 1.7),
    "black bean": ("a cup of cooked black beans", 227, 15), "tablespoon of honey": ("a tablespoon of honey", 64, 0.1),
    "honey": ("a tablespoon of honey", 64, 0.1), "slice of bacon": ("a slice of cooked bacon", 43, 3),
    "bacon": ("a slice of cooked bacon", 43, 3), "quinoa": ("a cup of cooked quinoa", 222, 8),
    "tomato": ("a medium tomato", 22, 1.1), "grape": ("a cup of grapes", 104, 1.1), "spinach": ("a cup of raw spinach", 7, 0.9),
}
_PLURALS = {"eggs": "egg", "bananas": "banana", "apples": "apple", "oranges": "orange", "carrots": "carrot", "almonds": "almond",
            "potatoes": "potato", "tomatoes": "tomato", "strawberries": "strawberry", "grapes": "grape", "black beans": "black bean",
            "slices of bread": "slice of bread", "slices of pizza": "slice of pizza", "slices of bacon": "slice of bacon",
            "slices of cheese": "slice of cheese", "boiled eggs": "boiled egg", "beers": "beer", "glasses of wine": "glass of wine",
            "cups of coffee": "cup of coffee", "cans of coke": "can of coke"}
_COUNT = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "half a": 0.5, "half an": 0.5}

# how-to answers that must be right (a wrong cooking time or temperature can make someone ill)
_KITCHEN = {
    "boil egg": "Lower the eggs into a pan of boiling water, boil about 6 minutes for a soft yolk or 10 to 12 minutes for "
                "hard-boiled, then cool them in cold water before peeling.",
    "chicken": "Cook chicken and other poultry until the thickest part reaches 165 degrees Fahrenheit, 74 Celsius, on a food "
               "thermometer; the juices should run clear.",
    "ground meat": "Cook ground beef, pork or lamb to 160 degrees Fahrenheit, 71 Celsius; burgers should have no pink inside.",
    "steak": "Steaks, chops and roasts of beef, pork or lamb are safe at 145 degrees Fahrenheit, 63 Celsius, then rest them "
             "3 minutes.",
    "fish": "Cook fish to 145 degrees Fahrenheit, 63 Celsius, until it flakes easily with a fork.",
    "leftovers": "Reheat leftovers until steaming hot, 165 degrees Fahrenheit, 74 Celsius, and put them in the fridge within "
                 "2 hours of cooking.",
    "rice": "Rinse 1 cup of white rice, add 2 cups of water and a pinch of salt, bring to a boil, then cover and simmer on low "
            "for about 18 minutes; let it stand 5 minutes and fluff it with a fork.",
    "bake chicken": "Bake boneless chicken breasts at 400 degrees Fahrenheit, 200 Celsius, for about 20 to 25 minutes, "
                    "until the thickest part reaches 165 Fahrenheit, 74 Celsius; bone-in pieces take 35 to 45 minutes.",
    "pasta": "Boil plenty of salted water, add the pasta, stir, and cook it for the time on the package, usually 8 to 12 "
             "minutes, until it's tender but still a little firm; then drain it.",
}
_KITCHEN_ASKED = [
    ("boil egg", r"how (?:do (?:i|you)|to|should i|can i) (?:hard |soft )?boil (?:an |a |some )?eggs?|how long (?:do (?:i|you)|should "
                 r"i|to|does it take to) (?:hard |soft )?boil (?:an |a )?eggs?(?: for)?(?: (?:for )?(?:a |an )?(?:soft|hard|runny|"
                 r"jammy|medium|set)(?:[- ]boiled)?(?: yolk| egg| one)?)?|how long (?:do|should) (?:i boil |)?(?:hard |soft )?"
                 r"boiled eggs? (?:take|boil)|how (?:do (?:i|you)|to) make (?:a )?(?:hard|soft)[ -]boiled eggs?"),
    ("chicken", r"(?:what(?: is|'s) the )?(?:safe |right |internal )*(?:temperature|temp) (?:for|of|to cook) (?:chicken|turkey|poultry)"
                r"|(?:what temperature|how hot) (?:should|does|do) (?:chicken|turkey|poultry) (?:be|need to be|have to be)(?: cooked to)?|"
                r"how do i know (?:if |when )?(?:the |my )?chicken is (?:done|cooked)"),
    ("ground meat", r"(?:what(?: is|'s) the )?(?:safe |right |internal )*(?:temperature|temp) (?:for|of|to cook) (?:ground beef|burgers?|"
                    r"hamburgers?|ground meat|mince)"),
    ("steak", r"(?:what(?: is|'s) the )?(?:safe |right |internal )*(?:temperature|temp) (?:for|of|to cook) (?:steak|pork|beef|lamb|"
              r"pork chops?|a roast)"),
    ("fish", r"(?:what(?: is|'s) the )?(?:safe |right |internal )*(?:temperature|temp) (?:for|of|to cook) (?:fish|salmon)|how do i "
             r"know (?:if |when )?(?:the )?(?:fish|salmon) is (?:done|cooked)"),
    ("leftovers", r"how (?:do i|should i|to) (?:safely )?reheat leftovers|how long can (?:cooked food|leftovers) (?:sit|stay|be left) out"),
    ("bake chicken", r"how long (?:do (?:i|you)|should i|to|does it take to) (?:bake|roast|cook) (?:a |the )?(?:boneless )?chicken "
                     r"(?:breasts?|thighs?)?(?: in the oven)?(?: at (?:400|200)(?: degrees)?(?: fahrenheit| celsius| f| c)?)?|"
                     r"how long (?:does|do) (?:a )?chicken breasts? take in the oven"),
    ("rice", r"how (?:do (?:i|you)|to|should i) (?:cook|make) (?:white )?rice|how much water (?:for|do i need for|to) (?:a cup of )?rice"),
    ("pasta", r"how (?:do (?:i|you)|to) (?:cook|make|boil) (?:pasta|spaghetti|noodles)|how long (?:do i|should i|to) (?:cook|boil) "
              r"(?:pasta|spaghetti)"),
]
_KITCHEN_PATTERNS = [(topic, re.compile(rf"(?:{pattern})(?: properly| please)?")) for topic, pattern in _KITCHEN_ASKED]
_NUTRITION = re.compile(r"how (?:many|much) (?P<what>calories|protein|kcal)(?: (?:are|is))? (?:there )?(?:in|does) (?P<food>.+?)"
                        r"(?: have| contain)?|(?:what(?: is|'s) the )?(?P<what2>calories|protein|calorie count|protein content) "
                        r"(?:in|of) (?P<food2>.+)")


# grams in a teaspoon, a tablespoon or a cup of a kitchen staple ("How many grams of sugar in a teaspoon?": "6", made up)
_WEIGHTS = {"sugar": {"teaspoon": 4, "tablespoon": 12.5, "cup": 200}, "flour": {"teaspoon": 2.6, "tablespoon": 8, "cup": 125},
            "butter": {"teaspoon": 4.7, "tablespoon": 14, "cup": 227}, "salt": {"teaspoon": 6, "tablespoon": 18, "cup": 290},
            "rice": {"cup": 185, "tablespoon": 12}, "honey": {"teaspoon": 7, "tablespoon": 21, "cup": 340},
            "water": {"teaspoon": 5, "tablespoon": 15, "cup": 237}, "milk": {"teaspoon": 5, "tablespoon": 15, "cup": 245},
            "oats": {"tablespoon": 5.6, "cup": 90}, "brown sugar": {"teaspoon": 4.6, "tablespoon": 13.8, "cup": 220},
            "cocoa": {"teaspoon": 2.5, "tablespoon": 7.5, "cup": 85}}
_ITEMS = "|".join(sorted(_WEIGHTS, key=len, reverse=True))
_SPOONS = r"(?P<spoon>teaspoons?|tablespoons?|cups?|tsp|tbsp)"
_WEIGHED = re.compile(rf"how many grams (?:of (?P<a>{_ITEMS}) )?(?:are )?(?:in|is) (?:a |one |1 )?{_SPOONS}(?: of (?P<b>{_ITEMS}))?|"
                      rf"how much does (?:a |one |1 )?{_SPOONS.replace('spoon>', 'spoon2>')} of (?P<c>{_ITEMS}) weigh(?: in grams)?|"
                      rf"(?:what is |how much is )?(?:a |one |1 )?{_SPOONS.replace('spoon>', 'spoon3>')} of (?P<d>{_ITEMS}) in grams")


def weighed(text: str) -> dict | None:
    m = _WEIGHED.fullmatch(text)
    if not m:
        return None
    item = m["a"] or m["b"] or m["c"] or m["d"]
    spoon = (m["spoon"] or m["spoon2"] or m["spoon3"]).rstrip("s").replace("tsp", "teaspoon").replace("tbsp", "tablespoon")
    return {"what": f"{spoon} of {item}"} if item and spoon in _WEIGHTS[item] else None


def asked(text: str) -> dict | None:
    """food_fact's arguments for "how many calories are in a banana" / "how do I boil an egg" (cleaned text), or None."""
    for topic, pattern in _KITCHEN_PATTERNS:
        if pattern.fullmatch(text):
            return {"kind": "kitchen", "what": topic}
    m = _NUTRITION.fullmatch(text)
    if not m:
        return None
    food, what = m["food"] or m["food2"], m["what"] or m["what2"]
    count, key = _serving(food)
    if key is None:
        return None
    return {"kind": "protein" if "protein" in what else "calories", "what": key, **({"count": count} if count != 1 else {})}


def _serving(said: str) -> tuple[float, str | None]:
    said = re.sub(r"^(?:a |an |one |1 )?(?:medium |large |small |single |regular |whole |typical |average )?", "", said.strip())
    count = 1.0
    m = re.match(r"(half an?|an?|one|two|three|four|five|six|\d+(?:\.\d+)?) (?:medium |large |small )?", said)
    if m:
        count = _COUNT.get(m[1]) or float(m[1])
        said = said[m.end():]
    said = _PLURALS.get(said, said)
    return count, said if said in _FOODS else None


def food_fact(kind: str, what: str, count: float = 1) -> SkillResult:
    if kind == "kitchen":
        if what not in _KITCHEN:
            raise SkillError("I only know a few kitchen basics: eggs, rice, pasta and safe cooking temperatures.")
        return SkillResult(_KITCHEN[what], {"what": what})
    if what not in _FOODS:
        raise SkillError("I don't have that food's figures.")
    serving, calories, protein = _FOODS[what]
    n = f"{count:g} x " if count != 1 else ""
    cal, prot = round(calories * count), round(protein * count, 1)
    if count != 1:   # "two eggs": "About 144 calories in 2 (72 in a large egg), ..."
        serving = f"{count:g} ({protein:g} grams in {serving})" if kind == "protein" else f"{count:g} ({calories} in {serving})"
    if kind == "protein":
        said = f"About {prot:g} grams of protein in {serving}, with {cal} calories."
    else:
        said = f"About {cal} calories in {serving}, with {prot:g} grams of protein."
    return SkillResult(said, {"what": what, "serving": n + _FOODS[what][0], "calories": cal, "protein_g": prot})


SKILL = Skill("food_fact", "Calories and protein in everyday foods; cooking basics and safe temperatures.",
              {"kind": Param(str, choices=("calories", "protein", "kitchen")), "what": Param(str),
               "count": Param(float, required=False)}, food_fact, for_model=False)


def food_weight(what: str) -> SkillResult:
    spoon, _, item = what.partition(" of ")
    grams = _WEIGHTS.get(item, {}).get(spoon)
    if grams is None:
        raise SkillError("I don't have that weight.")
    return SkillResult(f"A {spoon} of {item} weighs about {grams:g} grams.", {"what": what, "grams": grams})


WEIGHT = Skill("food_weight", "Grams in a teaspoon, tablespoon or cup of a kitchen staple.", {"what": Param(str)}, food_weight,
               for_model=False)
