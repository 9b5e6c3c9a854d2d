"""`assistant stats`: what staff ask, what the documents do not answer, and which documents serve.

Reads the question log (questionlog.py) and writes a Markdown report plus a PNG chart of questions
per day and the refusal rate. Refused and weakly covered questions are grouped by meaning (the
same embedding model as retrieval, greedy grouping at cosine >= `Settings.stats_similarity`), so
the maintainer sees the gaps in the documents rather than a long list of wordings.
"""

from __future__ import annotations

import argparse
import html
import statistics
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import numpy as np

from .logstore import entry_time, prune_logs
from .questionlog import question_log_path, read_questions
from .settings import Settings

TOP_GAPS = 15
MAX_VARIANTS = 3

Embed = Callable[[Sequence[str]], np.ndarray]


@dataclass
class Gap:
    """Similar questions the documents did not answer, or answered with weak support."""

    question: str  # the most frequent wording
    count: int = 0
    refused: int = 0
    weak: int = 0
    variants: list[str] = field(default_factory=list)


@dataclass
class Report:
    """Everything `assistant stats` shows."""

    first: date
    last: date
    per_day: dict[date, tuple[int, int, int]]  # day -> (questions, refused, rejected), every day of the period
    answered: int
    refused: int
    rejected: int
    personal_data: int
    median_latency: float
    gaps: list[Gap]
    cited: list[tuple[str, int]]  # (document, questions citing it), most first
    never_cited: list[str]
    titles: dict[str, str]

    @property
    def total(self) -> int:
        return self.answered + self.refused + self.rejected

    @property
    def refusal_rate(self) -> float:
        """Share of real questions (not rejected as empty or too long) the documents did not cover."""
        judged = self.answered + self.refused
        return self.refused / judged if judged else 0.0


def is_gap(entry: dict, low_confidence: float) -> str | None:
    """"refused", "weak" (answered, best source below `low_confidence`) or None."""
    outcome = entry.get("outcome") or ("answered" if entry.get("answered") else "refused")
    if outcome == "refused":
        return "refused"
    if outcome == "answered" and float(entry.get("top_score") or 0.0) < low_confidence:
        return "weak"
    return None


def group_similar(vectors: np.ndarray, threshold: float) -> list[list[int]]:
    """Greedy grouping: each row joins the first group whose first row has cosine >= threshold."""
    groups: list[list[int]] = []
    for i, vector in enumerate(vectors):
        for group in groups:
            if float(np.dot(vectors[group[0]], vector)) >= threshold:
                group.append(i)
                break
        else:
            groups.append([i])
    return groups


def find_gaps(entries: Sequence[dict], embed: Embed | None, low_confidence: float, threshold: float) -> list[Gap]:
    """Refused and weakly covered questions grouped by meaning, the largest groups first."""
    kinds: dict[str, Counter] = {}
    wordings: dict[str, Counter] = {}
    for entry in entries:
        kind = is_gap(entry, low_confidence)
        text = " ".join(str(entry.get("resolved_query") or entry.get("question") or "").split())
        if kind and text:
            key = text.casefold().rstrip("?!. ")
            kinds.setdefault(key, Counter())[kind] += 1
            wordings.setdefault(key, Counter())[text] += 1
    if not kinds:
        return []
    keys = sorted(kinds, key=lambda k: -sum(kinds[k].values()))  # most frequent first: it leads its group
    shown = [wordings[k].most_common(1)[0][0] for k in keys]
    vectors = np.asarray(embed(shown)) if embed and len(keys) > 1 else np.eye(len(keys))
    gaps = []
    for group in group_similar(vectors, threshold):
        gap = Gap(question=shown[group[0]], variants=[shown[i] for i in group[1:1 + MAX_VARIANTS]])
        for i in group:
            gap.refused += kinds[keys[i]]["refused"]
            gap.weak += kinds[keys[i]]["weak"]
        gap.count = gap.refused + gap.weak
        gaps.append(gap)
    return sorted(gaps, key=lambda g: -g.count)


def summarize(entries: Sequence[dict], documents: dict[str, str], embed: Embed | None = None,
              low_confidence: float = 0.84, threshold: float = 0.85) -> Report:
    """The report over logged questions; `documents` maps every indexed file to its title."""
    per_day: dict[date, list[int]] = {}
    outcomes: Counter = Counter()
    cited: Counter = Counter()
    latencies = []
    for entry in entries:
        day = entry_time(entry).astimezone().date()  # the server's local day
        outcome = entry.get("outcome") or ("answered" if entry.get("answered") else "refused")
        outcomes[outcome] += 1
        counts = per_day.setdefault(day, [0, 0, 0])
        counts[0] += 1
        counts[1] += outcome == "refused"
        counts[2] += outcome == "rejected"
        if outcome != "rejected" and entry.get("latency_s") is not None:
            latencies.append(float(entry["latency_s"]))
        if outcome == "answered":
            cited.update({s.get("document", "") for s in entry.get("sources", []) if s.get("document")})
    days = sorted(per_day)
    first, last = (days[0], days[-1]) if days else (date.today(), date.today())
    filled = {first + timedelta(n): tuple(per_day.get(first + timedelta(n), (0, 0, 0)))
              for n in range((last - first).days + 1)} if days else {}
    return Report(
        first=first, last=last, per_day=filled,
        answered=outcomes["answered"], refused=outcomes["refused"], rejected=outcomes["rejected"],
        personal_data=sum(1 for e in entries if e.get("personal_data")),
        median_latency=statistics.median(latencies) if latencies else 0.0,
        gaps=find_gaps(entries, embed, low_confidence, threshold)[:TOP_GAPS],
        cited=sorted(cited.items(), key=lambda kv: (-kv[1], kv[0])),
        never_cited=sorted(d for d in documents if d not in cited),
        titles=dict(documents),
    )


# ------------------------------------------------------------------ output


def _cell(text: str) -> str:
    """A logged question as inert text inside a Markdown table cell (no HTML, no table breaks)."""
    return html.escape(" ".join(str(text).split()), quote=False).replace("|", "\\|")


def _percent(share: float) -> str:
    return f"{100 * share:.0f} %"


def _day_rate(asked: int, refused: int, rejected: int) -> float | None:
    """Refused share of one day's real questions (None on a day without any)."""
    judged = asked - rejected
    return refused / judged if judged else None


def render_markdown(report: Report, chart: str | None, low_confidence: float, threshold: float) -> str:
    """The report as Markdown (Swedish, for maintainers)."""
    lines = [
        "# Frågestatistik",
        "",
        f"Period: {report.first} – {report.last}. {report.total} frågor: {report.answered} besvarade, "
        f"{report.refused} utan svar i dokumenten, {report.rejected} avvisade (tomma eller för långa).",
        "",
        f"- Andel utan svar: **{_percent(report.refusal_rate)}**",
        f"- Mediantid för svar: **{report.median_latency:.2f} s**",
        f"- Frågor med personuppgifter (sparade maskerade): {report.personal_data}",
        "",
    ]
    if chart:
        lines += [f"![Frågor per dag och andel utan svar]({chart})", ""]
    lines += ["## Frågor per dag", "", "| Datum | Frågor | Utan svar | Andel utan svar |", "|---|---:|---:|---:|"]
    for day, counts in report.per_day.items():
        rate = _day_rate(*counts)
        lines.append(f"| {day} | {counts[0]} | {counts[1]} | {'–' if rate is None else _percent(rate)} |")
    lines += ["", "## Det dokumenten inte svarar på", "",
              f"Frågor utan svar och frågor med svagt stöd (bästa källans likhet under {low_confidence:.2f}), "
              f"grupperade efter betydelse (cosinus ≥ {threshold:.2f}); de vanligaste först.", ""]
    if report.gaps:
        lines += ["| Fråga | Antal | Utan svar | Svagt stöd | Andra formuleringar |", "|---|---:|---:|---:|---|"]
        for gap in report.gaps:
            lines.append(f"| {_cell(gap.question)} | {gap.count} | {gap.refused} | {gap.weak} | "
                         f"{_cell('; '.join(gap.variants)) or '–'} |")
    else:
        lines.append("Inga – alla frågor besvarades med gott stöd i dokumenten.")
    lines += ["", "## Mest citerade dokument", ""]
    if report.cited:
        lines += ["| Dokument | Frågor som citerade det |", "|---|---:|"]
        lines += [f"| {_cell(report.titles.get(doc, doc))} | {n} |" for doc, n in report.cited]
    else:
        lines.append("Inga besvarade frågor under perioden.")
    lines += ["", "## Aldrig citerade dokument", ""]
    if report.titles:
        lines += [f"- {_cell(report.titles[doc])} (`{doc}`)" for doc in report.never_cited] or ["Inga."]
    else:
        lines.append("Inget index hittades, så dokumentlistan saknas (kör `assistant ingest`).")
    return "\n".join(lines) + "\n"


def write_chart(report: Report, path: Path) -> Path:
    """Bars of questions per day with the refusal rate as a line, as a PNG."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    days = list(report.per_day)
    asked = [counts[0] for counts in report.per_day.values()]
    rate = [float("nan") if (r := _day_rate(*counts)) is None else 100 * r for counts in report.per_day.values()]
    fig, ax = plt.subplots(figsize=(9, 4), dpi=100)
    ax.bar(days, asked, color="#4b72b0", label="Frågor")
    ax.set_ylabel("Frågor per dag")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.xaxis.set_major_locator(mdates.DayLocator(interval=max(1, len(days) // 12)))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m-%d"))
    twin = ax.twinx()
    twin.plot(days, rate, color="#b5403b", marker="o", linewidth=1.5, label="Andel utan svar (%)")
    twin.set_ylabel("Andel utan svar (%)")
    twin.set_ylim(0, 100)
    ax.set_title(f"Frågor per dag och andel utan svar, {report.first} – {report.last}")
    handles = ax.get_legend_handles_labels()[0] + twin.get_legend_handles_labels()[0]
    ax.legend(handles, [h.get_label() for h in handles], loc="upper left")
    fig.autofmt_xdate()
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path)
    plt.close(fig)
    return path


# ------------------------------------------------------------------ command line


def indexed_documents(settings: Settings) -> dict[str, str]:
    """File name -> title of every document in the serving index ({} when there is none)."""
    from .store import IndexDir

    files = (IndexDir(settings).manifest() or {}).get("files", {})
    return {name: (info.get("meta") or {}).get("title") or name for name, info in files.items()}


def run_cli(args: argparse.Namespace, settings: Settings) -> int:
    """`assistant stats [--since DATE] [--out PATH]`: Markdown to stdout or PATH, chart beside it."""
    try:
        since = date.fromisoformat(args.since) if getattr(args, "since", None) else None
    except ValueError:
        print(f"--since ska vara ett datum som 2025-01-31, inte {args.since!r}", file=sys.stderr)
        return 2
    prune_logs(settings.log_dir, settings.log_retention_days)
    path = question_log_path(settings)
    entries = list(read_questions(path, since))
    if not entries:
        print(f"Inga frågor i {path}" + (f" sedan {since}" if since else "") + ".", file=sys.stderr)
        return 0

    def embed(texts: Sequence[str]) -> np.ndarray:
        from .embedding import Embedder

        return Embedder(settings).embed_queries(texts)

    report = summarize(entries, indexed_documents(settings), embed, settings.low_confidence_score,
                       settings.stats_similarity)
    out = Path(args.out) if getattr(args, "out", None) else None
    chart = write_chart(report, out.with_suffix(".png") if out else Path(settings.log_dir) / "stats.png")
    text = render_markdown(report, chart.name if out else str(chart), settings.low_confidence_score,
                           settings.stats_similarity)
    if out:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
        print(f"Statistik skriven till {out} och {chart}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0
