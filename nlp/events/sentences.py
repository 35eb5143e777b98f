"""Page text -> sentences in a line-joined view that maps back to exact page offsets.

Extracted text breaks lines inside sentences (and inside numbers: ``2,000\\n億美元``). Rules read a
*view* of each sentence with those breaks removed; ``View.span`` turns a view span back into page
offsets, so evidence is always an exact slice of the page text.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

# "U.S. Trade", "No. 5", "Co. Ltd": a full stop that ends an abbreviation does not end the sentence.
from ..segment import ABBREV as _ABBREV  # one abbreviation list for both sentence splitters
from .arguments import STATUS_CUES, place_country

_CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
_BREAK = re.compile(r"[ \t\u3000]*\n[\s]*")
# Sentence ends: CJK full stops and semicolons, or an ASCII full stop followed by space and a capital/CJK/digit.
_END = re.compile(r"\n[ \t]*\n\s*|\n(?=[^\n]*[|｜])|[。！？；!?;]+[」』”’）)]*|[：:](?=\s*(?:[一二三四五六七八九十]{1,3}\s*、|[（(][一二三四五六七八九十]{1,3}[）)]))|\.(?=\s+[A-Z\"“(\u4e00-\u9fff0-9])")



@dataclass(frozen=True)
class View:
    """A sentence with line breaks removed; ``pos[i]`` is the page offset of ``text[i]``."""

    text: str
    pos: Sequence[int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Page offsets (start, end) of the view slice [start, end)."""
        start = max(0, min(start, len(self.text) - 1))
        end = max(start + 1, min(end, len(self.text)))
        return self.pos[start], self.pos[end - 1] + 1


def _is_cjkish(ch: str) -> bool:
    return bool(_CJK.match(ch)) or ch.isdigit() or ch in "%％,，.、"


def make_view(page: str, start: int, end: int) -> View:
    """The view of page[start:end]: a break between CJK/digits vanishes, other breaks become one space."""
    if "\n" not in page[start:end]:
        return View(page[start:end], range(start, end))
    chars: list[str] = []
    pos: list[int] = []
    i = start
    for m in _BREAK.finditer(page, start, end):
        chars.extend(page[i:m.start()])
        pos.extend(range(i, m.start()))
        before = page[m.start() - 1] if m.start() > start else ""
        after = page[m.end()] if m.end() < end else ""
        if before and after and not (_is_cjkish(before) and _is_cjkish(after)) and not before.isspace():
            chars.append(" ")
            pos.append(m.start())
        i = m.end()
    chars.extend(page[i:end])
    pos.extend(range(i, end))
    return View("".join(chars), tuple(pos))


_TERMINAL = set(".!?。！？:：;；」』”\"")


def _wrapped(page: str, a: int, b: int) -> bool:
    """A blank line inside a sentence: a reader that kept every wrapped line as a paragraph (multi-column PDFs)."""
    if a == 0 or b >= len(page) or page[a - 1] in _TERMINAL:
        return False
    nxt = page[b]
    if nxt.islower() and nxt.isascii():
        if re.match(r"[a-z_]+\d*\s*[:：]", page[b:b + 24]):
            return False  # the next line is a "key: value" metadata line
        return page[a - 1].isascii() and (page[a - 1].isalnum() or page[a - 1] in ",-")
    if _HAN.match(page[a - 1]) and _HAN.match(nxt):
        from ..clean import is_heading

        line = page[page.rfind("\n", 0, a) + 1:a]
        if re.search(r"[：:]", line) and re.match(r"[\u4e00-\u9fff]{2,6}\s*[：:]", page[b:b + 10]):
            return False  # "發言日期：…　發言人：…" then "主旨：…": a filing's "key：value" lines
        return not is_heading(line) and len(line) > 12 and " | " not in line  # (a table's last row ends there)
    return False


def split_sentences(page: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans (page offsets) of page[start:end], stripped of surrounding whitespace."""
    end = len(page) if end is None else end
    spans, s = [], start
    for m in _END.finditer(page, start, end):
        if m.group() == "." and _ABBREV.search(page, max(start, m.start() - 12), m.start() + 1):
            continue
        if m.group()[0] == "\n" and _wrapped(page, m.start(), m.end()):
            continue
        spans.append((s, m.end()))
        s = m.end()
    if s < end:
        spans.append((s, end))
    out = []
    for a, b in spans:
        while a < b and page[a].isspace():
            a += 1
        while b > a and page[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out


_HAN = re.compile(r"[\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")


def is_cjk_text(text: str) -> bool:
    """True when CJK characters make up a fair share of the letters."""
    cjk = len(_HAN.findall(text))
    return cjk > 0 and cjk * 3 >= len(_LATIN.findall(text))


_SUBORDINATE_END = re.compile(r"(?:后|後|以來|以来|期間|期间|之際|之际|時|时)\s*$")


_ANOTHER_AGREEMENT = re.compile(r"[，,；;]\s*[^，,。；;]{2,30}?(?:協定|协定|協議|协议|》)[^，,。；;]{0,4}?(?:也|亦|同樣|同样|同時|同时)")


_DUTY_AND_RATE = re.compile(r"(?<=[稅税])(?:和|及|與|与|以及)(?=\s*\d+(?:\.\d+)?\s*[%％])")


CAUSE_OPEN = re.compile(r"[\s，,；;]*(?:\d+[.、．]\s*)?(?:[^，。；]{0,8}?[：:])?\s*(?:為|为)?(?:因應|因应|由於|由于|鑒於|鉴于|受到?|面對|面对|因(?!此|而|為|为))")


def parallel_cuts(text: str, found, lo: int, hi: int, turns: set[int], families) -> set[int]:
    """Clause breaks between parallel measures: each side (since the last break, ``turns`` included) holds a
    trigger and a value of the same kind (two rates, two amounts or two counts: "對雞肉…加徵15%關稅，對高粱…
    加徵10%關稅"). A clause that only names who acts ("美方出爾反爾，對中國…徵收25%的關稅") or adds a detail
    stays with its measure."""
    kinds = [[x.start for x in xs] for xs in (found.rates, found.amounts, found.counts)]

    def has(a: int, b: int) -> bool:
        return any(f.zh.search(text, a, b) for f in families if f.type != "other")

    def values(a: int, b: int) -> set[int]:
        return {k for k, starts in enumerate(kinds) if any(a <= x < b for x in starts)}

    def lifts(a: int, b: int) -> bool:  # "…納入出口管制，…臨時管制措施同時被取消": a measure and a lifting
        return any(pat.search(text, a, b) for st, pat in STATUS_CUES if st in ("revoked", "suspended"))

    def sites(a: int, b: int) -> set[str]:  # countries a clause names places in (China is where moves start)
        return {c for n in found.names if a <= n.start < b and (c := place_country(n)) not in (None, "China")}

    def own(kind: str, a: int, b: int) -> bool:
        return any(f.zh.search(text, a, b) for f in families if f.type == kind)

    marks = [i for i in range(lo, hi) if text[i] in "，,；;、"]
    # two duties listed with their rates: "征收73.6%的反倾销税和6.9%的反补贴税"
    marks = sorted(set(marks) | {m.start() for m in _DUTY_AND_RATE.finditer(text, lo, hi)})
    # a side runs to the end of its clause: "，对高粱、大豆…、乳制品加征10%关税" is cut before 对, not inside the list
    ends = [next((j for j in marks if j > i and text[j] not in "、"), hi) for i in marks]
    cuts, last = set(), lo
    for a, b in zip(marks, ends):
        last = max([last, *(t for t in turns if t <= a)])
        if a in turns or _SUBORDINATE_END.search(text, last, a):  # "在美國決定推遲…後，": background for what follows
            continue
        if own("trade_agreement", last, a) and _ANOTHER_AGREEMENT.match(text, a, b):
            cuts.add(a)  # "…RCEP已於2022年1月1日生效，中國—柬埔寨自由貿易協定也於同日生效": a second agreement
            last = a
            continue
        if any(f.zh.search(text, last, a) for f in families if f.type == "trade_agreement"):
            continue  # "簽署第一階段協議，重點內容包括…撤銷加徵關稅": what the agreement says
        prev = max([last, *(j for j in marks if j < a and text[j] != "、")])  # the clause right before
        if own("relocation", a, hi) and not own("relocation", last, a) and has(last, a) and CAUSE_OPEN.match(text, last):
            cuts.add(a)  # "因應美國…加徵之關稅由10%調高至25%，本公司將…產線移轉至越南": the move, after its cause
            last = a
            continue
        if own("relocation", a, b) and own("relocation", prev, a) and sites(a, b) and sites(prev, a) and not sites(a, b) & sites(prev, a):
            cuts.add(a)  # "同意公司在匈牙利…投资建设…项目，并在印度尼西亚…设立合资公司建设…项目": a plant in each country
            last = a
            continue
        if has(a, b) and has(last, a) and (values(a, b) & values(last, a) or lifts(a, b) != lifts(last, a)):
            cuts.add(a)
            last = a
    return cuts
