"""The chat's HTML, as pure functions: answers, refusals, comparison tables and the side panel.

Everything a document or a user wrote goes through `escape_text`, which makes it inert both as
HTML and as Markdown (the chat renders Markdown), so no tag, link or image from a document can
reach the page. Our own markup is one line per block, so Markdown leaves it alone.

An answer is `<div class="answer" id="svar-N">` (N = its turn); its citations [n] and its
"Visa källor" button are buttons the page script (page.py) wires to the panel, where the
sources of turn N stand in `<section id="kallor-N">` and passage n in `<article id="kallor-N-n">`.
The chat's sanitizer keeps ids, classes and button types (not data- or aria- attributes), so
that is all these controls carry.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime

from .types import Answer, Citation

# Characters that would make text active: the five html.escape handles, plus Markdown's links,
# images, emphasis, code, headings, lists, tables, autolinks (":" "@" "."), LaTeX ("$"). Each
# becomes a numeric entity (one pass, so no double escaping), which Markdown shows literally and
# the browser displays as the character.
_INERT = {ord(c): f"&#{ord(c)};" for c in "&<>\"'\\`*_{}[]()#+-.!|~:$@=^%"}
_INERT.update({ord("\r"): "", ord("\n"): "<br>"})
_CITE = re.compile(r"\[(\d+)\]")
_BULLET = re.compile(r"^\s*[-•*]\s+")

PANEL_TABS = (("kallor", "Källor"), ("kom-igang", "Kom igång"), ("ordlista", "Ordlista"), ("om", "Om tjänsten"))
NO_SOURCES_YET = ("Här visas källorna till det svar du väljer: dokumentets titel, avsnitt och datum, och "
                  "stycket med de meningar svaret bygger på markerade. Klicka på [1] i ett svar för att gå "
                  "direkt till det stycket.")


def escape_text(text: str) -> str:
    """Text from a document or a user as inert HTML: no tag, entity, link, image or formula survives."""
    return str(text).translate(_INERT)


def _inline(text: str, linked: bool = False) -> str:
    """One line of answer text with its [n] markers styled (buttons to the source when `linked`)."""
    parts, pos = [], 0
    for match in _CITE.finditer(text):
        parts.append(escape_text(text[pos:match.start()]))
        n = match.group(1)
        if linked:
            parts.append(f'<button type="button" class="cite" title="Visa källa {n}">&#91;{n}&#93;</button>')
        else:
            parts.append(f'<span class="cite">&#91;{n}&#93;</span>')
        pos = match.end()
    parts.append(escape_text(text[pos:]))
    return "".join(parts)


def render_table(text: str, linked: bool = False) -> str:
    """A side-by-side answer ("Region: … [n]" per line) as a table: one row per region, cited cells."""
    rows = []
    for line in text.splitlines():
        label, _, cell = line.partition(": ")
        rows.append(f'<tr><th scope="row">{escape_text(label)}</th><td>{_inline(cell, linked)}</td></tr>')
    return ('<table class="comparison"><thead><tr><th scope="col">Region eller dokument</th>'
            '<th scope="col">Vad dokumenten säger</th></tr></thead><tbody>' + "".join(rows) + "</tbody></table>")


def _paragraphs(text: str, linked: bool) -> list[str]:
    """Answer text (paragraphs and "- " lists) as HTML blocks."""
    blocks: list[str] = []
    items: list[tuple[str, list[str]]] = []  # each point and the points indented under it

    def close() -> None:
        blocks.append("<ul>" + "".join(f"<li>{point}" + (f"<ul>{''.join(sub)}</ul>" if sub else "") + "</li>"
                                       for point, sub in items) + "</ul>")
        items.clear()
    for line in text.splitlines():
        if _BULLET.match(line):
            said = _inline(_BULLET.sub('', line).strip(), linked)
            if line.startswith((" ", "\t")) and items:  # "  - …" under the point before it
                items[-1][1].append(f"<li>{said}</li>")
            else:
                items.append((said, []))
            continue
        if items:
            close()
        if line.strip():
            blocks.append(f"<p>{_inline(line.strip(), linked)}</p>")
    if items:
        close()
    return blocks


def render_header(title: str, lead: str) -> str:
    """Title, what the assistant does and does not do, and (shown on narrow screens) links into the panel."""
    links = "".join(f'<button type="button" class="panel-link" id="till-{key}">{label}</button>'
                    for key, label in PANEL_TABS[1:])
    return (f"<h1>{escape_text(title)}</h1><p class=\"lead\">{escape_text(lead)}</p>"
            f'<nav class="panel-links" aria-label="Mer om tjänsten">{links}</nav>')


def render_answer(text: str, notices: Sequence[str] = (), flags: Sequence[str] = (), *,
                  turn: int | None = None, sources: int = 0) -> str:
    """Answer text as one line of HTML; with a `turn`, its [n] and "Visa källor" open the panel."""
    linked = turn is not None and sources > 0
    if "comparison" in flags and text.strip():
        blocks = [render_table(text, linked)]
    else:
        blocks = _paragraphs(text, linked)
    blocks += [f'<p class="notice">{escape_text(n)}</p>' for n in notices]
    if linked:
        blocks.append(f'<p class="answer-tools"><button type="button" class="show-sources">'
                      f'Visa källor ({sources})</button></p>')
    ident = f' id="svar-{turn}"' if turn is not None else ""
    return f'<div class="answer"{ident}>' + "".join(blocks) + "</div>"


def render_refusal(answer: Answer) -> str:
    """A refusal that helps: the service's verdict, what was searched, nearby topics, questions to ask.

    Drawn from the Answer's fields (the text stays the plain version for the CLI and the API)."""
    lead = answer.text.split(". ", 1)[0].rstrip(".") + "."
    blocks = [f'<p class="refusal-lead"><strong>{escape_text(lead)}</strong></p>']
    titles = [f"”{t}”" for t in answer.searched]
    if len(titles) == 1:
        blocks.append(f"<p>Jag sökte i {escape_text(titles[0])}.</p>")
    elif titles:
        blocks.append(f'<details class="searched"><summary>Jag sökte i {len(titles)} styrdokument</summary><ul>'
                      + "".join(f"<li>{escape_text(t)}</li>" for t in titles) + "</ul></details>")
    if answer.topics:
        blocks.append('<p class="refusal-head">Närliggande ämnen som dokumenten tar upp:</p><ul class="topics">'
                      + "".join(f"<li>{escape_text(t)}</li>" for t in answer.topics) + "</ul>")
    if answer.suggestions:
        blocks.append('<p class="refusal-head">Prova att fråga:</p><ul class="suggestions">'
                      + "".join(f'<li><button type="button" class="suggestion">{escape_text(q)}</button></li>'
                                for q in answer.suggestions) + "</ul>")
    blocks += [f'<p class="notice">{escape_text(n)}</p>' for n in answer.notices]
    return '<div class="answer refusal">' + "".join(blocks) + "</div>"


def render_reply(answer: Answer, turn: int) -> str:
    """The final chat message for an answer: cited text, a table, or a helpful refusal."""
    if not answer.answered and "rejected" not in answer.flags:
        return render_refusal(answer)
    return render_answer(answer.text, answer.notices, answer.flags, turn=turn, sources=len(answer.citations))


# ------------------------------------------------------------------ sources


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


def source_date(date: str, note: str) -> str:
    """The date line of a source, saying "datum" once: "Datum: antagen 27 maj 2021", "Datum anges inte …"."""
    if note and "datum" in note.lower():
        return note[:1].upper() + note[1:]
    return f"Datum: {note or date}" if (note or date) else ""


def render_source(citation: Citation, turn: int | None = None) -> str:
    """One numbered source: title, section, date and the passage with the used sentences marked."""
    chunk, meta = citation.chunk, citation.meta
    head = f"&#91;{citation.rank}&#93; {escape_text(chunk.title or meta.title)}"
    if chunk.section:
        head += f" – {escape_text(chunk.section)}"
    details = [escape_text(d) for d in (source_date(meta.date, meta.date_note),) if d]
    if meta.superseded_by:
        details.append(f"Ersatt av: {escape_text(meta.superseded_by)}")
    info = f'<p class="source-meta">{" · ".join(details)}</p>' if details else ""
    ident = f' id="kallor-{turn}-{citation.rank}" tabindex="-1"' if turn is not None else ""
    return (f'<article class="source"{ident}><h3 class="source-head">{head}</h3>{info}'
            f'<blockquote class="passage">{_marked(chunk.text, citation.used)}</blockquote></article>')


def render_sources(citations: Sequence[Citation], turn: int | None = None) -> str:
    """The sources of one answer, in order."""
    return '<div class="sources">' + "".join(render_source(c, turn) for c in citations) + "</div>"


def render_turn_sources(turn: int, question: str, citations: Sequence[Citation], selected: bool) -> str:
    """The panel's section for one answer: which question it answers, then its sources."""
    hidden = "" if selected else " hidden"
    return (f'<section class="turn-sources" id="kallor-{turn}"{hidden} aria-labelledby="kallor-{turn}-rubrik">'
            f'<h2 id="kallor-{turn}-rubrik" tabindex="-1">Källor till svaret på ”{escape_text(question)}”</h2>'
            f'<p class="back"><button type="button" class="back-to-answer" id="tillbaka-{turn}">'
            "Tillbaka till svaret</button></p>"
            f"{render_sources(citations, turn)}</section>")


def render_panel(sources_html: str, started: str, glossary: str, about: str, selected: str = "kom-igang") -> str:
    """The side panel: tabs Källor, Kom igång, Ordlista and Om tjänsten (tabs switched by page.py)."""
    contents = {"kallor": sources_html or f'<p class="panel-empty">{escape_text(NO_SOURCES_YET)}</p>',
                "kom-igang": started, "ordlista": glossary, "om": about}
    tabs, panels = [], []
    for key, label in PANEL_TABS:
        on = key == selected
        tabs.append(f'<button type="button" role="tab" id="flik-{key}" aria-controls="panel-{key}" '
                    f'aria-selected="{"true" if on else "false"}" tabindex="{0 if on else -1}">{label}</button>')
        panels.append(f'<div role="tabpanel" id="panel-{key}" aria-labelledby="flik-{key}" tabindex="0"'
                      f'{"" if on else " hidden"}>{contents[key]}</div>')
    return ('<div class="panel"><div role="tablist" aria-label="Information">' + "".join(tabs) + "</div>"
            + "".join(panels) + "</div>")


# ------------------------------------------------------------------ Kom igång, Ordlista, Om tjänsten


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
            "<p>Assistenten ger inga råd om enskilda patienter och ersätter inte beslut, riktlinjer eller din chef.</p>"
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
