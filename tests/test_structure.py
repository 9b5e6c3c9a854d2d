"""Answers other assistants don't give: whole lists, reverse look-ups, side by side, dates, glossary."""

from __future__ import annotations

import html
import re

from assistant.service import currency_notices
from assistant.types import Chunk, Citation, DocumentMeta, Hit


def test_reverse_lookup_names_the_riktningsforandring(assistant):
    answer = assistant.ask("Vilken riktningsförändring passar mobila team?")
    assert answer.answered
    first_line = answer.text.splitlines()[0]
    assert "Mobila team" in first_line and "Öppnare vårdformer" in first_line
    assert answer.citations[0].chunk.section == "Öppnare vårdformer"


def test_four_shifts_come_back_whole(assistant):
    answer = assistant.ask("Vilka är de fyra riktningsförändringarna?")
    for item in ("Mer hälsofrämjande och förebyggande insatser", "Ökad personcentrering och delaktighet",
                 "Stärkt gemensam primärvård", "Öppnare vårdformer"):
        assert item in answer.text


def test_five_strategies_of_jamtland(assistant):
    answer = assistant.ask("Vilka fem strategier har Jämtland Härjedalen?")
    for item in ("Ökad delaktighet", "Ökad kontinuitet", "Ökad tillgänglighet", "Hälsofrämjande fokus",
                 "Ökad samordning och samverkan"):
        assert item in answer.text


def test_comparison_has_one_row_per_region_each_cited(assistant):
    answer = assistant.ask("Jämför målbilderna i Norrbotten, Jämtland Härjedalen och Västernorrland")
    rows = answer.text.splitlines()
    assert [r.split(":")[0] for r in rows] == ["Norrbotten", "Jämtland Härjedalen", "Västernorrland"]
    for row in rows:
        assert re.search(r"\[\d+\]", row)
    regions = {c.meta.region for c in answer.citations}
    assert regions == {"Norrbotten", "Jämtland Härjedalen", "Västernorrland"}
    assert "comparison" in answer.flags

    from assistant.ui import render_answer

    table = render_answer(answer.text, answer.notices, answer.flags)
    assert table.startswith('<div class="answer"><table class="comparison">') and table.count("<tr>") == 4  # header + 3 regions
    assert all('class="cite"' in row for row in table.split("<tr>")[2:])  # a citation in every cell


def test_glossary_is_built_from_the_corpus_with_sources(assistant):
    entries = {e["term"]: e for e in assistant.glossary()}
    assert "Sociala vård- och omsorgsgruppen (SVOM)" in entries["SVOM"]["definition"]
    assert "Samordnad individuell plan (SIP)" in entries["SIP"]["definition"]
    assert "patientkontrakt" in entries
    chunk_ids = {c.id for c in assistant.index.chunks}
    assert all(e["chunk_id"] in chunk_ids for e in entries.values())


def test_sources_carry_dates(assistant):
    answer = assistant.ask("När antogs målbilden i Norrbotten?")
    assert answer.answered and "27 maj" in answer.text
    assert all(c.meta.date_note for c in answer.citations)


def _chunk(doc: str) -> Chunk:
    return Chunk(id=f"{doc}-0", document=doc, title=doc.upper(), section="S", text="t", position=0)


def test_superseded_and_older_documents_are_flagged():
    old, new = _chunk("old.txt"), _chunk("new.txt")
    metas = {"old.txt": DocumentMeta("old.txt", "Gamla planen", date="2021-01-01", superseded_by="new.txt"),
             "new.txt": DocumentMeta("new.txt", "Nya planen", date="2025-01-01")}
    citations = [Citation(1, old, 0.9, metas["old.txt"])]
    notices = currency_notices(citations, [Hit(old, 1.0), Hit(new, 0.9)], metas)
    assert "”Gamla planen” har ersatts av ”Nya planen”." in notices
    assert any("det nyare dokumentet ”Nya planen”" in n for n in notices)


def test_web_chat_shows_glossary_and_getting_started(assistant, tmp_path):
    from assistant.ui import ChatHandlers

    from .conftest import make_settings

    handlers = ChatHandlers(assistant, make_settings(tmp_path))
    _, panel = handlers.refresh()  # the panel's tabs: Källor, Kom igång, Ordlista, Om tjänsten
    assert "<script" not in panel
    panel = html.unescape(panel)
    started = panel.split('id="panel-kom-igang"')[1].split('role="tabpanel"')[0]
    glossary = panel.split('id="panel-ordlista"')[1].split('role="tabpanel"')[0]
    assert "SVOM" in glossary and "Sociala vård- och omsorgsgruppen" in glossary and "Källa:" in glossary
    for step in ("Målbild", "Förutsättningar", "Riktningsförändringar", "Exempel", "Nämndens uppdrag"):
        assert f"<strong>{step}</strong>" in started
    assert started.count("Källa:") >= 4
