"""Unit questions and word problems are rewritten as tool calls only when the executed call says the
number the request expects; everything else is left as the teacher wrote it."""

from assistant.distill.data import Prompt
from assistant.distill.routes import expressions, route_all
from assistant.skills import protocol


def sample(pid, prompt, answer, rationale=""):
    return {"prompt_id": pid, "category": "", "prompt": prompt, "answer": answer, "rationale": rationale,
            "provenance": {"source": "greedy"}}


def test_arithmetic_is_read_from_a_rationale():
    assert expressions("16 - 13 = 3, so 3 cans remain") == ["16-13"]
    assert expressions("Each of 4 books costs 25: 25 x 4 = 100.") == ["25*4"]
    assert expressions("1,200 ÷ 6 = 200") == ["1200/6"]


def test_only_verified_calls_replace_an_answer():
    prompts = {
        "m1": Prompt("m1", "math_word", "A shelf had 16 cans and 13 were sold. How many cans remain?", {"number": 3}),
        "m2": Prompt("m2", "math_word", "A book costs 25 dollars. How much do 4 books cost?", {"number": 100}),
        "u1": Prompt("u1", "units_words", "How many months are in 15 years?", {"number": 180}),
        "u2": Prompt("u2", "units_words", "How many months are in 15 years?", {"number": 999}),   # a wrong reference
        "f1": Prompt("f1", "facts", "What is the capital of Peru?", {"words": [["Lima"]]}),
        "f2": Prompt("f2", "facts", "What is a baby eel called?", {"words": [["elver"]]}),     # no table knows it
        "f3": Prompt("f3", "facts", "What is the capital of Spain?", {"words": [["Cusco"]]}),  # a wrong reference
        "d1": Prompt("d1", "definitions", "What does ephemeral mean?", {}),
    }
    samples = [sample("m1", prompts["m1"].prompt, "3 cans remain.", "16 - 13 = 3"),
               sample("m2", prompts["m2"].prompt, "4 books cost 100 dollars."),          # no arithmetic written
               sample("u1", prompts["u1"].prompt, "15 years is 180 months."),
               sample("u2", prompts["u2"].prompt, "15 years is 999 months."),
               sample("f1", prompts["f1"].prompt, "Lima."),
               sample("f2", prompts["f2"].prompt, "An elver."),
               sample("f3", prompts["f3"].prompt, "Cusco."),
               sample("d1", prompts["d1"].prompt, "Ephemeral means lasting a very short time.")]
    out, counts = route_all(samples, prompts)
    calls = [protocol.parse(s["answer"]) for s in out]
    assert (calls[0].name, calls[0].arguments) == ("calculator", {"expression": "16-13"})
    assert (calls[1].name, calls[1].arguments) == ("calculator", {"expression": "25*4"})   # the one operation giving 100
    assert calls[2].name in ("convert_units", "calculator")
    assert out[3]["answer"] == "15 years is 999 months."      # no call says 999: left as written
    # facts go to the lookup_fact table only, and only when it says the reference
    assert (calls[4].name, calls[4].arguments) == ("lookup_fact", {"subject": "Peru", "fact": "capital"})
    assert out[5]["answer"] == "An elver." and out[6]["answer"] == "Cusco."
    assert out[7]["answer"].startswith("Ephemeral")           # other categories are never touched
    assert out[0]["provenance"]["routed_from"] == "3 cans remain." and out[0]["provenance"]["source"] == "planner"
    assert counts == {"math_word": {"routed": 2, "as_written": 0}, "units_words": {"routed": 1, "as_written": 1},
                      "facts": {"routed": 1, "as_written": 2}}
