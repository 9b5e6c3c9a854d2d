"""Ordlista and Kom igång, built from the corpus itself (at ingest), each entry cited.

Terms come from two places: acronyms the documents spell out ("Samordnad individuell plan
(SIP)"), and the staff vocabulary listed under "_glossary" in corpus/manifest.json (data a
maintainer can edit, not code). Each term gets the sentence that best defines it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path

from .chunking import split_sentences
from .types import Chunk

_ACRONYM = re.compile(r"\(([A-ZÅÄÖ]{2,6}\d?)\)")
_DEFINING = re.compile(r"^\s*(?:en |ett |den |det )?(?P<term>.{2,60}?)\s+(är|innebär|handlar om|består av|betyder|avser|utgör|fokuserar på)\b",
                       re.I)

GETTING_STARTED = (
    ("Målbild", "Vad är målbilden för nära vård?"),
    ("Förutsättningar", "Vilka förutsättningar är viktiga för omställningen?"),
    ("Riktningsförändringar", "Vilka är riktningsförändringarna?"),
    ("Exempel", "Vilka exempel på områden att arbeta med finns för öppnare vårdformer?"),
    ("Nämndens uppdrag", "Vad ansvarar hälso- och sjukvårdsnämnden för?"),
)


def _sentences(chunks: Sequence[Chunk]):
    for chunk in chunks:
        units = ([chunk.list_intro] if chunk.list_intro else []) + list(chunk.items) if chunk.items \
            else split_sentences(chunk.text)
        for sentence in units:
            yield sentence, chunk


_NOT_TERMS = {"PDF", "URL", "EU", "FN"}


def _score(term: str, sentence: str) -> float:
    low, t = sentence.lower(), term.lower()
    if term.isupper() and not re.search(rf"\b{re.escape(term)}\b", sentence):
        return 0.0  # acronyms match case-sensitively: SAM is not "tillsammans"
    if t not in low:
        return 0.0
    score = 1.0 if len(sentence) >= 40 else -0.5
    match = _DEFINING.match(sentence)
    if match and t in match.group("term").lower():
        score += 3.0
    if low.lstrip("”\" ").startswith(t) or f"({t})" in low:
        score += 2.0
    return score - len(sentence) / 1000


def build_glossary(chunks: Sequence[Chunk], seed_terms: Sequence[str] = ()) -> list[dict]:
    """[{term, definition, chunk_id, document, title, section}], one per term, sorted by term."""
    sentences = list(_sentences(chunks))
    terms = {m.group(1) for s, _ in sentences for m in _ACRONYM.finditer(s)} - _NOT_TERMS
    terms |= {t.strip() for t in seed_terms if t.strip()}
    entries = []
    for term in sorted(terms, key=str.lower):
        scored = [(_score(term, s), s, c) for s, c in sentences]
        scored = [x for x in scored if x[0] != 0.0]
        if not scored:
            continue
        _, sentence, chunk = max(scored, key=lambda x: x[0])
        if sentence in chunk.items:  # a bare list item: say which list it belongs to
            sentence = f"{sentence} – ett av exemplen under ”{chunk.section}”"
        entries.append({"term": term, "definition": sentence, "chunk_id": chunk.id, "document": chunk.document,
                        "title": chunk.title, "section": chunk.section})
    return entries


def seed_terms(corpus_dir: Path) -> list[str]:
    """Staff vocabulary from the manifest's "_glossary" list (empty if none)."""
    path = corpus_dir / "manifest.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return []
    terms = data.get("_glossary", [])
    return [t for t in terms if isinstance(t, str)]
