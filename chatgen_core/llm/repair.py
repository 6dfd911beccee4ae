"""An LLM's answer → a Plan: the LLM's proposals where they are usable, the embedded stages elsewhere.

The LLM writes stage 1 and may propose a model and arguments. What it left out is filled in by the
embedded stages; what is wrong is repaired (a model that is not installed → the nearest installed
one by ModelToken score; an unknown sampler → the embedded choice; an impossible size → the
nearest native one; a size against the shape the user asked for → the embedded size; a prompt
that misses the request → see coverage.py), and every such decision is a line of the plan's rationale.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

import numpy as np

from .. import samplers
from ..arguments import configure, size_for
from ..bounds import within_bounds
from ..brief import analyse
from ..errors import ChatGenError
from ..library.catalogs import normalised
from ..prompt import choose_trigger, render
from ..selector import query_text, select
from ..types import NATIVE_AREA, SD1, Arguments, Brief, Candidate, ChosenModel, ModelCard, Plan, Request
from .answer import ARGUMENT_KEYS, LLMAnswer
from .coverage import cover

if TYPE_CHECKING:
    from ..planner import EmbeddedPlanner

MAX_PROMPT_CHARS = 2000
"""ComfyUI encodes long prompts in 75-token chunks, but past a few hundred words an LLM is rambling."""
STEPS_RANGE = (1, 150)
CFG_RANGE = (0.5, 30.0)
SIDE_RANGE = (64, 8192)
AREA_RANGE = (0.25, 4.0)
"""A size whose area is within these multiples of the model's native area is kept."""
CLIP_SKIP_RANGE = (1, 12)
MODEL_MATCH = 0.45
"""A model name the LLM made up scores at least this near some installed model's token (real names
land at 0.58 and more, garbled text under 0.3); below it the request chooses."""
_NEGATED = re.compile(r"(?i)^\s*(?:no|not|without|never|avoid)\s+")


@dataclass(frozen=True)
class Selection:
    """The embedded stages' reading of a request and their ranked models, computed once a plan."""
    brief: Brief
    query: np.ndarray
    candidates: tuple[Candidate, ...]
    notes: tuple[str, ...]


def select_for(request: Request, embedded: EmbeddedPlanner) -> Selection:
    """The embedded brief and candidates for a request, or ChatGenError when the rules refuse it."""
    return _selection(analyse(request), embedded)


def _selection(brief: Brief, embedded: EmbeddedPlanner) -> Selection:
    query = embedded.encoder.encode([query_text(brief)])[0]
    candidates, notes = select(brief, embedded.index, embedded.bank, query, embedded.top_k)
    return Selection(brief, query, tuple(candidates), notes)


def plan_from_answer(answer: LLMAnswer, request: Request, embedded: EmbeddedPlanner,
                     planner: str = "llm", selection: Selection | None = None) -> Plan:
    """The plan for `request` from the LLM's `answer`, repaired by the embedded stages.

    `selection` is `select_for(request, embedded)` when the caller already has it.
    """
    notes: list[str] = [*answer.notes]
    read_by_embedded = True
    if selection is None:
        try:
            brief = analyse(request)
        except ChatGenError as error:
            if not answer.prompt:
                raise
            # The LLM read a request the rules could not (e.g. one that is only a language they lack).
            brief = Brief(text=request.text.strip() or answer.prompt, subject=(answer.prompt[:300],))
            notes.append(f"The embedded reader refused the request ({error}); planned from the LLM's prompt.")
            read_by_embedded = False
        selection = _selection(brief, embedded)
    if read_by_embedded and answer.empty and (prose := _unlabelled(answer.raw)):
        # Many chat models write just the prompt; the coverage check keeps only what fits the request.
        answer = replace(answer, prompt=prose)
        notes.append("The LLM's answer had no labels; read the whole of it as its prompt.")
    else:
        notes.insert(0, _summary(answer))
    brief, query, candidates = selection.brief, selection.query, list(selection.candidates)
    selection_notes = selection.notes
    card, model_notes = _choose_model(answer, embedded, candidates)
    notes += model_notes
    if card.name == candidates[0].name and not answer.model:
        notes += selection_notes

    positive, negative, prompt_notes = _prompts(answer, brief, card, read_by_embedded)
    notes += prompt_notes
    seed_text = "\n".join([t.content for t in request.history] + [request.text])
    base, argument_notes = configure(brief, card, request.seed, seed_text)
    arguments, overlay_notes = _overlay(answer.arguments, base, card, request.seed)
    notes += [*argument_notes, *overlay_notes]
    if brief.orientation and _orientation(arguments.width, arguments.height) != brief.orientation:
        notes.append(f"The request asks for a {brief.orientation} picture and the LLM's size "
                     f"{arguments.width}x{arguments.height} is not; used {base.width}x{base.height}.")
        arguments = replace(arguments, width=base.width, height=base.height)
    arguments, bound_notes = within_bounds(arguments)
    notes += bound_notes

    alternatives = tuple(candidates)
    if card.name not in (c.name for c in candidates):
        row = embedded.bank.row(card.name)
        score = float(embedded.bank.scores(query)[row]) if row is not None else 0.0
        alternatives = (Candidate(card.name, card.file_name, round(score, 4)), *candidates)
    return Plan(request=request.text, positive=positive, negative=negative,
                model=ChosenModel(card.name, card.file_name, card.baseline), arguments=arguments,
                alternatives=alternatives, rationale=tuple(notes), planner=planner)


def _unlabelled(raw: str) -> str:
    text = re.sub(r"(?is)<think>.*?(?:</think>|$)|```\w*", " ", raw or "").strip()
    return text[:MAX_PROMPT_CHARS] if re.search(r"[^\W\d_]", text) else ""


def _summary(answer: LLMAnswer) -> str:
    given = [name for name, value in (("prompt", answer.prompt), ("negative prompt", answer.negative),
                                      ("model", answer.model)) if value]
    if answer.arguments:
        given.append("arguments (" + ", ".join(sorted(answer.arguments)) + ")")
    return ("The LLM's answer gave: " + "; ".join(given) + "." if given
            else "The LLM's answer gave nothing usable; planned by the embedded stages.")


def _choose_model(answer: LLMAnswer, embedded: EmbeddedPlanner,
                  candidates: list[Candidate]) -> tuple[ModelCard, list[str]]:
    library = embedded.library
    if not answer.model:
        card = library.get(candidates[0].name)
        return card, [f"The LLM named no model; chose {card.name} by ModelToken score "
                      f"{candidates[0].score:.2f}."]
    card = library.get(answer.model) or _loosely_named(answer.model, library)
    if card is not None and (card.file_name or not library.installed()):
        return card, [f"Model {card.name}, as the LLM proposed."]
    # Not installed: the installed model whose token is closest to what the LLM described.
    text = f"{answer.model}. {answer.description}".strip()
    scores = embedded.bank.scores(embedded.encoder.encode([text])[0])
    on_disk = np.array([bool(c and c.file_name) for c in map(library.get, embedded.bank.names)])
    if on_disk.any():
        scores = np.where(on_disk, scores, -np.inf)
    best = int(scores.argmax())
    if scores[best] < MODEL_MATCH:
        card = library.get(candidates[0].name)
        return card, [f"The LLM proposed {answer.model[:80]!r}, which is like no installed model (the nearest, "
                      f"{embedded.bank.names[best]}, scores {float(scores[best]):.2f}); chose {card.name} for "
                      f"the request by ModelToken score {candidates[0].score:.2f}."]
    card = library.get(embedded.bank.names[best])
    return card, [f"The LLM proposed {answer.model[:80]}, which is not installed; chose the nearest "
                  f"installed model by ModelToken score, {card.name} ({float(scores[best]):.2f})."]


def _loosely_named(name: str, library) -> ModelCard | None:
    key = normalised(name)
    if not key:
        return None
    for card in library:
        if key in (normalised(card.name), normalised(card.file_name)):
            return card
    return None


def _prompts(answer: LLMAnswer, brief: Brief, card: ModelCard,
             read_by_embedded: bool) -> tuple[str, str, list[str]]:
    embedded_positive, embedded_negative, render_notes = render(brief, card)
    notes: list[str] = []
    if not answer.prompt:
        notes += ["The LLM wrote no prompt; used the embedded one.", *render_notes]
        positive = embedded_positive
    else:
        positive = answer.prompt
        if len(positive) > MAX_PROMPT_CHARS:
            positive = positive[:MAX_PROMPT_CHARS].rsplit(",", 1)[0]
            notes.append(f"Cut the LLM's prompt to {len(positive)} characters.")
    negative = answer.negative
    if not negative:
        negative = embedded_negative
        notes.append(f"The LLM wrote no negative prompt; used the embedded one for {card.name}.")
    if not answer.prompt:
        return positive, negative, notes

    # CLIP reads "no pink" as "pink": a negated term belongs in the negative prompt.
    terms = [t.strip() for t in positive.split(",") if t.strip()]
    moved = [t for t in terms if _NEGATED.match(t)]
    if moved:
        positive = ", ".join(t for t in terms if t not in moved)
        wanted = [_NEGATED.sub("", t) for t in moved]
        negative = ", ".join([*wanted, *[t for t in negative.split(", ") if t and t not in wanted]])
        notes.append("Moved " + ", ".join(f"'{t}'" for t in moved) + " from the prompt to the negative "
                     "prompt: the text encoder does not read 'no'.")
    if read_by_embedded:
        checked = cover(positive, negative, brief, embedded_positive, embedded_negative)
        positive, negative = checked.positive, checked.negative
        notes += checked.notes
        trigger = choose_trigger(card, brief)
        if trigger and trigger.lower() not in positive.lower():
            positive = f"{trigger}, {positive}" if positive else trigger
            notes.append(f"Added {card.name}'s trigger word '{trigger}', which the LLM left out.")
    if not positive:
        positive = embedded_positive
        notes.append("The LLM's prompt held only exclusions; used the embedded prompt.")
    return positive, negative, notes


def _overlay(proposed: dict[str, Any], base: Arguments, card: ModelCard,
             request_seed: int | None) -> tuple[Arguments, list[str]]:
    """`base` with the LLM's usable arguments applied; a note for each one rejected or changed."""
    notes: list[str] = []
    changes: dict[str, Any] = {}
    taken: list[str] = []

    sampler, scheduler = proposed.get("sampler"), proposed.get("scheduler")
    if sampler is not None:
        pair = samplers.to_comfy(sampler, scheduler if isinstance(scheduler, str) else "") \
            if isinstance(sampler, str) else None
        if pair:
            changes["sampler_name"], changes["scheduler"] = pair
            taken.append(f"sampler {pair[0]}/{pair[1]}")
        else:
            notes.append(f"The LLM's sampler {_show(sampler)} is not one ComfyUI has; "
                         f"kept {base.sampler_name}/{base.scheduler}.")
    elif scheduler is not None:
        mapped = samplers.scheduler_to_comfy(scheduler) if isinstance(scheduler, str) else ""
        if mapped:
            changes["scheduler"] = mapped
            taken.append(f"scheduler {mapped}")
        else:
            notes.append(f"The LLM's scheduler {_show(scheduler)} is unknown; kept {base.scheduler}.")

    for key, field_name, kind, (low, high) in (("steps", "steps", int, STEPS_RANGE),
                                               ("cfg", "cfg", float, CFG_RANGE),
                                               ("clip_skip", "clip_skip", int, CLIP_SKIP_RANGE)):
        if key not in proposed:
            continue
        value = _number(proposed[key])
        if value is None or not low <= value <= high:
            notes.append(f"The LLM's {key} {_show(proposed[key])} is not a number from {low:g} to "
                         f"{high:g}; kept {getattr(base, field_name)}.")
            continue
        value = kind(round(value)) if kind is int else float(value)
        if field_name == "clip_skip":
            value = value if value > 1 else None
        changes[field_name] = value
        taken.append(f"{key} {value}")

    size = _size(proposed)
    if size is not None:
        width, height, note = _fit_size(size, card.baseline)
        changes["width"], changes["height"] = width, height
        taken.append(f"size {width}x{height}")
        if note:
            notes.append(note)
    elif any(k in proposed for k in ("width", "height", "size")):
        notes.append(f"The LLM's size ({_show(proposed.get('size') or (proposed.get('width'), proposed.get('height')))}) "
                     f"is unreadable; kept {base.width}x{base.height}.")

    if "seed" in proposed and request_seed is None:
        seed = _number(proposed["seed"])
        if seed is not None and seed == int(seed) and 0 <= seed < 2**64:
            changes["seed"] = int(seed)
            taken.append(f"seed {int(seed)}")
        else:
            notes.append(f"The LLM's seed {_show(proposed['seed'])} is unusable; kept {base.seed}.")

    unknown = sorted(k for k in proposed if k not in ARGUMENT_KEYS.values())
    if unknown:
        notes.append("Ignored the LLM's " + ", ".join(_show(k) for k in unknown[:8])
                     + ": the native graph has no such setting.")
    if taken:
        notes.insert(0, "From the LLM: " + ", ".join(taken) + ".")
    return replace(base, **changes), notes


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return float(value) if abs(value) < 2**64 else None
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, str):
        match = re.fullmatch(r"\s*([-+]?\d{1,20}(?:\.\d+)?)\s*[a-zA-Z ]{0,12}", value)
        return float(match.group(1)) if match else None
    return None


def _size(proposed: dict[str, Any]) -> tuple[float, float] | None:
    width, height = _number(proposed.get("width")), _number(proposed.get("height"))
    if width is not None and height is not None:
        return width, height
    size = proposed.get("size")
    if isinstance(size, (list, tuple)) and len(size) == 2:
        width, height = _number(size[0]), _number(size[1])
    elif isinstance(size, str) and (match := re.fullmatch(r"\s*(\d{1,5})\s*[x×*,]\s*(\d{1,5})\s*", size)):
        width, height = float(match.group(1)), float(match.group(2))
    return (width, height) if width is not None and height is not None else None


def _fit_size(size: tuple[float, float], baseline: str) -> tuple[int, int, str]:
    """A size the model can render: the LLM's when plausible (multiples of 8), else native in its shape."""
    width, height = size
    native = NATIVE_AREA.get(baseline, NATIVE_AREA[SD1])
    if width <= 0 or height <= 0:
        fitted = size_for(baseline, None)
        return (*fitted, f"The LLM's size {width:g}x{height:g} is impossible; used {fitted[0]}x{fitted[1]}.")
    plausible = (all(SIDE_RANGE[0] <= side <= SIDE_RANGE[1] for side in (width, height))
                 and AREA_RANGE[0] <= width * height / native <= AREA_RANGE[1])
    if not plausible:
        fitted = size_for(baseline, width / height)
        return (*fitted, f"The LLM's size {width:g}x{height:g} is far from {baseline}'s native area; "
                         f"used {fitted[0]}x{fitted[1]} in its shape.")
    rounded = (max(64, round(width / 8) * 8), max(64, round(height / 8) * 8))
    note = "" if rounded == (width, height) else (
        f"Rounded the LLM's size {width:g}x{height:g} to {rounded[0]}x{rounded[1]}: latents come in 8-px steps.")
    return (*rounded, note)


def _orientation(width: int, height: int) -> str:
    return "square" if width == height else "landscape" if width > height else "portrait"


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."
