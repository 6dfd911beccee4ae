"""The sidebar's key on a real ComfyUI: stored for one server, it reaches that server and no other.

Two loopback LLM servers record every header. The key is stored for server A through the route the
sidebar uses; a workflow whose ChatGen LLM Settings point at server B (as a shared workflow would,
at its author's server) must reach B without it, and the same workflow pointed at A carries it.
"""
from __future__ import annotations

import json
import os
import urllib.error
import urllib.request

import comfy_host
import pytest
from comfy_host import CATALOG
from fake_llm_server import FakeServer, Reply
from pace import scaled

pytestmark = pytest.mark.e2e

KEY = "sk-e2e-stored-for-a-0123456789"
ANSWER = ("Prompt: a red fox asleep in the snow", "\nModel: Counterfeit")


@pytest.fixture(scope="module")
def comfy(tmp_path_factory):
    """A real ComfyUI with the pack, started with no CHATGEN_API_KEY* variable in its environment."""
    if reason := comfy_host.unavailable():
        pytest.skip(reason)
    with pytest.MonkeyPatch.context() as patch:
        for name in [name for name in os.environ if name.startswith("CHATGEN_API_KEY")]:
            patch.delenv(name)
        with comfy_host.serving(tmp_path_factory.mktemp("comfy-keys")) as host:
            yield host


def plan_graph(base_url: str, seed: int, variable: str = "CHATGEN_API_KEY") -> dict:
    """LLM Settings → Planner (llm) → FreeStyle → Show Plan: a plan from the server at `base_url`."""
    return {
        "settings": {"class_type": "ChatGenLLMSettings", "inputs": {
            "backend": "server", "base_url": base_url, "model": "qwen", "auth_variable": variable,
            "structured": False, "max_tokens": 64, "timeout": 120.0, "keep_loaded": False}},
        "planner": {"class_type": "ChatGenPlanner", "inputs": {
            "planner": "llm", "catalogs": CATALOG, "top_k": 3, "llm": ["settings", 0]}},
        "freestyle": {"class_type": "ChatGenFreeStyle", "inputs": {
            "planner": ["planner", 0], "request": "a red fox asleep in the snow", "seed": seed}},
        "show": {"class_type": "ChatGenShowPlan", "inputs": {"plan": ["freestyle", 0]}},
    }


def test_a_key_stored_for_one_server_never_reaches_another(comfy):
    with FakeServer(Reply(chunks=ANSWER)) as a, FakeServer(Reply(chunks=ANSWER)) as b:
        status, stored = comfy.post("/chatgen/key", {"key": KEY, "url": a.url})
        assert (status, stored["stored"]) == (200, True)

        elsewhere = comfy.run(plan_graph(b.url, seed=1))
        assert elsewhere.status == "success", elsewhere.message("execution_error")
        assert b.requests and all("Authorization" not in r["headers"] for r in b.requests)

        home = comfy.run(plan_graph(a.url, seed=2))
        assert home.status == "success", home.message("execution_error")
        assert [r["headers"].get("Authorization") for r in a.requests] == [f"Bearer {KEY}"]
        assert comfy.get("/chatgen/key")["url"] == a.url.removesuffix("/v1")  # the origin, never the key


def test_a_workflow_naming_another_environment_variable_is_refused_before_any_request(comfy):
    with FakeServer(Reply(chunks=ANSWER)) as server:
        run = comfy.run(plan_graph(server.url, seed=3, variable="HOME"))
    assert run.status == "error" and server.requests == []
    message = run.message("execution_error")["exception_message"]
    assert "CHATGEN_API_KEY" in message and os.environ.get("HOME", "/nowhere") not in message


def test_a_cross_site_form_post_cannot_store_a_key(comfy):
    form = urllib.request.Request(comfy.url + "/chatgen/key", method="POST",
                                  data=json.dumps({"key": "sk-from-evil", "url": "http://127.0.0.1:1"}).encode(),
                                  headers={"Content-Type": "text/plain"})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(form, timeout=scaled(60))
    assert refused.value.code == 415
    assert comfy.get("/chatgen/key")["url"] != "http://127.0.0.1:1"
