"""Money amounts, rates (%, percentage points, fractions) and counts in Chinese and English text."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from .numerals import CN_NUM_CHARS, parse_number

log = logging.getLogger(__name__)

__all__ = ["Amount", "Count", "Rate", "RateChange", "parse_amounts", "parse_counts", "parse_rate_changes", "parse_rates"]


@dataclass(frozen=True)
class Amount:
    """A money amount (or range) with its span; `value` is the low end of a range."""

    start: int
    end: int
    raw: str
    value: float
    currency: str | None
    currency_inferred: bool = False
    usd: float | None = None
    low: float | None = None
    high: float | None = None


@dataclass(frozen=True)
class Rate:
    """A percentage, a range of percentages, percentage points or a fraction (as a percentage)."""

    start: int
    end: int
    raw: str
    low: float
    high: float | None = None
    kind: str = "percent"           # "percent" | "points" | "fraction"

    @property
    def value(self) -> float | tuple[float, float]:
        """The CONTRACT's rate_pct: a number, or (low, high) for a range."""
        return self.low if self.high is None else (self.low, self.high)


@dataclass(frozen=True)
class RateChange:
    """A rate moving from `old` to `new` ("from 15 percent to 7.5 percent", "由 10% 提高到 25%")."""

    start: int
    end: int
    raw: str
    old: Rate
    new: Rate


@dataclass(frozen=True)
class Count:
    """A counted quantity: 818 項, 37 家, 33 entities; `unit` is the classifier or English noun."""

    start: int
    end: int
    raw: str
    n: int
    unit: str


_SP = r"[ \t\u3000]*"
_NUM = rf"(?:(?:\d+{_SP}[千百十]{_SP})+\d*|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|[{CN_NUM_CHARS}]+)"
_LB = r"(?<![A-Za-z0-9.,_])"
_DASH = r"(?:～|~|〜|－|-|–|—|至|到|to)"

# currency words -> ISO code; order matters only for display, matching is longest-first
_CUR_WORDS = {
    "美元": "USD", "美金": "USD", "USD": "USD", "US$": "USD", "US ＄": "USD", "U.S.$": "USD",
    "US dollars": "USD", "U.S. dollars": "USD", "dollars": "USD", "dollar": "USD", "$": "USD", "＄": "USD",
    "人民幣": "CNY", "人民币": "CNY", "RMB": "CNY", "CNY": "CNY", "yuan": "CNY", "Yuan": "CNY",
    "新臺幣": "TWD", "新台幣": "TWD", "新台币": "TWD", "台幣": "TWD", "臺幣": "TWD", "NT$": "TWD", "NTD": "TWD",
    "TWD": "TWD", "日圓": "JPY", "日元": "JPY", "日幣": "JPY", "円": "JPY", "JPY": "JPY", "yen": "JPY",
    "韓元": "KRW", "韩元": "KRW", "韓圜": "KRW", "KRW": "KRW", "won": "KRW",
    "歐元": "EUR", "欧元": "EUR", "EUR": "EUR", "euros": "EUR", "euro": "EUR", "€": "EUR",
    "港元": "HKD", "港幣": "HKD", "港币": "HKD", "HK$": "HKD", "HKD": "HKD",
    "英鎊": "GBP", "英镑": "GBP", "GBP": "GBP", "£": "GBP", "pounds": "GBP",
    "越南盾": "VND", "VND": "VND", "盧比": "INR", "卢比": "INR", "INR": "INR", "rupees": "INR",
}
_DOLLAR_PREFIXES = {"A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "S$": "SGD", "NZ$": "NZD"}
_DOLLARS = {"US": "USD", "U.S.": "USD", "NZ": "NZD", "NewZealand": "NZD", "Australian": "AUD", "Canadian": "CAD",
            "HongKong": "HKD", "HK": "HKD", "Singapore": "SGD", "Taiwan": "TWD"}
_CUR_PREFIX = r"(?:US\s?\$|U\.S\.\s?\$|NT\s?\$|HK\s?\$|A\$|AU\$|C\$|CA\$|S\$|NZ\$|USD|RMB|CNY|TWD|NTD|JPY|KRW|EUR|HKD|GBP|\$|＄|€|£|¥|￥)"
_CUR_PREFIX_ZH = r"(?:美金|美元|人民幣|人民币|新臺幣|新台幣|新台币|日圓|日元|韓元|韩元|歐元|欧元|港元|港幣)"
_CN_MULT = r"(?:兆|億|亿|萬億|万亿|千億|千亿|百億|百亿|十億|十亿|萬|万|千萬|千万|百萬|百万|十萬|十万|千)"
_EN_MULT = r"(?:trillion|billion|million|thousand|tn|bn|mn|m|b|k)\b"
_MULTS = {"trillion": 1e12, "tn": 1e12, "billion": 1e9, "bn": 1e9, "b": 1e9, "million": 1e6, "mn": 1e6,
          "m": 1e6, "thousand": 1e3, "k": 1e3}
_ZH_SUFFIX = r"(?:元(?![件素首旦宵])|美元|美金|人民幣|人民币|新臺幣|新台幣|新台币|台幣|臺幣|日圓|日元|日幣|韓元|韩元|韓圜|歐元|欧元|港元|港幣|港币|英鎊|英镑|越南盾|盧比|卢比)"
_EN_SUFFIX = (r"(?:(?:US|U\.S\.|NZ|New Zealand|Australian|Canadian|Hong Kong|Singapore|Taiwan|HK)\s+dollars\b|dollars\b|"
              r"yuan\b|yen\b|euros?\b|won\b|pounds\b|rupees\b|U\.S\.(?=\s*$|\s*[),;])|US(?=\s*$|\s*[),;]))")

_AMOUNT = re.compile(
    rf"{_LB}(?:(?P<pre>{_CUR_PREFIX}|{_CUR_PREFIX_ZH}){_SP})?"
    rf"(?P<n1>{_NUM})(?:{_SP}(?P<m1>{_CN_MULT}|{_EN_MULT}))?"
    # "2億8,000萬", "1亿2千万": the ten-thousands after the hundred-millions
    rf"(?:(?<=[兆億亿]){_SP}(?P<n1b>\d{{1,3}}(?:,\d{{3}})+|(?:\d+{_SP}[千百十]{_SP})+\d*|\d+){_SP}(?P<m1b>千萬|千万|百萬|百万|十萬|十万|萬|万))?"
    rf"{_SP}(?P<c1>{_ZH_SUFFIX})?"
    rf"(?:{_SP}{_DASH}{_SP}(?:(?P=pre){_SP})?(?P<n2>{_NUM})(?:{_SP}(?P<m2>{_CN_MULT}|{_EN_MULT}))?)?"
    rf"{_SP}(?P<c2>{_ZH_SUFFIX}|{_EN_SUFFIX})?"
    rf"(?:{_SP}(?P<c3>人民幣|人民币|新臺幣|新台幣|美元|日圓|韓元|歐元))?"
)
_CONTEXT_CUR = re.compile(r"美元|美金|人民幣|人民币|新臺幣|新台幣|新台币|日圓|日元|韓元|韩元|歐元|欧元|港元|US\$|USD|RMB|NT\$")


def _mult(raw: str | None) -> float:
    if not raw:
        return 1.0
    low = raw.lower()
    if low in _MULTS:
        return _MULTS[low]
    return parse_number("一" + raw) or 1.0


def _currency(word: str | None) -> str | None:
    if not word:
        return None
    w = re.sub(r"\s+", "", word)
    if w in ("¥", "￥"):
        return "CNY"
    if w in _DOLLAR_PREFIXES:
        return _DOLLAR_PREFIXES[w]
    if w == "元":
        return None
    m = re.fullmatch(r"(US|U\.S\.|NZ|NewZealand|Australian|Canadian|HongKong|HK|Singapore|Taiwan)(?:dollars?)?", w)
    if m:
        return _DOLLARS[m.group(1)]
    return _CUR_WORDS.get(w) or _CUR_WORDS.get(word) or _CUR_WORDS.get(w.upper())


def _infer_currency(text: str, start: int, default: str | None) -> str | None:
    """Nearest currency word before the mention (same paragraph), else the default."""
    window = text[max(0, start - 120):start]
    window = window[window.rfind("\n\n") + 1:] if "\n\n" in window else window
    hits = list(_CONTEXT_CUR.finditer(window))
    return _currency(hits[-1].group()) if hits else default


def _is_simplified(window: str) -> bool:
    from .script import guess_chinese_script

    cjk = sum("\u4e00" <= c <= "\u9fff" for c in window)
    return cjk >= 4 and guess_chinese_script(window) == "zh-Hans"


def parse_amounts(text: str, *, default_currency: str | None = None, rates: dict | None = None) -> list[Amount]:
    """Money amounts in `text` in order; `rates` maps currency -> USD per unit for the `usd` field."""
    if not isinstance(text, str) or not text:
        return []
    out = []
    try:
        for m in _AMOUNT.finditer(text):
            a = _amount(text, m, default_currency, rates or {})
            if a is not None:
                out.append(a)
    except Exception:
        log.debug("amount parsing failed on %r", text[:80], exc_info=True)
    return out


def _amount(text: str, m: re.Match, default: str | None, rates: dict) -> Amount | None:
    g = m.groupdict()
    cur_word = g["c3"] or g["c2"] or g["c1"] or g["pre"]
    mult1 = g["m1"]
    has_zh_mult = bool(mult1 or g["m2"]) and re.search(r"[兆億亿萬万千]", (mult1 or "") + (g["m2"] or ""))
    if not cur_word:
        return None                    # a bare number is not money
    if g["m1"] and g["m1"].lower() in ("m", "b", "k") and not g["pre"]:
        return None                    # "5 m" is metres; "$5m" is money
    if re.fullmatch(rf"[{CN_NUM_CHARS}]+", g["n1"]) and not (has_zh_mult or g["c1"] or g["c2"]):
        return None
    n1 = parse_number(g["n1"])
    if re.match(r"[十拾百佰千仟萬万億亿]", g["n1"]) and text[max(0, m.start() - 1):m.start()] in ("几", "幾", "数", "數"):
        return None                    # "几百亿美金", "數十億美元": a vague quantity, not an amount
    if re.fullmatch(r"[十拾百佰千仟]+", g["n1"]) and not g["m1"]:
        return None                    # "單位為千元": a unit, not an amount
    if n1 is None:
        return None
    n2 = parse_number(g["n2"]) if g["n2"] else None
    mult2 = _mult(g["m2"]) if g["n2"] else None
    low = n1 * (_mult(mult1) if mult1 else (mult2 or 1.0))
    if g["n1b"] and (tail := parse_number(g["n1b"].replace(",", ""))) is not None:
        low += tail * _mult(g["m1b"])
    # (to the cent: "1.1亿美元" is 110,000,000, not the 110,000,000.00000001 of binary floating point)
    low, high = round(low, 2), (round(n2 * mult2, 2) if n2 is not None else None)
    end = m.end()
    if high is not None and high < low:
        # "2018-2020 ... 元": not a range; keep the second number only
        return None
    currency = _currency(cur_word) or _currency(g["c1"]) or _currency(g["pre"])
    inferred = False
    if currency is None:
        currency = _infer_currency(text, m.start(), default)
        if currency is None and cur_word == "元" and _is_simplified(text[max(0, m.start() - 200):m.end() + 200]):
            currency = "CNY"            # bare 元 in Simplified Chinese text: the renminbi
        inferred = True
    raw = text[m.start():end].rstrip()
    end = m.start() + len(raw)
    usd = None
    if currency == "USD":
        usd = low
    elif currency and currency in rates:
        usd = round(low * float(rates[currency]), 2)
    return Amount(m.start(), end, raw, low, currency, inferred, usd, low if high is not None else None, high)


# ---- rates -------------------------------------------------------------------------------------

_PCT = r"(?:%|％|percent\b|per\s+cent\b|個百分點|个百分点|百分點|百分点|percentage\s+points?\b|pp\b)"
_RNUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"  # ("3,403.96%": anti-dumping margins run into the thousands)
_RATE = re.compile(
    rf"(?<![A-Za-z0-9_%.,/])(?P<a>{_RNUM})"
    rf"(?:{_SP}(?:(?P<u1>{_PCT}){_SP}{_DASH}|{_DASH}|and){_SP}(?P<b>{_RNUM}))?"
    rf"{_SP}-?(?P<u2>{_PCT})(?![0-9A-F]{{2}})")
_RATE_ZH = re.compile(
    rf"(?P<neg>負)?百分之{_SP}(?P<a>\d+(?:\.\d+)?|[{CN_NUM_CHARS}點点]+)"
    rf"(?:{_SP}(?:至|到|～|~|-){_SP}(?:百分之)?{_SP}(?P<b>\d+(?:\.\d+)?|[{CN_NUM_CHARS}點点]+))?")
_FRACTION = re.compile(rf"(?P<den>\d+|[{CN_NUM_CHARS}萬万億亿]+)分之(?P<num>\d+|[{CN_NUM_CHARS}]+)")


def _cn_decimal(raw: str) -> float | None:
    if re.search("[點点]", raw):
        whole, frac = re.split("[點点]", raw, maxsplit=1)
        w = parse_number(whole)
        digits = "".join(str(int(parse_number(c) or 0)) for c in frac)
        return None if w is None else float(f"{int(w)}.{digits}")
    return parse_number(raw)


def _negative_before(text: str, start: int) -> bool:
    """A minus sign right before the number, not a range dash ("-2.8%" but not "5-10%")."""
    if start == 0 or text[start - 1] not in "-−－":
        return False
    prev = text[start - 2] if start >= 2 else " "
    return not (prev.isdigit() or (prev.isascii() and prev.isalpha()))


def parse_rates(text: str) -> list[Rate]:
    """Percentages, percentage-point changes, 百分之N and N分之M fractions in `text`, in order."""
    if not isinstance(text, str) or not text:
        return []
    out: list[Rate] = []
    try:
        for m in _RATE.finditer(text):
            unit = m.group("u2") or ""
            kind = "points" if re.search(r"點|点|point|pp", unit) else "percent"
            a, b = float(m.group("a").replace(",", "")), float(m.group("b").replace(",", "")) if m.group("b") else None
            if b is not None and _is_change(text, m.start(), text[m.end("u1") if m.group("u1") else m.end("a"):m.start("b")], a, b):
                # "from 15 percent to 7.5 percent", "raised from 10 to 25 percent": two rates, not a range
                end_a = m.end("u1") if m.group("u1") else m.end("a")
                out.append(Rate(m.start(), end_a, text[m.start():end_a], a, None, kind))
                out.append(Rate(m.start("b"), m.end(), text[m.start("b"):m.end()], b, None, kind))
                continue
            if b is not None and b < a:
                continue
            start = m.start()
            if _negative_before(text, start):
                start, a, b = start - 1, -a, (None if b is None else b)
            out.append(Rate(start, m.end(), text[start:m.end()], a, b, kind))
        for m in _RATE_ZH.finditer(text):
            a = _cn_decimal(m.group("a"))
            b = _cn_decimal(m.group("b")) if m.group("b") else None
            if a is not None:
                if m.group("neg"):
                    a, b = -a, None
                out.append(Rate(m.start(), m.end(), m.group(), a, b if b is not None and b >= a else None))
        for m in _RATE_WORDS.finditer(text):
            n = _en_number(m.group("a"))
            if n is not None:
                out.append(Rate(m.start(), m.end(), m.group(), float(n), None,
                                "points" if "point" in m.group("u") else "percent"))
        taken = [(r.start, r.end) for r in out]
        for m in _FRACTION.finditer(text):
            if text[max(0, m.start() - 1):m.start()] == "百" or m.group("den") == "百":
                continue
            den, num = parse_number(m.group("den")), parse_number(m.group("num"))
            if den and num is not None and num <= den and not any(s <= m.start() < e for s, e in taken):
                out.append(Rate(m.start(), m.end(), m.group(), round(100.0 * num / den, 4), None, "fraction"))
    except Exception:
        log.debug("rate parsing failed on %r", text[:80], exc_info=True)
    return sorted(out, key=lambda r: r.start)


_FROM = re.compile(r"(?:\bfrom|由|从|從)[ \t\u3000]*$")
_ZH_CHANGE = (r"(?:提高|提升|上调|上調|调高|調高|调升|調升|上升|升高|增加|增至|增到|升至|升到|降低|下调|下調|调降|調降|"
              r"下降|降至|降到|减少|減少|削减|削減|減至|减至|折半|减半|減半|加倍|翻倍|调整|調整|上浮|下浮|变为|變為|改为|改為)")
_CHANGE_MID = re.compile(
    rf"[ \t\u3000]*(?:(?:[\u4e00-\u9fff]{{0,4}}?{_ZH_CHANGE}[\u4e00-\u9fff]{{0,2}}?(?:至|到|为|為|成)?)|to|至|到)[ \t\u3000]*$")
# the next of a list of changes: "…from 25% to 100% in 2024, on semiconductors from 25% to 50% …"
_LISTED_CHANGE = re.compile(r"\bfrom\s+\d+(?:\.\d+)?\s*(?:%|percent|per cent)\s+to\s+\d+(?:\.\d+)?\s*(?:%|percent|per cent)"
                            r"[^.;]{0,40}?,\s+(?:and\s+)?on\s+[^.;,]{1,60}$", re.I)
_EN_CHANGE = re.compile(r"\b(?:rais|increas|hik|lift|boost|cut|reduc|lower|decreas|ris|rose|jump|went|go|climb|fall|fell|"
                        r"drop|doubl|halv|mov|chang|adjust|bump|slash|ramp|escalat|amend|modif)\w*\b[^.;]{0,60}$", re.I)


def _is_change(text: str, a_start: int, mid: str, old: float, new: float) -> bool:
    """Whether "<old> <mid> <new>" states a rate change rather than a range (5-25%) or a list."""
    if not _CHANGE_MID.fullmatch(mid):
        return False
    if re.search(_ZH_CHANGE, mid):
        return True                     # "从10%上调至25%", "由 15%折半到 7.5%"
    before = text[max(0, a_start - 120):a_start]
    if not _FROM.search(before):
        return False
    if old > new:
        return True                     # "from 15 percent to 7.5 percent": never a range
    head = before[:_FROM.search(before).start()]
    if re.search(r"(?:rang\w*|vary\w*|varies|between)\s*$", head, re.I):
        return False
    return bool(_EN_CHANGE.search(head) or re.search(_ZH_CHANGE, head[-12:]) or _LISTED_CHANGE.search(head))


def parse_rate_changes(text: str) -> list[RateChange]:
    """Rate changes ("raised from 10% to 25%", "由 15%折半到 7.5%"): the old and new rate of each, in order."""
    out: list[RateChange] = []
    rates = parse_rates(text)
    for r1, r2 in zip(rates, rates[1:]):
        if r1.kind != r2.kind or r1.high is not None or r2.start < r1.end:
            continue
        if _is_change(text, r1.start, text[r1.end:r2.start], r1.low, r2.low):
            out.append(RateChange(r1.start, r2.end, text[r1.start:r2.end], r1, r2))
        elif re.fullmatch(r"\s+from\s+", text[r1.end:r2.start]) and re.search(r"\bto\s+$", text[max(0, r1.start - 4):r1.start]):
            out.append(RateChange(r1.start, r2.end, text[r1.start:r2.end], r2, r1))  # "cut … to 10% from 20%": the new rate first
    return out


# ---- counts ------------------------------------------------------------------------------------

_ZH_UNITS = "項项個个家件種种類类條条名位國国筆笔款批間间艘架座"
_EN_NOUNS = (r"tariff lines|tariff subheadings|HTS subheadings|subheadings|product lines|lines|entities|entries|"
             r"items|products|product categories|companies|firms|enterprises|persons|individuals|"
             r"organizations|organisations|addresses|countries|destinations|parties|institutions|"
             r"universities|subsidiaries|affiliates|categories|types|kinds|vessels|tankers|ships|banks|officials|"
             r"investors|product exclusions|exclusions|investigations")
_EN_NUMBERS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
_EN_NUMBERS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90})
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_EN_NUMBER_WORDS = (rf"(?i:\b(?:(?:{_TENS})-(?:one|two|three|four|five|six|seven|eight|nine)|"
                    + "|".join(sorted(_EN_NUMBERS, key=len, reverse=True)) + r"))")


def _en_number(word: str) -> int | None:
    """An English number word up to ninety-nine ("seven", "twenty-four") as an int."""
    parts = word.lower().split("-")
    vals = [_EN_NUMBERS.get(p) for p in parts]
    return None if None in vals else sum(vals)


_RATE_WORDS = re.compile(rf"(?P<a>{_EN_NUMBER_WORDS})[ -](?P<u>percent(?:age points?)?\b|per cent\b)")
_COUNT_ZH = re.compile(
    rf"(?<![A-Za-z0-9.,_第])(?<!第 )(?P<n>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|[{CN_NUM_CHARS}]+)"
    rf"{_SP}(?P<mult>[萬万億亿])?{_SP}(?P<u>[{_ZH_UNITS}])"
    rf"(?!{_SP}(?:月|百分|工作日|小時|小时|世紀|世纪|季|星期|禮拜|礼拜|人次|款|例))")
_COUNT_EN = re.compile(
    rf"(?<![A-Za-z0-9.,$_])(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d+|{_EN_NUMBER_WORDS})\s+(?:(?!(?:million|billion|trillion|percent)\b)[A-Za-z.-]+\s+){{0,2}}?"
    rf"(?P<u>{_EN_NOUNS})\b")


def parse_counts(text: str) -> list[Count]:
    """Counted quantities ("818 項", "5,745 個", "33 entities", "279 tariff lines") in order."""
    if not isinstance(text, str) or not text:
        return []
    out = []
    try:
        for rx in (_COUNT_ZH, _COUNT_EN):
            for m in rx.finditer(text):
                raw_n = m.group("n")
                n = _en_number(raw_n) if raw_n[:1].isalpha() and raw_n.isascii() else parse_number(raw_n)
                if n is not None and rx is _COUNT_ZH and m.group("mult"):
                    n *= _mult(m.group("mult"))
                if n is None or n != int(n):
                    continue
                if rx is _COUNT_ZH and (raw_n == "一" or raw_n[0] in "零〇○"):
                    continue             # "一個": mostly an article; "零件": parts, not zero items
                out.append(Count(m.start(), m.end(), m.group(), int(n), m.group("u")))
    except Exception:
        log.debug("count parsing failed on %r", text[:80], exc_info=True)
    return sorted(out, key=lambda c: c.start)
