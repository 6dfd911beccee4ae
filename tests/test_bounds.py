"""Every plan's settings end in range, whoever proposed them, and the ranges fit ComfyUI's nodes."""
import ast
import os
from pathlib import Path

import pytest

from chatgen_core import bounds
from chatgen_core.bounds import out_of_bounds, sane_recommended, within_bounds
from chatgen_core.types import Arguments, Recommended

COMFY = Path(os.environ.get("COMFYUI_PATH") or Path(__file__).resolve().parents[1] / ".host" / "ComfyUI")


def arguments(**changes) -> Arguments:
    return Arguments(**{"steps": 25, "cfg": 7.0, "sampler_name": "euler", "scheduler": "normal",
                        "width": 512, "height": 768, "seed": 7, **changes})


def test_arguments_in_range_are_left_as_they_are():
    args = arguments(clip_skip=2, cfg=1.0, denoise=0.0, seed=2**64 - 1, width=4096, height=64)
    assert within_bounds(args) == (args, ())
    assert out_of_bounds(args) == ()


@pytest.mark.parametrize(("field", "value", "fixed", "note"), [
    ("steps", 100_000, 150, "steps 100000 is outside 1..150; used 150."),
    ("steps", 0, 1, "steps 0 is outside 1..150; used 1."),
    ("cfg", -5.0, 1.0, "cfg -5.0 is outside 1..30; used 1.0."),
    ("cfg", 1e308, 30.0, "cfg 1e+308 is outside 1..30; used 30.0."),
    ("cfg", float("nan"), 7.0, "cfg nan is not a number; used 7.0."),
    ("width", 1, 64, "width 1 is outside 64..4096; used 64."),
    ("height", 100_000, 4096, "height 100000 is outside 64..4096; used 4096."),
    ("width", 1001, 1000, "width 1001 is not a multiple of 8; used 1000."),
    ("steps", 20.6, 21, "steps 20.6 is not a whole number; used 21."),
    ("denoise", 2.0, 1.0, "denoise 2.0 is outside 0..1; used 1.0."),
    ("seed", -1, 2**64 - 1, "seed -1 is outside 0..18446744073709551615; used 18446744073709551615."),
    ("clip_skip", 99, 12, "clip_skip 99 is outside 1..12; used 12."),
    ("clip_skip", -2, None, "clip_skip -2 is outside 1..12; used none."),
])
def test_each_setting_out_of_range_is_moved_into_it_with_a_note(field, value, fixed, note):
    args, notes = within_bounds(arguments(**{field: value}))
    assert getattr(args, field) == fixed
    assert notes == (note,)
    assert out_of_bounds(args) == ()
    assert out_of_bounds(arguments(**{field: value})) == (note.split(";")[0],)


def test_clip_skip_1_means_no_skip_and_is_no_problem():
    assert within_bounds(arguments(clip_skip=1)) == (arguments(clip_skip=None), ())
    assert out_of_bounds(arguments(clip_skip=1)) == ()


def test_texts_and_bools_are_not_numbers():
    args = arguments(steps="20", cfg=True)
    assert out_of_bounds(args) == ("steps '20' is not a number", "cfg True is not a number")
    assert (within_bounds(args)[0].steps, within_bounds(args)[0].cfg) == (20, 7.0)


def test_recommended_values_out_of_range_are_dropped_as_if_the_card_were_silent():
    rec, notes = sane_recommended(Recommended(min_steps=0, max_steps=100_000, cfg=-5.0, min_cfg=1e308,
                                              max_cfg=7.0, clip_skip=99, samplers=("euler",)))
    assert rec == Recommended(max_cfg=7.0, samplers=("euler",))
    assert notes == ("min_steps 0 is outside 1..150: ignored", "max_steps 100000 is outside 1..150: ignored",
                     "cfg -5.0 is outside 1..30: ignored", "min_cfg 1e+308 is outside 1..30: ignored",
                     "clip_skip 99 is outside 1..12: ignored")


def test_recommended_ranges_given_the_wrong_way_round_are_swapped():
    rec, notes = sane_recommended(Recommended(min_steps=40, max_steps=20, min_cfg=9.0, max_cfg=3.0))
    assert rec == Recommended(min_steps=20, max_steps=40, min_cfg=3.0, max_cfg=9.0)
    assert notes == ("min_steps 40 is above max_steps 20: swapped",
                     "min_cfg 9.0 is above max_cfg 3.0: swapped")


def _input_ranges(source: str) -> dict[str, dict[str, tuple[float, float]]]:
    """{class: {input: (min, max)}} of the node classes in ComfyUI's nodes.py, read without importing
    it (the import costs half a minute): the INPUT_TYPES literals, MAX_RESOLUTION resolved."""
    tree = ast.parse(source)
    names = {t.id: node.value.value for node in tree.body if isinstance(node, ast.Assign)
             for t in node.targets if isinstance(t, ast.Name) and isinstance(node.value, ast.Constant)}

    def number(node: ast.expr) -> float:
        return names[node.id] if isinstance(node, ast.Name) else ast.literal_eval(node)

    ranges: dict[str, dict[str, tuple[float, float]]] = {}
    for cls in (n for n in tree.body if isinstance(n, ast.ClassDef)):
        for inputs in (n for n in ast.walk(cls) if isinstance(n, ast.Dict)):
            for key, value in zip(inputs.keys, inputs.values, strict=True):
                # "steps": ("INT", {"default": 20, "min": 1, "max": 10000, ...})
                if not (isinstance(key, ast.Constant) and isinstance(value, ast.Tuple)
                        and len(value.elts) == 2 and isinstance(value.elts[1], ast.Dict)):
                    continue
                spec = {k.value: v for k, v in zip(value.elts[1].keys, value.elts[1].values, strict=True)
                        if isinstance(k, ast.Constant)}
                if "min" in spec and "max" in spec:
                    ranges.setdefault(cls.name, {})[key.value] = (number(spec["min"]), number(spec["max"]))
    return ranges


@pytest.mark.skipif(not (COMFY / "nodes.py").exists(), reason=f"no ComfyUI at {COMFY}")
def test_every_range_lies_within_what_comfyuis_own_nodes_accept():
    ranges = _input_ranges((COMFY / "nodes.py").read_text(encoding="utf-8"))
    sampler, latent, last_layer = ranges["KSampler"], ranges["EmptyLatentImage"], ranges["CLIPSetLastLayer"]
    for ours, theirs in ((bounds.STEPS, sampler["steps"]), (bounds.CFG, sampler["cfg"]),
                         (bounds.DENOISE, sampler["denoise"]), (bounds.SEED, sampler["seed"]),
                         (bounds.SIDE, latent["width"]), (bounds.SIDE, latent["height"])):
        assert theirs[0] <= ours.low <= ours.high <= theirs[1]
    # CLIPSetLastLayer counts from the end: clip skip n is stop_at_clip_layer -n.
    lowest, highest = last_layer["stop_at_clip_layer"]
    assert lowest <= -bounds.CLIP_SKIP.high and -bounds.CLIP_SKIP.low <= highest
