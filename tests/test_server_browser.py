"""The pages in a real browser: headless Debian Chromium driving `policylens serve` on a loopback port.

Screenshots go to tests/artifacts/ (git-ignored). No browser is ever downloaded: Playwright drives
/usr/bin/chromium (installed by .ci/sysdeps from .ci/apt-packages.txt).
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from nlp.pipeline import ingest_paths
from nlp.store import Store
from tests.conftest import CORPUS, ROOT

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "tests" / "artifacts"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
XSS = "<script>alert(1)</script>"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is absent - install it with .ci/sysdeps (Debian package chromium)"),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """`python cli.py serve` on a free loopback port over a store built from real corpus files."""
    tmp = tmp_path_factory.mktemp("browser")
    (tmp / "hostile.txt").write_text(f"Hostile {XSS} note\n\nThe United States added Huawei to the Entity List "
                                     f"on 16 May 2019, and {XSS} must show as text.\n", encoding="utf-8")
    files = [CORPUS / "cn_news_tradewar_2019" / "news_2019-05-16_03.txt",
             CORPUS / "cn_news_tradewar_2019" / "news_2019-05-15_01.txt",
             *sorted((CORPUS / "fr_abstracts").glob("2020-*.md")), tmp / "hostile.txt"]
    store = tmp / "store"
    with Store(store) as s:
        ingest_paths(files, s, embed=True, embedder_name="hash", progress=False)
    port = _free_port()
    env = {**os.environ, "POLICYLENS_EMBEDDER": "hash"}
    proc = subprocess.Popen([sys.executable, str(ROOT / "cli.py"), "serve", "--store", str(store), "--port", str(port)],
                            env=env, cwd=tmp, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 30
    while True:
        try:
            urllib.request.urlopen(url + "/api/docs", timeout=1).read()
            break
        except OSError:
            if proc.poll() is not None or time.time() > deadline:
                proc.kill()
                pytest.fail(f"server did not start: {proc.stdout.read()}")
            time.sleep(0.2)
    yield url
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright  # the dev extra; drives the system Chromium only

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-TW")
    pg = ctx.new_page()
    pg.dialogs = []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    pg.errors = []
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    yield pg
    ctx.close()


def test_server_browser_search_and_open_passage(server, page):
    page.goto(server + "/")
    page.fill("input[name=q]", "华为 实体清单")
    page.press("input[name=q]", "Enter")
    page.wait_for_selector("ol.results li a.title")
    assert page.locator("ol.results mark").count() > 0
    page.screenshot(path=str(ARTIFACTS / "search.png"), full_page=True)
    page.locator("ol.results li a.title").first.click()
    page.wait_for_load_state()
    fragment = page.evaluate("location.hash")
    assert fragment.startswith("#p-")
    target = page.locator(f"[id='{fragment[1:]}']")
    assert target.count() == 1 and target.is_visible()
    page.screenshot(path=str(ARTIFACTS / "document_passage.png"))
    assert not page.errors


def test_server_browser_document_view_escapes(server, page):
    page.goto(server + "/docs")
    page.get_by_role("link", name="Hostile").first.click()
    page.wait_for_selector("section.page .text")
    text = page.inner_text("section.page .text")
    assert XSS in text  # shown as text, not run
    assert page.dialogs == [] and page.locator("main script").count() == 0
    page.screenshot(path=str(ARTIFACTS / "document_escaped.png"))
    page.goto(server + "/docs")
    page.get_by_role("link", name="华为").first.click()
    page.wait_for_selector("section.page .text")
    page.screenshot(path=str(ARTIFACTS / "document.png"), full_page=True)
    assert not page.errors


def test_server_browser_events_timeline(server, page):
    page.goto(server + "/events")
    events = int(page.inner_text("p.count").split()[0])
    if events:
        page.wait_for_function("() => window.Chart && Chart.getChart('timeline') !== undefined")
        bars = page.evaluate("() => Chart.getChart('timeline').data.datasets.reduce((n, d) => n + d.data.reduce((a, b) => a + b, 0), 0)")
        data = page.evaluate("() => JSON.parse(document.getElementById('timeline-data').textContent)")
        assert bars + data["undated"] + len(data["outside"]) == events
        first = page.locator("table.events th").first
        first.click()
        assert first.get_attribute("aria-sort") == "ascending"
    else:
        assert page.locator("canvas#timeline").count() == 0
    assert page.get_by_role("link", name="CSV").get_attribute("href").endswith("format=csv")
    page.screenshot(path=str(ARTIFACTS / "events.png"), full_page=True)
    assert not page.errors


def test_server_browser_upload(server, page):
    src = CORPUS / "cn_laws" / "anti_foreign_sanctions_law_2021.md"
    page.goto(server + "/upload")
    page.set_input_files("#file-input", str(src))
    status = page.locator("#jobs tbody tr").first.locator("td.status")
    status.filter(has_text="done").wait_for(timeout=60000)
    page.screenshot(path=str(ARTIFACTS / "upload.png"))
    page.locator("#jobs tbody tr").first.get_by_role("link", name="open").click()
    page.wait_for_selector("section.page .text")
    assert "反外国制裁法" in page.inner_text("main")
    page.goto(server + "/upload")
    page.set_input_files("#file-input", files=[{"name": "fake.pdf", "mimeType": "application/pdf", "buffer": b"not a pdf"}])
    page.locator("#jobs tbody tr").first.locator("td.status").filter(has_text="refused").wait_for(timeout=10000)
    assert "not a PDF" in page.locator("#jobs tbody tr").first.inner_text()
    assert not page.errors


def test_server_browser_tag(server, page):
    page.goto(server + "/tag")
    page.fill("textarea[name=text]", "美国商务部宣布将华为及其附属公司列入实体清单，限制向其出口美国技术。")
    page.click("form.tag button[type=submit]")
    page.wait_for_selector("table.themes-table tbody tr")
    assert page.locator("table.themes-table meter").count() > 0
    page.screenshot(path=str(ARTIFACTS / "tag.png"), full_page=True)
    assert not page.errors
