"""`python -m chatgen_core train` and `train-llm`, run as a user runs them."""
import json
import subprocess
import sys

from conftest import HORDE, REPO
from PIL import Image
from PIL.PngImagePlugin import PngInfo

PROMPTS = ["pixel art of a wizard tower", "pixel art knight with a sword", "pixel art forest at night"]


def gallery(folder):
    """ComfyUI PNGs made with AIO Pixel Art (the API graph in the "prompt" chunk)."""
    folder.mkdir()
    for i, text in enumerate(PROMPTS):
        graph = {"1": {"class_type": "CheckpointLoaderSimple", "inputs": {"ckpt_name": "AIO-Pixel-Art.ckpt"}},
                 "2": {"class_type": "CLIPTextEncode", "inputs": {"text": text}},
                 "3": {"class_type": "KSampler", "inputs": {"model": ["1", 0], "positive": ["2", 0],
                                                            "steps": 31, "cfg": 5.5, "sampler_name": "heun",
                                                            "scheduler": "beta"}}}
        info = PngInfo()
        info.add_text("prompt", json.dumps(graph))
        Image.new("RGB", (4, 4)).save(folder / f"ComfyUI_{i:05d}_.png", pnginfo=info)
    return folder


def run(*args):
    return subprocess.run([sys.executable, "-m", "chatgen_core", *map(str, args)], cwd=REPO,
                          capture_output=True, text=True, timeout=300)


def test_train_learns_from_a_gallery_and_later_plans_use_the_bank_and_its_priors(tmp_path):
    bank = tmp_path / "modeltokens.safetensors"
    trained = run("train", "--library", HORDE, "--bank", bank, "--gallery", gallery(tmp_path / "out"))
    assert trained.returncode == 0, trained.stderr
    assert "3 pairs for 1 models" in trained.stdout and "epoch 20/20" in trained.stdout
    assert "1 model tokens trained" in trained.stdout and bank.is_file()
    planned = run("plan", "pixel art of a dragon", "--library", HORDE, "--bank", bank, "--json")
    plan = json.loads(planned.stdout)
    assert plan["model"]["name"] == "AIO Pixel Art"
    assert (plan["arguments"]["sampler_name"], plan["arguments"]["steps"]) == ("heun", 31)
    assert any("trained on your examples" in line for line in plan["rationale"])


def test_train_without_any_pair_says_what_to_pass(tmp_path):
    (tmp_path / "empty").mkdir()
    result = run("train", "--library", HORDE, "--bank", tmp_path / "b.safetensors", "--gallery", tmp_path / "empty")
    assert result.returncode == 2 and "No training pairs" in result.stderr and "Traceback" not in result.stderr


def test_train_llm_saves_the_llm_with_its_trained_model_tokens(tmp_path, capsys):
    from test_training_llm_tokens import tiny_llama

    from chatgen_core.cli import main

    model, tokenizer = tiny_llama(tied=False)
    model.save_pretrained(str(tmp_path / "tiny"))
    tokenizer.save_pretrained(str(tmp_path / "tiny"))
    assert main(["train-llm", "--library", str(HORDE), "--gallery", str(gallery(tmp_path / "out")),
                 "--model", str(tmp_path / "tiny"), "--out", str(tmp_path / "tuned"),
                 "--device", "cpu", "--epochs", "2"]) == 0
    assert "161 model tokens trained" in capsys.readouterr().out
    assert (tmp_path / "tuned" / "model_tokens.safetensors").is_file()
    assert (tmp_path / "tuned" / "config.json").is_file()
