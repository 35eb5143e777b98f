"""Lexical side of search: script-folded tokens (jieba words + CJK bigrams, stemmed English), the bilingual
glossary that expands a query into the other language, and the weighted query terms (the index: nlp/bm25.py).

Traditional and Simplified text fold to one form before tokenizing, so either script matches both.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

TOKENIZER_VERSION = "6"  # bump when tokenizing code changes: cached indexes are then rebuilt
_GLOSSARY = Path(__file__).parent / "data" / "glossary.tsv"
_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[a-z0-9]+(?:[.\-'][a-z0-9]+)*")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_EN_STOP = frozenset(
    "a an and are as at be by for from has have in into is it its of on or that the their this to was were "
    "which with what who how why when where does do did about over under than then there these those not "
    "no can could would should will shall may been being also any all more most such".split()
)
_ZH_STOP = frozenset("的 了 和 與 与 及 或 在 是 對 对 為 为 於 于 之 其 也 而 等 將 将 被 把 從 从 以 並 并 中 上 下 有 什麼 什么 哪些 如何 是否 嗎 吗 呢".split())


@lru_cache(maxsize=1)
def tokenizer_key() -> str:
    """TOKENIZER_VERSION plus a hash of the word lists that shape tokens (domain terms, glossary, names):
    editing any of them invalidates cached BM25 indexes, whose tokens would no longer match the queries'."""
    import hashlib

    from .normalize.names import NAMES_FILE
    from .normalize.terms import TERMS_FILE

    h = hashlib.sha1()
    for f in (TERMS_FILE, _GLOSSARY, NAMES_FILE):
        h.update(Path(f).read_bytes())
    return f"{TOKENIZER_VERSION}-{h.hexdigest()[:12]}"


@lru_cache(maxsize=8192)
def _fold_term(term: str) -> str:
    return fold(term)


@lru_cache(maxsize=8192)
def _stem_phrase(phrase: str) -> str:
    return " ".join(stem(w) for w in phrase.lower().split())


def fold(text: str) -> str:
    """Lowercase, width-normalise and fold Traditional to Simplified Chinese, keeping the length (offsets hold)."""
    from .normalize.script import fold_aligned

    low = text.lower()
    return fold_aligned(low) if len(low) == len(text) else fold_aligned(text)


def stem(word: str) -> str:
    """Light English stemming: plural and common verb endings, so 'controls'/'controlled' meet 'control'."""
    if len(word) <= 3 or not word.isalpha():
        return word
    for suf, rep in (("ies", "y"), ("sses", "ss"), ("ing", ""), ("ed", ""), ("es", "e"), ("s", "")):
        if word.endswith(suf) and len(word) - len(suf) >= 3 and not word.endswith(("ss", "us", "is")):
            w = word[: -len(suf)] + rep
            return w[:-1] if suf in ("ing", "ed") and len(w) > 3 and w[-1] == w[-2] else w
    return word


@lru_cache(maxsize=1)
def _jieba():
    from .normalize.terms import domain_terms, load_tokenizer

    tk = load_tokenizer(with_terms=False)  # a private instance: the shared one is not changed
    for term in domain_terms():
        tk.add_word(fold(term), freq=2000)
    for _, zh in load_glossary():  # domain terms stay whole words
        for term in zh:
            if _CJK.search(term):
                tk.add_word(fold(term), freq=50000)
    return tk


def tokenize(text: str) -> list[str]:
    """Index tokens of a text: jieba words (2+ chars) and character bigrams for CJK, stemmed words for Latin."""
    out: list[str] = []
    for m in _RUN.finditer(fold(text)):
        run = m.group()
        if _CJK.match(run):
            if len(run) == 1:
                if run not in _ZH_STOP:
                    out.append(run)
                continue
            out.extend(w for w in _jieba().lcut(run, HMM=False) if len(w) >= 2 and w not in _ZH_STOP)
            out.extend("~" + run[i : i + 2] for i in range(len(run) - 1))  # bigrams, kept apart from words
        elif run not in _EN_STOP:
            out.append(stem(run))
    out.extend(m.group().replace(",", "") for m in _GROUPED.finditer(text))  # 1,585 is also 1585
    out.extend(t for _, _, toks in quantities(text) for t in toks)
    return out


_GROUPED = re.compile(r"(?<![\d,.])\d{1,3}(?:,\d{3})+(?![\d,]|\.\d)")


@lru_cache(maxsize=1024)
def query_tokens(query: str) -> tuple[str, ...]:
    """``tokenize`` of a query, once per query: search, its snippets and the web page's highlights all read it."""
    return tuple(tokenize(query))


def is_quantity(token: str) -> bool:
    """Whether an index token is a language-neutral quantity token (an amount or a date, see ``quantities``)."""
    return token.startswith("#")


def merge_spans(spans) -> list[tuple[int, int]]:
    """(start, end) spans sorted, overlapping or touching ones merged: what a snippet or page marks once."""
    merged: list[list[int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return [(s, e) for s, e in merged]


def quantity_spans(text: str, tokens) -> list[tuple[int, int]]:
    """(start, end) of the amounts, percentages and dates of ``text`` whose quantity tokens are among ``tokens``
    (a query's), however either writes them: "$200 billion" marks "2,000 億美元"."""
    want = {t for t in tokens if is_quantity(t)}
    return [(a, b) for a, b, toks in quantities(text) if want.intersection(toks)] if want else []


def quantities(text: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """(start, end, tokens) of every money amount, percentage and date in ``text``, as tokens that read the same in
    either language, so "$200 billion" finds "2,000 億美元" and "June 1, 2019" finds "2019年6月1日" / "6月1日".

    Amounts: ``#usd2e+11`` (currency and value, 4 significant digits; ranges by their low end). Percentages:
    ``#pct25`` ("25%", "25 percent", "百分之二十五"; both ends of a range). Dates:
    ``#d2019-06-01``, ``#m2019-06``, ``#md06-01`` and ``#mm06`` for a day, ``#m2019-05`` and ``#mm05`` for a
    month, both ends of a range; a date without a year (and none before it in the text) gives only the
    year-less tokens, so "Nov. 1" still meets "November 2018" through ``#mm11``. A Republic of China
    year (民國109年) gives its Gregorian year, as plain digits like any other year.
    """
    from .normalize.amounts import parse_amounts, parse_rates
    from .normalize.dates import parse_dates

    out = []
    for a in parse_amounts(text):
        if a.currency:
            out.append((a.start, a.end, (f"#{a.currency.lower()}{a.value:.4g}",)))
    for r in parse_rates(text):
        if r.kind == "percent":
            out.append((r.start, r.end, tuple(dict.fromkeys(f"#pct{v:g}" for v in (r.low, r.high) if v is not None))))
    for d in parse_dates(text, context_year=_NO_YEAR):
        if d.kind == "period":
            continue
        toks: list[str] = []
        for iso in dict.fromkeys(x for x in (d.iso, d.end_iso) if x):
            year, _, rest = iso.partition("-")
            if int(year) != _NO_YEAR and rest:
                toks.append(f"#m{iso[:7]}")
                if len(rest) == 5:
                    toks.append(f"#d{iso}")
            if rest:
                toks.append(f"#mm{rest[:2]}")
            if len(rest) == 5:
                toks.append(f"#md{rest}")
            if not rest and int(year) != _NO_YEAR and year not in d.raw:
                toks.append(year)
        if toks:
            out.append((d.start, d.end, tuple(dict.fromkeys(toks))))
    return out


_NO_YEAR = 1900  # context year given to the date parser: a date that gets it had no year of its own


@lru_cache(maxsize=1)
def load_glossary() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """(english variants, chinese variants) pairs: nlp/data/glossary.tsv, then every entity of
    nlp/data/names.yaml that has both English and Chinese aliases (countries, agencies, firms)."""
    pairs = []
    for line in _GLOSSARY.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or "\t" not in line:
            continue
        en, zh = line.split("\t", 1)
        pairs.append((tuple(x.strip() for x in en.split("|") if x.strip()), tuple(x.strip() for x in zh.split("|") if x.strip())))
    return tuple(pairs) + _name_pairs()


def _name_pairs() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    import yaml

    from .normalize.names import NAMES_FILE

    data = yaml.safe_load(Path(NAMES_FILE).read_text(encoding="utf-8")) or {}
    out = []
    for e in data.get("entities") or []:
        aliases = [str(a) for a in [e.get("canonical"), *(e.get("aliases") or [])] if a]
        en = tuple(dict.fromkeys(a for a in aliases if a.isascii() and re.search(r"[A-Za-z]", a)))
        zh = tuple(dict.fromkeys(a for a in aliases if _CJK.search(a)))
        if en and zh:
            out.append((en, zh))
    return tuple(out)


def _case_sensitive(alias: str) -> bool:
    """Variants written with capitals that are short or acronyms match with their case only: "US" is a
    country, "us" a pronoun; lower-case variants ("ai", "5g") and names ("Huawei") match in any case."""
    letters = re.sub(r"[^A-Za-z]", "", alias)
    return letters != letters.lower() and (len(letters) <= 3 or letters.isupper())


@lru_cache(maxsize=8192)
def _en_key(alias: str) -> tuple[bool, str]:
    """(case-sensitive?, " w1 w2 " key) of an English glossary variant, in the form query words are matched."""
    if _case_sensitive(alias):
        return True, " " + " ".join(re.findall(r"[A-Za-z0-9]+", alias)) + " "
    words = [w for w in re.findall(r"[a-z0-9]+", alias.lower()) if w not in _EN_STOP]  # as the query's words
    return False, f" {_stem_phrase(' '.join(words))} "


def _query_keys(query: str) -> tuple[str, str]:
    """The query's words as matched against glossary variants: stemmed lower-case, and as typed."""
    words = [stem(w) for w in re.findall(r"[a-z0-9]+", query.lower()) if w not in _EN_STOP]
    return " " + " ".join(words) + " ", " " + " ".join(re.findall(r"[A-Za-z0-9]+", query)) + " "


@lru_cache(maxsize=1)
def _glossary_index() -> tuple[dict, dict, dict, int, int]:
    """Lookup tables over the glossary, so a query is matched in a few dict probes, not a scan of every entry:
    (english key -> [(entry, variant)] for any case, the same for case-sensitive variants,
    folded chinese variant -> [(entry, variant)], longest english key in words, longest chinese variant)."""
    nocase: dict[str, list] = {}
    exact: dict[str, list] = {}
    chinese: dict[str, list] = {}
    for i, (en, zh) in enumerate(load_glossary()):
        for e in en:
            is_exact, k = _en_key(e)
            if k.strip():
                (exact if is_exact else nocase).setdefault(k.strip(), []).append((i, e))
        for z in zh:
            if _CJK.search(z):
                chinese.setdefault(_fold_term(z), []).append((i, z))
    longest = max((len(k.split()) for k in [*nocase, *exact]), default=1)
    return nocase, exact, chinese, longest, max(map(len, chinese), default=1)


@lru_cache(maxsize=1024)
def _glossary_hits(query: str) -> tuple[tuple[int, tuple[str, ...], tuple[str, ...]], ...]:
    """(entry, english variants found, chinese variants found) of every glossary entry the query names, in
    glossary order: English variants as whole runs of the query's words, Chinese ones as substrings."""
    nocase, exact, chinese, n_words, n_chars = _glossary_index()
    keys = _query_keys(query)
    en: dict[int, list[str]] = {}
    for table, words in ((nocase, keys[0].split()), (exact, keys[1].split())):
        for a in range(len(words)):
            for b in range(a + 1, min(len(words), a + n_words) + 1):
                for i, e in table.get(" ".join(words[a:b]), ()):
                    en.setdefault(i, []).append(e)
    zh: dict[int, list[str]] = {}
    fq = fold(query)
    for a in range(len(fq)):
        for b in range(a + 1, min(len(fq), a + n_chars) + 1):
            for i, z in chinese.get(fq[a:b], ()):
                zh.setdefault(i, []).append(z)
    return tuple((i, tuple(dict.fromkeys(en.get(i, ()))), tuple(dict.fromkeys(zh.get(i, ())))) for i in sorted({*en, *zh}))


def expand_query(query: str) -> list[str]:
    """Glossary terms on the other language's side of every glossary phrase the query contains."""
    return expand_query_coverage(query)[0]


@lru_cache(maxsize=1024)
def _expand_cached(query: str) -> tuple[tuple[str, ...], float]:
    own = set(query_tokens(query))
    covered: set[str] = set()
    extra: list[str] = []
    glossary = load_glossary()
    for i, en_hits, zh_hits in _glossary_hits(query):
        en, zh = glossary[i]
        if en_hits and not zh_hits:
            extra.extend(zh)
            covered.update(t for e in en_hits for t in tokenize(e))
        elif zh_hits and not en_hits:
            extra.extend(en)
            for z in zh_hits:  # the query's CJK tokens inside the matched term count as translated
                fz = _fold_term(z)
                covered.update(t for t in own if t.lstrip("~") in fz)
    # amounts and dates read the same in either language; a Chinese query's Latin words and figures (CFIUS, 1585) are
    # literal matches in English text (an English query's figures were measured not to help: unseen en 0.727 -> 0.715)
    q_cjk = is_cjk(query)
    covered.update(t for t in own if is_quantity(t) or (q_cjk and t.isascii()))
    return tuple(extra), (len(own & covered) / len(own) if own else 0.0)


def expansion_phrases(query: str) -> list[tuple[bool, tuple[str, ...]]]:
    """(into Chinese, the other language's variants) of every glossary phrase the query names in one language
    only: the phrases whose variants ``query_terms`` adds."""
    glossary = load_glossary()
    return [(bool(en_hits), glossary[i][1] if en_hits else glossary[i][0])
            for i, en_hits, zh_hits in _glossary_hits(query) if bool(en_hits) != bool(zh_hits)]


def expand_query_coverage(query: str) -> tuple[list[str], float]:
    """(glossary translations of the query's phrases, share of the query's own tokens those phrases cover)."""
    extra, cov = _expand_cached(query)
    return list(extra), cov


@lru_cache(maxsize=1024)
def translate_query(query: str) -> str:
    """A bag-of-terms rendering of the query in the other language: the first glossary variant of each phrase."""
    glossary = load_glossary()
    out: list[str] = []
    for i, en_hits, zh_hits in _glossary_hits(query):
        en, zh = glossary[i]
        if en_hits:
            out.append(zh[0])
        elif zh_hits:
            out.append(en[0])
    # one form per term, and none contained in a longer one (出口管制 inside 出口管制法)
    out = list({t.lower(): t for t in reversed(out)}.values())[::-1]
    out = [t for t in out if not any(t.lower() != o.lower() and t.lower() in o.lower() for o in out)]
    return " ".join(out + _render_quantities(query, into_chinese=not is_cjk(query)))


_MONTHS = "January February March April May June July August September October November December".split()


def _render_quantities(text: str, *, into_chinese: bool) -> list[str]:
    """The text's US-dollar amounts and dated days or months written the other language's way
    ("$200 billion" -> "2000亿美元", "2019年6月1日" -> "June 1, 2019"), for the dense side of a query."""
    from .normalize.amounts import parse_amounts
    from .normalize.dates import parse_dates

    out = []
    for a in parse_amounts(text):
        if a.currency == "USD" and a.value >= 1e6:
            v = a.value
            out.append(f"{v / 1e8:g}亿美元" if into_chinese and v >= 1e8 else f"{v / 1e4:g}万美元" if into_chinese
                       else f"${v / 1e9:g} billion" if v >= 1e9 else f"${v / 1e6:g} million")
    for d in parse_dates(text):
        y, _, rest = d.iso.partition("-")
        if d.kind == "date" and rest:
            m, day = int(rest[:2]), int(rest[3:5]) if len(rest) == 5 else None
            out.append(f"{y}年{m}月" + (f"{day}日" if day else "") if into_chinese
                       else f"{_MONTHS[m - 1]} " + (f"{day}, " if day else "") + y)
    return out


def is_cjk(text: str) -> bool:
    """Whether a text is mainly Chinese (at least 30% of its letters are CJK)."""
    cjk = len(_CJK.findall(text))
    letters = cjk + sum(1 for c in text if c.isascii() and c.isalpha())
    return bool(letters) and cjk / letters >= 0.3


def _weighted_terms(tokens: list[str]) -> dict[str, float]:
    w: dict[str, float] = {}
    for t in tokens:
        w[t] = w.get(t, 0.0) + 1.0
    return w


def query_terms(query: str, *, expand: bool = True, expansion_weight: float = 0.5) -> dict[str, float]:
    """Query token -> weight: the query's own tokens, plus glossary expansions at a lower weight."""
    terms = _weighted_terms(query_tokens(query))
    if expand:
        for t, w in _weighted_terms([t for e in expand_query_coverage(query)[0] for t in tokenize(e)]).items():
            if t not in terms:
                terms[t] = expansion_weight * min(w, 1.0)
    return terms
