"""A manifest per model folder: where it came from and the SHA-256 of every file. Loading checks it,
so a missing, truncated or corrupt file is a clear message, never a traceback from inside a runtime."""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from assistant.errors import REPAIR, ModelCorruptError, ModelMissingError

MANIFEST = "manifest.json"
_STAMP = ".verified.json"  # sizes and mtimes at the last full check: skips re-hashing on every start


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
            manifest = cls(**data)
        except (OSError, ValueError, TypeError) as exc:
            raise ModelCorruptError(f"The model manifest {path} is unreadable ({exc}).", hint=REPAIR) from exc
        problem = _shape_problem(manifest)
        if problem:
            raise ModelCorruptError(f"The model manifest {path} is damaged ({problem}).", hint=REPAIR)
        return manifest

    def save(self, folder: Path) -> None:
        self.created = self.created or time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        (folder / MANIFEST).write_text(json.dumps(asdict(self), indent=2) + "\n")
        _write_stamp(folder, self)


def _shape_problem(manifest: "Manifest") -> str:
    """What is wrong with a manifest's structure (every reader relies on it), or ""."""
    if not isinstance(manifest.files, dict) or not manifest.files:
        return "'files' is not a table of files"
    for name, info in manifest.files.items():
        if not isinstance(info, dict) or not isinstance(info.get("size"), int) or not isinstance(info.get("sha256"), str):
            return f"the entry for {name} lacks its size or SHA-256"
        if name.startswith("/") or ".." in Path(name).parts:
            return f"the entry {name} points outside the model folder"
    if not isinstance(manifest.source, dict) or not isinstance(manifest.details, dict):
        return "'source' or 'details' is not a table"
    return ""


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def describe_files(folder: Path, names: list[str]) -> dict:
    return {n: {"sha256": sha256_file(folder / n), "size": (folder / n).stat().st_size} for n in sorted(names)}


def verify(folder: Path, *, full: bool = False, remember: bool = True) -> Manifest:
    """Check every file the manifest lists. Sizes always; SHA-256 when `full`, or when a file changed
    since the last full check: any write to a file changes its change time (ctime), which no program
    can set back, so a same-size corruption with its old modification time is hashed too.
    `remember=False` (models status) leaves the record of the last check as it is."""
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
        if stamp.get(name) != _fingerprint(st):
            needs_hash = True
    if needs_hash:
        for name, info in manifest.files.items():
            if sha256_file(folder / name) != info["sha256"]:
                raise ModelCorruptError(f"The model file {folder / name} is corrupt (SHA-256 mismatch).", hint=REPAIR)
        if remember:
            _write_stamp(folder, manifest)
    return manifest


def _fingerprint(st) -> list[int]:
    return [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]


def _write_stamp(folder: Path, manifest: Manifest) -> None:
    stamp = {n: _fingerprint((folder / n).stat()) for n in manifest.files}
    try:
        (folder / _STAMP).write_text(json.dumps(stamp))
    except OSError:
        pass  # a read-only model folder is verified in full each time instead


def _read_stamp(folder: Path) -> dict:
    try:
        return json.loads((folder / _STAMP).read_text())
    except (OSError, ValueError):
        return {}
