"""Word .docx -> Document with python-docx: paragraphs and tables in document order."""
from __future__ import annotations

from pathlib import Path

from ..clean import is_table_caption, render_row, squeeze_spaces
from ..errors import UnreadableFile
from ..types import Document, Page, Table


def read_docx(path: Path, sha256: str) -> Document:
    """Read a .docx file: paragraphs (headings kept as their own paragraphs) and tables in place."""
    try:
        import docx
        from docx.table import Table as DocxTable
        from docx.text.paragraph import Paragraph

        d = docx.Document(str(path))
    except Exception as e:  # python-docx raises zipfile/KeyError/lxml errors on damaged files
        raise UnreadableFile(str(path), f"not a readable .docx ({type(e).__name__})", "re-save it from Word or LibreOffice") from e
    text, tables = "", []
    for block in d.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            para = squeeze_spaces(Paragraph(block, d).text)
            if para:
                text += ("\n\n" if text else "") + para
        elif tag == "tbl":
            rows = []
            for row in DocxTable(block, d).rows:
                cells, last = [], None
                for cell in row.cells:
                    if cell._tc is last:
                        continue  # a merged cell repeats in python-docx
                    last = cell._tc
                    cells.append(squeeze_spaces(cell.text.replace("\n", " ")))
                rows.append(tuple(cells))
            if not rows:
                continue
            width = max(len(r) for r in rows)
            rows = [r + ("",) * (width - len(r)) for r in rows]
            caption = None
            paras = text.split("\n\n")
            if paras and is_table_caption(paras[-1]):
                caption = paras[-1]
                text = "\n\n".join(paras[:-1])
            block_text = "\n".join(([caption] if caption else []) + [render_row(r) for r in rows])
            start = len(text) + (2 if text else 0)
            text += ("\n\n" if text else "") + block_text
            tables.append(
                Table(page=1, caption=caption, header=(rows[0],), rows=tuple(rows[1:]), start=start, end=start + len(block_text))
            )
    props = d.core_properties
    title = (props.title or "").strip() or next((p for p in text.split("\n\n") if p), path.stem)
    date = props.created.date().isoformat() if props.created else None
    return Document(
        doc_id=sha256[:16], path=str(path), title=title[:200], pages=(Page(number=1, text=text),),
        tables=tuple(tables), sha256=sha256, date=date,
    )
