"""The chat sidebar in headless Chromium against a real ComfyUI with the pack installed.

The page is driven by tests/e2e/browser/chat.mjs (playwright-core, Debian's chromium). The open
workflow is the pack's chat-to-image workflow at a 64×64 latent (see `test_e2e_chatgen`): the
sidebar uses the workflow that is open, so the test controls the picture's size through it.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import time
import urllib.request

import comfy_host
import pytest
from comfy_host import CATALOG, ROOT, SIZE, WORKFLOWS
from fake_llm_server import FakeServer, Reply
from pace import scaled

pytestmark = pytest.mark.e2e

BROWSER = ROOT / "tests" / "e2e" / "browser"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
SCREENSHOT = ROOT / "out" / "chat-sidebar.png"
FIRST, SECOND = "quick draft of a watercolor fox curled up in a snowy forest", "now at night, under a full moon"
REFINE = "more detailed"
STEPS = 1
BROKEN = "a red bicycle"  # sent after the Planner's catalog is pointed at a missing file
KEY = "sk-chat-sidebar-test"  # typed into the sidebar's key box
REFUSED = "a green apple"  # planned by the 'llm' planner on a server that refuses the key
OFFLINE = "a yellow tram"  # sent while the page cannot reach the server
CANCELLED = "a blue vintage car"  # cancelled as soon as it runs
UNOPENED = "a lighthouse in a storm"  # sent with no workflow open, cancelled as soon as it runs


def typed(workflow: dict, node_type: str, values: dict[str, object]) -> None:
    """Cut the links into `node_type`'s named inputs and type the values into their widgets instead."""
    (node,) = [node for node in workflow["nodes"] if node["type"] == node_type]
    widgets = [i["widget"]["name"] for i in node["inputs"] if "widget" in i]
    cut = set()
    for entry in node["inputs"]:
        if entry["name"] in values:
            cut.add(entry.pop("link"))
            entry["link"] = None
    for name, value in values.items():
        # widgets_values follow the widget order; a seed is followed by its "control after generate".
        index = widgets.index(name)
        index += sum(1 for w in widgets[:index] if w in ("seed", "noise_seed"))
        node["widgets_values"][index] = value
    workflow["links"] = [link for link in workflow["links"] if link[0] not in cut]
    for each in workflow["nodes"]:
        for output in each.get("outputs", []):
            output["links"] = [link for link in output.get("links") or [] if link not in cut]


def small_workflow() -> dict:
    """chatgen_to_image as a person would open it, with the catalog set, a 64×64 latent, one step
    at cfg 1 and one checkpoint.

    The planned size, steps and cfg would take minutes a turn on a shared CPU, and a different
    planned checkpoint each turn would reload 2 GB; `test_e2e_chatgen` checks that the plan
    reaches Load Checkpoint and KSampler, this module checks the sidebar.
    """
    workflow = json.loads((WORKFLOWS / "chatgen_to_image.json").read_text())
    nodes = {node["type"]: node for node in workflow["nodes"]}
    nodes["ChatGenPlanner"]["widgets_values"][1] = CATALOG
    nodes["ChatGenFreeStyle"]["widgets_values"][1:] = [3, "fixed"]
    typed(workflow, "CheckpointLoaderSimple", {"ckpt_name": "model_1_5.safetensors"})
    typed(workflow, "EmptyLatentImage", {"width": SIZE, "height": SIZE})
    typed(workflow, "KSampler", {"steps": STEPS, "cfg": 1.0})
    return workflow


@pytest.fixture(scope="module")
def comfy(tmp_path_factory):
    """One real ComfyUI for this module, with this pack installed and the test library."""
    if reason := comfy_host.unavailable():
        pytest.skip(reason)
    with comfy_host.serving(tmp_path_factory.mktemp("comfy-browser")) as host:
        yield host


@pytest.fixture(scope="module")
def llm_server():
    """An OpenAI-compatible server that refuses every key, and records the one it was sent."""
    with FakeServer(Reply(401, {"error": {"message": "invalid API key"}})) as server:
        yield server


@pytest.fixture(scope="module")
def chat(comfy, llm_server, tmp_path_factory, request):
    """Two messages, a Refine, three failing messages and two cancelled ones sent through the sidebar."""
    if not (BROWSER / "node_modules" / "playwright-core").is_dir() or not shutil.which("node"):
        pytest.skip("playwright-core is not installed (bash .ci/env installs it)")
    if not os.access(CHROMIUM, os.X_OK):
        pytest.skip(f"no Chromium at {CHROMIUM}")
    # A fresh user folder would open the template browser over the canvas on first load.
    urllib.request.urlopen(urllib.request.Request(comfy.url + "/settings/Comfy.TutorialCompleted", data=b"true",
                                                  method="POST"), timeout=30).close()
    folder = tmp_path_factory.mktemp("browser")
    (folder / "workflow.json").write_text(json.dumps(small_workflow()))
    SCREENSHOT.parent.mkdir(exist_ok=True)
    started = time.monotonic()
    done = subprocess.run(["node", str(BROWSER / "chat.mjs"), comfy.url, str(folder / "workflow.json"),
                           str(folder / "profile"), str(SCREENSHOT), FIRST, SECOND, f"refine: {REFINE}",
                           "set:ChatGenPlanner.catalogs=missing.json", BROKEN,
                           f"set:ChatGenPlanner.catalogs={CATALOG}", "setting:ChatGen.Planner=llm",
                           # The key is stored for the server URL of the settings, so that comes first.
                           f"setting:ChatGen.Endpoint={llm_server.url}", f"key:{KEY}", "setting:ChatGen.Model=qwen",
                           REFUSED,
                           "setting:ChatGen.Planner=embedded", f"offline: {OFFLINE}", f"cancel: {CANCELLED}", "clear",
                           f"cancel: {UNOPENED}"],
                          cwd=BROWSER, capture_output=True, text=True, timeout=scaled(900),
                          env={**os.environ, "CHATGEN_TURN_MS": str(int(scaled(180) * 1000)),
                               "CHATGEN_LOAD_MS": str(int(scaled(120) * 1000))})
    assert done.returncode == 0, done.stderr[-4000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["seconds"] = round(time.monotonic() - started, 1)
    SCREENSHOT.with_suffix(".json").write_text(json.dumps(result, indent=1))  # for review beside the picture
    with request.config.pluginmanager.get_plugin("capturemanager").global_and_fixture_disabled():
        print(f"\nchat sidebar: screenshots {SCREENSHOT} and {SCREENSHOT.stem}-start.png beside it, "
              f"browser session {result['seconds']} s")
    assert "failure" not in result, (result, comfy.log()[-3000:])
    return result


def assistant(turns: list[dict]) -> list[dict]:
    return [turn for turn in turns if turn["role"] == "assistant"]


def prompt_line(plan: dict) -> str:
    return plan["positive"].lower()


def test_each_message_shows_its_plan_with_scores_and_its_image(chat):
    before = chat["before"]
    answers = assistant(before["turns"])
    assert [turn["status"] for turn in answers] == ["done"] * 3 + ["error"] * 3 + ["cancelled"] * 2, \
        before["errors"]
    assert before["images"] == [SIZE] * 3
    assert all(bars >= 2 for bars in before["bars"][:3])  # the chosen model and its alternatives
    assert [turn["text"] for turn in before["turns"] if turn["role"] == "user"] == [
        FIRST, SECOND, REFINE, BROKEN, REFUSED, OFFLINE, CANCELLED, UNOPENED]
    assert SCREENSHOT.is_file()


def test_a_planner_error_appears_in_the_conversation_in_plain_words(chat):
    error, _, _, stopped, _ = chat["before"]["errors"]
    assert stopped == "Stopped."
    assert error.startswith("ChatGenPlanner: Catalog 'missing.json' not found")
    assert "Traceback" not in error


def test_a_server_out_of_reach_appears_in_the_conversation_in_plain_words(chat):
    assert chat["before"]["errors"][2] == ("ComfyUI's server is not answering. Start it again, then send the "
                                           "message again.")


def test_the_llm_planner_of_the_settings_asks_their_server_with_the_key_stored_from_the_sidebar(
        comfy, chat, llm_server):
    _, refused, *_ = chat["before"]["errors"]
    assert refused.startswith("ChatGenFreeStyle: The LLM server at") and "HTTP 401: invalid API key" in refused
    (sent,) = llm_server.requests
    assert sent["headers"]["Authorization"] == f"Bearer {KEY}" and sent["json"]["model"] == "qwen"
    turn = assistant(chat["before"]["turns"])[4]
    graph = next(iter(comfy.get(f"/history/{turn['promptId']}").values()))["prompt"][2]
    assert KEY not in json.dumps(graph)


def test_the_second_plan_continues_the_first_turn(comfy, chat):
    first, second, *_ = (turn.get("plan") for turn in assistant(chat["before"]["turns"]))
    assert second["request"] == SECOND
    assert "fox" in prompt_line(first) and "night" not in prompt_line(first)
    assert "fox" in prompt_line(second) and re.search(r"night|moon", prompt_line(second))
    # The server was given the first plan as the conversation so far.
    queued = comfy.get(f"/history/{assistant(chat['before']['turns'])[1]['promptId']}")
    graph = next(iter(queued.values()))["prompt"][2]
    (conversation,) = [node for node in graph.values() if node["class_type"] == "ChatGenConversation"]
    assert [plan["request"] for plan in json.loads(conversation["inputs"]["plans"])] == [FIRST]


def test_refine_starts_from_the_last_image_at_the_chosen_denoise(comfy, chat):
    turns = chat["before"]["turns"]
    last_image = assistant(turns)[1]["image"]
    assert [turn["refine"] for turn in turns if turn["role"] == "user"] == [None, None, 0.5] + [None] * 5
    queued = comfy.get(f"/history/{assistant(turns)[2]['promptId']}")
    graph = next(iter(queued.values()))["prompt"][2]
    (load,) = [node for node in graph.values() if node["class_type"] == "LoadImage"]
    assert load["inputs"]["image"] == f"{last_image['filename']} [output]"
    (sampler,) = [node for node in graph.values() if node["class_type"] == "KSampler"]
    assert sampler["inputs"]["denoise"] == 0.5
    assert graph[sampler["inputs"]["latent_image"][0]]["class_type"] == "VAEEncode"


def test_cancel_stops_the_run_on_the_server(comfy, chat):
    cancelled = assistant(chat["before"]["turns"])[6]
    assert cancelled["status"] == "cancelled" and "image" not in cancelled
    entry = comfy.get(f"/history/{cancelled['promptId']}").get(cancelled["promptId"])
    assert entry is None or "execution_interrupted" in [name for name, _ in entry["status"]["messages"]]


def test_with_no_chatgen_workflow_open_the_packs_chat_workflow_is_loaded_and_queued(comfy, chat):
    turn = assistant(chat["before"]["turns"])[-1]
    graph = next(iter(comfy.get(f"/history/{turn['promptId']}").values()))["prompt"][2]
    shipped = json.loads((WORKFLOWS / "api" / "chatgen_to_image_api.json").read_text())
    assert {key: graph[key]["class_type"] for key in shipped} == {key: node["class_type"] for key, node in
                                                                  shipped.items()}
    by_type = {node["class_type"]: node["inputs"] for node in graph.values()}
    assert by_type["ChatGenFreeStyle"]["request"] == UNOPENED
    # As shipped, not as the test's workflow had it: no catalog, the latent's size from the plan.
    assert by_type["ChatGenPlanner"]["catalogs"] == "" and isinstance(by_type["EmptyLatentImage"]["width"], list)


def test_the_transcript_survives_closing_and_reopening_the_tab_and_a_reload(chat):
    for again in (chat["reopened"], chat["after"]):
        assert again["turns"] == chat["before"]["turns"]
        assert again["images"] == chat["before"]["images"] and again["errors"] == chat["before"]["errors"]


def test_the_turn_under_way_shows_the_running_node_and_its_steps(chat):
    assert "Queued…" in chat["statuses"] and f"KSampler {STEPS}/{STEPS}…" in chat["statuses"]
    assert "VAE Decode…" in chat["statuses"]  # a node that reports no steps is named all the same
    assert "VAE Encode (Refine)…" in chat["statuses"]  # and one the sidebar added


def test_the_key_stays_on_the_server(comfy):
    status, answer = comfy.post("/chatgen/key", {"key": "sk-test-secret", "url": "https://api.example.com/v1"})
    stored = {"stored": True, "url": "https://api.example.com", "old_key_removed": False}
    assert (status, answer) == (200, stored) and comfy.get("/chatgen/key") == stored
    with urllib.request.urlopen(comfy.url + "/settings") as settings:
        assert b"sk-test-secret" not in settings.read()
    assert (comfy.base / "user" / "__chatgen" / "secrets.json").is_file()
    assert comfy.post("/chatgen/key", {"key": ""})[1] == {"stored": False, "url": "", "old_key_removed": False}
