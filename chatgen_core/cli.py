"""Command line: `python -m chatgen_core plan "request"`, `... bench ...` and `... train ...`."""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from .errors import ChatGenError
from .summary import describe
from .types import Request, Turn, to_dict


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m chatgen_core", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    plan = commands.add_parser("plan", help="turn a freestyle request into a plan")
    plan.add_argument("request", help='the request, e.g. "a cosy cabin in the snow at night"; - reads stdin')
    _library_options(plan)
    plan.add_argument("--history", type=Path, help="JSON file: earlier turns, [{role, content}, ...]")
    plan.add_argument("--seed", type=int, help="fixed seed (default: derived from the request)")
    plan.add_argument("--json", action="store_true", help="print the plan as JSON")
    plan.add_argument("--comfy", metavar="URL", help="render the plan on this ComfyUI server")
    plan.add_argument("--out", type=Path, default=Path("out"), help="where --comfy saves images")

    bench = commands.add_parser("bench", help="plan every item of a benchmark file")
    bench.add_argument("--data", type=Path, required=True, help="benchmark JSONL (one request a line)")
    bench.add_argument("--out", type=Path, required=True, help="predictions JSONL to write")
    _library_options(bench)

    train = commands.add_parser("train", help="train the ModelToken bank and argument priors from your data")
    _library_options(train)
    _source_options(train)
    train.add_argument("--only", action="append", metavar="MODEL",
                       help="train only this model's token (a new checkpoint); repeatable")
    train.add_argument("--epochs", type=int, default=20, help="passes over the pairs (default 20)")

    llm = commands.add_parser("train-llm", help="add model tokens to a local LLM and train them (GPU)")
    _library_options(llm)
    _source_options(llm)
    llm.add_argument("--model", type=Path, required=True, help="a transformers causal LM folder")
    llm.add_argument("--out", type=Path, required=True, help="folder for the LLM with its model tokens")
    llm.add_argument("--device", default="cuda", help="torch device (default cuda)")
    llm.add_argument("--epochs", type=int, default=10, help="passes over the pairs (default 10)")

    args = parser.parse_args(argv)
    commands_run = {"plan": _plan, "bench": _bench, "train": _train, "train-llm": _train_llm}
    try:
        return commands_run[args.command](args)
    except ChatGenError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2


def _library_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--library", action="append", type=Path, default=[], metavar="PATH",
                        help="a model catalog (JSON) or a checkpoints folder; repeatable")
    parser.add_argument("--bank", type=Path, help="ModelToken bank file to reuse and update")
    parser.add_argument("--top-k", type=int, default=5, help="alternatives to keep (default 5)")
    parser.add_argument("--llm", metavar="URL_OR_PATH",
                        help="plan with a language model: an OpenAI-compatible server's base URL "
                             "(http://127.0.0.1:8000/v1) or a local chat model folder or .gguf file")
    parser.add_argument("--llm-model", default="", help="the server's model name (with a URL --llm)")
    parser.add_argument("--llm-key-env", default="CHATGEN_API_KEY", metavar="NAME",
                        help="environment variable holding the server's API key: CHATGEN_API_KEY (the "
                             "default) or CHATGEN_API_KEY_<SUFFIX>; the key goes only to the URLs in "
                             "NAME_URL (comma-separated), or without it to servers on this machine")


def _source_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--gallery", action="append", type=Path, default=[], metavar="DIR",
                        help="a folder of ComfyUI or A1111 PNGs (their embedded settings); repeatable")
    parser.add_argument("--workflows", action="append", type=Path, default=[], metavar="PATH",
                        help="a ComfyUI workflow JSON or a folder of them; repeatable")
    parser.add_argument("--templates", action="store_true",
                        help="also read the official templates (pip install comfyui-workflow-templates-json)")
    parser.add_argument("--bench", action="append", type=Path, default=[], metavar="JSONL",
                        help="ChatGenBench-format pairs; repeatable")


def _library(args: argparse.Namespace):
    from .library import build_library

    catalogs = [p for p in args.library if not p.is_dir()]
    folders = [p for p in args.library if p.is_dir()]
    for path in catalogs:
        if not path.exists():
            raise ChatGenError(f"No such library file: {path}. Pass a catalog JSON or a checkpoints folder.")
    return build_library(catalogs=catalogs, checkpoint_dirs=folders)


def _planner(args: argparse.Namespace):
    from .planner import EmbeddedPlanner

    library = _library(args)
    if not args.llm:
        return EmbeddedPlanner(library, bank_path=args.bank, top_k=args.top_k)
    from .llm.planner import LLMPlanner

    if "://" in args.llm:
        from .llm.credentials import environment_credential
        from .llm.openai_compat import ChatClient

        key = environment_credential(args.llm_key_env, os.environ)
        backend = ChatClient(args.llm, args.llm_model, credentials=lambda: (key,) if key else ())
    else:
        from .llm.local import open_chat_model

        backend = open_chat_model(args.llm)
    return LLMPlanner(backend, library, bank_path=args.bank, top_k=args.top_k, stream=False)


def _plan(args: argparse.Namespace) -> int:
    text = sys.stdin.read() if args.request == "-" else args.request
    history = ()
    if args.history:
        try:
            turns = json.loads(args.history.read_text(encoding="utf-8"))
            history = tuple(Turn(str(t["role"]), str(t["content"])) for t in turns)
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise ChatGenError(f"Cannot read the history file {args.history}: {error}. It must be a "
                               'JSON list like [{"role": "user", "content": "..."}].') from None
    plan = _planner(args).plan(Request(text, history=history, seed=args.seed))
    print(plan.to_json(indent=2) if args.json else describe(plan))
    if args.comfy:
        from .render import render

        for path in render(plan, args.comfy, args.out):
            print(f"image: {path}")
    return 0


def _bench(args: argparse.Namespace) -> int:
    planner = _planner(args)
    planner.plan(Request("warm-up: a cat"))  # the encoder and bank load outside the timings
    items = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()]
    with args.out.open("w", encoding="utf-8") as out:
        for item in items:
            given = item["input"]
            request = Request(given["text"], history=tuple(Turn(t["role"], t["content"])
                                                           for t in given.get("history", [])))
            start = time.perf_counter()
            try:
                plan, error = planner.plan(request), None
            except ChatGenError as failure:
                plan, error = None, str(failure)
            row = {"id": item["id"], "latency_ms": round((time.perf_counter() - start) * 1000, 3),
                   "error": error}
            if plan:
                params = to_dict(plan.arguments)
                row.update(prompt=plan.positive, negative_prompt=plan.negative, model=plan.model.name,
                           params={k: params[k] for k in ("steps", "cfg", "sampler_name", "scheduler",
                                                          "width", "height", "seed")})
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(items)} predictions -> {args.out}")
    return 0


def _pairs(args: argparse.Namespace, library):
    from .training.learn import collect_pairs

    pairs = collect_pairs(library, galleries=args.gallery, workflows=args.workflows,
                          benches=args.bench, templates=args.templates)
    if not pairs:
        raise ChatGenError("No training pairs: none of the sources named a model of this library. "
                           "Pass --gallery, --workflows, --templates or --bench with models you have.")
    print(f"{len(pairs)} pairs for {len({p.model for p in pairs})} models")
    return pairs


def _progress(done: int, total: int) -> None:
    print(f"\repoch {done}/{total}", end="\n" if done == total else "", flush=True)


def _train(args: argparse.Namespace) -> int:
    from .encoder import TextEncoder
    from .training.learn import learn

    if args.bank is None:
        raise ChatGenError("train needs --bank PATH: where to keep the trained model tokens.")
    library = _library(args)
    learned = learn(library, TextEncoder(), args.bank, _pairs(args, library), only=args.only,
                    epochs=args.epochs, progress=_progress)
    print(learned.summary())
    return 0


def _train_llm(args: argparse.Namespace) -> int:
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from .modeltoken import model_text
    from .training.llm_tokens import add_model_tokens, save_llm_tokens, train_llm_tokens

    library = _library(args)
    pairs = _pairs(args, library)
    cards = list(library)
    model = AutoModelForCausalLM.from_pretrained(str(args.model)).to(args.device)
    tokenizer = AutoTokenizer.from_pretrained(str(args.model))
    ids = add_model_tokens(model, tokenizer, [model_text(card) for card in cards])
    row = {card.name: i for i, card in enumerate(cards)}
    losses = train_llm_tokens(model, tokenizer, ids, [p.text for p in pairs], [row[p.model] for p in pairs],
                              epochs=args.epochs, progress=_progress)
    model.save_pretrained(str(args.out))
    tokenizer.save_pretrained(str(args.out))
    save_llm_tokens(model, ids, [card.name for card in cards], args.out / "model_tokens.safetensors")
    print(f"{len(ids)} model tokens trained (loss {losses[0]:.3f} → {losses[-1]:.3f}) → {args.out}")
    return 0
