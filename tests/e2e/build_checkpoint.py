"""Build a random-weight checkpoint in the SD1.5 layout that ComfyUI loads like a real one.

    python build_checkpoint.py COMFYUI_DIR OUT.safetensors

ComfyUI recognises SD1.x only at full size, so the modules are the real ones (~1.07 B parameters),
built on the meta device and filled here: uninitialised memory can hold NaNs. Run as its own
process because `comfy.*` must see `--cpu` before it probes for CUDA at import.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

UNET = dict(image_size=32, in_channels=4, out_channels=4, model_channels=320, num_res_blocks=2,
            channel_mult=[1, 2, 4, 4], transformer_depth=[1, 1, 1, 1, 1, 1, 0, 0],
            transformer_depth_output=[1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0],
            transformer_depth_middle=1, context_dim=768, num_heads=8,
            use_linear_in_transformer=False, use_spatial_transformer=True, legacy=False)
VAE = dict(double_z=True, z_channels=4, resolution=256, in_channels=3, out_ch=3, ch=128,
           ch_mult=[1, 2, 4, 4], num_res_blocks=2, attn_resolutions=[], dropout=0.0)


def _filled(module, torch, generator) -> dict:
    """The module's tensors as fp16: small noise for matrices, ones for norm weights, else zeros."""
    out = {}
    for key, tensor in module.state_dict().items():
        if tensor.dtype.is_floating_point and tensor.dim() >= 2:
            value = torch.randn(tensor.shape, generator=generator) * 0.02
        elif key.endswith("weight") and "norm" in key:
            value = torch.ones(tensor.shape)
        elif tensor.dtype.is_floating_point:
            value = torch.zeros(tensor.shape)
        else:  # CLIP's position_ids
            value = torch.arange(tensor.shape[-1]).expand(tensor.shape)
        out[key] = value.to(torch.float16) if value.dtype.is_floating_point else value
    return out


def build(comfy_dir: Path, out: Path) -> None:
    sys.path.insert(0, str(comfy_dir))
    sys.argv = [sys.argv[0], "--cpu"]
    import comfy.options
    comfy.options.enable_args_parsing()
    import torch
    from comfy.ldm.models.autoencoder import AutoencoderKL
    from comfy.ldm.modules.diffusionmodules.openaimodel import UNetModel
    from safetensors.torch import save_file
    from transformers import CLIPTextConfig, CLIPTextModel

    generator = torch.Generator().manual_seed(0)
    clip_config = CLIPTextConfig(**json.loads((comfy_dir / "comfy/sd1_clip_config.json").read_text()))
    with torch.device("meta"):
        parts = {"model.diffusion_model.": UNetModel(**UNET),
                 "first_stage_model.": AutoencoderKL(ddconfig=VAE, embed_dim=4),
                 "cond_stage_model.transformer.": CLIPTextModel(clip_config)}
    tensors = {}
    for prefix, module in parts.items():
        tensors.update({prefix + k: v for k, v in _filled(module, torch, generator).items()})
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(f".{out.name}.{os.getpid()}.partial")  # parallel sessions may build too
    save_file(tensors, str(partial))
    partial.rename(out)


if __name__ == "__main__":
    build(Path(sys.argv[1]), Path(sys.argv[2]))
