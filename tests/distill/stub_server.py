"""A loopback HTTP server for the teacher client's failure paths: a slow answer, garbage, a 503, a
refused request. A real server cannot be made to fail on cue, so these tests use this stub; the
end-to-end test (test_pipeline_e2e.py) talks to a real OpenAI-compatible server instead."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Stub:
    def __init__(self) -> None:
        self.mode = "ok"          # ok | slow | garbage | flaky | refuse | redirect
        self.redirect_to = ""     # with mode "redirect": the Location answered with 302
        self.requests: list[dict] = []
        self.headers: list[dict] = []
        self.fail_first = 0
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):   # only a followed redirect (POST turned GET) arrives here
                stub.headers.append(dict(self.headers))
                reply = {"choices": [{"message": {"role": "assistant", "content": "Answer: via GET"}}]}
                return self._send(200, json.dumps(reply).encode())

            def do_POST(self):
                if stub.mode == "redirect":
                    stub.headers.append(dict(self.headers))
                    self.send_response(302)
                    self.send_header("Location", stub.redirect_to)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                stub.requests.append(body)
                stub.headers.append(dict(self.headers))
                if stub.mode == "slow":
                    time.sleep(2.0)
                if stub.mode == "flaky" and stub.fail_first > 0:
                    stub.fail_first -= 1
                    return self._send(503, b'{"error": "busy"}')
                if stub.mode == "garbage":
                    return self._send(200, b"<html>not json</html>")
                if stub.mode == "refuse":
                    return self._send(400, b'{"error": "bad model"}')
                question = body["messages"][-1]["content"]
                reply = {"choices": [{"message": {"role": "assistant", "content": f"Reasoning: echo.\nAnswer: You said {question}"}}]}
                return self._send(200, json.dumps(reply).encode())

            def _send(self, status, payload):
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
