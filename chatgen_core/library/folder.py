"""Find the checkpoints in checkpoint folders and read what each says about itself.

Rule: a warm scan only lists folders and stats files. What was read from a checkpoint's header
and its sidecars is cached in one JSON file, keyed by absolute path, and reused while the size
and mtime_ns of the checkpoint and of each sidecar are unchanged. The cache is written
atomically (a temporary file renamed over the old one) and only when something changed; a
cache that cannot be read or parsed, or is larger than `MAX_CACHE_BYTES`, is ignored and
rebuilt. Folders are walked like ComfyUI's `folder_paths`: recursively, following links,
skipping `.git`, missing folders ignored, and the first folder wins when two hold the same
relative name.

Every file is outside data, so the work on one file is wrapped: whatever goes wrong with it
(a hostile header, a name that is not UTF-8, an error nobody foresaw) becomes that file's skip
reason, and the scan goes on.
"""
from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ChatGenError
from ..types import ModelCard
from ..untrusted import UntrustedInputError, clean_text, load_json, read_capped
from .catalogs import card_from_dict, card_to_dict, is_checkpoint_file
from .safetensors_header import HeaderError, header_card, read_header
from .sidecars import read_sidecars, sidecar_names

PICKLE_EXTENSIONS = (".ckpt", ".pt", ".pth")
# Bump when what is read from a file changes, so old caches are not trusted.
CACHE_FORMAT = "chatgen-scan-cache/2"
MAX_CACHE_BYTES = 64 * 1024 * 1024
"""A cached checkpoint takes about 1 KB, 200 KB at most with every text at its cap: 64 MB holds
any real library. A larger cache is not read (the scan is then cold), never trusted unchecked."""


@dataclass(frozen=True)
class ScannedFile:
    """One checkpoint on disk and the partial cards read from it and from its sidecars."""
    file_name: str  # relative to its folder, "/"-separated: the ckpt_name ComfyUI takes
    path: str  # absolute
    header: ModelCard  # name, baseline and style are "" where the file is silent
    sidecars: ModelCard
    error: str = ""  # why the file cannot be loaded; "" when it can


def scan_checkpoints(checkpoint_dirs: Sequence[str | os.PathLike[str]],
                     cache_path: str | os.PathLike[str] | None = None) -> tuple[ScannedFile, ...]:
    """Every checkpoint under the folders, sorted by file name, read or taken from the cache."""
    old = _load_cache(cache_path) if cache_path else {}
    new: dict[str, dict[str, Any]] = {}
    found: dict[str, ScannedFile] = {}
    for root in checkpoint_dirs:
        for rel, entry, siblings in _walk(os.path.abspath(root)):
            if rel in found:
                continue
            try:
                scanned, cached = _scan_one(rel, entry, siblings, old.get(entry.path))
            # The one place where any error is caught: the file is outside data, and nothing it
            # holds may stop the scan of the others. Exception on purpose: BaseException would
            # swallow Ctrl-C and the interpreter's exit.
            except Exception as exc:  # noqa: BLE001
                scanned, cached = _unusable(rel, entry.path, f"cannot be read ({type(exc).__name__}: "
                                                             f"{clean_text(str(exc))[:200]})"), None
            if scanned is None:
                continue
            if cached is not None:
                new[entry.path] = cached
            found[rel] = scanned
    if cache_path and new != old:
        _write_cache(Path(cache_path), new)
    return tuple(found[rel] for rel in sorted(found))


def _scan_one(rel: str, entry: os.DirEntry[str], siblings: Mapping[str, os.DirEntry[str]],
              cached: Any) -> tuple[ScannedFile | None, dict[str, Any] | None]:
    """The file read or taken from its cache entry, with the entry to cache; (None, None) when it
    vanished."""
    if clean_text(rel) != rel:
        # ComfyUI would list it under a name that cannot travel as UTF-8 (in a prompt, a plan).
        return _unusable(clean_text(rel), entry.path, "its name is not valid UTF-8; rename it"), None
    try:
        stat = entry.stat()
    except OSError:
        return None, None  # vanished or a dangling link: ComfyUI could not load it either
    stem = entry.name[: entry.name.rfind(".")]
    sidecars = [siblings[n] for n in sidecar_names(stem) if n in siblings]
    fingerprint = {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns,
                   "sidecars": [[s.name, *_stamp(s)] for s in sidecars]}
    scanned = _from_cache(cached, fingerprint, rel, entry.path)
    if scanned is None:
        scanned = _read(rel, entry.path, [Path(s.path) for s in sidecars])
        cached = {**fingerprint, **_cache_entry(scanned)}
    return scanned, cached


def _unusable(rel: str, path: str, reason: str) -> ScannedFile:
    blank = ModelCard(name="", baseline="", style="")
    return ScannedFile(rel, path, blank, blank, f"{clean_text(path)}: {reason}")


def _walk(root: str) -> Iterator[tuple[str, os.DirEntry[str], dict[str, os.DirEntry[str]]]]:
    """(relative name, entry, entries beside it) of each checkpoint file under root."""
    visited: set[tuple[int, int]] = set()
    stack = [(root, "")]
    while stack:
        folder, rel = stack.pop()
        try:
            st = os.stat(folder)
            with os.scandir(folder) as it:
                entries = list(it)
        except OSError:
            continue
        # Followed links can loop back to a folder already walked.
        if (st.st_dev, st.st_ino) in visited:
            continue
        visited.add((st.st_dev, st.st_ino))
        siblings = {e.name: e for e in entries}
        for e in entries:
            try:
                is_dir, is_file = e.is_dir(), e.is_file()
            except OSError:
                continue
            if is_dir:
                if e.name != ".git":
                    stack.append((e.path, f"{rel}{e.name}/"))
            # Only regular files: opening a FIFO named like a checkpoint would block the scan.
            elif is_file and is_checkpoint_file(e.name):
                yield rel + e.name, e, siblings


def _stamp(entry: os.DirEntry[str]) -> tuple[int, int]:
    try:
        st = entry.stat()
    except OSError:
        return -1, -1
    return st.st_size, st.st_mtime_ns


def _read(rel: str, path: str, sidecars: list[Path]) -> ScannedFile:
    blank = ModelCard(name="", baseline="", style="")
    header, error = blank, ""
    if path.lower().endswith(PICKLE_EXTENSIONS):
        header = ModelCard(name="", baseline="", style="",
                           source="pickle checkpoint, not opened (unpickling is unsafe)")
    else:
        try:
            header = header_card(*read_header(path))
        except HeaderError as exc:
            error = str(exc)
        except OSError as exc:
            error = f"{path}: cannot be read ({exc.strerror or exc}); check its permissions."
    card = read_sidecars(sidecars) if sidecars else blank
    # The path is in the reason, and a folder named in another encoding gives it lone surrogates.
    return ScannedFile(rel, path, header, card, clean_text(error))


# --- cache ------------------------------------------------------------------------------------

def _cache_entry(scanned: ScannedFile) -> dict[str, Any]:
    return {"header": card_to_dict(scanned.header), "sidecar_card": card_to_dict(scanned.sidecars),
            "error": scanned.error}


def _from_cache(entry: Mapping[str, Any] | None, fingerprint: Mapping[str, Any], rel: str,
                path: str) -> ScannedFile | None:
    if not isinstance(entry, dict) or any(entry.get(k) != v for k, v in fingerprint.items()):
        return None
    try:
        return ScannedFile(rel, path, card_from_dict(entry["header"], path),
                           card_from_dict(entry["sidecar_card"], path), str(entry["error"]))
    except (ChatGenError, KeyError, TypeError):
        return None  # an entry this version cannot read is simply read again


def _load_cache(path: str | os.PathLike[str]) -> dict[str, Any]:
    try:
        # Only known keys are read, each checked by `card_from_dict`, so no depth walk: a warm scan
        # reads the whole cache and must stay fast.
        data = load_json(read_capped(path, MAX_CACHE_BYTES, "scan cache"), "the scan cache",
                         max_depth=None)
    except (OSError, UntrustedInputError):
        return {}
    if not isinstance(data, dict) or data.get("format") != CACHE_FORMAT:
        return {}
    files = data.get("files")
    return files if isinstance(files, dict) else {}


def _write_cache(path: Path, files: Mapping[str, Any]) -> None:
    payload = json.dumps({"format": CACHE_FORMAT, "files": files}, ensure_ascii=False,
                         separators=(",", ":"))
    tmp = None
    # The cache only saves time: failing to write it must not fail the scan.
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(payload)
        os.replace(tmp, path)
    # ValueError: a folder named in another encoding makes paths no UTF-8 can hold.
    except (OSError, ValueError):
        if tmp:
            with suppress(OSError):
                os.unlink(tmp)
