"""Shared fixtures: the real data beside the repo, and the real encoder loaded once a session."""
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"
SHARED_BENCH = REPO.parent / "shared" / "bench"
HORDE = SHARED_DATA / "horde_model_reference_sd.json"


@pytest.fixture(scope="session")
def encoder():
    from chatgen_core.encoder import TextEncoder

    return TextEncoder()


@pytest.fixture(scope="session")
def horde_library():
    from chatgen_core.library import build_library

    return build_library(catalogs=[HORDE])


@pytest.fixture(scope="session")
def horde_planner(horde_library, encoder):
    from chatgen_core.planner import EmbeddedPlanner

    return EmbeddedPlanner(horde_library, encoder=encoder)


@pytest.fixture(scope="session")
def tiny_chat_folder(tmp_path_factory):
    """A tiny Llama chat model taught one ChatGen answer (see tiny_chat_model.py), built once."""
    from tiny_chat_model import build

    return build(tmp_path_factory.mktemp("tiny-chat") / "model")
