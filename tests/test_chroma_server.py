"""Client/server mode: with ASSISTANT_CHROMA_URL the vectors live in a real Chroma server.

Starts `chroma run` from the venv on a free loopback port with its data under tmp_path, ingests
the real corpus through it, answers a question with citations, re-ingests unchanged and with one
file changed, and stops the server by its PID.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from .conftest import make_settings, small_corpus

CHROMA = Path(sys.executable).parent / "chroma"
QUESTION = "Vilka exempel finns för öppnare vårdformer?"
CHANGED = "norrbotten-strategi-nara-vard.txt"
# three of the five documents: the test is about the server mode, and the whole corpus took a CI worker 90 s
DOCUMENTS = (CHANGED, "norrbotten-malbild-2021.txt", "vasternorrland-malbild-skr-2021.txt")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for_heartbeat(url: str, proc: subprocess.Popen, log: Path, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"chroma run avslutades med {proc.returncode}:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(f"Chroma-servern svarade inte inom {timeout} s:\n{log.read_text()[-3000:]}")


def _stop(proc: subprocess.Popen) -> None:
    """Terminate the server by its PID; kill it if it does not stop in time."""
    if proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=20)


@dataclass(frozen=True)
class ChromaServer:
    """A running `chroma run`: its URL, process and data folder."""

    url: str
    port: int
    proc: subprocess.Popen
    data: Path


@pytest.fixture
def chroma_server(tmp_path: Path) -> Iterator[ChromaServer]:
    """A Chroma server on 127.0.0.1 with its data under tmp_path; stopped again after the test."""
    assert CHROMA.is_file(), f"chromadb's CLI saknas: {CHROMA} (pip install chromadb)"
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    log = tmp_path / "chroma.log"
    data = tmp_path / "chroma-data"
    with log.open("w") as out:
        proc = subprocess.Popen(
            [str(CHROMA), "run", "--path", str(data), "--host", "127.0.0.1", "--port", str(port)],
            stdout=out, stderr=subprocess.STDOUT)
        try:
            _wait_for_heartbeat(url, proc, log)
            yield ChromaServer(url, port, proc, data)
        finally:
            _stop(proc)


def _pid_alive(pid: int) -> bool:
    """Whether a process with this PID still exists (the stopped server has been reaped by wait)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _port_free(port: int) -> bool:
    """Nothing listens on the port any more (SO_REUSEADDR: our closed client connections may linger)."""
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _server_count(url: str, collection: str) -> int:
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    port = int(url.rsplit(":", 1)[1])
    client = chromadb.HttpClient(host="127.0.0.1", port=port, settings=ChromaSettings(anonymized_telemetry=False))
    return client.get_collection(collection, embedding_function=None).count()


@pytest.mark.slow
def test_ingest_ask_and_reingest_through_a_chroma_server(tmp_path, embedder, chroma_server):
    server = chroma_server
    chroma_server = server.url
    from assistant.ingest import Ingestor
    from assistant.service import Assistant
    from assistant.store import COLLECTION_PREFIX, IndexDir, read_chunks

    corpus = small_corpus(tmp_path / "corpus", DOCUMENTS)
    settings = make_settings(tmp_path, corpus=corpus, chroma_url=chroma_server)

    first = Ingestor(settings, embedder).run()
    assert first.chunks > 0 and first.embedded == first.chunks
    build = IndexDir(settings).current()
    assert not (build / "chroma").exists(), "vektorerna ska ligga i servern, inte lokalt"
    assert _server_count(chroma_server, COLLECTION_PREFIX + build.name) == first.chunks

    answer = Assistant(settings, embedder).ask(QUESTION)
    assert answer.answered, answer.text
    assert answer.citations and "[1]" in answer.text
    assert any(c.chunk.document == CHANGED for c in answer.citations)
    assert "Mobila team" in answer.text

    again = Ingestor(settings, embedder).run()
    assert again.unchanged and again.embedded == 0 and again.build == build.name

    path = corpus / CHANGED
    path.write_text(path.read_text(encoding="utf-8") + "\n\nStrategin följs upp årligen av länets parter.\n",
                    encoding="utf-8")
    changed = Ingestor(settings, embedder).run()
    new_build = IndexDir(settings).current()
    file_chunks = sum(c.document == CHANGED for c in read_chunks(new_build / "chunks.jsonl"))
    assert changed.changed_files == [CHANGED]
    assert 0 < changed.embedded <= file_chunks
    assert changed.reused == changed.chunks - changed.embedded  # the other vectors came from the server
    assert _server_count(chroma_server, COLLECTION_PREFIX + new_build.name) == changed.chunks
    assert Assistant(settings, embedder).ask(QUESTION).answered

    # Stopped by its PID: the process is gone, its port is free, and what it wrote is intact on disk.
    _stop(server.proc)
    assert server.proc.returncode is not None and not _pid_alive(server.proc.pid)
    assert _port_free(server.port)
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    reopened = chromadb.PersistentClient(path=str(server.data), settings=ChromaSettings(anonymized_telemetry=False))
    stored = reopened.get_collection(COLLECTION_PREFIX + new_build.name, embedding_function=None)
    ids = [c.id for c in read_chunks(new_build / "chunks.jsonl")]
    assert stored.count() == changed.chunks and set(stored.get(ids=ids[:50])["ids"]) == set(ids[:50])
