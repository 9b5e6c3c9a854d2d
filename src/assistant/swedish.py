"""The Swedish language rules in one home: folding, compounds, question words, answer kinds.

Every word list and regex that says something about Swedish (or about how staff ask in
English) lives here, so a rule is changed in one place and checked by the fast unit tests in
tests/test_swedish.py.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence


def fold(word: str) -> str:
    """å/ä/ö/é → a/a/o/e, for matching questions typed without Swedish letters."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def compound_match(a: str, b: str) -> bool:
    """Swedish compounds: "sjukvårdsnämnd" matches "nämnd" (shared head of 5+ letters)."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 5 and (long.endswith(short) or long.startswith(short))

# ---------------------------------------------------------------- answer kinds
# A passage can be on topic and still not hold the fact asked for ("När ska sjukhuset i Kiruna
# stå klart?" finds the passage about the new hospital, which gives no date). These checks look
# at what kind of answer the question asks for, and whether the answer has one.

_NUMBER_WORDS = ("en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tretton|fjorton|femton|tjugo|"
                 "hundra|tusen|hälften|dubbelt|majoritet|flest|one|two|three|four|five|six|ten")
_ASKS = {
    "money": (re.compile(r"\b(kosta\w*|\w*kostnad\w*|\w*budget\w*|pris\w*|\w*lön\w*|tjänar|arvode\w*|cost\w*|price|salar\w*)\b", re.I),
              re.compile(r"(\bkr\b|kronor|\bmiljon\w*|\bmiljard\w*|\bmnkr\b|\bmkr\b|\bsek\b|€|\$)", re.I)),
    "number": (re.compile(r"\b(hur många|hur stor\w*|hur mycket|hur ofta|antal\w*|how many|how much)\b", re.I),
               re.compile(rf"(\d|\b({_NUMBER_WORDS})\b)", re.I)),
    "date": (re.compile(r"(^\s*när\b|\bnär (ska|antogs|beslutades|fattades|inrättades|infördes|hölls|publicerades|"
                        r"började|startade|blir|kommer)\b|\boch när\b|\bvilket (år|datum)\b|\bhur länge\b|^\s*when\b|\band when\b|\bwhat year\b)", re.I),
             re.compile(r"(\b(19|20)\d\d\b|[–-]\d\d\b|\b\d{6}\b|\b\d{1,2}/\d{1,2}\b|\b(januari|februari|mars|april|maj|juni|juli|"
                        r"augusti|september|oktober|november|december|våren|hösten|sommaren|vintern)\b)", re.I)),
}
_CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ]?[a-zåäöé]+)?|[A-ZÅÄÖ]{2,}\d*)\b")


_WHO = re.compile(r"^\s*(vem|vilka personer|who)\b", re.I)


def asked_kind(question: str) -> str | None:
    """"money", "number", "date" or "who" when the question asks for one; else None."""
    for kind, (asks, _) in _ASKS.items():
        if asks.search(question):
            return kind
    return "who" if _WHO.search(question) else None


def has_kind(kind: str, text: str) -> bool:
    """Whether text holds an answer of that kind (an amount, a number, a date, a name)."""
    text = re.sub(r"\[\d+\]", " ", text)
    if kind == "who":  # a name or a body: a capitalised word that does not start its sentence
        return any(re.search(r"\s[A-ZÅÄÖ][a-zåäö]", " " + sentence.strip()[1:])
                   for sentence in re.split(r"(?<=[.!?:])\s+|\n", text) if sentence.strip())
    return bool(_ASKS[kind][1].search(text))


def named_terms(question: str) -> set[str]:
    """Names and acronyms in the question (Kiruna, Stockholm, SVOM) – not its first word."""
    words = set()
    for match in _CAPITALISED.finditer(question.strip()):
        if match.start() == 0:
            continue
        words.add(fold(match.group(1).lower()))
    return words


def missing_names(question: str, passages: Sequence[str]) -> set[str]:
    """Names in the question that none of the cited passages mention."""
    names = named_terms(question)
    if not names:
        return set()
    words = {fold(w) for p in passages for w in re.findall(r"\w+", p.lower())}
    return {n for n in names if n not in words and not any(w.startswith(n[:max(4, len(n) - 3)]) for w in words)}
