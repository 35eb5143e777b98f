"""Passage[]/Table[] -> Event[]: one module per event family, tables.py for table rows, merge.py for dedup."""
from __future__ import annotations

import re
from datetime import date
from dataclasses import replace

from ..normalize.firm_names import english_firm_name
from ..normalize.names import find_names, name_country
from ..types import Document, Event, Passage

__all__ = ["document_date", "extract_events"]

# Where a document states its own date: notice metadata, news headers ("time: 2019-05-15 11:45").
_DOC_DATE = (
    re.compile(r"original_published:\s*[\"']?(\d{4}-\d{2}-\d{2})"),
    re.compile(r"\*\*Original Published:\*\*\s*([A-Z][a-z]+ \d{1,2}, \d{4})"),
    re.compile(r"(?:(?<![A-Za-z])time|[Pp]ublication date|(?<![A-Za-z])published|發布時間|发布时间|發佈日期|发布日期)\s*[:：]\s*\**\s*"
               r"(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|[A-Z][a-z]+ \d{1,2}, \d{4})", re.I),
    re.compile(r"^\s*date\s*[:：]\s*(\d{4}-\d{2}-\d{2})", re.I | re.M),
)
_FRONT_MATTER = re.compile(r"\A\s*---\n.*?\n---\s*\n", re.S)
_HEADING = re.compile(r"^#{1,6} .*$", re.M)
# Metadata lines of scraped items ("title: …", "keywords: …"): the body states the events, these restate them.
# (lower case, as scrapers write them: a Federal Register text's "SUMMARY:" is its body)
_META = re.compile(r"^(?:[Tt]itle|[Tt]ime|[Dd]ate|[Kk]eywords|[Tt]ags|[Ss]ource|[Uu]rl|[Ll]ink|[Aa]uthor|[Cc]ategories|[Ll]ayout|[Ss]ummary\d*|"
                   r"[Aa]bstract|[Dd]escription)\s*[:：].*$", re.M)


def document_date(doc: Document) -> str | None:
    """The document's own date (ISO day): Document.date, else the first date its header states."""
    if doc.date:
        return doc.date
    from ..normalize.dates import parse_dates

    head = doc.pages[0].text[:3000] if doc.pages else ""
    for pat in _DOC_DATE:
        m = pat.search(head)
        if m:
            ds = parse_dates(m.group(1))
            if ds and ds[0].precision == "day":
                return ds[0].iso
    return None


def _skips(text: str) -> list[tuple[int, int]]:
    """Spans that restate rather than state: YAML front matter and Markdown headings."""
    out = []
    m = _FRONT_MATTER.match(text)
    if m:
        out.append((m.start(), m.end()))
    out += [(h.start(), h.end()) for h in _HEADING.finditer(text)]
    out += [(h.start(), h.end()) for h in _META.finditer(text)]
    return out


def _table_spans(doc: Document) -> dict[int, list[tuple[int, int]]]:
    """Per page, the (start, end) of the tables the reader found on it."""
    return {p.number: [(t.start, t.end) for t in doc.tables if t.page == p.number and t.start is not None] for p in doc.pages}


def model_skips(doc: Document) -> dict[int, list[tuple[int, int]]]:
    """Per page, the spans the sentence model does not read: tables (a table of sentences included: the rules read
    it row by row), front matter, headings and metadata lines. Fitting and extraction both use it."""
    tables = _table_spans(doc)
    return {p.number: tables[p.number] + _skips(p.text) for p in doc.pages}


def extract_events(doc: Document, passages: list[Passage], *, learned: bool = True) -> list[Event]:
    """Events stated in a document's prose and tables, each with its evidence, mentions merged.

    ``passages`` is accepted for the pipeline's signature; rules read whole pages so that context
    (the year, the actor of the sentence before) crosses passage boundaries. ``learned``: the sentence model
    (nlp/events/learned.py) also proposes events for sentences the rules find none in.
    """
    from .merge import merge_events
    from .prose import Context, extract_prose, filer, home_state, is_cjk_text, issuer, masthead, press_firm
    from .tables import aimed_at, header_text, lead_parties, narrative, table_events

    doc_date = document_date(doc)
    ctx = Context(year=int(doc_date[:4]) if doc_date else None, issuer=issuer(doc.title), home=home_state(doc.title),
                  masthead=masthead(doc.pages[0].text) if doc.pages else None,
                  # (an official explaining the body's own step, "…办公室有关负责人就2026年关税调整方案答记者问"; not a spokesperson's
                  # answers on other states' measures, "商务部新闻发言人就美方制裁…答记者问")
                  answers=bool(re.search(r"(?:負責人|负责人)[^。]*(?:答記者問|答记者问)", doc.title or "")))
    if ctx.home is None and doc.pages and not is_cjk_text(doc.title or ""):
        # a transcript's or release's place line ("SENATE / … / WEDNESDAY, 25 FEBRUARY 2026 / CANBERRA"): the capital's state
        from .english import CAPITALS
        head = [ln.strip() for ln in doc.pages[0].text.splitlines()[:14] if ln.strip()]
        ctx.home = next((st for ln in head for cap, st in CAPITALS.items() if ln.upper() == cap.upper()), None)
    company = filer(doc.title)
    releaser = press_firm(doc.title) if company is None else None  # an English release's firm ("… to Build … Plant")
    if releaser is not None:
        ctx.aliases.update({"the company": releaser, "the Company": releaser})
        ctx.firm = releaser  # (the firm the release is by, until its text names another)
    if company is not None:  # a filing's "公司" is the firm its title names, until the text defines it
        ctx.aliases.update({"公司": company, "本公司": company, "董事會": company, "董事会": company})
    events: list[Event] = []
    headers: dict[str, str] = {}  # caption -> header seen so far, for tables continued over pages
    # "国外对华日用陶瓷…贸易救济案件": the state a document's measures are aimed at, for table rows that name none
    aimed = aimed_at(doc.title or "")
    aimed = aimed[0] if len(set(aimed)) == 1 else None
    for page in doc.pages:
        # a table of sentences is read as prose, row by row
        tables = [t for t in doc.tables if t.page == page.number and not narrative(t, page.text)]
        skip = [(t.start, t.end) for t in tables if t.start is not None] + _skips(page.text)
        prose = extract_prose(doc.doc_id, page.number, page.text, doc_date=doc_date, skip=skip, ctx=ctx)
        events += prose
        for t in tables:
            prior = headers.get(t.caption) if t.caption else None
            rows = [_from_above(e, prose, t, page.text) for e in table_events(doc.doc_id, t, page.text, continued_from=prior,
                                                                    year=int(doc_date[:4]) if doc_date else ctx.year, doc_date=doc_date)]
            # (a register of firms' investments that nothing above dates: the item's own day)
            rows = [e if "dated_by_item" not in e.extra else replace(
                e, date=e.date or e.extra["dated_by_item"],
                extra={**{k: v for k, v in e.extra.items() if k != "dated_by_item"}, **({} if e.date else {"date_from": "document"})})
                for e in rows]
            # a table's measures with no state of their own ("產品 | 涉案國 | 措施 | 稅率"): the document's state acts
            # (or the body whose release it is: "農業部動植物防疫檢疫署新聞稿" over "國家/地區 | 品項 | 措施 | 生效日", whose rows'
            # states are where the goods it stops or lets in come from: "美國愛達荷州… | 禽類、禽肉及其產品 | 暫停輸入")
            rows = [replace(e, actor=ctx.masthead, target=(e.actor,)) if ctx.masthead and e.actor and e.actor != ctx.masthead
                    and e.type == "other" and not e.target and _IMPORTS_STOPPED.fullmatch(e.extra.get("description") or "") else e for e in rows]
            events += [replace(e, actor=ctx.home or ctx.masthead) if e.actor is None and (ctx.home or ctx.masthead) and e.type != "relocation"
                       else e for e in rows]
            if t.caption:
                headers[t.caption] = header_text(t) if prior is None else prior + " " + header_text(t)
    from .flattables import flat_table_events

    claimed = {t.caption for t in doc.tables if t.caption}
    events += flat_table_events(doc.doc_id, [(p.number, p.text) for p in doc.pages], claimed, _table_spans(doc))
    if learned:
        from .learned import sentence_events

        events += sentence_events(doc, events, model_skips(doc), doc_date, int(doc_date[:4]) if doc_date else None,
                                  firm=company or releaser)
    if aimed:
        # "新兴市场对华贸易救济追踪" over "国家 | 产品 | 程序 | 日期": a row's state is the one acting on the state the title names
        events = [replace(e, actor=e.extra["state_cell"], target=(aimed,)) if e.source == "table" and e.actor is None
                  and e.extra.get("state_cell") not in (None, aimed) and e.target == (e.extra["state_cell"],) else e for e in events]
    # (the row's state cell is the reader's note, not part of the event)
    events = [replace(e, extra={k: v for k, v in e.extra.items() if k != "state_cell"}) if "state_cell" in e.extra else e for e in events]
    merged = merge_events(events)
    if aimed:
        spans = [(t.page, t.start, t.end) for t in doc.tables if t.start is not None]
        merged = [replace(e, target=(aimed,)) if not e.target and e.actor and e.actor != aimed and e.type in ("tariff", "export_control", "sanction", "other")
                  and (e.source == "table" or any(p == e.page and a <= (e.start or -1) < b for p, a, b in spans)) else e for e in merged]
    # a table of sentences read as prose keeps the parties its lead-in names ("韓國對中國大陸化學品採取之主要措施如下："):
    # a row's measure with no target of its own hits the state the lead-in names, by the state it names as acting
    pages = {p.number: p.text for p in doc.pages}
    for t in doc.tables:
        if t.start is None or not narrative(t, pages.get(t.page, "")):
            continue
        actor0, target0 = lead_parties(t, pages.get(t.page, ""))
        if target0:
            merged = [replace(e, target=tuple(target0)) if e.page == t.page and t.start <= (e.start or -1) < (t.end or t.start)
                      and not e.target and e.actor == actor0 and e.type in ("tariff", "export_control", "sanction", "other") else e
                      for e in merged]
    merged = _firms_own(_date_carried(_actor_carried(_target_carried(merged)), pages), doc, company, releaser, ctx.aliases, doc_date)
    # a register's rows with no state of their own ("公告日期 | 产品 | 涉案国家 | 调查类型 | 结果或进展" in a report on one
    # ministry's cases): the one state the text tells taking measures of that kind
    acting = {t: {e.actor for e in merged if e.type == t and e.source == "prose" and e.actor and name_country(e.actor) == e.actor}
              for t in {e.type for e in merged if e.source == "table" and e.actor is None and e.type != "relocation"}}
    merged = [replace(e, actor=next(iter(acting[e.type]))) if e.source == "table" and e.actor is None and len(acting.get(e.type, ())) == 1
              else e for e in merged]
    if any(e.source == "table" and e.actor is None and e.type != "relocation" for e in merged):
        # … else the one state whose government bodies the text above the table names ("商务部共发布贸易救济类公告6项")
        bodies: dict[int, list[tuple[int, str]]] = {}  # a page's government bodies, found once: (offset, state)
        merged = [replace(e, actor=body) if e.source == "table" and e.actor is None and e.type != "relocation"
                  and (body := _body_above(bodies, pages, e.page, e.start)) and body not in e.target else e for e in merged]
    if ctx.home and not is_cjk_text(doc.title or ""):
        # an English item whose title names the one state acting ("EU adopts 16th package …"): a measure its text tells
        # with no actor ("The Council listed 74 additional vessels …") is that state's
        merged = [replace(e, actor=ctx.home) if e.actor is None and e.type != "relocation" else e for e in merged]
    if doc_date:
        # a measure that takes effect after the item's own date had not been carried out when it was written
        merged = [replace(e, status="planned") if e.status == "implemented" and _starts_after(e, doc_date) else e
                  for e in merged]
        # An undated statement in a dated item (news: "特朗普上周…") keeps date null, as the contract says,
        # and says when it was reported, so an analyst can still place it on a timeline.
        merged = [e if e.date else replace(e, extra={**e.extra, "reported_date": doc_date}) for e in merged]
    return _firms_in_english(merged, pages)


def _body_above(bodies: dict, pages: dict[int, str], page_no: int, start: int | None) -> str | None:
    """The one state whose agencies page ``page_no`` names before ``start``, or None (``bodies`` keeps each page's
    agencies once read, for the other rows of its tables)."""
    from .arguments import state_of

    if start is None:
        return None
    if page_no not in bodies:
        bodies[page_no] = [(n.start, st) for n in find_names(pages.get(page_no, ""))
                           if n.kind == "agency" and (st := state_of(n.canonical, n.kind))]
    states = {st for at, st in bodies[page_no] if at < start}
    return states.pop() if len(states) == 1 else None


def _firms_in_english(events: list[Event], pages: dict[int, str]) -> list[Event]:
    """Actors are English names (CONTRACT): a firm named only in Chinese gets its English name
    (nlp.normalize.firm_names), the name as the document writes it is kept in ``extra["actor_name"]``."""
    text = "\n".join(pages.values())
    out = []
    for e in events:
        # a Japanese or Korean firm's name is not read in pinyin (住友重工 is Sumitomo's; 北辰 is not Beichen)
        foreign = e.extra.get("nationality") in ("Japan", "South Korea")
        en = english_firm_name(e.actor, text, known_only=foreign) if e.actor else None
        out.append(replace(e, actor=en, extra={**e.extra, "actor_name": e.actor}) if en else e)
    return out


_STATE_TYPES = ("tariff", "export_control", "sanction", "other", "investment_restriction")
_TARGETED = ("tariff", "export_control", "sanction", "other")


def _date_carried(events: list[Event], pages: dict[int, str]) -> list[Event]:
    """A prose measure told with no date of its own in the paragraph of a dated one ("商务部…3月4日宣布…。另将10家美国
    实体列入不可靠实体清单"): the date of the measure told in a sentence just before it, in the same paragraph
    (``extra["date_from"]`` says so); a clause of the same sentence keeps the date the sentence gave it. ``pages``: page
    number -> text."""
    out = list(events)
    last: Event | None = None
    for i in _page_order(events):
        e = events[i]
        if (e.date is None and e.source != "table" and last is not None and last.date and last.page == e.page
                and last.end is not None and e.start is not None and 0 <= e.start - last.end <= 300
                and "\n\n" not in (gap := pages.get(e.page, "")[last.end:e.start].replace("\r", ""))
                and (re.search(r"[。！？!?]|\.\s", gap) or pages.get(e.page, "")[max(0, last.end - 1):last.end] in ("。", "！", "？", "!", "?", "."))):
            # (a sentence later, never a clause of the same sentence: "因應美國自5月10日起…加徵…，本公司將…移轉至越南")
            out[i] = e = replace(e, date=last.date, extra={**e.extra, "date_from": "context"})
        if e.source != "table" and e.date:
            last = e
    return out


def _actor_carried(events: list[Event]) -> list[Event]:
    """A state's measure told with no actor ("the Ministry of Finance imposed anti-dumping duty on …" after "India …"):
    the actor of the state measure told just before it in the same page, within a few sentences."""
    out = list(events)
    last: Event | None = None
    for i in _page_order(events):
        e = events[i]
        if (e.actor is None and e.type in _STATE_TYPES and last is not None and last.actor and last.page == e.page
                and 0 <= (e.start or 0) - (last.end or 0) <= 600 and last.actor not in e.target):
            out[i] = e = replace(e, actor=last.actor)
        if e.type in _STATE_TYPES and e.source != "table":
            last = e
    return out


def _target_carried(events: list[Event]) -> list[Event]:
    """A prose measure that names no target, told within a few sentences after a tariff, control, sanction or other
    measure by the same actor that does, hits the same parties ("美方對中國商品加徵25%關稅……美方並宣布將另對…加徵10%")."""
    from .prose import EXPORT_DUTY, GROUP_AIMED

    out = list(events)
    last: Event | None = None
    for i in _page_order(events):
        e = events[i]
        if (not e.target and e.source != "table" and e.actor and last is not None and last.target and last.actor == e.actor
                and not GROUP_AIMED.search(e.evidence) and not EXPORT_DUTY.search(e.evidence)
                and last.type in _TARGETED and e.type in _TARGETED and last.page == e.page
                and 0 <= (e.start or 0) - (last.end or 0) <= 600 and e.actor not in last.target):
            out[i] = e = replace(e, target=last.target)
        if e.source != "table":
            last = e
    return out


def _page_order(events: list[Event]) -> list[int]:
    """Indices of ``events`` in the order they are told: page, then offset."""
    return sorted(range(len(events)), key=lambda i: (events[i].page or 0, events[i].start or 0))


# a register's measure cell that is an import step alone, its object the row's state ("暫停輸入", "解除暫停輸入", "恢復輸入")
_IMPORTS_STOPPED = re.compile(r"\s*(?:暫停|暂停|禁止|恢復|恢复|解除(?:暫停|暂停)?|解除禁止)(?:輸入|输入|進口|进口)\s*")


def _from_above(row: Event, prose: list[Event], table, page: str = "") -> Event:
    """A table row with no date of its own (a decision's rates by country or product, "產地 | 廠商 | 臨時反傾銷稅率"):
    the decision told just above the table, in the same page, dates it and names who acts and, if the row names
    none, whom it targets."""
    if row.date is not None or table.start is None or table.caption:  # (a captioned table's undated row is a total)
        return row
    def told_above(type_: str) -> list[Event]:
        return [e for e in prose if e.type == type_ and e.end is not None and e.end <= table.start and e.date]

    above = told_above(row.type)
    if not above and row.type == "relocation":
        # "投審司昨（19）日…核准6件…對外投資案" over "申請人 | 投資地區 | 投資金額 | 投資內容": the projects approved that day,
        # each its firm's plan
        approved = told_above("investment_restriction")
        return replace(row, date=approved[-1].date, status=row.status or "planned") if approved else row
    if not above:
        return row
    # (the decision on the row's state, when the text above tells several: "…issuing AD orders on … from Bulgaria, Egypt
    # and Morocco. … terminating the investigation of sanitaryware from Türkiye")
    # (and a schedule of rates is a determination's, not the investigation's opening told in the background above)
    aimed = [e for e in reversed(above) if set(e.target) & set(row.target)] or list(reversed(above))
    # (but the step the paragraph right over the table tells is the rows': "Commerce is also revoking the AD order on … from
    # China. … we are initiating the sunset reviews of the following AD and CVD orders:" over a China row)
    para = page.rfind("\n\n", 0, len(page[:table.start].rstrip())) if page else -1
    lead = [e for e in reversed(above) if para >= 0 and e.start is not None and e.start > para and (
        not e.target or set(e.target) & set(row.target))]
    aimed = lead[:1] + [e for e in aimed if e not in lead[:1]]
    src = next((e for e in aimed if e.status != "considering"), aimed[0]) if row.rate_pct is not None else aimed[0]
    # (a row that sets a rate is no revocation, whatever else the step above ends: "对下表所列商品实施、调整或取消进口暂定税率")
    sets_rate = src.status == "revoked" and row.rate_pct is not None
    status = (row.status or "implemented") if sets_rate else src.status if row.status in (None, "implemented") else row.status
    return replace(row, date=src.date, actor=row.actor or src.actor, target=row.target or src.target, status=status,
                   extra={**row.extra, **({"effective": src.extra["effective"]} if src.extra.get("effective") else {})})


def _starts_after(e, doc_date: str) -> bool:
    """Whether the event is dated, or takes effect (``extra["effective"]``), after the document's own date."""
    return any(d and d > doc_date[:len(d)] for d in (e.date, e.extra.get("effective")))


_FILING_DAY = re.compile(r"(?:事實發生日|事实发生日|董事會決議日期|董事会决议日期|董事會決議日|董事会决议日)\s*[：:]\s*(\d{2,4})\s*[/.\-年]\s*(\d{1,2})\s*[/.\-月]\s*(\d{1,2})|"
                         # "公司于2025年11月3日召开第四届董事会第十五次会议，审议通过…"
                         r"(?:于|於)\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:以[^。，]{0,12})?(?:召开|召開)[^。，]{0,16}?(?:董事会|董事會)")


def _firms_own(events: list[Event], doc: Document, company: str | None, releaser: str | None, aliases: dict,
               doc_date: str | None) -> list[Event]:
    """A company's filing (``company``, the filer) or release (``releaser``) tells its own moves: their firm, stage and
    day where the text leaves them to it."""
    if company is not None:
        # a filing's plant, capital injection or closure with no firm named is the filer's own (by the name the text
        # gives it, "宇鏵能源（YH Energy）"), and one it tells without a word of its stage is a decision it reports
        own = aliases.get("本公司") or aliases.get("公司") or company
        # (a state is no firm: "…大陸內需訂單改由本公司桃園觀音廠支援" names where orders go, not who moves)
        events = [replace(e, actor=own if e.actor in (None, company) or name_country(e.actor) == e.actor else e.actor,
                          status=e.status or "planned") if e.type == "relocation" else e for e in events]
    elif releaser is not None:
        # an English release's plants told without their firm are the firm its title opens with ("Lumaris Electronics to Build …")
        events = [replace(e, actor=releaser) if e.actor is None and e.type == "relocation" else e for e in events]
    # a filing's items are decisions of the day the filing states ("1.事實發生日：114/11/12", "董事會決議日期：108/08/13",
    # else the filing's own date): an item told without a date of its own, or only with when a plant starts ("115年第三季"),
    # took effect or was decided on that day
    filed = _filing_day(doc) or (doc_date if company is not None else None)
    if filed:
        events = [replace(e, date=filed) if e.type in ("relocation", "investment_restriction") and (
            e.date is None or (e.extra.get("effective") and filed.startswith(e.date) and len(e.date) == 4)) else e for e in events]
    return events


def _filing_day(doc) -> str | None:
    """The day a company filing states its decision was made (ROC years resolved), or None."""
    for page in doc.pages[:2]:
        m = _FILING_DAY.search(page.text)
        if m:
            g = m.groups()[:3] if m.group(1) else m.groups()[3:]
            y = int(g[0])
            y = y + 1911 if y < 1000 else y
            try:
                return date(y, int(g[1]), int(g[2])).isoformat()
            except ValueError:
                return None
    return None
