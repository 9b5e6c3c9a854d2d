"""What the browser gets besides the components: CSS, the page script and Gradio's own strings in Swedish.

Layout: a header (title, one line on what the assistant does and does not do, links into the
panel), then the chat beside a panel with the tabs Källor, Kom igång, Ordlista and Om tjänsten;
below 900 px the panel moves under the chat. Both fit the first screen at 1366x768 and 390x844.

`PAGE_JS` runs once on load. It makes the page Swedish whatever the browser's language, turns
the queue-full toast Swedish, repairs the roles and names Gradio's chat leaves out or gives in
English, puts the thumbs up before the thumbs down, runs the panel's tabs, and wires the
buttons inside answers: [n] and "Visa källor" show that answer's sources in the panel (the
passage scrolled into view, flashed and focused), "Tillbaka till svaret" goes back, and a
suggested question is asked at once. The page language is set by Gradio from the browser, so
the Swedish strings are registered for every language (`GRADIO_TRANSLATIONS`).
"""

from __future__ import annotations

import json

BUSY = "Tjänsten är upptagen just nu, försök igen om en stund."

# Gradio translates its own labels by the browser's language; these keys are visible in this chat.
# They are registered for every language Gradio ships, so the page stays Swedish everywhere.
_GRADIO_SWEDISH = {
    "chatbot.like": "Gilla", "chatbot.dislike": "Ogilla", "chatbot.clear": "Rensa chatten",
    "chatbot.submit": "Skicka", "chatbot.retry": "Försök igen", "chatbot.undo": "Ångra",
    "chatbot.edit": "Redigera", "chatbot.cancel": "Avbryt",
    "common.clear": "Rensa", "common.error": "Fel", "common.loading": "Laddar", "common.submit": "Skicka",
    "common.empty": "Tom", "common.remove": "Ta bort", "common.settings": "Inställningar",
    "dropdown.dropdown": "Rullgardinsmeny", "errors.use_via_api": "Använd via API",
}
_GRADIO_LANGUAGES = ("ar", "ca", "ckb", "de", "en", "es", "et", "eu", "fa", "fi", "fr", "he", "hi", "id", "ja",
                     "ko", "lt", "nb", "nl", "pl", "pt-BR", "pt", "ro", "ru", "sv", "ta", "th", "tr", "uk", "ur",
                     "uz", "zh-CN", "zh-TW")
GRADIO_TRANSLATIONS = {language: dict(_GRADIO_SWEDISH) for language in _GRADIO_LANGUAGES}

HEAD = '<meta name="robots" content="noindex, nofollow">'

CSS = """
.gradio-container { max-width: 1400px !important; }
#intro { padding: 0 2px; }
#intro h1 { font-size: 1.6rem; margin: 0 0 .15rem; line-height: 1.2; }
#intro .lead { margin: 0; font-size: 1rem; line-height: 1.4; }
#intro .panel-links { margin: .35rem 0 0; display: none; gap: .4rem 1rem; flex-wrap: wrap; }
#intro .panel-links button { background: none; border: 0; padding: .2rem 0; color: #1d4ed8;
  text-decoration: underline; font: inherit; cursor: pointer; }
.dark #intro .panel-links button { color: #93c5fd; }
#chat { height: calc(100vh - 262px) !important; min-height: 300px; }
#question textarea { font-size: 1rem; }
#question button.submit-button { background: #1d4ed8 !important; color: #fff !important; border-radius: 6px;
  padding: 0 1rem; font-weight: 600; min-width: 5rem; }
.dark #question button.submit-button { background: #93c5fd !important; color: #0b1220 !important; }
#ask-row { align-items: stretch; }
#feedback-status:empty { display: none; }
#feedback-status p { margin: 0; }
#side { position: sticky; top: 8px; align-self: flex-start; max-height: calc(100vh - 16px); overflow-y: auto; }
#chat .md:has(.answer) { opacity: 1; }  /* Gradio dims a message while events run: keep the contrast */
.answer p { margin: 0 0 .5em; }
.answer ul { margin: 0 0 .5em 1.2em; }
.cite { font-weight: 600; color: #9a3412; white-space: nowrap; }
.dark .cite { color: #fdba74; }
button.cite { background: none; border: 0; padding: 0 .1em; font: inherit; font-weight: 600; cursor: pointer;
  text-decoration: underline dotted; text-underline-offset: 3px; }
.answer-tools { margin: .6em 0 0 !important; }
.back { margin: 0 0 .6rem; }
.back-to-answer { background: none; border: 0; padding: 0; color: #1d4ed8; text-decoration: underline; font: inherit;
  cursor: pointer; }
.dark .back-to-answer { color: #93c5fd; }
.show-sources, .suggestion { border: 1px solid #1d4ed8; color: #1d4ed8; background: transparent; border-radius: 6px;
  padding: .3em .8em; font: inherit; font-size: .95em; font-weight: 600; cursor: pointer; text-align: left; }
.dark .show-sources, .dark .suggestion { border-color: #93c5fd; color: #93c5fd; }
.refusal-lead { font-weight: 600; }
.refusal-head { margin: .7em 0 .3em !important; }
.answer ul.topics { margin-left: 1.2em; }
.answer ul.suggestions { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: .4em; }
:is(button, [role="button"], [role="tab"], a, summary):focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
.dark :is(button, [role="button"], [role="tab"], a, summary):focus-visible { outline-color: #93c5fd; }
:is(textarea, input, [tabindex="-1"], [role="tabpanel"]):focus-visible { outline: 2px solid #1d4ed8; outline-offset: 1px; }
.dark :is(textarea, input, [tabindex="-1"], [role="tabpanel"]):focus-visible { outline-color: #93c5fd; }
.notice { font-style: italic; }
table.comparison { border-collapse: collapse; width: 100%; }
table.comparison th, table.comparison td { vertical-align: top; text-align: left; padding: .4em .6em;
  border: 1px solid var(--border-color-primary); }
table.comparison th { overflow-wrap: normal !important; word-break: normal !important; hyphens: manual;
  min-width: max-content; }
table.comparison th[scope="row"] { width: 1%; }
@media (max-width: 600px) {
  table.comparison, table.comparison tbody, table.comparison tr, table.comparison th, table.comparison td {
    display: block; width: auto !important; border: 0; }
  table.comparison thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  table.comparison tr { border: 1px solid var(--border-color-primary); border-radius: 6px; margin: 0 0 .6em; }
  table.comparison th[scope="row"] { border-bottom: 1px solid var(--border-color-primary); }
}
.panel [role="tablist"] { display: flex; flex-wrap: wrap; gap: .2rem; border-bottom: 1px solid var(--border-color-primary);
  margin: 0 0 .6rem; }
.panel [role="tab"] { background: none; border: 0; border-bottom: 3px solid transparent; padding: .45rem .55rem;
  font: inherit; font-weight: 600; color: inherit; cursor: pointer; }
.panel [role="tab"][aria-selected="true"] { border-bottom-color: #1d4ed8; color: #1d4ed8; }
.dark .panel [role="tab"][aria-selected="true"] { border-bottom-color: #93c5fd; color: #93c5fd; }
.panel h2 { font-size: 1.05rem; margin: 0 0 .6rem; }
.panel-empty { margin: 0; }
.source { margin: 0 0 1em; padding: .3em .4em; border-radius: 6px; scroll-margin-top: 8px; }
.source.flash { background: rgba(29, 78, 216, .12); transition: background 1.5s; }
.source-head { margin: 0; font-size: 1rem; }
.source-meta { font-size: .9em; margin: 0; }
.passage { margin: .3em 0 0; padding-left: .8em; border-left: 3px solid var(--border-color-primary); font-size: .95rem; }
.passage mark { background: #fff0a0; color: #111; padding: 0 .1em; font-size: inherit; }
.about ul { margin: .3em 0 .6em 1.2em; }
.steps { margin-left: 1.2em; }
.steps li { margin: 0 0 .6em; }
.steps li > strong, .steps li > p { display: block; margin: 0; }
@media (max-width: 899px) {
  #intro .panel-links { display: flex; }
  #intro h1 { font-size: 1.35rem; }
  #intro .lead { font-size: .95rem; }
  #chat { height: calc(100vh - 415px) !important; min-height: 260px; }
  .gradio-container { padding-top: 6px !important; padding-left: 10px !important; padding-right: 10px !important; }
  .panel [role="tab"] { padding: .4rem .35rem; }
  #side { position: static; max-height: none; overflow: visible; }
  #chat .examples { gap: .4rem !important; }
  #chat .examples button { padding: .35rem .6rem !important; min-height: 0 !important; }
}
"""

_JS = """
() => {
  const BUSY = __BUSY__;
  document.documentElement.lang = "sv";
  const $ = (selector, root) => (root || document).querySelector(selector);
  const $$ = (selector, root) => Array.from((root || document).querySelectorAll(selector));

  const translate = () => {
    $$('[data-testid="toast-body"]').forEach((toast) => {
      if (!toast.textContent.includes("This application is currently busy")) return;
      $$('[data-testid="toast-text"]', toast).forEach((el) => { el.textContent = BUSY; });
      const title = $('.toast-title-row span', toast);
      if (title && title.firstChild) title.firstChild.textContent = "Upptaget ";
    });
  };

  // Gradio's chat: examples in a named group, messages without English labels, thumbs up first.
  const THUMBS = {"Liked": "Gillat", "Disliked": "Ogillat"};
  const repair = () => {
    $$('#chat .examples[role="list"]').forEach((list) => {
      list.setAttribute("role", "group");
      list.setAttribute("aria-label", "Exempelfrågor");
    });
    $$("#chat .examples button[aria-label]").forEach((example) => {
      if (example.getAttribute("aria-label").startsWith("Select example")) example.removeAttribute("aria-label");
    });
    $$('#chat [data-testid="bot"][aria-label], #chat [data-testid="user"][aria-label]').forEach((message) => {
      message.removeAttribute("aria-label");
    });
    $$("#chat button[aria-label]").forEach((button) => {
      const label = THUMBS[button.getAttribute("aria-label")];
      if (label) { button.setAttribute("aria-label", label); button.setAttribute("title", label); }
    });
    $$("#chat button[aria-label='Ogilla'], #chat button[aria-label='Ogillat']").forEach((down) => {
      const up = down.parentElement && Array.from(down.parentElement.children).find((b) =>
        b !== down && b.tagName === "BUTTON" && ["Gilla", "Gillat"].includes(b.getAttribute("aria-label")));
      if (up && down.compareDocumentPosition(up) & Node.DOCUMENT_POSITION_FOLLOWING) down.before(up);
    });
    const comment = $("#comment textarea");
    if (comment && !comment.offsetParent) delete comment.dataset.shown;
    if (comment && comment.offsetParent && !comment.dataset.shown) {
      comment.dataset.shown = "1";
      $("#comment-row").scrollIntoView({block: "nearest"});
      comment.focus({preventScroll: true});
    }
  };

  // The panel's tabs (WAI-ARIA tabs: click, arrow keys, Home/End).
  const showTab = (key, focusTab) => {
    const panel = $(".panel");
    if (!panel) return null;
    $$('[role="tab"]', panel).forEach((tab) => {
      const on = tab.id === "flik-" + key;
      tab.setAttribute("aria-selected", on ? "true" : "false");
      tab.tabIndex = on ? 0 : -1;
      if (on && focusTab) tab.focus();
    });
    $$('[role="tabpanel"]', panel).forEach((p) => { p.hidden = p.id !== "panel-" + key; });
    return $("#panel-" + key);
  };
  const narrow = () => window.matchMedia("(max-width: 899px)").matches;

  // Beside the chat the panel scrolls on its own (the page stays put); below it, the page scrolls.
  const reveal = (target) => {
    const side = $("#side");
    if (!narrow() && side && side.scrollHeight > side.clientHeight) {
      side.scrollTop += target.getBoundingClientRect().top - side.getBoundingClientRect().top - 8;
    } else {
      target.scrollIntoView({block: "start", behavior: "smooth"});
    }
  };

  // One answer's sources in the panel; with a rank, that passage is scrolled to, flashed and focused.
  const showSources = (turn, rank) => {
    if (!showTab("kallor", false)) return;
    $$(".turn-sources").forEach((section) => { section.hidden = section.id !== "kallor-" + turn; });
    const target = $(rank ? "#kallor-" + turn + "-" + rank : "#kallor-" + turn + "-rubrik");
    if (!target) return;
    reveal(target);
    target.focus({preventScroll: true});
    if (rank) {
      target.classList.remove("flash");
      void target.offsetWidth;
      target.classList.add("flash");
      setTimeout(() => target.classList.remove("flash"), 1600);
    }
  };

  const ask = (text) => {
    const box = $("#question textarea");
    if (!box) return;
    box.value = text;
    box.dispatchEvent(new Event("input", {bubbles: true}));
    setTimeout(() => { const send = $("#question button.submit-button"); if (send) send.click(); }, 50);
  };

  document.addEventListener("click", (event) => {
    const button = event.target.closest("button");
    if (!button) return;
    const answer = button.closest("#chat .answer[id^='svar-']");
    if (answer && button.classList.contains("cite")) {
      showSources(answer.id.slice(5), button.textContent.replace(/\\D/g, ""));
    } else if (answer && button.classList.contains("show-sources")) {
      showSources(answer.id.slice(5), "");
    } else if (button.classList.contains("back-to-answer")) {
      const back = $("#svar-" + button.id.slice(9));
      if (back) {
        back.scrollIntoView({block: "nearest", behavior: "smooth"});
        const again = $(".show-sources", back);
        if (again) again.focus({preventScroll: true});
      }
    } else if (button.classList.contains("suggestion")) {
      ask(button.textContent.trim());
    } else if (button.getAttribute("role") === "tab" && button.closest(".panel")) {
      showTab(button.id.slice(5), true);
    } else if (button.classList.contains("panel-link")) {
      if (showTab(button.id.replace("till-", ""), true)) reveal($(".panel"));
    }
  });
  document.addEventListener("keydown", (event) => {
    const tab = event.target.closest && event.target.closest('.panel [role="tab"]');
    if (!tab) return;
    const tabs = $$('.panel [role="tab"]');
    const moves = {ArrowRight: 1, ArrowLeft: -1, Home: -tabs.length, End: tabs.length};
    if (!(event.key in moves)) return;
    event.preventDefault();
    const index = Math.max(0, Math.min(tabs.length - 1, tabs.indexOf(tab) + moves[event.key]));
    showTab(tabs[index].id.slice(5), true);
  });

  const update = () => { translate(); repair(); };
  update();
  new MutationObserver(update).observe(document.body,
    {childList: true, subtree: true, attributes: true, attributeFilter: ["class", "aria-label", "style"]});
  if (!narrow()) {  // ready to type on a desktop, without scrolling the introduction away
    const box = $("#question textarea");
    if (box) box.focus({preventScroll: true});
  }
}
"""
PAGE_JS = _JS.replace("__BUSY__", json.dumps(BUSY))
