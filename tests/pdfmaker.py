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


def scanned_pdf(src: Path, dest: Path, pages: list[int], dpi: int = 150, top: float = 1.0) -> Path:
    """An image-only PDF: the given pages of ``src`` rendered to images (what a scanner produces);
    ``top`` < 1 keeps only that upper fraction of each page (a small image OCRs fast)."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(src))
    images = [pdf[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in pages]
    images = [im.crop((0, 0, im.width, int(im.height * top))) for im in images]
    images[0].save(dest, save_all=True, append_images=images[1:], resolution=dpi)
    pdf.close()
    return dest


def encrypted_pdf(src: Path, dest: Path, password: str) -> Path:
    """A copy of ``src`` encrypted with a user password (AES-256)."""
    import pikepdf

    with pikepdf.open(src) as pdf:
        pdf.save(dest, encryption=pikepdf.Encryption(owner=password + "-owner", user=password, R=6))
    return dest


def mixed_pdf(src: Path, dest: Path, text_pages: list[int], scanned_pages: list[int]) -> Path:
    """Text pages of ``src`` followed by scanned (image-only) copies of other pages."""
    import pypdfium2 as pdfium

    scan = scanned_pdf(src, dest.with_suffix(".scan.pdf"), scanned_pages)
    out = pdfium.PdfDocument(str(subset_pdf(src, dest.with_suffix(".text.pdf"), text_pages)))
    out.import_pages(pdfium.PdfDocument(str(scan)))
    out.save(str(dest))
    return dest
