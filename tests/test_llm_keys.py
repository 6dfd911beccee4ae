"""API keys go only to the server they are bound to, whatever URL a shared workflow sets.

The real ChatClient against loopback servers that record every header: a key reaches the origin
(scheme, host, port) it was stored for and no other, an environment key goes where NAME_URL says
(or to this machine only), only CHATGEN_API_KEY[_<SUFFIX>] can be named, and no message shows a key.
"""
import pytest
from fake_llm_server import FakeServer, Reply

from chatgen_core import ChatGenError
from chatgen_core.llm.credentials import (
    STORED,
    Credential,
    Origin,
    check_key,
    check_variable,
    environment_credential,
    origin_of,
)
from chatgen_core.llm.openai_compat import ChatClient

HELLO = [{"role": "user", "content": "hello"}]
KEY = "sk-stored-0123456789"


def stored_for(url, key=KEY):
    return Credential(key, (origin_of(url),), STORED)


def ask(url, *credentials):
    return ChatClient(url, "tiny", credentials=lambda: credentials, sleep=lambda s: None).complete(HELLO)


def authorization(server):
    return [request["headers"].get("Authorization") for request in server.requests]


def test_the_key_stored_for_server_a_reaches_a_and_never_b():
    with FakeServer() as a, FakeServer() as b:
        ask(a.url, stored_for(a.url))
        ask(b.url, stored_for(a.url))
    assert authorization(a) == [f"Bearer {KEY}"]
    assert authorization(b) == [None]


def test_a_workflow_whose_url_names_another_host_gets_no_key():
    # The same loopback server under another name is another origin, as a browser counts it.
    with FakeServer() as server:
        ask(server.url, stored_for(server.url))
        ask(server.url.replace("127.0.0.1", "localhost"), stored_for(server.url))
    assert authorization(server) == [f"Bearer {KEY}", None]


def test_a_key_stored_for_https_is_not_sent_over_http_to_the_same_host_and_port():
    with FakeServer() as server:
        ask(server.url, stored_for(server.url.replace("http://", "https://")))
    assert authorization(server) == [None]


@pytest.mark.parametrize(("stored", "asked", "same"), [
    ("https://api.example.com/v1", "https://api.example.com:443/other", True),
    ("https://API.Example.com", "https://api.example.com/v1", True),
    ("https://api.example.com", "https://api.example.com:8443", False),
    ("https://api.example.com", "http://api.example.com", False),
    ("https://api.example.com", "https://api.example.com.evil.net", False),
    ("http://127.0.0.1:8000/v1", "http://127.0.0.1:8001/v1", False),
    ("http://127.0.0.1:8000", "http://localhost:8000", False),
])
def test_scheme_host_and_port_make_the_origin_and_nothing_else(stored, asked, same):
    assert stored_for(stored).admits(origin_of(asked)) is same


def test_keys_travel_only_over_https_or_to_this_machine():
    for url in ("https://api.example.com", "http://127.0.0.1:8000", "http://127.9.9.9", "http://[::1]:8000",
                "http://localhost:11434"):
        assert origin_of(url).may_carry_key, url
    for url in ("http://api.example.com", "http://192.168.1.5:8000", "http://10.0.0.1", "http://localhost.evil.net"):
        assert not origin_of(url).may_carry_key, url
        with pytest.raises(ChatGenError, match="https"):
            stored_for(url)


def test_an_environment_key_goes_only_to_the_origins_of_its_url_variable():
    with FakeServer() as a, FakeServer() as b:
        environ = {"CHATGEN_API_KEY_TEAM": "sk-team-key",
                   "CHATGEN_API_KEY_TEAM_URL": f"https://api.example.com/v1, {a.url}"}
        key = environment_credential("CHATGEN_API_KEY_TEAM", environ)
        ask(a.url, key)
        ask(b.url, key)
    assert authorization(a) == ["Bearer sk-team-key"] and authorization(b) == [None]
    assert key.admits(origin_of("https://api.example.com")) and not key.admits(origin_of("https://evil.example"))


def test_an_environment_key_without_a_url_variable_goes_to_this_machine_only():
    key = environment_credential("CHATGEN_API_KEY", {"CHATGEN_API_KEY": "sk-local"})
    with FakeServer() as server:
        ask(server.url, key)
    assert authorization(server) == ["Bearer sk-local"]
    assert not key.admits(origin_of("https://api.openai.com/v1"))
    assert environment_credential("CHATGEN_API_KEY", {}) is None


def test_a_url_variable_with_a_plain_http_remote_server_is_refused_by_name():
    with pytest.raises(ChatGenError, match="CHATGEN_API_KEY_URL|https"):
        environment_credential("CHATGEN_API_KEY", {"CHATGEN_API_KEY": "sk-x",
                                                   "CHATGEN_API_KEY_URL": "http://192.168.1.5:8000"})


@pytest.mark.parametrize("name", ["CHATGEN_API_KEY", "CHATGEN_API_KEY_OPENAI", "CHATGEN_API_KEY_2_B"])
def test_the_key_variable_is_chatgen_api_key_or_a_suffix_of_it(name):
    assert check_variable(name) == name


@pytest.mark.parametrize("name", ["AWS_SECRET_ACCESS_KEY", "HOME", "GITHUB_TOKEN", "chatgen_api_key",
                                  "CHATGEN_API_KEY_", "CHATGEN_API_KEYS", "CHATGEN_API_KEY_a", "XCHATGEN_API_KEY",
                                  "CHATGEN_API_KEY\nHOME", "CHATGEN_API_KEY_URL", "CHATGEN_API_KEY_TEAM_URL", ""])
def test_any_other_variable_is_refused_naming_the_rule_and_never_a_value(name, monkeypatch):
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "aws-secret-value-0123")
    environ = {name: "the-secret-value"} if name else {}
    with pytest.raises(ChatGenError, match="CHATGEN_API_KEY") as refused:
        environment_credential(name, environ)
    assert "the-secret-value" not in str(refused.value) and "aws-secret-value" not in str(refused.value)


@pytest.mark.parametrize(("key", "kind"), [("sk-abc\ndef", "a line break"), ("sk abc", "a space"),
                                           ("sk-\x00abc", "a control character"), ("sk-\x7fabc", "a control character"),
                                           ("sk-abc\tx", "a tab"), ("sk-äbc", "not ASCII"), ("x" * 4097, "4,097 characters"),
                                           ("", "empty")])
def test_a_key_that_cannot_go_in_a_header_is_refused_without_being_shown(key, kind):
    with pytest.raises(ChatGenError, match=kind) as refused:
        check_key(key)
    assert key not in str(refused.value) or not key
    with pytest.raises(ChatGenError):
        stored_for("https://api.example.com", key)


def test_an_environment_key_with_a_line_break_names_its_variable_and_not_the_key():
    with pytest.raises(ChatGenError, match=r"\$CHATGEN_API_KEY has a line break") as refused:
        environment_credential("CHATGEN_API_KEY", {"CHATGEN_API_KEY": "sk-one\nX-Evil: yes"})
    assert "sk-one" not in str(refused.value)


def test_a_refused_key_says_where_the_key_is_stored_and_never_shows_it():
    with FakeServer(Reply(401, {"error": {"message": "invalid key"}})) as server:
        with pytest.raises(ChatGenError) as refused:
            ask(server.url, stored_for("https://api.example.com/v1"),
                environment_credential("CHATGEN_API_KEY", {"CHATGEN_API_KEY": "sk-env-secret",
                                                           "CHATGEN_API_KEY_URL": "https://other.example"}))
    message, here = str(refused.value), f"http://127.0.0.1:{server.httpd.server_address[1]}"
    assert f"the key stored from the chat sidebar is for https://api.example.com, not for {here}" in message
    assert f"$CHATGEN_API_KEY is for https://other.example, not for {here}" in message
    assert "sends a key only to the server it was stored for" in message
    assert KEY not in message and "sk-env-secret" not in message


def test_a_refused_key_that_was_sent_names_its_source_and_the_sidebar():
    with FakeServer(Reply(403, {"error": "forbidden"})) as server:
        with pytest.raises(ChatGenError, match="ChatGen sent it the key stored from the chat sidebar.*Planner key") as refused:
            ask(server.url, stored_for(server.url))
    assert KEY not in str(refused.value)


def test_a_refusal_with_no_key_at_all_says_how_to_give_one():
    with FakeServer(Reply(401, {"error": {"message": "invalid key"}})) as server:
        with pytest.raises(ChatGenError, match="invalid key.*No key was sent.*chat sidebar.*CHATGEN_API_KEY_URL"):
            ask(server.url)


def test_a_plain_http_server_elsewhere_is_told_why_it_got_no_key():
    client = ChatClient("http://192.168.1.5:8000/v1", "tiny")
    advice = client._key_advice([stored_for("https://api.example.com")], None)
    assert "only over https" in advice and "http://192.168.1.5:8000 is neither" in advice


def test_no_key_is_shown_by_a_credential_or_a_client():
    credential = stored_for("https://api.example.com")
    client = ChatClient("https://api.example.com/v1", "m", credentials=lambda: (credential,))
    assert KEY not in repr(credential) and KEY not in repr(client) and KEY not in str(credential)


def test_origins_print_as_a_browser_writes_them():
    assert str(origin_of("https://api.example.com:443/v1")) == "https://api.example.com"
    assert str(origin_of("127.0.0.1:8000/v1")) == "http://127.0.0.1:8000"
    assert str(origin_of("http://[::1]:8000")) == "http://[::1]:8000"
    assert origin_of("HTTPS://API.EXAMPLE.COM") == Origin("https", "api.example.com", 443)
    for bad in ("ftp://h", "http://", "http://h:99999", "http://h:x"):
        with pytest.raises(ChatGenError, match="not a server address"):
            origin_of(bad)
