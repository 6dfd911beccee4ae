"""The embedded planner: the three ChatGen-Evo stages with no LLM, offline, on a CPU.

request → brief (stage 1, reading) → model (stage 2, ModelToken) → prompt in that model's syntax
(stage 1, writing) → arguments (stage 3) → plan. The encoder, the token bank and the argument
priors learned beside it load on the first plan and stay with this planner object; nothing is
kept in module globals.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Protocol, runtime_checkable

from .arguments import configure
from .brief import analyse
from .encoder import TextEncoder
from .library import Library
from .modeltoken import TokenBank, load_bank, refresh_bank, save_bank
from .prompt import render
from .selector import LibraryIndex, query_text, select
from .training.priors import ArgumentPriors, load_priors, priors_path
from .types import ChosenModel, Plan, Request, Turn


@runtime_checkable
class Planner(Protocol):
    """What every planner offers: the embedded one, and the LLM planners in `chatgen_core.llm`."""

    name: str

    def plan(self, request: Request) -> Plan:
        """A plan for the request, or ChatGenError with a message that says what to fix."""
        ...


class EmbeddedPlanner:
    """Plans requests against one model library."""

    name = "embedded"

    def __init__(self, library: Library, *, encoder: TextEncoder | None = None,
                 bank_path: str | Path | None = None, top_k: int = 5):
        self.library = library
        self.encoder = encoder or TextEncoder()
        self.bank_path = Path(bank_path) if bank_path else None
        self.top_k = top_k
        self._bank: TokenBank | None = None
        self._index: LibraryIndex | None = None
        self._priors: ArgumentPriors | None = None

    @property
    def bank(self) -> TokenBank:
        """The model tokens for this library, refreshed from disk and metadata on first use."""
        if self._bank is None:
            previous = load_bank(self.bank_path) if self.bank_path else None
            bank = refresh_bank(list(self.library), self.encoder.encode, self.encoder.name, previous)
            if self.bank_path and (previous is None or previous.hashes != bank.hashes):
                save_bank(bank, self.bank_path)
            self._bank = bank
        return self._bank

    @property
    def priors(self) -> ArgumentPriors | None:
        """Argument priors trained beside the bank, when there are any."""
        if self._priors is None and self.bank_path:
            self._priors = load_priors(priors_path(self.bank_path))
        return self._priors

    @property
    def index(self) -> LibraryIndex:
        if self._index is None:
            self._index = LibraryIndex.build(list(self.library))
        return self._index

    def plan(self, request: Request) -> Plan:
        """A full plan for the request, or ChatGenError with a message that says what to fix."""
        brief = analyse(request)
        query = self.encoder.encode([query_text(brief)])[0]
        candidates, selection_notes = select(brief, self.index, self.bank, query, self.top_k)
        card = self.library.get(candidates[0].name)
        positive, negative, prompt_notes = render(brief, card)
        seed_text = "\n".join([t.content for t in request.history] + [request.text])
        nearest = self.priors.nearest(card.name, query) if self.priors else ()
        arguments, argument_notes = configure(brief, card, request.seed, seed_text, nearest)

        others = ", ".join(f"{c.name} {c.score:.2f}" for c in candidates[1:3])
        rationale = [f"Chose {card.name} ({card.baseline}, {card.style}) for "
                     f"'{query_text(brief)[:80]}': score {candidates[0].score:.2f}"
                     + (f"; next {others}." if others else ".")]
        row = self.bank.row(card.name)
        if row is not None and self.bank.trained and self.bank.trained[row]:
            rationale.append(f"{card.name}'s model token was trained on your examples "
                             f"(bank {self.bank.version}).")
        rationale += self._history_notes(request.history)
        rationale += [*brief.notes, *selection_notes, *prompt_notes, *argument_notes]
        return Plan(request=request.text, positive=positive, negative=negative,
                    model=ChosenModel(card.name, card.file_name, card.baseline),
                    arguments=arguments, alternatives=tuple(candidates), rationale=tuple(rationale),
                    planner=f"{self.name} (bank {self.bank.version})")

    def _history_notes(self, history: tuple[Turn, ...]) -> list[str]:
        for turn in reversed(history):
            # ChatGen-Base writes "Model: <name>. <description>"; a name may hold dots ("SDXL 1.0").
            match = (re.search(r"(?im)^\s*model\s*:\s*(.+?)(?:\.\s|\.?$)", turn.content)
                     if turn.role == "assistant" else None)
            if match:
                name = match.group(1).strip()
                if self.library.get(name) is None:
                    return [f"The earlier turn used {name}, which is not installed now; chose again."]
                return []
        return []
