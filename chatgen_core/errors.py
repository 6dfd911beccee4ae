"""Errors a user can act on. Their message says what went wrong and what to do."""


class ChatGenError(ValueError):
    """A foreseeable problem with the user's input or setup; the message names the fix."""


class Cancelled(ChatGenError):
    """The user cancelled while a plan was being made (ComfyUI's Cancel, for one)."""
