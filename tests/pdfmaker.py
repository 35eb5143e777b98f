"""Helpers that build test PDFs from the shared corpus: page subsets, image-only scans, encrypted copies."""
from __future__ import annotations

from pathlib import Path


def subset_pdf(src: Path, dest: Path, pages: list[int]) -> Path:
    """Copy the given 0-based pages of ``src`` into a new PDF."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(src))
    out = pdfium.PdfDocument.new()
    out.import_pages(pdf, pages)
    out.save(str(dest))
    out.close()
    pdf.close()
    return dest


def scanned_pdf(src: Path, dest: Path, pages: list[int], dpi: int = 150) -> Path:
    """An image-only PDF: the given pages of ``src`` rendered to images (what a scanner produces)."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(src))
    images = [pdf[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in pages]
    images[0].save(dest, save_all=True, append_images=images[1:], resolution=dpi)
    pdf.close()
    return dest


def encrypted_pdf(src: Path, dest: Path, password: str) -> Path:
    """A copy of ``src`` encrypted with a user password (AES-256)."""
    import pikepdf

    with pikepdf.open(src) as pdf:
        pdf.save(dest, encryption=pikepdf.Encryption(owner=password + "-owner", user=password, R=6))
    return dest
