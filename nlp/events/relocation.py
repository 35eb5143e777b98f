"""Relocation: firms moving production out of China, back to Taiwan, or on to Vietnam, India, Mexico..."""
from __future__ import annotations

import re

from .family import Family, rx

FAMILY = Family(
    type="relocation",
    zh=rx(
        r"遷廠|迁厂|撤廠|撤厂|移廠|移厂|搬遷|搬迁|遷往|迁往|移往|轉往|转往|遷移|迁移|外移",
        r"撤出(?:中國|中国|大陸|大陆)|撤離(?:中國|中国|大陸|大陆)|撤离(?:中国|大陆)",
        r"(?:轉移|转移|移轉|移转)(?:[^。；;]{0,6})(?:生產|生产|產能|产能|產線|产线|供應鏈|供应链)",
        r"(?:生產|生产|產能|产能|產線|产线)(?:[^。；;]{0,6})(?:轉移|转移|移轉|移转|移出|遷出|迁出)",
        r"回臺投資|回台投資|回台投资|回流(?:臺灣|台灣|台湾)|赴[^。；;，]{1,8}(?:設廠|设厂|投資設廠)",
    ),
    en=re.compile(r"\b(?:relocat\w+|move[sd]? (?:its |their )?production|shift(?:ed|ing|s)? (?:its |their )?production|reshor\w+|pull(?:ed|ing)? out of China|exit(?:ed|ing)? China)\b", re.I),
    count_units=("家", "間", "间", "firms", "companies"),
    needs=("firm", "count", "destination"),
)
