"""Shared fixtures: the real converted model and a real Chroma index, built once per session.

All state (index, logs, feedback) points at pytest's tmp dirs through Settings; only the
converted model is shared with the developer's cache (`.cache/`, built by `assistant setup`).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"
CACHE = Path(os.environ.get("ASSISTANT_CACHE_DIR", REPO / ".cache"))


def make_settings(tmp: Path, corpus: Path = CORPUS, **overrides):
    """Settings with every writable path under `tmp`, the model cache shared."""
    from assistant.settings import Settings

    return Settings(**{"corpus_dir": corpus, "index_dir": tmp / "index", "log_dir": tmp / "logs",
                       "cache_dir": CACHE, **overrides})


def small_corpus(dest: Path, names: tuple[str, ...] = ("norrbotten-malbild-2021.txt",)) -> Path:
    """A writable corpus of a few real documents (with their manifest entries), for tests about the
    index's mechanics that need not embed the whole corpus."""
    import json

    dest.mkdir(parents=True)
    for name in names:
        shutil.copy(CORPUS / name, dest / name)
    manifest = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))
    (dest / "manifest.json").write_text(json.dumps({n: manifest[n] for n in names if n in manifest},
                                                   ensure_ascii=False), encoding="utf-8")
    return dest


def copy_corpus(dest: Path) -> Path:
    """A private, writable copy of the real corpus."""
    shutil.copytree(CORPUS, dest)
    return dest


@pytest.fixture(scope="session")
def embedder(tmp_path_factory):
    """The real converted multilingual-e5-small, loaded once."""
    from assistant.embedding import Embedder

    return Embedder(make_settings(tmp_path_factory.mktemp("model")))


@pytest.fixture(scope="session")
def built(tmp_path_factory, embedder):
    """Settings of a real index built from the real corpus, once per test run: under pytest-xdist the
    workers share one build (the first to need it builds it under a file lock, the others wait and read
    it; each worker keeps its own logs). Tests that change an index copy this one first."""
    from filelock import FileLock

    from assistant.ingest import Ingestor

    own = tmp_path_factory.mktemp("built")
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        settings = make_settings(own)
        Ingestor(settings, embedder).run()
        return settings
    shared = tmp_path_factory.getbasetemp().parent / "shared-index"  # this run's directory, shared by its workers
    settings = make_settings(own, index_dir=shared / "index")
    with FileLock(str(shared) + ".lock"):
        if not (shared / "built").exists():
            Ingestor(settings, embedder).run()
            (shared / "built").write_text("ok", encoding="utf-8")
    return settings


@pytest.fixture(scope="session")
def assistant(built, embedder):
    """An Assistant over the session's index."""
    from assistant.service import Assistant

    return Assistant(built, embedder)
