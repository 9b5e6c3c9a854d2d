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
# The forms an adversarial test got past the first version of the detector (issue: "written unmasked").
VARIANTS = {
    "57.03.15-1232": "personnummer", "1957-03-15-1232": "personnummer",
    "570315\u20111232": "personnummer", "570315\u22121232": "personnummer",
    "570315\u200b-1232": "personnummer", "570315/1232": "personnummer", "pnr5703151232": "personnummer",
    "46709876543": "telefonnummer", "070.987 65 43": "telefonnummer",
    "Jag heter Anna Berg": "namn", "patienten Kalle Lind": "namn", "min kollega Sven Olsson": "namn",
    "Karin Strand": "namn",
}
# What must not appear anywhere once those were planted: digits of every form, and the names.
VARIANT_FORMS = ("570315", "5703151232", "57.03.15", "1957-03-15", "709876543", "987 65 43", "9876543",
                 "Anna Berg", "Kalle Lind", "Sven Olsson", "Karin Strand")


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
    from assistant.logstore import append_log

    log = tmp_path / "logs" / "questions.jsonl"
    _plant(log, [_dated(400, "ett år gammal"), _dated(91, "91 dagar"), _dated(89, "89 dagar"), "inte json"])
    append_log(log, {"time": datetime.now(timezone.utc).isoformat(), "question": "ny"}, retention_days=90)
    assert _questions(log) == ["89 dagar", "ny"]


def test_fresh_logs_are_not_rewritten_on_write(tmp_path):
    from assistant.logstore import append_log

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



@pytest.mark.parametrize("text, kind", VARIANTS.items())
def test_every_variant_is_found_after_normalising(text, kind):
    from assistant.privacy import MASKS, mask

    masked_text = mask(f"Fråga om {text}, tack.")
    assert MASKS[kind] in masked_text
    assert not any(form in masked_text for form in VARIANT_FORMS), masked_text
    assert masked_text.startswith("Fråga om ") and masked_text.endswith(", tack.")  # the rest as typed


@pytest.mark.parametrize("text, expected", [
    ("jag heter anna berg och undrar", "jag heter [namn] och undrar"),
    ("Mitt namn är Sven.", "Mitt namn är [namn]."),
    ("Hälsningar, Per Ek", "Hälsningar, [namn]"),
    ("Vad gäller när patienten flyttar?", "Vad gäller när patienten flyttar?"),  # no capitalised word after it
    ("Vad säger Region Norrbotten om Kiruna sjukhus?", "Vad säger Region Norrbotten om Kiruna sjukhus?"),
    ("Berg sa att det gäller", "Berg sa att det gäller"),  # a surname alone is not masked (documented)
    ("Ring 070\u2011318\u00a052\u00a094 före kl. 08.00\u201317.00", "Ring [telefonnummer] före kl. 08.00\u201317.00"),
])
def test_names_and_normalised_text_are_masked_exactly(text, expected):
    from assistant.privacy import mask

    assert mask(text) == expected


def test_detection_stays_correct_on_inputs_that_used_to_stall():
    """Inputs of the shape that took 107 s for 1 MB (many overlapping candidates); timing: scripts/measure_hardening.py."""
    from assistant.privacy import find_personal_data, mask

    text = "070 " * 25_000 + f"ring {PHONE} " + "Anna " * 10_000 + "\u200b-" * 10_000
    found = find_personal_data(text)
    assert [f for f in found if f.text == PHONE]
    assert PHONE not in mask(text) and "[namn]" in mask(text)


def test_notice_says_what_is_and_is_not_masked():
    from assistant.privacy import NOTICE

    assert NOTICE.startswith("Skriv inte personuppgifter i frågor.")
    for word in ("Personnummer", "telefonnummer", "e-postadresser", "namn", "adresser", "maskeras inte"):
        assert word in NOTICE


# ------------------------------------------------------------------ every channel: nothing raw on disk or in a report


def _leaks(forms, *roots: Path) -> list[tuple[str, str]]:
    """(file, raw form) for every planted value found in any file under `roots`."""
    found = []
    for root in roots:
        paths = [Path(root)] if Path(root).is_file() else Path(root).rglob("*")
        for path in paths:
            if path.is_file():
                data = path.read_bytes()
                found += [(str(path), form) for form in forms if form.encode() in data]
    return found


@pytest.mark.slow
def test_personal_data_is_never_written_anywhere(assistant, built, embedder, tmp_path, monkeypatch, capsys):
    """Every variant through the chat, the API, the CLI and feedback; then every file and report is searched."""
    from gradio_client import Client

    from assistant.cli import main
    from assistant.ui import ChatHandlers, escape_text, new_session

    from .test_ui import _like

    settings = chat_settings(built, tmp_path)
    variants = " ".join(VARIANTS)
    planted = (f"{QUESTION} Mitt personnummer är {PERSONNUMMER}, samordningsnummer {SAMORDNINGSNUMMER}, "
               f"ring {PHONE} eller mejla {EMAIL}. Även {variants}.")
    forms = RAW_FORMS + VARIANT_FORMS
    handlers = ChatHandlers(assistant, settings, delay=0)
    messages, _, session = list(handlers.respond(planted, "*", new_session()))[-1]
    assert "Skriv inte personuppgifter i frågor" in messages[1]["content"]
    assert messages[0]["content"] == escape_text(assistant.understand(planted).text)  # the echo: the understood, masked question
    assert not _leaks_in_text(forms, messages)
    pending, *_ = handlers.rate(session, _like(1, False))
    handlers.comment(f"Kontakta mig: {PHONE}, {EMAIL}, {PERSONNUMMER.replace('-', '')}, {variants}", pending)
    messages, _, session = list(handlers.respond(f"och vad gäller för {SAMORDNINGSNUMMER.replace('-', '')} "
                                                 f"och {variants}?", "*", session))[-1]
    assert not _leaks_in_text(forms, messages)

    with running_chat(assistant, settings) as url:
        client = Client(url, verbose=False, download_files=False)
        result = client.predict(planted, [f"tidigare fråga från {EMAIL} {variants}"], "*", api_name="/ask")
        assert result["text"] if "text" in result else result["answer"]
        assert NOTICE_START in " ".join(result["notices"])
        assert not _leaks_in_text(forms, result)

    for key, value in (("LOG_DIR", settings.log_dir), ("INDEX_DIR", settings.index_dir),
                       ("CACHE_DIR", settings.cache_dir), ("CORPUS_DIR", settings.corpus_dir)):
        monkeypatch.setenv(f"ASSISTANT_{key}", str(value))
    monkeypatch.setattr("assistant.embedding.Embedder", lambda _settings: embedder)
    capsys.readouterr()
    assert main(["stats", "--out", str(tmp_path / "rapport" / "stats.md")]) == 0
    assert main(["feedback", "export", "--out", str(tmp_path / "rapport" / "utkast.jsonl")]) == 0
    assert main(["stats"]) == 0  # the report on stdout
    assert main(["feedback", "export"]) == 0
    reports = capsys.readouterr()
    assert "[personnummer]" in reports.out and not _leaks_in_text(forms, reports.out + reports.err)

    written = {p.name for p in settings.log_dir.iterdir()}
    assert {"feedback.jsonl", "questions.jsonl"} <= written
    logged = [json.loads(line) for line in (settings.log_dir / "questions.jsonl").read_text().splitlines()]
    assert len(logged) == 3 and all(e["personal_data"] for e in logged)
    assert logged[0]["question"] == assistant.understand(planted).text  # the chat logs the understood, masked question
    drafts = (tmp_path / "rapport" / "utkast.jsonl").read_text(encoding="utf-8")
    assert "[personnummer]" in drafts and "[namn]" in drafts
    assert _leaks(forms, settings.log_dir, settings.index_dir, tmp_path / "rapport") == []

    # The CLI's JSON echoes the question as the assistant understood it: masked once at the entry.
    assert main(["ask", "--json", planted]) == 0
    printed = capsys.readouterr()
    assert json.loads(printed.out)["answer"]
    assert not _leaks_in_text(forms, printed.out + printed.err)


NOTICE_START = "Skriv inte personuppgifter i frågor."


def _leaks_in_text(forms, value) -> list[str]:
    """The planted forms found in a value (JSON-encoded first when it is not text)."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return [form for form in forms if form in text]
