"""A local teacher on the app's own ONNX runtime (any model folder under models/). Several times
faster than transformers on a CPU, and its prefix cache makes a long expert prompt nearly free after
the first request: the way to run a small teacher with many samples per prompt."""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from assistant.distill.teachers.base import Request, cut_at_stop
from assistant.distill.teachers.cache import CompletionCache, request_key
from assistant.errors import AssistantError, TeacherError
from assistant.llm.answerer import AnswerOptions, Answerer
from assistant.llm.sampling import SamplingOptions


class OnnxTeacher:
    def __init__(self, folder: Path, *, cache_path: Path | None = None, threads: int = 0) -> None:
        try:
            from assistant.modelstore.manifest import verify

            verify(Path(folder))
            self.answerer = Answerer(Path(folder), threads=threads)
        except AssistantError as err:
            raise TeacherError(f"The local ONNX teacher cannot be loaded: {err}", hint=err.hint) from err
        self.folder = Path(folder)
        self.name = f"onnx:{self.folder.name}"
        self.cache = CompletionCache(cache_path)

    def describe(self) -> dict:
        import json

        manifest = json.loads((self.folder / "manifest.json").read_text())
        return {"kind": "local-onnx", "model": self.folder.name,
                "quantization": manifest.get("details", {}).get("quantization", "")}

    def complete(self, requests: Sequence[Request], progress=None) -> list[str]:
        results = []
        for request in requests:
            key = request_key("onnx", self.name, request)
            text = self.cache.get(key)
            if text is None:
                ids = self.answerer.encode(request.messages)
                options = AnswerOptions(max_new_tokens=request.max_tokens,
                                        sampling=SamplingOptions(temperature=request.temperature, top_p=0.95,
                                                                 seed=request.sample or None))
                text = ""
                for piece in self.answerer.stream(ids, options):
                    text += piece
                    if any(s in text for s in request.stop):
                        break   # leaving the generator stops the generation
                text = cut_at_stop(text, request.stop)
                self.cache.put(key, text)
            results.append(text)
            if progress:
                progress(1)
        return results
