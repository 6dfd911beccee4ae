"""ChatGen for ComfyUI: a request in your own words becomes a prompt, a checkpoint and settings.

ComfyUI finds the nodes through `comfy_entrypoint` (V3), the pack's one registration point.
"""
WEB_DIRECTORY = "./web"


async def comfy_entrypoint():
    """The extension listing the ChatGen nodes."""
    # Imported on call: the pack's root stays importable without ComfyUI (pytest imports it).
    from .nodes import ChatGenExtension

    return ChatGenExtension()
