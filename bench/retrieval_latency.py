#!/usr/bin/env python3
"""Query-path latency of retrieval against one query embedding, side by side in one process.

Usage (with the index built):  python bench/retrieval_latency.py [N]

For the first N eval questions (default 60), interleaved so that machine load hits every
figure alike: one query embedding (the floor), the sparse query encoding alone,
`Retriever.search` as `Assistant.search` calls it (it embeds the question itself, the sparse
pass running beside the dense one), and `Retriever.search` given a ready query vector (as the
answering path calls it: the sparse pass is then the only model call). Prints p50/p95 in ms
and the ratios to the floor. Changes nothing.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import numpy as np


def main(argv: list[str]) -> int:
    from assistant.service import Assistant
    from assistant.settings import Settings

    n = int(argv[0]) if argv else 60
    lines = Path("eval/questions.jsonl").read_text(encoding="utf-8").splitlines()
    questions = [json.loads(line)["question"] for line in lines if line.strip()][:n]
    assistant = Assistant(Settings())
    index, retriever, embedder = assistant.index, assistant.retriever, assistant.embedder
    embedder.embed_queries(["uppvärmning"])
    retriever.sparse_encoder.encode(["uppvärmning"])
    times: dict[str, list[float]] = {"query embedding": [], "sparse query alone": [],
                                     "search (embeds itself)": [], "search (given the vector)": []}
    for question in questions:
        retriever._cache.clear()  # every figure pays for its own sparse pass
        started = time.perf_counter()
        qvec = embedder.embed_queries([question])[0]
        times["query embedding"].append(time.perf_counter() - started)
        started = time.perf_counter()
        retriever.sparse_encoder.encode([question])
        times["sparse query alone"].append(time.perf_counter() - started)
        retriever._cache.clear()
        started = time.perf_counter()
        retriever.search(index, question)
        times["search (embeds itself)"].append(time.perf_counter() - started)
        retriever._cache.clear()
        started = time.perf_counter()
        retriever.search(index, question, query_vector=qvec)
        times["search (given the vector)"].append(time.perf_counter() - started)
    floor = float(np.percentile(times["query embedding"], 50))
    print(f"{len(questions)} questions, {len(index.chunks)} chunks")
    for label, values in times.items():
        p50, p95 = (float(np.percentile(values, q)) * 1000 for q in (50, 95))
        print(f"{label:28s} p50 {p50:6.1f} ms  p95 {p95:6.1f} ms  p50 = {p50 / 1000 / floor:.2f}x one query embedding")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
