"""Helpers that build test PDFs: from the shared corpus (page subsets, image-only scans, encrypted copies), or
from scratch with a tiny writer (``PdfPage``, ``write_pdf``) that puts text, rules and boxes where a test says."""
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


# -- a tiny PDF writer: text at given positions, rules and cell boxes ------------------------------------
# Latin text is set in DejaVuSans, embedded, when the system has it (metrics from PIL), else in Courier
# (a standard font every PDF reader knows, 600/1000 em a glyph). CJK text uses the non-embedded CID font
# MSung-Light (UniCNS-UCS2-H), as many Word exports do: readers take its text from the CMap, and its glyph
# widths (1 em, 0.5 em for ASCII) from the /W array, not from a glyph program.

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def _latin_widths() -> list[int]:
    if not DEJAVU.is_file():
        return [600] * 256
    from PIL import ImageFont

    font = ImageFont.truetype(str(DEJAVU), 1000)
    return [round(font.getlength(bytes([c]).decode("cp1252", "replace"))) if c >= 32 else 500 for c in range(256)]


_LATIN_W = _latin_widths()


def text_width(s: str, size: float, font: str = "latin") -> float:
    """Advance width of ``s`` set at ``size`` pt in the writer's ``latin`` or ``cjk`` font."""
    if font == "cjk":
        return sum(500 if ord(c) < 128 else 1000 for c in s) * size / 1000
    return sum(_LATIN_W[ord(c)] if ord(c) < 256 else 1000 for c in s) * size / 1000


def wrap_words(text: str, width: float, size: float) -> list[str]:
    """Latin text broken into lines at spaces (word wrapping)."""
    lines, cur = [], ""
    for w in text.split():
        t = f"{cur} {w}" if cur else w
        if cur and text_width(t, size) > width:
            lines.append(cur)
            cur = w
        else:
            cur = t
    return lines + [cur] if cur else lines


def wrap_chars(text: str, width: float, size: float) -> list[str]:
    """Text in the CJK font broken wherever the line is full (character wrapping, as CJK typesetting does)."""
    lines, cur = [], ""
    for ch in text:
        if cur and text_width(cur + ch, size, "cjk") > width:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    return lines + [cur] if cur else lines


class PdfPage:
    """One page under construction: PDF points, y upwards; operations are drawn in the order given."""

    def __init__(self, width: float = 420.0, height: float = 595.0):
        self.width, self.height = width, height
        self.ops: list[str] = []

    def text(self, x: float, y: float, s: str, size: float = 10.5, font: str = "latin") -> float:
        """Draw ``s`` with its baseline at (x, y); returns the x where it ends."""
        if font == "cjk":
            body = "<" + "".join(f"{ord(c):04X}" for c in s) + ">"
        else:
            body = "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"
        self.ops.append(f"BT /{'F2' if font == 'cjk' else 'F1'} {size} Tf 1 0 0 1 {x:.2f} {y:.2f} Tm {body} Tj ET")
        return x + text_width(s, size, font)

    def rule(self, x0: float, y: float, x1: float, width: float = 0.5) -> None:
        self.ops.append(f"{width} w {x0:.2f} {y:.2f} m {x1:.2f} {y:.2f} l S")

    def rect(self, x: float, y: float, w: float, h: float, width: float = 0.5) -> None:
        self.ops.append(f"{width} w {x:.2f} {y:.2f} {w:.2f} {h:.2f} re S")


def write_pdf(path: Path, pages: list[PdfPage], info: dict[str, str] | None = None) -> Path:
    """Write ``pages`` as a PDF (``info``: the document information dictionary, e.g. Title)."""
    import zlib

    objs: list[bytes] = []

    def add(b: bytes | str) -> int:
        objs.append(b.encode("latin-1") if isinstance(b, str) else b)
        return len(objs)

    if DEJAVU.is_file():
        ttf = DEJAVU.read_bytes()
        ff = add(b"<< /Length %d /Length1 %d >>\nstream\n" % (len(ttf), len(ttf)) + ttf + b"\nendstream")
        fd = add(
            "<< /Type /FontDescriptor /FontName /DejaVuSans /Flags 32 /FontBBox [-1021 -463 1793 1232] /ItalicAngle 0 "
            f"/Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 {ff} 0 R >>"
        )
        widths = " ".join(str(w) for w in _LATIN_W[32:])
        f1 = add(
            f"<< /Type /Font /Subtype /TrueType /BaseFont /DejaVuSans /FirstChar 32 /LastChar 255 /Widths [{widths}] "
            f"/Encoding /WinAnsiEncoding /FontDescriptor {fd} 0 R >>"
        )
    else:
        f1 = add("<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>")
    cid = add(
        "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /MSung-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (CNS1) "
        "/Supplement 4 >> /FontDescriptor << /Type /FontDescriptor /FontName /MSung-Light /Flags 6 /FontBBox [0 -200 1000 900] "
        "/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >> /DW 1000 /W [1 95 500] >>"
    )
    f2 = add(f"<< /Type /Font /Subtype /Type0 /BaseFont /MSung-Light-UniCNS-UCS2-H /Encoding /UniCNS-UCS2-H /DescendantFonts [{cid} 0 R] >>")
    pages_id = len(objs) + 2 * len(pages) + 1
    kids = []
    for p in pages:
        data = zlib.compress("\n".join(p.ops).encode("latin-1"))
        c = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")
        kids.append(add(
            f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 {p.width} {p.height}] /Contents {c} 0 R "
            f"/Resources << /Font << /F1 {f1} 0 R /F2 {f2} 0 R >> >> >>"
        ))
    assert add("<< /Type /Pages /Kids [" + " ".join(f"{k} 0 R" for k in kids) + f"] /Count {len(kids)} >>") == pages_id
    cat = add(f"<< /Type /Catalog /Pages {pages_id} 0 R >>")
    info_id = add("<< " + " ".join(f"/{k} <FEFF{v.encode('utf-16-be').hex().upper()}>" for k, v in info.items()) + " >>") if info else None
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root {cat} 0 R{f' /Info {info_id} 0 R' if info_id else ''} >>\n".encode()
    out += f"startxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(bytes(out))
    return path
