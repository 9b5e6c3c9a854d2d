"""WCAG 2.1 AA in a real browser: axe-core finds no problem at all, and the whole chat works from
the keyboard alone (question, a citation, sources and back, the panel's tabs, feedback, clearing).

axe-core comes from npm into tests/browser/node_modules (`npm ci --prefix tests/browser`) and is
injected from that file; nothing is fetched from a CDN.
"""

from __future__ import annotations

import json

import pytest

from .browser.server import chat_settings, running_chat
from .conftest import REPO
from .test_browser import CHROMIUM, OPENED, _outside, browser, page  # noqa: F401 (fixtures)

AXE = REPO / "tests" / "browser" / "node_modules" / "axe-core" / "axe.min.js"
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
QUESTION = "Vad ansvarar hälso- och sjukvårdsnämnden för?"  # the first example: the most stable answer
ARTIFACTS = REPO / "tests" / "artifacts"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium: apt-get install chromium"),
    pytest.mark.skipif(not AXE.exists(), reason="needs axe-core: npm ci --prefix tests/browser"),
]

RUN_AXE = """async (tags) => {
  const result = await axe.run(document, {runOnly: {type: "tag", values: tags}, resultTypes: ["violations"]});
  return result.violations.map((v) => ({id: v.id, impact: v.impact, help: v.help,
                                        nodes: v.nodes.map((n) => n.target.join(" "))}));
}"""
# The focused element as "TAG|accessible name", enough to follow the keyboard through the page.
FOCUSED = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return "BODY|";
  const label = el.getAttribute("aria-label") || (el.labels && el.labels[0] && el.labels[0].textContent)
    || el.textContent || "";
  return el.tagName + "|" + label.trim().replace(/\\s+/g, " ");
}"""


def _axe(page, name: str) -> list[dict]:
    """axe-core's WCAG 2.1 A/AA violations on the page as it is now (all saved for reading)."""
    page.add_script_tag(path=str(AXE))
    violations = page.evaluate(RUN_AXE, WCAG_21_AA)
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / f"axe-{name}.json").write_text(json.dumps(violations, ensure_ascii=False, indent=1), encoding="utf-8")
    return violations


def _tab_to(page, wanted: str, *, back: bool = False, limit: int = 40) -> str:
    """Press Tab (or Shift+Tab) until the focused element's name starts with `wanted`."""
    key, visited = ("Shift+Tab" if back else "Tab"), []
    for _ in range(limit):
        before = page.evaluate(FOCUSED)
        page.keyboard.press(key)
        now = page.evaluate(FOCUSED)
        visited.append(now)
        if now.split("|", 1)[1].startswith(wanted):
            assert now != before  # the focus moved there
            return now
    pytest.fail(f"{wanted!r} cannot be reached with {key}; focus went {visited}")


@pytest.fixture(scope="module")
def chat(assistant, built, tmp_path_factory):
    """The real chat served once for this module; yields (url, settings)."""
    settings = chat_settings(built, tmp_path_factory.mktemp("a11y"))
    with running_chat(assistant, settings) as url:
        yield url, settings


def _ask_and_open_sources(page, url):
    page.goto(url)
    box = page.get_by_label("Din fråga")
    box.wait_for()
    box.fill(QUESTION)
    box.press("Enter")
    show = page.locator("#chat").get_by_role("button", name="Visa källor (")
    try:
        show.wait_for(timeout=60_000)
    except Exception:
        page.screenshot(path=str(ARTIFACTS / "a11y-failed.png"), full_page=True)
        raise
    show.click()
    page.wait_for_function(OPENED)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_problem(browser, chat, scheme):  # noqa: F811
    url, _ = chat
    context = browser.new_context(locale="sv-SE", viewport={"width": 1100, "height": 1000}, color_scheme=scheme)
    page = context.new_page()
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    try:
        page.goto(url)
        page.get_by_label("Din fråga").wait_for()
        page.get_by_role("group", name="Exempelfrågor").get_by_text(QUESTION).wait_for()
        assert page.evaluate("document.documentElement.lang") == "sv"
        empty = _axe(page, f"empty-{scheme}")
        _ask_and_open_sources(page, url)
        answered = _axe(page, f"answer-{scheme}")
    finally:
        context.close()
    assert empty == [], empty  # not even a moderate or minor problem
    assert answered == [], answered
    assert not _outside(requested), _outside(requested)


def test_controls_have_swedish_accessible_names(page, chat):  # noqa: F811
    url, _ = chat
    _ask_and_open_sources(page, url)
    for name in ("Skicka", "Rensa samtalet", "Gilla", "Ogilla", "Visa källor (", "[1]", "Tillbaka till svaret"):
        assert page.get_by_role("button", name=name, exact=name not in ("Visa källor (",)).first.is_visible(), name
    assert page.get_by_role("tab", name="Källor").get_attribute("aria-selected") == "true"
    assert page.get_by_role("tabpanel", name="Källor").is_visible()
    assert page.get_by_label("Sök i").is_visible()  # the document filter
    assert page.get_by_role("group", name="Exempelfrågor").count() == 0  # the examples left with the empty chat
    assert page.locator("[aria-label^='Select example'], [aria-label^=\"bot's message\"]").count() == 0


def _focus_reaches(page, start: str, timeout_ms: int = 5_000) -> None:
    """Wait until the focused element (FOCUSED) starts with `start`; fails with what has the focus instead."""
    try:
        page.wait_for_function(f"(start) => ({FOCUSED})().startsWith(start)", arg=start, timeout=timeout_ms)
    except Exception:  # (playwright's TimeoutError: said as an assertion of what has the focus)
        assert page.evaluate(FOCUSED).startswith(start), page.evaluate(FOCUSED)


def test_the_whole_chat_works_from_the_keyboard(page, chat):  # noqa: F811
    url, settings = chat
    page.goto(url)
    page.get_by_role("group", name="Exempelfrågor").wait_for()
    page.evaluate("document.activeElement && document.activeElement.blur()")

    _tab_to(page, "Din fråga")
    page.keyboard.type(QUESTION)
    page.keyboard.press("Enter")
    chat_box = page.locator("#chat")
    chat_box.get_by_role("button", name="Visa källor (").wait_for(timeout=60_000)
    assert "[1]" in chat_box.inner_text()

    page.get_by_role("tab", name="Kom igång").click()  # the sources start hidden: the keyboard opens them
    page.get_by_label("Din fråga").focus()
    _tab_to(page, "Visa källor (", back=True)
    assert page.evaluate(OPENED) is False
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"  # focus is visible
    page.keyboard.press("Enter")
    page.wait_for_function(OPENED)
    # the reader is taken to the sources (the focus moves once the panel has opened: waited for, up to five seconds,
    # as a browser on a loaded machine may move it a frame after the panel shows – seen once in CI)
    _focus_reaches(page, "H2|Källor till svaret på")
    _tab_to(page, "Tillbaka till svaret")
    page.keyboard.press("Enter")
    _focus_reaches(page, "BUTTON|Visa källor (")  # and back to the answer

    _tab_to(page, "[1]", back=True)  # a citation opens its own passage
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.activeElement && /^kallor-\\d+-1$/.test(document.activeElement.id)")

    page.get_by_role("tab", name="Källor").focus()  # the panel's tabs follow the arrow keys
    page.keyboard.press("ArrowRight")
    assert page.evaluate(FOCUSED) == "BUTTON|Kom igång"
    assert page.get_by_role("tabpanel", name="Kom igång").is_visible()

    page.get_by_label("Din fråga").focus()
    _tab_to(page, "Ogilla", back=True)
    page.keyboard.press("Space")
    page.get_by_text("Tack för din återkoppling!").wait_for()
    page.wait_for_function("() => document.activeElement && document.activeElement.closest('#comment')")
    page.keyboard.type("Exemplen borde komma först.")  # the comment box has the focus already
    page.keyboard.press("Enter")
    page.get_by_text("Kommentaren är sparad").wait_for()

    _tab_to(page, "Rensa samtalet", back=True)
    page.keyboard.press("Enter")
    page.get_by_text("Välkommen!").wait_for()
    assert "[1]" not in chat_box.inner_text()

    lines = [json.loads(x) for x in (settings.log_dir / "feedback.jsonl").read_text(encoding="utf-8").splitlines()]
    assert lines[-1]["rating"] == "down" and lines[-1]["comment"] == "Exemplen borde komma först."
    assert lines[-1]["question"] == QUESTION


def test_axe_finds_no_problem_on_a_phone(browser, chat):  # noqa: F811
    """390x844: the panel below the chat, links into it above, a comparison table stacked."""
    url, _ = chat
    context = browser.new_context(locale="sv-SE", viewport={"width": 390, "height": 844})
    page = context.new_page()
    try:
        page.goto(url)
        page.get_by_role("group", name="Exempelfrågor").wait_for()
        assert page.get_by_role("button", name="Ordlista", exact=True).is_visible()  # the link above the chat
        empty = _axe(page, "empty-phone")
        box = page.get_by_label("Din fråga")
        box.fill("Jämför målbilderna i Norrbotten, Jämtland Härjedalen och Västernorrland")
        box.press("Enter")
        show = page.locator("#chat").get_by_role("button", name="Visa källor (")
        show.wait_for(timeout=60_000)
        show.click()
        page.wait_for_function(OPENED)
        answered = _axe(page, "comparison-phone")
    finally:
        context.close()
    assert empty == [], empty
    assert answered == [], answered
