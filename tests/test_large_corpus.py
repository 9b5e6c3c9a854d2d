"""Large corpora: progress from the start, and an interrupted ingest resumes with what it had embedded."""

from __future__ import annotations

import json
import signal
import subprocess
import sys

import pytest

from .conftest import CORPUS, REPO, copy_corpus, make_settings
from .test_reliability import _paused_ingest, cli, cli_env


@pytest.mark.slow
def test_killed_ingest_resumes_with_the_vectors_it_had_embedded(tmp_path):
    settings = make_settings(tmp_path, corpus=copy_corpus(tmp_path / "corpus"))
    proc = _paused_ingest(settings, "embedded-part")  # after the first saved slice of vectors
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    saved = list((settings.index_dir / "partial").rglob("*.npz"))
    assert saved and not (settings.index_dir / "CURRENT").exists()

    resumed = cli(settings, "ingest", "--json", "--quiet")
    assert resumed.returncode == 0, resumed.stderr
    report = json.loads(resumed.stdout)
    assert report["resumed"] >= 64 and report["chunks"] > 0
    assert report["embedded"] < report["chunks"] or report["units_embedded"] < report["units"]
    assert not (settings.index_dir / "partial").exists()  # published: the saved slices are gone

    ask = cli(settings, "ask", "--json", "Vad händer med Kiruna sjukhus?")
    assert ask.returncode == 0 and json.loads(ask.stdout)["answered"]


def _stderr_until(settings, stage: str) -> list[str]:
    """stderr lines of `assistant ingest` (with progress) until it pauses at `stage`; then it is killed."""
    proc = subprocess.Popen([sys.executable, "-m", "assistant.cli", "ingest"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, cwd=REPO,
                            env=cli_env(settings, ASSISTANT_TEST_PAUSE_AT=stage))
    lines = []
    try:
        for line in proc.stderr:
            lines.append(line.strip())
            if line.strip() == f"ASSISTANT_TEST_PAUSED {stage}":
                break
    finally:
        proc.kill()
        proc.wait(timeout=30)
    return lines


@pytest.mark.slow
def test_progress_is_reported_from_the_start(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = "".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt")))
    (corpus / "stor.txt").write_text(text * 4, encoding="utf-8")
    lines = _stderr_until(make_settings(tmp_path, corpus=corpus), "chunked")
    assert lines[0].startswith("Läser korpusen"), lines  # before any file is read
    assert lines[1].startswith("stor.txt (") and lines[1].endswith("MB) …"), lines
    assert any(line.startswith("Delar upp 1 dokument i avsnitt") for line in lines), lines
