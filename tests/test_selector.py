"""Stage 2: the ModelToken Selector over a library, with its explicit rules."""
import numpy as np
import pytest
from fakes import BagOfWordsEncoder

from chatgen_core import ChatGenError, ModelCard
from chatgen_core.modeltoken import refresh_bank
from chatgen_core.selector import LibraryIndex, query_text, select
from chatgen_core.types import Brief

CARDS = [
    ModelCard("Anime Mix", "sd1", "anime.safetensors", style="anime", description="anime characters"),
    ModelCard("Photo Real", "sd1", "photo.safetensors", style="realistic", description="realistic photos"),
    ModelCard("Photo Real Inpainting", "sd1", "photo-inpaint.safetensors", style="realistic",
              description="realistic photos", inpainting=True),
    ModelCard("Base XL", "sdxl", "xl.safetensors", style="generalist", description="general model"),
    ModelCard("Spicy", "sd1", "spicy.safetensors", style="realistic", description="realistic photos", nsfw=True),
]


def choose(text, cards=CARDS, k=3):
    encoder = BagOfWordsEncoder()
    brief = Brief(text=text, subject=tuple(p.strip() for p in text.split(",")))
    bank = refresh_bank(cards, encoder.encode, encoder.name)
    return select(brief, LibraryIndex.build(cards), bank, encoder.encode([query_text(brief)])[0], k)


def test_the_best_scoring_model_comes_first_with_k_alternatives():
    candidates, _ = choose("realistic photos of a harbour")
    assert candidates[0].name == "Photo Real"
    assert len(candidates) == 3 and candidates[0].file_name == "photo.safetensors"


def test_scores_are_the_token_similarities_best_first():
    candidates, _ = choose("anime characters")
    assert candidates[0].name == "Anime Mix"
    assert candidates[0].score > 0.5


def test_inpainting_models_are_not_chosen_for_text_to_image():
    candidates, _ = choose("realistic photos")
    assert candidates[0].name != "Photo Real Inpainting"


def test_inpainting_models_are_chosen_when_the_request_asks_to_inpaint():
    candidates, _ = choose("inpaint with photo real inpainting, realistic photos")
    assert candidates[0].name == "Photo Real Inpainting"


def test_nsfw_models_lose_to_safe_ones_on_a_tie():
    candidates, _ = choose("realistic photos")
    assert candidates.index(next(c for c in candidates if c.name == "Photo Real")) < [
        c.name for c in candidates].index("Spicy")


def test_an_asked_for_baseline_is_respected_and_noted():
    candidates, notes = choose("sdxl, anime characters")
    assert candidates[0].name == "Base XL"
    assert any("sdxl" in n for n in notes)


def test_a_model_named_in_the_request_wins():
    candidates, notes = choose("use photo real for an anime character")
    assert candidates[0].name == "Photo Real"
    assert any("names Photo Real" in n for n in notes)


def test_an_empty_library_is_a_clear_error():
    with pytest.raises(ChatGenError, match="No checkpoints"):
        choose("a cat", cards=[])


def test_selection_over_a_large_bank_is_one_matrix_product():
    rng = np.random.default_rng(0)
    tokens = rng.standard_normal((10_000, 384)).astype(np.float32)
    query = rng.standard_normal(384).astype(np.float32)
    from chatgen_core.modeltoken import TokenBank
    bank = TokenBank("x", tuple(map(str, range(10_000))), ("h",) * 10_000, tokens)
    np.testing.assert_allclose(bank.scores(query), tokens @ query, rtol=1e-5)


def test_a_glued_name_word_matches_the_request():
    cards = [ModelCard("Other Mix", "sd1", "o.safetensors", style="artistic"),
             ModelCard("ModernArt Diffusion", "sd1", "m.safetensors", style="artistic")]
    candidates, _ = choose("abstract portrait of a cat, modern art", cards=cards, k=2)
    assert candidates[0].name == "ModernArt Diffusion"
