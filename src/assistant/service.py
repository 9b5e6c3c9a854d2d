"""`Assistant`: the one object everything else uses (CLI, web chat, evaluation, benchmarks)."""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from dataclasses import replace

from .answer import Composer
from .chat import resolve
from .relevance import RelevanceGate
from .swedish import asked_kind, has_kind, missing_names
from .embedding import Embedder
from .chunking import CHUNKER_VERSION
from .retrieval import LoadedIndex, Retriever
from .settings import Settings
from .store import IndexDir
from .types import Answer, DocumentMeta, Hit

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]")
_MARKUP = re.compile(r"<[^>]{0,200}>|!?\[([^\]]{0,200})\]\([^)]{0,500}\)")

EMPTY_QUESTION = "Skriv en fråga om styrdokumenten, till exempel ”Vad ansvarar hälso- och sjukvårdsnämnden för?”."


class QuestionRejected(ValueError):
    """A question that is refused before any model call (empty, too long)."""


def clean_question(question: str, max_chars: int) -> str:
    """Strip control characters and spaces; refuse empty and oversized questions."""
    if question is None:
        question = ""
    if len(question) > max_chars * 4:
        raise QuestionRejected(f"Frågan är för lång ({len(question)} tecken). Korta den till högst {max_chars} tecken.")
    # Markup in a question is not part of it: "<b>Vad …</b>" and "[text](url)" are asked as plain text.
    text = _MARKUP.sub(lambda m: f" {m.group(1) or ''} ", _CONTROL.sub(" ", question))
    text = re.sub(r"\s+", " ", text).strip()
    if not text or not any(ch.isalnum() for ch in text):
        raise QuestionRejected(EMPTY_QUESTION)
    if len(text) > max_chars:
        raise QuestionRejected(f"Frågan är för lång ({len(text)} tecken). Korta den till högst {max_chars} tecken.")
    return text


class Assistant:
    """Answers questions from the indexed steering documents, with citations."""

    def __init__(self, settings: Settings, embedder: Embedder | None = None) -> None:
        self.settings = settings
        self.embedder = embedder or Embedder(settings)
        self.retriever = Retriever(settings, self.embedder)
        self.composer = Composer(embed_units=self.embedder.embed_passages)
        self.index_dir = IndexDir(settings)
        self._index: LoadedIndex | None = None
        self._gate: RelevanceGate | None = None
        self._metas: dict[str, DocumentMeta] = {}
        # The composer keeps the question being answered on itself; concurrent chat requests
        # must not interleave inside it.
        self._compose_lock = threading.Lock()
        self._lock = threading.Lock()
        self._generator = None

    # ------------------------------------------------------------ index

    @property
    def index(self) -> LoadedIndex:
        """The serving build; reloaded when an ingest has swapped in a new one."""
        build = self.index_dir.current()
        with self._lock:
            if self._index is None or build is None or self._index.build != build:
                build = self.index_dir.require(self.embedder.model_id, CHUNKER_VERSION)
                self._index = LoadedIndex.load(self.settings, build)
                self._gate = RelevanceGate(self._index.chunks, self.composer.tokenize, self.settings.relevance_floor)
                fields = DocumentMeta.__dataclass_fields__
                self._metas = {name: DocumentMeta(**{k: v for k, v in meta.items() if k in fields})
                               for name, meta in self._index.documents.items()}
            return self._index

    def documents(self) -> dict[str, DocumentMeta]:
        """Metadata of every indexed document, by file name (built once per loaded index)."""
        _ = self.index
        return dict(self._metas)

    def status(self) -> dict:
        """What is indexed and when it was built (for "Om tjänsten")."""
        index = self.index
        return {"built_at": index.manifest.get("built_at", ""), "chunks": len(index.chunks),
                "embedding_model": index.manifest.get("embedding_model", ""),
                "documents": [vars(m) for m in self.documents().values()]}

    def glossary(self) -> list[dict]:
        """Ordlista: each term with its defining sentence, document title and section."""
        return self.index.glossary()

    def getting_started(self) -> list[tuple[str, Answer]]:
        """Kom igång: how the documents fit together, each step answered and cited."""
        from .glossary import GETTING_STARTED

        return [(label, self.ask(question)) for label, question in GETTING_STARTED]

    # ------------------------------------------------------------ asking

    def search(self, query: str, k: int | None = None, mode: str = "hybrid",
               documents: Sequence[str] | None = None) -> list[Hit]:
        """Retrieval only (used by evaluation for the reference retrievers)."""
        return self.retriever.search(self.index, query, k=k, mode=mode, documents=list(documents or []) or None)

    def ask(self, question: str, history: Sequence[str] = (), documents: Sequence[str] | None = None,
            mode: str = "hybrid") -> Answer:
        """A cited answer, or a plain refusal when the documents do not cover the question."""
        from .privacy import NOTICE, find_personal_data

        answer = self._ask(question, history, documents, mode)
        if isinstance(question, str) and len(question) <= 4 * self.settings.max_question_chars \
                and find_personal_data(question) and NOTICE not in answer.notices:
            answer = replace(answer, notices=(NOTICE, *answer.notices))
        return answer

    def _ask(self, question: str, history: Sequence[str], documents: Sequence[str] | None, mode: str) -> Answer:
        try:
            text = clean_question(question, self.settings.max_question_chars)
        except QuestionRejected as exc:
            return Answer(question=str(question or "")[:200], text=str(exc), answered=False, flags=("rejected",))
        index = self.index
        metas = self.documents()
        wanted = [d for d in (documents or []) if d in metas] or None
        searched = tuple(metas[d].title for d in (wanted or metas))
        query = resolve(text, history, self.settings.max_history_turns)
        qvec = self.embedder.embed_queries([query])[0]
        # A few more passages than are shown: the composer looks among them for a whole list.
        hits = self.retriever.search(index, query, k=self.settings.top_k + 3, mode=mode, documents=wanted,
                                     query_vector=qvec)
        groups = comparison_groups(text, metas, hits) if not wanted else []
        if len(groups) >= 2:
            return self._compare(index, text, query, qvec, groups, metas, searched, mode)
        with self._compose_lock:
            verdict = self._gate.judge(query, hits, self.composer.best_similarity(hits, qvec)) if hits else None
            if verdict is None or not verdict.answerable:
                return self._refusal(text, query, searched)
            body, citations = self.composer.compose(query, hits, index.chunks, metas, query_vector=qvec,
                                                    own_words=text)
        if not citations or not self._holds_answer(text, body, citations):
            return self._refusal(text, query, searched)
        answer = Answer(question=text, text=body, answered=True, citations=tuple(citations),
                        searched=searched, resolved_query=query, notices=currency_notices(citations, hits, metas))
        if self.settings.llm_url:
            answer = self._generate(answer, hits, metas)
        return answer

    def _compare(self, index: LoadedIndex, question: str, query: str, qvec, groups: list[tuple[str, list[str]]],
                 metas: dict[str, DocumentMeta], searched: Sequence[str], mode: str) -> Answer:
        """One row per region or document, each from its own retrieval."""
        found = []
        for label, docs in groups:
            hits = self.retriever.search(index, query, k=3, mode=mode, documents=docs, query_vector=qvec)
            if hits:
                found.append((label, hits))
        with self._compose_lock:
            body, citations = self.composer.compose_comparison(query, found, metas, qvec)
        if len(citations) < 2:
            return self._refusal(question, query, searched)
        return Answer(question=question, text=body, answered=True, citations=tuple(citations),
                      searched=tuple(searched), resolved_query=query, flags=("comparison",))

    @staticmethod
    def _holds_answer(question: str, body: str, citations) -> bool:
        """The answer has the kind of fact asked for, about the places and names asked about."""
        kind = asked_kind(question)
        if kind and not has_kind(kind, body):
            return False
        passages = [f"{c.chunk.title} {c.chunk.section} {c.chunk.text}" for c in citations]
        return not missing_names(question, passages)

    def _refusal(self, question: str, query: str, searched: Sequence[str]) -> Answer:
        listing = "; ".join(f"”{t}”" for t in searched)
        text = ("Det står inte i styrdokumenten. Jag sökte i " + listing +
                ", men inget av dem tar upp det du frågar om, så jag svarar hellre inte än gissar. "
                "Prova gärna att formulera frågan på ett annat sätt.")
        return Answer(question=question, text=text, answered=False, searched=tuple(searched), resolved_query=query)

    def _generate(self, answer: Answer, hits: Sequence[Hit], metas: dict[str, DocumentMeta]) -> Answer:
        """Optional generative mode (generate.py, shared with the llama-index query engine); never loses the answer."""
        from .generate import Generator

        if self._generator is None:
            self._generator = Generator(self.settings)
        return self._generator.rewrite(answer, hits, metas)


def currency_notices(citations, hits: Sequence[Hit], metas: dict[str, DocumentMeta]) -> tuple[str, ...]:
    """Say when an answer rests on an older or superseded document, and point to the newer one."""
    notices = []
    cited = {c.chunk.document for c in citations}
    for name in sorted(cited):
        meta = metas.get(name)
        if meta and meta.superseded_by:
            newer = metas.get(meta.superseded_by)
            notices.append(f"”{meta.title}” har ersatts av ”{newer.title if newer else meta.superseded_by}”.")
    dated = {h.chunk.document: metas[h.chunk.document].date for h in hits
             if h.chunk.document in metas and metas[h.chunk.document].date}
    if dated:
        newest_doc = max(dated, key=dated.get)
        for name in sorted(cited):
            date = metas[name].date if name in metas else ""
            if date and newest_doc not in cited and dated[newest_doc][:4] > date[:4]:
                newest = metas[newest_doc]
                notices.append(f"Svaret bygger på ”{metas[name].title}” ({metas[name].date_note or date}); "
                               f"det nyare dokumentet ”{newest.title}” ({newest.date_note or newest.date}) "
                               "tar också upp ämnet.")
                break
    return tuple(notices)


_COMPARE = re.compile(r"\b(jämför\w*|skillnad\w*|skiljer|respektive|likheter|olika (län|regioner|dokument)\w*|"
                      r"compare|comparison|difference\w*)\b", re.I)


def comparison_groups(question: str, metas: dict[str, DocumentMeta], hits: Sequence[Hit]) -> list[tuple[str, list[str]]]:
    """(label, documents) per region or document a comparison question names; [] if not one."""
    from .swedish import fold

    q = fold(question.lower())
    by_region: dict[str, list[str]] = {}
    for name, meta in metas.items():
        if meta.region:
            by_region.setdefault(meta.region, []).append(name)
    named = [r for r in by_region if fold(r.lower().split()[0]) in q]
    kinds = [n for n, m in metas.items() if m.kind and fold(m.kind.split()[0].lower())[:8] in q]
    if not _COMPARE.search(question) and len(named) < 2:
        return []
    if len(named) >= 2:
        return [(region, by_region[region]) for region in named]
    if len(kinds) >= 2:
        return [(metas[n].title, [n]) for n in kinds]
    if _COMPARE.search(question):
        regions = list(dict.fromkeys(metas[h.chunk.document].region for h in hits if h.chunk.document in metas))
        regions = [r for r in regions if r] or []
        if len(set(by_region)) >= 2 and len(regions) >= 1:
            return [(region, docs) for region, docs in by_region.items()]
    return []
