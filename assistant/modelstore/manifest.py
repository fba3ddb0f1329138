"""A manifest per model folder: where it came from and the SHA-256 of every file. Loading checks it,
so a missing, truncated or corrupt file is a clear message, never a traceback from inside a runtime."""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from assistant.errors import ModelCorruptError, ModelMissingError

MANIFEST = "manifest.json"
_STAMP = ".verified.json"  # sizes and mtimes at the last full check: skips re-hashing on every start
REPAIR = "Run `assistant models install` to repair it."


@dataclass
class Manifest:
    name: str
    kind: str                                   # "asr" | "lm"
    source: dict = field(default_factory=dict)  # package, version, file
    files: dict = field(default_factory=dict)   # relative path -> {"sha256", "size"}
    details: dict = field(default_factory=dict) # quantization, tokenizer, chat template, parity...
    created: str = ""

    @classmethod
    def load(cls, folder: Path) -> "Manifest":
        path = folder / MANIFEST
        if not path.exists():
            raise ModelMissingError(f"The model in {folder} is not installed (no {MANIFEST}).", hint=REPAIR)
        try:
            data = json.loads(path.read_text())
            return cls(**data)
        except (ValueError, TypeError) as exc:
            raise ModelCorruptError(f"The model manifest {path} is unreadable ({exc}).", hint=REPAIR) from exc

    def save(self, folder: Path) -> None:
        self.created = self.created or time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        (folder / MANIFEST).write_text(json.dumps(asdict(self), indent=2) + "\n")
        _write_stamp(folder, self)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def describe_files(folder: Path, names: list[str]) -> dict:
    return {n: {"sha256": sha256_file(folder / n), "size": (folder / n).stat().st_size} for n in sorted(names)}


def verify(folder: Path, *, full: bool = False) -> Manifest:
    """Check every file the manifest lists. Sizes always; SHA-256 when `full`, or when a file changed
    since the last full check."""
    manifest = Manifest.load(folder)
    stamp = _read_stamp(folder)
    needs_hash = full
    for name, info in manifest.files.items():
        path = folder / name
        if not path.exists():
            raise ModelMissingError(f"The model file {path} is missing.", hint=REPAIR)
        st = path.stat()
        if st.st_size != info["size"]:
            raise ModelCorruptError(
                f"The model file {path} is {st.st_size} bytes, expected {info['size']} (truncated or replaced).",
                hint=REPAIR,
            )
        if stamp.get(name) != [st.st_size, st.st_mtime_ns]:
            needs_hash = True
    if needs_hash:
        for name, info in manifest.files.items():
            if sha256_file(folder / name) != info["sha256"]:
                raise ModelCorruptError(f"The model file {folder / name} is corrupt (SHA-256 mismatch).", hint=REPAIR)
        _write_stamp(folder, manifest)
    return manifest


def _write_stamp(folder: Path, manifest: Manifest) -> None:
    stamp = {n: [(folder / n).stat().st_size, (folder / n).stat().st_mtime_ns] for n in manifest.files}
    try:
        (folder / _STAMP).write_text(json.dumps(stamp))
    except OSError:
        pass  # a read-only model folder is verified in full each time instead


def _read_stamp(folder: Path) -> dict:
    try:
        return json.loads((folder / _STAMP).read_text())
    except (OSError, ValueError):
        return {}
