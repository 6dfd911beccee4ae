"""One training run as the CLI and the node run it: gather pairs, train the bank, learn priors, save."""
from __future__ import annotations

import hashlib
import importlib.util
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..arrayfile import read_array, write_array
from ..library import Library
from ..modeltoken import TokenBank, load_bank, refresh_bank, save_bank
from .pairs import Pair, bench_pairs, dedupe, gallery_pairs, library_pairs, workflow_pairs
from .priors import ArgumentPriors, build_priors, priors_path, save_priors
from .train import TrainReport, pair_query, train_bank

CACHE_FORMAT = "chatgen-pair-encodings/1"


@dataclass(frozen=True)
class Learned:
    bank: TokenBank
    priors: ArgumentPriors
    report: TrainReport
    pairs: tuple[Pair, ...]

    def summary(self) -> str:
        r = self.report
        return (f"{r.pairs} pairs, {r.models} model tokens trained in {r.seconds:.1f} s "
                f"(cross-entropy {r.loss_before:.3f} → {r.loss_after:.3f}); "
                f"{len(self.priors.models)} examples with settings as argument priors; "
                f"bank {self.bank.version}")


def template_paths() -> list[Path]:
    """The official ComfyUI workflow templates, when `comfyui-workflow-templates-json` is installed."""
    spec = importlib.util.find_spec("comfyui_workflow_templates_json")
    if spec is None or spec.origin is None:
        return []
    return sorted((Path(spec.origin).parent / "templates").glob("*.json"))


def workflow_files(paths: Sequence[str | Path]) -> list[Path]:
    """Workflow JSON files: the files given, and every .json under the folders given."""
    found = []
    for path in map(Path, paths):
        found += sorted(path.rglob("*.json")) if path.is_dir() else [path]
    return found


def collect_pairs(library: Library, *, galleries: Sequence[str | Path] = (),
                  workflows: Sequence[str | Path] = (), benches: Sequence[str | Path] = (),
                  templates: bool = False) -> list[Pair]:
    """Deduplicated pairs from the library's examples and every source given."""
    pairs = library_pairs(library)
    for folder in galleries:
        pairs += gallery_pairs(folder, library)
    pairs += workflow_pairs(workflow_files(workflows) + (template_paths() if templates else []), library)
    for path in benches:
        pairs += bench_pairs(path, library)
    return dedupe(pairs)


def learn(library: Library, encoder, bank_path: str | Path, pairs: Sequence[Pair], *,
          only: Sequence[str] | None = None, epochs: int = 20,
          progress: Callable[[int, int], None] | None = None) -> Learned:
    """Train the bank at `bank_path` (refreshed for this library first) and save it with its priors."""
    cards = list(library)
    bank = refresh_bank(cards, encoder.encode, encoder.name, load_bank(bank_path))
    queries = cached_encodings(pairs, encoder, cache_path(bank_path))
    bank, report = train_bank(bank, cards, pairs, encoder.encode, queries=queries, only=only,
                              epochs=epochs, progress=progress)
    priors = build_priors(pairs, queries)
    save_bank(bank, bank_path)
    save_priors(priors, priors_path(bank_path))
    return Learned(bank, priors, report, tuple(pairs))


def cache_path(bank_path: str | Path) -> Path:
    """The pair encodings beside a bank: modeltokens.safetensors → modeltokens.pairs.safetensors."""
    bank_path = Path(bank_path)
    return bank_path.with_name(bank_path.stem + ".pairs" + bank_path.suffix)


def cached_encodings(pairs: Sequence[Pair], encoder, path: Path) -> np.ndarray:
    """The frozen encoder's vectors for the pairs, encoding only texts the cache at `path` lacks.

    Retraining on a grown gallery then encodes only the new pictures' prompts.
    """
    if not pairs:
        return encoder.encode([])
    # Keyed by the raw text: reading a prompt into its brief costs more than looking it up.
    keys = [hashlib.sha256(p.text.encode("utf-8")).hexdigest()[:20] for p in pairs]
    known: dict[str, np.ndarray] = {}
    stored = read_array(path, "queries", CACHE_FORMAT)
    if stored is not None and stored[1].get("encoder") == encoder.name:
        try:
            known = dict(zip(json.loads(stored[1]["keys"]), stored[0], strict=True))
        except Exception:  # a damaged cache: encode everything again
            known = {}
    missing = {k: p.text for k, p in zip(keys, pairs, strict=True) if k not in known}
    if missing:
        fresh = encoder.encode([pair_query(text) for text in missing.values()])
        known.update(zip(missing, fresh, strict=True))
        write_array(path, "queries", np.stack(list(known.values())),
                    {"format": CACHE_FORMAT, "encoder": encoder.name, "keys": json.dumps(list(known))})
    return np.stack([known[k] for k in keys]).astype(np.float32)
