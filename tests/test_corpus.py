"""Corpus reading and cleaning: real files, real extraction artefacts, bad files reported by name."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.corpus import CorpusError, load_corpus, load_document, logical_lines, parse_blocks
from assistant.types import Block

from .conftest import CORPUS

PDF_LINES = ["Handlingsplan för hemsjukvård", "Regionen ska införa mobila närvårdsteam i alla kommuner",
             "under år 2026. Teamen leds av en distriktssköterska."]


def make_pdf(path: Path, lines: list[str] = PDF_LINES, password: str | None = None) -> Path:
    """A real PDF with real text (matplotlib's PDF backend, TrueType fonts), optionally encrypted."""
    import matplotlib

    matplotlib.use("Agg")
    matplotlib.rcParams["pdf.fonttype"] = 42
    import matplotlib.pyplot as plt

    fig = plt.figure(figsize=(8.27, 11.69))
    for i, line in enumerate(lines):
        fig.text(0.1, 0.9 - 0.03 * i, line, fontsize=11)
    fig.savefig(path)
    plt.close(fig)
    if password:
        from pypdf import PdfWriter

        writer = PdfWriter(clone_from=str(path))
        writer.encrypt(user_password=password, algorithm="RC4-128")
        writer.write(str(path))
    return path


def make_docx(path: Path) -> Path:
    """A real Word file with a heading, a paragraph and a bulleted list."""
    from docx import Document

    doc = Document()
    doc.add_heading("Plan för digital vård", level=1)
    doc.add_paragraph("Regionen ska erbjuda videobesök på alla hälsocentraler.")
    doc.add_paragraph("Prioriterade områden:")
    for item in ("Digitala vårdmöten", "Egenmonitorering vid hjärtsvikt"):
        doc.add_paragraph(item, style="List Bullet")
    doc.save(str(path))
    return path


def test_pdf_artefacts_are_cleaned():
    raw = ("Nära vård innebär en förflyttning från inneliggande sjukhusvård till \n\n"
           "öppna vårdformer. Det finns en ojämlikhet mellan socio- \n\nekonomiska grupper.\n\n 12 \n\n"
           "Exempel på områden att arbeta med:  \n\n\uf0b7 Mobila team \n\n\uf0b7 Hemmonitorering  \n\n"
           "https://example.org/dokument.pdf\n")
    blocks = parse_blocks(raw)
    text = " ".join(b.text for b in blocks)
    assert "sjukhusvård till öppna vårdformer." in text
    assert "socioekonomiska" in text
    assert "12" not in text.split() and "https://" not in text
    lists = [b for b in blocks if b.kind == "list"]
    assert lists and lists[0].text == "Exempel på områden att arbeta med:"
    assert lists[0].items == ("Mobila team", "Hemmonitorering")


def test_hyphen_before_conjunction_is_kept():
    lines = logical_lines("Mödra- \n\noch barnhälsovård är viktiga för barn.")
    assert lines == [("text", "Mödra- och barnhälsovård är viktiga för barn.")]


def test_real_strategy_keeps_every_example_list_with_its_heading():
    doc = load_document(CORPUS / "norrbotten-strategi-nara-vard.txt")
    sections = {}
    heading = ""
    for block in doc.blocks:
        if block.kind == "heading":
            heading = block.text
        elif block.kind == "list" and block.text.startswith("Exempel på områden"):
            sections[heading] = block.items
    assert sections["Öppnare vårdformer"] == ("Mobila team", "Servicepunkter och filialer i glesbygd",
                                              "Specialistkonsultation i hemmet", "Hemmonitorering",
                                              "Digitala välfärdstjänster")
    assert "Patientkontrakt och Samordnad individuell plan (SIP)" in sections["Ökad personcentrering och delaktighet"]
    assert len(sections["Hälsofrämjande och förebyggande insatser"]) == 11


def test_manifest_titles_are_used():
    docs, problems = load_corpus(CORPUS)
    assert problems == []
    titles = {d.meta.title for d in docs}
    assert "Hälso- och sjukvårdsnämndens verksamhetsplan 2025–2027" in titles
    assert all(d.meta.date_note for d in docs)


def test_pdf_and_docx_are_read(tmp_path):
    pdf = load_document(make_pdf(tmp_path / "plan.pdf"))
    assert "mobila närvårdsteam i alla kommuner under år 2026." in " ".join(b.text for b in pdf.blocks)
    docx = load_document(make_docx(tmp_path / "digital.docx"))
    kinds = [b.kind for b in docx.blocks]
    assert kinds[0] == "heading" and docx.meta.title == "Plan för digital vård"
    assert any(b.kind == "list" and "Digitala vårdmöten" in b.items for b in docx.blocks)


@pytest.mark.parametrize("name,content,reason", [
    ("latin1.txt", "Hälsocentral i Luleå".encode("latin-1"), "UTF-8"),
    ("tom.txt", b"   \n\n ", "tom"),
    ("bild.png", b"\x89PNG\r\n", "stöds inte"),
    ("trasig.pdf", b"%PDF-1.4 this is not a pdf", "PDF"),
    ("trasig.docx", b"PK not a zip", "Word"),
])
def test_bad_files_are_reported_by_name_and_the_rest_indexed(tmp_path, name, content, reason):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "bra.md").write_text("# Rubrik\n\nEtt stycke om nära vård.\n", encoding="utf-8")
    (corpus / name).write_bytes(content)
    docs, problems = load_corpus(corpus)
    assert [d.meta.name for d in docs] == ["bra.md"]
    assert len(problems) == 1 and problems[0].name == name and reason in problems[0].reason


def test_encrypted_pdf_and_duplicate_are_reported(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    make_pdf(corpus / "hemlig.pdf", password="hemligt")
    (corpus / "a.txt").write_text("Samma text om nära vård.", encoding="utf-8")
    (corpus / "b.txt").write_text("Samma text om nära vård.", encoding="utf-8")
    docs, problems = load_corpus(corpus)
    assert [d.meta.name for d in docs] == ["a.txt"]
    reasons = {p.name: p.reason for p in problems}
    assert "krypterad" in reasons["hemlig.pdf"]
    assert "dubblett av a.txt" in reasons["b.txt"]


def test_file_deleted_between_scan_and_read(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Ett stycke om primärvård.", encoding="utf-8")
    (corpus / "b.txt").write_text("Ett stycke om tandvård.", encoding="utf-8")
    import assistant.corpus as corpus_mod

    real_scan = corpus_mod.scan

    def scan_then_delete(folder):
        paths = real_scan(folder)
        (folder / "b.txt").unlink()
        return paths

    monkeypatch.setattr(corpus_mod, "scan", scan_then_delete)
    docs, problems = load_corpus(corpus)
    assert [d.meta.name for d in docs] == ["a.txt"]
    assert problems[0].name == "b.txt" and "försvann" in problems[0].reason


def test_missing_corpus_dir_is_a_clear_error(tmp_path):
    with pytest.raises(CorpusError, match="finns inte"):
        load_corpus(tmp_path / "saknas")


# ---------------------------------------------------------------- structure and cleaning rules
# Small hand-made texts, one per rule, written like (not copied from) the corpus's extraction.

def _kinds(blocks):
    return [(b.kind, b.text) for b in blocks]


def test_heading_after_a_short_last_line_is_not_glued_into_the_sentence():
    raw = ("Målet är att stärka hälsan genom ett gott bemötande samt ett integrerat \n\n"
           "perspektiv i alla verksamheter \n\nBättre samordning av insatser \n\n"
           "Samordning handlar om att vården hänger ihop för patienten och att ingen faller \n\n"
           "mellan stolarna. \n")
    blocks = parse_blocks(raw)
    assert _kinds(blocks) == [
        ("paragraph", "Målet är att stärka hälsan genom ett gott bemötande samt ett integrerat perspektiv i alla verksamheter"),
        ("heading", "Bättre samordning av insatser"),
        ("paragraph", "Samordning handlar om att vården hänger ihop för patienten och att ingen faller mellan stolarna."),
    ]


def test_wrapped_heading_stays_one_heading_and_keeps_apart_from_its_sentence():
    raw = (" Nämndens inriktning och uppdrag inom \n\nutvecklingsområdet \n\n"
           "Nämnden har följande inriktningar och uppdrag för 2025–2027. \n\n"
           "\uf0b7 Stärka primärvården \n\n\uf0b7 Utveckla digitala kontakter \n")
    blocks = parse_blocks(raw)
    assert blocks[0] == Block("heading", "Nämndens inriktning och uppdrag inom utvecklingsområdet")
    assert blocks[1] == Block("list", "Nämnden har följande inriktningar och uppdrag för 2025–2027.",
                              ("Stärka primärvården", "Utveckla digitala kontakter"))


def test_title_broken_before_its_last_word_but_not_a_heading_before_a_sentence():
    assert parse_blocks("Vår gemensamma plan i \n\nVästerbotten \n\nPlanen gäller alla.")[0] == \
        Block("heading", "Vår gemensamma plan i Västerbotten")
    blocks = parse_blocks("Detta har arbetet lett till\n\nPlanen kan sammanfattas i tre punkter.\n")
    assert _kinds(blocks) == [("heading", "Detta har arbetet lett till"),
                              ("paragraph", "Planen kan sammanfattas i tre punkter.")]


def test_footnote_marks_are_removed_and_other_digits_kept():
    raw = ("Regionen verkar för alla som bor i länet.2 Visionen är god hälsa för alla. Vården bygger på "
           "följande två principer3: \n\n1. Människovärde \n\n2. Behov \n\n"
           "Projektet SOLH2 följer Agenda 2030s mål 3: hälsa, och 1177:s e-tjänster.\n")
    text = "\n".join(b.text + " " + " ".join(b.items) for b in parse_blocks(raw))
    assert "länet. Visionen" in text and "principer:" in text
    assert "SOLH2" in text and "Agenda 2030s" in text and "mål 3:" in text and "1177:s" in text


def test_footnote_text_is_dropped_and_the_list_goes_on_across_the_page():
    raw = ("Värdegrunden betonar demokrati genom: \n\n• Alla människors lika värde \n\n"
           "• Delaktighet och ansvarstagande \n\n \n\n \n\n \n\n"
           "2 Kommunallag (2017:725) | Sveriges riksdag (riksdagen.se): \n\n"
           "https://www.riksdagen.se/sv/dokument \n \n\n \n\n \n\n• Öppenhet och hållbarhet \n\nJämställdhet\n\n"
           "Regionen arbetar med jämställdhet.")
    blocks = parse_blocks(raw)
    assert blocks[0] == Block("list", "Värdegrunden betonar demokrati genom:",
                              ("Alla människors lika värde", "Delaktighet och ansvarstagande", "Öppenhet och hållbarhet"))
    assert "riksdagen" not in " ".join(b.text for b in blocks)


def test_a_link_label_is_never_a_section_title():
    raw = ("Nämnden har elva ledamöter. \n\nSammanträden - Intranätet (region.se) \n\nVårdens struktur \n\n"
           "Regionen har tre sjukhus.")
    blocks = parse_blocks(raw)
    # (kept as a line of its own, without its domain: it tells where the sammanträden are found)
    assert _kinds(blocks) == [("paragraph", "Nämnden har elva ledamöter."), ("paragraph", "Sammanträden - Intranätet."),
                              ("heading", "Vårdens struktur"), ("paragraph", "Regionen har tre sjukhus.")]


def test_web_page_furniture_is_dropped_by_kind_not_by_sentence():
    page = """Uppdaterad 3 mars 2024

Mobil närvård i glesbygd

Regionen har startat mobila team som besöker patienter i hemmet.

Vi använder kakor för att förbättra webbplatsen.

Dela sidan
Facebook
LinkedIn

Relaterade sidor

Hemsjukvård
Digitala vårdmöten

Kontaktformulär Regionen
Namn * (obligatoriskt)
Bekräfta att du inte är en robot.

Om artikeln

Kategori
Vård och omsorg
Målgrupp
Kommun, Region

Nyheter från regionen

Här samlar vi nyheter om vården i länet.

Se alla nyheter"""
    blocks = parse_blocks(page)
    assert _kinds(blocks) == [("heading", "Mobil närvård i glesbygd"), ("paragraph", "Uppdaterad 3 mars 2024"),
                              ("paragraph", "Regionen har startat mobila team som besöker patienter i hemmet."),
                              # the article's own metadata is content, its label/value pairs as fields
                              ("heading", "Om artikeln"),
                              ("paragraph", "Kategori: Vård och omsorg. Målgrupp: Kommun, Region.")]
    advice = "Levnadsvanor\n\nUndvik sötsaker och kakor till kaffet, och rör dig varje dag.\n"
    assert [b.text for b in parse_blocks(advice)][1].startswith("Undvik sötsaker och kakor")  # content, not a cookie banner


def test_metadata_that_is_not_label_value_pairs_stays_furniture():
    page = "Mobil närvård\n\nRegionen har mobila team.\n\nOm artikeln\n\nKategori\nVård och omsorg\nMålgrupp\n"
    assert _kinds(parse_blocks(page)) == [("heading", "Mobil närvård"), ("paragraph", "Regionen har mobila team.")]


def test_file_links_keep_their_titles_as_items():
    raw = ("Det finns fler planer. De presenteras i följande dokument.\n\n"
           "Umeå. Plan för nära vård 2030 (PDF) Pdf, 1 MB.\n\nLuleå Gemensam plan (PDF) Pdf, 980 kB.\n")
    assert parse_blocks(raw) == [Block("list", "Det finns fler planer. De presenteras i följande dokument.",
                                       ("Umeå. Plan för nära vård 2030", "Luleå Gemensam plan"))]


def test_slides_keep_titles_and_lists():
    raw = ("MÅLBILD\n\n“Friska tillsammans”\n\nTre vägar till målet:\n\n\uf0b4Ökad närhet\n\n\uf0b4Ökad trygghet\n\n"
           "\uf0b4Hälsofrämjande fokus\n\n\n\n"
           "\uf0b4 ”Jag blir lyssnad på.”\n\n\uf0b4 ”Jag vet vart jag ska vända mig.”\n\nMÅLBILD\nFÖR INVÅNAREN\n\n\n\n"
           "Beslut\n\n\uf0b4 Fattades i styrelsen 230512\n")
    blocks = parse_blocks(raw)
    assert _kinds(blocks)[:3] == [("heading", "MÅLBILD"), ("paragraph", "“Friska tillsammans”"),
                                  ("list", "Tre vägar till målet:")]
    assert blocks[2].items == ("Ökad närhet", "Ökad trygghet", "Hälsofrämjande fokus")
    assert _kinds(blocks)[3:6] == [("heading", "MÅLBILD"), ("heading", "FÖR INVÅNAREN"), ("list", "")]
    assert blocks[5].items == ("”Jag blir lyssnad på.”", "”Jag vet vart jag ska vända mig.”")
    assert blocks[6] == Block("heading", "Beslut")


def test_a_caption_after_a_titled_slide_is_not_the_next_slides_title():
    raw = ("Bakgrund\n\n\uf0b4 Lagen ändrades 2021\n\n\uf0b4 En plan togs fram\n\nGemensam plan för \n\nprimärvården"
           "\n\n\n\nFärdplan\n\n\uf0b4 Workshop 3/6-22\n")
    blocks = parse_blocks(raw)
    assert [b.kind for b in blocks] == ["heading", "list", "paragraph", "heading", "list"]
    assert blocks[2].text == "Gemensam plan för primärvården" and blocks[3].text == "Färdplan"


def test_a_lead_in_that_announces_sections_gets_their_headings_as_items():
    raw = ("Förutsättningar\n\nTre saker avgör takten. Nedan beskrivs de tre förutsättningarna.\n\n"
           "Samverkan\n\nSamverkan behövs.\n\nLedarskap\n\nLedarskap behövs.\n\nKunskap\n\nKunskap behövs.")
    blocks = parse_blocks(raw)
    assert blocks[1] == Block("paragraph", "Tre saker avgör takten.")
    assert blocks[2] == Block("list", "Nedan beskrivs de tre förutsättningarna.", ("Samverkan", "Ledarskap", "Kunskap"))
    assert blocks[3] == Block("heading", "Samverkan")


def test_years_wrapped_onto_their_own_line_stay_with_the_title():
    raw = ("Prioriterade mål \n\n2022–2026 \n\nRegionen prioriterar tre mål.\n\n \n\n \n\n"
           "Styrande dokument \n\nStrategier \n\nPlan för minoritetspolitiken 2023– \n\n2025 \n\n"
           "Folkhälsostrategi 2018-2026 \n\nReglemente för nämnden \n")
    blocks = parse_blocks(raw)
    assert blocks[0] == Block("heading", "Prioriterade mål 2022–2026")
    assert blocks[2] == Block("heading", "Styrande dokument")
    assert blocks[3] == Block("list", "", ("Strategier", "Plan för minoritetspolitiken 2023–2025",
                                           "Folkhälsostrategi 2018-2026", "Reglemente för nämnden"))



def test_a_pages_named_contact_is_content_with_the_title_indented_under_the_name():
    page = ("Fler regioners målbilder\n\nUppsala. Målbild 2030 (PDF) Pdf, 2 MB.\n\nInformationsansvarig\n\n"
            "  • Lisbeth Löpare Johansson\n    Samordnare\n\nKontakta oss\n\nKontaktformulär SKR\nVerifiering * (obligatorisk)\n")
    blocks = parse_blocks(page)
    assert ("heading", "Informationsansvarig") in [(b.kind, b.text) for b in blocks]
    assert ("list", ("Lisbeth Löpare Johansson Samordnare",)) in [(b.kind, b.items) for b in blocks]
    assert not any("Kontakt" in f"{b.text} {b.items}" or "Verifiering" in f"{b.text} {b.items}" for b in blocks)
    # a line indented under a list item but after a blank line is a paragraph of its own
    assert [kind for kind, _ in logical_lines("  • Punkt ett\n\n    Nästa stycke börjar här.")] == ["bullet", "text"]


def test_a_lone_link_to_a_web_page_is_kept_as_a_line_saying_where_a_thing_is_found():
    """hold65-13 "Var hittar jag nämndens beredningsplan …?": the plan says "Beredningsplaner - Insidan (nll.se)" under
    "Ledamöter och beredningsplan för …", a line ingest dropped as a bare link."""
    raw = ("Ledamöter och beredningsplan för hälso- och sjukvårdsnämnden \n\n"
           "Nämnden består av 13 ordinarie ledamöter och 13 ersättare. \n\nBeredningsplaner - Insidan (nll.se)  \n\n")
    text = " ".join(b.text for b in parse_blocks(raw))
    assert "Beredningsplaner - Insidan." in text and "13 ersättare." in text and "nll.se" not in text
