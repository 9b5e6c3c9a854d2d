"""Decide whether the retrieved passages really answer the question (the relevance floor).

Dense cosines of e5 sit in a narrow band (0.78–0.92) for relevant and irrelevant passages
alike, so one threshold on them cannot tell "not in the documents" from "answerable". The
gate combines two signals: how well the best single sentence matches the question (meaning),
and how much of the question's rare vocabulary the top passages contain (IDF-weighted, with
å/ä/ö folded so "malbilden" still finds "målbilden", and Swedish compounds matched by head).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .swedish import QUESTION_STEMS, compound_in, fold, is_english, joined_words
from .keyword import Tokenizer
from .types import Chunk, Hit





# A passage that holds (nearly) all of the question's rare words may match its meaning a little
# less well: short slide lines and list items score lower cosines than full sentences.
FULL_COVERAGE = 0.9
FULL_COVERAGE_SLACK = 0.04


@dataclass(frozen=True)
class Verdict:
    """The gate's decision and the numbers behind it (shown in logs and eval output)."""

    answerable: bool
    sentence_similarity: float
    coverage: float
    english: bool


class RelevanceGate:
    """Answer only when meaning and vocabulary both say the passages cover the question."""

    def __init__(self, chunks: Sequence[Chunk], tokenizer: Tokenizer, floor: float,
                 coverage_weight: float = 0.03, english_floor: float = 0.80) -> None:
        self.tokenize = tokenizer
        self.floor = floor
        self.coverage_weight = coverage_weight
        self.english_floor = english_floor
        df: Counter[str] = Counter()
        for chunk in chunks:
            df.update({fold(t) for t in tokenizer(chunk.embed_text())})
        self.df = df
        self.n = max(1, len(chunks))

    def idf(self, term: str) -> float:
        """Rare or unknown terms weigh most."""
        return math.log(1 + self.n / (1 + self.df.get(term, 0)))

    def coverage(self, question: str, hits: Sequence[Hit]) -> float:
        """IDF-weighted share of the question's terms that one of the top passages holds together."""
        terms = {fold(t) for t in self.tokenize(question)} - QUESTION_STEMS
        if not terms:
            return 0.0
        total = sum(self.idf(t) for t in terms)
        best = 0.0
        for hit in hits[:3]:
            words = {fold(t) for t in self.tokenize(hit.chunk.embed_text())}
            joined = joined_words(words)
            found = sum(self.idf(t) for t in terms if t in words or compound_in(t, words, joined))
            best = max(best, found / total)
        return best

    def judge(self, question: str, hits: Sequence[Hit], sentence_similarity: float, slack: float = 0.0) -> Verdict:
        """Answerable when the best sentence's meaning, helped a little by shared vocabulary, is close enough
        (`slack` lowers the floor where the question itself says where to look)."""
        sentence_similarity += slack
        english = is_english(question)
        coverage = self.coverage(question, hits)
        if english:
            ok = sentence_similarity >= self.english_floor
        else:
            ok = sentence_similarity + self.coverage_weight * coverage >= self.floor or \
                (coverage >= FULL_COVERAGE and sentence_similarity >= self.floor - FULL_COVERAGE_SLACK)
        return Verdict(ok, round(sentence_similarity - slack, 4), round(coverage, 4), english)
