"""ChatGen-Base (InternVL2) as a local planner: conversion to built-in classes, tiling, the image backend."""
import json
import shutil
import time

import pytest
import tiny_internvl
from fakes import BagOfWordsEncoder

from chatgen_core import Cancelled, ChatGenError, ReferenceImage, Request
from chatgen_core.llm.internvl import (
    REMOTE_CODE_MARKER,
    InternVLChatModel,
    image_tokens,
    is_internvl,
    split_messages,
    tiles,
)
from chatgen_core.llm.internvl_convert import DEFAULT_SYSTEM, STAMP, convert
from chatgen_core.llm.local import LocalChatModel, open_chat_model
from chatgen_core.llm.planner import LLMPlanner, _data_url
from chatgen_core.llm.prompts import SYS_MULTIMODAL, SYS_SINGLEMODAL


def picture(width, height, colour=(200, 40, 40)):
    from PIL import Image

    return Image.new("RGB", (width, height), colour)


def image_part(width=896, height=448):
    image = ReferenceImage(width=width, height=height, rgb=bytes([90, 160, 220]) * (width * height))
    return {"type": "image_url", "image_url": {"url": _data_url(image)}}


@pytest.fixture(scope="module")
def sources(tmp_path_factory):
    root = tmp_path_factory.mktemp("internvl")
    return {"internlm2": tiny_internvl.build(root / "ChatGen-Base-2B", "internlm2", shards=2),
            "phi3": tiny_internvl.build(root / "ChatGen-Base-4B", "phi3", shards=1)}


@pytest.fixture(scope="module")
def converted(sources):
    return {name: convert(src, src.with_name(src.name + "-chatgen-hf")) for name, src in sources.items()}


@pytest.fixture(scope="module")
def backend(sources, converted):
    model = open_chat_model(sources["internlm2"])
    model.complete([{"role": "user", "content": "hi"}], max_tokens=1)  # load once for the module
    return model


# -- tiling -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("size", "expected"), [
    ((448, 448), 1),          # one tile, no thumbnail
    ((896, 448), 2 + 1),      # 2x1 grid and the thumbnail
    ((1344, 448), 3 + 1),     # 3x1
    ((100, 1000), 6 + 1),     # tall: 1x6, the narrowest grid within 6 tiles
    ((1000, 600), 6 + 1),     # 5:3 is nearest 3x2
    ((200, 200), 1),          # square: 1x1 and 2x2 tie, and a small image keeps one tile
    ((1000, 1000), 4 + 1),    # a large one, over half of 2x2's pixels, takes four
])
def test_tiles_follow_the_aspect_ratio_with_a_thumbnail(size, expected):
    assert tuple(tiles(picture(*size)).shape) == (expected, 3, 448, 448)


def test_tiles_never_exceed_max_num():
    assert tiles(picture(4000, 500), max_num=2).shape[0] == 2 + 1


def test_tiles_are_cut_row_by_row_and_imagenet_normalised():
    from PIL import Image

    image = Image.new("RGB", (896, 448), (255, 0, 0))
    image.paste((0, 0, 255), (448, 0, 896, 448))
    red, blue, thumbnail = tiles(image)
    assert red[0].mean() == pytest.approx((1 - 0.485) / 0.229, abs=1e-3)
    assert blue[2].mean() == pytest.approx((1 - 0.406) / 0.225, abs=1e-3)
    assert blue[0].mean() == pytest.approx(-0.485 / 0.229, abs=1e-3)
    assert thumbnail[0, :, :200].mean() > 2 and thumbnail[0, :, 250:].mean() < -2


def test_an_image_part_becomes_an_image_placeholder_before_the_text():
    chat, images = split_messages([{"role": "user", "content": [image_part(), {"type": "text", "text": "a fox"}]}])
    assert chat == [{"role": "user", "content": "<image>\na fox"}] and images[0].size == (896, 448)


def test_an_image_is_256_context_tokens_per_tile_between_img_tags():
    assert image_tokens(3) == "<img>" + "<IMG_CONTEXT>" * 768 + "</img>"


# -- conversion ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("language", ["internlm2", "phi3"])
def test_converted_model_gives_the_original_logits_for_text(language, sources, converted):
    import torch
    from transformers import AutoTokenizer, InternVLForConditionalGeneration

    tokenizer = AutoTokenizer.from_pretrained(str(converted[language]), local_files_only=True)
    model = InternVLForConditionalGeneration.from_pretrained(str(converted[language]), local_files_only=True).eval()
    text = tokenizer.apply_chat_template([{"role": "user", "content": SYS_SINGLEMODAL + "a red fox"}],
                                         add_generation_prompt=True, tokenize=False)
    ids = tokenizer(text, return_tensors="pt", add_special_tokens=False)["input_ids"]
    with torch.no_grad():
        logits = model(input_ids=ids).logits
    assert torch.allclose(logits, tiny_internvl.reference_logits(sources[language], ids), atol=1e-4)


@pytest.mark.parametrize("language", ["internlm2", "phi3"])
def test_converted_model_gives_the_original_logits_with_an_image(language, sources, converted):
    import torch

    model = open_chat_model(sources[language])
    text, pixel_values = model.prompt([{"role": "user", "content": [image_part(), {"type": "text", "text": "a fox"}]}])
    ids = model._tokenizer(text, return_tensors="pt", add_special_tokens=False)["input_ids"]
    with torch.no_grad():
        logits = model.loaded_module(input_ids=ids, pixel_values=pixel_values).logits
    reference = tiny_internvl.reference_logits(sources[language], ids, pixel_values)
    assert pixel_values.shape[0] == 3 and torch.allclose(logits, reference, atol=1e-4)


def test_internlm2_wqkv_is_split_per_key_value_group(sources, converted):
    from safetensors import safe_open

    def tensor(folder, key):
        for shard in folder.glob("*.safetensors"):
            with safe_open(str(shard), "pt") as f:
                if key in f.keys():
                    return f.get_tensor(key)

    wqkv = tensor(sources["internlm2"], "language_model.model.layers.1.attention.wqkv.weight")
    layer = "language_model.model.layers.1.self_attn."
    q, k, v = (tensor(converted["internlm2"], layer + f"{n}_proj.weight") for n in "qkv")
    head, group = 16, 2  # 4 query heads share 2 key/value heads: [q, q, k, v] per group
    for g in range(2):
        rows = wqkv[g * 4 * head:(g + 1) * 4 * head]
        assert (q[g * group * head:(g + 1) * group * head] == rows[:group * head]).all()
        assert (k[g * head:(g + 1) * head] == rows[2 * head:3 * head]).all()
        assert (v[g * head:(g + 1) * head] == rows[3 * head:]).all()


@pytest.mark.parametrize("language", ["internlm2", "phi3"])
def test_converted_tokenizer_encodes_like_the_sentencepiece_model(language, sources, converted):
    import sentencepiece
    from transformers import AutoTokenizer

    sp = sentencepiece.SentencePieceProcessor(model_file=str(sources[language] / "tokenizer.model"))
    tokenizer = AutoTokenizer.from_pretrained(str(converted[language]), local_files_only=True)
    for text in [SYS_MULTIMODAL, DEFAULT_SYSTEM, "draw me  a cat,\nplease 🐱 (best quality:1.3)"]:
        assert tokenizer.encode(text, add_special_tokens=False) == sp.encode(text)
    added = json.loads((sources[language] / "added_tokens.json").read_text())
    assert all(tokenizer.convert_tokens_to_ids(token) == i for token, i in added.items())
    assert tokenizer.encode("<img><IMG_CONTEXT></img>", add_special_tokens=False) == [
        added["<img>"], added["<IMG_CONTEXT>"], added["</img>"]]


def test_phi3_chat_tokens_swallow_the_whitespace_after_them(converted):
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(str(converted["phi3"]), local_files_only=True)
    ids = tokenizer.encode("<|user|>\nhi<|end|>", add_special_tokens=False)
    assert ids[0] == tokenizer.convert_tokens_to_ids("<|user|>")
    assert tokenizer.decode(ids[1:-1]) == "hi"  # not "\nhi"


def test_chat_template_is_internvl2s_conversation_format(converted):
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(str(converted["internlm2"]), local_files_only=True)
    chat = [{"role": "user", "content": "one"}, {"role": "assistant", "content": "two"}, {"role": "user", "content": "three"}]
    assert tokenizer.apply_chat_template(chat, add_generation_prompt=True, tokenize=False) == (
        f"<s><|im_start|>system\n{DEFAULT_SYSTEM}<|im_end|><|im_start|>user\none<|im_end|>"
        "<|im_start|>assistant\ntwo<|im_end|><|im_start|>user\nthree<|im_end|><|im_start|>assistant\n")
    phi3 = AutoTokenizer.from_pretrained(str(converted["phi3"]), local_files_only=True)
    assert phi3.apply_chat_template([{"role": "system", "content": "S"}, chat[0]], add_generation_prompt=True,
                                    tokenize=False) == "<s><|system|>\nS<|end|><|user|>\none<|end|><|assistant|>\n"


def test_conversion_copies_no_code_and_the_answer_runs_none(sources, converted, backend, monkeypatch):
    import transformers

    calls = []
    for name in ("AutoTokenizer", "AutoModel", "InternVLForConditionalGeneration", "AutoConfig"):
        cls = getattr(transformers, name)
        original = cls.from_pretrained.__func__

        def spy(klass, *args, _original=original, **kwargs):
            calls.append(kwargs.get("trust_remote_code"))
            return _original(klass, *args, **kwargs)

        monkeypatch.setattr(cls, "from_pretrained", classmethod(spy))
    fresh = open_chat_model(sources["internlm2"])
    fresh.complete([{"role": "user", "content": [image_part(), {"type": "text", "text": "x"}]}], max_tokens=2)
    assert calls and not any(calls)
    assert not list(converted["internlm2"].glob("*.py"))
    assert not (sources["internlm2"] / "remote-code-ran").exists()
    assert json.loads((converted["internlm2"] / "config.json").read_text())["architectures"] == [
        "InternVLForConditionalGeneration"]


def test_a_second_convert_is_a_no_op(sources, converted):
    before = {p.name: p.stat().st_mtime_ns for p in converted["phi3"].iterdir()}
    started = time.monotonic()
    assert convert(sources["phi3"], converted["phi3"]) == converted["phi3"]
    assert time.monotonic() - started < 0.5
    assert {p.name: p.stat().st_mtime_ns for p in converted["phi3"].iterdir()} == before


def test_a_changed_source_is_converted_again(tmp_path):
    src = tiny_internvl.build(tmp_path / "m", "phi3", shards=1)
    dst = convert(src, tmp_path / "m-hf")
    stamp = (dst / STAMP).read_text()
    config = json.loads((src / "config.json").read_text())
    config["llm_config"]["rms_norm_eps"] = 1e-6
    (src / "config.json").write_text(json.dumps(config))
    convert(src, dst)
    assert (dst / STAMP).read_text() != stamp
    assert json.loads((dst / "config.json").read_text())["text_config"]["rms_norm_eps"] == 1e-6


def test_an_unknown_language_model_is_refused_by_name(tmp_path, sources):
    src = tmp_path / "qwen"
    shutil.copytree(sources["phi3"], src)
    config = json.loads((src / "config.json").read_text())
    config["llm_config"]["architectures"] = ["Qwen2ForCausalLM"]
    (src / "config.json").write_text(json.dumps(config))
    with pytest.raises(ChatGenError, match="Qwen2ForCausalLM.*chatgen-trust-remote-code"):
        convert(src, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_an_unknown_weight_is_refused_by_name(tmp_path, sources):
    import torch
    from safetensors.torch import load_file, save_file

    src = tmp_path / "extra"
    shutil.copytree(sources["phi3"], src)
    weights = load_file(str(src / "model.safetensors"))
    weights["language_model.model.layers.0.self_attn.rotary_emb.mystery"] = torch.zeros(2)
    save_file(weights, str(src / "model.safetensors"))
    with pytest.raises(ChatGenError, match="rotary_emb.mystery"):
        convert(src, tmp_path / "out")
    assert not list(tmp_path.glob("out*"))  # nothing half-written is left to be mistaken for a model


def test_a_missing_weight_is_a_clear_error_when_loading(tmp_path, sources):
    from safetensors.torch import load_file, save_file

    src = tmp_path / "ChatGen-Base-4B"
    shutil.copytree(sources["phi3"], src)
    weights = load_file(str(src / "model.safetensors"))
    del weights["language_model.model.layers.1.mlp.down_proj.weight"]
    save_file(weights, str(src / "model.safetensors"))
    with pytest.raises(ChatGenError, match="lacks 1 weights.*layers.1.mlp.down_proj.*Download the model again"):
        open_chat_model(src).complete([{"role": "user", "content": "hi"}], max_tokens=1)


def test_a_missing_shard_is_named(tmp_path, sources):
    src = tmp_path / "shards"
    shutil.copytree(sources["internlm2"], src)
    (src / "model-00002-of-00002.safetensors").unlink()
    with pytest.raises(ChatGenError, match="missing model-00002-of-00002.safetensors"):
        convert(src, tmp_path / "out")


def test_a_damaged_tokenizer_model_is_a_clear_error(tmp_path, sources):
    src = tmp_path / "damaged"
    shutil.copytree(sources["internlm2"], src)
    (src / "tokenizer.model").write_bytes(b"\x0a\xff\xff")
    with pytest.raises(ChatGenError, match="not a readable sentencepiece model"):
        convert(src, tmp_path / "out")


def llama_folder(tmp_path):
    folder = tmp_path / "llama"
    folder.mkdir()
    (folder / "config.json").write_text(json.dumps({"model_type": "llama", "architectures": ["LlamaForCausalLM"]}))
    return folder


def test_a_folder_that_is_not_internvl_is_a_clear_error(tmp_path):
    with pytest.raises(ChatGenError, match="not an InternVL2 folder.*'llama'"):
        convert(llama_folder(tmp_path), tmp_path / "out")
    with pytest.raises(ChatGenError, match="not an InternVL2 folder"):
        convert(tmp_path, tmp_path / "out")


# -- the backend --------------------------------------------------------------------------------------

def test_open_chat_model_opens_an_internvl_folder_as_an_image_reader(sources, tmp_path):
    model = open_chat_model(sources["phi3"], device="cpu")
    assert isinstance(model, InternVLChatModel) and model.takes_images
    assert model.converted_path == sources["phi3"].with_name("ChatGen-Base-4B-chatgen-hf")
    assert is_internvl(model.converted_path) and type(open_chat_model(llama_folder(tmp_path))) is LocalChatModel


def test_an_internvl_backend_survives_copy_and_pickle(sources):
    import copy
    import pickle

    model = open_chat_model(sources["phi3"])
    for twin in (copy.deepcopy(model), pickle.loads(pickle.dumps(model))):
        assert type(twin) is InternVLChatModel and twin.path == model.path and twin.takes_images


def test_an_image_message_streams_an_answer_with_256_tokens_per_tile(backend):
    seen = []
    hook = backend.loaded_module.register_forward_pre_hook(
        lambda module, args, kwargs: seen.append(kwargs["input_ids"]), with_kwargs=True)
    try:
        pieces = []
        messages = [{"role": "user", "content": "earlier"}, {"role": "assistant", "content": "answer"},
                    {"role": "user", "content": [image_part(896, 448), {"type": "text", "text": SYS_MULTIMODAL + "fox"}]}]
        answer = backend.complete(messages, max_tokens=6, stream=True, on_token=pieces.append)
    finally:
        hook.remove()
    context = backend._tokenizer.convert_tokens_to_ids("<IMG_CONTEXT>")
    assert int((seen[0] == context).sum()) == 256 * 3
    assert answer.tokens == 6 and "".join(pieces) == answer.text


def test_cancel_stops_internvl_generation_within_a_token(backend):
    pieces = []
    with pytest.raises(Cancelled):
        backend.complete([{"role": "user", "content": "go"}], max_tokens=50, on_token=pieces.append,
                         cancelled=lambda: len(pieces) >= 2)
    assert len(pieces) <= 3


def test_release_drops_the_weights_and_the_next_answer_reloads(sources, converted):
    model = open_chat_model(sources["phi3"])
    model.complete([{"role": "user", "content": "hi"}], max_tokens=1)
    assert model.loaded_module is not None
    model.release()
    assert model.loaded_module is None
    assert model.complete([{"role": "user", "content": "hi"}], max_tokens=1).tokens == 1


def test_the_planner_sends_reference_images_to_chatgen_base(backend, horde_library):
    image = ReferenceImage(width=448, height=448, rgb=bytes(448 * 448 * 3))
    plan = LLMPlanner(backend, horde_library, encoder=BagOfWordsEncoder(), max_tokens=4).plan(
        Request("a red fox", images=(image,)))
    assert not any("does not read images" in note for note in plan.rationale)
    assert any("answered" in note for note in plan.rationale)


def test_remote_code_runs_only_with_the_opt_in_file(sources, converted, tmp_path, monkeypatch):
    import torch

    src = tmp_path / "optin"
    shutil.copytree(sources["phi3"], src)
    assert not InternVLChatModel(src).remote_code
    (src / REMOTE_CODE_MARKER).touch()
    model = InternVLChatModel(src)

    class Checkpoint:  # stands in for the folder's own InternVLChatModel: records how chat() is called
        dtype, calls, system_message = torch.float32, [], "default"

        def chat(self, tokenizer, pixel_values, question, generation_config, history=None, num_patches_list=None):
            tiles_in = None if pixel_values is None else pixel_values.shape[0]
            self.calls.append((self.system_message, tiles_in, question, history, num_patches_list))
            return "Prompt: a fox"

    def load_remote():
        from transformers import AutoTokenizer

        model._tokenizer = AutoTokenizer.from_pretrained(str(converted["phi3"]))
        model._model = Checkpoint()
        model._system = Checkpoint.system_message

    monkeypatch.setattr(model, "_load_remote", load_remote)
    answer = model.complete([{"role": "user", "content": "a"}, {"role": "assistant", "content": "b"},
                             {"role": "user", "content": [image_part(), {"type": "text", "text": "c"}]}])
    model.complete([{"role": "system", "content": "S"}, {"role": "user", "content": "d"}])
    model.complete([{"role": "user", "content": "e"}])
    assert answer.text == "Prompt: a fox"
    assert Checkpoint.calls == [("default", 3, "<image>\nc", [("a", "b")], [3]), ("S", None, "d", None, None),
                                ("default", None, "e", None, None)]


def test_remote_code_that_fails_to_load_is_a_clear_error(sources, tmp_path):
    src = tmp_path / "optin"
    shutil.copytree(sources["internlm2"], src)
    (src / REMOTE_CODE_MARKER).touch()
    with pytest.raises(ChatGenError, match=f"delete {REMOTE_CODE_MARKER}"):
        open_chat_model(src).complete([{"role": "user", "content": "hi"}], max_tokens=1)
