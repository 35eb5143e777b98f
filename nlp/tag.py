"""Theme taxonomy (YAML) and the ThemeTagger."""
from __future__ import annotations

from .store import Store


def tag_stored_documents(store: Store, *, embedder_name: str | None = None) -> int:
    """Tag stored documents that have no themes yet; returns how many were tagged."""
    return 0
