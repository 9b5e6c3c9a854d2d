"""Hybrid search: dense (Chroma) + keyword (BM25), fused by reciprocal rank, with a floor."""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .embedding import Embedder
from .keyword import KeywordIndex
from .settings import Settings
from .store import IndexDir, VectorStore, read_chunks, read_unit_vectors
from .types import Chunk, Hit


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
    vectors: VectorStore
    units: UnitVectors | None = None

    @classmethod
    def load(cls, settings: Settings, build: Path,
             embed_units: Callable[[Sequence[str]], np.ndarray] | None = None) -> LoadedIndex:
        """Read chunks, the BM25 index and the stored unit vectors, and open the Chroma collection of a build.

        `embed_units` embeds answer units the build has no vector for (builds made before units/ existed)."""
        from .store import IndexMissing

        try:
            chunks = read_chunks(build / "chunks.jsonl")
            keyword = KeywordIndex.load(build / "keyword", len(chunks))
            stored = read_unit_vectors(build) or ([], np.zeros((0, 0), dtype=np.float32))
        except (OSError, ValueError, KeyError) as exc:
            raise IndexMissing(f"Indexet i {build} är ofullständigt eller skadat ({type(exc).__name__}). "
                               "Kör `assistant ingest --rebuild`.") from exc
        vectors = VectorStore(settings, build)
        manifest = IndexDir(settings).manifest(build) or {}
        return cls(build, manifest, chunks, {c.id: c for c in chunks}, keyword, vectors,
                   UnitVectors(*stored, embed_units))

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


class Retriever:
    """Dense, keyword or hybrid retrieval over a loaded index."""

    MODES = ("hybrid", "dense", "keyword")

    def __init__(self, settings: Settings, embedder: Embedder) -> None:
        self.settings = settings
        self.embedder = embedder

    def search(self, index: LoadedIndex, query: str, k: int | None = None, mode: str = "hybrid",
               documents: list[str] | None = None, query_vector: np.ndarray | None = None) -> list[Hit]:
        """The k best chunks for a query, best first, each with its dense cosine."""
        k = k or self.settings.top_k
        n = max(self.settings.candidates, k)
        allowed = set(documents) if documents else None
        qvec = query_vector if query_vector is not None else self.embedder.embed_queries([query])[0]
        dense: list[tuple[str, float]] = []
        if mode in ("hybrid", "dense"):
            where = {"document": {"$in": sorted(allowed)}} if allowed else None
            dense = index.vectors.query(qvec, n, where=where)
        keyword: list[tuple[str, float]] = []
        if mode in ("hybrid", "keyword"):
            for pos, score in index.keyword.search(query, n * (3 if allowed else 1)):
                chunk = index.chunks[pos]
                if allowed is None or chunk.document in allowed:
                    keyword.append((chunk.id, score))
            keyword = keyword[:n]
        fused = self._fuse(dense, keyword, mode)
        cosines = dict(dense)
        missing = [cid for cid, _ in fused[:k] if cid not in cosines]
        if missing:
            for cid, vec in index.vectors.vectors(missing).items():
                cosines[cid] = float(vec @ qvec)
        kw = dict(keyword)
        return [Hit(index.by_id[cid], score, cosines.get(cid, 0.0), kw.get(cid, 0.0))
                for cid, score in fused[:k] if cid in index.by_id]

    def _fuse(self, dense: list[tuple[str, float]], keyword: list[tuple[str, float]], mode: str) -> list[tuple[str, float]]:
        if mode == "dense":
            return dense
        if mode == "keyword":
            return keyword
        scores: dict[str, float] = {}
        for ranking in (dense, keyword):
            for rank, (cid, _) in enumerate(ranking):
                scores[cid] = scores.get(cid, 0.0) + 1.0 / (self.settings.rrf_k + rank + 1)
        return sorted(scores.items(), key=lambda kv: -kv[1])
