"""LLM planning in the nodes: ChatGen LLM Settings, the 'llm' planner, progress, Cancel and memory."""
import asyncio
import gc
import importlib
import itertools
import json
import threading
import time
import tracemalloc
import weakref

import pytest
import test_nodes as base  # ComfyUI and the pack, imported as ComfyUI imports them
from fake_llm_server import FakeServer, Reply, completion, sse_chunks
from fakes import BagOfWordsEncoder
from test_nodes import core, folder_paths, nodes, planning, run

# After test_nodes, which puts ComfyUI on sys.path.
model_management = importlib.import_module("comfy.model_management")
comfy_utils = importlib.import_module("comfy.utils")
llm_nodes = importlib.import_module("chatgen_pack.nodes.llm")
llm_memory = importlib.import_module("chatgen_pack.nodes.llm_memory")
llm_planner_mod = importlib.import_module("chatgen_pack.chatgen_core.llm.planner")
client_mod = importlib.import_module("chatgen_pack.chatgen_core.llm.openai_compat")
local_mod = importlib.import_module("chatgen_pack.chatgen_core.llm.local")
ANSWER = "Prompt: a red fox, snow\nModel: Counterfeit"


def settings(**changes):
    values = dict(backend="server", base_url="http://127.0.0.1:9/v1", model="qwen", auth_variable="CHATGEN_API_KEY_TEST",
                  structured=True, max_tokens=64, timeout=5.0, keep_loaded=False) | changes
    return nodes.ChatGenLLMSettings.execute(**values).args[0]


@pytest.fixture(autouse=True)
def no_server(monkeypatch):
    """Text for the node goes nowhere: these tests run without a ComfyUI server."""
    monkeypatch.setattr(llm_nodes, "show_text", lambda node, text: None)
    monkeypatch.setattr(planning, "show_text", lambda node, text: None)


@pytest.fixture
def comfy_dirs(monkeypatch, tmp_path):
    """ComfyUI's user and models folders in a temp dir, one checkpoint listed, the pack loaded."""
    monkeypatch.setattr(folder_paths, "get_filename_list", lambda kind: ["anime/Counterfeit.safetensors"])
    monkeypatch.setattr(folder_paths, "folder_names_and_paths", {"checkpoints": ([str(tmp_path / "ckpt")], set())})
    monkeypatch.setattr(folder_paths, "get_user_directory", lambda: str(tmp_path / "user"))
    monkeypatch.setattr(folder_paths, "models_dir", str(tmp_path / "models"))
    asyncio.run(nodes.ChatGenExtension().get_node_list())  # what ComfyUI does when it loads the pack
    return tmp_path


def one_model_library(**kwargs):
    return core.library.Library((core.ModelCard("Counterfeit", "sd1", file_name="anime/Counterfeit.safetensors"),))


class StreamingPlanner:
    """Stands in for LLMPlanner: streams pieces, then honours Cancel as the real one does."""

    max_tokens = 10

    def __init__(self, pieces=("Prompt", ": a fox")):
        self.pieces, self.on_token, self.cancelled, self.seen = pieces, None, None, []

    def plan(self, request):
        for piece in self.pieces:
            self.on_token(piece)
        self.seen.append((self.on_token, self.cancelled))
        if self.cancelled():
            raise core.Cancelled("Planning was cancelled.")
        return base.make_plan()


def test_the_settings_node_carries_its_values_and_names_the_key_variable_only():
    made = settings()
    assert (made.backend, made.base_url, made.model, made.api_key_env) == ("server", "http://127.0.0.1:9/v1", "qwen",
                                                                          "CHATGEN_API_KEY_TEST")
    assert (made.structured, made.max_tokens, made.timeout, made.keep_loaded) == (True, 64, 5.0, False)


def test_keep_loaded_is_off_unless_asked_for_and_optional_for_older_api_workflows():
    types = nodes.ChatGenLLMSettings.INPUT_TYPES()
    assert "keep_loaded" not in types["required"]
    keep = types["optional"]["keep_loaded"]
    assert keep[0] == "BOOLEAN" and keep[1]["default"] is False
    assert settings(keep_loaded=True).keep_loaded


def test_the_llm_planner_without_settings_says_which_node_to_connect(comfy_dirs, monkeypatch):
    monkeypatch.setattr(planning, "build_library", one_model_library)
    with pytest.raises(ValueError, match="ChatGen LLM Settings"):
        run(nodes.ChatGenPlanner, planner="llm", catalogs="", top_k=5)


def test_server_settings_build_an_llm_planner_on_that_server(comfy_dirs, monkeypatch):
    monkeypatch.setattr(planning, "build_library", one_model_library)
    built = run(nodes.ChatGenPlanner, planner="llm", catalogs="", top_k=3, llm=settings()).args[0]
    assert isinstance(built, llm_planner_mod.LLMPlanner) and isinstance(built.client, client_mod.ChatClient)
    assert (built.client.base_url, built.client.timeout) == ("http://127.0.0.1:9/v1", 5.0)
    assert built.structured and built.max_tokens == 64 and built.embedded.top_k == 3
    assert built.embedded.bank_path.parent.name == "chatgen"


def test_loading_the_pack_registers_models_llm_with_comfyui(comfy_dirs):
    assert folder_paths.get_folder_paths("LLM") == [str(comfy_dirs / "models" / "LLM")]


def test_a_local_model_is_looked_up_in_models_llm(comfy_dirs):
    (comfy_dirs / "models" / "LLM" / "smol").mkdir(parents=True)
    built = llm_nodes.llm_planner(one_model_library(), 5, comfy_dirs, settings(backend="local model", model="smol"))
    assert isinstance(built.client, llm_memory.ManagedChatModel)
    assert built.client.patcher.chat.path == comfy_dirs / "models" / "LLM" / "smol"


def test_a_local_model_is_found_in_an_llm_folder_of_extra_model_paths(comfy_dirs):
    (comfy_dirs / "shared" / "LLM" / "smol.gguf").parent.mkdir(parents=True)
    (comfy_dirs / "shared" / "LLM" / "smol.gguf").write_bytes(b"GGUF")
    folder_paths.add_model_folder_path("LLM", str(comfy_dirs / "shared" / "LLM"))  # as the YAML loader does
    built = llm_nodes.llm_planner(one_model_library(), 5, comfy_dirs, settings(backend="local model", model="smol.gguf"))
    assert built.client.where == str(comfy_dirs / "shared" / "LLM" / "smol.gguf")


def test_a_missing_local_model_names_the_folders_searched_and_what_they_hold(comfy_dirs):
    (comfy_dirs / "models" / "LLM" / "SmolLM2").mkdir(parents=True)
    with pytest.raises(core.ChatGenError) as error:
        llm_nodes.llm_planner(one_model_library(), 5, comfy_dirs, settings(backend="local model", model="nope.gguf"))
    message = str(error.value)
    assert "'nope.gguf'" in message and str(comfy_dirs / "models" / "LLM") in message
    assert "Found there: SmolLM2." in message


def test_freestyle_shows_per_token_progress_and_the_streamed_text(monkeypatch):
    updates, texts = [], []
    monkeypatch.setattr(comfy_utils, "PROGRESS_BAR_HOOK", lambda value, total, preview, node_id=None: updates.append((value, total)))
    monkeypatch.setattr(llm_nodes, "show_text", lambda node, text: texts.append(text))
    planner = StreamingPlanner()
    run(nodes.ChatGenFreeStyle, request="a fox", seed=1, planner=planner)
    assert updates == [(1, 10), (2, 10)] and texts[-1] == "Prompt: a fox"
    assert planner.on_token is None and planner.cancelled is None  # nothing of this run stays behind


def test_cancel_in_comfyui_ends_the_run_as_interrupted(monkeypatch):
    monkeypatch.setattr(model_management, "processing_interrupted", lambda: True)
    with pytest.raises(model_management.InterruptProcessingException):
        run(nodes.ChatGenFreeStyle, request="a fox", seed=1, planner=StreamingPlanner())


def test_cancel_reaches_a_waiting_server_request_within_a_second():
    library = one_model_library()
    with FakeServer(Reply(body=completion(ANSWER), delay=5)) as server:
        planner = llm_planner_mod.LLMPlanner(client_mod.ChatClient(server.url, "qwen"), library,
                                             encoder=BagOfWordsEncoder(), stream=False)
        timer = threading.Timer(0.3, model_management.interrupt_current_processing, (True,))
        clock = time.monotonic()
        timer.start()
        try:
            with pytest.raises(model_management.InterruptProcessingException):
                run(nodes.ChatGenFreeStyle, request="a fox", seed=1, planner=planner)
        finally:
            timer.join()
            model_management.interrupt_current_processing(False)
    assert time.monotonic() - clock < 1.3


def test_freestyle_plans_through_a_server_with_the_llm_planner():
    with FakeServer(Reply(chunks=("Prompt: a red fox, snow", "\nModel: Counterfeit"))) as server:
        planner = llm_planner_mod.LLMPlanner(client_mod.ChatClient(server.url, "qwen"),
                                             one_model_library(), encoder=BagOfWordsEncoder())
        out = run(nodes.ChatGenFreeStyle, request="a red fox in the snow", seed=1, planner=planner)
    plan = out.args[0]
    assert plan.positive == "a red fox, snow" and plan.model.name == "Counterfeit"


# Memory: a local model under ComfyUI's model management


@pytest.fixture
def resident(monkeypatch):
    """The pack's loaded chat models, empty for each test and unloaded after it."""
    monkeypatch.setattr(llm_memory, "RESIDENT", {})
    yield llm_memory.RESIDENT
    for patcher in llm_memory.RESIDENT.values():
        patcher.unload()


def local_planner(comfy_dirs, folder, keep_loaded):
    """The 'llm' planner the nodes build for a local model, with a fast encoder for the repair stages."""
    built = run(nodes.ChatGenPlanner, planner="llm", catalogs="", top_k=3,
                llm=settings(backend="local model", model=str(folder), keep_loaded=keep_loaded,
                             max_tokens=200)).args[0]
    built.embedded.encoder = BagOfWordsEncoder()
    return built


def weights_while_answering(monkeypatch, planner):
    """Weak references to the chat model's torch module, taken as its text streams onto the node."""
    chat, refs = planner.client.patcher.chat, []
    monkeypatch.setattr(llm_nodes, "show_text", lambda node, text: refs.append(weakref.ref(chat.loaded_module))
                        if chat.loaded_module is not None else None)
    return refs


def plan(planner, seed=1):
    return run(nodes.ChatGenFreeStyle, request="a red fox in the snow", seed=seed, planner=planner).args[0]


def listed(planner):
    return any(loaded.model is planner.client.patcher for loaded in model_management.current_loaded_models)


@pytest.fixture
def library_of_one(monkeypatch, comfy_dirs):
    monkeypatch.setattr(planning, "build_library", one_model_library)
    return comfy_dirs


def test_without_keep_loaded_the_weights_are_unreachable_once_the_plan_is_made(
        library_of_one, resident, tiny_chat_folder, monkeypatch):
    planner = local_planner(library_of_one, tiny_chat_folder, keep_loaded=False)
    refs = weights_while_answering(monkeypatch, planner)
    made = plan(planner)
    gc.collect()
    assert made.planner.startswith(f"llm {tiny_chat_folder.name} at") and refs
    assert all(ref() is None for ref in refs) and not listed(planner)


def test_with_keep_loaded_a_new_planner_answers_with_the_same_loaded_weights(
        library_of_one, resident, tiny_chat_folder, monkeypatch):
    first = local_planner(library_of_one, tiny_chat_folder, keep_loaded=True)
    plan(first)
    module = first.client.patcher.chat.loaded_module
    second = local_planner(library_of_one, tiny_chat_folder, keep_loaded=True)  # e.g. top_k changed
    refs = weights_while_answering(monkeypatch, second)
    plan(second, seed=2)
    assert second is not first and module is not None
    assert {ref() for ref in refs} == {module} and second.client.patcher.chat.loaded_module is module
    assert listed(second)


@pytest.mark.parametrize("free", [model_management.unload_all_models,
                                  lambda: model_management.free_memory(1e30, model_management.get_torch_device())],
                         ids=["unload models", "free memory for everything"])
def test_comfyui_freeing_memory_releases_kept_weights(library_of_one, resident, tiny_chat_folder, free):
    planner = local_planner(library_of_one, tiny_chat_folder, keep_loaded=True)
    plan(planner)
    plan(planner, seed=2)  # registered again: ComfyUI detaches and re-lists it, keeping the weights
    weights = weakref.ref(planner.client.patcher.chat.loaded_module)
    free()
    gc.collect()
    assert weights() is None and not listed(planner)


def test_after_comfyui_freed_the_weights_the_next_plan_loads_them_again(
        library_of_one, resident, tiny_chat_folder):
    planner = local_planner(library_of_one, tiny_chat_folder, keep_loaded=True)
    plan(planner)
    model_management.unload_all_models()
    made = plan(planner, seed=2)
    assert made.positive and planner.client.patcher.chat.loaded_module is not None and listed(planner)


# The shipped local-LLM workflow


def test_the_local_llm_workflow_and_its_api_twin_are_the_same_graph_with_every_widget_set():
    ui = json.loads((base.ROOT / "workflows" / "chatgen_llm_local.json").read_text())
    api = json.loads((base.ROOT / "workflows" / "api" / "chatgen_llm_local_api.json").read_text())
    assert {str(n["id"]): n["type"] for n in ui["nodes"]} == {k: v["class_type"] for k, v in api.items()}
    assert set(base._ui_links(ui)) == {(v[0], v[1], dst, key) for dst, node in api.items()
                                       for key, v in node["inputs"].items() if isinstance(v, list)}
    for node in ui["nodes"]:
        if node["type"] in base.NODE_IDS:
            inputs = getattr(nodes, node["type"]).INPUT_TYPES()
            widgets = [k for group in ("required", "optional") for k, (t, _) in inputs.get(group, {}).items()
                       if t in ("STRING", "INT", "FLOAT", "BOOLEAN", "COMBO") or isinstance(t, list)]
            extra = 1 if "seed" in widgets else 0  # the seed's "control after generate" value
            assert len(node["widgets_values"]) == len(widgets) + extra, node["type"]
            assert set(widgets) <= set(api[str(node["id"])]["inputs"]), node["type"]


def test_the_local_llm_workflow_sets_the_llm_planner_on_a_local_model_with_keep_loaded_off():
    api = json.loads((base.ROOT / "workflows" / "api" / "chatgen_llm_local_api.json").read_text())
    planner = next(node for node in api.values() if node["class_type"] == "ChatGenPlanner")
    settings_node = api[planner["inputs"]["llm"][0]]["inputs"]
    assert planner["inputs"]["planner"] == "llm"
    assert (settings_node["backend"], settings_node["keep_loaded"]) == (llm_nodes.LOCAL, False)


def test_the_node_shows_only_the_answers_tail_however_long_it_grows(monkeypatch):
    texts = []
    monkeypatch.setattr(llm_nodes, "TEXT_EVERY", 0.0)  # every piece shown, the worst case for the websocket
    monkeypatch.setattr(llm_nodes, "show_text", lambda node, text: texts.append(text))
    pieces = tuple(f"word{i:05d} " for i in range(3_000))  # 30,000 characters
    run(nodes.ChatGenFreeStyle, request="a fox", seed=1, planner=StreamingPlanner(pieces))
    assert len(texts) == len(pieces) + 1 and max(map(len, texts)) <= llm_nodes.SHOWN_CHARS
    answer = "".join(pieces)
    assert texts[-1] == "…" + answer[1 - llm_nodes.SHOWN_CHARS:]
    assert texts[0] == pieces[0]  # nothing is cut before the tail is full


def test_a_flooding_server_is_cut_at_the_cap_and_the_plan_is_still_made(monkeypatch):
    texts = []
    monkeypatch.setattr(llm_nodes, "show_text", lambda node, text: texts.append(text))
    flood = Reply(raw=itertools.chain(sse_chunks("Prompt: a red fox, snow\nModel: Counterfeit\n", 1, done=False),
                                      sse_chunks(" snow" * 800, 75_000)))  # 300 MB offered
    with FakeServer(flood) as server:
        planner = llm_planner_mod.LLMPlanner(client_mod.ChatClient(server.url, "qwen", timeout=120),
                                             one_model_library(), encoder=BagOfWordsEncoder())
        tracemalloc.start()
        try:
            plan = run(nodes.ChatGenFreeStyle, request="a red fox in the snow", seed=1, planner=planner).args[0]
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert flood.sent < 75_000 // 10 and peak < 64 * 2 ** 20, (flood.sent, peak)
    assert plan.model.name == "Counterfeit" and any("cut there" in line for line in plan.rationale), plan.rationale
    assert texts and max(map(len, texts)) <= llm_nodes.SHOWN_CHARS
