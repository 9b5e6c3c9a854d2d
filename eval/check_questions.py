#!/usr/bin/env python3
"""Check eval/questions.jsonl against the source documents.

Usage:
    python eval/check_questions.py [CORPUS_DIR] [QUESTIONS_FILE] [--absent-words[=PREFIX]]

CORPUS_DIR defaults to ../shared/corpus (next to the repository) and falls back to the
repository's own corpus/; QUESTIONS_FILE defaults to questions.jsonl next to this script.
Every *.txt file in CORPUS_DIR is one document.

Checked for every line: valid JSON object with the contract's keys and types; a unique id
of ASCII letters, digits and dashes; known tags; for answerable questions at least one
expected passage (4-12 words) and 1-3 key facts (1-4 words); for unanswerable ones no key
facts. Every expected passage and key fact must occur in at least one document, compared
case-insensitively after collapsing all whitespace to single spaces; a key fact may add other
forms after "|" ("221202 | 2022-12-02"), which need not occur in the documents.

With --absent-words (opt-in), every question whose id starts with PREFIX (default "para2-")
must be a true paraphrase: none of its key words may occur in its expected passages. Key words
are the question's words of five letters or more that are not question or function words and
not names (capitalised inside the question); a key word occurs when its crude Swedish stem
(common endings removed) equals the stem of a passage word.

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
ROLE_SAID_RE = re.compile(r"\b(?:som|jag är|är|jobbar|arbetar|usk|ssk)\b", re.I)
TAGS = {"exact", "paraphrase", "misspelled", "english", "list", "cross-document",
        "follow-up", "unanswerable", "glossary", "reverse-lookup", "dates",
        # kinds of question (what is asked for, how it is asked)
        "section", "summary", "contrast", "comparison", "number", "definition", "lookup",
        "yesno", "role", "preamble", "sloppy", "off-topic"}
ID_RE = re.compile(r"^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$")
# Bullet glyphs and private-use characters (PDF extraction leftovers) must not be in a passage.
GLYPH_RE = re.compile("[\u2022\u25aa\u25cf\u25e6\u25a0\u25a1\u27a2\u27a4\u25ba\uf000-\uf8ff]")
ABSENT_PREFIX = "para2-"
# Words that carry no topic: question words, auxiliaries, function words (Swedish and English).
FUNCTION_WORDS = set("""vilka vilken vilket varför finns kommer skulle kunna måste något några andra
    själv själva många mycket enligt också redan bara under mellan efter innan sedan about which where
    there their these those would could should""".split())
# Longest first: the crude stem removes one common inflection or derivation ending.
ENDINGS = sorted("""arna erna orna heten andet andes ande ende ades ade ats at het ens ets ast are
    aste ar er or en et na an a e s t""".split(), key=len, reverse=True)
WORD_RE = re.compile(r"\w+")
PASSAGE_WORDS = (4, 12)
FACT_WORDS = (1, 4)
FACT_ALTERNATIVES = "|"
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
    if "follow-up" in tags and not obj.get("history"):
        problems.append("tagged 'follow-up' but has no history")
    # a role question leans on the conversation, or says the asker's role itself ("jag är enhetschef …")
    if "role" in tags and not obj.get("history") and not ROLE_SAID_RE.search(obj["question"]):
        problems.append("tagged 'role' but has no history and says no role")

    corpus_text = list(docs.values())
    # A key fact's first form is verbatim from the documents; forms after "|" spell the same fact
    # another way (a date as a date) and are checked for length and glyphs only.
    checks = [("passage", p, PASSAGE_WORDS, True) for p in passages]
    checks += [("fact", form.strip(), FACT_WORDS, i == 0)
               for fact in facts for i, form in enumerate(fact.split(FACT_ALTERNATIVES))]
    for label, s, (lo, hi), verbatim in checks:
        if not s:
            problems.append(f"{label} has an empty form around {FACT_ALTERNATIVES!r}")
            continue
        words = len(s.split())
        if not lo <= words <= hi:
            problems.append(f"{label} has {words} words (want {lo}-{hi}): {s!r}")
        if GLYPH_RE.search(s):
            problems.append(f"{label} contains a bullet/private-use glyph: {s!r}")
        if verbatim and not any(normalize(s) in text for text in corpus_text):
            problems.append(f"{label} not found in any document: {s!r}")
    return problems


def stem(word: str) -> str:
    """A crude Swedish stem: the word without one common ending (at least four letters kept)."""
    word = word.lower()
    for ending in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[:-len(ending)]
    return word


def key_words(question: str) -> list[str]:
    """Topic words of a question: 5+ letters, not function words, not names."""
    out = []
    for i, match in enumerate(WORD_RE.finditer(question)):
        word = match.group(0)
        if len(word) < 5 or word.lower() in FUNCTION_WORDS or not word.isalpha():
            continue
        if i > 0 and word[0].isupper():
            continue
        out.append(word.lower())
    return out


def present_key_words(obj: dict) -> list[str]:
    """Key words of the question that do occur in one of its expected passages."""
    passage_stems = {stem(w) for p in obj.get("expected_passages", []) for w in WORD_RE.findall(p)}
    return [w for w in key_words(obj["question"]) if stem(w) in passage_stems]


def main(argv: list[str]) -> int:
    absent = None
    for arg in [a for a in argv[1:] if a.startswith("--absent-words")]:
        absent = arg.partition("=")[2] or ABSENT_PREFIX
        argv = [a for a in argv if a != arg]
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
        if absent is not None and isinstance(ident, str) and ident.startswith(absent) and isinstance(obj, dict):
            found = present_key_words(obj)
            if found:
                failures.append(f"line {number} ({ident}): key words occur in the expected passage: {found}")
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
