"""Small frozen records that flow from a corpus file to a cited answer."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class DocumentMeta:
    """What a document is: cited by title, dated, optionally superseded."""

    name: str
    title: str
    publisher: str = ""
    kind: str = ""
    region: str = ""
    date: str = ""
    date_note: str = ""
    superseded_by: str = ""


@dataclass(frozen=True)
class Block:
    """One structural unit of a cleaned document: heading, paragraph or list."""

    kind: str  # "heading" | "paragraph" | "list"
    text: str
    items: tuple[str, ...] = ()


@dataclass(frozen=True)
class Document:
    """A cleaned corpus file with its metadata and content hash."""

    meta: DocumentMeta
    blocks: tuple[Block, ...]
    sha256: str


@dataclass(frozen=True)
class Chunk:
    """A retrievable passage that knows its document and section."""

    id: str
    document: str
    title: str
    section: str
    text: str
    position: int
    items: tuple[str, ...] = ()
    list_intro: str = ""
    # Dates that apply to the passage, ISO-ish ("2021-05-27", "2021-05", "2021-hösten"): from its
    # heading path and its own text, "27 maj" completed with the year of the heading "Maj 2021".
    dates: tuple[str, ...] = ()
    heading_date: str = ""  # the date of the nearest dated heading in the path ("Maj 2021" → "2021-05")
    lead: str = ""  # the first sentence of the section (its lead), for "what does section X say"

    def embed_text(self) -> str:
        """The text the embedding model and keyword index see (title and section as context)."""
        head = f"{self.title} – {self.section}" if self.section else self.title
        return f"{head}\n{self.text}"


@dataclass(frozen=True)
class Hit:
    """A chunk returned by retrieval with its fused and per-retriever scores."""

    chunk: Chunk
    score: float
    dense: float = 0.0
    keyword: float = 0.0


@dataclass(frozen=True)
class Citation:
    """A numbered source shown under an answer."""

    rank: int
    chunk: Chunk
    score: float
    meta: DocumentMeta
    used: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        """The JSON shape of a source in `assistant ask --json`."""
        return {
            "rank": self.rank,
            "document": self.chunk.document,
            "title": self.chunk.title,
            "section": self.chunk.section,
            "date": self.meta.date,
            "date_note": self.meta.date_note,
            "text": self.chunk.text,
            "score": round(float(self.score), 4),
            "used": list(self.used),
            "chunk_id": self.chunk.id,
        }


@dataclass(frozen=True)
class Answer:
    """What the assistant says, with the sources every [n] points at."""

    question: str
    text: str
    answered: bool
    citations: tuple[Citation, ...] = ()
    searched: tuple[str, ...] = ()
    resolved_query: str = ""
    notices: tuple[str, ...] = ()
    flags: tuple[str, ...] = field(default=())
    # On a refusal: topics the documents do cover near the question, and questions they can answer.
    topics: tuple[str, ...] = ()
    suggestions: tuple[str, ...] = ()
    # The passages the retrieval stage found, best first (a comparison's rows and a two-part question's
    # parts taken in turn): what evaluation scores as the system's retrieval. Not part of the JSON contract.
    retrieved: tuple[Hit, ...] = field(default=(), repr=False, compare=False)

    def to_dict(self) -> dict:
        """The JSON contract of `assistant ask --json`."""
        return {
            "question": self.question,
            "answer": self.text,
            "answered": self.answered,
            "sources": [c.to_dict() for c in self.citations],
            "searched_documents": list(self.searched),
            "resolved_query": self.resolved_query,
            "notices": list(self.notices),
            "flags": list(self.flags),
            "topics": list(self.topics),
            "suggestions": list(self.suggestions),
        }
