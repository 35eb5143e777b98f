"""Text bytes -> str: a byte-order mark, UTF-8, else the legacy encoding whose reading is plausible text.

Big5, GB18030, Shift-JIS, EUC-JP, EUC-KR and Windows-1252 readings are scored by the share of characters
plausible in their script (Chinese by jieba's character frequencies, Traditional folded to Simplified;
Japanese by kana and common kanji; Korean by the 2,350 common Hangul; Windows-1252 by letters next to
ASCII). A reading below MIN_PLAUSIBLE is refused with a message that names the closest encoding.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

from ..errors import UnreadableFile

# Byte-order marks, longest first (a UTF-32 LE mark starts like a UTF-16 LE one).
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
# Legacy encodings tried when the bytes are not UTF-8, in order of preference on a tie (Chinese first).
ENCODINGS = {"big5": "Big5", "gb18030": "GB18030/GBK", "cp932": "Shift-JIS", "euc_jp": "EUC-JP",
             "cp949": "EUC-KR", "cp1252": "Windows-1252"}
_SCRIPT = {"big5": "zh", "gb18030": "zh", "cp932": "ja", "euc_jp": "ja", "cp949": "ko", "cp1252": "latin"}
MIN_PLAUSIBLE = 0.6  # share of plausible characters a reading needs to be accepted
_MARGIN = 0.05  # a Chinese reading this close to the best one is preferred (short strings are ambiguous)
_SAMPLE = 20000
# Punctuation and symbols that real CJK text uses (not the small forms, box drawing, half-width kana or
# Greek/Cyrillic that a wrong double-byte codec produces).
_CJK_PUNCT = frozenset("·×÷°±§‰※→←↑↓△▲○●◎□■◇◆★☆€£¥").union(
    map(chr, [*range(0x2010, 0x2028), *range(0x3000, 0x3040), *range(0xFF01, 0xFF5F)])
)
_LATIN_PUNCT = frozenset("“”‘’–—…€•™\u00a0")
_KANA = re.compile("[\u3041-\u3096\u30a1-\u30fa\u30fc]")
_HAN_GAP = re.compile("(?<=[\u3400-\u9fff]) (?=[\u3400-\u9fff])")


def decode_bytes(data: bytes, path: str) -> str:
    """Decode text bytes: a byte-order mark, UTF-8, else the legacy encoding whose reading is plausible text."""
    return detect_encoding(data, path)[0]


def detect_encoding(data: bytes, path: str) -> tuple[str, str]:
    """(text, encoding). Without a byte-order mark and not UTF-8, each of ENCODINGS that decodes the bytes
    is scored by the share of characters that text in its script commonly holds (the most frequent
    Chinese characters, kana and level-1 kanji, KS X 1001 Hangul, Latin letters beside ASCII); the best
    reading is accepted when it is plausible enough. Other single-byte encodings go to charset_normalizer.

    Raises:
        UnreadableFile: binary data, or no encoding gives plausible text (the message names the closest).
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                reason = f"starts with a {enc.upper()} byte-order mark but does not decode as {enc.upper()}"
                raise UnreadableFile(path, reason, "re-save it as UTF-8") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096]:
        # UTF-16 without a mark: ASCII characters put their zero byte second (LE) or first (BE)
        enc = "utf-16-le" if data[1:4096:2].count(0) >= data[0:4096:2].count(0) else "utf-16-be"
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            text = ""
        head = text[:4096]
        if head and sum(1 for c in head if unicodedata.category(c) in ("Cc", "Cn", "Co", "Cs") and c not in "\t\n\r\f") < 0.01 * len(head):
            return text, enc
        raise UnreadableFile(path, "binary data, not text", "give a text file (UTF-8, Big5 or GB18030)")
    scored = []
    for rank, enc in enumerate(ENCODINGS):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        scored.append((plausibility(text, enc), -rank, enc, text))
    best = max(scored, default=None)
    if best is not None and _SCRIPT[best[2]] != "zh":
        best = max((s for s in scored if _SCRIPT[s[2]] == "zh" and s[0] >= best[0] - _MARGIN), default=best)
    if best is not None and best[0] >= MIN_PLAUSIBLE:
        return best[3], best[2]
    guess = _detect_single_byte(data)
    if guess is not None:
        return guess
    closest = f"closest: {ENCODINGS[best[2]]}, {best[0]:.0%} plausible characters" if best else "no candidate decodes it"
    raise UnreadableFile(path, f"cannot decode the text: not UTF-8, and no encoding reads it as plausible text ({closest})",
                         "re-save it as UTF-8")


def _detect_single_byte(data: bytes) -> tuple[str, str] | None:
    """charset_normalizer's reading when it uses a single-byte encoding (Cyrillic, Greek, Central European …)
    with little chaos; double-byte encodings are judged by ``plausibility`` alone."""
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
    except Exception:  # detection is best effort; the caller reports failure
        return None
    # chaos is a fraction (percent_chaos is the same as a percentage)
    if best is None or best.chaos > 0.2 or len(str(best)) != len(data):
        return None
    return str(best), best.encoding


def plausibility(text: str, encoding: str) -> float:
    """Share of the non-ASCII characters of ``text`` (read with ``encoding``) that are plausible in its script."""
    script = _SCRIPT[encoding]
    sample = "".join(c for c in text[:_SAMPLE] if ord(c) > 0x7F and not c.isspace())
    if not sample:
        return 1.0
    if script == "zh":
        from ..normalize.script import to_simplified

        weights = _hanzi_weights()
        folded = to_simplified(sample)
        folded = folded if len(folded) == len(sample) else sample
        ok = sum(1.0 if a in _CJK_PUNCT else max(weights.get(a, 0.0), weights.get(b, 0.0)) for a, b in zip(sample, folded))
        # a space between two ideographs is rare in Chinese (Korean read as Chinese has one every few characters)
        return ok / (len(sample) + len(_HAN_GAP.findall(text[:_SAMPLE])))
    if script == "ja":
        kanji = _decoded_range("euc_jp", 0xB0, 0xCF)  # JIS X 0208 level 1: the common kanji
        kana = sum(1 for c in sample if _KANA.match(c))
        ok = sum(1 for c in sample if c in _CJK_PUNCT or c in kanji or _KANA.match(c))
        return ok / len(sample) * (1.0 if kana else 0.75)  # Japanese prose without kana is unlikely
    if script == "ko":
        hangul = _decoded_range("euc_kr", 0xB0, 0xC8)  # the 2,350 Hangul syllables of KS X 1001
        return sum(1 for c in sample if c in _CJK_PUNCT or c in hangul) / len(sample)
    head = text[:_SAMPLE]  # Latin: accented letters and quotes sit beside ASCII letters, not in runs
    ok = 0
    for i, c in enumerate(head):
        if ord(c) > 0x7F and not c.isspace() and (c in _LATIN_PUNCT or unicodedata.category(c).startswith("L")):
            near = head[max(0, i - 1) : i] + head[i + 1 : i + 2]
            ok += any(x.isascii() and (x.isalpha() or c in _LATIN_PUNCT) for x in near)
    return ok / len(sample)


@lru_cache(maxsize=1)
def _hanzi_weights() -> dict[str, float]:
    """Plausibility of a (Simplified) character by its frequency rank in jieba's dictionary: the top 1,000
    cover ~87 % of running text, 3,000 ~98.5 %; a wrong codec's characters fall mostly outside 6,000."""
    import jieba

    counts: Counter[str] = Counter()
    with jieba.get_dict_file() as f:
        for line in f:
            word, freq = line.decode("utf-8").split(" ", 2)[:2]
            for ch in word:
                counts[ch] += int(freq)
    return {ch: 1.0 if r < 1000 else 0.9 if r < 3000 else 0.5 for r, (ch, _) in enumerate(counts.most_common(6000))}


@lru_cache(maxsize=4)
def _decoded_range(encoding: str, first_row: int, last_row: int) -> frozenset[str]:
    """The characters of rows ``first_row``..``last_row`` of a 94×94 EUC character set."""
    out = set()
    for row in range(first_row, last_row + 1):
        for cell in range(0xA1, 0xFF):
            try:
                out.add(bytes((row, cell)).decode(encoding))
            except UnicodeDecodeError:
                pass
    return frozenset(out)
