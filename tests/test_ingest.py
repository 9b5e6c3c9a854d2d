"""Incremental ingest against a real Chroma index on disk: hashes, reuse, deletes, atomic swap."""

from __future__ import annotations

import json
import shutil

import pytest

from assistant.ingest import Ingestor
from assistant.service import Assistant
from assistant.store import IndexDir, IndexIncompatible, IndexMissing, IngestBusy

from .conftest import copy_corpus, make_settings, small_corpus


@pytest.fixture()
def private(tmp_path, embedder, built):
    """A writable corpus copy with its own copy of the session's real index."""
    settings = make_settings(tmp_path, corpus=copy_corpus(tmp_path / "corpus"))
    shutil.copytree(built.index_dir, settings.index_dir)
    first = Ingestor(settings, embedder).run()
    assert first.unchanged  # a copied index of the same corpus needs no work at all
    return settings, first


def test_unchanged_corpus_embeds_nothing(private, embedder):
    settings, first = private
    assert IndexDir(settings).manifest()["chunks"] == first.chunks > 50
    again = Ingestor(settings, embedder).run()
    assert again.unchanged and again.embedded == 0 and again.build == first.build


def test_changed_file_reembeds_only_its_chunks(private, embedder):
    settings, first = private
    index = IndexDir(settings)
    before = json.loads((index.current() / "manifest.json").read_text())
    path = settings.corpus_dir / "vasternorrland-malbild-skr-2021.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\n\nNy rad: regionen inför ett nytt samverkansråd.\n",
                    encoding="utf-8")
    report = Ingestor(settings, embedder).run()
    own = sum(1 for line in (index.current() / "chunks.jsonl").open() if '"vasternorrland' in line)
    assert report.changed_files == ["vasternorrland-malbild-skr-2021.txt"]
    assert 0 < report.embedded <= own
    assert report.reused == report.chunks - report.embedded
    assert report.build != first.build and before["files"] != IndexDir(settings).manifest()["files"]
    answer = Assistant(settings, embedder).ask("Vilket nytt råd inför regionen?")
    assert "samverkansråd" in answer.text


def test_deleted_file_disappears(private, embedder):
    settings, _ = private
    (settings.corpus_dir / "jamtland-harjedalen-malbild-fardplan.txt").unlink()
    report = Ingestor(settings, embedder).run()
    assert report.deleted_files == ["jamtland-harjedalen-malbild-fardplan.txt"] and report.embedded == 0
    assistant = Assistant(settings, embedder)
    assert all("jamtland" not in c.document for c in assistant.index.chunks)
    assert "jamtland-harjedalen-malbild-fardplan.txt" not in assistant.documents()


def test_crash_before_swap_keeps_old_index_serving(private, embedder, monkeypatch):
    settings, first = private
    assistant = Assistant(settings, embedder)
    before = assistant.ask("Vad ansvarar hälso- och sjukvårdsnämnden för?").to_dict()
    (settings.corpus_dir / "ny.md").write_text("# Ny plan\n\nRegionen ska bygga ett nytt sjukhus i Kiruna.\n",
                                               encoding="utf-8")

    def crash(self, build):
        raise KeyboardInterrupt("simulerad krasch före bytet")

    monkeypatch.setattr(IndexDir, "publish", crash)
    with pytest.raises(KeyboardInterrupt):
        Ingestor(settings, embedder).run()
    monkeypatch.undo()
    assert IndexDir(settings).current().name == first.build
    assert Assistant(settings, embedder).ask("Vad ansvarar hälso- och sjukvårdsnämnden för?").to_dict() == before
    report = Ingestor(settings, embedder).run()
    assert report.changed_files == ["ny.md"] and report.embedded >= 1


def test_second_ingest_is_refused_while_one_runs(private, embedder):
    settings, _ = private
    with IndexDir(settings).lock():
        with pytest.raises(IngestBusy, match="pågår redan"):
            Ingestor(settings, embedder).run()


def test_missing_and_incompatible_index_give_clear_messages(tmp_path, embedder):
    empty = make_settings(tmp_path / "empty")
    with pytest.raises(IndexMissing, match="assistant ingest"):
        _ = Assistant(empty, embedder).index
    # one small document: the test is about the index's model name, and a rebuild re-embeds every chunk
    settings = make_settings(tmp_path / "small", corpus=small_corpus(tmp_path / "corpus"))
    assert Ingestor(settings, embedder).run().embedded > 0
    manifest_path = IndexDir(settings).current() / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    manifest["embedding_model"] = "some/other-model"
    manifest_path.write_text(json.dumps(manifest))
    with pytest.raises(IndexIncompatible, match="ingest --rebuild"):
        _ = Assistant(settings, embedder).index
    report = Ingestor(settings, embedder).run()
    assert not report.unchanged and report.embedded == report.chunks  # nothing reused from another model
