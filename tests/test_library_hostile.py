"""A checkpoints folder holding hostile files among good ones: the scan never raises, keeps every
good checkpoint, names each bad file with its reason, and the library still plans.

Timings of the same folder are in tests/benchmarks/bench_library.py --hostile; nothing here
asserts seconds.
"""
from __future__ import annotations

import json
import os
import struct
from pathlib import Path

import pytest
from test_library_folder import write_checkpoint

from chatgen_core import Request
from chatgen_core.bounds import out_of_bounds
from chatgen_core.library import build_library, folder, sidecars
from chatgen_core.library.catalogs import MAX_DESCRIPTION_CHARS
from chatgen_core.library.safetensors_header import MAX_HEADER_BYTES
from chatgen_core.planner import EmbeddedPlanner
from chatgen_core.types import Recommended, to_dict

DIGITS = "9" * 5000
GOOD = ["a_plain.safetensors", "b_surrogate.safetensors", "c_html.safetensors", "d_big.safetensors",
        "e_dir.safetensors", "f_digits.safetensors", "g_inf.safetensors", "h_tags.safetensors",
        "i_meta_digits.safetensors", "j_settings.safetensors", "k_assert.safetensors"]


def write_header(path: Path, raw: bytes, data: int = 4) -> None:
    path.write_bytes(struct.pack("<Q", len(raw)) + raw + b"\0" * data)


def make_hostile_folder(root: Path) -> Path:
    """Good checkpoints with hostile sidecars and metadata, then checkpoints that are hostile themselves."""
    root.mkdir(parents=True, exist_ok=True)
    for name in GOOD:
        write_checkpoint(root / name)
    write_checkpoint(root / "h_tags.safetensors", metadata={
        "ss_tag_frequency": '{"set": ' * 10_000 + "{}" + "}" * 10_000})
    write_checkpoint(root / "i_meta_digits.safetensors", metadata={
        "modelspec.title": "Digits", "modelspec.resolution": f"{DIGITS}x512",
        "ss_tag_frequency": f'{{"set": {{"fox": {DIGITS}}}}}'})
    (root / "b_surrogate.json").write_text('{"description": "a \\ud800 fox", "sd version": "SDXL"}')
    (root / "c_html.civitai.info").write_text(json.dumps(
        {"baseModel": "SD 1.5", "model": {"name": "Pathological", "description": "<a" * 500_000}}))
    (root / "d_big.json").write_text(json.dumps({"description": "x" * (3 * 2**20)}))
    (root / "e_dir.json").mkdir()
    (root / "f_digits.json").write_text(f'{{"description": "digits", "steps": {DIGITS}}}')
    (root / "g_inf.json").write_text('{"description": "inf", "steps": 1e400, "cfg": -1e400, '
                                     '"clip skip": NaN}')
    (root / "j_settings.json").write_text(json.dumps(
        {"description": "odd settings", "steps": 100_000, "cfg": 1e308, "clip skip": 99}))
    (root / "k_assert.civitai.info").write_text(json.dumps({"description": "<![abc[ ]]> calm <b>lake</b>"}))

    write_header(root / "x_deep.safetensors", b"[" * 100_000 + b"]" * 100_000)
    write_header(root / "x_digits.safetensors", f'{{"__metadata__": {{"n": {DIGITS}}}}}'.encode())
    for name, end in (("x_inf", b"1e400"), ("x_nan", b"NaN")):
        write_header(root / f"{name}.safetensors",
                     b'{"w": {"dtype": "F16", "shape": [1], "data_offsets": [0, ' + end + b"]}}")
    with open(root / "x_big.safetensors", "wb") as f:  # sparse: the header it claims is never written
        f.write(struct.pack("<Q", MAX_HEADER_BYTES + 1))
        f.truncate(MAX_HEADER_BYTES + 64)
    write_checkpoint(Path(os.fsdecode(os.fsencode(str(root)) + b"/x_name_\xff.safetensors")))
    return root


def make_catalog(path: Path) -> Path:
    path.write_text(json.dumps({"format": "chatgen-catalog/1", "models": [
        {"name": "Plain Model", "baseline": "sd1", "file_name": "a_plain.safetensors", "style": "realistic"},
        ["not", "a", "card"],
        {"name": "Tagged", "baseline": "sd1", "tags": 5}]}))
    return path


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hostile")
    root = make_hostile_folder(tmp / "checkpoints")
    cache = tmp / "cache" / "scan.json"
    library = build_library([make_catalog(tmp / "catalog.json")], [root], cache_path=cache)
    return library, root, cache


def card(library, file_name):
    found = library.get(file_name)
    assert found is not None, f"{file_name} was dropped: {library.skipped}"
    return found


def test_every_good_checkpoint_is_kept_and_every_bad_file_is_named_with_its_reason(hostile):
    library, root, _ = hostile
    assert sorted(c.file_name for c in library) == GOOD
    reasons = {reason.split(": ", 1)[0]: reason for reason in library.skipped}
    assert "nested too deeply" in reasons[str(root / "x_deep.safetensors")]
    assert "5,000 digits" in reasons[str(root / "x_digits.safetensors")]
    assert "no valid shape and data_offsets" in reasons[str(root / "x_inf.safetensors")]
    assert "no valid shape and data_offsets" in reasons[str(root / "x_nan.safetensors")]
    assert "ChatGen reads headers of at most" in reasons[str(root / "x_big.safetensors")]
    assert "not valid UTF-8; rename it" in reasons[str(root / "x_name_\ufffd.safetensors")]
    catalog_reasons = [r for r in library.skipped if "catalog.json: models[" in r]
    assert len(catalog_reasons) == 2 and len(library.skipped) == 8
    assert "models[1]: expected an object, found list" in catalog_reasons[0]
    assert "models[2].tags: expected a list of texts, found 5" in catalog_reasons[1]


def test_the_rest_of_a_catalog_with_a_bad_entry_still_describes_its_checkpoint(hostile):
    plain = card(hostile[0], "a_plain.safetensors")
    assert (plain.name, plain.style) == ("Plain Model", "realistic")


@pytest.mark.parametrize(("file_name", "reason"), [
    ("d_big.safetensors", "sidecar d_big.json skipped: sidecar"),
    ("e_dir.safetensors", "sidecar e_dir.json skipped: unreadable"),
    ("f_digits.safetensors", "sidecar f_digits.json skipped: it is not valid JSON (a number of 5,000 "),
])
def test_a_hostile_sidecar_is_skipped_and_its_checkpoint_kept_with_the_reason_in_its_source(
        hostile, file_name, reason):
    assert reason in card(hostile[0], file_name).source


def test_numbers_past_the_float_range_and_nan_in_a_sidecar_are_no_settings(hostile):
    assert card(hostile[0], "g_inf.safetensors").recommended == Recommended()


def test_settings_out_of_range_in_a_sidecar_are_dropped_when_read_and_noted(hostile):
    odd = card(hostile[0], "j_settings.safetensors")
    assert odd.recommended == Recommended()
    assert "max_steps 100000 is outside 1..150: ignored" in odd.source
    assert "cfg 1e+308 is outside 1..30: ignored" in odd.source
    assert "clip_skip 99 is outside 1..12: ignored" in odd.source


def test_hostile_header_metadata_only_loses_what_cannot_be_read(hostile):
    library = hostile[0]
    assert card(library, "h_tags.safetensors").tags == ()
    digits = card(library, "i_meta_digits.safetensors")
    assert (digits.name, digits.examples, digits.tags) == ("Digits", (), ())


def test_a_pathological_html_description_is_cut_before_it_is_stripped(hostile):
    library = hostile[0]
    html = card(library, "c_html.safetensors")
    assert html.name == "Pathological" and len(html.description) <= MAX_DESCRIPTION_CHARS
    # html.parser raised AssertionError on this marked section.
    assert card(library, "k_assert.safetensors").description == "calm lake"


def test_lone_surrogates_are_cleaned_so_the_library_plans_and_the_cache_is_written(hostile, encoder):
    library, root, cache = hostile
    assert card(library, "b_surrogate.safetensors").description == "a \ufffd fox"
    for each in library:
        json.dumps(to_dict(each), ensure_ascii=False).encode("utf-8")
    plan = EmbeddedPlanner(library, encoder=encoder).plan(Request("a fox by a calm lake"))
    plan.to_json().encode("utf-8")
    assert plan.model.file_name in GOOD and out_of_bounds(plan.arguments) == ()
    assert json.loads(cache.read_text())["format"] == folder.CACHE_FORMAT
    assert build_library([], [root], cache_path=cache).cards == build_library([], [root]).cards


def test_an_unforeseen_error_in_one_file_becomes_its_skip_reason(tmp_path, monkeypatch):
    write_checkpoint(tmp_path / "good.safetensors")
    write_checkpoint(tmp_path / "odd.safetensors", metadata={"modelspec.title": "odd"})

    def header_card(metadata, shapes, real=folder.header_card):
        if metadata.get("modelspec.title") == "odd":
            raise KeyError("surprise")  # stands for any bug a file could trigger
        return real(metadata, shapes)

    monkeypatch.setattr(folder, "header_card", header_card)
    library = build_library(checkpoint_dirs=[tmp_path])
    assert [c.file_name for c in library] == ["good.safetensors"]
    (reason,) = library.skipped
    assert reason.startswith(str(tmp_path / "odd.safetensors")) and "KeyError: 'surprise'" in reason


def test_an_unforeseen_error_in_one_sidecar_is_noted_and_the_checkpoint_kept(tmp_path, monkeypatch):
    write_checkpoint(tmp_path / "m.safetensors")
    (tmp_path / "m.civitai.info").write_text(json.dumps({"baseModel": "SDXL 1.0"}))
    (tmp_path / "m.txt").write_text("Trigger words: fox")

    def broken(info):
        raise TypeError("surprise")

    monkeypatch.setattr(sidecars, "_civitai_version", broken)
    (only,) = build_library(checkpoint_dirs=[tmp_path])
    assert only.triggers == ("fox",)
    assert "sidecar m.civitai.info skipped: unreadable (TypeError: surprise)" in only.source
