"""The freestyle dev set beside the repo (../shared/bench), for tests and benchmark scripts.

Plans become prediction rows exactly as `python -m chatgen_core bench` writes them, and are scored
by the benchmark's own score.py, loaded from its file rather than copied.
"""
import importlib.util
import json
import time
from pathlib import Path

from chatgen_core import ChatGenError, Request, Turn
from chatgen_core.types import to_dict

REPO = Path(__file__).resolve().parents[1]
BENCH = REPO.parent / "shared" / "bench"
HORDE = REPO.parent / "shared" / "data" / "horde_model_reference_sd.json"
METRICS = ("selection_hit", "content_recall", "filler_free", "trigger_ok", "exclusion_ok", "negative_ok",
           "orientation_ok", "params_valid")


def items(ids=None) -> list[dict]:
    """The dev items, all of them or those with the given ids, in file order."""
    rows = [json.loads(line) for line in (BENCH / "dev.jsonl").read_text(encoding="utf-8").splitlines() if line]
    return [row for row in rows if ids is None or row["id"] in ids]


def request(item: dict) -> Request:
    given = item["input"]
    return Request(given["text"], history=tuple(Turn(t["role"], t["content"]) for t in given.get("history", [])))


def predict(planner, chosen: list[dict]) -> list[dict]:
    """One prediction row an item, with the planning time of that item alone."""
    rows = []
    for item in chosen:
        start = time.perf_counter()
        try:
            plan, error = planner.plan(request(item)), None
        except ChatGenError as failure:
            plan, error = None, str(failure)
        row = {"id": item["id"], "latency_ms": round((time.perf_counter() - start) * 1000, 3), "error": error}
        if plan:
            params = to_dict(plan.arguments)
            row.update(prompt=plan.positive, negative_prompt=plan.negative, model=plan.model.name,
                       params={k: params[k] for k in ("steps", "cfg", "sampler_name", "scheduler", "width",
                                                      "height", "seed")})
        rows.append(row)
    return rows


def score(chosen: list[dict], rows: list[dict]) -> dict:
    """score.py's result for these items and predictions: the metrics, their counts and per-item rows."""
    spec = importlib.util.spec_from_file_location("freestyle_score", BENCH / "score.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    library = json.loads(HORDE.read_text(encoding="utf-8"))
    return scorer.score(chosen, {row["id"]: row for row in rows}, library)
