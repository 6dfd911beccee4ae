"""A chat-completions client for any OpenAI-compatible server, on the standard library alone.

vLLM, SGLang, Ollama, LM Studio, llama.cpp's server and `transformers serve` all speak
`POST {base}/v1/chat/completions`. API keys come as credentials bound to origins (see
credentials.py), never from a widget, and a request carries one only to the origin it is bound to.
The exchange runs in a worker thread so the caller can cancel within a tenth of a second, even
while the server is silent; connection errors, 429 and 5xx are retried with exponential backoff.
Every read is bounded: the answer, each event line, whole and error bodies.
"""
from __future__ import annotations

import http.client
import json
import queue
import socket
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, BinaryIO
from urllib.parse import urlsplit

from ..errors import Cancelled, ChatGenError
from .credentials import KEY_VARIABLE, URL_SUFFIX, Credential, origin_of

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
SCHEMA_REJECTED = frozenset({400, 415, 422, 501})
MAX_RETRY_AFTER = 30.0
POLL = 0.1
"""Seconds between cancel checks while waiting on the server."""
MAX_ANSWER_CHARS = 256 * 1024
"""The longest answer kept: 8,192 tokens of 32 characters. A longer one is cut, its stream left unread."""
MAX_BODY_BYTES = 8 * MAX_ANSWER_CHARS
"""A whole (not streamed) answer's JSON: the text with every character escaped, and room to spare."""
MAX_ERROR_BYTES = 16 * 1024
"""An error body: only its first words are shown."""
MAX_EVENT_BYTES = 1024 * 1024
"""One server-sent event line; a longer one is skipped as it arrives, never held whole."""
QUEUED_EVENTS = 16
"""Lines read ahead of the planner: the reader waits rather than buffering a fast server's flood."""


@dataclass(frozen=True)
class Completion:
    """One answer of the server."""
    text: str
    finish_reason: str  # "stop", "length", ... or "" when the server did not say
    tokens: int  # completion tokens: the server's count, else the streamed chunks
    seconds: float
    notes: tuple[str, ...] = ()


class _Retryable(Exception):
    def __init__(self, reason: str, retry_after: float | None = None):
        super().__init__(reason)
        self.retry_after = retry_after


class _SchemaRejected(Exception):
    pass


class ChatClient:
    """Chat completions from one model on one server."""

    def __init__(self, base_url: str, model: str, *,
                 credentials: Callable[[], Sequence[Credential]] = tuple,
                 timeout: float = 120.0, retries: int = 3, backoff: float = 0.5,
                 sleep: Callable[[float], None] = time.sleep):
        """`credentials()` gives the keys there are, asked at each request (one stored since counts)."""
        try:
            self.origin = origin_of(base_url)
        except ChatGenError:
            raise ChatGenError(f"'{base_url}' is not a server address: give one like "
                               "http://127.0.0.1:8000/v1 on ChatGen LLM Settings.") from None
        if not model.strip():
            raise ChatGenError("No model name for the LLM server: set the one it serves "
                               "(GET /v1/models lists them) on ChatGen LLM Settings.")
        self.base_url = base_url.strip().rstrip("/")
        self.model = model.strip()
        self.timeout, self.retries, self.backoff = timeout, retries, backoff
        self._credentials = credentials
        self._sleep = sleep
        parts = urlsplit(self.base_url if "://" in self.base_url else "http://" + self.base_url)
        path = parts.path.rstrip("/")
        if not path.endswith("/chat/completions"):
            path = (path if path.endswith("/v1") else path + "/v1") + "/chat/completions"
        self._path = path + (f"?{parts.query}" if parts.query else "")

    takes_images = True  # a server without vision answers 400, and the planner asks again in text

    @property
    def where(self) -> str:
        return self.base_url

    def __repr__(self) -> str:  # names no credential, so no key can be printed
        return f"ChatClient({self.base_url!r}, {self.model!r})"

    def complete(self, messages: Sequence[Mapping[str, Any]], *, max_tokens: int = 1024,
                 temperature: float | None = None, schema: Mapping[str, Any] | None = None,
                 stream: bool = False, on_token: Callable[[str], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> Completion:
        """The model's answer to `messages`, or ChatGenError (Cancelled when `cancelled()` turns true).

        `schema` asks for JSON-schema structured output; a server that rejects it is asked again
        without. With `stream`, `on_token` receives each piece of text as it arrives.
        """
        payload: dict[str, Any] = {"model": self.model, "messages": list(messages),
                                   "max_tokens": int(max_tokens), "stream": bool(stream)}
        if temperature is not None:
            payload["temperature"] = float(temperature)
        if stream:
            payload["stream_options"] = {"include_usage": True}
        if schema is not None:
            payload["response_format"] = {"type": "json_schema", "json_schema": {
                "name": "chatgen_plan", "schema": dict(schema), "strict": False}}
        notes: list[str] = []
        attempt = 0
        while True:
            if cancelled and cancelled():
                raise Cancelled("Planning was cancelled.")
            try:
                completion = self._exchange(payload, on_token, cancelled)
                return Completion(completion.text, completion.finish_reason, completion.tokens,
                                  completion.seconds, (*notes, *completion.notes))
            except _SchemaRejected as rejected:
                payload.pop("response_format", None)
                notes.append(f"The server rejected JSON-schema output ({rejected}); asked without it.")
            except _Retryable as error:
                if attempt >= self.retries:
                    raise ChatGenError(
                        f"The LLM server at {self.base_url} is unreachable or failing ({error}; "
                        f"{attempt + 1} attempt(s)). Start it, or fix the base URL on ChatGen LLM "
                        "Settings.") from None
                wait = error.retry_after if error.retry_after is not None else self.backoff * 2 ** attempt
                self._wait(min(wait, MAX_RETRY_AFTER), cancelled)
                attempt += 1

    def _wait(self, seconds: float, cancelled: Callable[[], bool] | None) -> None:
        # Counted in slices rather than read from the clock, so a test can pass a sleep that records.
        left = seconds
        while left > 0:
            if cancelled and cancelled():
                raise Cancelled("Planning was cancelled.")
            self._sleep(min(POLL, left))
            left -= POLL

    def _exchange(self, payload: dict[str, Any], on_token, cancelled) -> Completion:
        """One request; the socket work happens in a thread so that waiting can be cancelled."""
        keys = tuple(self._credentials())
        sent_key = next((key for key in keys if key.admits(self.origin)), None)
        headers = {"Content-Type": "application/json", "Accept": "application/json, text/event-stream"}
        if sent_key is not None:
            headers["Authorization"] = f"Bearer {sent_key.key}"
        # http.client never follows a redirect, so the key cannot be carried on to another origin;
        # HTTPSConnection verifies the certificate against the system's trust store.
        https = self.origin.scheme == "https"
        connection_class = http.client.HTTPSConnection if https else http.client.HTTPConnection
        connection = connection_class(self.origin.host, self.origin.port, timeout=self.timeout)
        events: queue.Queue = queue.Queue(QUEUED_EVENTS)
        stopped = threading.Event()
        body = json.dumps(payload).encode("utf-8")
        streaming = payload["stream"]

        def put(event: tuple) -> bool:
            while not stopped.is_set():
                try:
                    events.put(event, timeout=POLL)
                    return True
                except queue.Full:
                    continue
            return False

        def work() -> None:
            sent = False
            try:
                connection.request("POST", self._path, body, headers)
                sent = True
                response = connection.getresponse()
                put(("status", response.status, response.getheader("Retry-After")))
                if response.status != 200:
                    put(("body", response.read(MAX_ERROR_BYTES)))
                elif not streaming:
                    put(("body", response.read(MAX_BODY_BYTES + 1)))
                else:
                    for line in _lines(response, MAX_EVENT_BYTES):
                        if not put(("line", line)):
                            return
                    put(("end", None))
            except TimeoutError as error:
                # Silent after the request: the model is too slow, and asking again will not help.
                put(("timeout" if sent else "error", error))
            except Exception as error:  # handed to the waiting thread, which decides
                put(("error", error))

        started = time.monotonic()
        deadline = started + self.timeout
        stream = _Stream(on_token)
        worker = threading.Thread(target=work, name="chatgen-llm-http", daemon=True)
        worker.start()
        try:
            status = 0
            while True:
                if cancelled and cancelled():
                    raise Cancelled("Planning was cancelled.")
                if time.monotonic() > deadline:
                    raise self._too_slow()
                try:
                    kind, *data = events.get(timeout=POLL)
                except queue.Empty:
                    continue
                if kind == "timeout":
                    raise self._too_slow()
                if kind == "status":
                    status, retry_after = data
                elif kind == "error":
                    if stream.pieces:
                        raise ChatGenError(f"The LLM server at {self.base_url} dropped the "
                                           f"connection mid-answer ({data[0]!r}).")
                    raise _Retryable(_describe(data[0]))
                elif kind == "body":
                    if status != 200:
                        self._refuse(status, data[0], retry_after, "response_format" in payload, keys, sent_key)
                    if len(data[0]) > MAX_BODY_BYTES:
                        raise ChatGenError(f"The LLM server at {self.base_url} answered with more than "
                                           f"{MAX_BODY_BYTES // 1024 ** 2} MB: lower max_tokens on ChatGen "
                                           "LLM Settings.")
                    return _whole(data[0], self.base_url, time.monotonic() - started)
                elif kind == "line":
                    if stream.feed(data[0]):
                        break
                else:  # "end": the server closed the stream without [DONE]
                    break
            return stream.completion(time.monotonic() - started)
        finally:
            stopped.set()
            _close(connection)

    def _too_slow(self) -> ChatGenError:
        return ChatGenError(f"The LLM server at {self.base_url} sent no complete answer within "
                            f"{self.timeout:g} s: raise the timeout or use a smaller model.")

    def _refuse(self, status: int, body: bytes, retry_after: str | None, sent_schema: bool,
                keys: Sequence[Credential], sent_key: Credential | None) -> None:
        message = _error_message(body)
        if status in RETRY_STATUSES:
            raise _Retryable(f"HTTP {status}: {message}", _seconds(retry_after))
        if sent_schema and status in SCHEMA_REJECTED:
            raise _SchemaRejected(f"HTTP {status}")
        if status in (401, 403):
            raise ChatGenError(f"The LLM server at {self.base_url} refused the request (HTTP {status}: "
                               f"{message}). {self._key_advice(keys, sent_key)}")
        if status == 404:
            raise ChatGenError(f"No chat-completions endpoint or model at {self.base_url} (HTTP 404: "
                               f"{message}). Check the base URL (it usually ends in /v1) and the model name.")
        raise ChatGenError(f"The LLM server at {self.base_url} answered HTTP {status}: {message}")

    def _key_advice(self, keys: Sequence[Credential], sent_key: Credential | None) -> str:
        """What to do about a refused key: which key went, or why none did. Never a key itself."""
        store = ("store its key from the ChatGen chat sidebar (Planner key) with this server's URL in "
                 f"Settings → ChatGen, or set {KEY_VARIABLE} and {KEY_VARIABLE}{URL_SUFFIX}={self.origin} "
                 "before starting ComfyUI")
        if sent_key is not None:
            return f"ChatGen sent it {sent_key.source}: check that key; to use another, {store}."
        if not self.origin.may_carry_key:
            return (f"No key was sent: ChatGen sends keys only over https, or over http to this machine, "
                    f"and {self.origin} is neither. Serve it over https, or reach it through a tunnel "
                    "on 127.0.0.1.")
        if keys:
            elsewhere = "; ".join(f"{key.source} is for {key.bound_to}, not for {self.origin}" for key in keys)
            return (f"No key was sent: {elsewhere}. ChatGen sends a key only to the server it was stored "
                    f"for. To use this server, {store}.")
        return f"No key was sent: {store}."


class _Stream:
    """Server-sent events of a streamed chat completion, gathered into one answer of bounded length."""

    def __init__(self, on_token: Callable[[str], None] | None):
        self.on_token = on_token
        self.pieces: list[str] = []
        self.chars = 0
        self.finish_reason = ""
        self.usage_tokens: int | None = None
        self.notes: tuple[str, ...] = ()

    def feed(self, line: bytes) -> bool:
        """Take one line; True at the end of the stream."""
        line = line.strip()
        if not line.startswith(b"data:"):
            return False  # blank separators, comments (": ping"), event names
        data = line[5:].strip()
        if data == b"[DONE]":
            return True
        try:
            event = json.loads(data)
        except (ValueError, RecursionError):
            return False
        if not isinstance(event, dict):
            return False
        if event.get("error"):
            raise ChatGenError(f"The LLM server reported an error mid-answer: {_error_message(data)}")
        usage = event.get("usage")
        if isinstance(usage, dict) and isinstance(usage.get("completion_tokens"), int):
            self.usage_tokens = usage["completion_tokens"]
        for choice in event.get("choices") or ():
            if not isinstance(choice, dict):
                continue
            delta = choice.get("delta")
            text = delta.get("content") if isinstance(delta, dict) else None
            if isinstance(text, str) and text:
                room = MAX_ANSWER_CHARS - self.chars
                if piece := text[:room]:
                    self.pieces.append(piece)
                    self.chars += len(piece)
                    if self.on_token:
                        self.on_token(piece)
                if len(text) > room:
                    self.finish_reason, self.notes = "length", (_cut_note(),)
                    return True
            self.finish_reason = choice.get("finish_reason") or self.finish_reason
        return False

    def completion(self, seconds: float) -> Completion:
        tokens = self.usage_tokens if self.usage_tokens is not None else len(self.pieces)
        return Completion("".join(self.pieces), self.finish_reason, tokens, seconds, self.notes)


def _cut_note() -> str:
    return (f"The LLM's answer passed {MAX_ANSWER_CHARS:,} characters and was cut there; "
            "lower max_tokens on ChatGen LLM Settings.")


def _lines(response: BinaryIO, limit: int) -> Iterator[bytes]:
    """The response's lines of at most `limit` bytes; a longer line is read through and dropped."""
    while line := response.readline(limit + 1):
        if len(line) > limit and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = response.readline(limit + 1)
            continue
        yield line


def _whole(body: bytes, base_url: str, seconds: float) -> Completion:
    try:
        data = json.loads(body)
        choice = data["choices"][0]
        text = (choice.get("message") or {}).get("content") or ""
    except (ValueError, RecursionError, KeyError, IndexError, TypeError, AttributeError):
        raise ChatGenError(f"The server at {base_url} did not answer with a chat completion: "
                           f"{body[:200]!r}. Is it an OpenAI-compatible server?") from None
    usage = data.get("usage") if isinstance(data.get("usage"), dict) else {}
    tokens = usage.get("completion_tokens")
    text = text if isinstance(text, str) else str(text)
    finish_reason, notes = choice.get("finish_reason") or "", ()
    if len(text) > MAX_ANSWER_CHARS:
        text, finish_reason, notes = text[:MAX_ANSWER_CHARS], "length", (_cut_note(),)
    return Completion(text, finish_reason, tokens if isinstance(tokens, int) else 0, seconds, notes)


def _error_message(body: bytes) -> str:
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        return body[:300].decode("utf-8", errors="replace").strip() or "no message"
    if isinstance(data, dict):
        error = data.get("error", data.get("detail", data))
        if isinstance(error, dict):
            error = error.get("message", error)
        return str(error)[:300]
    return str(data)[:300]


def _seconds(value: str | None) -> float | None:
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:
        return None  # an HTTP date: the exponential backoff will do


def _describe(error: BaseException) -> str:
    if isinstance(error, ConnectionRefusedError):
        return "connection refused"
    if isinstance(error, socket.gaierror):
        return "unknown host"
    if isinstance(error, TimeoutError):
        return "timed out"
    return f"{type(error).__name__}: {error}"


def _close(connection: http.client.HTTPConnection) -> None:
    # shutdown wakes a worker blocked in recv; close alone would leave it waiting for the server.
    sock = connection.sock
    if sock is not None:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
    connection.close()
