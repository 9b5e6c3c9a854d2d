"""The assistant as llama-index components: its hybrid search as a retriever, its cited answers as a query engine.

    retriever = AssistantRetriever.from_settings()            # the index the ASSISTANT_* settings point at
    engine = AssistantQueryEngine(retriever)                  # llm=… (or llama-index Settings.llm): generative
    response = engine.query("Vad ansvarar nämnden för?")      # str(response): the cited answer
    response.source_nodes                                     # exactly the passages the answer cites

Both only call the public `Assistant` methods (`search`, `ask`, `documents`). A given LLM writes the
answer through generate.py, the same prompt and checks as the Assistant's own generative mode.
Importing this module imports llama-index (about 1 s); the extractive path never imports it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from llama_index.core.base.base_retriever import BaseRetriever
from llama_index.core.base.response.schema import Response
from llama_index.core.callbacks import CallbackManager
from llama_index.core.evaluation.retrieval.metrics_base import BaseRetrievalMetric, RetrievalMetricResult
from llama_index.core.llms import LLM
from llama_index.core.query_engine import CustomQueryEngine
from llama_index.core.schema import NodeWithScore, QueryBundle, TextNode
from pydantic import PrivateAttr

from .evaluation import MODES, first_hit_rank, reciprocal_rank
from .generate import Generator, rewritable
from .service import Assistant
from .settings import Settings
from .types import Answer, Chunk, DocumentMeta, Hit

# Metadata an LLM prompt built by llama-index shows with a passage; ids and scores are for programs.
_SHOWN_TO_LLM = ("title", "section", "date")


class AssistantRetriever(BaseRetriever):
    """`Assistant.search` as a llama-index retriever: the same hits in the same order, as `TextNode`s."""

    def __init__(self, assistant: Assistant, similarity_top_k: int | None = None,
                 documents: Sequence[str] | None = None, mode: str = "hybrid",
                 callback_manager: CallbackManager | None = None) -> None:
        super().__init__(callback_manager=callback_manager)
        if mode not in MODES:
            raise ValueError(f"Okänt sökläge {mode!r}; välj ett av {', '.join(MODES)}.")
        self.assistant = assistant
        self.similarity_top_k = similarity_top_k or assistant.settings.top_k
        self.documents = known_documents(assistant, documents)
        self.mode = mode

    @classmethod
    def from_settings(cls, settings: Settings | None = None, **kwargs: Any) -> AssistantRetriever:
        """A retriever over the project's index (`ASSISTANT_*` settings; loads the embedding model)."""
        return cls(Assistant(settings or Settings()), **kwargs)

    def search(self, query: str) -> list[Hit]:
        """The assistant's hits for a query, within this retriever's documents."""
        return self.assistant.search(query, k=self.similarity_top_k, mode=self.mode, documents=self.documents)

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        metas = self.assistant.documents()
        return [NodeWithScore(node=chunk_node(hit.chunk, metas.get(hit.chunk.document), fused_score=hit.score,
                                              dense_score=hit.dense, keyword_score=hit.keyword), score=hit.score)
                for hit in self.search(query_bundle.query_str)]


class AssistantQueryEngine(CustomQueryEngine):
    """`Assistant.ask` as a llama-index query engine: the cited answer as text, the cited passages as source nodes.

    With an LLM (the `llm` argument, else llama-index's `Settings.llm` when one is set) that model
    writes the answer from the numbered passages, checked as in the Assistant's generative mode.
    """

    retriever: AssistantRetriever
    llm: LLM | None = None
    _generator: Generator | None = PrivateAttr(default=None)

    def __init__(self, retriever: AssistantRetriever, llm: LLM | None = None, **kwargs: Any) -> None:
        own_model = retriever.assistant.settings.llm_url
        if llm is not None and own_model:
            raise ValueError("Assistenten har redan ett eget generativt läge (ASSISTANT_LLM_URL); "
                             "ge frågemotorn en LLM bara när ASSISTANT_LLM_URL inte är satt.")
        super().__init__(retriever=retriever, llm=llm if llm is not None or own_model else configured_llm(),
                         **kwargs)
        if self.llm is not None:
            self._generator = Generator(retriever.assistant.settings, llm=self.llm)

    @classmethod
    def from_settings(cls, settings: Settings | None = None, llm: LLM | None = None,
                      **kwargs: Any) -> AssistantQueryEngine:
        """A query engine over the project's index (`ASSISTANT_*` settings); kwargs go to the retriever."""
        return cls(AssistantRetriever.from_settings(settings, **kwargs), llm=llm)

    def custom_query(self, query_str: str) -> Response:
        """The answer the chat gives (or the given LLM's, checked), with its cited passages."""
        assistant = self.retriever.assistant
        answer = assistant.ask(query_str, documents=self.retriever.documents)
        metas = assistant.documents()
        if self._generator is not None and rewritable(answer):
            hits = self.retriever.search(answer.resolved_query or answer.question)
            answer = self._generator.rewrite(answer, hits, metas)
        return answer_response(answer, metas)


def answer_response(answer: Answer, metas: dict[str, DocumentMeta]) -> Response:
    """A llama-index `Response`: the answer's text, its citations as source nodes, the rest as metadata."""
    nodes = [NodeWithScore(node=chunk_node(c.chunk, metas.get(c.chunk.document) or c.meta, rank=c.rank,
                                           score=c.score, used=list(c.used)), score=c.score)
             for c in answer.citations]
    return Response(response=answer.text, source_nodes=nodes,
                    metadata={"answered": answer.answered, "flags": list(answer.flags),
                              "notices": list(answer.notices), "searched_documents": list(answer.searched),
                              "resolved_query": answer.resolved_query, "topics": list(answer.topics),
                              "suggestions": list(answer.suggestions)})


def chunk_node(chunk: Chunk, meta: DocumentMeta | None, **extra: Any) -> TextNode:
    """A `TextNode` of one chunk: its id as node id, its text, document, title, section and date as metadata."""
    metadata = {"document": chunk.document, "title": chunk.title, "section": chunk.section,
                "date": meta.date if meta else "", **extra}
    return TextNode(id_=chunk.id, text=chunk.text, metadata=metadata,
                    excluded_llm_metadata_keys=[k for k in metadata if k not in _SHOWN_TO_LLM],
                    excluded_embed_metadata_keys=list(metadata))


def known_documents(assistant: Assistant, documents: Sequence[str] | None) -> list[str] | None:
    """The document filter as the chat's "Sök i" takes it (file names); an unknown name is a clear error."""
    if not documents:
        return None
    metas = assistant.documents()
    unknown = [d for d in documents if d not in metas]
    if unknown:
        raise ValueError(f"Okänt dokument: {', '.join(unknown)}. Indexerade dokument: {', '.join(sorted(metas))}.")
    return list(documents)


def configured_llm() -> LLM | None:
    """llama-index's `Settings.llm` if the caller set one (reading the property would build a default OpenAI)."""
    from llama_index.core import Settings as LlamaSettings

    return LlamaSettings._llm


class PassageHitRate(BaseRetrievalMetric):
    """hit@k as `assistant eval` counts it: an expected passage (every one if `require_all`) is in a retrieved text."""

    metric_name: ClassVar[str] = "passage_hit_rate"
    require_all: bool = False

    def compute(self, query: str | None = None, expected_ids: list[str] | None = None,
                retrieved_ids: list[str] | None = None, expected_texts: list[str] | None = None,
                retrieved_texts: list[str] | None = None, **kwargs: Any) -> RetrievalMetricResult:
        """1.0 on a hit within the retrieved nodes, else 0.0; `expected_texts` are the expected passages."""
        rank = first_hit_rank(retrieved_texts or [], expected_texts or [], self.require_all)
        return RetrievalMetricResult(score=1.0 if rank else 0.0, metadata={"rank": rank})


class PassageMRR(PassageHitRate):
    """MRR as `assistant eval` counts it: 1/rank of the first retrieved text holding an expected passage."""

    metric_name: ClassVar[str] = "passage_mrr"

    def compute(self, query: str | None = None, expected_ids: list[str] | None = None,
                retrieved_ids: list[str] | None = None, expected_texts: list[str] | None = None,
                retrieved_texts: list[str] | None = None, **kwargs: Any) -> RetrievalMetricResult:
        """1/rank of the hit (0.0 on a miss)."""
        rank = first_hit_rank(retrieved_texts or [], expected_texts or [], self.require_all)
        return RetrievalMetricResult(score=reciprocal_rank(rank), metadata={"rank": rank})
