"""Keyword (BM25) search with Swedish-aware tokens: å/ä/ö kept, base forms, compound parts, Snowball stems."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from .swedish import Analyzer, fold

_TOKEN = re.compile(r"\w+", re.UNICODE)
ANALYSIS_FILE = "analysis.json"
# Version of the per-build search indexes (analysed keyword index, sparse vectors). A build made
# with another version is rebuilt by `assistant ingest` (its dense vectors are reused).
SEARCH_INDEX_VERSION = 3


class Tokenizer:
    """Lower-cases, keeps å/ä/ö, drops Swedish and English stop words, stems (Swedish Snowball).

    With an `Analyzer`, each word is first replaced by its base form and compound parts.
    """

    def __init__(self, stem: bool = True, analyzer: Analyzer | None = None) -> None:
        from bm25s.stopwords import STOPWORDS_EN, STOPWORDS_SWEDISH

        import unicodedata as ud

        base = set(STOPWORDS_SWEDISH) | set(STOPWORDS_EN)
        # Also the stop words typed without å/ä/ö ("ar", "nar", "for"), common in quick questions.
        folded = {"".join(c for c in ud.normalize("NFD", w) if not ud.combining(c)) for w in STOPWORDS_SWEDISH}
        self.stopwords = base | folded
        self.analyzer = analyzer
        self._stemmer = None
        if stem:
            import Stemmer

            self._stemmer = Stemmer.Stemmer("swedish")

    def __call__(self, text: str) -> list[str]:
        """Tokens of one text."""
        text = unicodedata.normalize("NFC", text.lower())
        words = [w for w in _TOKEN.findall(text) if len(w) > 1 and w not in self.stopwords]
        if self.analyzer is not None:
            words = [t for w in words for t in self.analyzer.terms(w) if t not in self.stopwords]
        if self._stemmer is not None:
            words = self._stemmer.stemWords(words)
        if self.analyzer is not None and self.analyzer.folded:
            # Stems folded (å/ä/ö -> a/a/o) after stemming, so "malbilden" typed without Swedish
            # letters meets "målbilden" (folding first would confuse the Swedish suffix rules).
            words = [fold(w) for w in words]
        return words


class KeywordIndex:
    """A persisted BM25 index over chunk texts, in the same order as the chunk list."""

    def __init__(self, retriever, size: int, tokenizer: Tokenizer) -> None:
        self._retriever = retriever
        self.size = size
        self.tokenize = tokenizer

    @classmethod
    def build(cls, texts: Sequence[str], tokenizer: Tokenizer | None = None) -> KeywordIndex:
        """Index texts (position i = chunk i)."""
        import bm25s

        tokenizer = tokenizer or Tokenizer()
        corpus = [tokenizer(t) or ["\u2205"] for t in texts]
        retriever = bm25s.BM25()
        retriever.index(corpus, show_progress=False)
        return cls(retriever, len(texts), tokenizer)

    @classmethod
    def analysed(cls, texts: Sequence[str]) -> KeywordIndex:
        """The Swedish-analysed index: known words and names taken from the texts themselves."""
        return cls.build(texts, Tokenizer(analyzer=Analyzer.for_texts(texts)))

    def save(self, folder: Path) -> None:
        """Persist next to the build's chunks (with the analyser's word lists, if any)."""
        self._retriever.save(str(folder), show_progress=False)
        analyzer = self.tokenize.analyzer
        if analyzer is not None:
            (folder / ANALYSIS_FILE).write_text(json.dumps(analyzer.to_dict(), ensure_ascii=False), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path, size: int) -> KeywordIndex:
        """Load a persisted index (memory-mapped) with the analyser it was built with."""
        import bm25s

        retriever = bm25s.BM25.load(str(folder), mmap=True, show_progress=False)
        analysis = folder / ANALYSIS_FILE
        analyzer = Analyzer.from_dict(json.loads(analysis.read_text(encoding="utf-8"))) if analysis.is_file() else None
        return cls(retriever, size, Tokenizer(analyzer=analyzer))

    def search(self, query: str, k: int) -> list[tuple[int, float]]:
        """(chunk position, BM25 score) of the best k chunks with a score above zero."""
        tokens = self.tokenize(query)
        vocab = getattr(self._retriever, "vocab_dict", None) or {}
        tokens = [t for t in tokens if t in vocab]
        if not tokens or self.size == 0:
            return []
        docs, scores = self._retriever.retrieve([tokens], k=min(k, self.size), show_progress=False, n_threads=1)
        return [(int(d), float(s)) for d, s in zip(np.asarray(docs)[0], np.asarray(scores)[0]) if s > 0]

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every chunk for a query (zeros when no query word is indexed)."""
        tokens = self.tokenize(query)
        vocab = getattr(self._retriever, "vocab_dict", None) or {}
        tokens = [t for t in tokens if t in vocab]
        if not tokens or self.size == 0:
            return np.zeros(self.size)
        return np.asarray(self._retriever.get_scores(tokens), dtype=np.float64)
