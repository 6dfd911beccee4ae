"""A chat-completions client for any OpenAI-compatible server, on the standard library alone.

vLLM, SGLang, Ollama, LM Studio, llama.cpp's server and `transformers serve` all speak
`POST {base}/v1/chat/completions`. The API key comes from an environment variable, never from a
widget (a workflow is shared as JSON, and a widget's value travels with it). The exchange runs in
a worker thread so the caller can cancel within a tenth of a second, even while the server is
silent; connection errors, 429 and 5xx are retried with exponential backoff.
"""
from __future__ import annotations

import http.client
import json
import os
import queue
import socket
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from ..errors import Cancelled, ChatGenError

DEFAULT_KEY_ENV = "CHATGEN_API_KEY"
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
SCHEMA_REJECTED = frozenset({400, 415, 422, 501})
MAX_RETRY_AFTER = 30.0
POLL = 0.1
"""Seconds between cancel checks while waiting on the server."""


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

    def __init__(self, base_url: str, model: str, *, api_key_env: str = DEFAULT_KEY_ENV,
                 timeout: float = 120.0, retries: int = 3, backoff: float = 0.5,
                 environ: Mapping[str, str] | None = None, sleep: Callable[[float], None] = time.sleep):
        parts = urlsplit(base_url.strip() if "://" in base_url else "http://" + base_url.strip())
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ChatGenError(f"'{base_url}' is not a server address: give one like "
                               "http://127.0.0.1:8000/v1 on ChatGen LLM Settings.")
        if not model.strip():
            raise ChatGenError("No model name for the LLM server: set the one it serves "
                               "(GET /v1/models lists them) on ChatGen LLM Settings.")
        self.base_url = base_url.strip().rstrip("/")
        self.model = model.strip()
        self.api_key_env = api_key_env or DEFAULT_KEY_ENV
        self.timeout, self.retries, self.backoff = timeout, retries, backoff
        self._environ = os.environ if environ is None else environ
        self._sleep = sleep
        self._https = parts.scheme == "https"
        self._host, self._port = parts.hostname, parts.port
        path = parts.path.rstrip("/")
        if not path.endswith("/chat/completions"):
            path = (path if path.endswith("/v1") else path + "/v1") + "/chat/completions"
        self._path = path + (f"?{parts.query}" if parts.query else "")

    takes_images = True  # a server without vision answers 400, and the planner asks again in text

    @property
    def where(self) -> str:
        return self.base_url

    def __repr__(self) -> str:  # the key is not an attribute, so it can never be printed
        return f"ChatClient({self.base_url!r}, {self.model!r}, key from ${self.api_key_env})"

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
                                  completion.seconds, tuple(notes))
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

    def _headers(self) -> dict[str, str]:
        headers = {"Content-Type": "application/json", "Accept": "application/json, text/event-stream"}
        key = self._environ.get(self.api_key_env, "").strip()
        if key:
            headers["Authorization"] = f"Bearer {key}"
        return headers

    def _exchange(self, payload: dict[str, Any], on_token, cancelled) -> Completion:
        """One request; the socket work happens in a thread so that waiting can be cancelled."""
        connection_class = http.client.HTTPSConnection if self._https else http.client.HTTPConnection
        connection = connection_class(self._host, self._port, timeout=self.timeout)
        events: queue.Queue = queue.Queue()
        body = json.dumps(payload).encode("utf-8")
        streaming = payload["stream"]

        def work() -> None:
            sent = False
            try:
                connection.request("POST", self._path, body, self._headers())
                sent = True
                response = connection.getresponse()
                events.put(("status", response.status, response.getheader("Retry-After")))
                if response.status != 200 or not streaming:
                    events.put(("body", response.read()))
                    return
                for line in response:
                    events.put(("line", line))
                events.put(("end", None))
            except TimeoutError as error:
                # Silent after the request: the model is too slow, and asking again will not help.
                events.put(("timeout" if sent else "error", error))
            except Exception as error:  # handed to the waiting thread, which decides
                events.put(("error", error))

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
                        self._refuse(status, data[0], retry_after, "response_format" in payload)
                    return _whole(data[0], self.base_url, time.monotonic() - started)
                elif kind == "line":
                    if stream.feed(data[0]):
                        break
                else:  # "end": the server closed the stream without [DONE]
                    break
            return stream.completion(time.monotonic() - started)
        finally:
            _close(connection)

    def _too_slow(self) -> ChatGenError:
        return ChatGenError(f"The LLM server at {self.base_url} sent no complete answer within "
                            f"{self.timeout:g} s: raise the timeout or use a smaller model.")

    def _refuse(self, status: int, body: bytes, retry_after: str | None, sent_schema: bool) -> None:
        message = _error_message(body)
        if status in RETRY_STATUSES:
            raise _Retryable(f"HTTP {status}: {message}", _seconds(retry_after))
        if sent_schema and status in SCHEMA_REJECTED:
            raise _SchemaRejected(f"HTTP {status}")
        if status in (401, 403):
            raise ChatGenError(f"The LLM server at {self.base_url} refused the request (HTTP {status}: "
                               f"{message}). Put its API key in the environment variable "
                               f"{self.api_key_env} before starting ComfyUI.")
        if status == 404:
            raise ChatGenError(f"No chat-completions endpoint or model at {self.base_url} (HTTP 404: "
                               f"{message}). Check the base URL (it usually ends in /v1) and the model name.")
        raise ChatGenError(f"The LLM server at {self.base_url} answered HTTP {status}: {message}")


class _Stream:
    """Server-sent events of a streamed chat completion, gathered into one answer."""

    def __init__(self, on_token: Callable[[str], None] | None):
        self.on_token = on_token
        self.pieces: list[str] = []
        self.finish_reason = ""
        self.usage_tokens: int | None = None

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
                self.pieces.append(text)
                if self.on_token:
                    self.on_token(text)
            self.finish_reason = choice.get("finish_reason") or self.finish_reason
        return False

    def completion(self, seconds: float) -> Completion:
        tokens = self.usage_tokens if self.usage_tokens is not None else len(self.pieces)
        return Completion("".join(self.pieces), self.finish_reason, tokens, seconds)


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
    return Completion(text if isinstance(text, str) else str(text), choice.get("finish_reason") or "",
                      tokens if isinstance(tokens, int) else 0, seconds)


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
