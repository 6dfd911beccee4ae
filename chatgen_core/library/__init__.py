"""The model library: the checkpoints the pack may choose from, each as a `ModelCard`.

Rule: only checkpoints become cards. LoRAs and other add-ons in a catalog are left out, and
so are entries whose base model is none of `types.BASELINES`.

Without checkpoint folders the library is every checkpoint card of the catalogs (benchmarks
and planning without ComfyUI). With folders it is exactly the checkpoint files found there,
each described by the best of what is known, most trusted first: its sidecars, a matching
catalog card (by file name, then file stem, then model name, all loosely normalised), then its
own header. The baseline is the exception: the tensors decide when the file has them, then
header metadata, sidecars, the catalog, and "sd1" when nothing says (noted in `source`).
A file that cannot be loaded (truncated, not safetensors, a hostile header) is left out and
listed in `skipped`, and so is a catalog entry that cannot be read: one bad file or entry never
stops the rest (a broken sidecar only leaves its note in the card's `source`).
"""
from __future__ import annotations

import os
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from types import MappingProxyType

from ..types import SD1, ModelCard
from .catalogs import (
    Catalog,
    CatalogEntry,
    canonical_baseline,
    load_catalog,
    normalised,
    readable_name,
    save_catalog,
)
from .folder import ScannedFile, scan_checkpoints
from .sidecars import merge_cards

__all__ = ["Catalog", "Library", "build_library", "canonical_baseline", "load_catalog", "save_catalog"]

@dataclass(frozen=True)
class Library:
    """The checkpoints to choose from; look one up with `get`."""
    cards: tuple[ModelCard, ...] = ()
    skipped: tuple[str, ...] = ()  # files and catalog entries found but unusable, each with why
    _index: Mapping[str, ModelCard] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_index", MappingProxyType(_lookup_index(self.cards)))

    def __len__(self) -> int:
        return len(self.cards)

    def __iter__(self) -> Iterator[ModelCard]:
        return iter(self.cards)

    def get(self, name_or_file: str) -> ModelCard | None:
        """The card whose name, file name or file stem this is (any case), else None."""
        return self._index.get(name_or_file.replace("\\", "/").strip().lower())

    def installed(self) -> tuple[ModelCard, ...]:
        """The cards with a file CheckpointLoaderSimple can load."""
        return tuple(card for card in self.cards if card.file_name)


def _lookup_index(cards: Sequence[ModelCard]) -> dict[str, ModelCard]:
    # Filled one kind of key at a time, so a card's name beats another card's file stem.
    def keys(card: ModelCard) -> Iterator[list[str]]:
        path = card.file_name
        base = path.rsplit("/", 1)[-1]
        yield [card.name]
        yield [path, os.path.splitext(path)[0]] if path else []
        yield [base, os.path.splitext(base)[0]] if path else []

    index: dict[str, ModelCard] = {}
    per_card = [list(keys(card)) for card in cards]
    for kind in range(3):
        for card, kinds in zip(cards, per_card, strict=True):
            for key in kinds[kind]:
                index.setdefault(key.lower(), card)
    return index


def build_library(catalogs: Sequence[str | os.PathLike[str]] = (),
                  checkpoint_dirs: Sequence[str | os.PathLike[str]] = (),
                  cache_path: str | os.PathLike[str] | None = None) -> Library:
    """The library from catalog files and, when given, the checkpoint folders on disk.

    Raises `ChatGenError` for a catalog that cannot be read; never for a checkpoint, a sidecar
    or one entry of a catalog.
    """
    read = [load_catalog(path) for path in catalogs]
    entries = [entry for catalog in read for entry in catalog.entries]
    skipped = tuple(reason for catalog in read for reason in catalog.skipped)
    if not checkpoint_dirs:
        return Library(_catalog_cards(entries), skipped)
    index = _catalog_index(entries)
    scanned = scan_checkpoints(checkpoint_dirs, cache_path)
    return Library(tuple(_describe(s, _match(index, s.file_name)) for s in scanned if not s.error),
                   skipped + tuple(s.error for s in scanned if s.error))


def _catalog_cards(entries: Sequence[CatalogEntry]) -> tuple[ModelCard, ...]:
    """Every catalog card; cards of one file from several catalogs are merged, first first."""
    groups: dict[str, list[ModelCard]] = {}
    for i, entry in enumerate(entries):
        key = entry.card.file_name.lower() or f"#{i}"
        groups.setdefault(key, []).append(entry.card)
    return tuple(merge_cards(group) if len(group) > 1 else group[0] for group in groups.values())


def _catalog_index(entries: Sequence[CatalogEntry]) -> dict[tuple[str, str], CatalogEntry]:
    """Catalog entries by ("file", base name), ("stem", normalised stem), ("name", normalised)."""
    index: dict[tuple[str, str], CatalogEntry] = {}
    for entry in entries:
        for file in entry.files:
            index.setdefault(("file", file.replace("\\", "/").rsplit("/", 1)[-1].lower()), entry)
            index.setdefault(("stem", normalised(file)), entry)
        index.setdefault(("name", normalised(entry.card.name)), entry)
    return index


def _match(index: Mapping[tuple[str, str], CatalogEntry],
           file_name: str) -> tuple[ModelCard, str] | None:
    base = file_name.rsplit("/", 1)[-1]
    for kind, key in (("file", base.lower()), ("stem", normalised(base)),
                      ("name", normalised(base))):
        entry = index.get((kind, key)) if key else None
        if entry:
            return entry.card, f"{kind} name" if kind == "file" else kind
    return None


def _describe(scanned: ScannedFile, match: tuple[ModelCard, str] | None) -> ModelCard:
    layers = [scanned.sidecars]
    if match:
        card, how = match
        layers.append(replace(card, source=f"{card.source} (matched by {how})"))
    layers.append(scanned.header)
    merged = merge_cards(layers)
    baseline = (scanned.header.baseline or scanned.sidecars.baseline
                or (match[0].baseline if match else ""))
    notes = [f"file {scanned.file_name}", merged.source]
    if not baseline:
        baseline = SD1
        notes.append("baseline sd1 assumed: nothing says otherwise")
    stem = os.path.splitext(scanned.file_name.rsplit("/", 1)[-1])[0]
    return replace(merged, name=merged.name or readable_name(stem), baseline=baseline,
                   file_name=scanned.file_name, style=merged.style or "generalist",
                   source="; ".join(n for n in notes if n))
