"""The web app's JSON API and pages, through FastAPI's TestClient, on a store built from the real corpus."""
from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest

from nlp.pipeline import ingest_paths
from nlp.store import Store
from tests.conftest import CORPUS, PDF_DIR

fastapi = pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from nlp.server import create_app  # noqa: E402
from markupsafe import escape  # noqa: E402

from nlp.server.markup import highlight  # noqa: E402

NEWS = CORPUS / "cn_news_tradewar_2019"
FILES = [
    NEWS / "news_2019-05-16_03.txt",  # zh-Hans: Trump moves against Huawei
    NEWS / "news_2019-05-15_02.txt",  # zh-Hans: tariffs, China's retaliation
    CORPUS / "cn_laws" / "export_control_law_2020.md",
    *sorted((CORPUS / "fr_abstracts").glob("2020-03-16-*entity-list*.md")),  # en: BIS Entity List additions
]
XSS = "<script>alert(1)</script>"


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory) -> Path:
    """A real store: real corpus files plus a .txt (and .html) whose text carries a script tag."""
    tmp = tmp_path_factory.mktemp("web")
    (tmp / "hostile.txt").write_text(f"Hostile {XSS} title\n\nThe United States added Huawei to the Entity List "
                                     f"on 16 May 2019. {XSS} <img src=x onerror=alert(2)>\n", encoding="utf-8")
    (tmp / "hostile.html").write_text(
        "<html><head><title>Page &lt;script&gt;alert(1)&lt;/script&gt;</title><script>alert(3)</script></head>"
        "<body><p>Tariffs on steel: &lt;script&gt;alert(1)&lt;/script&gt; stays text.</p></body></html>",
        encoding="utf-8")
    files = [*FILES, tmp / "hostile.txt", tmp / "hostile.html"]
    store_path = tmp / "store"
    with Store(store_path) as store:
        report = ingest_paths(files, store, embed=True, embedder_name="hash", progress=False)
    assert not report.failed, report.failed
    return store_path


@pytest.fixture(scope="module")
def client(store_dir) -> TestClient:
    return TestClient(base_url="http://127.0.0.1", app=create_app(store_dir, read_only=True, embedder_name="hash"))


def _doc_id(client: TestClient, title_part: str) -> str:
    return next(d["doc_id"] for d in client.get("/api/docs").json() if title_part in d["title"])


def test_server_api_docs_matches_cli(client, store_dir, run_cli):
    r = client.get("/api/docs")
    assert r.status_code == 200
    cli = run_cli("docs", "--json", "--store", store_dir)
    assert cli.returncode == 0, cli.stderr
    assert r.json() == [json.loads(line) for line in cli.stdout.splitlines()]
    assert len(r.json()) >= len(FILES) + 1


@pytest.mark.parametrize("query", ["", "type=tariff", "since=2019&until=2020", "type=export_control&since=2019-05",
                                   "theme=export_controls", "min-confidence=0.9", "merge=true"])
def test_server_api_events_matches_cli(client, store_dir, run_cli, query):
    r = client.get(f"/api/events?{query.replace('min-confidence', 'min_confidence')}")
    assert r.status_code == 200
    args = [a for kv in query.split("&") if kv for a in (f"--{kv.split('=')[0]}", kv.split("=")[1]) if a != "true"]
    cli = run_cli("events", "--format", "jsonl", "--store", store_dir, *args)
    assert cli.returncode == 0, cli.stderr
    assert r.json() == [json.loads(line) for line in cli.stdout.splitlines()]
    for e in r.json():
        assert set(e) >= {"id", "type", "date", "actor", "target", "amount_usd", "rate_pct", "status", "doc_id", "page", "evidence"}


def test_server_events_page_timeline_counts_every_event(client):
    events = client.get("/api/events").json()
    html = client.get("/events").text
    assert html.count("<tr>") - 1 == len(events)  # one table row per event, plus the header row
    if not any(e["date"] for e in events):
        pytest.skip("no dated events extracted from the test store")
    data = json.loads(re.search(r'<script type="application/json" id="timeline-data">(.*?)</script>', html, re.S).group(1))
    shown = sum(sum(d["data"]) for d in data["datasets"])
    assert shown + data["undated"] + len(data["outside"]) == len(events)
    assert data["labels"] == sorted(data["labels"]) and all(len(d["data"]) == len(data["labels"]) for d in data["datasets"])


def test_server_api_events_csv_matches_cli(client, store_dir, run_cli):
    r = client.get("/api/events?format=csv")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    cli = run_cli("events", "--format", "csv", "--store", store_dir)
    assert r.text.splitlines() == cli.stdout.splitlines()


@pytest.mark.parametrize("url, words", [
    ("/api/events?since=2019-13", "since"),
    ("/api/events?until=yesterday", "until"),
    ("/api/events?type=tariffs", "type"),
    ("/api/events?doc=0000notadoc", "doc"),
    ("/api/events?format=xml", "format"),
    ("/api/events?theme=no_such_theme", "theme"),
    ("/api/events?min_confidence=high", "min_confidence"),
    ("/api/search?q=", "q"),
    ("/api/search?q=tariff&k=0", "k"),
    ("/api/search?q=tariff&k=many", "k"),
    ("/api/search?q=tariff&since=2019-02-30x", "since"),
])
def test_server_api_bad_query_is_400_json(client, url, words):
    r = client.get(url)
    assert r.status_code == 400
    body = r.json()
    assert set(body) == {"error"} and body["error"].startswith(words) and " - " in body["error"]


def test_server_api_tag_bad_body_is_400(client):
    r = client.post("/api/tag", json={"txt": "no text field"})
    assert r.status_code == 400 and "text" in r.json()["error"]


def test_server_openapi_describes_the_api(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/search", "/api/events", "/api/docs", "/api/tag", "/api/ingest", "/api/ingest/{job_id}"):
        assert path in spec["paths"], path
    schemas = spec["components"]["schemas"]
    assert {"SearchResult", "EventOut", "DocumentOut", "TagRequest", "TagResultOut", "IngestJobOut", "Error"} <= set(schemas)
    assert schemas["EventOut"]["properties"]["evidence"]["description"]
    params = {p["name"]: p for p in spec["paths"]["/api/search"]["get"]["parameters"]}
    assert {"q", "k", "since", "until", "doc", "type", "theme"} <= set(params) and params["q"]["description"]
    assert "400" in spec["paths"]["/api/search"]["get"]["responses"]
    assert not any(p.startswith("/docs/") or p == "/" for p in spec["paths"])  # pages are not API


def test_server_escapes_document_text(client):
    doc_id = _doc_id(client, "Hostile")
    for url in (f"/docs/{doc_id}", "/docs", f"/events?doc={doc_id}"):
        r = client.get(url)
        assert r.status_code == 200
        assert XSS not in r.text and "<img src=x" not in r.text, url
    page = client.get(f"/docs/{doc_id}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&lt;img src=x onerror=alert(2)&gt;" in page
    assert "script-src 'self'" in client.get("/").headers["content-security-policy"]


def test_server_escapes_html_document_text(client):
    doc_id = next(d["doc_id"] for d in client.get("/api/docs").json() if d["path"].endswith("hostile.html"))
    page = client.get(f"/docs/{doc_id}").text
    assert XSS not in page and "alert(3)" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_server_doc_page_shows_pages_and_passage_anchors(client, store_dir):
    doc_id = _doc_id(client, "华为")
    with Store(store_dir, read_only=True) as store:
        passages = store.passages(doc_id)
        doc = store.get_document(doc_id)
    r = client.get(f"/docs/{doc_id}?page=1")
    assert r.status_code == 200
    for p in passages:
        if p.kind == "text":
            assert f'id="p-{p.passage_id}"' in r.text
    assert f'id="pg-{doc.pages[0].number}"' in r.text
    assert client.get("/docs/ffffffffffffffff").status_code == 404


def test_server_doc_page_renders_pdf_tables_as_html(tmp_path):
    from nlp.server.views import locate_table

    with Store(tmp_path / "s") as store:
        ingest_paths([PDF_DIR / "report_050p.pdf"], store, embed=False, progress=False)
        doc_id = store.documents()[0]["doc_id"]
        doc = store.get_document(doc_id)
    assert doc.tables, "the 50-page report has ruled tables"
    c = TestClient(base_url="http://127.0.0.1", app=create_app(tmp_path / "s", read_only=True, embedder_name="hash"))
    pages = {p.number: p for p in doc.pages}
    placed = 0
    for table in doc.tables:
        html = c.get(f"/docs/{doc_id}?page={table.page}").text
        assert html.count('<table class="doc-table"') >= 1
        if table.caption:
            assert str(escape(table.caption)) in html
        cell = next((x for r in table.rows for x in r if len(x) > 1), None)
        if cell:
            assert f"<td>{escape(cell)}</td>" in html
        span = locate_table(table, pages[table.page].text)
        if span:  # its plain "a | b" rendering is replaced by the HTML table, not shown twice
            placed += 1
            full = [r for r in table.rows if sum(1 for c in r if c) >= 2]
            bodies = "".join(re.findall(r'<div class="text">(.*?)</div>', html, flags=re.S))
            text_only = re.sub(r"<table.*?</table>", "", bodies, flags=re.S)
            if full:
                assert str(escape(" | ".join(c for c in full[0] if c))) not in text_only
    assert placed >= len(doc.tables) // 2


def test_server_annotate_nests_passages_and_marks():
    from nlp.server.markup import Span, annotate

    text = "A <b> tariff. Then export controls & more."
    html = str(annotate(text, [Span(0, 13, "passage", "p-1"), Span(14, len(text), "passage", "p-2")],
                        [Span(6, 20, "ev", "ev-x")]))
    assert "<b>" not in html and "&lt;b&gt;" in html and "&amp; more" in html
    assert html.count("<span") == html.count("</span>") == 5  # 2 passages + the mark cut at their boundaries
    assert html.index('id="p-1"') < html.index('id="ev-x"') < html.index('id="p-2"')
    assert html.count('id="ev-x"') == 1
    assert html.startswith('<span class="passage" id="p-1">A &lt;b&gt; <span class="ev" id="ev-x">')


def test_server_highlight_drops_markdown_heading_marks():
    html = str(highlight("## Export controls\n\nBIS added 24 entities to the Entity List.", "entity list"))
    assert "#" not in html and "Export controls" in html and "<mark>Entity</mark> <mark>List</mark>" in html


def test_server_highlight_escapes_then_marks():
    html = str(highlight("Tariffs <b>rose</b> on 華為 and tariff lines", "tariff 华为"))
    assert "&lt;b&gt;rose&lt;/b&gt;" in html and "<b>" not in html
    assert "<mark>tariff</mark> lines" in html and "<mark>華為</mark>" in html
    assert "<mark>Tariffs</mark>" in html  # an English stem marks its inflections, as the index matches them
    assert "<mark>" not in str(highlight("retariffing", "tariff"))  # but only from the start of a word
    amount = str(highlight("美方宣布對 2,000 億美元中國產品加徵 25% 關稅", "$200 billion at 25 percent"))
    assert "<mark>2,000 億美元</mark>" in amount and "<mark>25%</mark>" in amount
    zh = str(highlight("美國對華為實施出口管制", "美国对华为的出口管制"))
    assert "<mark>美國</mark>" in zh and "<mark>出口管制</mark>" in zh and "<mark>對" not in zh  # grammar is not marked
    assert "<mark>" not in str(highlight("<mark>", "mark"))[:6]


def test_server_highlight_marks_the_glossary_translation_as_phrases():
    """The words the search matched through the glossary are marked too, as whole phrases: an English query's
    出口管制 in Chinese text, a Chinese query's "Entity List", never a lone short word ("us" in "users")."""
    html = str(highlight("美國加強對半導體的出口管制 and US export controls", "export control on semiconductors"))
    assert "<mark>半導體</mark>" in html and "<mark>出口管制</mark>" in html and "<mark>controls</mark>" in html
    html = str(highlight("BIS added 24 entities to the Entity List; users of the list", "實體清單"))
    assert "<mark>Entity List</mark>" in html and "<mark>entities" not in html and "<mark>us" not in html
    html = str(highlight("The United States banned exports; users of U.S. chips", "美國的禁令"))
    assert "<mark>United States</mark>" in html and "<mark>us" not in html.lower()


def test_server_highlight_excerpt_starts_at_a_word():
    text = "中" * 400 + " " + "words " * 30 + "Transfer Issues here " + "中" * 400
    start = text.index("Transfer") - 320 // 4  # where the excerpt would begin: inside a "words"
    assert text[start - 1].isalpha() and text[start].isalpha()
    assert str(highlight(text, "Transfer", focus="Transfer Issues")).startswith("… words words")


def test_server_api_search_contract_shape(client):
    r = client.get("/api/search", params={"q": "华为 实体清单", "k": 3})
    assert r.status_code == 200
    hits = r.json()
    assert 1 <= len(hits) <= 3
    assert [h["rank"] for h in hits] == list(range(1, len(hits) + 1))
    for h in hits:
        assert {"rank", "score", "doc_id", "title", "page", "passage_id", "text"} <= set(h)
    en = client.get("/api/search", params={"q": "Entity List additions", "k": 5}).json()
    assert any("Entity List" in h["text"] for h in en)


def test_server_api_search_filters(client):
    doc_id = _doc_id(client, "华为")
    hits = client.get("/api/search", params={"q": "华为", "doc": doc_id[:8]}).json()
    assert hits and {h["doc_id"] for h in hits} == {doc_id}
    typed = client.get("/api/search", params={"q": "Entity List", "type": "export_control"}).json()
    events = client.get("/api/events", params={"type": "export_control"}).json()
    assert {(h["doc_id"], h["page"]) for h in typed} <= {(e["doc_id"], e["page"]) for e in events}


def test_server_search_page_links_to_the_passage(client):
    r = client.get("/search", params={"q": "Huawei Entity List"})
    assert r.status_code == 200 and "<mark>" in r.text
    assert XSS not in r.text
    link = re.search(r'href="(/docs/(\w+)\?page=(\d+)#p-([^"]+))"', r.text)
    assert link, "no result links to a passage"
    doc = client.get(link.group(1).split("#")[0])
    assert f'id="p-{link.group(4)}"' in doc.text


def test_server_search_page_shows_the_query_translation(client):
    """The page says what the query was also searched as (the glossary's translation), so an analyst sees why
    passages in the other language are there."""
    r = client.get("/search", params={"q": "Huawei Entity List"})
    assert re.search(r"also searched as <q>[^<]*實體清單[^<]*華為|also searched as <q>[^<]*華為[^<]*實體清單", r.text)
    r = client.get("/search", params={"q": "實體清單"})
    assert "also searched as <q>entity list</q>" in r.text.lower()


def test_server_api_tag(client):
    r = client.post("/api/tag", json={"text": "美国商务部将华为列入实体清单，限制美国企业向其出口芯片。", "id": "n1"})
    assert r.status_code == 200
    body = r.json()
    assert body["id"] == "n1" and body["themes"]
    scores = [t["score"] for t in body["themes"]]
    assert scores == sorted(scores, reverse=True)
    page = client.post("/tag", data={"text": "Section 301 tariffs on Chinese goods rose to 25%."})
    assert page.status_code == 200 and "<meter" in page.text
    upload = client.post("/tag", files={"file": ("news.txt", FILES[1].read_bytes(), "text/plain")})
    assert upload.status_code == 200 and "<meter" in upload.text and "assigned" in upload.text
    bad = client.post("/tag", files={"file": ("news.pdf", b"plain text", "application/pdf")})
    assert bad.status_code == 400 and "not a PDF" in bad.text


# -- uploads -------------------------------------------------------------------------------------------

@pytest.fixture
def writable(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICYLENS_MAX_UPLOAD_MB", "0.05")  # 50 KB: the corpus news items fit, a report PDF does not
    app = create_app(tmp_path / "store", embedder_name="hash")
    with TestClient(app, base_url="http://127.0.0.1") as c:
        yield c, tmp_path / "store"


def _wait(c: TestClient, job_id: str, timeout: float = 60) -> dict:
    deadline = time.time() + timeout
    while time.time() < deadline:
        job = c.get(f"/api/ingest/{job_id}").json()
        if job["status"] == "running":
            assert job["stage"] in ("reading", "embedding")
        if job["status"] not in ("queued", "running"):
            assert job["stage"] == ""
            return job
        time.sleep(0.1)
    raise AssertionError(f"ingest job {job_id} did not finish in {timeout}s")


def test_server_upload_ingests_in_background(writable):
    c, store_path = writable
    src = FILES[0]
    r = c.post("/api/ingest", files={"file": ("../../../etc/evil name.txt", src.read_bytes(), "text/plain")})
    assert r.status_code == 202, r.text
    job = r.json()
    assert job["filename"] == "evil name.txt" and job["status"] in ("queued", "running", "done")
    job = _wait(c, job["job_id"])
    assert job["status"] == "done", job
    docs = c.get("/api/docs").json()
    assert [d["doc_id"] for d in docs] == [job["doc_id"]] and docs[0]["passages"] > 0
    saved = list((store_path / "uploads").iterdir())
    names = sorted(p.name for p in saved)
    assert len(names) == 2 and "manifest.jsonl" in names  # the file under a generated name, and the manifest
    assert not any("evil" in n for n in names)
    assert not (store_path.parent / "etc").exists()
    assert "evil name.txt" in c.get("/docs").text  # the original name is shown, as metadata
    again = _wait(c, c.post("/api/ingest", files={"file": ("copy.txt", src.read_bytes())}).json()["job_id"])
    assert again["status"] == "skipped" and again["doc_id"] == job["doc_id"]
    assert len(list((store_path / "uploads").iterdir())) == 2
    assert [j["job_id"] for j in c.get("/api/ingest").json()] == [again["job_id"], job["job_id"]]


def test_server_upload_form_works_without_javascript(writable):
    c, _ = writable
    r = c.post("/upload", files=[("file", (FILES[2].name, FILES[2].read_bytes()))], follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/upload"
    job = _wait(c, c.get("/api/ingest").json()[0]["job_id"])
    assert job["status"] == "done" and job["filename"] == FILES[2].name
    assert FILES[2].name in c.get("/upload").text


@pytest.mark.parametrize("name, content, status", [
    ("fake.pdf", b"just text, not a PDF\n", 415),
    ("tool.exe", b"MZ\x90\x00binary", 415),
    ("notes.txt", b"%PDF-1.7 pretending to be text", 415),
    ("notes.md", b"\x7fELF\x02\x01\x01\x00\x00\x00 an executable", 415),
    ("empty.txt", b"", 400),
    ("big.txt", "關稅".encode() * 40000, 413),
])
def test_server_upload_refuses_bad_files(writable, name, content, status):
    c, store_path = writable
    r = c.post("/api/ingest", files={"file": (name, content)})
    assert r.status_code == status and r.json()["error"].startswith(name)
    assert not [p for p in (store_path / "uploads").glob("*") if p.name != "manifest.jsonl"] if (store_path / "uploads").exists() else True


def test_server_upload_accepts_a_real_pdf_header(tmp_path):
    from nlp.server.uploads import check_type

    head = (PDF_DIR / "report_050p.pdf").read_bytes()[:4096]
    assert check_type("report.PDF", head) == ".pdf"


def test_server_failed_ingest_reports_the_uploaded_name(writable):
    c, store_path = writable
    job = _wait(c, c.post("/api/ingest", files={"file": ("blank.txt", b"   \n\n  \n")}).json()["job_id"])
    assert job["status"] == "failed" and job["message"].startswith("blank.txt")
    assert str(store_path) not in job["message"]
    assert c.get("/api/docs").json() == []


def test_server_read_only_refuses_uploads(store_dir):
    c = TestClient(base_url="http://127.0.0.1", app=create_app(store_dir, read_only=True, embedder_name="hash"))
    r = c.post("/api/ingest", files={"file": ("a.txt", FILES[0].read_bytes())})
    assert r.status_code == 403 and "read-only" in r.json()["error"]
    page = c.get("/upload")
    assert page.status_code == 403 and "read-only" in page.text and 'type="file"' not in page.text
    assert c.post("/upload", files={"file": ("a.txt", b"x")}).status_code == 403


def test_server_refuses_foreign_hosts_and_cross_site_posts(writable):
    c, _ = writable
    assert c.get("/api/docs", headers={"host": "evil.example:8000"}).status_code == 403
    assert c.get("/api/docs", headers={"host": "127.0.0.1:8000"}).status_code == 200
    r = c.post("/api/ingest", files={"file": ("a.txt", FILES[0].read_bytes())},
               headers={"origin": "http://evil.example"})
    assert r.status_code == 403


def test_server_binds_to_loopback_by_default(run_cli):
    import inspect

    from nlp.server import serve

    assert inspect.signature(serve).parameters["host"].default == "127.0.0.1"
    out = run_cli("serve", "--help")
    assert "127.0.0.1" in out.stdout and "--read-only" in out.stdout


def test_server_read_only_needs_an_existing_store(tmp_path):
    from nlp.errors import StoreError

    with pytest.raises(StoreError, match="no store here"):
        create_app(tmp_path / "nothing", read_only=True)
    assert not (tmp_path / "nothing").exists()
    with pytest.raises(StoreError, match="store folder"):
        create_app("postgresql://localhost/policylens")


def test_server_vendored_chart_library_keeps_its_license(client):
    r = client.get("/static/chart.umd.js")
    assert r.status_code == 200 and "Released under the MIT License" in r.text[:300]
    assert "cdn" not in client.get("/events").text.lower()
