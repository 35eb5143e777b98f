"""English rules for government notices (Federal Register style): list actions, counts in words, destinations.

"BIS amends the EAR by adding twenty-four entities to the Entity List ... under the destinations of China,
Iran ..." -> export_control, items 24, destination [China, Iran]. The date of a notice is the date its
text leads with ("Effective October 18, 2019, ...", "On January 6, 2020, ...") or else the document's
own (publication) date.
"""
from __future__ import annotations

import re

from ..normalize.names import canonical_name, name_country

_SMALL = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                                     "fifteen sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
_NUMWORD = r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|" + "|".join(sorted(_SMALL, key=len, reverse=True)) + r"|a hundred|one hundred)"
_UNIT = r"(?:entities|entity|persons|person|individuals|individual|companies|company|firms|addresses|parties|party|organizations|others)"
COUNT = re.compile(rf"\b(?P<n>\d[\d,]*|{_NUMWORD})(?:\s*\(\d[\d,]*\))?\s+(?:(?:new|additional|existing|foreign|other|more|Chinese|Russian|U\.S\.|US|American|"
                   rf"Iranian|[A-Z][a-z]+-based)\s+){{0,2}}{_UNIT}\b", re.I)
_LIST = r"(?P<list>Entity List|End User List|(?:bloc's |EU's )?(?:asset[- ]freeze|sanctions) list|[Uu]nreliable [Ee]ntit(?:y|ies) [Ll]ist|[Ee]xport [Cc]ontrol (?:[Cc]ontrol )?[Ll]ist|Unverified List(?: \(UVL\))?|UVL|Military End[- ]User(?: \(MEU\))? List|MEU List|Denied Persons List|SDN List|Specially Designated Nationals(?: and Blocked Persons)? List|Special Economic Measures (?:\([^)]{1,30}\) )?Regulations|(?:Consolidated |UK |EU )?[Ss]anctions [Ll]ist)"
LIST_ACTION = re.compile(
    rf"\b(?P<verb>add(?:s|ed|ing)?|(?:announc\w+|publish\w+|approv\w+) the additions? of|remov(?:e|es|ed|ing)|plac(?:e|es|ed|ing)|designat(?:e|es|ed|ing))\b(?P<what>(?:[^.;]|\.(?=[A-Za-z,]|\s+[a-z])){{0,160}}?)\b(?:to|from|on)\s+(?:the|its|their)\s+(?:U\.S\.\s+|US\s+|Commerce Department's\s+)?{_LIST}",
    re.I,
)
# "amends the Military End-User (MEU) List by adding five entities located in Russia": the list named first
LIST_AMEND = re.compile(rf"\bamend(?:s|ed|ing)?\s+the\s+{_LIST}\s+by\s+(?P<verb>adding|removing)\b(?P<what>[^.;]{{1,160}})", re.I)
# "took one company off the list", "removed two entities from the list": the list named in a sentence before
OFF_LIST = re.compile(r"\b(?P<verb>took|take|takes|taking|taken|remov(?:e|es|ed|ing)|delet(?:e|es|ed|ing)|struck|strike)\s+"
                      r"(?P<what>[^.;]{1,80}?)\s+(?:off|from)\s+(?:the|its|that)\s+list\b|"
                      r"^\W*(?P<what2>[^.;]{1,80}?)\s+(?:was|were|have been|has been|had been|are being|is being|will be|are to be|is to be)\s+(?:removed|deleted|taken off|delisted|struck off|struck)"
                      r"(?:\s+(?:from|off)\s+(?:the|its|that)\s+list)?\b", re.I)
_DEST = re.compile(r"\bunder the destinations? of (?P<list>.+?)(?=\.\s|\.$|;| and (?:one|the other|\w+) (?:will|under)|$)", re.I)
# Only a date the sentence opens with: "on February 24, 2022" inside "In response to ... invasion of
# Ukraine on February 24, 2022, the Department ... is adding" dates the cause, not the action.
_LEAD_DATE_WORDS = re.compile(r"^\W*(?:(?:Effective|On|Beginning|As of|Starting)\s+)?$", re.I)
_CONTROL = re.compile(r"\b(?:export controls?(?! (?:Reform )?Act| [Ll]aw| Classification)|controls on|(?<=extends |expands )controls to|(?<=extended |expanded )controls to|these controls|those controls|licen[cs]e requirements?|licen[cs]ing requirements?|"
                      r"controls (?:were|was|are|have been|will be) (?:extended|expanded|tightened|broadened))\b", re.I)
_CONTROL_VERB = re.compile(r"\b(?:implement(?:s|ed|ing)?|impos(?:e|es|ed|ing)|expand(?:s|ed|ing)?|add(?:s|ed|ing)?|extend(?:s|ed|ing)?|amend(?:s|ed|ing)?|"
                           r"restrict(?:s|ed|ing)?|widen(?:s|ed|ing)?|broaden(?:s|ed|ing)?|tighten(?:s|ed|ing)?)\b", re.I)
_NEW_CONTROLS = re.compile(r"\b(?:new|further|additional|tighter|stricter|expanded) (?:export )?controls on\b", re.I)
_ACTION_VERB = re.compile(r"\b(?:(?:re-?)?impos\w+|increas\w+|reduc\w+|rais\w+|lower\w*|modif\w+|suspend\w*|add(?:s|ed|ing)?|terminat\w+|revis\w+|extend\w*|exclu\w+|lift\w*|determin\w+|request\w*|revok\w+|rescind\w*|cancel\w*)\b", re.I)
_ADMIN_ONLY = re.compile(r"\bduplicate\b|\bcorrect(?:s|ed|ing)?\b|\btypographical\b|\bexempt from the (?:Administrative Procedure Act|requirements)|"
                         r"\bExecutive Order 12866\b|\bPaperwork Reduction Act\b|\bRegulatory Flexibility Act\b", re.I)


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


_PEOPLE = re.compile(r"\b(?:persons?|individuals?)\b", re.I)
_AND = re.compile(r",?\s+and\s+")


def count_of(text: str) -> int | None:
    """The first count of listed parties in ``text`` ("twenty-four entities", "33 persons"); people and bodies
    named together are one listing ("10 individuals and 4 entities" → 14)."""
    m = COUNT.search(text)
    if not m:
        return None
    n = words_to_int(m.group("n"))
    conj = _AND.match(text, m.end())
    m2 = COUNT.match(text, conj.end()) if conj else None
    if n is not None and m2 and bool(_PEOPLE.search(m.group())) != bool(_PEOPLE.search(m2.group())):
        k = words_to_int(m2.group("n"))
        return n + k if k is not None else n
    return n


def destinations(text: str) -> list[str]:
    """Canonical names listed after "under the destination(s) of" in ``text``."""
    out: list[str] = []
    for m in _DEST.finditer(text):
        lst = re.sub(r"\([^)]*\)", "", m.group("list"))
        for part in re.split(r",\s*(?:and\s+)?|\s+and\s+", lst):
            part = re.sub(r"^(?:the|all)\s+", "", part.strip(), flags=re.I).strip(" .")
            part = re.sub(r"^(?:one|two|three|\d+)\s+(?:under\s+)?", "", part) if part[:1].isdigit() else part
            if not part or len(part) > 60 or not (canonical_name(part) or re.fullmatch(r"(?:[A-Z][\w.'-]*\s?)+", part)):
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


def list_actions(text: str, last_list: str | None = None) -> list[tuple[re.Match, str, str]]:
    """(match, status, list name) for every add/remove on a named list; corrections are not events. With
    ``last_list`` (the list a sentence before named), "took one company off the list" is a removal from it."""
    out = []
    if _ADMIN_ONLY.search(text):
        return out
    for rx in (LIST_ACTION, LIST_AMEND):
        for m in rx.finditer(text):
            verb = m.group("verb").lower()
            status = "revoked" if verb.startswith("remov") else "implemented"
            out.append((m, status, m.group("list")))
    out.sort(key=lambda a: a[0].start())
    if not out and last_list:
        out = [(m, "revoked", last_list) for m in OFF_LIST.finditer(text)]
    return out


def control_action(text: str) -> re.Match | None:
    """An item-control statement ("implement necessary controls on advanced computing ICs"); "tools such as
    export controls" names the kind, it states none."""
    m = _CONTROL.search(text)
    if m and (_CONTROL_VERB.search(text) or _NEW_CONTROLS.search(text)) and not _ADMIN_ONLY.search(text) and not re.search(r"\bsuch as\s*$", text[:m.start()]):
        return m
    return None


def has_action(text: str) -> bool:
    """True when an English sentence has a verb of trade action (impose, reduce, suspend, determine...)."""
    return bool(_ACTION_VERB.search(text))


# ---- news and press-release English: dates, subjects, targets, negation, status, coordinated clauses ----

# A clause that gives the cause or the background of the action: its dates do not date the action.
_BACKGROUND = re.compile(r"^\W*(?:In response to|In retaliation for|Following|After|Since|Because of|Due to|Prior to|Before|"
                         r"Until|Through|Between)\b", re.I)
_IN_FORCE_SINCE = re.compile(r"\b(?:in force|in effect|in place|effective|applied|applying) since\s+$", re.I)
_HAS_DONE_SINCE = re.compile(r"\b(?:has|have)\s+(?:(?:also|already)\s+)?(?:been\s+(?=required|imposed|applied|levied|charged|banned))?"
                             r"(?:charged|applied|imposed|levied|collected|required|banned|barred|restricted)\b[^.;,]{0,90}?\bsince\s+$", re.I)
_SKIP_BEFORE = re.compile(r"\b(?:since|through|until|till|by|before|prior to|after|between|(?:originally |previously )?"
                          r"(?:scheduled|set|due) (?:to (?:take effect|go into effect|begin|start|expire|lapse|end) )?(?:on|for)|"
                          r"(?:set|scheduled|due) to (?:expire|lapse|end)|(?:petition|request|application|complaint)s? filed(?: on)?)\s+$", re.I)
_VALUE_IN = re.compile(r"\b(?:valued at|worth|total(?:l)?ing|amounting to)\b[^.;,]{0,40}?\bin\s+$", re.I)
# "in this action extends these controls": a notice's own action is dated by the notice, not by the history it recites
_THIS_ACTION = re.compile(r"\bthis (?:action|rule|final rule|interim final rule|notice|document)\b", re.I)
_SAME_YEAR = re.compile(r"\b(?:the same year|that year|later that year|earlier that year|the following year|the next year)\b", re.I)
_LEAD = re.compile(r"^(?:(?:In|On|At|By|After|Following|Last|Earlier|Later|Meanwhile|Separately|Also|However|Yesterday|Today|"
                   r"This|That|Since|In response to|In retaliation|Under|As part of|In addition|Additionally|Moreover|Besides|As a result)\b[^,]{0,80}?(?:, \d{4})?,\s*)+")
_NAME = r"[A-Z][\w&.'’-]*"
_FIRM_SUBJECT = re.compile(rf"^(?:the\s+)?(?P<n>{_NAME}(?:\s+(?:{_NAME}|of|and|&|de|for))*?)(?:'s|’s)?(?:\s*\([^)]{{1,40}}\))?"
                           rf"(?:\s+(?:today|yesterday|on\s+[A-Z][a-z]+day|this week|last week))?\s+(?:has|have|had|will|is|are|was|were|confirmed|"
                           r"plans|planned|announced|said|says|began|begins|started|decided|agreed|moved|shifted|relocated|"
                           r"opened|built|set|expanded|would|could|may|also|opens|builds|expands|announces|scraps|scrapped|closes|closed|"
                           r"moves|shifts|commits|committed|invests|invested|breaks|broke|signs|signed|starts|launches|launched|acquires|acquired|"
                           r"commissioned|commissions|completed|completes|inaugurated|inaugurates|halted|halts|paused|pauses|suspended|suspends|"
                           r"postponed|postpones|delayed|delays|idled|idles|terminated|terminates|converted|converts)\b")
_NOT_FIRM = re.compile(r"^(?:[Tt]he\s+)?(?:(?:Its|Their|His|Her|Chief|Vice|Executive|Senior|Deputy|Managing|General)\b.*|(?:CEO|CFO|COO|Chairman|Chairwoman|Chair|Director|Spokes\w+)\b.*|"
                       r"The|It|They|This|That|These|Those|Officials?|Analysts?|Exports?|Imports?|Tariffs?|Duties|Sanctions|"
                       r"Companies|Firms|Manufacturers|Production|Prices|Trade|Growth|China|Beijing|Washington|U\.S\.|US)$")
_VERB_FIRM = re.compile(rf"\b(?:block(?:s|ed|ing)?|sanction(?:s|ed|ing)?|blacklist(?:s|ed|ing)?|target(?:s|ed|ing)?|add(?:s|ed|ing)?|"
                        rf"bann?(?:s|ed|ing)?|barr?(?:s|ed|ing)?|penali[sz](?:es|ed|ing)?|(?:sanctions|countermeasures) (?:on|against))\s+(?:the\s+)?(?P<n>{_NAME}(?:\s+{_NAME})*)")
_AND_FIRM = re.compile(rf"\s+and\s+(?:the\s+)?(?P<n>{_NAME}(?:\s+{_NAME})*)")
# nationality adjectives of the other states that trade news names (for targets and governments alike)
_MORE_DEMONYMS = {
    "Australian": "Australia", "Dutch": "Netherlands", "Turkish": "Turkey", "Brazilian": "Brazil", "Indonesian": "Indonesia",
    "Thai": "Thailand", "Malaysian": "Malaysia", "Philippine": "Philippines", "Filipino": "Philippines", "Norwegian": "Norway",
    "Lithuanian": "Lithuania", "Italian": "Italy", "Spanish": "Spain", "Swiss": "Switzerland", "Israeli": "Israel",
    "Saudi": "Saudi Arabia", "Emirati": "United Arab Emirates", "Singaporean": "Singapore", "Pakistani": "Pakistan",
    "Bangladeshi": "Bangladesh", "Argentine": "Argentina", "Argentinian": "Argentina", "Chilean": "Chile",
    "Peruvian": "Peru", "Colombian": "Colombia", "South African": "South Africa", "Egyptian": "Egypt",
    "Nigerian": "Nigeria", "Kazakh": "Kazakhstan", "Ukrainian": "Ukraine", "Belarusian": "Belarus",
    "North Korean": "North Korea", "Venezuelan": "Venezuela", "Cuban": "Cuba", "Syrian": "Syria", "Polish": "Poland",
    "Hungarian": "Hungary", "Czech": "Czech Republic", "Swedish": "Sweden", "Finnish": "Finland", "Danish": "Denmark",
    "Belgian": "Belgium", "Austrian": "Austria", "Irish": "Ireland", "Mongolian": "Mongolia", "Cambodian": "Cambodia",
    "Burmese": "Myanmar", "Sri Lankan": "Sri Lanka", "Iraqi": "Iraq", "Qatari": "Qatar", "Moroccan": "Morocco",
}
_DEMONYM = {
    "Chinese": "China", "American": "United States", "U.S.": "United States", "US": "United States", "Japanese": "Japan",
    "South Korean": "South Korea", "Korean": "South Korea", "Russian": "Russia", "Iranian": "Iran", "Canadian": "Canada",
    "Mexican": "Mexico", "European": "European Union", "EU": "European Union", "Indian": "India", "Vietnamese": "Vietnam",
    "Taiwanese": "Taiwan", "German": "Germany", "French": "France", "British": "United Kingdom", "Hong Kong-based": "Hong Kong",
    "Chinese-made": "China", "Chinese-owned": "China", **_MORE_DEMONYMS,
}
_DEMONYM_RX = re.compile(r"(?<![\w.])(" + "|".join(sorted(map(re.escape, _DEMONYM), key=len, reverse=True)) + r")(?=\s+(?:[a-z]|[A-Z]{2,}s?\b))")
_TARGET_STOP = re.compile(r"\b(?:for|because|over|after|amid|citing|in response|in retaliation|said|according)\b", re.I)
_NEGATION = re.compile(r"\b(?:not|never|no(?!\.)|whether|declined to|refrained from|ruled out|refused to|rather than|"
                       r"unnecessary|no need|unlikely|oppos\w+|condemn\w*|criticiz\w+|criticis\w+|accus\w+|protest\w*|denounc\w+)\b|n't\b", re.I)
_NO_PLANS = re.compile(r"\b(?:not aware of any|(?:has|have|had) no (?:immediate )?plans?|there (?:are|were) no (?:immediate )?plans?)\b", re.I)
_ADJECTIVAL = re.compile(r"\b(?:the|a|an|its|their|this|these|that)\s+(?:planned|proposed|scheduled)\b|"
                         # equipment taken out of networks is the measure, not its revocation ("Huawei kit removed from 5G networks")
                         r"\b(?:remov\w*|strip\w*)\s+(?:(?:[\w-]+\s+){0,4}?(?:equipment|kit|gear|components|vendors?|suppliers?)\s+)?from\s+(?:[\w-]+\s+){0,3}?(?:networks?|cores?)\b|"
                         # preferences withdrawn are the measure: "terminated Ethiopia's eligibility for trade preferences"
                         r"\b(?:terminat|revok|end|withdr[ae]w|suspend)\w*\s+[^.;]{0,40}?(?:eligibility|designation)\b|"
                         r"\b(?:GSP|AGOA|EBA)\b[^.;]{0,30}?\b(?:designation|eligibility|benefits|authori[sz]ation)\b[^.;]{0,20}?\b(?:was|were|is|has been)\s+(?:terminat|revok|suspend|withdr)\w*|"
                         r"\blapsed\b|"
                         # a recommendation accepted is a decision: "the minister accepted our recommendation and imposed …"
                         r"\baccept\w* (?:the |our |its |their |a )?(?:[\w-]+ )?recommendations?\b|"
                         # an exemption ended is a tax or duty now charged: "…, ending an exemption that retailers said …"
                         r"\b(?:end|remov|abolish|scrap|eliminat|clos)\w*\s+(?:an?|the|its|their|this)\s+(?:[\w-]+\s+){0,3}?(?:exemptions?|relief|de minimis (?:exemption|treatment|threshold|rule))\b|"
                         # exports suspended are the control itself: "extended its suspension of cobalt exports"
                         r"\bsuspension of (?:[\w-]+ )?exports\b", re.I)
_EN_STATUS = (
    ("revoked", re.compile(r"\b(?:(?:not|no longer) (?:to )?(?:proceed|go ahead) with|(?:cancel\w*|abandon\w*) (?:its |the |a )?(?:planned )?[^.;]{0,40}?(?:plant|factory|facility)|end(?:s|ed|ing)? (?:a|the|its) (?:[\w-]+ )?(?:ban|prohibition|embargo)|allow\w* exports? of [^.;]{0,40}? again|withdr(?:aw|ew|awn|awing|aws)|lift(?:s|ed|ing)?|remov(?:e|es|ed|ing)|revok\w+|rescind\w*|terminat\w+|repeal\w*|roll(?:s|ed|ing)? back|scrap(?:s|ped|ping)\b|scrap (?:the|its|their|a|an|plans?)\b|let (?:its |the |a )?(?:[^.;]|\.(?=\S|\s+[a-z])){1,60}? (?:lapse|expire)|(?:was|were|been) allowed to (?:lapse|expire))\b", re.I)),
    ("suspended", re.compile(r"\b(?:suspend\w*|suspensions?|shelv(?:e|es|ed|ing)\b|postpon\w+|delay(?:s|ed|ing)?|defer(?:s|red|ring)?|paus(?:e|es|ed|ing)|put on hold|halt(?:s|ed)? (?:its|their|the) (?:[\w,.-]+ ){0,4}?(?:plant|factory|facility|lines?)\b|exclusions?|exempt(?:s|ed|ing|ions?)?|waiv(?:e|es|ed|ing|ers?))\b", re.I)),
    ("considering", re.compile(r"\b(?:consider(?:s|ed|ing)?\b|under consideration|recommend\w*|stud(?:y|ies|ying|ied)|evaluat\w+|weigh(?:s|ed|ing)?|draft|mull\w*|threat\w*|explor(?:e|es|ed|ing)|(?-i:could|may|might)|potential|possible|"
                               r"propos(?:es|ed|ing)?\s+(?:to|a|an|new|additional|higher|raising|tariffs|duties|rules?))\b", re.I)),
    ("planned", re.compile(r"\b(?:will|would|shall|plans?\s+to|plans?\s+(?:a|an)\s+(?:[\w$.,-]+\s+){0,5}?(?:plant|factory|facility)|planned\s+to|planning\s+to|to take effect|set to|scheduled|intends?\s+to|"
                           r"(?:is|are)\s+to|going to|announced plans|board (?:of directors )?(?:has )?approved|authori[sz]ed (?:\w+ ){0,4}?to (?:retaliate|impose|suspend)|(?:sends?|sent|submit(?:s|ted)?|introduc(?:es|ed)|tabled?)\b[^.;]{0,30}?\bbill|(?:decided\s+(?:in\s+\w+\s+)?|agreed\s+)to\s+(?:build|invest|set up|open|move|shift|transfer|relocate))\b|\bwon't\b", re.I)),
)
_DONE = re.compile(r"\b(?:imposed|added|took effect|entered into force|came into force|went into effect|signed|blocked|sanctioned|raised|"
                   r"increased|levied|slapped|placed|implemented|began|started|issued|designated|banned|restricted|expanded|"
                   r"tightened|relocated|moved|shifted|opened|ratified|concluded|reached|joined|finali[sz]ed|ordered|cut|lowered|"
                   r"reduced|hiked|doubled|tripled|quadrupled|has begun|have begun|acceded|applied)\b", re.I)
_BETWEEN = re.compile(r"\bbetween\s+\d+(?:\.\d+)?\s*(?:%|percent|per cent)?\s*$", re.I)
_COORD = re.compile(r"[,;]\s+(?:while|whereas)\s+|,\s+and\s+(?=[A-Z]|(?:the|its|a|an)\s)|,?\s+and\s+(?=\d+(?:\.\d+)?\s*(?:%|percent|per cent)\s+(?:(?:additional|retaliatory|punitive)\s+)?(?:(?:tariffs?|duties|duty|levies|surtax(?:es)?)\s+)?on\b)|"
                    r"(?:,\s+|,?\s+and\s+)(?=on\s+(?:[^.;,]|\.(?=\d)){1,60}?\s+to\s+\d+(?:\.\d+)?\s*(?:%|percent|per cent))|"
                    r",\s+(?=(?:responded|retaliated|hit back|struck back)\b)|,?\s+(?:and|while|but)\s+(?=(?:also\s+|then\s+|later\s+|to\s+|separately\s+)?(?:plans?\s+(?:a|an)\s|rais|impos|increas|cut|lower|add|extend|suspend|doubl|"
                    r"tripl|quadrupl|hik|levy|levi|plac|put|lift|remov|expand|restrict|ban|block|sanction|sign|relocat|shift|mov|launch|initiat|open(?=(?:ed|s|ing)?\s+(?:a|an|the|its|new|\w+-\w+)\s+(?:[\w-]+\s+){0,3}?(?:investigation|probe|review|inquiry)))\w*\b)|"
                    # "…, took effect on September 1, 2019, and was cut to 7.5% on February 14, 2020": the same duty changed
                    r",?\s+and\s+(?=(?:was|were|has been|have been|had been)\s+(?:later\s+|then\s+|subsequently\s+)?(?:raised|increased|"
                    r"cut|lowered|reduced|hiked|doubled|halved)\s+to\s+\d)|"
                    # "…, suspended for one year the affiliates rule, and paused …": a list of actions, one per comma
                    r",\s+(?=(?:also\s+)?(?:suspended|paused|halted|lifted|lowered|raised|imposed|extended|added|banned|blocked|restricted|"
                    r"sanctioned|cut|hiked|removed|kept|dropped|delayed|postponed|tightened|expanded)\s+(?:for\s+(?:a|one|two|three|six|\d+)\s+\w+\s+)?"
                    r"(?:its|their|the|a|an|all|some|new|additional|further|\d))", re.I)
# "After imposing duties on about $50 billion of Chinese imports in 2018, …": a measure told before the sentence's own
LEAD_MEASURE = re.compile(r"\W*(?:After|Following|Having)\s+(?:first\s+)?(?:impos|rais|lev[iy]|add|plac|hik|increas|doubl|extend|"
                          r"bann|restrict|blacklist|sanction)\w*\b[^,;]{5,120}?(?:,\s*\d{4})?(?=,\s)", re.I)
_EXTRA_VERBS = re.compile(r"\b(?:initiat\w+|carr(?:y|ies|ied|ying) out|transferr?(?:s|ed|ing)?|issu(?:e|es|ed|ing)\s+(?:new\s+)?(?:guidance|instructions?|orders?|an order|a ban|bans|directives?|a directive)|step(?:s|ped|ping)? up|stop(?:s|ped|ping)?|halt(?:s|ed|ing)?|ceas(?:e|es|ed|ing)|clos(?:e|es|ed|ing)|plac(?:ed|ing)|paus(?:e|es|ed|ing)|shut(?:s|ting)?|defer(?:s|red|ring)?|postpon\w+|prohibit(?:s|ed|ing)?|requir(?:e|es|ed|ing)|drop(?:s|ped|ping)|restor(?:e|es|ed|ing)|remov(?:e|es|ed|ing)|bar(?:s|red|ring)?|sign(?:s|ed|ing)?|ratif\w+|(?:entered|enters|came|comes) into force|took effect|block(?:s|ed|ing)?|sanction(?:ed|ing)|sanctions(?! (?:package|packages|list|regime|measures|policy|programs?))|"
                          r"bann?(?:s|ed|ing)?|restrict\w*|relocat\w+|shift\w*|mov(?:e|es|ed|ing)|consider\w*|threat\w*|announc\w+|"
                          r"plan(?:s|ned|ning)?|propos\w+|order(?:s|ed|ing)?|designat\w+|expand\w*|tighten\w*|approv\w+|adopt\w*|"
                          r"join(?:s|ed|ing)?|appl(?:y|ies|ied) to join|acced\w+|quadrupl\w+|doubl\w+|tripl\w+|hik\w+|lev(?:y|ies|ied)|"
                          r"slap\w*|unveil\w*|launch\w*|introduc\w+|implement\w*|finali[sz]\w+|reach(?:es|ed)?|conclud\w+|agree[sd]?|"
                          r"grant\w*|postpon\w+|delay\w*|blacklist\w*|open(?:s|ed|ing)?|build(?:s|ing)?|built|set(?:s|ting)? up|"
                          r"appl(?:y|ies|ied)|fall(?:s|ing)?|fell|ris(?:e|es|ing)|rose|(?:will|to) be cut|divest\w*|sell|clear(?:s|ed|ing)?|"
                          r"widen\w*|removal of|set(?:s|ting)? (?:the |a |an |its |their |new |final |preliminary )*(?:[\w-]+ ){0,3}?(?:rates?|margins?|dut(?:y|ies)|tariffs?|quotas?)\b|issu(?:e|es|ed|ing) (?:a |an |its |the )?(?:preliminary |final |affirmative |negative )+(?:[\w-]+ ){0,2}?determinations?|cho(?:se|sen|oses|osing)|(?:broke|breaks|breaking) ground|fac(?:e|es|ed|ing) (?:a |an )?(?:\d+(?:\.\d+)?\s*(?:%|percent) )?(?:tariff|duty|surtax)|cut(?:s|ting)? (?:the |its |their )?(?:[\w-]+ ){0,2}?(?:tariffs?|duties|duty|rates?|levies)|curb(?:s|ed|ing)?|froze|frozen|freez\w+|lift(?:s|ed|ing)?|exempt\w*|hit|hits|producing|production|weigh(?:s|ed|ing)?|mull\w*|explor\w+|recommend\w*|"
                          r"in effect|takes effect|effective|shelved|stalled|broke down|collapsed|lapsed|authori[sz](?:ed|es|ing)|prolong\w*|renew\w*|withdr(?:aw|ew|awn|awing|aws)|began|begins|started|starts|end(?:s|ed)? production|spend(?:s|ing)?|spent|invest(?:s|ed|ing)?|kept|keeps|keep|keeping|lapse|lapses|complet(?:e|es|ed|ing)|detain\w*|seiz(?:e|es|ed|ing)|impound\w*|evaluat\w+|under construction|commission(?:s|ed|ing)|acquir(?:e|es|ed|ing)|inaugurat\w+|charg(?:es|ed|ing)|charge (?:a|an|its|their|the)\b|publish(?:es|ed|ing) (?:the|its|new|a) [^.;]{0,40}?(?:Rules|Regulations?|Law|Act)|exercis(?:es|ed|ing)|refus(?:es|ed|ing))\b", re.I)


# A capital standing for its government as a subject: "Ottawa applied a 25 percent surtax", "Beijing announced"
CAPITALS = {"Washington": "United States", "Beijing": "China", "Ottawa": "Canada", "Tokyo": "Japan", "Seoul": "South Korea",
            "Brussels": "European Union", "Taipei": "Taiwan", "Moscow": "Russia", "New Delhi": "India", "Hanoi": "Vietnam",
            "London": "United Kingdom", "Canberra": "Australia", "Mexico City": "Mexico", "Berlin": "Germany", "Paris": "France",
            "The Hague": "Netherlands", "Ankara": "Turkey", "Jakarta": "Indonesia", "Bangkok": "Thailand", "Tehran": "Iran",
            "Pyongyang": "North Korea", "Kyiv": "Ukraine", "Brasilia": "Brazil", "Kuala Lumpur": "Malaysia", "Manila": "Philippines",
            "Riyadh": "Saudi Arabia", "Abu Dhabi": "United Arab Emirates", "Nairobi": "Kenya", "Pretoria": "South Africa",
            "Wellington": "New Zealand"}
_DEMONYM_GOV = {"Dutch": "Netherlands", "Japanese": "Japan", "Chinese": "China", "American": "United States", "U.S.": "United States",
                "South Korean": "South Korea", "Korean": "South Korea", "Taiwanese": "Taiwan", "Canadian": "Canada",
                "Mexican": "Mexico", "Indian": "India", "British": "United Kingdom", "German": "Germany", "French": "France",
                "Vietnamese": "Vietnam", "Russian": "Russia", **_MORE_DEMONYMS}
_CAPITAL = re.compile(r"\b(" + "|".join(sorted(map(re.escape, CAPITALS), key=len, reverse=True)) + r")\b(?![-‐–]based|,\s+D\.C)")


_GOVERNMENT = re.compile(r"\b(?:the\s+)?(" + "|".join(sorted(map(re.escape, {**_DEMONYM_GOV}), key=len, reverse=True)) +
                         r")\s+(?:(?:customs|quarantine|trade|competition|financial|market|health|regulatory)\s+)?(?:government|authorities|administration|cabinet)\b")


def capital_subjects(text: str) -> list[tuple[int, str]]:
    """(position, state) of every capital that may stand for its government ("Beijing hit back"), and of "the
    Dutch government" and the like."""
    return ([(m.start(), CAPITALS[m.group(1)]) for m in _CAPITAL.finditer(text)]
            + [(m.start(), _DEMONYM_GOV[m.group(1)]) for m in _GOVERNMENT.finditer(text)])


# "WASHINGTON, Dec 3 - ", "SAN JOSE, Calif., April 22, 2025 - ", "GENEVA (Reuters) — "
_DATELINE = re.compile(r"^(?:[A-Z][A-Z .'/-]{2,40}(?:,\s*[A-Z][a-z]{1,14}\.?(?:\s+[A-Z][a-z]+)?(?=,))?(?:,?\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*"
                       r"(?:\([^)]{1,30}\)\s*)?[—–-]{1,2}\s*)")


_ITEM_LABEL = r"[A-Z][\w.'’ -]{1,30}:"  # a bulleted item's label ("- India: …")
# a timeline's item: "- Jan. 14, 2025: ", "• 3 March 2025 – "
_ITEM_DATE = re.compile(r"^\s*(?:[-–•·*]\s*)?(?:(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s*\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|\d{4}-\d{2}-\d{2}|[A-Z][a-z]{2,8}\.?\s+\d{4})\s*(?::|\s[–—-])"
                        rf"|(?<=[-–•·*] ){_ITEM_LABEL})\s*")  # (or a bulleted item's label: "- Vietnam: Brightwell will …")


def lead_clause_end(text: str) -> int:
    """Where the main clause starts after a dateline ("WASHINGTON, March 23 — ", "PENANG, Malaysia, May 20 - "), a
    timeline item's date ("- Jan. 14, 2025: ") and leading adverbials ("In retaliation, ", "On May 14, 2024, ")."""
    d = _DATELINE.match(text) or _ITEM_DATE.match(text)
    start = d.end() if d else 0
    m = _LEAD.match(text[start:])
    return start + (m.end() if m else 0)


def background_date(text: str, d) -> bool:
    """A date of the cause, not of the action: inside "In response to …", or right after "since/until/by"."""
    if (_SKIP_BEFORE.search(text[max(0, d.start - 40):d.start]) and not _IN_FORCE_SINCE.search(text[max(0, d.start - 40):d.start])
            and not _HAS_DONE_SINCE.search(text[max(0, d.start - 120):d.start])):
        return True  # ("in force since January 2020", "has charged a flat $20 fee on each parcel … since June": the day the measure started)
    if _VALUE_IN.search(text, max(0, d.start - 60), d.start):
        return True  # "covering imports valued at roughly $12 billion in 2025": the year of a trade figure
    head = text[:d.start]
    # the clause the date is in starts after the last comma that does not belong to a date ("May 16, 2019")
    cut = max((m.end() for m in re.finditer(r"[,;]\s+(?!\d{4}\b)", head)), default=0)
    return bool(_BACKGROUND.match(text[cut:d.start]) or (cut == 0 and _BACKGROUND.match(head)))


def event_date(text: str, dates, *, year: int | None, last_date: str | None) -> str | None:
    """The date of the action an English sentence states, or None (the caller falls back to the document's)."""
    cands = [d for d in dates if not background_date(text, d)]
    line = _DATELINE.match(text)  # "WASHINGTON, Dec 3 - … on Monday added": the dateline dates the story, not the act
    if line:
        cands = [d for d in cands if d.start >= line.end()] or cands
    lead = leading_date(text, cands)
    if lead is not None:
        return lead.iso
    if _THIS_ACTION.search(text):
        return None
    fine = [d for d in cands if d.precision != "year"]
    if fine or cands:
        return (fine or cands)[0].iso
    if last_date and re.search(r"\b(?:the same day|that day|the same date)\b", text, re.I):
        return last_date
    same = _SAME_YEAR.search(text) if year else None
    if same:
        return str(year + (1 if re.search(r"following|next", same.group(), re.I) else 0))
    return None


def negated(text: str, trig: int) -> bool:
    """True when the trigger at ``trig`` is negated in its clause ("did not impose new sanctions")."""
    head = text[max(0, trig - 80):trig]
    head = head[max(head.rfind(","), head.rfind(";")) + 1:]
    # "is studying whether to propose port charges" weighs a measure; "asked whether …" only asks
    head = re.sub(r"\b(?:stud\w+|consider\w*|weigh\w*|assess\w*|examin\w+|review\w*|explor\w+)\s+whether\b", " considering", head, flags=re.I)
    # "We are not aware of any plans by Japan or Australia to follow Canada's … approach for night-vision exports"
    # "if the September tariff is delayed or changed, our Vietnam plan doesn't change": a condition, not a measure
    return (bool(_NEGATION.search(head)) or bool(_NO_PLANS.search(text, max(0, trig - 200), trig))
            or bool(re.search(r"(?:^|[,;:]\s*)(?:[Ee]ven )?(?:[Ii]f|[Uu]nless|[Ss]hould)\s+[^,;:]*$", head))
            # "The moves come as Chinese manufacturers flock to …": the background a story is set against
            or bool(re.search(r"\b(?:[Tt]he|[Tt]his|[Tt]hat) (?:move|moves|decision|step|announcement|shift)s? (?:comes?|came) as\b", head)))


_GROUNDS_CLAUSE = re.compile(r",\s+(?:following|after) (?:an?|the) (?:[\w-]+ ){0,3}?(?:review|investigation|inquiry|probe|finding|determination)s?\b")
_EN_STATUS_ANY = re.compile(r"\b(?:imposed|extended|adopted|renewed|maintained|applied|introduced|lifted|removed|revoked|suspended|decided|approved|signed)\b", re.I)


def status_of(text: str, *, dated: bool) -> str | None:
    """Status of the measure an English clause states: a revoking or suspending verb wins, then a hedge, then
    "will/plans to", then a past-tense action verb (or a date) for implemented."""
    plain = _ADJECTIVAL.sub(" ", text)
    # a trailing clause that gives the grounds ("…, following an expiry review which concluded that the expiry of the
    # measures would be likely to lead to …") tells no stage of the measure
    if (cut := _GROUNDS_CLAUSE.search(plain)) is not None and _EN_STATUS_ANY.search(plain, 0, cut.start()):
        plain = plain[:cut.start()]
    for status, pat in _EN_STATUS:
        if pat.search(plain):
            return status
    return "implemented" if dated or _DONE.search(plain) else None


_TALLY = re.compile(r"^\W*Since\b[^,]{1,40},.*\b(?:more than|over|nearly|almost|some|a total of)\s+\d|"
                    r"\b(?:has|have)\s+(?:now\s+)?(?:initiated|imposed|launched|opened|sanctioned|designated|added|listed)\s+(?:(?:sanctions|duties|tariffs|measures)\s+on\s+)?(?:more than|over|nearly|almost|some|at least|a total of)\s+\d|"
                    r"\b(?:is|was|are|were|marks|marked|remains?)\s+(?:only\s+)?the (?:first|second|third|\w+th) (?:such )?(?:[\w-]+ ){0,8}?"
                    r"(?:since|in)\s+(?:19|20)\d\d\b", re.I)


def running_total(text: str) -> bool:
    """A tally over time ("Since 2022, Treasury has sanctioned more than 4,000 persons", "only the ninth such order
    since 1990"): it counts measures, it does not state a new one."""
    return bool(_TALLY.search(text))


def has_verb(text: str) -> bool:
    """True when an English sentence has a verb of trade action (impose, sign, block, relocate...)."""
    return has_action(text) or bool(_EXTRA_VERBS.search(text))


def clauses(text: str) -> list[tuple[int, int]]:
    """The sentence cut where it coordinates a second measure ("… to 100% and raise duties on … to 50%"), and after a
    leading clause that states an earlier measure of its own ("After imposing duties on … in 2018, USTR imposed …")."""
    # "between 12% and 35% on polyester yarn" is one range, not a second rate
    cuts = [m.start() for m in _COORD.finditer(text) if not _BETWEEN.search(text, 0, m.start())]
    lead = LEAD_MEASURE.match(text)
    if lead is not None and not any(c < lead.end() for c in cuts):
        cuts.insert(0, lead.end())
    bounds = [0, *cuts, len(text)]
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]


def demonym_targets(text: str, lo: int, hi: int, trig: int) -> list[str]:
    """States named by nationality adjectives after the trigger ("tariffs on Chinese steel", "American goods")."""
    stop = _TARGET_STOP.search(text, trig, hi)
    end = stop.start() if stop else hi
    out: list[str] = []
    for m in _DEMONYM_RX.finditer(text, max(lo, trig), end):
        st = _DEMONYM[m.group(1)]
        if st not in out:
            out.append(st)
    return out


def firm_subject(text: str) -> str | None:
    """The proper-noun subject of an English sentence when it is not a known state ("Samsung will relocate")."""
    head = _ORDINAL_LEAD.sub("", text[lead_clause_end(text):], count=1)  # "Third, outside apparel, the Japanese printer maker …"
    head = _APPOSITIVE.sub(r"\1 ", head, count=1)  # "Nitto Seimitsu, a … maker of motors, said"
    head = _DESCRIBED_FIRM.sub("", head, count=1)  # "South Korean appliance maker Daehan Electronics said …"
    head = _HOME_BEFORE.sub("", head, count=1)  # "U.S.-based Corvex Semiconductor", "Taiwan's Sunward Test Solutions"
    m = _FIRM_SUBJECT.match(head)
    return _firm_name(m.group("n").strip()) if m else None


_FIRM_FORM = re.compile(r",?\s+(?:Inc|Ltd|Corp|Co|LLC|plc|Limited|Corporation|Company|Group|Holdings)\.?$")


def _firm_name(n: str) -> str | None:
    """A subject's canonical firm name without its legal form, or None when it is no firm (a pronoun, a capital)."""
    n = _FIRM_FORM.sub("", n)
    if not n or _NOT_FIRM.match(n) or len(n) > 60 or n in CAPITALS:
        return None
    return canonical_name(n) or n


# where a firm is from, before its name: "U.S.-based ", "Chinese-owned ", "Taiwan's ", "South Korea's "
_HOME_BEFORE = re.compile(r"^\W*(?:(?:(?:[A-Z][\w.]* )?[A-Z][\w.]*-(?:based|owned|headquartered|listed)|(?:Taiwan|China|Japan|South Korea|Korea|India|Germany|France|"
                          r"Singapore|Malaysia|Thailand|Vietnam|Indonesia|Britain|America|Canada|Mexico|Brazil|Australia|Hong Kong)(?:'s|’s))\s+)+(?=[A-Z])")
# "… a day after South Korea's Hanyul Micron said it would spend …": a firm that says what it will do, inside the sentence
_SAID_IT = re.compile(rf"(?P<n>{_NAME}(?:\s+{_NAME}){{0,4}})\s+(?:said|says|announced|announces|confirmed)\s+(?:on\s+[A-Z][a-z]+day\s+|last\s+\w+\s+|this\s+\w+\s+)?"
                      r"(?:that\s+)?it\s+(?:would|will|plans|planned|had|has|is|was)\b")


def said_firm(text: str) -> str | None:
    """The firm of "… X said it would …" anywhere in an English sentence, when X is not a state or a pronoun."""
    for m in _SAID_IT.finditer(text):
        n = re.sub(r"^(?:The|A|An|Meanwhile|But|And|Separately|Also)\s+", "", _HOME_BEFORE.sub("", m.group("n")))
        if (firm := _firm_name(n)) is not None and name_country(firm) is None:
            return firm  # (not a state: "… after Japan said it would …")
    return None


# "Chief Executive Dana Whitfield said the company would move assembly …": the firm is the one reported on
_SAID_FIRM = re.compile(r"\b(?:said|says|added|noted|told [^,.;]{1,40}?)\s+(?:that\s+)?(?:the company|the firm|the group|it)\s+(?:would|will|plans|planned|is|was|had|has|[a-z]+ed)\b", re.I)
# what a firm is called by the trade it is in: "appliance maker", "carmaker", "contract manufacturer"
FIRM_NOUNS = (r"(?:maker|manufacturer|producer|supplier|carmaker|automaker|chipmaker|chip maker|firm|company|group|giant|"
              r"retailer|exporter|conglomerate|contractor|assembler|brand)")
_DESCRIBED_FIRM = re.compile(r"^\W*(?:while\s+|and\s+|but\s+|whereas\s+)?(?:the\s+)?(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:-based)?\s+)?(?:[a-z][\w-]*\s+){0,3}?"
                             + FIRM_NOUNS + r"\s+(?=[A-Z])")
_ORDINAL_LEAD = re.compile(r"^\W*(?:First|Second|Third|Fourth|Fifth|Sixth|Finally|Lastly)(?:ly)?,\s+(?:[a-z][a-z ]{2,25},\s+)?")
_APPOSITIVE = re.compile(r"^((?:[A-Z][\w&.'-]*\s+){0,4}[A-Z][\w&.'-]*)(?:\s*\([^)]{1,40}\))?,\s+(?:a|an|the)\s+[^,;]{3,130},\s+")
# (and "we", "our" in a firm's own release or earnings call, where the firm speaks)
_IT_FIRM = re.compile(r"^(?:the company|the firm|the group|the manufacturer|the maker|the board(?: of directors)?|it|we|our)\b", re.I)


def refers_to_firm(text: str) -> bool:
    """Whether an English sentence's subject refers back to a firm named before ("The company has signed …")."""
    text = re.sub(rf"^\s*[-–•·*]\s*(?:{_ITEM_LABEL}\s+)?", "", text)  # "- The company approved …", "- India: The company has …": a bullet item
    return bool(_IT_FIRM.match(text[lead_clause_end(text):]) or _SAID_FIRM.search(text))


_LOCATED = re.compile(r"\b(?:(?:based|located|headquartered|registered|incorporated) in|(?:entities|companies|firms|individuals|persons|"
                      r"parties|organizations|addresses) in)\s+(?:the\s+)?$", re.I)


def located_states(text: str, found, lo: int, hi: int) -> list[str]:
    """States the listed parties are in: "12 entities located in China, Iran and the United Arab Emirates",
    "nine companies based in Hong Kong and the UAE"."""
    out: list[str] = []
    last_end = lo
    for n in found.names:
        if not lo <= n.start < hi or n.kind != "country":
            continue
        if _LOCATED.search(text[max(lo, n.start - 30):n.start]) or (
                out and re.fullmatch(r"\s*(?:,|,?\s*and|,?\s*or)\s*(?:the\s+)?", text[last_end:n.start])):
            out.append(n.canonical)
            last_end = n.end
    return list(dict.fromkeys(out))


def verb_firms(text: str, lo: int, hi: int) -> list[str]:
    """Proper nouns that a listing or blocking verb takes as object ("blocking Broadcom's …", "added Huawei")."""
    out = []
    for m in _VERB_FIRM.finditer(text, lo, hi):
        also = _AND_FIRM.match(text, m.end())  # "sanctions on Rosneft and Lukoil"
        for raw in (m.group("n"), also.group("n") if also else None):
            n = re.sub(r"(?:'s|’s)$", "", re.sub(r"(?<=[a-z]{2})\.$", "", raw or ""))  # (not the sentence's full stop)
            if not n or n in _DEMONYM or _NOT_FIRM.match(n) or re.match(r"(?:Section|Entity|List|President|Secretary|Department)\b", n):
                continue
            names = [canonical_name(n) or n]
            own = re.match(r"(.+?)(?:'s|’s)\s+(.+)$", n)  # "Kyrgyzstan's Tian Shan Commercial Bank": the firm, and its state
            if own and (st := name_country(canonical_name(own.group(1)) or "")) is not None:
                names = [st, canonical_name(own.group(2)) or own.group(2)]
            out += [x for x in names if x not in out]
    return out
