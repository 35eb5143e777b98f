"""Export controls: entity-list and unverified-list additions, denial orders, licence requirements, item controls."""
from __future__ import annotations

import re

from .family import Family, rx

# exports stopped ("suspended exports and re-exports of rice"): the control itself, in force (prose_en.py)
EXPORTS_STOPPED = r"(?:suspend|halt|stopp)\w* (?:new )?(?:[\w-]+ ){0,4}?exports?\b"
# the EU's list of end users that dual-use and advanced goods may not be sold to (Regulation 833/2014, Annex IV): a
# listing there is an export restriction, though a sanctions package adds it
ANNEX_IV = re.compile(r"\bAnnex IV\b|附件\s*[“「\"]?\s*(?:IV|四)(?![A-Za-z0-9])")

FAMILY = Family(
    type="export_control",
    zh=rx(
        r"(?<!不可靠)(?:實體清單|实体清单|實體名單|实体名单)|(?:實體|实体)(?:管制|管理)(?:名單|名单|清單|清单)|未經核實|未经核实|黑名單|黑名单|管制清單|管制清单|白名單|白名单|白色清單|白色清单",
        # the EU's list of parties its firms may not ship dual-use goods to: "把18個實體列入附件IV「協助俄羅斯軍工」名單"
        r"(?:列入|納入|纳入|增列|加入|移出)[^。；;，]{0,6}?附件\s*[“「\"]?\s*(?:IV|四)(?![A-Za-z0-9])",
        # export caps and licences: "出口上限1,000萬噸，出口須取得許可", "列為須許可出口項目", "納入出口許可",
        # licences required no more: "取消了对华出口EDA软件和乙烷的许可要求"
        r"出口上限|(?:列為|列为|納入|纳入)[^。；;，]{0,16}?(?:須|须|需)?(?:許可|许可)(?:出口|管制)|(?:納入|纳入)(?:出口)?(?:許可|许可)(?!證|证)|"
        r"(?:取消|撤銷|撤销|恢復|恢复)[^。；;，]{0,20}?出口[^。；;，]{0,30}?(?:許可|许可)(?:要求|證|证)|(?:恢復|恢复)(?:向|对|對)[^。；;，]{0,16}?(?:發運|发运|出口|供貨|供货)|"
        r"(?<!國際)(?<!国际)出口管制|出口管理條例|出口管理条例|出口(?:的)?禁令|出口(?:實施|实施|採取|采取)[^。；;，]{0,6}?限制|禁售令|出口許可|出口许可|輸出管制|输出管制|出口審查|出口审查",
        r"(?:禁止|停止|限制|暫停|暂停)[^。；;]{0,12}(?:向|對|对|予)[^。；;]{0,24}(?:銷售|销售|出售|出口|輸出|输出|販售|贩售|供應|供应)(?!資質|资质|資格|资格)",
        r"(?:禁止|停止)(?:銷售|销售|出售|出口|輸出|输出)",
        # the BIS affiliates ("50 percent") rule, and export exemptions granted case by case
        r"(?:關聯方|关联方|附屬|附属|關聯企業|关联企业)(?:規則|规则)|50%(?:規則|规则)|出口[^。；;，]{0,8}?(?:給予|给予)[^。；;，]{0,4}?豁免",
        # listed as barred end users ("將80個俄羅斯軍事相關團體列為全面出口禁止對象"); exports that need a licence
        # ("出口…美國原產高性能人工智能芯片，須事先申領戰略貿易許可證", "对…技术的对俄出口实行许可管理")
        r"(?:列為|列为)[^。；;，]{0,12}?(?:出口)?(?:禁止|管制)(?:對象|对象)",
        r"出口[^。；;]{0,40}?(?:須|须|需)(?:事先)?(?:申領|申领|申請|申请|取得)[^。；;，]{0,12}?(?:許可|许可)",
        r"出口(?:實行|实行|實施|实施)(?:許可|许可)(?:管理|證|证|制)",
        # the export-control watch list (出口管制關注名單), entries added or taken off: "将此前列入关注名单的2家韩国企业移出"
        r"(?:關注|关注)(?:名單|名单|清單|清单)",
        # a floor price on exports: "设定洋葱最低出口价格（MEP）为每吨800美元"
        r"最低出口(?:價格|价格)|(?:臨時)?(?:拒絕令|拒绝令)|(?:临时)?拒绝令",
        # licences granted: "美国商务部批准向阿联酋G42和沙特Humain出口先进AI芯片"
        r"(?:批准|核准|許可|许可|放行)(?:了)?(?:向|對|对)[^。；;，]{1,24}?(?:出口|輸出|输出|出售|銷售|销售)",
        # a temporary control: "对部分消费级无人机实施为期两年的临时管制"
        r"(?:實施|实施)[^。；;，]{0,12}?(?:臨時|临时)(?:出口)?管制",
        # exports held at the border: "中國海關暫停放行輸日稀土"
        r"(?:暫停|暂停|停止)(?:放行|通關|通关)[^。；;，]{0,10}?(?:輸|输|出口)",
        r"(?:實體|实体)(?:管理)?(?:名單|名单)|(?:物項|物项)[^。；;，]{0,8}(?:管制|管控)|(?<!出口)(?:管制|管控)[^。；;，]{1,10}?(?:相關|相关)?(?:物項|物项)|出口限制|限制出口|出口管控|外國直接產品規則|外国直接产品规则|(?:禁止|停止|限制)[^。；;]{0,20}(?:出貨|出货|供貨|供货)(?:給|给|予|至|到)",
        r"(?<![A-Za-z])EAR(?![A-Za-z])|Entity List|End User List|封殺|封杀|人工智能扩散框架|人工智能擴散框架|人工智慧擴散|(?:人工智能|AI)(?:擴散|扩散)(?:規則|规则)|經驗證最終用戶|经验证最终用户|(?<![A-Za-z])VEU(?![A-Za-z])",
        # licence requirements lifted ("取消了对华出口…EDA软件和乙烷的许可要求"), items added to a control list ("新增國家管制項目",
        # "將量子電腦…納入「戰略性高科技貨品種類」")
        r"(?:取消|撤銷|撤销|放寬|放宽|免除)(?:了)?[^。；;，]{0,30}?(?:出口|輸出|输出)[^。；;，]{0,30}?(?:許可|许可)(?:要求|證|证)",
        r"(?:新增|增列)[^。；;，]{0,8}?(?:管制項目|管制项目|管制清單|管制清单|管制品項|管制品项)",
        r"(?:納入|纳入|列入|增列|修正)[^。；;]{0,40}?(?:戰略性高科技貨品|战略性高科技货品)(?:種類|种类|清單|清单|出口實體|出口实体)",
        # end-user checks tightened ("对石墨两用物项对美国出口，实施更严格的最终用户和最终用途审查"), licences refused in principle
        # ("原则上不予许可…两用物项对美国出口"), exports put under licensing ("对…技术的对俄出口实行许可管理"), exports to a state
        # tightened ("強化對南韓出口…等3項…材料"), a state dropped from a preferred list ("把日本從南韓的出口優惠國家名單中移除"),
        # items brought under control ("納入出口管制項目")
        r"(?:最終用戶|最终用户|最終使用者)[^。；;，]{0,10}?(?:審查|审查|核查|查核)",
        r"不予(?:許可|许可)[^。；;]{0,40}?(?:出口|輸出|输出)",
        r"(?:出口|輸出|输出)(?:實行|实行|實施|实施)(?:許可|许可)(?:證|证)?(?:管理|制)",
        r"(?:強化|强化|加強|加强|收緊|收紧)[^。；;，]{0,6}?(?:對|对)[^。；;，]{1,8}?(?:出口|輸出|输出)",
        r"(?:白名單|白名单|出口優惠國家|出口优惠国家|優惠待遇國家|优惠待遇国家|優惠國家名單|优惠国家名单)",
        r"(?:納入|纳入|列入)[^。；;]{0,40}?(?:出口管制|出口管控)(?:項目|项目|清單|清单|範圍|范围|物項|物项)",
        # a trader's export privileges suspended as a penalty: "罰鍰新台幣300萬元、停止輸出入貨品1年"
        # (not the penalty a notice provides for: "情節重大者並得停止其輸出入貨品")
        r"(?<![得可])停止(?:其)?(?:輸出入|进出口|進出口|出口)(?:貨品|货品|權利|权利|資格|资格)",
        # dual-use items barred from a state's military users ("禁止所有两用物项对日本军事用户…出口"); items put under licence
        # ("將部分夜視用影像增強管…納入須個別許可的出口項目")
        r"(?:禁止|限制)[^。；;，]{0,12}?(?:兩用物項|两用物项)[^。；;]{0,60}?(?:出口|輸出|输出)",
        r"(?:納入|纳入|列入)[^。；;]{0,80}?(?:許可|许可|管制)(?:的)?(?:出口|輸出|输出)(?:項目|项目|品項|品项|貨品|货品|物項|物项)",
        r"(?:禁止|限制|管制)[^。；;]{0,20}?(?:輸往|输往|銷往|销往|出口至|出口到)",
        r"(?:輸往|输往|出口至|出口到)[^。；;]{0,30}?(?:逐案)?(?:許可|许可)(?:制|證|证|要求|規定|规定)",
        # "輸往俄羅斯之…半導體製造設備，應向本署申請輸出許可證，始得出口"
        r"(?:申請|申请|取得)(?:輸出|输出|出口)(?:許可|许可)(?:證|证)?",
        r"管制(?:範圍|范围|清單|清单|項目|项目|品項|品项)[^。；;]{0,8}(?:擴大|扩大|擴及|扩及|新增|增列)|(?:納入|纳入|列入)(?:出口)?(?:許可|许可)?管制(?:範圍|范围|清單|清单|名單|名单|項目|项目)",
        r"最終用戶清單|最终用户清单|最終用戶名單|最终用户名单|最終使用者清單|(?:外國|外国)(?:使用者|用户|用戶)(?:名單|名单|清單|清单)",
        r"(?:實體|实体)[^。；;]{0,12}(?:自|從|从)(?:該|该)?(?:名單|名单|清單|清单)中?(?:移除|移出|刪除|删除)|(?:被|遭)(?:移出|移除|剔除)(?:該|该)?(?:名單|名单|清單|清单)",
        r"(?:將|将|把)[^。；;]{1,40}?(?:移出|移除|剔除)(?:該|该)?(?:名單|名单|清單|清单)",
        r"(?:將|将|把)[^。；;]{1,40}?(?:自|從|从)(?:該|该)?(?:名單|名单|清單|清单)中?(?:移除|移出|刪除|删除|剔除)",
        r"(?:自|從|从)(?:該|该)?(?:名單|名单|清單|清单)中?(?:移除|移出|刪除|删除|剔除)",
        # "原則上不予許可鎵、鍺…對美國出口", "對石墨兩用物項對美出口實施更嚴格的最終用戶及最終用途審查"
        r"再出口[^。；;]{0,30}?(?:取得|申請|申请|須經|须经|應經|应经)[^。；;]{0,4}(?:許可|许可)|"
        r"不予(?:許可|许可|核准)[^。；;]{0,30}?(?:出口|輸出|输出)|出口[，,]?[^。；;，]{0,4}(?:實施|实施|採取|采取)[^。；;，]{0,16}(?:審查|审查|管控)",
        # "印度尼西亚自2020年1月1日起全面禁止镍矿原矿出口": an export ban on goods named between
        r"(?:禁止|暫停|暂停|限制)(?!其)(?:(?![向對对])[^。；;，]){1,20}?(?:[（(][^）)]{1,30}[）)])?(?<![進进])(?:出口|輸出|输出)(?!許可|许可|管制|活動|活动|資質|资质|資格|资格|業務|业务|退稅|退税|企業|企业|商|國|国|市場|市场|增長|增长)",
        # the same restriction lifted in part: "並於同年4月6日解除其中24項之限制"
        r"(?:解除|取消)[^。；;，]{0,12}?(?:\d+\s*(?:項|项|種|种)(?:之|的)|出口)限制",
        # "新增工具機…等共47項貨品須經許可方能出口", "將…等12項新興科技貨品納入管制"
        r"(?:須|需|應|应)(?:經|经|事先)?[^。；;，]{0,6}?(?:許可|许可)[^。；;，]{0,4}?(?:方能|才能|始得|方可|才可)(?:出口|輸出|输出)|(?:納入|纳入)(?:出口)?管制(?!之列|範圍之外|范围之外)",
        # export quotas and approvals on commodities: "对氮肥、复合肥实施出口配额", "出口…惰性气体须经…政府批准", "一律不得出口"
        r"(?:出口|輸出|输出)(?:[^。；;，]{0,4}?(?:實施|实施))?[^。；;，]{0,4}?(?:配額|配额)|(?:武器|軍火|军火)禁(?:運|运)|(?:出口|輸出|输出)[^。；;]{0,30}?(?:須經|须经|需經|需经|應經|应经)[^。；;，]{0,20}?(?:批准|核准|許可|许可)|不得(?:出口|輸出|输出)",
    ),
    en=re.compile(r"\b(?:(?:Temporary )?Denial Orders?|TDO|"
                  # "require Strategic Trade Act permits for exports and transshipments of complete AI servers", "Permits have
                  # been required for the chips themselves"
                  r"(?:Strategic Trade (?:Act )?)?permits? (?:for|to) (?:the )?(?:exports?|re-?exports?|transshipments?)\b|Strategic Trade Act permits?|"
                  r"[Pp]ermits (?:have been|are|were|will be) required for\b|(?:tighten|strengthen|expand|step)\w* (?:up )?end-use (?:and end-user )?(?:checks|controls|verification|reviews?)|export licen[cs]ing (?:for|on|of|regime|requirements?|rules?)\b|"
                  # "exports of gallium, germanium and antimony to the United States will in principle not be permitted"
                  r"exports? of [^.;]{1,80}? (?:will |would |shall )?(?:in principle )?(?:not be (?:permitted|allowed|approved)|be (?:banned|prohibited))|white countries|Group A\b|group of export destinations|(?:reinstat|restor|return)(?:e|es|ed|ing|s)? (?:[A-Z][\w-]+ ){1,3}(?:to|on) (?:its|their) (?:own )?list|tighten(?:s|ed|ing)? (?:the )?exports?|white[- ]?list|preferential (?:trade |trading |export )?status|(?:lift|eas|relax|remov)\w* (?:the |its |those |these )(?:export )?curbs|list of (?:preferred|preferential|trusted) (?:trading partners|export destinations|destinations|countries)|export (?:controls?(?! (?:Reform )?Act\b| [Ll]aw\b)|restrictions?|bans?|curbs|rules|licen[cs](?:e|ing) requirements?)|(?:controls?|restrictions?|curbs?|bans?) on (?:the )?exports? of|restrict(?:s|ed|ing)? (?:the )?exports?|"
                  r"bann?(?:ed|s|ing)? (?:the )?exports?|(?:a |an |the |its |their )?(?:ban|embargo) on (?:the )?(?:[\w-]+,? ){0,5}?exports?|addition of (?:\d[\d,]*|[a-z-]+) (?:[A-Z][a-z]+ )?(?:entities|companies|firms) to the Entity List|export (?:ban|embargo)s?|curbs? on (?:the )?exports?|Foreign Direct Product Rule|"
                  r"restrict(?:s|ed|ing)? (?:the )?(?:shipments|sales)|" + EXPORTS_STOPPED + r"(?! (?:to|of) (?:the )?(?:US|U\.S\.|United States) (?:market|customers)| (?:duties|duty|taxes|tax|levies|tariffs?))|"
                  r"export quotas?|restrictions? on (?:[\w-]+ ){0,3}?exports\b|(?:suspend|halt|revok|cancel|freez)\w* (?:the )?(?:issuance of )?(?:new )?(?:[\w-]+ ){0,2}?export (?:authori[sz]ations|licen[cs]es|permits)\b|"
                  r"exports? (?:be |must be |to be |are to be )?channel+ed (?:solely |exclusively )?through\b|exports? (?:of [\w\s-]{1,30}?)?from the [\"“]?free[\"”]? (?:category )?to the [\"“]?restricted|end-user (?:and end-use )?(?:reviews|checks|controls)|quotas? on (?:[\w-]+ ){0,3}?exports|(?:the )?[\"“]?restricted[\"”]? category(?=[^.;]{0,60}?\bexport)|"
                  r"(?:individual |case-by-case )licen[cs](?:e|es|ing)(?: requirements?)?|(?:barr|prohibit|bann)\w* [^.;]{1,80}? from exporting|chip (?:export )?(?:rules|controls|curbs)|"
                  r"curb(?:s|ed|ing)? (?:the )?(?:shipments|exports|sales)|(?:new|further|additional|tighter) (?:export )?curbs|"
                  r"licen[cs](?:e|ing) requirements? (?:for|on|to)|(?:prohibit|bann?|halt|suspend|bar(?=s\b|red\b|ring\b))\w* (?:the |all )?exports? of|"
                  # "halted shipments of speciality fertilisers to India", "held up exports of tunnel-boring machines"
                  r"(?<!Company )(?<!company )(?:halt|stopp|block)\w* (?:all )?shipments? of|held up (?:the )?(?:exports?|shipments?) of|"
                  # "will require exporters to obtain government licences before shipping …", "… catalogue of technologies
                  # prohibited or restricted from export"
                  r"requir\w* (?:[\w-]+ ){0,2}?(?:exporters|companies|firms|shippers) to (?:obtain|seek|apply for|get) (?:[\w-]+ ){0,2}?(?:export )?licen[cs]es(?! to import| for (?:the )?imports?)|"
                  r"(?:prohibited|restricted|banned|barred)(?: or (?:prohibited|restricted))? from (?:being )?export(?:ed)?\b|authori[sz](?:ed|es|ing|e) (?:the )?exports? of|exports? (?:were |are |was |is |will be )?capped|cap(?:s|ped|ping)? (?:on )?(?:[\w-]+ )?exports|export licen[cs]es? (?:to|for)|exports? (?:of [^.;]{1,80}? )?(?:(?:made|are|is|were|was|become|becomes|became) )?subject to (?:licen[cs](?:e|es|ing)|(?:prior |export )?authori[sz]ation|prior approval|(?:a |an )?(?:export )?permit)|suspension of (?:[\w-]+ )?exports|minimum export prices?|"
                  r"exports? of [^.;]{0,40}? (?:will be|would be|is|are|were|was|has been|have been) (?:banned|prohibited|suspended|halted)|allow\w* exports? of [^.;]{0,40}? again|export prohibitions?|licen[cs]e (?:would|will) (?:now )?be required for (?:the )?exports?|licen[cs]ing (?:regime|framework|system) for|Entity List (?:restrictions|rules?)|(?:AI|artificial intelligence) diffusion (?:rule|framework)|(?:stricter|tighter|tougher|additional) end[- ]use(?:r)? (?:reviews?|checks?|verification)|Strategic Trade Permits?|need\w* export licen[cs]es|Validated End[- ]User|\bexports? (?:prohibited|banned)\b|(?:revis|updat|amend)\w* (?:its |the )?End User List|(?:add|remov|delet)\w* [^.;]{0,60}? (?:to|from) (?:its |the )?End User List|requir(?:e|es|ed|ing) (?:a |an )?(?:(?:national|individual|export|special|separate)\s+){0,2}"
                  r"(?:licen[cs]es?|permits?))\b|requir(?:e|es|ed|ing) (?:a |an )?permit for (?:the )?export", re.I),
    count_units=("家", "間", "间", "個", "个", "所", "項", "项", "種", "种", "類", "类", "entities", "persons", "companies", "types", "kinds", "items",
                 "categories", "firms", "vessels"),
    needs=("date", "count", "target"),
    instruments=(
        (re.compile(r"未經核實|未经核实|Unverified List|UVL|Red Flag", re.I), "Unverified List"),
        (re.compile(r"實體清單|实体清单|實體名單|实体名单|Entity List|黑名單|黑名单|EAR(?![A-Za-z])"), "Entity List"),
        (re.compile(r"Military End[- ]User|MEU"), "Military End-User List"),
        (re.compile(r"End User List|最終用戶清單|最终用户清单|最終用戶名單|最终用户名单|最終使用者清單|(?:外國|外国)(?:使用者|用户|用戶)(?:名單|名单|清單|清单)"), "End User List"),
        (re.compile(r"外國直接產品|外国直接产品|Foreign Direct Product", re.I), "Foreign Direct Product Rule"),
        (re.compile(r"白名單|白名单|白色清單|白色清单|Catch-All"), "white list"),
        (re.compile(r"禁售令|Denial Order|禁止[^。]{0,20}(?:銷售|销售|出售)", re.I), "denial order"),
        (re.compile(r"管控名單|管控名单|[Ee]xport [Cc]ontrol (?:[Cc]ontrol )?[Ll]ist"), "export control list"),
    ),
    implied_actor=(
        (re.compile(r"(?<![A-Za-z])EAR(?![A-Za-z])|Entity List|Unverified List|BIS|實體清單|实体清单|出口管制改革法|ECRA|產業安全局|产业安全局"), "United States"),
        (re.compile(r"經濟產業省|经济产业省|經產省|经产省|METI|白名單|白名单|(?:外國|外国)(?:使用者|用户|用戶)(?:名單|名单)"), "Japan"),
    ),
)
