"""Arguments of an event from one sentence view: date, actor, targets, amounts, rates, counts, status, round."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..normalize.amounts import parse_amounts, parse_counts, parse_rate_changes, parse_rates
from ..normalize.dates import DateMention, parse_dates
from ..normalize.names import NameMention, canonical_name, find_names, name_country
from .firms import without_legal_form

# People who act for a country in trade news; normalize.names keeps institutions, events need the state.
LEADERS = {
    "United States": ("川普", "特朗普", "拜登", "Trump", "Biden", "萊特希澤", "莱特希泽", "Lighthizer", "穆努欽", "Mnuchin", "羅斯", "Pompeo", "蓬佩奧", "歐巴馬", "奥巴马", "Obama",
                      "Wilbur Ross", "Raimondo", "雷蒙多", "Katherine Tai", "戴琪", "Lutnick", "盧特尼克", "卢特尼克", "Jamieson Greer", "葛里爾", "格里尔",
                      "Bessent", "貝森特", "贝森特", "Yellen", "葉倫", "耶伦", "Blinken", "布林肯", "Rubio", "盧比歐", "鲁比奥"),
    "China": ("習近平", "习近平", "劉鶴", "刘鹤", "李克強", "李克强", "鍾山", "钟山", "王受文", "Xi Jinping", "Liu He", "李強", "李强", "Li Qiang",
              "何立峰", "He Lifeng", "王文濤", "王文涛", "Wang Wentao", "王毅", "Wang Yi"),
    "Japan": ("安倍", "麻生太郎", "Abe", "岸田", "Kishida", "石破", "Ishiba", "高市早苗", "Takaichi", "菅義偉", "菅义伟", "世耕", "Seko"),
    "South Korea": ("文在寅", "Moon Jae-in", "尹錫悅", "尹锡悦", "Yoon Suk Yeol", "李在明", "Lee Jae-myung", "成允模", "Sung Yun-mo"),
    "Taiwan": ("蔡英文", "Tsai Ing-wen", "賴清德", "赖清德", "Lai Ching-te", "王美花", "龔明鑫"),
    "Turkey": ("艾爾段", "埃爾多安", "埃尔多安", "Erdogan", "Erdoğan"),
    "India": ("莫迪", "Modi", "Piyush Goyal", "戈亞爾", "戈亚尔"),
    "Australia": ("莫里森", "Morrison", "Albanese", "艾班尼斯", "阿尔巴尼斯"),
    "Canada": ("杜魯道", "特鲁多", "Trudeau", "Mark Carney", "卡尼"),
    "Mexico": ("Sheinbaum", "辛鮑姆", "辛鲍姆", "López Obrador", "Lopez Obrador", "羅培茲歐布拉多", "洛佩斯"),
    "Brazil": ("Lula", "盧拉", "卢拉", "Bolsonaro", "波索納洛", "博索纳罗"),
    "Russia": ("Putin", "普丁", "普京", "Mishustin", "米舒斯京"),
    "European Union": ("von der Leyen", "范德賴恩", "冯德莱恩", "Dombrovskis", "Šefčovič", "Sefcovic"),
    "United Kingdom": ("Sunak", "蘇納克", "苏纳克", "Starmer", "施凱爾", "斯塔默"),
    "Indonesia": ("Jokowi", "Joko Widodo", "佐科", "Prabowo", "普拉伯沃", "普拉博沃"),
    "Germany": ("Scholz", "蕭茲", "朔尔茨", "Merz", "梅爾茨", "默茨"),
    "France": ("Macron", "馬克宏", "马克龙"),
}
_TAKES_OFFICE = re.compile(r"\s*(?:就職|就职|就任|上任|上台|上臺|當選|当选|執政|执政|took office|was elected|was sworn in)")
# Latin names need word edges ("Modi" is not in "Modification", "Abe" not in "Aberdeen")
_LEADER_RX = re.compile("|".join(
    (rf"(?<![A-Za-z]){re.escape(n)}(?![A-Za-z])" if n[0].isascii() else re.escape(n))
    for n in sorted((n for v in LEADERS.values() for n in v), key=len, reverse=True)))
_LEADER_OF = {n: c for c, v in LEADERS.items() for n in v}
_CAPITAL_ZH = {"北京": "China", "華府": "United States", "华府": "United States", "華盛頓": "United States", "华盛顿": "United States",
               "東京": "Japan", "东京": "Japan", "首爾": "South Korea", "首尔": "South Korea", "莫斯科": "Russia", "新德里": "India",
               "渥太華": "Canada", "渥太华": "Canada", "坎培拉": "Australia", "堪培拉": "Australia", "布魯塞爾": "European Union",
               "布鲁塞尔": "European Union", "倫敦": "United Kingdom", "伦敦": "United Kingdom"}
_CAPITAL_ACTS = re.compile("(" + "|".join(_CAPITAL_ZH) + r")(?=(?:當局|当局|方面|政府)?\s*(?:同日|當日|当日|當天|当天|隨即|随即|隨後|随后|旋即|也|亦|則|则|再|立即|迅速|"
                           r"已|將|将|宣布|宣佈|決定|决定|對|对|於|于|\d{1,2}日|今日|昨日|今天|昨天))")
# Agencies -> their state, by the canonical-name conventions of nlp/data/names.yaml.
_AGENCY_PREFIX = (("US ", "United States"), ("PRC ", "China"), ("Taiwan ", "Taiwan"), ("South Korea ", "South Korea"), ("Japan ", "Japan"))
_AGENCY_STATE = {
    "USTR": "United States", "Bureau of Industry and Security": "United States", "CFIUS": "United States",
    "OFAC": "United States", "FCC": "United States", "USITC": "United States", "White House": "United States",
    "State Council Tariff Commission": "China", "NDRC": "China", "MIIT": "China", "SAMR": "China",
    "People's Bank of China": "China", "Cyberspace Administration of China": "China", "National People's Congress": "China",
    "METI": "Japan", "European Commission": "European Union",
}

_TARGET_MARK = re.compile(r"(?:(?:對|对)(?:部分|相關|相关|所有|全部|其他|特定|自)|(?:對|对)(?:約|约|價值|价值|總額|总额)?\s*[\d.,]+\s*(?:兆|億|亿|萬|万|千)?(?:美元|歐元|欧元|元)(?:的)?|[（(]\s*(?:包括|包含|不含|含|除)|(?<![成造])就|位於|位于|把|將|将|不顧|不顾|原產於|原产于|源自|產自|产自|(?:來自|来自|(?:對|对)(?:原產於|原产于)?)(?:包括|包含)|(?:列入|納入|纳入)[^，。；]{0,12}?(?:清單|清单|名單|名单)的|來自|来自|(?<![於于在])自|made in|produced in|manufactured in|originating in|出口至|出口到|輸往|输往|exports? to|linked to|tied to|connected to|對|对|向|予|針對|针对|報復|报复|反制|打擊|打击|撤出|撤離|撤离|遷出|迁出|移出|離開|离开|against|on (?:certain )?(?:products|goods|imports) (?:of|from)|(?:products|goods) of|of|from)\s*(?:the\s*)?$", re.I)
# An English subject: "the United States will impose", "USTR has determined".
_LIST_JOIN = re.compile(r"\s*(?:及|和|與|与|、|,|，|,?\s+and(?:\s+the)?|,?\s+or)\s*")  # between two names of one list ("越南及印尼", "Thailand and Vietnam")
_LISTED_FIRMS = re.compile(r"(?:及|和|與|与|、)[\u4e00-\u9fff]{1,6}?(?:企業|企业|公司|實體|实体|廠商|厂商|業者|业者)")
_ACTS_AFTER = re.compile(r"\s*(?:於|于|已|依|將|将|在|曾|所|日前|近日|稍早)(?!.{0,2}(?:進口|进口|出口))|\s*(?:[（(][^）)]{1,12}[）)])?(?:審查)?(?:核准|批准|許可|许可|備案|备案)")
_SUBJECT_AFTER = re.compile(r"^\s*(?:\([^)]{1,12}\)\s*)?(?:[a-z]+ly\s+)?(?:will|has|have|had|is|are|was|shall|may|imposed|imposes|announced|announces|"
                            r"determined|determines|amends|adds|issued|issues|decided|decides|finds|found)\b")
_GOODS_AFTER = re.compile(r"^\s*(?:等地|等國|等国|[\u4e00-\u9fff]{0,4}?(?:子公司|分公司|企業|企业|廠商|厂商)|所(?:產|产|製|制|生產|生产)|原(?:產|产)(?!地)|輸美|输美|出口|進口|进口|產品|产品|商品|貨品|货品|物品|製|制|產|产|企業|企业|廠商|厂商|業者|业者|公司|市場|市场|實體|实体|"
                          r"廠牌|厂牌|品牌|銀行|银行|貿易商|贸易商|機構|机构|官員|官员|個人|个人|籍|商(?!務|务|會|会|業|业|標|标|談|谈|量|定|工))")
_MADE_IN_PLACE = re.compile(r"\s*(?:所|地區|地区)?(?:生產|生产|製造|制造|出產|出产)|棉(?:花|紗|纱|製品|制品)?")
_ITS_GOODS_DUTY = re.compile(r"[\u4e00-\u9fff、及和與与]{1,10}?的(?:進口|进口)(?:關稅|关税)")
_EN_OBJECT_BEFORE = re.compile(r"\b(?:(?:goods|imports|products|exports|shipments)\s+of|from|through|via|against)\s+(?:the\s+)?$")
_PASSIVE_AFTER = re.compile(r"(?:[^，。；,;]{0,30}?(?:等|均|都|皆))?(?:均|都|皆|亦|也|已)?(?:被|遭)(?!迫)")
_NOT_ACTOR_BEFORE = re.compile(r"(?:在|於|于|赴|到|至|與|与|和|及|往|從|从|自|、|來自|来自|包括|包含|入侵|侵略|攻打|進攻|进攻|(?<![曾已])經|(?<![曾已])经)\s*$")  # 经越南转运: a way; 入侵烏克蘭: the state invaded
_DATE_SKIP_BEFORE = re.compile(r"(?:截至|截止|迄|至|到|自從|自从|since|through|until|by)\s*$", re.I)
_SAME_DAY = re.compile(r"(?:公告|決定|决定|通知)(?:中)?(?:同時|同时|亦|也|另|還|还)(?:將|将|把|對|对|宣布|宣佈|決定|决定)|當日|当日|同日|當天|当天|同一天|同次會議|同次会议|同次董事會|同次董事会|同一會議|同一会议|the same day")

STATUS_CUES = (
    ("revoked", re.compile(r"取消|退出|放棄|放弃|停止執行|停止执行|停止(?=對|对|加徵|加征|徵收|征收|實施|实施|課徵|课征)|不再加徵|不再加征|剔除|剔出|刪除|删除|除名|撤銷|撤销|移除|移出|撤回|解除|廢除|废除|終止|终止|\bremov\w*|\brevok\w*|\bterminat\w*|\blift\w*|\brescind\w*", re.I)),
    ("suspended", re.compile(r"(?:暫停|暂停|暫緩|暂缓)(?!期間|期间|期內|期内|協議|协议|協定|协定)|暫不|暂不|通用許可|通用许可|\bGeneral Licen[cs]e\b|推遲|推迟|延後|延后|延期|延長[^。]{0,6}豁免|延长[^。]{0,6}豁免|排除期限(?:延長|延长)|(?:延長|延长)排除|\bsuspend\w*|\bpostpon\w*|\bdelay\w*|\bdefer\w*", re.I)),
    ("considering", re.compile(r"考慮|考虑|提議|提议|(?:進行|进行)?(?:洽談|洽谈)|研議|研议|研擬|研拟|(?:評估|评估)(?![^，。；;]{0,16}?(?:影響|影响|衝擊|冲击))|威脅|威胁|揚言|扬言|\bpotential\b|\bconsider\w*|\bthreat\w*", re.I)),
    ("planned", re.compile(r"(?<![模虛虚])擬|草案(?!階段|阶段|時|时)|(?:授權|授权|裁定)[^。；;，]{0,12}?(?:可|得)?(?:對|对)[^。；;，]{0,10}?(?:實施|实施)[^。；;，]{0,16}?(?:報復|报复)|(?<![模虚])拟|將於|将于|將在|将在|將自|将自|將從|将从|(?:即將|即将)(?!屆滿|届满|到期|期满|期滿)(?![^，。；]{1,30}?(?:列入|納入|纳入|移出|移除|增列)|[^，。；由從从]{1,30}?(?:由|從|从)[^，。；]{1,20}?(?:至|到))|(?:將|将)(?:投資|投资|增設|增设|設立|设立|興建|兴建|新建|擴建|扩建|擴產|扩产)|正在(?:加緊|加紧|加速)?(?:建設|建设|興建|兴建)|建設中|建设中|興建中|兴建中|計畫|計劃|计划|預計|预计|申請加入|申请加入|(?:申請|申请)(?:以|赴|增資|增资|投資|投资)|原定|預定|预定|準備|准备|訂於|订于|訂在|订在|啟動[^。]{0,40}程序|启动[^。]{0,40}程序|\bwill\b|\bplan\w*|\bpropos\w*|\bschedul\w*|\bintend\w*", re.I)),
)
_EXEMPTION_ENDED = re.compile(r"(?:取消|終止|终止|停止|結束|结束|暫停|暂停|撤銷|撤销)[^。；;，]{0,40}?(?:(?:免稅|免税)(?:待遇|政策|門檻|门槛|額度|额度)|(?:關稅|关税)豁免(?!期)|"
                              r"受惠(?:資格|资格)|(?<!協定)(?<!协定)(?:優惠稅率|优惠税率))|"
                              # the exemption named first: "將…進口快遞貨物之免稅門檻取消"
                              r"(?:免稅|免税)(?:待遇|政策|門檻|门槛|額度|额度)(?:一併|一并|全面)?(?:取消|終止|终止|停止|結束|结束|暫停|暂停|撤銷|撤销)|"
                              # trade preferences withdrawn: "撤銷柬埔寨「除武器外全部免稅」（…，EBA）貿易優惠", "终止…三国的AGOA受惠资格"
                              r"(?:取消|終止|终止|停止|暫停|暂停|撤銷|撤销)[^。；;]{0,60}?(?:(?:貿易|贸易)(?:優惠|优惠)|受惠(?:資格|资格)|普惠制|(?<![A-Za-z])(?:GSP|AGOA|EBA)(?![A-Za-z]))|"
                              r"\b(?:end(?:s|ed|ing)?|suspend(?:s|ed|ing)?|eliminat\w+|revok\w+|clos(?:e|es|ed|ing)|terminat\w+)\b[^.;]{0,40}?\bde minimis\b", re.I)
_HEDGE = re.compile(r"估算|估計|估计|預估|预估|推估|假設|假设|假如|可能|恐將|恐将|或將|或将|或會|或会|預料|预料|若|如果|傳出|传出|據報|据报|據傳|据传|(?:報導|报道|報道|报导)(?:稱|称)|(?:業界人士|业界人士|分析人士|分析師|分析师|經濟師|经济师|專家|专家|學者|学者)(?:分析|認為|认为|預期|预期|估計|估计|指出)|(?:未予|不予|拒絕|拒绝)(?:置評|置评|評論|评论)|\bmay\b|\bmight\b|\bcould\b|\breportedly\b", re.I)
_LISTING = re.compile(r"(?:將|将|把)(?![於于在自從从會会要可])[^，。；]{1,40}?(?:列入|納入|纳入|增列|移出|移除|列為|列为)")
# a running total is not the new rate ("累计达到20%"); a combined rate is ("合計稅率": anti-dumping and countervailing together)
_CUMULATIVE = re.compile(r"累計|累计|(?:合計|合计|總計|总计)(?!稅率|税率)|cumulative|in total", re.I)
_RATE_LIST_SEP = re.compile(r"\s*(?:、|,|，|和|及|與|与|或|,? and|,? or)\s*")
_ROUND = re.compile(r"(?:第\s*(\d+)\s*|首)(?:輪|轮|批|波)|前\s*(\d+)\s*(?:輪|轮)|\b(?:List|Tranche|Round)\s*(\d+)\b")
_BACKREF = re.compile(r"(?:前述|上述|該|该|此前|先前)\s*$")


@dataclass
class Found:
    """Everything the parsers found in one sentence view, computed once and shared by all families."""

    dates: list[DateMention]
    names: list[NameMention]
    leaders: list[tuple[int, int, str]]
    amounts: list
    rates: list
    counts: list
    text: str = ""
    rate_changes: list = field(default_factory=list)


def scan(text: str, *, context_year: int | None, doc_date: str | None, context: str | None = None) -> Found:
    """Run the normalize parsers over one sentence view; ``context`` (the sentence before) resolves
    ambiguous agencies ("美國商務部援引 EAR…。商務部又鎖定…": the second is the US one too)."""
    names = find_names(text, context=context)
    # "加方", "墨方", "印方", "越方": a state's side in news, too short for names.yaml (增加方面, 打印方式, 越方便)
    sides = [NameMention(m.start(), m.end(), m.group(), _SIDE_OF[m.group(1) or m.group(2)], "country") for m in _SIDE.finditer(text)
             if not any(n.start <= m.start() < n.end for n in names)]
    names = sorted(names + sides, key=lambda n: n.start) if sides else names
    return Found(
        # a range of days dates its measure from its first ("自2021年12月1日至2022年5月31日对氮肥…实施出口配额")
        dates=[d for d in parse_dates(text, context_year=context_year, doc_date=doc_date)
               if d.kind == "date" or (d.kind == "range" and d.precision == "day")],
        names=names,
        # a leader's name inside a longer name is not the leader ("羅斯" in "俄羅斯")
        # nor one whose taking office dates the news ("新總統賴清德就職不到兩週，…")
        leaders=[(m.start(), m.end(), _LEADER_OF[m.group()]) for m in _LEADER_RX.finditer(text)
                 if not any(n.start <= m.start() < n.end for n in names) and not _TAKES_OFFICE.match(text, m.end())]
        # a capital that acts for its government: "北京同日對160億美元美國商品加徵25%關稅反制", "華府隨即宣布…"
        + [(m.start(), m.end(), _CAPITAL_ZH[m.group(1)]) for m in _CAPITAL_ACTS.finditer(text)
           if not any(n.start <= m.start() < n.end for n in names)],
        amounts=parse_amounts(text),
        rates=parse_rates(text),
        counts=parse_counts(text),
        text=text,
        rate_changes=parse_rate_changes(text),
    )


_SIDE_OF = {"加": "Canada", "墨": "Mexico", "印": "India", "越": "Vietnam"}
_SIDE = re.compile(r"(?<![\u4e00-\u9fff])([加墨印越])方(?=[\u4e00-\u9fff])|(?<=[，,。；;：:、\s“「])([加墨印越])方(?=[\u4e00-\u9fff])")
# an organisation that signs trade agreements or sets duties as a party
_BLOCS = ("ASEAN", "EFTA", "Mercosur", "Gulf Cooperation Council", "Eurasian Economic Union", "African Union", "ECOWAS",
          "Southern African Development Community", "East African Community", "Pacific Alliance", "Andean Community", "CARICOM")


_AHEAD = re.compile(r"將|将|擬|拟|預計|预计|計劃|计划|計畫|規劃|规划|起|屆時|届时|\b(?:will|would|shall|to take effect|set to|scheduled|"
                    r"plans? to|expected to|is to|are to|from|starting|beginning|effective)\b", re.I)


def earlier_year(found: Found, text: str, context_year: int | None, doc_date: str | None) -> bool:
    """True when a sentence's dates, all read in the document's own year, fall after the document's date although
    the sentence tells nothing ahead, and the text has been about an earlier year: a review of that year
    ("2024年全球能源贸易政策大事记", dated 2025-01-10: "3月1日　俄罗斯汽油出口禁令生效")."""
    if not (doc_date and context_year and context_year < int(doc_date[:4]) and found.dates):
        return False
    if any(not d.inferred for d in found.dates) or _AHEAD.search(text):
        return False
    return all(d.iso[:4] == doc_date[:4] and d.iso > doc_date[:len(d.iso)] for d in found.dates)


def state_of(canonical: str, kind: str | None) -> str | None:
    """The state a name acts for: a country is itself, an agency its government, else None."""
    if kind == "country" or (kind == "org" and canonical in _BLOCS):
        return canonical
    if kind == "agency":
        if canonical in _AGENCY_STATE:
            return _AGENCY_STATE[canonical]
        for prefix, state in _AGENCY_PREFIX:
            if canonical.startswith(prefix):
                return state
        return name_country(canonical)  # the `country` names.yaml gives the agency (DGTR: India)
    return None


def place_country(n: NameMention) -> str | None:
    """The country a name places something in: a country itself, a city or province its country ("桃園" Taiwan)."""
    if n.kind == "country":
        return n.canonical
    return name_country(n.canonical) if n.kind == "place" else None


# measures aimed at a state (or a firm): a target is looked for when none is named
AIMED = ("tariff", "export_control", "sanction", "investment_restriction")


def other_states(found: Found, lo: int, hi: int, actor: str | None, limit: int = 3) -> list[str]:
    """The first ``limit`` distinct states named in [lo, hi) other than ``actor``: what a measure that names no
    object is aimed at ("Japan tightened licensing requirements for exports of the three materials to Korea")."""
    grounds = [m.span() for m in _GROUNDS.finditer(found.text, lo, hi)]  # "以協助俄羅斯軍工業…為由": why, not whom
    named = states_named(found, lo, hi, outside=grounds)
    return [t for t in dict.fromkeys(named) if t != actor and t not in OFFSHORE][:limit]


def states_named(found: Found, lo: int, hi: int, *, unless_before: re.Pattern | None = None,
                 outside: list[tuple[int, int]] = ()) -> list[str]:
    """The states that names and leaders in [lo, hi) stand for, in text order (repeats kept); a name followed by
    ``unless_before`` (in ``found.text``), or inside one of the spans ``outside``, is left out."""
    def kept(pos: int) -> bool:
        return lo <= pos < hi and not any(a < pos < b for a, b in outside)

    named = [(n.start, state_of(n.canonical, n.kind)) for n in found.names
             if kept(n.start) and not (unless_before is not None and unless_before.match(found.text, n.end))]
    named += [(a, c) for a, _, c in found.leaders if kept(a)]
    return [st for _, st in sorted(named) if st]


def pick_date(text: str, found: Found, lo: int, hi: int, trig: int) -> DateMention | None:
    """The date of an event whose trigger is at ``trig`` in segment [lo, hi): nearest before, else first after."""
    cands = [d for d in found.dates if lo <= d.start < hi and not _DATE_SKIP_BEFORE.search(text[max(0, d.start - 6):d.start])
             and not _citation(text, d) and not _in_title(text, d.start)
             and not re.match(r"\s*(?:以來|以来|迄今|至今|(?:公布|發布|发布|宣布|出台|通過|通过|實施|实施)的)", text[d.end:d.end + 5])
             # "將2023年列入名單的「嘉達船務」除名": the day of an earlier listing that names the party
             and not re.match(r"\s*(?:起)?(?:即|已|曾|被)?(?:列入|納入|纳入|加入|增列|新增|指定|列名)[^，。；的]{0,8}的", text[d.end:d.end + 14])
             # "公司于2023年暂停建设的泰国罗勇工厂…恢复建设": the date of a clause describing what the trigger names
             and not (d.start < trig and re.match(r"\s*(?:暫停|暂停|暫緩|暂缓|停止|停工)[^，。；的]{0,4}的",
                                                   text[d.end:d.end + 12]))
             # "…展開反傾銷調查，預計明年5月前作成初步認定": the deadline of a later step
             and not (d.start > trig and re.match(r"\s*(?:以前|之前|前)[^，。；]{0,6}?(?:作成|作出|做出)[^，。；]{0,4}?(?:認定|认定|裁定|裁決|裁决|初裁|終裁|终裁)",
                                                   text[d.end:d.end + 20]))]
    before = [d for d in cands if d.start <= trig]
    precise = [d for d in before if d.precision != "year"]
    if precise or before:
        return (precise or before)[-1]
    return cands[0] if cands else None


# "自本月7日起", "3月10日起實施", "effective March 20": the day a measure starts, not the day it was decided
_EFFECTIVE_AFTER = re.compile(r"\s*(?:\d{1,2}\s*[時时:：]\s*\d{0,2}\s*分?)?\s*(?:起|開始|开始|生效|正式實施|正式实施|實施|实施|施行)")
_EFFECTIVE_BEFORE = re.compile(r"(?:自|從|从)\s*$")
# what is done on the day a measure is decided: "31日簽署行政命令", "4日發布公告", "宣布"
_ANNOUNCED = re.compile(r"\s*[，,]?\s*(?:[^，。；;\d]{0,12}?)(?:簽署|签署|宣布|宣佈|公告|發布|发布|決定|决定|審議通過|审议通过|通過|通过|批准|核定|公布|發表|发表|揚言|扬言|威脅|威胁|宣稱|宣称)")


def announcement_date(text: str, found: Found, lo: int, d: DateMention | None) -> DateMention | None:
    """The earlier date of the clause on which the measure dated ``d`` (its start: "自3月10日起") was announced,
    or None: "4日發布公告，自3月10日起加徵…" is dated the 4th, with the 10th its effective date."""
    if d is None or not (_EFFECTIVE_AFTER.match(text, d.end) or _EFFECTIVE_BEFORE.search(text[max(lo, d.start - 3):d.start])):
        return None
    before = [x for x in found.dates if lo <= x.start < d.start and x.precision != "year" and x.iso <= d.iso
              and _ANNOUNCED.match(text, x.end) and not _in_title(text, x.start)]
    return before[-1] if before else None


def effective_date(text: str, found: Found, lo: int, hi: int) -> DateMention | None:
    """The first date of [lo, hi) written as the day a measure starts ("自本月11日起實施", "3月10日起生效")."""
    return next((x for x in found.dates if lo <= x.start < hi and x.precision == "day" and
                 (_EFFECTIVE_AFTER.match(text, x.end) or _EFFECTIVE_BEFORE.search(text[max(lo, x.start - 3):x.start]))), None)


def _in_title(text: str, pos: int) -> bool:
    """True inside 《…》 or 〈…〉: "《1974 年貿易法》" names a law, it does not date the event."""
    opened = max(text.rfind("《", 0, pos), text.rfind("〈", 0, pos))
    return opened >= 0 and max(text.rfind("》", 0, pos), text.rfind("〉", 0, pos)) < opened


def _citation(text: str, d: DateMention) -> bool:
    """A bare year in brackets after a name ("Rhodium Group (2019)") cites a source, it does not date an event."""
    return d.precision == "year" and text[max(0, d.start - 1):d.start] in ("(", "（") and text[d.end:d.end + 1] in (")", "）")


def same_day(text: str) -> bool:
    """True when the text refers back to the previous sentence's date ("當日", "the same day")."""
    return bool(_SAME_DAY.search(text))


_UNIT_PRICE = re.compile(r"每(?:噸|吨|公斤|件|桶|台|輛|辆)|/\s*(?:噸|吨|t|tonne|kg)\b|\bper (?:metric )?(?:tonne|ton|kilogram|kg|barrel|unit)\b|\ba (?:tonne|ton|barrel)\b")
_GROUNDS = re.compile(r"以[^，。；,;]{1,40}?(?:為由|为由|為理由|为理由)")


def parties_named(title: str, marker: str = r"對|对|against|on") -> tuple[str | None, list[str]]:
    """("美國對中國大陸的貿易制裁") -> ("United States", ["China"]): in a caption, lead-in or heading "X 對 Y", actor X and
    target Y (the states and agencies named before and after the first ``marker``); with no marker, the first named."""
    names = [(n.start, state_of(n.canonical, n.kind) or n.canonical) for n in find_names(title) if n.kind in ("country", "agency")]
    m = re.search(marker, title)
    if m and names:
        before = [n for s, n in names if s < m.start()]
        after = [n for s, n in names if s > m.start()]
        return (before[-1] if before else None), after[:1]
    return (names[0][1] if names else None), []


_IN_FIRM_NAME = re.compile(r"[）)]?[\u4e00-\u9fff]{0,10}?(?:股份)?有限(?:責任|责任)?公司")
# the government of a region, state or province: its acts are its country's
_REGION_BODY = re.compile(r"州?(?:州長|州长|州政府|州議會|州议会|省政府|省長|省长)|(?:'s)?\s+(?:Governor|governor|legislature|Legislature|state government)")


def pick_actor(text: str, found: Found, lo: int, hi: int, trig: int) -> tuple[str | None, int]:
    """The acting state named before the trigger (nearest first), with its position; (None, -1) if none."""
    cands: list[tuple[int, str]] = []
    # the grounds a measure is taken on ("以印度持續大量採購俄羅斯原油為由"): the states named there do not act
    grounds = [m.span() for m in _GROUNDS.finditer(text, lo, hi)]
    for n in found.names:
        if not lo <= n.start < hi or any(a < n.start < b for a, b in grounds):
            continue
        if (opened := text.rfind("《", lo, n.start)) > text.rfind("》", lo, n.start) and re.search(
                r"(?:根據|根据|依據|依据|依照|按照|依)$", text[max(lo, opened - 3):opened]):
            continue  # "根據《2019年俄羅斯（制裁）（脫歐）條例》凍結…": a state in the title of the law acted under does not act
        if n.kind == "country" and _IN_FIRM_NAME.match(text, n.end) and (text[n.start - 1:n.start] in "（(" or any(
                c.kind == "company" and c.end == n.start for c in found.names)):
            continue  # "三星中国半导体有限公司", "SK海力士半导体（中国）有限公司": a firm's name, not a state that acts
        st = state_of(n.canonical, n.kind)
        if st is None and n.kind == "place" and _REGION_BODY.match(text, n.end):
            st = place_country(n)  # "佛罗里达州州长签署法案", "Florida's governor signed": a state's own government acts for its country
        if n.kind == "agency":  # "墨西哥經濟部": the ministry of the state named right before it, not Taiwan's
            own = next((state_of(c.canonical, c.kind) for c in found.names if c.kind == "country" and c.end == n.start), None)
            st = own or st
        if st is None or (_is_target_slot(text, n.start, n.end) and not (n.kind == "agency" and _ACTS_AFTER.match(text, n.end))):
            continue  # ("針對美國商務部於4月間啟動之調查": an agency with a verb of its own acts, whatever precedes it)
        if n.end <= trig and (pas := _PASSIVE_AFTER.match(text, n.end)) is not None and pas.end() <= trig + 2:
            continue  # "台灣與美國、日本等均被列入": the states a passive verb is done to
        cands.append((n.start, st))
    cands += [(s, c) for s, e, c in found.leaders if lo <= s < hi]
    before = sorted(c for c in cands if c[0] <= trig)
    listing = None
    for m in _LISTING.finditer(text, lo, hi):
        if m.start() <= trig:
            listing = m  # "A 將 B 列入 C": A acts, whatever B (and the clauses about B) name
    if listing is not None and any(c[0] < listing.start() for c in before):
        before = [c for c in before if c[0] < listing.start()]
    elif listing is not None:
        # "方案亦首次把兩家中國內地地方銀行…列入交易禁令名單": who is listed does not list; the actor is told before
        before = [c for c in before if not listing.start() < c[0] < listing.end()]
        cands = [c for c in cands if not listing.start() < c[0] < listing.end()]
        if not before:
            return None, -1  # (a state named after the listing, "理由是兩行協助俄方規避制裁", is why, not who)
    if before:
        return before[-1][1], before[-1][0]
    after = sorted(c for c in cands if c[0] > trig)
    return (after[0][1], after[0][0]) if after else (None, -1)


def _is_target_slot(text: str, start: int, end: int) -> bool:
    return bool(_TARGET_MARK.search(text[max(0, start - 24):start]) or _GOODS_AFTER.match(text[end:end + 8])
                or _LISTED_FIRMS.match(text, end)  # "新加坡及香港企業共3家": states the firms are of
                or _NOT_ACTOR_BEFORE.search(text[max(0, start - 2):start])
                or _ITS_GOODS_DUTY.match(text, end)  # "日本汽車及零部件的進口關稅將由27.5%下調至15%": the goods' state
                or _EN_OBJECT_BEFORE.search(text, max(0, start - 16), start))  # "goods from Vietnam will face a 20% tariff"


def pick_subject(text: str, found: Found) -> str | None:
    """The state that is the grammatical subject of an English sentence, if one is."""
    for n in found.names:
        st = state_of(n.canonical, n.kind)
        if st and _SUBJECT_AFTER.match(text[n.end:n.end + 50]) and not re.search(
                r"\b(?:in|of|from|to|into|through|via|against|on)\s+(?:the\s+)?(?:[A-Z][\w.]*(?: [A-Z][\w.]*)*,?\s+(?:and|or)\s+(?:the\s+)?)?$",
                text[max(0, n.start - 40):n.start]):
            return st  # ("two entities located in China are removed": China is where they are)
    return None


# offshore registries that hold companies, not plants or markets ("透過薩摩亞子公司", "開曼群島商")
OFFSHORE = frozenset(("Samoa", "British Virgin Islands", "Cayman Islands", "Bermuda", "Seychelles", "Marshall Islands"))
_VEHICLE_AFTER = re.compile(r"\s*(?:商|籍|公司|子公司|孫公司|孙公司|控股|註冊|注册|[A-Z])")
# mainland manufacturing cities and provinces, which names.yaml leaves out (they would be read as actors)
MAINLAND_CITIES = (r"(?:東莞|东莞|蘇州|苏州|昆山|深圳|廣州|广州|廣東|广东|江蘇|江苏|浙江|寧波|宁波|廈門|厦门|天津|重慶|重庆|成都|無錫|无锡|常州|"
                   r"青島|青岛|鄭州|郑州|惠州|中山|佛山|福建|山東|山东|武漢|武汉|合肥|西安|杭州|南京|大連|大连|煙台|烟台|泉州|溫州|温州|"
                   r"嘉興|嘉兴|南通|太倉|太仓|吳江|吴江|張家港|张家港|江西|湖南|長沙|长沙|河南|四川|湖北|上海|北京|珠海|福州|漳州|揚州|扬州|順德|顺德|常熟)")
# the firms a place is named for ("…電子分銷商", "…的貿易公司"), and those of mainland cities ("深圳電子分銷商", "東莞的貿易公司")
_FIRMS_AFTER = re.compile(r"(?:的)?[\u4e00-\u9fff]{0,4}?(?:分銷商|分销商|貿易商|贸易商|供應商|供应商|貿易公司|贸易公司|電子公司|电子公司|科技公司)")
_MAINLAND_FIRMS = re.compile(MAINLAND_CITIES + _FIRMS_AFTER.pattern)
# a measure on the parties it names: a listing, a sanction, an asset freeze
_LISTS_PARTIES = re.compile(r"列入|納入|纳入|增列|制裁|凍結|冻结|清單|清单|名單|名单|SDN")
# "在港註冊的貿易公司": firms registered in Hong Kong
_HK_REGISTERED = re.compile(r"(?:在港|於港|于港|香港)(?:註冊|注册|成立)(?:的)?[\u4e00-\u9fff]{0,6}?(?:公司|企業|企业|實體|实体)|(?<![深粵粤])港企")


def pick_targets(text: str, found: Found, lo: int, hi: int, actor: str | None, *, firms: bool,
                 after: int | None = None) -> list[str]:
    """Targets: names in a target slot ("對 X", "products of X"), companies when ``firms``, and places or
    agencies named right after the trigger at ``after`` ("制裁 11 名香港官員")."""
    out: list[str] = []
    grounds = [m.span() for m in _GROUNDS.finditer(text, lo, hi)]  # "以向俄罗斯…提供…为由": why, not whom
    for n in found.names:
        if not lo <= n.start < hi or any(a < n.start < b for a, b in grounds):
            continue
        if n.canonical in OFFSHORE and _VEHICLE_AFTER.match(text, n.end):
            continue  # "陸資透過薩摩亞公司間接投資…": an offshore vehicle's place of registry, not whom the measure is aimed at
        if n.canonical == "World Trade Organization":
            continue  # "向世貿提出磋商請求": the forum a dispute goes to, not its target
        st = state_of(n.canonical, n.kind) or (n.canonical if n.kind in ("country", "org") else None)
        if n.kind == "company" and firms:
            name = n.canonical
        elif st and _TARGET_MARK.search(text[max(0, n.start - 24):n.start]):
            name = st
        elif st and _GOODS_AFTER.match(text[n.end:n.end + 3]) and st != actor:
            name = st
        elif n.kind == "place" and _MADE_IN_PLACE.match(text, n.end) and (pc := place_country(n)) and pc != actor:
            name = pc  # "對新疆生產的棉花…發布暫扣令": goods made in a region are its country's
        elif firms and n.kind == "place" and _FIRMS_AFTER.match(text, n.end) and (pc := place_country(n)) and pc != actor:
            name = pc  # "將…2間深圳電子分銷商列入…名單": firms of a city are its country's
        elif st and after is not None and after <= n.start <= after + 12 and st != actor:
            name = st
        else:
            continue
        if name != actor and name not in out:
            out.append(name)
    if firms and _LISTS_PARTIES.search(text, lo, hi):  # "5間在港註冊的貿易公司及2間深圳電子分銷商": firms by where they are based
        at = {x: min((n.start for n in found.names if lo <= n.start < hi and x in (n.canonical, state_of(n.canonical, n.kind))),
                     default=hi) for x in out}
        for st, pat in (("Hong Kong", _HK_REGISTERED), ("China", _MAINLAND_FIRMS)):
            if actor != st and st not in out and (hit := pat.search(text, lo, hi)) is not None:
                at[st] = hit.start()
                out.append(st)
        out.sort(key=lambda x: at[x])  # in the order the text names them
    # "香港及新加坡貿易商": a state listed with a target is one too
    inside = [n for n in found.names if lo <= n.start < hi]
    for n, nxt in reversed(list(zip(inside, inside[1:]))):
        st, st2 = state_of(n.canonical, n.kind), state_of(nxt.canonical, nxt.kind)
        if st and st2 in out and st not in out and st != actor and _LIST_JOIN.fullmatch(text, n.end, nxt.start):
            out.insert(out.index(st2), st)
    for n, nxt in zip(inside, inside[1:]):  # "原產於越南及印尼之…": and one listed after it
        st, st2 = state_of(n.canonical, n.kind), state_of(nxt.canonical, nxt.kind)
        if st in out and st2 and st2 not in out and st2 != actor and _LIST_JOIN.fullmatch(text, n.end, nxt.start):
            out.insert(out.index(st) + 1, st2)
    return out


# a listed party no name list knows, by the Latin name in brackets after its Chinese one: "将长沙天仪研究院（Spacety）…列入"
_BRACKETED_LATIN = re.compile(r"(?<=[\u4e00-\u9fff])[（(]\s*([A-Z][A-Za-z0-9&.,'’\- ]{1,60}?)\s*[）)]")
# ... not an agency's or a list's abbreviation: "工业与安全局（BIS）", "特别指定国民（SDN）清单"
_NOT_FIRM_BEFORE = re.compile(r"(?:局|部|署|室|會|会|廳|厅|院會|清單|清单|名單|名单|規則|规则|法|法案|條例|条例|組織|组织|國民|国民|委員會|委员会|辦公室|办公室)$")


def listed_firms(text: str, found: Found, lo: int, hi: int) -> list[str]:
    """Parties no name list knows that a listing ("將 X（Latin name）列入 …") names by their Latin names."""
    out = []
    for m in _LISTING.finditer(text, lo, hi):
        for b in _BRACKETED_LATIN.finditer(text, m.start(), m.end()):
            if any(n.start < b.end() and b.start() < n.end for n in found.names) or canonical_name(b.group(1)) is not None \
                    or _NOT_FIRM_BEFORE.search(text, max(0, b.start() - 4), b.start()):
                continue
            if (name := without_legal_form(b.group(1))) and name not in out:
                out.append(name)
    return out


def pick_amount(found: Found, lo: int, hi: int) -> float | None:
    """The first US-dollar amount in the segment, in dollars."""
    grounds = [m.span() for m in _GROUNDS.finditer(found.text, lo, hi)]
    for a in found.amounts:
        if lo <= a.start < hi and a.usd is not None and (a.currency or "").upper() in ("USD", "US$", "$") and not any(
                g0 < a.start < g1 for g0, g1 in grounds) and not _UNIT_PRICE.search(found.text, max(0, a.start - 4), a.end + 12):
            # ("以美方…約111億美元的對台軍售案為由": the grounds' sum; "每吨800美元", "$490 per tonne": a price, not a sum)
            return float(a.usd)
    return None


# a share, not a duty: "土耳其市场约占公司收入4%", "占营业收入的18.6%"
_SHARE_OF = re.compile(r"(?:占|佔)[^，。；%]{0,10}?(?:收入|營收|营收|比重|份額|份额|出口額|出口额|總額|总额)[^，。；%]{0,3}$")
_STACKED = re.compile(r"(?:疊加|叠加|加上|另加)[^，。；%]{0,4}$|\bon top of (?:the |a |an )?$", re.I)


def pick_rate(found: Found, lo: int, hi: int) -> tuple[float | tuple[float, float] | None, float | None]:
    """(rate, previous rate): the new rate of the last stated change ("从10%上调至25%"), else the last percentage."""
    changes = [c for c in found.rate_changes if lo <= c.start < hi and c.new.kind == "percent"]
    if changes:
        c = changes[-1]
        return _rate_value(c.new), c.old.low
    rs = [r for r in found.rates if lo <= r.start < hi and r.kind == "percent"
          and not _CUMULATIVE.search(found.text[max(0, r.start - 8):r.start]) and not _SHARE_OF.search(found.text[max(0, r.start - 12):r.start])]
    if not rs:
        return None, None
    # (not the other duties stacked on top: "…由0提高至25%，叠加10%芬太尼关税及10%对等关税")
    stacked = next((i for i, r in enumerate(rs) if i and _STACKED.search(found.text, max(0, r.start - 6), r.start)), None)
    rs = rs[:stacked] if stacked is not None else rs
    # a listed set of rates ("分两批加征10%、5%不等", "10%, 15% and 25%") is reported as its range
    run = [rs[-1]]
    for r in reversed(rs[:-1]):
        if not _RATE_LIST_SEP.fullmatch(found.text[r.end:run[0].start]):
            break
        run.insert(0, r)
    if len(run) > 1:
        vals = [v for r in run for v in (r.low, r.high) if v is not None]
        return (min(vals), max(vals)) if min(vals) != max(vals) else min(vals), None
    return _rate_value(rs[-1]), None


def _rate_value(r) -> float | tuple[float, float]:
    return (r.low, r.high) if r.high is not None and r.high != r.low else r.low


_PERSON_UNITS = frozenset(("名", "位", "人", "persons", "individuals"))
_BODY_UNITS = frozenset(("家", "個", "个", "間", "间", "entities", "companies", "firms", "organizations", "organisations"))
_AND_NEXT_LONG = re.compile(r"[\u4e00-\u9fffA-Za-z ]{0,16}?(?:和|及|與|与|、|以及)\s*")
_AND_NEXT = re.compile(r"[\u4e00-\u9fffA-Za-z ]{0,8}?(?:和|及|與|与|、|以及|\band)\s*", re.I)
# "1717個稅目", "1333个税号": a count of tariff lines under the general classifier
_TARIFF_LINE_NOUN = re.compile(r"\s*(?:稅目|税目|稅號|税号|稅則號列|税则号列|稅項|税项|貨品號列|货品号列)")


def pick_count(found: Found, lo: int, hi: int, units: tuple[str, ...]) -> int | None:
    """The first count in the segment whose unit is one the family counts.

    Persons and bodies named together are one listing ("9名人员和4个实体" → 13); a class count followed at once by
    its items ("14类106项商品") counts the items; "個/个" counts tariff lines when 稅目 / 税号 follow it."""
    def counted(c) -> bool:
        if any(c.unit.startswith(u) or u.startswith(c.unit) for u in units if c.unit):
            return True
        return c.unit in ("個", "个") and "項" in units and bool(_TARIFF_LINE_NOUN.match(found.text, c.end))

    cs = [c for c in found.counts if lo <= c.start < hi and counted(c)]
    if not cs:
        return None
    first, nxt = cs[0], (cs[1] if len(cs) > 1 else None)
    if nxt is not None and first.unit in ("類", "类", "種", "种") and not found.text[first.end:nxt.start].strip():
        return int(nxt.n)
    if nxt is not None and _AND_NEXT.fullmatch(found.text, first.end, nxt.start) and (
            {first.unit, nxt.unit} & _PERSON_UNITS and {first.unit, nxt.unit} & _BODY_UNITS):
        return int(first.n + nxt.n)
    if (nxt is not None and first.unit == nxt.unit and first.unit in _PERSON_UNITS | _BODY_UNITS
            and _AND_NEXT_LONG.fullmatch(found.text, first.end, nxt.start)):
        return int(first.n + nxt.n)  # "5間在港註冊的貿易公司及2間深圳電子分銷商": one listing of two kinds of firm
    return int(first.n)


def pick_status(text: str, lo: int, hi: int, trig: int, dated: bool) -> str | None:
    """Status from the cue nearest the trigger; an undated plain statement has none, a dated one is implemented."""
    best: tuple[int, str] | None = None
    seg = text[lo:hi]
    for status, pat in STATUS_CUES:
        for m in pat.finditer(seg):
            d = abs(lo + m.start() - trig)
            if best is None or d < best[0]:
                best = (d, status)
    if best and best[1] == "planned" and re.search(r"原定|原訂|原订", seg):
        # "原定於12月15日加征的關稅暫不征收": the schedule is what was called off, the verb gives the status
        verb = next((st for st, pat in STATUS_CUES[:2] if pat.search(seg)), None)
        best = (0, verb) if verb else best
    if best and best[1] == "considering" and re.search(r"威脅|威胁|揚言|扬言", seg) and STATUS_CUES[3][1].search(seg):
        best = (0, "planned")  # "威胁，启动…程序": a threat with a step taken toward it is planned
    if best and best[1] in ("revoked", "suspended") and _EXEMPTION_ENDED.search(seg):
        # "取消对…800美元以下包裹的免税待遇": an exemption ended is a duty that now applies
        return "implemented" if dated and not STATUS_CUES[3][1].search(seg) else "planned"
    if re.match(r"(?:改(?:為|为)?|僅|仅|只|一律|則|则)?(?:適用|适用)|改(?:為|为)?(?:按|課徵|课征|徵收|征收)", text[trig:trig + 4]):
        return "implemented" if dated else None  # "暫緩期間改適用10%基本關稅": the rate that applies instead
    if best:
        return best[1]
    return "implemented" if dated else None


def exemption_ended(text: str) -> bool:
    """Whether ``text`` ends a duty exemption ("取消150歐元以下進口包裹的關稅豁免"): a duty that now applies."""
    return _EXEMPTION_ENDED.search(text) is not None


def hedged(text: str) -> bool:
    """True when the sentence reports something uncertain (may, reportedly, 可能, 據報)."""
    return bool(_HEDGE.search(text))


def pick_round(text: str, lo: int, hi: int) -> tuple[int | None, bool]:
    """(round number, whether it refers back to an earlier mention: "前述第 3 輪")."""
    m = _ROUND.search(text, lo, hi)
    if not m:
        return None, False
    n = next((g for g in m.groups() if g), "1")
    return int(n), bool(_BACKREF.search(text[max(0, m.start() - 4):m.start()]))


_PRODUCTS = (
    re.compile(r"(?:之|的|對|对)(?P<p>[\u4e00-\u9fff、，與与和及]{2,40}?)等(?:\s*[\d一二三四五六七八九十]+\s*(?:項|项|種|种|類|类))?\s*(?:產品|产品|商品|貨品|货品|物項|物项|原料|材料)"),
    re.compile(r"(?:加徵|加征|課徵|课征|徵收|征收)(?P<p>[\u4e00-\u9fff、與与和及]{2,20})的\s*[\d.]+\s*[%％]"),
    re.compile(r"\b(?:controls|duties|duty|tariffs?) on (?P<p>(?:certain )?[a-z][^.;]{3,120}?)(?=,? (?:and by|and|for|from|in|to|that|on|since)\b|[.;]|$)"),
    # "对镓、锗相关物项实施出口管制", "對美國大豆、豬肉加徵關稅", "…，涉及大豆、猪肉等农产品"
    re.compile(r"(?:對|对)(?P<p>[\u4e00-\u9fff、與与和及]{1,24}?)(?:相關|相关)?(?:物項|物项|產品|产品|技術|技术)?(?:實施|实施|採取|采取)(?:出口管制|出口限制|出口管控|管制)"),
    re.compile(r"(?:對|对)(?:原產於|原产于|自)?(?P<p>[\u4e00-\u9fff、與与和及]{2,16}?)(?:等)?(?:產品|产品|商品|貨品|货品)?(?:加徵|加征|課徵|课征|徵收|征收)"),
    re.compile(r"(?:涉及|包括|包含)(?P<p>[\u4e00-\u9fff、與与和及]{2,30}?)等"),
)
_COUNTRY_HEAD = re.compile(r"^(?:美國|美国|中國大陸|中国大陆|中國|中国|日本|韓國|韩国|歐盟|欧盟|加拿大|墨西哥|印度|越南|俄羅斯|俄罗斯|臺灣|台灣|台湾)(?:的)?")
_GENERIC_GOODS = re.compile(r"^(?:部分|所有|全部|其他|相關|相关|進口|进口|出口)*(?:商品|產品|产品|貨品|货品|物項|物项)?$")


def pick_products(text: str, lo: int, hi: int) -> str | None:
    """Products named by the measure ("氟化氫、光阻劑、與氟化聚醯亞胺", "certain large civil aircraft")."""
    for pat in _PRODUCTS:
        m = pat.search(text, lo, hi)
        if m:
            p = _COUNTRY_HEAD.sub("", re.split(r"[之的]", m.group("p"))[-1].strip(" ，、"))
            p = re.sub(r"(?:分別|分别|均|皆|一律)$", "", p)  # "汽車及零部件分別加徵25%、5%"
            p = re.sub(r"^(?:部分|所有|全部|相關|相关|其他)", "", p)
            if _GENERIC_GOODS.match(p) or re.search(r"[對对向將将方華华在]", p):
                continue
            if not re.fullmatch(r"(?:certain |other )?(?:products|goods|imports|items)(?: of \w+)?", p):
                return p
    return None


_BRACKETED_ANY = re.compile(r"^([^（(]{2,40}?)\s*[（(]\s*([^（()）]{2,40}?)\s*[）)]$")
_BRACKETED_EN = re.compile(r"^(?P<zh>[^（(]*[\u4e00-\u9fff][^（(]*?)\s*[（(]\s*(?P<en>[A-Z][A-Za-z0-9&.,'’\- ]{1,60}?)\s*[）)]$")


def canonical(raw: str) -> str:
    """Canonical English name of a raw name, or the raw name (trimmed) when it is unknown: a firm written with its
    English name in brackets ("礼来（Eli Lilly）") goes by that name, an English name without its legal form."""
    raw = raw.strip(" 　,，、")
    if (known := canonical_name(raw)) is not None:
        return known
    if (m := _BRACKETED_EN.match(raw)) is not None:
        return canonical_name(m.group("en")) or canonical_name(m.group("zh")) or without_legal_form(m.group("en"))
    if (m := _BRACKETED_ANY.match(raw)) is not None and (canonical_name(m.group(1)) or canonical_name(m.group(2))):
        # "JSR（Inpria）", "住友化学（东友精细化工）": a known firm with its unit or brand in brackets goes by the firm
        return canonical_name(m.group(1)) or canonical_name(m.group(2))
    bare = without_legal_form(raw)
    return canonical_name(bare) or bare if bare and re.match(r"[A-Z]", raw) else raw
