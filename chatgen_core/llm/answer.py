"""An LLM's answer, read tolerantly: whatever it wrote becomes an `LLMAnswer`, never an exception.

ChatGen-Base answers in labelled lines (`Prompt: ...`, `Model: <name>. <description>`,
`Arguments: {'sampler': 'DPM++ 2M Karras', 'steps': 28, ...}`); other chat models write JSON,
Python-literal dicts, markdown, prose around any of these, or stop half-way. The parser keeps what
it can read and says in `notes` what it could not; deciding what to do about gaps is the
repairer's job, not this module's.
"""
from __future__ import annotations

import ast
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

MAX_ANSWER_CHARS = 20_000
"""Longer answers are cut before parsing: a plan fits in a few hundred characters, and a runaway
generation must not cost seconds of regex work."""

# Field names as a key (lower case, letters only) → the LLMAnswer field.
_FIELDS = {
    "prompt": "prompt", "positive": "prompt", "positiveprompt": "prompt",
    "professionalprompt": "prompt", "promptpositive": "prompt",
    "negative": "negative", "negativeprompt": "negative", "professionalnegativeprompt": "negative",
    "professionalnegative": "negative", "promptnegative": "negative", "neg": "negative",
    "model": "model", "modelname": "model", "checkpoint": "model", "ckpt": "model",
    "ckptname": "model", "basemodel": "model",
    "modeldescription": "description", "description": "description",
    "arguments": "arguments", "args": "arguments", "parameters": "arguments", "params": "arguments",
    "settings": "arguments", "modelparameters": "arguments",
}
# Argument names as a key → the canonical name the repairer reads.
ARGUMENT_KEYS = {
    "sampler": "sampler", "samplername": "sampler", "samplerindex": "sampler", "sampling": "sampler",
    "samplingmethod": "sampler", "scheduler": "scheduler", "schedule": "scheduler",
    "scheduletype": "scheduler", "steps": "steps", "samplingsteps": "steps",
    "numinferencesteps": "steps", "cfg": "cfg", "cfgscale": "cfg", "guidance": "cfg",
    "guidancescale": "cfg", "width": "width", "height": "height", "size": "size",
    "resolution": "size", "seed": "seed", "clipskip": "clip_skip",
}

# A label at the start of a line, with markdown or list decoration around it.
_LABEL = re.compile(
    r"(?im)^[ \t>*#_\-•\d.)]*(?P<label>negative[ _]?prompts?|positive[ _]?prompt|professional[ _]?"
    r"negative[ _]?prompt|professional[ _]?prompt|prompt|negative|model[ _]?description|model[ _]?name|"
    r"model|checkpoint|arguments|parameters|params|settings|steps)[ \t*_]*[:：=]")
# key: value pairs in a dict that would not parse (cut off, odd quotes) or in infotext lines.
_PAIR = re.compile(
    r"""["']?(?P<key>[A-Za-z][\w ]{0,30}?)["']?\s*[:=]\s*"""
    r"""(?P<value>'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|[^'"\s,{}\[\]][^,{}\n]*)""")
_FENCE = re.compile(r"```[a-zA-Z]*")
_THINK = re.compile(r"(?is)<think>.*?(?:</think>|$)")


@dataclass(frozen=True)
class LLMAnswer:
    """What an LLM proposed. Empty strings and an empty dict mean it did not say."""
    prompt: str = ""
    negative: str = ""
    model: str = ""
    description: str = ""  # the model's description, when the answer gave one
    arguments: dict[str, Any] = field(default_factory=dict, hash=False)
    raw: str = field(default="", repr=False)
    notes: tuple[str, ...] = ()  # what the parser could not read

    @property
    def empty(self) -> bool:
        return not (self.prompt or self.negative or self.model or self.arguments)


def parse_answer(raw: Any) -> LLMAnswer:
    """Read any answer text. Never raises: an unreadable answer is an empty LLMAnswer with notes."""
    if isinstance(raw, bytes):
        raw = raw.decode("utf-8", errors="replace")
    if not isinstance(raw, str):
        return LLMAnswer(raw="" if raw is None else repr(raw)[:MAX_ANSWER_CHARS],
                         notes=(f"The LLM's answer was {type(raw).__name__}, not text.",))
    notes: list[str] = []
    text = raw
    if len(text) > MAX_ANSWER_CHARS:
        text = text[:MAX_ANSWER_CHARS]
        notes.append(f"The LLM's answer was {len(raw):,} characters; read the first {MAX_ANSWER_CHARS:,}.")
    # Reasoning models think aloud first; code fences only wrap the answer.
    text = _FENCE.sub("", _THINK.sub("", text)).replace("\r\n", "\n").strip()
    if not text:
        return LLMAnswer(raw=raw, notes=(*notes, "The LLM's answer was empty."))

    fields: dict[str, Any] = {}
    structured = _first_dict(text, lambda d: any(_key(k) in _FIELDS for k in d))
    if structured is not None:
        _take_mapping(structured, fields, notes)
    elif _LABEL.search(text):
        _take_labelled(text, fields, notes)
    elif (pairs := _pairs(text)) and any(_key(k) in _FIELDS for k in pairs):
        _take_mapping(pairs, fields, notes)  # a dict cut off before it closed
    if not fields.get("arguments"):
        loose = _first_dict(text, lambda d: any(_key(k) in ARGUMENT_KEYS for k in d)) or _pairs(text)
        arguments = _arguments(loose)
        if arguments:
            fields["arguments"] = arguments
    answer = LLMAnswer(prompt=_clean(fields.get("prompt")), negative=_clean(fields.get("negative")),
                       model=_clean(fields.get("model")), description=_clean(fields.get("description")),
                       arguments=fields.get("arguments") or {}, raw=raw, notes=tuple(notes))
    if answer.empty:
        answer = LLMAnswer(raw=raw, notes=(*notes, "The LLM's answer held no prompt, model or arguments."))
    return answer


def _take_mapping(data: Mapping[Any, Any], fields: dict[str, Any], notes: list[str]) -> None:
    flat = {}
    for key, value in data.items():
        name = _FIELDS.get(_key(key))
        if name == "arguments":
            if isinstance(value, str):
                value = _first_dict(value, lambda d: True) or _pairs(value)
            if isinstance(value, Mapping):
                flat.update(value)
            else:
                notes.append(f"Ignored the LLM's arguments: {type(value).__name__}, not a mapping.")
        elif name == "model" and isinstance(value, Mapping):
            # {"model": {"name": ..., "description": ...}}
            fields.setdefault("model", _text(value.get("name"), "model", notes))
            fields.setdefault("description", _text(value.get("description"), "description", notes))
        elif name:
            fields.setdefault(name, _text(value, name, notes))
        else:
            flat[key] = value  # arguments written at the top level
    arguments = _arguments(flat)
    if isinstance(fields.get("model"), str) and not fields.get("description"):
        fields["model"], fields["description"] = _split_model(fields["model"])
    if arguments:
        fields["arguments"] = arguments


def _take_labelled(text: str, fields: dict[str, Any], notes: list[str]) -> None:
    marks = list(_LABEL.finditer(text))
    if _FIELDS.get(_key(marks[0].group("label"))) == "negative":
        # A1111 infotext: the prompt is the text before "Negative prompt:".
        fields["prompt"] = text[: marks[0].start()]
    for mark, after in zip(marks, [*marks[1:], None], strict=True):
        value = text[mark.end(): after.start() if after else len(text)].strip()
        label = _key(mark.group("label"))
        if label == "steps":  # A1111 infotext: "Steps: 28, Sampler: Euler a, CFG scale: 7, ..."
            fields.setdefault("arguments", _pairs(text[mark.start():].split("\n", 1)[0]))
            continue
        name = _FIELDS.get(label)
        if name == "arguments":
            found = _first_dict(value, lambda d: True) or _pairs(value)
            fields.setdefault("arguments", found)
        elif name == "model":
            model, description = _split_model(value)
            fields.setdefault("model", model)
            if description:
                fields.setdefault("description", description)
        elif name:
            fields.setdefault(name, value)
    if "arguments" in fields:
        arguments = fields.pop("arguments")
        if isinstance(arguments, Mapping):
            fields["arguments"] = _arguments(arguments)


def _arguments(data: Mapping[Any, Any] | None) -> dict[str, Any]:
    """Known argument keys under their canonical names; unknown ones as written."""
    if not data:
        return {}
    out: dict[str, Any] = {}
    for key, value in data.items():
        name = ARGUMENT_KEYS.get(_key(key))
        if name:
            out.setdefault(name, value)
        elif isinstance(key, str) and _FIELDS.get(_key(key)) is None:
            out.setdefault(key.strip()[:40], value)
    return out if any(k in ARGUMENT_KEYS.values() for k in out) else {}


def _first_dict(text: str, wanted) -> dict[Any, Any] | None:
    """The first {...} in the text that parses as JSON or a Python literal and that `wanted` accepts."""
    start = text.find("{")
    tries = 0
    while start != -1 and tries < 20:
        tries += 1
        end = _closing_brace(text, start)
        if end is not None:
            data = _literal(text[start:end + 1])
            if isinstance(data, dict) and wanted(data):
                return data
        start = text.find("{", start + 1)
    return None


def _closing_brace(text: str, start: int) -> int | None:
    depth, quote, escaped = 0, "", False
    for i in range(start, len(text)):
        ch = text[i]
        if quote:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == quote:
                quote = ""
        elif ch in "'\"":
            quote = ch
        elif ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return i
    return None


def _literal(text: str) -> Any:
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        pass
    try:
        return ast.literal_eval(text)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return None


def _pairs(text: str) -> dict[str, Any]:
    """Complete `key: value` pairs, for a dict cut off mid-way or A1111 infotext."""
    out: dict[str, Any] = {}
    for match in _PAIR.finditer(text):
        value = match.group("value").strip()
        if value[:1] in "'\"" and len(value) >= 2:
            value = _literal(value) if value[0] == '"' else value[1:-1]
        out.setdefault(match.group("key").strip(), value)
    return out


def _split_model(value: str) -> tuple[str, str]:
    """`<name>. <description>` → (name, description); a name may hold dots ("SDXL 1.0")."""
    value = value.strip().split("\n", 1)[0].strip()
    match = re.match(r"(.+?)\.(?:\s+|$)(.*)", value)
    if match:
        return match.group(1), match.group(2)
    return value, ""


def _text(value: Any, name: str, notes: list[str]) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        return ", ".join(value)
    if value is not None:
        notes.append(f"Ignored the LLM's {name}: {type(value).__name__}, not text.")
    return ""


def _clean(value: Any) -> str:
    if not isinstance(value, str):
        return ""
    value = re.sub(r"\s+", " ", value).strip()
    value = re.sub(r"^(?:\*\*|__|[`'\"“”])+|(?:\*\*|__|[`'\"“”])+$", "", value).strip()
    # The figures mark a cut prompt with "..."; a model imitating them should not paint dots.
    return re.sub(r"[\s,]*(?:\.\.\.|…)$", "", value).strip(" ,")


def _key(key: Any) -> str:
    return re.sub(r"[^a-z]", "", key.lower()) if isinstance(key, str) else ""
