"""HTML for people: highlighted snippets and annotated page text. Every document string is escaped here
before any tag is added, so text from a document can never become markup."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from markupsafe import Markup, escape

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_RUN = re.compile(f"[{_CJK}]+")
_STOP = frozenset(
    "a an and are as at be by for from has have in is it its of on or that the to was were will with".split()
)


# Bigrams with one of these characters are mostly grammar ("的出", "对华"), not a query's content.
_FUNCTION_CHARS = frozenset("的之了是在和与與及或对對为為于於其也等有向将將被把从從以")


def query_terms(query: str) -> list[str]:
    """Terms to mark for a query, folded like the search index folds them: words (English stems match
    their inflections), Chinese words from the search tokenizer, and its content-bearing bigrams."""
    from ..lexical import fold, is_quantity, query_tokens

    terms = set()
    for tok in query_tokens(query):
        if is_quantity(tok):
            continue  # amount and date tokens (lexical.quantities) are not substrings of the text
        if tok.startswith("~"):
            tok = tok[1:]
            if _CJK_RUN.fullmatch(tok) and not _FUNCTION_CHARS.intersection(tok):
                terms.add(tok)
        elif len(tok) > 1 and tok not in _STOP or _CJK_RUN.fullmatch(tok):
            terms.add(fold(tok))
    return sorted(terms, key=len, reverse=True)


@lru_cache(maxsize=256)
def translation_patterns(query: str) -> tuple[re.Pattern, ...]:
    """Patterns, on folded text, of the glossary translations the search added to the query (出口管制 for
    "export control", "entity list" for 實體清單): whole phrases, not their separate words. Once per query."""
    from ..lexical import expand_query, fold

    out = []
    for v in sorted(set(expand_query(query))):
        fv = fold(v)
        if _CJK_RUN.search(fv):
            pat = re.escape(fv)
        else:  # words in order, any spacing or hyphen between them, the last one inflected
            words = re.findall(r"[a-z0-9]+", fv)
            if not words or (len(words) == 1 and len(words[0]) < 3):
                continue  # "us" would mark every "use"
            pat = r"(?<![a-z0-9])" + r"[\s\-.]*".join(map(re.escape, words)) + r"(?:s|es|ed|ing)?(?![a-z0-9])"
        out.append(re.compile(pat))
    return tuple(out)


def match_spans(text: str, terms: Sequence[str], extra: Sequence[tuple[int, int]] = (),
                phrases: Sequence[re.Pattern] = ()) -> list[tuple[int, int]]:
    """Merged (start, end) spans of ``text`` where any term occurs (Latin terms from a word start) or any of
    ``phrases`` matches, with the ``extra`` spans merged in; the text is folded once for all of them."""
    from ..lexical import fold, merge_spans

    spans = list(extra)
    if not terms and not spans and not phrases:
        return []
    folded = fold(text)  # the index's folding, one character for one (offsets hold)
    for t in terms:
        if _CJK_RUN.search(t):
            pat = re.escape(t)
        else:
            pat = r"(?<![a-z0-9])" + re.escape(t) + r"[a-z0-9]*"
        spans.extend(m.span() for m in re.finditer(pat, folded))
    for p in phrases:
        spans.extend(m.span() for m in p.finditer(folded))
    return merge_spans(spans)


def highlight(text: str, query: str, *, width: int = 320, focus: str | None = None) -> Markup:
    """An excerpt of ``text`` escaped, with query terms in ``<mark>``.

    The excerpt starts a little before ``focus`` (e.g. the searcher's best sentence) when it is found in
    ``text``, else before the first query match.
    """
    from ..lexical import query_tokens, quantity_spans

    from ..snippet import unmark_headings

    text = unmark_headings(text)  # a Markdown heading's #s are the splitter's, not the reader's (same offsets)
    spans = match_spans(text, query_terms(query), quantity_spans(text, query_tokens(query)), translation_patterns(query))
    start = 0
    if len(text) > width:
        at = text.find(focus) if focus else -1
        first = at if at >= 0 else (spans[0][0] if spans else 0)
        start = max(0, min(first - width // 4, len(text) - width))
        if start and re.match(r"[A-Za-z0-9]", text[start]):  # not in the middle of a word
            back = re.search(r"[A-Za-z0-9]{1,30}$", text[:start])
            start = back.start() if back else start
    end = min(len(text), start + width)
    out, pos = [], start
    for s, e in spans:
        if e <= start or s >= end:
            continue
        s, e = max(s, start), min(e, end)
        out.append(escape(text[pos:s]))
        out.append(Markup("<mark>") + escape(text[s:e]) + Markup("</mark>"))
        pos = e
    out.append(escape(text[pos:end]))
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return Markup(prefix) + Markup("").join(out) + Markup(suffix)


@dataclass(frozen=True)
class Span:
    """An annotation of page text: ``[start, end)`` shown as ``<span class=css id=anchor>``."""

    start: int
    end: int
    css: str
    anchor: str | None = None
    title: str | None = None


def _open(span: Span, with_id: bool) -> Markup:
    attrs = f' class="{span.css}"'
    if with_id and span.anchor:
        attrs += f' id="{escape(span.anchor)}"'
    if span.title:
        attrs += f' title="{escape(span.title)}"'
    return Markup(f"<span{attrs}>")


def _runs(text: str, spans: Sequence[Span], lo: int, hi: int, anchored: set[int]) -> Markup:
    """``text[lo:hi]`` cut at every span boundary, each run wrapped in the spans active there (may overlap)."""
    live = [(i, s) for i, s in enumerate(spans) if s.end > lo and s.start < hi and s.end > s.start]
    cuts = sorted({lo, hi, *(max(lo, s.start) for _, s in live), *(min(hi, s.end) for _, s in live)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        piece = escape(text[a:b])
        for i, s in reversed([(i, s) for i, s in live if s.start <= a and s.end >= b]):
            piece = _open(s, i not in anchored) + piece + Markup("</span>")
            anchored.add(i)
        out.append(piece)
    return Markup("").join(out)


def annotate(text: str, outer: Sequence[Span], inner: Sequence[Span] = (), *, lo: int = 0, hi: int | None = None) -> Markup:
    """``text[lo:hi]`` escaped, each ``outer`` span (passages: they do not overlap) one element around its
    text, ``inner`` spans (event evidence, may overlap anything) cut at outer boundaries inside them.

    An anchor id goes on a span's first element only, so fragment links land on its start.
    """
    hi = len(text) if hi is None else hi
    anchored: set[int] = set()
    out, pos = [], lo
    for o in sorted((o for o in outer if o.end > lo and o.start < hi and o.end > o.start), key=lambda o: o.start):
        if o.start < pos:
            continue  # overlaps the previous outer span: its text is already shown
        out.append(_runs(text, inner, pos, o.start, anchored))
        a, b = max(lo, o.start), min(hi, o.end)
        out.append(_open(o, o.start >= lo) + _runs(text, inner, a, b, anchored) + Markup("</span>"))
        pos = b
    out.append(_runs(text, inner, pos, hi, anchored))
    return Markup("").join(out)
