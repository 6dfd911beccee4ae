"""Argument priors: the chosen model's examples nearest to the request set stage 3's settings."""
import numpy as np
from fakes import BagOfWordsEncoder

from chatgen_core import Example, ModelCard, Request
from chatgen_core.arguments import configure
from chatgen_core.brief import analyse
from chatgen_core.library import Library
from chatgen_core.planner import EmbeddedPlanner
from chatgen_core.training.learn import learn
from chatgen_core.training.pairs import Pair
from chatgen_core.training.priors import build_priors, load_priors, priors_path, save_priors

CARD = ModelCard("DreamShaper 8", "sd1", file_name="dreamshaper_8.safetensors")
PORTRAIT = Example(prompt="portrait of an old sailor", sampler="euler_ancestral", scheduler="normal",
                   steps=40, cfg=5.0, width=512, height=768)
LANDSCAPE = Example(prompt="misty mountains at dawn", sampler="dpmpp_sde", scheduler="karras",
                    steps=18, cfg=8.0, width=768, height=512)
PAIRS = [Pair(e.prompt, CARD.name, f"{i}.png", e) for i, e in enumerate((PORTRAIT, LANDSCAPE) * 2)]


def test_the_nearest_examples_set_the_arguments_and_the_rationale_says_so():
    encoder = BagOfWordsEncoder()
    priors = build_priors(PAIRS, encoder.encode([p.text for p in PAIRS]))
    nearest = priors.nearest(CARD.name, encoder.encode(["a young sailor on a ship"])[0])
    assert nearest == (PORTRAIT, PORTRAIT)  # the landscapes are too unlike the request to count
    arguments, notes = configure(analyse(Request("a young sailor on a ship")), CARD, 1, "", nearest)
    assert (arguments.sampler_name, arguments.scheduler, arguments.steps, arguments.cfg) == (
        "euler_ancestral", "normal", 40, 5.0)
    assert (arguments.width, arguments.height) == (512, 768)
    assert any("nearest to this request" in n for n in notes)


def test_without_priors_the_card_defaults_remain():
    arguments, notes = configure(analyse(Request("a young sailor on a ship")), CARD, 1, "")
    assert (arguments.sampler_name, arguments.steps) == ("dpmpp_2m", 25)
    assert not any("nearest" in n for n in notes)


def test_priors_survive_saving_beside_the_bank(tmp_path):
    encoder = BagOfWordsEncoder()
    priors = build_priors(PAIRS + [Pair("no settings here", CARD.name, "x")],
                          encoder.encode([p.text for p in PAIRS] + ["no settings here"]))
    path = priors_path(tmp_path / "modeltokens.safetensors")
    assert path.name == "modeltokens.priors.safetensors"
    save_priors(priors, path)
    loaded = load_priors(path)
    assert loaded.models == (CARD.name,) * 4
    assert [e.steps for e in loaded.examples] == [40, 18, 40, 18]
    np.testing.assert_array_equal(loaded.queries, priors.queries)


def test_a_planner_uses_the_bank_and_priors_learned_beside_it(tmp_path):
    encoder = BagOfWordsEncoder()
    library = Library((CARD, ModelCard("Other", "sd1", file_name="other.safetensors")))
    learned = learn(library, encoder, tmp_path / "bank.safetensors", PAIRS)
    plan = EmbeddedPlanner(library, encoder=encoder, bank_path=tmp_path / "bank.safetensors").plan(
        Request("misty mountains at dusk"))
    assert plan.model.name == CARD.name and plan.arguments.steps == 18
    assert learned.bank.version in plan.planner
    assert any("trained on your examples" in line for line in plan.rationale)


def test_retraining_encodes_only_the_texts_it_has_not_seen(tmp_path):
    encoder = BagOfWordsEncoder()
    library = Library((CARD, ModelCard("Other", "sd1", file_name="other.safetensors")))
    learn(library, encoder, tmp_path / "bank.safetensors", PAIRS)
    encoder.calls.clear()
    more = PAIRS + [Pair("a lighthouse in a storm", CARD.name, "new.png", LANDSCAPE)]
    learn(library, encoder, tmp_path / "bank.safetensors", more)
    encoded = [text for call in encoder.calls for text in call]
    assert "lighthouse in a storm" in encoded and not any("sailor" in t or "misty" in t for t in encoded)
