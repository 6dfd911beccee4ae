"""Scanning checkpoint folders into a library: enrichment, broken files, and the scan cache."""
from __future__ import annotations

import json
import os
import struct
from pathlib import Path

import pytest

from chatgen_core.library import build_library, folder, save_catalog
from chatgen_core.library.folder import scan_checkpoints
from chatgen_core.types import ModelCard

UNET = "model.diffusion_model."
SHAPES = {
    "sd1": {f"{UNET}input_blocks.1.1.transformer_blocks.0.attn2.to_k.weight": [320, 768],
            "cond_stage_model.transformer.text_model.embeddings.token_embedding.weight": [49408, 768]},
    "sd2": {f"{UNET}input_blocks.1.1.transformer_blocks.0.attn2.to_k.weight": [320, 1024]},
    "sdxl": {f"{UNET}label_emb.0.0.weight": [1280, 2816],
             "conditioner.embedders.1.model.token_embedding.weight": [49408, 1280]},
    "sd3": {f"{UNET}joint_blocks.0.context_block.attn.qkv.weight": [4608, 1536]},
    "flux": {f"{UNET}double_blocks.0.img_attn.norm.key_norm.scale": [128]},
    "cascade": {f"{UNET}clip_txt_mapper.weight": [8192, 1280]},
}


def write_checkpoint(path: Path, baseline: str = "sd1", metadata: dict[str, str] | None = None) -> Path:
    """A hand-written safetensors file with a baseline's real key names and shapes, tiny data."""
    shapes = SHAPES[baseline]
    header: dict[str, object] = {"__metadata__": metadata} if metadata else {}
    for i, (name, shape) in enumerate(shapes.items()):
        header[name] = {"dtype": "F16", "shape": shape, "data_offsets": [2 * i, 2 * i + 2]}
    raw = json.dumps(header).encode()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(struct.pack("<Q", len(raw)) + raw + b"\0" * (2 * len(shapes)))
    return path


def catalog(tmp_path: Path, *cards: ModelCard) -> Path:
    path = tmp_path / "catalog.json"
    save_catalog(path, cards)
    return path


@pytest.fixture
def ckpts(tmp_path: Path) -> Path:
    root = tmp_path / "checkpoints"
    root.mkdir()
    return root


def test_every_checkpoint_under_the_folder_becomes_a_card_named_like_comfyui_names_it(ckpts):
    write_checkpoint(ckpts / "b_model.safetensors")
    write_checkpoint(ckpts / "SDXL" / "nested" / "a.sft", "sdxl")
    (ckpts / "notes.yaml").write_text("x")
    (ckpts / "b_model.preview.png").write_bytes(b"png")
    library = build_library(checkpoint_dirs=[ckpts])
    assert [c.file_name for c in library] == ["SDXL/nested/a.sft", "b_model.safetensors"]


@pytest.mark.parametrize("baseline", sorted(SHAPES))
def test_a_checkpoint_without_metadata_gets_its_baseline_from_its_tensors(ckpts, baseline):
    write_checkpoint(ckpts / "x.safetensors", baseline)
    (card,) = build_library(checkpoint_dirs=[ckpts])
    assert card.baseline == baseline


def test_a_checkpoint_without_metadata_is_named_from_its_file_stem(ckpts):
    write_checkpoint(ckpts / "dream_shaper-8.safetensors")
    (card,) = build_library(checkpoint_dirs=[ckpts])
    assert (card.name, card.style, card.file_name) == ("dream shaper 8", "generalist",
                                                       "dream_shaper-8.safetensors")
    assert card.source == "file dream_shaper-8.safetensors; header (baseline sd1 from tensors)"


def test_a_pickled_checkpoint_is_never_opened_and_assumed_sd1(ckpts):
    (ckpts / "old.ckpt").write_bytes(b"\x80\x02 not really a pickle")
    (card,) = build_library(checkpoint_dirs=[ckpts])
    assert card.baseline == "sd1"
    assert "pickle checkpoint, not opened (unpickling is unsafe)" in card.source
    assert "baseline sd1 assumed: nothing says otherwise" in card.source


def test_a_pickled_checkpoint_takes_its_baseline_from_a_sidecar(ckpts):
    (ckpts / "old.pt").write_bytes(b"")
    (ckpts / "old.json").write_text(json.dumps({"sd version": "SDXL", "description": "old one"}))
    (card,) = build_library(checkpoint_dirs=[ckpts])
    assert (card.baseline, card.description) == ("sdxl", "old one")


def test_a_matching_catalog_card_enriches_the_file_by_file_name(ckpts, tmp_path):
    write_checkpoint(ckpts / "sub" / "Deliberate_v2.safetensors")
    cat = catalog(tmp_path, ModelCard(name="Deliberate", baseline="sd1", style="realistic",
                                      file_name="deliberate_v2.safetensors", triggers=("mj",)))
    (card,) = build_library([cat], [ckpts])
    assert (card.name, card.style, card.triggers) == ("Deliberate", "realistic", ("mj",))
    assert card.file_name == "sub/Deliberate_v2.safetensors"
    assert "catalog catalog.json (matched by file name)" in card.source


def test_a_catalog_card_matches_by_normalised_model_name(ckpts, tmp_path):
    write_checkpoint(ckpts / "juggernaut-xl.safetensors", "sdxl")
    cat = catalog(tmp_path, ModelCard(name="Juggernaut XL", baseline="sdxl", style="realistic"))
    (card,) = build_library([cat], [ckpts])
    assert card.name == "Juggernaut XL"
    assert "(matched by name)" in card.source


def test_a_catalog_lists_only_files_that_are_on_disk_when_folders_are_given(ckpts, tmp_path):
    write_checkpoint(ckpts / "mine.safetensors")
    cat = catalog(tmp_path, ModelCard(name="Elsewhere", baseline="sd1", file_name="other.ckpt"))
    assert [c.name for c in build_library([cat], [ckpts])] == ["mine"]


def test_sidecar_beats_catalog_and_tensors_beat_both_for_the_baseline(ckpts, tmp_path):
    write_checkpoint(ckpts / "m.safetensors", "sdxl")
    (ckpts / "m.json").write_text(json.dumps({"description": "from sidecar", "sd version": "SD1"}))
    cat = catalog(tmp_path, ModelCard(name="M", baseline="sd2", file_name="m.safetensors",
                                      description="from catalog"))
    (card,) = build_library([cat], [ckpts])
    assert (card.name, card.description, card.baseline) == ("M", "from sidecar", "sdxl")


def test_header_metadata_fills_what_sidecars_and_catalogs_leave_empty(ckpts):
    write_checkpoint(ckpts / "m.safetensors", "flux", {"modelspec.title": "Flux Dev",
                                                       "modelspec.description": "12B"})
    (card,) = build_library(checkpoint_dirs=[ckpts])
    assert (card.name, card.description, card.baseline) == ("Flux Dev", "12B", "flux")


def test_a_truncated_checkpoint_is_left_out_and_listed_as_skipped(ckpts):
    write_checkpoint(ckpts / "good.safetensors")
    bad = write_checkpoint(ckpts / "cut.safetensors")
    bad.write_bytes(bad.read_bytes()[:50])
    library = build_library(checkpoint_dirs=[ckpts])
    assert [c.file_name for c in library] == ["good.safetensors"]
    (reason,) = library.skipped
    assert "cut.safetensors: truncated" in reason


def test_a_file_that_is_not_safetensors_despite_its_extension_is_skipped(ckpts):
    (ckpts / "page.safetensors").write_text("<html>404 Not Found</html>")
    library = build_library(checkpoint_dirs=[ckpts])
    assert len(library) == 0
    assert "page.safetensors: not a safetensors file" in library.skipped[0]


def test_a_non_utf8_sidecar_is_skipped_and_the_checkpoint_still_listed(ckpts):
    write_checkpoint(ckpts / "m.safetensors")
    (ckpts / "m.txt").write_bytes("Trigger: señal".encode("cp1252"))
    (card,) = build_library(checkpoint_dirs=[ckpts])
    assert card.triggers == ()
    assert "sidecar m.txt skipped: not UTF-8" in card.source


def test_an_empty_folder_gives_an_empty_library_even_with_catalogs(ckpts, tmp_path):
    cat = catalog(tmp_path, ModelCard(name="A", baseline="sd1", file_name="a.safetensors"))
    library = build_library([cat], [ckpts])
    assert (len(library), library.installed(), library.skipped) == (0, (), ())


def test_a_missing_folder_is_ignored_like_comfyui_does(ckpts, tmp_path):
    write_checkpoint(ckpts / "m.safetensors")
    library = build_library(checkpoint_dirs=[tmp_path / "absent", ckpts])
    assert [c.file_name for c in library] == ["m.safetensors"]


def test_the_first_folder_wins_when_two_hold_the_same_file_name(tmp_path):
    write_checkpoint(tmp_path / "one" / "m.safetensors", "sd1")
    write_checkpoint(tmp_path / "two" / "m.safetensors", "sdxl")
    (card,) = build_library(checkpoint_dirs=[tmp_path / "one", tmp_path / "two"])
    assert card.baseline == "sd1"


def test_a_symlink_loop_is_walked_once(ckpts):
    write_checkpoint(ckpts / "m.safetensors")
    (ckpts / "loop").symlink_to(ckpts, target_is_directory=True)
    names = [c.file_name for c in build_library(checkpoint_dirs=[ckpts])]
    assert names == ["m.safetensors"]


def test_a_fifo_named_like_a_checkpoint_is_not_opened(ckpts):
    os.mkfifo(ckpts / "pipe.safetensors")
    write_checkpoint(ckpts / "m.safetensors")
    assert [c.file_name for c in build_library(checkpoint_dirs=[ckpts])] == ["m.safetensors"]


def test_library_get_finds_a_scanned_file_by_relative_path_name_or_stem(ckpts):
    write_checkpoint(ckpts / "XL" / "Juggernaut_v9.safetensors", "sdxl")
    library = build_library(checkpoint_dirs=[ckpts])
    card = library.get("XL/Juggernaut_v9.safetensors")
    assert card is not None
    assert library.get("xl\\juggernaut_v9.safetensors") is card
    assert library.get("juggernaut_v9") is card
    assert library.get("Juggernaut v9") is card


# --- cache -------------------------------------------------------------------------------------

def refuse_to_read(path):
    raise AssertionError(f"header of {path} read although cached")


def test_a_warm_scan_takes_everything_from_the_cache(ckpts, tmp_path, monkeypatch):
    write_checkpoint(ckpts / "m.safetensors", "sdxl", {"modelspec.title": "Cached"})
    (ckpts / "m.txt").write_text("cached trigger")
    cache = tmp_path / "cache.json"
    cold = build_library(checkpoint_dirs=[ckpts], cache_path=cache)
    monkeypatch.setattr(folder, "read_header", refuse_to_read)
    monkeypatch.setattr(folder, "read_sidecars", refuse_to_read)
    assert build_library(checkpoint_dirs=[ckpts], cache_path=cache) == cold


def test_a_changed_checkpoint_is_read_again(ckpts, tmp_path):
    path = write_checkpoint(ckpts / "m.safetensors", "sd1")
    cache = tmp_path / "cache.json"
    scan_checkpoints([ckpts], cache)
    write_checkpoint(path, "sdxl")
    os.utime(path, ns=(1, 1))
    (scanned,) = scan_checkpoints([ckpts], cache)
    assert scanned.header.baseline == "sdxl"


def test_a_new_sidecar_invalidates_the_cached_entry(ckpts, tmp_path):
    write_checkpoint(ckpts / "m.safetensors")
    cache = tmp_path / "cache.json"
    scan_checkpoints([ckpts], cache)
    (ckpts / "m.txt").write_text("fresh trigger")
    (scanned,) = scan_checkpoints([ckpts], cache)
    assert scanned.sidecars.triggers == ("fresh trigger",)


def test_the_cache_is_not_rewritten_when_nothing_changed(ckpts, tmp_path):
    write_checkpoint(ckpts / "m.safetensors")
    cache = tmp_path / "cache.json"
    scan_checkpoints([ckpts], cache)
    os.utime(cache, ns=(1, 1))
    scan_checkpoints([ckpts], cache)
    assert cache.stat().st_mtime_ns == 1


def test_the_cache_forgets_files_that_are_gone(ckpts, tmp_path):
    write_checkpoint(ckpts / "a.safetensors")
    gone = write_checkpoint(ckpts / "b.safetensors")
    cache = tmp_path / "cache.json"
    scan_checkpoints([ckpts], cache)
    gone.unlink()
    scan_checkpoints([ckpts], cache)
    assert list(json.loads(cache.read_text())["files"]) == [str(ckpts / "a.safetensors")]


@pytest.mark.parametrize("content", [b"{not json", b"\xff\xfe", b'{"format": "other"}',
                                     b'{"format": "chatgen-scan-cache/1", "files": {"x": 1}}'])
def test_a_corrupt_cache_is_ignored_and_replaced(ckpts, tmp_path, content):
    write_checkpoint(ckpts / "m.safetensors", "sd2")
    cache = tmp_path / "cache.json"
    cache.write_bytes(content)
    (scanned,) = scan_checkpoints([ckpts], cache)
    assert scanned.header.baseline == "sd2"
    assert json.loads(cache.read_text())["format"] == folder.CACHE_FORMAT


def test_a_cache_entry_of_the_wrong_shape_is_read_again(ckpts, tmp_path):
    path = write_checkpoint(ckpts / "m.safetensors", "sd2")
    cache = tmp_path / "cache.json"
    scan_checkpoints([ckpts], cache)
    data = json.loads(cache.read_text())
    data["files"][str(path)]["header"] = {"name": 5}
    cache.write_text(json.dumps(data))
    (scanned,) = scan_checkpoints([ckpts], cache)
    assert scanned.header.baseline == "sd2"


@pytest.mark.parametrize("number", ["1" + "0" * 400, "9" * 5000])
def test_a_cache_entry_holding_a_number_no_float_can_carry_is_read_again(ckpts, tmp_path, number):
    path = write_checkpoint(ckpts / "m.safetensors", "sd2")
    cache = tmp_path / "cache.json"
    scan_checkpoints([ckpts], cache)
    data = json.loads(cache.read_text())
    data["files"][str(path)]["header"]["recommended"] = {"cfg": 0}
    cache.write_text(json.dumps(data).replace('"cfg": 0', f'"cfg": {number}'))
    (scanned,) = scan_checkpoints([ckpts], cache)
    assert (scanned.header.baseline, scanned.header.recommended.cfg, scanned.error) == ("sd2", None, "")


def test_an_unwritable_cache_location_does_not_fail_the_scan(ckpts, tmp_path):
    write_checkpoint(ckpts / "m.safetensors")
    blocker = tmp_path / "file"
    blocker.write_text("")
    (scanned,) = scan_checkpoints([ckpts], blocker / "cache.json")
    assert scanned.header.baseline == "sd1"


def test_the_cache_write_leaves_no_temporary_files(ckpts, tmp_path):
    write_checkpoint(ckpts / "m.safetensors")
    cache_dir = tmp_path / "cache"
    scan_checkpoints([ckpts], cache_dir / "scan.json")
    assert [p.name for p in cache_dir.iterdir()] == ["scan.json"]
