"""Which server may receive which API key: a key goes only to the origin it was given for.

A workflow is shared as JSON, so the server URL and the name of the key variable on ChatGen LLM
Settings are a stranger's choice. The rules that keep a key away from the stranger's server:

- A key is bound to origins (scheme, host, port). The key stored from the chat sidebar is bound to
  the server URL it was stored for. A key in the environment variable NAME is bound to the URLs in
  NAME_URL (comma-separated), or, without NAME_URL, to servers on this machine (loopback) only.
  A request carries a key only to an origin the key is bound to.
- Keys travel only over HTTPS, or over plain http to loopback (127.0.0.0/8, ::1, localhost), where
  no one on the network can read them.
- Only CHATGEN_API_KEY or CHATGEN_API_KEY_<SUFFIX> may be named as the key's variable, so that no
  workflow can read another secret (a cloud token, a password) from the server's environment.

Messages name variables and origins, never a key.
"""
from __future__ import annotations

import ipaddress
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from ..errors import ChatGenError

KEY_VARIABLE = "CHATGEN_API_KEY"
URL_SUFFIX = "_URL"
"""NAME_URL holds the URLs the key in NAME is for."""
MAX_KEY_CHARS = 4096
"""Longer than any real API key; a longer paste is something else."""
DEFAULT_PORTS = {"http": 80, "https": 443}
STORED = "the key stored from the chat sidebar"

_ALLOWED_VARIABLE = re.compile(r"CHATGEN_API_KEY(?:_[A-Z0-9_]+)?")


@dataclass(frozen=True)
class Origin:
    """Where a request goes, as a browser would compare it: scheme, lower-case host and port."""
    scheme: str
    host: str
    port: int

    def __str__(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        port = "" if DEFAULT_PORTS[self.scheme] == self.port else f":{self.port}"
        return f"{self.scheme}://{host}{port}"

    @property
    def is_loopback(self) -> bool:
        if self.host == "localhost":
            return True
        try:
            return ipaddress.ip_address(self.host).is_loopback
        except ValueError:
            return False  # another name: it may resolve anywhere

    @property
    def may_carry_key(self) -> bool:
        """True when a key sent here cannot be read on the way: HTTPS, or this machine."""
        return self.scheme == "https" or self.is_loopback


def origin_of(url: str) -> Origin:
    """The origin of an http(s) URL (a URL without a scheme is http), or ChatGenError."""
    text = url.strip()
    parts = urlsplit(text if "://" in text else "http://" + text)
    try:
        port = parts.port
    except ValueError:
        port = -1
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname or port == -1:
        raise ChatGenError(f"'{text[:200]}' is not a server address: give one like http://127.0.0.1:8000/v1.")
    return Origin(parts.scheme, parts.hostname, port or DEFAULT_PORTS[parts.scheme])


def check_variable(name: str) -> str:
    """`name` when a key may be read from it, else ChatGenError naming the rule (and the name)."""
    shown = repr(name[:80])
    if name.endswith(URL_SUFFIX) and _ALLOWED_VARIABLE.fullmatch(name):
        raise ChatGenError(f"{shown} holds the URLs a key is for, not a key: name the key's own "
                           f"variable, {KEY_VARIABLE} or {KEY_VARIABLE}_<SUFFIX>, on ChatGen LLM Settings.")
    if not _ALLOWED_VARIABLE.fullmatch(name):
        raise ChatGenError(f"ChatGen reads an API key only from {KEY_VARIABLE} or a variable named "
                           f"{KEY_VARIABLE}_<SUFFIX> (capital letters, digits and _), not from {shown}: "
                           "a shared workflow must not be able to read any other secret of this "
                           "machine. Put the key in such a variable, or store it from the chat sidebar.")
    return name


def check_key(key: str, what: str = "The API key") -> str:
    """`key` when it can go in an HTTP header, else ChatGenError saying what is wrong (never the key)."""
    if not key:
        raise ChatGenError(f"{what} is empty.")
    if len(key) > MAX_KEY_CHARS:
        raise ChatGenError(f"{what} is {len(key):,} characters long; a key has at most {MAX_KEY_CHARS:,}. "
                           "Paste the key alone.")
    for position, char in enumerate(key, 1):
        if not "\x21" <= char <= "\x7e":
            raise ChatGenError(f"{what} has {_kind(char)} at character {position}: a key is printable "
                               "ASCII without spaces, as it goes in an HTTP header. Paste the key alone.")
    return key


def _kind(char: str) -> str:
    if char == " ":
        return "a space"
    if char in "\r\n":
        return "a line break"
    if char == "\t":
        return "a tab"
    return "a control character" if char < " " or char == "\x7f" else "a character that is not ASCII"


@dataclass(frozen=True)
class Credential:
    """A key and the origins it may go to; with no origins, servers on this machine only."""
    key: str = field(repr=False)
    origins: tuple[Origin, ...]
    source: str
    """How messages name the key: "the key stored from the chat sidebar", "$CHATGEN_API_KEY"."""

    def __post_init__(self) -> None:
        check_key(self.key, f"{self.source[0].upper()}{self.source[1:]}")
        for origin in self.origins:
            if not origin.may_carry_key:
                raise ChatGenError(f"{self.source} cannot be bound to {origin}: ChatGen sends keys only "
                                   "over https, or over http to this machine (127.0.0.1, ::1, localhost).")

    def admits(self, origin: Origin) -> bool:
        """True when this key may be sent to `origin`."""
        if not origin.may_carry_key:
            return False
        return origin in self.origins if self.origins else origin.is_loopback

    @property
    def bound_to(self) -> str:
        if self.origins:
            return ", ".join(map(str, self.origins))
        return "servers on this machine (loopback)"


def environment_credential(name: str, environ: Mapping[str, str]) -> Credential | None:
    """The key in the allowed variable `name`, bound by NAME_URL; None when the variable is unset."""
    check_variable(name)
    key = environ.get(name, "").strip()
    if not key:
        return None
    binding = name + URL_SUFFIX
    origins = []
    for url in environ.get(binding, "").split(","):
        if url.strip():
            try:
                origins.append(origin_of(url))
            except ChatGenError as error:
                raise ChatGenError(f"{binding}: {error}") from None
    return Credential(key, tuple(origins), f"${name}")
