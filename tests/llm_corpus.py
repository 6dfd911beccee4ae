"""Malformed LLM answers, generated from the real answer shapes of ChatGen's figures.

Each figure answer is written the ways LLMs write answers (ChatGen-Base's labelled lines, JSON,
Python dicts, markdown, prose around them, A1111 infotext), then cut short, given wrong keys or
wrong types; a few answers are empty, huge or not text at all.
"""
import json
from pathlib import Path

FIGURES = Path(__file__).resolve().parents[2] / "shared" / "data" / "chatgen_figure_examples.jsonl"


def figure_answers() -> list[dict]:
    """The figure examples that show an answer (prompt, model, description, arguments)."""
    rows = [json.loads(line) for line in FIGURES.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [row for row in rows if row.get("prompt")]


def chatgen_text(row: dict) -> str:
    return (f"Prompt: {row['prompt']}\nModel: {row['model']}. {row['model_description']}\n"
            f"Arguments: {row['arguments']!r}")


def as_json(row: dict) -> str:
    return json.dumps({"prompt": row["prompt"], "negative_prompt": "lowres, blurry",
                       "model": row["model"], "arguments": row["arguments"]}, indent=2)


def as_python(row: dict) -> str:
    return repr({"Prompt": row["prompt"], "Model": row["model"], "Arguments": row["arguments"]})


def as_markdown(row: dict) -> str:
    return (f"Sure! Here is the professional version:\n\n**Prompt:** {row['prompt']}\n\n"
            f"**Negative prompt:** ugly, blurry\n\n**Model:** {row['model']}\n\n"
            f"**Arguments:**\n```python\n{row['arguments']!r}\n```\nEnjoy your image!")


def as_fenced_json_with_prose(row: dict) -> str:
    return f"I'd suggest this plan.\n```json\n{as_json(row)}\n```\nLet me know if you want changes."


def as_flat_json(row: dict) -> str:
    return json.dumps({"positive": row["prompt"], "checkpoint": row["model"], **row["arguments"]})


def as_infotext(row: dict) -> str:
    a = row["arguments"]
    return (f"{row['prompt']}\nNegative prompt: lowres\nSteps: {a['steps']}, Sampler: {a['sampler']}, "
            f"CFG scale: {a['cfg_scale']}, Size: {a['width']}x{a['height']}, Model: {row['model']}")


SHAPES = (chatgen_text, as_json, as_python, as_markdown, as_fenced_json_with_prose, as_flat_json, as_infotext)
CUTS = (1.0, 0.9, 0.7, 0.5, 0.3, 0.1)


def wrong_keys(row: dict) -> str:
    return json.dumps({"text": row["prompt"], "engine": row["model"],
                       "config": {"smplr": row["arguments"]["sampler"], "n": 20}})


def wrong_types(row: dict) -> list[str]:
    base = {"prompt": row["prompt"], "model": row["model"], "arguments": dict(row["arguments"])}
    variants = [
        {**base, "prompt": row["prompt"].split(", ")},
        {**base, "prompt": 42},
        {**base, "prompt": {"text": row["prompt"]}},
        {**base, "model": ["a", "b"]},
        {**base, "model": {"name": row["model"], "description": row["model_description"]}},
        {**base, "arguments": "steps 20 please"},
        {**base, "arguments": [1, 2, 3]},
        {**base, "arguments": {**base["arguments"], "steps": "many"}},
        {**base, "arguments": {**base["arguments"], "steps": -5, "cfg_scale": 1e9}},
        {**base, "arguments": {**base["arguments"], "width": "abc", "height": None}},
        {**base, "arguments": {**base["arguments"], "width": 0, "height": 0}},
        {**base, "arguments": {**base["arguments"], "width": 100000, "height": 3}},
        {**base, "arguments": {**base["arguments"], "sampler": 42, "seed": "lucky"}},
        {**base, "arguments": {**base["arguments"], "sampler": None, "scheduler": ["karras"]}},
        {**base, "arguments": {**base["arguments"], "steps": True, "cfg_scale": float("nan")}},
        {**base, "arguments": {**base["arguments"], "size": [1, 2, 3], "clip_skip": "two"}},
    ]
    return [repr(v) for v in variants] + [json.dumps(v) for v in variants]


def odd_answers() -> list:
    return ["", "   \n\t ", "I'm sorry, I can't help with that.", "A cosy cabin.", "{", "}", "{}", "[]",
            "null", "Prompt:", "Model:", "Arguments: {}", "Prompt: \nModel: \nArguments: ",
            "Prompt: a cat\n" * 5000, "x" * 100_000, "{" * 10_000, "[" * 10_000 + "]" * 10_000,
            "<think>" + "hmm " * 500, "<think>planning</think>Prompt: a cat by a fire",
            "Arguments: {'sampler': 'Euler a', 'steps': 20}", "Model: Deliberate 3.0.",
            "Prompt: a cat\nArguments: {'steps': " + "9" * 400 + "}", "\x00\x01\x02", "🙂" * 1000,
            None, 12, b"Prompt: a red fox", ["Prompt: x"], {"prompt": "a fox"}]


def corpus() -> list:
    """Every malformed answer, in a stable order."""
    out: list = []
    for row in figure_answers():
        for shape in SHAPES:
            text = shape(row)
            out += [text[: max(1, int(len(text) * cut))] for cut in CUTS]
        out.append(wrong_keys(row))
        out += wrong_types(row)
    return out + odd_answers()
