"""Ingest on a local Ray instance gives the same store as a local ingest; failed files are retried, then reported."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import numpy as np
import pytest

from nlp.pipeline import ingest_paths, parse_file
from nlp.store import open_store

from conftest import CORPUS

ray = pytest.importorskip("ray", reason="Ray is not installed - pip install 'policylens[ray]'")

FILES = (
    sorted((CORPUS / "cn_laws").glob("*.md"))[:3]
    + sorted((CORPUS / "fr_abstracts").glob("*.md"))[:2]
    + sorted((CORPUS / "cn_news_tradewar_2019").glob("*.txt"))[:2]
)


@pytest.fixture(scope="module", autouse=True)
def ray_session():
    """One small local Ray instance for the whole module."""
    from nlp.distributed import connect

    assert connect("local", num_cpus=2)
    # The flaky parse functions below live in this test module, which the workers cannot import.
    ray.cloudpickle.register_pickle_by_value(sys.modules[__name__])
    yield
    ray.shutdown()


def _bad_files(tmp_path: Path) -> list[Path]:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    odd = tmp_path / "notes.xyz"
    odd.write_text("x")
    return [empty, odd]


def _snapshot(store):
    docs = sorted(store.documents(), key=lambda d: d["doc_id"])
    return {
        "docs": docs,
        "full": [store.get_document(d["doc_id"]) for d in docs],
        "passages": store.passages(),
        "events": store.events(),
        "vectors": store.passage_vectors("hash-256"),
    }


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_ray_ingest_equals_local_ingest(backend, tmp_path, request):
    from nlp.distributed import ingest_paths_ray

    files = [*FILES, *_bad_files(tmp_path)]
    target = tmp_path / "ray" if backend == "sqlite" else request.getfixturevalue("pg_url")
    with open_store(tmp_path / "local") as local, open_store(target) as dist:
        lrep = ingest_paths(files, local, embedder_name="hash", progress=False)
        rrep = ingest_paths_ray(files, dist, embedder_name="hash", progress=False)
        assert sorted(rrep.added) == sorted(lrep.added) == sorted(map(str, FILES))
        assert sorted(rrep.failed) == sorted(lrep.failed) and len(rrep.failed) == 2
        assert (rrep.passages, rrep.events, rrep.embedded) == (lrep.passages, lrep.events, lrep.embedded) and rrep.embedded
        a, b = _snapshot(local), _snapshot(dist)
        assert a["docs"] == b["docs"] and a["full"] == b["full"]
        assert [d.meta for d in a["full"]] == [d.meta for d in b["full"]]
        assert a["passages"] == b["passages"] and a["events"] == b["events"]
        assert a["vectors"][0] == b["vectors"][0] and np.array_equal(a["vectors"][1], b["vectors"][1])
        again = ingest_paths_ray(FILES, dist, embedder_name="hash", progress=False)
        assert again.added == [] and len(again.skipped) == len(FILES)


def _flaky_parse(path, *, password=None, ocr=False):
    """Fails the first time it sees each file (a transient OSError), then parses it."""
    marker = Path(FLAKY_DIR) / (Path(path).name + ".seen")
    if not marker.exists():
        marker.write_text("1")
        raise OSError(5, "simulated transient I/O error")
    return parse_file(path, password=password, ocr=ocr)


def _broken_parse(path, *, password=None, ocr=False):
    """Always fails on the export-control law (a file that stays unreadable), parses the rest."""
    if "export_control" in Path(path).name:
        raise OSError(5, "simulated permanent I/O error")
    return parse_file(path, password=password, ocr=ocr)


FLAKY_DIR = ""


def test_ray_ingest_retries_transient_errors(tmp_path):
    from nlp.distributed import ingest_paths_ray

    global FLAKY_DIR
    FLAKY_DIR = str(tmp_path)  # pickled by value with the function: every worker sees it
    with open_store(tmp_path / "s") as s:
        rep = ingest_paths_ray(FILES[:3], s, embed=False, parse=_flaky_parse, progress=False)
        assert rep.failed == [] and sorted(rep.added) == sorted(map(str, FILES[:3]))
        assert len(list(tmp_path.glob("*.seen"))) == 3  # each file did fail once
        assert len(s.documents()) == 3


def test_ray_ingest_reports_a_file_that_keeps_failing(tmp_path):
    from nlp.distributed import ingest_paths_ray

    seen = []
    with open_store(tmp_path / "s") as s:
        rep = ingest_paths_ray(FILES[:3], s, embed=False, parse=_broken_parse, retries=1, progress=False,
                               on_error=lambda p, m: seen.append(m))
        bad = str(CORPUS / "cn_laws" / "export_control_law_2020.md")
        assert [p for p, _ in rep.failed] == [bad] and len(seen) == 1
        assert seen[0].startswith(f"{bad}: failed on the Ray cluster after 2 attempt(s) (OSError:")
        assert "simulated permanent I/O error" in seen[0]
        # documents are stored under their real path (../shared may be a symbolic link)
        assert sorted(d["path"] for d in s.documents()) == sorted(os.path.realpath(f) for f in FILES[:3] if str(f) != bad)


def test_ray_ingest_cli_flag(tmp_path, capsys, monkeypatch):
    import cli

    monkeypatch.setenv("POLICYLENS_EMBEDDER", "hash")
    store = tmp_path / "cli"
    assert cli.main(["ingest", *map(str, FILES[:2]), "--store", str(store), "--ray", "local", "--no-embed"]) == 0
    assert "ingested 2 file(s)" in capsys.readouterr().err
    with open_store(store, read_only=True) as s:
        assert len(s.documents()) == 2
