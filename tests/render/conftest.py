"""Browser fixtures: Debian's chromium driven by Playwright (no browser download, no network)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline import config
from pipeline.render.reader import render_document
from tests.render.fixtures import seed_facts

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
SEED_ID = "000_a47795d20e9f08a9"


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
    """The seed's committed annotated.json (tests/test_outputs.py keeps it current)."""
    return json.loads((config.OUTPUTS_DIR / SEED_ID / "annotated.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_html(tmp_path_factory, seed) -> Path:
    """The seed page rendered with the fixture facts."""
    path = tmp_path_factory.mktemp("reader") / "reader.html"
    path.write_text(render_document(seed, seed_facts(seed)), encoding="utf-8")
    return path


class Tab:
    """A page in a fresh browser context (so fresh localStorage) that records what it must not do:
    script errors, dialogs and any request that is not a local file."""

    def __init__(self, browser):
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.requests: list[str] = []
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.on("dialog", self._dialog)
        self.page.on("request", lambda r: None if r.url.startswith(("file:", "data:")) else self.requests.append(r.url))

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self, path: Path):
        self.page.goto(path.as_uri())
        return self.page


@pytest.fixture
def tab(browser):
    tab = Tab(browser)
    yield tab
    tab.context.close()
    assert not tab.errors, f"script errors: {tab.errors}"
    assert not tab.requests, f"the page fetched from the network: {tab.requests}"
