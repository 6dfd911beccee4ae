"""The chat sidebar's server side: it stores the LLM server's key for one server, and never returns it.

The page may store a key for the server URL of its settings, remove it, or learn whether one is
stored and for which server. The key never goes into a workflow or a ComfyUI setting (settings are
sent back to every page). Only ComfyUI's own page may store one: the body must be JSON, which a
page of another site cannot send without the browser asking ComfyUI's leave first, and a browser's
Origin header must name this server, which still holds when ComfyUI lets other sites in
(--enable-cors-header).
"""
from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit

from aiohttp import web

from ..chatgen_core import ChatGenError
from ..chatgen_core.llm.credentials import DEFAULT_PORTS
from ..chatgen_core.untrusted import load_json
from .key_store import KeyStore

MAX_REQUEST_BYTES = 16 * 1024
"""A key of 4,096 characters and a URL, with room to spare."""
SHAPE = 'Send {"key": "...", "url": "<the LLM server URL>"}; an empty key removes the stored one.'


def register(routes: web.RouteTableDef, key_store: Callable[[], KeyStore]) -> None:
    """Add the sidebar's routes; `key_store()` is the running ComfyUI's key file."""

    @routes.get("/chatgen/key")
    async def get_key(_: web.Request) -> web.Response:
        return web.json_response(key_store().status())

    @routes.post("/chatgen/key")
    async def post_key(request: web.Request) -> web.Response:
        if request.content_type != "application/json":
            return _refused(415, "Send the key as JSON (Content-Type: application/json). " + SHAPE)
        if not _from_this_server(request):
            return _refused(403, "Only ComfyUI's own page may store the LLM server's key.")
        try:
            body = load_json(await _read(request), "The request")
        except ChatGenError as error:
            return _refused(400, f"{error} {SHAPE}")
        key, url = (body.get("key"), body.get("url", "")) if isinstance(body, dict) else (None, None)
        if not isinstance(key, str) or not isinstance(url, str):
            return _refused(400, SHAPE)
        try:
            if key.strip():
                key_store().store(key.strip(), url)
            else:
                key_store().remove()
        except ChatGenError as error:
            return _refused(400, str(error))
        return web.json_response(key_store().status())


def _refused(status: int, message: str) -> web.Response:
    return web.json_response({"error": message}, status=status)


def _from_this_server(request: web.Request) -> bool:
    """False when a browser says the request comes from a page of another host or port.

    Without an Origin header it is no browser's cross-site request (a script, curl).
    """
    origin = request.headers.get("Origin")
    if origin is None:
        return True
    try:
        claimed, served = urlsplit(origin), urlsplit("//" + request.headers.get("Host", ""))
        default = DEFAULT_PORTS.get(claimed.scheme)
        return (default is not None and claimed.hostname is not None
                and (claimed.hostname, claimed.port or default) == (served.hostname, served.port or default))
    except ValueError:  # a port that is no number
        return False


async def _read(request: web.Request) -> bytes:
    """The body, or ChatGenError past MAX_REQUEST_BYTES (read no further than that)."""
    data = b""
    while chunk := await request.content.read(MAX_REQUEST_BYTES + 1 - len(data)):
        data += chunk
        if len(data) > MAX_REQUEST_BYTES:
            raise ChatGenError(f"The request is over {MAX_REQUEST_BYTES:,} bytes.")
    return data
