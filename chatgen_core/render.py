"""Render a plan on a running ComfyUI server through its HTTP API (no ComfyUI import).

The graph is ComfyUI's native one: CheckpointLoaderSimple → (CLIPSetLastLayer) → CLIPTextEncode ×2
→ EmptyLatentImage → KSampler → VAEDecode → SaveImage, so what runs is exactly what a user would
build by hand.
"""
from __future__ import annotations

import json
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

from .errors import ChatGenError
from .types import Plan


def native_graph(plan: Plan, filename_prefix: str = "chatgen") -> dict:
    """The plan as a ComfyUI API-format prompt using only built-in nodes."""
    a = plan.arguments
    clip = ["1", 1]
    graph = {
        "1": {"class_type": "CheckpointLoaderSimple", "inputs": {"ckpt_name": plan.model.file_name}},
    }
    if a.clip_skip and a.clip_skip > 1:
        graph["8"] = {"class_type": "CLIPSetLastLayer",
                      "inputs": {"clip": clip, "stop_at_clip_layer": -a.clip_skip}}
        clip = ["8", 0]
    graph.update({
        "2": {"class_type": "CLIPTextEncode", "inputs": {"clip": clip, "text": plan.positive}},
        "3": {"class_type": "CLIPTextEncode", "inputs": {"clip": clip, "text": plan.negative}},
        "4": {"class_type": "EmptyLatentImage",
              "inputs": {"width": a.width, "height": a.height, "batch_size": 1}},
        "5": {"class_type": "KSampler", "inputs": {
            "model": ["1", 0], "positive": ["2", 0], "negative": ["3", 0], "latent_image": ["4", 0],
            "seed": a.seed, "steps": a.steps, "cfg": a.cfg, "sampler_name": a.sampler_name,
            "scheduler": a.scheduler, "denoise": a.denoise}},
        "6": {"class_type": "VAEDecode", "inputs": {"samples": ["5", 0], "vae": ["1", 2]}},
        "7": {"class_type": "SaveImage", "inputs": {"images": ["6", 0], "filename_prefix": filename_prefix}},
    })
    return graph


def render(plan: Plan, server: str, out_dir: str | Path, timeout: float = 600.0) -> list[Path]:
    """Queue the plan on `server`, wait for it, and download its images into `out_dir`."""
    base = server.rstrip("/")
    body = {"prompt": native_graph(plan), "client_id": uuid.uuid4().hex}
    reply = _call(f"{base}/prompt", body)
    prompt_id = reply.get("prompt_id")
    if not prompt_id:
        raise ChatGenError(f"ComfyUI refused the graph: {json.dumps(reply)[:500]}")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        history = _call(f"{base}/history/{prompt_id}").get(prompt_id)
        if history and history.get("status", {}).get("completed"):
            return _download(base, history, Path(out_dir))
        if history and history.get("status", {}).get("status_str") == "error":
            raise ChatGenError(f"ComfyUI failed to render: {_first_error(history)}")
        time.sleep(0.5)
    raise ChatGenError(f"ComfyUI did not finish within {timeout:.0f} s; check the server's console.")


def _download(base: str, history: dict, out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    saved = []
    for output in history.get("outputs", {}).values():
        for image in output.get("images", []):
            query = urllib.parse.urlencode({k: image.get(k, "") for k in ("filename", "subfolder", "type")})
            with urllib.request.urlopen(f"{base}/view?{query}", timeout=60) as response:
                path = out_dir / image["filename"]
                path.write_bytes(response.read())
                saved.append(path)
    return saved


def _first_error(history: dict) -> str:
    for kind, data in history.get("status", {}).get("messages", []):
        if kind == "execution_error":
            return f"{data.get('node_type')}: {data.get('exception_message', '').strip()}"
    return "unknown error"


def _call(url: str, body: dict | None = None) -> dict:
    data = json.dumps(body).encode("utf-8") if body is not None else None
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.loads(response.read() or b"{}")
    except urllib.error.HTTPError as error:
        detail = error.read().decode("utf-8", "replace")[:1000]
        raise ChatGenError(f"ComfyUI at {url} answered {error.code}: {detail}") from None
    except (urllib.error.URLError, OSError) as error:
        raise ChatGenError(f"Cannot reach ComfyUI at {url} ({error}); start it or pass --comfy "
                           "with its address (e.g. http://127.0.0.1:8188).") from None
