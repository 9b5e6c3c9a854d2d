"""The chat as a new employee meets it, in a real headless Chromium at 1366x768 and 390x844.

The first screen shows everything without scrolling; a citation brings its passage into view;
comparison tables never break a word in their label column and stack on a phone; the comment
box is in view after a thumbs down; a refusal offers questions to ask. The browser's language
is English on purpose: the page must be Swedish anyway. Screenshots go to tests/artifacts/;
set ASSISTANT_UPDATE_SCREENSHOT=1 to refresh docs/after-*.png (written anyway when missing):
the first screen on desktop and phone, an answer with its sources, and dark mode.
"""

from __future__ import annotations

import os
from contextlib import contextmanager

import pytest

from .browser.server import chat_settings, running_chat
from .conftest import REPO
from .test_browser import CHROMIUM, _outside, browser  # noqa: F401 (fixture)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium: apt-get install chromium"),
]

ARTIFACTS = REPO / "tests" / "artifacts"
DOCS = REPO / "docs"
SCREENS = {"desktop": {"width": 1366, "height": 768}, "mobile": {"width": 390, "height": 844}}
QUESTION = "Vilka exempel passar riktningsförändringen öppnare vårdformer?"
COMPARISON = "Jämför målbilderna i Norrbotten, Jämtland Härjedalen och Västernorrland"
OFF_TOPIC = "Vilken är huvudstaden i Australien?"
ENGLISH = ("Use via API", "Built with Gradio", "Settings", "Like", "Dislike", "Clear", "bot's message",
           "More tabs", "Loading")

# The box of an element and whether all of it lies inside the viewport (no scrolling needed).
IN_VIEW = """(el) => {
  const r = el.getBoundingClientRect();
  return {top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height,
          inside: r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth};
}"""
# Each label cell's widest word (measured in the cell's own font) against the cell's content width.
LABEL_WORDS = """() => Array.from(document.querySelectorAll('#chat table.comparison th[scope="row"]')).map((th) => {
  const style = getComputedStyle(th);
  const probe = document.createElement("span");
  probe.style.cssText = "position:absolute;visibility:hidden;white-space:nowrap";
  probe.style.font = style.font;
  probe.style.letterSpacing = style.letterSpacing;
  document.body.appendChild(probe);
  let widest = 0, word = "";
  for (const w of th.textContent.trim().split(/\\s+/)) {
    probe.textContent = w;
    const width = probe.getBoundingClientRect().width;
    if (width > widest) { widest = width; word = w; }
  }
  probe.remove();
  const inner = th.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  return {word, widest, inner, display: getComputedStyle(th.parentElement).display};
})"""


@pytest.fixture(scope="module")
def chat(assistant, built, tmp_path_factory):
    """The real chat served once for this module; yields (url, settings)."""
    settings = chat_settings(built, tmp_path_factory.mktemp("first-view"))
    with running_chat(assistant, settings) as url:
        yield url, settings


@contextmanager
def _open(browser, url, screen: str, scheme: str = "light"):  # noqa: F811
    """A new English-language page on the chat at one of the two screen sizes; closed afterwards."""
    context = browser.new_context(locale="en-US", viewport=SCREENS[screen], color_scheme=scheme)
    try:
        page = context.new_page()
        page.requested = []
        page.on("request", lambda request: page.requested.append(request.url))
        page.goto(url)
        page.get_by_label("Din fråga").wait_for()
        page.locator(".panel [role='tab']").first.wait_for()
        page.get_by_role("group", name="Exempelfrågor").wait_for()
        yield page
    finally:
        context.close()


def _ask(page, question: str, done: str = "Visa källor ("):
    """Ask and wait until the new answer (not an earlier one) shows the button `done`."""
    answers = page.locator("#chat [data-testid='bot']")
    before = answers.count()
    box = page.get_by_label("Din fråga")
    box.fill(question)
    box.press("Enter")
    answers.nth(before).get_by_role("button", name=done).first.wait_for(timeout=60_000)


def _in_view(locator) -> dict:
    return locator.evaluate(IN_VIEW)


def _shot(page, name: str, doc: str | None = None) -> None:
    """A screenshot of the viewport for tests/artifacts/ (and docs/ when asked)."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path))
    assert path.stat().st_size < 400_000
    target = DOCS / f"{doc}.png" if doc else None
    if target and (os.environ.get("ASSISTANT_UPDATE_SCREENSHOT") == "1" or not target.exists()):
        from PIL import Image  # Pillow comes with matplotlib

        with Image.open(path) as image:  # a small PNG for the repository: 128 colours are plenty for a UI
            image.convert("RGB").quantize(colors=128).save(target, optimize=True)


@pytest.mark.parametrize("screen", ["desktop", "mobile"])
def test_first_view_shows_everything_without_scrolling(browser, chat, screen):  # noqa: F811
    url, _ = chat
    with _open(browser, url, screen) as page:
        page.wait_for_timeout(500)  # give a late autofocus the chance to scroll
        assert page.evaluate("window.scrollY") == 0
        assert page.evaluate("document.documentElement.lang") == "sv"
        wanted = {
            "title": page.get_by_role("heading", name="Strategiassistenten", level=1),
            "what it does and does not": page.locator("#intro .lead"),
            "question box": page.get_by_label("Din fråga"),
            "send": page.get_by_role("button", name="Skicka", exact=True),
        }
        examples = page.get_by_role("group", name="Exempelfrågor").get_by_role("button")
        assert examples.count() == 4
        wanted.update({f"example {i + 1}": examples.nth(i) for i in range(examples.count())})
        for name in ("Kom igång", "Ordlista", "Om tjänsten"):  # a tab beside the chat, or a link above it
            ways = page.get_by_role("tab", name=name).or_(page.get_by_role("button", name=name, exact=True))
            visible = [w for w in ways.all() if _in_view(w)["inside"]]
            assert visible, f"no way into {name} on the first screen"
        for name, element in wanted.items():
            box = _in_view(element)
            assert box["inside"], (name, box)
        assert "gissar aldrig" in page.locator("#intro .lead").inner_text()
        text = page.locator("body").inner_text()
        for english in ("Use via API", "Built with Gradio"):
            assert english not in text
        _shot(page, f"first-view-{screen}", doc=f"after-{screen}")


@pytest.mark.parametrize("screen", ["desktop", "mobile"])
def test_a_citation_brings_its_passage_into_view(browser, chat, assistant, screen):  # noqa: F811
    url, _ = chat
    expected = assistant.ask(QUESTION)
    cited = expected.citations[1]
    with _open(browser, url, screen) as page:
        _ask(page, QUESTION)
        answer = page.locator("#chat .answer[id^='svar-']").last
        turn = answer.get_attribute("id").removeprefix("svar-")
        answer.get_by_role("button", name="[2]").first.click()
        passage = page.locator(f"#kallor-{turn}-2")
        page.wait_for_function("(id) => document.activeElement && document.activeElement.id === id",
                               arg=f"kallor-{turn}-2")
        page.wait_for_timeout(700)  # the smooth scroll on a phone
        box = _in_view(passage.locator(".source-head"))
        assert box["inside"], box
        assert cited.chunk.title in passage.inner_text()
        assert passage.locator("mark").first.is_visible()  # the sentences used, highlighted
        assert page.get_by_role("tab", name="Källor").get_attribute("aria-selected") == "true"
        _shot(page, f"citation-{screen}", doc=f"after-{screen}-answer")

        english = page.evaluate("""(words) => Array.from(document.querySelectorAll('[aria-label], [title]'))
          .map((el) => (el.getAttribute('aria-label') || '') + ' ' + (el.getAttribute('title') || ''))
          .filter((label) => words.some((w) => label.trim() === w || label.startsWith(w + ' ')))""",
                                list(ENGLISH))
        assert english == []
        assert not _outside(page.requested), _outside(page.requested)


@pytest.mark.parametrize("screen", ["desktop", "mobile"])
def test_comparison_label_column_never_breaks_words(browser, chat, screen):  # noqa: F811
    url, _ = chat
    with _open(browser, url, screen) as page:
        _ask(page, COMPARISON)
        table = page.locator("#chat table.comparison").last
        table.scroll_into_view_if_needed()
        cells = page.evaluate(LABEL_WORDS)
        assert len(cells) == 3, cells
        for cell in cells:
            assert cell["widest"] <= cell["inner"] + 0.5, cell  # the longest word fits on one line
        stacked = {cell["display"] for cell in cells}
        assert stacked == ({"block"} if screen == "mobile" else {"table-row"})
        if screen == "mobile":
            assert _in_view(table)["right"] <= SCREENS["mobile"]["width"]  # nothing sticks out sideways
        _shot(page, f"comparison-{screen}")


@pytest.mark.parametrize("screen", ["desktop", "mobile"])
def test_feedback_comment_box_in_view_and_thanks_leave_with_the_next_question(browser, chat, screen):  # noqa: F811
    url, _ = chat
    with _open(browser, url, screen) as page:
        _ask(page, QUESTION)
        up = page.locator("#chat").get_by_role("button", name="Gilla", exact=True).last
        down = page.locator("#chat").get_by_role("button", name="Ogilla", exact=True).last
        assert _in_view(up)["left"] < _in_view(down)["left"]  # thumbs up first
        down.click()
        comment = page.get_by_label("Vill du berätta mer?", exact=False)
        comment.wait_for()
        page.wait_for_function("() => document.activeElement && document.activeElement.closest('#comment')")
        page.wait_for_timeout(300)
        assert _in_view(comment)["inside"], _in_view(comment)
        assert page.get_by_text("Tack för din återkoppling!").is_visible()
        _shot(page, f"feedback-{screen}")

        _ask(page, "Vad ansvarar hälso- och sjukvårdsnämnden för?")
        assert page.get_by_text("Tack för din återkoppling!").count() == 0
        assert not comment.is_visible()


def test_refusal_offers_questions_that_are_asked_with_one_click(browser, chat, assistant):  # noqa: F811
    url, _ = chat
    suggestions = assistant.ask(OFF_TOPIC).suggestions
    assert suggestions
    with _open(browser, url, "desktop") as page:
        _ask(page, OFF_TOPIC, done=suggestions[0])
        refusal = page.locator("#chat .refusal").last
        assert "Det står inte i styrdokumenten" in refusal.inner_text()
        assert "Jag sökte i 5 styrdokument" in refusal.inner_text()
        _shot(page, "refusal-desktop")
        refusal.get_by_role("button", name=suggestions[0]).click()
        page.locator("#chat [data-testid='user']", has_text=suggestions[0]).wait_for(timeout=30_000)
        page.wait_for_function("() => document.querySelectorAll('#chat [data-testid=\"bot\"]').length >= 2",
                               timeout=60_000)


def test_dark_mode_answer_with_its_sources(browser, chat):  # noqa: F811
    from playwright.sync_api import TimeoutError as PlaywrightTimeout  # (the browser fixture skips without playwright)

    url, _ = chat
    with _open(browser, url, "desktop", scheme="dark") as page:
        _ask(page, QUESTION)
        show = page.locator("#chat .answer[id^='svar-']").last.get_by_role("button", name="Visa källor (")
        show.click()
        heading = page.locator(".turn-sources:not([hidden]) h2")
        try:
            heading.wait_for(state="visible", timeout=15_000)
        except PlaywrightTimeout:
            # (a click that landed before the answer's script wired its buttons, on a loaded CI machine – session 46
            # saw it once in two runs – is clicked again, as a user would; the focus is still checked below)
            show.click()
        page.wait_for_function("() => document.activeElement && document.activeElement.tagName === 'H2'",
                               timeout=60_000)  # (as the other waits: a loaded CI machine renders slowly)
        assert _in_view(heading)["inside"]
        background = page.evaluate("getComputedStyle(document.body).backgroundColor")
        assert background != "rgb(255, 255, 255)"
        _shot(page, "dark-desktop", doc="after-dark")
