"""Investment restrictions: CFIUS blocks, FIRRMA screening, forced delistings."""
from __future__ import annotations

import re

from .family import Family, rx

# Taiwan's investment screening body, by its names old and new (投審會, 投資審議司, 投資審議委員會)
SCREENER = r"(?:投審會|投审会|投審司|投审司|投資審議司|投资审议司|投資審議委員會|投资审议委员会)"
_DEAL = r"(?:併購|并购|收購|收购|投資案|投资案|交易|入股|增持[^。；;，]{0,20}?(?:股份|股權|股权))"
FAMILY = Family(
    type="investment_restriction",
    zh=rx(
        # (not "禁止社交媒体平台直接进行商品交易": trade in goods on a platform, no deal; nor "禁止境內組織及個人與其進行交易": a
        # countermeasure's ban on dealings with the listed party, a sanction)
        rf"(?:否決|否决|阻止|阻擋|阻挡|禁止|叫停|駁回|驳回)(?![^。；;]{{0,30}}?(?:平台|平臺|商品交易|貨物交易|货物交易|(?:與|与)(?:其|之|該|该|上述)[^。；;，]{{0,12}}?(?:進行|进行)?(?:交易|合作)|(?:物項|物项)的?交易))[^。；;]{{0,40}}{_DEAL}",
        rf"{_DEAL}[^。；;]{{0,12}}(?:遭|被)(?:否決|否决|阻止|阻擋|阻挡|叫停)",
        r"外國投資風險審查|外国投资风险审查|FIRRMA|投資審查|投资审查|(?<!網絡)(?<!网络)(?<!網路)(?<!数据)(?<!數據)安全審查|(?<!網絡)(?<!网络)(?<!網路)(?<!数据)(?<!數據)安全审查|審查權限|审查权限",
        r"退市|下市|投資限制|投资限制|禁止[^。；;]{0,12}投資|禁止[^。；;]{0,12}投资",
        r"(?:限縮|限缩|收緊|收紧)[^。；;]{0,6}(?:陸資|陆资|外資|外资|中資|中资)[^。；;]{0,4}(?:投資|投资)",
        r"(?:投資|投资)(?:案|申請|申请)[^。；;]{0,30}?(?:遭|被)[^。；;]{0,8}?(?:否准|駁回|驳回|否決|否决|不予核准)",
        r"(?:否准|駁回|驳回|不予核准)[^。；;]{0,60}?(?:申請|申请|投資案|投资案|併購案|并购案)",
        # a fine on an unapproved investment, rules of review being tightened
        r"(?:陸資|陆资|中資|中资|外資|外资)[^。；;]{0,30}?(?:處|处)(?:以)?[^。；;，]{0,16}?(?:罰鍰|罚款)",
        r"(?:赴陸|赴陆|赴大陸|赴大陆|赴中國大陸|赴中国大陆|赴中國|赴中国)(?:投資|投资)[^。；;]{0,40}?(?:開罰|开罚|罰鍰|罚款|處罰|处罚)",
        # foreign investors made to report their beneficial owners
        r"(?:實質受益人|实质受益人)",
        # a forced divestment: "要求…在120天内剥离其于2023年收购的…公司"
        r"(?:剝離|剥离|出售)[^。；;]{0,30}?(?:收購|收购|併購|并购)(?:的|之)?|(?:要求|命令|勒令)[^。；;，]{0,20}?(?:剝離|剥离|出售)[^。；;，]{0,20}?(?:業務|业务|股份|股權|股权|資產|资产)|(?:剝離|剥离)[^。；;]{0,30}?(?:購置|购置|持有)(?:的|之)?(?:土地|股份|股權|股权)",
        r"(?:投資|投资)[^。；;，]{0,8}(?:審查|审查)(?:規定|规定|機制|机制|辦法|办法|規範|规范)",
        # the EU's foreign-subsidy review of an acquisition
        r"(?:外國補貼條例|外国补贴条例|FSR)[^。；;]{0,60}?(?:收購|收购|併購|并购|交易)",
        # the rules of cross-strait investment amended: "預告修正「大陸地區人民來臺投資許可辦法」"
        r"(?:來臺|来台|赴陸|赴陆|大陸地區從事|大陆地区从事|赴大陸|赴大陆|赴中國大陸|赴中国大陆)(?:投資|投资)[^。；;，」》]{0,8}?(?:許可辦法|许可办法|審查原則|审查原则|審查規定|审查规定|審查辦法|审查办法|業別項目|业别项目)",
        # the negative list shortened ("正在研究进一步缩减自贸试验区负面清单"): restrictions lifted
        r"(?:縮減|缩减|壓減|压减|刪減|删减|縮短|缩短)[^。；;]{0,16}?(?:負面清單|负面清单)|(?:負面清單|负面清单)[^。；;]{0,30}?(?:縮減|缩减|壓減|压减|刪減|删减)",
        r"(?:駁回|驳回|否准|不予核准)[^。；;]{0,12}(?:投資|投资)(?:申請|申请|案)|(?:投資|投资)[^。；;]{0,20}(?:處以|处以)[^。；;]{0,16}(?:罰鍰|罚款)",
        # the screening body's decisions: "投審司決議對宏晟科技處新臺幣1,500萬元罰鍰", "決議不予許可", "附帶條件核准"
        SCREENER + r"[^。；;]{0,40}?(?:罰鍰|罚款|不予許可|不予许可|否准|駁回|驳回|撤回|撤銷|撤销|附帶條件|附带条件)",
        r"(?:命|責令|责令|要求|勒令)[^。；;，]{0,20}?(?:撤回|撤出)[^。；;，]{0,10}?(?:投資|投资)|(?:責令|责令)[^。；;，]{0,30}?(?:剝離|剥离)[^。；;，]{0,24}?(?:股份|股權|股权|資產|资产)",
        r"(?:附帶條件|附带条件|附條件|附条件)(?:核准|批准)|黃金權力|黄金权力",
        # an order under the UK's National Security and Investment Act: "依《國家安全及投資法》…發出最終命令"
        r"(?:國家安全及投資法|國家安全與投資法|国家安全与投资法|国家安全和投资法)[》」]?[^。；;]{0,60}?(?:命令|禁止|批准|核准|介入)",
        # an order under an investment law: "依据《加拿大投资法》作出决定，要求海康威视加拿大公司停止…业务"
        r"(?:依據|依据|根據|根据)《[^》]{0,20}?(?:投資法|投资法)》[^。；;]{0,40}?(?:要求|命令|責令|责令|禁止|決定|决定)",
        # an outbound investment approved or filed: "已於114年3月21日經投資審議司核准", "完成国家发展改革委境外投资项目备案"
        r"(?<![須须需待應应報报])(?:經|经|業經|业经|獲|获)(?![過过濟济])[^。；;，]{0,24}?" + SCREENER + r"[^。；;，]{0,16}?(?:核准|許可|许可)",
        # the screening body as the subject: "經濟部投資審議司核准台積電對亞利桑那子公司增資75億美元", "投審司也核准…"
        # (not one still to be sought, "尚須報經濟部投資審議司核准", nor a statistic, "投審會核准僑外投資金額約99億美元")
        r"(?<![經经須须需待應应報报向])(?<!報經濟部)(?<!报经济部)(?<!向經濟部)(?<!向经济部)(?<!經經濟部)"
        + SCREENER + r"(?:已|也|亦|同時|同时|另|並|并)?(?:於|于)?[^。；;，]{0,12}?"
        r"(?<!申請)(?<!申请)(?:核准|否准|駁回|驳回)(?!在案)(?![^。；;，]{0,14}?(?:金額|金额|件數|件数|總額|总额))",
        # a screening meeting's approvals counted: "召開…委員會議，核准6件赴中東、非洲及中亞的對外投資案"
        r"(?:核准|批准|否准|駁回|驳回)\s*\d+\s*(?:件|項|项)[^。；;，]{0,30}?(?:投資案|投资案|投資申請|投资申请|併購案|并购案)",
        # an item of a screening body's list of approvals, its subject given above: "- 113年2月：核准華擎電路增資泰國子公司2.5億美元"
        r"(?<=[：:])\s*(?:核准|批准)(?=[^。；;，]{0,30}?(?:增資|增资|赴|投資|投资|設立|设立))",
        # investment applications approved or let through: "已于9月批准了7项涉及中国投资者的电子元器件投资申请", "成立合资公司的申请亦获印度政府放行"
        r"(?:批准|核准|放行)(?:了)?[^。；;，]{0,40}?(?:投資|投资)(?:申請|申请)|(?:合資|合资|投資|投资|收購|收购|入股)[^。；;]{0,30}?(?:申請|申请)[^。；;，]{0,6}?(?:獲|获)[^。；;，]{0,10}?(?:放行|批准|核准)",
        # the US outbound investment rules: "美國財政部「對外投資安全計畫」最終規則已於2025年1月2日生效"
        r"(?:對外投資安全計畫|对外投资安全计划|對外投資規則|对外投资规则|對外投資審查|对外投资审查)",
        r"(?:已|業已|业已)[^。；;，]{0,12}?(?:完成|取得|獲得|获得)[^。；;，]{0,24}?(?:境外投資|境外投资|對外投資|对外投资)(?:項目|项目)?(?:核准|備案|备案|(?:證書|证书))",
        # the screening body named before: "向經濟部投資審議司申請核准，業經該司於113年12月核准在案"
        r"(?:投審|投审|投資審議|投资审议)[^。；]{0,60}?(?:業經|业经|經|经)(?:該|该)(?:司|會|会)[^。；;，]{0,16}?(?:核准|許可|许可)",
        # India's Press Note 3 approvals: "依据“第3号新闻公告”（Press Note 3），批准…合资建设覆铜板工厂的外资申请"
        r"(?:Press Note 3|第3號新聞公告|第3号新闻公告|第三號新聞公告|第三号新闻公告)[^。；]{0,80}?(?:批准|核准)|(?:批准|核准)(?:了)?[^。；;，]{0,60}?(?:外資|外资)(?:申請|申请)",
        r"(?:持股|入股|股份)[^。；;，]{0,30}?(?:上限(?:為|为|定為|定为|設為|设为)|壓低至|压低至|限制在|限制于|限制於)|(?:允許|允许)[^。；;，]{0,30}?(?:收購|收购|入股)[^。；;，]{0,20}?\d+(?:\.\d+)?%的?(?:股份|股權|股权)",
        r"(?:事前申報|事前申报|事先申報|事先申报)[^。；;，]{0,30}?(?:門檻|门槛)|(?:外資|外资|外國投資|外国投资|外國直接投資|外国直接投资)[^。；;，]{0,4}?(?:審查|审查)(?:機制|机制|條例|条例|制度|法)|(?:核心業種|核心业种)|(?:併購|并购|收購|收购)[^。；;，]{0,30}?(?:須|须)(?:事先)?(?:獲得|获得|取得)[^。；;，]{0,16}?(?:批准|許可|许可|核准)",
    ),
    en=re.compile(r"\b(?:CFIUS|FIRRMA|"
                  # "published the National Security Review Rules", "refused to approve a … group's proposed acquisition of 49%",
                  # "exercised its "golden power" … to attach governance conditions"
                  r"(?:publish|adopt|issu|introduc|enact|pass)\w* (?:the |its |a |new )?(?:[\w-]+ ){0,2}?(?:National Security|Foreign Investment|Investment) "
                  r"(?:Review|Screening) (?:Rules|Regulations?|Law|Act|Regime|Mechanism)\b|"
                  r"refus\w* to (?:approve|clear|authori[sz]e) [^.;]{0,80}?(?:acquisition|takeover|purchase|stake|investment|merger)\b|"
                  r"(?:exercis|invok|us)\w* (?:its |the )?[\"“]?golden (?:power|share)s?\b|"
                  # entities designated under a screening law: "designated six additional entities under the Significant
                  # Investments Review Act 2024 (SIRA)", "seven entities in the energy, water and port sectors designated"
                  r"designat\w+ (?:[\w-]+ ){0,4}?entities under (?:the )?[^.;|]{0,40}?(?:Investments? Review|Investment Screening|Foreign Investment|SIRA)|"
                  r"(?-i:SIRA)\b[^.;|]{0,60}?\bdesignat\w+|designat\w+ [^.;|]{0,60}?\b(?-i:SIRA)\b|"
                  # a screening law's decision or rule named by the law: "FEFTA recommendation to suspend …", "Prohibition order
                  # under FATA", "Revised ICA national security guidelines", "NSIA final order"
                  r"(?-i:FEFTA|FATA|ICA|NSIA)\b[^.;|]{0,40}?\b(?:orders?|recommendations?|guidelines?|expansion|review|prohibit\w*|block\w*|suspen\w*|"
                  r"condition\w*|notification|designation)|(?:orders?|recommendations?|decisions?) under (?:the )?(?-i:FEFTA|FATA|ICA|NSIA|FIRB)\b|(?:order|direct)(?:s|ed|ing)?\s+[^.;]{3,120}?\bto (?:sell|divest|unwind|dispose|withdraw (?:its|their) investment)|"
                  r"approv\w*,? (?:subject to|with) (?:[\w-]+ (?:and )?){0,4}?(?:conditions|undertakings)|"
                  r"clear(?:s|ed|ing)? (?:[A-Z][\w'’.-]*(?:-based)? ){1,5}?(?:[\w'’-]+ )?(?:acquisition|takeover|purchase|merger|bid)\b|"
                  r"clear(?:s|ed|ing)? [A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3} to (?:raise|increase|lift|acquire|buy|take)\b|(?:monetary )?screening thresholds?|"
                  r"(?:block|prohibit|barr?|halt|unwind|reject|veto)(?:s|ed|ing)?\s+(?:[\w.-]+\s+){0,2}?(?:[A-Z][\w&.-]*(?:'s|’s)\s+|the\s+|a\s+|its\s+)?(?:proposed\s+|planned\s+|hostile\s+|"
                  r"(?:[A-Z]{1,2})?\$[\d.,]+\s*(?:billion|million|bn|m)\s+|[\d.,]+\s*(?:billion|million|bn)\s+(?:[A-Z][a-z]+\s+)?(?:dollar|euro|pound|yen|yuan|franc)s?\s+)*(?:acquisition|takeover|purchase|merger|deal|transaction|bid|investment|sale)"
                  r"(?!,? (?:(?:import|transfer|sale)s?,? )*(?:or |and )?(?:import|transfer|sale)?s?\s*of (?:[\w-]+ ){0,3}?(?:oil|crude|gas|coal|goods|products|imports|petroleum|seafood|steel))|"
                  r"(?:prohibit|barr|block)\w*\s+(?:[^.;]|\.(?=[A-Za-z]|\s+[a-z])){1,60}?\bfrom (?:acquiring|purchasing|buying|investing|(?:certain |making )?investments?)|"
                  r"clear(?:s|ed|ing)? (?:the |a )?(?:proposed |planned )?(?:acquisition|takeover|purchase|merger|deal|investment|joint venture)\b|"
                  # the EU's foreign-subsidy review of a takeover: "has approved, under the Foreign Subsidies Regulation (FSR), the proposed
                  # acquisition of …", "opened an in-depth investigation into the proposed acquisition of …"
                  r"(?:Foreign Subsidies Regulation|\bFSR\b)[^.;]{0,80}?\b(?:acquisition|takeover|merger)\b|"
                  r"in-depth investigation into (?:the )?(?:proposed )?(?:acquisition|takeover|merger|transaction)\b|"
                  r"divest\w*|golden powers?|order\w* [^.;]{3,60}? to (?:cease operations|wind up)|(?:block|prohibit|bar)\w* [^.;]{1,40}? from (?:lifting|increasing|raising|acquiring|buying) (?:its |their |a )?(?:stake|shareholding|holding)|"
                  r"Executive Order 14105|Outbound Investment Security Program|"
                  r"taking control of (?:the )?(?:[\w-]+ )?(?:Chinese|foreign)-owned|delist\w*|outbound investments?|investments? in [^.;]{0,80}?countries of concern|"
                  r"screening of (?:[\w-]+ ){0,2}?(?:acquisitions|investments?|takeovers|deals|purchases)|"
                  # India's Press Note 3: "requires government approval for any foreign direct investment from …"
                  r"requir\w+ (?:prior )?(?:government |governmental )?approval for (?:any |all )?(?:foreign )?(?:direct )?investments?|"
                  r"approv\w* (?:[\w'’-]+ ){0,4}?(?:application|proposal)s? (?:[\w-]+ ){0,3}?under Press Note 3|Press Note 3 (?:approval|clearance)s?|"
                  # Taiwan's outbound approvals: "was approved by Taiwan's Department of Investment Review"
                  r"(?:approv|clear)\w* by (?:Taiwan's |the )?(?:Department of Investment Review|Investment Commission|Investment Review Department)|"
                  r"(?:Department of Investment Review|Investment Commission|Investment Review Department)\b[^.;]{0,30}?\b(?:approv|clear|reject|den(?:y|ie))\w*\b|"
                  r"(?:foreign )?(?:direct )?investments? from [^.;]{3,100}?\b(?:now )?requir\w+ (?:prior )?(?:government |governmental )?approval|"
                  # a screening law in force, a licence of technology to a foreign buyer blocked
                  r"(?:Investment|Screening) (?:Act|Law|Regulation)\b[^.;]{0,40}?\b(?:came|comes|entered|enters) (?:fully )?into force|"
                  r"block\w* [^.;]{1,60}? from (?:licensing|transferring|selling) (?:[\w-]+ ){0,2}?(?:intellectual property|technology|know-how|IP)|"
                  r"(?:investment )?screening (?:mechanisms?|regimes?|rules?))\b", re.I),
    count_units=("起", "件", "宗", "家", "transactions", "deals", "investors"),
    needs=("date", "amount", "count", "target"),
    instruments=(
        (re.compile(r"FIRRMA|外國投資風險審查|外国投资风险审查"), "FIRRMA"),
        (re.compile(r"CFIUS|外國投資委員會|外国投资委员会"), "CFIUS review"),
        (re.compile(r"退市|下市|delist", re.I), "delisting"),
    ),
    implied_actor=((re.compile(r"CFIUS|FIRRMA|外國投資委員會"), "United States"),
                   (re.compile(r"負面清單|负面清单|外商投資准入|外商投资准入"), "China")),
)
