"""How long animals, and people, live ("How long do elephants live?": the student said 70 to 90 years; "How long do
dogs live?" is asked of every assistant). Typical spans as zoos, vets and field guides give them (the Smithsonian, the
RSPCA, the AnAge database), said with what changes them (wild or kept, breed, size); people's from the UN's World
Population Prospects for 2023. Anything else is the model's."""

from __future__ import annotations

from assistant.skills.written import Written

# animal: (the words people use, singular|plural; the answer)
_SPANS = {
    "dog": ("dog|dogs|puppy|puppies", "Most dogs live 10 to 13 years; small breeds often reach 15 or more, and giant "
                                      "breeds like Great Danes 7 to 10."),
    "cat": ("cat|cats|kitten|kittens", "Cats usually live 12 to 18 years, indoor cats at the longer end; many reach 20."),
    "horse": ("horse|horses|pony|ponies", "Horses usually live 25 to 30 years, and ponies often longer."),
    "elephant": ("elephant|elephants", "Elephants live about 60 to 70 years in the wild, among the longest of land "
                                       "mammals."),
    "hamster": ("hamster|hamsters", "Hamsters live only 2 to 3 years."),
    "rabbit": ("rabbit|rabbits|bunny|bunnies", "Pet rabbits live about 8 to 12 years with good care."),
    "guinea pig": ("guinea pig|guinea pigs", "Guinea pigs usually live 5 to 7 years."),
    "mouse": ("mouse|mice", "Mice live about 1 to 2 years."),
    "rat": ("rat|rats", "Rats live about 2 to 3 years."),
    "goldfish": ("goldfish|goldfishes", "With good care in a large tank or pond, goldfish live 10 to 15 years, some over 20; "
                                        "in small bowls, far less."),
    "parrot": ("parrot|parrots|budgie|budgies|parakeet|parakeets", "Budgies live 5 to 10 years; large parrots such as "
                                                                   "macaws, African greys and cockatoos often 40 to 60 or more."),
    "tortoise": ("tortoise|tortoises", "Giant tortoises often live over 100 years; smaller pet tortoises 50 or more."),
    "turtle": ("turtle|turtles", "Pet turtles like red-eared sliders live 20 to 40 years; sea turtles 50 or more."),
    "lion": ("lion|lions", "Lions live 10 to 14 years in the wild, up to about 20 in zoos."),
    "tiger": ("tiger|tigers", "Tigers live 10 to 15 years in the wild, about 20 in zoos."),
    "bear": ("bear|bears", "Brown bears live 20 to 30 years in the wild; black bears about 20."),
    "wolf": ("wolf|wolves", "Wolves live about 6 to 8 years in the wild, and up to 15 in captivity."),
    "gorilla": ("gorilla|gorillas", "Gorillas live about 35 to 40 years in the wild, and over 50 in zoos."),
    "chimpanzee": ("chimpanzee|chimpanzees|chimp|chimps", "Chimpanzees live about 30 to 40 years in the wild, and up to 60 "
                                                          "in zoos."),
    "giraffe": ("giraffe|giraffes", "Giraffes live about 25 years in the wild."),
    "dolphin": ("dolphin|dolphins", "Bottlenose dolphins live about 40 to 50 years, females often longer than males."),
    "whale": ("whale|whales", "It depends on the whale: humpbacks live about 45 to 50 years, blue whales 80 to 90, and "
                              "bowhead whales over 200, the longest-lived mammals."),
    "shark": ("shark|sharks", "Most sharks live 20 to 30 years; great whites 70 or more, and the Greenland shark perhaps "
                              "400, the longest-lived animal with a backbone."),
    "cow": ("cow|cows|cattle", "Cattle can live about 20 years, though farm animals are usually kept far less."),
    "pig": ("pig|pigs", "Pigs can live 15 to 20 years, though farm pigs are usually kept far less."),
    "sheep": ("sheep", "Sheep live about 10 to 12 years."),
    "goat": ("goat|goats", "Goats live about 15 to 18 years."),
    "chicken": ("chicken|chickens|hen|hens", "Chickens live about 5 to 10 years as pets; hens lay most in their first "
                                             "2 or 3."),
    "penguin": ("penguin|penguins", "Most penguins live 15 to 20 years in the wild."),
    "eagle": ("eagle|eagles", "Bald eagles live about 20 to 30 years in the wild."),
    "octopus": ("octopus|octopuses|octopi", "Most octopuses live only 1 to 2 years; the giant Pacific octopus 3 to 5."),
    "bee": ("bee|bees|honeybee|honeybees|honey bee|honey bees", "A worker honeybee lives about 5 to 6 weeks in summer, "
                                                                  "longer over winter; a queen 2 to 5 years."),
    "fly": ("fly|flies|housefly|houseflies|house fly|house flies", "A housefly lives about 4 weeks."),
    "butterfly": ("butterfly|butterflies", "Most butterflies live 2 to 4 weeks as adults; migrating monarchs up to 8 months."),
    "human": ("human|humans|people|person|a person|humans on average",
              "About 73 years on average worldwide, by the UN's figures for 2023: over 80 in Japan and much of Europe, "
              "about 78 in the United States."),
}
_TOPICS = {animal: (rf"how long (?:do|does|can|will) (?:a |an |the |my |your |pet |wild )*(?:{words}) (?:usually |normally |typically )?"
                    rf"live(?: for)?(?: on average)?|how many years (?:do|does|can) (?:a |an |the )?(?:{words}) live|what(?: is|'s) "
                    rf"(?:the )?(?:average |typical )?(?:life ?span|life expectancy) (?:of|for) (?:a |an |the )?(?:{words})|"
                    rf"how old (?:do|does|can) (?:a |an |the )?(?:{words}) (?:get|live to)", said)
           for animal, (words, said) in _SPANS.items()}
_TOPICS["human"] = (_TOPICS["human"][0] + r"|what(?: is|'s) (?:the )?(?:average )?(?:human )?life expectancy(?: in the world| "
                                          r"worldwide)?|how long do (?:people|humans) live(?: on average)?", _SPANS["human"][1])
_WRITTEN = Written(_TOPICS)
asked = _WRITTEN.asked   # lifespan's arguments for "how long do elephants live" (cleaned text), or None
SKILL = _WRITTEN.skill("lifespan", "How long an animal, or a person, usually lives.", "I don't know how long that lives.")
