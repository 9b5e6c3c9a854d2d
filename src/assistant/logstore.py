"""The app's logs on disk: masked JSON lines appended whole, kept only for the retention period.

Every log line is written by `append_log`, which masks personal data (privacy.masked), appends under
a lock shared by threads and processes, and drops entries older than `Settings.log_retention_days`.
"""

from __future__ import annotations

import fcntl
import json
import os
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from .privacy import masked

# One lock per process for threads; `fcntl.flock` on a sidecar file for other processes
# (the chat appending while `assistant stats` prunes).
_THREAD_LOCK = threading.Lock()



def now_utc() -> datetime:
    """The time stamped on log entries (timezone-aware UTC)."""
    return datetime.now(timezone.utc)


def entry_time(entry: Any) -> datetime | None:
    """When a log entry was written, from its ISO "time" field (naive times are UTC)."""
    try:
        stamp = datetime.fromisoformat(str(entry["time"]))
    except (KeyError, TypeError, ValueError):
        return None
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=timezone.utc)


def _kept(line: str, cutoff: datetime) -> bool:
    """A log line is kept while it is valid JSON dated within the retention period."""
    try:
        stamp = entry_time(json.loads(line))
    except json.JSONDecodeError:
        return False
    return stamp is not None and stamp >= cutoff


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Exclusive access to one log file, across threads and processes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with _THREAD_LOCK, open(path.parent / f".{path.name}.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _prune_unlocked(path: Path, retention_days: int, now: datetime) -> int:
    cutoff = now - timedelta(days=retention_days)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return 0
    keep = [line for line in lines if _kept(line, cutoff)]
    if len(keep) == len(lines):
        return 0
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write("".join(line + "\n" for line in keep))
    os.replace(tmp, path)
    return len(lines) - len(keep)


def prune_log(path: Path, retention_days: int, now: datetime | None = None) -> int:
    """Remove entries older than `retention_days` (and undatable lines); returns how many went."""
    path = Path(path)
    if not path.exists():
        return 0
    with _locked(path):
        return _prune_unlocked(path, retention_days, now or now_utc())


def _oldest_expired(path: Path, retention_days: int, now: datetime) -> bool:
    """Lines are appended in time order, so the first one tells whether anything has expired."""
    try:
        with path.open(encoding="utf-8") as fh:
            first = fh.readline().strip()
    except FileNotFoundError:
        return False
    return bool(first) and not _kept(first, now - timedelta(days=retention_days))


def append_log(path: Path, entry: dict, retention_days: int | None = None) -> None:
    """The one place a log line is written: masked, whole, and expired entries removed first."""
    line = json.dumps(masked(entry), ensure_ascii=False) + "\n"
    path = Path(path)
    with _locked(path):
        if retention_days is not None and _oldest_expired(path, retention_days, now_utc()):
            _prune_unlocked(path, retention_days, now_utc())
        with path.open("a", encoding="utf-8") as fh:
            fh.write(line)


def prune_logs(log_dir: Path, retention_days: int) -> int:
    """Apply the retention period to every `*.jsonl` log in `log_dir` (at start-up)."""
    log_dir = Path(log_dir)
    if not log_dir.is_dir():
        return 0
    return sum(prune_log(path, retention_days) for path in sorted(log_dir.glob("*.jsonl")))
