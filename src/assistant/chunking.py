"""Structure-aware chunking: each chunk knows its document and section; lists stay whole.

Chunk ids are deterministic (document, position and a hash of the content), so an unchanged
file yields the same ids and a re-run changes nothing.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator

from .swedish import DATELINE, date_year, find_dates, is_date_heading
from .types import Block, Chunk, Document

CHUNKER_VERSION = 20  # 20: a lone link to a web page is kept as a line ("Beredningsplaner - Insidan."); 19: a sentence goes on after "kap." before a number, and a reference in brackets after it is part of it; 18: a web article's metadata ("Om exemplet": Ämne, Tidsperiod …) is content, as "Label: value." fields; 17: a web article's named contact ("Informationsansvarig") is content, its title line with it
SECTION_SEP = " › "
_SHORT_LEAD = 200  # a paragraph this short just before a list is packed with the list (if it fits)


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:40] or "doc"


def chunk_id(document: str, position: int, text: str) -> str:
    """Stable id: document slug, position and a hash of what gets embedded (title, section, text)."""
    digest = hashlib.sha256(f"{document}\x00{text}".encode()).hexdigest()[:12]
    return f"{_slug(document)}-{position:04d}-{digest}"


def render_list(intro: str, items: tuple[str, ...]) -> str:
    """A list as text: the introducing sentence, then one '- item' line per item."""
    lines = [intro] if intro else []
    lines += [f"- {item}" for item in items]
    return "\n".join(lines)


def sections(doc: Document) -> Iterator[tuple[tuple[str, ...], list[Block]]]:
    """(heading path, content blocks); a heading with no content of its own prefixes the next,
    a date heading ("Maj 2021") is a timeline entry under the heading before it, and the
    sections a list announces by name ("Nedan beskrivs de fyra …") sit under the announcing one."""
    pending: list[str] = []
    parent: list[str] = []
    announced: dict[str, str] = {}  # announced heading -> the heading that announced it
    content: list[Block] = []
    headings = {b.text for b in doc.blocks if b.kind == "heading"}
    for block in doc.blocks:
        if block.kind == "heading":
            if content:
                yield tuple(pending[-2:]), content
                content, pending = [], []
            if is_date_heading(block.text):
                if not pending:
                    pending = parent[-1:]
            else:
                if not pending and block.text in announced:
                    pending = [announced[block.text]]
                parent = [*pending, block.text]
            pending.append(block.text)
            continue
        if block.kind == "list" and pending and block.items and set(block.items) <= headings:
            announced.update({item: pending[-1] for item in block.items})
        content.append(block)
    if content:
        yield tuple(pending[-2:]), content


def section_lead(blocks: list[Block]) -> str:
    """The first sentence of a section (a list's introducing sentence when the section opens with one)."""
    for block in blocks:
        text = block.text if block.kind == "paragraph" else block.text or ""
        if block.kind == "paragraph" and DATELINE.match(text):
            continue
        sentences = split_sentences(text)
        return sentences[0] if sentences else ""
    return ""


def passage_dates(headings: tuple[str, ...], text: str, document_date: str = "") -> tuple[str, tuple[str, ...]]:
    """(heading date, every date that applies): dates in the heading path, then in the text, whose
    day-and-month dates take their year from the heading ("Maj 2021" + "27 maj") or the document."""
    default = date_year(document_date) if document_date else None
    heading_dates = [find_dates(h, default) for h in headings]
    heading_date = next((d[0] for d in reversed(heading_dates) if d), "")
    year = date_year(heading_date) if heading_date else default
    found = [d for ds in heading_dates for d in ds] + list(find_dates(text, year))
    return heading_date, tuple(dict.fromkeys(found))


class Chunker:
    """Splits documents into passages under the model's token limit (prefix included)."""

    def __init__(self, count_tokens: Callable[[str], int], max_tokens: int = 350) -> None:
        self.count_tokens = count_tokens
        self.max_tokens = max_tokens

    def __call__(self, doc: Document) -> list[Chunk]:
        """All chunks of one document, in reading order."""
        chunks: list[Chunk] = []
        for headings, blocks in sections(doc):
            section = SECTION_SEP.join(headings)
            lead = section_lead(blocks)
            for text, items, intro in self._packed(doc.meta.title, section, blocks):
                position = len(chunks)
                heading_date, dates = passage_dates(headings, text, doc.meta.date)
                chunks.append(Chunk(
                    id=chunk_id(doc.meta.name, position, f"{doc.meta.title}\x00{section}\x00{text}"),
                    document=doc.meta.name,
                    title=doc.meta.title, section=section, text=text, position=position,
                    items=items, list_intro=intro, dates=dates, heading_date=heading_date, lead=lead,
                ))
        return chunks

    def _fits(self, title: str, section: str, text: str) -> bool:
        return self.count_tokens(f"{title} – {section}\n{text}") <= self.max_tokens

    def _pack(self, title: str, section: str, blocks: list[Block]) -> Iterator[tuple[str, tuple[str, ...], str]]:
        buffer: list[str] = []
        for block in blocks:
            if block.kind == "list":
                lead = buffer[-1] if len(buffer) == 1 or (buffer and len(buffer[-1]) <= _SHORT_LEAD) else ""
                if buffer[:-1] or (buffer and not lead):
                    yield "\n\n".join(buffer[:-1] if lead else buffer), (), ""
                buffer = []
                for text, items, intro in self._list_parts(title, section, block):
                    # A one-line lead ("“Tillsammans för god hälsa hela livet”"), or a section's only
                    # paragraph, stays with its list when they fit in one passage.
                    if lead and self._fits(title, section, f"{lead}\n\n{text}"):
                        text = f"{lead}\n\n{text}"
                    elif lead:
                        yield lead, (), ""
                    lead = ""
                    yield text, items, intro
                continue
            for piece in self._split_long(title, section, block.text):
                candidate = "\n\n".join([*buffer, piece])
                if buffer and not self._fits(title, section, candidate):
                    yield "\n\n".join(buffer), (), ""
                    buffer = [piece]
                else:
                    buffer.append(piece)
        if buffer:
            yield "\n\n".join(buffer), (), ""

    def _packed(self, title: str, section: str, blocks: list[Block]) -> list[tuple[str, tuple[str, ...], str]]:
        """The section's passages; a short closing line right after a list (a slide's caption)
        stays with that list instead of becoming a passage of its own."""
        parts = list(self._pack(title, section, blocks))
        caption = parts[-1][0] if parts and not parts[-1][1] else ""
        if len(parts) >= 2 and parts[-2][1] and caption and len(caption) <= _SHORT_LEAD \
                and not caption.endswith((".", "!", "?", ":")):
            merged = f"{parts[-2][0]}\n\n{parts[-1][0]}"
            if self._fits(title, section, merged):
                parts[-2:] = [(merged, parts[-2][1], parts[-2][2])]
        return parts

    def _list_parts(self, title: str, section: str, block: Block) -> Iterator[tuple[str, tuple[str, ...], str]]:
        """A list whole if it fits; otherwise groups of items, each repeating the intro."""
        intro = block.text
        if self._fits(title, section, render_list(intro, block.items)):
            yield render_list(intro, block.items), block.items, intro
            return
        group: list[str] = []
        for item in block.items:
            if group and not self._fits(title, section, render_list(intro, (*group, item))):
                yield render_list(intro, tuple(group)), tuple(group), intro
                group = []
            group.append(item)
        if group:
            yield render_list(intro, tuple(group)), tuple(group), intro

    def _split_long(self, title: str, section: str, text: str) -> list[str]:
        """A paragraph over the limit split at sentence boundaries."""
        if self._fits(title, section, text):
            return [text]
        parts: list[str] = []
        current = ""
        for sentence in split_sentences(text):
            candidate = f"{current} {sentence}".strip()
            if current and not self._fits(title, section, candidate):
                parts.append(current)
                current = sentence
            else:
                current = candidate
        if current:
            parts.append(current)
        return parts


# (not after an abbreviation that a number follows: "(2017:30, 5 kap. 7 §)", "nr. 2", "ca. 40")
_SENTENCE_END = re.compile(r"(?<=[.!?])(?<!\bkap\.)(?<!\bnr\.)(?<!\bca\.)(?<!\bresp\.)[\"”»]?\s+(?=[\"“”«(]?[A-ZÅÄÖÉ0-9])")
# "(Hälso- och sjukvårdslag (2017:30, 5 kap. 7 §)." – a reference in brackets belongs to the sentence before it
_REFERENCE_ONLY = re.compile(r"^\(.*\)\.?$")


def split_sentences(text: str) -> list[str]:
    """Sentences of a paragraph (Swedish-aware enough for steering documents)."""
    out = []
    for para in text.split("\n"):
        para = para.strip()
        if para:
            for sentence in (s.strip() for s in _SENTENCE_END.split(para) if s.strip()):
                if out and _REFERENCE_ONLY.match(sentence) and out[-1].endswith("."):
                    out[-1] = f"{out[-1]} {sentence}"
                else:
                    out.append(sentence)
    return out
