"""Run the real web chat on 127.0.0.1 in a background thread for the UI and browser tests."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def running_chat(assistant, settings) -> Iterator[str]:
    """The chat served with the production launch options (port from settings); yields its URL."""
    from assistant.ui import build_ui, launch_options

    demo = build_ui(assistant, settings)
    demo.launch(**{**launch_options(settings), "prevent_thread_lock": True, "quiet": True})
    try:
        yield f"http://{settings.host}:{settings.port}/"
    finally:
        try:
            demo.close()
        except RuntimeError:
            # Gradio sets its asyncio stop event from this thread while the server's loop may still add waiters
            # (the heartbeats of the sessions a load test leaves open): "deque mutated during iteration". The flag
            # is set by then; what close() had left to do is stopping the server, which frees the port.
            if demo.server:
                demo.server.close()


def chat_settings(built, tmp_path, **overrides):
    """The session index's settings with a private log dir and a free port."""
    return built.model_copy(update={"log_dir": tmp_path / "logs", "port": free_port(), **overrides})
