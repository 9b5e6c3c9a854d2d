"""The documents themselves as an answer: "Vilka dokument finns det?", "vilket av dokumenten gäller för oss i
Jämtland?". Each is named by its title, kind, publisher and date (the manifest), and cites its own opening
passage, so the asker can open it; a region named narrows the list to that region's documents."""

from __future__ import annotations

import re

from . import swedish
from .answer import Draft, Passages
from .chunking import SECTION_SEP, split_sentences
from .query import Query
from .types import Chunk, DocumentMeta

COUNT_WORDS = {1: "ett", 2: "två", 3: "tre", 4: "fyra", 5: "fem", 6: "sex", 7: "sju", 8: "åtta", 9: "nio", 10: "tio"}
ALL_LEAD = "Jag svarar utifrån {count} styrdokument:"
REGION_LEAD = "För {region} finns {count} av dokumenten:"
ENGLISH_DOCUMENTS_LEAD = "I answer from these steering documents (all in Swedish):"

# "… gäller för oss?", "… apply to us?": the asker's own region is meant
_OURS = re.compile(r"\b(?:gäller|oss|vår|vårt|våra|us|our|apply|applies)\b", re.I)


def count_word(n: int) -> str:
    """A count in Swedish words up to ten ("tre"), else digits."""
    return COUNT_WORDS.get(n, str(n))


def described(meta: DocumentMeta) -> str:
    """What a document is, from its manifest: "”Title” – strategi från Region Norrbotten …; antagen 27 maj 2021"."""
    kind = f"{meta.kind} från {meta.publisher}" if meta.kind and meta.publisher else meta.kind or meta.publisher
    return " – ".join(x for x in (f"”{meta.title}”", "; ".join(x for x in (kind, meta.date_note) if x)) if x)


def opening(document: str, passages: Passages) -> Chunk | None:
    """A document's passage under its own title (the first one when no heading is its title)."""
    own = sorted((c for c in passages.chunks if c.document == document), key=lambda c: c.position)
    meta = passages.metas.get(document)
    titled = [c for c in own if meta and c.section.split(SECTION_SEP)[0].strip().lower() == meta.title.lower()]
    return (titled or own or [None])[0]


def documents_answer(query: Query, passages: Passages) -> Draft:
    """The documents the assistant answers from (within the user's filter), those of the region the question names
    when it names one of theirs; each line cites the document's opening passage."""
    openings = {n: c for n in passages.metas if (not query.documents or n in query.documents)
                and (c := opening(n, passages)) is not None}
    names = list(openings)
    # (the region the question itself names or points at, "för oss", not only the one a preamble's workplace gives)
    narrowed = swedish.regions_named(query.text) or swedish.region_of_places(query.text) or _OURS.search(query.text)
    local = [n for n in names if narrowed and passages.metas[n].region and passages.metas[n].region in query.regions]
    shown = local or names
    draft = Draft()
    if query.english:
        draft.lines.append(ENGLISH_DOCUMENTS_LEAD)
    elif local:
        draft.lines.append(REGION_LEAD.format(region=" och ".join(query.regions), count=count_word(len(local))))
    else:
        draft.lines.append(ALL_LEAD.format(count=count_word(len(shown))))
    for name in shown:
        chunk = openings[name]
        first = next(iter(split_sentences(chunk.text)), chunk.text)
        draft.lines.append(f"- {described(passages.metas[name])} [{draft.cite(chunk, first)}]")
    draft.flags.append("documents")
    return draft
