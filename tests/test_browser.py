"""The chat in a real headless Chromium (Debian's /usr/bin/chromium, driven by Python playwright).

The page must work without any request leaving 127.0.0.1. A screenshot of an answered question
with its sources shown in the panel is saved to tests/artifacts/; set ASSISTANT_UPDATE_SCREENSHOT=1
to also refresh docs/screenshot.png (it is written anyway when missing).
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from urllib.parse import urlparse

import pytest

from .browser.server import chat_settings, running_chat
from .conftest import REPO

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
ARTIFACTS = REPO / "tests" / "artifacts"
SCREENSHOT = REPO / "docs" / "screenshot.png"
QUESTION = "Vilka exempel passar riktningsförändringen öppnare vårdformer?"
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
# An answer's sources are shown when a marked sentence of the shown section has a size (the panel's
# Källor tab is open and no box around it is hidden).
OPENED = """() => {
  const node = document.querySelector('#panel-kallor:not([hidden]) .turn-sources:not([hidden]) mark');
  return !!node && node.getBoundingClientRect().height > 0;
}"""

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium: apt-get install chromium"),
]


@pytest.fixture(scope="module")
def browser():
    """One headless Chromium for the module."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="needs the playwright package (pip)")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture()
def page(browser):
    """A Swedish-locale page that records every URL it requests."""
    context = browser.new_context(locale="sv-SE", viewport={"width": 1100, "height": 1000})
    page = context.new_page()
    page.requested = []
    page.on("request", lambda request: page.requested.append(request.url))
    yield page
    context.close()


def _outside(urls):
    """The URLs that would leave this machine."""
    return [u for u in urls if not (u.startswith(("data:", "blob:")) or urlparse(u).hostname in LOCAL_HOSTS)]


def test_question_answer_sources_and_feedback(page, assistant, built, tmp_path):
    expected = assistant.ask(QUESTION)
    marked = expected.citations[0].used[0]
    settings = chat_settings(built, tmp_path)
    with running_chat(assistant, settings) as url:
        page.goto(url)
        box = page.get_by_label("Din fråga")
        box.wait_for()
        assert page.evaluate("document.documentElement.lang") == "sv"

        box.fill(QUESTION)
        box.press("Enter")
        chat = page.locator("#chat")
        show = chat.get_by_role("button", name="Visa källor (")
        show.wait_for(timeout=60_000)
        assert "[1]" in chat.inner_text()
        assert "Mobila team" in chat.inner_text()
        page.get_by_role("button", name="Rensa samtalet").wait_for()  # in the chat's corner once there is a chat

        page.get_by_role("tab", name="Kom igång").click()  # away from the sources, then back with the button
        assert page.evaluate(OPENED) is False
        show.click()
        page.wait_for_function(OPENED)
        passage = page.locator(".turn-sources:not([hidden]) mark", has_text=marked).first
        assert passage.is_visible()
        ARTIFACTS.mkdir(exist_ok=True)
        shot = ARTIFACTS / "chat.png"
        page.screenshot(path=str(shot))

        chat.get_by_role("button", name="Ogilla", exact=True).first.click()
        comment = page.get_by_label("Vill du berätta mer?", exact=False)
        comment.wait_for()
        comment.fill("Exemplen borde komma först.")
        page.get_by_role("button", name="Skicka kommentar").click()
        page.get_by_text("Kommentaren är sparad").wait_for()

        page.get_by_role("button", name="Rensa samtalet").click()
        page.get_by_text("Välkommen!").wait_for()

    lines = [json.loads(x) for x in (settings.log_dir / "feedback.jsonl").read_text(encoding="utf-8").splitlines()]
    assert lines[-1]["rating"] == "down" and lines[-1]["comment"] == "Exemplen borde komma först."
    assert lines[-1]["question"] == QUESTION
    assert not _outside(page.requested), _outside(page.requested)
    assert shot.stat().st_size < 500_000
    if os.environ.get("ASSISTANT_UPDATE_SCREENSHOT") == "1" or not SCREENSHOT.exists():
        SCREENSHOT.parent.mkdir(exist_ok=True)
        shutil.copyfile(shot, SCREENSHOT)


def test_example_question_and_document_filter(page, assistant, built, tmp_path):
    with running_chat(assistant, chat_settings(built, tmp_path)) as url:
        page.goto(url)
        page.get_by_role("tab", name="Om tjänsten").click()
        about = page.locator("#panel-om")
        about.get_by_text("Indexet byggdes").wait_for()
        for meta in assistant.documents().values():
            assert meta.title in about.inner_text()

        page.get_by_label("Sök i").click()
        page.get_by_role("option", name="Målbild och färdplan Nära vård i Jämtland Härjedalen").click()
        page.get_by_text("Vad är målbilden i Jämtland Härjedalen?").click()
        chat = page.locator("#chat")
        chat.get_by_role("button", name="Visa källor (").wait_for(timeout=60_000)
        chat.get_by_role("button", name="Visa källor (").click()
        page.wait_for_function(OPENED)
        heads = page.locator(".turn-sources:not([hidden]) .source-head").all_inner_texts()
        assert heads and all("Jämtland Härjedalen" in h for h in heads)
    assert not _outside(page.requested), _outside(page.requested)


def test_full_queue_gets_a_polite_swedish_message(page, assistant, built, tmp_path):
    from assistant.ui import BUSY

    with running_chat(assistant, chat_settings(built, tmp_path, max_queue_size=0)) as url:
        page.goto(url)
        box = page.get_by_label("Din fråga")
        box.fill("Vad ansvarar hälso- och sjukvårdsnämnden för?")
        box.press("Enter")
        page.get_by_text(BUSY).first.wait_for(timeout=15_000)
        assert "busy" not in page.locator('[data-testid="toast-body"]').first.inner_text()
