"""Read `corpus/` (txt, md, pdf, docx), clean extraction artefacts, attach metadata, hash.

Files come out of PDF and web extraction: hard line breaks mid-sentence, blank lines between
PDF lines, private-use bullet glyphs, stray page numbers, hyphenation. `parse_blocks` turns
such text into headings, paragraphs and lists so chunks can follow the document's structure.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import stat
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .swedish import DATELINE, announced_count
from .types import Block, Document, DocumentMeta

SUPPORTED = {".txt", ".md", ".pdf", ".docx"}
# A .docx is a zip of XML: limits on the file, on what it unpacks to and on its paragraphs keep a
# zip bomb (333 KB that unpacks to 100 MB of XML) from taking the ingest's memory and time.
MAX_DOCX_BYTES = 50 * 1024 * 1024
MAX_DOCX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_DOCX_XML_BYTES = 20 * 1024 * 1024
MAX_DOCX_PARAGRAPHS = 50_000
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
_SHORT_LINE = 40  # a physical line shorter than this ends its paragraph (or is a heading)
_CAPTION = re.compile(r"^(?:Illustration|Figur|Bild|Foto)\b", re.I)
# Control, zero-width and bidirectional-override characters (the last could make a passage
# display differently from what it says).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]")


class CorpusError(Exception):
    """A corpus file that cannot be read; the message names the file and says why."""


@dataclass(frozen=True)
class Problem:
    """A corpus file that was skipped, and why (in Swedish, for the maintainer).

    `skipped=False` marks a warning about something that was indexed anyway (a manifest entry).
    """

    name: str
    reason: str
    skipped: bool = True

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


def _continues(prev: str, cur: str, in_item: bool = False, last: str = "") -> bool:
    """Whether `cur` is the wrapped continuation of `prev` (same sentence or item).

    `last` is the physical line before `cur` (`prev` may be several lines merged): only a
    full-width physical line wraps, so a short line ending a paragraph keeps a following
    heading apart ("… i alla verksamheter" + "Ökad personcentrering och delaktighet").
    """
    last = last or prev
    first = cur[0]
    if first.islower() or first in "§%)]»”,.;:–(":
        return True
    if prev.endswith((",", "-", "–", "(", "/")):
        return True
    if prev.endswith(":") and len(cur) >= 55:
        return True  # "… är mål 3:" + "Hälsa och välbefinnande, mål 8: …" is one sentence
    if _FILE_LINK.search(last):
        return False  # "… (PDF)" ends a link line
    if last.rsplit(" ", 1)[-1].lower() in _OPEN_ENDINGS:
        # A wrapped sentence, or a title broken before its last words ("… målbild i" + "Norrbotten");
        # not a heading that ends in "till" followed by a sentence, nor two titles in a list.
        if _heading_like(f"{prev} {cur}"):
            return True
        return len(last) >= _SHORT_LINE and not (len(cur) < 50 and _heading_like(cur))
    # A wrapped full-width line: list items wrap earlier than body text.
    return len(last) >= (45 if in_item else 64) and not last.endswith(_TERMINAL) and first.isalpha()


# `_continues` looks at no more of a logical line than its last characters: its end, its last word,
# whether it is at least 64 characters long and whether it could still be a heading (at most 90
# characters) all read the same from the last 128.
_TAIL = 128


class _Logical:
    """A logical line being built from physical ones; its parts are joined once, at the end (linear)."""

    __slots__ = ("kind", "parts", "tail")

    def __init__(self, kind: str, text: str) -> None:
        self.kind, self.parts, self.tail = kind, [text], text[-_TAIL:]

    def text(self) -> str:
        return "".join(self.parts)


def _join(line: _Logical, cur: str) -> None:
    """Append `cur` to a logical line: a hyphenated word is rejoined, otherwise one space between."""
    prev = line.tail
    if prev.endswith("-") and cur[:1].islower():
        word = re.match(r"\w+", cur)
        if word and word.group(0) not in _KEEP_HYPHEN_BEFORE and not prev.endswith(" -"):
            line.parts[-1] = line.parts[-1][:-1]
            line.parts.append(cur)
            line.tail = (prev[:-1] + cur)[-_TAIL:]
            return
    line.parts += [" ", cur]
    line.tail = (prev + " " + cur)[-_TAIL:]


def logical_lines(text: str) -> list[tuple[str, str]]:
    """Physical lines merged into logical ones: (kind, text) with kind bullet/numbered/text/heading."""
    out: list[_Logical] = []
    blanks = 0
    last = ""
    item_indent = -1  # how far the last bullet's line was indented (web text: "  • Name" then "    Title")
    for raw in normalise(text).split("\n"):
        line = re.sub(r"\s+", " ", raw).strip()
        if not line:
            blanks += 1
            continue
        indent = len(raw) - len(raw.lstrip(" "))
        if out and out[-1].kind == "bullet" and not blanks and 0 <= item_indent < indent and not _line_kind(line) == "bullet":
            _join(out[-1], line)  # a line indented under a list item, right below it, goes on with it
            last = line
            continue
        # PDF extraction turns a bullet glyph into one leading space; a page's first line
        # also starts with a space but follows its predecessor without a blank line.
        spaced_bullet = bool(out) and blanks >= 1 and re.match(r"^ (?! )\S", raw) is not None
        hard_break, blanks = blanks >= 2, 0
        md = _MD_HEADING.match(line)
        if md:
            out.append(_Logical("heading", md.group(2).strip()))
            continue
        if _is_noise(line):
            continue
        kind = "bullet" if spaced_bullet else _line_kind(line)
        item_indent = indent if kind == "bullet" else -1
        if kind == "bullet":
            line = _strip_marker(line)
            if not line:
                continue
        if (out and kind == "text" and not hard_break and out[-1].kind != "heading"
                and _continues(out[-1].tail, line, in_item=out[-1].kind != "text", last=last)):
            _join(out[-1], line)
        else:
            out.append(_Logical(kind, line))
        last = line
    return [(logical.kind, logical.text()) for logical in out]


def _heading_like(text: str) -> bool:
    words = text.split()
    return (
        0 < len(words) <= 12 and len(text) <= 90 and text[0].isupper()
        and not text.endswith((".", ",", ";", "!", "?", ":", "”", '"'))
        and not text.startswith(("”", '"', "“"))
        and not DATELINE.match(text)
    )


# ---------------------------------------------------------------- structure
# PDF, slide and web extraction leave more than line breaks behind: footnote digits glued to
# words, footnote and link texts, page furniture of web pages (forms, CAPTCHA, cookie and share
# texts, "go to all …" teasers), slide titles extracted after the slide's content. These rules
# are written for the kinds of artefact, not for the sentences of one file.

_PAGE_BREAK = re.compile(r"\n(?:[ \t]*\n){3,}")  # three or more blank lines: a new page or slide
_FOOTNOTE_MARK = re.compile(r"(?<=[a-zåäö]{3})\d{1,2}(?=[:;,]?(?:\s|$))|(?<=[a-zåäö][.,])\d{1,2}(?=\s+[A-ZÅÄÖ])")
_DOMAIN = r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:se|nu|com|org|net|eu|fi|no|dk|info|io)"
_LINK_SUFFIX = re.compile(rf"\s*\(\s*{_DOMAIN}\s*\)\s*:?$", re.I)
# "1 Hälso- och sjukvårdslag (2017:30) | Sveriges riksdag (riksdagen.se):" – a footnote's text.
_FOOTNOTE_TEXT = re.compile(rf"^\d{{1,2}}\s+\S.*(?:\({_DOMAIN}\)|https?://|\s\|\s)", re.I)
# "Uppsala. Målbild … 2030 (PDF) Pdf, 1 MB." – a link to a file: its title is kept, the rest dropped.
_FILE_LINK = re.compile(r"\s*\((?:PDF|Word|Excel|PowerPoint)\)(?:\s*(?:Pdf|Word|Excel|PowerPoint)?,?\s*"
                        r"(?:\d+(?:[.,]\d+)?\s*[kMG]B)?\.?)?\s*$", re.I)
_YEAR_RANGE_GAP = re.compile(r"\b((?:19|20)\d\d)\s*([–-])\s+((?:19|20)\d\d)\b")
_YEAR_ONLY = re.compile(r"^(?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)?\d\d)?$")
# Page furniture of web pages: forms, CAPTCHA, cookie and share texts, navigation links.
_WEB_CHROME = re.compile(
    r"\b(?:inte|ej|not)\b[^.]{0,25}\brobot\b|captcha|\(obligatorisk[at]?\)|\*\s*obligatorisk|obligatoriska fält"
    r"|^(?=.*\b(?:cookies?|kakor)\b)(?=.*\b(?:webbplats\w*|sajt\w*|godkänn\w*|acceptera\w*|inställningar|använder)\b)"
    r"|^(?:dela|dela (?:sidan|artikeln|på \w+)|skriv ut(?: sidan)?|tipsa (?:en vän|någon)|följ oss(?: på \w+)?"
    r"|prenumerera\b.*|till toppen|tillbaka|hoppa till (?:innehållet|huvudinnehållet)|meny|stäng"
    r"|facebook|twitter|linkedin|instagram|youtube|x)$"
    r"|^(?:gå|tillbaka) till (?:alla|startsidan|toppen)\b|^(?:se|visa) alla\b|^läs (?:mer|hela)\b.{0,40}$",
    re.I)
# Headings that open a block of page furniture: everything short under them goes too. (Not "Informationsansvarig":
# the article's named contact is content – "Vem kan man kontakta om exemplet?")
_CHROME_HEADING = re.compile(
    r"^(?:kontakta oss|kontaktformulär\b.*|om (?:exemplet|artikeln|sidan|webbplatsen|kakor)"
    r"|relaterat|relaterade (?:sidor|länkar|artiklar|exempel)|läs också|dela sidan|cookies?|kakor)$", re.I)
_NAVIGATION = re.compile(r"^(?:gå|tillbaka) till (?:alla|startsidan)\b|^(?:se|visa) alla\b", re.I)
# An article's own metadata ("Om exemplet", then label and value lines: "Ämne" / "Nära vård, Äldreomsorg",
# "Tidsperiod" / "Pågående") is content staff ask about ("Är arbetet avslutat?"): its pairs become one
# paragraph of "Label: value." sentences under the heading.
_FIELDS_BLOCK = re.compile(r"^(Om (?:exemplet|artikeln))[ \t]*\n[ \t]*\n((?:[ \t]*[^\s][^\n]*\n)+)", re.M | re.I)
_LABEL = r"[A-ZÅÄÖ][\wåäö]*(?: [\wåäö]+){0,2}"  # "Ämne", "Exempel från"
_FIELD_LABEL = re.compile(rf"^{_LABEL}$")
_FIELDS = re.compile(rf"^(?:{_LABEL}: [^.:]+\. ?)+$")
# One field as the answer reads it: "Tidsperiod: Pågående." (group 1: its label)
FIELD = re.compile(rf"^({_LABEL}): [^.:]+\.$")


def _fields_paragraph(text: str) -> str:
    """A metadata block's label/value line pairs as one paragraph ("Ämne: Nära vård, Äldreomsorg. …")."""
    def pairs(m: re.Match) -> str:
        lines = [re.sub(r"\s+", " ", x).strip() for x in m.group(2).splitlines()]
        if len(lines) % 2 or not all(_FIELD_LABEL.match(x) and len(v) <= 60 and not v.endswith(".")
                                     for x, v in zip(lines[::2], lines[1::2])):
            return m.group(0)  # not label/value pairs: left to the page-furniture rule
        return m.group(1) + "\n\n" + " ".join(f"{x}: {v}." for x, v in zip(lines[::2], lines[1::2])) + "\n"
    return _FIELDS_BLOCK.sub(pairs, text)


def clean_line(text: str) -> str:
    """One logical line without footnote digits ("grundprinciper1:", "Norrbotten.1 Regionens")."""
    text = _FOOTNOTE_MARK.sub("", text)
    return _YEAR_RANGE_GAP.sub(r"\1\2\3", text)


def _is_chrome(line: str) -> bool:
    return bool(_WEB_CHROME.search(line))


def _page_lines(text: str) -> list[tuple[str, str]]:
    """Logical lines of each page/slide, cleaned, with ("break", "") between pages."""
    out: list[tuple[str, str]] = []
    for part in _PAGE_BREAK.split(normalise(text)):
        page: list[tuple[str, str]] = []
        for kind, line in logical_lines(_fields_paragraph(part)):
            if kind != "heading" and _FOOTNOTE_TEXT.match(line):
                continue
            line = clean_line(line)
            if _FILE_LINK.search(line):
                line, kind = _FILE_LINK.sub("", line).rstrip(" .,"), "bullet"
            elif _LINK_SUFFIX.search(line):
                previous = page[-1][1] if page else ""
                if kind == "text" and (not previous or previous.endswith(_TERMINAL)):
                    # a lone link to a web page tells where a thing is found: kept as its own line, without the
                    # site's domain ("Beredningsplaner - Insidan (nll.se)" under "Ledamöter och beredningsplan för …")
                    page.append(("text", f"{_LINK_SUFFIX.sub('', line).rstrip(' :')}."))
                    continue
                line = _LINK_SUFFIX.sub("", line)
            if kind == "text" and _YEAR_ONLY.match(line) and page and _is_title(*page[-1]):
                page[-1] = (page[-1][0], f"{page[-1][1]} {line}")  # "… hållbarhetsmål" + "2022–2026"
            elif line:
                page.append((kind, line))
        if page:
            out += [("break", "")] if out else []
            out += page
    return _drop_web_chrome(_place_slide_titles(out))


def _is_title(kind: str, line: str) -> bool:
    return kind == "heading" or (kind == "text" and _heading_like(line))


def _place_slide_titles(lines: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Slide titles extracted after the slide's content move in front of it; a trailing caption
    of a titled slide becomes a paragraph."""
    pages: list[list[tuple[str, str]]] = [[]]
    for kind, line in lines:
        if kind == "break":
            pages.append([])
        else:
            pages[-1].append((kind, line))
    for n, page in enumerate(pages):
        tail = 0
        while tail < min(2, len(page) - 1) and _is_title(*page[-1 - tail]) and page[-1 - tail][0] == "text":
            tail += 1
        if not tail or (len(page) - tail) < 1:
            continue
        if not any(_is_title(*x) for x in page[:-tail]):  # an untitled slide: the title came last
            page[:] = page[-tail:] + page[:-tail]
        elif n + 1 < len(pages) and pages[n + 1] and _is_title(*pages[n + 1][0]):
            page[-tail:] = [("caption", line) for _, line in page[-tail:]]
    out: list[tuple[str, str]] = []
    for page in pages:
        out += ([("break", "")] if out else []) + page
    return out


def _drop_web_chrome(lines: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Without forms, CAPTCHA, cookie/share texts, teaser boxes and page-metadata blocks."""
    keep = [True] * len(lines)
    for i, (kind, line) in enumerate(lines):
        if _NAVIGATION.search(line):  # a teaser box: heading, at most one sentence, "Gå till alla …"
            keep[i] = False
            back = i - 1
            if back >= 0 and not _is_title(*lines[back]) and len(split_sentences_simple(lines[back][1])) <= 1:
                keep[back] = False
                back -= 1
            if back >= 0 and _is_title(*lines[back]):
                keep[back] = False
        elif _is_chrome(line):
            keep[i] = False
        elif kind != "break" and _CHROME_HEADING.match(line) and not _heads_fields(lines, i):
            keep[i] = False
            j = i + 1  # the short label/value lines under it ("Ämne", "Nära vård, Äldreomsorg", …)
            while j < len(lines) and lines[j][0] != "break" and not _heads_fields(lines, j) and (
                    _is_chrome(lines[j][1]) or _CHROME_HEADING.match(lines[j][1])
                    or (len(lines[j][1]) <= 60 and not lines[j][1].endswith((".", "!", "?")))):
                keep[j] = False
                j += 1
    return [x for x, k in zip(lines, keep) if k]


def _heads_fields(lines: list[tuple[str, str]], i: int) -> bool:
    """Line i is a heading over an article's metadata fields (content, not page furniture)."""
    return i + 1 < len(lines) and bool(_FIELDS.match(lines[i + 1][1]))


def split_sentences_simple(text: str) -> list[str]:
    """Sentences of one line (enough to tell a one-sentence teaser from a paragraph)."""
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])", text) if s.strip()]


def parse_blocks(text: str) -> list[Block]:
    """Headings, paragraphs and lists (a list keeps the sentence that introduces it)."""
    lines = _page_lines(text)
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        kind, line = lines[i]
        if kind == "break":
            i += 1
            continue
        if kind in ("bullet", "numbered") or (kind == "text" and line.endswith(":") and _starts_list(lines, i + 1)):
            intro = ""
            if kind == "text":
                intro, i = line, i + 1
            items, i = _collect_items(lines, i)
            if not intro and blocks and blocks[-1].kind == "paragraph":
                intro = blocks.pop().text
            blocks.append(Block("list", intro, tuple(items)))
            continue
        if _is_title(kind, line) and _title_run_ends_page(lines, i):
            items, i = _title_run(lines, i + 1)  # a heading over a bare list of titles (document lists)
            blocks += [Block("heading", line), Block("list", "", tuple(items))]
            continue
        elif _is_title(kind, line):
            blocks.append(Block("heading", line))
        else:
            blocks.append(Block("paragraph", line))
        i += 1
    return _announced_sections(_dateline_after_title(blocks))


def _headings_after(blocks: list[Block], i: int, count: int) -> list[str]:
    """The first `count` section headings after block i (a heading followed by content); stops there,
    so a long document is not scanned again for every paragraph."""
    found = []
    for j in range(i + 1, len(blocks) - 1):
        if blocks[j].kind == "heading" and blocks[j + 1].kind != "heading":
            found.append(blocks[j].text)
            if len(found) == count:
                break
    return found


def _announced_sections(blocks: list[Block]) -> list[Block]:
    """"Nedan beskrivs de fyra viktiga förutsättningarna." followed by four sections: the sentence
    becomes a list of their headings, so the lead-in never stands without what it announces."""
    out: list[Block] = []
    for i, block in enumerate(blocks):
        sentences = split_sentences_simple(block.text) if block.kind == "paragraph" else []
        count = announced_count(sentences[-1]) if sentences and sentences[-1].endswith(".") else None
        headings = _headings_after(blocks, i, count) if count and i + 1 < len(blocks) \
            and blocks[i + 1].kind == "heading" else []
        if count and len(headings) == count:
            if sentences[:-1]:
                out.append(Block("paragraph", " ".join(sentences[:-1])))
            out.append(Block("list", sentences[-1], tuple(headings)))
        else:
            out.append(block)
    return out


def _title_run(lines: list[tuple[str, str]], i: int) -> tuple[list[str], int]:
    items = []
    while i < len(lines) and lines[i][0] == "text" and _heading_like(lines[i][1]):
        items.append(lines[i][1])
        i += 1
    return items, i


def _title_run_ends_page(lines: list[tuple[str, str]], i: int) -> bool:
    """A heading followed by three or more title lines and then the page's end: a list of titles."""
    items, end = _title_run(lines, i + 1)
    return len(items) >= 3 and (end >= len(lines) or lines[end][0] == "break")


def _dateline_after_title(blocks: list[Block]) -> list[Block]:
    """"Publicerad 17 februari 2021" above a web page's title belongs to the page's first section."""
    if len(blocks) >= 2 and blocks[0].kind == "paragraph" and DATELINE.match(blocks[0].text) \
            and blocks[1].kind == "heading":
        return [blocks[1], blocks[0], *blocks[2:]]
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
    """List items up to the next non-item line (bullets go on over a page break)."""
    items: list[str] = []
    label_run = i < len(lines) and lines[i][0] == "text"
    while i < len(lines):
        kind, line = lines[i]
        if kind == "break" and items and not label_run and i + 1 < len(lines) and lines[i + 1][0] in ("bullet", "numbered"):
            i += 1
            continue
        if label_run:
            if kind != "text" or not _heading_like(line):
                break
        elif kind not in ("bullet", "numbered"):
            break
        items.append(_NUMBERED.sub("", line) if kind == "numbered" else line)
        i += 1
    return items, i


# ---------------------------------------------------------------- loaders

def _read_text(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CorpusError(f"filen är inte UTF-8-kodad (byte {exc.start}); spara den som UTF-8") from exc


def _read_pdf(data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
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


def _check_docx(data: bytes) -> None:
    """Refuse a .docx that is too large or unpacks to too much (sizes from the zip directory,
    which zipfile enforces while reading)."""
    if len(data) > MAX_DOCX_BYTES:
        raise CorpusError(f"Word-filen är för stor ({len(data) // 2**20} MB, högst {MAX_DOCX_BYTES // 2**20} MB)")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise CorpusError(f"Word-filen går inte att läsa ({type(exc).__name__})") from exc
    unpacked = sum(e.file_size for e in entries)
    xml = sum(e.file_size for e in entries if e.filename.endswith((".xml", ".rels")))
    if unpacked > MAX_DOCX_UNPACKED_BYTES or xml > MAX_DOCX_XML_BYTES:
        raise CorpusError(f"Word-filen packas upp till för mycket ({unpacked // 2**20} MB, varav XML "
                          f"{xml // 2**20} MB; högst {MAX_DOCX_UNPACKED_BYTES // 2**20} MB och "
                          f"{MAX_DOCX_XML_BYTES // 2**20} MB XML)")


def _read_docx(data: bytes) -> str:
    from docx import Document as DocxDocument

    _check_docx(data)
    try:
        doc = DocxDocument(io.BytesIO(data))
        paragraphs = doc.paragraphs
    except Exception as exc:  # zipfile, python-docx and lxml (XMLSyntaxError) raise many kinds
        raise CorpusError(f"Word-filen går inte att läsa ({type(exc).__name__})") from exc
    if len(paragraphs) > MAX_DOCX_PARAGRAPHS:
        raise CorpusError(f"Word-filen har för många stycken ({len(paragraphs)}, högst {MAX_DOCX_PARAGRAPHS})")
    lines = []
    for para in paragraphs:
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


def read_bytes(path: Path, root: Path | None = None) -> bytes:
    """The bytes of a regular file, refused when it is (or leads, after resolving links) outside `root`.

    Opened without following a final symlink and checked with fstat on the open file, so what is
    checked is what is read: no device, FIFO or /proc file, no link swapped in after the check.
    """
    if root is not None:
        resolved = path.resolve()
        if not resolved.is_relative_to(Path(root).resolve()):
            raise CorpusError("filen är en länk till något utanför korpusmappen; hoppas över")
        if path.is_symlink() and not resolved.exists():
            raise CorpusError("länken pekar på en fil som inte finns; hoppas över")
        path = resolved
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError as exc:
        if exc.errno == 40:  # ELOOP: a symlink where none may be
            raise CorpusError("filen är en länk; hoppas över") from exc
        raise
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
            raise CorpusError("inte en vanlig fil (enhet, FIFO eller mapp); hoppas över")
        return fh.read()


def read_file(path: Path, root: Path | None = None, data: bytes | None = None) -> str:
    """Raw text of one corpus file; raises CorpusError with a reason a maintainer can act on.

    With `root`, only a regular file inside that folder (after resolving links) is read.
    """
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise CorpusError(f"filtypen {suffix or '(ingen)'} stöds inte (stöds: {', '.join(sorted(SUPPORTED))})")
    try:
        data = read_bytes(path, root) if data is None else data
        if suffix == ".pdf":
            text = _read_pdf(data)
        elif suffix == ".docx":
            text = _read_docx(data)
        else:
            text = _read_text(data)
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


def _read_manifest(corpus_dir: Path) -> dict:
    """manifest.json as a JSON object ({} when absent); CorpusError when it is not one."""
    path = corpus_dir / MANIFEST
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise CorpusError(f"{MANIFEST} går inte att tolka: {exc}") from exc
    if not isinstance(data, dict):
        raise CorpusError(f"{MANIFEST} ska vara ett JSON-objekt med filnamn som nycklar, "
                          f'till exempel {{"plan.txt": {{"title": "…"}}}}, inte {type(data).__name__ if data is not None else "null"}')
    return data


def load_manifest(corpus_dir: Path) -> dict[str, dict]:
    """The corpus manifest (file name -> title, publisher, kind, date …); empty if absent."""
    return {k: v for k, v in _read_manifest(corpus_dir).items() if isinstance(v, dict)}


def manifest_problems(corpus_dir: Path, names: set[str]) -> list[Problem]:
    """Warnings about manifest entries: not an object, a field that is not text, or no such file."""
    problems = []
    for name, entry in _read_manifest(corpus_dir).items():
        if name.startswith("_"):  # "_glossary" and other settings, not files
            continue
        if not isinstance(entry, dict):
            problems.append(Problem(MANIFEST, f"posten för {name} är inget objekt och används inte", skipped=False))
            continue
        if name not in names:
            problems.append(Problem(MANIFEST, f"posten för {name} har ingen fil i korpusmappen", skipped=False))
        for key, value in entry.items():
            if key in DocumentMeta.__dataclass_fields__ and not isinstance(value, (str, int, float)):
                problems.append(Problem(MANIFEST, f"{name}: fältet {key} är {json.dumps(value)[:40]}, inte text; "
                                                  "det används inte", skipped=False))
    return problems


def _meta(name: str, entry: dict, blocks: list[Block]) -> DocumentMeta:
    fields = {k: str(v).strip() for k, v in entry.items()
              if k in DocumentMeta.__dataclass_fields__ and k != "name" and isinstance(v, (str, int, float))
              and not isinstance(v, bool)}
    if not fields.get("title"):
        first = next((b.text for b in blocks if b.kind == "heading"), "")
        fields["title"] = first or Path(name).stem.replace("-", " ").replace("_", " ").capitalize()
    return DocumentMeta(name=name, **fields)


def load_document(path: Path, entry: dict | None = None, root: Path | None = None) -> Document:
    """Read, clean and structure one corpus file (with `root`: only a regular file inside it)."""
    data = read_bytes(path, root) if path.suffix.lower() in SUPPORTED else b""
    raw = read_file(path, data=data)
    front, body = _front_matter(raw) if path.suffix.lower() in {".md", ".txt"} else ({}, raw)
    blocks = parse_blocks(body)
    if not blocks:
        raise CorpusError("filen innehåller ingen läsbar text efter rensning")
    sha = hashlib.sha256(data).hexdigest()
    return Document(meta=_meta(path.name, {**front, **(entry or {})}, blocks), blocks=tuple(blocks), sha256=sha)


def scan(corpus_dir: Path) -> list[Path]:
    """Corpus entries in a stable order (manifest, READMEs, dot-files and folders excluded).

    Links and special files are listed too, so that reading them reports why they are skipped.
    """
    if not corpus_dir.is_dir():
        raise CorpusError(f"korpusmappen {corpus_dir} finns inte")
    return sorted(p for p in corpus_dir.iterdir()
                  if p.name not in IGNORED and not p.name.startswith((".", "~"))
                  and (p.is_symlink() or not p.is_dir()))


def load_corpus(corpus_dir: Path, on_file: Callable[[Path, int], None] | None = None
                ) -> tuple[list[Document], list[Problem]]:
    """Every readable document, and a named reason for each file that was skipped.

    `on_file(path, size)` is told before each file is read (progress for large corpora).
    """
    manifest = load_manifest(corpus_dir)
    docs: list[Document] = []
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    paths = scan(corpus_dir)
    for path in paths:
        try:
            if on_file is not None:
                on_file(path, path.lstat().st_size)
            doc = load_document(path, manifest.get(path.name), root=corpus_dir)
        except CorpusError as exc:
            problems.append(Problem(path.name, str(exc)))
            continue
        except FileNotFoundError:
            problems.append(Problem(path.name, "filen försvann under läsningen"))
            continue
        except Exception as exc:  # any loader failure costs this file only, never the ingest
            problems.append(Problem(path.name, f"filen går inte att läsa ({type(exc).__name__}: {str(exc)[:200]})"))
            continue
        if doc.sha256 in seen:
            problems.append(Problem(path.name, f"dubblett av {seen[doc.sha256]}; hoppas över"))
            continue
        seen[doc.sha256] = path.name
        docs.append(doc)
    return docs, problems + manifest_problems(corpus_dir, {p.name for p in paths})
