"""The OpenAI-compatible client against a scripted loopback server: answers, failures, streaming, cancel."""
import socket
import threading
import time
import tracemalloc

import pytest
from fake_llm_server import FakeServer, Reply, completion, sse_chunks

from chatgen_core import Cancelled, ChatGenError
from chatgen_core.llm.openai_compat import MAX_ANSWER_CHARS, MAX_EVENT_BYTES, ChatClient

HELLO = [{"role": "user", "content": "hello"}]


def client(url, **options):
    options.setdefault("sleep", lambda seconds: None)
    return ChatClient(url, "tiny", **options)


def closed_port_url():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}/v1"


def test_an_answer_comes_back_with_its_token_count():
    with FakeServer(Reply(body=completion("Prompt: a fox", tokens=7))) as server:
        answer = client(server.url).complete(HELLO)
    assert (answer.text, answer.tokens, answer.finish_reason) == ("Prompt: a fox", 7, "stop")
    assert server.requests[0]["path"] == "/v1/chat/completions"
    assert server.requests[0]["json"]["model"] == "tiny"


@pytest.mark.parametrize("base", ["http://h:1", "http://h:1/", "http://h:1/v1", "h:1/v1/chat/completions"])
def test_every_common_spelling_of_the_base_url_reaches_the_endpoint(base):
    assert ChatClient(base, "m")._path == "/v1/chat/completions"


def test_without_a_key_no_authorization_is_sent():
    with FakeServer() as server:
        client(server.url).complete(HELLO)
    assert "Authorization" not in server.requests[0]["headers"]


def test_server_errors_are_retried_with_exponential_backoff():
    waits = []
    script = (Reply(503, {"error": "busy"}), Reply(502, "bad gateway"), Reply(body=completion("ok")))
    with FakeServer(*script) as server:
        answer = client(server.url, sleep=waits.append, backoff=0.5).complete(HELLO)
    assert answer.text == "ok" and len(server.requests) == 3
    assert sum(waits) == pytest.approx(0.5 + 1.0)


def test_a_429_waits_as_long_as_retry_after_says():
    waits = []
    with FakeServer(Reply(429, {"error": {"message": "slow down"}}, headers={"Retry-After": "2"}),
                    Reply(body=completion("ok"))) as server:
        client(server.url, sleep=waits.append).complete(HELLO)
    assert sum(waits) == pytest.approx(2.0)


def test_an_unreachable_server_is_a_clear_error_after_the_retries():
    with pytest.raises(ChatGenError, match=r"unreachable.*connection refused.*3 attempt"):
        client(closed_port_url(), retries=2).complete(HELLO)


def test_a_wrong_path_or_model_points_at_the_base_url():
    with FakeServer(Reply(404, {"detail": "Not Found"})) as server:
        with pytest.raises(ChatGenError, match="ends in /v1"):
            client(server.url).complete(HELLO)


def test_a_server_that_rejects_json_schema_output_is_asked_again_without_it():
    with FakeServer(Reply(400, {"error": "response_format not supported"}), Reply(body=completion("ok"))) as server:
        answer = client(server.url).complete(HELLO, schema={"type": "object"})
    assert "response_format" in server.requests[0]["json"]
    assert "response_format" not in server.requests[1]["json"]
    assert answer.text == "ok" and "JSON-schema" in answer.notes[0]


def test_a_reply_that_is_not_a_chat_completion_is_a_clear_error():
    with FakeServer(Reply(body="<html>hello</html>")) as server:
        with pytest.raises(ChatGenError, match="OpenAI-compatible"):
            client(server.url).complete(HELLO)


def test_streamed_pieces_reach_the_callback_in_order():
    pieces = []
    with FakeServer(Reply(chunks=("Prompt", ": a", " fox"))) as server:
        answer = client(server.url).complete(HELLO, stream=True, on_token=pieces.append)
    assert pieces == ["Prompt", ": a", " fox"] and answer.text == "Prompt: a fox"
    assert answer.tokens == 3 and answer.finish_reason == "stop"
    assert server.requests[0]["json"]["stream"] is True


def test_a_stream_closed_without_done_still_ends():
    with FakeServer(Reply(chunks=("a", "b"), done=False)) as server:
        assert client(server.url).complete(HELLO, stream=True).text == "ab"


def test_cancel_stops_waiting_on_a_silent_server_within_a_second():
    with FakeServer(Reply(body=completion("late"), delay=5)) as server:
        clock = time.monotonic()
        threading.Timer(0.3, lambda: stop.set()).start()
        stop = threading.Event()
        with pytest.raises(Cancelled):
            client(server.url).complete(HELLO, cancelled=stop.is_set)
    assert time.monotonic() - clock < 1.3


def test_cancel_stops_a_stream_mid_answer():
    pieces = []
    with FakeServer(Reply(chunks=("x",) * 100, pause=0.05)) as server:
        with pytest.raises(Cancelled):
            client(server.url).complete(HELLO, stream=True, on_token=pieces.append,
                                        cancelled=lambda: len(pieces) >= 5)
    assert 5 <= len(pieces) < 100


def test_a_server_slower_than_the_timeout_is_a_clear_error():
    with FakeServer(Reply(body=completion("late"), delay=3)) as server:
        with pytest.raises(ChatGenError, match="within 0.5 s"):
            client(server.url, timeout=0.5, retries=0).complete(HELLO)


@pytest.mark.parametrize("base, model", [("ftp://h/v1", "m"), ("http://", "m"), ("http://h:1", " ")])
def test_a_bad_address_or_model_is_refused_before_any_request(base, model):
    with pytest.raises(ChatGenError):
        ChatClient(base, model)


def test_malformed_stream_events_are_skipped():
    events = ('{"choices": [{"delta": "oops"}]}', "[" * 100_000, "not json", "42", '{"choices": [7]}')
    with FakeServer(Reply(events=events, chunks=("ok",))) as server:
        assert client(server.url).complete(HELLO, stream=True).text == "ok"


def test_a_deeply_nested_reply_is_a_clear_error():
    with FakeServer(Reply(body="[" * 100_000)) as server:
        with pytest.raises(ChatGenError, match="OpenAI-compatible"):
            client(server.url).complete(HELLO)


# Bounded answers: a server cannot make the client read or hold more than the caps


def streamed(peak_of):
    """Runs `peak_of()` under tracemalloc; its result and the peak of memory it allocated, in bytes."""
    tracemalloc.start()
    try:
        result = peak_of()
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_stream_far_longer_than_the_cap_is_cut_and_memory_stays_bounded():
    flood = Reply(raw=sse_chunks("x" * 4096, 75_000))  # 300 MB of answer offered, made as it is sent
    with FakeServer(flood) as server:
        answer, peak = streamed(lambda: client(server.url, timeout=120).complete(HELLO, stream=True))
    assert len(answer.text) == MAX_ANSWER_CHARS and answer.finish_reason == "length"
    assert "cut there" in answer.notes[0]
    assert flood.sent < 75_000 // 10  # the client hung up at the cap; socket buffers took a little more
    assert peak < 16 * 2 ** 20, f"{peak / 2 ** 20:.0f} MB"


def test_an_over_long_event_line_is_skipped_without_being_held():
    def stream():
        yield b"data: "
        for _ in range(256):  # one line of 16 MB, sent in pieces
            yield b"y" * 65_536
        yield b"\n\n"
        yield from sse_chunks("ok", 1)
    with FakeServer(Reply(raw=stream())) as server:
        answer, peak = streamed(lambda: client(server.url).complete(HELLO, stream=True))
    assert answer.text == "ok"
    assert peak < 8 * MAX_EVENT_BYTES, f"{peak / 2 ** 20:.0f} MB"  # the line was 16 MB


def test_a_whole_answer_longer_than_the_cap_is_cut():
    with FakeServer(Reply(body=completion("z" * (MAX_ANSWER_CHARS + 10)))) as server:
        answer = client(server.url).complete(HELLO)
    assert len(answer.text) == MAX_ANSWER_CHARS and answer.finish_reason == "length" and answer.notes


def test_a_whole_body_over_its_cap_is_refused_after_reading_only_the_cap():
    endless = Reply(raw=(b"[" + b'"x", ' * 100_000 for _ in range(1_000)))  # 600 MB, never ending in time
    with FakeServer(endless) as server:
        with pytest.raises(ChatGenError, match="more than 2 MB: lower max_tokens"):
            client(server.url).complete(HELLO)
    assert endless.sent < 100


def test_an_error_body_is_read_only_as_far_as_its_first_words():
    endless = Reply(500, raw=(b"overloaded " * 100_000 for _ in range(1_000)))
    with FakeServer(endless) as server:
        with pytest.raises(ChatGenError, match="HTTP 500: overloaded") as failed:
            client(server.url, retries=0).complete(HELLO)
    assert len(str(failed.value)) < 600 and endless.sent < 100
