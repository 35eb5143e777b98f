"""Events out as jsonl, csv, a text table or parquet."""
from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from typing import IO

from .types import Event

COLUMNS = ("id", "type", "date", "actor", "target", "instrument", "amount_usd", "rate_pct", "items",
           "products", "destination", "status", "confidence", "doc_id", "page", "evidence")
FORMATS = ("jsonl", "csv", "table", "parquet")


def _flat(v: object) -> object:
    if isinstance(v, list):
        return "; ".join(str(x) for x in v) if not all(isinstance(x, (int, float)) for x in v) or not v else "-".join(f"{x:g}" for x in v)
    return v


def write_events(events: Sequence[Event], fmt: str, out: IO[str] | None = None, *, path: str | None = None) -> None:
    """Write events in ``fmt``; parquet needs ``path`` (a file), the others write to ``out``."""
    rows = [e.to_dict() for e in events]
    if fmt == "jsonl":
        for r in rows:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        w = csv.writer(out)
        w.writerow(COLUMNS)
        for r in rows:
            w.writerow([_flat(r.get(c)) if r.get(c) is not None else "" for c in COLUMNS])
    elif fmt == "table":
        cols = ("date", "type", "actor", "target", "amount_usd", "rate_pct", "items", "status", "page", "evidence")
        if len({r.get("doc_id") for r in rows}) > 1:
            cols = ("doc",) + cols  # events of several documents: which one each comes from (its id's first 8)
        out.write("\t".join(cols) + "\n")
        for r in rows:
            cells = []
            for c in cols:
                v = str(r.get("doc_id") or "")[:8] if c == "doc" else _flat(r.get(c))
                s = "" if v is None or v == "" else str(v)
                cells.append(s[:60] + "…" if c == "evidence" and len(s) > 60 else s)
            out.write("\t".join(cells) + "\n")
    elif fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        table = pa.Table.from_pylist(
            [{c: (json.dumps(r[c], ensure_ascii=False) if isinstance(r[c], list) else r[c]) for c in COLUMNS} for r in rows]
        )
        pq.write_table(table, path)
    else:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
