"""HTML -> Document: the main text only (no scripts, styles, navigation, headers, footers, forms, share bars,
ads, related-link lists, newsletter boxes or figure credits)."""
from __future__ import annotations

import re
from pathlib import Path

from ..clean import display_width, join_fragments, render_row, squeeze_spaces
from ..types import Document, Page, Table
from .encoding import decode_bytes

_DROP = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button", "template",
         "dialog", "select", "input")
_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "figcaption", "caption", "td", "th", "div", "section", "article")
_CONTAINERS = ["p", "div", "section", "article", "li", "table", "h1", "h2", "h3", "h4", "blockquote"]
# Class/id/aria-label words of page furniture, matched as whole words of the attribute ("ad-slot", "share-bar",
# "relatedNews"); the words are generic web-page vocabulary, not any one site's.
_FURNITURE = re.compile(
    r"(?:^|[^a-z0-9])(?:share|sharing|sharebar|social|related|relatednews|relatedposts|recommended|recommendations?"
    r"|advert|adverts|advertisement|advertising|ads?|adslot|adunit|dfp|sponsored|sponsors?|promo|promos|promotion"
    r"|newsletters?|signup|sign-up|subscribe|subscription|breadcrumbs?|breadcrumb|tools|toolbar|comments?|cookies?"
    r"|consent|gdpr|banner|popup|modal|paywall|outbrain|taboola|readmore|read-more|more-stories|most-read|popular"
    r"|trending|tags|print|credits?|copyright|disclaimer)(?=$|[^a-z0-9])"
)
_FURNITURE_ROLES = ("navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu")
# Containers that hold the article (never dropped for a furniture word such as <main class="has-ads">).
_CONTENT = "main, article, h1, [role=main], [itemprop=articleBody]"
_LINK_DENSE = 0.6  # a block whose text is mostly link text is a list of links (related stories, tags, menus)
_MOST = 0.6  # a narrower container "holds most of the text" when it has this share of the wider one's
_LEAD_IN = 40  # a short "Read more:" / "相關新聞：" line before a dropped block goes with it


def _text_len(node) -> int:
    return len(node.get_text("", strip=True))


def _link_len(node) -> int:
    return sum(len(a.get_text("", strip=True)) for a in node.find_all("a"))


def _is_furniture(tag) -> bool:
    """Whether an element's class/id/role/aria-label names page furniture (share bar, ad slot, newsletter...)."""
    attrs = tag.attrs or {}
    if attrs.get("aria-hidden") == "true" or "hidden" in attrs:
        return True
    if attrs.get("role") in _FURNITURE_ROLES:
        return True
    if re.search(r"display\s*:\s*none", attrs.get("style", "")):
        return True
    cls = attrs.get("class") or []
    words = " ".join([*(cls if isinstance(cls, list) else [cls]), attrs.get("id", ""), attrs.get("aria-label", "")])
    # camelCase ids ("shareBar", "relatedNews") split into words
    words = re.sub(r"([a-z])([A-Z])", r"\1-\2", words).lower()
    return bool(words.strip()) and _FURNITURE.search(words) is not None


def _drop_with_lead_in(tag) -> None:
    """Remove a block and a short label line just before it ("Read more:", "相關新聞：")."""
    prev = tag.find_previous_sibling()
    if prev is not None and prev.name in ("p", "span", "strong", "b", "div", "h2", "h3", "h4", "h5", "h6"):
        label = prev.get_text(" ", strip=True)
        if label and len(label) <= _LEAD_IN and label.endswith((":", "：")) and prev.find(["p", "table", "img"]) is None:
            prev.decompose()
    tag.decompose()


def _drop_furniture(soup) -> None:
    """Drop elements named as furniture, unless they hold the article (a wrapper ``class="has-ads"``)."""
    total = _text_len(soup) or 1
    for tag in soup.find_all(True):
        if tag.decomposed or tag.name in ("html", "body", "main", "article", "table", "tr", "td", "th"):
            continue
        if not _is_furniture(tag):
            continue
        if tag.select_one(_CONTENT) is not None or _text_len(tag) > 0.5 * total:
            continue
        _drop_with_lead_in(tag)
    for fig in soup.find_all("figure"):  # pictures with their captions and credits; a table in a figure stays
        if not fig.decomposed and fig.find("table") is None:
            fig.decompose()


def _drop_link_lists(main) -> None:
    """Drop blocks whose text is mostly link text (related stories, tag lists, "more from" boxes)."""
    total = _text_len(main) or 1
    for tag in main.find_all(["ul", "ol", "dl", "div", "section", "p"]):
        if tag.decomposed or tag.find("table") is not None:
            continue
        n = _text_len(tag)
        # a paragraph is held to more: a sentence around one long link is text ("See the notice of ...")
        dense = 0.85 if tag.name == "p" else _LINK_DENSE
        if n and n <= 0.5 * total and _link_len(tag) >= dense * n:
            _drop_with_lead_in(tag)


def _densest_block(soup):
    """The div/section/td with the most text in paragraphs of its own, when it has enough."""
    best, best_len = None, 0
    for div in soup.find_all(["div", "section", "td"]):
        n = sum(len(p.get_text(strip=True)) for p in div.find_all("p", recursive=False))
        if n > best_len:
            best, best_len = div, n
    return best if best_len > 200 else None


def _main_node(soup):
    """The narrowest content container holding most of the text: an <article> inside <main> rather than the
    <main> with its share bar and sign-up box; else the block with most paragraph text; else <body>."""
    body = soup.body or soup
    cands = [n for n in soup.select("main, [role=main], article, [itemprop=articleBody]") if _text_len(n) > 200]
    if not cands:
        return _densest_block(soup) or body
    node = max(cands, key=_text_len)
    while True:  # step into a narrower candidate that still holds most of the text
        inner = [c for c in cands if any(p is node for p in c.parents)]
        best = max(inner, key=_text_len, default=None)
        if best is None or _text_len(best) < _MOST * _text_len(node):
            return node
        node = best


_NUMBER = re.compile(r"(?:[-+–(]?[$€£¥]?\d[\d.,/:\-–]*%?\)?\s*[年月日億萬亿万元]?\s*)+")


def _numeric(cell: str) -> bool:
    """A number, amount, percentage or date ("2019", "8.0%", "$1,200", "2019年5月", "2023/10/17")."""
    return _NUMBER.fullmatch(cell.strip()) is not None


def _label(cell: str) -> bool:
    """Whether a cell reads as a column label: short and not a number (an empty corner cell counts)."""
    return len(cell.strip()) <= 40 and not _numeric(cell) if cell.strip() else True


def _bold(cell) -> bool:
    """Whether a cell's text is set in bold (<b>/<strong> or an inline font-weight)."""
    n = len(cell.get_text("", strip=True))
    strong = sum(len(b.get_text("", strip=True)) for b in cell.find_all(["b", "strong"]))
    return strong >= 0.8 * n or "bold" in cell.get("style", "")


def _first_row_is_header(rows: list[list[str]], bold: bool) -> bool:
    """A table without <th>/<thead>: its first row is the header when its cells read as labels and either they
    are set in bold, the body below has a numeric column, or the labels are much shorter than the body cells."""
    first, body = rows[0], rows[1:]
    if len(rows) < 2 or not any(first) or not all(_label(c) for c in first):
        return False
    if bold:
        return True
    for j, label in enumerate(first):
        col = [r[j] for r in body if j < len(r) and r[j].strip()]
        if label.strip() and col and all(_numeric(c) for c in col):
            return True
    head_len = sum(len(c) for c in first) / len(first)
    cells = [len(c) for r in body for c in r if c.strip()]
    return bool(cells) and head_len <= 0.5 * (sum(cells) / len(cells))


def _table(node, caption: str | None) -> Table | None:
    rows, header_flags, bold_first = [], [], False
    for tr in node.find_all("tr"):
        if tr.find_parent("table") is not node:
            continue  # a nested table's row
        tds = tr.find_all(["td", "th"], recursive=False)
        cells = [squeeze_spaces(c.get_text(" ", strip=True)) for c in tds]
        if not any(cells):
            continue
        if not rows:
            bold_first = all(_bold(c) for c in tds if c.get_text(strip=True))
        rows.append(cells)
        in_thead = tr.find_parent("thead") is not None
        header_flags.append(in_thead or (tr.find("th") is not None and tr.find("td") is None))
    if not rows:
        return None
    width = max(len(c) for c in rows)
    norm = [c + [""] * (width - len(c)) for c in rows]
    if not any(header_flags) and _first_row_is_header(norm, bold_first):
        header_flags[0] = True
    header = tuple(tuple(c) for c, h in zip(norm, header_flags) if h)
    data = tuple(tuple(c) for c, h in zip(norm, header_flags) if not h)
    return Table(page=1, caption=caption, header=header, rows=data)


# Separators between a page title and the site's name: " | ", " - ", " – ", " — ", " · ", and "_" (Chinese
# portals: "標題_財經頻道_某某網"; not inside an ASCII word such as file_name).
_TITLE_SEP = re.compile(r"\s+[|\-–—·»]\s+|\s*\|\s*|\s*_\s*(?=[^A-Za-z0-9])|(?<=[^A-Za-z0-9\s])\s*_\s*")


def _norm(s: str) -> str:
    return re.sub(r"\W+", "", s).lower()


def _strip_site_name(title: str, site: str) -> str:
    """Drop a site-name segment from a page title: one that repeats og:site_name, or a short trailing one."""
    parts = [p.strip() for p in _TITLE_SEP.split(title)]
    parts = [p for p in parts if p]
    if len(parts) < 2:
        return title.strip()
    site_n = _norm(site)

    def is_site(p: str) -> bool:
        n = _norm(p)
        return bool(site_n and n) and (n == site_n or n in site_n or site_n in n)

    while len(parts) > 1 and is_site(parts[0]):
        parts.pop(0)
    while len(parts) > 1:
        head = " ".join(parts[:-1])
        tail = parts[-1]
        short = display_width(tail) <= 24 and display_width(tail) <= 0.5 * display_width(head) and display_width(head) >= 8
        if not (is_site(tail) or short):
            break
        parts.pop()
    # the segments kept were joined by separators in the original: take that span of it
    start = title.find(parts[0])
    end = title.rfind(parts[-1]) + len(parts[-1])
    return title[start:end].strip() if 0 <= start < end else " ".join(parts)


def _one_line(s: str) -> str:
    """Whitespace collapsed, spaces kept: a title's space between two CJK phrases is a separator the
    editor typed ("出口管制 多家中企"), not a justification artefact."""
    return " ".join(s.split())


def _meta(soup, *keys: str) -> str:
    for key in keys:
        tag = soup.find("meta", attrs={"property": key}) or soup.find("meta", attrs={"name": key})
        if tag is not None and tag.get("content", "").strip():
            return _one_line(tag["content"])
    return ""


def _title(soup, page_title: str, main, stem: str) -> str:
    """og:title / twitter:title, else the article's <h1>, else <title> less the site's name, else any heading."""
    site = _meta(soup, "og:site_name", "application-name")
    for t in (_meta(soup, "og:title"), _meta(soup, "twitter:title")):
        t = _strip_site_name(t, site) if t else ""
        if t and (not site or _norm(t) != _norm(site)):
            return t
    h1 = main.find("h1") if main is not None else None
    if h1 is not None and h1.get_text(strip=True):
        return _one_line(h1.get_text(" ", strip=True))
    if page_title:
        return _strip_site_name(page_title, site)
    h = soup.find(["h1", "h2"])
    return _one_line(h.get_text(" ", strip=True)) if h is not None and h.get_text(strip=True) else stem


def _parts(main) -> list[str | Table]:
    """The main node's paragraphs and tables, in order."""
    parts: list[str | Table] = []
    for node in main.find_all(["table", *_BLOCKS]):
        if node.find_parent("table") is not None:
            continue  # cells are read with their table
        if node.name == "table":
            cap = node.find("caption")
            caption = squeeze_spaces(cap.get_text(" ", strip=True)) if cap else None
            fig = node.find_parent("figure")
            figcap = fig.find("figcaption") if fig is not None and len(fig.find_all("table")) == 1 else None
            if not caption and figcap is not None:
                caption = squeeze_spaces(figcap.get_text(" ", strip=True)) or None
                figcap.decompose()  # read as the caption, not again as a paragraph
            t = _table(node, caption)
            if t is not None:
                parts.append(t)
            continue
        if node.decomposed or node.find(_CONTAINERS) is not None:
            continue  # a container: its children are visited on their own
        text = squeeze_spaces(join_fragments(re.split(r"\n+", node.get_text(" ", strip=False))))
        if text:
            parts.append(text)
    return parts


def read_html(path: Path, sha256: str) -> Document:
    """Read an .html file: title, main-text paragraphs, tables rendered in place."""
    from bs4 import BeautifulSoup

    raw = decode_bytes(path.read_bytes(), str(path))
    soup = BeautifulSoup(raw, "lxml")
    page_title = _one_line(soup.title.get_text(" ", strip=True)) if soup.title else ""
    published = _published(soup)
    for tag in soup.find_all(_DROP):
        if not tag.decomposed:
            tag.decompose()
    _drop_furniture(soup)
    main = _main_node(soup)
    _drop_link_lists(main)
    text, tables = "", []
    for p in _parts(main):
        if text:
            text += "\n\n"
        if isinstance(p, Table):
            block = "\n".join(([p.caption] if p.caption else []) + [render_row(r) for r in (*p.header, *p.rows)])
            tables.append(Table(**{**p.__dict__, "start": len(text), "end": len(text) + len(block)}))
            text += block
        else:
            text += p
    title = _title(soup, page_title, main, path.stem)
    return Document(
        doc_id=sha256[:16], path=str(path), title=title[:200], pages=(Page(number=1, text=text),),
        tables=tuple(tables), sha256=sha256, date=published,
    )


_PUBLISHED_META = ("article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate",
                   "publish-date", "publication_date", "DC.date.issued", "dcterms.date", "date")


def _published(soup) -> str | None:
    """The page's publication day: article:published_time and kin in <meta>, else itemprop=datePublished,
    else the first <time datetime> inside the article."""
    from ..normalize.dates import parse_dates

    values = []
    for key in _PUBLISHED_META:
        for attr in ("property", "name", "itemprop"):
            tag = soup.find("meta", attrs={attr: key})
            if tag and tag.get("content"):
                values.append(tag["content"])
    tag = soup.find(attrs={"itemprop": "datePublished"})
    if tag is not None:
        values.append(tag.get("datetime") or tag.get("content") or tag.get_text(" ", strip=True))
    scope = soup.find("article") or soup
    tag = scope.find("time", attrs={"datetime": True})
    if tag is not None:
        values.append(tag["datetime"])
    for v in values:
        ds = parse_dates(str(v)[:40])
        if ds and ds[0].precision == "day":
            return ds[0].iso
    return None
