"""Web hardening against the real Gradio server: body cap, Host and Origin checks, login lockout,
cancel/reset behind login, lone surrogates and wrong types in /ask, the capped transcript, and a
SIGTERM that lets the running answer finish."""

from __future__ import annotations

import http.server
import json
import os
import signal
import subprocess
import sys
import threading
import time

import httpx
import pytest

from .browser.server import chat_settings, free_port, running_chat
from .conftest import REPO

QUESTION = "Vad händer med Kiruna sjukhus?"


@pytest.fixture(scope="module")
def guarded(assistant, built, tmp_path_factory):
    """The real chat with login on, one configured extra origin and a short lockout: (settings, url)."""
    settings = chat_settings(built, tmp_path_factory.mktemp("guard"), auth="anna:hemligt-lösen",
                             allowed_origins="https://intranat.example.se", login_failures_allowed=5,
                             login_lockout_seconds=4)
    with running_chat(assistant, settings) as url:
        yield settings, url


def _join(url: str, **headers: str) -> httpx.Response:
    return httpx.post(url + "gradio_api/queue/join", json={"data": [QUESTION, [], "*"], "fn_index": 0,
                                                           "session_hash": "x"}, headers=headers, timeout=30)


def test_unknown_host_names_are_refused(guarded):
    settings, url = guarded
    assert httpx.get(url, headers={"Host": "angripare.example"}, timeout=30).status_code == 400
    refused = httpx.get(url, headers={"Host": f"rebind.example:{settings.port}"}, timeout=30)
    assert refused.status_code == 400 and refused.json() == {"error": "Okänt värdnamn."}
    assert httpx.get(url, headers={"Host": f"localhost:{settings.port}"}, timeout=30).status_code == 200
    assert httpx.get(url, timeout=30).status_code == 200


def test_other_origins_are_refused_even_on_localhost(guarded):
    settings, url = guarded
    for origin in (f"http://localhost:{free_port()}", "http://127.0.0.1:1", "https://angripare.example", "null"):
        refused = _join(url, Origin=origin)
        assert refused.status_code == 403, origin
        assert refused.json() == {"error": "Förfrågningar från andra webbplatser är inte tillåtna."}
    # The page's own origin and the configured one reach Gradio (which then asks for the login).
    assert _join(url, Origin=f"http://127.0.0.1:{settings.port}").status_code == 401
    assert _join(url, Origin="https://intranat.example.se").status_code == 401


def test_large_bodies_are_refused_before_they_are_read(guarded):
    _, url = guarded
    started = time.perf_counter()
    big = httpx.post(url + "gradio_api/queue/join", content=b"{" + b" " * (20 * 2**20) + b"}",
                     headers={"Content-Type": "application/json"}, timeout=60)
    assert big.status_code == 413 and big.json() == {"error": "Förfrågan är för stor."}

    def chunks():  # no Content-Length: counted while it arrives
        for _ in range(64):
            yield b" " * 65536

    chunked = httpx.post(url + "login", content=chunks(), headers={"Content-Type": "application/x-www-form-urlencoded"},
                         timeout=60)
    assert chunked.status_code == 413
    print(f"refusing 20 MB + 4 MB chunked took {time.perf_counter() - started:.2f} s")


def test_repeated_failed_logins_are_locked_out(guarded):
    _, url = guarded
    statuses = [httpx.post(url + "login", data={"username": "anna", "password": f"fel{i}"}, timeout=30).status_code
                for i in range(20)]
    assert statuses[:5] == [400] * 5 and set(statuses[5:]) == {429}
    locked = httpx.post(url + "login", data={"username": "anna", "password": "hemligt-lösen"}, timeout=30)
    assert locked.status_code == 429 and "För många misslyckade inloggningar" in locked.json()["error"]
    assert int(locked.headers["retry-after"]) >= 1
    time.sleep(4.2)
    assert httpx.post(url + "login", data={"username": "anna", "password": "hemligt-lösen"}, timeout=30).status_code == 200


def test_cancel_and_reset_need_a_login(guarded):
    _, url = guarded
    for path in ("gradio_api/cancel", "gradio_api/reset"):
        refused = httpx.post(url + path, json={"session_hash": "x", "fn_index": 0, "event_id": "x"}, timeout=30)
        assert refused.status_code == 401 and refused.json() == {"error": "Logga in först."}, path
    with httpx.Client(base_url=url, timeout=30) as logged_in:
        assert logged_in.post("login", data={"username": "anna", "password": "hemligt-lösen"}).status_code == 200
        for path in ("gradio_api/cancel", "gradio_api/reset"):
            assert logged_in.post(path, json={"session_hash": "x", "fn_index": 0, "event_id": "x"}).status_code != 401


def test_lone_surrogates_and_wrong_types_in_ask_get_clear_answers(assistant, built, tmp_path):
    from gradio_client import Client

    settings = chat_settings(built, tmp_path)
    with running_chat(assistant, settings) as url:
        client = Client(url, verbose=False, download_files=False)
        # Written as JSON escapes, as a client in another language would send them (Python's own
        # HTTP clients cannot encode a lone surrogate at all).
        body = ('{"data": ["\\ud800Vad h\\u00e4nder med Kiruna\\udc00sjukhus?", ["\\udfff"], "*"]}').encode()
        event = httpx.post(url + "gradio_api/call/ask", content=body, headers={"Content-Type": "application/json"},
                           timeout=30).json()["event_id"]
        stream = httpx.get(url + f"gradio_api/call/ask/{event}", timeout=60).text
        assert "event: complete" in stream, stream
        (result,) = json.loads(stream.split("event: complete\ndata:", 1)[1].strip().splitlines()[0])
        assert result["answered"] and "gruvbrytning" in result["answer"]
        for args, field in (((123, [], "*"), "question"), ((QUESTION, "inte en lista", "*"), "history"),
                            ((QUESTION, [1, 2], "*"), "history"), ((QUESTION, [], 5), "document")):
            with pytest.raises(Exception, match=f"Fältet {field} ska vara"):
                client.predict(*args, api_name="/ask")
        assert client.predict(QUESTION, [], "*", api_name="/ask")["answered"]  # the server is fine


def test_lone_surrogate_escapes_are_replaced_and_valid_pairs_kept():
    from assistant.webguard import without_lone_surrogates

    body = rb'{"data": ["a\ud800b", "\udc00", "\ud83d\ude00", "\\ud800"]}'
    fixed = without_lone_surrogates(body)
    assert json.loads(fixed)["data"] == ["a b", " ", "\U0001f600", "\\ud800"]  # an escaped backslash stays


def test_the_chat_transcript_is_capped_and_ratings_still_find_their_turn(assistant, built, tmp_path):
    from assistant.ui import ChatHandlers, new_session

    from .test_ui import _like

    settings = chat_settings(built, tmp_path, max_history_chars=12_000)
    handlers = ChatHandlers(assistant, settings, delay=0)
    session, sizes = new_session(), []
    for _ in range(12):
        messages, _, session = list(handlers.respond(QUESTION, "*", session))[-1]
        sizes.append(len(json.dumps(messages, ensure_ascii=False)))
    assert max(sizes[4:]) < 2 * 12_000 and len(session["messages"]) < 12 * 3
    last = session["turns"][-1]
    assert messages[last["index"]]["content"] and messages[last["index"] - 1]["role"] == "user"
    pending, *_ = handlers.rate(session, _like(last["index"], False))
    assert pending["turn"]["id"] == last["id"]


# ------------------------------------------------------------------ SIGTERM: the running answer is finished


class SlowModel(http.server.BaseHTTPRequestHandler):
    """A generative-model server that takes 4 s and then fails: the answer falls back to the extractive one.

    A fake, because this test is about shutdown, not generation: it makes one answer last long
    enough to send SIGTERM while it runs.
    """

    def do_POST(self) -> None:  # noqa: N802 (http.server's name)
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        time.sleep(4)
        self.send_response(500)
        self.end_headers()

    def log_message(self, *args) -> None:
        pass


@pytest.mark.slow
def test_sigterm_lets_the_running_answer_finish_then_exits(built, tmp_path):
    from gradio_client import Client

    model = http.server.ThreadingHTTPServer(("127.0.0.1", 0), SlowModel)
    threading.Thread(target=model.serve_forever, daemon=True).start()
    port = free_port()
    env = {**os.environ, "ASSISTANT_INDEX_DIR": str(built.index_dir), "ASSISTANT_CORPUS_DIR": str(built.corpus_dir),
           "ASSISTANT_CACHE_DIR": str(built.cache_dir), "ASSISTANT_LOG_DIR": str(tmp_path / "logs"),
           "ASSISTANT_PORT": str(port), "ASSISTANT_LLM_URL": f"http://127.0.0.1:{model.server_port}/v1",
           "ASSISTANT_LLM_TIMEOUT": "10", "ASSISTANT_SHUTDOWN_GRACE_SECONDS": "45",  # (room for a busy CI machine)
           "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "GRADIO_ANALYTICS_ENABLED": "False"}
    log = (tmp_path / "serve.log").open("w")
    proc = subprocess.Popen([sys.executable, "-m", "assistant.cli", "serve"], cwd=REPO, env=env, stdout=log,
                            stderr=subprocess.STDOUT)
    try:
        url = f"http://127.0.0.1:{port}/"
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline:
            try:
                if httpx.get(url, timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.5)
        client = Client(url, verbose=False, download_files=False)
        job = client.submit(QUESTION, [], "*", api_name="/ask")
        time.sleep(1.5)  # the answer is now waiting for the slow model
        assert not job.done()
        proc.send_signal(signal.SIGTERM)
        time.sleep(0.5)
        refused = _join(url)  # new answers are refused while draining
        assert refused.status_code == 503 and refused.json() == {"error": "Tjänsten startar om. Försök igen om en stund."}
        result = job.result(timeout=60)
        assert result["answered"] and "gruvbrytning" in result["answer"]
        assert proc.wait(timeout=60) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        model.shutdown()
        log.close()
