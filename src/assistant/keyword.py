"""Keyword (BM25) search with Swedish-aware tokens: å/ä/ö kept, base forms, compound parts, Snowball stems."""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

import numpy as np

from .swedish import Analyzer, fold, shared_lemmas

_TOKEN = re.compile(r"\w+", re.UNICODE)
ANALYSIS_FILE = "analysis.json"
# bm25s's file names in a build's keyword/ folder.
WEIGHTS_FILE, CHUNKS_FILE, STARTS_FILE = "data.csc.index.npy", "indices.csc.index.npy", "indptr.csc.index.npy"
VOCAB_FILE, PARAMS_FILE = "vocab.index.json", "params.index.json"
# The BM25 variants whose score is the sum of the matched terms' weights (no weight for a term a chunk lacks).
ZERO_NONOCCURRENCE = ("robertson", "lucene", "atire")
# Version of the per-build search indexes (analysed keyword index, sparse vectors). A build made
# with another version is rebuilt by `assistant ingest` (its dense vectors are reused).
SEARCH_INDEX_VERSION = 3


# Acronyms the Swedish Snowball stemmer would make one with a word's stem ("SAM" and "samernas" are both "sam"), kept
# apart in the composer's plain tokens (the keyword index's analysed ones tell them apart by lemma)
OWN_ACRONYMS = re.compile(r"\b(SAM)\b")
DEFINITE_AN_LETTERS = 6  # "skolan" is "skola" made definite; shorter words on -an ("plan", "utan") are not


@functools.lru_cache(maxsize=4096)
def _definite_an(word: str) -> bool:
    """Whether a word on -an is the definite form of a noun on -a (its lemma is the word less its "n"; the
    dictionary is the process's one, loaded on the first word on -an if the keyword analysis has not loaded it)."""
    return shared_lemmas()(word) == word[:-1]


class Tokenizer:
    """Lower-cases, keeps å/ä/ö, drops Swedish and English stop words, stems (Swedish Snowball).

    With an `Analyzer`, each word is first replaced by its base form and compound parts.
    """

    def __init__(self, stem: bool = True, analyzer: Analyzer | None = None) -> None:
        swedish, english = stopwords()
        # Also the stop words typed without å/ä/ö ("ar", "nar", "for"), common in quick questions.
        self.stopwords = set(swedish) | set(english) | {fold(w) for w in swedish}
        self.analyzer = analyzer
        self._stemmer = None
        if stem:
            import Stemmer

            self._stemmer = Stemmer.Stemmer("swedish")

    def __call__(self, text: str) -> list[str]:
        """Tokens of one text."""
        if self.analyzer is None:
            text = OWN_ACRONYMS.sub(lambda m: f"{m.group(1)}akronym", text)  # ("SAM" -> "samakronym": no "samer")
        text = unicodedata.normalize("NFC", text.lower())
        words = [w for w in _TOKEN.findall(text) if len(w) > 1 and w not in self.stopwords]
        if self.analyzer is not None:
            words = [t for w in words for t in self.analyzer.terms(w) if t not in self.stopwords]
        if self._stemmer is not None:
            if self.analyzer is None:
                # the definite form of a noun on -a, which Snowball leaves whole ("skolan", "hälsan"): as the noun,
                # when the lemma list says so ("färdplan", "ansökan" stay) (with an analyzer the lemma does it)
                words = [w[:-1] if len(w) >= DEFINITE_AN_LETTERS and w.endswith("an") and _definite_an(w) else w
                         for w in words]
            words = self._stemmer.stemWords(words)
        if self.analyzer is not None and self.analyzer.folded:
            # Stems folded (å/ä/ö -> a/a/o) after stemming, so "malbilden" typed without Swedish
            # letters meets "målbilden" (folding first would confuse the Swedish suffix rules).
            words = [fold(w) for w in words]
        return words


class Postings:
    """BM25 weights by term (column-compressed): term t gives chunks `chunks[starts[t]:starts[t+1]]`
    the weights `weights[starts[t]:starts[t+1]]`, precomputed at ingest by bm25s.

    These are bm25s's own arrays in its own file format (`*.csc.index.npy`, vocabulary and
    parameters as JSON), so every build made with bm25s loads as is; scoring needs numpy only.
    """

    def __init__(self, vocab: dict[str, int], weights: np.ndarray, chunks: np.ndarray, starts: np.ndarray,
                 size: int, params: dict) -> None:
        self.vocab = vocab
        self.weights = weights
        self.chunks = chunks
        self.starts = starts
        self.size = size
        self.params = params

    @classmethod
    def from_bm25s(cls, retriever) -> Postings:
        """The arrays of an indexed `bm25s.BM25` (the BM25 variant and parameters it was built with)."""
        from bm25s import __version__

        if retriever.nonoccurrence_array is not None:
            raise ValueError(f"BM25-varianten {retriever.method} stöds inte (den ger icke-träffar en vikt)")
        s = retriever.scores
        params = {"k1": retriever.k1, "b": retriever.b, "delta": retriever.delta, "method": retriever.method,
                  "idf_method": retriever.idf_method, "dtype": retriever.dtype, "int_dtype": retriever.int_dtype,
                  "num_docs": int(s["num_docs"]), "version": __version__, "backend": retriever.backend}
        return cls(dict(retriever.vocab_dict), s["data"], s["indices"], s["indptr"], int(s["num_docs"]), params)

    def save(self, folder: Path) -> None:
        """The folder bm25s itself would write (`bm25s.BM25.load` reads it)."""
        folder.mkdir(parents=True, exist_ok=True)
        np.save(folder / WEIGHTS_FILE, self.weights)
        np.save(folder / CHUNKS_FILE, self.chunks)
        np.save(folder / STARTS_FILE, self.starts)
        (folder / VOCAB_FILE).write_text(json.dumps(self.vocab, ensure_ascii=False), encoding="utf-8")
        (folder / PARAMS_FILE).write_text(json.dumps(self.params, indent=4), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> Postings:
        """A saved folder, the arrays memory-mapped."""
        params = json.loads((folder / PARAMS_FILE).read_text(encoding="utf-8"))
        if params.get("method", "lucene") not in ZERO_NONOCCURRENCE:
            raise ValueError(f"BM25-varianten {params.get('method')} stöds inte")
        vocab = json.loads((folder / VOCAB_FILE).read_text(encoding="utf-8"))
        arrays = [np.load(folder / name, mmap_mode="r") for name in (WEIGHTS_FILE, CHUNKS_FILE, STARTS_FILE)]
        if len(arrays[0]) != len(arrays[1]) or not len(arrays[2]) or int(arrays[2][-1]) != len(arrays[0]):
            raise ValueError(f"{folder}: BM25-indexets filer passar inte ihop")
        return cls(vocab, *arrays, int(params["num_docs"]), params)

    def scores(self, tokens: Sequence[str]) -> np.ndarray:
        """Sum of each token's weights per chunk (a token asked twice counts twice), as bm25s sums them."""
        scores = np.zeros(self.size, dtype=self.weights.dtype)
        for token in tokens:
            term = self.vocab.get(token)
            if term is None or term + 1 >= len(self.starts):  # bm25s lists "" in its vocabulary without weights
                continue
            start, end = int(self.starts[term]), int(self.starts[term + 1])
            scores[self.chunks[start:end]] += self.weights[start:end]  # a chunk occurs once per term
        return scores


class KeywordIndex:
    """A persisted BM25 index over chunk texts, in the same order as the chunk list.

    Built with bm25s at ingest; searched with numpy alone (`Postings`), so answering imports
    neither bm25s nor SciPy.
    """

    def __init__(self, postings: Postings, size: int, tokenizer: Tokenizer) -> None:
        self.postings = postings
        self.size = size
        self.tokenize = tokenizer

    @classmethod
    def build(cls, texts: Sequence[str], tokenizer: Tokenizer | None = None) -> KeywordIndex:
        """Index texts (position i = chunk i) with bm25s's default BM25 (Lucene's variant, k1 1.5, b 0.75)."""
        import bm25s

        tokenizer = tokenizer or Tokenizer()
        corpus = [tokenizer(t) or ["\u2205"] for t in texts]
        retriever = bm25s.BM25()
        retriever.index(corpus, show_progress=False)
        return cls(Postings.from_bm25s(retriever), len(texts), tokenizer)

    @classmethod
    def analysed(cls, texts: Sequence[str]) -> KeywordIndex:
        """The Swedish-analysed index: known words and names taken from the texts themselves."""
        return cls.build(texts, Tokenizer(analyzer=Analyzer.for_texts(texts)))

    def save(self, folder: Path) -> None:
        """Persist next to the build's chunks (with the analyser's word lists, if any)."""
        self.postings.save(folder)
        analyzer = self.tokenize.analyzer
        if analyzer is not None:
            (folder / ANALYSIS_FILE).write_text(json.dumps(analyzer.to_dict(), ensure_ascii=False), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path, size: int) -> KeywordIndex:
        """Load a persisted index (memory-mapped) with the analyser it was built with."""
        postings = Postings.load(folder)
        if postings.size != size:
            raise ValueError(f"{folder}: BM25-indexet har {postings.size} avsnitt, inte {size}")
        analysis = folder / ANALYSIS_FILE
        analyzer = Analyzer.from_dict(json.loads(analysis.read_text(encoding="utf-8"))) if analysis.is_file() else None
        return cls(postings, size, Tokenizer(analyzer=analyzer))

    def search(self, query: str, k: int) -> list[tuple[int, float]]:
        """(chunk position, BM25 score) of the best k chunks with a score above zero."""
        scores = self.postings.scores(self.tokenize(query))
        k = min(k, self.size)
        if k <= 0 or not scores.any():
            return []
        # bm25s's own top-k (argpartition, then argsort of those k), so ties come in the order they always did.
        top = np.argpartition(scores, -k)[-k:]
        top = top[np.flip(np.argsort(scores[top]))]
        return [(int(d), float(scores[d])) for d in top if scores[d] > 0]

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every chunk for a query (zeros when no query word is indexed)."""
        return np.asarray(self.postings.scores(self.tokenize(query)), dtype=np.float64)


def stopwords() -> tuple[list[str], list[str]]:
    """bm25s's Swedish and English stop words (data/stopwords.json, a copy: bm25s imports SciPy)."""
    data = json.loads((resources.files("assistant") / "data" / "stopwords.json").read_text(encoding="utf-8"))
    return data["sv"], data["en"]
