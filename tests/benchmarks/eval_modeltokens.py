"""Evaluation of ModelToken learning (a script, not a test): prints the tables the issue asks for.

    /work/main/.venv/bin/python tests/benchmarks/eval_modeltokens.py [--gallery DIR] [--splits N]

Data, all real: the 660 official ComfyUI templates (`comfyui-workflow-templates-json`: prompt,
checkpoint, KSampler settings of each sampler) and the DiffusionGPT model database's example
prompts. The library is every model those name; a template model's metadata is its file name
and the names of the templates that use it, as a file on disk would give. The same template
generations are also written as a gallery of ComfyUI PNGs ("prompt"/"workflow" chunks) and read
back, to show the gallery path yields the same pairs. With --gallery, the pairs are instead those
of a folder of PNGs the real ComfyUI host generated (make_gallery.py writes one).

Each split holds out about a third of each model's pairs (one of every model with two; a model
with one pair lands in the test side half the time, which is a new model for the trained bank).
Zero-shot is the metadata bank with the training examples in its metadata, the strongest
untrained baseline; "trained" fine-tunes it on the training pairs. Selection goes through the
real selector (priors, name words) at top-1 and top-5. Arguments are configured for the true
model: with the priors (the nearest training examples) against without them (card and
baseline defaults).
"""
import hashlib
import json
import random
import sys
import tempfile
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from chatgen_core import Example, ModelCard, Request  # noqa: E402
from chatgen_core.arguments import configure  # noqa: E402
from chatgen_core.arrayfile import write_array  # noqa: E402
from chatgen_core.brief import analyse  # noqa: E402
from chatgen_core.encoder import TextEncoder  # noqa: E402
from chatgen_core.library import Library, build_library, canonical_baseline  # noqa: E402
from chatgen_core.library.catalogs import readable_name  # noqa: E402
from chatgen_core.modeltoken import refresh_bank  # noqa: E402
from chatgen_core.samplers import to_comfy  # noqa: E402
from chatgen_core.selector import LibraryIndex, select  # noqa: E402
from chatgen_core.training.learn import CACHE_FORMAT, cache_path, learn, template_paths  # noqa: E402
from chatgen_core.training.pairs import (  # noqa: E402
    Pair,
    dedupe,
    gallery_pairs,
    library_pairs,
    ui_graph_examples,
    workflow_pairs,
)
from chatgen_core.training.priors import build_priors  # noqa: E402
from chatgen_core.training.train import encode_pairs, fit_tokens, train_bank  # noqa: E402

SHARED = REPO.parent / "shared" / "data"
SPLITS = int(sys.argv[sys.argv.index("--splits") + 1]) if "--splits" in sys.argv else 5
FEW = 2  # a model with at most this many training pairs counts as few-example


def template_library() -> Library:
    """One card per model file the templates load, described by its name and its templates."""
    used: dict[str, list[str]] = {}
    for path in template_paths():
        graph = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(graph, dict):
            for model, _ in ui_graph_examples(graph):
                used.setdefault(model, []).append(readable_name(path.stem))
    cards = []
    for file, templates in sorted(used.items()):
        stem = file.rsplit(".", 1)[0]
        cards.append(ModelCard(name=readable_name(stem), file_name=file,
                               baseline=canonical_baseline(stem) or "other",
                               description="Used by the templates: " + ", ".join(sorted(set(templates))[:4]),
                               source="comfyui-workflow-templates-json"))
    dgpt = build_library(catalogs=[SHARED / "diffusiongpt_model_data_sd15.json",
                                   SHARED / "diffusiongpt_model_data_sdxl.json"])
    return Library(tuple(cards) + dgpt.cards)


def write_gallery(folder: Path, pairs) -> None:
    """The generations as ComfyUI PNGs: the API graph in "prompt", as ComfyUI's SaveImage writes it."""
    from PIL import Image
    from PIL.PngImagePlugin import PngInfo

    for i, pair in enumerate(pairs):
        s = pair.settings
        graph = {"1": {"class_type": "CheckpointLoaderSimple", "inputs": {"ckpt_name": pair.model}},
                 "2": {"class_type": "CLIPTextEncode", "inputs": {"text": pair.text, "clip": ["1", 1]}},
                 "3": {"class_type": "EmptyLatentImage", "inputs": {"width": s.width or 512,
                                                                    "height": s.height or 512}},
                 "4": {"class_type": "KSampler", "inputs": {
                     "model": ["1", 0], "positive": ["2", 0], "negative": ["2", 0],
                     "latent_image": ["3", 0], "steps": s.steps, "cfg": s.cfg,
                     "sampler_name": s.sampler, "scheduler": s.scheduler}}}
        info = PngInfo()
        info.add_text("prompt", json.dumps(graph))
        Image.new("RGB", (8, 8)).save(folder / f"{i:04d}.png", pnginfo=info)


def split(pairs, seed):
    rng = random.Random(seed)
    by_model: dict[str, list] = {}
    for pair in pairs:
        by_model.setdefault(pair.model, []).append(pair)
    train, test = [], []
    for group in by_model.values():
        rng.shuffle(group)
        held = max(1, round(len(group) / 3)) if len(group) > 1 else int(rng.random() < 0.5)
        test += group[:held]
        train += group[held:]
    return train, test


def selection(library, bank, tests, queries):
    index = LibraryIndex.build(list(library))
    hits = []
    for pair, query in zip(tests, queries, strict=True):
        candidates, _ = select(analyse(Request(pair.text)), index, bank, query, 5)
        names = [c.name for c in candidates]
        hits.append((names[0] == pair.model, pair.model in names))
    return hits


def argument_hits(predicted, truth: Example) -> list[float]:
    """1 or 0 per setting; NaN where the held-out generation does not say (left out of the mean)."""
    pair = to_comfy(truth.sampler, truth.scheduler) or (truth.sampler, truth.scheduler)
    near = lambda a, b: float(abs(a - b) <= 0.2 * abs(b)) if b is not None else np.nan  # noqa: E731
    known = lambda ok, given: float(ok) if given else np.nan  # noqa: E731
    return [known(predicted.sampler_name == pair[0], truth.sampler),
            known(predicted.scheduler == pair[1], truth.scheduler),
            near(predicted.steps, truth.steps), near(predicted.cfg, truth.cfg),
            known((predicted.width, predicted.height) == (truth.width, truth.height), truth.width)]


def main() -> None:
    encoder = TextEncoder()
    library = template_library()
    if "--gallery" in sys.argv:
        folder = Path(sys.argv[sys.argv.index("--gallery") + 1])
        from_gallery = gallery_pairs(folder, library)
        pairs = dedupe(from_gallery + library_pairs(library))
        print(f"library: {len(library)} models; pairs: {len(from_gallery)} from the host-generated gallery "
              f"{folder} (make_gallery.py), {len(library_pairs(library))} from DiffusionGPT examples, "
              f"{len(pairs)} after deduplication; sizes left out (the gallery ran at 1/8 scale)")
        evaluate(library, pairs, encoder, with_size=False)
        return
    from_templates = workflow_pairs(template_paths(), library)
    with tempfile.TemporaryDirectory() as folder:
        write_gallery(Path(folder), [replace(p, model=library.get(p.model).file_name) for p in from_templates])
        from_gallery = gallery_pairs(folder, library)
    pairs = dedupe(from_templates + library_pairs(library) + from_gallery)
    print(f"library: {len(library)} models; pairs: {len(from_templates)} from templates, "
          f"{len(library_pairs(library))} from DiffusionGPT examples, {len(from_gallery)} from the "
          f"PNG gallery (the template generations again), {len(pairs)} after deduplication")
    evaluate(library, pairs, encoder)
    timing()


def evaluate(library: Library, pairs, encoder: TextEncoder, with_size: bool = True) -> None:
    """Selection and argument tables over SPLITS random held-out splits of `pairs`."""
    queries = dict(zip(pairs, encode_pairs(pairs, encoder.encode), strict=True))
    rows = {"zero-shot": [], "trained": []}
    few_rows = {"zero-shot": [], "trained": []}
    args_rows = {"defaults": [], "priors": []}
    for seed in range(SPLITS):
        train, test = split(pairs, seed)
        counts = Counter(p.model for p in train)
        # Zero-shot with the training examples in each card's metadata: no test text leaks in.
        cards = [replace(c, examples=tuple(p.settings if p.settings.prompt else Example(prompt=p.text)
                                           for p in train if p.model == c.name)) for c in library]
        zero = refresh_bank(cards, encoder.encode, encoder.name)
        trained, _ = train_bank(zero, cards, train, encoder.encode,
                                queries=np.stack([queries[p] for p in train]))
        test_queries = [queries[p] for p in test]
        few = [counts[p.model] <= FEW for p in test]
        for name, bank in (("zero-shot", zero), ("trained", trained)):
            hits = selection(Library(tuple(cards)), bank, test, test_queries)
            rows[name] += hits
            few_rows[name] += [h for h, f in zip(hits, few, strict=True) if f]
        priors = build_priors(train, np.stack([queries[p] for p in train]))
        by_name = {c.name: c for c in library}
        for pair in test:
            if not (pair.settings.steps or pair.settings.sampler):
                continue
            brief = analyse(Request(pair.text))
            card = replace(by_name[pair.model], examples=())
            plain, _ = configure(brief, card, 0, "")
            learned, _ = configure(brief, card, 0, "", priors.nearest(pair.model, queries[pair]))
            args_rows["defaults"].append(argument_hits(plain, pair.settings))
            args_rows["priors"].append(argument_hits(learned, pair.settings))

    print(f"\nSelection on held-out pairs ({SPLITS} random splits pooled)")
    print(f"| bank | top-1 | top-5 | n | top-1 few (<= {FEW} train pairs) | top-5 few | n few |")
    print("|---|---|---|---|---|---|---|")
    for name in rows:
        h, f = np.array(rows[name]), np.array(few_rows[name])
        print(f"| {name} | {h[:, 0].mean():.3f} | {h[:, 1].mean():.3f} | {len(h)} | "
              f"{f[:, 0].mean():.3f} | {f[:, 1].mean():.3f} | {len(f)} |")
    print("\nArguments for the true model on held-out pairs with settings")
    columns = ["sampler", "scheduler", "steps ±20%", "cfg ±20%", "size"][:5 if with_size else 4]
    print("| configurator | " + " | ".join(columns) + " | mean |")
    print("|---" * (len(columns) + 2) + "|")
    for name, hits in args_rows.items():
        a = np.array(hits, dtype=float)[:, :len(columns)]
        cols = " | ".join(f"{v:.3f}" for v in np.nanmean(a, axis=0))
        print(f"| {name} | {cols} | {np.nanmean(np.nanmean(a, axis=0)):.3f} |")
    counts = (~np.isnan(np.array(args_rows["priors"], dtype=float)[:, :len(columns)])).sum(axis=0)
    print("held-out generations that state each setting: " + ", ".join(map(str, counts)))


def timing() -> None:
    """10,000 pairs from cached encoder outputs (random unit vectors), 20 epochs."""
    rng = np.random.default_rng(0)
    print("\nTraining time, 10,000 cached pairs, 20 epochs")
    for models in (161, 1000, 6807):
        tokens = rng.normal(size=(models, 384)).astype(np.float32)
        tokens /= np.linalg.norm(tokens, axis=1, keepdims=True)
        labels = rng.integers(0, models, 10_000)
        queries = tokens[labels] + 0.1 * rng.normal(size=(10_000, 384)).astype(np.float32)
        queries /= np.linalg.norm(queries, axis=1, keepdims=True)
        rows = np.unique(labels)
        start = time.perf_counter()
        fit_tokens(tokens, tokens[rows], rows, queries, labels)
        print(f"- {models} models: {time.perf_counter() - start:.1f} s")
    # The whole `learn` (cache lookup, training, priors, saving) over the 161 Horde models, with the
    # real encoder and its outputs for the 10,000 pairs already cached.
    library = build_library(catalogs=[SHARED / "horde_model_reference_sd.json"])
    names = [card.name for card in library]
    pairs = [Pair(f"picture {i} of a {('castle', 'cat', 'forest', 'robot')[i % 4]}", names[i % len(names)],
                  f"{i}.png", Example(steps=20 + i % 10, cfg=7.0)) for i in range(10_000)]
    encoder = TextEncoder()
    with tempfile.TemporaryDirectory() as folder:
        bank = Path(folder) / "modeltokens.safetensors"
        vectors = rng.normal(size=(len(pairs), 384)).astype(np.float32)
        cache = dict(zip((hashlib.sha256(p.text.encode()).hexdigest()[:20] for p in pairs), vectors, strict=True))
        write_array(cache_path(bank), "queries", vectors,
                    {"format": CACHE_FORMAT, "encoder": encoder.name, "keys": json.dumps(list(cache))})
        learn(library, encoder, bank, pairs[:1])  # the bank's metadata rows, encoded once
        start = time.perf_counter()
        learned = learn(library, encoder, bank, pairs)
        print(f"- learn() end to end, 10,000 cached pairs, 161 models: {time.perf_counter() - start:.1f} s "
              f"({learned.report.models} tokens trained)")


if __name__ == "__main__":
    main()
