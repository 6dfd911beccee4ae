"""A real ComfyUI for the end-to-end tests and the benchmark, on a library of test checkpoints.

The host runs from its own base directory (custom_nodes with this pack linked in, models,
user, output), with a second checkpoint folder added through extra_model_paths.yaml, so it
sees the user's layout and nothing of the machine's. Every checkpoint is one random-weight
SD1.5 file, hard-linked under real model names from the AI Horde reference.
"""
from __future__ import annotations

import asyncio
import json
import os
import shutil
import socket
import struct
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
from pace import scaled

ROOT = Path(__file__).resolve().parents[2]
COMFYUI = Path(os.environ.get("COMFYUI_PATH") or ROOT / ".host" / "ComfyUI")
CACHE = ROOT / ".host" / "e2e"
HORDE = ROOT.parent / "shared" / "data" / "horde_model_reference_sd.json"
PACK_DIR = "comfyui-chatgen"

# File names are the AI Horde reference's `config.files[].path` of real SD1 models, as
# .safetensors (the content is safetensors; the Horde ships some as .ckpt).
IN_MODELS = ("model_1_5.safetensors",  # "stable_diffusion", the generalist SD1.5
             "Counterfeit.safetensors")  # anime
IN_EXTRA = ("icbinp.safetensors",  # realistic photography
            "AIO-Pixel-Art.safetensors",  # pixel art
            "sprites/pixelSprites.safetensors")  # not in the Horde: described by its sidecar alone
SIDECARS = {
    "Counterfeit.civitai.info": {
        "baseModel": "SD 1.5", "trainedWords": [],
        "model": {"name": "Counterfeit", "type": "Checkpoint", "tags": ["anime", "girl", "character"]},
        "images": [{"meta": {"prompt": "masterpiece, best quality, 1girl, solo, long hair",
                             "negativePrompt": "EasyNegative, lowres", "sampler": "DPM++ 2M Karras",
                             "steps": 24, "cfgScale": 7, "Size": "512x768", "Clip skip": 2}}],
    },
    "sprites/pixelSprites.civitai.info": {
        "baseModel": "SD 1.5", "trainedWords": ["pixelsprite"],
        "description": "<p>Pixel art sprites and 8-bit game scenes.</p>",
        "model": {"name": "Pixel Sprites", "type": "Checkpoint", "tags": ["pixel art", "sprites", "game art"]},
    },
}
CATALOG = "horde_model_reference_sd.json"  # put in the user dir; the Planner finds it by this name
WORKFLOWS = ROOT / "workflows"
SIZE = 64  # the latent side the tests render at: 512² takes ~40 s for two steps on two CPU cores
ARGS = ("seed", "steps", "cfg", "sampler_name", "scheduler", "width", "height", "denoise")



def ids(graph: dict, class_type: str) -> list[str]:
    return [key for key, node in graph.items() if node["class_type"] == class_type]


def the(graph: dict, class_type: str) -> str:
    found = ids(graph, class_type)
    assert len(found) == 1, (class_type, found)
    return found[0]


def prepared(name: str, request: str | None = None, seed: int = 1) -> dict:
    """A pack workflow as the tests post it: catalog set, 64×64 latent, probes added.

    "Preview as Text" probes hang off the selector's and configurator's outputs, the very
    outputs that feed Load Checkpoint and KSampler, so they show what those nodes received.
    """
    graph = json.loads((WORKFLOWS / "api" / f"{name}_api.json").read_text())
    graph[the(graph, "ChatGenPlanner")]["inputs"]["catalogs"] = CATALOG
    for key in ids(graph, "ChatGenFreeStyle"):
        inputs = graph[key]["inputs"]
        inputs["seed"] = seed
        if request is not None and not isinstance(inputs["request"], list):
            inputs["request"] = request
    graph[the(graph, "EmptyLatentImage")]["inputs"].update(width=SIZE, height=SIZE)
    selector, args = the(graph, "ChatGenModelTokenSelector"), the(graph, "ChatGenArgConfigurator")
    graph["probe_ckpt_name"] = {"class_type": "PreviewAny", "inputs": {"source": [selector, 0]}}
    for slot, name in enumerate(ARGS):
        graph[f"probe_{name}"] = {"class_type": "PreviewAny", "inputs": {"source": [args, slot]}}
    return graph


def random_checkpoint() -> Path:
    """The random-weight SD1.5 checkpoint, built once (~30 s) and cached under .host/."""
    path = CACHE / "random-sd15.safetensors"
    if not path.is_file():
        subprocess.run([sys.executable, str(Path(__file__).with_name("build_checkpoint.py")),
                        str(COMFYUI), str(path)], check=True)
    return path


def place_checkpoint(source: Path, target: Path) -> None:
    """The checkpoint file at `target` too, without copying its gigabytes."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, target)
    except OSError:  # another file system: a symlink is listed by ComfyUI all the same
        target.symlink_to(source)


def lay_out(base: Path, checkpoint: Path) -> Path:
    """The base directory: models, a second library, sidecars, the catalog, the pack. Returns the YAML."""
    models, extra = base / "models" / "checkpoints", base / "library" / "checkpoints"
    for folder, names in ((models, IN_MODELS), (extra, IN_EXTRA)):
        for name in names:
            place_checkpoint(checkpoint, folder / name)
    for name, info in SIDECARS.items():
        checkpoint_name = name.replace(".civitai.info", ".safetensors")
        folder = next(f for f in (models, extra) if (f / checkpoint_name).exists())
        (folder / name).write_text(json.dumps(info), encoding="utf-8")
    (base / "user").mkdir(parents=True, exist_ok=True)
    shutil.copyfile(HORDE, base / "user" / CATALOG)
    (base / "custom_nodes").mkdir(parents=True, exist_ok=True)
    (base / "custom_nodes" / PACK_DIR).symlink_to(ROOT, target_is_directory=True)
    config = base / "extra_model_paths.yaml"
    config.write_text(f"chatgen_e2e:\n    base_path: {base / 'library'}\n    checkpoints: checkpoints\n")
    return config


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Run:
    """One prompt's outcome: its /history entry and what the websocket said while it ran."""
    prompt_id: str
    history: dict[str, Any]
    events: list[dict[str, Any]] = field(default_factory=list)
    node_texts: dict[str, str] = field(default_factory=dict)  # progress text shown on nodes

    @property
    def status(self) -> str:
        return self.history["status"]["status_str"]

    def message(self, kind: str) -> dict[str, Any] | None:
        return next((data for name, data in self.history["status"]["messages"] if name == kind), None)

    def progress_max(self, node_id: str) -> int | None:
        steps = [e["data"]["max"] for e in self.events if e["type"] == "progress" and e["data"]["node"] == node_id]
        return steps[-1] if steps else None

    def text(self, node_id: str) -> str:
        return self.history["outputs"][node_id]["text"][0]

    def probe(self, name: str) -> str:
        return self.text(f"probe_{name}")

    def node_seconds(self) -> dict[str, float]:
        """How long each executed node took: from its `executing` event to the next event of the run."""
        marks = [(e["data"].get("node"), e["received"]) for e in self.events
                 if e["type"] in ("executing", "execution_success") and e["data"].get("prompt_id") == self.prompt_id]
        return {node: end - start for (node, start), (_, end) in zip(marks, marks[1:], strict=False)
                if node is not None}


class ComfyHost:
    """`python main.py --cpu` on a free port, from `base`; stop() ends the process it started."""

    def __init__(self, base: Path, extra_config: Path):
        self.base, self.port = base, _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = base / "comfyui.log"
        command = [sys.executable, "main.py", "--cpu", "--listen", "127.0.0.1", "--port", str(self.port),
                   "--base-directory", str(base), "--extra-model-paths-config", str(extra_config),
                   "--database-url", "sqlite:///:memory:", "--disable-auto-launch"]
        env = {**os.environ, "HF_HUB_OFFLINE": "1"}
        with self.log_path.open("wb") as log:
            self.process = subprocess.Popen(command, cwd=COMFYUI, stdout=log, stderr=subprocess.STDOUT, env=env)

    def wait_ready(self, timeout: float | None = None) -> None:
        """Until the server answers; `timeout` defaults to four idle-machine minutes, scaled to this one."""
        timeout = timeout or scaled(240)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"ComfyUI exited ({self.process.returncode}):\n{self.log()[-4000:]}")
            try:
                self.get("/system_stats")
                return
            except OSError:
                time.sleep(0.5)
        raise TimeoutError(f"ComfyUI did not answer in {timeout:.0f} s:\n{self.log()[-4000:]}")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def pack_import(self) -> tuple[float, bool]:
        """(seconds, failed) of this pack's line in ComfyUI's import-times summary."""
        line = next(line for line in self.log().splitlines() if line.rstrip().endswith(PACK_DIR))
        return float(line.split()[0]), "IMPORT FAILED" in line

    def get(self, path: str) -> Any:
        with urllib.request.urlopen(self.url + path, timeout=30) as answer:
            return json.load(answer)

    def post(self, path: str, body: dict[str, Any]) -> tuple[int, Any]:
        request = urllib.request.Request(self.url + path, data=json.dumps(body).encode(),
                                         headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=30) as answer:
                return answer.status, json.load(answer)
        except urllib.error.HTTPError as error:
            return error.code, json.load(error)

    def run(self, prompt: dict[str, Any], stall: float | None = None) -> Run:
        """Queue the prompt and wait for it, listening on the websocket like the browser does.

        The run fails only when the server says nothing for `stall` seconds (default: two
        idle-machine minutes, scaled to this machine), however long the whole run takes.
        """
        return asyncio.run(self._run(prompt, stall or scaled(120)))

    async def _run(self, prompt: dict[str, Any], stall: float) -> Run:
        client_id = uuid.uuid4().hex
        events, texts = [], {}

        async def listen(ws: aiohttp.ClientWebSocketResponse, prompt_id: str) -> None:
            while True:
                try:
                    message = await ws.receive(timeout=stall)
                except asyncio.TimeoutError:
                    raise TimeoutError(f"ComfyUI said nothing for {stall:.0f} s while running "
                                       f"{prompt_id}:\n{self.log()[-3000:]}") from None
                if message.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.ERROR):
                    raise ConnectionError(f"the websocket closed while running {prompt_id}")
                if message.type == aiohttp.WSMsgType.BINARY:
                    texts.update(_progress_text(message.data))
                    continue
                event = json.loads(message.data)
                event["received"] = time.perf_counter()
                events.append(event)
                if (event.get("data") or {}).get("prompt_id") == prompt_id and event["type"] in (
                        "execution_success", "execution_error", "execution_interrupted"):
                    return

        async with aiohttp.ClientSession() as session:
            async with session.ws_connect(f"{self.url}/ws?clientId={client_id}", heartbeat=30) as ws:
                status, answer = self.post("/prompt", {"prompt": prompt, "client_id": client_id})
                if status != 200:
                    raise AssertionError(f"/prompt refused the graph ({status}): {answer}")
                prompt_id = answer["prompt_id"]
                await listen(ws, prompt_id)
        for _ in range(100):  # the history entry lands just after the last event
            history = self.get(f"/history/{prompt_id}")
            if prompt_id in history:
                return Run(prompt_id, history[prompt_id], events, texts)
            time.sleep(0.05)
        raise TimeoutError(f"no history for {prompt_id}")


def unavailable() -> str | None:
    """Why no end-to-end host can run here (a reason to skip with), or None."""
    if not (COMFYUI / "main.py").is_file():
        return f"no ComfyUI at {COMFYUI} (set COMFYUI_PATH)"
    if not HORDE.is_file():
        return f"no AI Horde reference at {HORDE}"
    return None


@contextmanager
def serving(base: Path) -> Iterator[ComfyHost]:
    """A started host on the test library in `base`, stopped when the block ends."""
    host = start(base)
    try:
        yield host
    finally:
        host.stop()


def start(base: Path) -> ComfyHost:
    """A host on the test library in `base`, answering; the caller stops it."""
    host = ComfyHost(base, lay_out(base, random_checkpoint()))
    try:
        host.wait_ready()
    except BaseException:
        host.stop()
        raise
    return host


def _progress_text(data: bytes) -> dict[str, str]:
    kind, = struct.unpack(">I", data[:4])
    if kind != 3:  # 3 is text for a node; others are preview images
        return {}
    size, = struct.unpack(">I", data[4:8])
    return {data[8:8 + size].decode(): data[8 + size:].decode()}
