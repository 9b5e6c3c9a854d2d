"""Compose an extractive answer in Swedish from the retrieved passages, every claim cited [n].

No language model is needed: the answer is made of the documents' own sentences, headings and
list items, shaped by what the question asks for (`Query.intent`): a section's lead and its
whole list, a document's outline, a row per concept or region, a date with its year. Citations
can only point at passages that were retrieved or that belong to a retrieved passage's section,
because the numbers are assigned here.

The composer is stateless: everything about one question travels in arguments (`Query`, hits,
the query vector) and in the `Draft` it returns; `Passages` holds only what is the same for
every question (the loaded index's chunks, metadata and unit vectors).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from . import swedish
from .chunking import SECTION_SEP, split_sentences
from .keyword import Tokenizer
from .query import Query
from .types import Chunk, Citation, DocumentMeta, Hit

# Weights of the sentence score: meaning (cosine with the question) dominates, shared words
# and the passage's retrieval rank break ties, later sentences in a passage lose a little.
W_MEANING = 2.0
W_WORDS = 0.5
W_RANK = 0.1
W_POSITION = 0.002
BONUS_KIND = 0.08       # the sentence holds the kind of fact asked for (a date, a number …)
BONUS_DEFINES = 0.1     # the sentence defines the term asked about ("X är …", "… (SIP)")
BONUS_ROLE = 0.06       # the sentence speaks to staff ("medarbetare", "du", "ditt arbete")
MARGIN = 0.12           # sentences within this of the best one are said too
NEIGHBOUR_MARGIN = 2.5  # the best sentence's next sentence may trail by this many margins
MAX_SENTENCES = 3
MAX_OUTLINE = 10        # sections in a summary outline
MAX_TOPIC_SENTENCES = 5
RELATED_OVERLAP = 0.3   # a "Se också" sentence shares at least this share of the question's words

_ROLE_WORDS = re.compile(r"\b(medarbetare\w*|du|dig|din|ditt|dina|personal\w*|arbetssätt\w*)\b", re.I)
_DEFINING = re.compile(r"\b(är|innebär|betyder|handlar om|avser|består av|syftar till|kallas)\b", re.I)
_YEAR = re.compile(r"\b(19|20)\d\d\b|\b\d{6}\b|[-–]\d\d\b")

ENGLISH_LEAD = "The documents are in Swedish; this answer quotes them in Swedish."


class UnitVectors:
    """Vectors of answer units (sentences, list items, headings), embedded once and cached; thread-safe."""

    def __init__(self, embed: Callable[[Sequence[str]], np.ndarray], limit: int = 50000) -> None:
        self._embed = embed
        self._cache: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()
        self._limit = limit

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        """One row per text, in order."""
        todo = [t for t in dict.fromkeys(texts) if t not in self._cache]
        if todo:
            fresh = dict(zip(todo, self._embed(todo)))
            with self._lock:
                if len(self._cache) + len(fresh) > self._limit:
                    self._cache.clear()
                self._cache.update(fresh)
        cache = self._cache
        return np.array([cache[t] if t in cache else fresh[t] for t in texts]) if texts else np.zeros((0, 0))


@dataclass(frozen=True)
class Passages:
    """What the composer may quote, the same for every question: chunks, metadata, unit vectors."""

    chunks: Sequence[Chunk]
    metas: Mapping[str, DocumentMeta]
    vectors: Callable[[Sequence[str]], np.ndarray] | None = None

    def section_chunks(self, document: str, section: str) -> list[Chunk]:
        """Every chunk of one section (a section path and everything below it), in document order."""
        return [c for c in self.chunks if c.document == document
                and (c.section == section or c.section.startswith(section + SECTION_SEP))]


@dataclass
class Draft:
    """The answer being assembled: lines and the chunks they cite, in citation order; no repeats."""

    lines: list[str] = field(default_factory=list)
    cited: list[Chunk] = field(default_factory=list)
    used: dict[str, list[str]] = field(default_factory=dict)
    said: set[str] = field(default_factory=set)
    flags: list[str] = field(default_factory=list)

    def cite(self, chunk: Chunk, used_text: str) -> int:
        """Citation number for chunk (assigned on first use)."""
        if chunk not in self.cited:
            self.cited.append(chunk)
        self.used.setdefault(chunk.id, []).append(used_text)
        return self.cited.index(chunk) + 1

    def fresh(self, text: str) -> bool:
        """True the first time a sentence is said in this answer (the same sentence never twice)."""
        key = re.sub(r"\W+", " ", text.lower()).strip()
        if not key or key in self.said:
            return False
        self.said.add(key)
        return True

    def say(self, text: str, chunk: Chunk, prefix: str = "") -> bool:
        """Add one cited line (unless that sentence was said already)."""
        if not self.fresh(text):
            return False
        self.lines.append(f"{prefix}{text} [{self.cite(chunk, text)}]")
        return True

    def text(self) -> str:
        """The answer as it is shown."""
        return "\n".join(self.lines).strip()


@dataclass(frozen=True)
class Unit:
    """One quotable sentence, list item, list intro or heading of a retrieved passage."""

    rank: int
    position: int
    text: str
    chunk: Chunk


def units_of(hits: Sequence[Hit]) -> list[Unit]:
    """Every sentence of the hits; a list's introducing sentences, then its items."""
    units: list[Unit] = []
    for rank, hit in enumerate(hits):
        chunk = hit.chunk
        if chunk.items:
            texts = split_sentences(chunk.list_intro) + list(chunk.items)
        else:
            texts = split_sentences(chunk.text)
        units += [Unit(rank, pos, text, chunk) for pos, text in enumerate(texts)]
    return units


def heading_of(chunk: Chunk) -> str:
    """The chunk's own (innermost) heading."""
    return chunk.section.split(SECTION_SEP)[-1] if chunk.section else ""


class Composer:
    """Builds the cited extractive answer for a `Query` from its hits; holds no per-question state."""

    def __init__(self, tokenizer: Tokenizer | None = None) -> None:
        self.tokenize = tokenizer or Tokenizer()

    # ------------------------------------------------------------ entry

    def compose(self, query: Query, hits: Sequence[Hit], qvec: np.ndarray | None, passages: Passages) -> Draft:
        """The answer for the question's intent; an empty draft when nothing fits."""
        terms = set(self.tokenize(query.search))
        shape = {
            "reverse": self._reverse,
            "summary": self._summary,
            "contrast": self._contrast,
            "what": self._what,
            "list": self._list_or_sentences,
            "role": self._role,
        }.get(query.intent, self._sentences)
        draft = shape(query, hits, qvec, passages, terms)
        if not draft.lines and shape is not self._sentences:
            draft = self._sentences(query, hits, qvec, passages, terms)
        if draft.lines and query.english:
            draft.lines.insert(0, ENGLISH_LEAD)
        return draft

    def compose_comparison(self, query: Query, groups: Sequence[tuple[str, Sequence[Hit]]],
                           qvec: np.ndarray | None, passages: Passages) -> Draft:
        """Side by side: for each region or document, its own best sentences, each cited."""
        draft = Draft(flags=["comparison"])
        terms = set(self.tokenize(query.search))
        topic = self._topic_terms(query, passages)
        for label, hits in groups:
            docs = tuple(dict.fromkeys(h.chunk.document for h in hits))
            section = self._named_section(topic, hits, passages, replace(query, regions=(), named_documents=docs))
            if section is not None:
                lead = [Unit(0, i, t, c) for c in passages.section_chunks(section.document, section.section)[:1]
                        for i, t in enumerate(split_sentences(c.list_intro if c.items else c.text)[:2])]
                picked = [u for u in lead if not u.text.endswith(":")] or lead
            else:
                picked = self._best(query, hits[:2], qvec, passages, terms, limit=2)
            cells = [f"{u.text} [{draft.cite(u.chunk, u.text)}]" for u in picked if draft.fresh(u.text)]
            if cells:
                draft.lines.append(f"{label}: " + " ".join(cells))
        return draft

    def citations(self, draft: Draft, hits: Sequence[Hit], passages: Passages) -> list[Citation]:
        """The numbered sources of a draft, in the order of their numbers."""
        scores = {h.chunk.id: h.dense for h in hits}
        return [Citation(rank=i + 1, chunk=c, score=scores.get(c.id, 0.0),
                         meta=passages.metas.get(c.document, DocumentMeta(name=c.document, title=c.title)),
                         used=tuple(draft.used.get(c.id, ())))
                for i, c in enumerate(draft.cited)]

    def best_similarity(self, hits: Sequence[Hit], qvec: np.ndarray | None, passages: Passages) -> float:
        """How well the single best sentence of the top passages matches the question."""
        units = units_of(hits[:3])
        if not units or passages.vectors is None or qvec is None:
            return max((h.dense for h in hits), default=0.0)
        return float(self._similarity([u.text for u in units], qvec, passages).max())

    # ------------------------------------------------------------ sentences

    def _sentences(self, query: Query, hits: Sequence[Hit], qvec, passages: Passages, terms: set[str]) -> Draft:
        """The best few sentences of the top passages (the plain lookup answer)."""
        draft = Draft()
        picked = self._best(query, hits[:3], qvec, passages, terms, limit=MAX_SENTENCES)
        if picked and picked[0].text.endswith(":") and picked[0].chunk.items:
            return self._whole_list(draft, picked[0].chunk, passages)
        if query.kind:
            picked = [u for u in picked if swedish.has_kind(query.kind, u.text)] or picked
        for i, unit in enumerate(picked):
            text = unit.text
            if query.intent == "date":
                text = with_year(text, unit.chunk, passages.metas.get(unit.chunk.document))
            elif unit.text in unit.chunk.items and len(picked) == 1:
                text = item_in_context(unit.text, unit.chunk)
            heading = heading_of(unit.chunk)
            prefix = f"{heading}: " if i == 0 and heading and _names_one(query) and heading not in text else ""
            draft.say(text, unit.chunk, prefix)
        if draft.lines:
            draft.lines = [" ".join(draft.lines)]
        return draft

    def _best(self, query: Query, hits: Sequence[Hit], qvec, passages: Passages, terms: set[str],
              limit: int, min_similarity: float = 0.0, bonus: Callable[[str], float] | None = None) -> list[Unit]:
        """The units that answer best (meaning, shared words, kind, rank), in document order."""
        units = [u for u in units_of(hits) if not u.text.endswith(":") or u.chunk.items]
        if not units:
            return []
        dense = self._similarity([u.text for u in units], qvec, passages)
        scored = []
        for unit, sim in zip(units, dense):
            if sim < min_similarity:
                continue
            score = (W_MEANING * sim + W_WORDS * self._overlap(terms, unit.text) + W_RANK / (unit.rank + 1)
                     - W_POSITION * unit.position + self._fits(query, unit.text) + (bonus(unit.text) if bonus else 0.0))
            scored.append((score, unit))
        if not scored:
            return []
        scored.sort(key=lambda s: -s[0])
        best = scored[0][0]
        margin = MARGIN if qvec is not None and passages.vectors is not None else 0.5 * abs(best)
        chosen = [s for s in scored if s[0] >= best - margin][:limit]
        if limit > 1:
            top = chosen[0][1]
            follow = [s for s in scored if s[1].chunk is top.chunk and s[1].position == top.position + 1
                      and s[0] >= best - NEIGHBOUR_MARGIN * margin and s not in chosen]
            chosen += follow[:1]
        chosen.sort(key=lambda s: (s[1].rank, s[1].position))
        return [s[1] for s in chosen]

    def _fits(self, query: Query, text: str) -> float:
        """Bonus for a sentence holding what is asked: the kind of fact, a definition of the acronym."""
        bonus = 0.0
        if query.kind and swedish.has_kind(query.kind, text):
            bonus += BONUS_KIND
        acronyms = re.findall(r"\b[A-ZÅÄÖ]{2,}\b", query.text)
        if any(f"({a})" in text or re.search(rf"\b{a}\b (är|innebär|betyder)", text) for a in acronyms):
            bonus += BONUS_DEFINES
        return bonus

    def _similarity(self, texts: list[str], qvec, passages: Passages) -> np.ndarray:
        """Cosine of each unit with the question (0 when no vectors are wired in)."""
        if passages.vectors is None or qvec is None or not texts:
            return np.zeros(len(texts))
        return passages.vectors(texts) @ qvec

    def _overlap(self, terms: set[str], text: str) -> float:
        """Share of the question's content words (stemmed; compound heads count) found in text."""
        if not terms:
            return 0.0
        words = set(self.tokenize(text))
        return sum(1 for t in terms if t in words or any(swedish.compound_match(t, w) for w in words)) / len(terms)

    # ------------------------------------------------------------ lists

    def _list_or_sentences(self, query: Query, hits: Sequence[Hit], qvec, passages: Passages, terms: set[str]) -> Draft:
        """A whole list when one answers the question, with a direct lead sentence; else sentences."""
        list_hit = self._best_list(query, hits, qvec, passages, terms)
        if list_hit is None:
            return self._sentences(query, hits, qvec, passages, terms)
        draft = Draft()
        same = [h for h in hits[:3] if h.chunk.document == list_hit.chunk.document and not h.chunk.items]
        for unit in self._best(query, same, qvec, passages, terms, limit=1, min_similarity=0.86):
            draft.say(unit.text, unit.chunk)
        self._whole_list(draft, list_hit.chunk, passages)
        self._related(draft, query, hits, list_hit, qvec, passages, terms)
        return draft

    def _best_list(self, query: Query, hits: Sequence[Hit], qvec, passages: Passages, terms: set[str]) -> Hit | None:
        """A list the question asks for, retrieved or in a retrieved passage's section, if it
        answers at least as well as the best single sentence does."""
        candidates: dict[str, tuple[float, Hit]] = {}
        for rank, hit in enumerate(hits[:8]):
            if hit.chunk.items:
                candidates.setdefault(hit.chunk.id, (1.0 / (rank + 1), hit))
            if rank < 3:
                for c in passages.chunks:
                    if c.items and c.document == hit.chunk.document and c.section == hit.chunk.section:
                        candidates.setdefault(c.id, (0.8 / (rank + 1), Hit(c, hit.score, hit.dense, hit.keyword)))
        if not candidates:
            return None
        asked = self._asked_noun(query.text)
        scored = []
        for prior, hit in candidates.values():
            texts = [t for t in (hit.chunk.list_intro, hit.chunk.section, *hit.chunk.items) if t]
            sim = float(self._similarity(texts, qvec, passages).max()) if texts else 0.0
            head = f"{hit.chunk.title} {hit.chunk.section} {hit.chunk.list_intro} " + " ".join(hit.chunk.items)
            labels = " ".join(i for i in hit.chunk.items if len(i.split()) <= 6)  # short items name things
            own_words = set(self.tokenize(f"{hit.chunk.list_intro} {hit.chunk.section} {labels}"))
            names_it = 0.5 if asked and asked in own_words else 0.0
            overlap = self._overlap(terms, head)
            scored.append((2.0 * sim + 0.5 * overlap + 0.2 * prior + names_it, sim, hit, names_it, overlap))
        _, sim, best, named, overlap = max(scored, key=lambda s: s[0])
        if overlap == 0:
            return None
        others = [h for h in hits[:3] if not h.chunk.items]
        if not named and others and qvec is not None and passages.vectors is not None:
            sentences = [u.text for u in units_of(others)]
            if sentences and float(self._similarity(sentences, qvec, passages).max()) > sim + 0.02:
                return None  # a plain sentence answers better than any list
        return best

    def _asked_noun(self, question: str) -> str | None:
        """The thing a "Vilka X …" question asks for (exempel, strategier, uppgifter …), stemmed."""
        match = re.search(r"\b(vilka|vilken|vilket|which|what)\s+(\w+)", question, re.I)
        words = self.tokenize(match.group(2)) if match else []
        return words[0] if words else None

    def _whole_list(self, draft: Draft, chunk: Chunk, passages: Passages) -> Draft:
        """The whole list: every part of a list split across chunks, its intro, each item cited."""
        parts = [c for c in passages.chunks if c.document == chunk.document and c.section == chunk.section
                 and c.list_intro == chunk.list_intro and c.items] or [chunk]
        first = parts[0]
        where = f"{heading_of(first)} ({first.title})" if first.section else first.title
        intro = first.list_intro or f"Under {where}:"
        if draft.fresh(intro):
            draft.lines.append(f"{intro} [{draft.cite(first, first.list_intro or where)}]")
        for part in parts:
            for item in part.items:
                draft.say(item, part, prefix="- ")
        return draft

    def _related(self, draft: Draft, query: Query, hits: Sequence[Hit], list_hit: Hit, qvec, passages: Passages,
                 terms: set[str]) -> None:
        """One passage from another document on the same topic, if one was retrieved."""
        for hit in hits[:4]:
            if hit.chunk.document != list_hit.chunk.document and hit.dense >= list_hit.dense - 0.03:
                picked = [u for u in self._best(query, [hit], qvec, passages, terms, limit=2)
                          if not u.text.endswith(":") and self._overlap(terms, u.text) >= RELATED_OVERLAP]
                if picked and draft.fresh(picked[0].text):
                    unit = picked[0]
                    draft.lines += ["", f"Se också {unit.chunk.title}: {unit.text} [{draft.cite(unit.chunk, unit.text)}]"]
                return

    def _reverse(self, query: Query, hits: Sequence[Hit], qvec, passages: Passages, terms: set[str]) -> Draft:
        """Where each list item named in the question belongs ("Vilken riktningsförändring passar mobila team?")."""
        draft = Draft()
        found: dict[str, tuple[Chunk, list[str]]] = {}
        for chunk in passages.chunks:
            for item in chunk.items:
                words = set(self.tokenize(item))
                if words and all(w in terms or any(swedish.compound_match(w, t) for t in terms) for w in words):
                    found.setdefault(chunk.id, (chunk, []))[1].append(item)
        for chunk, items in found.values():
            n = draft.cite(chunk, chunk.list_intro or chunk.section)
            for item in items:
                draft.cite(chunk, item)
            named = " och ".join(f"”{i}”" for i in items)
            draft.lines.append(f"{named} hör till {heading_of(chunk) or chunk.section} i {chunk.title}. [{n}]")
            draft.fresh(chunk.list_intro)
            draft.lines.append(f"{chunk.list_intro or 'Hela listan:'} [{n}]")
            draft.lines += [f"- {i} [{n}]" for i in chunk.items]
        if not found:
            return self._list_or_sentences(query, hits, qvec, passages, terms)
        return draft

    # ------------------------------------------------------------ sections and summaries

    def _what(self, query: Query, hits: Sequence[Hit], qvec, passages: Passages, terms: set[str]) -> Draft:
        """"Vad är X?": the section named X (its lead and its whole list), else the defining sentences."""
        topic = self._topic_terms(query, passages)
        section = self._named_section(topic, hits, passages, query)
        if section is not None:
            return self._section(Draft(), section, passages, query, qvec, terms)
        bonus = (lambda text: BONUS_DEFINES if _defines(topic, text, self.tokenize) else 0.0)
        draft = Draft()
        picked = self._best(query, hits[:3], qvec, passages, terms, limit=2, bonus=bonus)
        for unit in picked:
            if unit.text.endswith(":") and unit.chunk.items:
                self._whole_list(draft, unit.chunk, passages)
            elif unit.text in unit.chunk.items and len(picked) == 1:
                draft.say(item_in_context(unit.text, unit.chunk), unit.chunk)
            else:
                draft.say(unit.text, unit.chunk)
        if draft.lines and not any(l.startswith("- ") for l in draft.lines):
            draft.lines = [" ".join(draft.lines)]
        return draft

    def _topic_terms(self, query: Query, passages: Passages) -> set[str]:
        """What the question is about: its content words less question words, region names and the
        named documents' kinds ("strategins målbild" -> målbild; the head noun comes last)."""
        drop = set()
        for meta in passages.metas.values():
            if meta.region in query.regions:
                drop |= set(self.tokenize(meta.region))
        kinds = self._kind_words(query, passages)
        words = [w for w in self.tokenize(query.text) if w not in drop and swedish.fold(w) not in swedish.QUESTION_STEMS]
        topic = {w for w in words if not any(w.startswith(k[:5]) or k.startswith(w[:5]) for k in kinds)}
        return topic or set(words[-1:])

    def _named_section(self, topic: set[str], hits: Sequence[Hit], passages: Passages, query: Query) -> Chunk | None:
        """The first chunk of the section whose heading names the topic, in the documents asked about."""
        if not topic:
            return None
        named = [d for d in query.named_documents if d in passages.metas and not any(
            swedish.compound_match(t, k) or t == k for t in topic for k in self.tokenize(passages.metas[d].kind))]
        allowed = set(named or query.named_documents) or {h.chunk.document for h in hits[:5]}
        if query.regions:
            allowed = {d for d in allowed if passages.metas.get(d) and passages.metas[d].region in query.regions} \
                or {n for n, m in passages.metas.items() if m.region in query.regions}
        if query.documents:
            allowed &= set(query.documents)
        rank = {h.chunk.document + h.chunk.section: i for i, h in reversed(list(enumerate(hits)))}
        best: tuple[float, Chunk] | None = None
        for chunk in passages.chunks:
            if chunk.document not in allowed or not chunk.section:
                continue
            words = set(self.tokenize(heading_of(chunk)))
            if not words:
                continue
            hit = sum(1 for t in topic if any(t == w or swedish.compound_match(t, w) for w in words))
            if hit < len(topic):
                continue
            extra = len(words) - hit
            score = -extra - 0.3 * rank.get(chunk.document + chunk.section, 10) - 0.001 * chunk.position
            if best is None or score > best[0]:
                best = (score, chunk)
        return best[1] if best else None

    def _section(self, draft: Draft, chunk: Chunk, passages: Passages, query: Query, qvec, terms: set[str]) -> Draft:
        """A section's lead sentences and its whole lists (what a section *is*)."""
        parts = passages.section_chunks(chunk.document, chunk.section)
        leads = [c for c in parts if not c.items]
        for part in leads[:1]:
            for sentence in split_sentences(part.text)[:2]:
                draft.say(sentence, part)
        seen_lists = set()
        for part in parts:
            if part.items and part.list_intro not in seen_lists:
                seen_lists.add(part.list_intro)
                self._whole_list(draft, part, passages)
        if not seen_lists:
            topic = set(self.tokenize(heading_of(chunk)))
            for other in passages.chunks:
                if other.document == chunk.document and other.items and other.list_intro not in seen_lists \
                        and topic & set(self.tokenize(other.list_intro)[:3]):
                    seen_lists.add(other.list_intro)
                    self._whole_list(draft, other, passages)
                    break
        if not draft.lines and leads:
            draft.say(leads[0].text, leads[0])
        return draft

    def _summary(self, query: Query, hits: Sequence[Hit], qvec, passages: Passages, terms: set[str]) -> Draft:
        """A document's outline (each heading with its lead sentence), or what the documents say on a topic."""
        topic = self._topic_terms(query, passages) - {self.tokenize(w)[0] for w in ("sammanfatta", "sammanfattning")
                                                      if self.tokenize(w)}
        documents = list(query.documents or query.named_documents)
        if documents and not topic:
            return self._outline(Draft(), documents[0], passages)
        draft = Draft()
        seen_sections = set()
        chosen = self._best(query, hits[:5], qvec, passages, terms, limit=3 * MAX_TOPIC_SENTENCES)
        for unit in chosen:
            key = (unit.chunk.document, unit.chunk.section)
            if key in seen_sections or unit.text.endswith(":"):
                continue
            seen_sections.add(key)
            heading = heading_of(unit.chunk)
            draft.say(unit.text, unit.chunk, prefix=f"- {heading}: " if heading else "- ")
            if len(seen_sections) >= MAX_TOPIC_SENTENCES:
                break
        if draft.lines:
            draft.lines.insert(0, "Det här säger dokumenten om det:")
        return draft

    def _kind_words(self, query: Query, passages: Passages) -> set[str]:
        """Stems of the kinds of the documents the question names ("verksamhetsplan", "strategi")."""
        words = set()
        for name in query.named_documents:
            meta = passages.metas.get(name)
            if meta:
                words |= set(self.tokenize(meta.kind.split()[0] if meta.kind else ""))
        return words

    def _outline(self, draft: Draft, document: str, passages: Passages) -> Draft:
        """Each top-level section of the document with its first sentence, cited."""
        meta = passages.metas.get(document)
        seen: list[str] = []
        for chunk in passages.chunks:
            if chunk.document != document or not chunk.section:
                continue
            top = chunk.section.split(SECTION_SEP)[0]
            if top in seen or top == (meta.title if meta else ""):
                continue
            sentences = ([chunk.list_intro] if chunk.items and chunk.list_intro else []) or split_sentences(chunk.text)
            lead = next((s for s in sentences if not s.endswith(":")), "")
            if not lead:
                if not chunk.items:
                    continue
                lead = "; ".join(chunk.items[:4])
            seen.append(top)
            draft.say(lead, chunk, prefix=f"- {top}: ")
            if len(seen) >= MAX_OUTLINE:
                break
        if draft.lines:
            title = meta.title if meta else document
            draft.lines.insert(0, f"”{title}” i korthet, avsnitt för avsnitt:")
        return draft

    # ------------------------------------------------------------ contrasts and roles

    def _contrast(self, query: Query, hits: Sequence[Hit], qvec, passages: Passages, terms: set[str]) -> Draft:
        """A row per concept: the sentence that best says what each one is."""
        draft = Draft(flags=["comparison", "contrast"])
        rows = 0
        for concept in query.contrast:
            words = set(self.tokenize(concept))
            if not words:
                continue
            mentions = [Hit(c, 0.0) for c in passages.chunks
                        if words <= set(self.tokenize(f"{heading_of(c)} {c.text}"))
                        or all(any(swedish.compound_match(w, t) for t in self.tokenize(c.text)) for w in words)]
            units = [u for u in units_of(mentions) if any(
                w in set(self.tokenize(u.text)) or any(swedish.compound_match(w, t) for t in self.tokenize(u.text))
                for w in words)]
            if not units:
                draft.lines.append(f"{concept}: Dokumenten beskriver inte {concept}.")
                continue
            sims = self._similarity([u.text for u in units], qvec, passages)
            best = max(zip(units, sims), key=lambda us: us[1] + (BONUS_DEFINES if _defines(words, us[0].text, self.tokenize) else 0.0)
                       + 0.02 * min(len(us[0].text.split()), 12) / 12)[0]
            text = item_in_context(best.text, best.chunk) if best.text in best.chunk.items else best.text
            draft.lines.append(f"{concept}: {text} [{draft.cite(best.chunk, best.text)}]")
            draft.fresh(best.text)
            rows += 1
        return draft if rows else Draft()

    def _role(self, query: Query, hits: Sequence[Hit], qvec, passages: Passages, terms: set[str]) -> Draft:
        """What the topic means for staff: sentences that speak to medarbetare and working methods."""
        bonus = (lambda text: BONUS_ROLE if _ROLE_WORDS.search(text) else 0.0)
        draft = Draft()
        for unit in self._best(query, hits[:4], qvec, passages, terms, limit=MAX_SENTENCES, bonus=bonus):
            if not unit.text.endswith(":"):
                draft.say(unit.text, unit.chunk)
        if draft.lines:
            draft.lines = [" ".join(draft.lines)]
        return draft


def item_in_context(item: str, chunk: Chunk) -> str:
    """A lone list item says which list it comes from ("– ett av exemplen under ”Öppnare vårdformer”")."""
    what = "ett av exemplen" if "exempel" in chunk.list_intro.lower() else "en punkt i listan"
    return f"{item.rstrip('.')} – {what} under ”{heading_of(chunk) or chunk.title}” ({chunk.title})."


def _names_one(query: Query) -> bool:
    return bool(re.match(r"\s*(vilken|vilket|which)\b", query.text, re.I))


def _defines(topic: set[str], text: str, tokenize: Tokenizer) -> bool:
    """Whether a sentence defines one of the topic words ("Patientkontraktet är …", "… (SIP)")."""
    head = text.split(",")[0]
    words = tokenize(head)
    return bool(_DEFINING.search(text)) and any(t in words[:4] or any(swedish.compound_match(t, w) for w in words[:4])
                                                for t in topic)


def with_year(text: str, chunk: Chunk, meta: DocumentMeta | None) -> str:
    """A date sentence that lacks its year gets it from its heading, its chunk's dates or the document."""
    if _YEAR.search(text):
        return text
    for heading in reversed(chunk.section.split(SECTION_SEP)):
        match = re.search(r"\b(19|20)\d\d\b", heading)
        if match:
            return f"{text} ({heading})"
    dates = getattr(chunk, "dates", ())
    if dates:
        return f"{text} ({dates[0]})"
    if meta and (meta.date_note or meta.date):
        return f"{text} (dokumentet: {meta.date_note or meta.date})"
    return text
