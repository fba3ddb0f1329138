

def test_decades_centuries_and_fortnights():
    # "How long is a decade?" got "A decade is 128 years."; pint's own "decade" is a ratio of ten
    from assistant.skills.intents import match
    from assistant.skills.registry import SkillSet

    skills = SkillSet()
    for text, said in [("How long is a decade?", "1 decade is 10 years."), ("How many years in a century?", "1 century is 100 years."),
                       ("How many days in a fortnight?", "1 fortnight is 14 days."),
                       ("How many decades in a century?", "1 century is 10 decades."),
                       ("How many years in a millennium?", "1 millennium is 1,000 years.")]:
        intent = match(text)
        assert skills.call(intent.name, intent.arguments).speech == said, text


def test_a_kilo_of_feathers_weighs_a_kilo():
    """The old riddle (the student: "A kilo of feathers is 1000 grams, while a kilo of steel is 1000000 kilograms.")."""
    from assistant.skills.intents import match
    from assistant.skills.units import compare

    intent = match("What is heavier, a pound of bricks or a pound of feathers?")
    assert compare(**intent.arguments).speech == ("Neither: a pound of bricks and a pound of feathers weigh the same, a "
                                                  "pound each. The feathers just take up more room.")
