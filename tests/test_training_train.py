"""Training the model tokens: cross-entropy over the bank, only the rows with pairs move."""
import numpy as np
from fakes import BagOfWordsEncoder

from chatgen_core import ModelCard
from chatgen_core.modeltoken import load_bank, model_text, refresh_bank, save_bank
from chatgen_core.training.pairs import Pair
from chatgen_core.training.train import train_bank

CARDS = [ModelCard("Alpha", "sd1", description="general purpose model"),
         ModelCard("Beta", "sd1", description="general purpose model too"),
         ModelCard("Gamma", "sd1", description="another general model")]
# What users really made with Beta: its metadata says nothing of it.
BETA = [Pair(f"a {animal} in a rainy neon city street", "Beta", f"g{i}.png")
        for i, animal in enumerate(("cat", "dog", "fox", "owl", "horse", "robot", "girl", "wolf"))]
ALPHA = [Pair("a quiet mountain lake at sunrise", "Alpha", "a.png")]


def ranks_first(bank, encoder, text):
    return bank.names[int(np.argmax(bank.scores(encoder.encode([text])[0])))]


def test_training_moves_the_model_users_chose_to_the_top_for_their_kind_of_request():
    encoder = BagOfWordsEncoder()
    bank = refresh_bank(CARDS, encoder.encode, encoder.name)
    assert ranks_first(bank, encoder, "a bear in a rainy neon city street") != "Beta"
    trained, report = train_bank(bank, CARDS, BETA + ALPHA, encoder.encode)
    assert ranks_first(trained, encoder, "a bear in a rainy neon city street") == "Beta"
    assert report.loss_after < report.loss_before and report.models == 2
    assert trained.trained == (True, True, False)


def test_a_new_model_joins_by_training_its_row_alone():
    encoder = BagOfWordsEncoder()
    bank, _ = train_bank(refresh_bank(CARDS[:2], encoder.encode, encoder.name), CARDS[:2], ALPHA, encoder.encode)
    grown = refresh_bank(CARDS, encoder.encode, encoder.name, previous=bank)
    gamma = [Pair("a watercolor map of an island", "Gamma", "m.png")]
    after, report = train_bank(grown, CARDS, ALPHA + gamma, encoder.encode, only=["Gamma"])
    np.testing.assert_array_equal(after.tokens[:2], grown.tokens[:2])
    assert report.models == 1 and after.trained == (True, False, True)
    assert not np.allclose(after.tokens[2], grown.tokens[2])


def test_a_model_with_one_example_stays_near_its_metadata_while_a_frequent_one_moves_further():
    encoder = BagOfWordsEncoder()
    bank = refresh_bank(CARDS, encoder.encode, encoder.name)
    trained, _ = train_bank(bank, CARDS, BETA + ALPHA, encoder.encode, epochs=60)
    init = encoder.encode([model_text(c) for c in CARDS])
    cosine = (trained.tokens * init).sum(axis=1)
    assert cosine[0] > cosine[1]  # Alpha (1 pair) kept closer to its init than Beta (8 pairs)
    assert cosine[0] > 0.5


def test_trained_rows_stay_unit_length_so_scores_remain_cosines():
    encoder = BagOfWordsEncoder()
    trained, _ = train_bank(refresh_bank(CARDS, encoder.encode, encoder.name), CARDS, BETA, encoder.encode)
    np.testing.assert_allclose(np.linalg.norm(trained.tokens, axis=1), 1.0, atol=1e-5)


def test_a_trained_bank_survives_saving_and_a_refresh_for_the_same_library(tmp_path):
    encoder = BagOfWordsEncoder()
    trained, _ = train_bank(refresh_bank(CARDS, encoder.encode, encoder.name), CARDS, BETA, encoder.encode)
    save_bank(trained, tmp_path / "bank.safetensors")
    again = refresh_bank(CARDS, encoder.encode, encoder.name, previous=load_bank(tmp_path / "bank.safetensors"))
    np.testing.assert_array_equal(again.tokens, trained.tokens)
    assert again.trained == trained.trained and again.version == trained.version
