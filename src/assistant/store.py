"""The one module that imports chromadb. Builds go to a staging folder, then swap atomically.

Layout of `index/`:
    CURRENT                 name of the build that serves (replaced atomically with os.replace)
    builds/<id>/manifest.json   model, chunker and chromadb versions, file hashes, problems
    builds/<id>/chunks.jsonl    every chunk with its metadata (keyword index, lists, glossary)
    builds/<id>/keyword/        the persisted BM25 index
    builds/<id>/chroma/         chromadb PersistentClient data (local mode)
    ingest.lock             held while an ingest runs
With `ASSISTANT_CHROMA_URL` the vectors live in a Chroma server instead, one collection per build.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import numpy as np

from .settings import Settings
from .types import Chunk

COLLECTION_PREFIX = "chunks_"
POINTER = "CURRENT"


class IndexMissing(RuntimeError):
    """No usable index: the message says which command builds one."""


class IndexIncompatible(RuntimeError):
    """The index was built with another model, chunker or chromadb version."""


class IngestBusy(RuntimeError):
    """Another ingest holds the lock."""


def chromadb_version() -> str:
    """Installed chromadb version (recorded in every build)."""
    from importlib.metadata import version

    return version("chromadb")


def _client(settings: Settings, chroma_dir: Path):
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if settings.chroma_url:
        url = urlparse(settings.chroma_url)
        return chromadb.HttpClient(host=url.hostname or "127.0.0.1", port=url.port or 8000,
                                   ssl=url.scheme == "https", settings=chroma_settings)
    return chromadb.PersistentClient(path=str(chroma_dir), settings=chroma_settings)


class VectorStore:
    """Dense vectors of one build in a Chroma collection (never with an embedding function)."""

    def __init__(self, settings: Settings, build_dir: Path, create: bool = False) -> None:
        self.name = COLLECTION_PREFIX + build_dir.name
        self._client = _client(settings, build_dir / "chroma")
        if create:
            self.collection = self._client.get_or_create_collection(
                self.name, embedding_function=None, metadata={"hnsw:space": "cosine"})
        else:
            try:
                self.collection = self._client.get_collection(self.name, embedding_function=None)
            except Exception as exc:  # chromadb raises NotFoundError/ValueError by version
                raise IndexMissing(
                    f"Indexets vektorsamling {self.name} saknas eller är skadad ({type(exc).__name__}). "
                    "Kör `assistant ingest --rebuild`.") from exc

    def add(self, chunks: Sequence[Chunk], vectors: np.ndarray, batch: int = 2000) -> None:
        """Store chunk vectors with a little metadata (text lives in chunks.jsonl)."""
        for start in range(0, len(chunks), batch):
            part = chunks[start:start + batch]
            self.collection.add(
                ids=[c.id for c in part],
                embeddings=vectors[start:start + batch].tolist(),
                metadatas=[{"document": c.document, "section": c.section, "position": c.position} for c in part],
            )

    def count(self) -> int:
        """Number of stored vectors."""
        return self.collection.count()

    def query(self, vector: np.ndarray, n: int, where: dict | None = None) -> list[tuple[str, float]]:
        """(chunk id, cosine similarity) of the n nearest chunks."""
        n = max(1, min(n, self.count()))
        res = self.collection.query(query_embeddings=[vector.tolist()], n_results=n, where=where,
                                    include=["distances"])
        return [(cid, 1.0 - float(dist)) for cid, dist in zip(res["ids"][0], res["distances"][0])]

    def vectors(self, ids: Sequence[str]) -> dict[str, np.ndarray]:
        """Stored vectors by chunk id (missing ids are left out)."""
        out: dict[str, np.ndarray] = {}
        for start in range(0, len(ids), 2000):
            res = self.collection.get(ids=list(ids[start:start + 2000]), include=["embeddings"])
            for cid, vec in zip(res["ids"], res["embeddings"]):
                out[cid] = np.asarray(vec, dtype=np.float32)
        return out

    def drop(self) -> None:
        """Delete this build's collection (server mode; local builds go with their folder)."""
        try:
            self._client.delete_collection(self.name)
        except Exception:  # already gone
            pass


def write_chunks(path: Path, chunks: Sequence[Chunk]) -> None:
    """chunks.jsonl: one chunk per line."""
    with path.open("w", encoding="utf-8") as fh:
        for c in chunks:
            fh.write(json.dumps(asdict(c), ensure_ascii=False) + "\n")


def read_chunks(path: Path) -> list[Chunk]:
    """Chunks back from chunks.jsonl."""
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            data = json.loads(line)
            data["items"] = tuple(data.get("items") or ())
            out.append(Chunk(**data))
    return out


class IndexDir:
    """Builds under `index/`: which one serves, staging a new one, swapping, cleaning up."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.root = settings.index_dir
        self.builds = self.root / "builds"

    def current(self) -> Path | None:
        """The serving build's folder, or None when there is no index yet."""
        pointer = self.root / POINTER
        try:
            name = pointer.read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            return None
        build = self.builds / name
        return build if name and (build / "manifest.json").is_file() else None

    def manifest(self, build: Path | None = None) -> dict[str, Any] | None:
        """The manifest of a build (default: the serving one)."""
        build = build or self.current()
        if build is None:
            return None
        try:
            return json.loads((build / "manifest.json").read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            return None

    def require(self, model_id: str, chunker_version: int) -> Path:
        """The serving build, checked against this model and chunker; clear errors otherwise."""
        build = self.current()
        if build is None:
            raise IndexMissing(f"Det finns inget index i {self.root}. Kör `assistant ingest` för att bygga det.")
        manifest = self.manifest(build)
        if manifest is None:
            raise IndexMissing(f"Indexets manifest i {build} går inte att läsa. Kör `assistant ingest --rebuild`.")
        problems = []
        if manifest.get("embedding_model") != model_id:
            problems.append(f"embeddingmodell {manifest.get('embedding_model')} (nu {model_id})")
        if manifest.get("chunker_version") != chunker_version:
            problems.append(f"chunkerversion {manifest.get('chunker_version')} (nu {chunker_version})")
        if manifest.get("chromadb_version", "").split(".")[0] != chromadb_version().split(".")[0]:
            problems.append(f"chromadb {manifest.get('chromadb_version')} (nu {chromadb_version()})")
        if problems:
            raise IndexIncompatible(
                "Indexet byggdes med " + ", ".join(problems) + ". Kör `assistant ingest --rebuild`.")
        return build

    def stage(self) -> Path:
        """A fresh, empty build folder that does not serve until `publish`."""
        self.builds.mkdir(parents=True, exist_ok=True)
        stamp = time.strftime("%Y%m%dT%H%M%S")
        return Path(tempfile.mkdtemp(prefix=f"{stamp}-", dir=self.builds))

    def publish(self, build: Path) -> None:
        """Make `build` the serving one in a single atomic rename."""
        tmp = self.root / f".{POINTER}.{os.getpid()}"
        tmp.write_text(build.name, encoding="utf-8")
        with tmp.open("rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, self.root / POINTER)

    def cleanup(self, keep: int = 2) -> None:
        """Remove unpublished leftovers and all but the newest `keep` builds."""
        current = self.current()
        if not self.builds.is_dir():
            return
        builds = sorted((p for p in self.builds.iterdir() if p.is_dir()), key=lambda p: p.name)
        published = [b for b in builds if (b / "manifest.json").is_file()]
        for build in builds:
            stale = build not in published[-keep:]
            if build != current and stale:
                if self.settings.chroma_url:
                    try:
                        VectorStore(self.settings, build).drop()
                    except IndexMissing:
                        pass
                shutil.rmtree(build, ignore_errors=True)

    @contextmanager
    def lock(self) -> Iterator[None]:
        """Only one ingest at a time; a second one is told so at once."""
        import fcntl

        self.root.mkdir(parents=True, exist_ok=True)
        with (self.root / "ingest.lock").open("a+") as fh:
            try:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError as exc:
                raise IngestBusy("En annan indexering pågår redan; vänta tills den är klar.") from exc
            try:
                yield
            finally:
                fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
