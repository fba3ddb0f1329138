"""How close each answer-model runtime comes to this machine's memory bandwidth when decoding.

A decode step reads every weight the token passes through once (the layers and the output layer; the
token embedding is a single row). Bytes per token over the measured read bandwidth gives the fastest
possible decode; the runtimes' decode speed is reported as a share of it."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import numpy as np


def read_bandwidth_gbs(threads: int, megabytes: int = 512, repeats: int = 4) -> float:
    """The best of `repeats` streaming reads of a buffer far larger than the caches, split over `threads`
    (numpy releases the GIL in the reduction; int64 addition keeps it memory-bound, measured here as
    fast as a hand-written AVX2 loop)."""
    data = np.ones((megabytes << 20) // 8, dtype=np.int64)
    parts = np.array_split(data, threads)
    best = 0.0
    for _ in range(repeats):
        workers = [threading.Thread(target=np.add.reduce, args=(part,)) for part in parts]
        start = time.perf_counter()
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        best = max(best, data.nbytes / (time.perf_counter() - start) / 1e9)
    return round(best, 1)


def onnx_bytes_per_token(folder: Path) -> int:
    """Bytes of the quantized matrices (MatMulNBits weights, scales, zero points) of the answer model."""
    import onnx

    model = onnx.load(str(folder / "model.onnx"), load_external_data=False)
    sizes = {t.name: int(np.prod(t.dims)) * np.dtype(onnx.helper.tensor_dtype_to_np_dtype(t.data_type)).itemsize
             for t in model.graph.initializer}
    return sum(sizes.get(name, 0) for node in model.graph.node if node.op_type == "MatMulNBits"
               for name in node.input[1:])


def gguf_bytes_per_token(path: Path) -> int:
    """A GGUF with the output layer tied to the embedding (SmolLM2) is read whole per token, less one
    embedding row and its metadata: its file size, to within 0.1 %."""
    return path.stat().st_size


def roofline(bandwidth_gbs: float, bytes_per_token: int, decode_tok_s: float) -> dict:
    ceiling = bandwidth_gbs * 1e9 / bytes_per_token
    return {"mb_per_token": round(bytes_per_token / 1e6, 1), "ceiling_tok_s": round(ceiling, 1),
            "share_of_ceiling": round(decode_tok_s / ceiling, 2),
            "effective_gbs": round(decode_tok_s * bytes_per_token / 1e9, 1)}
