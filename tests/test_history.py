import json
import subprocess
import sys

from assistant.history import HistoryStore
from tests.conftest import REPO


def test_turns_survive_a_new_session_and_export(user_dirs):
    store = HistoryStore()
    store.add("What is the capital of France?", "Paris.")
    store.add("Set a timer", "OK, timer for 1 minute.", [{"name": "timer_start"}])
    store.close()
    again = HistoryStore()
    turns = again.turns()
    assert [t.question for t in turns] == ["What is the capital of France?", "Set a timer"]
    assert turns[1].tool_calls == [{"name": "timer_start"}]
    assert "**Assistant**: Paris." in again.export_markdown()
    assert json.loads(again.export_json())[0]["answer"] == "Paris."
    again.clear()
    assert again.turns() == []


def test_a_killed_process_loses_no_committed_turn(user_dirs):
    code = ("from assistant.history import HistoryStore; import os, signal; s = HistoryStore(); "
            "s.add('q1', 'a1'); s.add('q2', 'a2'); os.kill(os.getpid(), signal.SIGKILL)")
    subprocess.run([sys.executable, "-c", code], cwd=REPO)
    assert [t.question for t in HistoryStore().turns()] == ["q1", "q2"]
