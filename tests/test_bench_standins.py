"""The scale test's stand-ins (bench.ReusedVectors / ReusedSparse) on the real 1x build: an
original chunk keeps its real vectors, a synthetic copy's chunk gets those of its nearest original."""

from __future__ import annotations

import numpy as np
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def base(built):
    from assistant.sparse import SparseIndex
    from assistant.store import IndexDir, read_chunks

    build = IndexDir(built).current()
    chunks = read_chunks(build / "chunks.jsonl")
    return [c.embed_text() for c in chunks], SparseIndex.load(build / "sparse"), build


def test_originals_keep_their_real_vectors_and_copies_borrow_the_nearest(base, embedder):
    from assistant.bench import ReusedVectors

    texts, sparse, _ = base
    dense = embedder.embed_passages(texts[:3])
    vectors = np.vstack([dense, np.zeros((len(texts) - 3, dense.shape[1]), np.float32)])
    proxy = ReusedVectors(embedder, texts, vectors, sparse=sparse)
    real = sparse.vectors()

    def same(a, b) -> bool:
        return np.array_equal(a.indices, b.indices) and np.array_equal(a.values, b.values)

    (first,) = proxy.sparse.encode([texts[0]])
    assert same(first, real[0]) and not same(first, real[1])
    assert np.array_equal(proxy.embed_passages([texts[1]])[0], dense[1])

    copy = texts[1].replace("Norrbotten", "Dalarna").replace("Västernorrland", "Gävleborg") + " Utgåva 2."
    (borrowed,) = proxy.sparse.encode([copy])
    assert same(borrowed, real[1])
    assert proxy.nearest(copy, 0) == 1  # the copy's words are the original's
    perturbed = proxy.embed_passages([copy])[0]
    assert 0.95 < float(perturbed @ dense[1]) < 1.0 and abs(np.linalg.norm(perturbed) - 1) < 1e-5
