"""Command line: `assistant ingest | ask | serve | eval | feedback | stats | bench | setup`.

Every text the parser prints is Swedish: usage, section titles, option help and argparse's own
error messages (translated in `SwedishParser.error`); wrong arguments exit with status 2.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence

from . import __version__
from .settings import Settings, SettingsError, load_settings

# argparse's own error messages (Python 3.11), in Swedish.
_ERRORS = (
    (re.compile(r"the following arguments are required: (.*)"), r"dessa argument saknas: \1"),
    (re.compile(r"unrecognized arguments: (.*)"), r"okända argument: \1"),
    (re.compile(r"argument (.*?): invalid choice: (.*?) \(choose from (.*)\)"), r"argument \1: ogiltigt val: \2 (välj bland \3)"),
    (re.compile(r"argument (.*?): invalid int value: (.*)"), r"argument \1: \2 är inget heltal"),
    (re.compile(r"argument (.*?): invalid (\w+) value: (.*)"), r"argument \1: ogiltigt värde: \3"),
    (re.compile(r"argument (.*?): expected one argument"), r"argument \1: ett värde behövs"),
    (re.compile(r"argument (.*?): expected at least one argument"), r"argument \1: minst ett värde behövs"),
    (re.compile(r"argument (.*?): ignored explicit argument (.*)"), r"argument \1: värdet \2 används inte"),
    (re.compile(r"argument (.*?): not allowed with argument (.*)"), r"argument \1: går inte tillsammans med \2"),
    (re.compile(r"ambiguous option: (.*?) could match (.*)"), r"tvetydig flagga: \1 kan betyda \2"),
)


def swedish_error(message: str) -> str:
    """argparse's English error message in Swedish (unknown messages pass unchanged)."""
    for pattern, swedish in _ERRORS:
        if pattern.fullmatch(message):
            return pattern.sub(swedish, message)
    return message


class SwedishFormatter(argparse.HelpFormatter):
    """Help with a Swedish usage line."""

    def add_usage(self, usage, actions, groups, prefix=None):
        super().add_usage(usage, actions, groups, prefix="Användning: " if prefix is None else prefix)


class SwedishParser(argparse.ArgumentParser):
    """An ArgumentParser whose every text is Swedish; wrong arguments exit 2 with a clear message."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", SwedishFormatter)
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        self._positionals.title = "argument"
        self._optionals.title = "flaggor"
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                          help="visa den här hjälpen och avsluta")

    def error(self, message: str):
        """Usage, then the Swedish message and where to read more; exit status 2."""
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: fel: {swedish_error(message)}\n"
                     f"Skriv `{self.prog} --help` för hjälp.\n")


def _settings(args: argparse.Namespace) -> Settings:
    """Settings from the environment and options; SettingsError (exit 2) before any model is loaded."""
    overrides = {}
    for name in ("corpus_dir", "index_dir", "host", "port"):
        value = getattr(args, name, None)
        if value is not None:
            overrides[name] = value
    return load_settings(**overrides)


def _port_taken(host: str, port: int) -> bool:
    """Whether something already listens on host:port (checked before the model is loaded)."""
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror:
        return False  # an unknown host name: the server's own error says so
    for family, kind, proto, _, address in infos:
        with socket.socket(family, kind, proto) as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                sock.bind(address)
            except OSError:
                return True
    return False


def _fail(message: str, code: int = 2) -> int:
    print(message, file=sys.stderr)
    return code


def cmd_setup(args: argparse.Namespace) -> int:
    """Convert the bundled model into the cache (done once; install step)."""
    from .convert import ensure_model

    path = ensure_model(_settings(args))
    print(f"Modellen finns i {path}")
    return 0


def cmd_ingest(args: argparse.Namespace) -> int:
    """Build or refresh the index; only changed files are re-embedded."""
    from .corpus import CorpusError
    from .embedding import Embedder
    from .ingest import Ingestor
    from .store import IndexNotWritable, IngestBusy

    settings = _settings(args)
    try:
        report = Ingestor(settings, Embedder(settings)).run(rebuild=args.rebuild, progress=not args.quiet)
    except (IngestBusy, CorpusError, IndexNotWritable) as exc:
        return _fail(str(exc))
    if args.json:
        from dataclasses import asdict

        print(json.dumps(asdict(report), ensure_ascii=False, default=str))
    else:
        print(report.summary())
    return 0


def cmd_ask(args: argparse.Namespace) -> int:
    """Answer one question; --json prints exactly one JSON object."""
    from .service import Assistant
    from .store import IndexIncompatible, IndexMissing

    settings = _settings(args)
    try:
        assistant = Assistant(settings)
        if args.document:
            known = assistant.documents()
            unknown = [d for d in args.document if d not in known]
            if unknown:
                message = f"Okänt dokument: {', '.join(unknown)}. Välj bland: {', '.join(sorted(known))}."
                if args.json:
                    print(json.dumps({"question": args.question, "error": message, "answered": False,
                                      "answer": message, "sources": []}, ensure_ascii=False))
                return _fail(message)
        answer = assistant.ask(args.question, history=args.history or (), documents=args.document or None)
    except (IndexMissing, IndexIncompatible) as exc:
        if args.json:
            print(json.dumps({"question": args.question, "error": str(exc), "answered": False,
                              "answer": str(exc), "sources": []}, ensure_ascii=False))
        return _fail(str(exc))
    if args.json:
        print(json.dumps(answer.to_dict(), ensure_ascii=False))
        return 0
    print(answer.text)
    if answer.citations:
        print("\nKällor:")
        for c in answer.citations:
            date = f", {c.meta.date_note or c.meta.date}" if (c.meta.date_note or c.meta.date) else ""
            print(f"[{c.rank}] {c.chunk.title} – {c.chunk.section}{date}")
    return 0


def index_ready(settings, embedder) -> None:
    """Before the chat starts: an index is built when there is none, and brought up to date when another
    version of the assistant built it (another chunker or search index: unchanged passages keep their
    vectors), instead of refusing to start."""
    from .chunking import CHUNKER_VERSION
    from .ingest import Ingestor
    from .store import IndexDir

    index_dir = IndexDir(settings)
    if index_dir.current() is None:
        print("Inget index hittades – bygger det nu …", file=sys.stderr)
    else:
        manifest = index_dir.manifest()
        if manifest is None or not index_dir.incompatibilities(manifest, embedder.model_id, CHUNKER_VERSION):
            return
        print("Indexet byggdes av en annan version av assistenten – bygger om det nu …", file=sys.stderr)
    print(Ingestor(settings, embedder).run(progress=True).summary(), file=sys.stderr)


def cmd_serve(args: argparse.Namespace) -> int:
    """Start the web chat; builds the index first if there is none or it is out of date."""
    from .embedding import Embedder
    from .corpus import CorpusError
    from .service import Assistant
    from .store import IndexIncompatible, IndexMissing, IndexNotWritable, IngestBusy
    from .ui import launch

    settings = _settings(args)
    if _port_taken(settings.host, settings.port):
        return _fail(f"Porten {settings.port} på {settings.host} används redan (kör assistenten redan?). "
                     "Stoppa den andra processen eller välj en annan port med --port eller ASSISTANT_PORT.")
    embedder = Embedder(settings)
    try:
        index_ready(settings, embedder)
        launch(Assistant(settings, embedder), settings)
    except (IngestBusy, CorpusError, IndexNotWritable, IndexMissing, IndexIncompatible) as exc:
        return _fail(str(exc))
    except OSError as exc:  # the port was taken between the check and the start
        return _fail(f"Webbchatten kunde inte starta på {settings.host}:{settings.port} ({exc}).")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    """Evaluation suite (see evaluation.py)."""
    from .evaluation import run_cli

    return run_cli(args, _settings(args))


def cmd_feedback(args: argparse.Namespace) -> int:
    """Turn disliked answers into draft eval lines."""
    from .feedback import export_cli

    return export_cli(args, _settings(args))


def cmd_stats(args: argparse.Namespace) -> int:
    """Question-log statistics for maintainers."""
    from .stats import run_cli

    return run_cli(args, _settings(args))


def cmd_bench(args: argparse.Namespace) -> int:
    """Benchmark suite (prints a table, writes JSON and a plot)."""
    from .bench import run_cli

    return run_cli(args, _settings(args))


def build_parser() -> argparse.ArgumentParser:
    """The `assistant` argument parser (Swedish help for every command and option)."""
    parser = SwedishParser(prog="assistant", description="Strategiassistenten för nära vård: svar med källor "
                           "ur regionens styrdokument.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}",
                        help="visa versionen och avsluta")
    parser.add_argument("--corpus-dir", dest="corpus_dir", default=None, metavar="MAPP",
                        help="mappen med styrdokumenten (standard: corpus/ eller ASSISTANT_CORPUS_DIR)")
    parser.add_argument("--index-dir", dest="index_dir", default=None, metavar="MAPP",
                        help="mappen med indexet (standard: index/ eller ASSISTANT_INDEX_DIR)")
    sub = parser.add_subparsers(dest="command", required=True, title="kommandon", metavar="KOMMANDO",
                                parser_class=SwedishParser)

    sub.add_parser("setup", help="konvertera den inbyggda modellen (en gång)",
                   description="Konvertera den inbyggda modellen till cachen (görs en gång vid installation).",
                   ).set_defaults(func=cmd_setup)

    p = sub.add_parser("ingest", help="bygg eller uppdatera indexet",
                       description="Bygg eller uppdatera indexet; bara ändrade filer läses in på nytt.")
    p.add_argument("--rebuild", action="store_true", help="bygg om allt från början")
    p.add_argument("--quiet", action="store_true", help="ingen förloppsindikator")
    p.add_argument("--json", action="store_true", help="rapporten som JSON")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("ask", help="ställ en fråga", description="Svara på en fråga med källor ur styrdokumenten.")
    p.add_argument("question", metavar="FRÅGA", help="frågan, inom citattecken")
    p.add_argument("--json", action="store_true", help="skriv ut ett JSON-objekt")
    p.add_argument("--history", action="append", metavar="FRÅGA", help="tidigare fråga i samtalet (kan upprepas)")
    p.add_argument("--document", action="append", metavar="FIL",
                   help="sök bara i detta dokument, med filnamnet i corpus/ (kan upprepas)")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("serve", help="starta webbchatten", description="Starta webbchatten (bygger indexet om det saknas).")
    p.add_argument("--host", default=None, metavar="ADRESS",
                   help="adressen att lyssna på (standard 127.0.0.1 eller ASSISTANT_HOST)")
    p.add_argument("--port", type=int, default=None, metavar="PORT",
                   help="porten att lyssna på (standard 7860 eller ASSISTANT_PORT)")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("eval", help="kör utvärderingen", description="Kör utvärderingen av svaren (se README).")
    p.add_argument("path", nargs="?", default="eval/questions.jsonl", metavar="FIL",
                   help="frågorna som JSONL (standard eval/questions.jsonl)")
    p.add_argument("--k", type=int, default=5, metavar="K", help="antal källor som räknas för hit@k (standard 5)")
    p.add_argument("--json", action="store_true", help="resultatet som ett JSON-objekt")
    p.add_argument("--gate", action="store_true", help="avsluta med fel om något mått föll under baslinjen")
    p.add_argument("--baseline", default="eval/baseline.json", metavar="FIL",
                   help="baslinjen att jämföra med (standard eval/baseline.json)")
    p.add_argument("--write-baseline", action="store_true", help="spara detta resultat som ny baslinje")
    p.add_argument("--report", default=None, metavar="MAPP", help="skriv en rapport (Markdown + PNG)")
    p.add_argument("--no-reference", action="store_true", help="hoppa över BM25- och dense-referenserna")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("feedback", help="återkoppling från chatten",
                       description="Gör ogillade svar från chatten till utkast för utvärderingen.")
    p.add_argument("action", choices=["export"], metavar="export", help="skriv ut utkasten som JSONL")
    p.add_argument("--out", default=None, metavar="FIL", help="skriv till filen i stället för till skärmen")
    p.set_defaults(func=cmd_feedback)

    p = sub.add_parser("stats", help="statistik över frågeloggen",
                       description="Statistik över frågeloggen (Markdown och ett diagram).")
    p.add_argument("--since", default=None, metavar="DATUM", help="bara frågor från detta datum (ÅÅÅÅ-MM-DD)")
    p.add_argument("--out", default=None, metavar="FIL", help="skriv rapporten till filen (diagrammet bredvid)")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("bench", help="prestandamätning", description="Prestandamätning: tabell, JSON och diagram.")
    p.add_argument("--out", default="bench/out", metavar="MAPP", help="mappen för resultaten (standard bench/out)")
    p.add_argument("--scales", default="1,10", metavar="LISTA",
                   help="korpusstorlekar att mäta, kommaseparerade (standard 1,10)")
    p.set_defaults(func=cmd_bench)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `assistant` command."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except SettingsError as exc:
        return _fail(str(exc))


if __name__ == "__main__":
    sys.exit(main())
