"""Hybrid search: dense (Chroma) + keyword (BM25), fused by reciprocal rank, with a floor."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .embedding import Embedder
from .keyword import KeywordIndex
from .settings import Settings
from .store import IndexDir, VectorStore, read_chunks
from .types import Chunk, Hit


@dataclass
class LoadedIndex:
    """One published build, loaded for serving."""

    build: Path
    manifest: dict
    chunks: list[Chunk]
    by_id: dict[str, Chunk]
    keyword: KeywordIndex
    vectors: VectorStore

    @classmethod
    def load(cls, settings: Settings, build: Path) -> LoadedIndex:
        """Read chunks, the BM25 index and open the Chroma collection of a build."""
        from .store import IndexMissing

        try:
            chunks = read_chunks(build / "chunks.jsonl")
            keyword = KeywordIndex.load(build / "keyword", len(chunks))
        except (OSError, ValueError, KeyError) as exc:
            raise IndexMissing(f"Indexet i {build} är ofullständigt eller skadat ({type(exc).__name__}). "
                               "Kör `assistant ingest --rebuild`.") from exc
        vectors = VectorStore(settings, build)
        manifest = IndexDir(settings).manifest(build) or {}
        return cls(build, manifest, chunks, {c.id: c for c in chunks}, keyword, vectors)

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
