"""Score the embedded planner on the blind sets, per category, with the benchmark's own scorer.

    python tests/benchmarks/eval_blind.py [tests/bench/blind1 ...] [--json OUT] [--misses CATEGORY]

Each set is a folder of JSONL files (or one file) in the `../shared/bench` schema whose items also
carry a `category`. Predictions are made exactly as `python -m chatgen_core bench` makes them and
scored by `../shared/bench/score.py`, so the figures compare with the held-out sets'.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"
LIBRARY = SHARED / "data" / "horde_model_reference_sd.json"
METRICS = ("selection_hit", "content_recall", "filler_free", "trigger_ok", "exclusion_ok", "negative_ok",
           "not_negated", "orientation_ok", "params_valid")


def _scorer():
    spec = importlib.util.spec_from_file_location("bench_score", SHARED / "bench" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.score


def items_of(paths: list[Path]) -> list[dict]:
    files = [f for p in paths for f in (sorted(p.glob("*.jsonl")) if p.is_dir() else [p])]
    return [json.loads(line) for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]


def predict(planner, items: list[dict]) -> dict[str, dict]:
    from chatgen_core import ChatGenError, Request, Turn
    from chatgen_core.types import to_dict

    predictions = {}
    for item in items:
        given = item["input"]
        request = Request(given["text"], history=tuple(Turn(t["role"], t["content"]) for t in given.get("history", [])))
        start = time.perf_counter()
        try:
            plan, error = planner.plan(request), None
        except ChatGenError as failure:
            plan, error = None, str(failure)
        row = {"id": item["id"], "latency_ms": (time.perf_counter() - start) * 1000, "error": error}
        if plan:
            params = to_dict(plan.arguments)
            row.update(prompt=plan.positive, negative_prompt=plan.negative, model=plan.model.name,
                       params={k: params[k] for k in ("steps", "cfg", "sampler_name", "scheduler", "width",
                                                      "height", "seed")}, rationale=list(plan.rationale))
        predictions[item["id"]] = row
    return predictions


def table(items: list[dict], predictions: dict[str, dict], library: dict) -> tuple[str, dict]:
    score = _scorer()
    groups = defaultdict(list)
    for item in items:
        groups[item.get("category", "?")].append(item)
    rows, figures = [], {}
    for name, members in [*sorted(groups.items()), ("ALL", items)]:
        result = score(members, predictions, library)
        figures[name] = {k: result[k] for k in METRICS} | {"n": len(members), "errors": result["errors"]}
        cells = [f"{result[k]:.2f}" if result[k] is not None else "  - " for k in METRICS]
        rows.append(f"| {name} | {len(members)} | {result['errors']} | " + " | ".join(cells) + " |")
    header = ("| category | n | refused | " + " | ".join(m.replace("_", " ") for m in METRICS) + " |\n|"
              + "---|" * (len(METRICS) + 3))
    return header + "\n" + "\n".join(rows), figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", nargs="*", type=Path, default=[ROOT / "tests" / "bench" / "blind1"])
    parser.add_argument("--json", type=Path, help="write the figures (and predictions) here")
    parser.add_argument("--misses", metavar="CATEGORY", help="print the failed checks of this category")
    args = parser.parse_args(argv)

    from chatgen_core.library import build_library
    from chatgen_core.planner import EmbeddedPlanner
    from chatgen_core.types import Request

    planner = EmbeddedPlanner(build_library(catalogs=[LIBRARY]))
    planner.plan(Request("warm-up: a cat"))
    items = items_of(args.sets)
    predictions = predict(planner, items)
    library = json.loads(LIBRARY.read_text(encoding="utf-8"))
    text, figures = table(items, predictions, library)
    print(text)
    latencies = [p["latency_ms"] for p in predictions.values()]
    print(f"\nplan latency median {statistics.median(latencies):.1f} ms, worst {max(latencies):.1f} ms "
          f"over {len(latencies)} requests")
    if args.misses:
        _print_misses([i for i in items if i.get("category") == args.misses or args.misses == "ALL"],
                      predictions, library)
    if args.json:
        args.json.write_text(json.dumps({"figures": figures, "predictions": predictions}, indent=1,
                                        ensure_ascii=False), encoding="utf-8")
    return 0


def _print_misses(items: list[dict], predictions: dict, library: dict) -> None:
    score = _scorer()
    for item in items:
        row = score([item], predictions, library)["rows"][0]
        failed = [k for k in METRICS if row.get(k) not in (None, True, 1, 1.0)]
        if failed or "error" in row:
            p = predictions[item["id"]]
            print(f"\n{item['id']} {failed or row.get('error')}: {item['input']['text']}")
            print(f"  model: {p.get('model')}  expect: { {k: v for k, v in item['expect'].items() if v} }")
            print(f"  +: {p.get('prompt')}\n  -: {p.get('negative_prompt')}")


if __name__ == "__main__":
    sys.exit(main())
