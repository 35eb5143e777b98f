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

    def __post_init__(self):
        object.__setattr__(self, "zh", gated(self.zh))
        if self.en is not None:
            object.__setattr__(self, "en", gated(self.en))

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
    """One alternation from several pattern parts (the lexicons read better as lists; ``Family`` gates it)."""
    return re.compile("|".join(f"(?:{p})" for p in parts))


class _AnyStart(Exception):
    """A match may start with any character (or with none)."""


def _starts(seq, fold: bool = False) -> tuple[set, bool]:
    """(what a match of the parsed sequence ``seq`` can start with, whether it can match empty; ``fold``: either case)."""
    out: set = set()
    for op, av in seq:
        first, empty = _starts_op(op, av, fold)
        out |= first
        if not empty:
            return out, False
    return out, True


def _cased(c: str, fold: bool) -> set:
    return {re.escape(x) for x in ({c, c.lower(), c.upper()} if fold else {c}) if len(x) == 1}


def _starts_op(op, av, fold: bool) -> tuple[set, bool]:
    if op is _C.LITERAL:
        return _cased(chr(av), fold), False
    if op is _C.IN:
        out = set()
        for o, a in av:
            if o is _C.LITERAL:
                out |= _cased(chr(a), fold)
            elif o is _C.RANGE and (not fold or a[1] - a[0] < 64):
                out |= {c for x in range(a[0], a[1] + 1) for c in _cased(chr(x), fold)} if fold else {f"{re.escape(chr(a[0]))}-{re.escape(chr(a[1]))}"}
            elif o is _C.CATEGORY and a in (_C.CATEGORY_SPACE, _C.CATEGORY_DIGIT):
                out.add(r"\s" if a is _C.CATEGORY_SPACE else r"\d")
            else:
                raise _AnyStart  # a negated set, \w
        return out, False
    if op is _C.SUBPATTERN:  # (group, flags added, flags removed, body): "(?i:…)" folds its body
        return _starts(av[-1], fold or bool(av[1] & re.IGNORECASE))
    if op is _C.BRANCH:
        out, empty = set(), False
        for alt in av[1]:
            first, e = _starts(alt, fold)
            out, empty = out | first, empty or e
        return out, empty
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
        first, empty = _starts(av[2], fold)
        return first, empty or av[0] == 0
    if op in (_C.ASSERT, _C.ASSERT_NOT, _C.AT):
        return set(), True  # zero-width: the next element starts the match
    raise _AnyStart  # ".", a back reference, a conditional


def gated(pattern: re.Pattern) -> re.Pattern:
    """``pattern`` behind a lookahead on the characters its matches can start with (the same matches).

    Python's matcher tries every alternative of a long lexicon at each position of a sentence; the one-character
    gate lets it pass at once the positions where none can start (the screen of every Chinese sentence, 1.3 s on
    the seed report, takes 0.4 s gated). A pattern that may start anywhere, or match empty, is returned as it is."""
    if pattern.pattern.startswith("(?=["):
        return pattern  # gated already
    try:
        first, empty = _starts(_P.parse(pattern.pattern, pattern.flags), bool(pattern.flags & re.IGNORECASE))
    except _AnyStart:
        return pattern
    if empty or not first:
        return pattern
    return re.compile(f"(?=[{''.join(sorted(first))}])(?:{pattern.pattern})", pattern.flags)


try:  # the parser behind re (Python 3.11+ names it re._parser)
    import re._constants as _C
    import re._parser as _P
except ImportError:  # pragma: no cover
    import sre_constants as _C  # type: ignore[no-redef]
    import sre_parse as _P  # type: ignore[no-redef]
