"""Ordlista and Kom igång, built from the corpus itself (at ingest), each entry cited.

Terms come from two places: acronyms the documents spell out ("Samordnad individuell plan
(SIP)"), and the staff vocabulary listed under "_glossary" in corpus/manifest.json (data a
maintainer can edit, not code). A term gets an entry only where a document defines it – the
spelled-out acronym, a sentence whose subject is the term ("Personcentrering handlar om …"), or
a term introduced by name ("ett så kallat patientkontrakt. Patientkontraktet bidrar …") – never
a sentence that merely mentions it.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .chunking import split_sentences
from .swedish import fold
from .types import Chunk

_ACRONYM = re.compile(r"\(([A-ZÅÄÖ]{2,6}\d?)\)")
_ACRONYM_FIRST = re.compile(r"\b([A-ZÅÄÖ]{2,6}\d?) \(([^()]{5,80})\)")  # "SOLH2 (Support Office for …)"
_NOT_TERMS = {"PDF", "URL", "EU", "FN"}
_MINOR_WORDS = {"och", "för", "i", "av", "om", "med", "på", "till", "the", "of", "and", "for", "in"}
# "X är / innebär / handlar om …": the verbs of a definition, strongest first.
_STRONG_VERBS = r"är|innebär|betyder|handlar om|avser|definieras som"
_WEAK_VERBS = r"utgör|består av|fokuserar på|syftar till"
_SUBJECT = re.compile(rf"^[\s”\"“]*(?P<subject>\S+(?:\s+\S+){{0,3}}?)\s+(?P<verb>{_STRONG_VERBS}|{_WEAK_VERBS})\b", re.I)
# "Omställningen som benämns nära vård handlar om …", "ett så kallat patientkontrakt".
_NAMED = r"(?:som (?:benämns|kallas)|så kalla(?:de|d|t))"
_FOLLOW_UP = re.compile(r"^(?:Det|Den|De) (?:är|innebär|betyder)\b")

GETTING_STARTED = (
    ("Målbild", "Vad är strategins målbild?"),
    ("Förutsättningar", "Vilka förutsättningar är viktiga för omställningen?"),
    ("Riktningsförändringar", "Vilka är riktningsförändringarna?"),
    ("Exempel", "Vilka exempel på områden att arbeta med finns för öppnare vårdformer?"),
    ("Nämndens uppdrag", "Vad ansvarar hälso- och sjukvårdsnämnden för?"),
)


@dataclass(frozen=True)
class Definition:
    """The text that defines a term, how strongly, and the chunk it comes from. `spelled` is set when
    the documents never spell an acronym out and its letters match a name beside it (`infer_acronym`):
    the answer has to say that it is read from the letters."""

    text: str
    strength: float
    chunk: Chunk
    term: str = ""
    spelled: str = ""


INFERRED_STRENGTH = 3.0  # an acronym read from the letters of a name beside it: as strong as a subject definition
MIN_ACRONYM_PART = 3     # a compound's part that gives an acronym letter ("samverkans|råd") has at least this many letters


def _spells(letters: str, words: Sequence[str]) -> bool:
    """Whether words spell an acronym by their initials, a compound giving one letter per part
    ("Regionens samverkansråd" -> R, S(amverkans), R(åd) = RSR); minor words may give none."""
    if not words:
        return not letters
    word, rest = words[0].lower(), words[1:]
    if word in _MINOR_WORDS and _spells(letters, rest):
        return True
    if not letters or word[:1] != letters[0]:
        return False

    def parts(i: int, left: str) -> bool:  # the letters left after the word's part that starts at i
        if _spells(left, rest):
            return True
        return bool(left) and any(word[j] == left[0] and parts(j, left[1:])
                                  for j in range(i + MIN_ACRONYM_PART, len(word) - MIN_ACRONYM_PART + 1))
    return parts(0, letters[1:])


def infer_acronym(acronym: str, chunks: Sequence[Chunk]) -> Definition | None:
    """For an acronym the documents use but never spell out ("Förslag till RSR 230206"), the sentence
    beside it that names something with its letters ("Regionens samverkansråd ställer sig bakom …"):
    in a passage that uses the acronym, or the next one of its document."""
    letters = acronym.lower()
    pattern = re.compile(rf"\b{re.escape(acronym)}\b")
    for i, chunk in enumerate(chunks):
        if not (pattern.search(chunk.text) or pattern.search(chunk.section)):
            continue
        near = [chunk] + [c for c in chunks[i + 1:i + 2] if c.document == chunk.document]
        for candidate in near:
            for sentence in [*_prose_sentences(candidate), *candidate.items]:
                words = re.findall(r"[\wåäöÅÄÖ]+", sentence)
                for start, first in enumerate(words):
                    if not first[:1].isupper() or first.isupper():
                        continue  # a name starts with a capital; the acronym itself is no spelling of it
                    for end in range(start + 1, min(len(words), start + len(acronym) + 2) + 1):
                        if _spells(letters, words[start:end]):
                            return Definition(sentence, INFERRED_STRENGTH, candidate, acronym,
                                              spelled=" ".join(words[start:end]))
    return None


def _sentences(chunks: Sequence[Chunk]) -> Iterator[tuple[tuple[str, ...], Chunk]]:
    """Each chunk's paragraph sentences (list items are examples, never definitions)."""
    for chunk in chunks:
        yield _prose_sentences(chunk), chunk


@lru_cache(maxsize=8192)
def _prose_sentences(chunk: Chunk) -> tuple[str, ...]:
    """One chunk's sentences before its list, split once: a "Vad är X?" looks through every chunk."""
    prose = chunk.text
    if chunk.items:
        prose = prose.split(f"- {chunk.items[0]}")[0]
    return tuple(split_sentences(prose))


@lru_cache(maxsize=8192)
def _folded_prose(chunk: Chunk) -> str:
    """The chunk's prose sentences, lower-cased and å/ä/ö folded, for a quick "is the term here at all"."""
    return _fold(" ".join(_prose_sentences(chunk)))


def _fold(text: str) -> str:
    return fold(text.lower())


def mentions(term: str, text: str) -> bool:
    """The term (or an inflected/compound form starting with it) occurs in text (å/ä/ö folded, so
    "halsoframjande" finds "hälsofrämjande")."""
    return re.search(rf"(?<!\w){re.escape(_fold(term))}", _fold(text)) is not None


def expand_acronym(acronym: str, sentence: str) -> str:
    """The words before "(ACR)" that spell it out ("Samordnad individuell plan"), or ""."""
    head = sentence.split(f"({acronym})")[0].split()
    for n in range(1, min(len(head), len(acronym) + 3) + 1):
        words = head[-n:]
        content = [w for w in words if w.lower().strip(",") not in _MINOR_WORDS]
        if words[0][:1].lower() == acronym[0].lower() and len(content) >= max(1, len(acronym) - 2):
            return " ".join(words).rstrip(",")
    return ""


def _named_definition(term: str, sentences: Sequence[str], i: int) -> str:
    """"… ett så kallat patientkontrakt. Patientkontraktet bidrar … Det är en överenskommelse …"."""
    if not re.search(rf"{_fold(_NAMED)}\s+{re.escape(_fold(term))}", _fold(sentences[i]), re.I):
        return ""
    if re.search(rf"{_fold(_NAMED)}\s+{re.escape(_fold(term))}\w*\s+(?:{_fold(_STRONG_VERBS)})\b", _fold(sentences[i]), re.I):
        return sentences[i]  # "Omställningen som benämns nära vård handlar om …"
    group = [sentences[i]]
    for follow in sentences[i + 1:i + 3]:
        if not (mentions(term, follow.split(" ", 1)[0]) or _FOLLOW_UP.match(follow)):
            break
        group.append(follow)
    return " ".join(group) if len(group) > 1 else ""


APPOSITIVE_STRENGTH = 3.0  # "det nya vårdinformationsstödet Cosmic": what a name is, said before it (as strong as a subject)


def _appositive_strength(term: str, sentence: str) -> float:
    """How clearly a sentence says what a name is by the noun right before it ("Enligt plan har det nya
    vårdinformationsstödet Cosmic införts …" says Cosmic is a vårdinformationsstöd); 0 when it does not."""
    if not term[:1].isupper() or term.isupper():
        return 0.0  # (a name, not a common word nor an acronym, which has its own rule)
    said = re.search(rf"\b(?:det|den|de)\s+(?:\w+\s+)?\w{{6,}}(?:et|en|n)\s+{re.escape(term)}\b", sentence)
    return APPOSITIVE_STRENGTH if said and len(sentence) >= 30 else 0.0


def _subject_strength(term: str, sentence: str) -> float:
    """How clearly the sentence defines the term as its subject (0 = it does not)."""
    match = _SUBJECT.match(sentence)
    if not match or not mentions(term, match.group("subject")) or len(sentence) < 30:
        return 0.0
    first = _fold(match.group("subject")).lstrip("”\"“ ")
    strong = re.fullmatch(_STRONG_VERBS, match.group("verb"), re.I) is not None
    return 2.0 + strong + (first.startswith(_fold(term)) or first.split(" ", 1)[-1].startswith(_fold(term)))


# Two documents that say a sentence in nearly the same words (the committee's plan repeats the strategy):
# a character-level similarity ratio at least this high.
NEARLY_SAME = 0.85


def nearly_same(a: str, b: str) -> bool:
    """Whether two sentences say the same in nearly the same words ("i högre grad" / "i allt högre grad")."""
    return difflib.SequenceMatcher(None, a.lower(), b.lower()).ratio() >= NEARLY_SAME


def _better(candidate: Definition, best: Definition, ranked: dict[str, int]) -> bool:
    """Whether a candidate definition beats the best so far: stronger; of two nearly the same in two
    places, the one the question's search ranked higher; else the shorter."""
    if candidate.strength != best.strength:
        return candidate.strength > best.strength
    rank, best_rank = ranked.get(candidate.chunk.id, len(ranked)), ranked.get(best.chunk.id, len(ranked))
    if rank != best_rank and nearly_same(candidate.text, best.text):
        return rank < best_rank
    return len(candidate.text) < len(best.text)


def find_definition(term: str, chunks: Sequence[Chunk], ranked: Sequence[str] = ()) -> Definition | None:
    """The passage that defines the term, preferring a term named and explained, then a subject;
    `ranked` (chunk ids, best first) decides between two nearly the same definitions."""
    best: Definition | None = None
    order = {cid: i for i, cid in enumerate(ranked)}
    folded = _fold(term)
    for sentences, chunk in _sentences(chunks):
        if folded not in _folded_prose(chunk):
            continue  # the term is nowhere in this chunk's prose: no sentence of it can define it
        for i, sentence in enumerate(sentences):
            if not mentions(term, sentence):
                continue
            named = _named_definition(term, sentences, i)
            candidate = Definition(named, 5.0, chunk, term) if named else \
                Definition(sentence, max(_subject_strength(term, sentence), _appositive_strength(term, sentence)),
                           chunk, term)
            if candidate.strength and (best is None or _better(candidate, best, order)):
                best = candidate
    return best


def define(term: str, chunks: Sequence[Chunk], ranked: Sequence[str] = ()) -> Definition | None:
    """Where the chunks define a term: an acronym spelled out, else `find_definition`."""
    if term.isupper() and 2 <= len(term) <= 7:
        return _acronym_definitions(chunks).get(term) or infer_acronym(term, chunks)
    return find_definition(term, chunks, ranked)


def echo_of(definition: Definition, chunks: Sequence[Chunk]) -> tuple[Chunk, str] | None:
    """Another document's passage that says the definition in nearly the same words, with that sentence."""
    for sentences, chunk in _sentences(chunks):
        if chunk.document == definition.chunk.document:
            continue
        for sentence in sentences:
            if nearly_same(sentence, definition.text):
                return chunk, sentence
    return None


def _acronym_definitions(chunks: Sequence[Chunk]) -> dict[str, Definition]:
    found: dict[str, Definition] = {}
    for chunk in chunks:
        for acronym, definition in _chunk_acronyms(chunk):
            found.setdefault(acronym, definition)  # the first chunk that spells it out
    return found


@lru_cache(maxsize=8192)
def _chunk_acronyms(chunk: Chunk) -> tuple[tuple[str, Definition], ...]:
    """The acronyms one chunk spells out, in order (worked out once per chunk)."""
    found: dict[str, Definition] = {}
    for sentence in [*_prose_sentences(chunk), *chunk.items]:
        for match in _ACRONYM.finditer(sentence):
            acronym = match.group(1)
            expansion = expand_acronym(acronym, sentence) if acronym not in _NOT_TERMS else ""
            if expansion and acronym not in found:
                found[acronym] = Definition(f"{expansion} ({acronym})", 5.0, chunk, acronym)
        for match in _ACRONYM_FIRST.finditer(sentence):
            acronym, spelled = match.groups()
            if acronym not in found and expand_acronym(acronym, f"{spelled} ({acronym})") == spelled:
                found[acronym] = Definition(match.group(0), 5.0, chunk, acronym)
    return tuple(found.items())


def build_glossary(chunks: Sequence[Chunk], seed_terms: Sequence[str] = ()) -> list[dict]:
    """[{term, definition, chunk_id, document, title, section}] for the terms the corpus defines."""
    definitions = _acronym_definitions(chunks)
    for term in {t.strip() for t in seed_terms if t.strip()}:
        found = find_definition(term, chunks)
        if found:
            definitions[term] = found
    return [{"term": term, "definition": d.text, "chunk_id": d.chunk.id, "document": d.chunk.document,
             "title": d.chunk.title, "section": d.chunk.section}
            for term, d in sorted(definitions.items(), key=lambda x: x[0].lower())]


def seed_terms(corpus_dir: Path) -> list[str]:
    """Staff vocabulary from the manifest's "_glossary" list (empty if none)."""
    path = corpus_dir / "manifest.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return []
    terms = data.get("_glossary", [])
    return [t for t in terms if isinstance(t, str)]
