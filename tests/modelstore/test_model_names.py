"""A model name is a plain name everywhere it enters (the command line, settings, --with): never a path.
Reproduced: `assistant distill export --name ""` (or `.`) replaced the whole models folder, and `..`
reached the folder above it."""

import json

import pytest

from assistant.errors import ModelNameError
from assistant.modelstore.registry import check_model_name, installed_models, model_dir
from assistant.settings import Settings, load_settings
from tests.conftest import run_cli

BAD = ["", ".", "..", "../x", "a/b", "/etc", "~", "x/..", "..hidden", "-rf", "name with space", "a\0b",
       "m.build", "x" * 81]


@pytest.mark.parametrize("name", BAD)
def test_a_name_that_is_not_plain_is_refused(name):
    with pytest.raises(ModelNameError, match="not a model name"):
        model_dir(name)


@pytest.mark.parametrize("name", ["smollm2-135m-assistant", "whisper-tiny.en", "qwen2.5-0.5b_v2", "A1"])
def test_plain_names_pass(name):
    assert check_model_name(name) == name


@pytest.mark.parametrize("name", ["", ".", ".."])
def test_export_with_a_bad_name_touches_nothing(tmp_path, monkeypatch, name):
    models = tmp_path / "models"
    (models / "smollm2-135m-assistant").mkdir(parents=True)
    sentinel = models / "smollm2-135m-assistant" / "manifest.json"
    sentinel.write_text("{}")
    (tmp_path / "notes.json").write_text("[]")
    work = tmp_path / "work"
    (work / "adapter").mkdir(parents=True)
    (work / "adapter" / "adapter_config.json").write_text("{}")   # looks trained: the old code went on
    proc = run_cli("distill", "export", "--work", str(work), "--name", name,
                   env={"ASSISTANT_MODELS_DIR": str(models)})
    assert proc.returncode != 0
    assert "is not a model name" in proc.stderr and "Traceback" not in proc.stderr
    assert sentinel.read_text() == "{}" and (tmp_path / "notes.json").exists()


def test_settings_take_no_paths_for_models(user_dirs):
    path = user_dirs / "config" / "settings.json"
    path.write_text(json.dumps({"lm_model": "../../home/someone/model"}))
    settings = load_settings()
    assert settings.lm_model == Settings().lm_model
    assert "lm_model must be a model name" in settings.notice
    path.write_text(json.dumps({"asr_model": "/tmp/whisper"}))
    assert "asr_model must be a model name" in load_settings().notice


def test_install_with_a_path_is_refused(tmp_path):
    proc = run_cli("models", "install", "--with", "../escape", env={"ASSISTANT_MODELS_DIR": str(tmp_path / "m")})
    assert proc.returncode == 1 and "no model called ../escape" in proc.stderr and "Traceback" not in proc.stderr


def test_folders_no_command_could_name_are_not_listed(tmp_path, monkeypatch):
    monkeypatch.setenv("ASSISTANT_MODELS_DIR", str(tmp_path))
    for folder in ("good-model", "half.build", "with space"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "manifest.json").write_text(json.dumps({"kind": "lm"}))
    assert installed_models() == ["good-model"]
