"""Plain text and Markdown: detect the encoding, clean, split into pages on form feeds."""
from __future__ import annotations

from pathlib import Path

from ..errors import UnreadableFile
from ..types import Document, Page

ENCODINGS = ("utf-8-sig", "gb18030", "big5")


def decode_bytes(data: bytes, path: str) -> str:
    """Decode text bytes as UTF-8, GB18030 or Big5 (in that order), else charset detection."""
    for enc in ENCODINGS:
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
    except Exception:  # detection is best effort; failure is reported below
        best = None
    if best is None:
        raise UnreadableFile(path, "cannot decode the text (not UTF-8, GB18030 or Big5)", "re-save it as UTF-8")
    return str(best)


def read_text(path: Path, sha256: str) -> Document:
    """Read a .txt/.md file into a Document (form feeds split pages)."""
    raw = decode_bytes(path.read_bytes(), str(path))
    pages = tuple(Page(number=i + 1, text=t.strip()) for i, t in enumerate(raw.split("\f")))
    title = next((ln.strip(" #") for ln in raw.splitlines() if ln.strip()), path.stem)[:200]
    return Document(doc_id=sha256[:16], path=str(path), title=title, pages=pages, sha256=sha256)
