"""The question log written by the chat, and `assistant stats` over a planted log."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from assistant.questionlog import question_log_path

ANSWERABLE = "Vad ansvarar hälso- och sjukvårdsnämnden för?"
OFF_TOPIC = "Vilken är huvudstaden i Australien?"
# Refused or weakly covered questions: paraphrases must group, different topics must not.
SEMESTER = ("Hur många semesterdagar har jag?", "Hur många dagar semester får man?",
            "Hur många semesterdagar får jag per år?")
CAPITAL = ("Vilken är huvudstaden i Australien?", "Vad är Australiens huvudstad?")
PARKING = "Vad kostar parkering vid sjukhuset?"
WEAK = "Vilka regler gäller för artificiell intelligens i vården?"


# ------------------------------------------------------------------ the question log


@pytest.fixture()
def handlers(assistant, built, tmp_path):
    from assistant.ui import ChatHandlers

    return ChatHandlers(assistant, built.model_copy(update={"log_dir": tmp_path / "logs"}), delay=0)


def _logged(settings) -> list[dict]:
    return [json.loads(line) for line in question_log_path(settings).read_text(encoding="utf-8").splitlines()]


def test_chat_and_api_questions_are_logged(handlers):
    from assistant.ui import new_session

    list(handlers.respond(ANSWERABLE, "*", new_session()))
    handlers.ask_api(OFF_TOPIC)
    handlers.ask_api("x" * 5000)
    answered, refused, rejected = _logged(handlers.settings)

    assert answered["question"] == ANSWERABLE and answered["outcome"] == "answered" and answered["answered"]
    assert 0.5 < answered["top_score"] <= 1 and answered["channel"] == "chat"
    assert answered["sources"] and set(answered["sources"][0]) == {"document", "section"}
    assert answered["sources"][0]["document"].endswith(".txt")
    assert 0 < answered["latency_s"] < 60 and answered["time"].startswith("20")
    assert answered["personal_data"] is False

    assert refused["outcome"] == "refused" and refused["answered"] is False
    assert refused["top_score"] == 0 and refused["sources"] == [] and refused["channel"] == "api"
    assert rejected["outcome"] == "rejected" and len(rejected["question"]) <= 1000


def test_question_log_can_be_switched_off(assistant, built, tmp_path):
    from assistant.ui import ChatHandlers

    settings = built.model_copy(update={"log_dir": tmp_path / "logs", "question_log": False})
    ChatHandlers(assistant, settings, delay=0).ask_api(ANSWERABLE)
    assert not question_log_path(settings).exists()


def test_record_question_for_other_callers(assistant, built, tmp_path):
    from assistant.questionlog import read_questions, record_question

    settings = built.model_copy(update={"log_dir": tmp_path})
    answer = assistant.ask(ANSWERABLE)
    entry = record_question(settings, answer, 0.25, channel="cli")
    assert list(read_questions(question_log_path(settings))) == [entry]
    assert entry["channel"] == "cli" and entry["latency_s"] == 0.25


# ------------------------------------------------------------------ assistant stats


def _entry(days_ago, question, outcome="answered", score=0.9, sources=(), latency=1.0, **extra):
    stamp = datetime.now(timezone.utc) - timedelta(days=days_ago, hours=1)
    return {"time": stamp.isoformat(timespec="seconds"), "question": question, "outcome": outcome,
            "answered": outcome == "answered", "top_score": score if outcome == "answered" else 0.0,
            "sources": [{"document": d, "section": "Avsnitt"} for d in sources], "latency_s": latency,
            "channel": "chat", "personal_data": False, **extra}


@pytest.fixture()
def planted(built, tmp_path):
    """Settings with the session index and a question log over three days, one entry long expired."""
    from assistant.stats import indexed_documents

    docs = sorted(indexed_documents(built))
    settings = built.model_copy(update={"log_dir": tmp_path / "logs"})
    entries = [
        _entry(400, "En fråga som har passerat lagringstiden", sources=[docs[0]]),
        _entry(3, ANSWERABLE, sources=[docs[0], docs[1]], latency=1.0),
        _entry(3, SEMESTER[0], "refused", latency=2.0),
        _entry(3, CAPITAL[0], "refused", latency=2.0),
        _entry(2, ANSWERABLE, sources=[docs[0]], latency=3.0),
        _entry(2, SEMESTER[1], "refused", latency=1.0),
        _entry(2, WEAK, score=0.80, sources=[docs[1]], latency=1.0),
        _entry(2, "x" * 1000, "rejected", latency=0.0),
        _entry(1, SEMESTER[2], "refused", latency=1.0, personal_data=True),
        _entry(1, CAPITAL[1], "refused", latency=1.0),
        _entry(1, PARKING, "refused", latency=1.0),
        _entry(1, ANSWERABLE, sources=[docs[0]], latency=5.0),
    ]
    path = question_log_path(settings)
    path.parent.mkdir(parents=True)
    path.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in entries), encoding="utf-8")
    return settings, docs


def test_gaps_are_grouped_by_meaning(planted, embedder):
    from assistant.questionlog import read_questions
    from assistant.stats import indexed_documents, summarize

    settings, docs = planted
    entries = list(read_questions(question_log_path(settings)))[1:]  # without the expired one
    report = summarize(entries, indexed_documents(settings), embedder.embed_queries, 0.84, 0.85)

    assert report.total == 11 and (report.answered, report.refused, report.rejected) == (4, 6, 1)
    assert report.refusal_rate == pytest.approx(0.6)
    assert report.median_latency == 1.0
    assert list(report.per_day.values()) == [(3, 2, 0), (4, 1, 1), (4, 3, 0)]  # (asked, refused, rejected)
    groups = [(g.question, g.count, g.refused, g.weak) for g in report.gaps]
    assert groups[0][0] in SEMESTER and groups[0][1:] == (3, 3, 0)
    assert sorted(report.gaps[0].variants + [groups[0][0]]) == sorted(SEMESTER)
    assert groups[1][0] in CAPITAL and groups[1][1:] == (2, 2, 0)
    assert sorted(groups[2:]) == sorted([(PARKING, 1, 1, 0), (WEAK, 1, 0, 1)])
    assert report.cited == [(docs[0], 3), (docs[1], 2)]
    assert report.never_cited == docs[2:]


def test_stats_cli_writes_markdown_and_chart(planted, embedder, tmp_path, monkeypatch):
    from assistant.cli import main
    from assistant.stats import indexed_documents

    settings, docs = planted
    monkeypatch.setattr("assistant.embedding.Embedder", lambda _settings: embedder)
    for name, value in (("LOG_DIR", settings.log_dir), ("INDEX_DIR", settings.index_dir),
                        ("CACHE_DIR", settings.cache_dir)):
        monkeypatch.setenv(f"ASSISTANT_{name}", str(value))
    out = tmp_path / "rapport" / "stats.md"
    assert main(["stats", "--out", str(out)]) == 0

    text = out.read_text(encoding="utf-8")
    assert "![Frågor per dag och andel utan svar](stats.png)" in text
    assert "Andel utan svar: **60 %**" in text and "Mediantid för svar: **1.00 s**" in text
    assert "passerat lagringstiden" not in text
    assert text.count(" | 4 | 1 | 33 % |") == 1  # a rejected question is no refusal
    assert "passerat lagringstiden" not in question_log_path(settings).read_text(encoding="utf-8")  # pruned
    gaps = text.split("## Det dokumenten inte svarar på")[1].split("## Mest citerade")[0]
    assert "| 3 | 3 | 0 |" in gaps and PARKING in gaps and WEAK in gaps
    titles = indexed_documents(settings)
    cited = text.split("## Mest citerade dokument")[1].split("## Aldrig citerade")[0]
    assert f"| {titles[docs[0]]} | 3 |" in cited
    never = text.split("## Aldrig citerade dokument")[1]
    assert all(f"(`{name}`)" in never for name in docs[2:]) and docs[0] not in never

    chart = out.with_suffix(".png")
    assert chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and chart.stat().st_size > 10_000


def test_stats_since_and_stdout(planted, embedder, monkeypatch, capsys):
    from argparse import Namespace

    from assistant.stats import run_cli

    settings, _ = planted
    monkeypatch.setattr("assistant.embedding.Embedder", lambda _settings: embedder)
    since = (datetime.now(timezone.utc) - timedelta(days=1, hours=1)).astimezone().date().isoformat()
    assert run_cli(Namespace(since=since, out=None), settings) == 0
    text = capsys.readouterr().out
    assert "4 frågor" in text and SEMESTER[0] not in text and PARKING in text
    assert (settings.log_dir / "stats.png").exists()

    assert run_cli(Namespace(since="i förrgår", out=None), settings) == 2
    assert "--since" in capsys.readouterr().err


def test_stats_on_an_empty_log(built, tmp_path, capsys):
    from argparse import Namespace

    from assistant.stats import run_cli

    assert run_cli(Namespace(since=None, out=None), built.model_copy(update={"log_dir": tmp_path})) == 0
    assert "Inga frågor" in capsys.readouterr().err
