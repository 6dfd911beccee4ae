"""A scripted OpenAI-compatible server on loopback, for the client's failure paths.

Each request takes the next reply of the script (the last one repeats) and is recorded with its
headers and JSON body. A reply is (status, body) with optional headers, a delay before answering,
and SSE chunks to stream with a pause between them, or a raw body written piece by piece (from a
generator, a body of any size without holding it in memory).
"""
import json
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    status: int = 200
    body: object = None  # dict → JSON; str → sent as is
    headers: dict = field(default_factory=dict)
    delay: float = 0.0
    chunks: tuple = ()  # streamed pieces of text, sent as chat.completion.chunk events
    pause: float = 0.0
    done: bool = True  # end the stream with "data: [DONE]"
    events: tuple = ()  # raw SSE data lines, sent before the chunks
    raw: Iterable[bytes] = ()  # the body as bytes pieces, written as they come; the connection closes after
    sent: int = 0  # how many raw pieces were written before the client hung up


def sse_chunks(piece: str, count: int, done: bool = True) -> Iterator[bytes]:
    """A stream of `count` chat.completion.chunk events of `piece` each, made as they are sent."""
    event = f"data: {json.dumps({'choices': [{'index': 0, 'delta': {'content': piece}}]})}\n\n".encode()
    for _ in range(count):
        yield event
    if done:
        yield b"data: [DONE]\n\n"


def completion(text, finish_reason="stop", tokens=3):
    return {"choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                         "finish_reason": finish_reason}],
            "usage": {"completion_tokens": tokens}}


class FakeServer:
    def __init__(self, *script):
        self.script = list(script) or [Reply(body=completion("Prompt: a fox"))]
        self.requests = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):
                length = int(self.headers.get("Content-Length", 0))
                server.requests.append({"path": self.path, "headers": dict(self.headers),
                                        "json": json.loads(self.rfile.read(length))})
                reply = server.script[min(len(server.requests), len(server.script)) - 1]
                time.sleep(reply.delay)
                try:
                    self._answer(reply)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client hung up, as a cancelled client does

            def _answer(self, reply):
                if reply.raw:
                    self.send_response(reply.status)
                    self.send_header("Content-Type", "text/event-stream" if reply.status == 200 else "text/plain")
                    self.end_headers()
                    self.close_connection = True
                    for piece in reply.raw:
                        self.wfile.write(piece)
                        reply.sent += 1
                    return
                if reply.chunks or reply.events:
                    self.send_response(200)
                    self.send_header("Content-Type", "text/event-stream")
                    self.end_headers()
                    for data in reply.events:
                        self.wfile.write(f"data: {data}\n\n".encode())
                    for piece in reply.chunks:
                        event = {"choices": [{"index": 0, "delta": {"content": piece}}]}
                        self.wfile.write(f"data: {json.dumps(event)}\n\n".encode())
                        self.wfile.flush()
                        time.sleep(reply.pause)
                    end = {"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
                    self.wfile.write(f"data: {json.dumps(end)}\n\n".encode())
                    if reply.done:
                        self.wfile.write(b"data: [DONE]\n\n")
                    self.wfile.flush()
                    self.close_connection = True
                    return
                body = reply.body if isinstance(reply.body, str) else json.dumps(reply.body)
                self.send_response(reply.status)
                for key, value in reply.headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body.encode())))
                self.end_headers()
                self.wfile.write(body.encode())

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()
