"""Benchmark of the embedded planner (a script, not a test): prints medians and percentiles.

    bash .ci/env python tests/benchmarks/bench_core.py

- plan latency over the dev requests with the encoder loaded, against the encoder call alone
  (the floor the planner cannot go under), measured in the same run;
- selection over a 10,000-model bank: the token matrix product alone, and the whole selector
  (priors, name matching, top-k) over a 10,000-card library.
"""
import json
import statistics
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from chatgen_core import ModelCard, Request, Turn  # noqa: E402
from chatgen_core.brief import analyse  # noqa: E402
from chatgen_core.library import build_library  # noqa: E402
from chatgen_core.modeltoken import TokenBank  # noqa: E402
from chatgen_core.planner import EmbeddedPlanner  # noqa: E402
from chatgen_core.selector import LibraryIndex, query_text, select  # noqa: E402

SHARED = REPO.parent / "shared"


def timed(fn, repeat):
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def report(label, samples):
    q = statistics.quantiles(samples, n=100)
    print(f"{label:<44} median {statistics.median(samples):8.3f} ms   p90 {q[89]:8.3f}   p99 {q[98]:8.3f}"
          f"   (n={len(samples)})")


def main():
    library = build_library(catalogs=[SHARED / "data" / "horde_model_reference_sd.json"])
    planner = EmbeddedPlanner(library)
    planner.plan(Request("warm-up"))
    items = [json.loads(line) for line in (SHARED / "bench" / "dev.jsonl").read_text().splitlines() if line]
    requests = [Request(i["input"]["text"], history=tuple(Turn(t["role"], t["content"])
                                                          for t in i["input"]["history"])) for i in items]
    queries = [query_text(analyse(r)) for r in requests]
    rounds = 10
    encode = [s for _ in range(rounds) for q in queries for s in timed(lambda q=q: planner.encoder.encode([q]), 1)]
    plans = [s for _ in range(rounds) for r in requests for s in timed(lambda r=r: planner.plan(r), 1)]
    print(f"plan latency, {len(library)}-model library, {len(requests)} dev requests x {rounds}:")
    report("  encoder call alone (baseline)", encode)
    report("  whole plan", plans)
    print(f"  planner's own share of the median: {statistics.median(plans) - statistics.median(encode):.3f} ms")

    rng = np.random.default_rng(0)
    n, dim = 10_000, 384
    tokens = rng.standard_normal((n, dim)).astype(np.float32)
    tokens /= np.linalg.norm(tokens, axis=1, keepdims=True)
    styles = ("anime", "realistic", "artistic", "generalist", "furry", "other")
    cards = [ModelCard(f"Model {i} {styles[i % 6]} mix", ("sd1", "sdxl")[i % 2], f"m{i}.safetensors",
                       style=styles[i % 6], triggers=(f"trig{i}",)) for i in range(n)]
    bank = TokenBank("bench", tuple(c.name for c in cards), ("h",) * n, tokens)
    index = LibraryIndex.build(cards)
    query = tokens[123] + 0.1 * rng.standard_normal(dim).astype(np.float32)
    brief = analyse(Request("an anime girl with a red umbrella in the rain, trig77"))
    print(f"selection over a {n:,}-model bank ({dim}-d tokens):")
    report("  token matrix product (bank.scores)", timed(lambda: bank.scores(query), 500))
    report("  top-5 from the product (argpartition)", timed(lambda: np.argpartition(-bank.scores(query), 5)[:5], 500))
    report("  whole selector with priors and top-k", timed(lambda: select(brief, index, bank, query, 5), 200))


if __name__ == "__main__":
    main()
