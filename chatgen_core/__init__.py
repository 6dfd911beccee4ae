"""ChatGen for ComfyUI, the pipeline: freestyle request → prompt → model → arguments → plan.

Importing this package is cheap: torch and transformers load only when the encoder is first used.
"""
from .errors import Cancelled, ChatGenError
from .types import (
                    Arguments,
                    Brief,
                    Candidate,
                    ChosenModel,
                    Example,
                    ModelCard,
                    Plan,
                    Recommended,
                    ReferenceImage,
                    Request,
                    Turn,
)

__all__ = ["Arguments", "Brief", "Cancelled", "Candidate", "ChatGenError", "ChosenModel", "Example",
           "ModelCard", "Plan", "Recommended", "ReferenceImage", "Request", "Turn"]
