"""What an event family is: its type, trigger patterns, which counts it keeps, and how it is named."""
from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Family:
    """Trigger lexicon and argument preferences of one event type.

    ``zh``/``en`` find trigger phrases; ``count_units`` are the measure words whose counts fill ``items``;
    ``needs`` names what a prose sentence must also state to count as an event (a bare mention of
    "tariffs" is discussion, not an event): any of "date", "amount", "rate", "count", "actor", "firm".
    """

    type: str
    zh: re.Pattern
    en: re.Pattern | None = None
    count_units: tuple[str, ...] = ()
    needs: tuple[str, ...] = ("date", "amount", "rate", "count")
    keeps_rate: bool = False
    instruments: tuple[tuple[re.Pattern, str], ...] = ()
    # Phrases that name the acting country when no actor is written (e.g. EAR -> United States).
    implied_actor: tuple[tuple[re.Pattern, str], ...] = ()
    blockers: re.Pattern | None = None  # a trigger inside one of these phrases is not this family's
    # what a plain ("implemented") statement of an instrument means: a tariff exclusion granted suspends the tariff
    instrument_status: tuple[tuple[str, str], ...] = ()
    extra_keys: tuple[str, ...] = field(default=())

    def instrument(self, text: str) -> str | None:
        """The legal instrument named in ``text`` (e.g. "Section 301 tariff"), if any."""
        for pat, name in self.instruments:
            if pat.search(text):
                return name
        return None

    def settled_status(self, status: str | None, instrument: str | None) -> str | None:
        """``status``, or the status a plain statement of ``instrument`` has (see ``instrument_status``)."""
        settled = dict(self.instrument_status).get(instrument)
        if status in ("implemented", None) or (status == "planned" and settled == "considering"):
            return settled or status  # "展開反傾銷調查，預計於6個月內作成初步認定": the probe weighs a duty
        return status

    def en_hits(self, text: str, lo: int = 0, hi: int | None = None) -> list[re.Match]:
        """English trigger matches in text[lo:hi] that no blocker phrase holds ("a national security agreement")."""
        hi = len(text) if hi is None else hi
        blocked = [b.span() for b in self.blockers.finditer(text, lo, hi)] if self.blockers else []
        return [m for m in self.en.finditer(text, lo, hi) if not any(a <= m.start() < b for a, b in blocked)]

    def actor_implied(self, text: str) -> str | None:
        """The actor a phrase in ``text`` implies when none is named."""
        for pat, name in self.implied_actor:
            if pat.search(text):
                return name
        return None


def rx(*parts: str) -> re.Pattern:
    """One alternation from several pattern parts (the lexicons read better as lists)."""
    return re.compile("|".join(f"(?:{p})" for p in parts))
