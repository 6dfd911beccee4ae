"""Errors a user can act on. Their message says what went wrong and what to do."""


class ChatGenError(ValueError):
    """A foreseeable problem with the user's input or setup; the message names the fix."""
