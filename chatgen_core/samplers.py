"""Sampler names from model cards (Civitai/A1111, AI Horde, ComfyUI) to ComfyUI's pair.

A1111 folds the noise schedule into the sampler's name ("DPM++ 2M Karras"); ComfyUI's KSampler
takes them apart (sampler_name="dpmpp_2m", scheduler="karras"). Cards and LLM answers use either
spelling, so every name goes through `to_comfy`.
"""
from __future__ import annotations

import re

# A1111 / Forge sampler names (schedule suffix removed) → ComfyUI sampler_name.
_A1111 = {
    "euler": "euler",
    "euler a": "euler_ancestral",
    "lms": "lms",
    "heun": "heun",
    "dpm2": "dpm_2",
    "dpm2 a": "dpm_2_ancestral",
    "dpm++ 2s a": "dpmpp_2s_ancestral",
    "dpm++ 2m": "dpmpp_2m",
    "dpm++ sde": "dpmpp_sde",
    "dpm++ 2m sde": "dpmpp_2m_sde",
    "dpm++ 2m sde heun": "dpmpp_2m_sde_heun",
    "dpm++ 3m sde": "dpmpp_3m_sde",
    "dpm fast": "dpm_fast",
    "dpm adaptive": "dpm_adaptive",
    "ddim": "ddim",
    "ddpm": "ddpm",
    "unipc": "uni_pc",
    "lcm": "lcm",
    "deis": "deis",
    "ipndm": "ipndm",
    "ipndm v": "ipndm_v",
    "heunpp2": "heunpp2",
    "res multistep": "res_multistep",
    # No ComfyUI counterpart: the closest deterministic sampler of the same family.
    "plms": "lms",
    "restart": "dpmpp_2m",
}

# AI Horde's k-diffusion names.
_HORDE = {
    "k_euler": "euler", "k_euler_a": "euler_ancestral", "k_lms": "lms", "k_heun": "heun",
    "k_dpm_2": "dpm_2", "k_dpm_2_a": "dpm_2_ancestral", "k_dpm_fast": "dpm_fast",
    "k_dpm_adaptive": "dpm_adaptive", "k_dpmpp_2s_a": "dpmpp_2s_ancestral",
    "k_dpmpp_2m": "dpmpp_2m", "k_dpmpp_sde": "dpmpp_sde", "dpmsolver": "dpmpp_2m",
}

# Schedule words A1111 appends to a sampler name, and Forge's "Schedule type" values.
_SCHEDULES = {
    "karras": "karras", "exponential": "exponential", "sgm uniform": "sgm_uniform",
    "sgmuniform": "sgm_uniform", "simple": "simple", "normal": "normal", "automatic": "normal",
    "beta": "beta", "ddim": "ddim_uniform", "ddim uniform": "ddim_uniform",
    "kl optimal": "kl_optimal", "linear quadratic": "linear_quadratic",
    "align your steps": "simple", "polyexponential": "exponential", "uniform": "normal",
}

SAMPLERS = ("euler", "euler_cfg_pp", "euler_ancestral", "euler_ancestral_cfg_pp", "heun", "heunpp2",
            "dpm_2", "dpm_2_ancestral", "lms", "dpm_fast", "dpm_adaptive", "dpmpp_2s_ancestral",
            "dpmpp_2s_ancestral_cfg_pp", "dpmpp_sde", "dpmpp_sde_gpu", "dpmpp_2m", "dpmpp_2m_cfg_pp",
            "dpmpp_2m_sde", "dpmpp_2m_sde_gpu", "dpmpp_2m_sde_heun", "dpmpp_2m_sde_heun_gpu",
            "dpmpp_3m_sde", "dpmpp_3m_sde_gpu", "ddpm", "lcm", "ipndm", "ipndm_v", "deis",
            "res_multistep", "res_multistep_cfg_pp", "res_multistep_ancestral",
            "res_multistep_ancestral_cfg_pp", "gradient_estimation", "gradient_estimation_cfg_pp",
            "er_sde", "seeds_2", "seeds_3", "sa_solver", "sa_solver_pece", "ddim", "uni_pc",
            "uni_pc_bh2")
"""ComfyUI 0.3.75's KSampler sampler names; the nodes read the live list, this is for the core."""

SCHEDULERS = ("simple", "sgm_uniform", "karras", "exponential", "ddim_uniform", "beta", "normal",
              "linear_quadratic", "kl_optimal")


def _key(name: str) -> str:
    return re.sub(r"\s+", " ", name.strip().lower().replace("_", " ").replace("+ +", "++"))


def to_comfy(name: str, scheduler: str = "") -> tuple[str, str] | None:
    """ComfyUI's (sampler_name, scheduler) for a sampler written any common way, or None.

    `scheduler` is an explicit schedule from the source (Forge's "Schedule type"); it wins over
    one folded into the name. Unknown names give None so the caller can choose and say so.
    """
    raw = name.strip()
    if raw in SAMPLERS:
        sampler, folded = raw, ""
    elif raw.lower() in _HORDE:
        sampler, folded = _HORDE[raw.lower()], ""
    else:
        sampler, folded = _split_a1111(_key(raw))
        if sampler is None:
            return None
    schedule = scheduler_to_comfy(scheduler) or folded or _default_schedule(sampler)
    return sampler, schedule


def _split_a1111(key: str) -> tuple[str | None, str]:
    if key in _A1111:
        return _A1111[key], ""
    for word, schedule in sorted(_SCHEDULES.items(), key=lambda kv: -len(kv[0])):
        if key.endswith(" " + word) and key[: -len(word) - 1] in _A1111:
            return _A1111[key[: -len(word) - 1]], schedule
    return None, ""


def scheduler_to_comfy(name: str) -> str:
    """ComfyUI's scheduler for a schedule written any common way ("Karras", "sgm_uniform"), or ""."""
    key = _key(name)
    if not key:
        return ""
    if name.strip() in SCHEDULERS:
        return name.strip()
    return _SCHEDULES.get(key, "")


def _default_schedule(sampler: str) -> str:
    # DDIM and LCM are trained against their own spacing; the rest default to "normal" as A1111 does.
    return {"ddim": "ddim_uniform", "lcm": "sgm_uniform"}.get(sampler, "normal")
