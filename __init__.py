"""ChatGen for ComfyUI: a request in your own words becomes a prompt, a checkpoint and settings.

ComfyUI finds the nodes through `comfy_entrypoint` (V3), the pack's one registration point; the
chat sidebar lives in web/ and its few server routes in nodes/routes.py.
"""
import sys

WEB_DIRECTORY = "./web"


async def comfy_entrypoint():
    """The extension listing the ChatGen nodes; adds the sidebar's routes to a running server."""
    # Imported on call: the pack's root stays importable without ComfyUI (pytest imports it).
    from .nodes import ChatGenExtension

    # The running ComfyUI's server, when there is one; unit tests load the pack without it.
    server = getattr(sys.modules.get("server"), "PromptServer", None)
    if getattr(server, "instance", None) is not None:
        from .nodes import routes
        from .nodes.key_store import default_store

        routes.register(server.instance.routes, default_store)
    return ChatGenExtension()
