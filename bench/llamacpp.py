"""llama.cpp (PyPI llama-cpp-python, compiled from source) on the same weights, for comparison.

The Q8_0 / Q4_0 files are requantized from the same Q4_1 GGUF the app's ONNX model comes from."""

from __future__ import annotations

import ctypes
import time
from pathlib import Path

import numpy as np

from assistant.modelstore.lm_build import gguf_path

_LOG_CALLBACK = None  # keep the ctypes callback referenced, or llama.cpp calls freed memory


def quiet() -> None:
    global _LOG_CALLBACK
    import llama_cpp

    _LOG_CALLBACK = llama_cpp.llama_log_callback(lambda level, text, data: None)
    llama_cpp.llama_log_set(_LOG_CALLBACK, ctypes.c_void_p(0))


def requantize(kind: str, out_dir: Path) -> Path:
    import llama_cpp

    out = out_dir / f"smollm2-135m-{kind.lower()}.gguf"
    if out.exists():
        return out
    params = llama_cpp.llama_model_quantize_default_params()
    params.ftype = getattr(llama_cpp, f"LLAMA_FTYPE_MOSTLY_{kind}")
    params.allow_requantize = True
    params.nthread = 2
    out_dir.mkdir(parents=True, exist_ok=True)
    if llama_cpp.llama_model_quantize(str(gguf_path()).encode(), str(out).encode(), ctypes.byref(params)) != 0:
        raise RuntimeError(f"llama.cpp could not requantize to {kind}")
    return out


class LlamaCpp:
    def __init__(self, path: Path, threads: int) -> None:
        import llama_cpp

        quiet()
        self.llm = llama_cpp.Llama(model_path=str(path), n_threads=threads, n_threads_batch=threads,
                                   n_ctx=1024, n_batch=512, verbose=False, logits_all=False)
        self.eos = self.llm.token_eos()
        self.n_vocab = self.llm.n_vocab()

    def last_logits(self) -> np.ndarray:
        # With logits_all=False llama-cpp-python keeps no scores: read the context's last row.
        return np.ctypeslib.as_array(self.llm._ctx.get_logits(), shape=(self.n_vocab,))

    def run(self, ids: list[int], max_new: int, stop_at_eos: bool = True) -> dict:
        self.llm.reset()
        start = time.perf_counter()
        self.llm.eval(ids)
        prefill = time.perf_counter() - start
        out = []
        first = None
        decode_start = time.perf_counter()
        for _ in range(max_new):
            token = int(np.argmax(self.last_logits()))
            if first is None:
                first = time.perf_counter() - start
            if token == self.eos and stop_at_eos:
                break
            out.append(token)
            self.llm.eval([token])
        decode = time.perf_counter() - decode_start
        return {"tokens": out, "prefill_s": prefill, "decode_s": decode, "ttft_s": first}
