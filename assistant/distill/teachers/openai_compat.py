"""A teacher behind any OpenAI-compatible chat endpoint: Gemini's OpenAI-compatible API, vLLM, Ollama,
a llama.cpp server, `transformers serve`.

Concurrent requests, a requests-per-minute limit, retries with exponential back-off on timeouts,
connection errors, 429 and 5xx, and a persistent cache keyed by request (so an interrupted run
resumes). The API key is read from the environment variable the user names; it is sent only as the
Authorization header and never appears in logs, datasets, reports or error messages."""

from __future__ import annotations

import json
import os
import random
import socket
import urllib.error
import urllib.parse
import urllib.request
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path
from typing import Sequence

from assistant.distill.teachers.base import Request, as_dicts, cut_at_stop
from assistant.distill.teachers.cache import CompletionCache, request_key
from assistant.errors import TeacherError

RETRY_STATUS = {408, 409, 425, 429, 500, 502, 503, 504}
REDIRECT_STATUS = {301, 302, 303, 307, 308}
LOOPBACK_HOSTS = {"localhost", "127.0.0.1", "::1", "[::1]"}


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """Redirects are never followed: a redirected request would carry the API key to whatever host the
    Location names (and urllib turns the POST into a GET). The 3xx surfaces as an HTTPError instead."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


_OPENER = urllib.request.build_opener(_NoRedirects)


def check_endpoint(base_url: str, *, has_key: bool, allow_plain_http: bool = False) -> None:
    """Refuse a URL that is not http(s), and an API key sent in clear text to a host off this machine."""
    parts = urllib.parse.urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise TeacherError(f"The teacher URL {base_url!r} is not an http(s) address.",
                           hint="Give the endpoint's base, e.g. http://127.0.0.1:8080/v1.")
    loopback = parts.hostname in LOOPBACK_HOSTS or parts.hostname.startswith("127.")
    if has_key and parts.scheme == "http" and not loopback and not allow_plain_http:
        raise TeacherError(f"The API key would travel unencrypted to {parts.hostname} over plain http.",
                           hint="Use the endpoint's https:// address, or pass --allow-plain-http if this network is yours.")


class RateLimiter:
    def __init__(self, per_minute: float) -> None:
        self.interval = 60.0 / per_minute if per_minute > 0 else 0.0
        self._next = 0.0
        self._lock = threading.Lock()

    def wait(self) -> None:
        if not self.interval:
            return
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next)
            self._next = start + self.interval
        time.sleep(max(0.0, start - now))


class OpenAITeacher:
    def __init__(self, base_url: str, model: str, *, api_key_env: str | None = None, concurrency: int = 4,
                 requests_per_minute: float = 0, timeout_s: float = 60.0, max_retries: int = 4,
                 backoff_s: float = 1.0, cache_path: Path | None = None, allow_plain_http: bool = False) -> None:
        self.base_url = base_url.rstrip("/")
        self.model = model
        self.name = f"openai-compatible:{model}"
        self.api_key_env = api_key_env
        api_key = ""
        if api_key_env:
            api_key = os.environ.get(api_key_env, "")
            if not api_key:
                raise TeacherError(f"The environment variable {api_key_env} that should hold the teacher's API key is empty.",
                                   hint=f"Set it first, e.g. `export {api_key_env}=...`.")
        check_endpoint(self.base_url, has_key=bool(api_key), allow_plain_http=allow_plain_http)
        self._headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self.concurrency = max(1, concurrency)
        self.limiter = RateLimiter(requests_per_minute)
        self.timeout_s = timeout_s
        self.max_retries = max_retries
        self.backoff_s = backoff_s
        self.cache = CompletionCache(cache_path)

    def describe(self) -> dict:
        return {"kind": "openai-compatible", "base_url": self.base_url, "model": self.model,
                "api_key_env": self.api_key_env, "concurrency": self.concurrency,
                "requests_per_minute": round(60 / self.limiter.interval) if self.limiter.interval else None}

    def complete(self, requests: Sequence[Request], progress=None) -> list[str]:
        results: list[str | None] = [None] * len(requests)
        todo = []
        for i, request in enumerate(requests):
            cached = self.cache.get(request_key(self.base_url, self.model, request))
            if cached is not None:
                results[i] = cached
            else:
                todo.append(i)
        if progress:
            progress(len(requests) - len(todo))
        first_error: TeacherError | None = None
        with ThreadPoolExecutor(self.concurrency) as pool:
            futures = {pool.submit(self._one, requests[i]): i for i in todo}
            for future in as_completed(futures):
                i = futures[future]
                try:
                    results[i] = future.result()
                except TeacherError as err:
                    first_error = first_error or err
                    for other in futures:
                        other.cancel()   # stop asking; what arrived is cached
                    continue
                if progress:
                    progress(1)
        if first_error is not None:
            done = sum(r is not None for r in results)
            raise TeacherError(f"{first_error.message} {done} of {len(requests)} answers are kept in the cache.",
                               hint=first_error.hint)
        return [r or "" for r in results]

    def _one(self, request: Request) -> str:
        body = {"model": self.model, "messages": as_dicts(request.messages), "temperature": request.temperature,
                "max_tokens": request.max_tokens, "stream": False}
        if request.stop:
            body["stop"] = list(request.stop)
        if request.sample:
            body["seed"] = request.sample
        url = f"{self.base_url}/chat/completions"
        problem = ""
        for attempt in range(self.max_retries + 1):
            if attempt:
                time.sleep(self.backoff_s * (2 ** (attempt - 1)) * (1 + random.random() * 0.25))
            self.limiter.wait()
            data = json.dumps(body).encode()
            http = urllib.request.Request(url, data=data, method="POST",
                                          headers={"Content-Type": "application/json", **self._headers})
            try:
                with _OPENER.open(http, timeout=self.timeout_s) as response:
                    status, payload = response.status, response.read().decode("utf-8", "replace")
            except urllib.error.HTTPError as exc:
                status, payload = exc.code, exc.read().decode("utf-8", "replace")
            except (TimeoutError, socket.timeout):
                problem = f"The teacher at {self.base_url} did not answer within {self.timeout_s:g} s"
                continue
            except (urllib.error.URLError, OSError) as exc:
                reason = getattr(exc, "reason", exc)
                if isinstance(reason, (TimeoutError, socket.timeout)):
                    problem = f"The teacher at {self.base_url} did not answer within {self.timeout_s:g} s"
                else:
                    problem = f"The teacher at {self.base_url} cannot be reached ({type(reason).__name__})"
                continue
            if status in REDIRECT_STATUS:
                raise TeacherError(f"The teacher at {self.base_url} redirected the request (HTTP {status}); redirects "
                                   "are not followed, so the API key is never sent to another address.",
                                   hint="Give the final address of the endpoint as --teacher-url.")
            if status in RETRY_STATUS:
                problem = f"The teacher at {self.base_url} answered HTTP {status}"
                continue
            if status >= 400:
                raise TeacherError(f"The teacher at {self.base_url} refused the request: HTTP {status} "
                                   f"{_short(payload)}.", hint="Check the model name, the URL and the API key variable.")
            text = cut_at_stop(_content(payload), request.stop)
            self.cache.put(request_key(self.base_url, self.model, request), text)
            return text
        raise TeacherError(f"{problem} after {self.max_retries + 1} tries.",
                           hint="Check that the server runs, or raise --timeout; run the same command again to resume.")


def _content(payload: str) -> str:
    try:
        data = json.loads(payload)
        content = data["choices"][0]["message"]["content"]
    except (ValueError, KeyError, IndexError, TypeError):
        raise TeacherError(f"The teacher answered something that is not a chat completion: {_short(payload)}.",
                           hint="Check that the URL is an OpenAI-compatible /v1 endpoint.") from None
    if not isinstance(content, str):
        raise TeacherError("The teacher's completion has no text.", hint="Check the model name.")
    return content


def _short(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text[:limit] + ("..." if len(text) > limit else "")
