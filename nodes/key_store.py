"""The chat sidebar's API key on disk, bound to the server it was stored for.

The file lives in ComfyUI's system-user folder (user/__chatgen), which no HTTP route serves: /userdata
reaches user/<name>/ but refuses a system user's. It holds the key and the origin (scheme, host,
port) it was stored for, so the key goes to that server alone (see chatgen_core/llm/credentials.py).
It is written whole or not at all, readable by the server's user alone, never through a symbolic
link planted at its place, and read only up to a size no real key file reaches.
"""
from __future__ import annotations

import json
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import folder_paths

from ..chatgen_core import ChatGenError
from ..chatgen_core.llm.credentials import STORED, Credential, Origin, check_key, origin_of
from ..chatgen_core.untrusted import load_json

SECRETS = "secrets.json"
MAX_FILE_BYTES = 64 * 1024
_NO_FOLLOW = getattr(os, "O_NOFOLLOW", 0)  # Windows has none, and needs privileges to make links
_NO_BLOCK = getattr(os, "O_NONBLOCK", 0)  # a FIFO planted at the path must not hang the server


def default_store() -> KeyStore:
    """The running ComfyUI's key file, and where versions before origin binding kept theirs."""
    return KeyStore(Path(folder_paths.get_system_user_directory("chatgen")),
                    Path(folder_paths.get_user_directory()) / "chatgen" / SECRETS)


@dataclass(frozen=True)
class KeyStore:
    """The key file in `folder`; `legacy` is an older version's unbound key file, removed on sight."""
    folder: Path
    legacy: Path | None = None

    @property
    def path(self) -> Path:
        return self.folder / SECRETS

    def credential(self) -> Credential | None:
        """The stored key, bound to its server, or None when there is none (or the file is not ours)."""
        self._retire_legacy()
        record = self._read()
        try:
            return Credential(record["key"], (origin_of(record["url"]),), STORED)
        except (KeyError, TypeError, AttributeError, ChatGenError):
            return None

    def status(self) -> dict[str, Any]:
        """What the page may learn: whether a key is stored and for which server. Never the key."""
        credential = self.credential()
        return {"stored": credential is not None,
                "url": str(credential.origins[0]) if credential else "",
                "old_key_removed": credential is None and self._read().get("old_key_removed") is True}

    def store(self, key: str, url: str) -> Origin:
        """Store `key` for the server at `url`, or ChatGenError saying why not (never echoing the key)."""
        check_key(key, "The key")
        if not url.strip():
            raise ChatGenError("No LLM server URL: set it in Settings → ChatGen → LLM server URL first. "
                               "A key is stored for one server and sent to no other.")
        origin = origin_of(url)
        if not origin.may_carry_key:
            raise ChatGenError(f"ChatGen sends keys only over https, or over http to this machine "
                               f"(127.0.0.1, ::1, localhost), and {origin} is neither: anyone on the "
                               "network could read the key. Use the server's https address, or a tunnel "
                               "to it on 127.0.0.1.")
        self._retire_legacy()
        self._write({"key": key, "url": str(origin)})
        return origin

    def remove(self) -> None:
        self._retire_legacy()
        self.path.unlink(missing_ok=True)  # a link is removed itself, never what it points to

    def _retire_legacy(self) -> None:
        # A key of an older version is bound to no server, so it may go nowhere: it is removed, and
        # the record says so until a key is stored, so the page can ask for it again.
        if self.legacy is None:
            return
        try:
            self.legacy.unlink()
        except OSError:
            return  # none there (or not a file of ours)
        if "key" not in self._read():
            self._write({"old_key_removed": True})

    def _read(self) -> dict[str, Any]:
        """The record, or {} when the file is missing, a link, not a regular file, too big or not JSON."""
        try:
            fd = os.open(self.path, os.O_RDONLY | _NO_FOLLOW | _NO_BLOCK)
        except OSError:
            return {}
        with os.fdopen(fd, "rb") as file:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                return {}
            if info.st_mode & 0o077 and hasattr(os, "fchmod"):
                os.fchmod(fd, 0o600)  # a file an older version left readable to others
            data = file.read(MAX_FILE_BYTES + 1)
        try:
            record = load_json(data, "The key file") if len(data) <= MAX_FILE_BYTES else None
        except ChatGenError:
            return {}
        return record if isinstance(record, dict) else {}

    def _write(self, record: dict[str, Any]) -> None:
        """Replace the file with `record` in one step: a crash leaves the old file or the new, never half."""
        if self.folder.is_symlink():
            raise ChatGenError(f"{self.folder} is a symbolic link: ChatGen keeps its key only in a real "
                               "folder. Remove the link and store the key again.")
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(self.folder, 0o700)
        temp = self.folder / f".{SECRETS}.{os.urandom(8).hex()}"
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NO_FOLLOW, 0o600)
        try:
            with os.fdopen(fd, "wb") as file:
                file.write(json.dumps(record).encode("utf-8"))
                file.flush()
                os.fsync(file.fileno())
            os.replace(temp, self.path)  # replaces a link at the path, never writes through it
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        _sync(self.folder)


def _sync(folder: Path) -> None:
    """Make the rename durable; Windows cannot open a folder for this and needs no such step."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
