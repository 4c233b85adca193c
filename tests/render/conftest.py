"""Browser fixtures: Debian's chromium driven by Playwright (no browser download, no network)."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.render.reader import render_document
from tests.render.fixtures import seed_facts, seed_record

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} not found: the reader tests drive Debian's chromium; install it with "
                    "`apt-get install chromium` (.ci/run does), never `playwright install`")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def seed() -> dict:
    """The seed's annotated record with the lexicon entries of its words, as ``annotate`` gives it
    (the committed annotated.json, which tests/test_outputs.py keeps current, plus the lexicon
    that a run keeps in its corpus table)."""
    return seed_record()


@pytest.fixture(scope="session")
def seed_html(tmp_path_factory, seed) -> Path:
    """The seed page rendered with the fixture facts (its lexicon from the record)."""
    path = tmp_path_factory.mktemp("reader") / "reader.html"
    path.write_text(render_document(seed, seed_facts(seed)), encoding="utf-8")
    return path


class Tab:
    """A page in a fresh browser context (so fresh localStorage) that records what it must not do:
    script errors, dialogs and any request that is not a local file and that the page's CSP did
    not refuse (a refused one is in ``blocked``)."""

    def __init__(self, browser):
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.requests: list[str] = []
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.on("dialog", self._dialog)
        self.blocked: list[str] = []  # requests the page's CSP refused: they never reach the network
        self.page.on("response", lambda r: None if self._local(r.url) else self.requests.append(r.url))
        self.page.on("requestfailed", self._failed)

    @staticmethod
    def _local(url: str) -> bool:
        return url.startswith(("file:", "data:"))

    def _failed(self, request) -> None:
        if not self._local(request.url):
            (self.blocked if request.failure == "csp" else self.requests).append(request.url)

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self, path: Path):
        self.page.goto(path.as_uri())
        return built(self.page)


def built(page):
    """``page`` once its script has unpacked the data and built the article (it unpacks it with a
    DecompressionStream, which finishes after the load event)."""
    page.wait_for_selector("html[data-built]", state="attached", timeout=5000)
    return page


def reload(page):
    """``page.reload()``, then wait until the page is built again."""
    page.reload()
    return built(page)


@pytest.fixture
def tab(browser):
    tab = Tab(browser)
    yield tab
    tab.context.close()
    assert not tab.errors, f"script errors: {tab.errors}"
    assert not tab.requests, f"the page fetched from the network: {tab.requests}"
