"""Web hardening around Gradio's FastAPI app: one ASGI middleware and a SIGTERM drain.

`WebGuard` sits inside Gradio's own middleware (it is passed to FastAPI through `app_kwargs`) and,
for every HTTP request:

- refuses a `Host` header that is not one of the configured host names (DNS rebinding);
- refuses a cross-origin request (an `Origin` other than the page's own) unless the origin is
  configured in `ASSISTANT_ALLOWED_ORIGINS` – Gradio's CORS layer would let any localhost origin,
  with credentials, read the answers;
- caps the request body at `ASSISTANT_MAX_REQUEST_BYTES` (413, before the body is read);
- turns a lone UTF-16 surrogate escape in a JSON body ("\\ud800", not a character) into a space, so
  neither the chat stream nor the API dies on text that cannot be encoded, and the question is answered;
- locks out a client after `login_failures_allowed` failed logins for `login_lockout_seconds` (429);
- requires login for `/gradio_api/cancel` and `/gradio_api/reset` when login is configured;
- counts running answers and, while the server drains after SIGTERM, refuses new ones (503).

All refusals are short JSON bodies with a Swedish `error`.
"""

from __future__ import annotations

import json
import re
import signal
import socket
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlsplit

from .settings import Settings

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict]]
Send = Callable[[dict], Awaitable[None]]

TOO_LARGE = "Förfrågan är för stor."
WRONG_HOST = "Okänt värdnamn."
WRONG_ORIGIN = "Förfrågningar från andra webbplatser är inte tillåtna."
LOCKED_OUT = "För många misslyckade inloggningar. Försök igen om {seconds} sekunder."
NOT_LOGGED_IN = "Logga in först."
DRAINING = "Tjänsten startar om. Försök igen om en stund."

_LOCAL_NAMES = ("localhost", "127.0.0.1", "::1")
# JSON escapes read left to right: an escaped backslash, a surrogate pair, or a lone surrogate.
_ESCAPES = re.compile(rb"\\\\|\\u[dD][89abAB][0-9a-fA-F]{2}(?:\\u[dD][c-fC-F][0-9a-fA-F]{2})?"
                      rb"|\\u[dD][c-fC-F][0-9a-fA-F]{2}")


def without_lone_surrogates(body: bytes) -> bytes:
    """A JSON body with each lone UTF-16 surrogate escape (not a character) replaced by a space."""
    def fix(match: re.Match) -> bytes:
        text = match.group()
        return text if text == b"\\\\" or len(text) == 12 else b" "

    return _ESCAPES.sub(fix, body)


# Requests that run or stream an answer (counted for the drain, refused while draining).
_ANSWER_PATHS = ("/queue/join", "/queue/data", "/call/", "/run/", "/api/")
_LOGIN_REQUIRED = ("/gradio_api/cancel", "/gradio_api/reset")


def _hostname(value: str) -> str:
    """The host name of a Host header or origin, lower-case, without port or brackets."""
    if "//" not in value:
        value = "//" + value
    try:
        return (urlsplit(value).hostname or "").lower()
    except ValueError:
        return ""


def _same_origin(origin: str, host: str) -> bool:
    """Whether an Origin header names the page's own site: the same host and port as the Host header."""
    try:
        parts = urlsplit(origin)
        port = parts.port
    except ValueError:
        return False
    default = {"http": 80, "https": 443}.get(parts.scheme)
    netloc = (parts.hostname or "") + (f":{port}" if port and port != default else "")
    wanted = host.lower()
    if default and wanted.endswith(f":{default}"):
        wanted = wanted.rsplit(":", 1)[0]
    return bool(parts.hostname) and netloc.lower() == wanted


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def allowed_hosts(settings: Settings) -> frozenset[str]:
    """Host names the server answers to: the bind address, loopback names and ASSISTANT_ALLOWED_HOSTS."""
    names = {*_LOCAL_NAMES, *(_hostname(h) for h in _split(settings.allowed_hosts))}
    if settings.host in ("0.0.0.0", "::", ""):
        names |= {socket.gethostname().lower(), socket.getfqdn().lower()}
    else:
        names.add(_hostname(settings.host))
    names |= {_hostname(o) for o in _split(settings.allowed_origins)}
    return frozenset(n for n in names if n)


def capped_texts(texts: list[str], max_chars: int) -> list[str]:
    """The most recent texts whose lengths add up to at most `max_chars` (history sent by a client)."""
    kept, total = [], 0
    for text in reversed(texts):
        total += len(text)
        if total > max_chars:
            break
        kept.append(text)
    return kept[::-1]


def api_input(question: Any, history: Any, document: Any) -> tuple[str, list[str], str | None]:
    """The `/ask` arguments checked: API clients that send the wrong types get a clear Swedish error."""
    import gradio as gr

    if not isinstance(question, str):
        raise gr.Error("Fältet question ska vara en fråga som text (en sträng).", print_exception=False)
    if history is not None and (not isinstance(history, list) or not all(isinstance(h, str) for h in history)):
        raise gr.Error("Fältet history ska vara en lista med tidigare frågor (strängar) eller null.",
                       print_exception=False)
    if document is not None and not isinstance(document, str):
        raise gr.Error('Fältet document ska vara ett filnamn, en dokumenttitel eller "*".', print_exception=False)
    return question, list(history or []), document


def _json_error(status: int, message: str, headers: dict[str, str] | None = None):
    body = json.dumps({"error": message}, ensure_ascii=False).encode("utf-8")
    head = [(b"content-type", b"application/json; charset=utf-8"), (b"content-length", str(len(body)).encode())]
    head += [(k.encode(), v.encode()) for k, v in (headers or {}).items()]

    async def respond(send: Send) -> None:
        await send({"type": "http.response.start", "status": status, "headers": head})
        await send({"type": "http.response.body", "body": body})

    return respond


class _BodyTooLarge(Exception):
    pass


class WebGuard:
    """The ASGI middleware (see the module docstring); one instance per server."""

    def __init__(self, app, settings: Settings, state: GuardState) -> None:
        self.app = app
        self.settings = settings
        self.state = state
        self.hosts = allowed_hosts(settings)
        self.origins = frozenset(o.rstrip("/").lower() for o in _split(settings.allowed_origins))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        path = scope.get("path", "")
        refusal = self._refusal(scope, headers, path)
        if refusal is not None:
            await refusal(send)
            return
        if path.rstrip("/").endswith("/login") and scope.get("method") == "POST":
            await self._login(scope, receive, send, headers)
            return
        answer = any(part in path for part in _ANSWER_PATHS)
        if answer:
            self.state.started()
        started = False

        async def tracked(message: dict) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, await self._body(scope, receive, headers), tracked)
        except _BodyTooLarge:
            if not started:
                await _json_error(413, TOO_LARGE)(send)
        finally:
            if answer:
                self.state.finished()

    def _refusal(self, scope: Scope, headers: dict[str, str], path: str):
        """The response that refuses this request before it reaches Gradio, or None."""
        host = headers.get("host", "")
        if _hostname(host) not in self.hosts:
            return _json_error(400, WRONG_HOST)
        origin = headers.get("origin")
        if origin and origin.rstrip("/").lower() not in self.origins and not _same_origin(origin, host):
            return _json_error(403, WRONG_ORIGIN)
        length = headers.get("content-length", "")
        if length.isdigit() and int(length) > self.settings.max_request_bytes:
            return _json_error(413, TOO_LARGE)
        if self.state.draining and any(part in path for part in ("/queue/join", "/call/", "/run/", "/api/")):
            return _json_error(503, DRAINING)
        if path.rstrip("/").endswith(_LOGIN_REQUIRED) and not self._logged_in(scope, headers):
            return _json_error(401, NOT_LOGGED_IN)
        return None

    @staticmethod
    def _logged_in(scope: Scope, headers: dict[str, str]) -> bool:
        """Gradio's own session check: its access-token cookie names a logged-in user (or no login is set)."""
        app = scope.get("app")
        if app is None or getattr(app, "auth", None) is None:
            return True
        cookies = {}
        for part in headers.get("cookie", "").split(";"):
            key, _, value = part.strip().partition("=")
            cookies[key] = value
        cookie_id = getattr(app, "cookie_id", "")
        token = cookies.get(f"access-token-{cookie_id}") or cookies.get(f"access-token-unsecure-{cookie_id}")
        return bool(token) and token in getattr(app, "tokens", {})

    async def _body(self, scope: Scope, receive: Receive, headers: dict[str, str]) -> Receive:
        """A `receive` replaying the body, read whole up to the size cap (413 beyond it); in JSON
        bodies lone surrogate escapes become spaces."""
        if scope.get("method") not in ("POST", "PUT", "PATCH"):
            return receive
        chunks, size, more = [], 0, True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                return _replay([message])
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            if size > self.settings.max_request_bytes:
                raise _BodyTooLarge
            more = message.get("more_body", False)
        body = b"".join(chunks)
        if "json" in headers.get("content-type", ""):
            body = without_lone_surrogates(body)
        return _replay([{"type": "http.request", "body": body, "more_body": False}], receive)

    async def _login(self, scope: Scope, receive: Receive, send: Send, headers: dict[str, str]) -> None:
        client = (scope.get("client") or ("?", 0))[0]
        wait = self.state.locked_for(client)
        if wait > 0:
            await _json_error(429, LOCKED_OUT.format(seconds=int(wait) + 1), {"retry-after": str(int(wait) + 1)})(send)
            return
        status = 0

        async def watched(message: dict) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, await self._body(scope, receive, headers), watched)
        except _BodyTooLarge:
            await _json_error(413, TOO_LARGE)(send)
            return
        self.state.login_result(client, ok=status < 400)


def _replay(messages: list[dict], then: Receive | None = None) -> Receive:
    """A `receive` that returns these messages first, then waits on the real one (disconnects)."""
    pending = list(messages)

    async def receive() -> dict:
        if pending:
            return pending.pop(0)
        if then is None:
            return {"type": "http.disconnect"}
        return await then()

    return receive


class GuardState:
    """What the guard remembers across requests: failed logins per client, running answers, draining."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._lock = threading.Lock()
        self._failures: dict[str, tuple[int, float]] = {}  # client -> (failures in a row, locked until)
        self._running = 0
        self.draining = False

    def locked_for(self, client: str) -> float:
        """Seconds this client must still wait before trying to log in again (0 when it may)."""
        with self._lock:
            _, until = self._failures.get(client, (0, 0.0))
        return max(0.0, until - time.monotonic())

    def login_result(self, client: str, ok: bool) -> None:
        """Count a failed login (locking the client out after too many) or forget them after a success."""
        with self._lock:
            if ok:
                self._failures.pop(client, None)
                return
            count = self._failures.get(client, (0, 0.0))[0] + 1
            until = 0.0
            if count >= self.settings.login_failures_allowed:
                until, count = time.monotonic() + self.settings.login_lockout_seconds, 0
            self._failures[client] = (count, until)
            if len(self._failures) > 10_000:  # many clients: forget the oldest entries
                for key in list(self._failures)[:5_000]:
                    del self._failures[key]

    def started(self) -> None:
        with self._lock:
            self._running += 1

    def finished(self) -> None:
        with self._lock:
            self._running -= 1

    @property
    def running(self) -> int:
        """Requests that run or stream an answer right now."""
        with self._lock:
            return self._running

    def drain(self, grace: float, busy: Callable[[], int] = lambda: 0) -> None:
        """Refuse new answers, then wait (at most `grace` seconds) until the running ones are done."""
        self.draining = True
        deadline = time.monotonic() + grace
        while (self.running or busy()) and time.monotonic() < deadline:
            time.sleep(0.05)


def app_kwargs(settings: Settings, state: GuardState) -> dict:
    """`Blocks.launch(app_kwargs=...)`: the guard as FastAPI middleware (inside Gradio's CORS layer)."""
    from starlette.middleware import Middleware

    return {"middleware": [Middleware(WebGuard, settings=settings, state=state)]}


def drain_on_sigterm(demo, settings: Settings, state: GuardState) -> None:
    """On SIGTERM finish the running answers (up to `shutdown_grace_seconds`), then stop like Ctrl-C."""
    if threading.current_thread() is not threading.main_thread():
        return  # signal handlers can only be installed in the main thread (tests launch elsewhere)

    def busy() -> int:
        queue = getattr(demo, "_queue", None)
        return queue.get_active_worker_count() if queue is not None else 0

    def on_sigterm(signum, frame) -> None:
        state.drain(settings.shutdown_grace_seconds, busy)
        raise KeyboardInterrupt  # Gradio's launch loop closes the server on it

    signal.signal(signal.SIGTERM, on_sigterm)
