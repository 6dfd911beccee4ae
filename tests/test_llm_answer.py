"""The tolerant reader of LLM answers: every shape an LLM writes, and nothing that raises."""
import json

import pytest
from llm_corpus import as_infotext, as_json, as_markdown, as_python, chatgen_text, corpus, figure_answers

from chatgen_core.llm import LLMAnswer, parse_answer
from chatgen_core.llm.answer import MAX_ANSWER_CHARS

ROWS = figure_answers()


@pytest.mark.parametrize("row", ROWS, ids=[r["id"] for r in ROWS])
def test_chatgen_base_answers_are_read_field_by_field(row):
    answer = parse_answer(chatgen_text(row))
    assert answer.prompt == " ".join(row["prompt"].removesuffix(", ...").split())
    assert answer.model == row["model"]
    assert answer.description == row["model_description"]
    assert answer.arguments["sampler"] == row["arguments"]["sampler"]
    assert answer.arguments["cfg"] == row["arguments"]["cfg_scale"]
    assert answer.arguments["width"] == row["arguments"]["width"]


@pytest.mark.parametrize("shape", [as_json, as_python, as_markdown], ids=lambda f: f.__name__)
def test_json_python_and_markdown_answers_give_the_same_fields(shape):
    answer = parse_answer(shape(ROWS[2]))
    assert answer.prompt.startswith("realistic, masterpiece")
    assert answer.model == "hellorealisticman_V12a"
    assert answer.arguments["steps"] == 28


def test_prose_around_a_fenced_json_answer_is_ignored():
    text = "Here you go!\n```json\n" + as_json(ROWS[0]) + "\n```\nHave fun."
    answer = parse_answer(text)
    assert answer.model == "Small_Mostersv2" and answer.negative == "lowres, blurry"


def test_a_cut_off_dict_keeps_its_complete_pairs():
    answer = parse_answer("Prompt: a cat\nArguments: {'sampler': 'Euler a', 'steps': 20, 'cfg_sc")
    assert answer.prompt == "a cat"
    assert answer.arguments == {"sampler": "Euler a", "steps": "20"}


def test_a_cut_off_json_answer_keeps_its_complete_strings():
    answer = parse_answer('{"prompt": "a red fox", "negative_prompt": "blurry", "model": "Delib')
    assert (answer.prompt, answer.negative, answer.model) == ("a red fox", "blurry", "")


def test_a_model_name_with_dots_is_kept_whole():
    assert parse_answer("Prompt: x\nModel: SDXL 1.0").model == "SDXL 1.0"


def test_arguments_at_the_top_level_of_a_json_answer_are_arguments():
    answer = parse_answer(json.dumps({"positive": "a fox", "steps": 30, "guidance_scale": 5}))
    assert answer.arguments == {"steps": 30, "cfg": 5}


def test_a1111_infotext_is_read():
    answer = parse_answer(as_infotext(ROWS[1]))
    assert answer.negative == "lowres"
    assert answer.arguments["size"] == "512x512" and answer.arguments["sampler"] == "DPM++ SDE Karras"


def test_a_prompt_given_as_a_list_of_tags_is_joined():
    assert parse_answer(json.dumps({"prompt": ["a fox", "snow"]})).prompt == "a fox, snow"


def test_a_prompt_of_the_wrong_type_is_noted_not_used():
    answer = parse_answer(json.dumps({"prompt": {"text": "a fox"}, "model": "Deliberate 3.0"}))
    assert answer.prompt == "" and any("prompt: dict" in note for note in answer.notes)


def test_prose_only_is_an_empty_answer_with_a_note():
    answer = parse_answer("I'm sorry, I can't help with that.")
    assert answer.empty and answer.notes


def test_a_reasoning_block_is_skipped():
    assert parse_answer("<think>Model: wrong</think>Prompt: a cat\nModel: right").model == "right"


def test_a_huge_answer_is_cut_and_noted():
    answer = parse_answer("Prompt: a cat\n" + "x" * (MAX_ANSWER_CHARS * 3))
    assert answer.prompt.startswith("a cat") and "characters" in answer.notes[0]


@pytest.mark.parametrize("raw", [None, 12, ["Prompt: x"], b"\xff\xfe"])
def test_something_other_than_text_is_an_empty_answer(raw):
    assert parse_answer(raw).empty


def test_bytes_are_read_as_utf8():
    assert parse_answer("Prompt: café".encode()).prompt == "café"


def test_the_figures_ellipsis_is_not_part_of_the_prompt():
    assert parse_answer("Prompt: a cat, a hat, ...").prompt == "a cat, a hat"


def test_no_answer_in_the_corpus_raises():
    answers = [parse_answer(raw) for raw in corpus()]
    assert all(isinstance(a, LLMAnswer) for a in answers)
