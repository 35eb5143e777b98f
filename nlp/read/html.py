"""HTML -> Document: the main text only (no scripts, styles, navigation, headers, footers, forms)."""
from __future__ import annotations

import re
from pathlib import Path

from ..clean import join_fragments, render_row, squeeze_spaces
from ..types import Document, Page, Table
from .text import decode_bytes

_DROP = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button", "template")
_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "figcaption", "caption", "td", "th", "div", "section", "article")


def _main_node(soup):
    """<main>/<article> when present, else the element holding the most paragraph text."""
    for sel in ("main", "article", "[role=main]"):
        node = soup.select_one(sel)
        if node is not None and len(node.get_text(strip=True)) > 200:
            return node
    best, best_len = soup.body or soup, 0
    for div in soup.find_all(["div", "section", "td"]):
        n = sum(len(p.get_text(strip=True)) for p in div.find_all("p", recursive=False))
        if n > best_len:
            best, best_len = div, n
    return best if best_len > 200 else (soup.body or soup)


def _table(node, caption: str | None) -> Table | None:
    rows = []
    for tr in node.find_all("tr"):
        cells = [squeeze_spaces(c.get_text(" ", strip=True)) for c in tr.find_all(["td", "th"])]
        if any(cells):
            rows.append((tr.find("th") is not None and tr.find("td") is None, cells))
    if not rows:
        return None
    width = max(len(c) for _, c in rows)
    norm = [(h, tuple(c + [""] * (width - len(c)))) for h, c in rows]
    header = tuple(c for h, c in norm if h)
    data = tuple(c for h, c in norm if not h)
    return Table(page=1, caption=caption, header=header, rows=data)


def read_html(path: Path, sha256: str) -> Document:
    """Read an .html file: title, main-text paragraphs, tables rendered in place."""
    from bs4 import BeautifulSoup

    raw = decode_bytes(path.read_bytes(), str(path))
    soup = BeautifulSoup(raw, "lxml")
    title = soup.title.get_text(strip=True) if soup.title else ""
    for tag in soup.find_all(_DROP):
        tag.decompose()
    main = _main_node(soup)
    parts: list[str | Table] = []
    for node in main.find_all(["table", *_BLOCKS]):
        if node.find_parent("table") is not None:
            continue  # cells are read with their table
        if node.name == "table":
            cap = node.find("caption")
            t = _table(node, squeeze_spaces(cap.get_text(" ", strip=True)) if cap else None)
            if t is not None:
                parts.append(t)
            continue
        if node.find(["p", "div", "section", "article", "li", "table", "h1", "h2", "h3", "h4", "blockquote"]) is not None:
            continue  # a container: its children are visited on their own
        text = squeeze_spaces(join_fragments(re.split(r"\n+", node.get_text(" ", strip=False))))
        if text:
            parts.append(text)
    text, tables = "", []
    for p in parts:
        if text:
            text += "\n\n"
        if isinstance(p, Table):
            block = "\n".join(([p.caption] if p.caption else []) + [render_row(r) for r in (*p.header, *p.rows)])
            tables.append(Table(**{**p.__dict__, "start": len(text), "end": len(text) + len(block)}))
            text += block
        else:
            text += p
    if not title:
        h1 = main.find(["h1", "h2"]) or soup.find(["h1", "h2"])
        title = h1.get_text(" ", strip=True) if h1 else path.stem
    return Document(
        doc_id=sha256[:16], path=str(path), title=title[:200], pages=(Page(number=1, text=text),),
        tables=tuple(tables), sha256=sha256,
    )
