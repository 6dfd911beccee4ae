"""A tiny Llama chat model built on the spot, taught to answer one ChatGen-shaped plan.

No hub download: the tokenizer is trained with `tokenizers` on the system prompt and the answer,
the model is a 2-layer Llama from a config, and a few hundred optimizer steps make it reply with
ANSWER after the assistant header, whatever the question. Greedy decoding is stored as its
generation config, so a server running it answers the same way every time.
"""
from pathlib import Path

ANSWER = ("Prompt: a red fox in the snow, dusk, highly detailed\nNegative prompt: blurry, lowres\n"
          "Model: Deliberate 3.0. A versatile model.\n"
          "Arguments: {'sampler': 'DPM++ 2M Karras', 'steps': 28, 'cfg_scale': 7, 'width': '512', "
          "'height': '768'}")
TEMPLATE = ("{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n"
            "{% endfor %}{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}")
SPECIAL = ["<unk>", "<s>", "</s>", "<|im_start|>", "<|im_end|>"]


def build(folder: Path, steps: int = 300) -> Path:
    """Save the model and tokenizer into `folder` and return it."""
    import torch
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import GenerationConfig, LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

    from chatgen_core.llm.prompts import SYS_SINGLEMODAL

    torch.manual_seed(0)
    raw = Tokenizer(models.BPE(unk_token="<unk>"))
    raw.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    raw.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=400, special_tokens=SPECIAL,
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet())
    raw.train_from_iterator([SYS_SINGLEMODAL, ANSWER, "user assistant system"] * 4, trainer)
    tokenizer = PreTrainedTokenizerFast(tokenizer_object=raw, bos_token="<s>", eos_token="<|im_end|>",
                                        unk_token="<unk>", pad_token="</s>")
    tokenizer.chat_template = TEMPLATE
    config = LlamaConfig(vocab_size=len(tokenizer), hidden_size=64, intermediate_size=128,
                         num_hidden_layers=2, num_attention_heads=4, num_key_value_heads=2,
                         max_position_embeddings=1024, bos_token_id=tokenizer.bos_token_id,
                         eos_token_id=tokenizer.eos_token_id, pad_token_id=tokenizer.pad_token_id)
    model = LlamaForCausalLM(config)

    # Loss on the answer only, after a few different questions, so any question leads to it.
    questions = ["a red fox in the snow", "a cabin at night", "hello", "draw me a cat please", ""]
    batch = []
    for question in questions:
        messages = [{"role": "user", "content": SYS_SINGLEMODAL + question}]
        head = tokenizer.apply_chat_template(messages, add_generation_prompt=True, tokenize=False)
        head_ids = tokenizer(head, add_special_tokens=False)["input_ids"]
        answer_ids = tokenizer(ANSWER + "<|im_end|>", add_special_tokens=False)["input_ids"]
        ids = torch.tensor([head_ids + answer_ids])
        labels = ids.clone()
        labels[0, : len(head_ids)] = -100
        batch.append((ids, labels))
    optimizer = torch.optim.AdamW(model.parameters(), lr=3e-3)
    model.train()
    for step in range(steps):
        ids, labels = batch[step % len(batch)]
        loss = model(input_ids=ids, labels=labels).loss
        loss.backward()
        optimizer.step()
        optimizer.zero_grad()
    model.eval()
    model.generation_config = GenerationConfig(do_sample=False, max_new_tokens=200,
                                               eos_token_id=tokenizer.eos_token_id,
                                               pad_token_id=tokenizer.pad_token_id)
    folder.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder
