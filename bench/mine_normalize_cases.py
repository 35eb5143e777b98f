"""Mine candidate clauses for the normalisation gold set from the shared corpus (run once; labels by hand).

Candidates are found with broad trigger patterns that do not use the parsers, and split dev/heldout by
a fixed hash of the text (30% heldout), before any rule is tuned on them.
    python bench/mine_normalize_cases.py > /tmp/candidates.tsv
"""
from __future__ import annotations

import csv
import hashlib
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from tests.conftest import CORPUS  # noqa: E402

TRIGGERS = {
    "dates": r"\d{2,4}\s*年|\d{1,2}\s*月|[〇零一二三四五六七八九]{4}年|\b(?:January|February|March|April|May|June|July|"
             r"August|September|October|November|December)\b|\b(?:19|20)\d\d[/-]\d",
    "amounts": r"[億亿萬万兆]\s*(?:美元|元|人民幣|人民币|日圓|韓元)|美元|\$\s?\d|\b(?:billion|million|trillion)\b",
    "rates": r"%|％|\bpercent\b|\bper cent\b|百分點|百分点|百分之|分之",
    "counts": r"\d\s*[項项個个家件種种條条]|\b\d[\d,]* (?:\w+ )?(?:entities|lines|items|products|companies|subheadings)\b",
    "names": r"美國|美国|中國|中国|大陸|商務部|商务部|財政部|國務院|国务院|公司|集團|Department|Ministry|"
             r"\b(?:U\.S\.|US|China|Chinese|Huawei|ZTE|Commerce|BIS|USTR)\b",
}
PER_SOURCE = {"dates": 14, "amounts": 12, "rates": 9, "counts": 8, "names": 11}

# Second pass ("targeted"): the rarer forms each parser must handle, as windows of joined text.
_MON = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
TARGETED = {
    "dates": [r"民國|民国|\d{2,3}\s*年度|(?<![\d\s])\s?\d{2,3}\s*年\s*\d{1,2}\s*月|(?<!\d)\d{2,3}/\d{1,2}/\d{1,2}",
              r"\d\s*[年月日]\s*(?:至|到|～|~|－)\s*\d",
              r"上半年|下半年|第\s*[一二三四1-4]\s*季|前\s*\S{1,2}\s*[個个]月|年底|年初",
              r"同年|隔年|翌年|次年",
              r"[〇零一二三四五六七八九]{4}\s*年|[一二三四五六七八九十]{1,3}\s*月[一二三四五六七八九十]{1,3}\s*日",
              rf"{_MON}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MON}\s+\d{{4}}|{_MON}\s+\d{{4}}"],
    "amounts": [r"[\d,.]+\s*[億亿萬万兆]?\s*(?:元|美元)?\s*[～~至到－-]\s*[\d,.]+\s*[億亿萬万兆]",
                r"\d\s*兆|新臺幣|新台幣|人民幣|人民币|日圓|日元|韓元|歐元|欧元",
                r"\$\s?\d|US\$|USD|RMB",
                r"[一二三四五六七八九十百千两兩]+\s*[億亿萬万]\s*(?:美元|元)"],
    "rates": [r"百分點|百分点|百分之|分之|percentage point|per cent",
              r"\d\s*%?\s*[-～~至到]\s*\d+(?:\.\d+)?\s*(?:%|％)"],
    "counts": [r"\d[\d,]*\s*(?:項|项|家|種|种|件)",
               r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten)\s+(?:\w+\s+)?(?:entities|lines|items)\b"],
    "names": [r"商務部|商务部|財政部|财政部|國務院|国务院",
              r"公司|集團|集团|Inc\.|Corp|Technologies|Ltd",
              r"[部署局](?:長|长)?[，,、）)]|委員會|委员会|Bureau|Department|Ministry|Office"],
}
PER_PATTERN = 4


def joined(text: str) -> str:
    """Undo PDF line breaks inside Chinese sentences (as the clean stage does): CJK\\n+CJK -> CJKCJK."""
    return re.sub(r"(?<=[\u4e00-\u9fff，、（「])\n+(?=[\u4e00-\u9fff\d（「])", "", text)


def windows(text: str, rx: str, before: int = 45, after: int = 35):
    """Windows of one line around each match of rx."""
    for m in re.finditer(rx, text):
        ls = text.rfind("\n", 0, m.start()) + 1
        le = text.find("\n", m.end())
        le = len(text) if le < 0 else le
        yield text[max(ls, m.start() - before):min(le, m.end() + after)].strip()


def sources() -> dict[str, str]:
    """Source name -> plain text of that part of the corpus."""
    out = {"seed": (CORPUS / "000_3ffe8296a3a1e621.txt").read_text(encoding="utf-8")}
    out["cn_laws"] = "\n".join(p.read_text(encoding="utf-8") for p in sorted((CORPUS / "cn_laws").glob("*.md")))
    out["news"] = "\n".join(p.read_text(encoding="utf-8") for p in sorted((CORPUS / "cn_news_tradewar_2019").glob("*.txt")))
    out["fr_abstracts"] = "\n".join(p.read_text(encoding="utf-8").split("## Summary")[-1].split("## Sources")[0]
                                    for p in sorted((CORPUS / "fr_abstracts").glob("*.md")))
    weibo = []
    for p in sorted((CORPUS / "weibo_tradewar").glob("*.json")):
        weibo += [r.get("text", "") for r in json.loads(p.read_text(encoding="utf-8")).get("result", [])]
    out["weibo"] = "\n".join(weibo)
    with open(CORPUS / "peoples_daily_en" / "peoplesDailyOutput_tariff.csv", encoding="utf-8") as f:
        out["peoples_daily_en"] = "\n".join(r["text"] for r in csv.DictReader(f))
    return out


def clauses(text: str):
    """Clauses of one line: split at sentence ends, clipped to at most 90 characters."""
    for line in text.splitlines():
        for part in re.split(r"(?<=[。！？；;!?])|(?<=\. )", line):
            part = part.strip()
            if 6 <= len(part) <= 90:
                yield part


def split_of(text: str) -> str:
    return "heldout" if int(hashlib.md5(text.encode("utf-8")).hexdigest(), 16) % 10 < 3 else "dev"


def main() -> None:
    rng = random.Random(20261124)
    w = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    w.writerow(["split", "parser", "source", "text", "expected"])
    seen = set()
    for src, text in sources().items():
        cands = list(dict.fromkeys(clauses(text)))
        for parser, trig in TRIGGERS.items():
            pool = [c for c in cands if re.search(trig, c) and c not in seen]
            for c in rng.sample(pool, min(PER_SOURCE[parser], len(pool))):
                seen.add(c)
                w.writerow([split_of(c), parser, src, c, ""])
    if "--targeted" in sys.argv:
        for src, text in sources().items():
            text = joined(text)
            for parser, patterns in TARGETED.items():
                for rx in patterns:
                    pool = [c for c in dict.fromkeys(windows(text, rx)) if c not in seen and not re.search(r"[\t\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]", c)]
                    for c in rng.sample(pool, min(PER_PATTERN, len(pool))):
                        seen.add(c)
                        w.writerow([split_of(c), parser, src, c, ""])


if __name__ == "__main__":
    main()
