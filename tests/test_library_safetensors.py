"""Reading safetensors headers: shapes and metadata, baselines, and broken files."""
from __future__ import annotations

import json
import struct
from pathlib import Path

import numpy as np
import pytest
from safetensors.numpy import save_file

from chatgen_core.errors import ChatGenError
from chatgen_core.library.safetensors_header import (
    MAX_HEADER_BYTES,
    HeaderError,
    baseline_from_metadata,
    header_card,
    read_header,
)
from chatgen_core.types import Example

UNET = "model.diffusion_model."
SD1 = {f"{UNET}input_blocks.0.0.weight": [320, 4, 3, 3],
       f"{UNET}input_blocks.1.1.transformer_blocks.0.attn2.to_k.weight": [320, 768],
       "cond_stage_model.transformer.text_model.embeddings.token_embedding.weight": [49408, 768],
       "first_stage_model.decoder.conv_in.weight": [512, 4, 3, 3]}
SD2 = {f"{UNET}input_blocks.0.0.weight": [320, 4, 3, 3],
       f"{UNET}input_blocks.1.1.transformer_blocks.0.attn2.to_k.weight": [320, 1024],
       "cond_stage_model.model.token_embedding.weight": [49408, 1024]}
SDXL = {f"{UNET}label_emb.0.0.weight": [1280, 2816],
        f"{UNET}input_blocks.4.1.transformer_blocks.0.attn2.to_k.weight": [640, 2048],
        "conditioner.embedders.0.transformer.text_model.embeddings.token_embedding.weight": [49408, 768],
        "conditioner.embedders.1.model.token_embedding.weight": [49408, 1280]}
SD3 = {f"{UNET}joint_blocks.0.context_block.attn.qkv.weight": [4608, 1536],
       f"{UNET}x_embedder.proj.weight": [1536, 16, 2, 2]}
FLUX = {f"{UNET}double_blocks.0.img_attn.norm.key_norm.scale": [128],
        f"{UNET}img_in.weight": [3072, 64]}
CASCADE_C = {f"{UNET}clip_txt_mapper.weight": [8192, 1280]}
CASCADE_B = {f"{UNET}clip_mapper.weight": [5120, 1280]}


def write_checkpoint(path: Path, shapes: dict[str, list[int]],
                     metadata: dict[str, str] | None = None) -> Path:
    """A safetensors file written by hand: real names and shapes, two bytes of data each."""
    header: dict[str, object] = {"__metadata__": metadata} if metadata else {}
    for i, (name, shape) in enumerate(shapes.items()):
        header[name] = {"dtype": "F16", "shape": shape, "data_offsets": [2 * i, 2 * i + 2]}
    raw = json.dumps(header).encode()
    path.write_bytes(struct.pack("<Q", len(raw)) + raw + b"\0" * (2 * len(shapes)))
    return path


def card_of(path: Path):
    return header_card(*read_header(path))


def test_read_header_returns_metadata_and_shapes_of_a_file_written_by_safetensors(tmp_path):
    path = tmp_path / "real.safetensors"
    save_file({"a.weight": np.zeros((3, 4), np.float16), "b": np.zeros(5, np.float32)}, str(path),
              metadata={"modelspec.title": "Real"})
    metadata, shapes = read_header(path)
    assert metadata == {"modelspec.title": "Real"}
    assert shapes == {"a.weight": (3, 4), "b": (5,)}


@pytest.mark.parametrize(("shapes", "baseline"), [
    (SD1, "sd1"), (SD2, "sd2"), (SDXL, "sdxl"), (SD3, "sd3"), (FLUX, "flux"),
    (CASCADE_C, "cascade"), (CASCADE_B, "cascade")])
def test_baseline_is_recognised_from_tensor_names_and_shapes(tmp_path, shapes, baseline):
    card = card_of(write_checkpoint(tmp_path / "m.safetensors", shapes))
    assert card.baseline == baseline
    assert card.source == f"header (baseline {baseline} from tensors)"


def test_baseline_is_recognised_in_bare_unet_files_without_the_checkpoint_prefix(tmp_path):
    shapes = {k.removeprefix(UNET): v for k, v in FLUX.items()}
    assert card_of(write_checkpoint(tmp_path / "unet.safetensors", shapes)).baseline == "flux"


def test_baseline_is_recognised_from_cross_attention_width_under_an_unknown_prefix(tmp_path):
    shapes = {"unet.down.1.attn2.to_k.weight": [640, 1024]}
    assert card_of(write_checkpoint(tmp_path / "odd.safetensors", shapes)).baseline == "sd2"


def test_tensors_overrule_metadata_that_names_another_baseline(tmp_path):
    path = write_checkpoint(tmp_path / "m.safetensors", SDXL,
                            {"modelspec.architecture": "stable-diffusion-v1"})
    assert card_of(path).baseline == "sdxl"


@pytest.mark.parametrize(("metadata", "baseline"), [
    ({"modelspec.architecture": "stable-diffusion-xl-v1-base"}, "sdxl"),
    ({"modelspec.architecture": "stable-diffusion-v2-768-v"}, "sd2"),
    ({"modelspec.architecture": "flux-1-dev"}, "flux"),
    ({"ss_base_model_version": "sd_v1"}, "sd1"),
    ({"ss_v2": "True"}, "sd2"),
    ({"ss_base_model_version": "kandinsky"}, "")])
def test_baseline_from_metadata_reads_modelspec_and_kohya_keys(metadata, baseline):
    assert baseline_from_metadata(metadata) == baseline


def test_metadata_baseline_is_used_when_the_tensors_are_silent(tmp_path):
    path = write_checkpoint(tmp_path / "m.safetensors", {"x": [1]},
                            {"modelspec.architecture": "stable-diffusion-v3-medium"})
    card = card_of(path)
    assert (card.baseline, card.source) == ("sd3", "header (baseline sd3 from metadata)")


def test_unknown_tensors_and_no_metadata_leave_the_baseline_empty(tmp_path):
    card = card_of(write_checkpoint(tmp_path / "m.safetensors", {"encoder.weight": [8, 8]}))
    assert (card.baseline, card.source) == ("", "header (baseline unknown)")


def test_modelspec_fields_fill_the_card(tmp_path):
    path = write_checkpoint(tmp_path / "m.safetensors", SDXL, {
        "modelspec.title": "Juggernaut XL", "modelspec.description": "Photoreal all-rounder",
        "modelspec.trigger_phrase": "jgnt, cinematic", "modelspec.tags": "Photorealistic, portrait",
        "modelspec.resolution": "1024x1024"})
    card = card_of(path)
    assert card.name == "Juggernaut XL"
    assert card.description == "Photoreal all-rounder"
    assert card.triggers == ("jgnt", "cinematic")
    assert card.tags == ("Photorealistic", "portrait")
    assert card.style == "realistic"
    assert card.examples == (Example(width=1024, height=1024),)


def test_kohya_keys_give_name_description_and_most_frequent_caption_tags(tmp_path):
    frequency = json.dumps({"10_set": {"1girl": 40, "solo": 35, "smile": 3}, "5_b": {"smile": 50}})
    path = write_checkpoint(tmp_path / "m.safetensors", SD1, {
        "ss_output_name": "myFinetune", "ss_training_comment": "trained on anime stills",
        "ss_tag_frequency": frequency})
    card = card_of(path)
    assert (card.name, card.description) == ("myFinetune", "trained on anime stills")
    assert card.tags == ("smile", "1girl", "solo")


def test_nine_input_channels_mark_an_inpainting_model(tmp_path):
    shapes = {**SD1, f"{UNET}input_blocks.0.0.weight": [320, 9, 3, 3]}
    assert card_of(write_checkpoint(tmp_path / "inpaint.safetensors", shapes)).inpainting is True
    assert card_of(write_checkpoint(tmp_path / "plain.safetensors", SD1)).inpainting is False


def test_read_header_reads_only_the_header_bytes(tmp_path):
    io = Path("/proc/self/io")
    if not io.exists():
        pytest.skip("needs /proc/self/io")
    path = tmp_path / "big.safetensors"
    save_file({"w": np.zeros((1024, 1024), np.float32)}, str(path))  # 4 MiB of data
    (length,) = struct.unpack("<Q", path.read_bytes()[:8])

    def rchar() -> int:
        return int(next(x for x in io.read_text().splitlines() if x.startswith("rchar")).split()[1])

    before = rchar()
    read_header(path)
    # The /proc read itself is counted too, hence the small allowance.
    assert rchar() - before < 8 + length + 4096


def test_a_file_shorter_than_the_length_prefix_is_reported_truncated(tmp_path):
    path = tmp_path / "short.safetensors"
    path.write_bytes(b"\x10\x00")
    with pytest.raises(HeaderError, match="truncated"):
        read_header(path)


def test_a_file_cut_inside_its_header_is_reported_truncated(tmp_path):
    path = write_checkpoint(tmp_path / "cut.safetensors", SD1)
    path.write_bytes(path.read_bytes()[:100])
    with pytest.raises(HeaderError, match="truncated: the header needs"):
        read_header(path)


def test_a_file_cut_inside_its_tensor_data_is_reported_truncated(tmp_path):
    path = tmp_path / "cut.safetensors"
    save_file({"w": np.zeros((64, 64), np.float32)}, str(path))
    path.write_bytes(path.read_bytes()[:-1000])
    with pytest.raises(HeaderError, match="truncated: its tensors need 16384 bytes"):
        read_header(path)


def test_an_html_page_saved_as_safetensors_is_reported_as_not_safetensors(tmp_path):
    path = tmp_path / "model.safetensors"
    path.write_text("<!DOCTYPE html><html><body>Rate limited</body></html>" * 10)
    with pytest.raises(HeaderError, match="not a safetensors file .it is text"):
        read_header(path)


def test_a_zipped_pickle_with_the_safetensors_extension_is_told_to_be_renamed(tmp_path):
    path = tmp_path / "model.safetensors"
    path.write_bytes(b"PK\x03\x04" + b"\0" * 200)
    with pytest.raises(HeaderError, match=r"use the \.ckpt extension"):
        read_header(path)


def test_a_header_that_is_not_json_is_reported(tmp_path):
    path = tmp_path / "model.safetensors"
    path.write_bytes(struct.pack("<Q", 6) + b"\xff\xfe{{{{" + b"\0" * 10)
    with pytest.raises(HeaderError, match="header is not UTF-8"):
        read_header(path)


def test_a_tensor_entry_without_offsets_is_reported_corrupt(tmp_path):
    raw = json.dumps({"w": {"dtype": "F16", "shape": [2]}}).encode()
    path = tmp_path / "model.safetensors"
    path.write_bytes(struct.pack("<Q", len(raw)) + raw + b"\0\0\0\0")
    with pytest.raises(HeaderError, match="corrupt safetensors header .tensor 'w'"):
        read_header(path)


def test_header_errors_are_chatgen_errors_naming_the_file(tmp_path):
    path = tmp_path / "named.safetensors"
    path.write_bytes(b"")
    with pytest.raises(ChatGenError, match="named.safetensors"):
        read_header(path)


def test_a_header_longer_than_chatgen_reads_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "fat.safetensors"
    with open(path, "wb") as f:  # sparse: only the length is written
        f.write(struct.pack("<Q", MAX_HEADER_BYTES + 1))
        f.truncate(MAX_HEADER_BYTES + 64)
    with pytest.raises(HeaderError, match=f"its header is {MAX_HEADER_BYTES + 1:,} bytes; ChatGen reads"):
        read_header(path)


@pytest.mark.parametrize("resolution", ["9" * 5000 + "x512", "²x512", "512x"])
def test_a_resolution_that_is_no_size_is_ignored(resolution):
    card = header_card({"modelspec.resolution": resolution}, {})
    assert card.examples == ()


@pytest.mark.parametrize("shape", [([320], [768]), (320, [768]), ("320", "768")])
def test_shapes_whose_dimensions_are_not_ints_tell_no_baseline(shape):
    for name in (f"{UNET}input_blocks.1.1.transformer_blocks.0.attn2.to_k.weight",
                 "other.prefix.attn2.to_k.weight", f"{UNET}label_emb.0.0.weight"):
        assert header_card({}, {name: shape}).baseline == ""
