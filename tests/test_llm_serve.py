"""The LLM planner against a real OpenAI-compatible server: `transformers serve` on loopback.

The server runs a tiny Llama built and taught one ChatGen-shaped answer in this session (no hub
access), so what comes back is known and the whole path — HTTP, streaming, parsing, repair — is
checked on real bytes from a real server.
"""
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request

import pytest
from fakes import BagOfWordsEncoder, CancelAfter
from tiny_chat_model import ANSWER

from chatgen_core import Cancelled, Request
from chatgen_core.llm.openai_compat import ChatClient
from chatgen_core.llm.planner import LLMPlanner
from chatgen_core.llm.prompts import SYS_SINGLEMODAL

START_TIMEOUT = 240
SERVE = "import sys; from transformers.cli.transformers import main; sys.argv[0] = 'transformers'; sys.exit(main())"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def served(tmp_path_factory, tiny_chat_folder):
    """(base URL, model name) of a running `transformers serve` over the tiny model."""
    root = tmp_path_factory.mktemp("serve")
    model = tiny_chat_folder
    (root / "hub").mkdir()
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "HF_HUB_CACHE": str(root / "hub")}
    port = free_port()
    log = open(root / "serve.log", "wb")
    process = subprocess.Popen([sys.executable, "-c", SERVE, "serve", str(model), "--host", "127.0.0.1",
                                "--port", str(port), "--device", "cpu"],
                               stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail("transformers serve did not start:\n" + (root / "serve.log").read_text()[-3000:])
            try:
                urllib.request.urlopen(base + "/health", timeout=2).read()
                break
            except OSError:
                time.sleep(1)
        yield base + "/v1", str(model)
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


def question(text="a lighthouse in a storm"):
    return [{"role": "user", "content": SYS_SINGLEMODAL + text}]


def test_the_server_returns_the_taught_answer(served):
    answer = ChatClient(*served).complete(question(), max_tokens=200)
    assert answer.text == ANSWER and answer.tokens > 50


def test_a_streamed_answer_arrives_piece_by_piece(served):
    pieces = []
    answer = ChatClient(*served).complete(question(), max_tokens=200, stream=True,
                                                      on_token=pieces.append)
    assert len(pieces) > 20 and "".join(pieces) == answer.text == ANSWER


def test_the_llm_planner_makes_the_plan_the_model_proposed(served, horde_library):
    planner = LLMPlanner(ChatClient(*served), horde_library, encoder=BagOfWordsEncoder(),
                         format_hint=False, max_tokens=200)
    plan = planner.plan(Request("a red fox in the snow"))
    assert plan.positive == "a red fox in the snow, dusk, highly detailed"
    assert plan.negative == "blurry, lowres" and plan.model.name == "Deliberate 3.0"
    a = plan.arguments
    assert (a.sampler_name, a.scheduler, a.steps, a.cfg, a.width, a.height) == ("dpmpp_2m", "karras", 28, 7.0, 512, 768)


def test_several_concurrent_requests_all_get_their_answer(served):
    client = ChatClient(*served)
    results, errors = [], []

    def ask(index):
        try:
            results.append(client.complete(question(f"request {index}"), max_tokens=200, stream=index % 2 == 0).text)
        except Exception as error:  # collected and reported below
            errors.append(error)

    threads = [threading.Thread(target=ask, args=(i,)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors and results == [ANSWER] * 4


def test_structured_output_is_accepted_or_falls_back(served, horde_library):
    planner = LLMPlanner(ChatClient(*served), horde_library, encoder=BagOfWordsEncoder(),
                         format_hint=False, structured=True, max_tokens=200)
    assert planner.plan(Request("a red fox")).model.name == "Deliberate 3.0"


def test_cancel_mid_stream_returns_within_a_second_and_the_server_carries_on(served):
    client = ChatClient(*served)
    cancel = CancelAfter(3)
    with pytest.raises(Cancelled):
        client.complete(question(), max_tokens=200, stream=True, on_token=cancel.pieces.append, cancelled=cancel)
    assert cancel.seconds_since() < 1.0 and len(cancel.pieces) < 20
    assert client.complete(question(), max_tokens=200).text == ANSWER
