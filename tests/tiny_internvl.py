"""Tiny random InternVL2 checkpoints in the remote-code layout ChatGen-Base ships in, and a reference
forward pass written from InternVL2's own modelling code, reading the original weights.

Two language models, as in ChatGen-Base-2B/8B (InternLM2) and 4B (Phi-3), both under a 2-layer
InternViT with the real 448-px, 14-px-patch geometry so that tiling and the 256 tokens per tile are
real. Each tokenizer is a sentencepiece BPE model trained on the spot. The folders carry a
`modeling_internvl_chat.py` that records being run: converting and loading must never run it.
"""
import io
import json
import math
from pathlib import Path

from chatgen_core.llm.internvl_convert import DEFAULT_SYSTEM
from chatgen_core.llm.prompts import SYS_MULTIMODAL, SYS_SINGLEMODAL

REMOTE_CODE = "import pathlib\npathlib.Path(__file__).with_name('remote-code-ran').touch()\n"
VISION = {"architectures": ["InternVisionModel"], "model_type": "intern_vit_6b", "hidden_size": 32,
          "num_hidden_layers": 2, "num_attention_heads": 2, "intermediate_size": 64, "image_size": 448,
          "patch_size": 14, "num_channels": 3, "norm_type": "layer_norm", "qkv_bias": True,
          "qk_normalization": False, "layer_norm_eps": 1e-6, "hidden_act": "gelu", "initializer_factor": 1.0,
          "use_flash_attn": True, "drop_path_rate": 0.0}
RSTRIP = {"<|assistant|>", "<|end|>", "<|system|>", "<|user|>"}
INTERNVL_TOKENS = ["<img>", "</img>", "<IMG_CONTEXT>", "<quad>", "</quad>", "<ref>", "</ref>", "<box>", "</box>"]
TEXT = [SYS_SINGLEMODAL, SYS_MULTIMODAL, DEFAULT_SYSTEM, "a red fox in the snow, dusk, highly detailed",
        "Prompt: Negative prompt: Model: Arguments: {'sampler': 'DPM++ 2M Karras', 'steps': 28}"]


def _sentencepiece(dummy_prefix: bool, user_symbols: list[str]) -> bytes:
    import sentencepiece

    model = io.BytesIO()
    sentencepiece.SentencePieceTrainer.train(
        sentence_iterator=iter(TEXT * 3), model_writer=model, model_type="bpe", vocab_size=600,
        byte_fallback=True, character_coverage=0.98, normalization_rule_name="identity",
        remove_extra_whitespaces=False, add_dummy_prefix=dummy_prefix, user_defined_symbols=user_symbols,
        unk_id=0, bos_id=1, eos_id=2, pad_id=-1, minloglevel=2)
    return model.getvalue()


def build(folder: Path, language: str = "internlm2", shards: int = 2) -> Path:
    """Write a random InternVL2 folder with an InternLM2 ("internlm2") or Phi-3 ("phi3") language model."""
    import sentencepiece
    import torch
    from safetensors.torch import save_file

    torch.manual_seed(0 if language == "internlm2" else 1)
    folder.mkdir(parents=True, exist_ok=True)
    if language == "internlm2":
        # InternLM2 keeps its chat tokens inside the sentencepiece model and adds no dummy prefix.
        sp_model = _sentencepiece(False, ["<|im_start|>", "<|im_end|>"])
        chat_tokens = []
    else:
        sp_model = _sentencepiece(True, [])
        chat_tokens = ["<|endoftext|>", "<|assistant|>", "<|end|>", "<|system|>", "<|user|>"]
    (folder / "tokenizer.model").write_bytes(sp_model)
    sp = sentencepiece.SentencePieceProcessor(model_proto=sp_model)
    size = sp.get_piece_size()
    added = {token: size + i for i, token in enumerate(chat_tokens + INTERNVL_TOKENS)}
    vocab = size + len(added)
    (folder / "added_tokens.json").write_text(json.dumps(added))
    # Like InternLM2's, the tokenizer config also lists the chat tokens that live inside the sentencepiece model.
    listed = {**{t: sp.piece_to_id(t) for t in ("<|im_start|>", "<|im_end|>") if language == "internlm2"}, **added}
    (folder / "tokenizer_config.json").write_text(json.dumps({
        "tokenizer_class": "InternLM2Tokenizer" if language == "internlm2" else "LlamaTokenizer",
        "auto_map": {"AutoTokenizer": ["tokenization_internlm2.InternLM2Tokenizer", None]},
        "bos_token": "<s>", "eos_token": "</s>", "unk_token": "<unk>",
        "pad_token": "</s>" if language == "internlm2" else "<|endoftext|>",
        # Phi-3's chat tokens strip the whitespace after them (rstrip), as its tokenizer_config says.
        "added_tokens_decoder": {str(i): {"content": t, "special": True, "rstrip": t in RSTRIP} for t, i in listed.items()}}))
    (folder / "modeling_internvl_chat.py").write_text(REMOTE_CODE)
    hidden, heads, kv_heads, layers, inter = 64, 4, 2, 2, 128
    if language == "internlm2":
        llm = {"architectures": ["InternLM2ForCausalLM"], "model_type": "internlm2", "bias": False,
               "rope_scaling": {"type": "dynamic", "factor": 2.0}, "rope_theta": 1000000, "rms_norm_eps": 1e-5,
               "max_position_embeddings": 4096, "pad_token_id": 2, "attn_implementation": "flash_attention_2"}
    else:
        head_dim = hidden // heads
        llm = {"architectures": ["Phi3ForCausalLM"], "model_type": "phi3", "rope_theta": 10000.0,
               "rope_scaling": {"type": "su", "short_factor": [1.0 + i / 8 for i in range(head_dim // 2)],
                                "long_factor": [2.0 + i for i in range(head_dim // 2)]},
               "max_position_embeddings": 8192, "original_max_position_embeddings": 2048,
               "rms_norm_eps": 1e-5, "sliding_window": 8192, "pad_token_id": added["<|endoftext|>"]}
    llm.update(hidden_size=hidden, num_attention_heads=heads, num_key_value_heads=kv_heads, num_hidden_layers=layers,
               intermediate_size=inter, vocab_size=vocab, hidden_act="silu", bos_token_id=1,
               eos_token_id=2 if language == "internlm2" else added["<|endoftext|>"], torch_dtype="float32",
               tie_word_embeddings=False, auto_map={"AutoModel": "modeling_internlm2.InternLM2ForCausalLM"})
    config = {"architectures": ["InternVLChatModel"], "model_type": "internvl_chat",
              "auto_map": {"AutoConfig": "configuration_internvl_chat.InternVLChatConfig",
                           "AutoModel": "modeling_internvl_chat.InternVLChatModel"},
              "template": "internlm2-chat" if language == "internlm2" else "phi3-chat",
              "downsample_ratio": 0.5, "ps_version": "v2", "select_layer": -1, "force_image_size": 448,
              "dynamic_image_size": True, "use_thumbnail": True, "min_dynamic_patch": 1, "max_dynamic_patch": 6,
              "torch_dtype": "float32", "llm_config": llm, "vision_config": VISION}
    (folder / "config.json").write_text(json.dumps(config, indent=1))
    weights = _weights(language, hidden, heads, kv_heads, layers, inter, vocab)
    keys = sorted(weights)
    if shards == 1:
        save_file(weights, str(folder / "model.safetensors"))
    else:
        names = {}
        for n in range(shards):
            name = f"model-{n + 1:05d}-of-{shards:05d}.safetensors"
            part = {k: weights[k] for k in keys[n::shards]}
            save_file(part, str(folder / name))
            names.update(dict.fromkeys(part, name))
        (folder / "model.safetensors.index.json").write_text(json.dumps({"metadata": {}, "weight_map": names}))
    return folder


def _weights(language, hidden, heads, kv_heads, layers, inter, vocab) -> dict:
    import torch

    def rand(*shape, scale=0.2):
        return torch.randn(*shape) * scale

    def norm(n):
        return 1.0 + rand(n, scale=0.1)

    v = VISION["hidden_size"]
    w = {"vision_model.embeddings.class_embedding": rand(1, 1, v),
         "vision_model.embeddings.position_embedding": rand(1, 32 * 32 + 1, v),
         "vision_model.embeddings.patch_embedding.weight": rand(v, 3, 14, 14, scale=0.05),
         "vision_model.embeddings.patch_embedding.bias": rand(v),
         "mlp1.0.weight": norm(4 * v), "mlp1.0.bias": rand(4 * v), "mlp1.1.weight": rand(hidden, 4 * v),
         "mlp1.1.bias": rand(hidden), "mlp1.3.weight": rand(hidden, hidden), "mlp1.3.bias": rand(hidden)}
    for i in range(VISION["num_hidden_layers"]):
        p = f"vision_model.encoder.layers.{i}."
        w.update({p + "attn.qkv.weight": rand(3 * v, v), p + "attn.qkv.bias": rand(3 * v),
                  p + "attn.proj.weight": rand(v, v), p + "attn.proj.bias": rand(v), p + "ls1": rand(v),
                  p + "ls2": rand(v), p + "norm1.weight": norm(v), p + "norm1.bias": rand(v),
                  p + "norm2.weight": norm(v), p + "norm2.bias": rand(v),
                  p + "mlp.fc1.weight": rand(64, v), p + "mlp.fc1.bias": rand(64),
                  p + "mlp.fc2.weight": rand(v, 64), p + "mlp.fc2.bias": rand(v)})
    head_dim, lm = hidden // heads, "language_model."
    qkv_rows = (heads + 2 * kv_heads) * head_dim
    if language == "internlm2":
        w.update({lm + "model.tok_embeddings.weight": rand(vocab, hidden, scale=1.0),
                  lm + "model.norm.weight": norm(hidden), lm + "output.weight": rand(vocab, hidden)})
        for i in range(layers):
            p = f"{lm}model.layers.{i}."
            w.update({p + "attention.wqkv.weight": rand(qkv_rows, hidden), p + "attention.wo.weight": rand(hidden, hidden),
                      p + "feed_forward.w1.weight": rand(inter, hidden), p + "feed_forward.w3.weight": rand(inter, hidden),
                      p + "feed_forward.w2.weight": rand(hidden, inter), p + "attention_norm.weight": norm(hidden),
                      p + "ffn_norm.weight": norm(hidden)})
    else:
        w.update({lm + "model.embed_tokens.weight": rand(vocab, hidden, scale=1.0),
                  lm + "model.norm.weight": norm(hidden), lm + "lm_head.weight": rand(vocab, hidden)})
        for i in range(layers):
            p = f"{lm}model.layers.{i}."
            w.update({p + "self_attn.qkv_proj.weight": rand(qkv_rows, hidden), p + "self_attn.o_proj.weight": rand(hidden, hidden),
                      p + "mlp.gate_up_proj.weight": rand(2 * inter, hidden), p + "mlp.down_proj.weight": rand(hidden, inter),
                      p + "input_layernorm.weight": norm(hidden), p + "post_attention_layernorm.weight": norm(hidden)})
    return w


# -- the reference: InternVL2's forward pass as its remote code computes it, on the original weights ----

def reference_logits(folder: Path, input_ids, pixel_values=None):
    """Logits for `input_ids` (1, L), the image tiles' features in place of its `<IMG_CONTEXT>` tokens."""
    import torch
    from safetensors.torch import load_file

    config = json.loads((folder / "config.json").read_text())
    w = {}
    for shard in sorted(folder.glob("*.safetensors")):
        w.update(load_file(str(shard)))
    llm, lm = config["llm_config"], "language_model."
    internlm2 = llm["architectures"][0] == "InternLM2ForCausalLM"
    embed = w[lm + ("model.tok_embeddings.weight" if internlm2 else "model.embed_tokens.weight")]
    x = embed[input_ids[0]].clone()
    if pixel_values is not None:
        context = json.loads((folder / "added_tokens.json").read_text())["<IMG_CONTEXT>"]
        features = _vision(w, pixel_values).reshape(-1, x.shape[-1])
        x[input_ids[0] == context] = features
    heads, kv_heads = llm["num_attention_heads"], llm["num_key_value_heads"]
    head_dim = llm["hidden_size"] // heads
    cos, sin = _rope(llm, head_dim, x.shape[0])
    for i in range(llm["num_hidden_layers"]):
        p = f"{lm}model.layers.{i}."
        if internlm2:
            h = _rms(x, w[p + "attention_norm.weight"], llm["rms_norm_eps"])
            qkv = (h @ w[p + "attention.wqkv.weight"].T).reshape(len(x), kv_heads, heads // kv_heads + 2, head_dim)
            q = qkv[:, :, :-2].reshape(len(x), heads, head_dim)
            k, v = qkv[:, :, -2], qkv[:, :, -1]
            x = x + _attention(q, k, v, cos, sin) @ w[p + "attention.wo.weight"].T
            h = _rms(x, w[p + "ffn_norm.weight"], llm["rms_norm_eps"])
            gate, up, down = (w[p + f"feed_forward.{n}.weight"] for n in ("w1", "w3", "w2"))
        else:
            h = _rms(x, w[p + "input_layernorm.weight"], llm["rms_norm_eps"])
            qkv = h @ w[p + "self_attn.qkv_proj.weight"].T
            q, k, v = qkv.split([heads * head_dim, kv_heads * head_dim, kv_heads * head_dim], dim=-1)
            q, k, v = (t.reshape(len(x), -1, head_dim) for t in (q, k, v))
            x = x + _attention(q, k, v, cos, sin) @ w[p + "self_attn.o_proj.weight"].T
            h = _rms(x, w[p + "post_attention_layernorm.weight"], llm["rms_norm_eps"])
            gate, up = w[p + "mlp.gate_up_proj.weight"].chunk(2, dim=0)
            down = w[p + "mlp.down_proj.weight"]
        x = x + (torch.nn.functional.silu(h @ gate.T) * (h @ up.T)) @ down.T
    x = _rms(x, w[lm + "model.norm.weight"], llm["rms_norm_eps"])
    return (x @ w[lm + ("output.weight" if internlm2 else "lm_head.weight")].T)[None]


def _rms(x, weight, eps):
    import torch

    return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + eps) * weight


def _rope(llm, head_dim, length):
    import torch

    base = llm["rope_theta"]
    exponents = torch.arange(0, head_dim, 2).float() / head_dim
    scaling, factor = llm.get("rope_scaling") or {}, 1.0
    if scaling.get("type") == "su":  # Phi-3 long-context: per-frequency factors and a cos/sin gain
        inv_freq = 1.0 / (torch.tensor(scaling["short_factor"]) * base ** exponents)
        scale = llm["max_position_embeddings"] / llm["original_max_position_embeddings"]
        factor = math.sqrt(1 + math.log(scale) / math.log(llm["original_max_position_embeddings"]))
    else:  # InternLM2's dynamic NTK changes nothing below max_position_embeddings
        inv_freq = 1.0 / base ** exponents
    angles = torch.outer(torch.arange(length).float(), inv_freq)
    angles = torch.cat([angles, angles], dim=-1)
    return angles.cos() * factor, angles.sin() * factor


def _attention(q, k, v, cos, sin):
    import torch

    def rotate(t):
        half = t.shape[-1] // 2
        return torch.cat([-t[..., half:], t[..., :half]], dim=-1)

    q = q * cos[:, None] + rotate(q) * sin[:, None]
    k = k * cos[:, None] + rotate(k) * sin[:, None]
    repeat = q.shape[1] // k.shape[1]
    k, v = k.repeat_interleave(repeat, dim=1), v.repeat_interleave(repeat, dim=1)
    scores = torch.einsum("qhd,khd->hqk", q, k) / math.sqrt(q.shape[-1])
    length = q.shape[0]
    scores = scores.masked_fill(torch.ones(length, length, dtype=torch.bool).triu(1), float("-inf"))
    return torch.einsum("hqk,khd->qhd", scores.softmax(-1), v).reshape(length, -1)


def _vision(w, pixel_values):
    """InternViT, then pixel shuffle (v2) and the MLP projector: (tiles, 256, hidden)."""
    import torch
    from torch.nn import functional as F

    v, heads = VISION["hidden_size"], VISION["num_attention_heads"]
    x = F.conv2d(pixel_values, w["vision_model.embeddings.patch_embedding.weight"],
                 w["vision_model.embeddings.patch_embedding.bias"], stride=14).flatten(2).transpose(1, 2)
    x = torch.cat([w["vision_model.embeddings.class_embedding"].expand(len(x), 1, v), x], dim=1)
    x = x + w["vision_model.embeddings.position_embedding"]
    for i in range(VISION["num_hidden_layers"]):
        p = f"vision_model.encoder.layers.{i}."
        h = F.layer_norm(x, (v,), w[p + "norm1.weight"], w[p + "norm1.bias"], 1e-6)
        b, n, _ = h.shape
        q, k, val = F.linear(h, w[p + "attn.qkv.weight"], w[p + "attn.qkv.bias"]).reshape(b, n, 3, heads, -1).permute(2, 0, 3, 1, 4)
        attended = ((q @ k.transpose(-2, -1)) * (v // heads) ** -0.5).softmax(-1) @ val
        x = x + w[p + "ls1"] * F.linear(attended.transpose(1, 2).reshape(b, n, v), w[p + "attn.proj.weight"], w[p + "attn.proj.bias"])
        h = F.layer_norm(x, (v,), w[p + "norm2.weight"], w[p + "norm2.bias"], 1e-6)
        x = x + w[p + "ls2"] * F.linear(F.gelu(F.linear(h, w[p + "mlp.fc1.weight"], w[p + "mlp.fc1.bias"])),
                                        w[p + "mlp.fc2.weight"], w[p + "mlp.fc2.bias"])
    x = x[:, 1:]
    side = int(x.shape[1] ** 0.5)
    x = x.reshape(len(x), side, side, v)
    # pixel shuffle v2: fold 2x2 neighbourhoods into channels, keeping the image's orientation
    n, width, height, c = x.shape
    x = x.reshape(n, width, height // 2, c * 2).permute(0, 2, 1, 3).reshape(n, height // 2, width // 2, c * 4)
    x = x.permute(0, 2, 1, 3).reshape(n, -1, c * 4)
    x = F.layer_norm(x, (c * 4,), w["mlp1.0.weight"], w["mlp1.0.bias"], 1e-5)
    return F.linear(F.gelu(F.linear(x, w["mlp1.1.weight"], w["mlp1.1.bias"])), w["mlp1.3.weight"], w["mlp1.3.bias"])
