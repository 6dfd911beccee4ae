"""ChatGen in a real ComfyUI: the pack loads, documents itself, and renders what it plans.

The posted graphs are the pack's own API workflows with two changes that keep a CPU run short
and touch nothing under test: Empty Latent Image gets 64×64 instead of the planned size (512²
takes ~40 s for two steps on two cores) and the requests ask for a "quick draft" (half the
steps). Probes show what Load Checkpoint and KSampler received (see `comfy_host.prepared`).
"""
from __future__ import annotations

import json
import os
import re

import comfy_host
import pytest
from comfy_host import ARGS, PACK_DIR, SIZE, WORKFLOWS, ids, prepared, the
from PIL import Image

pytestmark = pytest.mark.e2e

NODE_IDS = ("ChatGenPlanner", "ChatGenFreeStyle", "ChatGenModelTokenSelector", "ChatGenArgConfigurator",
            "ChatGenEncode", "ChatGenShowPlan", "ChatGenHistory", "ChatGenConversation")


def plan_only(graph: dict) -> dict:
    """Just what the (first) Show Plan needs: a plan without a render."""
    keep, todo = set(), [ids(graph, "ChatGenShowPlan")[0]]
    while todo:
        key = todo.pop()
        keep.add(key)
        todo += [v[0] for v in graph[key]["inputs"].values() if isinstance(v, list) and v[0] not in keep]
    return {key: graph[key] for key in keep}


def saved_image(comfy, run) -> Image.Image:
    (image,) = run.history["outputs"][the(run.history["prompt"][2], "SaveImage")]["images"]
    return Image.open(comfy.base / "output" / image["subfolder"] / image["filename"])


@pytest.fixture(scope="session")
def comfy(tmp_path_factory):
    """One real ComfyUI for the session, with this pack installed and the test library."""
    if reason := comfy_host.unavailable():
        pytest.skip(reason)
    with comfy_host.serving(tmp_path_factory.mktemp("comfy")) as host:
        yield host


@pytest.fixture(scope="module")
def object_info(comfy):
    return comfy.get("/object_info")


def test_the_pack_imports(comfy):
    # How long it takes is bench_nodes.py's to print: a test would fail a busy machine for being slow.
    _, failed = comfy.pack_import()
    assert not failed


def test_object_info_lists_every_chatgen_node_with_its_tooltips(object_info):
    for node_id in NODE_IDS:
        info = object_info[node_id]
        assert info["category"] == "ChatGen" and info["description"]
        assert info["python_module"] == f"custom_nodes.{PACK_DIR}"
        for group in ("required", "optional"):
            for name, spec in info["input"].get(group, {}).items():
                assert spec[1].get("tooltip"), f"{node_id}.{name}"
        assert info["output_tooltips"] and all(info["output_tooltips"])


@pytest.mark.parametrize("name", ["chatgen_to_image", "chatgen_multi_turn"])
def test_every_node_of_the_workflows_exists_on_the_host(object_info, name):
    ui = json.loads((WORKFLOWS / f"{name}.json").read_text())
    api = json.loads((WORKFLOWS / "api" / f"{name}_api.json").read_text())
    assert {node["type"] for node in ui["nodes"]} <= set(object_info)
    assert {node["class_type"] for node in api.values()} <= set(object_info)


def test_the_template_browser_offers_the_workflows(comfy):
    assert sorted(comfy.get("/workflow_templates")[PACK_DIR]) == ["chatgen_llm_local", "chatgen_multi_turn",
                                                                   "chatgen_to_image"]
    served = comfy.get(f"/api/workflow_templates/{PACK_DIR}/chatgen_to_image.json")
    assert served == json.loads((WORKFLOWS / "chatgen_to_image.json").read_text())


REQUESTS = [
    ("quick draft of an anime girl with a sword under cherry blossoms", {"Counterfeit.safetensors"}),
    ("quick draft: a realistic photo of an old fisherman, 35mm film, natural light", {"icbinp.safetensors"}),
    ("quick draft of pixel art of a castle for a retro game",
     {"AIO-Pixel-Art.safetensors", "sprites/pixelSprites.safetensors"}),
    ("quick draft of a mountain lake at sunrise", None),
]


@pytest.mark.parametrize(("request_text", "expected"), REQUESTS, ids=["anime", "photo", "pixel", "landscape"])
def test_a_request_renders_with_the_checkpoint_and_settings_it_planned(comfy, object_info, request_text,
                                                                       expected):
    run = comfy.run(prepared("chatgen_to_image", request_text, seed=3))
    assert run.status == "success", run.message("execution_error")
    graph = run.history["prompt"][2]
    loader, sampler = the(graph, "CheckpointLoaderSimple"), the(graph, "KSampler")
    selector, args = the(graph, "ChatGenModelTokenSelector"), the(graph, "ChatGenArgConfigurator")

    ckpt = run.probe("ckpt_name")
    assert graph[loader]["inputs"]["ckpt_name"] == [selector, 0]
    assert ckpt in object_info["CheckpointLoaderSimple"]["input"]["required"]["ckpt_name"][0]
    if expected:
        assert ckpt in expected

    for slot, name in enumerate(ARGS):
        if name not in ("width", "height"):
            assert graph[sampler]["inputs"][name] == [args, slot]
    ksampler = object_info["KSampler"]["input"]["required"]
    steps, cfg = int(run.probe("steps")), float(run.probe("cfg"))
    sampler_name, scheduler = run.probe("sampler_name"), run.probe("scheduler")
    assert sampler_name in ksampler["sampler_name"][0] and scheduler in ksampler["scheduler"][0]
    assert run.progress_max(sampler) == steps  # KSampler really ran that many steps
    assert saved_image(comfy, run).size == (SIZE, SIZE)

    shown = run.text(the(graph, "ChatGenShowPlan"))
    size = f"{run.probe('width')}x{run.probe('height')}"
    for part in (f"[{ckpt}]", f"{size}, {steps} steps, cfg {cfg:g}, {sampler_name}/{scheduler}",
                 f"seed {run.probe('seed')}"):
        assert part in shown
    assert run.node_texts[the(graph, "ChatGenShowPlan")] == shown  # drawn on the node in the browser
    if ckpt == "Counterfeit.safetensors":  # its .civitai.info examples use clip skip 2
        assert "clip skip 2" in shown


def test_the_planner_keeps_its_scan_cache_and_token_bank_in_the_user_dir(comfy):
    state = comfy.base / "user" / "chatgen"
    assert (state / "scan-cache.json").is_file() and (state / "modeltokens.safetensors").is_file()


def test_an_empty_request_is_a_node_error_and_the_server_keeps_serving(comfy):
    run = comfy.run(prepared("chatgen_to_image", "   ", seed=4))
    assert run.status == "error"
    error = run.message("execution_error")
    assert error["node_type"] == "ChatGenFreeStyle" and error["exception_type"] == "ValueError"
    assert error["exception_message"].strip() == ("The request is empty: type what you want to see in the "
                                                  "request box of ChatGen FreeStyle → Prompt.")
    after = comfy.run(plan_only(prepared("chatgen_to_image", "quick draft of a red bicycle", seed=4)))
    assert after.status == "success"


def test_a_reference_image_reaches_the_planner(comfy):
    Image.new("RGB", (96, 64), (200, 120, 40)).save(comfy.base / "input" / "wide.png")
    graph = plan_only(prepared("chatgen_to_image", "quick draft of a harbour at dawn", seed=8))
    graph["load"] = {"class_type": "LoadImage", "inputs": {"image": "wide.png"}}
    graph[the(graph, "ChatGenFreeStyle")]["inputs"]["images"] = ["load", 0]
    run = comfy.run(graph)
    assert run.status == "success", run.message("execution_error")
    shown = run.text(the(graph, "ChatGenShowPlan"))
    width, height = map(int, re.search(r"(\d+)x(\d+), \d+ steps", shown).groups())
    assert width > height  # the embedded planner takes the frame's shape from the reference


def test_the_same_inputs_reuse_the_plan_and_a_new_seed_plans_again(comfy):
    graph = plan_only(prepared("chatgen_to_image", "quick draft of a lighthouse on a cliff", seed=5))
    planner, freestyle = the(graph, "ChatGenPlanner"), the(graph, "ChatGenFreeStyle")
    comfy.run(graph)
    again = comfy.run(graph)
    assert {planner, freestyle} <= set(again.message("execution_cached")["nodes"])
    graph[freestyle]["inputs"]["seed"] = 6
    reseeded = comfy.run(graph)
    cached = set(reseeded.message("execution_cached")["nodes"])
    assert planner in cached and freestyle not in cached


def test_the_multi_turn_workflow_refines_the_first_picture(comfy):
    run = comfy.run(prepared("chatgen_multi_turn", seed=7))
    assert run.status == "success", run.message("execution_error")
    graph = run.history["prompt"][2]
    first, second = (run.text(key) for key in ids(graph, "ChatGenShowPlan"))
    prompt = [re.search(r"(?m)^Prompt:\s*(.*)$", text)[1].lower() for text in (first, second)]
    assert "fox" in prompt[0] and "night" not in prompt[0]
    assert "fox" in prompt[1] and ("night" in prompt[1] or "moon" in prompt[1])
    assert saved_image(comfy, run).size == (SIZE, SIZE)


def test_a_checkpoint_added_while_running_is_planned_with_and_still_links(comfy):
    # A combo-typed ckpt_name output would now fail validation: its option list froze at load.
    existing = comfy.base / "models" / "checkpoints" / "model_1_5.safetensors"
    added = comfy.base / "library" / "checkpoints" / "fresh" / "EpicDiffusion.safetensors"
    added.parent.mkdir()
    os.link(existing, added)
    try:
        graph = prepared("chatgen_to_image", "quick draft of a mountain lake at sunrise", seed=3)
        run = comfy.run(graph)
        assert run.status == "success", run.message("execution_error")
        planner = the(graph, "ChatGenPlanner")
        assert planner not in (run.message("execution_cached") or {"nodes": []})["nodes"]
        assert run.node_texts[planner].startswith("6 checkpoints in the library")
    finally:
        added.unlink()
