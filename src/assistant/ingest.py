"""Diff the corpus by hash, chunk, embed only what is new, build in staging, validate, swap.

The named `pause_point`s (locked, chunked, chroma, built, and swap inside `publish`) are where the
crash tests kill -9 an ingest (see store.pause_point); they do nothing in normal runs.
"""

from __future__ import annotations

import hashlib
import json
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from .chunking import CHUNKER_VERSION, SECTION_SEP, Chunker, split_sentences
from .corpus import CorpusError, Problem, load_corpus
from .embedding import Embedder
from .glossary import build_glossary, seed_terms
from .keyword import SEARCH_INDEX_VERSION, KeywordIndex
from .settings import Settings
from .sparse import SparseEncoder, SparseIndex
from .store import (DENSE_FILE, UNITS_DIR, IndexDir, VectorStore, chromadb_version, clear_partial, disk_full,
                    file_checksums, load_partial, partial_dir, save_partial,
                    not_writable, pause_point, read_chunks, read_unit_vectors, write_chunks,
                    write_dense_vectors, write_unit_vectors)
from .types import Chunk, Document

# Vectors are saved every this many texts while an ingest embeds, so an interruption loses at most one slice.
RESUME_SLICE = 64


@dataclass
class IngestReport:
    """What an ingest did, for the maintainer."""

    documents: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    chunks: int = 0
    embedded: int = 0
    sparse_encoded: int = 0
    reused: int = 0
    resumed: int = 0  # vectors an interrupted ingest had embedded, reused now
    removed: int = 0
    units: int = 0
    units_embedded: int = 0
    changed_files: list[str] = field(default_factory=list)
    deleted_files: list[str] = field(default_factory=list)
    unchanged: bool = False
    repaired: str = ""
    build: str = ""
    seconds: float = 0.0

    def summary(self) -> str:
        """A few Swedish lines for the terminal."""
        lines = []
        if self.unchanged:
            lines.append(f"Inget har ändrats: {len(self.documents)} dokument, {self.chunks} avsnitt, 0 nya embeddings.")
        else:
            if self.resumed:
                lines.append(f"Fortsatte en avbruten indexering: {self.resumed} vektorer återanvändes.")
            lines.append(
                f"Index byggt ({self.build}): {len(self.documents)} dokument, {self.chunks} avsnitt; "
                f"{self.embedded} nya embeddings, {self.reused} återanvända, {self.removed} borttagna "
                f"({self.seconds:.1f} s); {self.units_embedded} nya av {self.units} meningsvektorer.")
            if self.changed_files:
                lines.append("Ändrade/nya filer: " + ", ".join(self.changed_files))
            if self.deleted_files:
                lines.append("Borttagna filer: " + ", ".join(self.deleted_files))
        if self.repaired:
            lines.append(f"Det tidigare indexet var skadat ({self.repaired}) och är nu lagat.")
        for problem in self.problems:
            lines.append(f"Hoppade över {problem}" if problem.skipped else f"Obs: {problem}")
        return "\n".join(lines)


def empty_corpus_message(corpus_dir: Path, problems: list[Problem]) -> str:
    """Why nothing can be indexed: an empty corpus folder, or only files that were skipped."""
    skipped = [p for p in problems if p.skipped]
    if not skipped:
        return (f"Korpusmappen {corpus_dir} innehåller inga dokument. Lägg dit .txt-, .md-, .pdf- eller "
                ".docx-filer och kör `assistant ingest` igen; det befintliga indexet används oförändrat.")
    names = "; ".join(str(p) for p in skipped[:10]) + (" …" if len(skipped) > 10 else "")
    return (f"Inget dokument i {corpus_dir} gick att läsa ({len(skipped)} hoppades över: {names}). "
            "Det befintliga indexet används oförändrat.")


def _file_state(docs: list[Document]) -> dict[str, dict]:
    return {d.meta.name: {"sha256": d.sha256, "meta": asdict(d.meta)} for d in docs}


class Ingestor:
    """Builds or refreshes the index from `corpus/`, re-embedding only changed chunks."""

    def __init__(self, settings: Settings, embedder: Embedder, sparse_encoder: SparseEncoder | None = None) -> None:
        self.settings = settings
        self.embedder = embedder
        self.sparse_encoder = sparse_encoder or SparseEncoder()
        self.index = IndexDir(settings)

    def run(self, rebuild: bool = False, progress: bool = False) -> IngestReport:
        """One ingest under the lock; the old index keeps serving until the atomic swap."""
        with self.index.lock():
            self._partial = partial_dir(self.settings.index_dir, self.embedder.model_id)
            self._resumable = load_partial(self._partial)
            self._resumed = 0
            return self._run(rebuild, progress)

    def _say(self, progress: bool, message: str) -> None:
        """A progress line on stderr (with --quiet nothing)."""
        if progress:
            import sys

            print(message, file=sys.stderr, flush=True)

    def _embed_resumable(self, keys: list[str], texts: list[str], bar) -> np.ndarray:
        """Vectors of `texts`: those an interrupted run saved are reused, the rest embedded in slices
        that are saved as they finish (index/partial/), so stopping loses at most one slice."""
        out: list[np.ndarray | None] = [self._resumable.get(k) for k in keys]
        todo = [i for i, v in enumerate(out) if v is None]
        self._resumed += len(keys) - len(todo)
        if bar is not None:
            bar.update(len(keys) - len(todo))
        step = RESUME_SLICE
        for start in range(0, len(todo), step):
            part = todo[start:start + step]
            vectors = self.embedder.embed_passages([texts[i] for i in part], progress=bar.update if bar else None)
            try:
                save_partial(self._partial, [keys[i] for i in part], vectors)
            except OSError:  # no room to keep it: the ingest goes on, it just cannot resume
                pass
            pause_point("embedded-part")
            for i, vector in zip(part, vectors):
                out[i] = vector
        return np.vstack(out) if out else np.zeros((0, self.embedder.dimension), dtype=np.float32)

    def _compatible(self, manifest: dict | None) -> bool:
        return bool(manifest) and manifest.get("embedding_model") == self.embedder.model_id \
            and manifest.get("chunker_version") == CHUNKER_VERSION \
            and manifest.get("chromadb_version") == chromadb_version() \
            and manifest.get("search_index_version") == SEARCH_INDEX_VERSION

    def _run(self, rebuild: bool, progress: bool) -> IngestReport:
        started = time.perf_counter()
        pause_point("locked")
        self.index.cleanup()  # leftovers of an interrupted ingest
        self._say(progress, f"Läser korpusen i {self.settings.corpus_dir} …")
        docs, problems = load_corpus(self.settings.corpus_dir, on_file=(lambda path, size: self._say(
            progress, f"  {path.name} ({size / 2**20:.1f} MB) …")) if progress else None)
        if not docs:
            raise CorpusError(empty_corpus_message(self.settings.corpus_dir, problems))
        report = IngestReport(documents=[d.meta.name for d in docs], problems=problems)
        old_build = self.index.current()
        old_manifest = self.index.manifest(old_build) if old_build else None
        state = _file_state(docs)
        damage = self.index.check(old_build) if old_build is not None and not rebuild else None
        damaged = old_build if damage else None
        if damage:  # rebuild from the last good build's vectors instead
            report.repaired = damage
            old_build = self.index.earlier_good(old_build, self.embedder.model_id, CHUNKER_VERSION)
            old_manifest = self.index.manifest(old_build) if old_build else None
        reusable = not rebuild and not damage and self._compatible(old_manifest)
        # A build from before units/ or dense.npy existed is rebuilt (from its own vectors: 0 embedded).
        if reusable and old_manifest.get("files") == state and (old_build / UNITS_DIR).is_dir() \
                and (old_build / DENSE_FILE).is_file():
            pointer = self.index.pointer_damage()
            if pointer:  # the build is fine, only the pointer to it is damaged: point at it again
                self.index.publish(old_build)
                self.index.cleanup()
                report.repaired = pointer
            report.unchanged = True
            report.chunks = old_manifest.get("chunks", 0)
            report.build = old_build.name
            return report
        old_files = (old_manifest or {}).get("files", {})
        report.changed_files = [n for n, s in state.items() if old_files.get(n, {}).get("sha256") != s["sha256"]]
        report.deleted_files = [n for n in old_files if n not in state]

        chunker = Chunker(self.embedder.count_tokens, self.settings.max_chunk_tokens)
        self._say(progress, f"Delar upp {len(docs)} dokument i avsnitt …")
        chunks: list[Chunk] = [c for doc in docs for c in chunker(doc)]
        old_vectors = {}
        old_ids: set[str] = set()
        # Vectors depend only on the model and the embedded text (which the chunk id hashes),
        # so they are reused across chunker versions too.
        same_model = bool(old_manifest) and old_manifest.get("embedding_model") == self.embedder.model_id
        if not rebuild and same_model and old_build is not None:
            try:
                old_ids = {c.id for c in read_chunks(old_build / "chunks.jsonl")}
                old_vectors = VectorStore(self.settings, old_build).vectors([c.id for c in chunks if c.id in old_ids])
            except Exception:  # a damaged old index only costs re-embedding
                old_vectors = {}
        if damaged is not None and not rebuild:
            # The damaged build's vectors are keyed by content hash: those still readable are reused.
            try:
                old_vectors.update(VectorStore(self.settings, damaged).vectors(
                    [c.id for c in chunks if c.id not in old_vectors]))
            except Exception:
                pass
        todo = [c for c in chunks if c.id not in old_vectors]
        pause_point("chunked")
        with ThreadPoolExecutor(max_workers=1) as pool:  # the sparse head runs beside the dense model
            sparse_job = pool.submit(self._sparse, chunks, None if rebuild else old_build)
            new_vectors = self._embed(todo, progress)
            sparse, report.sparse_encoded = sparse_job.result()
        vectors = {**old_vectors, **new_vectors}
        report.embedded, report.reused = len(todo), len(chunks) - len(todo)
        report.removed = len(old_ids - {c.id for c in chunks})
        report.chunks = len(chunks)
        units = self._unit_vectors(chunks, old_build if not rebuild and same_model else None, progress)
        report.units, report.units_embedded = len(units[0]), units[2]

        build = self.index.stage()
        try:
            write_unit_vectors(build, units[0], units[1])  # before the manifest: its checksums cover units/
            self._write_build(build, chunks, vectors, state, problems, sparse)
            pause_point("built")
            self.index.publish(build)
        except BaseException as exc:
            self.index.remove(build)  # the old index keeps serving
            if isinstance(exc, OSError) or disk_full(exc):  # chromadb reports a full disk as its own error
                raise not_writable(self.settings.index_dir, exc) from exc
            raise
        if damaged is not None:
            self.index.remove(damaged)
        self.index.cleanup()
        clear_partial(self.settings.index_dir)
        report.build = build.name
        report.resumed = self._resumed
        report.seconds = time.perf_counter() - started
        return report

    def _embed(self, chunks: list[Chunk], progress: bool) -> dict:
        if not chunks:
            return {}
        bar = None
        if progress:
            from tqdm import tqdm

            bar = tqdm(total=len(chunks), desc="Embeddings", unit="avsnitt")
        vectors = self._embed_resumable([f"chunk:{c.id}" for c in chunks], [c.embed_text() for c in chunks], bar)
        if bar:
            bar.close()
        return {c.id: v for c, v in zip(chunks, vectors)}

    def _sparse(self, chunks: list[Chunk], old_build: Path | None) -> tuple[SparseIndex, int]:
        """Sparse vectors of every chunk: the old build's row for an unchanged chunk, encoded otherwise."""
        reuse = {}
        if old_build is not None:
            try:
                reuse = SparseIndex.load(old_build / "sparse").rows([c.id for c in chunks])
            except (OSError, ValueError):  # an older or damaged build only costs encoding
                reuse = {}
        return SparseIndex.build([c.id for c in chunks], [c.embed_text() for c in chunks], self.sparse_encoder, reuse)

    def _unit_vectors(self, chunks: list[Chunk], old_build: Path | None,
                      progress: bool) -> tuple[list[str], np.ndarray, int]:
        """(texts, vectors, how many were embedded now) of every answer unit; known texts reuse the old build's."""
        texts = unit_texts(chunks)
        known: dict[str, np.ndarray] = {}
        if old_build is not None:
            try:
                stored = read_unit_vectors(old_build)
            except (OSError, ValueError):  # a damaged file only costs re-embedding
                stored = None
            if stored is not None:
                known = dict(zip(*stored))
        todo = [t for t in texts if t not in known]
        bar = None
        if progress and todo:
            from tqdm import tqdm

            bar = tqdm(total=len(todo), desc="Meningar", unit="mening")
        fresh = self._embed_resumable([f"unit:{unit_key(t)}" for t in todo], todo, bar) if todo else []
        if bar:
            bar.close()
        known.update(zip(todo, fresh))
        matrix = np.vstack([known[t] for t in texts]) if texts else np.zeros((0, self.embedder.dimension), np.float32)
        return texts, matrix, len(todo)

    def _write_build(self, build: Path, chunks: list[Chunk], vectors: dict, state: dict,
                     problems: list[Problem], sparse: SparseIndex) -> None:
        import numpy as np

        write_chunks(build / "chunks.jsonl", chunks)
        glossary = build_glossary(chunks, seed_terms(self.settings.corpus_dir))
        (build / "glossary.json").write_text(json.dumps(glossary, ensure_ascii=False, indent=1), encoding="utf-8")
        KeywordIndex.analysed([c.embed_text() for c in chunks]).save(build / "keyword")
        sparse.save(build / "sparse")
        store = VectorStore(self.settings, build, create=True)
        try:
            if chunks:
                store.add(chunks, np.vstack([vectors[c.id] for c in chunks]))
            if store.count() != len(chunks):
                raise RuntimeError(f"valideringen misslyckades: {store.count()} vektorer för {len(chunks)} avsnitt")
            write_dense_vectors(build, store, [c.id for c in chunks])  # what answering reads
        finally:
            store.close()
        pause_point("chroma")
        manifest = {
            "embedding_model": self.embedder.model_id,
            "chunker_version": CHUNKER_VERSION,
            "chromadb_version": chromadb_version(),
            "search_index_version": SEARCH_INDEX_VERSION,
            "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "chunks": len(chunks),
            "dimension": int(next(iter(vectors.values())).shape[0]) if vectors else 0,
            "files": state,
            "problems": [asdict(p) for p in problems],
            "checksums": file_checksums(build),
        }
        (build / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")


def unit_key(text: str) -> str:
    """The key of an answer unit's vector among an interrupted run's saved vectors."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def unit_texts(chunks: list[Chunk]) -> list[str]:
    """Every text the answer composer scores against a question, once: sentences, list intros and
    items, section paths and headings, document titles."""
    texts: dict[str, None] = {}
    for chunk in chunks:
        parts = [*split_sentences(chunk.text), chunk.list_intro, *split_sentences(chunk.list_intro), *chunk.items,
                 chunk.section, *chunk.section.split(SECTION_SEP), chunk.title]
        texts.update((t, None) for t in parts if t and t.strip())
    return list(texts)
