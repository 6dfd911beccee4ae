"""Reading what strangers wrote: sidecars, catalogs, headers, PNG chunks, widgets, LLM answers.

The rule: every read of outside data is bounded before it is parsed, and what comes out is plain
Python text, numbers, lists and dicts that the rest of the pack can use without another check.
Sizes are capped before reading, JSON nested too deeply or holding numbers no float can carry is
refused with a message, NaN, Infinity and floats past the float range (1e400) become None, and
lone surrogates (valid in JSON escapes, fatal to every later UTF-8 encode) become U+FFFD.
"""
from __future__ import annotations

import json
import math
import os
import re
import stat
from typing import Any

from .errors import ChatGenError

MAX_DEPTH = 64
"""Deeper than any real sidecar, catalog or graph; deep enough that the walk below stays cheap."""
MAX_NUMBER_DIGITS = 64
"""Longer integers are no real setting; int() of 4,300 digits raises, float() of 400 overflows."""

_SURROGATE = re.compile("[\ud800-\udfff]")


class UntrustedInputError(ChatGenError):
    """Outside data that cannot be used as it is; the message names what and why."""


def clean_text(text: str) -> str:
    """`text` with lone surrogates replaced by U+FFFD, so that it always encodes as UTF-8."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def read_capped(path: str | os.PathLike[str], max_bytes: int, what: str = "file") -> bytes:
    """The bytes of a regular file of at most `max_bytes`; UntrustedInputError otherwise (or OSError)."""
    # Non-blocking, so that opening a FIFO named like a sidecar returns at once (and is refused
    # below) instead of waiting for a writer; it changes nothing for a regular file.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with open(fd, "rb") as f:
        info = os.fstat(f.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise UntrustedInputError(f"{what} {os.fspath(path)} is not a regular file.")
        if info.st_size > max_bytes:
            raise UntrustedInputError(f"{what} {os.fspath(path)} is {info.st_size:,} bytes; at most "
                                      f"{max_bytes:,} are read. Shorten it or move it elsewhere.")
        data = f.read(max_bytes + 1)  # the file may have grown since fstat
    if len(data) > max_bytes:
        raise UntrustedInputError(f"{what} {os.fspath(path)} grew past {max_bytes:,} bytes while read.")
    return data


def load_json(data: str | bytes, what: str = "JSON", max_depth: int | None = MAX_DEPTH) -> Any:
    """Parse outside JSON into plain values, or raise UntrustedInputError saying what is wrong.

    `max_depth=None` is for a caller that only reads known keys and never walks the value (a
    safetensors header: thousands of entries, parsed on every cold scan). It skips the depth walk
    and the 64-digit rule, so parsing costs what json.loads costs; nesting past the parser's own
    limit, integers past Python's 4,300 digits, NaN and lone surrogates are handled as ever.
    """
    from_bytes = isinstance(data, bytes)
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise UntrustedInputError(f"{what} is not UTF-8 (byte {exc.start}).") from None
    try:
        value = _parsed(data, careful=max_depth is not None)
    except RecursionError:
        raise UntrustedInputError(f"{what} is nested too deeply to be real data.") from None
    except (ValueError, _NumberTooLong) as exc:
        raise UntrustedInputError(f"{what} is not valid JSON ({_reason(exc)}).") from None
    # Strict UTF-8 cannot decode to a surrogate, so from bytes only an escape can make one.
    surrogates = (("\\u" in data and ("\\ud" in data or "\\uD" in data))
                  or (not from_bytes and _SURROGATE.search(data)))
    if surrogates or max_depth is not None:
        value = _cleaned(value, what, max_depth, bool(surrogates))
    return value


def _parsed(text: str, careful: bool) -> Any:
    if not careful:
        try:
            return json.loads(text, parse_float=_float, parse_constant=_none)
        except ValueError as exc:
            if isinstance(exc, json.JSONDecodeError):
                raise
            # int() refused thousands of digits: parse again only to name the number.
    return json.loads(text, parse_int=_int, parse_float=_float, parse_constant=_none)


def _none(_: str) -> None:
    return None


class _NumberTooLong(ValueError):
    pass


def _int(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_NUMBER_DIGITS:
        raise _NumberTooLong(f"a number of {len(digits):,} digits")
    return int(digits)


def _float(text: str) -> float | None:
    number = float(text)  # 1e400 is inf, not an error: treated like the Infinity literal
    return number if math.isfinite(number) else None


def _reason(exc: Exception) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"{exc.msg}, line {exc.lineno} column {exc.colno}"
    return str(exc)[:120]


def _cleaned(value: Any, what: str, max_depth: int | None, surrogates: bool) -> Any:
    """Depth checked and, when the text may hold them, surrogates fixed in every string; iterative
    so that no input can exhaust the stack."""
    root = [value]
    stack: list[tuple[Any, int]] = [(root, 0)]
    while stack:
        container, depth = stack.pop()
        if max_depth is not None and depth > max_depth:
            raise UntrustedInputError(f"{what} is nested deeper than {max_depth} levels.")
        if isinstance(container, dict):
            if surrogates:
                fixed = {clean_text(k): clean_text(v) if isinstance(v, str) else v
                         for k, v in container.items()}
                container.clear()
                container.update(fixed)
            children = container.values()
        else:
            if surrogates:
                container[:] = [clean_text(v) if isinstance(v, str) else v for v in container]
            children = container
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    return root[0]
