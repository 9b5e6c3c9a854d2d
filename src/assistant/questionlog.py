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

from .logstore import append_log, entry_time, now_utc
from .privacy import NOTICE, find_personal_data, mask, masked
from .settings import Settings
from .types import Answer

QUESTION_LOG = "questions.jsonl"
MAX_LOGGED_CHARS = 1000  # a pasted novel is cut short; the rest says nothing about a gap
# Read this far past the cut before masking, so a personnummer across the cut is still whole.
_CUT_MARGIN = 40


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
    asked = _bounded(question if question is not None else answer.question)
    personal = find_personal_data(asked) or NOTICE in answer.notices  # the notice: masked upstream (query.py)
    entry = {
        "time": now_utc().isoformat(timespec="seconds"),
        "question": mask(asked)[:MAX_LOGGED_CHARS] if personal else asked[:MAX_LOGGED_CHARS],
        "outcome": outcome(answer),
        "answered": answer.answered,
        "top_score": round(max((float(c.score) for c in answer.citations), default=0.0), 4),
        "sources": [{"document": c.chunk.document, "section": c.chunk.section} for c in answer.citations],
        "latency_s": round(float(latency), 3),
        "channel": channel,
        "personal_data": bool(personal),
    }
    if answer.resolved_query and answer.resolved_query != answer.question:
        entry["resolved_query"] = mask(_bounded(answer.resolved_query))[:MAX_LOGGED_CHARS]
    return entry


def _bounded(text: object) -> str:
    """Whitespace collapsed, and only a little more than is logged, so masking costs little."""
    return " ".join(str(text or "")[:4 * (MAX_LOGGED_CHARS + _CUT_MARGIN)].split())[:MAX_LOGGED_CHARS + _CUT_MARGIN]


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
            yield masked(entry)  # lines written before a detection rule existed are masked now
