"""The command line, run as a user runs it, and the dev benchmark through it."""
import json
import subprocess
import sys

import pytest
from conftest import HORDE, REPO, SHARED_BENCH


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "chatgen_core", *map(str, args)], cwd=REPO,
                          capture_output=True, text=True, input=stdin, timeout=300)


def test_plan_prints_a_readable_plan():
    result = run("plan", "a cosy cabin in the snow at night, wide", "--library", HORDE)
    assert result.returncode == 0, result.stderr
    assert "Prompt:" in result.stdout and "cabin" in result.stdout
    assert "Model:" in result.stdout and "Settings:" in result.stdout


def test_plan_json_is_a_plan(tmp_path):
    from chatgen_core import Plan

    result = run("plan", "-", "--library", HORDE, "--json", "--seed", "5", stdin="a red fox, no people")
    plan = Plan.from_json(result.stdout)
    assert plan.arguments.seed == 5 and "fox" in plan.positive and "people" in plan.negative


def test_an_empty_request_is_a_clear_error_without_a_traceback():
    result = run("plan", "   ", "--library", HORDE)
    assert result.returncode == 2
    assert "error: The request is empty" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_missing_library_is_a_clear_error():
    result = run("plan", "a cat", "--library", "/nonexistent/models.json")
    assert result.returncode == 2 and "No such library file" in result.stderr


def test_a_non_utf8_history_file_is_a_clear_error(tmp_path):
    history = tmp_path / "history.json"
    history.write_bytes(b"\xff\xfe\x00garbage")
    result = run("plan", "now at night", "--library", HORDE, "--history", history)
    assert result.returncode == 2 and "Cannot read the history file" in result.stderr
    assert "Traceback" not in result.stderr


def test_history_from_a_file_continues_the_conversation(tmp_path):
    history = tmp_path / "history.json"
    history.write_text(json.dumps([{"role": "user", "content": "a lighthouse on a cliff"}]))
    result = run("plan", "now at dusk", "--library", HORDE, "--history", history, "--json")
    positive = json.loads(result.stdout)["positive"]
    assert "lighthouse" in positive and "dusk" in positive


@pytest.fixture(scope="module")
def dev_scores(tmp_path_factory):
    out = tmp_path_factory.mktemp("bench") / "pred.jsonl"
    result = run("bench", "--data", SHARED_BENCH / "dev.jsonl", "--library", HORDE, "--out", out)
    assert result.returncode == 0, result.stderr
    scored = subprocess.run([sys.executable, SHARED_BENCH / "score.py", SHARED_BENCH / "dev.jsonl", out,
                             HORDE, "--json"], capture_output=True, text=True, check=True)
    return json.loads(scored.stdout)


def test_bench_writes_one_prediction_per_item(dev_scores):
    assert dev_scores["answered"] == dev_scores["items"] and dev_scores["unknown_model"] == 0


@pytest.mark.parametrize("metric, target", [
    ("selection_hit", 0.70), ("content_recall", 0.97), ("filler_free", 0.97), ("trigger_ok", 0.9),
    ("exclusion_ok", 1.0), ("negative_ok", 0.9), ("orientation_ok", 0.9), ("params_valid", 1.0)])
def test_dev_benchmark_meets_the_issue_targets(dev_scores, metric, target):
    assert dev_scores[metric] >= target


def test_plan_with_an_llm_server_uses_its_answer():
    from fake_llm_server import FakeServer, Reply, completion

    from chatgen_core import Plan

    answer = "Prompt: a red fox, snow\nModel: Deliberate 3.0\nArguments: {'steps': 31}"
    with FakeServer(Reply(body=completion(answer))) as server:
        result = run("plan", "a red fox in the snow", "--library", HORDE, "--json",
                     "--llm", server.url, "--llm-model", "qwen")
    assert result.returncode == 0, result.stderr
    plan = Plan.from_json(result.stdout)
    assert plan.planner.startswith("llm qwen at http://127.0.0.1:")
    assert plan.model.name == "Deliberate 3.0" and plan.arguments.steps == 31


def test_an_unreachable_llm_server_is_a_clear_error_without_a_traceback():
    result = run("plan", "a fox", "--library", HORDE, "--llm", "http://127.0.0.1:9/v1", "--llm-model", "m")
    assert result.returncode == 2 and "unreachable" in result.stderr and "Traceback" not in result.stderr


def test_the_llm_key_comes_only_from_chatgen_api_key_variables_and_goes_only_where_bound(monkeypatch):
    from fake_llm_server import FakeServer

    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "aws-secret-value-0123")
    monkeypatch.setenv("CHATGEN_API_KEY_TEAM", "sk-team-key-0123")
    monkeypatch.setenv("CHATGEN_API_KEY_TEAM_URL", "https://api.example.com/v1")
    with FakeServer() as server:
        refused = run("plan", "a fox", "--library", HORDE, "--llm", server.url, "--llm-model", "m",
                      "--llm-key-env", "AWS_SECRET_ACCESS_KEY")
        elsewhere = run("plan", "a fox", "--library", HORDE, "--llm", server.url, "--llm-model", "m",
                        "--llm-key-env", "CHATGEN_API_KEY_TEAM")
    assert refused.returncode == 2 and "CHATGEN_API_KEY_<SUFFIX>" in refused.stderr
    assert "aws-secret-value" not in refused.stderr + refused.stdout and "Traceback" not in refused.stderr
    assert elsewhere.returncode == 0, elsewhere.stderr
    assert [request["headers"].get("Authorization") for request in server.requests] == [None]
