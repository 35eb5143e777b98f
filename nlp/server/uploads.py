"""Checking and saving uploaded files: allowed types (extension and content), a size limit, generated names."""
from __future__ import annotations

import os
import unicodedata
from pathlib import Path
from typing import BinaryIO

from ..read import SUPPORTED

CHUNK = 1 << 20


class UploadRejected(Exception):
    """An upload the server refuses; ``status`` is the HTTP status to answer with."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


def display_name(filename: str | None) -> str:
    """The user's file name reduced to a short printable base name (display metadata only)."""
    name = (filename or "upload").replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(c for c in name if unicodedata.category(c)[0] != "C").strip()
    return name[:200] or "upload"


def check_type(name: str, head: bytes) -> str:
    """The file's extension if both it and the first bytes fit a supported type; else UploadRejected."""
    ext = os.path.splitext(name)[1].lower()
    if ext not in SUPPORTED:
        raise UploadRejected(f"{name}: unsupported file type '{ext or '(none)'}' - upload one of {', '.join(SUPPORTED)}", 415)
    if ext == ".pdf" and b"%PDF-" not in head[:1024]:
        raise UploadRejected(f"{name}: not a PDF (no %PDF- header) - upload the PDF file itself", 415)
    if ext == ".docx" and not head.startswith(b"PK\x03\x04"):
        raise UploadRejected(f"{name}: not a .docx (not a ZIP container) - save it as .docx from Word", 415)
    if ext in (".txt", ".md", ".html", ".htm"):
        if head.startswith((b"%PDF-", b"PK\x03\x04")):  # other binaries show NUL bytes below
            raise UploadRejected(f"{name}: binary content in a {ext} file - upload it with its real extension", 415)
        utf16 = head.startswith((b"\xff\xfe", b"\xfe\xff"))
        if not utf16 and b"\x00" in head:
            raise UploadRejected(f"{name}: binary content in a {ext} file - upload a text file", 415)
    return ext


def save_upload(src: BinaryIO, name: str, dest_for_ext, max_bytes: int) -> tuple[Path, int]:
    """Copy ``src`` to ``dest_for_ext(ext)`` after checking its type, stopping past ``max_bytes``.

    Returns (saved path, size). Nothing is left on disk when the upload is refused.
    """
    head = src.read(CHUNK)
    if not head:
        raise UploadRejected(f"{name}: the file is empty (0 bytes) - choose a file with content")
    ext = check_type(name, head)
    dest: Path = dest_for_ext(ext)
    size = 0
    try:
        with open(dest, "xb") as out:
            block = head
            while block:
                size += len(block)
                if size > max_bytes:
                    raise UploadRejected(
                        f"{name}: larger than the {max_bytes // (1024 * 1024)} MB upload limit"
                        " - ingest it with `policylens ingest` or raise POLICYLENS_MAX_UPLOAD_MB", 413)
                out.write(block)
                block = src.read(CHUNK)
    except BaseException:
        dest.unlink(missing_ok=True)
        raise
    return dest, size
