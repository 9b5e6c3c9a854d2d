"""The web chat: `build_ui(assistant, settings) -> gr.Blocks` and `launch` with safe defaults.

The page (see page.py for its CSS and script): a header with the title and one line on what the
assistant does and does not do; the chat with example questions and the question box; beside it
(below it on a phone) a panel with the tabs Källor, Kom igång, Ordlista and Om tjänsten. Answers
stream sentence by sentence; when one is complete the panel shows its sources, and its [n] and
"Visa källor" buttons bring them back later. All HTML comes from render.py, escaped.

When the queue is full Gradio answers HTTP 503 and its browser client shows a fixed English
toast; `PAGE_JS` rewrites that toast to Swedish. API clients get Gradio's "Queue is full" error.

Accessibility (WCAG 2.1 AA, checked with axe-core in tests/test_accessibility.py): the page is
Swedish (`lang="sv"`, Gradio's own labels too), colours in `CSS` meet 4.5:1, the panel's tabs
follow the WAI-ARIA tabs pattern, and `PAGE_JS` repairs what Gradio's chat leaves out.

A chat question takes one path: `Assistant.understand` (limits, masking of personal data,
cleaning: `query.text` is what the chat echoes and the log keeps) and `Assistant.answer` (which
adds the privacy notice); ratings go to feedback.jsonl, masked there (feedback.py).
"""

from __future__ import annotations

import logging
import re
import time
import uuid
from collections.abc import Iterator, Sequence
from typing import Any

import gradio as gr

from .feedback import record_feedback
from .logstore import prune_logs
from .page import BUSY, CSS, GRADIO_TRANSLATIONS, HEAD, PAGE_JS  # noqa: F401 (BUSY: callers import it here)
from .render import (escape_text, render_about, render_answer, render_getting_started, render_glossary,  # noqa: F401
                     render_header, render_panel, render_reply, render_sources, render_turn_sources)
from .questionlog import record_question
from .service import Assistant, Query, QuestionRejected
from .settings import Settings, parse_auth
from .webguard import GuardState, api_input, app_kwargs, capped_texts, drain_on_sigterm
from .types import Answer

log = logging.getLogger(__name__)

TITLE = "Strategiassistenten"
ALL_DOCUMENTS = "Alla dokument"
ALL_VALUE = "*"
FAILED = "Tjänsten kunde inte svara just nu. Försök igen om en stund."
THANKS = "Tack för din återkoppling!"
EXAMPLES = (
    "Vad ansvarar hälso- och sjukvårdsnämnden för?",
    "Vilka exempel passar riktningsförändringen öppnare vårdformer?",
    "Vad är målbilden i Jämtland Härjedalen?",
    "Vilka är de fyra riktningsförändringarna?",
)
LEAD = ("Svarar på frågor om regionens styrdokument för nära vård med dokumentens egna meningar och källa [1] "
        "– gissar aldrig och ger inga råd om enskilda patienter. Skriv inga personuppgifter.")
RATING = {True: "up", False: "down"}
STREAM_DELAY = 0.04  # seconds between streamed sentences: enough to read as streaming, never slow
_UNIT_END = re.compile(r"\[\d+\](?=\s|$)|[.!?](?=\s)|\n")


def stream_prefixes(text: str) -> list[str]:
    """Growing prefixes of an answer, one per sentence or line, ending with the whole text."""
    ends = sorted({m.end() for m in _UNIT_END.finditer(text)} | {len(text)})
    return [text[:end] for end in ends if text[:end].strip()]


def shown_question(question: object, limit: int) -> str:
    """The echo of a question `understand` refused: itself when short (it has no words), else its length."""
    question = question if isinstance(question, str) else ""
    return question if len(question) <= limit else f"(En fråga på {len(question)} tecken)"


def sources_of(answer: Answer) -> list[dict]:
    """The sources of an answer as plain dicts (for feedback)."""
    return [{"title": c.chunk.title, "section": c.chunk.section, "text": c.chunk.text} for c in answer.citations]


# ------------------------------------------------------------------ event handlers


def trim_session(session: dict, max_chars: int) -> dict:
    """The session with its oldest whole turns dropped until the transcript is at most `max_chars`.

    The transcript goes to the browser on every turn; rated turns keep pointing at their messages.
    """
    messages = session["messages"]
    sizes = [len(str(m.get("content", ""))) for m in messages]
    total, start = sum(sizes), 0
    while total > max_chars and start < len(messages):
        start += 1  # drop one message, then up to the next question
        while start < len(messages) and messages[start].get("role") != "user":
            start += 1
        total = sum(sizes[start:])
    if start == 0:
        return session
    turns = [{**t, "index": t["index"] - start} for t in session["turns"] if t["index"] >= start]
    return {**session, "messages": messages[start:], "turns": turns}


def new_session() -> dict:
    """One browser tab's conversation: the chat messages, earlier questions and answered turns."""
    return {"messages": [], "questions": [], "turns": []}


def panel_sources(turns: Sequence[dict]) -> str:
    """The panel's Källor: one section per answer with sources, the latest one shown."""
    cited = [t for t in turns if t.get("citations")]
    return "".join(render_turn_sources(t["number"], t["question"], t["citations"], selected=t is cited[-1])
                   for t in cited)


class ChatHandlers:
    """The functions behind the chat's events; plain methods so tests can call them directly."""

    def __init__(self, assistant: Assistant, settings: Settings, delay: float = STREAM_DELAY) -> None:
        self.assistant = assistant
        self.settings = settings
        self.delay = delay
        self._started: tuple[str, str] | None = None  # (build, rendered Kom igång) – five asks, cached
        prune_logs(settings.log_dir, settings.log_retention_days)  # the retention period, applied at start

    def _log(self, answer: Answer, started: float, channel: str, question: str | None = None) -> None:
        """One line in the question log (questionlog.py keeps it masked); a full disk costs no answer."""
        try:
            record_question(self.settings, answer, time.perf_counter() - started, question=question, channel=channel)
        except OSError:
            log.exception("could not write the question log")

    def documents_for(self, choice: str | None) -> list[str] | None:
        """The `documents` filter for a dropdown value (file name or title); None searches all."""
        if not choice or choice in (ALL_VALUE, ALL_DOCUMENTS):
            return None
        for name, meta in self.assistant.documents().items():
            if choice in (name, meta.title):
                return [name]
        return None

    def panel(self, turns: Sequence[dict] = (), selected: str = "kom-igang") -> str:
        """The side panel for a conversation: its sources, Kom igång, Ordlista, Om tjänsten."""
        build = self.assistant.index.build.name
        if self._started is None or self._started[0] != build:
            self._started = (build, render_getting_started(self.assistant.getting_started()))
        return render_panel(panel_sources(turns), self._started[1], render_glossary(self.assistant.glossary()),
                            render_about(self.assistant.status()), selected)

    def respond(self, question: str, document: str, session: dict) -> Iterator[tuple]:
        """Streams one answer into the chat; yields (chat, question box, session).

        The question is understood once (masked, cleaned: `query.text` is what the chat shows and
        the log keeps), then answered once."""
        session = trim_session(session or new_session(), self.settings.max_history_chars)
        if not str(question or "").strip():
            yield session["messages"], "", session
            return
        started = time.perf_counter()
        try:
            query: Query | None = self.assistant.understand(question, session["questions"],
                                                            self.documents_for(document))
            shown = query.text
        except QuestionRejected as exc:
            query, shown = None, shown_question(question, self.settings.max_question_chars)
            rejected = Answer(question="", text=str(exc), answered=False, flags=("rejected",))
        messages = [*session["messages"], {"role": "user", "content": escape_text(shown)}]
        yield messages, "", session
        try:
            answer = self.assistant.answer(query) if query else rejected
        except Exception:  # never show a traceback in the chat
            log.exception("the assistant failed on a chat question")
            messages.append({"role": "assistant", "content": render_answer(FAILED)})
            yield messages, "", {**session, "messages": messages}
            return
        self._log(answer, started, "chat", question=shown if query else str(question))
        number = max((t["number"] for t in session["turns"]), default=-1) + 1  # unique even after trimming
        messages.append({"role": "assistant", "content": ""})
        for prefix in stream_prefixes(answer.text):
            messages[-1] = {"role": "assistant", "content": render_answer(prefix)}
            yield messages, "", session
            time.sleep(self.delay)
        messages[-1] = {"role": "assistant", "content": render_reply(answer, number)}
        turn = {"id": uuid.uuid4().hex, "number": number, "index": len(messages) - 1, "question": answer.question,
                "history": list(session["questions"]), "answer": answer.text, "sources": sources_of(answer),
                "citations": answer.citations if answer.answered else ()}
        questions = session["questions"] if query is None else [*session["questions"], query.text]
        yield messages, "", {"messages": messages, "questions": questions[-2 * self.settings.max_history_turns:],
                             "turns": [*session["turns"], turn]}

    def show_sources(self, session: dict) -> Any:
        """After an answer: the panel shows its sources (unchanged when it has none)."""
        turns = (session or {}).get("turns", [])
        return self.panel(turns, "kallor") if turns and turns[-1]["citations"] else gr.skip()

    @staticmethod
    def forget_feedback() -> tuple:
        """A new question: the last answer's thanks and comment box go away."""
        return "", gr.update(visible=False), None

    def ask_api(self, question: str, history: list[str] | None = None, document: str | None = None) -> dict:
        """Answer one question for API clients: the JSON of `assistant ask --json`."""
        question, history, document = api_input(question, history, document)
        started = time.perf_counter()
        earlier = capped_texts([h for h in history if h.strip()], self.settings.max_history_chars)
        answer = self.assistant.ask(question, earlier, self.documents_for(document))
        self._log(answer, started, "api")
        return answer.to_dict()

    def rate(self, session: dict, data: gr.LikeData) -> tuple:
        """Thumbs up/down: saved at once; a thumbs down opens the comment box for an optional comment."""
        turn = _turn_at(session, data.index)
        rating = RATING[data.liked] if isinstance(data.liked, bool) else "withdrawn"  # "" = thumb taken back
        if turn is None:
            return None, gr.update(visible=False), gr.update(value=""), ""
        pending = {"turn": turn, "rating": rating}
        self._record(pending, "")
        if rating == "withdrawn":
            return None, gr.update(visible=False), gr.update(value=""), ""
        return pending, gr.update(visible=rating == "down"), gr.update(value=""), THANKS

    def comment(self, text: str, pending: dict | None) -> tuple:
        """Adds the optional comment to the rating just given (same id, so it replaces it)."""
        if pending and str(text or "").strip():
            self._record(pending, text)
            return gr.update(visible=False), gr.update(value=""), "Tack! Kommentaren är sparad.", None
        return gr.update(visible=False), gr.update(value=""), "", None

    def _record(self, pending: dict, comment: str) -> None:
        turn = pending["turn"]
        record_feedback(self.settings, question=turn["question"], answer=turn["answer"],
                        sources=turn["sources"], rating=pending["rating"], comment=comment,
                        history=turn["history"], feedback_id=turn["id"])

    def clear(self) -> tuple:
        """"Rensa samtalet": an empty chat, no history, nothing pending, the panel back at Kom igång."""
        session = new_session()
        return session["messages"], "", session, None, gr.update(visible=False), "", self.panel()

    def refresh(self) -> tuple:
        """On page load: the document filter and the panel from the index being served."""
        choices = [(ALL_DOCUMENTS, ALL_VALUE)] + sorted(
            ((meta.title, name) for name, meta in self.assistant.documents().items()), key=lambda c: c[0])
        return gr.update(choices=choices, value=ALL_VALUE), self.panel()


def _turn_at(session: dict | None, index: Any) -> dict | None:
    """The turn whose answer is at chat position `index`."""
    position = index[0] if isinstance(index, (list, tuple)) else index
    for turn in (session or {}).get("turns", []):
        if position == turn["index"]:
            return turn
    return None


def pick_example(data: gr.SelectData) -> str:
    """The text of the example question the user clicked."""
    value = data.value
    return value.get("text", "") if isinstance(value, dict) else str(value or "")


# ------------------------------------------------------------------ layout and launch


def build_ui(assistant: Assistant, settings: Settings) -> gr.Blocks:
    """The chat page: header, chat and question box, and the panel with sources and introductions."""
    handlers = ChatHandlers(assistant, settings)
    with gr.Blocks(title=TITLE, analytics_enabled=False) as demo:
        session = gr.State(new_session())
        pending = gr.State(None)
        clear = gr.Button("Rensa samtalet", variant="secondary", size="sm", elem_id="clear", render=False)
        gr.HTML(render_header(TITLE, LEAD), elem_id="intro")
        with gr.Row(equal_height=False, elem_id="main"):
            with gr.Column(scale=3, min_width=520, elem_id="chat-column"):
                chatbot = gr.Chatbot(label="Samtal", elem_id="chat", latex_delimiters=[], buttons=[clear],
                                     feedback_options=("Like", "Dislike"), examples=[{"text": q} for q in EXAMPLES],
                                     placeholder="**Välkommen!** Välj en exempelfråga eller skriv en egen nedan.")
                thanks = gr.Markdown(elem_id="feedback-status")
                with gr.Row(visible=False, elem_id="comment-row") as comment_row:
                    comment = gr.Textbox(label="Vill du berätta mer? (valfritt – skriv inga personuppgifter)",
                                         max_length=2000, scale=4, elem_id="comment")
                    send_comment = gr.Button("Skicka kommentar", size="md", scale=0, min_width=160,
                                             elem_id="send-comment")
                with gr.Row(elem_id="ask-row"):
                    question = gr.Textbox(label="Din fråga", placeholder="Skriv din fråga och tryck Enter …",
                                          max_length=settings.max_question_chars, submit_btn="Skicka", lines=1,
                                          max_lines=6, scale=3, min_width=300, elem_id="question")
                    document = gr.Dropdown(label="Sök i", choices=[(ALL_DOCUMENTS, ALL_VALUE)], value=ALL_VALUE,
                                           scale=1, min_width=200, elem_id="document-filter")
            with gr.Column(scale=2, min_width=340, elem_id="side"):
                panel = gr.HTML(handlers.panel(), elem_id="panel")

        chat_io = {"fn": handlers.respond, "inputs": [question, document, session],
                   "outputs": [chatbot, question, session], "api_visibility": "private",
                   "concurrency_id": "assistant", "show_progress": "minimal"}
        quiet = {"api_visibility": "private", "queue": False, "show_progress": "hidden"}
        for asked in (question.submit(handlers.forget_feedback, None, [thanks, comment_row, pending], **quiet),
                      chatbot.example_select(pick_example, None, question, **quiet)
                      .then(handlers.forget_feedback, None, [thanks, comment_row, pending], **quiet)):
            asked.then(**chat_io).then(handlers.show_sources, [session], [panel], **quiet)
        gr.api(handlers.ask_api, api_name="ask", concurrency_id="assistant")

        # Cheap events skip the queue, so the page still loads and rates while answers queue up.
        chatbot.like(handlers.rate, [session], [pending, comment_row, comment, thanks],
                     api_visibility="private", queue=False)
        for trigger in (send_comment.click, comment.submit):
            trigger(handlers.comment, [comment, pending], [comment_row, comment, thanks, pending],
                    api_visibility="private", queue=False)
        reset = [chatbot, question, session, pending, comment_row, thanks, panel]
        clear.click(handlers.clear, None, reset, api_visibility="private", queue=False)
        demo.load(handlers.refresh, None, [document, panel], **quiet)
    demo.queue(default_concurrency_limit=settings.concurrency_limit, max_size=settings.max_queue_size,
               api_open=False)
    return demo


def launch_options(settings: Settings, guard: GuardState | None = None) -> dict:
    """Keyword arguments of `Blocks.launch`: local bind, optional login, nothing shared or phoned home."""
    return {
        "app_kwargs": app_kwargs(settings, guard or GuardState(settings)),  # webguard.py
        "server_name": settings.host,
        "server_port": settings.port,
        "auth": parse_auth(settings.auth),
        "auth_message": "Logga in för att använda strategiassistenten.",
        "root_path": settings.root_path,
        "share": False,
        "inbrowser": False,
        "show_error": False,
        "allowed_paths": None,
        "max_file_size": "1mb",
        "enable_monitoring": False,
        "mcp_server": False,
        "pwa": False,
        "ssr_mode": False,
        "run_history": False,
        "footer_links": [],  # Gradio's footer links lead to English developer pages; the API is in the README
        "i18n": gr.I18n(**GRADIO_TRANSLATIONS),
        "css": CSS,
        "js": PAGE_JS,
        "head": HEAD,
    }


def launch(assistant: Assistant, settings: Settings) -> None:
    """Serve the chat until interrupted (`assistant serve`); the model is warmed up first."""
    assistant.warm_up(EXAMPLES[0])  # loads the index and the model now, not on the first visitor's question
    demo, guard = build_ui(assistant, settings), GuardState(settings)
    drain_on_sigterm(demo, settings, guard)
    demo.launch(**launch_options(settings, guard))
