"""WCAG 2.1 AA in a real browser: axe-core finds no critical or serious problem, and the whole chat
works from the keyboard alone (question, sources, feedback, clearing).

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


def _serious(violations: list[dict]) -> list[dict]:
    return [v for v in violations if v["impact"] in ("critical", "serious")]


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
    toggle = page.locator("#chat").get_by_role("button", name="Källor (")
    try:
        toggle.wait_for(timeout=60_000)
    except Exception:
        page.screenshot(path=str(ARTIFACTS / "a11y-failed.png"), full_page=True)
        raise
    toggle.click()
    page.wait_for_function(OPENED)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_serious_problem(browser, chat, scheme):  # noqa: F811
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
    assert _serious(empty) == [], empty
    assert _serious(answered) == [], answered
    assert not _outside(requested), _outside(requested)


def test_controls_have_swedish_accessible_names(page, chat):  # noqa: F811
    url, _ = chat
    _ask_and_open_sources(page, url)
    for name in ("Skicka", "Rensa samtalet", "Gilla", "Ogilla", "Källor ("):
        assert page.get_by_role("button", name=name).first.is_visible(), name
    assert page.get_by_role("button", name="Källor (").get_attribute("aria-expanded") == "true"
    assert page.get_by_label("Sök i").is_visible()  # the document filter
    assert page.get_by_role("group", name="Exempelfrågor").count() == 0  # the examples left with the empty chat
    assert page.locator("[aria-label^='Select example']").count() == 0


def test_the_whole_chat_works_from_the_keyboard(page, chat):  # noqa: F811
    url, settings = chat
    page.goto(url)
    page.get_by_role("group", name="Exempelfrågor").wait_for()
    page.evaluate("document.activeElement && document.activeElement.blur()")

    _tab_to(page, "Din fråga")
    page.keyboard.type(QUESTION)
    page.keyboard.press("Enter")
    chat_box = page.locator("#chat")
    chat_box.get_by_text("Källor (").wait_for(timeout=60_000)
    assert "[1]" in chat_box.inner_text()

    focused = _tab_to(page, "Källor (", back=True)
    assert page.evaluate(OPENED) is False
    page.keyboard.press("Enter")
    page.wait_for_function(OPENED)
    assert page.evaluate(FOCUSED) == focused  # the toggle keeps the focus
    assert page.evaluate("document.activeElement.getAttribute('aria-expanded')") == "true"
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"  # focus is visible

    _tab_to(page, "Ogilla")
    page.keyboard.press("Space")
    page.get_by_text("Tack för din återkoppling!").wait_for()
    _tab_to(page, "Vill du berätta mer?")
    page.keyboard.type("Exemplen borde komma först.")
    page.keyboard.press("Enter")
    page.get_by_text("Kommentaren är sparad").wait_for()

    _tab_to(page, "Rensa samtalet")
    page.keyboard.press("Enter")
    page.get_by_text("Välkommen!").wait_for()
    assert "[1]" not in chat_box.inner_text()

    lines = [json.loads(x) for x in (settings.log_dir / "feedback.jsonl").read_text(encoding="utf-8").splitlines()]
    assert lines[-1]["rating"] == "down" and lines[-1]["comment"] == "Exemplen borde komma först."
    assert lines[-1]["question"] == QUESTION
