"""English rules for government notices (Federal Register style): list actions, counts in words, destinations.

"BIS amends the EAR by adding twenty-four entities to the Entity List ... under the destinations of China,
Iran ..." -> export_control, items 24, destination [China, Iran]. The date of a notice is the date its
text leads with ("Effective October 18, 2019, ...", "On January 6, 2020, ...") or else the document's
own (publication) date.
"""
from __future__ import annotations

import re

from ..normalize.names import canonical_name

_SMALL = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                                     "fifteen sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
_NUMWORD = r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|" + "|".join(sorted(_SMALL, key=len, reverse=True)) + r"|a hundred|one hundred)"
_UNIT = r"(?:entities|entity|persons|person|individuals|individual|companies|company|addresses|parties|party|organizations)"
COUNT = re.compile(rf"\b(?P<n>\d[\d,]*|{_NUMWORD})(?:\s*\(\d[\d,]*\))?\s+(?:new\s+|additional\s+|existing\s+|foreign\s+)?{_UNIT}\b", re.I)
_LIST = r"(?P<list>Entity List|Unverified List(?: \(UVL\))?|UVL|Military End[- ]User(?: \(MEU\))? List|MEU List|Denied Persons List|SDN List|Specially Designated Nationals(?: and Blocked Persons)? List)"
LIST_ACTION = re.compile(
    rf"\b(?P<verb>add(?:s|ed|ing)?|remov(?:e|es|ed|ing)|plac(?:e|es|ed|ing)|designat(?:e|es|ed|ing))\b(?P<what>[^.;]{{0,90}}?)\b(?:to|from|on)\s+the\s+{_LIST}",
    re.I,
)
_DEST = re.compile(r"\bunder the destinations? of (?P<list>.+?)(?=\.\s|\.$|;| and (?:one|the other|\w+) (?:will|under)|$)", re.I)
# Only a date the sentence opens with: "on February 24, 2022" inside "In response to ... invasion of
# Ukraine on February 24, 2022, the Department ... is adding" dates the cause, not the action.
_LEAD_DATE_WORDS = re.compile(r"^\W*(?:(?:Effective|On|Beginning|As of|Starting)\s+)?$", re.I)
_CONTROL = re.compile(r"\b(?:export controls?|controls on|these controls|license requirements?|licen[cs]e requirement)\b", re.I)
_CONTROL_VERB = re.compile(r"\b(?:implement(?:s|ed|ing)?|impos(?:e|es|ed|ing)|expand(?:s|ed|ing)?|add(?:s|ed|ing)?|extend(?:s|ed|ing)?|amend(?:s|ed|ing)?|restrict(?:s|ed|ing)?)\b", re.I)
_ACTION_VERB = re.compile(r"\b(?:impos\w+|increas\w+|reduc\w+|rais\w+|lower\w*|modif\w+|suspend\w*|add(?:s|ed|ing)?|terminat\w+|revis\w+|extend\w*|exclu\w+|lift\w*|determin\w+|request\w*)\b", re.I)
_ADMIN_ONLY = re.compile(r"\bduplicate\b|\bcorrect(?:s|ed|ing)?\b|\btypographical\b", re.I)


def words_to_int(s: str) -> int | None:
    """"twenty-four" -> 24, "33" -> 33, "one hundred" -> 100."""
    s = s.lower().replace(",", "").strip()
    if s.isdigit():
        return int(s)
    if s in ("a hundred", "one hundred"):
        return 100
    if s in _SMALL:
        return _SMALL[s]
    parts = s.split("-")
    if parts[0] in _TENS:
        return _TENS[parts[0]] + (_SMALL.get(parts[1], 0) if len(parts) > 1 else 0)
    return None


def count_of(text: str) -> int | None:
    """The first count of listed parties in ``text`` ("twenty-four entities", "33 persons")."""
    m = COUNT.search(text)
    return words_to_int(m.group("n")) if m else None


def destinations(text: str) -> list[str]:
    """Canonical names listed after "under the destination(s) of" in ``text``."""
    out: list[str] = []
    for m in _DEST.finditer(text):
        lst = re.sub(r"\([^)]*\)", "", m.group("list"))
        for part in re.split(r",\s*(?:and\s+)?|\s+and\s+", lst):
            part = re.sub(r"^(?:the|all)\s+", "", part.strip(), flags=re.I).strip(" .")
            part = re.sub(r"^(?:one|two|three|\d+)\s+(?:under\s+)?", "", part) if part[:1].isdigit() else part
            if not part or len(part) > 60:
                continue
            name = canonical_name(part) or part
            if name not in out:
                out.append(name)
    return out


def leading_date(text: str, dates) -> object | None:
    """The date a sentence leads with ("On January 6, 2020, ..."), else None."""
    for d in dates:
        if _LEAD_DATE_WORDS.search(text[:d.start]) or d.start <= 2:
            return d
    return None


def list_actions(text: str) -> list[tuple[re.Match, str, str]]:
    """(match, status, list name) for every add/remove on a named list; corrections are not events."""
    out = []
    if _ADMIN_ONLY.search(text):
        return out
    for m in LIST_ACTION.finditer(text):
        verb = m.group("verb").lower()
        status = "revoked" if verb.startswith("remov") else "implemented"
        out.append((m, status, m.group("list")))
    return out


def control_action(text: str) -> re.Match | None:
    """An item-control statement ("implement necessary controls on advanced computing ICs")."""
    m = _CONTROL.search(text)
    if m and _CONTROL_VERB.search(text) and not _ADMIN_ONLY.search(text):
        return m
    return None


def has_action(text: str) -> bool:
    """True when an English sentence has a verb of trade action (impose, reduce, suspend, determine...)."""
    return bool(_ACTION_VERB.search(text))
