"""The LLM planner against a scripted loopback server: what it sends, and how the answer becomes a plan."""
import base64

import pytest
from fake_llm_server import FakeServer, Reply, completion
from fakes import BagOfWordsEncoder

from chatgen_core import ReferenceImage, Request, Turn
from chatgen_core.llm.openai_compat import ChatClient
from chatgen_core.llm.planner import LLMPlanner
from chatgen_core.llm.prompts import SYS_MULTIMODAL, SYS_SINGLEMODAL
from chatgen_core.planner import Planner

ANSWER = "Prompt: a red fox, snow\nModel: Deliberate 3.0\nArguments: {'sampler': 'Euler a', 'steps': 20}"


@pytest.fixture(scope="module")
def encoder():
    return BagOfWordsEncoder()


def planner(server, library, encoder, model="ChatGen-Base-4B", **options):
    return LLMPlanner(ChatClient(server.url, model), library, encoder=encoder, **options)


def sent(server, index=-1):
    return server.requests[index]["json"]["messages"]


def test_the_llm_planner_is_a_planner(horde_library, encoder):
    assert isinstance(LLMPlanner(ChatClient("http://h:1", "m"), horde_library, encoder=encoder), Planner)


def test_chatgen_base_gets_its_system_prompt_and_the_request_as_one_turn(horde_library, encoder):
    with FakeServer(Reply(body=completion(ANSWER))) as server:
        planner(server, horde_library, encoder, stream=False).plan(Request("a red fox in the snow"))
    assert sent(server) == [{"role": "user", "content": SYS_SINGLEMODAL + "a red fox in the snow"}]


def test_earlier_turns_go_before_the_request_as_chat_turns(horde_library, encoder):
    history = (Turn("user", "a cabin"), Turn("assistant", "Prompt: cabin"))
    with FakeServer(Reply(body=completion(ANSWER))) as server:
        planner(server, horde_library, encoder, stream=False).plan(Request("now at night", history=history))
    assert sent(server)[:2] == [{"role": "user", "content": "a cabin"},
                                {"role": "assistant", "content": "Prompt: cabin"}]


def test_other_models_are_shown_the_format_and_fitting_installed_models(horde_library, encoder):
    with FakeServer(Reply(body=completion(ANSWER))) as server:
        planner(server, horde_library, encoder, model="qwen2.5", stream=False).plan(
            Request("pixel art of a tiny castle"))
    hint = sent(server)[0]
    assert hint["role"] == "system" and "Arguments:" in hint["content"]
    assert "- AIO Pixel Art" in hint["content"]


def test_the_answer_becomes_the_plan(horde_library, encoder):
    with FakeServer(Reply(body=completion(ANSWER, tokens=12))) as server:
        plan = planner(server, horde_library, encoder, stream=False).plan(Request("a red fox in the snow"))
    assert plan.positive == "a red fox, snow" and plan.model.name == "Deliberate 3.0"
    assert plan.arguments.sampler_name == "euler_ancestral" and plan.arguments.steps == 20
    assert plan.planner == f"llm ChatGen-Base-4B at {server.url}"
    assert any("answered 12 tokens" in note for note in plan.rationale)


def test_streamed_tokens_reach_the_callback(horde_library, encoder):
    pieces = []
    with FakeServer(Reply(chunks=("Prompt: a fox", "\nModel: Deliberate 3.0"))) as server:
        llm = planner(server, horde_library, encoder)
        llm.on_token = pieces.append
        plan = llm.plan(Request("a fox"))
    assert pieces == ["Prompt: a fox", "\nModel: Deliberate 3.0"] and plan.model.name == "Deliberate 3.0"


def test_an_answer_cut_off_at_max_tokens_is_noted(horde_library, encoder):
    with FakeServer(Reply(body=completion("Prompt: a fox, sn", finish_reason="length"))) as server:
        plan = planner(server, horde_library, encoder, stream=False, max_tokens=8).plan(Request("a fox"))
    assert any("cut off at 8 tokens" in note for note in plan.rationale)


def test_structured_output_sends_the_plan_schema(horde_library, encoder):
    with FakeServer(Reply(body=completion('{"prompt": "a fox", "model": "Deliberate 3.0"}'))) as server:
        plan = planner(server, horde_library, encoder, stream=False, structured=True).plan(Request("a fox"))
    assert server.requests[0]["json"]["response_format"]["type"] == "json_schema"
    assert plan.model.name == "Deliberate 3.0"


def test_reference_images_go_as_png_with_the_multimodal_prompt(horde_library, encoder):
    image = ReferenceImage(width=2, height=1, rgb=bytes([255, 0, 0, 0, 0, 255]))
    with FakeServer(Reply(body=completion(ANSWER))) as server:
        planner(server, horde_library, encoder, stream=False).plan(Request("like this", images=(image,)))
    parts = sent(server)[-1]["content"]
    url = parts[0]["image_url"]["url"]
    assert base64.b64decode(url.split(",", 1)[1]).startswith(b"\x89PNG\r\n\x1a\n")
    assert parts[-1] == {"type": "text", "text": SYS_MULTIMODAL + "like this"}


def test_a_server_that_refuses_images_still_gives_a_plan_from_the_text(horde_library, encoder):
    image = ReferenceImage(width=1, height=1, rgb=b"\x00\x00\x00")
    with FakeServer(Reply(400, {"error": "images not supported"}), Reply(body=completion(ANSWER))) as server:
        plan = planner(server, horde_library, encoder, stream=False).plan(Request("a fox", images=(image,)))
    assert sent(server)[-1] == {"role": "user", "content": SYS_SINGLEMODAL + "a fox"}
    assert any("did not take the reference images" in note for note in plan.rationale)


def test_the_hint_carries_an_example_answer_from_the_librarys_documentation(encoder):
    from conftest import SHARED_DATA

    from chatgen_core.library import build_library

    library = build_library(catalogs=[SHARED_DATA / "diffusiongpt_model_data_sd15.json"])
    with FakeServer(Reply(body=completion(ANSWER))) as server:
        planner(server, library, encoder, model="qwen2.5", stream=False).plan(Request("a close up portrait"))
    hint = sent(server)[0]["content"]
    assert "An example answer, from" in hint and "\nPrompt: " in hint and "\nModel: " in hint


def test_the_request_is_encoded_once_for_both_the_hint_and_the_repair(horde_library):
    counting = BagOfWordsEncoder()
    with FakeServer(Reply(body=completion(ANSWER))) as server:
        llm = planner(server, horde_library, counting, model="qwen2.5", stream=False)
        assert llm.embedded.bank.names  # the bank encodes the models once, before planning
        before = len(counting.calls)
        llm.plan(Request("a red fox in the snow"))
    assert len(counting.calls) - before == 1
