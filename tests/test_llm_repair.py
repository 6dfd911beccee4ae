"""An LLM's answer becomes a plan: its usable proposals kept, the rest filled in or repaired, each
repair named in the rationale. Runs on the real encoder and the real 161-model library."""
import pytest

from chatgen_core import ChatGenError, Request
from chatgen_core.llm import parse_answer, plan_from_answer
from chatgen_core.planner import EmbeddedPlanner, Planner
from chatgen_core.samplers import SAMPLERS, SCHEDULERS

MONSTER = "Let's imagine a quirky, pint-sized cartoon monster with bee vibes. Colorful and detailed, but no pink!"


def plan(planner, answer, text="a red fox in the snow", **request):
    return plan_from_answer(parse_answer(answer), Request(text, **request), planner, planner="llm test")


def mentions(plan, *words):
    return any(all(w in note for w in words) for note in plan.rationale)


def test_the_embedded_planner_is_a_planner(horde_planner):
    assert isinstance(horde_planner, Planner)


def test_the_llms_prompt_negative_and_installed_model_are_kept(horde_planner):
    result = plan(horde_planner, "Prompt: a red fox, snow, dusk\nNegative prompt: blurry\nModel: Deliberate 3.0")
    assert (result.positive, result.negative) == ("a red fox, snow, dusk", "blurry")
    assert result.model.name == "Deliberate 3.0" and result.model.file_name == "deliberate_v3.safetensors"
    assert result.planner == "llm test"


def test_a_model_named_loosely_is_found(horde_planner):
    assert plan(horde_planner, "Prompt: a fox\nModel: deliberate_v3").model.name == "Deliberate 3.0"


def test_a_model_that_is_not_installed_becomes_the_nearest_installed_one(horde_planner):
    result = plan(horde_planner, "Prompt: a girl, ghibli style\nModel: studio_ghibli_v9000. "
                                 "An anime model in the style of Studio Ghibli films.")
    assert result.model.name == "Ghibli Diffusion"
    assert mentions(result, "studio_ghibli_v9000", "not installed", "Ghibli Diffusion")


def test_a_garbled_model_name_gives_way_to_the_requests_choice(horde_planner):
    result = plan(horde_planner, "Prompt: pixel art of a tiny castle\nModel: Karrras', 'width': 3.0.0.0",
                  "pixel art of a tiny castle, 16 bit")
    assert result.model.name == "AIO Pixel Art" and mentions(result, "like no installed model")


def test_without_a_model_the_embedded_selector_chooses(horde_planner):
    result = plan(horde_planner, "Prompt: pixel art of a tiny castle", "pixel art of a tiny castle, 16 bit")
    assert result.model.name == "AIO Pixel Art" and mentions(result, "named no model")


def test_without_a_prompt_the_embedded_prompt_is_used(horde_planner):
    result = plan(horde_planner, "Model: Deliberate 3.0")
    assert "fox" in result.positive and mentions(result, "wrote no prompt")


def test_without_a_negative_prompt_the_embedded_one_is_used(horde_planner):
    result = plan(horde_planner, "Prompt: a red fox\nModel: Deliberate 3.0")
    assert result.negative and mentions(result, "no negative prompt")


def test_a_negated_term_moves_to_the_negative_prompt(horde_planner):
    result = plan(horde_planner, "Prompt: cartoon monster, bee design, no pink\nModel: Deliberate 3.0", MONSTER)
    assert "pink" not in result.positive and result.negative.startswith("pink")
    assert mentions(result, "'no pink'")


def test_a_missing_trigger_word_is_added(horde_planner):
    result = plan(horde_planner, "Prompt: portrait of a pirate\nModel: Inkpunk Diffusion", "portrait of a pirate")
    assert result.positive.startswith("nvinkpunk, ") and mentions(result, "trigger word")


def test_the_llms_a1111_sampler_is_mapped_to_comfyui(horde_planner):
    result = plan(horde_planner, "Prompt: a fox\nArguments: {'sampler': 'DPM++ 2M Karras', 'steps': 28}")
    assert (result.arguments.sampler_name, result.arguments.scheduler) == ("dpmpp_2m", "karras")
    assert result.arguments.steps == 28


def test_an_unknown_sampler_keeps_the_embedded_one(horde_planner):
    result = plan(horde_planner, "Prompt: a fox\nArguments: {'sampler': 'lucy_(cyberpunk)_v10'}")
    assert result.arguments.sampler_name in SAMPLERS and mentions(result, "lucy_(cyberpunk)_v10", "kept")


def test_steps_out_of_range_are_replaced_and_named(horde_planner):
    result = plan(horde_planner, "Prompt: a fox\nArguments: {'steps': 5000}")
    assert result.arguments.steps <= 150 and mentions(result, "steps 5000")


@pytest.mark.parametrize(("arguments", "field", "fixed", "note"), [
    ("{'width': 8192, 'height': 512}", "width", 4096, "width 8192 is outside 64..4096; used 4096."),
    ("{'cfg': 0.7}", "cfg", 1.0, "cfg 0.7 is outside 1..30; used 1.0."),
])
def test_what_the_llm_proposes_ends_within_the_planners_bounds(horde_planner, arguments, field, fixed, note):
    result = plan(horde_planner, f"Prompt: a fox\nModel: SDXL 1.0\nArguments: {arguments}")
    assert getattr(result.arguments, field) == fixed
    assert note in result.rationale


def test_an_impossible_size_becomes_the_native_one_in_its_shape(horde_planner):
    result = plan(horde_planner, "Prompt: a fox\nModel: Deliberate 3.0\nArguments: {'width': 4000, 'height': 6000}")
    assert (result.arguments.width, result.arguments.height) == (448, 640)
    assert mentions(result, "4000x6000", "native area")


def test_a_size_off_the_8_pixel_grid_is_rounded(horde_planner):
    result = plan(horde_planner, "Prompt: a fox\nModel: SDXL 1.0\nArguments: {'width': '836', 'height': '1152'}")
    assert (result.arguments.width, result.arguments.height) == (832, 1152) and mentions(result, "Rounded")


def test_a_seed_in_the_request_wins_over_the_llms(horde_planner):
    result = plan(horde_planner, "Prompt: a fox\nArguments: {'seed': 7}", seed=99)
    assert result.arguments.seed == 99


def test_unknown_arguments_are_named_as_ignored(horde_planner):
    result = plan(horde_planner, "Prompt: a fox\nArguments: {'steps': 20, 'hires_fix': True}")
    assert mentions(result, "'hires_fix'", "Ignored")


def test_a_request_the_embedded_reader_refuses_is_planned_from_the_llms_prompt(horde_planner):
    result = plan(horde_planner, "Prompt: a red fox in the snow", text="x" * 5000)
    assert result.positive == "a red fox in the snow" and mentions(result, "refused the request")


def test_no_request_and_no_usable_answer_is_a_clear_error(horde_planner):
    with pytest.raises(ChatGenError, match="request is empty"):
        plan(horde_planner, "I cannot help.", text="")


def test_an_empty_library_is_a_clear_error(encoder):
    from chatgen_core.library import build_library

    with pytest.raises(ChatGenError, match="No checkpoints"):
        plan(EmbeddedPlanner(build_library(), encoder=encoder), "Prompt: a fox")


def test_the_plan_is_always_runnable(horde_planner):
    result = plan(horde_planner, "Prompt: a fox\nArguments: {'sampler': 'Euler a', 'cfg_scale': '7.5'}")
    assert result.arguments.sampler_name in SAMPLERS and result.arguments.scheduler in SCHEDULERS
    assert result.arguments.cfg == 7.5


def test_a_known_model_that_is_not_on_disk_becomes_the_nearest_installed_one():
    from fakes import BagOfWordsEncoder

    from chatgen_core import ModelCard
    from chatgen_core.library import Library

    library = Library((ModelCard("Ghibli Diffusion", "sd1", description="studio ghibli anime films"),
                       ModelCard("Ghibli Mix", "sd1", file_name="ghibli_mix.safetensors",
                                 description="anime in the style of studio ghibli films"),
                       ModelCard("Photon", "sd1", file_name="photon.safetensors", description="realistic photos")))
    result = plan(EmbeddedPlanner(library, encoder=BagOfWordsEncoder()), "Prompt: a girl\nModel: Ghibli Diffusion")
    assert result.model.name == "Ghibli Mix" and mentions(result, "Ghibli Diffusion", "not installed")
