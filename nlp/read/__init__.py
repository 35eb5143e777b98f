"""File -> Document. One reader per format; ``read_document`` picks by extension."""
from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

from ..errors import EmptyDocument, UnreadableFile, UnsupportedFormat
from ..types import Document

SUPPORTED = (".pdf", ".txt", ".md", ".html", ".htm", ".docx")


def file_sha256(path: Path) -> str:
    """Hex sha256 of a file's bytes (the document's identity)."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def read_document(path: str | Path, *, password: str | None = None, ocr: bool = False) -> Document:
    """Read and clean one file into a Document.

    Raises:
        UnsupportedFormat: the extension is not one of SUPPORTED.
        UnreadableFile: the file is corrupt, encrypted or undecodable.
        EmptyDocument: the file holds no text.
    """
    p = Path(path)
    ext = p.suffix.lower()
    if ext not in SUPPORTED:
        raise UnsupportedFormat(str(p), f"unsupported file type '{ext or '(none)'}'", "convert it to one of " + ", ".join(SUPPORTED))
    try:
        size = p.stat().st_size
    except OSError as e:
        raise UnreadableFile(str(p), f"cannot open ({e.strerror})", "check the path and permissions") from e
    if size == 0:
        raise EmptyDocument(str(p), "the file is empty (0 bytes)", "re-export or re-download it")
    sha = file_sha256(p)
    if ext == ".pdf":
        from .pdf import read_pdf

        doc = read_pdf(p, sha, password=password, ocr=ocr)
    elif ext in (".html", ".htm"):
        from .html import read_html

        doc = read_html(p, sha)
    elif ext == ".docx":
        from .docx import read_docx

        doc = read_docx(p, sha)
    else:
        from .text import read_text

        doc = read_text(p, sha)
    if not any(pg.text.strip() for pg in doc.pages) and not doc.tables:
        raise EmptyDocument(str(p), "no text found", _EMPTY_FIX.get(ext, "check the file holds text"))
    # one file, one stored path: "mut/note.md" from /tmp/x and "/tmp/x/mut/note.md" (or a symlink to it)
    # must meet, or an edited file would leave its old version stored beside the new one
    return replace(doc, path=str(real_path(p)))


def real_path(path: str | Path) -> Path:
    """The absolute path of ``path`` with symlinks resolved: the path a document is stored and compared under."""
    return Path(path).resolve()


_EMPTY_FIX = {
    ".pdf": "check the file holds text (an image-only PDF needs --ocr)",
    ".html": "check the page holds article text (navigation, scripts and forms are skipped)",
    ".htm": "check the page holds article text (navigation, scripts and forms are skipped)",
    ".docx": "check the file holds text (text inside images needs OCR first)",
}
