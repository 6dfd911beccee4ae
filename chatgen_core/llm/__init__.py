"""LLM planners: an LLM writes stage 1 (and may propose a model and arguments); the embedded stages
fill in and repair the rest. Nothing here imports torch or opens a connection at import."""
from .answer import LLMAnswer, parse_answer
from .repair import plan_from_answer

__all__ = ["LLMAnswer", "parse_answer", "plan_from_answer"]
