"""Corpus reading and cleaning: real files, real extraction artefacts, bad files reported by name."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.corpus import CorpusError, load_corpus, load_document, logical_lines, parse_blocks

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
