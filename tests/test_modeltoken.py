"""Model tokens: one vector per model, initialised from metadata, refreshed row by row."""
import numpy as np
from fakes import BagOfWordsEncoder

from chatgen_core import ModelCard
from chatgen_core.modeltoken import load_bank, model_text, refresh_bank, save_bank

CARDS = [
    ModelCard("Ghibli Diffusion", "sd1", style="anime", description="Studio Ghibli films", triggers=("ghibli style",)),
    ModelCard("Realistic Vision", "sd1", style="realistic", description="photorealistic humans"),
    ModelCard("AIO Pixel Art", "sd1", style="other", description="pixel art sprites", triggers=("pixelsprite",)),
]


def test_model_text_carries_the_metadata():
    text = model_text(CARDS[0])
    assert "Ghibli Diffusion" in text and "anime" in text and "Studio Ghibli films" in text
    assert "ghibli style" in text and "Stable Diffusion 1.5" in text


def test_a_token_is_the_encoded_metadata():
    encoder = BagOfWordsEncoder()
    bank = refresh_bank(CARDS, encoder.encode, encoder.name)
    assert bank.tokens.shape == (3, encoder.dim)
    np.testing.assert_allclose(bank.tokens[2], encoder.encode([model_text(CARDS[2])])[0])


def test_scoring_ranks_the_matching_model_first():
    encoder = BagOfWordsEncoder()
    bank = refresh_bank(CARDS, encoder.encode, encoder.name)
    scores = bank.scores(encoder.encode(["pixel art sprites of a castle"])[0])
    assert bank.names[int(np.argmax(scores))] == "AIO Pixel Art"


def test_only_new_or_changed_models_are_encoded_again():
    encoder = BagOfWordsEncoder()
    first = refresh_bank(CARDS, encoder.encode, encoder.name)
    changed = [CARDS[0], ModelCard("Realistic Vision", "sd1", style="realistic", description="v6"),
               CARDS[2], ModelCard("Vector Art", "sd2", style="other")]
    encoder.calls.clear()
    second = refresh_bank(changed, encoder.encode, encoder.name, previous=first)
    assert len(encoder.calls) == 1 and len(encoder.calls[0]) == 2  # the changed and the new one
    np.testing.assert_array_equal(second.tokens[0], first.tokens[0])
    assert second.names == ("Ghibli Diffusion", "Realistic Vision", "AIO Pixel Art", "Vector Art")


def test_trained_rows_survive_a_refresh_when_the_model_is_unchanged():
    encoder = BagOfWordsEncoder()
    first = refresh_bank(CARDS, encoder.encode, encoder.name)
    learned = first.tokens.copy()
    learned[1] += 0.5
    trained = type(first)(first.encoder, first.names, first.hashes, learned, (False, True, False))
    second = refresh_bank(CARDS, encoder.encode, encoder.name, previous=trained)
    np.testing.assert_array_equal(second.tokens[1], learned[1])
    assert second.trained == (False, True, False)


def test_a_different_encoder_rebuilds_every_row():
    encoder = BagOfWordsEncoder()
    first = refresh_bank(CARDS, encoder.encode, "other-encoder")
    encoder.calls.clear()
    refresh_bank(CARDS, encoder.encode, encoder.name, previous=first)
    assert len(encoder.calls[0]) == 3


def test_the_bank_round_trips_through_safetensors(tmp_path):
    encoder = BagOfWordsEncoder()
    bank = refresh_bank(CARDS, encoder.encode, encoder.name)
    save_bank(bank, tmp_path / "bank.safetensors")
    loaded = load_bank(tmp_path / "bank.safetensors")
    assert loaded.names == bank.names and loaded.hashes == bank.hashes and loaded.encoder == bank.encoder
    np.testing.assert_array_equal(loaded.tokens, bank.tokens)
    assert loaded.version == bank.version


def test_a_missing_or_damaged_bank_loads_as_none(tmp_path):
    assert load_bank(tmp_path / "none.safetensors") is None
    (tmp_path / "bad.safetensors").write_bytes(b"\x10\x00\x00\x00\x00\x00\x00\x00{not json at all")
    assert load_bank(tmp_path / "bad.safetensors") is None


def test_the_version_changes_with_the_tokens():
    encoder = BagOfWordsEncoder()
    bank = refresh_bank(CARDS, encoder.encode, encoder.name)
    other = refresh_bank(CARDS[:2], encoder.encode, encoder.name)
    assert bank.version != other.version
