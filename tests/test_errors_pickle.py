"""Errors cross process boundaries intact: `ingest --workers N` returns a bad file's InputError from a worker."""
import pickle

import pytest

from nlp.errors import EmptyDocument, InputError, UnreadableFile, UnsupportedFormat


@pytest.mark.parametrize("cls", [InputError, UnreadableFile, UnsupportedFormat, EmptyDocument])
def test_errors_input_error_survives_pickling(cls):
    e = cls("scan.pdf", "no extractable text", "OCR it first")
    back = pickle.loads(pickle.dumps(e))
    assert type(back) is cls and str(back) == str(e) == "scan.pdf: no extractable text - OCR it first"
    assert (back.path, back.reason, back.fix) == ("scan.pdf", "no extractable text", "OCR it first")


def test_errors_ingest_with_two_workers_reports_a_bad_file(run_cli, tmp_path, corpus):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    for name in ("tariff_law_2024.md", "data_security_law_2021.md"):
        (folder / name).write_bytes((corpus / "cn_laws" / name).read_bytes())
    r = run_cli("ingest", folder, "--workers", "2", "--no-embed", "--store", tmp_path / "st")
    assert r.returncode == 1, r.stderr
    assert f"{folder / 'empty.txt'}: the file is empty (0 bytes)" in r.stderr
    assert "ingested 2 file(s)" in r.stderr
