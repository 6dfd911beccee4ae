"""The chat sidebar's server side: its API key lives here, in ComfyUI's user folder, and never leaves.

The page may store a key or learn whether one is stored; no route returns the key, and the key
never goes into a workflow or a ComfyUI setting (settings are sent back to every page).
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from aiohttp import web

SECRETS = "secrets.json"


def read_key(state: Path) -> str:
    """The stored planner key, or "" when none is."""
    try:
        return json.loads((state / SECRETS).read_text(encoding="utf-8")).get("planner_key", "")
    except (OSError, ValueError):
        return ""


def store_key(state: Path, key: str) -> None:
    """Store `key` readable by the server's user alone; an empty key removes it."""
    path = state / SECRETS
    if not key:
        path.unlink(missing_ok=True)
        return
    state.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as file:
        json.dump({"planner_key": key}, file)


def key_status(state: Path) -> dict[str, Any]:
    """What the page may learn about the key: whether one is stored."""
    return {"stored": bool(read_key(state))}


def register(routes: web.RouteTableDef, state_dir: Any) -> None:
    """Add the sidebar's routes; `state_dir()` is the pack's folder in ComfyUI's user dir."""

    @routes.get("/chatgen/key")
    async def get_key(_: web.Request) -> web.Response:
        return web.json_response(key_status(state_dir()))

    @routes.post("/chatgen/key")
    async def post_key(request: web.Request) -> web.Response:
        try:
            body = await request.json()
        except ValueError:
            body = None
        key = body.get("key") if isinstance(body, dict) else None
        if not isinstance(key, str):
            return web.json_response({"error": "send {\"key\": \"...\"}"}, status=400)
        store_key(state_dir(), key.strip())
        return web.json_response(key_status(state_dir()))
