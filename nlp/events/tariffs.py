"""Tariffs, including retaliation (the actor is the retaliating party) and exclusions."""
from __future__ import annotations

import re

from .family import Family, rx

_PCT = r"(?:\d+(?:\.\d+)?\s*[%％]|百分之[零一二三四五六七八九十百點点\d.]+)"
_TAX = r"(?<!非)(?:關稅|关税|稅率|税率|懲罰性關稅|惩罚性关税|附加稅|附加税|稅額|税额|出口稅|出口税|防衛稅|防卫税|保障稅|保障税)"
_CBAM = r"(?:碳(?:邊境|边境)(?:調整|调整|調節|调节)(?:機制|机制)|(?<![A-Za-z])CBAM(?![A-Za-z]))"
FAMILY = Family(
    type="tariff",
    zh=rx(
        rf"(?:加徵|加征|加收|課徵|课征|課以|课以|徵收|征收|開徵|开征|續課|续课|續徵|续征|改課|改课|改徵|改征|延長課徵|延长征收|停止執行|停止执行|調升|调升|上調|上调|調高|调高|提高|下調|下调|調降|调降|降低|恢復加徵|恢复加征|暫停加徵|暂停加征|取消加徵|取消加征|取消|排除)[^。；;]{{0,24}}?{_TAX}",
        rf"{_TAX}[^。；;]{{0,12}}(?:上調|上调|調升|调升|調高|调高|提高|下調|下调|折半|加倍|翻倍|倍增|調降|调降|(?:暫停|暂停|暫緩|暂缓)(?:\d+\s*(?:天|日|個月|个月))?(?:實施|实施|生效))",
        # a duty set at a rate: "美方則將對日本商品的「對等關稅」訂為15%"
        rf"(?:關稅|关税)[」”]?(?:則|则|將|将|一律)?(?:訂|定|订|調整|调整|設定|设定)(?:為|为)\s*{_PCT}",
        # a duty cut or raised from one rate to another: "进口关税由35%降至15%", "監管關稅由30%降至15%"
        rf"{_TAX}(?:[^。；;，]{{0,6}}?|(?:已|將|将|亦|也)?(?:自|從|从|於|于)[^。；;，]{{1,14}}?(?:起|開始|开始)?)由\s*{_PCT}[^。；;，]{{0,6}}?(?:減至|减至|減為|减为|削減至|削减至|降至|降低至|降低到|調降至|调降至|下調至|下调至|提高至|提高到|升至|上調至|上调至|調升至|调升至|降為|降为|調降為|调降为|下調為|下调为|提高為|提高为|調升為|调升为|上調為|上调为)\s*{_PCT}",
        # a duty cut to nothing: "进口暂定税率由1%降至零"
        rf"{_TAX}[^。；;，]{{0,6}}?由\s*{_PCT}[^。；;，]{{0,6}}?(?:降至|降為|降为|調降至|调降至|下調至|下调至)零",
        # "美國對台灣的對等關稅，昨（7）日起正式上路，暫定稅率20%": a duty starting, with its rate
        rf"{_TAX}[^。；;]{{0,12}}(?:正式)?上路|(?:暫定|暂定)(?:稅率|税率)\s*{_PCT}",
        # retaliatory duties and their remission: "對美反制關稅清單中之航空器零件退稅（remission）措施延長至…"
        r"反制(?:關稅|关税)|(?:關稅|关税)?(?:退稅|退税|減免|减免)[^。；;，]{0,16}?(?:措施|安排)?(?:延長|延长|展延)",
        # provisional duties as cash deposits: "进口经营者…应依据本初裁所确定的各公司的保证金比率向…海关提供相应的保证金"
        r"(?:應|应|須|须|需)[^。；;]{0,40}?(?:提供|繳納|缴纳|交納|交纳|繳交|缴交)[^。；;，]{0,10}?(?:保證金|保证金)",
        # a levy on imported cars by another name: "俄罗斯报废税平均上调70%—85%"
        r"(?:報廢稅|报废税|報廢費|报废费)",
        # a carbon levy at the border: "欧盟碳边境调节机制（CBAM）…进入正式实施阶段", "英版CBAM将于2027年1月1日起实施"
        # (a step taken on it, not a mention: "中国对欧出口CBAM覆盖产品约120亿美元" is a trade figure)
        rf"{_CBAM}[^。；;]{{0,40}}?(?:實施|实施|生效|啟動|启动|收費|收费|開徵|开征|徵收|征收|擴大|扩大|延伸|豁免|簡化|简化)|"
        rf"(?:通過|通过|提出|推出|啟動|启动|擴大|扩大|簡化|简化)[^。；;，]{{0,20}}?{_CBAM}",
        # duty-free treatment of small parcels ended ("取消对…800美元以下包裹的免税待遇", "暂停小额包裹免税政策")
        r"(?:免稅|免税)(?:額度|额度|門檻|门槛|額|额)[^。；;，]{0,24}?(?:降|調降|调降|下調|下调|提高|調高|调高|上調|上调)|"
        r"(?:取消|暫停|暂停|終止|终止|停止|結束|结束)[^。；;，]{0,24}?(?:免稅|免税)(?:待遇|政策|門檻|门槛|額度|额度)|(?:小額|小额)(?:包裹|郵包|邮包)[^。；;，]{0,12}?(?:關稅|关税|免稅|免税)",
        # (a bare "第14轮制裁" is a sanctions package: "欧盟通过对俄第14轮制裁")
        r"(?:貿易|贸易)(?:制裁|反制)|(?<!非關稅)(?<!非关税)反制措施|(?:首|第\s*\d+\s*)(?:輪|轮)(?:(?:貿易|贸易)(?:制裁|反制)|反制)",
        # a levy paused ("暫停對美國商品加徵關稅"; not "暫緩90天實施，暫緩期間改適用10%基本關稅": the pause in its own clause)
        rf"(?:暫停|暂停|暫緩|暂缓)(?!期間|期间|期內|期内)[^。；;，]{{0,24}}?{_TAX}",
        # duty-free treatment granted: "对同中国建交的所有最不发达国家100%税目产品实施零关税待遇"
        r"(?:實施|实施|給予|给予|提供)[^。；;，]{0,30}?零(?:關稅|关税)|降(?:為|为|至)零(?:關稅|关税)",
        # interim rates below the MFN rate applied or ended: "对935项商品…实施低于最惠国税率的进口暂定税率", "对…12项商品不再实施进口暂定税率"
        r"(?:實施|实施|適用|适用)[^。；;，]{0,20}?(?:進口|进口|出口)?(?:暫定稅率|暂定税率)",
        # pact or preference rates applied: "自2026年1月1日起，我国对原产于24个国家或地区的部分进口货物继续实施协定税率"
        r"(?<!申請)(?<!申请)(?:實施|实施|適用|适用)(?:的)?(?:協定稅率|协定税率|特惠稅率|特惠税率)",
        # retaliation a WTO ruling allows: "世贸组织授权中方对美实施每年约35.8亿美元的贸易报复", "中方可对美方每年实施6.45亿美元的贸易报复"
        r"(?:實施|实施|採取|采取)[^。；;，]{0,24}?(?:貿易|贸易)(?:報復|报复)",
        # a duty to pay: "被認定為轉運的貨物自8月7日起須額外繳付40%關稅"
        rf"(?:須|须|需|應|应)(?:額外|额外|另行)?(?:繳付|缴付|繳納|缴纳|支付)[^。；;，]{{0,6}}?{_PCT}[^。；;，]{{0,6}}?(?:關稅|关税)",
        # "可按15%关税进口整车": imports let in at a reduced rate
        rf"(?:按|以)\s*{_PCT}\s*(?:的)?(?:優惠|优惠|最惠國|最惠国)?(?:(?:關稅|关税)(?:稅率|税率)?|稅率|税率)(?:進口|进口|征税|徵稅|课税|課稅)",
        # China's anti-discrimination measures (duties under the Foreign Trade Law): "对加拿大部分农水产品采取了反歧视措施"
        # (the investigation before them is another trade measure: "对…措施发起反歧视调查")
        r"(?:反歧視|反歧视)措施",
        # a duty waived for some importers ("对…持有投资激励证书的企业进口的车辆免征上述额外关税")
        rf"(?:免徵|免征)[^。；;，]{{0,16}}?{_TAX}",
        # goods left out of a levy ("將智慧型手機及藥品排除在加徵範圍之外") and a rate raised or cut to a level
        r"排除(?:在|於|于)(?:加徵|加征|課徵|课征|課稅|课税|關稅|关税)(?:範圍|范围)",
        rf"(?<!綜合)(?<!综合)(?:稅率|税率)[^。；;，]{{0,16}}?(?:升至|提高至|提高到|調升至|调升至|上調至|上调至|降至|調降至|调降至|下調至|下调至)\s*{_PCT}",
        # goods exempted from a duty: "半導體…等品項豁免於對等關稅之外"
        rf"豁免(?:於|于)?[^。；;，]{{0,40}}?{_TAX}|(?:不適用|不适用)[^。；;，]{{0,8}}?{_TAX}",
        # a rate applied instead ("暫緩期間改適用10%基本關稅")
        rf"(?:改(?:為|为)?|僅|仅|只|一律|則|则)?(?:適用|适用)\s*{_PCT}[^。；;，]{{0,8}}?{_TAX}|改(?:為|为)?(?:按|課徵|课征|徵收|征收)\s*{_PCT}[^。；;，]{{0,8}}?{_TAX}",
        # a levy or a rate stated as a bare percentage ("一律課徵31.6%", "適用稅率為14.2%", "稅率則訂為25%")
        rf"(?:加徵|加征|課徵|课征|徵收|征收)\s*(?:約|约|高達|高达|達|达)?\s*{_PCT}",
        rf"(?<!綜合)(?<!综合)(?:稅率|税率)(?:則|则|將|将|一律)?(?:暫|暂)?(?:訂|定|訂定|订定|調整|调整|提高|調升|调升|降|調降|调降)?(?:為|为)\s*{_PCT}",
        # tariff concessions withdrawn (ECFA): "中止…關稅減讓", "擴大中止關稅減讓之產品範圍"
        r"(?:中止|暫停|暂停|取消|終止|终止|停止適用|停止适用)[^。；;，]{0,8}(?:關稅減讓|关税减让|關稅優惠|关税优惠|優惠稅率|优惠税率)",
        # trade preferences withdrawn or restored: "撤銷柬埔寨EBA貿易優惠", "终止…三国的AGOA受惠资格", "恢復印度普惠制待遇"
        r"(?:撤銷|撤销|取消|終止|终止|暫停|暂停|恢復|恢复)[^。；;]{0,60}?(?:普惠制|(?<![A-Za-z])(?:GSP|AGOA|EBA)(?![A-Za-z])|(?:貿易|贸易)(?:優惠|优惠)|受惠(?:資格|资格))",
        r"(?:加徵|加征|徵|征)(?:稅|税)\s*\d+(?:\.\d+)?\s*[%％]|(?:加徵|加征|徵收|征收)[^。；;，]{0,20}?(?:稅|税)\s*\d+(?:\.\d+)?\s*[%％]",
        # the levy's object said before ("…課徵臨時反傾銷稅一案，…決定暫緩課徵")
        r"(?:暫緩|暂缓|暫停|暂停|停止|恢復|恢复|延後|延后|延續|延续|繼續|继续)(?:課徵|课征|加徵|加征|徵收|征收)(?![^。；;]{0,24}(?:稅|税))",
        r"反補貼稅|反补贴税|反傾銷稅|反倾销税|報復性關稅|报复性关税|排除清單|排除清单|排除程序|排除工作|(?:關稅|关税)排除(?:期限)?",
        # exclusions granted, restored, extended or ended: "USTR宣布恢复352项排除", "将上述352项排除延长9个月", "暫時豁免歐盟…等7個經濟體"
        r"(?:恢復|恢复|延長|延长|撤銷|撤销|取消|給予|给予|批准|核准|終止|终止)[^。；;，]{0,12}?(?:\d+\s*(?:項|项)\s*)?排除(?!在|於|于|外)|排除(?:延長|延长|期限延長|期限延长)",
        r"(?:暫時|暂时)?豁免[^。；;，]{0,40}?(?:經濟體|经济体|國家|国家)",
        # a Section 232 (national security) or safeguard investigation weighs a duty, like an anti-dumping one
        r"(?<!\d)(?:232|201)(?!\d)\s*(?:條款|条款|條|条)?[^。；;，]{0,24}?(?:調查|调查)|(?:國安|国安|國家安全|国家安全)(?:調查|调查)",
        r"(?:進口救濟|进口救济|防衛措施|防卫措施|保障措施|反規避|反规避|防衛|防卫|保障)[^。；;，]{0,8}?(?:調查|调查)",
        r"價格承諾|价格承诺|落日複查|落日复查|期終複審|期终复审|日落複審|日落复审",
        r"(?:反傾銷|反倾销|反補貼|反补贴|防衛|防卫)案[^。；;，]{0,6}?(?:調查|调查)",
        r"(?:進口|进口|關稅|关税)配額|特別防衛措施|特别防卫措施|(?:反傾銷|反倾销|反補貼|反补贴|保障)措施|(?:反傾銷|反倾销|反補貼|反补贴)(?:和|及|與|与|、)?(?:反補貼|反补贴)?(?:立案)?(?:調查|调查)",
        # "作出反倾销和反补贴终裁": a determination sets the duty; "雙反" (both) is the trade's word for the pair
        r"(?:反傾銷|反倾销|反補貼|反补贴)(?:和|及|與|与|、)?(?:反補貼|反补贴)?(?:終裁|终裁|初裁)",
        # "作出反傾銷及平衡稅終判" (平衡稅: Taiwan's word for countervailing duties)
        r"(?:反傾銷|反倾销|反補貼|反补贴|平衡稅|平衡税)(?:稅|税)?(?:和|及|與|与|、)?(?:反補貼|反补贴|平衡稅|平衡税)?(?:稅|税)?(?:終判|终判|初判)",
        r"(?:雙反|双反)(?:稅|税|關稅|关税)?(?:終判|终判|終裁|终裁|初判|初裁|調查|调查|措施|案)",
        # "進行產業損害調查，並函請財政部進行傾銷調查": the two halves of an anti-dumping investigation
        r"(?:產業損害|产业损害|(?<![反])傾銷|(?<![反])倾销)(?:調查|调查)",
    ),
    en=re.compile(r"\b(?:face(?:s|d)? (?:a |an )?(?:\d+(?:\.\d+)?\s*(?:%|percent) )?(?:tariff|duty|surtax)|additional (?:ad valorem )?(?:dut(?:y|ies)|tariffs?)|tariffs?(?! (?-i:Act|Schedule|Classification|Code|Commission)\b)|(?<!functions and )(?<!functions and the )duties|duty rates?|levies|surtax(?:es)?|surcharges?|"
                  r"(?:import|customs|export|anti-?dumping|countervailing|retaliatory|punitive|safeguard|provisional) duty|Section (?:232|301|201) dut(?:y|ies)|dut(?:y|ies) of \d|export tax(?:es)?(?!\s+(?:law|act|code)\b)|"
                  # trade preferences withdrawn: "terminated Ethiopia's eligibility for trade preferences under AGOA"
                  r"(?:terminat|suspend|revok|end|withdr[ae]w|lost|los(?:es|ing))\w* [^.;]{0,40}?eligibility for (?:[\w-]+ ){0,2}?(?:trade preferences|duty-free|benefits)|GSP (?:benefits|eligibility|status|designation)|(?:designation|status) as a (?:GSP )?beneficiary|(?:terminat|suspend|revok|withdr[ae]w|end)\w* [^.;]{0,60}?(?:\bGSP\b|\bAGOA\b|Everything But Arms|\bEBA\b|trade preferences)|\bAGOA\b[^.;]{0,40}?\blapsed\b|ending duty-free access|(?:anti-?dumping|countervailing)(?: duty)? deposits?|"
                  r"(?:duty|levy) on|\d+(?:\.\d+)?\s*(?:percent|per cent|%)\s+(?:[\w-]+\s+){0,2}?(?:duty|levy|rate on)|"
                  r"(?:\d[\d,]*|[a-z-]+) (?:product |tariff )?exclusions? (?:were |was |had been |have been |has been |will be )?"
                  r"(?:extended|granted|renewed|reinstated|approved)|(?:extend|grant|renew|reinstat)\w* (?:the )?(?:\d[\d,]* )?"
                  r"(?:product |tariff )?exclusions|de minimis|(?:post|pay|lodg)\w* (?:cash |security )?deposits? of|(?:cash|security) deposits? (?:of|at)(?! (?:these|those|the same|such|the) rates)|(?:sold|dumped) [^.;]{0,60}?at less than fair value|"
                  r"(?:anti-?dumping|anti-?subsidy|countervailing)(?: duty)?(?: \((?:AD|CVD)\))?(?: and (?:anti-?dumping|anti-?subsidy|countervailing)(?: duty)?(?: \((?:AD|CVD)\))?)? (?:investigations?|proceedings?)|"
                  r"(?-i:AD|CVD|AD/CVD|LTFV) (?:investigations?|orders?|duties|determinations?)|(?:anti-?)?circumvention (?:inquir(?:y|ies)|investigations?|determinations?)|less[- ]than[- ]fair[- ]value (?:investigations?|determinations?)|remission (?:of|for) |"
                  # "issues a preliminary anti-dumping determination of 93.5% on …"
                  r"(?:anti-?dumping|anti-?subsidy|countervailing)(?: duty)? (?:determination|margin)s? (?:of|at)\b|"
                  r"safeguard (?:measures?|duties|investigations?|quotas?)|(?:continu|extend|impos|revok|terminat|renew)\w* (?:the )?(?:anti-?dumping|countervailing) measures\b|"
                  # "We initiated an investigation on 12 February into aluminium zinc coated steel exported from India and Vietnam"
                  r"initiat\w* (?:an |a )?(?:anti-?dumping |countervailing |safeguard )?investigation\b[^.;]{0,40}?\binto [^.;]{0,60}?\b(?:exported|imported) from\b|(?:open|launch|initiat)\w* (?:an |a )?investigation into (?:[\w-]+ ){0,3}?imports of|(?:investigation|probe) into (?:alleged )?(?:dumping|subsidi[sz]ation|import surges?)|(?:definitive|provisional|global) safeguards?|(?:provisional |definitive )?TRQs?\b|"
                  r"(?:grant|withdr[ae]w|revok|reinstat|restor|extend)\w* (?:an? |the |that |this )?(?:[\w-]+ ){0,2}?exclusions?\b|"
                  # "raises the anti-dumping rate on Canadian softwood lumber to 20.56%", "completes its fifth administrative review of …"
                  r"(?:anti-?dumping|countervailing|(?:combined )?(?-i:AD/CVD|AD|CVD)) (?:duty )?rates?|(?:administrative|sunset|expiry|interim) reviews? of\b|"
                  r"(?:recycling|utili[sz]ation|scrappage) (?:fee|levy|tax)s?|(?:extend|propos|adopt|introduc|launch|implement|expand)\w* [^.;]{0,40}?(?:carbon border (?:adjustment|levy|tax)|(?-i:CBAM))|(?:carbon border (?:adjustment|levy|tax)|(?-i:CBAM))\b[^.;]{0,60}?\b(?:enter(?:s|ed)? (?:its|the|into)|appl(?:y|ies|ied)|adopted|exten(?:d|ds|ded|sion)|exempt\w*|charg\w+|start\w*|phase)|safeguard (?:measures?|duties)|(?:exempt(?:ed|s|ing)?|exemptions?) from (?:the |these |those |such )?(?:additional )?(?:dut(?:y|ies)|tariffs?)|exempt(?:ed|s|ing)? (?:[\w-]+ ){1,6}?from (?:the )?(?:basic |additional )?(?:customs )?(?:dut(?:y|ies)|tariffs?)|(?:trade )?preference programs? (?:[\w/() -]+ )?(?:expired|lapsed)|(?:import|tariff-rate) quotas?|Section (?:232|201) (?:[\w-]+ ){0,3}?investigations?|investigations? under [Ss]ection (?:232|201)\b|"
                  r"(?:counter-?measures|retaliation) on [^;]{0,60}?(?:goods|products|imports))\b", re.I),
    count_units=("項", "项", "種", "种", "類", "类", "items", "lines", "products", "tariff lines", "HTS", "product exclusions", "exclusions"),
    keeps_rate=True,
    # duties as a firm's motive or risk, no measure: "to … reduce exposure to tariffs on China-made products", "changes in
    # U.S. tariff policy", "outside the tariff crossfire"
    blockers=re.compile(r"\b(?:(?:reduc|limit|lower|minimi[sz]|cut)\w* (?:its |their |the |our )?(?:exposure to|impact of|effects? of|risks? of|burden of|costs? of)|"
                        r"(?:avoid|mitigat|offset|cushion|hedg|escap|sidestep)\w*(?: (?:its |their |the |our )?(?:exposure to|impact of|effects? of|risks? of|burden of|costs? of))?)"
                        r"\s+(?:its |their |the |our )?(?:U\.S\. |US |American |Chinese |higher |new )?(?:tariffs?|duties)(?: on [^.;]{0,40}?(?=[,.;]|$))?|\btariff (?:crossfire|uncertainty|risks?|exposure|headwinds?|turmoil)\b|"
                        r"\b(?:changes? in|uncertainty (?:over|about|around)|risks? (?:from|of)) (?:the )?(?:U\.S\. |US |global )?(?:tariff|trade) polic(?:y|ies)\b|"
                        # a notice's pointer to its history: "For a complete description of the events that followed the initiation …"
                        r"\bfor a (?:complete |full |detailed )?(?:description|discussion|list) of [^.;]*", re.I),
    instruments=(
        (re.compile(r"(?:反傾銷|反倾销|反補貼|反补贴|雙反|双反|進口救濟|进口救济|防衛措施|防卫措施|保障措施|反規避|反规避)[^。；;]{0,8}(?:調查|调查)(?!終裁|终裁|結果|结果|裁定)|(?:產業損害|产业损害)(?:調查|调查)|(?:anti-?dumping|anti-?subsidy|countervailing)[^.;]{0,40}(?:investigation|proceeding)|(?-i:AD|CVD) investigation|sunset review|"
                    r"investigation into (?:[\w-]+ ){0,3}?imports of|(?:investigation|probe) into (?:alleged )?(?:dumping|subsidi[sz]ation|import surges?)|"
                    r"investigation\b[^.;]{0,40}?\binto [^.;]{0,60}?\b(?:exported|imported) from\b|"
                    r"(?:期終複審|期终复审|日落複審|日落复审|落日複查|落日复查)(?![^。；;]{0,30}?(?:繼續|继续|延長|延长|維持|维持)(?:課徵|征收|課稅|课税|實施|实施))", re.I),
         "anti-dumping investigation"),
        (re.compile(r"價格承諾|价格承诺|price undertakings?", re.I), "price undertaking"),
        (re.compile(r"(?:232|201)\s*(?:條款|条款)?[^。；;，]{0,16}?(?:調查|调查)|(?:國安|国安|國家安全|国家安全)(?:調查|调查)|Section (?:232|201)[^.;]{0,40}investigation", re.I),
         "Section 232 investigation"),
        (re.compile(r"301"), "Section 301 tariff"),
        (re.compile(r"232"), "Section 232 tariff"),
        (re.compile(r"反補貼|反补贴|countervailing|anti-?subsidy", re.I), "countervailing duty"),
        (re.compile(r"反傾銷|反倾销|anti-?dumping", re.I), "anti-dumping duty"),
        (re.compile(r"排除|豁免|不適用|不适用|exclusion|remission|exempt(?:ed|s|ing|ions?)? from", re.I), "tariff exclusion"),
        (re.compile(r"反制|報復|报复|retaliat", re.I), "retaliatory tariff"),
    ),
    # an exclusion granted lifts the tariff for its term; an investigation weighs a duty
    instrument_status=(("tariff exclusion", "suspended"), ("anti-dumping investigation", "considering"), ("price undertaking", "suspended"),
                       ("Section 232 investigation", "considering")),
    implied_actor=((re.compile(r"USTR|301|232|Proclamation \d{4,5}\b|(?<![A-Za-z])(?:GSP|AGOA)(?![A-Za-z])"), "United States"),
                   (re.compile(r"稅則委員會|税则委员会"), "China"), (re.compile(r"(?<![A-Za-z])EBA(?![A-Za-z])|Everything But Arms"), "European Union")),
)
