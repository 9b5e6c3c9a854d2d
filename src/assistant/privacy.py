"""Personal data never kept: find and mask it, and keep the logs only for the retention period.

Staff are asked not to write personal data in questions; when they do anyway, the chat answers as
usual with a short notice, and every log line is masked before it is written. Detected:

- personnummer and samordningsnummer (day + 60): YYMMDD-NNNN, YYMMDD+NNNN, YYYYMMDDNNNN, with or
  without century and hyphen, only when the date is plausible and the Luhn check digit holds;
- Swedish phone numbers: 070-123 45 67, +46 70 123 45 67, 0046 70…, 08-123 456 78, 0920-123 45;
- e-mail addresses.

All logs go through `append_log`, which masks, appends whole lines under a lock shared by threads
and processes, and drops entries older than `Settings.log_retention_days`.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

NOTICE = "Skriv inte personuppgifter i frågor."
MASKS = {"personnummer": "[personnummer]", "samordningsnummer": "[samordningsnummer]",
         "telefonnummer": "[telefonnummer]", "e-post": "[e-post]"}

_ID_NUMBER = re.compile(r"(?<![\w+])(?P<century>\d{2})??(?P<date>\d{6})(?:[ ]?[-+–][ ]?|[ ])?(?P<serial>\d{4})(?!\w)")
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}(?![\w-])")
# A separator between digit groups: one space, a hyphen, a slash or a closing area-code bracket.
_SEP = r"(?:\)?[ \u00a0]?[-–/][ \u00a0]?|\)[ \u00a0]?|[ \u00a0])?"
_PHONE = re.compile(
    r"(?<![\w+\-/])(?:(?:\+|00)[ ]?46[ \u00a0-]?(?:\(0\)[ \u00a0]?)?|\(?0)[1-9]"
    rf"(?:{_SEP}\d){{5,8}}(?![\w])")

# One lock per process for threads; `fcntl.flock` on a sidecar file for other processes
# (the chat appending while `assistant stats` prunes).
_THREAD_LOCK = threading.Lock()


@dataclass(frozen=True)
class Finding:
    """One piece of personal data in a text: what kind, and where."""

    kind: str
    start: int
    end: int
    text: str


def luhn_ok(digits: str) -> bool:
    """True when the last digit is the Luhn check digit of the others (personnummer rule)."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def _id_kind(match: re.Match) -> str | None:
    """"personnummer", "samordningsnummer" or None for a YYMMDD-NNNN candidate."""
    century, date, serial = match.group("century"), match.group("date"), match.group("serial")
    if century is not None and century not in ("18", "19", "20"):
        return None
    month, day = int(date[2:4]), int(date[4:6])
    if not 1 <= month <= 12 or not luhn_ok(date + serial):
        return None
    if 1 <= day <= 31:
        return "personnummer"
    if 61 <= day <= 91:
        return "samordningsnummer"
    return None


def find_personal_data(text: str) -> list[Finding]:
    """Every personnummer, samordningsnummer, phone number and e-mail address in `text`, in order."""
    text = str(text or "")
    found: list[Finding] = []
    taken: list[tuple[int, int]] = []

    def add(kind: str, start: int, end: int) -> None:
        if not any(start < e and s < end for s, e in taken):
            taken.append((start, end))
            found.append(Finding(kind, start, end, text[start:end]))

    for match in _EMAIL.finditer(text):
        add("e-post", match.start(), match.end())
    for match in _ID_NUMBER.finditer(text):
        kind = _id_kind(match)
        if kind:
            add(kind, match.start(), match.end())
    for match in _PHONE.finditer(text):
        add("telefonnummer", match.start(), match.end())
    return sorted(found, key=lambda f: f.start)


def mask(text: str) -> str:
    """`text` with each piece of personal data replaced by its kind, e.g. "[personnummer]"."""
    text = str(text or "")
    parts, pos = [], 0
    for finding in find_personal_data(text):
        parts += [text[pos:finding.start], MASKS[finding.kind]]
        pos = finding.end
    parts.append(text[pos:])
    return "".join(parts)


def masked(value: Any) -> Any:
    """A JSON-like value with every string in it masked (keys are ours and left alone)."""
    if isinstance(value, str):
        return mask(value)
    if isinstance(value, dict):
        return {key: masked(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [masked(item) for item in value]
    return value


# ------------------------------------------------------------------ logs: masked lines, limited time


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
