"""The web chat: the real server answered through gradio_client, the chat handlers, feedback, escaping."""

from __future__ import annotations

import json

import markdown_it  # an explicit dev dependency (pyproject): missing means failing, not skipping
import pytest

from .browser.server import chat_settings, running_chat

FIRST = "Vad innebär riktningsförändringen öppnare vårdformer?"
FOLLOW_UP = "och vilka exempel finns för den?"
OFF_TOPIC = "Vilken är huvudstaden i Australien?"


@pytest.fixture(scope="module")
def ui_settings(built, tmp_path_factory):
    """The session index, with this module's own log dir and port."""
    return chat_settings(built, tmp_path_factory.mktemp("ui"))


@pytest.fixture(scope="module")
def client(assistant, ui_settings):
    """gradio_client against the real chat served on 127.0.0.1."""
    from gradio_client import Client

    with running_chat(assistant, ui_settings) as url:
        yield Client(url, verbose=False, download_files=False)


@pytest.fixture()
def handlers(assistant, tmp_path, built):
    """The chat's event handlers with feedback going to tmp_path (no streaming pause)."""
    from assistant.ui import ChatHandlers

    return ChatHandlers(assistant, built.model_copy(update={"log_dir": tmp_path / "logs"}), delay=0)


# ------------------------------------------------------------------ the served API


def test_api_lists_only_the_ask_endpoint(client):
    endpoints = client.view_api(print_info=False, return_format="dict")["named_endpoints"]
    assert list(endpoints) == ["/ask"]


def test_question_is_answered_with_citations(client):
    result = client.predict(FIRST, [], "*", api_name="/ask")
    assert result["answered"] is True
    assert "[1]" in result["answer"]
    assert result["sources"] and result["sources"][0]["text"]
    assert result["sources"][0]["title"]


def test_follow_up_uses_the_history(client):
    result = client.predict(question=FOLLOW_UP, history=[FIRST], api_name="/ask")
    assert result["answered"] is True
    assert "Mobila team" in result["answer"]


def test_document_filter_limits_the_sources(client, assistant):
    name = next(n for n, m in assistant.documents().items() if "Jämtland" in m.title)
    result = client.predict("Vad är målbilden?", [], name, api_name="/ask")
    assert result["sources"]
    assert {s["document"] for s in result["sources"]} == {name}


def test_off_topic_question_is_refused_without_sources(client):
    result = client.predict(OFF_TOPIC, api_name="/ask")
    assert result["answered"] is False
    assert result["sources"] == []
    assert "Det står inte i styrdokumenten" in result["answer"]


@pytest.mark.parametrize("size", [3000, 200_000])  # a megabyte is refused by the web layer (test_security)
def test_oversized_question_gets_a_clear_message(client, size):
    result = client.predict("Vad gäller? " + "x" * size, api_name="/ask")
    assert result["answered"] is False
    assert "för lång" in result["answer"]
    assert "rejected" in result["flags"]


# ------------------------------------------------------------------ the chat handlers


def _run(handlers, question, session, document="*"):
    """All yields of one streamed chat turn."""
    return list(handlers.respond(question, document, session))


def test_chat_streams_the_answer_then_the_panel_shows_its_sources(handlers):
    from assistant.ui import new_session

    steps = _run(handlers, FIRST, new_session())
    messages, box, session = steps[-1]
    assert box == ""
    assert len(steps) > 3  # the user's question, then the answer sentence by sentence
    assert [m["role"] for m in messages] == ["user", "assistant"]
    answer = messages[1]["content"]
    assert answer.startswith('<div class="answer" id="svar-0">')
    assert '<button type="button" class="cite" title="Visa källa 1">&#91;1&#93;</button>' in answer
    assert "Visa källor (" in answer
    assert session["questions"] == [FIRST]

    panel = handlers.show_sources(session)
    assert '<section class="turn-sources" id="kallor-0"' in panel and "<mark>" in panel
    assert 'id="kallor-0-1" tabindex="-1"' in panel
    assert 'id="flik-kallor" aria-controls="panel-kallor" aria-selected="true"' in panel


def test_each_answer_keeps_its_own_sources_in_the_panel(handlers):
    from assistant.ui import new_session

    session = _run(handlers, FIRST, new_session())[-1][2]
    messages, _, session = _run(handlers, FOLLOW_UP, session)[-1]
    panel = handlers.show_sources(session)
    assert 'id="kallor-0" hidden' in panel  # the first answer's sources, one click away
    assert 'id="kallor-1" aria' in panel  # the latest answer's sources, shown
    assert 'id="svar-1"' in messages[-1]["content"]


def test_chat_follow_up_keeps_the_thread_and_clear_forgets_it(handlers):
    from assistant.ui import new_session

    session = _run(handlers, FIRST, new_session())[-1][2]
    messages, _, session = _run(handlers, FOLLOW_UP, session)[-1]
    assert "Mobila team" in messages[-1]["content"]
    assert session["questions"] == [FIRST, FOLLOW_UP]
    chat, box, session, pending, row, thanks, panel = handlers.clear()
    assert chat == [] and box == "" and session["questions"] == [] and pending is None and thanks == ""
    assert 'id="flik-kom-igang" aria-controls="panel-kom-igang" aria-selected="true"' in panel
    assert "turn-sources" not in panel


def test_chat_refusal_names_topics_and_suggests_questions(handlers):
    import gradio as gr

    from assistant.ui import new_session

    messages, _, session = _run(handlers, OFF_TOPIC, new_session())[-1]
    assert [m["role"] for m in messages] == ["user", "assistant"]
    refusal = messages[-1]["content"]
    assert '<div class="answer refusal">' in refusal
    assert "<strong>Det står inte i styrdokumenten&#46;</strong>" in refusal
    assert "Jag sökte i 5 styrdokument" in refusal
    answer = handlers.assistant.ask(OFF_TOPIC)
    assert answer.suggestions  # from the index, not from the UI
    for suggestion in answer.suggestions:
        assert f'<button type="button" class="suggestion">{_escaped(suggestion)}</button>' in refusal
    assert isinstance(handlers.show_sources(session), type(gr.skip()))  # the panel keeps the last sources


def _escaped(text):
    from assistant.ui import escape_text

    return escape_text(text)


def test_chat_megabyte_question_is_echoed_short_and_refused(handlers):
    from assistant.ui import new_session

    messages, _, session = _run(handlers, "a" * 1_000_000, new_session())[-1]
    assert messages[0]["content"] == "&#40;En fråga på 1000000 tecken&#41;"
    assert "för lång" in messages[-1]["content"]
    assert session["questions"] == []


def test_chat_shows_and_keeps_the_understood_question(handlers):
    from assistant.ui import new_session

    messages, _, session = _run(handlers, "  <b>Vad ansvarar hälso- och sjukvårdsnämnden för?</b>  ", new_session())[-1]
    assert messages[0]["content"] == _escaped("Vad ansvarar hälso- och sjukvårdsnämnden för?")
    assert session["questions"] == ["Vad ansvarar hälso- och sjukvårdsnämnden för?"]


def test_a_new_question_clears_the_thanks_and_the_comment_box(handlers):
    thanks, row, pending = handlers.forget_feedback()
    assert thanks == "" and row["visible"] is False and pending is None


def test_empty_question_does_nothing(handlers):
    from assistant.ui import new_session

    assert _run(handlers, "   ", new_session()) == [([], "", new_session())]


# ------------------------------------------------------------------ feedback


def _like(index, liked):
    import gradio as gr

    return gr.LikeData(None, {"index": index, "value": [], "liked": liked})


def test_dislike_with_comment_is_logged_and_exported(handlers, tmp_path, monkeypatch, capsys):
    from assistant.cli import main
    from assistant.feedback import feedback_path, read_feedback
    from assistant.ui import new_session

    session = _run(handlers, FIRST, new_session())[-1][2]
    pending, row, _, status = handlers.rate(session, _like(1, False))
    assert pending["rating"] == "down" and row["visible"] is True and status
    handlers.comment("Svaret saknar exemplen.", pending)

    path = feedback_path(handlers.settings)
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 2 and lines[0]["id"] == lines[1]["id"]
    entry = read_feedback(path)[0]
    assert entry["rating"] == "down" and entry["comment"] == "Svaret saknar exemplen."
    assert entry["question"] == FIRST and "[1]" in entry["answer"]
    assert entry["sources"][0].keys() == {"title", "section", "text"}
    assert entry["time"][:2] == "20"

    monkeypatch.setenv("ASSISTANT_LOG_DIR", str(path.parent))
    out = tmp_path / "drafts.jsonl"
    assert main(["feedback", "export", "--out", str(out)]) == 0
    (draft,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert draft == {"id": "feedback-1", "question": FIRST, "expected_passages": [], "answer_must_contain": [],
                     "answerable": True, "draft": True, "comment": "Svaret saknar exemplen.",
                     "answer_given": entry["answer"]}
    capsys.readouterr()
    assert main(["feedback", "export"]) == 0
    assert json.loads(capsys.readouterr().out)["id"] == "feedback-1"


def test_like_and_withdrawn_ratings_are_not_exported(handlers, tmp_path):
    from argparse import Namespace

    from assistant.feedback import export_cli, record_feedback
    from assistant.ui import new_session

    session = _run(handlers, FIRST, new_session())[-1][2]
    pending, row, _, _ = handlers.rate(session, _like(1, True))
    assert pending["rating"] == "up" and row["visible"] is False  # the comment box is for a thumbs down
    assert handlers.rate(session, _like(0, False))[0] is None  # the user's own question is not rated
    handlers.rate(session, _like(1, ""))  # the user took the thumb back
    record_feedback(handlers.settings, question="Bra fråga", answer="Bra svar", sources=[], rating="up")
    out = tmp_path / "none.jsonl"
    assert export_cli(Namespace(out=str(out)), handlers.settings) == 0
    assert out.read_text(encoding="utf-8") == ""


# ------------------------------------------------------------------ rendering and launch defaults


EVIL = "<script>alert(1)</script> ![x](http://evil/x.png) [klick](javascript:alert(1)) $$x$$ <b>fet</b>"


def _citation(text, used):
    from assistant.types import Chunk, Citation, DocumentMeta

    chunk = Chunk(id="c1", document="d.txt", title="Titel <i>kursiv</i>", section="Avsnitt ![y](http://evil/y.png)",
                  text=text, position=0)
    meta = DocumentMeta(name="d.txt", title="Titel", date="2024-01-01", date_note="antagen <b>2024</b>")
    return Citation(rank=1, chunk=chunk, score=0.9, meta=meta, used=tuple(used))


def _assert_inert(rendered):
    """No markup from the input survives, neither in our HTML nor after Markdown rendering."""
    for bad in ("<script", "<img", "<a ", "<b>", "<i>", "](", "http://", "javascript:", "$$"):
        assert bad not in rendered, (bad, rendered)
    as_markdown = markdown_it.MarkdownIt("commonmark", {"html": True}).render(rendered)
    for tag in ("<script", "<img", "<a ", "<b>", "<i>"):
        assert tag not in as_markdown, (tag, as_markdown)


def test_sources_escape_html_and_markdown_from_documents():
    from assistant.ui import render_sources

    text = f"Första meningen. {EVIL} Andra meningen."
    rendered = render_sources([_citation(text, ["Första meningen.", "Finns inte i texten."])])
    _assert_inert(rendered)
    assert "<mark>Första meningen&#46;</mark>" in rendered
    assert "&#60;script&#62;" in rendered
    assert "\n" not in rendered  # one HTML block: Markdown never looks inside


def test_answer_and_question_escape_html_and_markdown():
    from assistant.ui import escape_text, render_answer

    rendered = render_answer(f"Svar {EVIL} [1]\n- punkt [2]", notices=["<b>obs</b>"])
    _assert_inert(rendered)
    assert '<span class="cite">&#91;1&#93;</span>' in rendered and "<li>" in rendered
    _assert_inert(escape_text(EVIL))


def test_a_list_said_under_a_point_is_nested_under_it():
    from assistant.ui import render_answer

    rendered = render_answer("Det här säger dokumenten om det:\n- Omställningen: … fyra riktningsförändringar: [1]\n"
                             f"  - Stärkt gemensam primärvård [1]\n  - {EVIL} [1]\n- Digitalisering: … [2]")
    _assert_inert(rendered)
    assert "riktningsförändringar&#58; <span class=\"cite\">&#91;1&#93;</span><ul><li>Stärkt gemensam primärvård" in rendered
    assert rendered.count("<ul>") == 2 and rendered.index("Digitalisering") > rendered.index("</ul></li>")


def test_refusal_renders_topics_and_suggestions_inert():
    from assistant.types import Answer
    from assistant.ui import render_reply

    answer = Answer(question="q", text="Det står inte i styrdokumenten. Jag sökte i … <b>x</b>", answered=False,
                    searched=("Plan <i>A</i>", "Plan B"), topics=("Psykisk hälsa", EVIL),
                    suggestions=("Vad står det om psykisk hälsa?", EVIL))
    rendered = render_reply(answer, 3)
    _assert_inert(rendered)
    assert "Jag sökte i 2 styrdokument" in rendered and "<li>”Plan &#60;i&#62;A&#60;/i&#62;”</li>" in rendered
    assert "<li>Psykisk hälsa</li>" in rendered
    assert rendered.count('<button type="button" class="suggestion">') == 2
    only_one = render_reply(Answer(question="q", text="Det står inte där.", answered=False, searched=("Plan B",)), 0)
    assert "<p>Jag sökte i ”Plan B”.</p>" in only_one and "suggestion" not in only_one


def test_comparison_table_has_a_label_column_and_linked_citations():
    from assistant.ui import render_answer

    rendered = render_answer("Norrbotten: Målbilden [1]\nJämtland Härjedalen: Färdplanen [2]", flags=("comparison",),
                             turn=2, sources=2)
    assert rendered.startswith('<div class="answer" id="svar-2"><table class="comparison">')
    assert '<th scope="row">Jämtland Härjedalen</th>' in rendered
    assert rendered.count('class="cite"') == 2 and "Visa källor (2)" in rendered


def test_source_dates_say_datum_once():
    from assistant.render import source_date

    assert source_date("", "datum anges inte i dokumentet") == "Datum anges inte i dokumentet"
    assert source_date("2021-05-27", "antagen 27 maj 2021") == "Datum: antagen 27 maj 2021"
    assert source_date("2021-05-27", "") == "Datum: 2021-05-27"
    assert source_date("", "") == ""


def test_panel_has_four_tabs_one_selected():
    import re

    from assistant.render import render_panel

    panel = render_panel("", "<p>start</p>", "<dl></dl>", "<p>om</p>", selected="ordlista")
    assert re.findall(r'role="tab" id="flik-([a-z-]+)"', panel) == ["kallor", "kom-igang", "ordlista", "om"]
    assert panel.count('aria-selected="true"') == 1 and 'id="flik-ordlista" aria-controls="panel-ordlista" aria-selected="true"' in panel
    assert panel.count(" hidden>") == 3
    assert "Klicka på &#91;1&#93; i ett svar" in panel  # no answer yet: what the Källor tab is for


def test_stream_prefixes_grow_to_the_whole_answer():
    from assistant.ui import stream_prefixes

    text = "Ett. [1] Två [2]\n- tre [2]"
    prefixes = stream_prefixes(text)
    assert prefixes[-1] == text and len(prefixes) >= 3
    assert all(b.startswith(a) for a, b in zip(prefixes, prefixes[1:]))


def test_launch_defaults_are_safe(built, tmp_path):
    from assistant.ui import launch_options, parse_auth

    options = launch_options(built)
    assert options["server_name"] == "127.0.0.1" and options["server_port"] == built.port
    assert options["share"] is False and options["allowed_paths"] is None
    assert options["enable_monitoring"] is False and options["mcp_server"] is False
    assert options["run_history"] is False and options["auth"] is None
    assert parse_auth("anna:hemligt,bo:l:ösen") == [("anna", "hemligt"), ("bo", "l:ösen")]
    with pytest.raises(ValueError):
        parse_auth("utan-lösenord")


def test_queue_limits_come_from_settings(assistant, built):
    from assistant.ui import build_ui

    demo = build_ui(assistant, built.model_copy(update={"concurrency_limit": 3, "max_queue_size": 7}))
    assert demo._queue.max_size == 7
    assert demo._queue.default_concurrency_limit == 3
    assert demo.api_open is False
