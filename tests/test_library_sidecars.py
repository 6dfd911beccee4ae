"""Sidecar files beside checkpoints, base-model spellings, and merging partial cards."""
from __future__ import annotations

import json

import pytest

from chatgen_core.library import sidecars
from chatgen_core.library.catalogs import MAX_DESCRIPTION_CHARS, canonical_baseline
from chatgen_core.library.sidecars import (
    html_to_text,
    merge_cards,
    read_sidecar,
    read_sidecars,
    sidecar_names,
)
from chatgen_core.types import Example, ModelCard, Recommended

CIVITAI_INFO = {
    "id": 128713, "modelId": 4384, "name": "8", "baseModel": "SD 1.5",
    "trainedWords": ["dreamshaper style"],
    "description": "<p>Version 8 &amp; friends.<br/>Works best with <b>Euler a</b>.</p><ul><li>v8</li></ul>",
    "model": {"name": "DreamShaper", "type": "Checkpoint", "nsfw": False,
              "tags": ["anime", {"name": "fantasy"}]},
    "images": [
        {"url": "a.png", "meta": {"prompt": "a castle at dusk", "negativePrompt": "blurry",
                                  "sampler": "DPM++ 2M Karras", "steps": 30, "cfgScale": 7,
                                  "Size": "512x768", "Clip skip": "2", "seed": 1}},
        {"url": "b.png", "meta": None},
        {"url": "c.png", "meta": {"prompt": "a fox", "Schedule type": "Karras", "steps": "20"}},
    ],
}


def write(path, data) -> object:
    path.write_text(json.dumps(data) if not isinstance(data, str) else data, encoding="utf-8")
    return path


@pytest.mark.parametrize(("spelling", "baseline"), [
    ("SD 1.5", "sd1"), ("SD 1.4", "sd1"), ("SD 1.5 LCM", "sd1"), ("SD1", "sd1"),
    ("stable diffusion 1", "sd1"), ("SD 2.1", "sd2"), ("SD 2.0 768", "sd2"),
    ("stable diffusion 2", "sd2"), ("SDXL 1.0", "sdxl"), ("SDXL Turbo", "sdxl"), ("Pony", "sdxl"),
    ("Illustrious", "sdxl"), ("NoobAI", "sdxl"), ("stable_diffusion_xl", "sdxl"),
    ("SD 3.5", "sd3"), ("SD 3.5 Large", "sd3"), ("SD 3", "sd3"), ("Flux.1 D", "flux"),
    ("Flux.1 S", "flux"), ("flux_1", "flux"), ("stable_cascade", "cascade"),
    ("Stable Cascade", "cascade"), ("Kandinsky", ""), ("Other", ""), ("None", ""), ("", "")])
def test_base_model_spellings_map_to_canonical_baselines(spelling, baseline):
    assert canonical_baseline(spelling) == baseline


def test_sidecar_names_put_the_owners_notes_before_downloaded_pages():
    assert sidecar_names("dream") == ("dream.json", "dream.txt", "dream.civitai.info",
                                      "dream.metadata.json")


def test_civitai_info_gives_name_baseline_triggers_tags_and_nsfw(tmp_path):
    card = read_sidecar(write(tmp_path / "dream.civitai.info", CIVITAI_INFO))
    assert (card.name, card.baseline, card.style) == ("DreamShaper", "sd1", "anime")
    assert card.triggers == ("dreamshaper style",)
    assert card.tags == ("anime", "fantasy")
    assert card.nsfw is False
    assert card.source == "sidecar dream.civitai.info"


def test_civitai_info_html_description_becomes_plain_text(tmp_path):
    card = read_sidecar(write(tmp_path / "dream.civitai.info", CIVITAI_INFO))
    assert card.description == "Version 8 & friends.\nWorks best with Euler a.\nv8"


def test_civitai_info_images_become_examples_with_their_settings(tmp_path):
    card = read_sidecar(write(tmp_path / "dream.civitai.info", CIVITAI_INFO))
    assert card.examples == (
        Example(prompt="a castle at dusk", negative="blurry", sampler="DPM++ 2M Karras", steps=30,
                cfg=7.0, width=512, height=768, clip_skip=2),
        Example(prompt="a fox", scheduler="Karras", steps=20))


def test_metadata_json_combines_its_own_fields_with_the_civitai_version(tmp_path):
    data = {"model_name": "Pony Realism", "base_model": "Pony", "tags": ["photorealistic"],
            "notes": "my favourite", "modelDescription": "<p>Realistic pony merge</p>",
            "civitai": {**CIVITAI_INFO, "trainedWords": ["score_9"]}}
    card = read_sidecar(write(tmp_path / "pr.metadata.json", data))
    assert (card.name, card.baseline, card.style) == ("Pony Realism", "sdxl", "realistic")
    assert card.description == "my favourite\n\nRealistic pony merge"
    assert card.tags == ("photorealistic", "anime", "fantasy")
    assert card.triggers == ("score_9",)
    assert len(card.examples) == 2


def test_a1111_json_gives_description_baseline_triggers_and_preferred_settings(tmp_path):
    data = {"description": "Soft anime look", "sd version": "SDXL",
            "activation text": "masterpiece, best quality", "negative text": "lowres",
            "notes": "use hires fix", "preferred weight": 0,
            "preferred settings": {"steps": 28, "CFG scale": 5.5, "Sampler": "Euler a",
                                   "Clip skip": 2, "width": 832, "height": 1216}}
    card = read_sidecar(write(tmp_path / "soft.json", data))
    assert card.baseline == "sdxl"
    assert card.description == "Soft anime look\n\nuse hires fix"
    assert card.triggers == ("masterpiece", "best quality")
    assert card.recommended == Recommended(min_steps=28, max_steps=28, cfg=5.5, samplers=("Euler a",),
                                           clip_skip=2)
    assert card.examples == (Example(prompt="masterpiece, best quality", negative="lowres",
                                     width=832, height=1216),)


def test_a1111_json_with_unknown_sd_version_leaves_the_baseline_empty(tmp_path):
    card = read_sidecar(write(tmp_path / "m.json", {"description": "x", "sd version": "Unknown"}))
    assert card.baseline == ""


def test_a_json_sidecar_that_is_not_a1111_metadata_is_skipped_with_the_reason(tmp_path):
    card = read_sidecar(write(tmp_path / "m.json", {"_class_name": "UNet2DConditionModel"}))
    assert card.source == "sidecar m.json skipped: not A1111 user metadata"


def test_txt_sidecar_labelled_trigger_line_gives_triggers_and_the_rest_description(tmp_path):
    text = "Trigger words: ghibli style, soft light\nGreat for landscapes.\n"
    card = read_sidecar(write(tmp_path / "g.txt", text))
    assert card.triggers == ("ghibli style", "soft light")
    assert card.description == "Great for landscapes."


def test_txt_sidecar_with_a_single_comma_list_is_read_as_triggers(tmp_path):
    card = read_sidecar(write(tmp_path / "g.txt", "analog style, modelshoot style\n"))
    assert (card.triggers, card.description) == (("analog style", "modelshoot style"), "")


def test_txt_sidecar_with_a_sentence_is_read_as_description(tmp_path):
    card = read_sidecar(write(tmp_path / "g.txt", "A general model for everything."))
    assert (card.triggers, card.description) == ((), "A general model for everything.")


def test_a_sidecar_that_is_not_utf8_is_skipped_with_the_reason(tmp_path):
    path = tmp_path / "m.txt"
    path.write_bytes("Trigger: café".encode("latin-1"))
    card = read_sidecar(path)
    assert card == ModelCard(name="", baseline="", style="", source="sidecar m.txt skipped: not UTF-8")


def test_a_sidecar_with_broken_json_is_skipped_with_the_reason(tmp_path):
    card = read_sidecar(write(tmp_path / "m.civitai.info", '{"name": "x",'))
    assert card.source.startswith("sidecar m.civitai.info skipped: it is not valid JSON")
    assert card.name == ""


def test_a_sidecar_holding_a_json_list_is_skipped_with_the_reason(tmp_path):
    card = read_sidecar(write(tmp_path / "m.metadata.json", [1, 2]))
    assert card.source == "sidecar m.metadata.json skipped: not a JSON object"


def test_read_sidecars_merges_in_the_order_given_and_keeps_skip_reasons(tmp_path):
    own = write(tmp_path / "d.json", {"description": "my notes", "sd version": "SD1"})
    bad = tmp_path / "d.txt"
    bad.write_bytes(b"\xff\xfe\x00")
    page = write(tmp_path / "d.civitai.info", CIVITAI_INFO)
    card = read_sidecars([own, bad, page])
    assert (card.name, card.description) == ("DreamShaper", "my notes")
    assert card.source == ("sidecar d.json; sidecar d.txt skipped: not UTF-8; "
                           "sidecar d.civitai.info")


def test_merge_cards_takes_first_texts_pools_lists_and_fills_settings_field_by_field():
    first = ModelCard(name="A", baseline="", style="", tags=("Anime",), nsfw=False,
                      recommended=Recommended(cfg=5.0), source="one")
    second = ModelCard(name="B", baseline="sdxl", style="anime", tags=("anime", "girl"),
                       nsfw=True, recommended=Recommended(cfg=7.0, clip_skip=2), source="two")
    merged = merge_cards([first, second])
    assert (merged.name, merged.baseline, merged.style) == ("A", "sdxl", "anime")
    assert merged.tags == ("Anime", "girl")
    assert merged.recommended == Recommended(cfg=5.0, clip_skip=2)
    assert merged.nsfw is True
    assert merged.source == "one; two"


def test_html_to_text_unescapes_entities_and_drops_markup():
    assert html_to_text('<h2>Usage</h2><p>Use <a href="x">CFG&nbsp;7</a></p>') == "Usage\nUse CFG 7"


@pytest.mark.parametrize(("markup", "text"), [
    ("<![abc[ ]]> calm <b>lake</b>", "calm lake"),  # html.parser raised AssertionError here
    ("<![ x", ""),  # and here
    ("cfg < 7 and steps <= 30", "cfg < 7 and steps <= 30"),
    ("<p>kept</p><!-- a <b>comment</b> -->after", "kept\nafter"),
    ("&lt;b&gt; is text &#xD800;", "<b> is text \ufffd"),
    ("before <a href='never closed", "before"),
])
def test_html_to_text_reads_malformed_markup_as_a_browser_would_without_raising(markup, text):
    assert html_to_text(markup) == text


def test_html_to_text_cuts_a_description_before_stripping_it():
    assert len(html_to_text("<p>" + "word " * 100_000 + "</p>")) <= MAX_DESCRIPTION_CHARS


@pytest.mark.parametrize("unit", ["<a", "<", "<!--", "</", "<a b='", "<<a>", "&amp;<"])
def test_html_to_text_reads_a_megabyte_of_pathological_markup(unit):
    # html.parser is quadratic here: 96 KB of "<a b='" took it two minutes, and a megabyte of any
    # of these takes it minutes to hours. The stripper cuts and walks once; bench_library.py times it.
    assert len(html_to_text(unit * (2**20 // len(unit)))) <= MAX_DESCRIPTION_CHARS


def test_a_sidecar_over_the_size_cap_is_skipped_unread(tmp_path, monkeypatch):
    monkeypatch.setattr(sidecars, "MAX_SIDECAR_BYTES", 1000)
    card = read_sidecar(write(tmp_path / "m.json", {"description": "x" * 1000}))
    assert card.description == ""
    assert "sidecar m.json skipped: sidecar" in card.source and "at most 1,000 are read" in card.source


def test_a_sidecar_nested_too_deeply_is_skipped_with_the_reason(tmp_path):
    card = read_sidecar(write(tmp_path / "m.civitai.info", "[" * 100_000 + "]" * 100_000))
    assert card.source == "sidecar m.civitai.info skipped: it is nested too deeply to be real data."
