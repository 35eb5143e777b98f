"""Search result snippets: the sentence of a passage that best matches the query, matched words marked «…»."""
from __future__ import annotations

import re

from .lexical import fold, is_quantity, merge_spans, quantities, quantity_spans, query_terms
from .segment import split_sentences

_CJK_GAP = re.compile(r"(?<=[\u3000-\u9fff\uff00-\uffef])\s+(?=[\u3000-\u9fff\uff00-\uffef])")
# A Markdown heading line, as the readers leave it for the passage splitter ("## Sources"): shown without its #s
HEADING_MARKS = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(?=\S)", re.M)
HEADING_WEIGHT = 0.5  # a heading that names the query counts for less than a sentence that does


def unmark_headings(text: str) -> str:
    """``text`` with the ``#``s of its Markdown heading lines blanked: same length, so offsets into it hold."""
    return HEADING_MARKS.sub(lambda m: " " * len(m.group(0)), text)


def _units(text: str) -> list[tuple[str, bool]]:
    """(text, is heading) blocks of a passage: each heading line alone, the lines between headings together."""
    out: list[tuple[str, bool]] = []
    body: list[str] = []
    for line in text.split("\n"):
        m = HEADING_MARKS.match(line)
        if m:
            out += [("\n".join(body), False), (line[m.end():], True)]
            body = []
        else:
            body.append(line)
    out.append(("\n".join(body), False))
    return out


def make_snippet(text: str, query: str, terms: dict[str, float] | None = None, *, max_chars: int = 240) -> str:
    """The sentence of ``text`` that best matches the query, with matched terms marked «like this»."""
    terms = terms if terms is not None else query_terms(query)
    parts, spans, heads = [], [], []  # a heading line is a sentence of its own, shown without its #s
    for unit, head in _units(text):
        part = re.sub(r"\s+", " ", _CJK_GAP.sub("", unit)).strip()  # PDF line breaks inside sentences go
        if part:
            at = sum(len(x) + 1 for x in parts)
            cuts = [(0, len(part))] if head else split_sentences(part) or [(0, len(part))]
            spans += [(at + a, at + b) for a, b in cuts]
            heads += [head] * len(cuts)
            parts.append(part)
    flat = " ".join(parts)
    if not spans:
        spans, heads = [(0, 0)], [False]
    folded = fold(flat)  # folding keeps offsets: fold once, slice per sentence
    keys = [(t.lstrip("~"), w) for t, w in terms.items() if not is_quantity(t)]  # substring tests, no tokenizing
    scores = [sum(w for t, w in keys if t in folded[a:b]) * (HEADING_WEIGHT if h else 1.0) for (a, b), h in zip(spans, heads)]
    if any(map(is_quantity, terms)):  # amounts and dates the query names, however the passage writes them
        for start, _, toks in quantities(flat):
            i = next((i for i, (a, b) in enumerate(spans) if a <= start < b), None)
            if i is not None:
                scores[i] += sum(terms.get(t, 0.0) for t in toks)
    best = flat[slice(*spans[max(range(len(spans)), key=lambda i: (scores[i], not heads[i], -i))])]
    if len(best) > max_chars:
        best = best[:max_chars] + "…"
    return _mark(best, terms)


def _mark(sentence: str, terms: dict[str, float]) -> str:
    folded = fold(sentence)
    spans: list[tuple[int, int]] = []
    spans.extend(quantity_spans(sentence, terms))
    for t in terms:
        if t.startswith("~") or is_quantity(t):
            continue  # bigrams would mark half-words; whole words and stems are marked instead
        pat = re.escape(t) + (r"(?![0-9])" if t.isdigit() else r"\w*" if t.isascii() else "")  # 1 is not 10
        if t.isascii():
            pat = r"(?<![a-z0-9])" + pat
        spans.extend((m.start(), m.end()) for m in re.finditer(pat, folded))
    if not spans:
        return sentence
    out, pos = [], 0
    for s, e in merge_spans(spans):
        out += [sentence[pos:s], "«", sentence[s:e], "»"]
        pos = e
    out.append(sentence[pos:])
    return "".join(out)
