"""`models install` rebuilds an intact answer model that this checkout would build differently."""

import json

from assistant.modelstore.install import outdated
from assistant.modelstore.manifest import Manifest
from assistant.modelstore.registry import LM_BUILD_VERSION


def installed(models_ready, name="smollm2-135m-assistant") -> Manifest:
    return Manifest(**json.loads((models_ready / name / "manifest.json").read_text()))


def test_the_installed_default_model_is_current(models_ready):
    manifest = installed(models_ready)
    assert manifest.source["build"] == LM_BUILD_VERSION
    assert outdated("smollm2-135m-assistant", manifest) == ""


def test_an_older_build_recipe_is_outdated(models_ready):
    manifest = installed(models_ready)
    manifest.source["build"] = LM_BUILD_VERSION - 1
    assert "older recipe" in outdated("smollm2-135m-assistant", manifest)
    del manifest.source["build"]  # built before builds were numbered
    assert "older recipe" in outdated("smollm2-135m-assistant", manifest)


def test_a_changed_adapter_is_outdated(models_ready):
    manifest = installed(models_ready)
    manifest.source["adapter"]["sha256"] = "0" * 64
    assert "adapter changed" in outdated("smollm2-135m-assistant", manifest)


def test_other_models_are_never_outdated(models_ready):
    manifest = installed(models_ready)
    manifest.source["build"] = 0
    assert outdated("whisper-tiny.en", manifest) == ""
    assert outdated("a-distilled-export", manifest) == ""
