"""Personal data never kept: detection and masking, log retention, and every file the chat writes."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from .browser.server import chat_settings, running_chat

# Made-up values that pass the checks a real one would (Luhn check digit, day + 60).
PERSONNUMMER = "811218-9876"
SAMORDNINGSNUMMER = "701063-2375"
PHONE = "070-318 52 94"
EMAIL = "anna.svensson@example.se"
# Every form in which a planted value could leak, not only the one typed.
RAW_FORMS = (
    PERSONNUMMER, "8112189876", "198112189876", "19811218-9876",
    SAMORDNINGSNUMMER, "7010632375", "197010632375",
    PHONE, "0703185294", "070-3185294", "+46703185294", "703185294", "318 52 94",
    EMAIL, "anna.svensson",
)
QUESTION = "Vad ansvarar hälso- och sjukvårdsnämnden för?"


# ------------------------------------------------------------------ detection and masking


def test_the_planted_numbers_are_valid():
    from assistant.privacy import luhn_ok

    assert luhn_ok("8112189876") and luhn_ok("7010632375")
    assert not luhn_ok("8112189875")


@pytest.mark.parametrize("text, kind", [
    ("811218-9876", "personnummer"),
    ("811218+9876", "personnummer"),
    ("8112189876", "personnummer"),
    ("19811218-9876", "personnummer"),
    ("198112189876", "personnummer"),
    ("701063-2375", "samordningsnummer"),
    ("197010632375", "samordningsnummer"),
    ("070-123 45 67", "telefonnummer"),
    ("0701234567", "telefonnummer"),
    ("+46 70 123 45 67", "telefonnummer"),
    ("+46701234567", "telefonnummer"),
    ("0046 70 123 45 67", "telefonnummer"),
    ("08-123 456 78", "telefonnummer"),
    ("08-12 34 56", "telefonnummer"),
    ("(08) 123 45 67", "telefonnummer"),
    ("+46 (0)8 123 456 78", "telefonnummer"),
    ("0920-123 45", "telefonnummer"),
    ("031-123 45 67", "telefonnummer"),
    ("anna.svensson@example.se", "e-post"),
    ("Förnamn.Efternamn@regionnorrbotten.se", "e-post"),
])
def test_personal_data_is_found_and_masked(text, kind):
    from assistant.privacy import MASKS, find_personal_data, mask

    sentence = f"Hej, gäller det {text}? Tack."
    (finding,) = find_personal_data(sentence)
    assert (finding.kind, finding.text) == (kind, text)
    assert mask(sentence) == f"Hej, gäller det {MASKS[kind]}? Tack."


@pytest.mark.parametrize("text", [
    "811218-9875",  # wrong check digit
    "811318-9875",  # month 13
    "811250-9875",  # day 50: neither a birth day nor day + 60
    "Vad gäller 2024-01-01 till 2025-12-31?",
    "Verksamhetsplan 2025–2027, antagen 2024",
    "Ring 1177 eller 112",
    "SFS 2017:30 och dnr 123456-2024",
    "20 000 invånare, 0,5 procent, version 1.2.3",
    "kl. 08.00–17.00",
    "Vad ansvarar hälso- och sjukvårdsnämnden för?",
])
def test_ordinary_text_is_left_alone(text):
    from assistant.privacy import find_personal_data, mask

    assert find_personal_data(text) == []
    assert mask(text) == text


def test_masked_reaches_every_string_in_an_entry():
    from assistant.privacy import masked

    entry = {"question": f"pnr {PERSONNUMMER}", "history": [f"ring {PHONE}"], "n": 3,
             "sources": [{"text": f"mejla {EMAIL}"}]}
    assert masked(entry) == {"question": "pnr [personnummer]", "history": ["ring [telefonnummer]"], "n": 3,
                             "sources": [{"text": "mejla [e-post]"}]}


# ------------------------------------------------------------------ retention


def _dated(days_ago: int, text: str) -> str:
    stamp = (datetime.now(timezone.utc) - timedelta(days=days_ago)).isoformat(timespec="seconds")
    return json.dumps({"time": stamp, "question": text}, ensure_ascii=False)


def _plant(path: Path, lines: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def _questions(path: Path) -> list[str]:
    return [json.loads(line)["question"] for line in path.read_text(encoding="utf-8").splitlines()]


def test_old_entries_are_removed_on_write(tmp_path):
    from assistant.privacy import append_log

    log = tmp_path / "logs" / "questions.jsonl"
    _plant(log, [_dated(400, "ett år gammal"), _dated(91, "91 dagar"), _dated(89, "89 dagar"), "inte json"])
    append_log(log, {"time": datetime.now(timezone.utc).isoformat(), "question": "ny"}, retention_days=90)
    assert _questions(log) == ["89 dagar", "ny"]


def test_fresh_logs_are_not_rewritten_on_write(tmp_path):
    from assistant.privacy import append_log

    log = tmp_path / "questions.jsonl"
    _plant(log, [_dated(3, "tre dagar")])
    inode = log.stat().st_ino
    append_log(log, {"time": datetime.now(timezone.utc).isoformat(), "question": "ny"}, retention_days=90)
    assert log.stat().st_ino == inode  # appended, not rewritten
    assert _questions(log) == ["tre dagar", "ny"]


def test_retention_is_applied_at_start(assistant, built, tmp_path):
    from assistant.ui import ChatHandlers

    settings = built.model_copy(update={"log_dir": tmp_path / "logs", "log_retention_days": 30})
    for name in ("feedback.jsonl", "questions.jsonl"):
        _plant(settings.log_dir / name, [_dated(45, "gammal"), _dated(29, "kvar")])
    ChatHandlers(assistant, settings, delay=0)
    for name in ("feedback.jsonl", "questions.jsonl"):
        assert _questions(settings.log_dir / name) == ["kvar"]


def test_feedback_lines_are_masked_and_expire(tmp_path):
    from assistant.feedback import feedback_path, read_feedback, record_feedback
    from assistant.settings import Settings

    settings = Settings(log_dir=tmp_path, log_retention_days=7)
    _plant(feedback_path(settings), [json.dumps({"id": "old", "time": "2020-01-01T00:00:00+00:00"})])
    record_feedback(settings, question=f"Mitt nummer {PHONE}", answer="Svar", sources=[], rating="down",
                    comment=f"Mejla mig på {EMAIL}", history=[f"pnr {PERSONNUMMER}"])
    (entry,) = read_feedback(feedback_path(settings))
    assert entry["question"] == "Mitt nummer [telefonnummer]"
    assert entry["comment"] == "Mejla mig på [e-post]" and entry["history"] == ["pnr [personnummer]"]


# ------------------------------------------------------------------ the whole chat: nothing raw on disk


def _leaks(*roots: Path) -> list[tuple[str, str]]:
    """(file, raw form) for every planted value found in any file under `roots`."""
    found = []
    for root in roots:
        for path in Path(root).rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                found += [(str(path), form) for form in RAW_FORMS if form.encode() in data]
    return found


def test_personal_data_is_never_written_anywhere(assistant, built, tmp_path):
    from gradio_client import Client

    from assistant.ui import ChatHandlers, new_session

    from .test_ui import _like

    settings = chat_settings(built, tmp_path)
    planted = (f"{QUESTION} Mitt personnummer är {PERSONNUMMER}, samordningsnummer {SAMORDNINGSNUMMER}, "
               f"ring {PHONE} eller mejla {EMAIL}.")
    handlers = ChatHandlers(assistant, settings, delay=0)
    messages, _, session = list(handlers.respond(planted, "*", new_session()))[-1]
    assert "Skriv inte personuppgifter i frågor" in messages[1]["content"]
    assert "&#91;personnummer&#93;" in messages[0]["content"]  # the echo is masked too
    assert messages[2]["metadata"]["title"].startswith("Källor")  # answered as usual
    pending, *_ = handlers.rate(session, _like(1, False))
    handlers.comment(f"Kontakta mig: {PHONE}, {EMAIL}, {PERSONNUMMER.replace('-', '')}", pending)
    list(handlers.respond(f"och vad gäller för {SAMORDNINGSNUMMER.replace('-', '')}?", "*", session))

    with running_chat(assistant, settings) as url:
        client = Client(url, verbose=False, download_files=False)
        result = client.predict(planted, [f"tidigare fråga från {EMAIL}"], "*", api_name="/ask")
        assert result["answered"] is True and result["sources"]
        assert "Skriv inte personuppgifter i frågor." in result["notices"]
        assert PERSONNUMMER not in json.dumps(result, ensure_ascii=False)

    written = {p.name for p in settings.log_dir.iterdir()}
    assert {"feedback.jsonl", "questions.jsonl"} <= written
    logged = [json.loads(line) for line in (settings.log_dir / "questions.jsonl").read_text().splitlines()]
    assert len(logged) == 3 and all(e["personal_data"] for e in logged)
    assert "[personnummer]" in logged[0]["question"] and "[e-post]" in logged[0]["question"]
    assert _leaks(settings.log_dir, settings.index_dir) == []
