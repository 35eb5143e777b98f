"""Dates a news item gives relative to its own date: "on Wednesday", "16日發布", "今（20）日", "上週四", "last October",
"上月", "last month", "this year", "上週" / "last week" (a month: the one the week mostly falls in).

Only resolved when the document's date is known (a dated news item or notice). Conventions of wire copy:
a bare weekday is the latest such day on or before the item's date ("said on Wednesday" in a Thursday
story is the day before); a bare day of the month ("商務部 16 日發布公告") is in the item's month, or the
month before when the day is later than the item's; "last October" is the latest October before the
item's month. Durations ("16 日內", "within 30 days") are not dates.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

__all__ = ["parse_relative_dates"]

_WEEKDAYS_EN = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
_WEEKDAYS_ZH = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_MONTHS_EN = {m: i + 1 for i, m in enumerate("january february march april may june july august september october "
                                             "november december".split())}

_EN_WEEKDAY = re.compile(r"\b(?:(?P<last>last|this past|earlier this)\s+)?(?P<d>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_EN_DAYWORD = re.compile(r"\b(?P<w>today|yesterday)\b", re.I)
_EN_LAST_MONTH = re.compile(r"\b[Ll]ast (?P<m>January|February|March|April|May|June|July|August|September|October|November|December)\b")
# 今（20）日 / 昨（19）日 / 今日 / 昨天 / 上週四（16日）/ 本周三 / 商務部16日發布
# (also "昨（19日）": the day's number and 日 inside the brackets)
_ZH_TODAY = re.compile(r"(?P<w>今|昨|前|即(?=日起))\s*(?:(?:[（(]\s*(?P<d>\d{1,2})\s*[)）]\s*)?(?:日|天)(?![本前後后內内])"
                       r"|(?<=[今昨])[（(]\s*(?P<d2>\d{1,2})\s*日\s*[)）])")
_ZH_WEEK = re.compile(r"(?P<w>上|本|这|這|下)?\s*(?:週|周|星期|礼拜|禮拜)(?P<d>[一二三四五六日天])(?:\s*[（(]\s*(?P<dd>\d{1,2})\s*日?\s*[)）])?")
_ZH_MONTH_DAY = re.compile(r"(?P<w>本|上|下)\s*(?:月|個月|个月)\s*(?P<d>\d{1,2})\s*[日號号]")
# 本（8）月4日 / 上（6）月: Taiwan news writes the month's number in brackets
_ZH_PAREN_MONTH = re.compile(r"(?P<w>本|上|下)\s*[（(]\s*(?P<m>\d{1,2})\s*[)）]\s*月(?:\s*(?P<d>\d{1,2})\s*[日號号])?")
# 上月 / 上個月 / 本月 / 下月 (no day: "上月開工") and "last month" / "this year": a month or a year
_ZH_REL_MONTH = re.compile(r"(?P<w>上|本|下|這|这)\s*(?:個|个)?月(?!\s*\d)")
# "in September", "since March", "by late June": a month without a year is the latest such month up to the item's
_EN_BARE_MONTH = re.compile(r"\b(?:in|since|by|during|until|through|from|early|late|mid-?|earlier in|later in)\s+(?:early\s+|late\s+|mid-?)?"
                            r"(?P<m>January|February|March|April|May|June|July|August|September|October|November|December)\b"
                            r"(?!\s*\d|\s*,\s*\d)")
_EN_REL = re.compile(r"\b(?P<w>last|this|next|earlier this|later this)\s+(?P<u>month|year)\b", re.I)
# 上週 / 上周 / 本週 / 下週 / last week / this week / next week, no weekday: the month that week falls in (mostly)
_ZH_REL_WEEK = re.compile(r"(?P<w>上|本|這|这|下)\s*(?:個|个)?(?:週|周|星期|禮拜|礼拜)(?![一二三四五六日天])")
_EN_REL_WEEK = re.compile(r"\b(?P<w>last|this|next|earlier this|later this)\s+week\b", re.I)
_ZH_DAY = re.compile(r"(?<![\d年月第至到~～\-－.])(?<!\d\s)(?P<d>\d{1,2})\s*日(?!\s*(?:內|内|以|後|后|前|天|起算|左右|之內|之内|間|间))"
                     r"(?=\s*(?:[\u4e00-\u9fff（(，,]))")
_ZH_DAY_BEFORE = re.compile(r"[\u4e00-\u9fff）)」”\s]$")


def _latest_weekday(doc: date, wd: int, *, before: bool = False) -> date:
    back = (doc.weekday() - wd) % 7
    if before and back == 0:
        back = 7
    return doc - timedelta(days=back)


def _day_in_month(doc: date, d: int) -> date | None:
    y, m = doc.year, doc.month
    if d > doc.day:
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _month(doc: date, step: int) -> str:
    y, mo = divmod(doc.year * 12 + doc.month - 1 + step, 12)
    return f"{y:04d}-{mo + 1:02d}"


_AHEAD = re.compile(r"\b(?:will|expected to|expects? to|to take effect|take effect|scheduled|set to|due to|plans? to|planned for|"
                    r"starting|beginning|effective|until|by)\b[^.;]{0,40}$", re.I)


def parse_relative_dates(text: str, doc_date: str | None) -> list[tuple[int, int, str]]:
    """(start, end, ISO day or month) of every date ``text`` states relative to the document's date."""
    try:
        doc = date.fromisoformat((doc_date or "")[:10])
    except ValueError:
        return []
    out: list[tuple[int, int, str]] = []
    for m in _EN_WEEKDAY.finditer(text):
        day = _latest_weekday(doc, _WEEKDAYS_EN[m.group("d").lower()], before=bool(m.group("last")))
        out.append((m.start(), m.end(), day.isoformat()))
    for m in _EN_DAYWORD.finditer(text):
        out.append((m.start(), m.end(), (doc - timedelta(days=m.group("w").lower() == "yesterday")).isoformat()))
    for m in _EN_BARE_MONTH.finditer(text):
        mo = _MONTHS_EN[m.group("m").lower()]
        if _AHEAD.search(text, max(0, m.start() - 60), m.start()):
            y = doc.year if mo >= doc.month else doc.year + 1  # "expected to take effect in April": the next April
        else:
            y = doc.year if mo <= doc.month else doc.year - 1  # news tells of what happened: the last April
        out.append((m.start("m"), m.end("m"), f"{y:04d}-{mo:02d}"))
    for m in _EN_LAST_MONTH.finditer(text):
        mo = _MONTHS_EN[m.group("m").lower()]
        y = doc.year if mo < doc.month else doc.year - 1
        out.append((m.start(), m.end(), f"{y:04d}-{mo:02d}"))
    for m in _ZH_TODAY.finditer(text):
        if m.group("d") or m.group("d2"):
            day = _day_in_month(doc, int(m.group("d") or m.group("d2")))
        else:
            day = doc - timedelta(days={"今": 0, "即": 0, "昨": 1, "前": 2}[m.group("w")])  # "自即日起": from this day
        if day is not None:
            out.append((m.start(), m.end(), day.isoformat()))
    for m in _ZH_WEEK.finditer(text):
        if m.group("dd"):
            day = _day_in_month(doc, int(m.group("dd")))
        else:
            wd = _WEEKDAYS_ZH[m.group("d")]
            day = _latest_weekday(doc, wd, before=m.group("w") == "上")
            if m.group("w") == "上" and (doc - day).days < 7 and doc.weekday() >= wd:
                day -= timedelta(days=7)  # "上週四" on a Friday is eight days back, not yesterday
        if day is not None:
            out.append((m.start(), m.end(), day.isoformat()))
    for m in _ZH_MONTH_DAY.finditer(text):
        y, mo = doc.year, doc.month + {"本": 0, "上": -1, "下": 1}[m.group("w")]
        y, mo = (y - 1, 12) if mo == 0 else (y + 1, 1) if mo == 13 else (y, mo)
        try:
            out.append((m.start(), m.end(), date(y, mo, int(m.group("d"))).isoformat()))
        except ValueError:
            pass
    for m in _ZH_PAREN_MONTH.finditer(text):
        mo = int(m.group("m"))
        y = doc.year - (mo > doc.month and m.group("w") == "上") + (mo < doc.month and m.group("w") == "下")
        if 1 <= mo <= 12:
            iso = f"{y:04d}-{mo:02d}"
            try:
                out.append((m.start(), m.end(), date(y, mo, int(m.group("d"))).isoformat() if m.group("d") else iso))
            except ValueError:
                pass
    taken = [(a, b) for a, b, _ in out]
    for m in _ZH_REL_MONTH.finditer(text):
        if not any(a <= m.start() < b for a, b in taken):
            out.append((m.start(), m.end(), _month(doc, {"上": -1, "下": 1}.get(m.group("w"), 0))))
    for m in _EN_REL.finditer(text):
        step = {"last": -1, "next": 1}.get(m.group("w").lower(), 0)
        out.append((m.start(), m.end(), _month(doc, step) if m.group("u").lower() == "month" else f"{doc.year + step:04d}"))
    for m in [*_ZH_REL_WEEK.finditer(text), *_EN_REL_WEEK.finditer(text)]:
        step = {"上": -7, "last": -7, "下": 7, "next": 7}.get(m.group("w").lower(), 0)
        out.append((m.start(), m.end(), (doc + timedelta(days=step)).isoformat()[:7]))
    taken = [(a, b) for a, b, _ in out]
    for m in _ZH_DAY.finditer(text):
        if any(a <= m.start() < b for a, b in taken) or (m.start() and not _ZH_DAY_BEFORE.search(text[:m.start()])):
            continue
        day = _day_in_month(doc, int(m.group("d")))
        if day is not None and 1 <= int(m.group("d")) <= 31:
            out.append((m.start(), m.end(), day.isoformat()))
    return sorted(out)
