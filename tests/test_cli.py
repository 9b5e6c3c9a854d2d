"""The command line as a new user meets it: Swedish help, --version, clear errors with exit status 2."""

from __future__ import annotations

import json

import pytest

from assistant import __version__
from assistant.cli import build_parser, main, swedish_error

COMMANDS = ("setup", "ingest", "ask", "serve", "eval", "feedback", "stats", "bench")
ENGLISH = ("usage:", "options:", "positional arguments", "show this help", "error:", "required", "invalid")


def _help(capsys, *argv: str) -> str:
    with pytest.raises(SystemExit) as exit_:
        main([*argv, "--help"])
    assert exit_.value.code == 0
    return capsys.readouterr().out


def _fails(capsys, *argv: str) -> str:
    with pytest.raises(SystemExit) as exit_:
        main(list(argv))
    assert exit_.value.code == 2
    return capsys.readouterr().err


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"assistant {__version__}"


@pytest.mark.parametrize("command", ("", *COMMANDS))
def test_help_is_swedish_and_every_option_is_explained(capsys, command):
    text = _help(capsys, *([command] if command else []))
    assert text.startswith("Användning: assistant")
    assert "flaggor:" in text and "visa den här hjälpen och avsluta" in text
    for word in ENGLISH:
        assert word not in text.lower(), (word, text)


def test_every_argument_has_help():
    parser = build_parser()
    subparsers = next(a for a in parser._actions if a.choices and "ask" in a.choices).choices
    for name, sub in [("assistant", parser), *subparsers.items()]:
        for action in sub._actions:
            if action.dest in ("command",):
                continue
            assert action.help, f"{name}: {action.option_strings or action.dest} has no help"


@pytest.mark.parametrize("argv, expected", [
    (["ask"], "dessa argument saknas: FRÅGA"),
    (["frobnicate"], "ogiltigt val: 'frobnicate'"),
    (["serve", "--port", "abc"], "'abc' är inget heltal"),
    (["ask", "fråga", "--bogus"], "okända argument: --bogus"),
    ([], "dessa argument saknas: KOMMANDO"),
])
def test_wrong_arguments_get_a_swedish_message_and_exit_2(capsys, argv, expected):
    err = _fails(capsys, *argv)
    assert "Användning: assistant" in err
    assert expected in err
    assert "--help` för hjälp" in err


def test_unknown_error_messages_pass_unchanged():
    assert swedish_error("något helt annat") == "något helt annat"


def test_unknown_document_names_the_valid_ones_and_exits_2(built, capsys, assistant):
    argv = ["--corpus-dir", str(built.corpus_dir), "--index-dir", str(built.index_dir),
            "ask", "--document", "finnsinte.txt", "Vad är målbilden?"]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "Okänt dokument: finnsinte.txt" in err
    for name in assistant.documents():
        assert name in err
    assert main([*argv[:4], "ask", "--json", "--document", "finnsinte.txt", "Vad är målbilden?"]) == 2
    result = json.loads(capsys.readouterr().out)
    assert result["answered"] is False and "finnsinte.txt" in result["error"]
