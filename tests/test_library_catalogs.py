"""Catalog loaders on the real shared data files, the pack's own format, and broken catalogs."""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from chatgen_core.errors import ChatGenError
from chatgen_core.library import build_library, catalogs, load_catalog, save_catalog
from chatgen_core.library.catalogs import card_from_dict, card_to_dict, float_of, int_of, style_from_tags
from chatgen_core.types import Example, ModelCard, Recommended

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
HORDE = DATA / "horde_model_reference_sd.json"
DGPT_SD15 = DATA / "diffusiongpt_model_data_sd15.json"
DGPT_SDXL = DATA / "diffusiongpt_model_data_sdxl.json"

pytestmark = pytest.mark.skipif(not HORDE.exists(), reason=f"shared data missing at {DATA}")


def by_name(path: Path) -> dict[str, ModelCard]:
    return {entry.card.name: entry.card for entry in load_catalog(path).entries}


def test_horde_reference_gives_one_card_per_model_with_canonical_baselines():
    cards = by_name(HORDE)
    assert len(cards) == 161
    assert Counter(c.baseline for c in cards.values()) == {
        "sd1": 106, "sdxl": 49, "sd2": 4, "cascade": 1, "flux": 1}


def test_horde_card_file_name_is_the_first_checkpoint_of_config_files():
    cards = by_name(HORDE)
    assert cards["stable_diffusion"].file_name == "model_1_5.ckpt"
    assert cards["SDXL 1.0"].file_name == "sd_xl_base_1.0.safetensors"
    assert cards["Stable Cascade 1.0"].file_name == "stable_cascade_stage_b.safetensors"


def test_horde_entry_lists_all_its_checkpoint_files_for_matching():
    entry = next(e for e in load_catalog(HORDE).entries if e.card.name == "Stable Cascade 1.0")
    assert entry.files == ("stable_cascade_stage_b.safetensors", "stable_cascade_stage_c.safetensors")


def test_horde_requirements_become_recommended_settings():
    cards = by_name(HORDE)
    assert cards["DreamShaper XL"].recommended == Recommended(
        min_steps=3, max_steps=6, cfg=2.0, samplers=("k_dpmpp_sde",), schedulers=("karras",))
    assert cards["Flux.1-Schnell fp8 (Compact)"].recommended == Recommended(
        min_steps=3, max_steps=8, min_cfg=1.0, max_cfg=4.0, samplers=("k_euler",),
        schedulers=("karras",), clip_skip=1)


def test_horde_style_triggers_tags_and_flags_are_kept():
    cards = by_name(HORDE)
    ghibli = cards["Ghibli Diffusion"]
    assert (ghibli.style, ghibli.triggers, ghibli.tags) == ("anime", ("ghibli style",), ("anime", "retro"))
    assert cards["Deliberate"].nsfw is True
    assert cards["stable_diffusion_inpainting"].inpainting is True
    assert ghibli.source == "catalog horde_model_reference_sd.json"


def test_diffusiongpt_keeps_checkpoints_and_drops_loras():
    cards = by_name(DGPT_SD15)
    assert sorted(cards) == ["cartoonish v1", "dreamlabsoilV2 v2", "dreamshaper 7",
                             "majicmixRealistic v6", "realisticVisionV60"]


def test_diffusiongpt_drops_models_whose_base_model_is_not_supported():
    names = by_name(DGPT_SDXL)
    assert "kandinsky" not in names
    assert len(names) == 6
    assert {c.baseline for c in names.values()} == {"sdxl"}


def test_diffusiongpt_examples_pair_each_prompt_with_its_negative():
    card = by_name(DGPT_SD15)["dreamshaper 7"]
    assert card.file_name == "dreamshaper_7.safetensors"
    assert card.examples[1] == Example(prompt=card.examples[1].prompt, negative="lBadDream, FastNegativeV2")
    assert card.examples[0].prompt.startswith("8k portrait of beautiful cyborg")


def test_diffusiongpt_none_placeholders_are_dropped():
    copax = by_name(DGPT_SDXL)["copaxTimelessxlSDXL1 v5"]
    assert (copax.triggers, copax.examples) == ((), ())
    assert by_name(DGPT_SD15)["realisticVisionV60"].triggers == ("analog style", "modelshoot style")


def test_diffusiongpt_style_comes_from_the_first_telling_tag():
    cards = by_name(DGPT_SD15)
    assert cards["realisticVisionV60"].style == "realistic"
    assert cards["dreamshaper 7"].style == "generalist"
    assert cards["dreamlabsoilV2 v2"].style == "artistic"
    assert style_from_tags(["animal", "landscapes"]) == ""


def test_catalog_only_library_holds_every_checkpoint_of_all_catalogs():
    library = build_library([HORDE, DGPT_SD15, DGPT_SDXL])
    assert len(library) == 161 + 5 + 6
    assert len(library.installed()) == len(library) - 1  # "stable-diffusion-xl-base-1.0" has no file


def test_library_get_finds_cards_by_name_file_name_or_stem_in_any_case():
    library = build_library([HORDE])
    deliberate = library.get("Deliberate")
    assert deliberate is not None
    assert library.get("deliberate") is deliberate
    assert library.get("DELIBERATE.CKPT") is deliberate
    assert library.get("model_1_5").name == "stable_diffusion"
    assert library.get("no such model") is None


def test_own_format_round_trips_through_save_and_load(tmp_path):
    card = ModelCard(name="My Model", baseline="sdxl", file_name="sub/my.safetensors", style="anime",
                     description="mine", tags=("a", "b"), triggers=("tr",), nsfw=True,
                     examples=(Example(prompt="p", sampler="euler", steps=20, cfg=6.0, width=832),),
                     recommended=Recommended(min_steps=20, samplers=("euler",), clip_skip=2))
    path = tmp_path / "mine.json"
    save_catalog(path, [card, ModelCard(name="Other", baseline="sd1")])
    loaded = [e.card for e in load_catalog(path).entries]
    assert loaded == [card.__class__(**{**card.__dict__, "source": "catalog mine.json"}),
                      ModelCard(name="Other", baseline="sd1", source="catalog mine.json")]


def test_saved_catalog_leaves_out_default_fields_so_it_reads_like_a_hand_written_one(tmp_path):
    path = tmp_path / "c.json"
    save_catalog(path, [ModelCard(name="X", baseline="sd1", recommended=Recommended(cfg=7.0))])
    assert json.loads(path.read_text()) == {
        "format": "chatgen-catalog/1",
        "models": [{"name": "X", "baseline": "sd1", "recommended": {"cfg": 7.0}}]}


def test_card_to_dict_and_card_from_dict_are_inverse_for_partial_cards():
    card = ModelCard(name="", baseline="", style="", examples=(Example(width=512, height=512),),
                     source="header")
    assert card_from_dict(card_to_dict(card), "here") == card


@pytest.mark.parametrize(("model", "message"), [
    ({"name": "X", "baseline": "sd15"}, "baseline 'sd15' is not one of"),
    ({"baseline": "sd1"}, "\"name\" is required"),
    ({"name": "X", "baseline": "sd1", "trigger": ["a"]}, "unknown field.s. trigger"),
    ({"name": "X", "baseline": "sd1", "tags": "a, b"}, "tags: expected a list of texts"),
    ({"name": "X", "baseline": "sd1", "examples": [{"steps": "20"}]}, r"examples\[0\]\.steps"),
    ({"name": "X", "baseline": "sd1", "recommended": {"cfg": True}}, "recommended.cfg"),
])
def test_own_format_skips_an_invalid_card_naming_file_and_field_and_keeps_the_rest(tmp_path, model,
                                                                                   message):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"format": "chatgen-catalog/1",
                                "models": [model, {"name": "Good", "baseline": "sd1"}]}))
    catalog = load_catalog(path)
    assert [e.card.name for e in catalog.entries] == ["Good"]
    (reason,) = catalog.skipped
    assert "bad.json: models[0]" in reason
    assert re.search(message, reason)


def test_own_format_of_another_version_is_refused(tmp_path):
    path = tmp_path / "v9.json"
    path.write_text(json.dumps({"format": "chatgen-catalog/9", "models": []}))
    with pytest.raises(ChatGenError, match="'chatgen-catalog/9' is not supported"):
        load_catalog(path)


def test_a_catalog_that_is_not_utf8_raises_naming_the_file(tmp_path):
    path = tmp_path / "latin.json"
    path.write_bytes('[{"model_name": "café"}]'.encode("latin-1"))
    with pytest.raises(ChatGenError, match="latin.json: the catalog is not UTF-8"):
        load_catalog(path)


def test_a_catalog_that_is_not_json_raises_with_line_and_column(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"a": 1,\n')
    with pytest.raises(ChatGenError, match=r"broken.json: the catalog is not valid JSON \(.*line 2 column"):
        load_catalog(path)


@pytest.mark.parametrize("content", [{}, [], {"models": []}, [1, 2], {"a": {"name": "x"}}])
def test_a_catalog_of_unknown_shape_raises_naming_the_shapes_understood(tmp_path, content):
    path = tmp_path / "odd.json"
    path.write_text(json.dumps(content))
    with pytest.raises(ChatGenError, match="odd.json: not a model catalog this pack knows"):
        load_catalog(path)


def test_a_missing_catalog_raises_naming_the_file(tmp_path):
    with pytest.raises(ChatGenError, match="nowhere.json: cannot read the catalog"):
        load_catalog(tmp_path / "nowhere.json")


@pytest.mark.parametrize("value", [10**400, -(10**400), "1e400", "-1e400", float("nan"), "nan", "inf", 1e300,
                                   "9" * 5000, "1" + "0" * 300, [], {}, b"7", object(), True])
def test_lenient_number_readers_never_raise_and_give_none_for_what_is_no_setting(value):
    assert int_of(value) is None
    assert float_of(value) is None or value in (1e300, "1" + "0" * 300)


def test_lenient_number_readers_read_what_sources_really_write():
    assert (int_of("2"), int_of(2.0), int_of(" 30 "), float_of("7.5"), float_of(7)) == (2, 2, 30, 7.5, 7.0)
    assert int_of(2.5) is None


def test_a_catalog_over_the_size_cap_raises_naming_the_file(tmp_path, monkeypatch):
    monkeypatch.setattr(catalogs, "MAX_CATALOG_BYTES", 100)
    path = tmp_path / "big.json"
    save_catalog(path, [ModelCard(name="X" * 200, baseline="sd1")])
    with pytest.raises(ChatGenError, match=r"big.json is \d+ bytes; at most 100 are read"):
        load_catalog(path)


@pytest.mark.parametrize(("content", "message"), [
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ('{"format": "chatgen-catalog/1", "models": [{"name": "X", "baseline": "sd1", "recommended": {"cfg": '
     + "9" * 5000 + "}}]}", "a number of 5,000 digits"),
])
def test_a_hostile_catalog_raises_a_chatgen_error_naming_the_file(tmp_path, content, message):
    path = tmp_path / "hostile.json"
    path.write_text(content)
    with pytest.raises(ChatGenError, match=f"hostile.json: the catalog is .*{message}"):
        load_catalog(path)


def test_a_stray_entry_in_a_horde_reference_is_skipped_and_the_rest_kept(tmp_path):
    reference = json.loads(HORDE.read_text(encoding="utf-8"))
    reference["broken"] = ["not", "a", "model"]
    reference["Deliberate"]["requirements"] = ["not", "requirements"]
    path = tmp_path / "horde.json"
    path.write_text(json.dumps(reference))
    catalog = load_catalog(path)
    assert len(catalog.entries) == 161
    assert catalog.skipped == (
        f"{path}: broken: expected a model object, found list. The entry was skipped.",)


def test_recommended_settings_out_of_range_are_dropped_when_a_catalog_is_read_and_noted(tmp_path):
    path = tmp_path / "odd.json"
    path.write_text(json.dumps({"format": "chatgen-catalog/1", "models": [
        {"name": "Odd", "baseline": "sd1",
         "recommended": {"min_steps": 100000, "cfg": -5, "clip_skip": 99}}]}))
    (entry,) = load_catalog(path).entries
    assert entry.card.recommended == Recommended()
    assert entry.card.source == (
        "catalog odd.json (recommended min_steps 100000 is outside 1..150: ignored; "
        "cfg -5.0 is outside 1..30: ignored; clip_skip 99 is outside 1..12: ignored)")
