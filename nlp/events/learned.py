"""Events the trigger lexicons miss, proposed by a sentence model and filled in by the rules' argument pickers.

The rules recognise a measure by its trigger words; a document in a register they were never tuned on states
measures in words they do not know (on blind sets written after the last pass, about a third of the annotated
events sit in sentences where the rules find nothing). Two logistic regressions over character 1-3-grams of
script-folded text, fitted on the annotated blind sets (`bench/fit_event_sentences.py`, saved as JSON + npz in
`models/event_sentences/`), read those sentences: ``detector`` (fitted on the sentences where the rules find no
event: does this one state one?) and ``typer`` (fitted on every annotated sentence: which type?). A sentence the
detector scores at or above its threshold becomes an event of the typer's type; date, actor, targets, amount,
rate, count, status, products and destinations come from the same pickers the rules use. Such events carry
``extra["learned"]`` (the detector's probability) and a lower confidence; a rule's event on the same sentence
always wins. Documents longer than ``MAX_DOC_CHARS`` are left to the rules.
"""
from __future__ import annotations

import json
import logging
import re
from functools import lru_cache
from pathlib import Path

from ..clean import is_heading
from ..errors import ModelUnavailable
from ..tagmodel import SupervisedThemeModel
from ..types import Document, Event
from . import english as en
from .arguments import (hedged, pick_actor, pick_amount, pick_count, pick_date, pick_products, pick_rate, pick_status, pick_subject,
                        pick_targets, scan, state_of)
from .firms import zh_firm_subject
from .prose import FAMILIES, event_id
from .relocation import destinations_zh
from .sentences import is_cjk_text, split_sentences

log = logging.getLogger(__name__)

MODEL_DIR = Path(__file__).resolve().parents[2] / "models" / "event_sentences"
# sentences not worth reading: too short to state a measure, or a line of a table, a source, a byline
_MIN_CHARS = 12
# the documents it was fitted on are news items, notices, filings and briefs of under 3,000 characters; a long report
# or a Federal Register notice reads otherwise (its background and programme descriptions look like measures), so the
# model reads documents up to a few times that length and leaves longer ones to the rules
MAX_DOC_CHARS = 20_000
_NOT_PROSE = re.compile(r"^\s*(?:\||[-=]{3,}|(?:資料來源|资料来源|來源|来源|Sources?|Note|註|注)\s*[:：])")


@lru_cache(maxsize=1)
def _models():
    """(detector, typer, threshold), or None when the folder is missing (the rules then run alone)."""
    try:
        detector = SupervisedThemeModel.load(MODEL_DIR / "detector")
        typer = SupervisedThemeModel.load(MODEL_DIR / "typer")
        params = json.loads((MODEL_DIR / "manifest.json").read_text(encoding="utf-8"))
    except (ModelUnavailable, OSError, ValueError) as e:
        log.warning("event sentence model unavailable (%s): events come from the rules alone", e)
        return None
    return detector, typer, float(params["threshold"])


def candidates(doc: Document, events: list[Event], skips: dict[int, list[tuple[int, int]]]) -> list[tuple[int, int, int, str]]:
    """(page, start, end, text) of the prose sentences no rule event touches and no trigger of the lexicons is in
    (tables and skipped spans left out): a sentence the rules read and turned down (a domestic tax, a measure denied,
    hedged or only called for) stays turned down; the model reads the words the lexicons lack."""
    taken: dict[int, list[tuple[int, int]]] = {}
    for e in events:
        if e.start is not None and e.end is not None:
            taken.setdefault(e.page, []).append((e.start, e.end))
    out = []
    for page in doc.pages:
        busy = taken.get(page.number, []) + skips.get(page.number, [])
        for s, e in split_sentences(page.text):
            text = page.text[s:e]
            if (len(text.strip()) < _MIN_CHARS or _NOT_PROSE.match(text) or is_heading(text)
                    or any(a < e and s < b for a, b in busy)
                    or any(f.zh.search(text) or (f.en is not None and f.en_hits(text)) for f in FAMILIES)):
                continue
            out.append((page.number, s, e, text))
    return out


def sentence_events(doc: Document, events: list[Event], skips: dict[int, list[tuple[int, int]]], doc_date: str | None,
                    year: int | None, firm: str | None = None) -> list[Event]:
    """Events for the sentences no rule reads as one and the sentence model does (none without the model); ``firm`` is
    the company whose filing or release the document is, the firm of a move whose sentence names none."""
    if sum(len(p.text) for p in doc.pages) > MAX_DOC_CHARS:
        return []
    models = _models()
    if models is None:
        return []
    detector, typer, threshold = models
    cands = candidates(doc, events, skips)
    if not cands:
        return []
    texts = [c[3] for c in cands]
    p = detector.predict_proba(texts)[:, 0]
    keep = [i for i in range(len(cands)) if p[i] >= threshold]
    if not keep:
        return []
    kinds = typer.predict_proba([texts[i] for i in keep])
    out = []
    pages = {pg.number: pg.text for pg in doc.pages}
    for j, i in enumerate(keep):
        page_no, s, e, text = cands[i]
        typ = typer.classes_[int(kinds[j].argmax())]
        ev = _build(doc.doc_id, page_no, pages[page_no], s, e, typ, float(p[i]), doc_date, year, firm)
        if ev is not None:
            out.append(ev)
    return out


def _build(doc_id: str, page_no: int, page: str, s: int, e: int, typ: str, prob: float, doc_date: str | None,
           year: int | None, doc_firm: str | None = None) -> Event | None:
    """One event of type ``typ`` stated by the sentence ``page[s:e]``, its arguments read as the rules read them."""
    text = page[s:e]
    if hedged(text):
        return None  # "据报道…可能…": what may happen is no measure
    fam = next(f for f in FAMILIES if f.type == typ)
    english = not is_cjk_text(text)
    found = scan(text, context_year=year, doc_date=doc_date)
    end = len(text)
    if english:
        date = en.event_date(text, found.dates, year=year, last_date=None)
        actor = pick_subject(text, found) or pick_actor(text, found, 0, end, 0)[0]
    else:
        d = pick_date(text, found, 0, end, 0)
        date = d.iso if d is not None else None
        # no trigger to stand before: the first state the sentence names outside a target slot (its subject, as a rule)
        actor = pick_actor(text, found, 0, end, 0)[0]
    if date is None:
        return None  # a measure the rules did not see is taken only when the sentence says when (and who, below)
    destination: list[str] = []
    if typ == "relocation":
        firm = next((n.canonical for n in found.names if n.kind == "company"), None)
        firm = firm or (en.firm_subject(text) if english else zh_firm_subject(text, found.names, 0, end)) or doc_firm
        if firm is None:
            return None  # a move needs the firm that moves
        actor = firm
        destination = ([c for n in found.names if (c := state_of(n.canonical, n.kind)) and c not in ("China", actor)][:2] if english
                       else destinations_zh(text, found.names, 0, end))
    if actor is None:
        return None
    targets = pick_targets(text, found, 0, end, actor, firms=typ != "tariff")
    # (a sentence with several percentages and no trigger to read them by leaves the rate open)
    one = len([r for r in found.rates if r.kind == "percent"]) == 1 or bool(found.rate_changes)
    rate, _ = pick_rate(found, 0, end) if fam.keeps_rate and one else (None, None)
    status = en.status_of(text, dated=True) if english else pick_status(text, 0, end, 0, dated=True)
    return Event(
        id=event_id(doc_id, page_no, s, e, typ), type=typ, date=date, actor=actor, target=tuple(t for t in targets if t != actor),
        amount_usd=pick_amount(found, 0, end), rate_pct=rate,
        items=pick_count(found, 0, end, fam.count_units) if fam.count_units else None,
        destination=tuple(destination), status=status or "implemented",
        confidence=round(0.5 * prob, 3), doc_id=doc_id, page=page_no, products=pick_products(text, 0, end),
        evidence=text, start=s, end=e, source="prose", extra={"learned": round(prob, 3)},
    )
