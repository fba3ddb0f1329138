"""Written how-to, everyday recipes (skills/howto.py matches and says them): the standard home versions, in a few spoken
sentences, with the safe temperatures where they matter. The student's own answers, asked alone (session 25): refusals for
cookies, bacon, a burger, a poached egg and gravy; a roast chicken that began "Rice needs water"; pesto baked "for 10-15
minutes"; a milkshake with "2 cups of vanilla extract"; chili cooked "2-3 hours, until the peppers are tender"."""

from __future__ import annotations

TASKS = {
    "make coffee": (r"make (?:a |some |good )?(?:cup of |pot of )?coffee(?: at home)?|brew coffee",
                    "Use about 2 tablespoons, 10 grams, of ground coffee for each 180 milliliters of water, just off the "
                    "boil. In a drip machine, put the grounds in a filter and the water in the tank; in a French press, "
                    "stir, wait 4 minutes and press; or pour slowly through a paper filter over a cup."),
    "make cake": (r"(?:make|bake) (?:a |an )?(?:simple |easy |basic |birthday |vanilla |sponge )?cake",
                  "Beat 225 grams each of soft butter and sugar until pale, beat in 4 eggs one at a time, then fold in 225 "
                  "grams of self-raising flour and a splash of milk. Split it between two lined 20-centimeter tins and bake "
                  "at 180 Celsius, 350 Fahrenheit, for 20 to 25 minutes, until a skewer comes out clean."),
    "make cookies": (r"make (?:some )?(?:chocolate chip |sugar |oatmeal |homemade )?cookies",
                     "Cream 115 grams of soft butter with 100 grams each of white and brown sugar, beat in an egg and a "
                     "teaspoon of vanilla, then mix in 190 grams of flour, half a teaspoon each of baking soda and salt, and "
                     "a cup of chocolate chips. Spoon balls onto a lined tray and bake at 180 Celsius, 350 Fahrenheit, for "
                     "10 to 12 minutes."),
    "make pizza": (r"make (?:a )?(?:homemade )?pizza(?: at home)?",
                   "Stretch pizza dough thin on a floured tray, spread a few spoons of tomato sauce, leaving the edge bare, "
                   "add mozzarella and your toppings, and bake in the hottest oven you have, 250 Celsius, 480 Fahrenheit, "
                   "for 10 to 12 minutes, until the crust is golden and the cheese bubbles."),
    "bacon": (r"(?:make|cook|fry) (?:some )?bacon(?: in the oven| in a pan)?",
              "Lay the strips in a cold pan, turn the heat to medium and cook 8 to 12 minutes, turning now and then, until "
              "as crisp as you like; drain on paper towel. Or bake on a lined tray at 200 Celsius, 400 Fahrenheit, for "
              "15 to 20 minutes, with no turning."),
    "roast chicken": (r"roast (?:a |a whole )?chicken|cook (?:a )?whole chicken",
                      "Rub the chicken with oil or butter, salt and pepper, and put a halved lemon inside. Roast at 200 "
                      "Celsius, 400 Fahrenheit, for about 20 minutes per 500 grams plus 20 minutes, until the thickest part "
                      "of the thigh reaches 74 Celsius, 165 Fahrenheit, and the juices run clear. Rest it 15 minutes."),
    "make hummus": (r"make (?:some )?(?:homemade )?hummus",
                    "Blend a drained can of chickpeas with 3 tablespoons of tahini, the juice of a lemon, a clove of "
                    "garlic, a pinch of salt and 2 to 4 tablespoons of cold water until smooth. Top with olive oil and "
                    "paprika."),
    "make pesto": (r"make (?:some )?(?:homemade )?pesto",
                   "Blend 2 big handfuls of basil leaves, a clove of garlic, 2 tablespoons of pine nuts and 30 grams of "
                   "grated Parmesan, then pour in about 100 milliliters of olive oil while blending, and season. No "
                   "cooking needed."),
    "make burger": (r"make (?:a |some )?(?:homemade )?(?:burgers?|hamburgers?|beef burgers?)",
                    "Season 500 grams of ground beef with salt and pepper and shape 4 patties, a little wider than the buns, "
                    "with a dimple in the middle. Cook in a hot pan or grill 3 to 5 minutes a side, until 71 Celsius, 160 "
                    "Fahrenheit, inside. Toast the buns and add cheese and toppings."),
    "poach egg": (r"poach (?:an |some )?eggs?|make (?:a )?poached eggs?",
                  "Bring a pan of water to a gentle simmer with a splash of vinegar. Crack a fresh egg into a cup, stir the "
                  "water into a swirl and slide the egg into the middle. Cook 3 minutes for a runny yolk, then lift it out "
                  "with a slotted spoon."),
    "fry egg": (r"fry (?:an |some )?eggs?|make (?:a )?fried eggs?",
                "Heat a little butter or oil in a pan over medium heat, crack in the egg and cook 2 to 3 minutes, until "
                "the white is set; spoon hot fat over the yolk, or flip it for over easy."),
    "oatmeal": (r"make (?:some )?(?:oatmeal|porridge|oats)",
                "Simmer half a cup of rolled oats in a cup of milk or water with a pinch of salt, stirring, for about 5 "
                "minutes until creamy; or microwave it 2 to 3 minutes in a big bowl. Top with fruit, nuts or honey."),
    "milkshake": (r"make (?:a )?milk ?shake",
                  "Blend 2 big scoops of ice cream with about half a cup of cold milk until smooth, adding more milk for a "
                  "thinner shake. Blend in fruit, chocolate syrup or peanut butter for flavor."),
    "whipped cream": (r"make (?:some )?(?:homemade )?whipped cream|whip cream",
                      "Whisk cold heavy or double cream, about 250 milliliters, with a tablespoon of sugar and a little "
                      "vanilla until soft peaks form, 2 to 4 minutes with a mixer. Stop there: it turns to butter if you go "
                      "on."),
    "gravy": (r"make (?:some )?(?:homemade )?gravy",
              "Pour off all but 2 tablespoons of fat from the roasting pan, stir in 2 tablespoons of flour over medium "
              "heat for a minute, then whisk in about 2 cups of stock a little at a time, scraping up the brown bits. "
              "Simmer until thick and season."),
    "chili": (r"make (?:a |some )?(?:homemade )?(?:chili|chilli)(?: con carne)?",
              "Brown 500 grams of ground beef with a chopped onion and garlic. Stir in 2 tablespoons of chili powder and a "
              "teaspoon of cumin, then a can of chopped tomatoes, a can of kidney beans and a cup of stock. Simmer 30 to "
              "45 minutes, stirring now and then, and season."),
}
