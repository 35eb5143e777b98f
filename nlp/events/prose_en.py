"""Events stated in English running text: notices, press releases and news, one sentence at a time.

List actions ("adds twenty-four entities to the Entity List") and item controls keep the notice rules of
english.py; every other family is found by its English trigger and needs a verb of trade action in the
sentence. A sentence that coordinates two measures ("quadruple tariffs on EVs to 100% and raise duties on
solar cells to 50%") gives one event per clause. Arguments: the date the sentence leads with, else the first
date of the clause that is not a cause's ("In response to … on February 24, 2022") or a bound ("until …"),
else "the same day/year" from the sentences before, else the document's own date; the subject as actor
(a state, an agency, a leader; a firm for relocations); targets from target slots ("imported from China"),
nationality adjectives ("Chinese steel") and the firms a listing or blocking verb names; status from the
verbs ("postponed" beats an adjectival "planned"). A negated trigger ("did not impose") states nothing.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..normalize.names import canonical_name, name_country
from ..types import Event
from . import english as en
from . import agreements, export_controls, other, sanctions
from .arguments import (AIMED, earlier_year, hedged, other_states, pick_actor, place_country, pick_amount, pick_products, pick_rate, pick_subject,
                        pick_targets, scan, state_of, states_named)

_PREP = re.compile(r"\b(?:to|in|into|near|toward|towards|from|out of|away from)\b", re.I)
_FROM_CHINA = re.compile(r"\b(?:from|out of|outside|away from|beyond)\s+(?:[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?,\s+)?(?:mainland\s+)?China\b")
_SERVED = re.compile(r"\s+(?:[\w-]+\s+)?(?:customers|clients|buyers|markets?|orders|demand|consumers)\b")
_PROJECT_BULLET = re.compile(r"\s*[-•*]\s+(?:An?|The|Transfer|Expansion|Relocation|Closure|Construction|Investment|Acquisition)\b")
_SITE = re.compile(r"\b(?:plants?|factor(?:y|ies)|facilit(?:y|ies)|operations|sites?|base|lines?|works|campus)\s*$")
_ITEMS = re.compile(r"\b(?P<n>\d[\d,]*)\s+(?:(?:Chinese|American|U\.S\.|US|imported|other)\s+)?(?:products|items|tariff lines|product lines|goods|exclusions|HTS (?:codes|subheadings))\b")
_APPS = re.compile(r"\b(?P<n>\d[\d,]*)\s+(?:more\s+)?(?:[A-Z][\w-]*\s+)?(?:mobile\s+)?(?:apps|applications)\b")
_INCLUDING = re.compile(r"\bincluding (?P<p>[a-z][^,.;]{2,80}?)(?=,|\.|;| on | from | worth |$)")
_DEMONYM_HEAD = re.compile(r"^(?:certain |some |all )?(?:Chinese|American|U\.S\.|US|Japanese|South Korean|Korean|Russian|Iranian|"
                           r"European|Indian|Vietnamese|Taiwanese)(?:-made|-origin)?\s+")
_ANAPHORA = re.compile(r"^\W*(?:The|These|Those|Such|This|That|Its|Their)\s+(?:new\s+|higher\s+|additional\s+|extended\s+|provisional\s+)?"
                       r"(?:dut(?:y|ies)|tariffs?|surtax(?:es)?|surcharges?|(?:product\s+)?exclusions?|"
                       r"measures?|rules?|restrictions?|controls?|sanctions?|levies|move|decision|order|increase|hike)\b")
_MEASURED = re.compile(r"\b(?:tariffs?|duties|duty|controls|restrictions|curbs|bans?|levies) on (?:imports of )?(?P<p>[A-Za-z][^.;,]{2,100}?)"
                       r"(?=,? (?:and|for|from|in|to|that|worth|valued|by|at|of up to|ranging|starting|effective|imported|on|since)\b|[.;,]|$)")
_GENERIC = re.compile(r"^(?:certain |other |all |some )?(?:products|goods|imports|items|exports|countries|trade)\b", re.I)
_SUBJECT_GAP = re.compile(r"(?:\s|the|The|President|Prime Minister|Secretary|Commerce|Trade|U\.S\.|US|Donald|Joe|Chinese|Premier|"
                          r"Vice|Minister|Representative|[A-Z][a-z]+'s)*")
# a later clause that goes on without a subject of its own: "…, and announced a $220 million investment in …"
_EXPORTS_STOPPED = re.compile(export_controls.EXPORTS_STOPPED, re.I)
_BARE_VERB = re.compile(r"\W*(?:and\s+|then\s+)?(?:also\s+)?[a-z]+ed\b")
_NO_SUBJECT = re.compile(r"\W*(?:and|but|then)?\s*(?:also\s+|separately\s+)?(?:announced|said|plans?|planned|will|would|is|has|had|opened|began|started|"
                         r"unveiled|committed|agreed|signed|expects?|intends?)\b", re.I)
_AS_CAUSE = re.compile(r"\b(?:in (?:response|retaliation|reply) to|in retaliation for|retaliat\w+ (?:against|for)|because of|citing|caused by|driven by|due to|owing to|"
                       r"that\s+(?:had\s+|have\s+|has\s+)?(?:imposed|introduced|adopted))\s+(?:[\w'’-]+\s+){0,4}?$")
_FACE = re.compile(r"\b(?:face|faces|facing|faced|(?:be|is|are|was|were)\s+subject\s+to)\s+(?:an?\s+|the\s+)?(?:(?:new|higher|additional|extra)\s+)?\d")  # "goods from Vietnam will face a 20% tariff"
_PASSIVE = re.compile(r"\b(?:has|have|had)\s+been\s+\w+(?:ed|en)\b|\b(?:will|would|shall)\s+be\s+\w+(?:ed|en)\b|\b(?:was|were)\s+(?:formally\s+)?\w+(?:ed|en)\b|"
                      r"\b(?:is|are)\s+(?:also\s+|now\s+|further\s+)?(?:listed|extended|imposed|lowered|raised|added|prohibited|banned|designated|"
                      r"reinforced|expanded|introduced|tightened|suspended|lifted|removed)\b")
_BOILERPLATE = re.compile(r"\bforward-looking statements?\b|\bcould differ materially\b|\brisks and uncertainties\b|"
                          r"\btake no responsibility for the contents\b", re.I)  # an exchange's disclaimer atop a filing
_HISTORY = re.compile(r"\W*(?:Since (?:19|20)\d\d,? when\b|[^.;]{0,60}\b(?:traces?|traced|dates?|dated) back to\b)", re.I)
# "X had already lifted …" tells what came before; with the month it happened in it is a measure of its own
_HAD_ALREADY = re.compile(r"[^.;]{0,80}\bhad already\b", re.I)
_MONTH = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\b(?:\s+\d{1,2})?(?:,?\s+(?:19|20)\d\d)?")
_LABEL = re.compile(r"^\W{0,3}(?P<n>[A-Z][\w .'’-]{1,30}?):\s")
_CORP = re.compile(r"\b(?P<n>(?:[A-Z][\w&'-]+\s+(?:&\s+)?){0,4}?[A-Z][\w&'-]+),?\s+(?:(?:Inc|Ltd|Corp|Corporation|Co\., Ltd|LLC|plc|Limited|AG|SE|N\.V)\b\.?|"
                   r"\((?:NYSE|NASDAQ|Nasdaq|TSX|LSE|ASX|HKEX|SGX|TWSE|TSE)\s*:)")
_CAUSE_CLAUSE = re.compile(r",\s+(?:as|amid|because of|due to|owing to)\s+[^.;,]{0,60}(?:,\s+[^.;,]{0,40}){0,2}$", re.I)
_COST = re.compile(r"\s*(?:costs?|bills?|burdens?|exposure|headwinds?|expenses?|added \$|cost (?:us|the company|it) )\b", re.I)
_CONDITIONAL = re.compile(r"\W*(?:Q&A\.\s*)?(?:(?:Should|Were|Had)\s+(?:the|a|an|it|they|any|its|their)\b|(?:If|Unless|Even if|Whether|Once)\b|Asked (?:whether|if|about)\b)")
_WHITE_LIST = re.compile(r"white[- ]?list|white countries|Group A\b|group of export destinations|list of (?:preferred|preferential|trusted)|"
                         r"preferential (?:trade |trading |export )?status|(?:reinstat|restor|return)\w* ", re.I)
_RESTORE = re.compile(r"\b(?:restor|reinstat|return|re-?add|readmit)\w*", re.I)
_DROP = re.compile(r"\b(?:remov|drop|delet|exclud|strip|strik|struck)\w*", re.I)
# '"Today's agreement marks a turning point …," the Minister … said at a briefing': a quote, no measure
_QUOTED = re.compile(r"^\W*[\"“][^\"”]{10,}[,.]?[\"”],?\s+(?:the\s+|a\s+)?[^.;\"“]{0,80}?\b(?:said|says|told|added|noted|stressed)\b")
_URGED = re.compile(r"\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)? on|lobb(?:y|ies|ied|ying)|press(?:es|ed|ing)?)\s+(?:the\s+)?[^.;,]{1,40}?\s+to\s+(?!the\b)|"
                    r"\bsaid\s+(?:that\s+)?(?:the\s+)?[^.;,\"“]{1,40}?\s+(?:should|ought to|must)\s+(?!not\b)", re.I)
_DATED_ITEM = re.compile(r"(?:^|[-–•·*]\s*)(?P<d>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?)\s*[-–—:]\s+")
_THAT = re.compile(r"\b(?:announced|said|says|confirmed|stated|reported)\b[^.;,]{0,30}?\bthat\s+(?:the\s+)?")
# "Trade & Sanctions Practice | 5 November 2024", "Press Release | Ministry of Trade": a masthead, no sentence
_MASTHEAD = re.compile(r"^[^.;|]{2,80}(?:\s\|\s[^.;|]{2,80})+$")
# a sentence that only says when the measure just told starts
TAKES_EFFECT = re.compile(r"^\W*(?:[A-Z][\w.]*\s+){1,4}(?:has |have )?(?:proposed|said|announced|decided|expects?)\s+that\s+[^.;,]{0,40}?\b"
                          r"(?:increases|duties|tariffs|measures|rules|controls|changes)\s+(?:take|will take)\s+effect\b|"
                          r"^\W*(?:The|These|This|It|They|Both|All)\b[^.;,]{0,40}?\b(?:takes?|will take|took|go(?:es)? into|will go into|"
                           r"comes? into|will come into|enters? into|will enter into)\s+(?:effect|force)\b|"
                           r"^\W*(?:The|These|This|It|They)\b[^.;,]{0,40}?\b(?:will be|are|is|become|becomes|will become) effective\b")
_AGREEMENT_NAMES = ("CPTPP", "RCEP", "USMCA", "Phase One", "IPEF", "NAFTA", "ECFA")


_JOINT = re.compile(r"(?:[Tt]he\s+)?(?P<a>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})\s+and\s+(?:the\s+)?(?P<b>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})\s+"
                    r"(?:on\s+[A-Z]\w+\s+|last\s+\w+\s+|this\s+\w+\s+)?(?:both|jointly|each|together|separately)\s+"
                    r"(?:imposed|announced|sanctioned|designated|added|slapped|levied|placed|blacklisted|froze|banned|raised)\b")
# a known firm's name ending a longer one ("South Korea's Hanyul Micron" is not Micron)
_LONGER_NAME = re.compile(r"(?<![.:;!?]\s)(?<!^)\b(?!(?:The|And|But|Meanwhile|Also|While|In|On|At|By|As|For|Of|To|From|With|After)\b)[A-Z][a-z][\w&'-]*\s+$")


def remember_item_date(ctx, text: str, doc_date: str | None) -> None:
    """A digest's item dated by its lead ("- Aug. 19 - Section 232 inclusions."): its sentences without a date of
    their own take that day."""
    item = _DATED_ITEM.search(text)
    if item is not None:
        found = scan(item.group("d"), context_year=ctx.year, doc_date=doc_date).dates
        ctx.heading_date = found[0].iso if found else ctx.heading_date


def remember_firm(ctx, text: str) -> None:
    """The first firm an English text names with its corporate suffix ("Northwind Appliances Inc. reported …") is
    the one "the company" refers to later, whether or not its own sentence states a measure."""
    if ctx.firm is None and not _BOILERPLATE.search(text) and (corp := _CORP.search(text)) is not None:
        ctx.firm = canonical_name(corp.group("n")) or corp.group("n")


def _urged(text: str, families) -> bool:
    """A measure someone calls for ("A Chinese industry group has also urged Beijing to raise tariffs …"): the call
    comes before every trigger (", which opened an investigation …, urged Mexico to correct …" states one)."""
    call = _URGED.search(text)
    if call is None:
        return False
    first = min((h.start() for f in families if f.en is not None for h in f.en_hits(text)), default=len(text))
    return call.start() < first


# a state's trade preferences: "Turkey's GSP designation", "India's eligibility under AGOA"
_PREFERENCE_OF = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?)'s (?:(?:GSP|AGOA|EBA|Everything But Arms)\b[^.;]{0,20}?(?:designation|eligibility|benefits|status|preferences)|"
                            r"(?:designation|eligibility|benefits|status) (?:as a |under |for )(?:the )?(?:GSP|AGOA|EBA|Generalized System of Preferences))")


_LATER_STEP = re.compile(r"^\W*(?:Based on|Following|After|Subsequently|Later|Then|Since|Now|Today|Accordingly|As a result|In response)\b|"
                         r"\b(?:has|have)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b|\b(?:is|are)\s+\w+ing\b|\bnow\b|\b(?:will|would|could|may|might)\b")


_PACT_TERMS = re.compile(r",\s+(?:eliminating|reducing|cutting|removing|lowering|phasing out|which (?:eliminates|cuts|removes|lowers|reduces))\b[^.;]{0,40}$")


def _paragraph_day(ctx, page: str, view) -> str | None:
    """The day a paragraph opened with ("On June 2, 2021, USTR announced …. USTR determined … and imposed …"), for an
    undated sentence of the same paragraph; None across a paragraph break."""
    if ctx.para_day is None or _LATER_STEP.search(view.text):
        return None  # ("Based on this review, USTR has determined to modify …": a later step, of the document's own day)
    day, end = ctx.para_day
    return day if "\n\n" not in page[end:view.span(0, 1)[0]] else None


def english_sentence(doc_id, page_no, page: str, view, ctx, doc_date: str | None, events: list[Event],
                     pending: list[int], families) -> None:
    """Append the events of one English sentence to ``events`` and update the context ``ctx``."""
    text = view.text
    title = _DATED_TITLE.match(text)
    if (_BOILERPLATE.search(text) or _HISTORY.match(text) or _FORECAST.search(text) or _NOT_LIFTED.search(text) or _OPTIONS.match(text) or _RULING.match(text) or _WILLING.search(text) or _OVERVIEW.match(text) or _ONLY_IF.search(text) or _ADVICE.match(text) or _DOES_NOT.match(text) or (_HAD_ALREADY.match(text) and not _MONTH.search(text)) or _MASTHEAD.match(text) or _QUOTED.match(text) or _urged(text, families)
            or (len(text.split()) <= 6 and not re.search(r"[.;!?]\W*$", text))
            or ((lead := _DATED_ITEM.match(text)) and len(text[lead.end():].split()) <= 6)):  # "- Aug. 22 - Withhold Release Order."
        # "Actual results could differ materially …"; "Since 2018, when …", "The fight traces back to April, when …";
        # a call for a measure ("A Chinese industry group has also urged Beijing to raise tariffs …"); a heading
        # ("CFIUS and presidential orders")
        return
    if title is not None or len(text.split()) < 4:
        # "Russia sanctions." opens a paragraph; "1. Unwrought Palladium from Russia: Initiation of Countervailing
        # Duty Investigation (August 27, 2025)." heads an item of a roundup, and its date dates the item's text
        if title is not None:
            ctx.heading_date = next((d.iso for d in scan(text, context_year=ctx.year, doc_date=doc_date).dates
                                     if d.start >= title.start("d")), None)
        return
    if events and (starts := TAKES_EFFECT.match(text)) and not any(f.en is not None and f.en_hits(text) for f in families):
        # "The amendment takes effect on July 23.": the day the measure of the sentence before starts
        # the day right after the phrase ("takes effect on July 23"); "effective immediately, with a compliance date of
        # December 31" starts now
        day = next((d for d in scan(text, context_year=ctx.year, doc_date=doc_date).dates
                    if d.start >= starts.end() and d.precision == "day"
                    and re.fullmatch(r"\s*(?:on|from|as of|starting|beginning)?\s*", text[starts.end():d.start])), None)
        last = events[-1]
        if day is not None and last.page == page_no and last.end <= view.span(0, 1)[0] and not last.extra.get("effective"):
            # every measure of the sentence before ("raise … on A …, on B … and on C …. … the increases take effect on …")
            for i in range(len(events) - 1, -1, -1):
                ev = events[i]
                if ev.page != page_no or ev.date != last.date or ev.extra.get("effective") or page.rfind(".", ev.end, last.start) >= 0:
                    break
                events[i] = replace(ev, extra={**ev.extra, "effective": day.iso})
    acts = en.list_actions(text, ctx.rounds.get("last_list"))
    if acts:
        ctx.rounds["last_list"] = acts[-1][2]
    dest_here = en.destinations(text)
    if not acts and dest_here and pending:
        # "These entities will be listed ... under the destinations of X, Y": the previous list action's
        for i in pending:
            if not events[i].destination:
                events[i] = replace(events[i], destination=tuple(dest_here))
        pending.clear()
        return
    control = None if acts else en.control_action(text)
    if control is not None and len([p for p in _parts(text, export_controls.FAMILY) if _measure(export_controls.FAMILY, text, *p)]) > 1:
        control = None  # "The Netherlands widened its licensing requirement …, and Japan is weighing further curbs …": per clause
    hits = {} if control else {f: h for f in families if f.en is not None and (h := f.en_hits(text))}
    if acts:
        # "…added four Canadian companies to its unreliable entity list and opened an anti-dumping investigation into …":
        # a clause of its own beside the listing states a second measure; the listing's clauses are the list's
        listing = [(a, b) for a, b in en.clauses(text) if any(a <= m.start() < b for m, _, _ in acts)]
        hits = {f: kept for f, h in hits.items() if (kept := [x for x in h if not any(a <= x.start() < b for a, b in listing)])}
    # a family named only as the cause of another's measure ("Russia's ban on imports … in response to Western
    # sanctions", "… from countries that had imposed sanctions on it"): the measure is the other's; named only as a
    # cause, with no other measure ("how much of that increase was caused by sanctions"), it states none
    fams = [f for f, h in hits.items() if not all(_AS_CAUSE.search(text, max(0, m.start() - 50), m.start()) for m in h)]
    specific = [f for f in fams if f.type != "other"]
    if specific and len(fams) > len(specific) and not any(
            any(f.type == "other" for f in fams if f.en_hits(text, a, b)) and not any(f.en_hits(text, a, b) for f in specific)
            for a, b in en.clauses(text)):
        # "other" is the fallback, a specific family wins; unless a clause of its own states it ("…, halted its special
        # port fees on US ships, lifted its retaliatory tariffs …")
        fams = specific
    # news copy writes "Aug. 7" for a day of its own year; a notice or report without a date carries the text's
    found = scan(text, context_year=int(doc_date[:4]) if doc_date else ctx.year, doc_date=doc_date)
    if earlier_year(found, text, ctx.year, doc_date):
        found = scan(text, context_year=ctx.year, doc_date=doc_date)
    if fams and not acts and control is None and en.running_total(text):
        fams = []  # "Since February 2022, Treasury has sanctioned more than 4,000 persons": a tally, not a measure
    if acts or control is not None or (fams and en.has_verb(text)):
        date = en.event_date(text, found.dates, year=ctx.year, last_date=ctx.last_date) or ctx.heading_date or (None if found.dates else _paragraph_day(ctx, page, view)) or doc_date
        actor = _subject(text, found, 0, len(text)) or pick_subject(text, found)
        anaphor = _BACK_SUBJECT.match(text)
        if anaphor is not None and (ctx.speaker or ctx.actor):
            # "On Tuesday it announced a ban …", "The package also imposes …": who the sentence before told of
            actor = (ctx.speaker if anaphor.group("p") else ctx.actor) or ctx.actor or ctx.speaker
            if not any(d.start < 60 for d in found.dates) and events and events[-1].date and anaphor.group("pkg"):
                date = events[-1].date  # the package's own day
        that = _THAT.search(text)
        told = next((state_of(n.canonical, n.kind) for n in found.names if that is not None and n.start == that.end()), None)
        if told:
            actor = told  # "MOTIE announced today that Japan will lift …": the state the report is about acts
        label = _LABEL.match(text)  # "• Japan: METI added 14 entities …": a roundup item's state acts
        named = canonical_name(label.group("n")) if label is not None else None
        if named and name_country(named) in (named, "European Union"):
            actor = name_country(named)  # (a label that names no state, "SUMMARY:", leaves the actor as it is)
        if acts or control is not None:
            pending.clear()
            _list_events(doc_id, page_no, page, view, found, date, actor, acts, control, dest_here, ctx, events, pending)
        for fam in fams:
            _family_events(doc_id, page_no, page, view, found, fam, date, actor, ctx, events, [f for f in fams if f is not fam])
    told_days = [d for d in found.dates if d.precision == "day" and not d.inferred and not en.background_date(text, d)]
    here = view.span(0, len(text))
    if told_days and told_days[0].start < 40:  # "On June 2, 2021, USTR announced …": the day the paragraph goes on from
        ctx.para_day = (told_days[0].iso, here[1])
    elif ctx.para_day is not None and "\n\n" in page[ctx.para_day[1]:here[0]]:
        ctx.para_day = None
    elif ctx.para_day is not None:
        ctx.para_day = (ctx.para_day[0], here[1])
    subject = _subject(text, found, 0, len(text))
    if ctx.actor is None and en.has_verb(text) and subject:
        ctx.actor = subject  # "Today, BIS released a package of rules …": the body the next sentences go on about
    if subject and not _BACK_SUBJECT.match(text):
        ctx.speaker = subject  # "China's commerce ministry said it …": whom "it" means in the next sentence
    _remember(ctx, text, found)


def remember_speaker(ctx, text: str, doc_date: str | None) -> None:
    """The state a sentence with no measure opens with as its subject ("China's commerce ministry said it …"): the
    "it" of the next sentence."""
    if _BACK_SUBJECT.match(text) or not re.search(r"\b(?:said|says|announced|stated|declared|warned|vowed|responded)\b", text):
        return
    subject = _subject(text, scan(text, context_year=ctx.year, doc_date=doc_date), 0, len(text))
    ctx.speaker = subject or ctx.speaker


def _remember(ctx, text: str, found) -> None:
    told = [d for d in found.dates if not en.background_date(text, d)]
    explicit = [d for d in told if not d.inferred]
    if explicit:
        ctx.year = int(explicit[-1].iso[:4])
    if told:
        ctx.last_date = told[0].iso  # "said the same day": the day the sentence before opens with


def _list_events(doc_id, page_no, page, view, found, date, actor, acts, control, dest_here, ctx, events, pending) -> None:
    text = view.text
    conf = 0.6 + 0.1 * (date is not None) + 0.1 * (actor is not None)
    for m, status, lst in acts:
        typ = "sanction" if re.search(r"SDN|Specially|[Uu]nreliable|asset[- ]freeze|sanctions list|Special Economic Measures", lst, re.I) else "export_control"
        if re.search(r"UFLPA|Uyghur Forced Labou?r|forced[- ]labou?r", text[max(0, m.start() - 40):m.end() + 40], re.I):
            typ = "other"  # "Added 37 entities to the UFLPA Entity List": goods barred from entering, an import ban
        passive = bool(re.search(r"\b(?:was|were|been|be|being)\s+$", text[max(0, m.start() - 12):m.start()]))
        wa, wb = m.span("what") if m.group("what") is not None else m.span("what2")  # "Two entities … were removed"
        what = text[wa:wb]
        items = en.count_of(what) or (en.count_of(text[:m.start()]) if passive else None)
        if items is None and re.search(r"\bthem\b", what):
            items = ctx.rounds.get("last_count")
        ctx.rounds["last_count"] = items
        dest = en.destinations(text[m.end():])
        targets = (pick_targets(text, found, wa, wb, actor, firms=True) or en.verb_firms(text, m.start(), m.end())
                   or en.located_states(text, found, wa, wb) or [t for t in en.demonym_targets(text, wa, wb, wa) if t != actor])
        if passive and not targets:  # "YMTC and 35 other Chinese companies were added to the Entity List"
            targets = pick_targets(text, found, 0, m.start(), actor, firms=True) + en.demonym_targets(text, 0, m.start(), 0)
        if not targets:  # "…adding 140 entities to the Entity List, including Chinese tool makers … in Japan, South Korea …"
            targets = (other_states(found, m.end(), len(text), actor or "United States", limit=4)
                       + [t for t in en.demonym_targets(text, m.end(), len(text), m.end()) if t != actor])
        a, b = (0, len(text)) if len(acts) == 1 else (m.start(), m.end())
        events.append(_event(doc_id, page_no, page, view, a, b, typ, date, actor or "United States", tuple(targets),
                             (sanctions.FAMILY if typ == "sanction" else export_controls.FAMILY if typ == "export_control" else other.FAMILY).instrument(lst) or lst, None, items,
                             tuple(dest), status,
                             conf + 0.1 * (items is not None)))
        pending.append(len(events) - 1)
    if control is not None:
        targets = pick_targets(text, found, 0, len(text), actor, firms=True)
        # "Controls were extended as well to …": a subjectless statement continues the actor before it
        # "It also imposes new controls on …", "The package includes …": the package of rules told of before
        passive = ctx.actor if re.match(r"\W*(?:Controls|Restrictions|Curbs|Licen[cs]e requirements|It|They|The (?:package|rules?|measures?|actions?))\b", text) else None
        lifted = en.status_of(text[max(0, control.start() - 30):control.start()], dated=True)  # "will lift the … controls"
        a, b = next(((a, b) for a, b in en.clauses(text) if a <= control.start() < b), (0, len(text)))
        if a > 0 and (who := _subject(text, found, a, b) or _subject_before(text, found, a, b)) is not None:
            # "…, while Beijing suspended for one year its latest round of rare earth export controls": that clause's
            actor, lifted = who, en.status_of(text[a:control.start()], dated=True)
        ev = _event(doc_id, page_no, page, view, 0, len(text), "export_control", date,
                    actor or export_controls.FAMILY.actor_implied(text) or passive, tuple(targets), None, None,
                    en.count_of(text), tuple(dest_here), lifted if lifted in ("revoked", "suspended") else "implemented", conf)
        events.append(replace(ev, products=pick_products(text, 0, len(text))))
        pending.append(len(events) - 1)


# In a sentence about tariffs, a clause that changes a rate states a measure of its own ("…restoring the full 25
# percent tariff on steel imports, and the aluminum rate was raised from 10 to 25 percent")
_STARTS = re.compile(r"\b(?:apply|applies|take effect|takes effect|took effect|enter(?:s|ed)? into force|come into force|effective)\b", re.I)
_BACK_AGENCY = re.compile(r"[Tt]he (?:Commission|Council|ministry|Ministry|department|Department|agency|Agency|bureau|Bureau)\b(?!\s+(?:of|for)\b)")
# "The truce does not touch OFAC designations.": a measure said not to do something; "Our assessment: …"
_DOES_NOT = re.compile(r"^\W*(?:The|This|That|Its|Their)\s+(?:[\w-]+\s+){0,2}?(?:truce|deal|agreement|accord|rule|order|measure)s?\s+"
                       r"(?:does|do|did|will|would)\s+not\b|^\W*(?:Our|My)\s+(?:assessment|view|take|expectation|outlook)\b|^\W*We\s+(?:expect|believe|think|assess)\b|"
                       r"^[^.;]*?\bdoes not prejudge\b")  # "Opening an in-depth investigation does not prejudge the outcome."
# a measure said to stay ("the tariffs on steel would not be removed even if …"); options put to a legislature
_NOT_LIFTED = re.compile(r"\b(?:would|will|shall|could|is|are|was|were)\s+not\s+be\s+(?:removed|lifted|suspended|revoked|eased|dropped|rolled back|withdrawn)\b", re.I)
_ADVICE = re.compile(r"^\W*(?:Clients|Companies|Firms|Businesses|Investors|Exporters|Importers|Readers)\b(?:[^.;]|\.(?=\S|\s+[a-z])){0,160}?\bshould\b|"
                     r"^\W*(?:[\w'’-]+\s+){0,4}?(?:annual |latest |most recent )?report (?:showed|shows|found|finds)\b")  # advice; a report's tally
# a dispute body's finding on a measure, not the measure: "In 2014, a WTO panel ruled that China's export restrictions …"
_RULING = re.compile(r"^\W*(?:(?:In|On|By|Later|Then)\b[^,;.]{0,30},?\s+)?(?:a |an |the )?(?:WTO|World Trade Organi[sz]ation|(?:WTO |dispute(?: settlement)? )?panel|"
                     r"Appellate Body|Dispute Settlement Body)\b[^.;]{0,40}?\b(?:ruled|found|held|determined|concluded|upheld|rejected)\b")
# a disposition, not a step: "the Commission is willing to open in-depth investigations even where …"
_WILLING = re.compile(r"\b(?:is|are|was|were|has been|have been|remains?)\s+(?:willing|happy|reluctant|unwilling)\s+to\b")
# what a document is about: "This briefing reviews two EU trade agreements at different stages: …"
_OVERVIEW = re.compile(r"^\W*(?:This (?:briefing|note|report|paper|alert|article|update|analysis|memo|brief|chapter|section) "
                       r"(?:reviews|examines|covers|looks at|sets out|summari[sz]es|discusses|describes|outlines|considers|explains)\b|"
                       r"(?:The Company|We|The Group) (?:is|are) (?:providing|furnishing) (?:the following|an|this) update\b)")
# a step made to hang on a condition: "the embargo could be reconsidered only if Western sanctions were lifted"
_ONLY_IF = re.compile(r"\b(?:could|would|might|may)\s+(?:only\s+)?be\s+\w+ed\s+only\s+if\b|\bonly\s+if\b[^.;]{0,80}\b(?:were|was)\s+(?:lifted|removed|dropped|eased)\b")
_OPTIONS = re.compile(r"^\W*(?:Members|Congress|Lawmakers|Legislators|Policymakers|Parliament)\s+(?:may|might|could)\s+(?:also\s+)?(?:consider|wish|want|examine|assess)\b")
# what observers expect, not a measure: "Trade lawyers said further tariff hikes could follow if …"
_FORECAST = re.compile(r"^\W*(?:Some\s+|Several\s+|Many\s+|Other\s+)?(?:[A-Z][\w-]+\s+){0,2}?(?:analysts?|lawyers?|economists?|experts?|observers?|practitioners?|advisers?|advisors?|"
                       r"traders?|strategists?|consultants?|people familiar with [^.;,]{1,30})\b(?:[^.;]|\.(?=\S)){0,60}?\b(?:said|say|says|expect\w*|warn\w*|"
                       r"predict\w*|believe\w*|think|estimat\w*|reckon\w*)\b(?:[^.;]|\.(?=\S)){0,100}?\b(?:could|might|may|would|will|(?:un)?likely|expect\w*)\b|"
                       # "Practitioners expect CFIUS to keep devoting resources to …"
                       r"^\W*(?:Some\s+|Several\s+|Many\s+|Most\s+)?(?:analysts?|lawyers?|economists?|experts?|observers?|practitioners?|traders?|"
                       r"strategists?|consultants?|commentators?|critics?)\s+(?:expect\w*|predict\w*|forecast\w*|anticipate\w*|(?:have |had )?argu\w+|(?:have |had )?suggest\w*)\b", re.I)
_THE_MEASURE = re.compile(r"\b(?:from|of|under|to) (?:the|these|those|such) (?:duties|tariffs|measures|controls|restrictions)\b")
# the pact told just before, taken up again as the clause's subject: "The agreement enters into force", "The AfCFTA pact …"
_THE_PACT = re.compile(r"\W*(?:\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})?\s*[:–—-]?\s*(?:the|this|that)\s+(?:[\w-]+\s+){0,3}?"
                       r"(?:agreement|pact|deal|accord|treaty|protocol)\b", re.I)
_IMPOSED_BY = re.compile(r"\b(?:imposed|levied|introduced|announced|set|applied) by (?:the )?")
_WE = re.compile(r"(?:^|[,;:]\s*|\b(?:In|On|Since|Last|This) [^,;.]{1,20}\s)(?:we|We)\s+(?:have\s+|also\s+|then\s+)?(?!\w+ (?:that|whether)\b)[a-z]+(?:ed|d)\b")
_IN_CAPITAL = re.compile(r"\W*In ((?:[A-Z][a-z]+\s?){1,2}),\s+(?:the|its|a)\s")
# a later clause with a firm of its own as subject: ", while Japanese carmaker Kiyomizu Motors said …"
_CLAUSE_FIRM = re.compile(r"\W*(?:while|whereas|and|but)\s+(?:[A-Z][a-z]+\s+){0,2}(?:[a-z][\w-]*\s+){0,3}?" + en.FIRM_NOUNS + r"\s+[A-Z]")
# a sentence whose subject is a pronoun or the package of rules told before
_BACK_SUBJECT = re.compile(r"^\W*(?:(?:On|Later on|Earlier on) [A-Z]\w+,?\s+|Separately,\s+|In response,\s+)?(?:(?P<p>[Ii]t|[Tt]hey)\s+(?:also\s+|then\s+|later\s+)?"
                           r"(?:announced|said|imposed|added|issued|decided|declared|placed|put|banned|restricted|will|would|has|have|had)\b|"
                           r"(?P<pkg>The (?:package|rules?|regulations?|measures?|actions?) (?:also |further )?(?:imposes?|expands?|adds?|includes?|restricts?|requires?|tightens?|extends?)\b))")
_UNNAMED_BODY = re.compile(r"\b[Tt]he (?:(?:Finance|Trade|Commerce|Economy|Foreign|Industry) )?(?:Ministry|Cabinet|government|Government|"
                           r"cabinet|ministry|Customs Service|customs authority|Council|Commission)\b")
_DATED_TITLE = re.compile(r"^\W*(?:\d{1,2}[.)]\s+)?[A-Z][^.;]{4,200}?:[^.;]{4,200}?\((?P<d>[A-Z][a-z]+\.? \d{1,2}, \d{4})\)\.?\s*$")
_RATE_CHANGE = re.compile(r"\brates?\b[^.;,]{0,40}?\b(?:raised|increased|lowered|cut|reduced|hiked|doubled|halved)\b", re.I)
# "… tariffs of 15% on chicken and 10% on sorghum": a clause that opens with a rate on goods
_FROM = re.compile(r"\b(?:from|effective|starting|beginning|as of)\s+$", re.I)
# "…, and raised that rate to 25% on May 10, 2019", "…, and was cut to 7.5%": the duty of the clause before, changed
_CHANGED = (r"(?:(?:was|were|has been|have been|had been)\s+)?(?:later\s+|then\s+|subsequently\s+)?(?:raised|increased|lowered|cut|reduced|"
            r"hiked|doubled|halved)\s+(?:(?:that|the|this|its|the same)\s+(?:rate|duty|tariff|levy)s?\s+)?to\s+\d+(?:\.\d+)?\s*(?:%|percent|per cent)")
_RATE_CHANGED = re.compile(rf"\W*(?:and\s+)?{_CHANGED}", re.I)
_RATE_ON = re.compile(r"\W*(?:and\s+)?(?:" + _CHANGED + r"|\d+(?:\.\d+)?\s*(?:%|percent|per cent)\s+(?:(?:additional|retaliatory|punitive)\s+)?(?:(?:tariffs?|duties|duty|levies|surtax(?:es)?)\s+)?on\b|on\s+(?:[^.;,]|\.(?=\d)){1,60}?\s+to\s+\d+(?:\.\d+)?\s*(?:%|percent|per cent))", re.I)


def _measure(fam, text: str, lo: int, hi: int):
    """The trigger of ``fam`` in text[lo:hi], or (for tariffs) a rate change there."""
    hits = fam.en_hits(text, lo, hi)
    if hits or fam.type != "tariff":
        return hits[0] if hits else None
    return _RATE_CHANGE.search(text, lo, hi) or (_RATE_ON.match(text, lo, hi) if lo else None)


def _parts(text: str, fam, others=()) -> list[tuple[int, int]]:
    """The sentence's coordinated clauses that state a measure of ``fam``; a clause without one joins the one before,
    unless a clause stating a measure of one of ``others`` (the sentence's other families) came between."""
    out: list[list[int]] = []
    closed = False
    for a, b in en.clauses(text):
        if out and not _measure(fam, text, a, b):
            closed = closed or any(f.en_hits(text, a, b) for f in others)
            if not closed:
                out[-1][1] = b
        else:
            out.append([a, b])
            closed = False
    if out and not _measure(fam, text, *out[0]) and len(out) > 1:
        if not any(f.en_hits(text, *out[0]) for f in others):
            out[1][0] = out[0][0]  # (a lead clause of another family's measure is not this one's)
        out.pop(0)
    return [(a, b) for a, b in out]


# a coordinated clause with a subject of its own: ", and Temu said it was …", ", while Japan has …"
_OWN_SUBJECT = re.compile(r"[,;]?\s*(?:and|while|whereas|but)\s+(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}\s+"
                          r"(?:said|says|is|was|are|were|has|have|had|would|will|plans|planned)\b")


def _family_events(doc_id, page_no, page, view, found, fam, date, actor, ctx, events, others=()) -> None:
    """Events of ``fam`` in an English sentence, one per coordinated clause that states one (``others``: the other
    families the sentence holds, whose clauses are theirs)."""
    text = view.text
    if _CONDITIONAL.match(text):
        return  # "Should the exclusions lapse, goods would revert to the 25% duty": a case supposed, no measure
    if all(_READY_TO.search(text, max(0, m.start() - 40), m.start()) for m in fam.en_hits(text)):
        return  # "…stands ready to open an anti-circumvention investigation should imports shift": a step held in reserve
    whole = (0, len(text))
    first = fam.en_hits(text)[0].start()
    anaphora = bool(_ANAPHORA.match(text))
    if anaphora and not found.dates:
        return  # "The surtax will apply to passenger automobiles, trucks …": details of the measure before
    if anaphora and _STARTS.search(text) and events and events[-1].type == fam.type and len(events[-1].date or "") == 10:
        start = next((d.iso for d in found.dates if d.precision == "day" and d.iso > events[-1].date), None)
        if start is not None:
            # "… has today imposed provisional duties …. The duties will apply from 9 October 2025": its start
            events[-1] = replace(events[-1], extra={**events[-1].extra, "effective": start})
            return
    # beside a specific family's measures, an "other" measure is read in the clauses that state it alone
    specific = [f for f in others if f.type != "other"] if fam.type == "other" else []
    parts = [(a, b) for a, b in en.clauses(text) if not any(f.en_hits(text, a, b) for f in specific)] if specific else _parts(text, fam, others)
    for lo, hi in parts:
        m = _measure(fam, text, lo, hi)
        if m is None or en.negated(text, m.start()) or re.search(r"\b(?:such as|including|like)\s+$", text[max(0, m.start() - 12):m.start()]):
            continue  # "tools such as export controls": the kind of measure named, none stated
        if fam.type == "tariff" and _COST.match(text, m.end()):
            continue  # "higher tariff costs": what duties cost a firm, no measure
        if fam.type == "trade_agreement" and agreements.firms_deal(found.names, lo, m.start(), opens_by=40):
            continue  # "JBS signed an agreement with Vietnam's government … to build two plants"
        if fam.type == "tariff" and _PACT_TERMS.search(text, max(0, m.start() - 60), m.start()) and any(
                f.type == "trade_agreement" and f.en_hits(text, 0, m.start()) for f in others):
            continue  # "signed a CEPA …, eliminating or reducing tariffs on more than 95% of tariff lines": the pact's terms
        if fam.type == "tariff" and re.search(r"\b(?:talks|negotiations|consultations|discussions|dialogue)\s+(?:on|over|about)\s+(?:[\w-]+\s+){0,2}$", text[max(0, m.start() - 60):m.start()]):
            continue  # "began formal talks on tariffs and other trade issues": talks, not a duty
        if re.search(r"\b(?:hearings?|comments?|consultations?)\s+on\s+(?:the\s+)?(?:proposed\s+)?$", text[max(0, m.start() - 40):m.start()]):
            continue  # "A public hearing on the proposed tariffs will be held": a step of the procedure, no measure
        if _CAUSE_CLAUSE.search(text, max(lo, m.start() - 80), m.start()):
            continue  # "…, as rising labor costs, U.S. tariffs and … push companies to rethink": a cause, no measure
        trig = m.start()
        # a clause's own date dates its measure, unless it is when the sentence's measure takes effect ("… and 10% on
        # sorghum from March 10" after "said on Tuesday it would levy …": both announced on Tuesday)
        own = [d for d in found.dates if lo <= d.start < hi and not (date and _FROM.search(text, 0, d.start))]
        here = en.event_date(text, own, year=None, last_date=None)
        if lo == 0 and hi < len(text) and own and en.LEAD_MEASURE.match(text, 0, hi + 2):
            here = own[0].iso  # "After imposing duties on … in 2018, …": that earlier measure's own year
        when = here or date
        later_year = None
        if here and len(here) == 4 and date and len(date) > 4 and lo > 0:
            # "…directive to raise … on A from 25% to 100% in 2024, on B … by 2025": the year a step applies, not its day
            when, later_year = date, (here if here > date[:4] else None)
        elif lo > 0 and not here and date and len(date) > 4 and _RATE_ON.match(text, lo, hi):
            # "…, on semiconductors from 25% to 50% by 2025": the step's deadline year
            later_year = next((d.iso for d in found.dates if lo <= d.start < hi and d.precision == "year" and d.iso > date[:4]), None)
        who = (_subject(text, found, lo, hi) or _subject_before(text, found, lo, hi) if lo else None) or actor or fam.actor_implied(text)
        if who is None:
            named, at = pick_actor(text, found, 0, len(text), trig)
            who = named if at <= trig else None  # a state named after the trigger is its object ("… to China")
        if who is None and (anaphora or _PASSIVE.search(text, lo, hi) or _FACE.search(text, lo, hi)):
            # "The duties took effect on October 30", "… the proceeding … has been terminated": the body acting before
            who = ctx.actor
        if who is None and (place := _IN_CAPITAL.match(text)) is not None:
            who = en.CAPITALS.get(place.group(1))  # "In New Delhi, the finance ministry on Tuesday imposed …"
        if who is None and (by := _IMPOSED_BY.search(text, trig, hi)) is not None:
            named = [state_of(n.canonical, n.kind) for n in found.names if by.end() <= n.start < by.end() + 4]
            who = next((x for x in named if x), None)  # "the 20 percent reciprocal tariff imposed by the United States"
        if who is None and ctx.home and (_UNNAMED_BODY.search(text, 0, trig) or _WE.search(text, 0, trig)):
            who = ctx.home  # "the Ministry of Finance on Tuesday said it had frozen …": a body of the state the item is from
        if ctx.actor and _BACK_AGENCY.match(text[en.lead_clause_end(text):]) and who != ctx.actor:
            # "In a separate step, the Commission has initiated …": the body named before acts again
            who = ctx.actor
        regime = who is not None and fam.type in ("sanction", "investment_restriction") and any(
            state_of(n.canonical, n.kind) == who and re.match(r"(?:'s)?\s*\(?[Ss]anctions\b", text[n.end:n.end + 14]) for n in found.names)
        if regime:
            # "Russia sanctions: 14 new designations" in a UK item: the regime's state (``who``) is aimed at; a body of another
            # state named in the sentence acts ("…: the FCDO designated …"), else the item's home state; a label of the
            # regime ("Russia sanctions: …") with neither names no one ("UK sanctions: the Foreign Office …" keeps the UK)
            body = next((st for n in found.names if n.kind == "agency" and (st := state_of(n.canonical, n.kind)) and st != who), None)
            if body or (ctx.home and ctx.home != who):
                who = body or ctx.home
            elif re.match(r"\W*\w+(?:'s)?\s+[Ss]anctions\s*:", text):
                who = None
        beneficiary = None
        if fam.type == "tariff" and who is not None and (pref := _PREFERENCE_OF.search(text, lo, hi)) is not None:
            owner = "European Union" if re.search(r"EBA|Everything", pref.group()) else "United States"
            if who != owner and who == state_of(canonical_name(pref.group(1)) or "", "country"):
                who, beneficiary = owner, who  # "Turkey's GSP designation was terminated": the state that loses them
        firms = fam.type in ("export_control", "sanction", "investment_restriction")
        targets = _targets(text, found, lo, hi, trig, who, firms) or _targets(text, found, *whole, first, who, firms)
        if beneficiary is not None and beneficiary not in targets:
            targets.insert(0, beneficiary)
        if not targets and who is not None and (anaphora or _THE_MEASURE.search(text, lo, hi)):
            targets = list(ctx.targets.get((who, fam.type), ()))
        destination: tuple[str, ...] = ()
        if fam.type == "relocation":
            firm = next((n.canonical for n in found.names if n.kind == "company" and lo <= n.start < hi
                         and not _LONGER_NAME.search(text, max(0, n.start - 30), n.start)), None) or en.said_firm(text[:hi])
            if firm is None and ctx.firm and (en.refers_to_firm(text[lo:hi]) or (lo > 0 and _NO_SUBJECT.match(text, lo, hi))
                                              or re.search(r"\bthe (?:company|firm|group)'s\b", text[lo:hi], re.I)
                                              # a release's bulleted projects: "- A new US$420 million compressor plant in …"
                                              or (lo == 0 and _PROJECT_BULLET.match(text))):
                firm = ctx.firm  # "Whitfield said the company had completed …", "…, and announced a $220 million plant in …"
            firm = firm or (en.firm_subject(text) if lo == 0 else en.firm_subject(text[lo:hi]) if _CLAUSE_FIRM.match(text, lo) else None)
            if firm and ctx.firm and ctx.firm.startswith(firm + " "):
                firm = ctx.firm  # "Brightwell will invest …" after "Brightwell Toys, Inc. … today announced …": the name in full
            # "… shifted to the Company's plant in Apodaca": the firm a filing defined as "the Company"
            firm = firm or next((f for a, f in ctx.aliases.items() if re.search(rf"\bthe {re.escape(a)}\b", text[lo:hi])), None)
            destination = tuple(_destinations(text, found, trig, hi))
            here = [c for n in found.names if lo <= n.start < trig and (c := place_country(n))]
            if here and _PLANT_STARTED.search(text, trig, trig + 60) and re.search(r"\b(?:plant|factory|facility|site|line)\b", text[lo:trig + 20], re.I):
                destination = tuple(dict.fromkeys(here))  # "The Hai Phong, Vietnam plant began commercial production …": where it is
            if firm is None and not destination:
                continue
            who = firm
            ctx.firm = firm or ctx.firm  # a move told without its firm does not forget the firm named before
            targets = _origins(text, found, lo, hi, destination) or (["China"] if _FROM_CHINA.search(text) else [])
        elif fam.type == "trade_agreement":
            # the parties of this clause ("…, and that EFTA and Malaysia signed …"), else of the sentence
            parties = list(dict.fromkeys(states_named(found, lo, hi) or states_named(found, 0, len(text))))
            if parties:
                lead = actor if actor in parties or not (lo or hi < len(text)) else parties[0]
                lead = lead or parties[0]
                who, targets = lead, [p for p in parties if p != lead]
            elif who is None and not re.search(r"\bjoin|\bacce(?:de|ssion)", text[lo:hi], re.I):
                told = next((e for e in reversed(events) if e.type == "trade_agreement" and e.actor), None)
                if told is None or not here or not _THE_PACT.match(text, lo, hi) or view.span(0, 1)[0] - told.start > 1500:
                    continue  # "reached an agreement with Deutsche Telekom, Vodafone and Telefonica": no state is party to it
                # "- 30 May 2019: The agreement enters into force": the pact of the item before, its parties (a step dated
                # in the clause; "The agreement will enter into force once …" only restates it)
                who, targets = told.actor, list(told.target)
        elif fam.type == "other" and not targets:
            # (the states of this clause when the sentence states several measures: "Ecuador has charged …, and Mexico raised …")
            span = (lo, hi) if len(parts) > 1 else whole
            targets = [n.canonical for n in found.names if n.kind == "country" and n.canonical != (who or "United States")
                       and span[0] <= n.start < span[1]]
        rate, rate_from = pick_rate(found, lo, hi) if fam.keeps_rate else (None, None)
        items = None
        if fam.type == "tariff":
            im = _ITEMS.search(text, lo, hi)
            items = int(im.group("n").replace(",", "")) if im else None
        elif fam.type in ("sanction", "export_control"):
            items = en.count_of(text[lo:hi])
        elif fam.type == "other" and (apps := _APPS.search(text, lo, hi)) is not None:
            items = int(apps.group("n").replace(",", ""))  # "blocked 118 mobile applications"
        amount = pick_amount(found, lo, hi)
        # "…, and raised that rate to 25% on May 10, 2019": the duty of the clause before (told in this sentence), changed
        same = events[-1] if events and events[-1].type == fam.type and events[-1].start >= view.span(0, 1)[0] else None
        if lo > 0 and same is not None and _RATE_CHANGED.match(text, lo, hi):
            amount = amount if amount is not None else same.amount_usd
            who = who or same.actor
            targets = targets or list(same.target)
        if amount is None and (len(parts) == 1 or fam.type != "other"):
            amount = pick_amount(found, *whole)  # (an "other" measure of one clause among several: that clause's sum only)
        here_instrument = fam.instrument(text[lo:hi])
        # "would quadruple … and raise …": the verb governs both clauses
        # (not past a later clause with a subject of its own: "…, and Temu said it was "evaluating" a fulfilment centre")
        told_to = next((a for a, _ in en.clauses(text) if trig < a < hi and _OWN_SUBJECT.match(text, a)), hi)
        status = fam.settled_status(en.status_of(text[:told_to], dated=when is not None), here_instrument)
        if fam.type == "trade_agreement":
            status = agreements.stage_status(text[lo:hi], status)
        if fam.type == "export_control" and status == "suspended" and _EXPORTS_STOPPED.match(m.group()):
            status = "implemented"  # "suspended exports and re-exports of rice": exports stopped is the control, in force
        if fam.type == "export_control" and status in ("revoked", "suspended") and _LICENCES_PULLED.match(m.group()):
            status = "implemented"  # "revoked nine export licences": licences taken away tighten the control
        if fam.type == "export_control" and _WHITE_LIST.match(m.group()):
            # a list of favoured partners: a state dropped from it is a control imposed, one restored a control lifted
            verb = _RESTORE.search(text, lo, hi) or _DROP.search(text, lo, hi)
            status = status if verb is None else "revoked" if _RESTORE.match(verb.group()) else "implemented"
            listed = [st for n in found.names if verb is not None and verb.end() < n.start <= verb.end() + 5
                      and (st := state_of(n.canonical, n.kind)) and st != who]
            if verb is not None and not listed and re.search(r"\b(?:was|were|is|are|been)\s+$", text[max(lo, verb.start() - 12):verb.start()]):
                # "the ROK was removed from Group A": the state before the verb is the one taken off, someone else acts
                listed = [st for n in found.names if lo <= n.start < verb.start() and (st := state_of(n.canonical, n.kind))][-1:]
                who = ctx.actor if ctx.actor not in listed else None
            targets = listed or targets  # "removed Korea from its white list": the state taken off
        conf = 0.6 + 0.1 * (when is not None) + 0.1 * (who is not None) - 0.2 * hedged(text)
        instrument = here_instrument or fam.instrument(text)
        if fam.type == "trade_agreement":
            instrument = next((n for n in _AGREEMENT_NAMES if n.lower() in text.lower()), instrument)
        if not targets and who and fam.type in AIMED:
            # "Japan tightened licensing requirements for exports of the three materials to Korea": the other state named
            targets = other_states(found, 0, len(text), who)
        ev = _event(doc_id, page_no, page, view, lo, hi, fam.type, when, who, tuple(dict.fromkeys(targets)), instrument,
                    amount, items, destination, status, conf)
        extra = {"rate_from": rate_from, "rate_from_pct": rate_from} if rate_from is not None else {}
        # "announced 100% tariffs on …, effective March 20": the day it starts, after the day it was announced
        start = next((d.iso for d in found.dates if d.precision == "day" and when and d.iso > when and _FROM.search(text, 0, d.start)), None)
        if start is not None:
            extra["effective"] = start
        elif later_year is not None:
            extra["effective"] = later_year
        events.append(replace(ev, rate_pct=rate, extra=extra, products=_products(text, lo, hi) if fam.type in ("tariff", "export_control") else None))
        if lo == 0 and who and fam.type in ("sanction", "tariff", "export_control") and (pair := _JOINT.match(text, en.lead_clause_end(text))):
            # "The United States and Britain on Wednesday both imposed sanctions on …": each state's measure
            a, b = (name_country(canonical_name(pair.group(g)) or "") for g in ("a", "b"))
            if a == who and b and b != who:
                events.append(replace(events[-1], id=events[-1].id + "-2", actor=b, target=tuple(t for t in events[-1].target if t != b)))
        if who and fam.type != "relocation":
            ctx.home = ctx.home or (who if name_country(who) == who else None)
            ctx.actor, ctx.target = who, tuple(targets)
            if targets:
                ctx.targets[(who, fam.type)] = tuple(targets)


def _subject(text: str, found, lo: int, hi: int) -> str | None:
    """The state (or its leader, agency, or "China's …") that opens the clause [lo, hi) as its subject."""
    head = text[lo:hi]
    start = lo + (en.lead_clause_end(head) if lo == 0 else len(head) - len(re.sub(r"^\W*(?:and|while|but|whereas)\s+", "", head)))
    if start > 0 and any(start - 3 <= n.end <= start and text[n.end:start].strip() == "," for n in found.names):
        return None  # "…from Bulgaria, Egypt, and Morocco": a comma inside a list of states opens no clause
    named = [(n.start, state_of(n.canonical, n.kind)) for n in found.names] + [(a, c) for a, _, c in found.leaders]
    named += en.capital_subjects(text[:hi])
    first = min(((p, s) for p, s in named if s and start <= p < min(hi, start + 40)), default=None)
    # only titles and articles may stand before it ("President Donald Trump", "The European Commission")
    if first and _SUBJECT_GAP.fullmatch(text[start:first[0]]):
        return first[1]
    return None


def _subject_before(text: str, found, lo: int, hi: int) -> str | None:
    """For a clause with no subject of its own ("…, while Beijing suspended …, halted its port fees …"), the subject of
    the nearest clause before that names one; None when the clause has a subject or none before it does."""
    if not _BARE_VERB.match(text, lo, hi):
        return None
    for a, b in reversed([c for c in en.clauses(text) if c[0] < lo]):
        if a and (who := _subject(text, found, a, b)) is not None:
            return who
    return None


def _targets(text, found, lo, hi, trig, actor, firms) -> list[str]:
    out = pick_targets(text, found, lo, hi, actor, firms=firms)
    if firms:
        out += [t for t in en.located_states(text, found, lo, hi) if t != actor]
    out += [t for t in en.demonym_targets(text, lo, hi, trig) if t != actor]
    if firms:
        out += en.verb_firms(text, lo, hi)
    return list(dict.fromkeys(out))


_READY_TO = re.compile(r"\b(?:stands?|standing|is|are|remains?) (?:ready|prepared) to\b[^.;]*$", re.I)
_LICENCES_PULLED = re.compile(r"(?:revok|cancel|suspend|withdr[ae]w)\w* (?:the )?(?:[\w-]+ ){0,2}?export (?:licen[cs]es|authori[sz]ations|permits)", re.I)
_PLACE_PLANT = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:plant|factory|facility|site|mill|works)\b", re.I)
_PLANT_STARTED = re.compile(r"(?:began|begins|started|starts|commenced|opened|entered)\b", re.I)


def _destinations(text: str, found, trig: int, hi: int) -> list[str]:
    """Countries production moves to, past the trigger: the nearest preposition before one is "to/in/into" (not
    "from/out of": "from Dongguan, China, to a new facility in Bac Ninh province, Vietnam"), or it is listed
    with one ("Vietnam, India and Mexico")."""
    out: list[str] = []
    for n in found.names:
        country = place_country(n)
        if country in (None, "China") or n.start < trig or n.start >= hi:
            continue
        preps = [m.group().lower() for m in _PREP.finditer(text, max(trig, n.start - 60), n.start)]
        listed = out and re.search(r"(?:,|\band|\bor)\s*$", text[max(0, n.start - 6):n.start])
        chosen = re.search(r"\bcho(?:se|sen|oses|osing)\s+(?:[\w-]+,\s+)?$", text[max(trig, n.start - 40):n.start])  # "chose Szeged, Hungary, for"
        # ("…expansion of the Montgomery, Alabama plant": the place that names the plant)
        named_plant = _PLACE_PLANT.match(text, n.end) and not (preps and preps[-1] in ("from", "out of", "away from"))
        if listed or chosen or named_plant or (preps and preps[-1] not in ("from", "out of", "away from")):
            out.append(country)
    return list(dict.fromkeys(out))


def _origins(text: str, found, lo: int, hi: int, destination) -> list[str]:
    """States production moves out of: a place or state after "from / out of / away from" ("from its plant in
    Dongguan to Vietnam"), not the customers it serves ("orders from U.S. customers")."""
    out: list[str] = []
    for n in found.names:
        country = place_country(n)
        if country is None or country in destination or not lo <= n.start < hi or _SERVED.match(text, n.end):
            continue
        preps = list(_PREP.finditer(text, max(lo, n.start - 60), n.start))
        last = preps[-1].group().lower() if preps else None
        if (last in ("in", "near") and len(preps) > 1 and preps[-2].group().lower() in ("from", "out of")
                and _SITE.search(text, preps[-2].end(), preps[-1].start())):
            last = "from"  # "from its plant in Dongguan"
        if last in ("from", "out of", "away from"):
            out.append(country)
    return list(dict.fromkeys(out))


def _products(text: str, lo: int, hi: int) -> str | None:
    p = pick_products(text, lo, hi)
    m = _MEASURED.search(text, lo, hi) if p is None else None
    if m and not _GENERIC.match(_DEMONYM_HEAD.sub("", m.group("p"))):
        p = m.group("p")
    if p is None:
        m = _INCLUDING.search(text, lo, hi)
        p = m.group("p") if m else None
    if p is None:
        return None
    p = _DEMONYM_HEAD.sub("", p)
    p = re.sub(r"\s+(?:from|imported from|originating in|made in) China\b.*$", "", p)
    return p or None


def _event(doc_id, page_no, page, view, a: int, b: int, typ, date, actor, target, instrument, amount, items,
           destination, status, conf) -> Event:
    from .prose import _trim, event_id

    a, b = _trim(view.text, a, b)
    ps, pe = view.span(a, b)
    return Event(id=event_id(doc_id, page_no, ps, pe, typ), type=typ, date=date, actor=actor, target=target,
                 instrument=instrument, amount_usd=amount, items=items, destination=destination, status=status,
                 confidence=max(0.05, min(conf, 0.95)), doc_id=doc_id, page=page_no, evidence=page[ps:pe], start=ps,
                 end=pe, source="prose")
