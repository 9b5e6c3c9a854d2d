#!/usr/bin/env python3
"""Tune the fusion weights of the retriever on one half of the eval set and check them on the other.

Usage (with the index built):
    python eval/tune_fusion.py [QUESTIONS_FILE] [--k 5]

Every leg scores every chunk once per answerable question (the same code the retriever runs:
`retrieval.search_query`, the build's keyword and sparse indexes, the stored dense vectors). The
halves are fixed by a hash of the question id. For each half the script picks the weights with
the best MRR on it (dense weight fixed at 1) and reports them on the other half, next to
today's weights from settings.py, equal weights and reciprocal-rank fusion. Prints tables;
changes nothing.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import sys
from pathlib import Path

import numpy as np

KEYWORD_GRID = (0.0, 0.25, 0.5, 0.75, 1.0, 1.5)
SPARSE_GRID = (0.0, 0.5, 1.0, 1.5, 2.0, 3.0)


def half(case_id: str) -> int:
    """0 or 1: which half of the eval set a question belongs to (stable across runs)."""
    return hashlib.sha256(case_id.encode()).digest()[0] % 2


def leg_scores(assistant, cases) -> list[dict[str, np.ndarray]]:
    """Per question: every leg's score of every chunk (plus plain BM25 for reference)."""
    from assistant.keyword import KeywordIndex, Tokenizer
    from assistant.retrieval import search_query

    index, retriever = assistant.index, assistant.retriever
    plain = KeywordIndex.build([c.embed_text() for c in index.chunks], Tokenizer())
    rows = []
    for case in cases:
        query = assistant.understand(case.question, case.history).search
        question = search_query(query, index.synonyms, retriever.terms)
        qvec = assistant.embedder.embed_queries([query])[0]
        rows.append({"dense": index.dense_matrix @ qvec, "keyword": index.keyword.scores(question.terms),
                     "sparse": index.sparse.scores(retriever.sparse_encoder.encode([question.terms])),
                     "plain": plain.scores(query)})
    return rows


def fused(row: dict[str, np.ndarray], weights: dict[str, float]) -> np.ndarray:
    """Min-max score fusion, as in retrieval.Retriever.search."""
    from assistant.retrieval import minmax

    return sum(w * minmax(row[leg]) for leg, w in weights.items() if w)


def rrf(row: dict[str, np.ndarray], legs: tuple[str, ...], n: int = 20, k: int = 60) -> np.ndarray:
    """Reciprocal-rank fusion of each leg's top n (the retriever before score fusion)."""
    out = np.zeros_like(row["dense"])
    for leg in legs:
        for rank, i in enumerate(np.argsort(-row[leg], kind="stable")[:n]):
            if leg == "dense" or row[leg][i] > 0:
                out[i] += 1.0 / (k + rank + 1)
    return out


def scores_of(ranking_scores: list[np.ndarray], cases, chunks, k: int) -> tuple[float, float, float]:
    """hit@1, hit@k and MRR (as `assistant eval` counts them) of one way of ranking."""
    from assistant.evaluation import first_hit_rank

    ranks = []
    for s, case in zip(ranking_scores, cases):
        order = np.argsort(-s, kind="stable")[:k]
        ranks.append(first_hit_rank([chunks[i].text for i in order], case.expected_passages, case.all_passages))
    n = len(ranks) or 1
    return (sum(r == 1 for r in ranks) / n, sum(bool(r) for r in ranks) / n, sum(1 / r for r in ranks if r) / n)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default="eval/questions.jsonl")
    parser.add_argument("--k", type=int, default=5)
    args = parser.parse_args(argv)
    from assistant.evaluation import load_cases
    from assistant.service import Assistant
    from assistant.settings import Settings

    assistant = Assistant(Settings())
    cases = [c for c in load_cases(Path(args.path)) if c.answerable]
    rows = leg_scores(assistant, cases)
    chunks = assistant.index.chunks
    s = assistant.settings
    current = {"dense": s.fusion_dense_weight, "keyword": s.fusion_keyword_weight, "sparse": s.fusion_sparse_weight}
    halves = [[i for i, c in enumerate(cases) if half(c.id) == h] for h in (0, 1)]

    def evaluate(make, idx):
        return scores_of([make(rows[i]) for i in idx], [cases[i] for i in idx], chunks, args.k)

    grid = [{"dense": 1.0, "keyword": kw, "sparse": sp} for kw, sp in itertools.product(KEYWORD_GRID, SPARSE_GRID)]
    print(f"{len(cases)} answerable questions; halves of {len(halves[0])} and {len(halves[1])}; k={args.k}")
    for tune, check in ((0, 1), (1, 0)):
        best = max(grid, key=lambda w: (evaluate(lambda r, w=w: fused(r, w), halves[tune])[2],
                                        evaluate(lambda r, w=w: fused(r, w), halves[tune])[1]))
        print(f"\ntuned on half {tune}: keyword {best['keyword']}, sparse {best['sparse']} (dense 1)")
        for label, make in (("tuned weights", lambda r: fused(r, best)),
                            ("settings.py weights", lambda r: fused(r, current)),
                            ("equal weights", lambda r: fused(r, {"dense": 1, "keyword": 1, "sparse": 1})),
                            ("RRF dense + plain BM25 (before)", lambda r: rrf(r, ("dense", "plain"))),
                            ("RRF dense + keyword + sparse", lambda r: rrf(r, ("dense", "keyword", "sparse")))):
            a, b = evaluate(make, halves[tune]), evaluate(make, halves[check])
            print(f"  {label:34s} tuning half {a[0]:.2f}/{a[1]:.2f}/{a[2]:.3f}   "
                  f"check half {b[0]:.2f}/{b[1]:.2f}/{b[2]:.3f}   (hit@1/hit@{args.k}/MRR)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
