"""Compose an extractive answer in Swedish from the retrieved passages, every claim cited [n].

No language model is needed: the answer is made of the documents' own sentences and list
items. Citations can only point at passages that were retrieved, because the numbers are
assigned here, from those passages.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from .chunking import SECTION_SEP, split_sentences
from .keyword import Tokenizer
from .swedish import asked_kind, compound_match, has_kind
from .types import Chunk, Citation, DocumentMeta, Hit

_LIST_QUESTION = re.compile(
    r"\b(vilka|vilken|lista|räkna upp|nämn|ingår|exempel|punkter|delar|strategier|uppgifter|uppdrag|"
    r"prioriteringar|förutsättningar|ansvar\w*|which|list|examples|what are|responsib\w*)\b", re.I)
_REVERSE_QUESTION = re.compile(r"\b(vilken|vilket|under vilken|which)\b.*\b(passar|hör|tillhör|ingår|belong|fit)", re.I)


@dataclass
class Draft:
    """The answer being assembled: text lines and the chunks they cite, in citation order."""

    lines: list[str] = field(default_factory=list)
    cited: list[Chunk] = field(default_factory=list)
    used: dict[str, list[str]] = field(default_factory=dict)

    def cite(self, chunk: Chunk, used_text: str) -> int:
        """Citation number for chunk (assigned on first use)."""
        if chunk not in self.cited:
            self.cited.append(chunk)
        self.used.setdefault(chunk.id, []).append(used_text)
        return self.cited.index(chunk) + 1


def is_list_question(question: str) -> bool:
    """Whether the question asks for a list (examples, items, strategies …)."""
    return bool(_LIST_QUESTION.search(question))


class Composer:
    """Builds the cited extractive answer from hits; only retrieved chunks can be cited."""

    def __init__(self, embed_units: Callable[[Sequence[str]], np.ndarray] | None = None,
                 max_sentences: int = 3) -> None:
        self.tokenize = Tokenizer()
        self.embed_units = embed_units
        self.max_sentences = max_sentences
        self._cache: dict[str, np.ndarray] = {}
        self._qvec: np.ndarray | None = None
        self._kind: str | None = None
        self._names_one = False
        self._who = False
        self._acronyms: set[str] = set()

    def compose(self, question: str, hits: Sequence[Hit], all_chunks: Sequence[Chunk],
                metas: dict[str, DocumentMeta], query_vector: np.ndarray | None = None,
                own_words: str | None = None) -> tuple[str, list[Citation]]:
        """Answer text with [n] markers, and the numbered citations they point at.

        `question` is the resolved query (with a follow-up's context); `own_words` the user's
        latest question, which alone decides what kind of answer is asked for."""
        draft = Draft()
        own = own_words or question
        self._qvec = query_vector
        self._kind = asked_kind(own)
        self._acronyms = set(re.findall(r"\b[A-ZÅÄÖ]{2,}\b", own))
        self._names_one = bool(re.match(r"\s*(vilken|vilket|which)\b", own, re.I))
        self._who = bool(re.match(r"\s*(vem|vilka personer|who)\b", own, re.I))
        query_terms = set(self.tokenize(question))
        reverse = self._reverse(own, all_chunks, query_terms)
        list_hit = self._best_list(own, hits, all_chunks, query_terms) if not reverse else None
        if reverse:
            self._add_reverse(draft, reverse)
        elif list_hit is not None:
            self._add_lead(draft, hits, list_hit, query_terms)
            self._add_list(draft, list_hit, all_chunks, query_terms)
            self._add_related(draft, hits, list_hit, query_terms)
        else:
            self._add_sentences(draft, hits, query_terms)
        return "\n".join(draft.lines).strip(), self._citations(draft, hits, metas)

    def compose_comparison(self, question: str, groups: Sequence[tuple[str, Sequence[Hit]]],
                           metas: dict[str, DocumentMeta], query_vector: np.ndarray) -> tuple[str, list[Citation]]:
        """Side by side: for each region or document, its own best sentences, each cited."""
        draft = Draft()
        self._qvec = query_vector
        self._kind = asked_kind(question)
        self._acronyms = set()
        terms = set(self.tokenize(question))
        for label, hits in groups:
            picked = self._best_sentences(hits[:2], terms, limit=2)
            if not picked:
                continue
            cells = []
            for text, chunk in picked:
                cells.append(f"{text} [{draft.cite(chunk, text)}]")
            draft.lines.append(f"{label}: " + " ".join(cells))
        return "\n".join(draft.lines), self._citations(draft, [h for _, hs in groups for h in hs], metas)

    def _citations(self, draft: Draft, hits: Sequence[Hit], metas: dict[str, DocumentMeta]) -> list[Citation]:
        scores = {h.chunk.id: h.dense for h in hits}
        return [
            Citation(rank=i + 1, chunk=c, score=scores.get(c.id, 0.0),
                     meta=metas.get(c.document, DocumentMeta(name=c.document, title=c.title)),
                     used=tuple(draft.used.get(c.id, ())))
            for i, c in enumerate(draft.cited)
        ]

    # ------------------------------------------------------------ lists

    def _best_list(self, question: str, hits: Sequence[Hit], all_chunks: Sequence[Chunk],
                   terms: set[str]) -> Hit | None:
        """A list the question asks for, retrieved or in a retrieved passage's section, if it
        answers at least as well as the best single sentence does."""
        if not (is_list_question(question) or _REVERSE_QUESTION.search(question)):
            return None
        candidates: dict[str, tuple[float, Hit]] = {}
        for rank, hit in enumerate(hits[:8]):
            if hit.chunk.items:
                candidates.setdefault(hit.chunk.id, (1.0 / (rank + 1), hit))
            if rank < 3:
                for c in all_chunks:
                    if c.items and c.document == hit.chunk.document and c.section == hit.chunk.section:
                        candidates.setdefault(c.id, (0.8 / (rank + 1), Hit(c, hit.score, hit.dense, hit.keyword)))
        if not candidates:
            return None
        scored = []
        for prior, hit in candidates.values():
            texts = [t for t in (hit.chunk.list_intro, hit.chunk.section, *hit.chunk.items) if t]
            sim = float(self._unit_similarity(texts).max())
            head = self._list_head(hit.chunk) + " " + " ".join(hit.chunk.items)
            asked = self._asked_noun(question)
            labels = " ".join(i for i in hit.chunk.items if len(i.split()) <= 6)  # short items name things
            own_words = set(self.tokenize(f"{hit.chunk.list_intro} {hit.chunk.section} {labels}"))
            names_it = 0.5 if asked and asked in own_words else 0.0
            scored.append((2.0 * sim + 0.5 * self._overlap(terms, head) + 0.2 * prior + names_it, sim, hit, names_it))
        score, sim, best, named = max(scored, key=lambda s: s[0])
        if self._overlap(terms, self._list_head(best.chunk) + " " + " ".join(best.chunk.items)) == 0:
            return None
        others = [h for h in hits[:3] if not h.chunk.items]
        if not named and others and self._qvec is not None and self.embed_units is not None:
            sentences = [u[2] for u in self._units(others)]
            if sentences and float(self._unit_similarity(sentences).max()) > sim + 0.02:
                return None  # a plain sentence answers better than any list
        return best

    def _asked_noun(self, question: str) -> str | None:
        """The thing a "Vilka X …" question asks for (exempel, strategier, uppgifter …), stemmed."""
        match = re.search(r"\b(vilka|vilken|vilket|which|what)\s+(\w+)", question, re.I)
        if not match:
            return None
        words = self.tokenize(match.group(2))
        return words[0] if words else None

    def _reverse(self, question: str, all_chunks: Sequence[Chunk], terms: set[str]) -> list[tuple[str, Chunk]]:
        """List items named in the question ("Vilken riktningsförändring passar mobila team?")."""
        if not _REVERSE_QUESTION.search(question):
            return []
        found = []
        for chunk in all_chunks:
            for item in chunk.items:
                words = set(self.tokenize(item))
                if words and all(w in terms or any(compound_match(w, t) for t in terms) for w in words):
                    found.append((item, chunk))
        return found

    @staticmethod
    def _list_head(chunk: Chunk) -> str:
        return f"{chunk.title} {chunk.section} {chunk.list_intro}"

    def _add_list(self, draft: Draft, hit: Hit, all_chunks: Sequence[Chunk], terms: set[str]) -> None:
        """The whole list: every part of a list that was split across chunks, each item cited."""
        parts = [c for c in all_chunks
                 if c.document == hit.chunk.document and c.section == hit.chunk.section
                 and c.list_intro == hit.chunk.list_intro and c.items] or [hit.chunk]
        first = parts[0]
        where = f"{first.section} ({first.title})" if first.section else first.title
        n = draft.cite(first, first.list_intro or where)
        intro = first.list_intro or f"Under {where}:"
        draft.lines.append(f"{intro} [{n}]")
        for part in parts:
            for item in part.items:
                m = draft.cite(part, item)
                draft.lines.append(f"- {item} [{m}]")

    def _add_reverse(self, draft: Draft, found: list[tuple[str, Chunk]]) -> None:
        """Where each named item belongs: its section (e.g. the riktningsförändring), cited."""
        by_chunk: dict[str, list[str]] = {}
        chunks = {}
        for item, chunk in found:
            by_chunk.setdefault(chunk.id, []).append(item)
            chunks[chunk.id] = chunk
        for cid, items in by_chunk.items():
            chunk = chunks[cid]
            n = draft.cite(chunk, chunk.list_intro or chunk.section)
            for item in items:
                draft.cite(chunk, item)
            named = " och ".join(f"”{i}”" for i in items)
            draft.lines.append(f"{named} hör till {chunk.section} i {chunk.title}. [{n}]")
            draft.lines.append(f"{chunk.list_intro or 'Hela listan:'} [{n}]")
            draft.lines += [f"- {i} [{n}]" for i in chunk.items]

    def _add_lead(self, draft: Draft, hits: Sequence[Hit], list_hit: Hit, terms: set[str]) -> None:
        """A sentence from the same document that answers directly, before the list."""
        same = [h for h in hits[:3] if h.chunk.document == list_hit.chunk.document and not h.chunk.items]
        best = self._best_sentences(same, terms, limit=1, min_similarity=0.86)
        for text, chunk in best:
            n = draft.cite(chunk, text)
            draft.lines.append(f"{text} [{n}]")

    def _add_related(self, draft: Draft, hits: Sequence[Hit], list_hit: Hit, terms: set[str]) -> None:
        """One passage from another document on the same topic, if one was retrieved."""
        for hit in hits[:4]:
            if hit.chunk.document != list_hit.chunk.document and hit.dense >= list_hit.dense - 0.03:
                sentence = self._best_sentences([hit], terms, limit=1)
                if sentence:
                    text, chunk = sentence[0]
                    n = draft.cite(chunk, text)
                    draft.lines.append("")
                    draft.lines.append(f"Se också {chunk.title}: {text} [{n}]")
                return

    # ------------------------------------------------------------ sentences

    def _add_sentences(self, draft: Draft, hits: Sequence[Hit], terms: set[str]) -> None:
        picked = self._best_sentences(hits[:3], terms, limit=self.max_sentences)
        for i, (text, chunk) in enumerate(picked):
            n = draft.cite(chunk, text)
            if i == 0 and self._names_one and chunk.section and chunk.section.split(SECTION_SEP)[-1] not in text:
                text = f"{chunk.section.split(SECTION_SEP)[-1]}: {text}"
            draft.lines.append(f"{text} [{n}]")
        if draft.lines:
            draft.lines = [" ".join(draft.lines)]

    @staticmethod
    def _units(hits: Sequence[Hit]) -> list[tuple[int, int, str, Chunk]]:
        """(rank, position, text, chunk) of every sentence or list item in the hits."""
        units: list[tuple[int, int, str, Chunk]] = []
        for rank, hit in enumerate(hits):
            texts = list(hit.chunk.items)
            if texts and hit.chunk.list_intro:
                texts.insert(0, hit.chunk.list_intro)
            if not texts:
                texts = split_sentences(hit.chunk.text)
            units += [(rank, pos, text, hit.chunk) for pos, text in enumerate(texts)]
        return units

    def best_similarity(self, hits: Sequence[Hit], query_vector: np.ndarray) -> float:
        """How well the single best sentence of the top passages matches the question."""
        self._qvec = query_vector
        units = self._units(hits[:3])
        if not units or self.embed_units is None:
            return max((h.dense for h in hits), default=0.0)
        return float(self._unit_similarity([u[2] for u in units]).max())

    def _best_sentences(self, hits: Sequence[Hit], terms: set[str], limit: int,
                        min_similarity: float = 0.0) -> list[tuple[str, Chunk]]:
        """The sentences (or list items) that answer best: meaning, shared words, passage rank."""
        units = self._units(hits)
        if not units:
            return []
        dense = self._unit_similarity([u[2] for u in units])
        scored = []
        for (rank, pos, text, chunk), sim in zip(units, dense):
            if sim < min_similarity:
                continue
            score = 2.0 * sim + 0.5 * self._overlap(terms, text) + 0.1 / (rank + 1) - 0.002 * pos
            score += self._fits_kind(text) + self._defines(text)
            scored.append((score, rank, pos, text, chunk))
        if not scored:
            return []
        scored.sort(key=lambda s: -s[0])
        best = scored[0][0]
        margin = 0.12 if self._qvec is not None else 0.5 * best
        chosen = [s for s in scored if s[0] >= best - margin][:limit]
        if limit > 1:
            # The best sentence is often introduced or completed by its neighbour in the passage.
            top = chosen[0]
            follow = [s for s in scored if s[4] is top[4] and s[2] == top[2] + 1 and s[0] >= best - 2.5 * margin
                      and s not in chosen]
            chosen += follow[:1]
        chosen.sort(key=lambda s: (s[1], s[2]))
        return [(s[3], s[4]) for s in chosen]

    def _fits_kind(self, text: str) -> float:
        """Bonus for a sentence holding the kind of fact asked for (a number, a date, an amount, a name)."""
        if self._kind and has_kind(self._kind, text):
            return 0.08
        if self._who and re.search(r"(?<!^)(?<![.!?] )\b[A-ZÅÄÖ][a-zåäö]+ (?:[a-zåäö]+ )?[A-ZÅÄÖ]", text.strip()):
            return 0.08
        return 0.0

    def _defines(self, text: str) -> float:
        """Bonus for a sentence that spells out an acronym asked about: "… omsorgsgruppen (SVOM)"."""
        return 0.1 if any(f"({a})" in text or re.search(rf"\b{a}\b (är|innebär|betyder)", text)
                          for a in self._acronyms) else 0.0

    def _unit_similarity(self, texts: list[str]) -> np.ndarray:
        """Cosine of each unit with the question (0 when no embedder is wired in)."""
        if self.embed_units is None or self._qvec is None:
            return np.zeros(len(texts))
        todo = [t for t in dict.fromkeys(texts) if t not in self._cache]
        if todo:
            if len(self._cache) > 20000:
                self._cache.clear()
            for text, vec in zip(todo, self.embed_units(todo)):
                self._cache[text] = vec
        return np.array([float(self._cache[t] @ self._qvec) for t in texts])

    def _overlap(self, terms: set[str], text: str) -> float:
        """Share of the question's content words (stemmed; compound heads count) found in text."""
        if not terms:
            return 0.0
        words = set(self.tokenize(text))
        found = sum(1 for t in terms if t in words or any(compound_match(t, w) for w in words))
        return found / len(terms)
