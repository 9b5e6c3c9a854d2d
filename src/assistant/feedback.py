"""Thumbs up/down from the web chat, kept in `log_dir/feedback.jsonl`, and exported as draft eval lines.

Each rating is one appended JSON line. A later line with the same `id` (the user changed the
rating or added a comment) replaces the earlier one when the file is read back. Lines are written
masked (no personnummer, phone numbers or e-mail addresses) and removed after
`Settings.log_retention_days` (see logstore.py).
"""

from __future__ import annotations

import argparse
import json
import sys
import uuid
from collections.abc import Iterable, Sequence
from datetime import datetime, timezone
from pathlib import Path

from .logstore import append_log
from .privacy import masked
from .settings import Settings

FEEDBACK_FILE = "feedback.jsonl"
RATINGS = ("up", "down", "withdrawn")
MAX_COMMENT_CHARS = 2000
MAX_FIELD_CHARS = 20_000  # question, answer and passages are cut to this before masking


def feedback_path(settings: Settings) -> Path:
    """Where the chat's ratings are appended."""
    return Path(settings.log_dir) / FEEDBACK_FILE


def record_feedback(settings: Settings, *, question: str, answer: str, sources: Sequence[dict],
                    rating: str, comment: str = "", history: Sequence[str] = (),
                    feedback_id: str | None = None) -> str:
    """Append one rating of one answer; returns its id (pass it again to replace the rating)."""
    if rating not in RATINGS:
        raise ValueError(f"rating must be one of {RATINGS}, not {rating!r}")
    entry = {
        "id": feedback_id or uuid.uuid4().hex,
        "time": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "rating": rating,
        "comment": str(comment or "").strip()[:MAX_COMMENT_CHARS],
        "question": _cut(question),
        "history": [_cut(h) for h in history][-20:],
        "answer": _cut(answer),
        "sources": [{"title": _cut(s.get("title", "")), "section": _cut(s.get("section", "")),
                     "text": _cut(s.get("text", ""))} for s in sources][:20],
    }
    write_entry(feedback_path(settings), entry, settings.log_retention_days)
    return entry["id"]


def _cut(text: object) -> str:
    """A field of a rating as text, bounded before it is masked."""
    return str(text or "")[:MAX_FIELD_CHARS]


def write_entry(path: Path, entry: dict, retention_days: int | None = None) -> None:
    """The one place a feedback line is written: personal data masked, expired lines dropped."""
    append_log(path, entry, retention_days)


def read_feedback(path: Path) -> list[dict]:
    """The latest entry per id, in the order the ids first appeared; unreadable lines are skipped."""
    if not path.exists():
        return []
    latest: dict[str, dict] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        try:
            entry = json.loads(raw)
        except json.JSONDecodeError:
            continue
        if isinstance(entry, dict) and entry.get("id"):
            latest[str(entry["id"])] = entry
    return list(latest.values())


def draft_eval_cases(entries: Iterable[dict]) -> list[dict]:
    """Disliked answers as eval lines for a maintainer to complete (expected passages, key facts)."""
    drafts = []
    for entry in entries:
        if entry.get("rating") != "down" or not str(entry.get("question", "")).strip():
            continue
        case = {
            "id": f"feedback-{len(drafts) + 1}",
            "question": entry["question"],
            "expected_passages": [],
            "answer_must_contain": [],
            "answerable": True,
            "draft": True,
            "comment": entry.get("comment", ""),
            "answer_given": entry.get("answer", ""),
        }
        if entry.get("history"):
            case["history"] = list(entry["history"])
        drafts.append(case)
    return drafts


def export_cli(args: argparse.Namespace, settings: Settings) -> int:
    """`assistant feedback export [--out FILE]`: draft eval lines to stdout or a file."""
    path = feedback_path(settings)
    # Masked again: lines written before a detection rule existed must not reach the eval set.
    drafts = masked(draft_eval_cases(read_feedback(path)))
    text = "".join(json.dumps(case, ensure_ascii=False) + "\n" for case in drafts)
    out = getattr(args, "out", None)
    if out:
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        Path(out).write_text(text, encoding="utf-8")
        print(f"{len(drafts)} utkast skrivna till {out} (från {path})", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0
