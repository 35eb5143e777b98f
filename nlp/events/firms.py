"""Firms no name list knows, from where news puts them: the subject of the clause that states a move.

A relocation needs the firm that moves. ``nlp/data/names.yaml`` knows the big ones; trade news names many
more ("顧家家居發布公告稱，擬投資3億元在越南擴建生產基地", "隆基綠能正考慮在印尼建設電池片工廠"). Such a firm
is the subject of its clause: a short run of characters at the clause's start, ended by the verb that
follows a subject in announcements (宣布, 表示, 發布公告, 擬, 將, 正考慮, 位於 ...). A run that is a state, an
agency or a generic noun (業者, 知情人士, 該公司) is not a firm.
"""
from __future__ import annotations

import re

# what follows a firm that opens a clause: a verb of announcing, planning or deciding
_ZH_ANNOUNCE = re.compile(r"(?:今日|昨日|今天|昨天|今|昨|日前|近日|(?:本|上|下)月(?:初|底|中旬|上旬|下旬)|月初|月底|上月|本月|上週[一二三四五六日]?|上周[一二三四五六日]?|本週|本周|今年|去年|稍早|早前|\d{1,2}日|[（(]\d{1,2}[)）]日|[（(]\d{1,2}日[)）]|(?:\d{4}\s*年)?\d{1,2}\s*月(?:\d{1,2}\s*日)?(?:中旬|上旬|下旬|底|初)?|\d{4}\s*年){0,2}(?:同時|同时|也|亦|則|则|已|正|再|原本|原先|原)?"
                          r"(?:宣布|宣佈|發布公告|发布公告|公告|發布|发布|發表聲明|发表声明|表示|證實|证实|稱|称|擬|拟|計劃|计划|計畫|"
                          r"正在考慮|正在考虑|正考慮|正考虑|考慮|考虑|決定|决定|董事會|董事会|召開|召开|斥資|斥资|旗下|位於|位于|"
                          r"收購|收购|租賃|租赁|完成|增資|增资|加碼|加码|關閉|关闭|啟用|启用|投產|投产)")
# ... or a run that ends like a firm's name ("海信集團", "恒遠家居", "台南紡織")
_FIRM_END = re.compile(r"(?:集團|集团|公司|股份|控股|科技|電子|电子|實業|实业|精密|光電|光电|半導體|半导体|汽車|汽车|家居|家具|能源|綠能|绿能|"
                       r"電機|电机|工業|工业|紡織|纺织|化工|材料|機械|机械|重工|鋼鐵|钢铁|食品|製藥|制药|生技|電器|电器|通訊|通讯|電腦|电脑|"
                       r"光學|光学|化學|化学|塑膠|塑胶|鞋業|鞋业|製衣|制衣|新能源|動力|动力|智能|智造|用品|服飾|服饰|針織|针织|藥業|药业|"
                       r"醫療|医疗|生物|輪胎|轮胎|橡膠|橡胶|礦業|矿业|鋁業|铝业|資源|资源|漁業|渔业|玩具|模具|家電|家电|包裝|包装|紙業|纸业|"
                       r"磁業|磁业|磁材|永磁|縫製|缝制)$")
_ZH_RUN = re.compile(r"[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9&·\-]{1,19}")
# a run opening with a conjunction, preposition, pronoun or adverb is not a name
_NOT_NAME_START = re.compile(r"[但且並并而以為为因由像如若雖虽甚不當当與与和及或在於于對对從从將将把被讓让使其該该這这此那各每某另再又也亦則则就都所從據据依擬拟"
                             r"除連连即若倘凡既經经透隨随已]")
_GENERIC = re.compile(r"^(?:多間|多间|多家|不少|部分|一些|眾多|众多|大批|許多|许多|多數|多数|數家|数家|幾家|几家|同時|同时|此外|另外|其中|同年|隨後|随后|則|则)|^同意|^公告|^主旨|^審議|^审议|^決議|^决议|^通過|^通过|董事會|董事会|人士|官員|官员|部門|部门|政府|當局|当局|^公司|^本公司|^該公司|^该公司|^(?:企業|企业)|廠商|厂商|業者|业者|臺商|台商|外商|陸企|陆企|陸資|陆资|外資|外资|"
                      r"分析|發言人|发言人|職稱|职称|市場|市场|媒體|媒体|報導|报道|消息|數據|数据|統計|统计|我國|我国|雙方|双方|各方|記者|记者|專家|专家|業界|业界|"
                      r"產業|产业|行業|行业|製造業|制造业|車企|车企|工廠|工厂|基地|項目|项目|計畫|计划|法人|機構|机构|研究|報告|报告|調查|调查|"
                      r"協會|协会|聯盟|联盟|委員會|委员会|總統|总统|首相|總理|总理|部長|部长|貿易|贸易|戰|战|國家|国家|地區|地区|智庫|智库|"
                      r"主要|目前|需要|形成|高品質|倡議|倡议|組織|组织|政策|經濟|经济|供應鏈|供应链|全球|兩岸|两岸|美中|中美|類|类")
_AFTER_NAME = re.compile(r"[在於于位將将已的擬拟宣表正也亦則则並并自、，,（(]|今年|去年|本月|上月|近日|日前|\d{1,2}月|$")
# ("訊捷通訊墨西哥提華納廠": a city between the country and the plant)
_PLACE_AFTER = re.compile(r"(?:(?![設设建蓋盖開开投的之在於于與与和及])[\u4e00-\u9fff]){0,4}?(?:工廠|工厂|廠|厂|子公司|分公司|基地|園區|园区|公司)")
_CLAUSE_BREAK = "，,；;：:。"


def zh_firm_subject(text: str, names, lo: int, trig: int) -> str | None:
    """The unnamed firm that is the subject of a clause of ``text[lo:trig]``, nearest the trigger first, or None.

    ``names`` are the NameMentions found in the sentence: a clause whose subject is a known state, agency or
    firm has no unknown firm; a known country inside the run ends it ("比亞迪泰國工廠" is BYD's plant in Thailand).
    """
    starts = [lo] + [i + 1 for i in range(lo, trig) if text[i] in _CLAUSE_BREAK]
    for s in reversed(starts):
        while s < trig and text[s].isspace():
            s += 1
        if (mark := _LIST_MARK.match(text, s, trig)) is not None:
            s = mark.end()  # "（1）手套龙头蓝湾医疗9月公告": an item of a numbered list
        if (byline := _BYLINE_HEAD.match(text, s, trig)) is not None:
            s = byline.end()  # "【記者陳姿穎／台北報導】PCB廠銓盛電子昨（2）日召開董事會": the story after its byline
        if (lead := _ANOTHER_ONE.match(text, s, trig)) is not None:
            s = lead.end()  # "另一家蘋果機殼供應商宏昇精密也於本週宣布": another firm of the kind, named after it
        if _NOT_NAME_START.match(text, s) and (described := _DESCRIBED_FIRM.match(text, s, trig)) is not None:
            s = described.end()  # "在葵涌設有總部的利嘉玩具表示，…": the firm after what the clause says of it
        m = _ZH_RUN.match(text, s, trig + 20)
        if not m or _NOT_NAME_START.match(text, s):
            continue
        known = [n for n in names if s <= n.start < m.end()]
        if known and known[0].start == s and known[0].kind == "country" and (trade := _KIND_PREFIX.match(text, known[0].end)) is not None \
                and re.match(r"[A-Z]", text[trade.end():trade.end() + 1]):
            s = trade.end()  # "美國電動車商Lucid於…啟用…": the firm after its state and trade
            m = _ZH_RUN.match(text, s, trig + 20)
            known = [n for n in names if s <= n.start < (m.end() if m else s)]
            if not m:
                continue
        if (known and known[0].start == s and known[0].kind == "country"
                and (own := _STATE_FIRM.match(text, known[0].end, trig + 20)) is not None and _FIRM_END.search(own.group("n"))):
            s = known[0].end  # "日本丸荣电机则决定关闭深圳…工厂": a firm named after its state
            m = _ZH_RUN.match(text, s, trig + 20)
            known = [n for n in names if s <= n.start < (m.end() if m else s)]
            if not m:
                continue
        if known and known[0].start == s and not (known[0].kind == "company" and _SUPPLIER_TRADE.match(text, known[0].end)):
            continue  # a state, an agency or a listed firm opens the clause (not "蘋果機殼供應商宏昇精密": a customer's supplier)
        end = next((i for i in range(s + 2, m.end()) if _ZH_ANNOUNCE.match(text, i)), None)
        if end is None and (latin := _LATIN_NAME.match(text, s, trig)) and re.match(r"[\u4e00-\u9fff]", text[latin.end():latin.end() + 1]):
            end = latin.end()  # "Lucid於2023年…啟用": a name in Latin letters ends where they do
        if known and known[0].kind == "country" and _PLACE_AFTER.match(text, known[0].end):
            end = known[0].start  # "比亞迪泰國工廠": the firm, then where its plant is
        elif end is None:  # a firm-like ending at a word break ("海信集團位於…", not "例如電子零組件…")
            end = next((i for i in range(m.end(), s + 1, -1) if _FIRM_END.search(text, s, i) and _AFTER_NAME.match(text, i)), None)
        kind = _KIND_PREFIX.match(text, s, end) if end is not None else None  # "伺服器代工廠宏曜電子": the trade, then the firm
        if kind:
            s = kind.end()
            known = [n for n in known if n.start >= s]  # ("蘋果機殼供應商宏昇精密": the customer named in the trade)
        longest = 18 if re.search(r"(?:有限公司|集團|集团)$", text[s:end or s]) else 10
        if end is None or not 2 <= end - s <= longest or any(n.start < end for n in known):
            continue
        # "宏昇精密也於本週宣布", "讯铠精密将关闭昆山工厂的两条冲压产线"
        run = re.sub(r"(?:(?:也|亦|則|则|已|再|正)(?:於|于|在)?|將|将|擬|拟|還|还|並|并)$", "", text[s:end])
        if len(run) >= 2 and not _GENERIC.search(run):
            return english_name(text, end) or run
    return None


# a firm's name right after its state, up to the word that goes on ("日本丸荣电机则决定…", "韩国大成精密暂停了…")
_STATE_FIRM = re.compile(r"(?P<n>[\u4e00-\u9fff]{2,8}?)(?=則|则|已|將|将|宣布|宣佈|決定|决定|暫停|暂停|表示|計劃|计划|擬|拟|於|于|在|也|亦)")
# a clause that describes a firm before its name and its statement: "在葵涌設有總部的利嘉玩具表示"
_DESCRIBED_FIRM = re.compile(r"[在於于以][^，。；、]{2,20}?的(?=[\u4e00-\u9fff]{2,8}?(?:表示|宣布|宣佈|指出|透露|公告))")
# the trade a story puts before a firm's name: "自行車車架大廠捷輪工業", "紡織廠台禾紡織"
_KIND_PREFIX = re.compile(r"(?:全資|全资)?(?:孫|孙|子)公司(?=[\u4e00-\u9fff]{2})|[\u4e00-\u9fffA-Za-z]{1,8}?(?:大廠|大厂|代工廠|代工厂|供應商|供应商|廠商|厂商|龍頭企業|龙头企业|龍頭|龙头|企業|企业|廠|厂)(?=[\u4e00-\u9fff]{2})|"
                          # "美國電動車商Lucid", "日本晶片商Rapidus": a state's firm of a trade, named in Latin letters
                          r"[\u4e00-\u9fff]{0,6}?(?:車商|车商|製造商|制造商|晶片商|芯片商|品牌|業者|业者)(?=[A-Z][A-Za-z])")
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z0-9&\-]*(?: [A-Z][A-Za-z0-9&\-]*)*")
_LIST_MARK = re.compile(r"(?:[（(]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*[)）]|[①-⑳])\s*")
_BYLINE_HEAD = re.compile(r"[【\[][^】\]]{0,24}(?:記者|记者|報導|报道|綜合|综合|電|电)[^】\]]{0,12}[】\]]\s*")
_SUPPLIER_TRADE = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:供應商|供应商|代工廠|代工厂)(?=[\u4e00-\u9fff]{2})")
_ANOTHER_ONE = re.compile(r"(?:另一家|另外一家|另一|另有一家)(?=[\u4e00-\u9fff]{2,8}?(?:供應商|供应商|代工廠|代工厂|大廠|大厂|廠商|厂商|企業|企业|(?<=[資资])(?:廠|厂)))")
# a firm's own English name in brackets after its Chinese one: "宏曜電子（Hongyao Electronics）",
# "宁波卓越汽车零部件股份有限公司（Ningbo Zhuoyue Auto Parts Co., Ltd.，以下简称“公司”）"
_EN_NAME = re.compile(r"\s*[（(]\s*(?P<name>[A-Z][A-Za-z0-9&.,'’\- ]{2,60}?)\s*(?:[，,;；]\s*(?:以下)?(?:簡稱|简称)[^）)]{0,12})?[）)]")
# a firm's legal form at the end of its English name: "Co., Ltd.", "Inc.", "GmbH" ...
_LEGAL_FORM = re.compile(r"[,\s]+(?:Co\.?,?\s*Ltd\.?|Company\s+Limited|Inc\.?|Ltd\.?|Corp\.?|Corporation|Limited|LLC|plc|S\.A\.|AG|GmbH|A\.Ş\.|JSC|PJSC|Co\.?|"
                         # Nordic, Dutch, Italian and Spanish forms: "NordMed AB", "Wärtsilä Oyj", "Fincantieri S.p.A."
                         r"AB|ASA|A/S|Oyj?|N\.?V\.?|B\.?V\.?|S\.p\.A\.|SpA|S\.L\.|SE|S\.A\.S\.|K\.K\.)$")


def without_legal_form(name: str) -> str:
    """An English firm name without its legal form(s): "Ningbo Zhuoyue Auto Parts Co., Ltd." -> "Ningbo Zhuoyue Auto Parts"."""
    name = name.strip(" ,")
    while (cut := _LEGAL_FORM.sub("", name).strip(" ,")) != name:
        name = cut
    return name


def english_name(text: str, pos: int) -> str | None:
    """The English name in brackets right at ``pos`` (after a firm's Chinese name), without its legal form."""
    m = _EN_NAME.match(text, pos)
    if not m:
        return None
    name = without_legal_form(m.group("name"))
    return name if len(name) >= 3 and " " in name or name.isupper() else None


# "浙江恒銳汽車零部件股份有限公司（以下簡稱「公司」）", "Kestrel Audio Inc. (the “Company”)": a filing names itself once
_ZH_ALIAS = re.compile(r"(?P<name>[\u4e00-\u9fffA-Za-z0-9&·]{2,30}?)\s*[（(]\s*(?:[A-Z][A-Za-z0-9&.,'’\- ]{2,60}?\s*[，,;；]\s*)?(?:以下)?(?:簡稱|简称)\s*[“\"「『]?(?P<alias>[^”\"」』）)]{1,8})[”\"」』]?\s*[）)]")
_FILER_ALIASES = ("本公司", "公司")  # how a filing refers to its filer
# (the short name a filing form gives, "公司名稱：鈺晟精密", ends at the next field or line)
_FORM_NAME = re.compile(r"(?:公司名稱|公司名称)\s*[：:]\s*(?P<name>[\u4e00-\u9fffA-Za-z0-9&·]{2,30}?(?:股份有限公司|有限公司|(?=[\s　]|$)))")
_SHORT_NAME = re.compile(r"(?:證券簡稱|证券简称|股票簡稱|股票简称|公司簡稱|公司简称)\s*[：:]\s*(?P<name>[\u4e00-\u9fffA-Za-z0-9&·*]{2,12}?)(?=\s|$|[，,;；。]|公告|證券|证券|股票|代碼|代码|編號|编号)")
_EN_ALIAS = re.compile(r"(?P<name>(?!(?:Inc|Ltd|Corp|Co|LLC|plc|Limited|Corporation)\b)[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,5}?"
                       r"(?:,?\s+(?:Inc|Ltd|Corp|Co|LLC|plc|Limited|Corporation)\.?)?),?\s*\((?:the\s+|hereinafter\s+)?[“\"](?P<alias>Company|Group|Firm|Issuer)[”\"]"
                       r"(?:[,;][^()]{0,80})?\)")  # ('(the "Company", together with its subsidiaries, the "Group")')


def short_names(text: str) -> list[tuple[str, str]]:
    """(alias, firm) from a filing's stock short name ("证券简称：晟阳新能源"): what 本公司 and 公司 mean when the filing
    gives no fuller definition."""
    return [(alias, m.group("name")) for m in _SHORT_NAME.finditer(text) for alias in _FILER_ALIASES]


def alias_definitions(text: str) -> list[tuple[str, str]]:
    """(alias, firm) for every "X（以下簡稱「公司」）" or "X Inc. (the “Company”)" in ``text``; a firm that gives its
    English name in the brackets ("X（Ningbo Zhuoyue Auto Parts Co., Ltd.，以下简称“公司”）") goes by it."""
    out = [(m.group("alias"), english_name(text, m.end("name")) or m.group("name")) for m in _ZH_ALIAS.finditer(text)]
    # a material-information filing's form: "2.公司名稱：晶揚精密工業股份有限公司" (then "與公司關係：本公司")
    out += [(alias, english_name(text, m.end("name")) or m.group("name")) for m in _FORM_NAME.finditer(text) for alias in _FILER_ALIASES]
    for m in _EN_ALIAS.finditer(text):
        out.append((m.group("alias"), without_legal_form(m.group("name"))))
    return out
