"""Event tables -> one event per row, by header semantics ("日期", "金額 (億美元)", "稅率", "狀態"...) and caption.

Tables arrive from the readers with cells split on whitespace and wrapped cells as rows of their own,
so a row is re-read as a token list: a data row starts with a date or a round ("第 3 輪"); lines that
do not are continuations of the row above or repeated headers. Tokens are matched to the header's roles
in order: dates, numbers and statuses by their shape, names in between by position.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..normalize.amounts import parse_amounts, parse_rate_changes, parse_rates
from ..normalize.dates import parse_dates
from ..normalize.names import find_names
from ..types import Event, Table
from ..normalize.names import canonical_name, name_country
from .arguments import MAINLAND_CITIES, canonical, parties_named, place_country, state_of
from . import agreements
from .export_controls import ANNEX_IV
from .relocation import HOST_BY_CHAR
from .english import control_action, count_of, demonym_targets
from .prose import ABBR_STATE, FAMILIES, IMPORT_BAN_LIST, event_id

# header keyword -> role; longer keywords first so "貨品項目" is items, not a round label
_ROLES = [
    # a register of agreements: "Agreement | Signed | In force", "協定 | 簽署日期 | 生效日期"
    ("agreement", r"(?:協定|协定|協議|协议)(?:名稱|名称)?(?!稅率|税率|內容|内容|夥伴|伙伴|對象|对象)|\b(?:Trade )?Agreements?\b|\bFTA\b|\bPact\b|\bDeal\b"),
    ("items", r"貨品項目|货品项目|項目數|项目数|(?:涉及)?(?:稅目數|税目数|稅號數|税号数)|項數|项数|品項數|家數|家数|件數|件数|數量|数量|\bItems\b|\bNumber\b|\bCount\b|\bLines\b"),
    ("target_firm", r"目標企業|目标企业|被併購方|被收購方|\bTarget\b|\bAffected (?:part(?:y|ies)|entit(?:y|ies)|firms?|compan(?:y|ies))\b|受影響對象|受影响对象"),
    ("firm", r"涉案中資企業|外資企業|外资企业|中資企業|中资企业|企業|企业|公司|廠商|厂商|車廠|车厂|車企|车企|製造商|制造商|\bName\b(?! of)|\bVessels?\b(?! (?:fees?|types?|class|tonnage|calls?))|\b(?:Car)?[Mm]akers?\b|\bManufacturers?\b|實體|实体|投資方|投资方|投資人|投资人|申請人|申请人|\bApplicant\b|\bCompany\b|\bFirm\b|\bEntit(?:y|ies)\b|\bAcquirer\b|\bInvestor\b"),
    # the state that takes the row's measure: "Jurisdiction | Measure | Products | Key requirement | Status"
    ("acting", r"\bJurisdictions?\b|\bImposing (?:country|state|jurisdiction)\b|實施國|实施国|採取國|采取国"),
    ("nationality", r"國籍|国籍|母國|母国|國別|国别|\bNationality\b|\bHome(?: country)?\b"),
    # the countries a measure is aimed at ("涉案國", "Origin"), and what it covers
    ("target", r"涉案國家?|涉案国家?|涉案來源|涉案来源|被調查國家?|被调查国家?|原產國|原产国|原產地|原产地|來源國|来源国|對象國|对象国|^(?:產地|产地|國家|国家|國家／地區|国家/地区|對象|对象)$|\bOrigin\b|\bCountr(?:y|ies)\b|\bPartners?\b|\bCounterpart\b|^(?:夥伴|伙伴|締約方|缔约方|合作夥伴|合作伙伴)$|(?:協定|协定|協議|协议)(?:夥伴|伙伴|對象|对象)"),
    ("products", r"產品|产品|品名|貨品名稱|货品名称|管制內容|管制内容|\bProducts?\b|\bGoods\b|\bItems? covered\b"),
    ("industry", r"產業|产业|行業|行业|\bIndustry\b|\bSector\b"),
    ("destination", r"\bFacilit(?:y|ies)\b(?!\s*\()|海外(?:基地|工廠|工厂|據點|据点|廠區|厂区|生產基地|生产基地)|遷廠目的地|目的地|所在國|所在国|所在地|投資地|投资地|設廠地點|设厂地点|地點|地点|廠址|厂址|(?<![\u4e00-\u9fff])(?:廠區|厂区|據點|据点|生產基地|生产基地)(?![\u4e00-\u9fff])|\bNew (?:site|plant|location)\b|\bSites?\b|\bDestinations?\b|\bHost country\b|\bLocation\b"),
    ("date", r"日期|時間|时间|時程|时程|(?:實施|实施|適用|适用)?(?:期間|期间)|生效日|生效[（(][^）)]{1,4}[）)]日|公告日|實施日|進度|进度|(?<!最新)進展|(?<!最新)进展|預計(?:投產|完成|量產|動工)|预计(?:投产|完成|量产|动工)|\bAnnounced\b|\bWhen\b|\bStart(?: of (?:output|production|operations))?\b|\bTimeline\b|\bTiming\b|^(?:簽署|签署|生效)$|\bDate\b|\bEffective\b|\bKey date\b|\bSigned\b|\b(?:Entry )?[Ii]nto force\b|\bIn force\b"),
    ("amount", r"總投資|总投资|投資總額|投资总额|金額|金额|價值|价值|規模|规模|投資額|投资额|投資承諾|投资承诺|\bAmount\b|\bValue\b|\bInvestment\b|\bTrade (?:covered|affected)\b|\bCommitment\b"),
    ("rate", r"稅率|税率|稅負|税负|(?:進口|进口)?(?:關稅|关税)$|\bRate\b|\bDuty\b|\b(?:Dumping |Subsidy )?Margins?\b"),
    ("status", r"狀態|状态|現況|现况|\bStatus\b"),
    ("round", r"項目類別|项目类别|輪次|轮次|批次|類別|类别|^(?:階段|阶段)$|\bRound\b|\bList\b|\bTranche\b|\bPhase\b|\bStage\b"),
    ("event", r"事件|內容|内容|措施|^(?:程序|程序進度|程序进度)$|項目|项目|最新進展|最新进展|(?:結果|结果)(?:或|及|與|与|和|/|／)?(?:進展|进展)?|(?:調查|调查|案件|救濟|救济)(?:類型|类型|種類|种类)|決定|决定|決議|决议|里程碑|案件|審查結果|审查结果|要點|要点|\bMilestones?\b|\bProgress\b|\bLatest\b|\bEvent\b|\bProject\b|\bActivit(?:y|ies)\b|\bDescription\b|\bMeasure\b|\bAction\b|\bStep\b|\bDecision\b|\bOutcome\b|"
              r"\bPersons designated\b|\bDesignations\b"),
]
_RATE_HEAD = re.compile(dict(_ROLES)["rate"])  # (a header cell that names rates beside something else: "税率/进展")
_ROLE_RX = re.compile("|".join(f"(?P<{r}>{p})" for r, p in _ROLES), re.I)
_UNITS = [(r"兆美元|trillion", 1e12), (r"十億美元|billion", 1e9), (r"億美元|亿美元", 1e8), (r"百萬美元|百万美元|million", 1e6),
          (r"萬美元|万美元", 1e4), (r"美元|USD|US\$", 1.0)]
_DATE = re.compile(r"^(\d{2,4})[/.\-年](\d{1,2})(?:[/.\-月](\d{1,2})日?)?月?$")
_ROUND = re.compile(r"^(?:第|前|首)\s*(?:\d+|[一二三四五六七八九十]{1,3})?\s*(?:輪|轮|批|波|階段|阶段)|^(?:List|Round|Tranche|Phase|Stage)\s*\d+", re.I)
_NUM = re.compile(r"^[-+]?\d[\d,]*(?:\.\d+)?%?(?:\s*[-–—~～至]\s*\d[\d,]*(?:\.\d+)?)?%?$")
_NIL = {"NIL", "N/A", "NA", "-", "—", "－", "無", "无", "n.a.", "", "全球", "所有國家", "所有国家", "GLOBAL", "ALL COUNTRIES", "ALL ORIGINS"}
STATUS_WORDS = [
    ("revoked", r"恢復(?:輸入|進口)|恢复(?:输入|进口)|\bresum\w* imports\b|取消|終止|终止|(?<!不可)(?<!不予)撤銷|(?<!不可)(?<!不予)撤销|移除|解除|revoked|(?<!to be )(?<!will be )removed|lifted|terminated|rescinded"),
    ("suspended", r"暫停|暂停|暫緩|暂缓|延後|延后|推遲|推迟|擱置|搁置|suspended|delayed|shelved|paused|on hold|\b(?:[Dd]efer|[Pp]ostpone)(?:s|red|d|ring|ing)?\b"),
    ("considering", r"(?:落日|日落|期終|期终)(?:調查|调查|複查|复查|複審|复审)(?:開始|开始|啟動|启动|立案|展開|展开)|未(?:課|课|徵|征)(?:徵|征|收)?(?:臨時|临时)|可行性研究|可行性評估|可行性评估|\bfeasibility stud(?:y|ies)\b|考慮|考虑|研議|研议|評估|评估|調查中|调查中|立案|談判中|谈判中|洽談|洽谈|(?:發起|发起|啟動|启动|展開|展开)[^|]{0,12}?(?:調查|调查)|considering|under review|under investigation|under negotiation|initiated|investigation (?:ongoing|open|under ?way)|ongoing investigation"),
    ("planned", r"(?<!已)(?:簽約|签约)|(?:土地|廠房|厂房)?(?:租賃|租赁)(?:協議|协议)|購地|购地|董事會(?:決議)?通過|董事会(?:决议|审议)?通过|\bboard (?:of directors )?(?:has )?approv\w*|建[議议](?:征|徵|課|课|實施|实施)|\brecommend(?:s|ed)? (?:the )?(?:imposition|duties|that)|計畫|計劃|计划|規劃|规划|預計|预计|擬|拟|尚未生效|待生效|待實施|待实施|已宣布|planned|proposed|scheduled|announced|not yet (?:in force|signed|ratified)|pending|awaiting|under construction|在建|興建中|兴建中"),
    ("implemented", r"已實施|已实施|實施|实施|已遷廠|已迁厂|已撤|已完成|生效|終裁|终裁|implemented|in effect|effective|in force|moved|done|"
                    r"orders? issued|final affirmative|imposed|enacted|adopted|in place"),
]
_STATUS_RX = [(s, re.compile(p, re.I)) for s, p in STATUS_WORDS]
_CAPTION_TYPES = [
    ("tariff", r"關稅|关税|貿易制裁|贸易制裁|反制|報復|报复|[Tt]ariff"),
    ("export_control", r"出口管制|實體清單|实体清单|管制清單|[Ee]ntity [Ll]ist|[Ee]xport [Cc]ontrol|Unverified List|\bUVL\b|Military End[- ]User"),
    ("investment_restriction", r"併購|并购|收購|收购|投資審查|投资审查|CFIUS|[Aa]cquisition"),
    ("relocation", r"撤廠|撤厂|遷廠|迁厂|撤出|撤離|回流|回臺|回台|[Rr]elocat|[Rr]eshor|"
                   # "主要中资种企海外产能项目", "台商海外設廠案": firms' projects abroad
                   r"(?:海外|境外|赴外)[^。|]{0,8}?(?:產能|产能|設廠|设厂|建廠|建厂|工廠|工厂|生產基地|生产基地)(?:項目|项目|案|布局)?|"
                   r"\b(?:overseas|foreign) (?:plants|factories|capacity|production) (?:projects|investments)\b"),
    ("sanction", r"制裁|[Ss]anction"),
    ("trade_agreement", r"協議|协议|協定|协定|談判|谈判|自由貿易|自由贸易|[Aa]greement|[Nn]egotiation|\b[Ff]ree[- ][Tt]rade\b|\bFTAs?\b"),
]

# the paragraph above an uncaptioned table that says what its rows are
_LEAD_TYPES = [
    ("export_control", r"(?:add\w*|remov\w*) (?:the )?following (?:[\w-]+ ){0,2}?(?:entities|persons|parties)[^.;]{0,80}?(?:Entity List|Unverified List|Military End[- ]User)|[Ee]ntity [Ll]ist\.|實體清單|实体清单"),
    ("other", r"(?:local|domestic)[- ]content (?:measures|rules|requirements)|(?:國產化|国产化|本地化)(?:要求|比例|規定|规定)"),
    ("sanction", r"(?:designat\w*|sanction\w*) the following|(?:SDN|Specially Designated Nationals) List|"
                 r"(?:property and interests in property|assets)\b(?:[^.;|]|\.(?!\s+[A-Z])){0,80}?\bof the following (?:persons|entities|individuals|vessels)\b[^.;|]{0,20}?\b(?:are|were|is) blocked|"
                 # "…imposed sanctions on a network … The parties named on Thursday are:"
                 r"\b(?:designations|sanctions|sanctioned|designated)\b[^|]{0,400}?\b(?:named|designated|listed|sanctioned|targeted)\b[^.;|]{0,40}?(?:are|were|include)\s*:\s*$"),
    # "本年度主要反傾銷案件處理進度如下：": the steps of trade-remedy cases
    ("tariff", r"(?:反傾銷|反倾销|反補貼|反补贴|平衡稅|平衡税|防衛措施|防卫措施|保障措施|貿易救濟|贸易救济)[^。：:]{0,12}?(?:案件|案)"),
    # "we are initiating the sunset reviews of the following AD and CVD orders:", "Commerce is issuing the following
    # antidumping duty orders:": a trade-remedy step taken on each case the rows list
    ("tariff", r"\b(?:initiat\w*|issu\w*|revok\w*|continu\w*|amend\w*|instituting|rescind\w*|terminat\w*)\b[^.:]{0,80}?\bthe following\b"
               r"(?: [\w/-]+){0,5}? (?:orders|reviews|investigations|proceedings|cases|findings|determinations)\b[^.]{0,60}[:：]\s*$"),
    # "本次會議審議結果如下：": a screening body's decisions
    ("investment_restriction", r"(?:審議|审议|審查|审查)結果如下|(?:審議|审议|審查|审查)结果如下|(?:投審會|投审会|投審司|投审司|投資審議|投资审议)[^|。]{0,60}?(?:核准|審議|审议)[^|。]{0,30}?(?:如下|下列[^|。]{0,10}?(?:案件|案)\s*[：:]?\s*$)"),
    # "Disclosures … in January included the following projects:": firms' plants abroad
    ("relocation", r"\b(?:the )?following (?:[\w-]+ ){0,2}?(?:projects|plants|factories|investments|expansions)\s*:\s*$|"
                   r"(?:以下|如下)[^。；]{0,6}(?:設廠|设厂|投資|投资|擴產|扩产)(?:案|項目|项目)|(?:設廠|设厂|擴產|扩产)(?:案|項目|项目)如下\s*[：:]\s*$"),
]

# a screening body's decision named as a column ("審查結果", "Review outcome")
_REVIEW = r"審查結果|审查结果|審查決定|审查决定|審議結果|审议结果|[Rr]eview (?:outcome|result|decision)"
# "時間 | 案件 | 審查結果": a register of a screening body's decisions, read by its columns
_REVIEW_HEAD = re.compile(_REVIEW + r"|審議結果|审议结果")
# a column of the rates pacts or preferences set ("2026年平均协定税率", "Preferential rate")
_PREF_RATE_HEAD = re.compile(r"(?:協定|协定|特惠|優惠|优惠)(?:稅率|税率)|\bPreferential (?:tariff |duty )?rates?\b", re.I)
_HEADER_TYPES = [
    ("sanction", r"[Dd]esignat|[Ss]anction|制裁"),
    ("investment_restriction", r"[Aa]cquirer|[Aa]cquisition|CFIUS|併購方|并购方|收購方|收购方|" + _REVIEW),
    ("export_control", r"[Ee]ntity [Ll]ist|[Ee]xport [Cc]ontrol|實體清單|实体清单|出口管制"),
    ("trade_agreement", r"(?:協定|协定|協議|协议)(?:夥伴|伙伴|對象|对象)|[Aa]greement [Pp]artner"),  # "协定伙伴 | 进展 | 时间"
    # a register of trade-remedy cases: "公告日期 | 产品 | 涉案国家（地区） | 调查类型 | 结果或进展"
    ("tariff", r"(?:調查|调查|救濟|救济|案件)(?:類型|类型|種類|种类)|[Cc]ase type|[Tt]ype of (?:investigation|case|remedy)"),
]

@dataclass
class _Row:
    tokens: list[str]
    lines: list[tuple[str, ...]]
    span: tuple[int, int, int] | None = None  # (page, start, end) when the caller already knows it
    values: dict | None = None  # {role: cell} when the table's cells are aligned under its header


def _roles(header_text: str) -> list[tuple[str, str]]:
    """Roles in header order, each with the header text that follows it (for units)."""
    ms = list(_ROLE_RX.finditer(header_text))
    out = []
    for i, m in enumerate(ms):
        tail = header_text[m.end(): ms[i + 1].start() if i + 1 < len(ms) else len(header_text)]
        out.append((m.lastgroup, m.group() + tail))
    return out


# a header naming another currency ("Investment (KRW billion)", "投資金額（新臺幣億元）"): its sums are not US dollars
_OTHER_CURRENCY = re.compile(r"\b(?:KRW|JPY|EUR|CNY|RMB|TWD|NTD|NT\$|HKD|INR|THB|VND|GBP|MXN|won|yen|euros?|yuan|rupees?|baht)\b|"
                             r"韓元|韩元|日圓|日元|日幣|歐元|欧元|人民幣|人民币|新臺幣|新台幣|新台币|港幣|港币|泰銖|泰铢|越南盾|盧比|卢比|英鎊|英镑", re.I)


def _unit(text: str) -> float | None:
    if _OTHER_CURRENCY.search(text):
        return None
    for pat, mult in _UNITS:
        if re.search(pat, text, re.I):
            return mult
    return None


def _is_start(tok: str) -> bool:
    return bool(_DATE.match(tok) or _ROUND.match(tok))


def _date(tok: str, year: int | None = None) -> str | None:
    """A cell's date; ``year`` is the text's, for a day written without one ("21 Jan")."""
    m = _DATE.match(re.sub(r"[^\d年月日]+$", "", tok.replace(" ", "")))  # "113/10/15立案": the day, then what happened
    if not m:
        return _written_date(tok, year)
    y, mo, d = int(m.group(1)), int(m.group(2)), m.group(3)
    if y < 1000:
        y += 1911  # ROC year
    if not 1 <= mo <= 12:
        return None
    return f"{y:04d}-{mo:02d}" + (f"-{int(d):02d}" if d else "")


def _written_date(tok: str, year: int | None = None) -> str | None:
    """A cell's date written out ("04 Dec 2024", "2025年3月13日", "21 Jan" in a text of 2026), or None."""
    found = [d for d in parse_dates(tok, context_year=year) if d.precision in ("day", "month")]
    if not found:  # "预计2025年下半年": the year alone
        found = [d for d in parse_dates(tok) if d.precision == "year"]
    return found[0].iso if len(found) == 1 else None


def _number(tok: str) -> float | tuple[float, float] | None:
    t = tok.replace(",", "").replace("%", "").strip()
    if t in _NIL:
        return None
    m = re.match(r"^([-+]?\d+(?:\.\d+)?)\s*(?:[-–—~～至]\s*(\d+(?:\.\d+)?))?$", t)  # ("53.3%—57.0%")
    if not m:
        return None
    return (float(m.group(1)), float(m.group(2))) if m.group(2) else float(m.group(1))


def _status(tok: str) -> str | None:
    for s, pat in _STATUS_RX:
        if pat.search(tok):
            return s
    return None


def table_type(table: Table, roles: list[str], lead: str = "") -> str | None:
    """Event type of a table from its caption, else from its columns' names, else from the paragraph that introduces it
    ("3. Entity List. BIS is adding the following entities under the destinations shown:"), else from its columns' kinds."""
    cap = table.caption or ""
    for t, pat in _CAPTION_TYPES:
        if re.search(pat, cap):
            return t
    head = " ".join(c or "" for c in table.header[0]) if len(table.header) == 1 else ""
    for t, pat in _HEADER_TYPES:  # an uncaptioned table's columns name its kind ("Persons designated", "Acquirer")
        if re.search(pat, head):
            return t
    if not cap and lead:
        for t, pat in _LEAD_TYPES:
            if re.search(pat, lead):
                return t
    if table.rows and sum(1 for r in table.rows if any(_CASE_NO.fullmatch((c or "").strip()) for c in r)) * 2 >= len(table.rows):
        return "tariff"  # "Case No. | Country | Order | Action": "A-475-841 | Italy | AD | Continued", Commerce's trade-remedy cases
    if "rate" in roles and _PREF_RATE_HEAD.search(head):
        return "tariff"  # "协定名称 | 适用原产国 | 2026年平均协定税率": the duties pacts set, one row per pact
    if "agreement" in roles:
        return "trade_agreement"
    if "rate" in roles:
        return "tariff"
    if "destination" in roles:
        return "relocation"
    if {"firm", "nationality"} <= set(roles) and ("amount" in roles or "products" in roles):
        return "relocation"  # "项目名称 | 投资方 | 国别 | 总投资 | 主要产品 | 进度": foreign investors' plants where the text is
    if "target_firm" in roles:
        return "investment_restriction"
    if "target" in roles and len(table.header) == 1 and _SIGNED_HEAD.search(" ".join(c or "" for c in table.header[0])):
        return "trade_agreement"  # "Date signed | Partner | Instrument | Headline terms": a register of deals
    return None


# a pact's partner in a register's measure cell: "與阿拉伯聯合大公國全面經濟夥伴協定（CEPA）生效"
_PACT_WITH = re.compile(r"(?:與|与|和)(?=[^，。；]{2,28}?(?:協定|协定|協議|协议|夥伴|伙伴|FTA|CEPA|EPA))")
# a cell that lists names ("日本、韩国、澳大利亚、新西兰、东盟成员国"), not a sentence
_NAME_LIST = re.compile(r"\s*[\u4e00-\u9fffA-Za-z]{1,8}(?:\s*[、，,及和與与]\s*[\u4e00-\u9fffA-Za-z]{1,8})+\s*")
# a trade remedy named in a register's cells
_REMEDY = re.compile(r"反傾銷|反倾销|反補貼|反补贴|平衡稅|平衡税|保障措施|防衛措施|防卫措施|\banti-?dumping\b|\bcountervailing\b|\bsafeguard\b", re.I)
# a register row that says its site stays as it is
_NO_CHANGE = re.compile(r"^\s*(?:No change|Unchanged|不變|不变|維持不變|维持不变|維持現狀|维持现状)\s*$", re.I)
_APPROVED = re.compile(r"(?<!不予)(?<!未)(?:核准|准予|同意|通過|通过)")
# an outward investment that builds or expands production: "增資越南海防子公司，擴充…組裝產能", "赴匈牙利…設立…製劑廠"
_OUTWARD_PLANT = re.compile(r"(?:增資|增资|赴|設立|设立|興建|兴建|擴建|扩建|擴充|扩充)[^|]{0,40}?(?:廠|厂|產能|产能|產線|产线|生產|生产|製造|制造|組裝|组装)")
_MOVED_ON = re.compile(r"\b(?:transferr?(?:ed|ing|s)?|moved|shifted|relocated)\s+to\b|(?:轉移|转移|移轉|移转|遷往|迁往|移至)", re.I)
_FROM_NOTICE_DAY = re.compile(r"(?:自|從|从)(?:本)?(?:公告|通知|決定|决定)(?:發布|发布|公布)?之日起|即日起")
_CASE_NO = re.compile(r"[ACR]-\d{3}-\d{3}")
_NOT_YET = re.compile(r"\s*(?:尚未|未)(?:發布|发布|公布|公告|作出|做出|生效)|\s*(?:待定|TBD|Not yet (?:issued|published))", re.I)
# a plant closed or run down (production leaves the row's place)
_WOUND_DOWN = re.compile(r"\bwind(?:s|ing)? down\b|\b(?:clos|shut)(?:e|es|ed|ing)\b|\bphase[sd]? out\b|關閉|关闭|停產|停产|撤出|縮減|缩减", re.I)
# a rate column's heading that names a duty ("美國對等關稅稅率", "US tariff rate")
_LEVY_HEAD = re.compile(r"關稅|关税|稅率|税率|\b(?:tariff|duty|duties)\b", re.I)


def lead_parties(table: Table, page: str) -> tuple[str | None, list[str]]:
    """(actor, targets) a table's caption, else the sentence that introduces it, names ("X 對 Y …如下")."""
    actor, target = parties_named(table.caption or "")
    if actor is None and not target and table.start:
        actor, target = parties_named(_lead_in(page, table.start))
    return actor, target


_HEADING_LINE = re.compile(r"[^\n.。:：|]{1,40}")


def _intro_paragraph(page: str, start: int) -> str:
    """The paragraph right above a table when it introduces it, ending "：", "如下", "below" or "follows", else ""."""
    paras = re.split(r"\n\s*\n", page[max(0, start - 2000):start].rstrip())
    lead = paras[-1]
    # (a short heading over the table, "Entities", and a table of the same notice before it, "Vessels" under the
    # entities': the paragraph above them introduces them all)
    for para in reversed(paras[:-1] if len(paras) > 1 else []):
        if not (_HEADING_LINE.fullmatch(lead.strip()) or all("|" in line for line in lead.strip().splitlines())):
            break
        lead = para
    # ("The table below summarises the main local-content measures …", "下表整理…", "…of the following persons are
    # blocked under the relevant sanctions authority listed below. …")
    return lead if re.search(r"(?:[：:]|如下|below|follows?)\W*$|\b(?:table|chart) below\b|\b(?:listed|named|set out|identified) below\b|下表|如下表", lead) else ""


def _title_above(page: str, start: int) -> str:
    """The one short line right above a table that reads as its title (no sentence ends in it), else ""."""
    para = re.split(r"\n\s*\n", page[max(0, start - 200):start].rstrip())[-1].strip()
    return para if para and "\n" not in para and len(para) <= 120 and not re.search(r"[。！？!?；;.]\s*$|\|", para) else ""


def _lead_in(page: str, start: int) -> str:
    """The sentence that introduces a table right above it ("本會依美國商務部及白宮公告，整理目前已公布的措施如下："), else ""."""
    return re.split(r"[。！？!?]\s*|\.\s+", _intro_paragraph(page, start))[-1]


def _other_party(page: str, start: int, rows: list[_Row]) -> str | None:
    """The one state the paragraph above a table names besides the states of its target column ("India and Brazil now
    face the highest U.S. tariff rates …" over rows aimed at India and Brazil): the one imposing them."""
    para = re.split(r"\n\s*\n", page[max(0, start - 600):start].rstrip())[-1]
    aimed = {t for r in rows if r.values for t in _split_names(r.values.get("target") or r.values.get("target_firm") or "")}
    states = {st for n in find_names(para) if (st := state_of(n.canonical, n.kind))} - aimed
    return states.pop() if len(states) == 1 and aimed else None


_RUNNING = re.compile(r"投產|投产|啟用|启用|量產|量产|開工生產|开工生产|\b(?:opened|began production|started production|in operation)\b", re.I)
_HOST = re.compile(r"(?:在|赴|到|至|往)(?:(?P<short>[美日台臺越墨泰德]|印(?![尼度]))(?=[\u4e00-\u9fff])|(?=[\u4e00-\u9fff]{2}))")


def _hosts(text: str) -> list[str]:
    """The one state a table's header or lead-in names as where its firms invest ("在美投资承诺", "赴越南设厂"), else []."""
    found = {HOST_BY_CHAR[m.group("short")] for m in _HOST.finditer(text) if m.group("short")}
    found |= {st for n in find_names(text) if (st := state_of(n.canonical, n.kind)) and _HOST.search(text[max(0, n.start - 1):n.start + 2])}
    return list(found) if len(found) == 1 else []


_OWN_TRADE = re.compile(r"進口|进口|出口|輸出|输出|關稅|关税|反傾銷|反倾销|反補貼|反补贴|平衡稅|防衛|防卫|保障措施|"
                        r"\b(?:imports?|exports?|import duty|export duty|anti-?dumping|countervailing|safeguard)\b", re.I)
# a measure told with its own state's body as the subject: "Regulator PTS bars Huawei and ZTE equipment …", "Government bans …"
_OWN_BODY = re.compile(r"(?:(?:The|Its|National|Federal|State) )?(?:Government|Regulator|Parliament|Cabinet|Congress|Ministry|Council|Commission|Agency|Authority|"
                       r"[A-Z][\w-]* (?:council|ministry|regulator|agency|authority|commission))\b|(?:政府|國會|国会|議會|议会|內閣|内阁|監管機關|监管机关|主管機關|主管机关)")
# ... in Chinese: a body named before its verb ("贸易部规定…", "沙特港务局（Mawani）对…", "財政部公告…")
_OWN_BODY_ZH = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:部|局|署|廳|厅|委員會|委员会|理事會|理事会|政府|國會|国会|議會|议会)(?:[（(][^）)]{1,20}[）)])?"
                          r"(?:將|将|對|对|於|于|宣布|公告|发布|發布|规定|規定|决定|決定|批准|核准|实施|實施|要求|启动|啟動|自|从|從|正式)")
_MAINLAND_MADE = re.compile(r"(?<![大內内])(?:陸製|陆制|陸產|陆产)(?![造品])|^(?:陸製|陆制)")
_SHORT_OBJECT = re.compile(r"(?:對|对)([华華美日韩韓俄欧歐台臺印越])(?=[\u4e00-\u9fff])")


_INVESTOR_STATE = re.compile(r"^\s*(?P<s>[\u4e00-\u9fff]{1,9}?)商(?=[\u4e00-\u9fffA-Za-z])")
_MAINLAND_CAPITAL = re.compile(r"陸資|陆资|大陸地區|大陆地区|中國大陸|中国大陆|實際控制人為(?:大陸|中國|深圳|上海|北京)|实际控制人为(?:大陆|中国|深圳|上海|北京)")


def _screened_states(firm: str, desc: str) -> list[str]:
    """The states a screening body's decision on ``firm`` concerns: the investor's state its name opens with ("香港商…",
    "阿拉伯聯合大公國商…"), the mainland where mainland capital or a mainland investment is named, and the places an
    outward investment goes ("赴匈牙利德布勒森設立…廠")."""
    out: list[str] = []
    if (m := _INVESTOR_STATE.match(firm)) is not None and (st := name_country(canonical(m.group("s")))):
        out.append(st)
    if _MAINLAND_CAPITAL.search(firm + " " + desc) or re.search(MAINLAND_CITIES, firm):
        out.append("China")
    out += [c for n in find_names(desc) if (c := place_country(n)) and re.search(r"(?:赴|在|於|于|增資|增资)\S{0,4}$", desc[max(0, n.start - 5):n.start])]
    return list(dict.fromkeys(out))


def _leading_states(cell: str) -> list[str]:
    """The states that open a trade-remedy case's name, the origins of its goods ("中國大陸、韓國鍍錫鋼片",
    "印尼、越南不銹鋼焊接管"), else []."""
    out, pos = [], 0
    for n in find_names(cell[:40]):
        st = state_of(n.canonical, n.kind) if n.kind == "country" else None
        if st is None or n.start != pos:
            break
        out.append(st)
        sep = re.match(r"\s*(?:、|及|和|與|与|,|，)\s*", cell[n.end:])
        pos = n.end + (sep.end() if sep else 0)
        if sep is None:
            break
    return out if out and re.match(r"[\u4e00-\u9fff]", cell[pos:pos + 1] or "") else []


def aimed_at(desc: str) -> list[str]:
    """The states a measure's description names as its object ("imports from China", "exports to Ecuador", "对华…关税")."""
    short = [st for m in _SHORT_OBJECT.finditer(desc) if (st := ABBR_STATE.get(m.group(1)))]
    if _MAINLAND_MADE.search(desc):
        short.append("China")  # "陸製晶矽太陽能模組": Taiwan's word for goods made in mainland China
    return short + list(dict.fromkeys(st for n in find_names(desc) if (st := state_of(n.canonical, n.kind)) and (re.search(
        r"(?:from|on|against|of|exports? to|(?:對|对)(?:\d+\s*(?:家|間|间|名|個|个))?|自|原產於|原产于)\s*(?:the\s+)?$", desc[max(0, n.start - 14):n.start])
        or re.match(r"(?:產製|产制|產|产|製|制)(?![業业品造])", desc[n.end:n.end + 3]))))  # "中國大陸產鍍鋅鋼線": goods of that state


def _described(cell: str) -> bool:
    """Whether a party cell describes its party in words ("Chinese state-owned fertiliser producer") instead of naming it."""
    return len(re.findall(r"\b[a-z][a-z-]+\b", cell)) >= 2


def _party_names(cell: str) -> list[str]:
    """The parties a cell names, a firm's state in brackets as a party too: "Spacety (China)" -> Spacety, China;
    "9 entities (China)" -> China."""
    out: list[str] = []
    if (named := re.match(r"([A-Z][\w'’.-]+(?: (?:[A-Z][\w'’.-]+|bin|al|de|van|von)){1,4}),\s+(?:[\w'’-]+\s+){0,3}?(?:[a-z]|[A-Z][\w'’-]+'s\b)", cell)) and _described(cell):
        return [named.group(1)]  # "James Kabarebe, Rwanda's minister of state for regional integration": the person named
    including = re.search(r"\bincluding\s+", cell)
    if including and re.match(r"(?:\d+|[A-Za-z]+)\s+(?:[\w-]+\s+)?(?:individuals?|entities|persons|people|companies|firms|commanders|officials)\b", cell):
        cell = cell[including.end():]  # "Nine individuals and one entity, including Gasabo Gold Refinery": the one named
    if _described(cell):
        # a description, not a name: "Chinese state-owned fertiliser producer", "Hong Kong-registered fund ultimately
        # controlled from China": the states it names
        states = [st for n in find_names(cell) if (st := state_of(n.canonical, n.kind))] + demonym_targets(cell, 0, len(cell), 0)
        if states:
            return list(dict.fromkeys(states))
    # a vessel with its kind in brackets: "ALBA MARINA (Crude Oil Tanker)"
    cell = re.sub(r"\s*\((?:[\w-]+ ){0,3}?(?:Tanker|Carrier|Vessel|Ship|Cargo Ship|Container Ship|LNG Carrier|Bulk Carrier)\)", "", cell)
    for name in _split_names(cell):
        m = re.fullmatch(r"(.+?)\s*[（(]([^）)]{2,30})[）)]?", name)
        if m and (st := name_country(canonical(m.group(2)))) is not None:
            firm = m.group(1).strip()
            out += ([] if re.match(r"\d|(?:all|several|many|some)\b", firm, re.I) else [canonical(firm)]) + [st]
        else:
            out.append(name)
    return list(dict.fromkeys(out))


def _split_names(text: str) -> list[str]:
    # a state with its body in brackets ("United States (BIS)", "China (MOFCOM, MOST)"): the state
    bare = re.sub(r"\s*[（(][^（）()]*[)）]", "", text or "").strip()
    if bare != (text or "").strip() and (known := canonical_name(bare)) and name_country(known) == known:
        return [known]
    # (a legal form after a comma stays with its name: "Chengdu Hengrui CNC Equipment Co., Ltd.")
    parts = re.split(r"[、，；;]|,(?!\s*(?:Ltd|Inc|LLC|Limited|S\.A|GmbH|Co\b|L\.L\.C|JSC|PJSC)\b)|及其|以及|與|与|\band\b", text)
    out = []
    for p in parts:
        p = p.strip(" ()（）")
        if not p or re.search(r"\d+\s*(?:家|間|间|個|个)", p) or p.upper() in _NIL:
            continue
        p = re.sub(r"^(?:新增|增列)", "", p)
        c = canonical(p)
        if c == p and not canonical_name(p):
            # a region of a state ("西班牙加泰隆尼亞自治區", "美國愛荷華州", "日本北海道"): the state
            head = find_names(p[:8])
            if head and head[0].start == 0 and head[0].kind == "country" and re.search(r"(?:州|省|縣|县|區|区|市|郡|邦|道|府)$", p):
                c = head[0].canonical
        if c not in out:
            out.append(c)
    if any(canonical_name(c) for c in out):  # "美國愛荷華州、明尼蘇達州": the second region is of the same state
        out = [c for c in out if canonical_name(c) or not re.search(r"(?:州|省|縣|县|區|区|郡|邦)$", c)]
    return out


def _cell_roles(header: tuple[str, ...]) -> list[str | None]:
    """The role each header cell names ("Date | Agency | Measure" -> date, None, event), None where it names none."""
    # the head noun comes last in both languages: "All-others / country-wide rate" is a rate, "纯电动车进口关税" a duty
    return [ms[-1].lastgroup if (ms := list(_ROLE_RX.finditer(h or ""))) else None for h in header]


_TRADE_HALTED = re.compile(r"(?:暫停|暂停)[^，。；|]{0,12}?(?:出口|進口|进口|輸出|输出|輸入|输入)|\bsuspend\w* (?:all )?(?:exports|imports|shipments) of\b", re.I)
_BARS = re.compile(r"禁止|不得|禁用|\bban(?:s|ned|ning)?\b|\bprohibit\w*|\bbar(?:s|red|ring)?\b", re.I)
_AIMED_HEAD = re.compile(r"涉案|來源|来源|原產|原产|被調查|被调查|對象|对象|\bOrigin\b|\bPartner", re.I)


def _aligned(table: Table, year: int | None = None, listing: bool = False) -> tuple[str, list[_Row]] | None:
    """A table whose cells are known (one header row, every data row as many cells: a pipe table): each cell
    takes the role its header cell names, whatever the row starts with; None for other tables."""
    if len(table.header) != 1 or not table.rows or any(len(r) != len(table.header[0]) for r in table.rows):
        return None
    roles = _cell_roles(table.header[0])
    # "國家 | 措施 | 產品 | 對象 | 稅率": beside a column of the states aimed at, a column of states names who acts
    aimed_cols = [i for i, r in enumerate(roles) if r == "target"]
    bare = [i for i in aimed_cols if not _AIMED_HEAD.search(table.header[0][i] or "")]
    if len(aimed_cols) == 2 and len(bare) == 1:
        roles[bare[0]] = "acting"
    if "date" not in roles and "rate" not in roles and not ({"firm", "destination", "event"} <= set(roles) or {"firm", "destination", "status"} <= set(roles)
                                                           or {"firm", "destination", "amount"} <= set(roles)
                                                           or (listing and ("firm" in roles or "target" in roles)) or {"acting", "event"} <= set(roles)
                                                           or ({"firm", "event"} <= set(roles) and _dated_measures(
                                                               [[r[i] for i, role in enumerate(roles) if role == "event"] for r in table.rows], year))
                                                           or {"destination", "event", "status"} <= set(roles)):
        return None  # (a table of rates alone, "產地 | 廠商 | 臨時反傾銷稅率", is one decision's: the prose above dates it)
    rows = []
    for cells in table.rows:
        values = {r: c for r, c in zip(roles, cells) if r and r != "date" and c and c.strip().upper() not in _NIL and r not in ("amount", "rate", "items")}
        # two cells of one role ("措施 | … | 稅率／內容"): the measure is told by both
        for r in ("event", "products"):
            both = [c for rr, c in zip(roles, cells) if rr == r and c and c.strip().upper() not in _NIL]
            if len(both) > 1:
                values[r] = "，".join(both)
        values.update({r: c for r, c in zip(roles, cells) if r in ("amount", "rate", "items") and c})
        # "税率/进展 | 最高42.3%": a column of rates or progress, named by both; a cell with a percentage gives the rate
        if "rate" not in roles:
            values.update({"rate": c for h, r, c in zip(table.header[0], roles, cells)
                           if r != "rate" and c and "%" in c and _RATE_HEAD.search(h or "")})
        # "公布日期 | 实施日期": the day it was announced, then the day it starts
        days = [(c, iso) for r, c in zip(roles, cells) if r == "date" and c and (iso := _date(c, year))]
        if days:
            values["date"] = days[0][0]
        if len(days) > 1 and days[1][1] != days[0][1]:
            values["effective"] = days[1][0]
        # "In force: pending ratification": a date column that states a stage instead of a day
        notes = [c for r, c in zip(roles, cells) if r == "date" and c and not _date(c, year) and c.strip().upper() not in _NIL]
        if notes:
            values["date_note"] = " ".join(notes)
        # the row's cells no role took ("商务部 海关总署公告2023年第23号"): who issued it
        values["rest"] = " ".join(c for r, c in zip(roles, cells) if r is None and c)
        rows.append(_Row([t for c in cells for t in (c or "").split()], [tuple(cells)], values=values))
    return " ".join(h for h in table.header[0] if h), rows


def _dated_measures(cells: list[list[str]], year: int | None, doc_date: str | None = None) -> bool:
    """Whether at least half the rows' measure cells (``cells``: each row's) tell a day ("自2025年7月15日起暂停进口"): a
    notice's measures on the firms it lists, dated in the measure cell."""
    told = sum(1 for row in cells if any(parse_dates(c or "", context_year=year, doc_date=doc_date) for c in row))
    return bool(cells) and told * 2 >= len(cells)


_FACT_ROLES = {"firm", "destination", "amount", "date", "rate", "items", "target", "status", "nationality"}


def narrative(table: Table, page: str = "") -> bool:
    """A table whose cells are sentences ("2月4日｜商务部将美国PVH集团…列入不可靠实体清单｜—"): its rows are read as
    prose, each a statement of its own, not cell by cell (``page``: the text the table is on, for its lead-in)."""
    if table.caption:  # a captioned table (the seed report's 表 2-1-5) is read by its columns
        return False
    cell_roles = _cell_roles(table.header[0]) if len(table.header) == 1 else []
    roles = set(cell_roles)
    # (the kind the paragraph above gives a table of parties: "…of the following persons are blocked …")
    lead_type = table_type(table, [], _listing_lead(table, page)) if page and "firm" in roles else None
    if (({"date", "rate"} <= roles and "event" not in roles) or len(roles & _FACT_ROLES) >= 4 or {"firm", "date", "amount"} <= roles
            or {"date", "agreement"} <= roles or {"date", "event", "target"} <= roles or {"firm", "destination", "amount"} <= roles
            or {"firm", "destination", "date"} <= roles or {"destination", "amount", "date"} <= roles or {"firm", "destination", "event"} <= roles
            or (_SIGNED_HEAD.search(" ".join(table.header[0])) and "target" in roles) or {"acting", "event", "status"} <= roles
            # a report's sites: "Site | Country | Activity | Status at 31 December 2025"
            or {"destination", "event", "status"} <= roles
            or ("date" in roles and _REVIEW_HEAD.search(" ".join(c or "" for c in table.header[0])))
            or ({"firm", "event", "amount"} <= roles and lead_type == "investment_restriction")
            # the parties a notice lists ("…of the following persons are blocked …": "No. | Name | Address and identifiers")
            or ("firm" in roles and "event" not in roles and lead_type in ("sanction", "export_control"))):
        # (a register of agreements, "日期 | 協定／談判 | 最新進展", by its columns too; and a register of cases,
        # "发起方 | 涉案产品 | 涉案国家/地区 | 措施 | 时间", whose measure cells are sentences; a register of deals, "Date signed
        # | Partner | Instrument | Headline terms"; a screening body's decisions its lead-in says are, "本次會議審議結果如下：
        # 類別 | 申請人 | 內容 | 金額 | 決議"; a register of measures by state, "Jurisdiction | Measure | … | Status")
        # "品項 | 稅率 | 生效日 | 備註": a schedule of duties, whatever its notes column says at length; "企业 | 所在国 |
        # 项目 | 投资额 | 投产时间" or "企业 | 宣布时间 | 在美投资承诺 | 主要内容": a register of facts, one per column;
        # "企业 | 地点 | 调整内容 | 披露时间": firms' plants by place and day
        return False
    # (all rows but one, in a schedule of three or more: "8 | 27131290 | 煅烧石油焦 | 3 | 取消暂定税率，恢复按最惠国税率征收")
    numeric = sum(1 for r in table.rows if len(r) == len(cell_roles) and all(
        _NUM.match((r[i] or "").strip()) for i, role in enumerate(cell_roles) if role == "rate"))
    schedule = bool("rate" in roles and cell_roles and table.rows and (numeric == len(table.rows) or (len(table.rows) >= 3 and numeric >= len(table.rows) - 1)))
    long_cells = [(i, c) for r in table.rows for i, c in enumerate(r)
                  if len(re.findall(r"[\u4e00-\u9fff]", c or "")) >= 14 and not _NAME_LIST.fullmatch(c)]
    if schedule and all(i < len(cell_roles) and cell_roles[i] in ("firm", "target", "products", "target_firm", "rate") for i, _ in long_cells):
        # "Country | Exporter or producer | … margin (percent)", "原產地 | 貨品號列 | 製造商／出口商 | 臨時反傾銷稅率": a schedule
        # of rates, one number per row, whatever its parties' cells say at length
        return False
    if long_cells:
        return True  # (a cell that lists names, "日本、韩国、澳大利亚、新西兰、东盟成员国", is no sentence)
    # an English chronology ("Date | Agency | Measure") states its measures without verbs: read by its columns
    # (a register of agreements, "Agreement | Signed | Key points", likewise)
    return not ({"date", "event"} <= roles or {"date", "agreement"} <= roles) and any(len((c or "").split()) >= 10 for r in table.rows for c in r)


def _rows(table: Table, year: int | None = None, listing: bool = False) -> tuple[str, list[_Row]]:
    """(header text, data rows) with continuation lines folded into their row (``listing``: a list of parties a
    measure adds, or of the cases a step covers, whose rows need no date of their own)."""
    if (aligned := _aligned(table, year, listing)) is not None:
        return aligned
    lines = [tuple(c for c in r if c is not None) for r in (*table.header, *table.rows)]
    header_parts: list[str] = []
    rows: list[_Row] = []
    for cells in lines:
        toks = [t for c in cells for t in (c.split() if c else [])]
        if not toks:
            continue
        if _is_start(toks[0]) or (len(toks) > 1 and _ROUND.match(" ".join(toks[:3]))):
            rows.append(_Row(toks, [cells]))
        elif not rows:
            header_parts.append(" ".join(toks))
        elif len(_ROLE_RX.findall(" ".join(toks))) >= 2 and not re.search(r"\d", " ".join(toks)):
            continue  # the header repeated after a page break
        else:
            rows[-1].tokens.append("\u2029")  # line boundary: a wrapped cell or the next cell
            rows[-1].tokens.extend(toks)
            rows[-1].lines.append(cells)
    return " ".join(header_parts), rows


def _assign(roles: list[tuple[str, str]], toks: list[str]) -> dict:
    """Tokens -> {role: value}: shapes for dates, numbers and statuses; position for the text columns."""
    toks = list(toks)
    out: dict = {}
    # round label: "第 3 輪" spans three tokens
    if roles and roles[0][0] == "round":
        m = _ROUND.match(" ".join(toks[:3]))
        if m:
            n = len(m.group().split())
            out["round"] = " ".join(toks[:n])
            toks = toks[n:]
        roles = roles[1:]
    if toks and "status" in [r for r, _ in roles] and _status(toks[-1]) and not _number(toks[-1]):
        out["status"] = toks.pop()
    text_roles: list[str] = []
    i = 0
    for role, _ in roles:
        while i < len(toks) and toks[i] == "\u2029":
            i += 1
        if role == "status":
            continue
        if role == "date":
            if i < len(toks) and _DATE.match(toks[i]):
                out["date"] = toks[i]
                i += 1
            elif i < len(toks) and toks[i].upper() in _NIL:
                i += 1
            continue
        if role in ("amount", "items", "rate"):
            if text_roles:
                i = _fill_text(out, text_roles, toks, i, stop_numeric=True)
                text_roles = []
            if i < len(toks) and (_NUM.match(toks[i]) or toks[i].upper() in _NIL):
                out[role] = toks[i]
                i += 1
            continue
        text_roles.append(role)
    if text_roles:
        _fill_text(out, text_roles, toks, i, stop_numeric=False)
    return out


def _fill_text(out: dict, roles: list[str], toks: list[str], i: int, *, stop_numeric: bool) -> int:
    """Give the text tokens from ``i`` to ``roles``: nationality first, destination and industry last, the firm the rest."""
    j = i
    while j < len(toks) and not (stop_numeric and (_NUM.match(toks[j]) or toks[j].upper() in _NIL and j + 1 < len(toks) and _NUM.match(toks[j + 1]))):
        j += 1
    chunk = [t for t in toks[i:j]]
    words = [t for t in chunk if t != "\u2029"]
    roles = list(roles)
    if roles and roles[0] == "nationality" and words:
        out["nationality"] = words.pop(0)
        roles.pop(0)
    if roles and roles[-1] == "destination" and words:
        out["destination"] = words.pop()
        roles.pop()
    if roles and roles[-1] == "industry" and len(words) > 1:
        out["industry"] = words.pop()
        roles.pop()
    if roles == ["firm", "target_firm"] and words:
        k = _script_cut(words)
        out["firm"], out["target_firm"] = " ".join(words[:k]), " ".join(words[k:])
    elif roles and words:
        # a wrapped cell joins without a space between CJK characters
        out[roles[0]] = _join(words if len(words) < len(chunk) - chunk.count("\u2029") else chunk)
    return j


def _script_cut(words: list[str]) -> int:
    """Where the acquirer ends and the target starts: the first switch from CJK to Latin words."""
    for k in range(1, len(words)):
        if re.search(r"[\u4e00-\u9fff)）]$", words[k - 1]) and re.match(r"[A-Za-z]", words[k]) and k < len(words):
            rest = " ".join(words[k:])
            if not re.search(r"[\u4e00-\u9fff]", rest) or k == len(words) - 1:
                return k
    return max(1, len(words) // 2)


def _join(chunk: list[str]) -> str:
    s = ""
    for t in chunk:
        if t == "\u2029":
            continue
        if s and not (re.search(r"[\u4e00-\u9fff、，（(]$", s) and re.match(r"[\u4e00-\u9fff、，）)]", t)):
            s += " "
        s += t
    return s


def _listing_lead(table: Table, page: str) -> str:
    """The paragraph that introduces an uncaptioned table ("…the following entities …:"), else ""."""
    return "" if table.caption or not table.start else _intro_paragraph(page, table.start)


def header_text(table: Table) -> str:
    """The header of a table as one string (the rows before the first data row)."""
    return _rows(table)[0]


def _union(first: str, more: str) -> str:
    """Header of a table continued over pages: the first part's words, then the new words of the next part."""
    seen = first.split()
    return " ".join(seen + [w for w in more.split() if w not in seen])


def table_events(doc_id: str, table: Table, page_text: str, continued_from: str | None = None,
                 year: int | None = None, doc_date: str | None = None) -> list[Event]:
    """Events from one table's rows; [] when it is not an event table.

    ``continued_from`` is the header of the same table's part on an earlier page, when this part continues it;
    ``year`` is the text's, for days written without one; ``doc_date`` the item's own date, for a progress cell
    told relative to it ("本月正式啟用", "今年8月動工").
    """
    lead = _listing_lead(table, page_text)
    header, rows = _rows(table, year, listing=bool(lead) and table_type(table, [], lead) in ("export_control", "sanction", "investment_restriction", "tariff"))
    if continued_from:
        header = _union(continued_from, header)
    return row_events(doc_id, table, header, rows, {table.page: page_text}, year, doc_date)


# the market a listed firm's name carries in a register ("Daewon Circuit (KOSDAQ)", "華擎電路（6285）")
_LISTING_TAG = re.compile(r"\s*[（(](?:KOSDAQ|KOSPI|KRX|TWSE|TPEx|NYSE|Nasdaq|NASDAQ|SZSE|SSE|HKEX|TSE|SGX|ASX|(?:[A-Z]{2,6}:\s*)?\d{4,6}(?:\.[A-Z]{1,3})?)[）)]\s*$")
_SIGNED_HEAD = re.compile(r"\bDate signed\b|\bSigned\b|簽署日期|签署日期|簽署時間|签署时间")
_START_CELL = re.compile(r"投產|投产|開工|开工|量產|量产|啟用|启用|動工|动工")
_START_HEAD = re.compile(r"預計|预计|投產|投产|量產|量产|時程|时程|\bStart\b|\bTimeline\b|\bTiming\b|\bOnline\b", re.I)


def row_events(doc_id: str, table: Table, header: str, rows: list[_Row], pages: dict[int, str], year: int | None = None,
               doc_date: str | None = None) -> list[Event]:
    """Events from a table's header text and data rows (rows with a ``span`` carry their own offsets)."""
    page_text = pages.get(table.page, "")
    roles = _roles(header)
    names = [r for r, _ in roles]
    # (a register of plants whose progress cell tells when: "企业 | 主营产品 | 目的地 | 投资额 | 最新进展")
    dated = ("date" in names or (rows and rows[0].values is not None and "rate" in names) or {"firm", "destination", "event"} <= set(names)
             or {"destination", "event", "status"} <= set(names)  # "Site | Country | Activity | Status at 31 December 2025"
             or {"firm", "destination", "status"} <= set(names)
             # "企業名稱 | 投資金額 | 投資地點 | 主要產品": firms' investments by place and sum, dated by the item
             or (rows and rows[0].values is not None and {"firm", "destination", "amount"} <= set(names)))
    lead = _listing_lead(table, page_text)  # the paragraph that introduces an uncaptioned table
    etype = table_type(table, names, lead)
    if etype is None and not table.caption and table.start and (title := _title_above(page_text, table.start)):
        # "EFTA's free trade network: milestones since January 2025", a line of its own over the table: its caption
        etype = next((t for t, pat in _CAPTION_TYPES if re.search(pat, title)), None)
    # a list of parties added ("BIS is adding the following entities …:"): its rows are dated by the measure above
    dated = dated or (etype in ("export_control", "sanction", "investment_restriction") and "firm" in names and not table.caption)
    # a notice's measures on the firms it lists, each with its day in the measure cell ("国家 | 注册编号 | 企业名称 | 产品 | 措施":
    # "自2025年7月15日起暂停进口")
    dated = dated or ({"firm", "event"} <= set(names) and _dated_measures(
        [[r.values.get("event")] if r.values is not None else [] for r in rows], year, doc_date))
    # the cases a trade-remedy step covers, one per row ("DOC case No. | ITC case No. | Country | Product"): dated by the step
    dated = dated or (etype == "tariff" and "target" in names and not table.caption and bool(lead) and table_type(table, [], lead) == "tariff")
    # a register of measures by state that its lead-in announces, with a status column for when ("Applies from 1 June 2026")
    dated = dated or (etype is not None and bool(lead) and {"event", "status"} <= set(names))
    if not dated or not rows or not any(r in names for r in ("amount", "items", "rate", "status", "firm", "destination", "event", "products", "agreement")
                                        + (("target",) if etype == "trade_agreement" else ())):
        return []
    actor0, target0 = lead_parties(table, page_text)
    if actor0 is None and table.start and ("target" in names or "target_firm" in names):
        actor0 = _other_party(page_text, table.start, rows)
    if actor0 is None:
        # "國家 | 美國對等關稅稅率 | 生效日": a rate column headed by the state that levies it
        heads = {state_of(n.canonical, n.kind) for h in (table.header[0] if table.header else header.split()) if h and _LEVY_HEAD.search(h) and "rate" in names
                 for n in find_names(h.strip()) if n.start == 0}
        actor0 = heads.pop() if len(heads) == 1 else None
    unit = next((_unit(t) for r, t in roles if r == "amount" and _unit(t)), None) or _unit(" ".join(table.notes))
    start_column = any(r == "date" and _START_HEAD.search(t) for r, t in roles)
    dest_states = list(dict.fromkeys(st for r, t in roles if r == "destination" for n in find_names(t) if (st := state_of(n.canonical, n.kind))))
    # a column that names the goods' origin ("涉案來源", "Origin"), not a country column that may be the actor's
    explicit_target = any(r == "target" and _AIMED_HEAD.search(t) for r, t in roles)
    # "企业 | 宣布时间 | 投资承诺": rows dated by the day a plan was announced
    announced = re.search(r"(?:宣布|宣佈|公布|公告|[Aa]nnounce\w*)\s*(?:時間|时间|日期|[Dd]ate)|\bAnnounced\b", header) is not None
    hosts: list[str] | None = None  # where a register's plants go when no column says, read when first needed
    cursor = table.start or 0
    out = []
    for row in rows:
        v = row.values if row.values is not None else _assign(roles, row.tokens)
        typ, actor, target = etype, actor0, list(target0)
        desc = v.get("event") or (v.get("products") if "event" not in names else None)
        if desc is not None:
            # the family whose words come first: "Detained a shipment of apparel … under tariff item 9897.00.00" is a detention
            hits = [(m.start(), i, f) for i, f in enumerate(FAMILIES) for m in (f.zh.search(desc), f.en.search(desc) if f.en else None) if m]
            fam = min(hits, key=lambda h: h[:2])[2] if hits else None
            if fam is not None and fam.type == "other" and re.search(r"調查|调查|investigat", desc, re.I) and hits[0][2].type == "tariff":
                fam = hits[0][2]  # "決議展開反傾銷調查": an investigation in a trade-remedy case weighs a duty
            typ = fam.type if fam else "export_control" if control_action(desc) else etype  # ("New controls on 24 types of …")
            if typ == "other" and _REMEDY.search(desc):
                typ = "tariff"  # "反倾销，立案调查": a case of a trade remedy, a duty weighed
            if fam is None and typ == "tariff" and _BARS.search(desc) and not parse_rates(v.get("rate") or ""):
                # "日期 | 國家 | 措施內容 | 稅率／範圍": "禁止中國大陸廠商遠端存取…逆變器 | 新設及既有電站適用", a ban in a table of duties
                typ = "other"
            if typ == "trade_agreement" and {"firm", "destination"} <= set(names):
                typ = "relocation"  # a register of plants: "7月签署土地租赁协议" is the firm's lease, no trade pact
            if typ == "sanction" and re.search(r"反制(?:清單|清单)", desc) and re.search(r"項目|项目|商品|貨品|货品|產品|产品|零組件|零组件|關稅|关税", desc):
                typ = "tariff"  # "暫停原訂對美反制清單中涉及航空器及零組件之項目": a list of goods to be taxed in retaliation
            if typ == "sanction" and ANNEX_IV.search(desc):
                typ = "export_control"  # "19th Russia sanctions package adds 45 entities … to Annex IV": an export restriction
            if typ == "export_control" and IMPORT_BAN_LIST.search(desc):
                typ = "other"  # "Added 37 entities to the UFLPA Entity List": goods barred from entering, an import ban
            if etype == "trade_agreement" and typ == "tariff":
                typ = etype  # a register of pacts: "印度 | 生效 | … | 阿方对97%以上税目给予零关税" is what the pact gives
            if etype == "investment_restriction" and typ in ("relocation", "other", "tariff") and lead and table_type(table, [], lead) == etype:
                typ = etype  # a screening body's decisions: "對外投資 | 昱盛半導體 | 增資美國…子公司興建晶圓測試廠 | … | 核准"
        if "date" in names and not v.get("date") and v.get("date_note") and _NOT_YET.match(v["date_note"]):
            continue  # "印度 | 叉车 | 财政部征税通知 | 尚未发布": a step not taken
        if typ is None or any(_NO_CHANGE.search(c) for c in (v.get("status"), v.get("date"), v.get("date_note"), desc) if c):
            continue  # ("China (Dongguan) | Retain sample room … | -- | No change": a site the plan leaves as it is)
        extra: dict = {"table": table.caption}
        if "round" in v:
            extra["round"] = v["round"]
        destination: list[str] = []
        if v.get("agreement") and etype == "tariff":
            # "中国—塞尔维亚自由贸易协定 | 塞尔维亚 | 7,890 | 3.2% | 2.5%": the duty a pact sets, levied by its first party on the partner
            parties = [st for n in find_names(v["agreement"]) if (st := state_of(n.canonical, n.kind))]
            actor = actor0 or (parties[0] if parties else None)
            target = [p for p in (_split_names(v.get("target", "")) or parties[1:]) if p != actor]
            v = {k: x for k, x in v.items() if k != "target"}
        elif v.get("agreement"):
            # "UK–Australia FTA": the parties the agreement's name gives, the first acting; a partner column adds the rest
            parties = [st for n in find_names(v["agreement"]) if (st := state_of(n.canonical, n.kind))]
            if not parties and desc:  # "AfCFTA | 衣索比亞正式開始依AfCFTA優惠關稅…進行貿易": the state the step names
                parties = [st for n in find_names(desc) if (st := state_of(n.canonical, n.kind))][:1]
            partners = _split_names(v.get("target", ""))
            typ, actor = "trade_agreement", (parties[0] if parties else actor0)
            target = list(dict.fromkeys(p for p in [*parties[1:], *partners, *target0] if p != actor))
            v = {k: x for k, x in v.items() if k != "target"}
            if v.get("effective"):  # "Signed | In force": the day it entered into force dates a register's row
                v = {**v, "date": v["effective"]}
        if typ == "relocation":
            # (the states of a caption; a paragraph above names the filing systems' states, "Korea's DART system")
            target = ([n for n in [actor0, *target0] if n] or target) if table.caption or not lead else []
            actor = canonical(_LISTING_TAG.sub("", v["firm"])) if v.get("firm") else None  # ("Daewon Circuit (KOSDAQ)")
            if v.get("nationality"):
                extra["nationality"] = canonical(v["nationality"])
            # "印尼芝卡朗", "西班牙巴塞隆拿": a place in a state, the state is where production goes
            destination = list(dict.fromkeys(c for d in _split_names(v.get("destination", "")) if (c := name_country(d)))) or list(dict.fromkeys(
                c for n in find_names(v.get("destination", "")) if (c := place_country(n))))
            if not destination and v.get("target") and not explicit_target:
                # "企业 | 国家 | 项目内容 | 投资额": a register of projects abroad, its country column where each one is
                destination = [c for c in _split_names(v["target"]) if name_country(c) == c]
            if not destination and dest_states:  # "New site in Korea | Gumi, North Gyeongsang": the state its header names
                destination = list(dest_states)
            if not destination and desc:  # "Project | New HDI … plant in Bac Ninh, Vietnam": the place its project names
                # (not the investor's own state in its project's name: "韩国世元精密材料")
                destination = list(dict.fromkeys(c for n in find_names(desc) if (c := place_country(n)) and c != "China"
                                                 and c != extra.get("nationality")))
            told = " ".join(c for c in (desc, v.get("status")) if c)  # ("… | Export volumes transferred to Penang in 2025")
            moved = _MOVED_ON.search(told)
            if told and destination and (_WOUND_DOWN.search(told) or moved):
                # "Chongqing | China | Wind down notebook assembly; equipment relocated to Batam and Taoyuan, Taiwan": the row's
                # place is left, production goes where the action says (after "transferred to", "移至")
                onward = list(dict.fromkeys(c for n in find_names(told) if (c := place_country(n)) and c not in destination
                                            and (moved is None or n.start >= moved.end())))
                if onward:
                    target, destination = list(destination), onward
            if not destination:
                if hosts is None:  # "企业 | 宣布时间 | 在美投资承诺" under "跨国药企密集宣布在美投资计划"
                    hosts = _hosts(header + " " + (table.caption or "") + " " + (_lead_in(page_text, table.start) if table.start else ""))
                    if not hosts and "nationality" in names and table.start and not table.caption:
                        # investors by nationality ("投资方 | 国别"): their plants are in the place the item is from, the
                        # first the text names ("常州国家高新区（新北区）融媒体中心讯　3月26日，…4个外资项目现场签约")
                        above = re.sub(r"^(?:title|date):[^\n]*\n", "", page_text[:table.start], flags=re.M)
                        places = [(n.start, c) for n in find_names(above) if n.kind == "place" and (c := place_country(n))]
                        places += [(m.start(), "China") for m in re.finditer(MAINLAND_CITIES, above)][:1]
                        hosts = [min(places)[1]] if places else []
                destination = [h for h in hosts if h != extra.get("nationality")]
        elif v.get("firm") and _NUM.match(v["firm"].strip()) and "items" not in v:
            v = {**v, "items": v["firm"]}  # "Persons/entities | 5": how many were listed, not who
        elif v.get("firm") and typ in ("export_control", "sanction", "investment_restriction"):
            target = _party_names(v["firm"])
            target = target[:1] if typ == "investment_restriction" and not _described(v["firm"]) else target
            if typ == "investment_restriction" and not table.caption:
                # the states a screening decision concerns: the investor's ("香港商…", "阿拉伯聯合大公國商…", "實際控制人為深圳…"),
                # the mainland's (陸資, 大陸地區), or where an outward investment goes ("赴美國阿拉巴馬州…設立…子公司")
                target += [st for st in _screened_states(v["firm"], desc or "") if st not in target]
        # (the products cell may name their origin: "中國大陸產鍍鋅鋼線")
        aimed = aimed_at(desc + " " + (v.get("products") or "")) if desc and typ in ("tariff", "export_control", "sanction", "other") else []
        if v.get("target") and typ != "relocation":
            cell = _split_names(v["target"])
            if len(cell) == 1 and aimed and cell[0] not in aimed and name_country(cell[0]):
                # "Date | Country | Measure": "Colombia | Reciprocal 30% tariff on 20 products imported from Ecuador":
                # the row's country acts on the state its measure names
                actor, target = cell[0], aimed
            elif (len(cell) == 1 and actor is None and not aimed and name_country(cell[0]) == cell[0] and desc and _OWN_TRADE.search(desc)
                  and not explicit_target and not v.get("firm")):
                actor, target = cell[0], []  # "国家 | 措施": "菲律宾 | 进口关税由35%降至15%", a state's duty on its own imports
            elif (len(cell) == 1 and desc and name_country(cell[0]) == cell[0] and not explicit_target
                  and (_OWN_BODY_ZH.match(desc) or any(n.kind == "agency" and state_of(n.canonical, n.kind) == cell[0]
                                                       for n in find_names(desc[:40])))):
                # "日期 | 国家/地区 | 措施内容": "美国 | OFAC将8家…船舶管理公司列入SDN清单", "沙特阿拉伯 | 沙特港务局（Mawani）对…
                # 港口费下调30%": the measure told with the row's state's own body as its subject is that state's
                actor, target = cell[0], [a for a in aimed if a != cell[0]]
            elif len(cell) == 1 and desc and _OWN_BODY.match(desc) and name_country(cell[0]) == cell[0] and not explicit_target:
                # "Country | Measure": "Sweden | Regulator PTS bars Huawei and ZTE equipment from 5G spectrum licences"
                actor = cell[0]
                target = [n.canonical for n in find_names(desc) if n.kind == "company"] or [a for a in aimed if a != actor]
            elif (len(cell) == 1 and typ == "export_control" and desc and name_country(cell[0]) == cell[0] and not explicit_target
                  and not re.search(r"\b(?:to|against|targeting)\b|對|对|輸往|输往", desc)):
                # "Date | Country | Measure": "China | Export licensing requirement for seven … rare earths": a state
                # controls its own exports
                actor, target = cell[0], [a for a in aimed if a != cell[0]]
            elif len(cell) == 1 and actor is None and typ == "investment_restriction" and name_country(cell[0]) == cell[0]:
                actor, target = cell[0], []  # "时间 | 国家 | 涉及项目 | 审查结果": the state that screened the deal
            elif (len(cell) == 1 and actor is None and typ == "trade_agreement" and desc and name_country(cell[0]) == cell[0]
                  and not explicit_target and (after_with := {m.end() for m in _PACT_WITH.finditer(desc)})):
                # "國家 | 日期 | 措施內容": "塞爾維亞 | 與阿拉伯聯合大公國全面經濟夥伴協定（CEPA）生效": the row's state and its partner
                named = [st for n in find_names(desc) if n.start in after_with and n.canonical != cell[0]
                         and (st := state_of(n.canonical, n.kind) or (n.canonical if n.kind in ("country", "org") else None))]
                actor, target = cell[0], list(dict.fromkeys(named)) or target
            else:
                target = cell or target
                if len(cell) == 1 and not explicit_target and name_country(cell[0]) == cell[0]:
                    extra["state_cell"] = cell[0]  # "国家 | 产品 | 程序": the row's state, aimed at or acting
        if v.get("acting") and len(acting := _split_names(v["acting"])) == 1 and typ != "relocation":
            actor, target = acting[0], [t for t in (_split_names(v.get("target", "")) or target) if t != acting[0]]
        if not target and aimed:
            target = aimed  # "Definitive anti-dumping duty on imports from China": the state the description names as the object
        if not target and typ == "tariff" and desc and (lead_states := _leading_states(desc)):
            target = lead_states  # "案件 | 程序": "中國大陸、韓國鍍錫鋼片 | 立案調查": the case's goods' origins open its name
        if actor is None and v.get("rest") and typ != "relocation" and not (
                typ in ("sanction", "export_control") and v.get("firm") and not _NUM.match(v["firm"].strip())):
            # an aligned row's issuing body ("商务部 海关总署公告…"; not a listed party's flag or address)
            actor = next((st for n in find_names(v["rest"]) if (st := state_of(n.canonical, n.kind)) and st not in target), None)
        if v.get("effective") and (starts_on := _date(v["effective"], year)):
            extra["effective"] = starts_on
        if v.get("target_firm") and typ != "investment_restriction" and typ != "relocation":
            target = _party_names(v["target_firm"]) or target  # "Measure | Target | Rate": the state a duty is aimed at
        elif v.get("target_firm"):
            extra["deal_target"] = v["target_firm"]
        if v.get("industry"):
            extra["industry"] = v["industry"]
        if desc:
            extra["description"] = desc
        amount = _number(v.get("amount", ""))
        amount = round(amount * unit, 2) if isinstance(amount, float) and unit else None
        if amount is None and v.get("amount") and not unit:  # the unit in the cell: "约4.9亿美元"
            usd = [a.usd for a in parse_amounts(v["amount"]) if a.currency == "USD" and a.usd]
            amount = usd[0] if len(usd) == 1 else None
        # (a register of deals gives the tariff each partner is left with: "| 馬來西亞 | … | 簽署對等貿易協定 | 19% |")
        rate = _number(v.get("rate", "")) if typ in ("tariff", "trade_agreement") else None
        if rate is None and typ == "tariff" and v.get("rate") and len(told_rates := parse_rates(v["rate"])) == 1:
            rate = told_rates[0].high if told_rates[0].high is not None else told_rates[0].low  # "最高42.3%", "建议税率为到岸价的9.8%至32.4%"
        if rate is None and typ == "tariff" and desc and "rate" not in names:
            changes, rates = parse_rate_changes(desc), parse_rates(desc)
            if len(changes) == 1:  # "进口关税由35%降至15%": the rate it goes to
                rate = changes[0].new.low
            elif len(rates) == 1:  # "Reciprocal 30% tariff on 20 products imported from Ecuador"
                rate = rates[0].high if rates[0].high is not None else rates[0].low
        items = _number(v.get("items", ""))
        items = int(items) if isinstance(items, float) else None
        if items is None and desc and typ in ("sanction", "export_control") and (first := re.match(r"(\d[\d,]*)\b", desc)):
            items = int(first.group(1).replace(",", ""))  # "Persons designated: 11, including Chief Executive …"
        date = _date(v["date"], year) if v.get("date") else None
        told = None
        if date is None and "date" not in names:
            # a register with no date column: its progress or status cell's day ("2025年6月开工，计划年产钢琴2万台",
            # "Groundbreaking in August 2025")
            told = next((d for cell in (desc, v.get("status")) if cell for d in parse_dates(cell, context_year=year, doc_date=doc_date)), None)
        elif date is None and v.get("date_note"):
            # a date column's cell that tells a stage with its time: "115年第2季投產", "预计2027年投产"
            told = next(iter(parse_dates(v["date_note"], context_year=year, doc_date=doc_date)), None)
        if date is None and told is None and doc_date and desc and _FROM_NOTICE_DAY.search(desc):
            date = doc_date  # "自公告之日起恢复进口": from the notice's own day
        if told is not None:
            date = told.iso
            if year and date[:4] > str(year):
                extra["effective"], date = date, str(year)  # "预计2026年一季度投产": a plant of this year's news, starting then
        # ("签约，2027年底投产": signed now, starting then)
        starts_here = start_column or bool(v.get("date") and _START_CELL.search(v["date"]) and re.search(r"簽約|签约|簽署|签署", v["date"]))
        if date and starts_here and year and (date[:4] > str(year) or (doc_date and date > doc_date[:len(date)])):
            # "預計時程 | 2026年第1季", "Start of output | 2026": when a plant announced this year starts, not when it was announced
            extra["effective"], date = date, str(year)
        if date is None and typ == "relocation" and "date" not in names and doc_date and {"firm", "destination", "amount"} <= set(names):
            extra["dated_by_item"] = doc_date  # a register of firms' investments with no day: the item's, unless told above
        if date is None and typ == "relocation" and v.get("date_note") and year:
            # "進度 | 電動車產線擴建中": a register's progress told without a time is this year's news of the plant
            date, extra["date_from"] = str(year), "document"
        if desc and typ in ("sanction", "export_control", "other") and (told := count_of(desc)) is not None:
            items = told  # "Added nine Chinese entities … to the Entity List": the count the measure gives
        if items is not None and date and str(items) == date[:4]:
            items = None  # (a year that strayed from the date cell is no count)
        # (a status cell in words of its own, "Civilian-use exemptions granted", leaves it to the measure's words)
        status = ((_status(v["status"]) if v.get("status") else None) or (_status(desc) if desc else None)
                  # (a rate cell in words: "取消暂定税率，恢复按最惠国税率征收")
                  or (_status(v["rate"]) if v.get("rate") and not _NUM.match(v["rate"].strip()) else None)
                  or (_status(v["date"]) if v.get("date") else None) or (_status(v["date_note"]) if v.get("date_note") else None)
                  or ("implemented" if date else None))  # "预计2025年"
        if typ in ("export_control", "other") and status == "suspended" and desc and _TRADE_HALTED.search(desc):
            status = "implemented"  # "暫停尿素出口一個月": trade stopped is the measure itself
        if typ == "investment_restriction" and status == "planned" and date and _REVIEW_HEAD.search(header):
            status = "implemented"  # "蒙牛乳業擬以6億澳元收購… | 財長表明交易違反國家利益": the plan was the buyer's, the decision is taken
        if typ == "trade_agreement" and desc:
            status = agreements.stage_status(desc, status)  # "於利雅德舉行第2回合談判": talks, the pact only weighed
        if typ == "relocation" and status == "implemented" and doc_date and not (v.get("status") or (desc and _status(desc))) and not (
                desc and _RUNNING.search(desc)) and any((x.end_iso or x.iso) > doc_date[:len(x.end_iso or x.iso)]
                                                        for cell in (v.get("date"), v.get("date_note"), None if "date" in names else desc) if cell
                                                        for x in parse_dates(cell, context_year=year, doc_date=doc_date)):
            status = "planned"  # "Guadalajara | Mexico | Add two SMT lines | … | Mid-2026": a plant that starts after the item's day
        if typ == "relocation" and status == "implemented" and "status" not in names and announced and not (desc and _RUNNING.search(desc)):
            status = "planned"  # "企业 | 宣布时间 | 投资承诺": a plan announced on that day, not a plant at work
        page_no = table.page
        if row.span is not None:
            page_no, start, end = row.span
            evidence = pages[page_no][start:end]
        else:
            start, end, cursor = _locate(page_text, row.lines, cursor, table.end)
            evidence = page_text[start:end] if start is not None else " ".join(t for t in row.tokens if t != "\u2029")
        conf = 0.95 - 0.1 * (date is None) - 0.1 * (actor is None)
        out.append(Event(
            id=event_id(doc_id, page_no, start or 0, end or 0, typ + (evidence if start is None else "")),
            type=typ, date=date, actor=actor, target=tuple(target), amount_usd=amount, rate_pct=rate, items=items,
            destination=tuple(destination), status=status, confidence=conf, doc_id=doc_id, page=page_no, products=v.get("products"),
            evidence=evidence, start=start, end=end, source="table", extra=extra,
        ))
        if (typ == "investment_restriction" and desc and v.get("firm") and status in (None, "implemented")
                and _APPROVED.search(v.get("event", "") + " " + (v.get("status") or ""))
                and not _INVESTOR_STATE.match(v["firm"]) and _OUTWARD_PLANT.search(desc) is not None
                and (dest := [c for n in find_names(desc) if (c := place_country(n)) and c not in ("Taiwan",)])):
            # a screening body's approval of a firm's plant abroad ("和碩聯合科技 | 增資越南海防子公司，擴充…組裝產能 | 核准"):
            # the approval, and the firm's move it clears
            mover = next((n.canonical for n in find_names(v["firm"]) if n.kind == "company" and n.start == 0), None) or canonical(v["firm"])
            out.append(replace(out[-1], id=out[-1].id + "-move", type="relocation", actor=mover, target=(),
                               destination=tuple(dict.fromkeys(dest)), status="planned", extra={**extra, "approved_by": actor}))
    return out


def _locate(page: str, lines: list[tuple[str, ...]], cursor: int, limit: int | None) -> tuple[int | None, int | None, int]:
    """Offsets of a row's rendered lines in the page text, searching forward from ``cursor``."""
    from ..clean import render_row

    first = render_row(lines[0])
    a = page.find(first, cursor, limit if limit else len(page))
    if a < 0:
        a = page.find(" ".join(lines[0]), cursor)
        if a < 0:
            return None, None, cursor
        first = " ".join(lines[0])
    b = a + len(first)
    for cells in lines[1:]:
        nxt = render_row(cells)
        k = page.find(nxt, b, b + len(nxt) + 4)
        if k >= 0:
            b = k + len(nxt)
    return a, b, b
