"""One exception tree; every message says which file, what went wrong, and how to fix it."""
from __future__ import annotations


class PolicylensError(Exception):
    """Base of every error policylens raises on purpose."""


class InputError(PolicylensError):
    """A file given to policylens cannot be used. ``str(e)`` is ``"path: reason - fix"``."""

    def __init__(self, path: str, reason: str, fix: str | None = None):
        self.path = str(path)
        self.reason = reason
        self.fix = fix
        msg = f"{self.path}: {reason}"
        if fix:
            msg += f" - {fix}"
        super().__init__(msg)

    def __reduce__(self):
        # Rebuilt from its parts when it crosses a process boundary (ingest --workers, Ray).
        return type(self), (self.path, self.reason, self.fix)


class UnreadableFile(InputError):
    """Corrupt, truncated, encrypted or undecodable file."""


class UnsupportedFormat(InputError):
    """A file extension policylens does not read."""


class EmptyDocument(InputError):
    """A file with no usable text (zero bytes, or image-only without OCR)."""


class StoreError(PolicylensError):
    """The store cannot be opened or written."""


class ModelUnavailable(PolicylensError):
    """An embedding model or trained artefact is missing."""


class TaxonomyError(PolicylensError):
    """A taxonomy file is invalid; the message names the theme and field."""


class QueryError(PolicylensError):
    """A search query or filter is invalid."""
