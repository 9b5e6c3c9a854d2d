#!/usr/bin/env python3
"""Check eval/questions.jsonl against the source documents.

Usage:
    python eval/check_questions.py [CORPUS_DIR] [QUESTIONS_FILE]

CORPUS_DIR defaults to ../shared/corpus (next to the repository) and falls back to the
repository's own corpus/; QUESTIONS_FILE defaults to questions.jsonl next to this script.
Every *.txt file in CORPUS_DIR is one document.

Checked for every line: valid JSON object with the contract's keys and types; a unique id
of ASCII letters, digits and dashes; known tags; for answerable questions at least one
expected passage (4-12 words) and 1-3 key facts (1-4 words); for unanswerable ones no key
facts. Every expected passage and key fact must occur in at least one document, compared
case-insensitively after collapsing all whitespace to single spaces.

Prints one line per failure and exits 1 if there is any; exits 0 otherwise.
Standard library only.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent

REQUIRED = {"id": str, "question": str, "expected_passages": list,
            "answer_must_contain": list, "answerable": bool}
OPTIONAL = {"all_passages": bool, "history": list, "tags": list}
TAGS = {"exact", "paraphrase", "misspelled", "english", "list", "cross-document",
        "follow-up", "unanswerable", "glossary", "reverse-lookup", "dates",
        # kinds of question (what is asked for, how it is asked)
        "section", "summary", "contrast", "comparison", "number", "definition", "lookup",
        "yesno", "role", "preamble", "sloppy"}
ID_RE = re.compile(r"^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$")
# Bullet glyphs and private-use characters (PDF extraction leftovers) must not be in a passage.
GLYPH_RE = re.compile("[\u2022\u25aa\u25cf\u25e6\u25a0\u25a1\u27a2\u27a4\u25ba\uf000-\uf8ff]")
PASSAGE_WORDS = (4, 12)
FACT_WORDS = (1, 4)
MAX_FACTS = 3


def normalize(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def default_corpus() -> Path:
    shared = REPO.parent / "shared" / "corpus"
    return shared if shared.is_dir() else REPO / "corpus"


def load_documents(corpus: Path) -> dict[str, str]:
    docs = {p.name: normalize(p.read_text(encoding="utf-8")) for p in sorted(corpus.glob("*.txt"))}
    if not docs:
        sys.exit(f"no *.txt documents in {corpus}")
    return docs


def check_case(obj: object, docs: dict[str, str]) -> list[str]:
    """Problems with one question (empty list: fine)."""
    if not isinstance(obj, dict):
        return ["not a JSON object"]
    problems = []
    for key, typ in REQUIRED.items():
        if key not in obj:
            problems.append(f"missing key {key!r}")
        elif not isinstance(obj[key], typ):
            problems.append(f"{key!r} should be {typ.__name__}")
    for key, typ in OPTIONAL.items():
        if key in obj and not isinstance(obj[key], typ):
            problems.append(f"{key!r} should be {typ.__name__}")
    unknown = set(obj) - set(REQUIRED) - set(OPTIONAL)
    if unknown:
        problems.append(f"unknown keys {sorted(unknown)}")
    if problems:
        return problems

    if not ID_RE.match(obj["id"]):
        problems.append(f"id {obj['id']!r} is not ASCII letters, digits and dashes")
    if not obj["question"].strip():
        problems.append("empty question")
    for key in ("expected_passages", "answer_must_contain", "history", "tags"):
        if any(not isinstance(s, str) or not s.strip() for s in obj.get(key, [])):
            problems.append(f"{key!r} should hold non-empty strings")
            return problems

    passages, facts, tags = obj["expected_passages"], obj["answer_must_contain"], obj.get("tags", [])
    bad_tags = sorted(set(tags) - TAGS)
    if bad_tags:
        problems.append(f"unknown tags {bad_tags}")
    if obj["answerable"]:
        if not passages:
            problems.append("answerable question without expected_passages")
        if not 1 <= len(facts) <= MAX_FACTS:
            problems.append(f"answerable question should have 1-{MAX_FACTS} answer_must_contain")
        if "unanswerable" in tags:
            problems.append("tagged 'unanswerable' but answerable is true")
    else:
        if facts:
            problems.append("unanswerable question should have answer_must_contain []")
        if "unanswerable" not in tags:
            problems.append("answerable is false but the 'unanswerable' tag is missing")
    if obj.get("all_passages") and len(passages) < 2:
        problems.append("all_passages needs at least two expected_passages")
    for tag in ("follow-up", "role"):
        if tag in tags and not obj.get("history"):
            problems.append(f"tagged {tag!r} but has no history")

    corpus_text = list(docs.values())
    for label, strings, (lo, hi) in (("passage", passages, PASSAGE_WORDS), ("fact", facts, FACT_WORDS)):
        for s in strings:
            words = len(s.split())
            if not lo <= words <= hi:
                problems.append(f"{label} has {words} words (want {lo}-{hi}): {s!r}")
            if GLYPH_RE.search(s):
                problems.append(f"{label} contains a bullet/private-use glyph: {s!r}")
            if not any(normalize(s) in text for text in corpus_text):
                problems.append(f"{label} not found in any document: {s!r}")
    return problems


def main(argv: list[str]) -> int:
    corpus = Path(argv[1]) if len(argv) > 1 else default_corpus()
    questions = Path(argv[2]) if len(argv) > 2 else HERE / "questions.jsonl"
    docs = load_documents(corpus)

    failures, seen, tags, total = [], {}, Counter(), 0
    for number, line in enumerate(questions.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        total += 1
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            failures.append(f"line {number}: invalid JSON: {exc}")
            continue
        ident = obj.get("id") if isinstance(obj, dict) else None
        for problem in check_case(obj, docs):
            failures.append(f"line {number} ({ident}): {problem}")
        if isinstance(ident, str):
            if ident in seen:
                failures.append(f"line {number} ({ident}): duplicate id, first on line {seen[ident]}")
            seen.setdefault(ident, number)
        if isinstance(obj, dict) and isinstance(obj.get("tags"), list):
            tags.update(t for t in obj["tags"] if isinstance(t, str))

    for failure in failures:
        print(failure)
    print(f"{total} questions, {len(docs)} documents in {corpus}")
    print("tags: " + ", ".join(f"{tag} {n}" for tag, n in sorted(tags.items())))
    if failures:
        print(f"FAILED: {len(failures)} problem(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
