"""Event extraction speed on the whole seed report (462 pages as text): seconds for extract_events alone.

Reading/cleaning is timed separately (it belongs to the readers); the alias table of normalize.names is
loaded once before timing, as in any long-running process. Target: <= 5 s.
Usage: python bench/bench_events.py [--repeat N] [--pdf]   (--pdf: also the typeset report_470p.pdf)
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nlp.events import extract_events  # noqa: E402
from nlp.normalize.names import load_names  # noqa: E402
from nlp.read import read_document  # noqa: E402
from nlp.segment import split_passages  # noqa: E402

CORPUS = Path(os.environ.get("POLICYLENS_SHARED", ROOT.parent / "shared")) / "corpus"


def bench(path: Path, repeat: int) -> None:
    t0 = time.perf_counter()
    doc = read_document(path)
    t_read = time.perf_counter() - t0
    passages = split_passages(doc)
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        events = extract_events(doc, passages)
        times.append(time.perf_counter() - t)
    chars = sum(len(p.text) for p in doc.pages)
    print(f"{path.name}: {len(doc.pages)} pages, {chars} chars, {len(doc.tables)} tables; read {t_read:.2f} s; "
          f"extract_events best {min(times):.2f} s / median {sorted(times)[len(times) // 2]:.2f} s over {repeat} runs; "
          f"{len(events)} events")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--pdf", action="store_true", help="also time the 470-page PDF (its reading takes minutes)")
    args = ap.parse_args()
    load_names()
    bench(CORPUS / "000_3ffe8296a3a1e621.txt", args.repeat)
    if args.pdf:
        bench(CORPUS / "pdf" / "report_470p.pdf", args.repeat)


if __name__ == "__main__":
    main()
