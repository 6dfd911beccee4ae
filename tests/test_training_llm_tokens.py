"""The in-LLM variant end to end on a tiny random Llama: model tokens added, only their rows trained."""
import pytest

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

from chatgen_core.training.llm_tokens import (  # noqa: E402
    add_model_tokens,
    save_llm_tokens,
    select_llm,
    train_llm_tokens,
)

NAMES = ["AIO Pixel Art", "Realistic Vision", "Ghibli Diffusion"]
METADATA = ["pixel art sprites retro game", "photorealistic photo portrait", "anime studio ghibli film"]
TEXTS = ["pixel art of a castle", "pixel art sprite of a knight", "retro game pixel art forest",
         "a photo of an old man", "photorealistic portrait of a woman", "a photo of a city street",
         "anime girl in a ghibli meadow", "ghibli style flying castle", "anime film scene of a bus stop"]
LABELS = [0, 0, 0, 1, 1, 1, 2, 2, 2]


def tiny_llama(tied):
    """A random two-layer Llama and a word-level tokenizer trained on the spot."""
    from tokenizers import Tokenizer, models, pre_tokenizers, trainers

    raw = Tokenizer(models.WordLevel(unk_token="[UNK]"))
    raw.pre_tokenizer = pre_tokenizers.Whitespace()
    raw.train_from_iterator(TEXTS + METADATA + ["Request: Model:"],
                            trainers.WordLevelTrainer(special_tokens=["[UNK]", "[PAD]", "[EOS]"]))
    tokenizer = transformers.PreTrainedTokenizerFast(tokenizer_object=raw, unk_token="[UNK]",
                                                     pad_token="[PAD]", eos_token="[EOS]")
    torch.manual_seed(0)
    config = transformers.LlamaConfig(vocab_size=len(tokenizer), hidden_size=32, intermediate_size=64,
                                      num_hidden_layers=2, num_attention_heads=4, num_key_value_heads=2,
                                      max_position_embeddings=64, tie_word_embeddings=tied)
    return transformers.LlamaForCausalLM(config), tokenizer


@pytest.mark.parametrize("tied", [False, True])
def test_trained_model_tokens_pick_the_right_model_and_nothing_else_changes(tmp_path, tied):
    model, tokenizer = tiny_llama(tied)
    vocab = len(tokenizer)
    ids = add_model_tokens(model, tokenizer, METADATA)
    assert len(tokenizer) == vocab + 3 and ids == [vocab, vocab + 1, vocab + 2]
    frozen = {name: p.detach().clone() for name, p in model.named_parameters()}

    losses = train_llm_tokens(model, tokenizer, ids, TEXTS, LABELS, epochs=40, lr=0.05)

    assert select_llm(model, tokenizer, ids, TEXTS) == LABELS
    assert losses[-1] < losses[0] / 4
    for name, parameter in model.named_parameters():
        if "embed_tokens" in name or "lm_head" in name:
            assert torch.equal(parameter[:vocab], frozen[name][:vocab]), name
        # The head's rows of the model tokens are what selection reads (the shared matrix when tied).
        if name == ("model.embed_tokens.weight" if tied else "lm_head.weight"):
            assert not torch.equal(parameter[vocab:], frozen[name][vocab:]), name
        if "embed_tokens" not in name and "lm_head" not in name:
            assert torch.equal(parameter, frozen[name]), name
    save_llm_tokens(model, ids, NAMES, tmp_path / "llm_tokens.safetensors")
    from safetensors import safe_open
    with safe_open(str(tmp_path / "llm_tokens.safetensors"), framework="pt") as f:
        assert f.get_tensor("embedding_0").shape == (3, 32) and "AIO Pixel Art" in f.metadata()["names"]
