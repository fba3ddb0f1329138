

def test_a_joke_found_unfunny_is_taken_well():
    # "That's not funny." after a joke: the student called note_forget
    from assistant.skills.intents import match

    assert match("That's not funny.").arguments["kind"] == "unfunny"
