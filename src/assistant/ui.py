"""The web chat: `build_ui(assistant, settings) -> gr.Blocks` and `launch` with safe defaults.

Everything a document or a user wrote is shown through `escape_text`, which makes it inert both
as HTML and as Markdown (the chat renders Markdown), so no tag, link or image from a document can
reach the page. Answers stream sentence by sentence; each answer carries a collapsed "Källor"
block with the cited passages and the sentences used marked.

When the queue is full Gradio answers HTTP 503 and its browser client shows a fixed English
toast; `PAGE_JS` rewrites that toast to Swedish. API clients get Gradio's "Queue is full" error.

Accessibility (WCAG 2.1 AA, checked with axe-core in tests/test_accessibility.py): the page is
Swedish (`lang="sv"`), colours in `CSS` meet 4.5:1, and `PAGE_JS` repairs the roles and names
Gradio's chat leaves out (example list, the "Källor" toggle's inner arrow button).

Personal data in a question (personnummer, phone numbers, e-mail addresses) is masked before the
question goes anywhere, the answer gets the notice `privacy.NOTICE`, and every question goes to
the question log (questionlog.py) and ratings to feedback.jsonl, both masked (privacy.py).
"""

from __future__ import annotations

import logging
import re
import time
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

import gradio as gr

from .feedback import record_feedback
from .privacy import NOTICE as PRIVACY_NOTICE
from .logstore import prune_logs
from .privacy import find_personal_data, mask
from .questionlog import record_question
from .service import Assistant
from .settings import Settings, parse_auth
from .webguard import GuardState, api_input, app_kwargs, capped_texts, drain_on_sigterm
from .types import Answer, Citation

log = logging.getLogger(__name__)

TITLE = "Strategiassistenten"
ALL_DOCUMENTS = "Alla dokument"
ALL_VALUE = "*"
BUSY = "Tjänsten är upptagen just nu, försök igen om en stund."
FAILED = "Tjänsten kunde inte svara just nu. Försök igen om en stund."
THANKS = "Tack för din återkoppling!"
EXAMPLES = (
    "Vad ansvarar hälso- och sjukvårdsnämnden för?",
    "Vilka exempel passar riktningsförändringen öppnare vårdformer?",
    "Vad är målbilden i Jämtland Härjedalen?",
    "Vilka är de fyra riktningsförändringarna?",
)
INTRO = (
    f"# {TITLE}\n"
    "Ställ frågor om regionens styrdokument för nära vård. Svaren är hämtade ur dokumenten och "
    "hänvisar till källan med [1], [2] …; öppna Källor under svaret för att läsa avsnitten. "
    "Står det inte i dokumenten säger assistenten det i stället för att gissa. "
    "Skriv inga personuppgifter i frågorna."
)
RATING = {True: "up", False: "down"}
STREAM_DELAY = 0.04  # seconds between streamed sentences: enough to read as streaming, never slow
SHOWN_QUESTION_CHARS = 300

# Characters that would make text active: the five html.escape handles, plus Markdown's links,
# images, emphasis, code, headings, lists, tables, autolinks (":" "@" "."), LaTeX ("$"). Each
# becomes a numeric entity (one pass, so no double escaping), which Markdown shows literally and
# the browser displays as the character.
_INERT = {ord(c): f"&#{ord(c)};" for c in "&<>\"'\\`*_{}[]()#+-.!|~:$@=^%"}
_INERT.update({ord("\r"): "", ord("\n"): "<br>"})
_CITE = re.compile(r"\[(\d+)\]")
_UNIT_END = re.compile(r"\[\d+\](?=\s|$)|[.!?](?=\s)|\n")
_BULLET = re.compile(r"^\s*[-•*]\s+")

CSS = """
.answer p { margin: 0 0 .5em; }
.answer ul { margin: 0 0 .5em 1.2em; }
.cite { font-weight: 600; color: #9a3412; white-space: nowrap; }
.dark .cite { color: #fdba74; }
footer .show-api { color: #4b5563; }
.dark footer .show-api { color: #d1d5db; }
:is(button, [role="button"], a, summary):focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
.dark :is(button, [role="button"], a, summary):focus-visible { outline-color: #93c5fd; }
:is(textarea, input):focus-visible { outline: 2px solid #1d4ed8; outline-offset: 1px; }
.dark :is(textarea, input):focus-visible { outline-color: #93c5fd; }
.notice { font-style: italic; }
.sources, .sources blockquote { font-size: 14px; }
#chat .md:has(.sources) { opacity: 1; }
.source { margin: 0 0 1em; }
.source-head, .source-meta { margin: 0; }
.source-meta { font-size: .9em; opacity: .8; }
.passage { margin: .3em 0 0; padding-left: .8em; border-left: 3px solid var(--border-color-primary); }
.passage mark { background: #fff0a0; color: #111; padding: 0 .1em; font-size: inherit; }
.about ul { margin: .3em 0 .6em 1.2em; }
"""

# Runs once on page load: Swedish page language, the queue-full toast in Swedish, and the roles and
# names Gradio's chat lacks: the examples are buttons in a role="list" (now a named group) with
# English aria-labels (removed: the Swedish question is the name), and each
# "Källor" toggle is a focusable div with role="button" around a nameless arrow button (nested
# controls); the arrow button becomes the one control, named "Källor (n)" and saying whether it is open.
PAGE_JS = """
() => {
  document.documentElement.lang = "sv";
  const english = "This application is currently busy";
  const swedish = %s;
  const translate = () => {
    document.querySelectorAll('[data-testid="toast-body"]').forEach((toast) => {
      if (!toast.textContent.includes(english)) return;
      toast.querySelectorAll('[data-testid="toast-text"]').forEach((el) => { el.textContent = swedish; });
      const title = toast.querySelector('.toast-title-row span');
      if (title && title.firstChild) title.firstChild.textContent = "Upptaget ";
    });
  };
  const repair = () => {
    document.querySelectorAll('#chat .examples[role="list"]').forEach((list) => {
      list.setAttribute("role", "group");
      list.setAttribute("aria-label", "Exempelfrågor");
    });
    document.querySelectorAll("#chat .examples button[aria-label]").forEach((example) => {
      if (example.getAttribute("aria-label").startsWith("Select example")) example.removeAttribute("aria-label");
    });
    document.querySelectorAll("#chat .thought-group > .title").forEach((toggle) => {
      const arrow = toggle.querySelector("button");
      if (!arrow) return;
      if (toggle.hasAttribute("role")) { toggle.removeAttribute("role"); toggle.removeAttribute("tabindex"); }
      const name = toggle.textContent.trim();
      const open = toggle.classList.contains("expanded") ? "true" : "false";
      if (arrow.getAttribute("aria-label") !== name) arrow.setAttribute("aria-label", name);
      if (arrow.getAttribute("aria-expanded") !== open) arrow.setAttribute("aria-expanded", open);
      if (!arrow.dataset.enterOnce) {  // Enter would toggle twice: the div's key handler and the button's click
        arrow.dataset.enterOnce = "1";
        arrow.addEventListener("keydown", (event) => { if (event.key === "Enter") event.stopPropagation(); });
      }
    });
    document.querySelectorAll('footer[aria-label="Gradio footer navigation"]').forEach((footer) => {
      footer.setAttribute("aria-label", "Sidfot");
    });
  };
  const update = () => { translate(); repair(); };
  update();
  new MutationObserver(update).observe(document.body,
    {childList: true, subtree: true, attributes: true, attributeFilter: ["class"]});
}
""" % repr(BUSY).replace("'", '"')

HEAD = '<meta name="robots" content="noindex, nofollow">'


# ------------------------------------------------------------------ rendering (pure functions)


def escape_text(text: str) -> str:
    """Text from a document or a user as inert HTML: no tag, entity, link, image or formula survives."""
    return str(text).translate(_INERT)


def _inline(text: str) -> str:
    """One line of answer text with its [n] markers styled."""
    parts, pos = [], 0
    for match in _CITE.finditer(text):
        parts.append(escape_text(text[pos:match.start()]))
        parts.append(f'<span class="cite">&#91;{match.group(1)}&#93;</span>')
        pos = match.end()
    parts.append(escape_text(text[pos:]))
    return "".join(parts)


def render_table(text: str) -> str:
    """A side-by-side answer ("Region: … [n]" per line) as a table: one row per region, cited cells."""
    rows = []
    for line in text.splitlines():
        label, _, cell = line.partition(": ")
        rows.append(f"<tr><th scope=\"row\">{escape_text(label)}</th><td>{_inline(cell)}</td></tr>")
    return ('<table class="comparison"><thead><tr><th scope="col">Dokument/region</th>'
            '<th scope="col">Vad dokumenten säger</th></tr></thead><tbody>' + "".join(rows) + "</tbody></table>")


def render_answer(text: str, notices: Sequence[str] = (), flags: Sequence[str] = ()) -> str:
    """Answer text (paragraphs and "- " lists) as one line of HTML, so Markdown leaves it alone."""
    if "comparison" in flags and text.strip():
        return render_table(text) + "".join(f'<p class="notice">{escape_text(n)}</p>' for n in notices)
    blocks: list[str] = []
    items: list[str] = []
    for line in text.splitlines():
        if _BULLET.match(line):
            items.append(f"<li>{_inline(_BULLET.sub('', line).strip())}</li>")
            continue
        if items:
            blocks.append("<ul>" + "".join(items) + "</ul>")
            items = []
        if line.strip():
            blocks.append(f"<p>{_inline(line.strip())}</p>")
    if items:
        blocks.append("<ul>" + "".join(items) + "</ul>")
    blocks += [f'<p class="notice">{escape_text(n)}</p>' for n in notices]
    return '<div class="answer">' + "".join(blocks) + "</div>"


def _marked(text: str, used: Sequence[str]) -> str:
    """A passage with the sentences the answer used wrapped in <mark>."""
    spans = sorted((start, start + len(s)) for s in {u.strip() for u in used if u.strip()}
                   if (start := text.find(s)) >= 0)
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    parts, pos = [], 0
    for start, end in merged:
        parts += [escape_text(text[pos:start]), f"<mark>{escape_text(text[start:end])}</mark>"]
        pos = end
    parts.append(escape_text(text[pos:]))
    return "".join(parts)


def render_source(citation: Citation) -> str:
    """One numbered source: title, section, date and the passage with the used sentences marked."""
    chunk, meta = citation.chunk, citation.meta
    head = f"&#91;{citation.rank}&#93; {escape_text(chunk.title or meta.title)}"
    if chunk.section:
        head += f" – {escape_text(chunk.section)}"
    details = []
    if meta.date_note or meta.date:
        details.append(f"Datum: {escape_text(meta.date_note or meta.date)}")
    if meta.superseded_by:
        details.append(f"Ersatt av: {escape_text(meta.superseded_by)}")
    info = f'<p class="source-meta">{" · ".join(details)}</p>' if details else ""
    return (f'<div class="source"><p class="source-head"><strong>{head}</strong></p>{info}'
            f'<blockquote class="passage">{_marked(chunk.text, citation.used)}</blockquote></div>')


def render_sources(citations: Sequence[Citation]) -> str:
    """The "Källor" block of one answer."""
    return '<div class="sources">' + "".join(render_source(c) for c in citations) + "</div>"


def render_about(status: dict) -> str:
    """The "Om tjänsten" text: what is indexed, with dates, and when the index was built."""
    items = []
    for doc in status.get("documents", []):
        date = doc.get("date_note") or doc.get("date") or "datum saknas"
        publisher = f", {escape_text(doc['publisher'])}" if doc.get("publisher") else ""
        items.append(f"<li><strong>{escape_text(doc.get('title') or doc.get('name', ''))}</strong>"
                     f"{publisher} ({escape_text(date)})</li>")
    return ('<div class="about"><p>Assistenten söker i dessa styrdokument och svarar bara med det som står i dem:</p>'
            f'<ul>{"".join(items)}</ul>'
            f'<p>Indexet byggdes {escape_text(_when(status.get("built_at", "")))} '
            f'och innehåller {int(status.get("chunks", 0))} textavsnitt.</p>'
            "<p>Tumme upp eller ner under ett svar hjälper oss att förbättra tjänsten. Frågor och återkoppling "
            "(fråga, svar och kommentar) sparas utan namn, med personnummer, telefonnummer och e-postadresser "
            "maskerade, och raderas efter en tid; skriv inga personuppgifter.</p></div>")


def render_glossary(entries: Sequence[dict]) -> str:
    """Ordlista: each term, the sentence from the documents that defines it, and where it stands."""
    rows = []
    for e in entries:
        where = escape_text(f"{e.get('title', '')} – {e.get('section', '')}".strip(" –"))
        rows.append(f"<dt><strong>{escape_text(e.get('term', ''))}</strong></dt>"
                    f"<dd>{escape_text(e.get('definition', ''))}<br><span class=\"source-meta\">Källa: {where}</span></dd>")
    if not rows:
        return "<p>Ordlistan byggs vid nästa indexering (<code>assistant ingest</code>).</p>"
    return '<dl class="glossary">' + "".join(rows) + "</dl>"


def render_getting_started(steps: Sequence[tuple[str, Answer]]) -> str:
    """Kom igång: målbild → förutsättningar → riktningsförändringar → exempel → nämndens uppdrag."""
    boxes = []
    for label, answer in steps:
        if not answer.answered or not answer.citations:
            continue
        first = answer.text.splitlines()[0]
        source = answer.citations[0]
        where = escape_text(f"{source.chunk.title} – {source.chunk.section}".strip(" –"))
        boxes.append(f"<li><strong>{escape_text(label)}</strong><p>{_inline(first)}</p>"
                     f"<p class=\"source-meta\">Källa: {where}</p></li>")
    return ('<p>Så hänger styrdokumenten ihop. Fråga vidare om vilken ruta som helst i chatten.</p>'
            '<ol class="steps">' + "".join(boxes) + "</ol>")


def _when(built_at: str) -> str:
    try:
        return datetime.strptime(built_at, "%Y-%m-%dT%H:%M:%S%z").strftime("%Y-%m-%d %H:%M (UTC)")
    except ValueError:
        return built_at or "okänt datum"


def stream_prefixes(text: str) -> list[str]:
    """Growing prefixes of an answer, one per sentence or line, ending with the whole text."""
    ends = sorted({m.end() for m in _UNIT_END.finditer(text)} | {len(text)})
    return [text[:end] for end in ends if text[:end].strip()]


def shown_question(question: str, limit: int) -> str:
    """The user's question as echoed in the chat (a huge paste is cut short)."""
    question = str(question or "")
    return question if len(question) <= limit else question[:SHOWN_QUESTION_CHARS] + " …"


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
    """One browser tab's conversation: the chat messages, earlier questions and rated turns."""
    return {"messages": [], "questions": [], "turns": []}


class ChatHandlers:
    """The functions behind the chat's events; plain methods so tests can call them directly."""

    def __init__(self, assistant: Assistant, settings: Settings, delay: float = STREAM_DELAY) -> None:
        self.assistant = assistant
        self.settings = settings
        self.delay = delay
        self._started: tuple[str, str] | None = None  # (build, rendered Kom igång) – five asks, cached
        prune_logs(settings.log_dir, settings.log_retention_days)  # the retention period, applied at start

    def ask(self, question: str, history: Sequence[str], documents: list[str] | None, channel: str) -> Answer:
        """The answer to the question with any personal data masked (plus a notice); logged, masked."""
        personal = bool(find_personal_data(question))
        started = time.perf_counter()
        answer = self.assistant.ask(mask(question) if personal else question, history=[mask(h) for h in history],
                                    documents=documents)
        latency = time.perf_counter() - started
        if personal and PRIVACY_NOTICE not in answer.notices:
            answer = replace(answer, notices=(*answer.notices, PRIVACY_NOTICE))
        try:
            record_question(self.settings, answer, latency, question=question, channel=channel)
        except OSError:  # a full disk must not cost the user the answer
            log.exception("could not write the question log")
        return answer

    def documents_for(self, choice: str | None) -> list[str] | None:
        """The `documents` filter for a dropdown value (file name or title); None searches all."""
        if not choice or choice in (ALL_VALUE, ALL_DOCUMENTS):
            return None
        for name, meta in self.assistant.documents().items():
            if choice in (name, meta.title):
                return [name]
        return None

    def respond(self, question: str, document: str, session: dict) -> Iterator[tuple]:
        """Streams one answer into the chat, then its "Källor" block; yields (chat, textbox, session)."""
        session = trim_session(session or new_session(), self.settings.max_history_chars)
        if not str(question or "").strip():
            yield session["messages"], "", session
            return
        shown = shown_question(mask(question), self.settings.max_question_chars)
        messages = [*session["messages"], {"role": "user", "content": escape_text(shown)}]
        yield messages, "", session
        try:
            answer = self.ask(question, session["questions"], self.documents_for(document), "chat")
        except Exception:  # never show a traceback in the chat
            log.exception("the assistant failed on a chat question")
            messages.append({"role": "assistant", "content": render_answer(FAILED)})
            yield messages, "", {**session, "messages": messages}
            return
        messages.append({"role": "assistant", "content": ""})
        for prefix in stream_prefixes(answer.text):
            messages[-1] = {"role": "assistant", "content": render_answer(prefix)}
            yield messages, "", session
            time.sleep(self.delay)
        messages[-1] = {"role": "assistant", "content": render_answer(answer.text, answer.notices, answer.flags)}
        answer_index = len(messages) - 1
        if answer.answered and answer.citations:
            messages.append({"role": "assistant", "content": render_sources(answer.citations),
                             "metadata": {"title": f"Källor ({len(answer.citations)})", "status": "done"}})
        turn = {"id": uuid.uuid4().hex, "index": answer_index, "question": answer.question,
                "history": list(session["questions"]), "answer": answer.text, "sources": sources_of(answer)}
        questions = session["questions"] if "rejected" in answer.flags else [*session["questions"], answer.question]
        yield messages, "", {"messages": messages, "questions": questions[-2 * self.settings.max_history_turns:],
                             "turns": [*session["turns"], turn]}

    def ask_api(self, question: str, history: list[str] | None = None, document: str | None = None) -> dict:
        """Answer one question for API clients: the JSON of `assistant ask --json`."""
        question, history, document = api_input(question, history, document)
        limit = self.settings.max_question_chars
        earlier = capped_texts([h[:limit] for h in history if h.strip()], self.settings.max_history_chars)
        answer = self.ask(question, earlier[-self.settings.max_history_turns:], self.documents_for(document), "api")
        return answer.to_dict()

    def rate(self, session: dict, data: gr.LikeData) -> tuple:
        """Thumbs up/down: saved at once; the comment box opens for an optional comment."""
        turn = _turn_at(session, data.index)
        rating = RATING[data.liked] if isinstance(data.liked, bool) else "withdrawn"  # "" = thumb taken back
        if turn is None:
            return None, gr.update(visible=False), gr.update(value=""), ""
        pending = {"turn": turn, "rating": rating}
        self._record(pending, "")
        if rating == "withdrawn":
            return None, gr.update(visible=False), gr.update(value=""), ""
        return pending, gr.update(visible=True), gr.update(value=""), THANKS

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
        """"Rensa samtalet": an empty chat, no history, nothing pending."""
        session = new_session()
        return session["messages"], "", session, None, gr.update(visible=False), ""

    def refresh(self) -> tuple:
        """On page load: the document filter and "Om tjänsten" from the index being served."""
        choices = [(ALL_DOCUMENTS, ALL_VALUE)] + sorted(
            ((meta.title, name) for name, meta in self.assistant.documents().items()), key=lambda c: c[0])
        build = self.assistant.index.build.name
        if self._started is None or self._started[0] != build:
            self._started = (build, render_getting_started(self.assistant.getting_started()))
        return (gr.update(choices=choices, value=ALL_VALUE), render_about(self.assistant.status()),
                render_glossary(self.assistant.glossary()), self._started[1])


def _turn_at(session: dict | None, index: Any) -> dict | None:
    """The turn whose answer (or its "Källor" block right after it) is at chat position `index`."""
    position = index[0] if isinstance(index, (list, tuple)) else index
    for turn in (session or {}).get("turns", []):
        if position in (turn["index"], turn["index"] + 1):
            return turn
    return None


def pick_example(data: gr.SelectData) -> str:
    """The text of the example question the user clicked."""
    value = data.value
    return value.get("text", "") if isinstance(value, dict) else str(value or "")


# ------------------------------------------------------------------ layout and launch


def build_ui(assistant: Assistant, settings: Settings) -> gr.Blocks:
    """The chat page: question box, streamed cited answers, sources, feedback and "Om tjänsten"."""
    handlers = ChatHandlers(assistant, settings)
    with gr.Blocks(title=TITLE, analytics_enabled=False) as demo:
        session = gr.State(new_session())
        pending = gr.State(None)
        gr.Markdown(INTRO)
        document = gr.Dropdown(label="Sök i", choices=[(ALL_DOCUMENTS, ALL_VALUE)], value=ALL_VALUE,
                               elem_id="document-filter")
        chatbot = gr.Chatbot(label="Samtal", height="68vh", min_height=420, elem_id="chat", latex_delimiters=[],
                             buttons=[], feedback_options=("Like", "Dislike"),
                             examples=[{"text": q} for q in EXAMPLES],
                             placeholder="**Välkommen!** Välj en exempelfråga eller skriv en egen nedan.")
        question = gr.Textbox(label="Din fråga", placeholder="Skriv din fråga och tryck Enter …",
                              max_length=settings.max_question_chars, submit_btn="Skicka", lines=1,
                              max_lines=6, autofocus=True, elem_id="question")
        with gr.Row():
            thanks = gr.Markdown(elem_id="feedback-status")
            clear = gr.Button("Rensa samtalet", variant="secondary", size="md", scale=0, min_width=160,
                              elem_id="clear")
        with gr.Row(visible=False, elem_id="comment-row") as comment_row:
            comment = gr.Textbox(label="Vill du berätta mer? (valfritt – skriv inga personuppgifter)",
                                 max_length=2000, scale=4, elem_id="comment")
            send_comment = gr.Button("Skicka kommentar", size="md", scale=0, min_width=160,
                                     elem_id="send-comment")
        with gr.Accordion("Kom igång", open=False, elem_id="getting-started"):
            started = gr.HTML(elem_id="getting-started-text")
        with gr.Accordion("Ordlista", open=False, elem_id="glossary"):
            glossary = gr.HTML(elem_id="glossary-text")
        with gr.Accordion("Om tjänsten", open=False, elem_id="about"):
            about = gr.HTML(elem_id="about-text")

        chat_io = {"fn": handlers.respond, "inputs": [question, document, session],
                   "outputs": [chatbot, question, session], "api_visibility": "private",
                   "concurrency_id": "assistant", "show_progress": "minimal"}
        question.submit(**chat_io)
        chatbot.example_select(pick_example, None, question, api_visibility="private", queue=False).then(**chat_io)
        gr.api(handlers.ask_api, api_name="ask", concurrency_id="assistant")

        # Cheap events skip the queue, so the page still loads and rates while answers queue up.
        chatbot.like(handlers.rate, [session], [pending, comment_row, comment, thanks],
                     api_visibility="private", queue=False)
        for trigger in (send_comment.click, comment.submit):
            trigger(handlers.comment, [comment, pending], [comment_row, comment, thanks, pending],
                    api_visibility="private", queue=False)
        reset = [chatbot, question, session, pending, comment_row, thanks]
        clear.click(handlers.clear, None, reset, api_visibility="private", queue=False)
        chatbot.clear(handlers.clear, None, reset, api_visibility="private", queue=False)
        demo.load(handlers.refresh, None, [document, about, glossary, started], api_visibility="private", queue=False)
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
        "footer_links": ["api"],
        "css": CSS,
        "js": PAGE_JS,
        "head": HEAD,
    }


def launch(assistant: Assistant, settings: Settings) -> None:
    """Serve the chat until interrupted (`assistant serve`); the model is warmed up first."""
    assistant.ask(EXAMPLES[0])  # loads the index and the model now, not on the first visitor's question
    demo, guard = build_ui(assistant, settings), GuardState(settings)
    drain_on_sigterm(demo, settings, guard)
    demo.launch(**launch_options(settings, guard))
