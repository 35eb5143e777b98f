"""Markdown: blocks (paragraphs, headings, lists, pipe tables, code, footnotes) -> clean page text.

The body keeps what the text says, not how it is marked up: emphasis, code spans, links (their text),
images, HTML comments and footnote markers go; GitHub pipe tables become ``Table``s rendered in place
like every reader's; footnote definitions ("[^1]: …") go to the page's footnotes. Two marks stay, as
the passage splitter reads them: the ``#``s of a heading (a heading of any length, and its depth) and
the bold key of a metadata line ("**Published:** …", a notice's metadata block).
"""
from __future__ import annotations

import re

from ..clean import is_table_caption, squeeze_spaces
from ..types import Table
from .text import render_blocks
from .wordjoin import join_lines

_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_ATX = re.compile(r"^\s{0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)[ \t]*$")
_BREAK = re.compile(r"^\s{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")  # a thematic break: ---, ***, ___
_QUOTE = re.compile(r"^\s{0,3}>[ \t]?")
_ITEM = re.compile(r"^\s*([-*+]|\d{1,9}[.)])[ \t]+(?=\S)")
_NOTE_DEF = re.compile(r"^\s{0,3}\[\^([^\]\s]+)\]:[ \t]*(.*)$")
_LINK_DEF = re.compile(r"^\s{0,3}\[[^\]^][^\]]*\]:[ \t]*\S+")
_META = re.compile(r"^\s*(\*\*|__)[^*_\n]{1,60}?:?\1:?[ \t]+\S")  # "**Published:** February 05, 2021"
_DELIMITER = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
_COMMENT = re.compile(r"<!--.*?-->", re.S)

# [text](url "title"): the text, and a web address after it (a link's source, searchable), not a relative one
_LINK = re.compile(r"\[([^\]]+)\]\(<?((?:[^()\s<>]|\([^()\s]*\))*)>?(?:[ \t]+(?:\"[^\"]*\"|'[^']*'))?\)")
_WEB = re.compile(r"(?:https?|ftp)://")
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|~<>])")
_INLINE = (
    (re.compile(r"!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])"), ""),  # images
    (re.compile(r"\[\^[^\]\s]+\]"), ""),  # footnote markers
    (_LINK, lambda m: f"{m.group(1)} ({m.group(2)})" if _WEB.match(m.group(2)) and m.group(2) != m.group(1) else m.group(1)),
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # [text][ref]
    (re.compile(r"<((?:https?|ftp)://[^>\s]+|[^@>\s]+@[^>\s]+)>"), r"\1"),  # autolinks
    (re.compile(r"(`+)(.+?)\1"), lambda m: m.group(2).strip()),  # code spans
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # strong
    (re.compile(r"(?<![*\w])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![*\w])"), r"\1"),  # emphasis
    (re.compile(r"(?<![_\w])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![_\w])"), r"\1"),  # emphasis (not snake_case)
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1"),  # strikethrough
    (re.compile(r"<br\s*/?>", re.I), " "),
    (re.compile(r"</?(?:sup|sub|span|b|i|em|strong|u|small|mark|kbd|code|a)\b[^>]*>", re.I), ""),
)


def strip_inline(text: str, *, urls: bool = True) -> str:
    """Text without inline Markdown: emphasis, code spans, links (their text, and with ``urls`` a web address
    after it in brackets), images, footnote markers."""
    escaped: list[str] = []

    def hide(m: re.Match) -> str:  # an escaped character is literal: out of reach of the patterns
        escaped.append(m.group(1))
        return f"\ue000{len(escaped) - 1}\ue001"

    text = _ESCAPED.sub(hide, text)
    for rx, repl in _INLINE:
        text = rx.sub(r"\1" if rx is _LINK and not urls else repl, text)
    return re.sub("\ue000(\\d+)\ue001", lambda m: escaped[int(m.group(1))], text)


def _cells(line: str) -> list[str]:
    s = line.strip()
    s = s[1:] if s.startswith("|") else s
    s = s[:-1] if s.endswith("|") and not s.endswith("\\|") else s
    return [squeeze_spaces(strip_inline(c.strip().replace("\\|", "|"))) for c in re.split(r"(?<!\\)\|", s)]


def _table_at(lines: list[str], i: int) -> tuple[list[str], list[list[str]], int] | None:
    """A pipe table whose header row is line ``i``: (header, rows, lines used), or None."""
    if "|" not in lines[i] or i + 1 >= len(lines) or not _DELIMITER.match(lines[i + 1]) or "-" not in lines[i + 1]:
        return None
    header = _cells(lines[i])
    if len(header) != len(_cells(lines[i + 1])):
        return None
    rows, j = [], i + 2
    while j < len(lines) and "|" in lines[j] and lines[j].strip():
        cells = _cells(lines[j])
        rows.append((cells + [""] * len(header))[: len(header)])
        j += 1
    return header, rows, j - i


def clean_markdown(raw: str) -> list[tuple[str, list[Table], list[str]]]:
    """Clean a Markdown body (front matter already taken out) into one page of (text, tables, footnotes)."""
    lines = _COMMENT.sub("", raw.replace("\r\n", "\n").replace("\r", "\n")).split("\n")
    blocks: list[str | Table] = []
    notes: list[str] = []
    cur: list[str] = []

    def flush() -> None:
        if cur:
            item = _ITEM.match(cur[0])
            marker = (item.group(1) + " ") if item else ""
            body = [cur[0][item.end():] if item else cur[0], *cur[1:]]
            text = squeeze_spaces(strip_inline(join_lines([ln.strip() for ln in body], None)))
            if text:
                blocks.append(marker + text)
            cur.clear()

    i = 0
    while i < len(lines):
        line = _QUOTE.sub("", lines[i])
        fence = _FENCE.match(line)
        if fence:  # a code block: its lines as they are
            flush()
            j = i + 1
            while j < len(lines) and not lines[j].strip().startswith(fence.group(1)):
                j += 1
            code = "\n".join(ln.rstrip() for ln in lines[i + 1 : j]).strip("\n")
            if code.strip():
                blocks.append(code)
            i = j + 1
            continue
        table = _table_at(lines, i)
        if table is not None:
            flush()
            header, rows, used = table
            caption = blocks.pop() if blocks and isinstance(blocks[-1], str) and is_table_caption(blocks[-1]) else None
            head = (tuple(header),) if any(header) else ()
            blocks.append(Table(page=1, caption=caption, header=head, rows=tuple(map(tuple, rows))))
            i += used
            continue
        note = _NOTE_DEF.match(line)
        if note:  # the definition and its continuation lines (up to a blank line, or indented after one)
            flush()
            parts, j = [note.group(2)], i + 1
            while j < len(lines) and (lines[j].strip() or (j + 1 < len(lines) and lines[j + 1].startswith(("    ", "\t")))):
                indented = lines[j].startswith((" ", "\t"))
                if _NOTE_DEF.match(lines[j]) or (not indented and (_ATX.match(lines[j]) or _ITEM.match(lines[j]))):
                    break
                parts.append(lines[j])
                j += 1
            text = squeeze_spaces(strip_inline(join_lines([p.strip() for p in parts], None)))
            if text:
                notes.append(text)
            i = j
            continue
        atx = _ATX.match(line)
        setext = _SETEXT.match(line) if cur and not _ITEM.match(cur[0]) else None
        if not line.strip() or _LINK_DEF.match(line):
            flush()
        elif atx:
            flush()
            heading = squeeze_spaces(strip_inline(atx.group(2) or ""))
            if heading:  # spaced as the plain-text reader always had it ("## 第一章总则": squeeze_spaces over the line)
                blocks.append(squeeze_spaces(f"{atx.group(1)} {heading}"))
        elif setext:  # "Title\n=====" is a level-1 heading, "Title\n-----" a level-2 one
            text = squeeze_spaces(strip_inline(join_lines([ln.strip() for ln in cur], None)))
            cur.clear()
            blocks.append(("# " if setext.group(1)[0] == "=" else "## ") + text)
        elif _BREAK.match(line):
            flush()
        elif _META.match(line):  # a metadata line stays a line of its own, its bold key kept
            flush()
            key = re.match(r"\s*(\*\*|__).*?\1:?", line)
            blocks.append(key.group().strip() + " " + squeeze_spaces(strip_inline(line[key.end():])))
        elif _ITEM.match(line):
            flush()
            cur.append(line)
        else:
            cur.append(line)
        i += 1
    flush()
    text, tables = render_blocks(blocks)
    return [(text, tables, notes)]
