"""InternVL2 folders in the remote-code layout (ChatGen-Base-2B/4B/8B) → transformers' built-in InternVL.

The released folders load only with `trust_remote_code`, i.e. by running the Python files shipped
beside the weights. `convert` rewrites such a folder once into the layout of transformers' own
`InternVLForConditionalGeneration`: InternLM2 becomes a built-in Llama (its fused, grouped `wqkv` split
into q/k/v), Phi-3 stays Phi-3, the sentencepiece model becomes a `tokenizer.json`, and InternVL's
conversation template becomes a chat template. Tensors stream one shard at a time; no code from the
folder is run or copied.
"""
from __future__ import annotations

import hashlib
import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import ChatGenError

STAMP = "chatgen-converted.json"
"""Written last into a converted folder: the source it came from, so a second `convert` is a no-op."""

IMG_START, IMG_END, IMG_CONTEXT = "<img>", "</img>", "<IMG_CONTEXT>"

DEFAULT_SYSTEM = ("你是由上海人工智能实验室联合商汤科技开发的书生多模态大模型，英文名叫InternVL, "
                  "是一个有用无害的人工智能助手。")
"""InternVL2's system message (its conversation templates' default): part of what the checkpoints saw."""

# InternVL's conversation templates (MPT style): system, then role + message + separator per turn.
TEMPLATES = {
    "internlm2-chat": {"system": "<|im_start|>system\n", "user": "<|im_start|>user\n",
                       "assistant": "<|im_start|>assistant\n", "sep": "<|im_end|>"},
    "phi3-chat": {"system": "<|system|>\n", "user": "<|user|>\n", "assistant": "<|assistant|>\n",
                  "sep": "<|end|>"},
}
LANGUAGE_MODELS = {"InternLM2ForCausalLM": "llama", "Phi3ForCausalLM": "phi3"}

_VISION_KEYS = [
    (r"^vision_model\.embeddings\.class_embedding$", "vision_tower.embeddings.cls_token"),
    (r"^vision_model\.embeddings\.position_embedding$", "vision_tower.embeddings.position_embeddings"),
    (r"^vision_model\.embeddings\.patch_embedding\.(weight|bias)$",
     r"vision_tower.embeddings.patch_embeddings.projection.\1"),
    (r"^vision_model\.encoder\.layers\.(\d+)\.attn\.qkv\.(weight|bias)$", r"vision_tower.encoder.layer.\1.attention.{}_proj.\2"),
    (r"^vision_model\.encoder\.layers\.(\d+)\.attn\.proj\.(weight|bias)$",
     r"vision_tower.encoder.layer.\1.attention.projection_layer.\2"),
    (r"^vision_model\.encoder\.layers\.(\d+)\.attn\.(q_norm|k_norm)\.weight$", r"vision_tower.encoder.layer.\1.attention.\2.weight"),
    (r"^vision_model\.encoder\.layers\.(\d+)\.ls(1|2)$", r"vision_tower.encoder.layer.\1.lambda_\2"),
    (r"^vision_model\.encoder\.layers\.(\d+)\.norm1\.(weight|bias)$", r"vision_tower.encoder.layer.\1.layernorm_before.\2"),
    (r"^vision_model\.encoder\.layers\.(\d+)\.norm2\.(weight|bias)$", r"vision_tower.encoder.layer.\1.layernorm_after.\2"),
    (r"^vision_model\.encoder\.layers\.(\d+)\.mlp\.(fc1|fc2)\.(weight|bias)$", r"vision_tower.encoder.layer.\1.mlp.\2.\3"),
    (r"^mlp1\.0\.(weight|bias)$", r"multi_modal_projector.layer_norm.\1"),
    (r"^mlp1\.1\.(weight|bias)$", r"multi_modal_projector.linear_1.\1"),
    (r"^mlp1\.3\.(weight|bias)$", r"multi_modal_projector.linear_2.\1"),
]
_INTERNLM2_KEYS = [
    (r"^language_model\.model\.tok_embeddings\.weight$", "language_model.model.embed_tokens.weight"),
    (r"^language_model\.model\.norm\.weight$", "language_model.model.norm.weight"),
    (r"^language_model\.output\.weight$", "language_model.lm_head.weight"),
    (r"^language_model\.model\.layers\.(\d+)\.attention\.wqkv\.(weight|bias)$",
     r"language_model.model.layers.\1.self_attn.{}_proj.\2"),
    (r"^language_model\.model\.layers\.(\d+)\.attention\.wo\.(weight|bias)$", r"language_model.model.layers.\1.self_attn.o_proj.\2"),
    (r"^language_model\.model\.layers\.(\d+)\.feed_forward\.w1\.weight$", r"language_model.model.layers.\1.mlp.gate_proj.weight"),
    (r"^language_model\.model\.layers\.(\d+)\.feed_forward\.w3\.weight$", r"language_model.model.layers.\1.mlp.up_proj.weight"),
    (r"^language_model\.model\.layers\.(\d+)\.feed_forward\.w2\.weight$", r"language_model.model.layers.\1.mlp.down_proj.weight"),
    (r"^language_model\.model\.layers\.(\d+)\.attention_norm\.weight$", r"language_model.model.layers.\1.input_layernorm.weight"),
    (r"^language_model\.model\.layers\.(\d+)\.ffn_norm\.weight$", r"language_model.model.layers.\1.post_attention_layernorm.weight"),
]
_PHI3_KEYS = [  # transformers' Phi-3 keeps the fused qkv_proj and gate_up_proj under the same names
    (r"^language_model\.(model\.embed_tokens\.weight|model\.norm\.weight|lm_head\.weight)$", r"language_model.\1"),
    (r"^language_model\.model\.layers\.(\d+)\.(self_attn\.(qkv|o)_proj|mlp\.(gate_up|down)_proj|input_layernorm|"
     r"post_attention_layernorm)\.weight$", r"language_model.model.layers.\1.\2.weight"),
]


def is_remote_code_layout(folder: str | Path) -> bool:
    """True for a folder whose config.json describes InternVL's remote-code model (`internvl_chat`)."""
    config = _read_json(Path(folder) / "config.json")
    return bool(config) and (config.get("model_type") == "internvl_chat"
                             or "InternVLChatModel" in (config.get("architectures") or []))


def convert(src_folder: str | Path, dst_folder: str | Path) -> Path:
    """Writes the built-in-classes version of an InternVL2 remote-code folder into `dst_folder`, once.

    A stamp in `dst_folder` records the source's files (names, sizes, times); when it matches, nothing
    is done. The new folder is assembled beside `dst_folder` and moved into place when complete.
    """
    src, dst = Path(src_folder).expanduser(), Path(dst_folder).expanduser()
    config = _read_json(src / "config.json")
    if not config or not is_remote_code_layout(src):
        raise ChatGenError(f"{src} is not an InternVL2 folder in the remote-code layout (its config.json "
                           f"has model_type {config.get('model_type') if config else None!r}, not 'internvl_chat'): "
                           "give the folder of a ChatGen-Base / InternVL2 download.")
    signature = _signature(src)
    if (_read_json(dst / STAMP) or {}).get("source") == signature:
        return dst
    plan = _plan(src, config)
    _check_space(src, dst)
    work = dst.with_name(dst.name + ".partial")
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    try:
        tokenizer = _write_tokenizer(src, work, plan)
        _write_config(work, plan, tokenizer)
        _write_weights(src, work, plan)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)  # a half-written copy must never look usable
        raise
    (work / STAMP).write_text(json.dumps({"source": signature, "from": str(src)}, indent=1), encoding="utf-8")
    shutil.rmtree(dst, ignore_errors=True)
    work.rename(dst)
    return dst


def chat_template(style: str, system: str = DEFAULT_SYSTEM) -> str:
    """InternVL's conversation template as Jinja: a leading system message replaces the default one."""
    t = TEMPLATES[style]
    return ("{{ bos_token }}" + t["system"]
            + "{% if messages and messages[0]['role'] == 'system' %}{{ messages[0]['content'] }}{% else %}"
            + "{% raw %}" + system + "{% endraw %}{% endif %}" + t["sep"]
            + "{% for m in messages %}{% if m['role'] == 'user' %}" + t["user"] + "{{ m['content'] }}" + t["sep"]
            + "{% elif m['role'] == 'assistant' %}" + t["assistant"] + "{{ m['content'] }}" + t["sep"]
            + "{% endif %}{% endfor %}{% if add_generation_prompt %}" + t["assistant"] + "{% endif %}")


# -- the plan: what the source is, checked before anything is written --------------------------------

def _plan(src: Path, config: dict[str, Any]) -> dict[str, Any]:
    llm, vision = config.get("llm_config") or {}, config.get("vision_config") or {}
    architecture = (llm.get("architectures") or [None])[0]
    problems = []
    if architecture not in LANGUAGE_MODELS:
        problems.append(f"language model {architecture!r} (known: {', '.join(LANGUAGE_MODELS)})")
    if config.get("template") not in TEMPLATES:
        problems.append(f"template {config.get('template')!r} (known: {', '.join(TEMPLATES)})")
    if config.get("ps_version", "v1") != "v2":
        problems.append(f"pixel shuffle {config.get('ps_version', 'v1')!r} (known: 'v2')")
    if config.get("select_layer", -1) != -1:
        problems.append(f"vision feature layer {config.get('select_layer')} (known: -1)")
    if vision.get("norm_type", "rms_norm") not in ("layer_norm", "rms_norm"):
        problems.append(f"vision norm {vision.get('norm_type')!r}")
    if not (src / "tokenizer.model").is_file():
        problems.append("no tokenizer.model")
    shards = _shards(src)
    if not shards:
        problems.append("no .safetensors weights")
    problems += [f"missing {shard.name}" for shard in shards if not shard.is_file()]
    if problems:
        raise ChatGenError(f"Cannot convert {src.name}: unsupported InternVL layout ({'; '.join(problems)}). "
                           "ChatGen-Base-2B/4B/8B (InternVL2 with InternLM2 or Phi-3) convert; for another model "
                           "put an empty file named chatgen-trust-remote-code in its folder to run its own code.")
    return {"config": config, "llm": llm, "vision": vision, "kind": LANGUAGE_MODELS[architecture],
            "style": config["template"], "system": config.get("system_message") or DEFAULT_SYSTEM}


def _shards(src: Path) -> list[Path]:
    index = _read_json(src / "model.safetensors.index.json")
    if index:
        return [src / name for name in sorted(set(index["weight_map"].values()))]
    return sorted(src.glob("*.safetensors"))


_SOURCE_FILES = ("config.json", "model.safetensors.index.json", "tokenizer.model", "tokenizer_config.json",
                 "added_tokens.json")


def _signature(src: Path) -> str:
    # What the conversion reads, no more: adding the opt-in marker or a README must not trigger a rewrite.
    files = sorted(p for p in {*_shards(src), *(src / name for name in _SOURCE_FILES)} if p.is_file())
    listing = [(p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in files]
    return hashlib.sha256(json.dumps(listing).encode()).hexdigest()


def _check_space(src: Path, dst: Path) -> None:
    need = sum(p.stat().st_size for p in _shards(src))
    parent = dst.parent
    parent.mkdir(parents=True, exist_ok=True)
    free = shutil.disk_usage(parent).free
    if free < need * 1.05:
        raise ChatGenError(f"Converting {src.name} needs about {need / 1e9:.1f} GB in {parent}, which has "
                           f"{free / 1e9:.1f} GB free: make room or choose another cache folder.")


# -- tokenizer ------------------------------------------------------------------------------------------

def _write_tokenizer(src: Path, dst: Path, plan: dict[str, Any]):
    """A tokenizer.json equal to the sentencepiece model, with the added tokens at their original ids."""
    try:
        import sentencepiece  # the reference the converted tokenizer is checked against (ComfyUI ships it)
    except ImportError:
        raise ChatGenError("Converting ChatGen-Base needs the sentencepiece package: pip install sentencepiece") from None
    from tokenizers import AddedToken
    from transformers import LlamaTokenizer

    model = _read_sentencepiece(src / "tokenizer.model")
    if model["kind"] != _BPE or not any(kind == _BYTE for _, kind in model["pieces"]):
        raise ChatGenError(f"The tokenizer.model of {src.name} is not a byte-fallback BPE model, the kind InternVL2 "
                           "uses: opt in to the folder's own code with an empty file named chatgen-trust-remote-code.")
    pieces = [piece for piece, _ in model["pieces"]]
    vocab = {piece: i for i, piece in enumerate(pieces)}
    settings = _read_json(src / "tokenizer_config.json") or {}

    def token(name: str, default: int) -> str:
        value = settings.get(name) or pieces[default]
        return value.get("content", pieces[default]) if isinstance(value, dict) else value

    tokenizer = LlamaTokenizer(vocab=vocab, merges=_merges(model["pieces"], vocab), legacy=False,
                               add_prefix_space=model["dummy_prefix"], bos_token=token("bos_token", 1),
                               eos_token=token("eos_token", 2), unk_token=token("unk_token", 0),
                               pad_token=token("pad_token", 2))
    # sentencepiece never splits its control and user-defined pieces; the added tokens follow its vocabulary.
    added = {i: {"content": piece, "special": kind != _USER_DEFINED} for i, (piece, kind) in enumerate(model["pieces"])
             if kind in (_UNKNOWN, _CONTROL, _USER_DEFINED)}
    for content, i in (_read_json(src / "added_tokens.json") or {}).items():
        added.setdefault(int(i), {"content": content, "special": True})
    for i, entry in (settings.get("added_tokens_decoder") or {}).items():
        added[int(i)] = entry  # with its lstrip/rstrip: Phi-3's chat tokens swallow the whitespace after them
    for i in sorted(added):
        entry = added[i]
        content, special = entry["content"], entry.get("special", True)
        tokenizer.add_tokens([AddedToken(content, special=special, normalized=False, lstrip=entry.get("lstrip", False),
                                         rstrip=entry.get("rstrip", False))], special_tokens=special)
        if tokenizer.convert_tokens_to_ids(content) != i:
            raise ChatGenError(f"The tokenizer of {src.name} lists {content!r} at id {i}, which its tokenizer.model "
                               "does not fit: the download looks incomplete. Download the tokenizer files again.")
    for content in (IMG_START, IMG_END, IMG_CONTEXT, TEMPLATES[plan["style"]]["sep"]):
        if content not in tokenizer.get_vocab():
            raise ChatGenError(f"The tokenizer of {src.name} has no {content!r} token, which InternVL2 needs: "
                               "this is not an InternVL2 chat checkpoint.")
    # Prompts start with the BOS token, so text never opens a prompt: no probe starts with a space.
    reference = sentencepiece.SentencePieceProcessor(model_file=str(src / "tokenizer.model"))
    probes = [DEFAULT_SYSTEM, "A cozy cabin  in the snow,\nwarm light.\t(masterpiece:1.2) 8k, 夜晚的小屋 🌙"]
    if any(tokenizer.encode(text, add_special_tokens=False) != reference.encode(text) for text in probes):
        raise ChatGenError(f"The tokenizer of {src.name} did not convert exactly: opt in to the folder's own code "
                           "with an empty file named chatgen-trust-remote-code.")
    tokenizer.chat_template = chat_template(plan["style"], plan["system"])
    tokenizer.model_max_length = int(plan["llm"].get("max_position_embeddings", 4096))
    tokenizer.save_pretrained(str(dst))
    return tokenizer


def _merges(pieces: list[tuple[str, int]], vocab: dict[str, int]) -> list[tuple[str, str]]:
    # A sentencepiece BPE model merges the pair whose union scores highest, and scores fall with the id:
    # ranking each piece's possible merges by the piece's id reproduces its choices.
    merges = []
    for i, (piece, kind) in enumerate(pieces):
        if kind != _NORMAL:
            continue
        for cut in range(1, len(piece)):
            left, right = piece[:cut], piece[cut:]
            if left in vocab and right in vocab:
                merges.append((i, vocab[left], vocab[right], left, right))
    return [(left, right) for *_, left, right in sorted(merges)]


# sentencepiece_model.proto: piece types, and the model kind in its trainer spec
_NORMAL, _UNKNOWN, _CONTROL, _USER_DEFINED, _BYTE = 1, 2, 3, 4, 6
_BPE = 2


def _read_sentencepiece(path: Path) -> dict[str, Any]:
    """The pieces (text, type), the model kind and the dummy-prefix flag of a tokenizer.model file.

    Read straight from its protobuf encoding, which needs no protobuf package: pieces are field 1
    (piece 1, type 3), the trainer spec field 2 (model_type 3), the normaliser spec field 3
    (add_dummy_prefix 3).
    """
    try:
        fields = _protobuf_fields(path.read_bytes())
        pieces = []
        for raw in fields.get(1, []):
            piece = _protobuf_fields(raw)
            pieces.append((piece[1][0].decode("utf-8"), piece.get(3, [_NORMAL])[-1]))
        trainer = _protobuf_fields(fields[2][0]) if 2 in fields else {}
        normalizer = _protobuf_fields(fields[3][0]) if 3 in fields else {}
    except (OSError, ValueError, KeyError, IndexError, UnicodeDecodeError) as error:
        raise ChatGenError(f"{path} is not a readable sentencepiece model ({error}): download it again.") from None
    return {"pieces": pieces, "kind": trainer.get(3, [1])[-1], "dummy_prefix": bool(normalizer.get(3, [1])[-1])}


def _protobuf_fields(data: bytes) -> dict[int, list]:
    fields: dict[int, list] = {}
    at = 0

    def varint() -> int:
        nonlocal at
        value = shift = 0
        while True:
            byte = data[at]
            at += 1
            value |= (byte & 0x7F) << shift
            shift += 7
            if byte < 0x80:
                return value

    while at < len(data):
        key = varint()
        number, wire = key >> 3, key & 7
        if wire == 0:
            value: Any = varint()
        elif wire == 2:
            length = varint()
            value, at = data[at:at + length], at + length
        elif wire in (1, 5):
            width = 8 if wire == 1 else 4
            value, at = data[at:at + width], at + width
        else:
            raise ValueError(f"unexpected wire type {wire}")
        fields.setdefault(number, []).append(value)
    if at != len(data):
        raise ValueError("truncated")
    return fields


# -- config ---------------------------------------------------------------------------------------------

def _write_config(dst: Path, plan: dict[str, Any], tokenizer) -> None:
    from transformers import GenerationConfig, InternVLConfig, InternVLVisionConfig, LlamaConfig, Phi3Config

    config, llm, vision = plan["config"], plan["llm"], plan["vision"]
    image_size = config.get("force_image_size") or vision.get("image_size", 448)
    vision_config = InternVLVisionConfig(
        hidden_size=vision["hidden_size"], num_hidden_layers=vision["num_hidden_layers"],
        num_attention_heads=vision["num_attention_heads"], intermediate_size=vision["intermediate_size"],
        attention_bias=vision.get("qkv_bias", False), use_qk_norm=vision.get("qk_normalization", False),
        norm_type=vision.get("norm_type", "rms_norm"), layer_norm_eps=vision.get("layer_norm_eps", 1e-6),
        hidden_act=vision.get("hidden_act", "gelu"), image_size=image_size, patch_size=vision.get("patch_size", 14),
        num_channels=vision.get("num_channels", 3), use_mean_pooling=True, use_absolute_position_embeddings=True)
    common = {key: llm[key] for key in ("vocab_size", "hidden_size", "intermediate_size", "num_hidden_layers",
                                        "num_attention_heads", "max_position_embeddings", "rms_norm_eps",
                                        "hidden_act", "bos_token_id", "eos_token_id", "pad_token_id") if key in llm}
    common["num_key_value_heads"] = llm.get("num_key_value_heads") or llm["num_attention_heads"]
    rope = {"rope_theta": float(llm.get("rope_theta", 10000.0))}
    scaling = llm.get("rope_scaling") or {}
    scaling_type = scaling.get("rope_type") or scaling.get("type")
    if plan["kind"] == "llama":
        if scaling_type in ("linear", "dynamic"):
            rope.update(rope_type=scaling_type, factor=float(scaling["factor"]))
        elif scaling_type is None:
            rope["rope_type"] = "default"
        else:
            raise ChatGenError(f"InternLM2 rope scaling {scaling_type!r} is not one InternLM2 defines (linear, dynamic).")
        text_config = LlamaConfig(**common, rope_parameters=rope, attention_bias=bool(llm.get("bias", False)),
                                  mlp_bias=False, tie_word_embeddings=False)
    else:
        original = llm.get("original_max_position_embeddings", llm.get("max_position_embeddings", 4096))
        if scaling_type in ("su", "longrope"):
            # Phi-3's cos/sin gain comes from how far the context was stretched: max over original length.
            rope.update(rope_type="longrope", short_factor=scaling["short_factor"], long_factor=scaling["long_factor"],
                        factor=llm.get("max_position_embeddings", original) / original)
        else:
            rope["rope_type"] = "default"
        text_config = Phi3Config(**common, rope_parameters=rope, tie_word_embeddings=False,
                                 original_max_position_embeddings=original, sliding_window=llm.get("sliding_window"))
    patch = vision.get("patch_size", 14)
    internvl = InternVLConfig(vision_config=vision_config, text_config=text_config,
                              image_token_id=tokenizer.convert_tokens_to_ids(IMG_CONTEXT),
                              image_seq_length=int((image_size // patch) ** 2 * config.get("downsample_ratio", 0.5) ** 2),
                              downsample_ratio=config.get("downsample_ratio", 0.5), vision_feature_layer=-1,
                              vision_feature_select_strategy="default", tie_word_embeddings=False)
    internvl.architectures = ["InternVLForConditionalGeneration"]
    internvl.dtype = llm.get("torch_dtype") or config.get("torch_dtype") or "bfloat16"
    internvl.save_pretrained(str(dst))
    stop = tokenizer.convert_tokens_to_ids(TEMPLATES[plan["style"]]["sep"])
    GenerationConfig(eos_token_id=stop, pad_token_id=tokenizer.pad_token_id,
                     bos_token_id=tokenizer.bos_token_id).save_pretrained(str(dst))


# -- weights --------------------------------------------------------------------------------------------

def _write_weights(src: Path, dst: Path, plan: dict[str, Any]) -> None:
    from safetensors import safe_open
    from safetensors.torch import save_file

    shards, weight_map = _shards(src), {}
    for number, shard in enumerate(shards, 1):
        out_name = "model.safetensors" if len(shards) == 1 else f"model-{number:05d}-of-{len(shards):05d}.safetensors"
        tensors = {}
        with safe_open(str(shard), framework="pt") as f:
            for key in f.keys():
                for new_key, tensor in _renamed(key, f.get_tensor(key), plan):
                    tensors[new_key] = tensor.contiguous()
        save_file(tensors, str(dst / out_name), metadata={"format": "pt"})
        weight_map.update(dict.fromkeys(tensors, out_name))
        del tensors  # one shard in memory at a time
    if len(shards) > 1:
        index = {"metadata": {}, "weight_map": dict(sorted(weight_map.items()))}
        (dst / "model.safetensors.index.json").write_text(json.dumps(index, indent=1), encoding="utf-8")


def _renamed(key: str, tensor, plan: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    table = _VISION_KEYS + (_INTERNLM2_KEYS if plan["kind"] == "llama" else _PHI3_KEYS)
    for pattern, replacement in table:
        match = re.match(pattern, key)
        if not match:
            continue
        new_key = match.expand(replacement)
        if ".attn.qkv." in key:
            yield from zip((new_key.format(p) for p in "qkv"), tensor.chunk(3, dim=0), strict=True)
        elif ".attention.wqkv." in key:
            yield from zip((new_key.format(p) for p in "qkv"), _split_wqkv(tensor, plan["llm"]), strict=True)
        else:
            yield new_key, tensor
        return
    raise ChatGenError(f"Cannot convert: the weight {key!r} is not part of the InternVL2 layout this converter "
                       "knows. Put an empty file named chatgen-trust-remote-code in the folder to run its own code.")


def _split_wqkv(tensor, llm: dict[str, Any]):
    """InternLM2's fused projection, per key/value head: its query heads, then one key, then one value."""
    heads, kv_heads = llm["num_attention_heads"], llm.get("num_key_value_heads") or llm["num_attention_heads"]
    head_dim, groups = llm["hidden_size"] // heads, heads // kv_heads
    grouped = tensor.reshape(kv_heads, groups + 2, head_dim, *tensor.shape[1:])
    rest = tensor.shape[1:]
    return (grouped[:, :groups].reshape(heads * head_dim, *rest), grouped[:, -2].reshape(kv_heads * head_dim, *rest),
            grouped[:, -1].reshape(kv_heads * head_dim, *rest))


def _read_json(path: Path) -> dict[str, Any] | None:
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return value if isinstance(value, dict) else None
