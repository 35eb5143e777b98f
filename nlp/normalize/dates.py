"""Date mentions in Chinese and English text -> ISO dates (ROC years, year from context, ranges).

Use in a document walk: keep one `YearTracker` per document and feed it the passages in order;
it resolves year-less dates ("8 月 26 日", "同年 8 月", "隔年") with the last year seen:

    tracker = YearTracker(doc_date="2020-06-01")
    for passage in passages:
        for d in tracker.feed(passage.text):
            ...  # d.iso, d.precision, d.end_iso, d.kind, d.inferred
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace

from .numerals import CN_DIGIT_CHARS, CN_NUM_CHARS, parse_digit_string, parse_number
from .reldates import parse_relative_dates

log = logging.getLogger(__name__)

__all__ = ["DateMention", "YearTracker", "parse_date", "parse_dates", "roc_to_gregorian"]


@dataclass(frozen=True)
class DateMention:
    """A date, range or period found in text, with its span and ISO value."""

    start: int
    end: int
    raw: str
    iso: str
    precision: str                  # "day" | "month" | "year"
    end_iso: str | None = None      # last day/month/year of a range or period
    kind: str = "date"              # "date" | "range" | "period"
    inferred: bool = False          # the year came from context, not from the mention itself

    @property
    def year(self) -> int:
        """The (first) year of the mention."""
        return int(self.iso[:4])


def roc_to_gregorian(year: int) -> int:
    """Taiwan's Republic of China year to the Gregorian year (民國 109 年 = 2020)."""
    return int(year) + 1911


_SP = r"[ \t\u3000]*"           # spaces inside a mention
_SPN = r"[ \t\u3000]*(?:\n[ \t\u3000]*){0,2}"   # ... or a PDF line break between a number and its unit
_N = rf"(?:\d{{1,4}}|[{CN_NUM_CHARS}]{{1,5}})"
_MD = rf"(?:\d{{1,2}}|[{CN_NUM_CHARS}]{{1,3}})"
_MONTHS = {m: i for i, ms in enumerate([
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
    ("october", "oct"), ("november", "nov"), ("december", "dec")], 1) for m in ms}
_MON = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|" \
       r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
_REL_YEAR = {"今年": 0, "本年": 0, "去年": -1, "前年": -2, "明年": 1, "後年": 2, "后年": 2}
_CTX_YEAR = {"同年": 0, "當年": 0, "当年": 0, "該年": 0, "该年": 0, "隔年": 1, "翌年": 1, "次年": 1,
             "同年度": 0}

_MONTH_AFTER = re.compile(r"(?:\b(?:[Ii]n|[Ss]ince|[Bb]y|[Ff]rom|[Uu]ntil|[Ee]arly|[Ll]ate|[Mm]id)\s+|\bmid-)$")
# a sentence that tells something ahead: its bare months may lie later in the document's year
_AHEAD_EN = re.compile(r"\b(?:will|would|shall|to take effect|scheduled|plans?|planned|expected|due|set to|next)\b|"
                       r"\b(?:from|starting|beginning|effective|until|by)\s+(?:early |late |mid-?)?(?:January|February|March|April|May|June|July|"
                       r"August|September|October|November|December)\b", re.I)

_PATTERNS = [
    # 2018 年 7 月 6 日 / 民國 109 年 5 月 8 日 / 108 年度 / 二〇一九年五月十日 / 2020 年 2 月 17 / 今（112）年 6 月
    ("cn", re.compile(
        rf"(?:(?P<roc>民國|民国|中華民國|中华民国){_SP}|(?P<paren>[今本明去]){_SP}[（(]{_SP})?(?P<y>{_N})(?(paren){_SP}[)）])"
        rf"{_SPN}(?P<nd>年度|年)"
        rf"(?:{_SPN}(?P<m>{_MD}){_SPN}月(?:份)?(?:{_SPN}(?P<d>{_MD}){_SPN}(?P<dd>[日號号])"
        rf"|{_SP}(?P<d2>\d{{1,2}})(?![\d.,]|{_SP}[個个家項项億亿萬万兆天%％年月元名人件種种條条日號号]))?)?")),
    # 同年 8 月 / 隔年 3 月 / 今年 5 月 10 日 / 去年
    ("rel", re.compile(
        # ("擴產後年產能將…": "after the expansion, annual capacity", no year after next)
        rf"(?P<rel>同年度|同年|當年|当年|該年|该年|隔年|翌年|次年|今年|本年|去年|前年|明年|(?<![產产])(?:後年|后年)(?![產产]))"
        rf"(?:{_SP}(?:的{_SP})?(?P<m>{_MD}){_SPN}月(?:份)?(?:{_SPN}(?P<d>{_MD}){_SPN}[日號号])?)?")),
    # 2020 年 1~4 月, 2019 年 1-7 月, 1~4 月 (a month range inside one year)
    ("cnmr", re.compile(
        rf"(?:(?P<y>\d{{4}}|[{CN_DIGIT_CHARS}]{{4}}){_SPN}年{_SPN})?(?<![\d.])(?P<m>\d{{1,2}}|[{CN_NUM_CHARS}]{{1,3}})"
        rf"{_SP}(?:~|～|〜|－|-|–|至|到){_SP}(?P<m2>\d{{1,2}}|[{CN_NUM_CHARS}]{{1,3}}){_SPN}月(?:份)?"
        rf"(?!{_SP}\d|{_SP}[{CN_NUM_CHARS}]+{_SP}[日號号])")),
    # 8 月 26 日 / 8 月 (year from context)
    ("md", re.compile(
        rf"(?<![\d{CN_DIGIT_CHARS}年個个])(?P<m>{_MD}){_SPN}月(?:份)?(?:{_SPN}(?P<d>{_MD}){_SPN}[日號号])?")),
    # ISO and slashes: 2019-05-10, 2018/7/6, 2019/5, 2019.5.10, ROC 109/5/8
    ("num", re.compile(
        r"(?<![\d/.\-])(?P<y>(?:19|20)\d{2})(?P<sep>[-/.])(?P<m>\d{1,2})(?:(?P=sep)(?P<d>\d{1,2}))?(?![\d/]|\.\d)")),
    # a date as a URL path segment: /2018/11/19/
    ("path", re.compile(r"(?<=/)(?P<y>(?:19|20)\d{2})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?=/)")),
    ("rocnum", re.compile(r"(?<![\d/.\-])(?P<y>\d{2,3})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?![\d/])")),
    # May 16, 2019 / 16 May 2019 / July 2019 / May 16 (year from context)
    ("mdy", re.compile(rf"\b(?P<mon>{_MON})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{{2}})\b")),
    ("dmy", re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon>{_MON})\s*,?\s+(?P<y>(?:19|20)\d{{2}})\b")),
    ("my", re.compile(rf"\b(?P<mon>{_MON})\s*,?\s+(?:of\s+)?(?P<y>(?:19|20)\d{{2}})\b")),
    ("md_en", re.compile(rf"\b(?P<mon>{_MON})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:,\s*)?\d)")),
    # 17 June / 10 July (British and EU style, year from context)
    ("dm_en", re.compile(rf"(?<![\d.,])\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon>{_MON})\b(?!\s*,?\s*(?:19|20)\d{{2}})")),
    # a bare month after a preposition: "In January, the UAE and Malaysia signed …" (year from context; not "May")
    ("m_en", re.compile(r"\b(?P<mon>January|February|March|April|June|July|August|September|October|November|December)\b(?!\s*,?\s*\d)")),
    # a bare year: "in 2019", "2018-2019", "FY2020"
    ("y", re.compile(r"(?<![\d.,$/])(?:FY)?(?P<y>(?:19[5-9]|20[0-4])\d)(?![\d%％]|\.\d|,\d|[A-Za-z](?<!s)"
                     r"|\s*[億亿萬万兆元項项個个家件年名人條条種种])")),
]

# "至/到/~" between two dates makes a range; "前 10 個月/上半年/第一季" after a year makes a period.
_RANGE_SEP = re.compile(r"[ \t\u3000]*(?:至|到|~|～|〜|－|-|–|—|to|through|until|till|and)[ \t\u3000]*$")
_RANGE_DAY = re.compile(rf"{_SP}(?:至|到|~|～|〜|－|-|–|—){_SP}(?P<d>\d{{1,2}}|[{CN_NUM_CHARS}]{{1,3}}){_SP}[日號号]")
_PERIOD = re.compile(
    rf"{_SP}(?:(?:的)?前{_SP}(?P<first>\d{{1,2}}|[{CN_NUM_CHARS}]{{1,3}}){_SP}(?:個|个)?月"
    rf"|(?P<half>上半年|下半年|上半|下半)"
    rf"|第{_SP}(?P<q>[1-4一二三四]){_SP}季(?:度)?"
    rf"|(?P<end>年底|年末|底))")
_QUARTER_EN = re.compile(r"(?:\b(?P<q>Q[1-4])\s+(?P<y>(?:19|20)\d{2})\b|\b(?P<y2>(?:19|20)\d{2})\s*(?P<q2>Q[1-4])\b)")
# "second half of 2026", "H1 2027", "the first half of 2025": a half-year
_HALF_EN = re.compile(r"\b(?:(?P<w>first|second|1st|2nd)\s+half\s+of\s+|(?P<h>H[12])\s+)(?P<y>(?:19|20)\d{2})\b", re.I)


def _last_day(y: int, m: int) -> int:
    if m == 2:
        return 29 if (y % 4 == 0 and y % 100 != 0) or y % 400 == 0 else 28
    return 30 if m in (4, 6, 9, 11) else 31


def _valid(y: int, m: int | None, d: int | None) -> bool:
    if not 1800 <= y <= 2200:
        return False
    if m is not None and not 1 <= m <= 12:
        return False
    return d is None or (m is not None and 1 <= d <= _last_day(y, m))


def _iso(y: int, m: int | None = None, d: int | None = None) -> str:
    return f"{y:04d}" + (f"-{m:02d}" if m else "") + (f"-{d:02d}" if d else "")


def _precision(m, d) -> str:
    return "day" if d else "month" if m else "year"


def _num(raw: str | None) -> int | None:
    if not raw:
        return None
    v = parse_number(raw)
    return int(v) if v is not None and v == int(v) else None


# a part of a year after an ROC year: "115年第2季投產", "115年初試產", "114年底前", "115年上半年"
_ROC_PERIOD = re.compile(r"[ \t\u3000]*年[ \t\u3000]*(?:第[ \t\u3000]*[1-4一二三四][ \t\u3000]*季|初|底|中(?![國国文])|末|上半|下半)")


def _year_of(raw: str, roc: bool, nd: str, has_month: bool, text: str, start: int) -> int | None:
    """Gregorian year of a Chinese "N 年" mention, or None when N is not a calendar year."""
    before = text[max(0, start - 3):start].rstrip(" \t\u3000\n")
    if before and (before[-1].isdigit() or (before[-1] in "．.," and before[-2:-1].isdigit())):
        return None                      # "20\n19 年", "1.2019": part of another number, not ours to guess
    y = parse_digit_string(raw) if len(raw) >= 3 and not raw.isdigit() else _num(raw)
    if y is None:
        return None
    digits = len(str(y))
    if roc:
        return roc_to_gregorian(y) if 1 <= y <= 150 else None
    if digits == 4 and 1800 <= y <= 2200:
        return y
    if ((nd == "年度" or has_month or _ROC_PERIOD.match(text, start + len(raw)))
            and digits in (2, 3) and 1 <= y <= 150 and raw.isdigit()):
        return roc_to_gregorian(y)      # "108 年度", "109 年 5 月", "115年第2季", "115年底": Taiwan official dates
    return None


def _doc_year(doc_date: str | None) -> int | None:
    m = re.match(r"\s*(\d{4})", doc_date or "")
    return int(m.group(1)) if m else None


def _atoms(text: str, context_year: int | None, doc_date: str | None) -> list[DateMention]:
    """Every single-date mention, leftmost-longest, years carried forward through the text."""
    found: list[tuple[int, int, str, re.Match]] = []
    for name, rx in _PATTERNS:
        for m in rx.finditer(text):
            if m.end() > m.start():
                found.append((m.start(), m.end(), name, m))
    found.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    out: list[DateMention] = []
    year = context_year
    doc_year = _doc_year(doc_date)
    pos = 0
    for start, end, name, m in found:
        if start < pos:
            continue
        dm = _resolve(name, m, text, year, doc_year)
        if dm is None:
            continue
        if (name in ("m_en", "md_en", "dm_en") and dm.inferred and doc_date and year == doc_year and dm.iso[:7] > doc_date[:7]
                and (name == "m_en" or int(dm.iso[5:7]) - int(doc_date[5:7]) > 2) and not _AHEAD_EN.search(text)):
            # "opened an anti-dumping investigation in September" in a text of February: last September ("was suspended
            # … on Nov. 7" in a text of February: last November)
            dm = replace(dm, iso=f"{int(dm.iso[:4]) - 1}{dm.iso[4:]}")
        out.append(dm)
        pos = dm.end
        if not _cites_a_title(text, dm):
            year = int((dm.end_iso or dm.iso)[:4])
    return out


def _cites_a_title(text: str, dm: DateMention) -> bool:
    """A year in a law or book title (《1974 年貿易法》, 1962 年《貿易擴張法》, Trade Act of 1974) dates no event."""
    before = text[max(0, dm.start - 40):dm.start]
    if before.rfind("《") > before.rfind("》") or text[dm.end:dm.end + 2].lstrip()[:1] == "《":
        return True
    return dm.precision == "year" and bool(re.search(r"\bAct\s+of\s*$", before))


_ZH_BEFORE_YEAR = "至到在於于從从自及和與与迄止前後后的為为"
_PREPOSITIONS = frozenset("in by since until till from before after during through of for to and or early late "
                          "mid end fiscal year fy the around about between".split())


def _bare_year_ok(text: str, start: int, end: int) -> bool:
    """A bare four-digit number is a year unless it is a document number (2022-21658) or part of a
    name ("Made in China 2025", "AI 2030", "中國製造 2025")."""
    if re.match(r"[-–](?:\d{5}|(?!(?:19|20)\d\d\b)\d{4})", text[end:end + 6]):
        return False
    before = text[max(0, start - 20):start]
    if before[-1:] in ("-", "–") and not before[-2:-1].isdigit() and not re.search(r"(?:^|\W)(?:[Mm]id|[Ee]arly|[Ll]ate|[Ee]nd)[-–]$", before):
        return False                      # "ABC-2019", not the end of "2018-2019" nor "mid-2026"
    stripped = before.rstrip(" ")
    if len(before) - len(stripped) <= 1 and stripped[-1:] and "\u4e00" <= stripped[-1] <= "\u9fff" \
            and stripped[-1] not in _ZH_BEFORE_YEAR:
        return False                      # Chinese writes years with 年; "中國製造 2025" is a name
    word = re.search(r"([A-Za-z][A-Za-z.]*)[ ]$", before)
    if word and word.group(1)[0].isupper() and word.group(1).lower().rstrip(".") not in _PREPOSITIONS \
            and word.group(1).rstrip(".").lower() not in _MONTHS:
        return False
    return True


def _resolve(name: str, m: re.Match, text: str, year: int | None, doc_year: int | None) -> DateMention | None:
    g = m.groupdict()
    start, end = m.start(), m.end()
    inferred = False
    if name == "cn":
        mo = _num(g["m"])
        d = _num(g["d"] or g["d2"])
        # 今（112）年: Taiwan news writes this year's ROC number in brackets
        roc = bool(g["roc"]) or bool(g["paren"] and len(g["y"]) <= 3)
        y = _year_of(g["y"], roc, g["nd"], mo is not None, text, m.start("y"))
        if y is None:
            return None
        if g["roc"] is None:
            start = m.start("y")
        if mo is not None and not _valid(y, mo, None):
            mo, d = None, None
            end = m.end("nd")
        if d is not None and not _valid(y, mo, d):
            d = None
            end = text.index("月", m.end("m")) + 1
    elif name == "rel":
        rel = g["rel"]
        base = doc_year if rel in _REL_YEAR else year
        if base is None:
            log.debug("no year to resolve %r", m.group())
            return None
        y = base + (_REL_YEAR.get(rel) if rel in _REL_YEAR else _CTX_YEAR[rel])
        mo, d, inferred = _num(g["m"]), _num(g["d"]), True
    elif name == "cnmr":
        mo, m2 = _num(g["m"]), _num(g["m2"])
        if g["y"]:
            y = _year_of(g["y"], False, "年", True, text, m.start("y"))
        else:
            y, inferred = year, True
        if y is None or mo is None or m2 is None or not 1 <= mo < m2 <= 12:
            return None
        return DateMention(start, end, text[start:end], _iso(y, mo), "month", _iso(y, m2), "range", inferred)
    elif name == "md":
        if year is None:
            log.debug("no context year for %r", m.group())
            return None
        y, mo, d, inferred = year, _num(g["m"]), _num(g["d"]), True
    elif name in ("num", "rocnum", "path"):
        y, mo, d = int(g["y"]), int(g["m"]), _num(g.get("d"))
        if name == "rocnum":
            # ROC years in slashes: 3 digits (100+ = 2011+) or 2 digits from 50; "19/11/10" is not 1930
            y = roc_to_gregorian(y) if 50 <= y <= 150 else 0
        if name == "num" and g["sep"] in ".-" and d is None:
            return None                  # "2019.5", "2018-19": a decimal or a year range, not a month
    elif name == "m_en" and not _MONTH_AFTER.search(text, max(0, start - 12), start):
        return None  # a month alone counts after a preposition only ("In January, …", "since March")
    elif name in ("mdy", "dmy", "my", "md_en", "dm_en", "m_en"):
        mo = _MONTHS[g["mon"].rstrip(".").lower()]
        d = _num(g.get("d"))
        if g.get("y"):
            y = int(g["y"])
        elif year is not None:
            y, inferred = year, True
        else:
            return None
    else:  # bare year
        y, mo, d = int(g["y"]), None, None
        if not _bare_year_ok(text, m.start("y"), m.end("y")):
            return None
    if not _valid(y, mo, d):
        log.debug("invalid date %r", m.group())
        return None
    return DateMention(start, end, text[start:end], _iso(y, mo, d), _precision(mo, d), inferred=inferred)


def _periods(text: str, atoms: list[DateMention]) -> list[DateMention]:
    """Extend year/month atoms with a following period or day/month range ("2019 年前 10 個月")."""
    out = []
    for a in atoms:
        y = a.year
        rest = text[a.end:a.end + 16]
        if a.precision == "year":
            p = _PERIOD.match(rest)
            if p and (a.raw.endswith("年") or a.raw.endswith("年度") or p.group("end") is None):
                end = a.end + p.end()
                if p.group("first"):
                    n = _num(p.group("first"))
                    if n and 1 <= n <= 12:
                        a = replace(a, end=end, raw=text[a.start:end], iso=_iso(y, 1), end_iso=_iso(y, n),
                                    precision="month", kind="period")
                elif p.group("half"):
                    first = p.group("half").startswith("上")
                    a = replace(a, end=end, raw=text[a.start:end], iso=_iso(y, 1 if first else 7),
                                end_iso=_iso(y, 6 if first else 12), precision="month", kind="period")
                elif p.group("q"):
                    q = _num(p.group("q"))
                    a = replace(a, end=end, raw=text[a.start:end], iso=_iso(y, 3 * q - 2),
                                end_iso=_iso(y, 3 * q), precision="month", kind="period")
                elif p.group("end") and a.raw.rstrip().endswith("年"):
                    a = replace(a, end=end, raw=text[a.start:end], iso=_iso(y, 12), precision="month")
        elif a.precision == "day":
            r = _RANGE_DAY.match(rest)
            d2 = _num(r.group("d")) if r else None
            mo = int(a.iso[5:7])
            if d2 and int(a.iso[8:10]) < d2 <= _last_day(y, mo):
                end = a.end + r.end()
                a = replace(a, end=end, raw=text[a.start:end], end_iso=_iso(y, mo, d2), kind="range")
        if out and a.start < out[-1].end:
            continue
        out.append(a)
    return out


def _ranges(text: str, atoms: list[DateMention]) -> list[DateMention]:
    """Join "A 至 B" / "A to B" / "between A and B" into one range mention."""
    out: list[DateMention] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        if i + 1 < len(atoms) and a.kind == "date":
            b = atoms[i + 1]
            gap = text[a.end:b.start]
            sep = _RANGE_SEP.match(gap)
            is_and = sep and gap.strip() == "and"
            if sep and b.kind in ("date", "period") and b.iso >= a.iso and len(gap) <= 8 \
                    and (not is_and or re.search(r"between\s*$", text[max(0, a.start - 9):a.start])):
                out.append(DateMention(a.start, b.end, text[a.start:b.end], a.iso, a.precision,
                                       b.end_iso or b.iso, "range", a.inferred))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _quarters(text: str) -> list[DateMention]:
    out = []
    for m in _QUARTER_EN.finditer(text):
        y = int(m.group("y") or m.group("y2"))
        q = int((m.group("q") or m.group("q2"))[1])
        out.append(DateMention(m.start(), m.end(), m.group(), _iso(y, 3 * q - 2), "month", _iso(y, 3 * q), "period"))
    for m in _HALF_EN.finditer(text):
        y = int(m.group("y"))
        second = (m.group("w") or m.group("h")).lower() in ("second", "2nd", "h2")
        out.append(DateMention(m.start(), m.end(), m.group(), _iso(y, 7 if second else 1), "month", _iso(y, 12 if second else 6), "period"))
    return sorted(out, key=lambda d: d.start)


def parse_dates(text: str, *, context_year: int | None = None, doc_date: str | None = None) -> list[DateMention]:
    """All date mentions in `text`, in order; year-less ones take the last year seen (or `context_year`)."""
    if not isinstance(text, str) or not text:
        return []
    try:
        quarters = _quarters(text)
        atoms = [a for a in _atoms(text, context_year, doc_date)
                 if not any(q.start <= a.start < q.end for q in quarters)]
        merged = _ranges(text, _periods(text, atoms)) + quarters
        if doc_date:
            for a, b, iso in parse_relative_dates(text, doc_date):
                if not any(d.start < b and a < d.end for d in merged):
                    merged.append(DateMention(a, b, text[a:b], iso, "day" if len(iso) == 10 else "month", inferred=True))
        return _year_told_after(text, sorted(merged, key=lambda d: d.start), doc_date)
    except Exception:  # a parser must never take the pipeline down on odd input
        log.debug("date parsing failed on %r", text[:80], exc_info=True)
        return []


_YEAR_AFTER = re.compile(r",?\s+(?:of\s+)?(last|this|next) year\b", re.I)


def _year_told_after(text: str, found: list[DateMention], doc_date: str | None) -> list[DateMention]:
    """A day or month whose year a phrase after it gives relative to the text's ("July 14 last year"): that year."""
    doc_year = _doc_year(doc_date)
    if doc_year is None:
        return found
    out: list[DateMention] = []
    for d in found:
        m = _YEAR_AFTER.match(text, d.end) if d.inferred and d.kind == "date" and d.precision in ("day", "month") else None
        if m is not None:
            year = doc_year + {"last": -1, "this": 0, "next": 1}[m.group(1).lower()]
            d = replace(d, end=m.end(), raw=text[d.start:m.end()], iso=f"{year}{d.iso[4:]}", inferred=False)
        if out and out[-1].end > d.start and out[-1].start <= d.start and out[-1].raw != d.raw and d.end <= out[-1].end:
            continue  # ("last year" read on its own inside "July 14 last year")
        out.append(d)
    return out


def parse_date(text: str, *, context_year: int | None = None, doc_date: str | None = None) -> DateMention | None:
    """The first date mention in `text`, or None."""
    found = parse_dates(text, context_year=context_year, doc_date=doc_date)
    return found[0] if found else None


class YearTracker:
    """Carries the current year across the passages of one document (feed them in order)."""

    def __init__(self, doc_date: str | None = None, year: int | None = None):
        self.doc_date = doc_date
        self.year = year if year is not None else _doc_year(doc_date)

    def feed(self, text: str) -> list[DateMention]:
        """Date mentions of the next passage; updates the current year from its last explicit date."""
        found = parse_dates(text, context_year=self.year, doc_date=self.doc_date)
        for d in found:
            self.year = int((d.end_iso or d.iso)[:4]) if d.kind == "range" else d.year
        return found
