"""policylens: read, search and extract trade-policy events from Chinese and English documents.

The public API is listed in ``__all__``; names load lazily so that ``import nlp`` is fast and offline.
"""
from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "Document": "types", "Page": "types", "Table": "types", "Passage": "types", "Event": "types",
    "Hit": "types", "TagResult": "types", "ThemeScore": "types",
    "read_document": "read", "split_passages": "segment", "extract_events": "events",
    "Store": "store", "open_store": "store", "ingest_paths": "pipeline", "parse_file": "pipeline",
    "embed_store": "pipeline", "load_embedder": "embed",
    "Searcher": "search", "load_tagger": "tag", "Taxonomy": "tag",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
    raise AttributeError(f"module 'nlp' has no attribute {name!r}")
