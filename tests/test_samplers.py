import pytest

from chatgen_core.samplers import SAMPLERS, SCHEDULERS, to_comfy

# Every sampler name A1111/Forge shows, with and without a schedule, as Civitai cards write them.
A1111_TABLE = [
    ("Euler", ("euler", "normal")),
    ("Euler a", ("euler_ancestral", "normal")),
    ("LMS", ("lms", "normal")),
    ("LMS Karras", ("lms", "karras")),
    ("Heun", ("heun", "normal")),
    ("DPM2", ("dpm_2", "normal")),
    ("DPM2 a", ("dpm_2_ancestral", "normal")),
    ("DPM2 Karras", ("dpm_2", "karras")),
    ("DPM2 a Karras", ("dpm_2_ancestral", "karras")),
    ("DPM++ 2S a", ("dpmpp_2s_ancestral", "normal")),
    ("DPM++ 2S a Karras", ("dpmpp_2s_ancestral", "karras")),
    ("DPM++ 2M", ("dpmpp_2m", "normal")),
    ("DPM++ 2M Karras", ("dpmpp_2m", "karras")),
    ("DPM++ 2M SGM Uniform", ("dpmpp_2m", "sgm_uniform")),
    ("DPM++ SDE", ("dpmpp_sde", "normal")),
    ("DPM++ SDE Karras", ("dpmpp_sde", "karras")),
    ("DPM++ 2M SDE", ("dpmpp_2m_sde", "normal")),
    ("DPM++ 2M SDE Karras", ("dpmpp_2m_sde", "karras")),
    ("DPM++ 2M SDE Exponential", ("dpmpp_2m_sde", "exponential")),
    ("DPM++ 2M SDE Heun Karras", ("dpmpp_2m_sde_heun", "karras")),
    ("DPM++ 3M SDE", ("dpmpp_3m_sde", "normal")),
    ("DPM++ 3M SDE Karras", ("dpmpp_3m_sde", "karras")),
    ("DPM++ 3M SDE Exponential", ("dpmpp_3m_sde", "exponential")),
    ("DPM fast", ("dpm_fast", "normal")),
    ("DPM adaptive", ("dpm_adaptive", "normal")),
    ("DDIM", ("ddim", "ddim_uniform")),
    ("PLMS", ("lms", "normal")),
    ("UniPC", ("uni_pc", "normal")),
    ("LCM", ("lcm", "sgm_uniform")),
    ("Euler a Karras", ("euler_ancestral", "karras")),
    ("Restart", ("dpmpp_2m", "normal")),
]


@pytest.mark.parametrize("name, expected", A1111_TABLE)
def test_a1111_names_map_to_comfy_sampler_and_scheduler(name, expected):
    assert to_comfy(name) == expected


@pytest.mark.parametrize("name, expected", [
    ("k_euler_a", ("euler_ancestral", "normal")), ("k_dpmpp_sde", ("dpmpp_sde", "normal")),
    ("k_dpmpp_2m", ("dpmpp_2m", "normal")), ("k_dpm_2_a", ("dpm_2_ancestral", "normal"))])
def test_horde_names_map_to_comfy(name, expected):
    assert to_comfy(name) == expected


def test_every_mapped_pair_is_a_real_comfy_name():
    for name, _ in A1111_TABLE:
        sampler, scheduler = to_comfy(name)
        assert sampler in SAMPLERS and scheduler in SCHEDULERS


def test_comfy_names_pass_through():
    assert to_comfy("dpmpp_2m_sde", "karras") == ("dpmpp_2m_sde", "karras")


def test_an_explicit_schedule_wins_over_the_one_in_the_name():
    assert to_comfy("DPM++ 2M", "Karras") == ("dpmpp_2m", "karras")
    assert to_comfy("DPM++ 2M Karras", "Exponential") == ("dpmpp_2m", "exponential")


def test_spelling_and_spacing_do_not_matter():
    assert to_comfy("  dpm++  2m   karras ") == ("dpmpp_2m", "karras")


def test_unknown_sampler_gives_none():
    assert to_comfy("Quantum Sampler 9000") is None
    assert to_comfy("") is None
