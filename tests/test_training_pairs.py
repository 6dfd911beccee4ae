"""Training pairs from what a user has: gallery PNGs, workflows, ChatGenBench JSONL, deduplicated."""
import json

from PIL import Image
from PIL.PngImagePlugin import PngInfo

from chatgen_core import Example, ModelCard
from chatgen_core.library import Library
from chatgen_core.training.pairs import (
    Pair,
    api_graph_examples,
    bench_pairs,
    dedupe,
    gallery_pairs,
    png_examples,
    ui_graph_examples,
)

LIBRARY = Library((ModelCard("DreamShaper 8", "sd1", file_name="dreamshaper_8.safetensors"),
                   ModelCard("AIO Pixel Art", "sd1", file_name="AIO-Pixel-Art.ckpt")))

# The API graph ComfyUI's SaveImage writes in the "prompt" chunk, with a LoRA between loader and sampler.
API = {"4": {"class_type": "CheckpointLoaderSimple", "inputs": {"ckpt_name": "sd15/dreamshaper_8.safetensors"}},
       "10": {"class_type": "LoraLoader", "inputs": {"model": ["4", 0], "clip": ["4", 1], "lora_name": "x"}},
       "6": {"class_type": "CLIPTextEncode", "inputs": {"text": "a castle at dusk", "clip": ["10", 1]}},
       "7": {"class_type": "CLIPTextEncode", "inputs": {"text": "blurry", "clip": ["10", 1]}},
       "5": {"class_type": "EmptyLatentImage", "inputs": {"width": 512, "height": 768, "batch_size": 1}},
       "3": {"class_type": "KSampler", "inputs": {
           "seed": 1, "steps": 28, "cfg": 6.5, "sampler_name": "dpmpp_2m", "scheduler": "karras",
           "denoise": 1.0, "model": ["10", 0], "positive": ["6", 0], "negative": ["7", 0],
           "latent_image": ["5", 0]}}}

# The same generation as the UI graph in the "workflow" chunk: widgets by position, links by id.
WORKFLOW = {"nodes": [
    {"id": 4, "type": "CheckpointLoaderSimple", "widgets_values": ["dreamshaper_8.safetensors"]},
    {"id": 6, "type": "CLIPTextEncode", "widgets_values": ["a castle at dusk"]},
    {"id": 5, "type": "EmptyLatentImage", "widgets_values": [512, 768, 1]},
    {"id": 3, "type": "KSampler", "widgets_values": [1, "fixed", 28, 6.5, "dpmpp_2m", "karras", 1],
     "inputs": [{"name": "model", "link": 1}, {"name": "positive", "link": 2},
                {"name": "latent_image", "link": 3}]}],
    "links": [[1, 4, 0, 3, 0, "MODEL"], [2, 6, 0, 3, 1, "CONDITIONING"], [3, 5, 0, 3, 3, "LATENT"]]}

SETTINGS = dict(sampler="dpmpp_2m", scheduler="karras", steps=28, cfg=6.5, width=512, height=768)


def png(path, **chunks):
    info = PngInfo()
    for key, text in chunks.items():
        info.add_text(key, text)
    Image.new("RGB", (4, 4)).save(path, pnginfo=info)
    return path


def test_a_comfyui_png_yields_the_checkpoint_prompt_and_ksampler_settings_through_a_lora(tmp_path):
    [(model, example)] = png_examples(png(tmp_path / "a.png", prompt=json.dumps(API)))
    assert model == "sd15/dreamshaper_8.safetensors"
    assert example == Example(prompt="a castle at dusk", negative="blurry", **SETTINGS)


def test_a_png_with_only_the_ui_workflow_is_read_from_its_widgets(tmp_path):
    [(model, example)] = png_examples(png(tmp_path / "w.png", workflow=json.dumps(WORKFLOW)))
    assert model == "dreamshaper_8.safetensors"
    assert example == Example(prompt="a castle at dusk", **SETTINGS)


def test_an_a1111_png_yields_its_model_and_parameters(tmp_path):
    text = ("pixel art knight, pixelsprite\nNegative prompt: blurry, text\n"
            "Steps: 20, Sampler: DPM++ 2M, Schedule type: Karras, CFG scale: 7, Seed: 3, "
            "Size: 512x512, Model hash: abc, Model: AIO-Pixel-Art, Clip skip: 2")
    [(model, example)] = png_examples(png(tmp_path / "p.png", parameters=text))
    assert model == "AIO-Pixel-Art"
    assert example == Example(prompt="pixel art knight, pixelsprite", negative="blurry, text",
                              sampler="DPM++ 2M", scheduler="Karras", steps=20, cfg=7.0,
                              width=512, height=512, clip_skip=2)


def test_gallery_pairs_keep_models_of_the_library_and_name_their_file(tmp_path):
    (tmp_path / "day1").mkdir()
    png(tmp_path / "day1" / "a.png", prompt=json.dumps(API))
    unknown = json.loads(json.dumps(API))
    unknown["4"]["inputs"]["ckpt_name"] = "not_installed.safetensors"
    png(tmp_path / "b.png", prompt=json.dumps(unknown))
    png(tmp_path / "plain.png")
    assert gallery_pairs(tmp_path, LIBRARY) == [
        Pair("a castle at dusk", "DreamShaper 8", "day1/a.png",
             Example(prompt="a castle at dusk", negative="blurry", **SETTINGS))]


def test_a_sampler_inside_a_subgraph_takes_the_files_only_loader():
    inner = {"nodes": WORKFLOW["nodes"][1:], "links": [
        {"id": 2, "origin_id": 6, "origin_slot": 0, "target_id": 3, "target_slot": 1},
        {"id": 3, "origin_id": 5, "origin_slot": 0, "target_id": 3, "target_slot": 3}]}
    outer = {"nodes": [WORKFLOW["nodes"][0]], "links": [], "definitions": {"subgraphs": [inner]}}
    [(model, example)] = ui_graph_examples(outer)
    assert model == "dreamshaper_8.safetensors" and example.prompt == "a castle at dusk"


def test_a_custom_sampler_graph_yields_the_guiders_model_and_prompts_and_its_sampler_and_scheduler():
    # Flux-style: UNETLoader → CFGGuider, KSamplerSelect and BasicScheduler feeding SamplerCustomAdvanced.
    graph = {"1": {"class_type": "UNETLoader", "inputs": {"unet_name": "flux1-dev.safetensors"}},
             "2": {"class_type": "CLIPTextEncode", "inputs": {"text": "a fox in the snow", "clip": ["9", 0]}},
             "3": {"class_type": "CLIPTextEncode", "inputs": {"text": "blurry", "clip": ["9", 0]}},
             "4": {"class_type": "CFGGuider", "inputs": {"model": ["1", 0], "positive": ["2", 0],
                                                         "negative": ["3", 0], "cfg": 3.5}},
             "5": {"class_type": "KSamplerSelect", "inputs": {"sampler_name": "euler"}},
             "6": {"class_type": "BasicScheduler", "inputs": {"model": ["1", 0], "scheduler": "simple",
                                                              "steps": 20, "denoise": 1.0}},
             "7": {"class_type": "EmptySD3LatentImage", "inputs": {"width": 1024, "height": 768}},
             "8": {"class_type": "SamplerCustomAdvanced", "inputs": {
                 "noise": ["10", 0], "guider": ["4", 0], "sampler": ["5", 0], "sigmas": ["6", 0],
                 "latent_image": ["7", 0]}}}
    [(model, example)] = api_graph_examples(graph)
    assert model == "flux1-dev.safetensors"
    assert example == Example(prompt="a fox in the snow", negative="blurry", sampler="euler",
                              scheduler="simple", steps=20, cfg=3.5, width=1024, height=768)


def test_a_basic_guider_through_flux_guidance_yields_the_prompt_without_a_cfg():
    workflow = {"nodes": [
        {"id": 1, "type": "UNETLoader", "widgets_values": ["flux1-schnell.safetensors", "default"]},
        {"id": 2, "type": "CLIPTextEncode", "widgets_values": ["a red bicycle"]},
        {"id": 3, "type": "FluxGuidance", "widgets_values": [3.5],
         "inputs": [{"name": "conditioning", "link": 1}]},
        {"id": 4, "type": "BasicGuider", "inputs": [{"name": "model", "link": 2},
                                                     {"name": "conditioning", "link": 3}]},
        {"id": 5, "type": "KSamplerSelect", "widgets_values": ["euler"]},
        {"id": 6, "type": "BasicScheduler", "widgets_values": ["simple", 4, 1],
         "inputs": [{"name": "model", "link": 4}]},
        {"id": 7, "type": "SamplerCustomAdvanced", "inputs": [
            {"name": "guider", "link": 5}, {"name": "sampler", "link": 6}, {"name": "sigmas", "link": 7}]}],
        "links": [[1, 2, 0, 3, 0, "CONDITIONING"], [2, 1, 0, 4, 0, "MODEL"], [3, 3, 0, 4, 1, "CONDITIONING"],
                  [4, 1, 0, 6, 0, "MODEL"], [5, 4, 0, 7, 0, "GUIDER"], [6, 5, 0, 7, 1, "SAMPLER"],
                  [7, 6, 0, 7, 2, "SIGMAS"]]}
    [(model, example)] = ui_graph_examples(workflow)
    assert model == "flux1-schnell.safetensors"
    assert example == Example(prompt="a red bicycle", sampler="euler", scheduler="simple", steps=4)


def test_chatgenbench_lines_become_pairs_with_their_arguments(tmp_path):
    path = tmp_path / "bench.jsonl"
    path.write_text("\n".join(json.dumps(item) for item in [
        {"freestyle_input": "a tiny pixel house", "prompt": "pixelsprite, tiny house",
         "model": "AIO Pixel Art", "arguments": {"sampler": "Euler a", "steps": 30, "cfg_scale": 7}},
        {"input": {"text": "a castle"}, "expect": {"models": ["DreamShaper 8"]}},
        {"freestyle_input": "no such model", "model": "Missing"}]) + "\n")
    assert bench_pairs(path, LIBRARY) == [
        Pair("a tiny pixel house", "AIO Pixel Art", "bench.jsonl:1",
             Example(prompt="pixelsprite, tiny house", sampler="Euler a", steps=30, cfg=7.0)),
        Pair("a castle", "DreamShaper 8", "bench.jsonl:2", Example(prompt="a castle"))]


def test_duplicates_are_merged_and_every_source_is_named():
    pairs = dedupe([Pair("A castle  at dusk", "DreamShaper 8", "a.png"),
                    Pair("a castle at dusk", "DreamShaper 8", "b.png"),
                    Pair("a castle at dusk", "AIO Pixel Art", "c.png")])
    assert [(p.model, p.source) for p in pairs] == [("DreamShaper 8", "a.png; b.png"), ("AIO Pixel Art", "c.png")]
