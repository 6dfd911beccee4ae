"""The in-LLM ModelToken variant for a local transformers planner (ChatGen-Evo's own form).

Each model becomes one new token of the LLM's vocabulary; only the embedding rows of those tokens
train (input rows, and the output rows when the head is not tied), everything else stays frozen.
A request is read as `Request: <text>\nModel:` and the model chosen is the most likely model token
at the next position, so training is cross-entropy over the model tokens there. With an untied
head only the output rows get gradients (the tokens are never read, only predicted). A new token starts
from the mean embedding of its model's metadata text, the same metadata init as the bank's.

Meant for a GPU (`python -m chatgen_core train-llm`); it runs anywhere torch does.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

LLM_TOKENS_FORMAT = "chatgen-llm-modeltokens/1"


def token_for(index: int) -> str:
    return f"<model_{index}>"


def prompt_for(text: str) -> str:
    return f"Request: {' '.join(text.split())}\nModel:"


def add_model_tokens(model, tokenizer, metadata: Sequence[str]) -> list[int]:
    """Add one token per model (metadata text each) and initialise its rows; returns their ids."""
    import torch

    tokenizer.add_tokens([token_for(i) for i in range(len(metadata))], special_tokens=True)
    ids = tokenizer.convert_tokens_to_ids([token_for(i) for i in range(len(metadata))])
    model.resize_token_embeddings(len(tokenizer), mean_resizing=False)  # initialised below
    with torch.no_grad():
        for weight in _embedding_weights(model):
            for token, text in zip(ids, metadata, strict=True):
                pieces = tokenizer(text, add_special_tokens=False)["input_ids"][:64] or [0]
                weight[token] = weight[pieces].mean(0)
    return ids


def train_llm_tokens(model, tokenizer, token_ids: Sequence[int], texts: Sequence[str],
                     labels: Sequence[int], *, epochs: int = 10, lr: float = 5e-3, batch: int = 16,
                     progress: Callable[[int, int], None] | None = None) -> list[float]:
    """Train only the model tokens' rows; `labels` index `token_ids`. Returns the loss per epoch."""
    import torch

    for parameter in model.parameters():
        parameter.requires_grad_(False)
    weights = _embedding_weights(model)
    rows = torch.tensor(list(token_ids))
    mask = torch.zeros(weights[0].shape[0], 1, dtype=weights[0].dtype, device=weights[0].device)
    mask[rows] = 1
    hooks = []
    for weight in weights:
        weight.requires_grad_(True)
        hooks.append(weight.register_hook(lambda grad: grad * mask))  # only the model tokens' rows
    optimizer = torch.optim.Adam(weights, lr=lr)
    generator = torch.Generator().manual_seed(0)
    losses = []
    model.train()
    try:
        for epoch in range(epochs):
            order = torch.randperm(len(texts), generator=generator).tolist()
            total = 0.0
            for start in range(0, len(order), batch):
                chosen = order[start:start + batch]
                logits = _next_logits(model, tokenizer, [texts[i] for i in chosen], rows)
                target = torch.tensor([labels[i] for i in chosen], device=logits.device)
                loss = torch.nn.functional.cross_entropy(logits, target)
                optimizer.zero_grad()
                loss.backward()
                optimizer.step()
                total += float(loss.detach()) * len(chosen)
            losses.append(total / max(len(texts), 1))
            if progress:
                progress(epoch + 1, epochs)
    finally:
        for hook in hooks:
            hook.remove()
        model.eval()
    return losses


def select_llm(model, tokenizer, token_ids: Sequence[int], texts: Sequence[str]) -> list[int]:
    """For each request, the index (into token_ids) of the most likely model token."""
    import torch

    with torch.inference_mode():
        logits = _next_logits(model, tokenizer, list(texts), torch.tensor(list(token_ids)))
    return logits.argmax(-1).tolist()


def save_llm_tokens(model, token_ids: Sequence[int], names: Sequence[str], path: str | Path) -> None:
    """The trained rows and the model names they stand for, as safetensors."""
    import json

    from safetensors.torch import save_file

    rows = list(token_ids)
    tensors = {f"embedding_{i}": w.detach()[rows].contiguous().cpu()
               for i, w in enumerate(_embedding_weights(model))}
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    save_file(tensors, str(path), metadata={"format": LLM_TOKENS_FORMAT, "names": json.dumps(list(names))})


def _embedding_weights(model) -> list:
    """The input embedding matrix, and the output one when the head is not tied to it."""
    weights = [model.get_input_embeddings().weight]
    head = model.get_output_embeddings()
    if head is not None and head.weight is not weights[0]:
        weights.append(head.weight)
    return weights


def _next_logits(model, tokenizer, texts: list[str], rows):
    """Logits of the model tokens at the position after each prompt (right padding)."""
    import torch

    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token or tokenizer.unk_token
    device = model.get_input_embeddings().weight.device
    batch = tokenizer([prompt_for(t) for t in texts], return_tensors="pt", padding=True,
                      padding_side="right").to(device)
    hidden = model(**batch).logits
    last = batch["attention_mask"].sum(1) - 1
    return hidden[torch.arange(len(texts), device=device), last][:, rows.to(device)]
