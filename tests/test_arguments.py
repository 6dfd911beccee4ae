"""Stage 3: KSampler settings and size for the chosen model."""
import pytest

from chatgen_core import Example, ModelCard, Recommended
from chatgen_core.arguments import configure, size_for
from chatgen_core.samplers import SAMPLERS, SCHEDULERS
from chatgen_core.types import NATIVE_AREA, Brief


def plan_args(card, seed=None, **brief_fields):
    brief = Brief(text="x", subject=("x",), **brief_fields)
    return configure(brief, card, seed, "x")[0]


@pytest.mark.parametrize("baseline", ["sd1", "sd2", "sdxl", "sd3", "cascade", "flux"])
@pytest.mark.parametrize("aspect", [None, 1.0, 2 / 3, 9 / 16, 3 / 2, 16 / 9, 21 / 9])
def test_sizes_keep_the_native_area_and_multiples_of_64(baseline, aspect):
    width, height = size_for(baseline, aspect)
    assert width % 64 == 0 and height % 64 == 0
    assert 0.5 * NATIVE_AREA[baseline] <= width * height <= 1.6 * NATIVE_AREA[baseline]
    if aspect and aspect > 1.05:
        assert width > height
    elif aspect and aspect < 0.95:
        assert height > width
    else:
        assert width == height


def test_native_square_sizes():
    assert size_for("sd1", None) == (512, 512)
    assert size_for("sd2", None) == (768, 768)
    assert size_for("sdxl", None) == (1024, 1024)
    assert size_for("flux", 1.0) == (1024, 1024)


def test_baseline_defaults_are_sound():
    sd1 = plan_args(ModelCard("x", "sd1"))
    assert (sd1.steps, sd1.cfg, sd1.sampler_name, sd1.scheduler) == (25, 7.0, "dpmpp_2m", "karras")
    flux = plan_args(ModelCard("FLUX.1 schnell", "flux"))
    assert (flux.steps, flux.cfg) == (4, 1.0)


def test_the_cards_requirements_win():
    card = ModelCard("DreamShaper XL", "sdxl", recommended=Recommended(
        min_steps=3, max_steps=6, cfg=2, samplers=("k_dpmpp_sde",), schedulers=("karras",)))
    args = plan_args(card)
    assert 3 <= args.steps <= 6
    assert args.cfg == 2
    assert (args.sampler_name, args.scheduler) == ("dpmpp_sde", "karras")


def test_example_settings_are_used_when_the_card_is_silent():
    examples = tuple(Example(prompt="p", sampler="DPM++ SDE Karras", steps=s, cfg=c, clip_skip=2)
                     for s, c in ((30, 5), (40, 6), (35, 5.5)))
    args = plan_args(ModelCard("Realistic", "sd1", examples=examples))
    assert (args.steps, args.cfg, args.sampler_name, args.scheduler) == (35, 5.5, "dpmpp_sde", "karras")
    assert args.clip_skip == 2


@pytest.mark.parametrize(("recommended", "expected", "note"), [
    (Recommended(min_steps=100_000, max_steps=100_000), {"steps": 25},
     "Odd's card: min_steps 100000 is outside 1..150: ignored; max_steps 100000 is outside 1..150: ignored."),
    (Recommended(min_steps=0, max_steps=0), {"steps": 25}, "min_steps 0 is outside 1..150: ignored"),
    (Recommended(cfg=-5.0), {"cfg": 7.0}, "Odd's card: cfg -5.0 is outside 1..30: ignored."),
    (Recommended(cfg=1e308), {"cfg": 7.0}, "Odd's card: cfg 1e+308 is outside 1..30: ignored."),
    (Recommended(clip_skip=99), {"clip_skip": None}, "Odd's card: clip_skip 99 is outside 1..12: ignored."),
    (Recommended(min_steps=40, max_steps=20), {"steps": 25},
     "Odd's card: min_steps 40 is above max_steps 20: swapped."),
])
def test_a_card_asking_for_settings_out_of_range_is_ignored_there_and_says_so(recommended, expected, note):
    args, notes = configure(Brief(text="x", subject=("x",)), ModelCard("Odd", "sd1", recommended=recommended),
                            None, "x")
    assert {name: getattr(args, name) for name in expected} == expected
    assert any(note in line for line in notes), notes


def test_examples_with_settings_out_of_range_do_not_reach_the_plan():
    examples = tuple(Example(prompt="p", sampler="euler", steps=100_000, cfg=1e308, clip_skip=99,
                             width=1, height=100_000) for _ in range(3))
    args = plan_args(ModelCard("Odd", "sd1", examples=examples))
    assert (args.steps, args.cfg, args.clip_skip) == (25, 7.0, None)
    assert 64 <= args.width <= 4096 and 64 <= args.height <= 4096


def test_a_seed_past_what_ksampler_takes_wraps_into_its_range_with_a_note():
    args, notes = configure(Brief(text="x", subject=("x",)), ModelCard("x", "sd1"), 2**64 + 5, "x")
    assert args.seed == 5
    assert "seed 18446744073709551621 is outside 0..18446744073709551615; used 5." in notes


def test_clip_skip_comes_from_the_card():
    assert plan_args(ModelCard("Pony Diffusion XL", "sdxl", recommended=Recommended(clip_skip=2))).clip_skip == 2
    assert plan_args(ModelCard("SDXL 1.0", "sdxl")).clip_skip is None


def test_a_quick_draft_takes_fewer_steps():
    card = ModelCard("x", "sd1")
    assert plan_args(card, draft=True).steps < plan_args(card).steps


def test_the_seed_is_deterministic_for_a_request_unless_given():
    card = ModelCard("x", "sd1")
    assert plan_args(card).seed == plan_args(card).seed
    assert plan_args(card, seed=42).seed == 42
    other = configure(Brief(text="y", subject=("y",)), card, None, "y")[0]
    assert other.seed != plan_args(card).seed


def test_orientation_reaches_the_size():
    args = plan_args(ModelCard("x", "sdxl"), aspect=9 / 16, orientation="portrait")
    assert args.height > args.width


def test_every_output_is_a_real_comfy_name():
    for card in (ModelCard("x", b) for b in ("sd1", "sd2", "sdxl", "sd3", "cascade", "flux")):
        args = plan_args(card)
        assert args.sampler_name in SAMPLERS and args.scheduler in SCHEDULERS
