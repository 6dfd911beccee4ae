"""ChatGen's overhead in ComfyUI (a script, not a test): one live host, two graphs, one run.

    bash .ci/env python tests/benchmarks/bench_nodes.py [--runs 5]

For each request the pack's chat-to-image graph runs, then the native graph with the plan it
made typed in by hand (Load Checkpoint → CLIP Text Encode ×2 → ... → Save Image). Both make a
64×64 image. The overhead of a pair is what the ChatGen nodes took (planner, FreeStyle, selector,
configurator, encode, show plan) minus what the two CLIP Text Encodes took, timed per node from
the server's `executing` events; sampling and decoding are the same work in both and are left
out, so their noise does not drown a difference of milliseconds. Whole-run times are printed too.
"""
from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(REPO), str(REPO / "tests" / "e2e")]

from comfy_host import CATALOG, SIZE, prepared, start, the  # noqa: E402

from chatgen_core import Arguments, ChosenModel, Plan  # noqa: E402
from chatgen_core.render import native_graph  # noqa: E402

REQUESTS = ["quick draft of a red fox in the snow", "quick draft of an anime knight at dusk",
            "quick draft of a lighthouse in a storm", "quick draft: a photo of a bowl of ramen",
            "quick draft of pixel art of a tiny spaceship", "quick draft of a watercolor harbour town",
            "quick draft of a robot reading a book", "quick draft of a desert canyon at noon"]
CHATGEN_NODES = {"ChatGenPlanner", "ChatGenFreeStyle", "ChatGenModelTokenSelector", "ChatGenArgConfigurator",
                 "ChatGenEncode", "ChatGenShowPlan"}


def chat_graph(request: str, seed: int) -> dict:
    graph = prepared("chatgen_to_image", request, seed)
    freestyle = the(graph, "ChatGenFreeStyle")
    graph["probe_positive"] = {"class_type": "PreviewAny", "inputs": {"source": [freestyle, 1]}}
    graph["probe_negative"] = {"class_type": "PreviewAny", "inputs": {"source": [freestyle, 2]}}
    return graph


def typed_in(run) -> dict:
    """The native graph with the plan the chat run made, as a user would type it."""
    shown = run.text(the(run.history["prompt"][2], "ChatGenShowPlan"))
    skip = re.search(r"clip skip (\d+)", shown)
    arguments = Arguments(steps=int(run.probe("steps")), cfg=float(run.probe("cfg")),
                          sampler_name=run.probe("sampler_name"), scheduler=run.probe("scheduler"),
                          width=SIZE, height=SIZE, seed=int(run.probe("seed")),
                          denoise=float(run.probe("denoise")), clip_skip=int(skip[1]) if skip else None)
    plan = Plan(request="", positive=run.probe("positive"), negative=run.probe("negative"),
                model=ChosenModel("", run.probe("ckpt_name"), "sd1"), arguments=arguments)
    graph = native_graph(plan, filename_prefix="native")
    # Ids of their own: a shared id would evict the chat graph's cached planner between runs.
    renamed = {key: f"native_{key}" for key in graph}
    for node in graph.values():
        node["inputs"] = {k: [renamed[v[0]], v[1]] if isinstance(v, list) else v for k, v in node["inputs"].items()}
    return {renamed[key]: node for key, node in graph.items()}


def ms_by_class(run) -> dict[str, float]:
    graph, out = run.history["prompt"][2], {}
    for node, seconds in run.node_seconds().items():
        out[graph[node]["class_type"]] = out.get(graph[node]["class_type"], 0.0) + 1000 * seconds
    return out


def total(run) -> float:
    marks = [e["received"] for e in run.events if e["type"] in ("execution_start", "execution_success")]
    return marks[-1] - marks[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="request pairs to time (default 5)")
    runs = min(parser.parse_args().runs, len(REQUESTS))
    with tempfile.TemporaryDirectory(prefix="chatgen-bench-") as folder:
        host = start(Path(folder))
        try:
            print(f"ComfyUI {host.get('/system_stats')['system']['comfyui_version']}, catalog {CATALOG}, "
                  f"pack import {host.pack_import()[0]:.2f} s")
            warm = host.run(chat_graph("quick draft of a cat", 0))  # encoder, bank and checkpoint load
            host.run(typed_in(warm))
            overhead, per_node, chat_totals, native_totals = [], [], [], []
            for i, request in enumerate(REQUESTS[:runs]):
                chat = host.run(chat_graph(request, i + 1))
                native = host.run(typed_in(chat))
                assert chat.status == native.status == "success", (chat.history["status"], native.history["status"])
                nodes, encodes = ms_by_class(chat), ms_by_class(native).get("CLIPTextEncode", 0.0)
                ms = sum(v for k, v in nodes.items() if k in CHATGEN_NODES) - encodes
                overhead.append(ms)
                per_node.append(nodes | {"CLIPTextEncode x2 (native)": encodes})
                chat_totals.append(total(chat))
                native_totals.append(total(native))
                print(f"  {request!r}: overhead {ms:.0f} ms ("
                      + ", ".join(f"{k} {v:.0f}" for k, v in per_node[-1].items()
                                  if k in CHATGEN_NODES or k.startswith("CLIP")) + ")")
        finally:
            host.stop()
    for name in [*sorted(CHATGEN_NODES), "CLIPTextEncode x2 (native)"]:
        print(f"  median {name}: {statistics.median(p.get(name, 0.0) for p in per_node):.0f} ms")
    print(f"whole run, median of {runs}: chat-to-image {statistics.median(chat_totals):.2f} s, "
          f"native {statistics.median(native_totals):.2f} s")
    median = statistics.median(overhead)
    print(f"median ChatGen overhead: {median:.0f} ms (target <= 100 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
