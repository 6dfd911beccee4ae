"""Importing the core is cheap: torch and transformers wait until a model is needed."""
import subprocess
import sys

from conftest import REPO


def test_importing_the_core_loads_neither_torch_nor_transformers():
    code = ("import sys, chatgen_core, chatgen_core.planner, chatgen_core.library, chatgen_core.cli, chatgen_core.llm; "
            "print(sorted(m for m in ('torch', 'transformers') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
