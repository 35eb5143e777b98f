"""Sanctions: asset freezes, SDN designations, unreliable-entity lists, anti-sanctions measures."""
from __future__ import annotations

import re

from .family import Family, rx

# countermeasures taken on firms: "对韩国造船企业韩星海洋的5家美国子公司采取反制措施" (prose.py lets it outrank a tariff)
# and on persons, named after their post: "对日本前统合幕僚长岩崎茂采取反制措施"
ON_FIRMS = (r"(?:(?:企業|企业|公司|實體|实体|機構|机构|銀行|银行)[^。；;，]{0,6}?|(?:長|长|官|議員|议员|人員|人员|主席|總裁|总裁)[\u4e00-\u9fff]{2,4}|·[\u4e00-\u9fff]{1,6})"
            r"(?:採取|采取)(?:的)?反制措施")
FAMILY = Family(
    type="sanction",
    zh=rx(
        r"(?<!貿易)(?<!贸易)(?<!貿易戰)(?<!经济)(?<!經濟)(?<!規避)(?<!规避)(?<!逃避)(?<!繞過)(?<!绕过)(?<!國際)(?<!国际)(?<!配合)(?<!聯合國)(?<!联合国)(?<!安理會)(?<!安理会)(?<!安理會的)(?<!安理会的)制裁(?!─)",
        r"(?<!可以)(?<!可)凍結[^。；;]{0,20}?(?:資產|財產|動產|不動產)|(?<!可以)(?<!可)冻结[^。；;]{0,20}?(?:资产|财产|动产|不动产)|資產凍結|资产冻结|不可靠實體清單|不可靠实体清单|反外國制裁|反外国制裁|"
        r"反制(?:清單|清单|名單|名单)|交易禁令(?:名單|名单|清單|清单)|(?:影子船隊|影子船队)[」”]?(?:名單|名单|清單|清单)",
        # ships barred from ports and services, and services barred to a state's trade: "將27艘船隻列入禁止進港及禁止提供服務名單",
        # "禁止為俄羅斯液化天然氣提供轉運服務"
        r"(?:船隻|船只|船舶|油輪|油轮)[^。；;]{0,6}?列入[^。；;]{0,16}?(?:名單|名单|清單|清单)|列入禁止(?:進港|进港)",
        r"禁止(?:為|为|向)[^。；;，]{1,24}?提供[^。；;，]{0,8}?(?:轉運|转运|轉載|转载|運輸|运输|保險|保险|融資|融资|港口)服務",
        r"(?<![A-Za-z非-])SDN(?![A-Za-z])|(?:實施|实施|採取|采取|宣布|宣佈)[^。；;，]{0,10}?(?:簽證限制|签证限制)|特別指定國民|特别指定国民|入境禁令|旅行禁令|(?:實施|实施|採取|采取|予以)(?:懲戒|惩戒)",
        ON_FIRMS,
        # a party taken off OFAC's lists: "OFAC同日亦將2023年列入名單的「嘉達船務有限公司」除名"
        r"(?<![A-Za-z])OFAC(?![A-Za-z])[^。；;]{0,60}?(?:除名|移出(?:名單|名单|清單|清单)|自(?:名單|名单|清單|清单)(?:中)?(?:移除|刪除|删除))",
        # a licence that lets dealings with those designated wind down: "OFAC同時發出第112號通用許可"
        r"(?:發出|发出|發布|发布|簽發|签发|延長|延长)[^。；;，]{0,8}?第\s*\d+[A-Z]?\s*(?:號|号)(?:通用許可|通用许可)",
        # a party taken off a list: "將2024年起被列名的「金寶通航運」剔出名單"
        r"(?:剔出|剔除)(?:制裁)?(?:名單|名单|清單|清单)",
        # dealings with listed banks or firms barred: "禁止歐盟實體與兩間吉爾吉斯銀行及一間塔吉克支付機構進行任何交易"
        r"禁止[^。；;，]{0,12}?(?:實體|实体|人士|公民|個人|个人|企業|企业)[^。；;，]{0,4}?(?:與|与|同|和)[^。；;，]{1,40}?"
        r"(?:銀行|银行|支付機構|支付机构|金融機構|金融机构|公司|企業|企业|實體|实体)[^。；;，]{0,6}?(?:進行|进行)?(?:任何)?(?:交易|往來|往来)",
        # the countermeasure's ban on dealings: "禁止境內組織及個人與其進行交易、合作等活動"
        r"禁止(?:境內|境内|國內|国内|我國|我国)(?:的)?(?:組織|组织)(?:及|和|、|與|与)(?:個人|个人)(?:與|与)(?:其|之|該|该|上述)[^。；;，]{0,12}?(?:進行|进行)?(?:交易|合作)",
    ),
    en=re.compile(r"\b(?:sanction(?:s|ed|ing)?|(?:barr|bann)\w* [^.;]{1,80}? from entering\b|entry bans?|(?:oil |crude )?price cap (?:for|on)|\$[\d.]+-a-barrel price cap|"
                  # "OFAC prohibited U.S. persons from engaging in any transaction involving the Central Bank of …"
                  r"(?:re-?)?designat\w+ (?:[\w'’-]+ ){0,4}?as (?:a |an )?(?:Foreign Terrorist Organi[sz]ation|Specially Designated Global Terrorists?)|as blocked property|"
                  r"(?:is|are|was|were) designating (?=[A-Z])|"
                  r"prohibit(?:s|ed|ing)? (?:U\.S\.|US|EU|UK|American|British) (?:persons|nationals|companies|entities|citizens) from(?![^.;]{0,60}?invest|[^.;]{0,40}?covered foreign persons)|"
                  r"(?:is|are|were|was|been) (?:also )?listed\b(?! (?:below|above|here|in (?:the )?(?:table|annex|appendix)))(?! (?:on|in) (?:the )?(?:[A-Z][\w-]+ ){0,3}?(?:stock|exchange|Exchange|Nasdaq|NYSE|market|board|Board))|asset[- ]freez(?:e|es)|visa (?:restrictions?|bans?) (?:on|under)|package of restrictive measures|restrictive measures against|transaction bans?|blocked persons|Specially Designated Nationals|SDN List|"
                  r"(?:froze|frozen|freez(?:e|es|ing))(?: of)? (?:any |all )?(?:the |their |its )?(?:assets|property)|designation of (?=[A-Z])|countermeasures (?:on|against) (?:[^.;]|\.(?=\S)){0,80}?(?:subsidiaries|compan(?:y|ies)|entities|firms|units)|(?:suspend\w*|lift\w*)(?:,? for [^,.;]{1,20},)? (?:those|these|the) countermeasures|countermeasures (?:on|against) (?:[^.;]|\.(?=\S)){0,60}?\b(?:lawmakers|legislators|senators|officials|individuals|persons|people|heads|members|executives|organi[sz]ations|NGOs)\b|"
                  r"designat(?:e|es|ed|ing) (?:\d[\d,]*|[a-z-]+) (?:additional |more |new )?(?:(?:senior |government |Chinese |Russian |Iranian )?officials|individuals|entities|persons|people|companies|firms|vessels|banks)|"
                  r"(?:OFAC|Treasury(?: Department)?|State Department|Department of (?:State|the Treasury))\b[^.;]{0,40}?\bdesignat(?:e|es|ed|ing)|"
                  # "imposed a transaction ban on three banks", "extends the transaction ban to 13 additional Russian regional banks",
                  # "listed 74 additional vessels", "subject to a port access ban"
                  r"(?:impos\w+|extend\w*|introduc\w+) (?:a |the )?(?:full )?transaction bans? (?:on|to)|"
                  # "issued General License 128C, extending until June 30 the authorization …": dealings allowed for a time
                  r"(?:issu|extend|amend|renew)\w* (?:a |an |the )?(?-i:General License) (?:No\. )?\d+[A-Z]?\b|listed (?:\d[\d,]*|[a-z-]+) (?:additional |more |new )?(?:vessels|ships|tankers)|port access bans?|"
                  # a register's row: "| Jan. 26, 2023 | U.S. Treasury (OFAC) | Designated Changsha Tianyi … |"
                  r"(?-i:(?:^|\|\s*)Designated(?= (?:[A-Z]|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b))))\b", re.I),
    count_units=("家", "間", "间", "名", "人", "個", "个", "艘", "entities", "persons", "individuals", "officials", "companies", "firms", "banks", "vessels", "tankers"),
    needs=("date", "count", "target"),
    # what sanctions mean to a bank's business, no measure: "Russia's sanctions evasion", "on behalf of sanctioned Russian banks"
    blockers=re.compile(r"\b(?:sanctions[- ](?:evasion|evaders?|busting|circumvention|compliance|screening|risks?|exposure)|"
                        # designations under an investment-screening law are screening, not sanctions
                        r"designat\w+ (?:[\w-]+ ){0,4}?entities under (?:the )?[^.;|]{0,40}?(?:Investments? Review|Investment Screening|Foreign Investment|SIRA)[^.;|]*|"
                        r"(?-i:SIRA)\b[^.;|]{0,60}?\bdesignat\w+|designat\w+ [^.;|]{0,60}?\b(?-i:SIRA)\b|"
                        r"Designated entities must now obtain approval[^.;]*|"
                        # the standing warning to those who deal with the designated: "… could be subject to sanctions"
                        r"(?:could|may|might|would) (?:themselves )?(?:be )?(?:subject to|exposed to|face|risk) (?:[\w-]+ ){0,2}?(?:sanctions?|designation)[^.;]*|"
                        r"(?:evade|evading|evaded|circumvent\w*|bust\w*|skirt\w*|dodg\w*) (?:the |western |Western |U\.S\. |US |EU )?sanctions|"
                        r"(?:on behalf of|for|with|to|involving) (?:already[- ])?sanctioned|"
                        # a press release's standing notes: the 50 percent rule, the risk to those who deal with the designated
                        r"owned,? (?:directly or indirectly,? )?(?:individually or in the aggregate,? )?50 percent or more by (?:one or more )?blocked persons|"
                        r"persons that engage in [^.;]{0,200}?expose themselves to (?:[\w-]+ ){0,2}?sanctions?|"
                        r"Designation blocks any property[^.;]{0,200}|As a result of today's action, all property and interests in property[^.;]{0,300})\b", re.I),
    instruments=(
        (re.compile(r"不可靠實體|不可靠实体|unreliable entit", re.I), "unreliable entity list"),
        (re.compile(r"反外國制裁|反外国制裁|anti-foreign sanctions", re.I), "anti-sanctions"),
        (re.compile(r"SDN|特別指定|特别指定|Specially Designated", re.I), "SDN list"),
        (re.compile(r"凍結|冻结|freez", re.I), "asset freeze"),
    ),
    implied_actor=((re.compile(r"OFAC|SDN"), "United States"), (re.compile(r"不可靠實體|不可靠实体|反外國制裁|反外国制裁"), "China")),
)
