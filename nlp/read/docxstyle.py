"""Word paragraph styles and list numbering, read from styles.xml and numbering.xml.

python-docx gives a paragraph's text but not what Word draws in front of it: the "1." or "•" of a list
item, or the "壹、" of an auto-numbered heading, come from the numbering definitions, and a paragraph may
get its numbering (and its heading outline level) from its style, or from a style that one is based on.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BULLET = "•"


def _val(el, path: str) -> str | None:
    """The w:val of the first element at ``path`` (w: prefixes written as "w:") under ``el``."""
    node = el.find(path.replace("w:", W)) if el is not None else None
    return node.get(W + "val") if node is not None else None


@dataclass
class _Style:
    name: str = ""
    based_on: str | None = None
    num_id: str | None = None
    ilvl: int | None = None
    outline: int | None = None


@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    legal: bool = False  # w:isLgl: every level shown in decimal ("1.1.2" under roman chapters)


@dataclass
class _Num:
    abstract: str
    starts: dict[int, int] = field(default_factory=dict)  # w:lvlOverride/w:startOverride


_CN_DIGITS = "零一二三四五六七八九"
_CN_LEGAL = "零壹貳參肆伍陸柒捌玖"
_CN_LEGAL_SIMPLIFIED = "零壹贰叁肆伍陆柒捌玖"
_HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸"
_ZODIAC = "子丑寅卯辰巳午未申酉戌亥"


def _chinese(n: int, digits: str, ten: str) -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 20 -> 二十, 105 -> 一百零五 (counting style, up to 999)."""
    if n <= 0 or n >= 1000:
        return str(n)
    hundreds, tens, ones = n // 100, n // 10 % 10, n % 10
    out = (digits[hundreds] + ("佰" if digits is not _CN_DIGITS else "百")) if hundreds else ""
    if tens:
        out += ("" if tens == 1 and not hundreds else digits[tens]) + ten
    elif hundreds and ones:
        out += digits[0]
    return out + (digits[ones] if ones else "")


def _roman(n: int) -> str:
    out = ""
    for value, sym in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                       (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + sym, n - value
    return out


def _letter(n: int) -> str:
    """1 -> A, 26 -> Z, 27 -> AA (Word repeats the letter)."""
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else str(n)


def format_number(n: int, fmt: str) -> str:
    """A list counter in one of Word's number formats (w:numFmt); unknown formats fall back to decimal."""
    if fmt in ("upperRoman", "lowerRoman"):
        r = _roman(n)
        return r if fmt == "upperRoman" else r.lower()
    if fmt in ("upperLetter", "lowerLetter"):
        a = _letter(n)
        return a if fmt == "upperLetter" else a.lower()
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "decimalFullWidth":
        return "".join(chr(ord(c) + 0xFEE0) for c in str(n))
    if fmt.startswith("decimalEnclosedCircle") and 1 <= n <= 20:
        return chr(0x2460 + n - 1)
    if fmt in ("chineseCounting", "chineseCountingThousand", "taiwaneseCounting", "taiwaneseCountingThousand",
               "japaneseCounting", "ideographDigital", "koreanCounting"):
        return _chinese(n, _CN_DIGITS, "十")
    if fmt == "ideographLegalTraditional":
        return _chinese(n, _CN_LEGAL, "拾")
    if fmt == "chineseLegalSimplified":
        return _chinese(n, _CN_LEGAL_SIMPLIFIED, "拾")
    if fmt == "ideographTraditional" and 1 <= n <= 10:
        return _HEAVENLY_STEMS[n - 1]
    if fmt == "ideographZodiac" and 1 <= n <= 12:
        return _ZODIAC[n - 1]
    if fmt == "ordinal":
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}"
    return str(n)


class WordFormat:
    """The styles and list numbering of one .docx: a paragraph's heading level and its list marker.

    ``list_marker`` keeps Word's running counters, so call it once per paragraph, in document order.
    """

    def __init__(self, styles=None, numbering=None):
        self._styles: dict[str, _Style] = {}
        self._default_style: str | None = None
        for s in styles.iter(W + "style") if styles is not None else ():
            if s.get(W + "type") != "paragraph":
                continue
            sid = s.get(W + "styleId")
            ppr = s.find(W + "pPr")
            ilvl = _val(ppr, "w:numPr/w:ilvl")
            outline = _val(ppr, "w:outlineLvl")
            self._styles[sid] = _Style(
                name=(_val(s, "w:name") or "").lower(), based_on=_val(s, "w:basedOn"),
                num_id=_val(ppr, "w:numPr/w:numId"), ilvl=int(ilvl) if ilvl and ilvl.isdigit() else None,
                outline=int(outline) if outline and outline.isdigit() else None,
            )
            if s.get(W + "default") in ("1", "true"):
                self._default_style = sid
        self._levels: dict[str, dict[int, _Level]] = {}
        self._style_links: dict[str, str] = {}  # abstractNum -> style whose numbering it stands for
        self._level_of_style: dict[str, int] = {}  # style id -> ilvl of the level that names it (w:pStyle)
        self._nums: dict[str, _Num] = {}
        for a in numbering.iter(W + "abstractNum") if numbering is not None else ():
            aid = a.get(W + "abstractNumId")
            levels = {}
            for lvl in a.iter(W + "lvl"):
                i = int(lvl.get(W + "ilvl", "0"))
                start = _val(lvl, "w:start")
                levels[i] = _Level(
                    start=int(start) if start and start.lstrip("-").isdigit() else 1,
                    fmt=_val(lvl, "w:numFmt") or "decimal", text=_val(lvl, "w:lvlText") or "",
                    legal=lvl.find(W + "isLgl") is not None,
                )
                pstyle = _val(lvl, "w:pStyle")
                if pstyle:
                    self._level_of_style[pstyle] = i
            self._levels[aid] = levels
            link = _val(a, "w:numStyleLink")
            if link:
                self._style_links[aid] = link
        for n in numbering.iter(W + "num") if numbering is not None else ():
            num = _Num(abstract=_val(n, "w:abstractNumId") or "")
            for o in n.iter(W + "lvlOverride"):
                start = _val(o, "w:startOverride")
                if start and start.isdigit():
                    num.starts[int(o.get(W + "ilvl", "0"))] = int(start)
            self._nums[n.get(W + "numId")] = num
        self._counts: dict[str, dict[int, int]] = {}
        self._seen_nums: set[str] = set()

    def _style_chain(self, sid: str | None):
        seen = set()
        while sid and sid in self._styles and sid not in seen:
            seen.add(sid)
            yield sid, self._styles[sid]
            sid = self._styles[sid].based_on

    def style_name(self, p) -> str:
        """The lower-case name of a paragraph's style ("heading 1", "title", "list number")."""
        sid = _val(p.find(W + "pPr"), "w:pStyle") or self._default_style
        return self._styles[sid].name if sid in self._styles else ""

    def heading_level(self, p) -> int | None:
        """0 for the Title style, n for "Heading n" or outline level n-1 (own or from the style); else None."""
        ppr = p.find(W + "pPr")
        outline = _val(ppr, "w:outlineLvl")
        if outline and outline.isdigit() and int(outline) < 9:
            return int(outline) + 1
        for _, st in self._style_chain(_val(ppr, "w:pStyle") or self._default_style):
            if st.name == "title":
                return 0
            m = re.fullmatch(r"heading (\d)", st.name)
            if m:
                return int(m.group(1))
            if st.outline is not None and st.outline < 9:
                return st.outline + 1
        return None

    def list_level(self, p) -> tuple[str, int] | None:
        """(numId, ilvl) of a paragraph: its own w:numPr, else its style's (or a base style's); None if unnumbered."""
        ppr = p.find(W + "pPr")
        num_id, ilvl = _val(ppr, "w:numPr/w:numId"), _val(ppr, "w:numPr/w:ilvl")
        sid = _val(ppr, "w:pStyle") or self._default_style
        for style_id, st in self._style_chain(sid):
            if num_id is None and st.num_id is not None:
                num_id = st.num_id
                if ilvl is None:
                    ilvl = str(st.ilvl) if st.ilvl is not None else str(self._level_of_style.get(style_id, 0))
        if num_id is None or num_id == "0" or num_id not in self._nums:
            return None
        return num_id, int(ilvl) if ilvl and ilvl.isdigit() else 0

    def _abstract(self, num_id: str) -> str | None:
        aid = self._nums[num_id].abstract
        if not self._levels.get(aid) and aid in self._style_links:  # a list style: follow it to its definition
            linked = self._styles.get(self._style_links[aid])
            if linked is not None and linked.num_id in self._nums and linked.num_id != num_id:
                return self._nums[linked.num_id].abstract
        return aid

    def list_marker(self, p) -> str | None:
        """The marker Word shows before a numbered or bulleted paragraph ("1.", "a)", "一、", "•"), "" for a
        level numbered "none", or None when the paragraph is not in a list. Advances the list's counters."""
        pr = self.list_level(p)
        if pr is None:
            return None
        num_id, ilvl = pr
        aid = self._abstract(num_id)
        levels = self._levels.get(aid or "", {})
        if ilvl not in levels:
            return None
        # lists with different numIds over one abstractNum continue one count unless a start is overridden
        counts = self._counts.setdefault(aid, {})
        if num_id not in self._seen_nums:
            self._seen_nums.add(num_id)
            for i, start in self._nums[num_id].starts.items():
                counts[i] = start - 1
                for deeper in [k for k in counts if k > i]:
                    del counts[deeper]
        counts[ilvl] = counts.get(ilvl, levels[ilvl].start - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]  # a deeper level starts again under a new item of this one
        level = levels[ilvl]
        if level.fmt == "bullet":
            return BULLET
        if level.fmt == "none":
            return ""

        def number(m: re.Match) -> str:
            k = int(m.group(1)) - 1
            lv = levels.get(k, _Level())
            n = counts.get(k, lv.start)
            return str(n) if level.legal and k != ilvl else format_number(n, lv.fmt)

        return re.sub(r"%([1-9])", number, level.text).strip()
