"""JSON Lines input (batch queries, news items, labels): one object per line, errors name file and line."""
from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .errors import InputError


def read_jsonl(path: str | Path, required: tuple[str, ...] = ()) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for each non-blank line of ``path`` (``-`` is stdin).

    Raises:
        InputError: the file cannot be opened, a line is not a JSON object, or lacks a required field.
    """
    path = str(path)
    try:
        fh = sys.stdin if path == "-" else open(path, encoding="utf-8", newline="")
    except OSError as e:
        raise InputError(path, f"cannot read ({e.strerror or e})", "check the path") from e
    with fh:
        # iterate on "\n" only: U+2028 may sit inside a JSON string, and str.splitlines() would cut there
        for n, line in enumerate(fh.read().split("\n"), 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                raise InputError(f"{path}:{n}", f"not valid JSON ({e.msg})", "write one JSON object per line") from e
            if not isinstance(obj, dict):
                raise InputError(f"{path}:{n}", "not a JSON object", "write one JSON object per line")
            missing = [k for k in required if k not in obj]
            if missing:
                raise InputError(f"{path}:{n}", f"missing field(s) {', '.join(missing)}", f"each line needs {', '.join(required)}")
            yield n, obj
