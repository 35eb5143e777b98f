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


if __name__ == "__main__":
    main()
