"""The sidebar's key in ComfyUI: stored for one server, in a file no route serves, sent to no other.

The routes run on aiohttp's own test server; the key file lives in a temp ComfyUI user folder; the
LLM servers are loopback fakes that record every header.
"""
import asyncio
import importlib
import json
import os
import stat

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from fake_llm_server import FakeServer
from test_nodes import core, folder_paths, nodes  # ComfyUI and the pack, imported as ComfyUI imports them

key_store_mod = importlib.import_module("chatgen_pack.nodes.key_store")
routes = importlib.import_module("chatgen_pack.nodes.routes")
llm_nodes = importlib.import_module("chatgen_pack.nodes.llm")

KEY = "sk-secret-0123456789"
HELLO = [{"role": "user", "content": "hi"}]


@pytest.fixture
def user_dir(monkeypatch, tmp_path):
    """ComfyUI's user folder in a temp dir, with no key variable in the environment."""
    monkeypatch.setattr(folder_paths, "get_user_directory", lambda: str(tmp_path / "user"))
    for name in [name for name in os.environ if name.startswith("CHATGEN_API_KEY")]:
        monkeypatch.delenv(name)
    return tmp_path / "user"


@pytest.fixture
def store(user_dir):
    return key_store_mod.default_store()


def talk(*requests):
    """Each (method, path, options) against the pack's routes; their (status, JSON) answers."""
    table = web.RouteTableDef()
    routes.register(table, key_store_mod.default_store)
    app = web.Application()
    app.add_routes(table)

    async def run():
        async with TestClient(TestServer(app)) as client:
            answers = []
            for method, options in requests:
                answer = await client.request(method, "/chatgen/key", **options)
                answers.append((answer.status, json.loads(await answer.text())))
            return answers

    return asyncio.run(run())


def post(body, **options):
    return ("POST", {"json": body, **options})


GET = ("GET", {})


def mode(path):
    return stat.S_IMODE(path.stat().st_mode)


def test_the_key_lives_in_comfyuis_system_user_folder_which_no_route_serves(store, user_dir):
    assert store.path == user_dir / "__chatgen" / "secrets.json"
    assert folder_paths.get_public_user_directory("__chatgen") is None  # /userdata refuses it


def test_a_stored_key_is_bound_to_its_server_and_no_answer_holds_the_key(store):
    answers = talk(post({"key": f" {KEY} ", "url": "https://API.example.com:443/v1"}), GET)
    assert answers == [(200, {"stored": True, "url": "https://api.example.com", "old_key_removed": False})] * 2
    assert KEY not in json.dumps(answers)
    credential = store.credential()
    assert credential.key == KEY and [str(o) for o in credential.origins] == ["https://api.example.com"]
    assert mode(store.path) == 0o600 and mode(store.folder) == 0o700


def test_a_cross_site_text_plain_post_is_refused_with_415(store):
    (answer,) = talk(("POST", {"data": json.dumps({"key": KEY, "url": "http://127.0.0.1:8000"}),
                               "headers": {"Content-Type": "text/plain"}}))
    assert answer[0] == 415 and "application/json" in answer[1]["error"]
    assert store.credential() is None


@pytest.mark.parametrize("origin", ["http://evil.example", "http://127.0.0.1:1", "null", "http://127.0.0.1:x"])
def test_a_post_from_a_page_of_another_origin_is_refused_with_403(store, origin):
    (answer,) = talk(post({"key": KEY, "url": "http://127.0.0.1:8000"}, headers={"Origin": origin}))
    assert answer == (403, {"error": "Only ComfyUI's own page may store the LLM server's key."})
    assert store.credential() is None


def test_a_post_from_comfyuis_own_page_is_taken(store):
    table = web.RouteTableDef()
    routes.register(table, key_store_mod.default_store)
    app = web.Application()
    app.add_routes(table)

    async def run():
        async with TestClient(TestServer(app)) as client:
            origin = str(client.make_url("/")).rstrip("/")
            answer = await client.post("/chatgen/key", json={"key": KEY, "url": "http://localhost:8000/v1"},
                                       headers={"Origin": origin})
            return answer.status

    assert asyncio.run(run()) == 200 and store.credential() is not None


@pytest.mark.parametrize(("url", "reason"), [
    ("http://192.168.1.5:8000/v1", "only over https"), ("http://api.example.com/v1", "only over https"),
    ("", "No LLM server URL"), ("ftp://example.com", "not a server address")])
def test_a_url_a_key_could_be_read_on_the_way_to_is_refused_with_400(store, url, reason):
    (answer,) = talk(post({"key": KEY, "url": url}))
    assert answer[0] == 400 and reason in answer[1]["error"] and KEY not in answer[1]["error"]
    assert store.credential() is None


@pytest.mark.parametrize("key", ["sk-one\nX-Injected: yes", "sk one", "sk-\x01one", "sk-ünï", "k" * 5000])
def test_a_key_that_cannot_go_in_a_header_is_refused_at_store(store, key):
    (answer,) = talk(post({"key": key, "url": "https://api.example.com"}))
    assert answer[0] == 400 and key not in answer[1]["error"] and "sk-one" not in answer[1]["error"]
    assert store.credential() is None and not store.path.exists()


@pytest.mark.parametrize("body", ["not json", '{"key": 42, "url": "https://a.example"}', "[1]",
                                  '{"key": "sk", "url": 7}', "[" * 100_000])
def test_other_bodies_are_refused_with_400_saying_what_to_send(store, body):
    (answer,) = talk(("POST", {"data": body, "headers": {"Content-Type": "application/json"}}))
    assert answer[0] == 400 and '{"key": "...", "url"' in answer[1]["error"]


def test_an_empty_key_removes_the_stored_one(store):
    answers = talk(post({"key": KEY, "url": "https://api.example.com"}), post({"key": ""}), GET)
    assert answers[1:] == [(200, {"stored": False, "url": "", "old_key_removed": False})] * 2
    assert not store.path.exists()


def test_an_old_key_file_readable_by_others_ends_readable_by_its_owner_alone(store):
    store.folder.mkdir(parents=True)
    store.path.write_text(json.dumps({"key": KEY, "url": "https://api.example.com"}))
    store.path.chmod(0o644)
    assert store.credential().key == KEY and mode(store.path) == 0o600  # reading fixes it
    store.path.chmod(0o644)
    store.store("sk-new-key", "https://api.example.com")
    assert mode(store.path) == 0o600


def test_a_symlink_planted_at_the_key_file_is_never_followed(store, tmp_path):
    target = tmp_path / "elsewhere.json"
    planted = json.dumps({"key": "sk-planted-key", "url": "https://evil.example"})
    target.write_text(planted)
    store.folder.mkdir(parents=True)
    store.path.symlink_to(target)
    assert store.credential() is None  # not read through the link
    store.store(KEY, "https://api.example.com")
    assert target.read_text() == planted  # not written through it either
    assert not store.path.is_symlink() and store.credential().key == KEY
    store.path.unlink()
    store.path.symlink_to(target)
    store.remove()
    assert target.read_text() == planted and not store.path.exists()


@pytest.mark.parametrize("content", [b"x" * (key_store_mod.MAX_FILE_BYTES + 1), b"[" * 50_000, b"\xff\xfe",
                                     b'{"key": "sk one", "url": "https://a.example"}',
                                     b'{"key": "sk-one", "url": "http://10.0.0.1"}', b'{"planner_key": "sk-one"}'])
def test_a_key_file_that_is_not_ours_counts_as_no_key(store, content):
    store.folder.mkdir(parents=True)
    store.path.write_bytes(content)
    assert store.credential() is None and store.status()["stored"] is False


def test_the_unbound_key_of_an_older_version_is_removed_and_the_page_asked_to_store_it_again(store, user_dir):
    legacy = user_dir / "chatgen" / "secrets.json"
    legacy.parent.mkdir(parents=True)
    legacy.write_text(json.dumps({"planner_key": "sk-old-unbound"}))
    answers = talk(GET, GET)
    assert answers == [(200, {"stored": False, "url": "", "old_key_removed": True})] * 2
    assert not legacy.exists() and "sk-old-unbound" not in store.path.read_text()
    (stored,) = talk(post({"key": KEY, "url": "https://api.example.com"}))
    assert stored == (200, {"stored": True, "url": "https://api.example.com", "old_key_removed": False})


# The key on its way to an LLM server


def settings(base_url, variable="CHATGEN_API_KEY"):
    return llm_nodes.LLMSettings("server", base_url, "qwen", variable, False, 64, 5.0)


def library():
    return core.library.Library((core.ModelCard("Counterfeit", "sd1", file_name="Counterfeit.safetensors"),))


def ask(base_url, state, variable="CHATGEN_API_KEY"):
    llm_nodes.llm_planner(library(), 5, state, settings(base_url, variable)).client.complete(HELLO)


def test_a_workflow_pointing_at_another_server_gets_no_stored_key(store, tmp_path):
    with FakeServer() as a, FakeServer() as b:
        store.store(KEY, a.url)
        ask(b.url, tmp_path)
        ask(a.url, tmp_path)
    assert "Authorization" not in b.requests[0]["headers"]
    assert a.requests[0]["headers"]["Authorization"] == f"Bearer {KEY}"


def test_a_key_stored_after_the_planner_was_built_goes_with_its_next_request(store, tmp_path):
    with FakeServer() as server:
        client = llm_nodes.llm_planner(library(), 5, tmp_path, settings(server.url)).client
        client.complete(HELLO)
        store.store(KEY, server.url)
        client.complete(HELLO)
    assert [r["headers"].get("Authorization") for r in server.requests] == [None, f"Bearer {KEY}"]


def test_the_named_variable_goes_first_where_it_is_bound_and_the_stored_key_elsewhere(store, tmp_path, monkeypatch):
    with FakeServer() as a, FakeServer() as b:
        monkeypatch.setenv("CHATGEN_API_KEY_TEAM", "sk-team-key")
        monkeypatch.setenv("CHATGEN_API_KEY_TEAM_URL", a.url)
        store.store(KEY, b.url)
        ask(a.url, tmp_path, "CHATGEN_API_KEY_TEAM")
        ask(b.url, tmp_path, "CHATGEN_API_KEY_TEAM")
    assert a.requests[0]["headers"]["Authorization"] == "Bearer sk-team-key"
    assert b.requests[0]["headers"]["Authorization"] == f"Bearer {KEY}"


@pytest.mark.parametrize("variable", ["AWS_SECRET_ACCESS_KEY", "HOME", "PATH", "GITHUB_TOKEN"])
def test_no_widget_can_name_a_variable_outside_chatgen_api_key(user_dir, tmp_path, monkeypatch, variable):
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "aws-secret-value-0123")
    monkeypatch.setenv("GITHUB_TOKEN", "ghp-token-value-0123")
    with FakeServer() as server:
        with pytest.raises(ValueError, match="CHATGEN_API_KEY") as refused:
            nodes.ChatGenLLMSettings.execute(backend="server", base_url=server.url, model="qwen",
                                             auth_variable=variable, structured=False, max_tokens=64, timeout=5.0)
        with pytest.raises(core.ChatGenError, match="CHATGEN_API_KEY"):  # settings made without the node
            ask(server.url, tmp_path, variable)
    assert server.requests == []
    values = [value for value in os.environ.values() if len(value) >= 8]
    assert not [value for value in values if value in str(refused.value)]


def test_a_local_model_ignores_the_key_variable(user_dir):
    made = nodes.ChatGenLLMSettings.execute(backend="local model", base_url="", model="smol.gguf",
                                            auth_variable="HOME", structured=False, max_tokens=64, timeout=5.0)
    assert made.args[0].backend == "local model"


def test_the_settings_tooltip_states_the_rule():
    tooltip = nodes.ChatGenLLMSettings.INPUT_TYPES()["required"]["auth_variable"][1]["tooltip"]
    assert "CHATGEN_API_KEY_<SUFFIX>" in tooltip and "_URL" in tooltip and "stored for" in tooltip
