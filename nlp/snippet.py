"""Search result snippets: the sentence of a passage that best matches the query, matched words marked «…»."""
from __future__ import annotations

import re

from .lexical import fold, is_quantity, merge_spans, quantities, quantity_spans, query_terms
from .segment import split_sentences

_CJK_GAP = re.compile(r"(?<=[\u3000-\u9fff\uff00-\uffef])\s+(?=[\u3000-\u9fff\uff00-\uffef])")


def make_snippet(text: str, query: str, terms: dict[str, float] | None = None, *, max_chars: int = 240) -> str:
    """The sentence of ``text`` that best matches the query, with matched terms marked «like this»."""
    terms = terms if terms is not None else query_terms(query)
    flat = re.sub(r"\s+", " ", _CJK_GAP.sub("", text)).strip()  # PDF line breaks inside sentences go
    folded = fold(flat)  # folding keeps offsets: fold once, slice per sentence
    spans = split_sentences(flat) or [(0, len(flat))]
    keys = [(t.lstrip("~"), w) for t, w in terms.items() if not is_quantity(t)]  # substring tests, no tokenizing
    scores = [sum(w for t, w in keys if t in folded[a:b]) for a, b in spans]
    if any(map(is_quantity, terms)):  # amounts and dates the query names, however the passage writes them
        for start, _, toks in quantities(flat):
            i = next((i for i, (a, b) in enumerate(spans) if a <= start < b), None)
            if i is not None:
                scores[i] += sum(terms.get(t, 0.0) for t in toks)
    best = flat[slice(*spans[max(range(len(spans)), key=lambda i: (scores[i], -i))])]
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
