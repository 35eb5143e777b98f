"""`policylens ingest` on bad input, big folders, re-ingest and a killed run: real CLI, real SQLite store."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

import shutil

import pytest

from conftest import PDF_DIR, ROOT
from pdfmaker import encrypted_pdf, mixed_pdf, scanned_pdf, subset_pdf


def _db(store):
    return sqlite3.connect(store / "policylens.sqlite")


def _paths(store) -> list[str]:
    with _db(store) as db:
        return sorted(r[0] for r in db.execute("SELECT path FROM documents"))


def _err_lines(r) -> list[str]:
    return [ln for ln in r.stderr.splitlines() if ln.startswith("policylens: ")]


@pytest.fixture
def batch(tmp_path, corpus):
    """A folder of good and bad files."""
    d = tmp_path / "in"
    d.mkdir()
    subset_pdf(PDF_DIR / "report_050p.pdf", d / "good.pdf", [0, 1, 2])
    (d / "good.txt").write_text("美國商務部於 2019 年 5 月將華為列入實體清單。\n", encoding="utf-8")
    cut = (PDF_DIR / "report_050p.pdf").read_bytes()[:3000]
    (d / "truncated.pdf").write_bytes(cut)
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 40)
    scanned_pdf(PDF_DIR / "report_050p.pdf", d / "scan.pdf", [0])
    encrypted_pdf(d / "good.pdf", d / "locked.pdf", "pw")
    return d


def test_cli_ingest_bad_files_reported_good_files_stored(run_cli, tmp_path, batch):
    store = tmp_path / "store"
    other = tmp_path / "notes.xyz"
    other.write_text("x")
    r = run_cli("ingest", batch, other, "--store", store, "--no-embed")
    assert r.returncode == 1
    lines = _err_lines(r)
    assert f"policylens: {batch / 'truncated.pdf'}: not a readable PDF (corrupt or truncated) - re-download or re-export the file" in lines
    assert f"policylens: {batch / 'empty.txt'}: the file is empty (0 bytes) - re-export or re-download it" in lines
    assert f"policylens: {batch / 'scan.pdf'}: no extractable text on any page (image-only PDF?) - OCR it with --ocr (needs tesseract-ocr) or ocrmypdf" in lines
    assert f"policylens: {batch / 'locked.pdf'}: the PDF is encrypted (password required) - pass it with --password, or decrypt it first (e.g. qpdf --decrypt)" in lines
    assert any(ln.startswith(f"policylens: {batch / 'binary.txt'}: ") and " - " in ln for ln in lines)
    assert f"policylens: {other}: unsupported file type '.xyz' - convert it to one of .pdf, .txt, .md, .html, .htm, .docx" in lines
    assert len(lines) == 6
    assert _paths(store) == sorted([str(batch / "good.pdf"), str(batch / "good.txt")])


def test_cli_ingest_password(run_cli, tmp_path, batch):
    store = tmp_path / "store"
    r = run_cli("ingest", batch / "locked.pdf", "--store", store, "--no-embed", "--password", "pw")
    assert r.returncode == 0, r.stderr
    r = run_cli("docs", "--json", "--store", store)
    assert '"pages": 3' in r.stdout


def test_cli_ingest_twice_stores_nothing_twice(run_cli, tmp_path, batch):
    store = tmp_path / "store"
    run_cli("ingest", batch, "--store", store, "--no-embed")
    with _db(store) as db:
        before = [db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("documents", "pages", "passages", "doc_tables")]
    r = run_cli("ingest", batch, "--store", store, "--no-embed")
    assert "ingested 0 file(s), skipped 2 already stored" in r.stderr
    with _db(store) as db:
        after = [db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("documents", "pages", "passages", "doc_tables")]
    assert before == after


def test_cli_ingest_reprocess_recuts_stored_documents_in_place(run_cli, tmp_path, corpus):
    """After a segmenter upgrade `--reprocess` re-cuts stored files: passages written by an older version
    (here: a notice's title block stored as a passage of its own) are replaced, nothing is duplicated,
    and the same content under a second name is still stored once."""
    store = tmp_path / "store"
    src = sorted((corpus / "fr_abstracts").glob("2021-03-31-*proposed*"))[0]
    d = tmp_path / "in"
    d.mkdir()
    shutil.copy(src, d / "notice.md")
    shutil.copy(src, d / "copy_of_notice.md")
    run_cli("ingest", d, "--store", store, "--no-embed")
    with _db(store) as db:  # what an older segmenter stored: the title block alone
        (doc_id, text), = db.execute("SELECT doc_id, text FROM passages WHERE seq = 0")
        old = text[:text.index("## Summary")].rstrip()
        db.execute('UPDATE passages SET text = ?, "end" = start + ? WHERE doc_id = ? AND seq = 0', (old, len(old), doc_id))
    r = run_cli("ingest", d, "--store", store, "--no-embed")
    assert "ingested 0 file(s), skipped 2 already stored" in r.stderr
    r = run_cli("ingest", d, "--store", store, "--no-embed", "--reprocess")
    assert "ingested 1 file(s), skipped 1 already stored" in r.stderr and r.returncode == 0
    with _db(store) as db:
        assert db.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 1
        (first,) = db.execute("SELECT text FROM passages WHERE seq = 0").fetchone()
    assert first.startswith("# Proposed Action") and "requests written comments" in first


def test_cli_ingest_thousands_of_files(run_cli, tmp_path):
    d = tmp_path / "many"
    for i in range(2000):
        sub = d / f"{i // 500:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"n{i:04d}.txt").write_text(f"第 {i} 號公告：美國對中國大陸第 {i % 5 + 1} 輪加徵關稅 {i % 25}%。\n", encoding="utf-8")
    store = tmp_path / "store"
    t = time.perf_counter()
    r = run_cli("ingest", d, "--store", store, "--no-embed")
    elapsed = time.perf_counter() - t
    assert r.returncode == 0, r.stderr[-2000:]
    with _db(store) as db:
        assert db.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 2000
        assert db.execute("SELECT COUNT(DISTINCT doc_id) FROM passages").fetchone()[0] == 2000
    assert elapsed < 120


def test_cli_ingest_killed_then_resumed(run_cli, tmp_path):
    d = tmp_path / "docs"
    d.mkdir()
    for i in range(400):
        (d / f"d{i:03d}.txt").write_text(("美國商務部將更多中國企業列入實體清單。" * 40 + f"（第 {i} 篇）\n") * 5, encoding="utf-8")
    store = tmp_path / "store"
    env = {**os.environ, "POLICYLENS_EMBEDDER": "hash"}
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "cli.py"), "ingest", str(d), "--store", str(store), "--no-embed"],
        env=env, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    n = 0
    deadline = time.time() + 60
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)
        try:
            with sqlite3.connect(f"file:{store / 'policylens.sqlite'}?mode=ro", uri=True, timeout=5) as db:
                n = db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        except sqlite3.Error:
            continue
        if n >= 5:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert 5 <= n < 400, "the ingest finished before it could be killed"
    with _db(store) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        docs = db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        # every stored document is complete: its passages were committed with it
        assert db.execute("SELECT COUNT(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM passages p WHERE p.doc_id = d.doc_id)").fetchone()[0] == 0
    r = run_cli("ingest", d, "--store", store, "--no-embed")
    assert r.returncode == 0, r.stderr[-2000:]
    assert f"skipped {docs} already stored" in r.stderr
    paths = _paths(store)
    assert len(paths) == 400 and len(set(paths)) == 400


def test_cli_show_page_with_footnotes(run_cli, tmp_path, corpus):
    store = tmp_path / "store"
    pdf = subset_pdf(PDF_DIR / "report_050p.pdf", tmp_path / "r.pdf", [0, 1, 2])
    assert run_cli("ingest", pdf, "--store", store, "--no-embed").returncode == 0
    doc_id = run_cli("docs", "--json", "--store", store).stdout.split('"doc_id": "')[1].split('"')[0]
    r = run_cli("show", doc_id, "--page", "2", "--store", store)
    assert r.returncode == 0, r.stderr
    out = r.stdout
    assert "研究報告\n" not in out.split("--- page 2")[1]  # no running header
    body, notes = out.split("[註]", 1)
    assert "營運細節」等。" in body and "本段相關數據整理自政府公開資料" in notes


def test_cli_ingest_flags_image_only_pages(run_cli, tmp_path, corpus):
    store = tmp_path / "store"
    pdf = mixed_pdf(PDF_DIR / "report_050p.pdf", tmp_path / "mixed.pdf", [0, 1], [2])
    r = run_cli("ingest", pdf, "--store", store, "--no-embed")
    assert r.returncode == 0, r.stderr
    assert f"{pdf}: 1 image-only page(s) have no text - re-run with --ocr (needs tesseract-ocr)" in r.stderr
    assert '"flags": ["image_only_pages"]' in run_cli("docs", "--json", "--store", store).stdout


def test_cli_ingest_ocr_without_and_with_tesseract(run_cli, tmp_path, corpus):
    # a real scan: page 2 of the report rendered to an image (top quarter, to keep Tesseract quick)
    scan = scanned_pdf(PDF_DIR / "report_050p.pdf", tmp_path / "scan.pdf", [1], dpi=200, top=0.25)
    store = tmp_path / "store"
    if not shutil.which("tesseract"):
        r = run_cli("ingest", scan, "--store", store, "--no-embed", "--ocr")
        assert r.returncode == 1
        assert f"policylens: {scan}: 1 image-only page(s) need OCR but Tesseract is not installed - install Tesseract" in r.stderr
        pytest.skip("tesseract-ocr is not installed (listed in .ci/apt-packages.txt)")
    r = run_cli("ingest", scan, "--store", store, "--no-embed", "--ocr", env={"POLICYLENS_TESSERACT_LANGS": "chi_tra"})
    assert r.returncode == 0, r.stderr
    doc_id = run_cli("docs", "--json", "--store", store).stdout.split('"doc_id": "')[1].split('"')[0]
    text = run_cli("show", doc_id, "--store", store).stdout.replace(" ", "")
    assert "[image_only, ocr]" in run_cli("show", doc_id, "--store", store).stdout
    assert "貿易管制" in text and "近期事件" in text


def test_cli_ingest_same_file_under_two_spellings_stored_once(run_cli, tmp_path):
    """An edited file ingested again by a relative path (or through a symlink) replaces its stored version:
    documents are stored under their absolute real path."""
    store = tmp_path / "store"
    (tmp_path / "mut").mkdir()
    note = tmp_path / "mut" / "note.md"
    note.write_text("# Note\n\n美國商務部於 2019 年 5 月將華為列入實體清單。\n", encoding="utf-8")
    assert run_cli("ingest", note, "--store", store, "--no-embed").returncode == 0
    note.write_text("# Note\n\n美國商務部於 2020 年 8 月擴大外國直接產品規則。\n", encoding="utf-8")
    r = run_cli("ingest", "mut/note.md", "--store", store, "--no-embed")  # run_cli works in tmp_path
    assert r.returncode == 0, r.stderr
    assert _paths(store) == [str(note)]
    (tmp_path / "link").symlink_to(tmp_path / "mut")
    note.write_text("# Note\n\n第三版。\n", encoding="utf-8")
    assert run_cli("ingest", tmp_path / "link" / "note.md", "--store", store, "--no-embed").returncode == 0
    assert _paths(store) == [str(note)]
    with _db(store) as db:
        assert [r[0] for r in db.execute("SELECT text FROM pages")] == ["# Note\n\n第三版。"]


def test_cli_ingest_unsupported_files_in_folders_reported(run_cli, tmp_path):
    store = tmp_path / "store"
    d = tmp_path / "legacy"
    d.mkdir()
    (d / "memo.doc").write_bytes(b"\xd0\xcf\x11\xe0" + bytes(60))
    (d / "notes.rtf").write_text("{\\rtf1 hello}")
    r = run_cli("ingest", d, "--store", store, "--no-embed")
    assert r.returncode == 1  # nothing at all could be read
    supported = ".pdf, .txt, .md, .html, .htm, .docx"
    for name, ext in (("memo.doc", ".doc"), ("notes.rtf", ".rtf")):
        assert f"WARNING nlp.pipeline: {d / name}: unsupported file type '{ext}' - skipped (policylens reads {supported})" in r.stderr
    assert _err_lines(r) == [f"policylens: {d}: no file policylens can read (2 skipped: .doc, .rtf) - convert them to one of {supported}"]
    (d / "good.txt").write_text("美國商務部於 2019 年 5 月將華為列入實體清單。\n", encoding="utf-8")
    r = run_cli("ingest", d, "--store", store, "--no-embed")
    assert r.returncode == 0, r.stderr  # the readable file is stored; the others are named as skipped
    assert f"{d / 'memo.doc'}: unsupported file type '.doc' - skipped" in r.stderr and not _err_lines(r)


def test_cli_ingest_empty_pages_and_html_saved_as_pdf(run_cli, tmp_path):
    store = tmp_path / "store"
    d = tmp_path / "in"
    d.mkdir()
    (d / "nav_only.html").write_text("<html><body><nav><a href='/'>Home</a></nav><script>x()</script></body></html>\n")
    (d / "blank.md").write_text("\n   \n\t\n")
    (d / "saved.pdf").write_text("<!DOCTYPE html><html><head><title>403 Forbidden</title></head><body>Forbidden</body></html>\n")
    r = run_cli("ingest", d, "--store", store, "--no-embed")
    assert r.returncode == 1
    lines = _err_lines(r)
    assert f"policylens: {d / 'nav_only.html'}: no text found - check the page holds article text (navigation, scripts and forms are skipped)" in lines
    assert f"policylens: {d / 'blank.md'}: no text found - check the file holds text" in lines
    assert any(ln.startswith(f"policylens: {d / 'saved.pdf'}: not a PDF (it is HTML) - ") for ln in lines)
    assert "--ocr" not in r.stderr
