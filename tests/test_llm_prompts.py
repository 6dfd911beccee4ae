"""The system prompts are ChatGen-Base's training interface: byte-identical to the released ones."""
import pytest
from conftest import SHARED_DATA

from chatgen_core.llm.prompts import SYS_MULTIMODAL, SYS_SINGLEMODAL


def section(name: str) -> str:
    text = (SHARED_DATA / "chatgen_system_prompts.txt").read_text(encoding="utf-8")
    start = text.index("=====\n", text.index(f"===== {name}") + 6) + len("=====\n")
    return text[start:text.index("\n=====", start)]


@pytest.mark.parametrize("name, prompt", [("sys_singlemodal", SYS_SINGLEMODAL),
                                          ("sys_multimodal", SYS_MULTIMODAL)])
def test_the_system_prompt_is_the_released_one_byte_for_byte(name, prompt):
    assert prompt == section(name)
