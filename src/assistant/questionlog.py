"""The question log: one masked JSON line per question, so maintainers see what the documents miss.

`logs/questions.jsonl` holds, per question: time, the question (personal data masked), whether it
was answered, refused or rejected, the best source's score, the sources used (document and
section) and the latency. The web chat writes it (ui.py); `record_question` is there for any
other caller. `assistant stats` reads it (stats.py). Entries older than
`Settings.log_retention_days` are removed.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from .privacy import append_log, entry_time, find_personal_data, mask, now_utc
from .settings import Settings
from .types import Answer

QUESTION_LOG = "questions.jsonl"
MAX_LOGGED_CHARS = 1000  # a pasted novel is cut short; the rest says nothing about a gap


def question_log_path(settings: Settings) -> Path:
    """Where the question log lives."""
    return Path(settings.log_dir) / QUESTION_LOG


def outcome(answer: Answer) -> str:
    """"answered", "refused" (the documents do not cover it) or "rejected" (empty, too long)."""
    if answer.answered:
        return "answered"
    return "rejected" if "rejected" in answer.flags else "refused"


def question_entry(answer: Answer, latency: float, *, question: str | None = None, channel: str = "chat") -> dict:
    """The log line of one question; `question` is the text as typed (default: the answer's)."""
    asked = " ".join(str(question if question is not None else answer.question).split())
    entry = {
        "time": now_utc().isoformat(timespec="seconds"),
        "question": _shortened(asked),
        "outcome": outcome(answer),
        "answered": answer.answered,
        "top_score": round(max((float(c.score) for c in answer.citations), default=0.0), 4),
        "sources": [{"document": c.chunk.document, "section": c.chunk.section} for c in answer.citations],
        "latency_s": round(float(latency), 3),
        "channel": channel,
        "personal_data": bool(find_personal_data(asked)),
    }
    if answer.resolved_query and answer.resolved_query != answer.question:
        entry["resolved_query"] = _shortened(answer.resolved_query)
    return entry


def _shortened(text: str) -> str:
    """Masked before it is cut, so no half personnummer survives at the cut."""
    return mask(text)[:MAX_LOGGED_CHARS]


def record_question(settings: Settings, answer: Answer, latency: float, *, question: str | None = None,
                    channel: str = "chat") -> dict | None:
    """Append one question to the log, masked; None when `Settings.question_log` is off."""
    if not settings.question_log:
        return None
    entry = question_entry(answer, latency, question=question, channel=channel)
    append_log(question_log_path(settings), entry, settings.log_retention_days)
    return entry


def read_questions(path: Path, since: date | None = None) -> Iterator[dict]:
    """The logged questions (from `since` on), skipping unreadable lines."""
    if not Path(path).exists():
        return
    with Path(path).open(encoding="utf-8") as fh:
        for raw in fh:
            try:
                entry = json.loads(raw)
            except json.JSONDecodeError:
                continue
            stamp = entry_time(entry) if isinstance(entry, dict) else None
            if stamp is None or (since and stamp.astimezone().date() < since):
                continue
            yield entry
