"""Corpus files that must not leak or break an ingest: links out of the folder, broken and bomb
.docx files, bad manifests, and the line joiner on inputs that used to take quadratic time."""

from __future__ import annotations

import json
import os
import random
import re
import zipfile
from pathlib import Path

import pytest

from assistant.corpus import MAX_DOCX_PARAGRAPHS, load_corpus, logical_lines

from .conftest import CORPUS
from .test_corpus import make_docx

GOOD = "# Rubrik\n\nEtt stycke om nära vård.\n"


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "bra.md").write_text(GOOD, encoding="utf-8")
    return corpus


def _texts(docs) -> str:
    return "\n".join(b.text + " " + " ".join(b.items) for d in docs for b in d.blocks)


def test_links_out_of_the_corpus_are_reported_and_never_read(tmp_path):
    corpus = _corpus(tmp_path)
    secret = tmp_path / "secret.txt"
    secret.write_text("HEMLIGT-LÖSENORD finns här.", encoding="utf-8")
    os.symlink("/etc/passwd", corpus / "passwd.txt")
    os.symlink("../secret.txt", corpus / "hemlig.txt")
    os.symlink("/proc/self/environ", corpus / "miljo.txt")
    os.symlink(secret, corpus / "absolut.md")
    os.symlink(corpus / "saknas.txt", corpus / "trasig-lank.txt")
    os.mkfifo(corpus / "ror.txt")
    docs, problems = load_corpus(corpus)
    assert [d.meta.name for d in docs] == ["bra.md"]
    reasons = {p.name: p.reason for p in problems}
    for name in ("passwd.txt", "hemlig.txt", "miljo.txt", "absolut.md"):
        assert "utanför korpusmappen" in reasons[name], reasons
    assert "inte finns" in reasons["trasig-lank.txt"] and "inte en vanlig fil" in reasons["ror.txt"]
    text = _texts(docs)
    assert "HEMLIGT" not in text and "root:" not in text and "PATH=" not in text


def test_a_link_inside_the_corpus_is_read_like_its_target(tmp_path):
    corpus = _corpus(tmp_path)
    (corpus / "sub").mkdir()
    (corpus / "sub" / "plan.txt").write_text("Planen gäller hemsjukvård i hela länet.", encoding="utf-8")
    os.symlink("sub/plan.txt", corpus / "plan.txt")
    docs, problems = load_corpus(corpus)
    assert [d.meta.name for d in docs] == ["bra.md", "plan.txt"] and problems == []


def _docx_with(path: Path, replace: dict[str, bytes]) -> Path:
    """A real .docx with some of its parts replaced."""
    source = make_docx(path.with_suffix(".orig.docx"))
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            out.writestr(info.filename, replace.get(info.filename, src.read(info.filename)))
    source.unlink()
    return path


def test_docx_with_broken_xml_is_reported_and_the_rest_indexed(tmp_path):
    corpus = _corpus(tmp_path)
    _docx_with(corpus / "trasig.docx", {"word/document.xml": b"<w:document><w:body><w:p>trasig"})
    docs, problems = load_corpus(corpus)
    assert [d.meta.name for d in docs] == ["bra.md"]
    (problem,) = problems
    assert problem.name == "trasig.docx" and "Word-filen går inte att läsa (XMLSyntaxError)" in problem.reason


def test_docx_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    corpus = _corpus(tmp_path)
    body = b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    bomb = body + b"<w:body>" + b" " * (100 * 2**20) + b"</w:body></w:document>"
    path = _docx_with(corpus / "bomb.docx", {"word/document.xml": bomb})
    assert path.stat().st_size < 1_000_000  # small on disk, 100 MB unpacked
    docs, problems = load_corpus(corpus)
    assert [d.meta.name for d in docs] == ["bra.md"]
    assert problems[0].name == "bomb.docx" and "packas upp till för mycket" in problems[0].reason


def test_docx_with_too_many_paragraphs_is_refused(tmp_path):
    corpus = _corpus(tmp_path)
    ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    paragraphs = b"<w:p/>" * (MAX_DOCX_PARAGRAPHS + 1)
    _docx_with(corpus / "lang.docx", {"word/document.xml": f'<w:document xmlns:w="{ns}"><w:body>'.encode()
                                      + paragraphs + b"</w:body></w:document>"})
    docs, problems = load_corpus(corpus)
    assert problems[0].name == "lang.docx" and "för många stycken" in problems[0].reason


@pytest.mark.parametrize("manifest, message", [
    ("[]", "ska vara ett JSON-objekt"),
    ("null", "ska vara ett JSON-objekt"),
    ('"titel"', "ska vara ett JSON-objekt"),
])
def test_a_manifest_that_is_not_an_object_is_a_clear_error(tmp_path, manifest, message):
    from assistant.corpus import CorpusError

    corpus = _corpus(tmp_path)
    (corpus / "manifest.json").write_text(manifest, encoding="utf-8")
    with pytest.raises(CorpusError, match=message):
        load_corpus(corpus)


def test_manifest_nulls_and_missing_files_are_named_not_shown_as_none(tmp_path):
    corpus = _corpus(tmp_path)
    (corpus / "manifest.json").write_text(json.dumps({
        "bra.md": {"title": None, "date": None, "publisher": "Regionen", "region": 7},
        "borta.txt": {"title": "Finns inte"},
        "konstig.txt": "bara text",
        "_glossary": ["nära vård"],
    }), encoding="utf-8")
    docs, problems = load_corpus(corpus)
    (doc,) = docs
    assert doc.meta.title == "Rubrik" and doc.meta.date == "" and doc.meta.publisher == "Regionen"
    assert "None" not in repr(doc.meta) and doc.meta.region == "7"
    warnings = [p.reason for p in problems if not p.skipped]
    assert any("borta.txt har ingen fil" in w for w in warnings)
    assert any("konstig.txt är inget objekt" in w for w in warnings)
    assert any("bra.md: fältet title är null" in w for w in warnings)
    assert not [p for p in problems if p.skipped]


def test_empty_corpus_or_only_unreadable_files_is_a_clear_error(tmp_path, embedder):
    from assistant.corpus import CorpusError
    from assistant.ingest import Ingestor

    from .conftest import make_settings

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    settings = make_settings(tmp_path, corpus=corpus)
    with pytest.raises(CorpusError, match="innehåller inga dokument"):
        Ingestor(settings, embedder).run()
    (corpus / "latin1.txt").write_bytes("Hälsocentral".encode("latin-1"))
    (corpus / "tom.txt").write_bytes(b"")
    with pytest.raises(CorpusError, match=r"Inget dokument .* gick att läsa \(2 hoppades över: latin1.txt"):
        Ingestor(settings, embedder).run()
    assert not settings.index_dir.exists() or not (settings.index_dir / "CURRENT").exists()


# ------------------------------------------------------------------ the line joiner: linear, same result


def _reference_logical_lines(text: str) -> list[tuple[str, str]]:
    """The joiner as it was before it was made linear (string concatenation), as an oracle."""
    from assistant import corpus as c

    def join(prev: str, cur: str) -> str:
        if prev.endswith("-") and cur[:1].islower():
            word = re.match(r"\w+", cur)
            if word and word.group(0) not in c._KEEP_HYPHEN_BEFORE and not prev.endswith(" -"):
                return prev[:-1] + cur
        return f"{prev} {cur}"

    out: list[list[str]] = []
    blanks = 0
    last = ""  # the physical line before (only a full-width one wraps)
    item_indent = -1  # a line indented under a list item, right below it, goes on with it
    for raw in c.normalise(text).split("\n"):
        line = re.sub(r"\s+", " ", raw).strip()
        if not line:
            blanks += 1
            continue
        indent = len(raw) - len(raw.lstrip(" "))
        if out and out[-1][0] == "bullet" and not blanks and 0 <= item_indent < indent and c._line_kind(line) != "bullet":
            out[-1][1] = join(out[-1][1], line)
            last = line
            continue
        spaced_bullet = bool(out) and blanks >= 1 and re.match(r"^ (?! )\S", raw) is not None
        hard_break, blanks = blanks >= 2, 0
        md = c._MD_HEADING.match(line)
        if md:
            out.append(["heading", md.group(2).strip()])
            continue
        if c._is_noise(line):
            continue
        kind = "bullet" if spaced_bullet else c._line_kind(line)
        item_indent = indent if kind == "bullet" else -1
        if kind == "bullet":
            line = c._strip_marker(line)
            if not line:
                continue
        if (out and kind == "text" and not hard_break and out[-1][0] != "heading"
                and c._continues(out[-1][1], line, in_item=out[-1][0] != "text", last=last)):
            out[-1][1] = join(out[-1][1], line)
        else:
            out.append([kind, line])
        last = line
    return [(k, t) for k, t in out]


def test_logical_lines_match_the_reference_on_the_real_corpus_and_random_text():
    for path in sorted(CORPUS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert logical_lines(text) == _reference_logical_lines(text), path.name
    rng = random.Random(16)
    pieces = ["vård-", "och", "- punkt", "• punkt", "1. steg", "# Rubrik", "", "", " indrag", "samt -",
              "mening som slutar.", "fortsätter här", "Versal början", "a" * 70, "x-", "(parentes", "§ 3",
              "lång rad " * 9, "Kort:", "12", "https://example.org", "till", "i", "  • namn", "    titel"]
    for _ in range(300):
        text = "\n".join(rng.choice(pieces) for _ in range(rng.randint(1, 60)))
        assert logical_lines(text) == _reference_logical_lines(text), text


@pytest.mark.slow
def test_logical_lines_on_eighty_thousand_continuation_lines():
    """The shape that took 18 s (quadratic); timing is printed by scripts/measure_hardening.py."""
    text = "\n".join(["början av en lång mening som fortsätter"] + ["och fortsätter på nästa rad-"] * 40_000
                     + ["rad utan slut"] * 40_000)
    ((kind, joined),) = logical_lines(text)
    assert kind == "text" and joined.count("rad utan slut") == 40_000
