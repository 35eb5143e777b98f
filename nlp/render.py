"""Plain-text views for people: a document's clean text, search hits with snippets."""
from __future__ import annotations

from collections.abc import Sequence

from .types import Document, Hit, Passage


def render_document(doc: Document, passages: Sequence[Passage], *, page: int | None = None, marks: bool = False) -> str:
    """Clean text page by page, footnotes after each page's body; ``marks`` shows passage boundaries."""
    out = [f"# {doc.title}\n# {doc.doc_id}  {doc.path}\n"]
    by_page: dict[int, list[Passage]] = {}
    for p in passages:
        if p.kind == "text":
            by_page.setdefault(p.page, []).append(p)
    for pg in doc.pages:
        if page is not None and pg.number != page:
            continue
        flags = f"  [{', '.join(pg.flags)}]" if pg.flags else ""
        out.append(f"\n--- page {pg.number}{flags} ---\n")
        if marks and by_page.get(pg.number):
            text, last = [], 0
            for p in sorted(by_page[pg.number], key=lambda x: x.start):
                text.append(pg.text[last : p.start])
                text.append(f"⟦{p.passage_id}⟧ " + pg.text[p.start : p.end] + " ⟦/⟧")
                last = p.end
            text.append(pg.text[last:])
            out.append("".join(text))
        else:
            out.append(pg.text)
        if pg.footnotes:
            out.append("\n\n" + "\n".join(f"[註] {f}" for f in pg.footnotes))
        out.append("\n")
    return "".join(out)


def render_hits(hits: Sequence[Hit], *, also: str = "") -> str:
    """Ranked hits, one block each: rank, score, title, page, snippet; ``also``, the query's glossary translation
    that was searched too, heads the list."""
    lines = [f"(also searched as: {also})\n"] if also else []
    if not hits:
        return "".join(lines) + "no results\n"
    for h in hits:
        snippet = (h.snippet or h.text).replace("\n", " ")
        if len(snippet) > 240:
            snippet = snippet[:240] + "…"
        lines.append(f"{h.rank:>2}. [{h.score:.3f}] {h.title[:60]}  p.{h.page}  ({h.passage_id})\n    {snippet}\n")
    return "".join(lines)
