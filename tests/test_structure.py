"""Answers other assistants don't give: whole lists, reverse look-ups, side by side, dates, glossary."""

from __future__ import annotations

import html
import re

import pytest

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


# ---------------------------------------------------------------- chunks know their structure (fast, no model)

def _words(text: str) -> int:
    """A stand-in token count (this test is about structure, not the model's tokenizer)."""
    return len(text.split())


def _doc(raw: str, date: str = "", name: str = "plan.txt"):
    from assistant.corpus import parse_blocks
    from assistant.types import Document

    return Document(DocumentMeta(name, "Planen", date=date), tuple(parse_blocks(raw)), "0" * 64)


def test_timeline_entries_nest_under_their_heading_and_carry_full_dates():
    from assistant.chunking import SECTION_SEP, Chunker

    raw = ("Så här togs planen fram\n\nDecember 2020\n\n• Beslut om att ta fram en plan.\n\n"
           "Maj 2021\n\n• Förslag presenteras.\n\n• 27 maj fattades beslut att anta planen.\n")
    chunks = Chunker(_words)(_doc(raw, date="2021-05-27"))
    assert [c.section for c in chunks] == [f"Så här togs planen fram{SECTION_SEP}December 2020",
                                           f"Så här togs planen fram{SECTION_SEP}Maj 2021"]
    assert chunks[0].dates == ("2020-12",) and chunks[0].heading_date == "2020-12"
    assert chunks[1].dates == ("2021-05", "2021-05-27") and chunks[1].heading_date == "2021-05"


def test_dates_without_year_take_the_documents_year_and_sections_know_their_lead():
    from assistant.chunking import Chunker

    raw = ("Beslut\n\nPlanen fattades i styrelsen 221202. Den gäller tills vidare.\n\n"
           "Uppföljning\n\nStatusrapport 23/9 och slutrapport 18/11-22.\n")
    chunks = Chunker(_words)(_doc(raw, date="2022-12-02"))
    assert chunks[0].dates == ("2022-12-02",) and chunks[0].lead == "Planen fattades i styrelsen 221202."
    assert chunks[1].dates == ("2022-09-23", "2022-11-18") and chunks[1].heading_date == ""


def test_a_one_line_lead_stays_with_its_list():
    from assistant.chunking import Chunker

    raw = ("MÅLBILD\n\n“Friska tillsammans”\n\nTre vägar till målet:\n\n• Ökad närhet\n\n• Ökad trygghet\n\n"
           "• Hälsofrämjande fokus\n")
    (chunk,) = Chunker(_words)(_doc(raw))
    assert chunk.text.startswith("“Friska tillsammans”\n\nTre vägar till målet:\n- Ökad närhet")
    assert chunk.items == ("Ökad närhet", "Ökad trygghet", "Hälsofrämjande fokus")
    assert chunk.list_intro == "Tre vägar till målet:" and chunk.lead == "“Friska tillsammans”"


def test_new_chunk_fields_survive_the_store_and_old_builds_still_load(tmp_path):
    import json

    from assistant.store import read_chunks, write_chunks

    chunk = Chunk(id="a-0", document="a.txt", title="A", section="S", text="t", position=0, items=("x",),
                  dates=("2021-05-27",), heading_date="2021-05", lead="Ledet.")
    write_chunks(tmp_path / "chunks.jsonl", [chunk])
    assert read_chunks(tmp_path / "chunks.jsonl") == [chunk]
    old = {"id": "b-0", "document": "b.txt", "title": "B", "section": "", "text": "t", "position": 0,
           "items": [], "list_intro": ""}
    (tmp_path / "old.jsonl").write_text(json.dumps(old) + "\n", encoding="utf-8")
    assert read_chunks(tmp_path / "old.jsonl")[0].dates == ()


# ---------------------------------------------------------------- the real corpus, chunked as ingest does

_GLUED_HEADING = re.compile(r"[a-zåäö] (?:Ökad|Stärkt|Mer|Öppna|Öppnare|Viktiga|Hälso- och sjukvårdsnämnden har|Fler|Målbilden som)"
                            r" [a-zåäö]")
_FOOTNOTE_DIGIT = re.compile(r"[a-zåäö]{3}\d{1,2}(?:[:;,]|\s|$)|[a-zåäö]\.\d\s")
_WEB_FORM = re.compile(r"robot|obligatorisk|Kontaktformulär|Verifiering|Gå till alla|Pdf, \d|\(PDF\)|\(nll\.se\)|"
                       r"cookie|kakor", re.I)


@pytest.fixture(scope="module")
def corpus_chunks(tmp_path_factory):
    """Every chunk of the real corpus, cut with the real tokenizer's counts (no model loaded)."""
    from assistant.chunking import Chunker
    from assistant.corpus import load_corpus
    from assistant.embedding import Embedder

    from .conftest import CORPUS, make_settings

    settings = make_settings(tmp_path_factory.mktemp("chunks"))
    docs, problems = load_corpus(CORPUS)
    assert problems == []
    chunker = Chunker(Embedder(settings).count_tokens, settings.max_chunk_tokens)
    return [c for d in docs for c in chunker(d)]


def test_real_chunks_are_clean(corpus_chunks):
    for chunk in corpus_chunks:
        where = f"{chunk.document} #{chunk.position} ({chunk.section}): {chunk.text[:80]}"
        assert not _GLUED_HEADING.search(chunk.text), where
        assert not _FOOTNOTE_DIGIT.search(chunk.text), where
        assert not _WEB_FORM.search(chunk.text) and not _WEB_FORM.search(chunk.section), where
        assert not (chunk.text.rstrip().endswith(":") and not chunk.items), where
        assert not re.search(r"\(\w+\.se\)|https?://", chunk.section + chunk.text), where


def test_real_article_metadata_is_kept_as_fields(corpus_chunks):
    """SKR's "Om exemplet" block is what staff ask ("Är arbetet avslutat?"), not page furniture."""
    fields = [c for c in corpus_chunks if "Tidsperiod: Pågående." in c.text]
    assert len(fields) == 1 and fields[0].section.endswith("Om exemplet")
    assert "Ämne: Nära vård, Äldreomsorg." in fields[0].text
    assert "Verksamhetsområde: Hälsa och sjukvård, Social omsorg." in fields[0].text


def test_real_chunks_carry_their_sections_dates_and_leads(corpus_chunks):
    from assistant.chunking import SECTION_SEP

    by_text = {c.text: c for c in corpus_chunks}
    decided = next(c for t, c in by_text.items() if "27 maj fattades" in t)
    assert decided.section.endswith("Maj 2021") and "2021-05-27" in decided.dates
    svom = next(c for t, c in by_text.items() if "Fattades i SVOM 221202" in t)
    assert svom.section == "Beslut av målbild" and "2022-12-02" in svom.dates
    jamtland = next(c for c in corpus_chunks if c.document.startswith("jamtland") and "Fem strategier" in c.text)
    assert jamtland.text.startswith("“Tillsammans för god hälsa hela livet”") and len(jamtland.items) == 5
    person = next(c for c in corpus_chunks if c.document.startswith("hsn") and c.section == "Ökad personcentrering och delaktighet")
    assert person.lead.startswith("Personcentrering handlar om")
    announced = next(c for c in corpus_chunks if c.list_intro == "Nedan beskrivs de fyra viktiga förutsättningarna.")
    assert announced.items == ("Stärkt samverkan", "Modigt ledarskap", "Attraktiv och hållbar arbetsmiljö",
                               "Bästa tillgängliga kunskap")
    assert any(c.section == f"{announced.section}{SECTION_SEP}Modigt ledarskap" for c in corpus_chunks)


def test_glossary_holds_definitions_not_mentions(corpus_chunks):
    from assistant.glossary import build_glossary, seed_terms

    from .conftest import CORPUS

    entries = {e["term"]: e["definition"] for e in build_glossary(corpus_chunks, seed_terms(CORPUS))}
    assert "hälsocentral" not in entries  # only mentioned ("… mellan kommun, hälsocentral och sjukhus")
    assert entries["SIP"] == "Samordnad individuell plan (SIP)"
    assert entries["SVOM"] == "Sociala vård- och omsorgsgruppen (SVOM)"
    assert entries["SOLH2"] == "SOLH2 (Support Office for Life Science and Health)"  # acronym first
    assert entries["patientkontrakt"].startswith("Inom hälso- och sjukvården pågår en nationell utveckling av ett så kallat")
    assert "Det är en överenskommelse" in entries["patientkontrakt"]
    assert entries["personcentrering"].startswith("Personcentrering handlar om")
    for term, definition in entries.items():
        assert not definition.endswith(":") and " – ett av exemplen under " not in definition, term


def test_a_slides_closing_caption_stays_with_its_list():
    from assistant.chunking import Chunker

    raw = ("Bakgrund\n\n• Lagen ändrades 2021\n\n• En plan togs fram\n\nGemensam plan för primärvården"
           "\n\n\n\nFärdplan\n\n• Workshop 3/6-22\n")
    chunks = Chunker(_words)(_doc(raw))
    assert [c.section for c in chunks] == ["Bakgrund", "Färdplan"]
    assert chunks[0].items == ("Lagen ändrades 2021", "En plan togs fram")
    assert chunks[0].text.endswith("- En plan togs fram\n\nGemensam plan för primärvården")
    sentence = Chunker(_words)(_doc("Länkar\n\n• Plan A\n\n• Plan B\n\nNy rad: regionen inför ett nytt råd.\n"))
    assert [c.text for c in sentence][-1] == "Ny rad: regionen inför ett nytt råd."  # a sentence is no caption
