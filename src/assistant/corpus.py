"""Read `corpus/` (txt, md, pdf, docx), clean extraction artefacts, attach metadata, hash.

Files come out of PDF and web extraction: hard line breaks mid-sentence, blank lines between
PDF lines, private-use bullet glyphs, stray page numbers, hyphenation. `parse_blocks` turns
such text into headings, paragraphs and lists so chunks can follow the document's structure.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .types import Block, Document, DocumentMeta

SUPPORTED = {".txt", ".md", ".pdf", ".docx"}
MANIFEST = "manifest.json"
IGNORED = {MANIFEST, "README.md", "readme.md", "README.txt"}

_BULLET_CHARS = "•▪◦●■□➢➤►✓✔–"
_BULLET = re.compile(rf"^(?:[\ue000-\uf8ff{_BULLET_CHARS}]|[-*+](?=\s))\s*")
_NUMBERED = re.compile(r"^(\d{1,2})[.)]\s+(?=\S)")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_URL_ONLY = re.compile(r"^(?:https?://|www\.)\S+$")
_PAGE_NUMBER = re.compile(r"^(?:\d{1,3}|sid(?:a|an)?\s+\d{1,3}(?:\s*\(\d+\))?)$", re.I)
_TERMINAL = (".", "!", "?", ";", ":", "”", '"', "»")
_KEEP_HYPHEN_BEFORE = {"och", "eller", "samt", "till", "respektive", "som", "men"}
# A line ending in one of these words cannot end a heading or a sentence.
_OPEN_ENDINGS = {"i", "och", "för", "av", "på", "med", "till", "om", "att", "som", "en", "ett",
                 "den", "det", "de", "från", "mellan", "samt", "eller", "inom", "vid", "under", "the", "of", "and"}
_CAPTION = re.compile(r"^(?:Illustration|Figur|Bild|Foto)\b", re.I)
# Control, zero-width and bidirectional-override characters (the last could make a passage
# display differently from what it says).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]")


class CorpusError(Exception):
    """A corpus file that cannot be read; the message names the file and says why."""


@dataclass(frozen=True)
class Problem:
    """A corpus file that was skipped, and why (in Swedish, for the maintainer)."""

    name: str
    reason: str

    def __str__(self) -> str:
        return f"{self.name}: {self.reason}"


# ---------------------------------------------------------------- cleaning

def normalise(text: str) -> str:
    """Unicode NFC, unified newlines, no control, zero-width or bidi-override characters, no NBSP."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\f", "\n").replace("\xa0", " ").replace("\u00ad", "")
    return _CONTROL.sub("", text)


def _line_kind(line: str) -> str:
    if _BULLET.match(line):
        return "bullet"
    if _NUMBERED.match(line):
        return "numbered"
    return "text"


def _strip_marker(line: str) -> str:
    line = _BULLET.sub("", line, count=1)
    return line.strip()


def _is_noise(line: str) -> bool:
    return (bool(_PAGE_NUMBER.match(line) or _URL_ONLY.match(line) or _CAPTION.match(line))
            or not any(c.isalnum() or c == "§" for c in line))


def _continues(prev: str, cur: str, in_item: bool = False) -> bool:
    """Whether `cur` is the wrapped continuation of `prev` (same sentence or item)."""
    first = cur[0]
    if first.islower() or first in "§%)]»”,.;:–(":
        return True
    if prev.endswith((",", "-", "(", "/")):
        return True
    if prev.endswith(":") and len(cur) >= 55:
        return True  # "… är mål 3:" + "Hälsa och välbefinnande, mål 8: …" is one sentence
    last = prev.rsplit(" ", 1)[-1].lower()
    if last in _OPEN_ENDINGS:
        return True
    # A wrapped full-width line: list items wrap earlier than body text.
    return len(prev) >= (45 if in_item else 64) and not prev.endswith(_TERMINAL) and first.isalpha()


def _join(prev: str, cur: str) -> str:
    if prev.endswith("-") and cur[:1].islower():
        word = re.match(r"\w+", cur)
        if word and word.group(0) not in _KEEP_HYPHEN_BEFORE and not prev.endswith(" -"):
            return prev[:-1] + cur
    return f"{prev} {cur}"


def logical_lines(text: str) -> list[tuple[str, str]]:
    """Physical lines merged into logical ones: (kind, text) with kind bullet/numbered/text/heading."""
    out: list[list[str]] = []
    blanks = 0
    for raw in normalise(text).split("\n"):
        line = re.sub(r"\s+", " ", raw).strip()
        if not line:
            blanks += 1
            continue
        # PDF extraction turns a bullet glyph into one leading space; a page's first line
        # also starts with a space but follows its predecessor without a blank line.
        spaced_bullet = bool(out) and blanks >= 1 and re.match(r"^ (?! )\S", raw) is not None
        hard_break, blanks = blanks >= 2, 0
        md = _MD_HEADING.match(line)
        if md:
            out.append(["heading", md.group(2).strip()])
            continue
        if _is_noise(line):
            continue
        kind = "bullet" if spaced_bullet else _line_kind(line)
        if kind == "bullet":
            line = _strip_marker(line)
            if not line:
                continue
        if (out and kind == "text" and not hard_break and out[-1][0] != "heading"
                and _continues(out[-1][1], line, in_item=out[-1][0] != "text")):
            out[-1][1] = _join(out[-1][1], line)
        else:
            out.append([kind, line])
    return [(k, t) for k, t in out]


def _heading_like(text: str) -> bool:
    words = text.split()
    return (
        0 < len(words) <= 12 and len(text) <= 90 and text[0].isupper()
        and not text.endswith((".", ",", ";", "!", "?", ":", "”", '"'))
        and not text.startswith(("”", '"', "“"))
    )


def parse_blocks(text: str) -> list[Block]:
    """Headings, paragraphs and lists (a list keeps the sentence that introduces it)."""
    lines = logical_lines(text)
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        kind, line = lines[i]
        if kind in ("bullet", "numbered") or (kind == "text" and line.endswith(":") and _starts_list(lines, i + 1)):
            intro = ""
            if kind == "text":
                intro, i = line, i + 1
            items, i = _collect_items(lines, i)
            if not intro and blocks and blocks[-1].kind == "paragraph":
                intro = blocks.pop().text
            blocks.append(Block("list", intro, tuple(items)))
            continue
        if kind == "heading" or (kind == "text" and _heading_like(line)):
            blocks.append(Block("heading", line))
        else:
            blocks.append(Block("paragraph", line))
        i += 1
    return blocks


def _starts_list(lines: list[tuple[str, str]], i: int) -> bool:
    """After an introducing colon: bullets, numbers, or a run of short label lines."""
    if i >= len(lines):
        return False
    if lines[i][0] in ("bullet", "numbered"):
        return True
    run = 0
    while i + run < len(lines) and lines[i + run][0] == "text" and _heading_like(lines[i + run][1]):
        run += 1
    return run >= 2


def _collect_items(lines: list[tuple[str, str]], i: int) -> tuple[list[str], int]:
    items: list[str] = []
    label_run = i < len(lines) and lines[i][0] == "text"
    while i < len(lines):
        kind, line = lines[i]
        if label_run:
            if kind != "text" or not _heading_like(line):
                break
        elif kind not in ("bullet", "numbered"):
            break
        items.append(_NUMBERED.sub("", line) if kind == "numbered" else line)
        i += 1
    return items, i


# ---------------------------------------------------------------- loaders

def _read_text(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CorpusError(f"filen är inte UTF-8-kodad (byte {exc.start}); spara den som UTF-8") from exc


def _read_pdf(path: Path) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted and not reader.decrypt(""):
            raise CorpusError("PDF-filen är krypterad/lösenordsskyddad")
        pages = [page.extract_text() or "" for page in reader.pages]
    except CorpusError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise CorpusError(f"PDF-filen går inte att läsa ({type(exc).__name__}: {exc})") from exc
    except Exception as exc:  # pypdf raises many kinds on broken files
        if "crypt" in str(exc).lower() or "AES" in str(exc):
            raise CorpusError("PDF-filen är krypterad och kan inte läsas") from exc
        raise CorpusError(f"PDF-filen går inte att läsa ({type(exc).__name__}: {exc})") from exc
    return "\n\n".join(pages)


def _read_docx(path: Path) -> str:
    import zipfile

    from docx import Document as DocxDocument
    from docx.opc.exceptions import PackageNotFoundError

    try:
        doc = DocxDocument(str(path))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise CorpusError(f"Word-filen går inte att läsa ({type(exc).__name__})") from exc
    lines = []
    for para in doc.paragraphs:
        text = para.text.strip()
        if not text:
            continue
        style = (para.style.name or "").lower() if para.style is not None else ""
        if style.startswith(("heading", "rubrik", "title")):
            lines.append("# " + text)
        elif "list" in style:
            lines.append("- " + text)
        else:
            lines.append(text)
    return "\n".join(lines)


def read_file(path: Path) -> str:
    """Raw text of one corpus file; raises CorpusError with a reason a maintainer can act on."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise CorpusError(f"filtypen {suffix or '(ingen)'} stöds inte (stöds: {', '.join(sorted(SUPPORTED))})")
    try:
        if suffix == ".pdf":
            text = _read_pdf(path)
        elif suffix == ".docx":
            text = _read_docx(path)
        else:
            text = _read_text(path)
    except FileNotFoundError as exc:
        raise CorpusError("filen försvann under läsningen") from exc
    except PermissionError as exc:
        raise CorpusError("filen går inte att läsa (behörighet saknas)") from exc
    if not text.strip():
        raise CorpusError("filen är tom eller innehåller ingen text")
    return text


# ---------------------------------------------------------------- metadata

def _front_matter(text: str) -> tuple[dict[str, str], str]:
    if not text.startswith("---\n"):
        return {}, text
    end = text.find("\n---", 4)
    if end < 0:
        return {}, text
    meta = {}
    for line in text[4:end].splitlines():
        key, sep, value = line.partition(":")
        if sep:
            meta[key.strip()] = value.strip().strip('"')
    return meta, text[end + 4:].lstrip("\n")


def load_manifest(corpus_dir: Path) -> dict[str, dict]:
    """The corpus manifest (file name -> title, publisher, kind, date …); empty if absent."""
    path = corpus_dir / MANIFEST
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise CorpusError(f"{MANIFEST} går inte att tolka: {exc}") from exc
    return {k: v for k, v in data.items() if isinstance(v, dict)}


def _meta(name: str, entry: dict, blocks: list[Block]) -> DocumentMeta:
    fields = {k: str(v) for k, v in entry.items() if k in DocumentMeta.__dataclass_fields__ and k != "name"}
    if not fields.get("title"):
        first = next((b.text for b in blocks if b.kind == "heading"), "")
        fields["title"] = first or Path(name).stem.replace("-", " ").replace("_", " ").capitalize()
    return DocumentMeta(name=name, **fields)


def load_document(path: Path, entry: dict | None = None) -> Document:
    """Read, clean and structure one corpus file."""
    raw = read_file(path)
    front, body = _front_matter(raw) if path.suffix.lower() in {".md", ".txt"} else ({}, raw)
    blocks = parse_blocks(body)
    if not blocks:
        raise CorpusError("filen innehåller ingen läsbar text efter rensning")
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    return Document(meta=_meta(path.name, {**front, **(entry or {})}, blocks), blocks=tuple(blocks), sha256=sha)


def scan(corpus_dir: Path) -> list[Path]:
    """Corpus files in a stable order (manifest, READMEs and dot-files excluded)."""
    if not corpus_dir.is_dir():
        raise CorpusError(f"korpusmappen {corpus_dir} finns inte")
    return sorted(p for p in corpus_dir.iterdir()
                  if p.is_file() and p.name not in IGNORED and not p.name.startswith((".", "~")))


def load_corpus(corpus_dir: Path) -> tuple[list[Document], list[Problem]]:
    """Every readable document, and a named reason for each file that was skipped."""
    manifest = load_manifest(corpus_dir)
    docs: list[Document] = []
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for path in scan(corpus_dir):
        try:
            doc = load_document(path, manifest.get(path.name))
        except CorpusError as exc:
            problems.append(Problem(path.name, str(exc)))
            continue
        if doc.sha256 in seen:
            problems.append(Problem(path.name, f"dubblett av {seen[doc.sha256]}; hoppas över"))
            continue
        seen[doc.sha256] = path.name
        docs.append(doc)
    return docs, problems
