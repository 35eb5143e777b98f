"""Country, agency, company and organisation names (zh-Hant, zh-Hans, English) -> canonical English names.

The alias table is `nlp/data/names.yaml`; matching is longest-first and non-overlapping on the text
folded to Simplified and half-width characters, so either script matches either.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .script import fold_aligned

log = logging.getLogger(__name__)

__all__ = ["NameMention", "canonical_name", "find_names", "load_names", "name_country", "name_kind"]

NAMES_FILE = Path(__file__).resolve().parent.parent / "data" / "names.yaml"
_CONTEXT_WINDOW = 300       # characters before an ambiguous alias searched for the country it belongs to


@dataclass(frozen=True)
class NameMention:
    """A name found in text: its span, the canonical English name and its kind."""

    start: int
    end: int
    raw: str
    canonical: str
    kind: str               # "country" | "agency" | "company" | "org" | "place" (a city or province: its `country`)


@dataclass(frozen=True)
class _Table:
    exact: dict             # folded alias -> canonical (CJK and case-sensitive ASCII)
    nocase: dict            # lower-cased folded alias -> canonical (long ASCII aliases)
    kinds: dict             # canonical -> kind
    countries: dict         # canonical -> the state it belongs to (agencies, some orgs)
    ambiguous: dict         # folded alias -> {"by_country": {...}, "default": {raw alias: canonical}, "kind"}
    regex_exact: re.Pattern | None
    regex_nocase: re.Pattern | None


def _case_sensitive(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return len(letters) <= 5 or alias.isupper()


def _trie_regex(words) -> str:
    """One regex for many literals, factored by common prefixes (much faster than a flat alternation)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)


def _pattern(aliases, flags=0) -> re.Pattern | None:
    """Greedy trie regexes: Latin-initial aliases need word edges, CJK ones do not."""
    if not aliases:
        return None
    latin = [a for a in aliases if a[:1].isascii() and a[:1].isalnum()]
    other = [a for a in aliases if a not in set(latin)]
    parts = []
    if latin:
        parts.append(r"(?<![A-Za-z0-9])" + _trie_regex(latin) + r"(?![A-Za-z0-9])")
    if other:
        parts.append(_trie_regex(other))
    return re.compile("|".join(parts), flags)


@lru_cache(maxsize=4)
def load_names(path: str | None = None) -> _Table:
    """The alias table from `names.yaml` (cached); bad entries are skipped and logged."""
    import yaml

    data = yaml.safe_load(Path(path or NAMES_FILE).read_text(encoding="utf-8")) or {}
    exact, nocase, kinds, ambiguous, countries = {}, {}, {}, {}, {}
    for e in data.get("entities") or []:
        canon, kind = e.get("canonical"), e.get("kind")
        if not canon or not kind:
            log.debug("names.yaml: entry without canonical/kind skipped: %r", e)
            continue
        kinds[canon] = kind
        if e.get("country"):
            countries[canon] = e["country"]
        for alias in [canon, *(e.get("aliases") or [])]:
            alias = str(alias)
            key = fold_aligned(alias)
            if alias.isascii() and not _case_sensitive(alias):
                nocase.setdefault(key.lower(), canon)
            else:
                exact.setdefault(key, canon)
    for amb in data.get("ambiguous") or []:
        # cue words folded once, longest first (see _nearest_cue)
        amb["cue_pairs"] = tuple(sorted(((fold_aligned(str(c)), country) for country, cs in (amb.get("cues") or {}).items()
                                         for c in cs), key=lambda p: -len(p[0])))
        for alias in amb.get("aliases") or []:
            ambiguous[fold_aligned(str(alias))] = amb
        for canon in list((amb.get("by_country") or {}).values()) + list((amb.get("default") or {}).values()):
            kinds.setdefault(canon, amb.get("kind", "agency"))
    regex_exact = _pattern(list(exact) + list(ambiguous))
    regex_nocase = _pattern(list(nocase), re.IGNORECASE)
    return _Table(exact, nocase, kinds, countries, ambiguous, regex_exact, regex_nocase)


# Demonyms name no entity themselves but say whose agency follows ("the Chinese Foreign Ministry").
_DEMONYMS = {"chinese": "China", "american": "United States", "u.s.": "United States", "us": "United States",
             "japanese": "Japan", "korean": "South Korea", "south korean": "South Korea", "taiwanese": "Taiwan"}
_DEMONYM_RX = re.compile(r"\b(chinese|american|japanese|south korean|korean|taiwanese)\W{0,3}$", re.I)
_SENTENCE_END = re.compile(r"[。！？；!?;]|\.\s")


def _countries_in(table: _Table, hay: str) -> list[tuple[int, int, str]]:
    """(start, end, state) of every country or national agency named in `hay`."""
    out = []
    for m in _raw_matches(table, hay):
        canon = _plain_canonical(table, m.group())
        kind = table.kinds.get(canon) if canon else None
        state = canon if kind == "country" else _agency_country(canon) if kind == "agency" else None
        if state:
            out.append((m.start(), m.end(), state))
    return out


# a state named as what a measure is aimed at ("对中国大陆…", "自中国大陆进口之…", "大陆业者") owns no agency named later
_AIMED_AT = re.compile(r"(?:对|对于|针对|自|从|原产于|来自|产自|输往|against|from)\s*$", re.I)
_GOODS = re.compile(r"\s*(?:进口|出口|输美|产品|商品|货品|业者|企业|厂商|制|产)")


def _owners(hay: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    return [f for f in found if not _AIMED_AT.search(hay[max(0, f[0] - 4):f[0]]) and not _GOODS.match(hay, f[1])]


def _country_before(table: _Table, folded: str, pos: int, context: str | None, *, reach: str) -> str | None:
    """The state named just before `pos` ("adjacent"), in its sentence ("sentence") or in the window and `context`."""
    before = folded[max(0, pos - _CONTEXT_WINDOW):pos]
    if reach == "adjacent":
        demonym = _DEMONYM_RX.search(before)
        if demonym:
            return _DEMONYMS[demonym.group(1).lower()]
        found = _countries_in(table, before[-12:])
        return found[-1][2] if found and len(before[-12:]) - found[-1][1] <= 3 else None
    if reach == "sentence":
        ends = list(_SENTENCE_END.finditer(before))
        hay = before[ends[-1].end():] if ends else before
        found = _owners(hay, _countries_in(table, hay))
        return found[-1][2] if found else None
    for hay in (before, fold_aligned(context or "")):
        found = _owners(hay, _countries_in(table, hay))
        if found:
            return found[-1][2]
    return None


_PREFIX_COUNTRY = (("US ", "United States"), ("PRC ", "China"), ("Taiwan ", "Taiwan"), ("Japan ", "Japan"),
                   ("South Korea ", "South Korea"))


def _agency_country(canon: str) -> str | None:
    """The state an agency belongs to: the `country` field of names.yaml, else its canonical prefix."""
    table = load_names()
    if canon in table.countries:
        return table.countries[canon]
    for prefix, country in _PREFIX_COUNTRY:
        if canon.startswith(prefix):
            return country
    return None


def name_country(canonical: str) -> str | None:
    """The state a canonical name stands for: a country itself, an agency its government; None otherwise."""
    try:
        kind = load_names().kinds.get(canonical)
        if kind == "country":
            return canonical
        return _agency_country(canonical) if kind in ("agency", "org", "place") else None
    except Exception:
        log.debug("name_country failed on %r", canonical, exc_info=True)
        return None


def _raw_matches(table: _Table, folded: str):
    """Regex matches of every alias, longest-first and non-overlapping."""
    found = []
    for rx in (table.regex_exact, table.regex_nocase):
        if rx is not None:
            found.extend(rx.finditer(folded))
    found.sort(key=lambda m: (m.start(), -(m.end() - m.start())))
    pos = -1
    for m in found:
        if m.start() >= pos:
            pos = m.end()
            yield m


def _plain_canonical(table: _Table, folded_alias: str) -> str | None:
    return table.exact.get(folded_alias) or table.nocase.get(folded_alias.lower())


def _resolve(table: _Table, raw: str, key: str, folded: str, pos: int, context: str | None) -> str | None:
    plain = _plain_canonical(table, key)
    if plain:
        return plain
    amb = table.ambiguous.get(key)
    if amb is None:
        return None
    # Decide by the closest evidence first: a country right before the alias ("美國商務部", "Chinese
    # Foreign Ministry"), cue words of one country's measures, a country in the same sentence, then further.
    by_country = amb.get("by_country") or {}
    country = _country_before(table, folded, pos, context, reach="adjacent")
    if country in by_country:
        return by_country[country]
    if country is not None and amb.get("kind") == "agency":
        return None  # "泰国商务部": Thailand's ministry, which the table does not name; the country itself acts
    lo = max(0, pos - _CONTEXT_WINDOW)
    window = folded[lo:pos + _CONTEXT_WINDOW] + " " + fold_aligned(context or "")
    cue_country = _nearest_cue(amb["cue_pairs"], window, pos - lo)
    if cue_country in by_country:
        return by_country[cue_country]
    for reach in ("sentence", "window"):
        country = _country_before(table, folded, pos, context, reach=reach)
        if country in by_country:
            return by_country[country]
    return (amb.get("default") or {}).get(raw)


def _nearest_cue(pairs: tuple[tuple[str, str], ...], window: str, pos: int) -> str | None:
    """The country whose cue word (``pairs``: folded cue, country; longest first) stands nearest ``pos`` in
    ``window``; a longer cue hides the shorter ones inside it ("不可靠实体清单" is China's list, the "实体清单" in it
    is not the US one)."""
    best: tuple[int, str] | None = None
    for cue, country in pairs:
        for m in re.finditer(re.escape(cue), window):
            d = abs(m.start() - pos)
            if best is None or d < best[0]:
                best = (d, country)
        window = window.replace(cue, "\0" * len(cue))
    return best[1] if best else None


_CURRENCY = re.compile(r"\$|\s?dollars?\b", re.I)


_CONTINENT_BEFORE = re.compile(r"(?:非洲|歐洲|欧洲|美洲|亞洲|亚洲|澳洲|南極|南极|(?:印度|南亞|南亚)次)$")


# "內地" names the mainland after a preposition of trade or before its firms and markets; "內地稅" (Taiwan's domestic
# taxes), "内地省份" (inland provinces) and "內地化" are other words
_MAINLAND_BEFORE = re.compile(r"(?:[對对向從从自於于與与赴到往至輸输及和]|原產於|原产于|來自|来自|進口|进口|出口|香港與|香港与)$")
_MAINLAND = re.compile(r"(?:企業|企业|廠商|厂商|公司|市場|市场|當局|当局|政府|海關|海关|商務部|商务部|監管|监管|同胞|客戶|客户|買家|买家|業者|业者|生產|生产|製造|制造|產品|产品|出口|進口|进口|供應|供应)")


_CJK_CHAR = re.compile(r"[\u3400-\u9fff]")
# characters that end the word before a firm's name ("與晶科", "由華為", "對中興")
_BEFORE_NAME = set("與与和及、的對对在由向將将把被從从等其該该這这為为是於于了跟同讓让使給给稱称指")
# trade words that end a firm's name: a short name whose last character starts one, or that one follows, is inside a
# longer name ("聯晶科技", "X晶科光電")
_TRADE_WORDS = set("科技 科學 科学 技術 技术 電子 电子 光電 光电 精密 能源 材料 化學 化学 實業 实业 工業 工业 集團 集团 控股 電機 电机 "
                   "汽車 汽车 紡織 纺织 半導 半导 生技 生物 醫療 医疗 機械 机械 電器 电器 通訊 通讯 新材 新能".split())
# "… of Vietnam", "… of the Philippines": the state a body's generic name belongs to
_OF_STATE = re.compile(r" of (?:the )?((?:[A-Z][a-z]+)(?: [A-Z][a-z]+){0,2})")


def find_names(text: str, *, context: str | None = None) -> list[NameMention]:
    """Known names in `text`, longest match first, non-overlapping, in order; `context` helps ambiguous ones."""
    if not isinstance(text, str) or not text:
        return []
    try:
        table = load_names()
        folded = fold_aligned(text)
        out = []
        for m in _raw_matches(table, folded):
            raw = text[m.start():m.end()]
            if _CURRENCY.match(text, m.end()):
                continue  # "US$7,000", "U.S. dollars": a currency, not the state
            if raw in ("大陸", "大陆") and _CONTINENT_BEFORE.search(text, max(0, m.start() - 3), m.start()):
                continue  # "非洲大陸自由貿易區", "印度次大陸": a continent, not mainland China ("這次大陸…" is)
            if (raw in ("內地", "内地") and text.strip() != raw and not _MAINLAND.match(text, m.end())
                    and not _MAINLAND_BEFORE.search(text, max(0, m.start() - 3), m.start())):
                continue  # Hong Kong's word for the mainland ("對內地石墨電極", "內地企業", a cell "內地"), not inland China or a domestic tax (內地稅)
            canon = _resolve(table, raw, m.group(), folded, m.start(), context)
            if canon is None:
                log.debug("ambiguous name %r left unresolved", raw)
                continue
            kind = table.kinds.get(canon, "org")
            if kind == "company" and len(raw) == 2 and _CJK_CHAR.match(raw) and m.start() and _CJK_CHAR.match(text[m.start() - 1]) \
                    and text[m.start() - 1] not in _BEFORE_NAME and (text[m.end() - 1:m.end() + 1] in _TRADE_WORDS
                                                                    or text[m.end():m.end() + 2] in _TRADE_WORDS):
                continue  # "聯晶科技" is not 晶科 (JinkoSolar): a firm's two-character short name inside a longer name
            of = _OF_STATE.match(text, m.end()) if kind == "agency" else None
            state = _plain_canonical(table, fold_aligned(of.group(1))) if of else None
            if state and table.kinds.get(state) == "country" and _agency_country(canon) not in (None, state):
                continue  # "the Trade Remedies Authority of Vietnam": another state's body of that name; the state follows
            out.append(NameMention(m.start(), m.end(), raw, canon, kind))
        return out
    except Exception:
        log.debug("name matching failed on %r", text[:80], exc_info=True)
        return []


def canonical_name(alias: str, *, context: str | None = None) -> str | None:
    """The canonical English name of one alias (whole string), or None if unknown or unresolved."""
    if not isinstance(alias, str) or not alias.strip():
        return None
    alias = alias.strip()
    try:
        table = load_names()
        key = fold_aligned(alias)
        if key in table.exact or key.lower() in table.nocase or key in table.ambiguous:
            return _resolve(table, alias, key, key, 0, context)
        return None                     # unknown, or wrong case for an acronym ("us" is not "US")
    except Exception:
        log.debug("canonical_name failed on %r", alias, exc_info=True)
        return None


def name_kind(canonical: str) -> str | None:
    """The kind of a canonical name ("country", "agency", "company", "org"), or None if unknown."""
    try:
        return load_names().kinds.get(canonical)
    except Exception:
        log.debug("name_kind failed on %r", canonical, exc_info=True)
        return None
