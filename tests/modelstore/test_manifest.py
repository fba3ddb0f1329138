
import pytest

from assistant.errors import ModelCorruptError, ModelMissingError
from assistant.modelstore.manifest import Manifest, describe_files, verify


@pytest.fixture
def model(tmp_path):
    folder = tmp_path / "m"
    folder.mkdir()
    (folder / "weights.bin").write_bytes(b"\x01" * 4096)
    (folder / "config.json").write_text("{}")
    Manifest("m", "lm", files=describe_files(folder, ["weights.bin", "config.json"])).save(folder)
    return folder


def test_verifies(model):
    assert verify(model, full=True).name == "m"


def test_missing_file_names_it_and_the_repair(model):
    (model / "weights.bin").unlink()
    with pytest.raises(ModelMissingError, match=r"weights\.bin.*assistant models install"):
        verify(model)


def test_truncated_file(model):
    (model / "weights.bin").write_bytes(b"\x01" * 100)
    with pytest.raises(ModelCorruptError, match="truncated"):
        verify(model)


def test_same_size_corruption_is_found_by_hash(model):
    (model / "weights.bin").write_bytes(b"\x02" * 4096)  # new mtime: the quick check re-hashes
    with pytest.raises(ModelCorruptError, match="SHA-256"):
        verify(model)


def test_no_manifest(model):
    (model / "manifest.json").unlink()
    with pytest.raises(ModelMissingError):
        verify(model)


def test_garbage_manifest(model):
    (model / "manifest.json").write_text("{{{")
    with pytest.raises(ModelCorruptError):
        verify(model)


def test_missing_folder(tmp_path):
    with pytest.raises(ModelMissingError):
        verify(tmp_path / "nowhere")
