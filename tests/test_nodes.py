"""The ChatGen nodes against ComfyUI's own V3 API, with a fake planner and a fake CLIP.

The pack is imported as ComfyUI imports it, as a package of its own; one test loads it in a
fresh process with no pack folder on sys.path, where an absolute `import chatgen_core` fails.
"""
from __future__ import annotations

import asyncio
import importlib
import importlib.util
import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
COMFY = Path(os.environ.get("COMFYUI_PATH") or ROOT / ".host" / "ComfyUI")
NODE_IDS = {"ChatGenPlanner", "ChatGenFreeStyle", "ChatGenModelTokenSelector",
            "ChatGenArgConfigurator", "ChatGenEncode", "ChatGenShowPlan", "ChatGenHistory",
            "ChatGenConversation", "ChatGenTrainModelTokens", "ChatGenLLMSettings"}


def _import_comfy() -> None:
    if not (COMFY / "comfy_api").is_dir():
        pytest.skip(f"no ComfyUI at {COMFY} (set COMFYUI_PATH)", allow_module_level=True)
    if str(COMFY) not in sys.path:
        sys.path.append(str(COMFY))
    argv, sys.argv = sys.argv, [sys.argv[0], "--cpu"]  # comfy.* probes CUDA at import otherwise
    try:
        import comfy.options
        comfy.options.enable_args_parsing()
        importlib.import_module("comfy_api.latest")
        importlib.import_module("comfy.samplers")
    except ImportError as error:
        pytest.skip(f"ComfyUI is not importable: {error}", allow_module_level=True)
    finally:
        sys.argv = argv


def _import_pack():
    if "chatgen_pack" not in sys.modules:
        spec = importlib.util.spec_from_file_location("chatgen_pack", ROOT / "__init__.py",
                                                      submodule_search_locations=[str(ROOT)])
        module = importlib.util.module_from_spec(spec)
        sys.modules["chatgen_pack"] = module
        spec.loader.exec_module(module)
    return sys.modules["chatgen_pack"]


_import_comfy()
pack = _import_pack()

import comfy.samplers  # noqa: E402
import folder_paths  # noqa: E402
import torch  # noqa: E402
from comfy_api.latest import ComfyExtension, io  # noqa: E402
from comfy_execution.validation import validate_node_input  # noqa: E402

nodes = importlib.import_module("chatgen_pack.nodes")
core = importlib.import_module("chatgen_pack.chatgen_core")
history_mod = importlib.import_module("chatgen_pack.chatgen_core.history")
planning = importlib.import_module("chatgen_pack.nodes.planning")
rendering = importlib.import_module("chatgen_pack.nodes.rendering")


def make_plan(**arguments) -> core.Plan:
    args = dict(steps=24, cfg=6.5, sampler_name="dpmpp_2m", scheduler="karras", width=512,
                height=768, seed=7, denoise=1.0, clip_skip=None) | arguments
    return core.Plan(
        request="an anime girl with a sword", positive="1girl, sword, masterpiece",
        negative="lowres, bad hands", model=core.ChosenModel("Counterfeit", "anime/Counterfeit.safetensors", "sd1"),
        arguments=core.Arguments(**args),
        alternatives=(core.Candidate("Counterfeit", "anime/Counterfeit.safetensors", 0.91),
                      core.Candidate("Anything v3", "AnythingV3.safetensors", 0.84)),
        rationale=("Chose Counterfeit for 'anime girl'.", "Clip skip 2 from its card."))


class FakePlanner:
    def __init__(self, error: str | None = None):
        self.requests, self.error = [], error

    def plan(self, request):
        self.requests.append(request)
        if self.error:
            raise core.ChatGenError(self.error)
        return make_plan()


class FakeClip:
    def __init__(self, log=None):
        self.log = log if log is not None else []
        self.layer = None

    def clone(self):
        self.log.append("clone")
        return FakeClip(self.log)

    def clip_layer(self, index):
        self.layer = index

    def tokenize(self, text):
        return {"text": text, "layer": self.layer}

    def encode_from_tokens_scheduled(self, tokens):
        return [[tokens["text"], {"layer": tokens["layer"]}]]


@pytest.fixture
def checkpoints(monkeypatch, tmp_path):
    """ComfyUI's folders pointed at a temp user dir and a fixed checkpoint list."""
    names = ["anime/Counterfeit.safetensors", "model_1_5.safetensors"]
    monkeypatch.setattr(folder_paths, "get_filename_list", lambda kind: list(names))
    monkeypatch.setattr(folder_paths, "get_folder_paths", lambda kind: [str(tmp_path / "ckpt"), "/extra"])
    monkeypatch.setattr(folder_paths, "get_user_directory", lambda: str(tmp_path / "user"))
    monkeypatch.setattr(folder_paths, "models_dir", str(tmp_path / "models"))
    return names


def run(node, hidden_id="9", **inputs):
    clone = node.PREPARE_CLASS_CLONE({io.Hidden.unique_id: hidden_id})
    return clone.execute(**inputs)


# Registration and schemas


def test_the_entrypoint_registers_every_node_and_nothing_else_does():
    extension = asyncio.run(pack.comfy_entrypoint())
    assert isinstance(extension, ComfyExtension)
    listed = asyncio.run(extension.get_node_list())
    assert {n.GET_SCHEMA().node_id for n in listed} == NODE_IDS
    assert not hasattr(pack, "NODE_CLASS_MAPPINGS") and not hasattr(nodes, "NODE_CLASS_MAPPINGS")
    assert pack.WEB_DIRECTORY == "./web"


@pytest.mark.parametrize("node_id", sorted(NODE_IDS))
def test_every_node_documents_itself_and_every_socket(node_id):
    listed = asyncio.run(asyncio.run(pack.comfy_entrypoint()).get_node_list())
    node = next(n for n in listed if n.GET_SCHEMA().node_id == node_id)
    info = node.GET_NODE_INFO_V1()
    assert info["category"] == "ChatGen"
    assert info["display_name"].startswith("ChatGen ")
    assert len(info["description"]) > 40
    for group in ("required", "optional"):
        for name, (_, options) in info["input"].get(group, {}).items():
            assert options.get("tooltip"), f"{node_id}.{name} has no tooltip"
            assert not {"key", "token", "password", "secret"} & set(name.split("_")), "no secrets in widgets"
    assert all(info["output_tooltips"]) and len(info["output_tooltips"]) == len(info["output"])
    assert all(isinstance(name, str) for name in info["output_name"])


def test_nodes_join_through_their_own_socket_types():
    info = {n: getattr(nodes, n).GET_NODE_INFO_V1() for n in ("ChatGenPlanner", "ChatGenFreeStyle", "ChatGenHistory")}
    assert info["ChatGenPlanner"]["output"] == ["CHATGEN_PLANNER"]
    assert info["ChatGenFreeStyle"]["output"] == ["CHATGEN_PLAN", "STRING", "STRING"]
    assert info["ChatGenFreeStyle"]["input"]["optional"]["history"][0] == "CHATGEN_HISTORY"
    assert info["ChatGenHistory"]["output"] == ["CHATGEN_HISTORY", "STRING"]


def test_no_node_opts_out_of_caching():
    for node in asyncio.run(asyncio.run(pack.comfy_entrypoint()).get_node_list()):
        assert not node.GET_SCHEMA().not_idempotent
    # Same request, seed, images and history: ComfyUI's own input cache reuses the plan.
    assert "fingerprint_inputs" not in vars(nodes.ChatGenFreeStyle)


@pytest.mark.parametrize("consumer", [["a.safetensors", "b.safetensors"], "COMBO"])
def test_choice_outputs_link_to_v1_and_v3_combo_inputs_whatever_their_options(consumer):
    # V1 inputs (CheckpointLoaderSimple, KSampler) give their live list; V3 ones (KSamplerSelect) "COMBO".
    for node, slots in ((nodes.ChatGenModelTokenSelector, [0]), (nodes.ChatGenArgConfigurator, [3, 4])):
        for slot in slots:
            assert validate_node_input(node.RETURN_TYPES[slot], consumer)


def test_the_pack_root_imports_without_comfyui():
    out = subprocess.run([sys.executable, "-c", f"import runpy; runpy.run_path({str(ROOT / '__init__.py')!r})"],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-2000:]


def test_the_pack_loads_as_comfyui_loads_it_without_transformers_or_a_model_library(tmp_path):
    # As a package under a path-like name with no pack folder on sys.path: an absolute
    # `import chatgen_core` anywhere in the pack fails here as it would in ComfyUI.
    script = textwrap.dedent(f"""
        import asyncio, importlib, importlib.util, pkgutil, sys
        sys.path.append({str(COMFY)!r}); sys.argv = [sys.argv[0], "--cpu"]
        import comfy.options; comfy.options.enable_args_parsing()
        import torch, comfy_api.latest, folder_paths, comfy.samplers  # what ComfyUI has loaded
        spec = importlib.util.spec_from_file_location("custom_nodes_chatgen", {str(ROOT / "__init__.py")!r},
                                                      submodule_search_locations=[{str(ROOT)!r}])
        module = importlib.util.module_from_spec(spec); sys.modules[spec.name] = module
        spec.loader.exec_module(module)
        asyncio.run(asyncio.run(module.comfy_entrypoint()).get_node_list())
        print("transformers" in sys.modules)
        core = importlib.import_module(spec.name + ".chatgen_core")
        for info in pkgutil.walk_packages(core.__path__, core.__name__ + "."):
            if not info.name.endswith("__main__"):
                importlib.import_module(info.name)
    """)
    out = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-2000:]
    # transformers costs seconds to import: the pack must leave it for the first plan.
    assert out.stdout.split() == ["False"]


# ChatGen Planner


def test_the_planner_reads_comfyui_checkpoint_folders_and_keeps_its_state_in_the_user_dir(
        checkpoints, monkeypatch, tmp_path):
    (tmp_path / "user").mkdir()
    (tmp_path / "user" / "horde.json").write_text("{}")
    seen = {}

    def fake_library(**kwargs):
        seen.update(kwargs)
        return core.library.Library((core.ModelCard("Counterfeit", "sd1", file_name=checkpoints[0]),))

    monkeypatch.setattr(planning, "build_library", fake_library)
    monkeypatch.setitem(planning.PLANNERS, "embedded", lambda library, top_k, state, llm, **_: ("planner", library, top_k, state))
    sent = []
    monkeypatch.setattr(planning, "show_text", lambda node, text: sent.append((node, text)))

    out = run(nodes.ChatGenPlanner, planner="embedded", catalogs="horde.json\n\n# a note\n", top_k=3)
    _, library, top_k, state = out.args[0]
    assert seen["checkpoint_dirs"] == [str(tmp_path / "ckpt"), "/extra"]
    assert seen["catalogs"] == [tmp_path / "user" / "horde.json"]
    assert state == tmp_path / "user" / "chatgen" and Path(seen["cache_path"]).parent == state
    assert top_k == 3 and len(library) == 1
    assert sent == [("9", "1 checkpoints in the library")]


def test_planners_built_for_a_changed_checkpoint_list_share_one_text_encoder(checkpoints, monkeypatch, tmp_path):
    (tmp_path / "user").mkdir()
    monkeypatch.setattr(planning, "build_library", lambda **_: core.library.Library(
        (core.ModelCard("Counterfeit", "sd1", file_name=checkpoints[0]),)))
    monkeypatch.setattr(planning, "show_text", lambda node, text: None)
    first = run(nodes.ChatGenPlanner, planner="embedded", catalogs="", top_k=3).args[0]
    second = run(nodes.ChatGenPlanner, planner="embedded", catalogs="", top_k=4).args[0]
    assert first is not second and first.encoder is second.encoder


def test_the_embedded_planner_keeps_its_token_bank_in_the_user_dir(tmp_path):
    planner_mod = pytest.importorskip("chatgen_pack.chatgen_core.planner")
    planner = planning.PLANNERS["embedded"](core.library.Library(), 4, tmp_path)
    assert isinstance(planner, planner_mod.EmbeddedPlanner)
    assert planner.bank_path.parent == tmp_path and planner.top_k == 4


def test_catalogs_resolve_against_the_models_dir_and_a_missing_one_says_where_it_looked(checkpoints, tmp_path):
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / "cat.json").write_text("{}")
    assert planning.catalog_paths("cat.json") == [tmp_path / "models" / "cat.json"]
    with pytest.raises(core.ChatGenError, match="catalogs box") as error:
        planning.catalog_paths("nope.json")
    assert str(tmp_path / "user" / "nope.json") in str(error.value)


def test_an_empty_library_is_a_node_error_that_says_where_to_put_checkpoints(checkpoints, monkeypatch):
    monkeypatch.setattr(planning, "build_library", lambda **kwargs: core.library.Library())
    with pytest.raises(ValueError, match="models/checkpoints") as error:
        run(nodes.ChatGenPlanner, planner="embedded", catalogs="", top_k=5)
    assert type(error.value) is ValueError and error.value.__cause__ is None


def test_the_planner_rereads_the_library_when_the_checkpoint_list_changes(checkpoints):
    fingerprint = nodes.ChatGenPlanner.fingerprint_inputs
    first = fingerprint(planner="embedded", catalogs="", top_k=5)
    assert fingerprint(planner="embedded", catalogs="", top_k=5) == first
    checkpoints.append("new/Dreamshaper.safetensors")
    assert fingerprint(planner="embedded", catalogs="", top_k=5) != first


# ChatGen FreeStyle → Prompt


def test_freestyle_hands_request_images_history_and_seed_to_the_planner():
    planner = FakePlanner()
    images = torch.rand(2, 4, 6, 4)  # RGBA batch: alpha is dropped
    history = (core.Turn("user", "a cat"), core.Turn("assistant", "Prompt: a cat"))
    out = nodes.ChatGenFreeStyle.execute(planner=planner, request="make it night", seed=11,
                                        images=images, history=history)
    request = planner.requests[0]
    assert (request.text, request.seed, request.history) == ("make it night", 11, history)
    assert [(i.width, i.height, len(i.rgb)) for i in request.images] == [(6, 4, 72), (6, 4, 72)]
    assert request.images[1].rgb[:3] == bytes((images[1, 0, 0, :3] * 255).round().byte().tolist())
    assert out.args[1:] == ("1girl, sword, masterpiece", "lowres, bad hands")


@pytest.mark.parametrize("request_text", ["", "   \n"])
def test_an_empty_request_is_a_node_error_that_says_what_to_type(request_text):
    planner = FakePlanner()
    with pytest.raises(ValueError, match="request is empty: type what you want to see"):
        nodes.ChatGenFreeStyle.execute(planner=planner, request=request_text, seed=0)
    assert planner.requests == []


def test_a_planner_error_reaches_the_user_as_its_message_alone():
    with pytest.raises(ValueError) as error:
        nodes.ChatGenFreeStyle.execute(planner=FakePlanner("Shorten the request."), request="x", seed=0)
    assert type(error.value) is ValueError and str(error.value) == "Shorten the request."
    assert error.value.__cause__ is None and error.value.__suppress_context__


# ModelToken Selector, Arg Configurator, Encode, Show Plan


def test_the_selector_gives_comfyui_spelling_of_the_chosen_checkpoint(checkpoints):
    ckpt, name, top_k = nodes.ChatGenModelTokenSelector.execute(plan=make_plan()).args
    assert (ckpt, name) == ("anime/Counterfeit.safetensors", "Counterfeit")
    assert top_k.splitlines() == ["1. Counterfeit [anime/Counterfeit.safetensors] 0.910",
                                  "2. Anything v3 [AnythingV3.safetensors] 0.840"]
    windows = core.Plan.from_json(make_plan().to_json().replace("anime/", "anime\\\\"))
    assert nodes.ChatGenModelTokenSelector.execute(plan=windows).args[0] == "anime/Counterfeit.safetensors"


def test_the_selector_refuses_a_checkpoint_comfyui_no_longer_has(checkpoints):
    checkpoints.remove("anime/Counterfeit.safetensors")
    with pytest.raises(ValueError, match="Run again so ChatGen Planner re-reads the library"):
        nodes.ChatGenModelTokenSelector.execute(plan=make_plan())


def test_the_arg_configurator_outputs_ksampler_settings_in_socket_order():
    out = nodes.ChatGenArgConfigurator.execute(plan=make_plan(denoise=0.8))
    assert out.args == (7, 24, 6.5, "dpmpp_2m", "karras", 512, 768, 0.8)
    names = nodes.ChatGenArgConfigurator.GET_NODE_INFO_V1()["output_name"]
    assert names == ["seed", "steps", "cfg", "sampler_name", "scheduler", "width", "height", "denoise"]


def test_the_arg_configurator_reads_the_sampler_lists_at_run_time(monkeypatch):
    monkeypatch.setattr(comfy.samplers.KSampler, "SAMPLERS", [*comfy.samplers.KSampler.SAMPLERS, "added_by_a_pack"])
    assert nodes.ChatGenArgConfigurator.execute(plan=make_plan(sampler_name="added_by_a_pack")).args[3] == "added_by_a_pack"
    with pytest.raises(ValueError, match="scheduler 'nonsense' is not one"):
        nodes.ChatGenArgConfigurator.execute(plan=make_plan(scheduler="nonsense"))


@pytest.mark.parametrize(("field", "value", "problem"), [
    ("steps", 100_000, "steps 100000 is outside 1..150"),
    ("cfg", -5.0, "cfg -5.0 is outside 1..30"),
    ("cfg", 1e308, "cfg 1e+308 is outside 1..30"),
    ("width", 1, "width 1 is outside 64..4096"),
    ("height", 100_000, "height 100000 is outside 64..4096"),
    ("seed", -1, "seed -1 is outside 0..18446744073709551615"),
    ("denoise", 2.0, "denoise 2.0 is outside 0..1"),
    ("clip_skip", 99, "clip_skip 99 is outside 1..12"),
])
def test_the_arg_configurator_refuses_a_plan_out_of_range_naming_field_value_and_range(field, value, problem):
    # ComfyUI checks a widget's range, not a linked input's: KSampler would run with these.
    with pytest.raises(ValueError, match="The plan's settings are out of range: " + re.escape(problem)):
        nodes.ChatGenArgConfigurator.execute(plan=make_plan(**{field: value}))


def test_encode_refuses_a_clip_skip_past_the_text_encoders_layers():
    with pytest.raises(ValueError, match="clip_skip 99 is outside 1..12"):
        nodes.ChatGenEncode.execute(clip=FakeClip(), plan=make_plan(clip_skip=99))


def test_encode_applies_clip_skip_on_a_clone_as_clip_set_last_layer_does():
    clip = FakeClip()
    positive, negative = nodes.ChatGenEncode.execute(clip=clip, plan=make_plan(clip_skip=2)).args
    assert clip.log == ["clone"] and clip.layer is None
    assert positive == [["1girl, sword, masterpiece", {"layer": -2}]]
    assert negative == [["lowres, bad hands", {"layer": -2}]]


@pytest.mark.parametrize("clip_skip", [None, 1])
def test_encode_uses_the_loaders_clip_as_is_without_clip_skip(clip_skip):
    clip = FakeClip()
    positive, _ = nodes.ChatGenEncode.execute(clip=clip, plan=make_plan(clip_skip=clip_skip)).args
    assert clip.log == [] and positive[0][1] == {"layer": None}


def test_encode_without_a_clip_says_what_to_load():
    with pytest.raises(ValueError, match="no CLIP text encoder"):
        nodes.ChatGenEncode.execute(clip=None, plan=make_plan())


def test_show_plan_puts_the_whole_plan_on_the_node(monkeypatch):
    sent = []
    monkeypatch.setattr(rendering, "show_text", lambda node, text: sent.append((node, text)))
    out = run(nodes.ChatGenShowPlan, hidden_id="5", plan=make_plan(clip_skip=2))
    text = out.args[0]
    for part in ("1girl, sword, masterpiece", "lowres, bad hands", "Counterfeit", "24 steps",
                 "dpmpp_2m/karras", "512x768", "clip skip 2", "Anything v3 (0.84)", "Clip skip 2 from its card."):
        assert part in text
    assert out.ui["text"] == (text,) and sent == [("5", text)]
    assert core.Plan.from_json(out.ui["chatgen_plan"][0]) == make_plan(clip_skip=2)  # for the sidebar
    assert nodes.ChatGenShowPlan.GET_SCHEMA().is_output_node


def test_text_goes_to_the_node_through_the_running_server(monkeypatch):
    sent = []
    server = type(sys)("server")
    server.PromptServer = type("PromptServer", (), {"instance": None})
    server.PromptServer.instance = type("Instance", (), {
        "send_progress_text": lambda self, text, node: sent.append((node, text))})()
    monkeypatch.setitem(sys.modules, "server", server)
    common = importlib.import_module("chatgen_pack.nodes.common")
    common.show_text("3", "hello")
    common.show_text(None, "nobody")
    assert sent == [("3", "hello")]


# ChatGen History


def test_history_adds_the_turn_and_passes_the_next_message_on():
    plan = make_plan()
    first, message = nodes.ChatGenHistory.execute(plan=plan, message="now at night").args
    assert message == "now at night"
    assert [t.role for t in first] == ["user", "assistant"] and first[0].content == plan.request
    assert first[1].content.splitlines()[:3] == ["Prompt: 1girl, sword, masterpiece",
                                                 "Negative prompt: lowres, bad hands", "Model: Counterfeit"]
    second, _ = nodes.ChatGenHistory.execute(plan=plan, message="", history=first).args
    assert second[:2] == first and len(second) == 4
    assert history_mod.next_history((), plan) == first


def test_conversation_rebuilds_the_history_from_the_plans_the_sidebar_kept():
    first, second = make_plan(), make_plan(seed=8)
    plans = json.dumps([json.loads(first.to_json()), json.loads(second.to_json())])
    (turns,) = nodes.ChatGenConversation.execute(plans=plans).args
    assert turns == history_mod.next_history(history_mod.next_history((), first), second)
    assert nodes.ChatGenConversation.execute(plans="[]").args == ((),)


def test_conversation_says_when_its_plans_are_not_plans():
    with pytest.raises(ValueError, match="not a JSON list of plans"):
        nodes.ChatGenConversation.execute(plans='[{"request": "x"}]')


# Workflows


def _ui_links(workflow):
    nodes = {n["id"]: n for n in workflow["nodes"]}
    for _, src, slot, dst, dst_slot, _ in workflow["links"]:
        yield str(src), slot, str(dst), nodes[dst]["inputs"][dst_slot]["name"]


@pytest.mark.parametrize("name", ["chatgen_to_image", "chatgen_multi_turn"])
def test_each_ui_workflow_and_its_api_twin_are_the_same_graph(name):
    ui = json.loads((ROOT / "workflows" / f"{name}.json").read_text())
    api = json.loads((ROOT / "workflows" / "api" / f"{name}_api.json").read_text())
    assert {str(n["id"]): n["type"] for n in ui["nodes"]} == {k: v["class_type"] for k, v in api.items()}
    api_links = {(v[0], v[1], dst, key) for dst, node in api.items()
                 for key, v in node["inputs"].items() if isinstance(v, list)}
    assert set(_ui_links(ui)) == api_links
    for node in ui["nodes"]:
        if node["type"] in NODE_IDS:
            inputs = getattr(nodes, node["type"]).INPUT_TYPES()
            widgets = [k for group in ("required", "optional") for k, (t, _) in inputs.get(group, {}).items()
                       if t in ("STRING", "INT", "FLOAT", "COMBO") or isinstance(t, list)]
            extra = 1 if "seed" in widgets else 0  # the seed's "control after generate" value
            assert len(node["widgets_values"]) == len(widgets) + extra, node["type"]
            assert set(inputs["required"]) <= set(api[str(node["id"])]["inputs"]), node["type"]


# ChatGen Train ModelTokens


def test_train_modeltokens_learns_from_the_gallery_and_hands_on_the_planner_with_the_trained_bank(
        checkpoints, monkeypatch, tmp_path):
    from fakes import BagOfWordsEncoder
    from PIL import Image
    from PIL.PngImagePlugin import PngInfo

    training = importlib.import_module("chatgen_pack.nodes.training")
    planner_mod = importlib.import_module("chatgen_pack.chatgen_core.planner")
    graph = {"1": {"class_type": "CheckpointLoaderSimple", "inputs": {"ckpt_name": checkpoints[0]}},
             "2": {"class_type": "CLIPTextEncode", "inputs": {"text": "1girl, cherry blossoms"}},
             "3": {"class_type": "KSampler", "inputs": {"model": ["1", 0], "positive": ["2", 0],
                                                        "steps": 24, "cfg": 7, "sampler_name": "euler",
                                                        "scheduler": "normal"}}}
    info = PngInfo()
    info.add_text("prompt", json.dumps(graph))
    (tmp_path / "gallery").mkdir()
    Image.new("RGB", (4, 4)).save(tmp_path / "gallery" / "ComfyUI_00001_.png", pnginfo=info)
    library = core.library.Library((core.ModelCard("Counterfeit", "sd1", file_name=checkpoints[0]),
                                    core.ModelCard("Model 1 5", "sd1", file_name=checkpoints[1])))
    planner = planner_mod.EmbeddedPlanner(library, encoder=BagOfWordsEncoder(),
                                          bank_path=tmp_path / "user" / "chatgen" / "modeltokens.safetensors")
    sent = []
    monkeypatch.setattr(training, "show_text", lambda node, text: sent.append(text))

    out = run(nodes.training.ChatGenTrainModelTokens, planner=planner, gallery=str(tmp_path / "gallery"),
              workflows="", bench="", templates=False, epochs=3)
    trained, report = out.args
    assert trained.bank.trained == (True, False) and report.startswith("1 pairs, 1 model tokens trained")
    assert (tmp_path / "user" / "chatgen" / "modeltokens.priors.safetensors").is_file()
    assert trained.plan(core.Request("1girl under cherry blossoms")).arguments.sampler_name == "euler"
    assert sent == [report]
