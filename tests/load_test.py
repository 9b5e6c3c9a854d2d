"""Load test: N gradio_client users ask eval questions against the chat for a bounded time.

Standalone (starts `assistant serve` on a free loopback port with the current ASSISTANT_* settings,
or uses --url and --pid of a running one):

    .venv/bin/python tests/load_test.py --seconds 300 --users 20

prints requests, errors, p50/p95 latency and the server's RSS before and after; `--floor` runs the same
load against an app that answers at once (gradio's and the clients' own cost on the machine). The test suite
runs the same `run_load` for ASSISTANT_LOAD_SECONDS (default 60) against an in-process server.
Only 127.0.0.1 is ever contacted.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


@dataclass
class LoadResult:
    """What a load run measured."""

    seconds: float
    users: int
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    rss_before_mb: float = 0.0
    rss_warm_mb: float = 0.0  # after the first fifth of the run: caches and thread arenas are in place
    rss_after_mb: float = 0.0
    rss_peak_mb: float = 0.0

    @property
    def requests(self) -> int:
        """Answered requests."""
        return len(self.latencies)

    @property
    def rss_growth_mb(self) -> float:
        """Server memory growth over the run."""
        return self.rss_after_mb - self.rss_before_mb

    @property
    def rss_growth_warm_mb(self) -> float:
        """Server memory growth after warm-up (what a leak would show as)."""
        return self.rss_after_mb - self.rss_warm_mb

    def percentile(self, q: float) -> float:
        """Latency percentile in seconds (0 when nothing was answered)."""
        if not self.latencies:
            return 0.0
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]

    def summary(self) -> str:
        """A few lines for the terminal."""
        mean = statistics.mean(self.latencies) if self.latencies else 0.0
        return (f"{self.users} användare i {self.seconds:.0f} s: {self.requests} svar "
                f"({self.requests / max(self.seconds, 1e-9):.2f}/s), {len(self.errors)} fel\n"
                f"latens p50 {self.percentile(50):.2f} s, p95 {self.percentile(95):.2f} s, "
                f"medel {mean:.2f} s, max {max(self.latencies, default=0):.2f} s\n"
                f"serverns RSS före {self.rss_before_mb:.0f} MB, efter uppvärmning {self.rss_warm_mb:.0f} MB, "
                f"efter {self.rss_after_mb:.0f} MB (tillväxt {self.rss_growth_mb:+.0f} MB, efter uppvärmning "
                f"{self.rss_growth_warm_mb:+.0f} MB, topp {self.rss_peak_mb:.0f} MB)")


def rss_mb(pid: int) -> float:
    """Resident memory of a process (Linux /proc), in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def eval_questions(path: Path = REPO / "eval" / "questions.jsonl") -> list[str]:
    """The eval set's questions."""
    return [json.loads(line)["question"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def run_load(url: str, seconds: float, users: int, questions: list[str], pid: int | None = None) -> LoadResult:
    """`users` threads, each its own gradio_client, asking in turn until `seconds` have passed."""
    from gradio_client import Client

    result = LoadResult(seconds=seconds, users=users)
    lock = threading.Lock()
    clients = [Client(url, verbose=False, download_files=False) for _ in range(users)]
    if pid:
        result.rss_before_mb = result.rss_peak_mb = rss_mb(pid)
    started = time.monotonic()
    deadline = started + seconds

    def user(n: int) -> None:
        i = n
        while time.monotonic() < deadline:
            question = questions[i % len(questions)]
            i += users
            started = time.perf_counter()
            try:
                answer = clients[n].predict(question, [], "*", api_name="/ask")
                if not isinstance(answer, dict) or not str(answer.get("answer", "")).strip():
                    raise ValueError(f"tomt eller konstigt svar: {answer!r:.200}")
            except Exception as exc:  # every failure is counted, none stops the run
                with lock:
                    result.errors.append(f"{question}: {type(exc).__name__}: {exc}")
                continue
            with lock:
                result.latencies.append(time.perf_counter() - started)

    threads = [threading.Thread(target=user, args=(n,), daemon=True) for n in range(users)]
    for thread in threads:
        thread.start()
    while any(t.is_alive() for t in threads):
        if pid:
            rss = rss_mb(pid)
            result.rss_peak_mb = max(result.rss_peak_mb, rss)
            if not result.rss_warm_mb and time.monotonic() - started >= seconds / 5:
                result.rss_warm_mb = rss
        time.sleep(1)
    if pid:
        result.rss_after_mb = rss_mb(pid)
    return result


def _serve(port: int) -> subprocess.Popen:
    """`assistant serve` on 127.0.0.1:port, returned once the page answers."""
    server = subprocess.Popen([sys.executable, "-m", "assistant.cli", "serve", "--host", "127.0.0.1",
                               "--port", str(port)], cwd=REPO)
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"servern avslutades (kod {server.returncode})")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5):
                return server
        except OSError:
            time.sleep(2)
    server.kill()
    raise SystemExit("servern startade inte inom 10 minuter")


def _floor_server() -> tuple[str, object]:
    """Gradio's own floor: an in-process app whose /ask answers at once with a dict of the real answer's
    size (no retrieval, no model), queued like the chat (two at a time). The same load against it shows
    what gradio and the gradio_client users cost on this machine before any answering."""
    import gradio as gr

    sys.path.insert(0, str(REPO))
    from tests.browser.server import free_port

    def ask(question: str, history: list[str] | None = None, document: str | None = None) -> dict:
        return {"answer": "svar " * 80, "answered": True,
                "citations": [{"title": "titel", "section": "avsnitt", "text": "text " * 120}] * 4}

    with gr.Blocks() as demo:
        gr.api(ask, api_name="ask")
    demo.queue(default_concurrency_limit=2, max_size=64, api_open=False)
    port = free_port()
    demo.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True)
    return f"http://127.0.0.1:{port}/", demo


def main(argv: list[str] | None = None) -> int:
    """Run a load test from the command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=float(os.environ.get("ASSISTANT_LOAD_SECONDS", "60")))
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--url", default=None, help="en redan startad chatt (bara 127.0.0.1)")
    parser.add_argument("--pid", type=int, default=None, help="serverns process-id (för minnesmätning)")
    parser.add_argument("--json", default=None, help="skriv resultatet som JSON hit")
    parser.add_argument("--floor", action="store_true",
                        help="samma last mot en gradio-app som svarar direkt (gradios eget golv på maskinen)")
    args = parser.parse_args(argv)
    if args.url and not args.url.startswith(("http://127.0.0.1", "http://localhost")):
        parser.error("lasttestet kör bara mot 127.0.0.1")
    server = floor = None
    url, pid = args.url, args.pid
    if args.floor:
        url, floor = _floor_server()
        pid = os.getpid()
    elif url is None:
        sys.path.insert(0, str(REPO))
        from tests.browser.server import free_port

        port = free_port()
        server = _serve(port)
        url, pid = f"http://127.0.0.1:{port}/", server.pid
    try:
        result = run_load(url, args.seconds, args.users, eval_questions(), pid)
    finally:
        if server is not None:
            server.terminate()
            server.wait(30)
        if floor is not None:
            floor.close()
    print(result.summary())
    for error in result.errors[:10]:
        print("  fel:", error)
    if args.json:
        Path(args.json).write_text(json.dumps({
            "seconds": args.seconds, "users": args.users, "requests": result.requests, "errors": len(result.errors),
            "p50": result.percentile(50), "p95": result.percentile(95), "rss_before_mb": result.rss_before_mb,
            "rss_warm_mb": result.rss_warm_mb, "rss_after_mb": result.rss_after_mb,
            "rss_peak_mb": result.rss_peak_mb}, indent=1))
    return 1 if result.errors else 0


if __name__ == "__main__":
    sys.exit(main())
