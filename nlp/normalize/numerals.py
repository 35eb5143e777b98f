"""Chinese and Arabic numerals to numbers: 二〇一九, 二千億, 十二, 3千, 1,234.5."""
from __future__ import annotations

import logging
import re

log = logging.getLogger(__name__)

DIGITS = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "兩": 2, "两": 2, "三": 3, "四": 4,
          "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "壹": 1, "貳": 2, "贰": 2, "參": 3,
          "叁": 3, "肆": 4, "伍": 5, "陸": 6, "陆": 6, "柒": 7, "捌": 8, "玖": 9}
SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNITS = {"萬": 10_000, "万": 10_000, "億": 100_000_000, "亿": 100_000_000,
             "兆": 1_000_000_000_000}

CN_DIGIT_CHARS = "".join(DIGITS)
CN_NUM_CHARS = CN_DIGIT_CHARS + "".join(SMALL_UNITS)
# A number as written in running text: Arabic (with thousands separators) or Chinese.
NUM_RE = rf"(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|[{CN_NUM_CHARS}]+)"

_FULLWIDTH = str.maketrans("０１２３４５６７８９，．", "0123456789,.")


def parse_number(raw: str) -> float | None:
    """The value of an Arabic or Chinese numeral ("1,234.5", "二千", "十二", "3千"); None if not a number."""
    s = (raw or "").strip().translate(_FULLWIDTH).replace(" ", "")
    if not s:
        return None
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", s):
        return float(s.replace(",", ""))
    return _parse_chinese(s)


def parse_digit_string(raw: str) -> int | None:
    """A digit-by-digit Chinese numeral ("二〇一九" -> 2019) or Arabic digits; None otherwise."""
    s = (raw or "").strip().translate(_FULLWIDTH)
    if s.isdigit():
        return int(s)
    if s and all(c in DIGITS for c in s):
        return int("".join(str(DIGITS[c]) for c in s))
    return None


def _parse_chinese(s: str) -> float | None:
    """Positional Chinese numeral with 十百千萬億兆; Arabic digits may stand in for digits ("3千")."""
    total = 0.0      # finished big sections (億, 萬 ...)
    section = 0.0    # current section below 萬
    digit: float | None = None
    i = 0
    while i < len(s):
        c = s[i]
        m = re.match(r"\d+(?:\.\d+)?", s[i:])
        if m:
            digit = float(m.group())
            i += len(m.group())
            continue
        if c in DIGITS:
            if DIGITS[c] == 0:
                digit = None
            elif digit is not None:
                log.debug("digit run inside positional numeral %r", s)
                return None
            else:
                digit = DIGITS[c]
        elif c in SMALL_UNITS:
            section += (1 if digit is None else digit) * SMALL_UNITS[c]
            digit = None
        elif c in BIG_UNITS:
            section += digit or 0
            if section == 0 and total == 0:
                section = 1
            unit = BIG_UNITS[c]
            # 萬億 / 千億: a bigger unit multiplies everything before it
            if total and unit > max(total, 1) and total < unit:
                total = (total + section) * unit
            else:
                total += section * unit
            section, digit = 0.0, None
        else:
            log.debug("not a numeral: %r", s)
            return None
        i += 1
    return total + section + (digit or 0)
