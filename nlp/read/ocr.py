"""OCR of image-only PDF pages with the Tesseract command line (Debian: tesseract-ocr, -chi-tra, -chi-sim).

Used only with ``ingest --ocr``. Pages are rendered one at a time with pypdfium2 at 300 dpi.
"""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import re

from ..clean import CJK_CLASS
from ..errors import UnreadableFile
from ..settings import get_setting

_HALF = {",": "，", ":": "：", ";": "；", "!": "！", "?": "？", "(": "（", ")": "）"}
_HALF_NEAR_CJK = re.compile(f"(?<=[{CJK_CLASS}])\\s*([,:;!?()])\\s*|\\s*(\\()\\s*(?=[{CJK_CLASS}])")


def fullwidth_punctuation(text: str) -> str:
    """Tesseract writes ASCII punctuation in Chinese text; next to CJK characters it is made fullwidth."""
    return _HALF_NEAR_CJK.sub(lambda m: _HALF[m.group(1) or m.group(2)], text)


INSTALL_HINT = "install Tesseract (apt install tesseract-ocr tesseract-ocr-chi-tra tesseract-ocr-chi-sim) or OCR the file first with ocrmypdf"


def tesseract_available() -> bool:
    """True when the ``tesseract`` program is on PATH."""
    return shutil.which("tesseract") is not None


def _languages(wanted: str) -> str:
    """The wanted Tesseract languages that are installed (eng when none is)."""
    try:
        out = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return "eng"
    have = {ln.strip() for ln in out.splitlines()[1:]}
    langs = [lang for lang in wanted.split("+") if lang in have]
    return "+".join(langs) or "eng"


def ocr_image(png: Path, langs: str) -> str:
    """Text of one page image (Tesseract, page segmentation 'auto')."""
    res = subprocess.run(
        ["tesseract", str(png), "stdout", "-l", langs, "--psm", "3"], capture_output=True, text=True, timeout=300
    )
    if res.returncode != 0:
        raise RuntimeError(res.stderr.strip()[-300:])
    return res.stdout


def ocr_pages(path: Path, pdf, raw_pages, *, password: str | None = None, dpi: int = 300) -> int:
    """OCR the pages flagged image_only in place (their lines are filled, flag 'ocr' added). Returns count."""
    from .pdf import Line

    todo = [p for p in raw_pages if "image_only" in p.flags]
    if not todo:
        return 0
    if not tesseract_available():
        raise UnreadableFile(str(path), f"{len(todo)} image-only page(s) need OCR but Tesseract is not installed", INSTALL_HINT)
    langs = _languages(get_setting("tesseract_langs"))
    with tempfile.TemporaryDirectory(prefix="policylens-ocr-") as tmp:
        for rp in todo:
            page = pdf[rp.number - 1]
            try:
                image = page.render(scale=dpi / 72).to_pil()
            finally:
                page.close()
            png = Path(tmp) / f"p{rp.number}.png"
            image.save(png)
            try:
                text = ocr_image(png, langs)
            except (RuntimeError, OSError, subprocess.SubprocessError) as e:
                raise UnreadableFile(str(path), f"OCR failed on page {rp.number} ({e})", INSTALL_HINT) from e
            # Tesseract separates paragraphs by blank lines: give them a vertical gap the layout reads as one
            y, lines = rp.height - 72, []
            for ln in text.splitlines():
                if not ln.strip():
                    y -= 30
                    continue
                lines.append(Line(text=fullwidth_punctuation(ln.strip()), x0=72.0, x1=rp.width - 72, y=y, size=10.0))
                y -= 12
            rp.lines = lines
            rp.flags = ("image_only", "ocr")
    return len(todo)
