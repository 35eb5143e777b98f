"""Other trade actions worth an analyst's timeline: investigations, determinations, trade-law milestones.

Anti-dumping and countervailing investigations are tariffs under consideration (tariffs.py): they end in duties."""
from __future__ import annotations

import re

from .family import Family, rx

FAMILY = Family(
    type="other",
    zh=rx(
        r"301\s*(?:條款|条款)?\s*(?:調查|调查)|(?:啟動|启动|發起|发起|立案|展開|展开)(?:[^。；;]{0,10})(?:調查|调查)",
        r"匯率操縱國|汇率操纵国",
    ),
    en=re.compile(r"\b(?:Section 301 investigations?|actionable under Section 301|potential trade action|currency manipulat\w+)\b", re.I),
    needs=("date", "target"),
    implied_actor=((re.compile(r"301|USTR"), "United States"),),
)
