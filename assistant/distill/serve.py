"""`assistant distill serve-teacher`: the fastest way found to run a GGUF teacher on a CPU machine,
llama.cpp's own server, built once from the llama.cpp sources vendored in the llama-cpp-python sdist
(a registry package), serving the OpenAI-compatible API on loopback with continuous batching. The
pipeline's `--teacher-url http://127.0.0.1:PORT/v1` then drives it like any endpoint.

Measured on the project's 2-core machine (docs/distill.md): 13.6 tokens/s one request at a time, 19.9
with 8 concurrent; so `distill generate --concurrency 8` against `--parallel 8`."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from assistant import paths
from assistant.errors import DistillError

LLAMA_CPP_PYTHON = "0.3.36"


def server_binary(progress=print) -> Path:
    """The llama-server binary, built on first use (about 10 minutes on 2 cores) into the cache folder."""
    root = paths.cache_dir() / f"llama-server-{LLAMA_CPP_PYTHON}"
    binary = root / "build" / "bin" / "llama-server"
    if binary.exists():
        return binary
    for tool in ("cmake", "c++"):
        if not shutil.which(tool):
            raise DistillError(f"Building llama-server needs {tool}.", hint="Install it: apt-get install cmake g++")
    with tempfile.TemporaryDirectory(prefix="llama-sdist-") as tmp:
        progress(f"Downloading the llama.cpp sources (llama-cpp-python {LLAMA_CPP_PYTHON} sdist)...")
        proc = subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:", "-q",
                               "-d", tmp, f"llama-cpp-python=={LLAMA_CPP_PYTHON}"], capture_output=True, text=True)
        sdist = next(Path(tmp).glob("llama_cpp_python-*.tar.gz"), None)
        if proc.returncode != 0 or sdist is None:
            raise DistillError("The llama.cpp sources could not be downloaded.", hint="Check the package registry.")
        with tarfile.open(sdist) as tar:
            tar.extractall(tmp, filter="data")
        source = next(Path(tmp).glob("llama_cpp_python-*/vendor/llama.cpp"))
        shutil.rmtree(root, ignore_errors=True)
        shutil.copytree(source, root)
    progress("Building llama-server (about 10 minutes on 2 cores; once)...")
    for cmd in (["cmake", "-B", "build", "-DGGML_NATIVE=ON", "-DLLAMA_CURL=OFF", "-DLLAMA_BUILD_SERVER=ON",
                 "-DLLAMA_BUILD_TESTS=OFF", "-DLLAMA_BUILD_EXAMPLES=OFF", "-DCMAKE_BUILD_TYPE=Release"],
                ["cmake", "--build", "build", "--target", "llama-server", f"-j{os.cpu_count() or 2}"]):
        proc = subprocess.run(cmd, cwd=root, capture_output=True, text=True)
        if proc.returncode != 0:
            raise DistillError("Building llama-server failed: " + " | ".join(proc.stderr.strip().splitlines()[-3:]),
                               hint=f"The sources are in {root}.")
    return binary


def serve(model: str, port: int, parallel: int, context: int, threads: int) -> int:
    from assistant.modelstore.manifest import verify
    from assistant.modelstore.registry import model_dir
    from assistant.modelstore.teacher_install import GGUF_FILE

    folder = model_dir(model)
    try:
        verify(folder)
    except Exception as exc:
        raise DistillError(f"The teacher {model} is not installed or damaged ({exc}).",
                           hint=f"Run `assistant models install --with {model}`.") from None
    binary = server_binary(lambda line: print(line, file=sys.stderr, flush=True))
    cmd = [str(binary), "-m", str(folder / GGUF_FILE), "--host", "127.0.0.1", "--port", str(port),
           "-t", str(threads or os.cpu_count() or 2), "-c", str(context * parallel), "--parallel", str(parallel), "-cb"]
    print(f"Serving {model} at http://127.0.0.1:{port}/v1 (Ctrl+C stops). Generate with:\n"
          f"  assistant distill generate --work WORK --teacher-url http://127.0.0.1:{port}/v1 "
          f"--teacher-model {model} --concurrency {parallel}", file=sys.stderr, flush=True)
    return subprocess.call(cmd)
