"""Events stated in running text, sentence by sentence, with context carried between sentences.

A sentence is cut into *segments* at dates that open a clause ("2018 年 8 月 23 日，…"), so a sentence
listing several dated measures yields several events. In each segment every family's trigger lexicon
is tried; a hit becomes an event when the segment also states what the family needs (a date, an amount,
a count...). Missing arguments come from context: the year and date of earlier sentences, the last actor
and its counterpart (a retaliation targets whoever acted before), and an earlier round ("前述第 3 輪").
English sentences are read by prose_en.py.
"""
from __future__ import annotations

import datetime
import hashlib
import re
from dataclasses import dataclass, field, replace
from types import SimpleNamespace

from ..clean import is_heading
from ..normalize.names import find_names, name_country
from ..types import Event
from . import agreements, export_controls, investment, other, relocation, sanctions, tariffs
from .arguments import (Found, parties_named, place_country, announcement_date, earlier_year, effective_date, exemption_ended, hedged, listed_firms, pick_actor, pick_amount, pick_count, pick_date, pick_products, pick_rate,
                        pick_round, pick_status, pick_targets, same_day, scan, state_of, states_named, AIMED, MAINLAND_CITIES, other_states)
from .english import CAPITALS
from .family import Family, gated
from .firms import alias_definitions, short_names, zh_firm_subject
from .prose_en import TAKES_EFFECT, english_sentence, remember_firm, remember_item_date, remember_speaker
from .sentences import CAUSE_OPEN, View, is_cjk_text, make_view, parallel_cuts, split_sentences

FAMILIES: tuple[Family, ...] = (tariffs.FAMILY, export_controls.FAMILY, sanctions.FAMILY, investment.FAMILY,
                                relocation.FAMILY, agreements.FAMILY, other.FAMILY)
# a project told before, dropped or put off: "董事会决定终止该项目", "项目二期已暂缓实施"
_PROJECT_STOPPED = re.compile(r"(?:終止|终止|取消|暫緩|暂缓|暫停|暂停|擱置|搁置|停止)(?:實施|实施|建設|建设|推進|推进)?(?:該|该|此|本|上述|前述)(?:投資|投资)?(?:項目|项目|計畫|计划|投資案|投资案)"
                              r"|(?:該|该|此|上述|前述)?(?:項目|项目)(?:[一二三四五六七八九十\d]期)?(?:已|將|将|已經|已经)?(?:終止|终止|暫緩|暂缓|暫停|暂停|擱置|搁置)"
                              # a board's motion: "审议通过《关于终止美国得克萨斯州组装项目的议案》"
                              r"|(?:關於|关于)(?:終止|终止|取消|暫緩|暂缓)[^。；，》]{0,24}?(?:項目|项目|計畫|计划)的(?:議案|议案)")
_ANY_ZH = gated(re.compile("|".join(f.zh.pattern for f in FAMILIES) + r"|鎖定|锁定|新增|增列|列入|納入|纳入|擴及|扩及|封鎖|封锁|追加|通過|通过|生效|實施|实施|"
                           + _PROJECT_STOPPED.pattern))
_ANY_EN = gated(re.compile("|".join(f.en.pattern for f in FAMILIES if f.en is not None) + r"|\b(?:List|UVL|controls?|Special Economic Measures)\b", re.I))
_CLAUSE_OPEN = "，,；;：:（(、\u3000"
# another subject set against the one before: "廣達已於5月宣布…，和碩則於6月間表示…"
_CONTRAST_SUBJECT = r"[\u4e00-\u9fffA-Za-z]{2,8}(?:則|则)(?:於|于|在|已|表示|宣布|指出|透露|計畫|计划|將|将)"
# a clause that turns to a new step ("…后，美方又进一步…", "…达成共识，但在十天之后，美方…") may state a measure of its own
_TURN = re.compile(r"[，,；;]\s*(?=(?:[\u4e00-\u9fff]{0,4}?(?:又|再度|再次|进一步|進一步|随后|隨後|此后|此後|之后|之後|後來|后来)|"
                   r"但|但是|然而|不过|不過|可是|却|卻|并将|並將|並對|并对|并暂停|並暫停|并停止|並停止|同时|同時|另|此外|"
                   r"(?:對|对)[^，。；;]{2,24}?(?:繼續|继续|暫停|暂停|恢復|恢复))|"
                   + _CONTRAST_SUBJECT + ")")
_DECISION = re.compile(r"議案|议案|決議|决议|申請|申请|計畫|计划|方案|項目|项目")
_BOARD = re.compile(r"同意|審議通過|审议通过|(?:董事會|董事会|股東會|股东会)[^，。；]{0,4}?(?:通過|通过|決議|决议)")
_RESOLVED = re.compile(r"\W*(?:同意|擬|拟|決定|决定)|\W*(?:\d{1,2}\W{1,2})?(?:通過|通过)(?=[^，。；]{0,12}?(?:調整|调整|移|遷|迁|增資|增资|設立|设立|投資|投资))")
_COST = re.compile(r"成本|負擔|负担|壓力|压力|風險|风险|衝擊|冲击|影響|影响|支出")
_NOT_LEVIED = re.compile(r"不(?:再)?(?:加徵|加征|課徵|课征|徵收|征收)")
_ASSETS = re.compile(r"凍結|冻结|資產|资产|財產|财产|入境|簽證|签证|不可靠")  # what only a sanction does
_DESCRIBED = re.compile(r"[^，。；]{0,8}?(?:的|之)(?:企業|企业|廠商|厂商|公司|業者|业者|台商|臺商)|者")
_NO_AGREEMENT = re.compile(r"(?:未|沒有|没有|無|无|尚未)[^，。；]{0,6}?(?:簽署|签署|簽訂|签订|達成|达成|締結|缔结)?[^，。；]{0,4}?"
                           r"(?:協定|协定|協議|协议)$")
# "问：有消息称，中方正考虑…": a rumour put to a spokesperson states nothing ("问：据报道，美国…昨天将26家…列入…" does)
_RUMOUR = re.compile(r"\s*(?:(?:问|問|记者问|記者問|Q)\s*[：:]\s*)?(?:至於|至于)?(?:有|另有)?(?:消息|报道|報導|媒体|媒體|传言|傳言|市场传闻|市場傳聞)(?:称|稱|指|说|說)")
# a question, asked outright or quoted without its mark ("函復貴委員關於「…面對…各國出口限制，政府有何因應」之書面質詢")
_QUESTION = re.compile(r"[？?]\s*[」』”’）)]*\s*$|[「“][^」”]{4,160}?(?:有何|如何|何時|何时|是否|為何|为何)[^」”]{0,12}[」”]")
_DENIAL = re.compile(r"(?:传闻|傳聞|传言|傳言)[^。]{0,40}?(?:回应|回應|表示|稱|称)|(?:澄清|否認|否认|闢謠|辟谣|駁斥|驳斥)[^。]{0,40}?(?:並無|并无|沒有|没有|無此|无此|不實|不实|並非|并非|純屬|纯属)|"
                     r"(?:回應|回应|表示|稱|称)[^。]{0,4}[“「]?(?:目前)?(?:沒有|没有|並無|并无|尚無|尚无|無|无)(?:相關|相关|此|這方面|这方面的?)?(?:計畫|计划|規劃|规划|安排)|"
                     r"(?:並無|并无|沒有|没有|尚無|尚无|亦無|亦无|也無|也无)[^。，；]{2,30}?(?:之|的)(?:計畫|計劃|计划|規劃|规划|打算)|(?:暫無|暂无)[^。，；]{1,20}?(?:計畫|计划|規劃|规划|打算)|"
                     # "近日部分媒體報導本公司將全面撤出中國大陸，純屬臆測": a report called speculation
                     r"(?:純屬|纯属|係屬|系属|實屬|实属)[^。，；]{0,4}?(?:臆測|臆测|揣測|揣测|猜測|猜测|傳聞|传闻|謠言|谣言)|"
                     r"(?:並無|并无|尚無|尚无)(?:任何)?(?:外移|遷移|迁移|撤出|撤離|撤离|關廠|关厂|移轉|移转)(?:之)?(?:計畫|计划|規劃|规划|打算)|"
                     r"(?:不存在|並不存在|并不存在)[^。，；]{0,30}?(?:的)?(?:計畫|计划|規劃|规划|打算)")
# a clause that pauses the measure told before it, naming none of its own: "美方隨後於9日宣布暫緩90天實施，"
_SUSPENDS_IT = re.compile(r"[^，。；;]{0,24}?(?:暫緩|暂缓|暫停|暂停|推遲|推迟|延後|延后)[^，。；;]{0,8}?(?:實施|实施|執行|执行|生效)[，,]")
# a closing clause that only says when the sentence's measures start: "…，自2月10日起实施。"
_TAIL_START = re.compile(r"[，,]\s*(?:並|并|均|皆|將|将|且)?\s*(?:自|從|从|於|于)?[^，,。；;]{2,16}?(?:起)?(?:實施|实施|生效|施行|執行|执行)[。.]?\s*$")
_BREACHES = re.compile(r"(?:违反|違反|违背|違背|破坏|破壞)[^。；;]{0,16}?(?:规则|規則|原则|原則|义务|義務|规定|規定|共识|共識)")
_KEPT = re.compile(r"(?:保留|維持|维持|繼續維持|继续维持)\s*$")
_KEPT_CLAUSE = re.compile(r"[，,；;]\s*(?:保留|維持|维持|繼續維持|继续维持)(?:[^，。；]{0,10}?(?:加徵|加征|課徵|课征)|(?:剩餘|剩余)?(?:的)?\d+(?:\.\d+)?\s*[%％])")
_UNCHANGED = re.compile(r"(?:仍|維持|维持|保持|仍然)(?:不變|不变)|維持現狀|维持现状|(?:按|依)(?:現行|现行|原)(?:規定|规定)(?:執行|执行)")
_RESULT = re.compile(r"\s*(?:使|使得|致使|令)(?![用])")  # "…，使相关加征税率累计达到20%": what the measure before adds up to
_GOES_ON = re.compile(r"\s*(?:並|并|且|同時|同时|亦)")
# a clause that opens with a plant by its place alone ("天津廠將於…", "苏州工厂则…")
_OWN_PLANT = re.compile(r"\s*[\u4e00-\u9fff]{2,4}?(?:二|三|新|舊|旧)?(?:廠|厂|工廠|工厂|基地)(?:則|则|也|亦|將|将|已|預計|预计|後續|后续|[^，。；]{0,3}?(?:於|于))")
# "國貿署同時宣布，…", "(2)董事會同時決議，…": the body of the sentence before, deciding at the same time
_DECIDE_VERBS = r"(?:決議|决议|宣布|宣佈|公告|通過|通过|核准|批准|發布|发布|決定|决定|否准|駁回|驳回|否決|否决)"
# the same body deciding more the same day: "董事會同時決議…", "商务部还宣布，…", "此外，商务部决定…"
_ALSO_DECIDED = re.compile(rf"[^，。；]{{1,14}}?(?:同時|同时|還|还|亦|另){_DECIDE_VERBS}|(?:此外|另外)[，,]\s*[^，。；]{{1,14}}?{_DECIDE_VERBS}")
_BOARD_RESOLVED = re.compile(r"(?:董事會|董事会)[^，。；]{0,4}?(?:決議|决议|審議決定|审议决定|審議通過|审议通过)")
# the package or rule of the sentence before, doing more: "同一方案把…列入…", "方案亦首次把…", "該規則另將…"
_UNDERTAKE = re.compile(r"承諾|承诺|同意|約定|约定|商定|致力於|致力于")
_SAME_PACKAGE = re.compile(r"\s*(?:同一|該|该|此一?|這一?|这一?|上述|新)?(?:制裁)?(?:方案|套案|一攬子方案|一揽子方案|規則|规则|新規|新规|法規|法规)"
                           r"(?:亦|也|另|還|还|並|并|同時|同时|更|則|则)?(?:首次|首度|同時|同时|另|也|亦)?(?:把|將|将)")
_ALSO = re.compile(r"[^，。；]{0,20}?(?:並|并|亦|也|同時|同时)")  # "同一規則並首度將HBM納入出口管制範圍"
_OBJECT = re.compile(r"\s*(?:對|对|就|針對|针对)")
# "商务部决定：" / "公告如下：" introduces numbered items ("一、将12家美国实体列入…"), each a measure of the notice
_INTRO = re.compile(r"(?:決定|决定|宣布|公告|如下|措施|公告事項|公告事项|主要內容包括|主要内容包括|內容包括|内容包括)\s*[：:]\s*$")
_ENUM = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}\s*[、．.]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}\s*[、．])")
_AFTER_CLAUSE = re.compile(r"\s*(?:继|繼|在|自|随着|隨著)[^，,；;]*(?:后|後)\s*")
# A dated clause with a count of named units and a listing verb continues the family of the sentence before.
_CONTINUE = re.compile(r"鎖定|锁定|新增|增列|列入|納入|纳入|擴及|扩及|封鎖|封锁|追加|禁止"
                       # "…加徵10%關稅，9月24日起生效，並於明年1月1日起調高至25%": the measure before, its rate changed
                       r"|(?:調高|调高|提高|上調|上调|調升|调升|調降|调降|下調|下调|降低|減半|减半)(?:至|到|為|为)\s*\d+(?:\.\d+)?\s*[%％]"
                       r"|(?:該|该|此|本|其)[^。，]{0,4}(?:法案|法|措施|規定|规定|規則|规则|命令)[^。]{0,16}(?:通過|通过|生效|實施|实施)")
# Totals and running counts ("累計 3,620 億美元", "迄今已涵蓋 192 家") summarise events, they are not one.
_AGGREGATE = re.compile(r"累計|累计|(?:合計|合计|共計|共计|總計|总计)(?![^，。；;]{0,4}?\d+(?:\.\d+)?\s*[%％])|迄今|至今|截至|截止|數量|数量|據(?:本報)?統計|据(?:本报)?统计|已達\d+起|已达\d+起")
# A negated trigger ("並未完全禁止") states that something did not happen; a survey reports intentions.
_NEGATED = re.compile(r"(?:未(?!經|经)|不在|並非|并非|沒有|没有|不會|不会|並未|并未|不再|無意|无意|拒絕|拒绝)[^，。；]{0,3}$")
_NO_INTENT = re.compile(r"(?:無意|无意|不會|不会|不打算|不擬|不拟|無計[畫劃]|无计划|(?:沒有|没有|並無|并无|暫無|暂无|尚無|尚无)(?:任何)?(?:計[畫劃]|计划))[^，。；]{0,14}$")  # "亦無意對美國產品採取報復性關稅"
# a measure named as the topic of a report or a hearing ("報告我國出口管制及投資審查執行情形")
_TOPIC = re.compile(r"[^，。；]{0,8}?(?:執行情形|执行情况|執行情況|辦理情形|办理情况|實施情形|实施情况|執行成效|执行成效|現況|现况|進度|进度)")
_REFERS_BACK = re.compile(r"上述|前述|該等|该等|這些|这些|該(?:公司|企業|實體)|该(?:公司|企业|实体)|其")
_SURVEY = re.compile(r"調查顯示|调查显示|(?:問卷|问卷|民意)調查結果|(?:问卷|民意)调查结果|問卷|问卷|受訪|受访|\bsurvey", re.I)
_DAY_ONLY = re.compile(r"\s*(?:惟|而|至|到了?|同月|當月|当月)?\s*(\d{1,2})\s*日(?![本前後后內内])")
_BACK_TO_TAIWAN = re.compile(r"回臺|回台|返臺|返台")
# a screening body approving a firm's outbound project (or a list item of its approvals opening with the verb): the clause
# states the approval, an investment decision, not the firm's move
_APPROVES = re.compile(r"\W*(?:\d{2,4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*[：:]\s*)?(?:(?:經濟部)?" + investment.SCREENER
                       + r"(?:已|也|亦|同時|同时|另|並|并)?[^。；;，]{0,12}?)?(?:核准|批准)(?!在案)")
_BLOCKED_DEAL = re.compile(r"駁回|驳回|否決|否决|禁止|拒絕|拒绝|叫停|阻止|不予(?:核准|許可|许可)|撤銷|撤销")
_PARTIES = re.compile(r"美中|中美|US-China|U\.S\.-China|China-U\.S\.")
# one-character names of states in pairs ("美日雙方", "台美", "中欧"): the parties of an agreement or a talk
_ABBREV = {"美": "United States", "中": "China", "日": "Japan", "韓": "South Korea", "韩": "South Korea", "台": "Taiwan",
           "臺": "Taiwan", "歐": "European Union", "欧": "European Union", "英": "United Kingdom", "加": "Canada",
           "墨": "Mexico", "越": "Vietnam", "印": "India", "澳": "Australia", "紐": "New Zealand", "新": "Singapore"}
# a state abbreviated after 对/對 in a measure's wording: "对美加征关税", "對華出口管制", "对俄制裁"
ABBR_STATE = {**_ABBREV, "华": "China", "華": "China", "俄": "Russia"}
ABBR_STATE.update({"白": "Belarus", "伊": "Iran", "朝": "North Korea", "烏": "Ukraine", "乌": "Ukraine"})  # in pairs only
_TWO_STATES = re.compile(r"([美中日韓韩台臺歐欧英加墨越印澳俄白伊朝烏乌])(?!\1)([美中日韓韩台臺歐欧英加墨越印澳俄白伊朝烏乌])(?:兩國|两国|二國|二国)")
_CHINESE_CAPITAL = re.compile(r"陸資|陆资|中資|中资|中國企業|中国企业|中國大陸企業|中国大陆企业")
_ABBR_TARGET = re.compile(r"(?:对|對|自)([美华華日韩韓欧歐台臺俄印越])(?=加征|加徵|出口|进口|進口|制裁|反制|的|商品|产品|產品|经贸|經貿|关税|關稅|"
                          r"贸易|貿易|实施|實施|采取|採取|征收|徵收|投资|投資|芯片|晶片|科技|技术|技術|电动|電動)")
# the one-character names a pact's short title uses ("中厄自贸协定", "中瑞自貿協定"), read only before a pact's name
_PACT_ABBREV = {"厄": "Ecuador", "塞": "Serbia", "智": "Chile", "秘": "Peru", "瑞": "Switzerland", "冰": "Iceland",
                "格": "Georgia", "毛": "Mauritius", "柬": "Cambodia", "哥": "Costa Rica", "巴": "Pakistan"}
_PAIR = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[周週月日年天]))([美中日韓韩台臺歐欧英加墨越印澳紐新])(?!\1)([美中日韓韩台臺歐欧英加墨越印澳紐新])"
                   r"(?=雙方|双方|兩國|两国|(?:貿易|贸易|經貿|经贸|自由貿易|自由贸易|自貿|自贸)?(?:協議|协议|協定|协定|談判|谈判|磋商))"
                   r"|(?<![\u4e00-\u9fff])(中)([" + "".join(_PACT_ABBREV) + r"])(?=(?:(?:雙方|双方)[^。；;，]{0,20}?)?(?:自由貿易|自由贸易|自貿|自贸)(?:協定|协定|區|区))")
# A measure the sentence opposes or names as a cause is not stated as a new event ("中方坚决反对美方将…列入实体清单")
_OPPOSED = re.compile(r"反對|反对|譴責|谴责|抗議|抗议|不滿|不满|不同意|不接受|批評|批评|抨擊|抨击")
# A measure someone calls for or advises is not taken ("呼籲政府對越南鋼材啟動防衛措施調查")
_CALLED_FOR = re.compile(r"提出要|提議|提议|主張|主张|呼籲|呼吁|敦促|促請|促请|建議|建议|籲請|吁请|要求政府|盼政府|希望政府")
# a dispute body's finding on a measure: "WTO专家组裁定印尼的镍矿出口禁令违反…"
_RULING = re.compile(r"(?:WTO|世貿|世贸|世界貿易組織|世界贸易组织|爭端解決|争端解决|專家組|专家组|上訴機構|上诉机构)[^，,。；;]{0,20}?"
                     r"(?:裁定|裁決|裁决|認定|认定|判定|判決|判决|駁回|驳回)")
_UNCONFIRMED = re.compile(r"尚無定論|尚无定论|尚未(?:獲|获)?(?:證實|证实)|未經證實|未经证实|未予(?:證實|证实)|(?:只是|僅是|仅是)(?:猜測|猜测|傳聞|传闻)")
_IN_SUPPORT = re.compile(r"(?:為|为)?配合[^，。；]{0,40}$")
_CAUSE = re.compile(r"(?:隨著|随着|由於|由于|因應|因应|依據|依据)[^，。；]{0,12}$|(?:為了|为了|為|为|是)$")  # "为落实中美经贸磋商共识", "是落实…共识的具体举措": a purpose
_DOMESTIC_TAX = re.compile(r"所得稅|所得税|營業稅|营业税|增值稅|增值税|消費稅|消费税|印花稅|印花税|房屋稅|房产税|地價稅|土地增值|遺產稅|遗产税|"
                           r"證券交易稅|证券交易税|貨物稅|货物税|奢侈稅|碳稅|碳税|數位服務稅|数字服务税|菸酒稅|烟酒税")
_DUTY = re.compile(r"關稅|关税|進口稅|进口税|反傾銷|反倾销|反補貼|反补贴|防衛|防卫|報復|报复")
_TAX_WORD = re.compile(r"稅|税|傾銷|倾销|保證金|保证金|產業損害|产业损害|反補貼|反补贴|反規避|反规避|防衛|防卫|保障|配額|配额|232|201|價格承諾|价格承诺|落日|期終|期终|國安調查|国安调查|國家安全調查|国家安全调查|排除|豁免|exclusion|普惠制|受惠|優惠|优惠|GSP|AGOA|EBA|CBAM|碳邊境|碳边境|雙反|双反|反歧視|反歧视|最惠")  # a tariff word, or a trade remedy
_BUILT = re.compile(r"設|设|建|投資|投资|增資|增资|投產|投产|量產|量产|開工|开工|動工|动工|落成|啟用|启用|開始生產|开始生产")
_STARTS_ON = re.compile(r"\s*(?:起|开始|開始|生效|实施|實施)")
_FIRM_OF = re.compile(r"(?:合作伙伴|合作夥伴|伙伴|夥伴|企業|企业|公司|廠商|厂商|業者|业者|車企|车企)")
# a firm's state, or a meeting that gives the time and place ("10月26日東協峰會期間，美國…簽署…"): no party
_NOT_PARTY = re.compile(_FIRM_OF.pattern + r"|(?:領袖|领袖|外長|外长|經濟部長|经济部长)?(?:峰會|峰会|年會|年会|論壇|论坛)(?:期間|期间)?")
# a digest's item heading: "二、9月23日｜墨西哥", "【9月23日】墨西哥"
_DIGEST_HEAD = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、．.]\s*)?[【\[]?\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*[】\]]?\s*[｜|／/：:]?\s*[^，。；\d]{0,12}\s*$")
_ROUNDUP_LABEL = re.compile(r"\s*【([^】]{2,16})】")
# a report's section label, not a firm: "【核心观点】", "【投资要点】", "【風險提示】"
_SECTION_LABEL = re.compile(r"觀點|观点|要點|要点|摘要|導讀|导读|提示|建議|建议|結論|结论|編者|编者|背景|點評|点评|速覽|速览|一覽|一览")
_SAME_PLACE = re.compile(r"(?:在|於|于)(?:同一|當地|当地|該地|该地|同地|該國|该国)")
_BYLINE = re.compile(r"記者|记者|報導|报道|綜合|综合|快訊|快讯|編譯|编译|專題|专题|社論|社论|[／/]")
_CLOSURE = re.compile(r"關閉|关闭|停止生產|停止生产|停產|停产")
# where a closed plant is in China: the mainland named, or a manufacturing city or province of it
_IN_CHINA = re.compile(r"大陸|大陆|中國|中国|國內|国内|東莞|东莞|深圳|蘇州|苏州|昆山|吳江|吴江|上海|重慶|重庆|成都|廣州|广州|寧波|宁波|天津|廈門|厦门|"
                       r"武漢|武汉|西安|鄭州|郑州|青島|青岛|無錫|无锡|常州|常熟|合肥|杭州|濰坊|潍坊|大連|大连|惠州|中山|佛山|珠海|南京|嘉興|嘉兴|"
                       r"煙台|烟台|泉州|福州|長沙|长沙|南昌|廣東|广东|江蘇|江苏|浙江|山東|山东|福建|河南|四川|湖北|安徽")
_LISTED_TOPICS = re.compile(r"(?:涉及|包括|包含)[^。；]{0,6}$")
_LIST_LABEL = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}\s*[、．.]\s*)?([\u4e00-\u9fff]{2,5})[：:]")  # "六、我國：財政部…"


def _names_own_state(raw: str) -> bool:
    """Whether an agency's name opens with its state's ("美国财政部", not "财政部")."""
    return any(m.start == 0 and m.kind == "country" for m in find_names(raw[:-2])) if len(raw) > 3 else False


_ANNOUNCES = re.compile(r"宣布|宣佈")
_AT_WORK = re.compile(r"投產|投产|量產|量产|啟用|启用|完工|竣工|開幕|开幕|已(?:於|于)?[^，。；]{0,12}?(?:建成|開始|开始|動工|动工)|正式(?:運營|运营|營運|营运)")
_TOPIC_STATE = re.compile(r"\s*([\u4e00-\u9fff]{2,6}?)方面[，,]")
_CONTRAST = re.compile(r"\s*" + _CONTRAST_SUBJECT)
_BUILT_DE = re.compile(r"(?:建立|設立|设立|興建|兴建|投資|投资|設廠|设厂|建設|建设|擴建|扩建|新建|合資建設|合资建设|建)的")  # "在德國以外建立的首家工廠"
_STARTS_WORK = re.compile(r"[^，。；]{0,16}?(?:開工|开工|動工|动工|投產|投产|量產|量产|啟用|启用|落成)")  # "…合资建设的…工厂预计年内开工"
_WILL = re.compile(r"(?:將|将|擬|拟|計畫|计划|決定|决定|評估|评估|考慮|考虑|研議|研议|規劃|规划)[^，。；]{0,16}$")  # "将在印尼投资建设年产5万吨的…工厂": a decision
_ANOTHER = re.compile(r"[，,；;\s]*(?:(?:此外|另外)[，,]\s*[^，。；]{1,12}?(?:亦|也)|[^，。；]{1,12}?另(?!外))")  # "…另依", "此外，委員會亦…"
_IF = re.compile(r"若|如果|倘|假如|一旦")
_PART_OF = re.compile(r"[，,；;\s]*(?:其中|包括|根據|根据|依據|依据)(?!公告|通知)")
_SINCE = re.compile(r"(?:自(?![貿贸由治主己動动行然身願愿])|自從|自从)[^，。；]{0,24}?(?:以來|以来)")  # not the 自 of 自贸协定
# a measure already taken or under way, not only talked of ("已對…啟動", "目前正對…開展")
_UNDER_WAY = re.compile(r"(?<![並并而])(?:已經|已经|已|業已|业已|正在|目前正|正)(?![在常式式])")
_ONGOING = re.compile(r"至今已?|迄今已?|已持續|已持续|持續至今|持续至今|多年來|多年来")
_DATED_CLAUSE = re.compile(r"[，,；;](?:並|并|又|再|亦|也|且|隨後|随后|之後|之后|後|后|其後|其后|此後|此后|嗣後|嗣后|接著|接着)(?:於|于|在|(?P<since>自|從|从))\s*$")
_LEVY = re.compile(r"課徵|课征|加徵|加征|徵收|征收")
_REFERENCE_LINE = re.compile(r"\s*(?:Further reading|Sources?|See also|References?|Related|資料來源|资料来源|參考資料|参考资料)\s*[:：]")
_TRADE_DEAL = re.compile(r"貿易|贸易|經貿|经贸|自貿|自贸|關稅|关税|第一階段|第一阶段")
_GOODS_LIST = re.compile(r"商品|產品|产品|貨品|货品|關稅|关税|稅率|税率")
# countermeasures against a duty, sized by the trade they hit: "针对美国钢铝关税、总额约210亿欧元的反制措施"
_COUNTER_DUTY = re.compile(r"(?:針對|针对|回應|回应|報復|报复)[^。；;]{0,20}?(?:關稅|关税)[^。；;]{0,30}?(?:總額|总额|價值|价值|規模|规模|涉及)[^。；;]{0,20}?\d[^。；;]{0,20}?$")
_IMPACT_ITEM = re.compile(r"\s*(?:\d{1,2}\s*[.、．]\s*)?[^：:。；]{0,16}?(?:影響|影响)\s*[:：]")
_SHORTENED = re.compile(r"縮減|缩减|壓減|压减|刪減|删减|縮短|缩短")
_SUPPLIER_OF = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:供應商|供应商|代工廠|代工厂|協力廠|协力厂)")
_PER_STATEMENT = re.compile(r"\s*(?:(?:根據|根据|依據|依据|按照)(?:該|该|此|上述|这一|這一)?(?:聲明|声明|公告|決定|决定|協議|协议|共識|共识)[，,]"
                            r"|(?:同一|該|该|此一?|上述)(?:份)?(?:公告|聲明|声明|決定|决定|通知)(?:還|还|亦|也|另|同時|同时))")  # "同一公告还对…加征25%关税"
_IN_RESPONSE = re.compile(r"(?:為因應|为因应|為回應|为回应)[^，。；]{0,28}$")
_FILING_TITLE = re.compile(r"\s*(?:(?:主旨|事由)\s*[：:]|(?:主旨|事由)?[：:]?\s*公告本公司)")
_HOME_PLANT = re.compile(r"(?:将|把)(?:国内|境内)")  # Simplified script: the mainland is home
# a plant in a mainland manufacturing city or province ("將東莞廠車載鏡頭組裝線…移轉至越南"): China is left
_MAINLAND_PLANT = re.compile(MAINLAND_CITIES + r"(?:[^。；;，,]{0,14}?(?:廠|厂|基地|工廠|工厂|產線|产线|園區|园区|生產|生产)|[^。；;，,]{0,4}?(?:轉移|转移|移轉|移转|移出|遷出|迁出|外移))")
# production taken out of the mainland: "由江苏昆山转移至越南", "自廣東東莞移出", "原由宁波北仑基地供应北美市场"
_MAINLAND_FROM = re.compile(r"(?:由|從|从|自)(?:中國|中国)?(?:大陸|大陆)?(?:東莞|东莞|蘇州|苏州|昆山|深圳|廣州|广州|廣東|广东|江蘇|江苏|浙江|寧波|宁波|"
                            r"廈門|厦门|天津|重慶|重庆|成都|無錫|无锡|常州|常熟|青島|青岛|惠州|中山|佛山|順德|顺德|上海|杭州|南京|福建|山東|山东)")
# a measure aimed at a group of states it names by kind ("对与我国建交的43个最不发达国家…", "对53个非洲建交国…"), and an
# export duty: no state a measure before named is their object
GROUP_AIMED = re.compile(r"[对對][^，。；]{0,30}?(?:\d+|[一二三四五六七八九十]+)\s*(?:个|個)[^，。；]{0,12}?(?:國家|国家|經濟體|经济体|建交國|建交国)|"
                         r"[对對][^，。；]{0,30}?(?:建交國|建交国)")
EXPORT_DUTY = re.compile(r"出口(?:關稅|关税|稅|税)|\bexport (?:tax|duty|duties|levy)", re.I)
def _named_body(ctx: Context, text: str) -> str | None:
    """The state of the body a notice named ("商务部（以下称调查机关）") when a sentence opens with that name ("调查机关初步
    认定，…，决定终止…"), else None."""
    return next((st for alias, st in ctx.bodies.items() if re.match(r"\s*(?:[一二三四五六七八九十]+、)?" + re.escape(alias), text)), None)


_BODY_ALIAS = re.compile(r"(?P<body>[\u4e00-\u9fff]{2,14}?)\s*[（(]\s*(?:以下)?(?:称|稱|简称|簡稱)\s*[“\"「]?(?P<alias>[\u4e00-\u9fff]{2,6}?)[”\"」]?\s*[）)]")
_LATELY = re.compile(r"日前|近日|日昨|稍早前")
_BY_NOW = re.compile(r"(?:目前|現已|现已|迄今)(?:已經|已经|已)")
_DAY_SHIFT = re.compile(r"^[\s，,]*(?:(此前|前)|(?:此後|此后|次|隔|翌))(?:一天|一日|日)(?=[，,]|[\u4e00-\u9fff]{2})")
# a clause naming what a measure rests on ("根据中美日内瓦经贸会谈联合声明，", "基于…达成的共识")
_BASIS = re.compile(r"(?:根據|根据|依據|依据|按照|基於|基于)[^，。；]{0,12}$")
_EDITOR_NOTE = re.compile(r"\s*(?:编者按|編者按|编者注|編者註)\s*[：:]")  # an editor's note restates what the item tells
_SELLS_TO_US = re.compile(r"禁止[^。；;，]{1,20}?(?:公司|企業|企业)[^。；;，]{0,4}?(?:向|對|对)(?:中國|中国|我國|我国)(?:大陸|大陆)?出口")
# (and the FCC's Covered List: equipment barred from authorisation for the US market, "列入“受管制清单”（Covered List）")
IMPORT_BAN_LIST = re.compile(r"維吾爾強迫勞動|维吾尔强迫劳动|UFLPA|Uyghur Forced Labor|Withhold Release|Covered List|受管制清單|受管制清单", re.I)
# (an investigation into imports "原产于" a state is a trade-remedy case: "对原产于欧盟的进口猪肉…立案调查")
_REMEDY = re.compile(r"(?:原產於|原产于)[^。；;]{1,30}?(?:進口|进口)|反傾銷|反倾销|反補貼|反补贴|傾銷|倾销|防衛措施|防卫措施|保障措施|平衡稅|反規避|反规避|第\s*232\s*條|第\s*232\s*条|232\s*(?:條款|条款)|國家安全調查|国家安全调查")
_ANNOUNCED_AFTER = re.compile(r"\s*(?:發布|发布|公布|宣布|發佈|宣佈)")
_CLAUSE_STOP = re.compile(r"[，,；;。]")
# "根据中美日内瓦经贸会谈联合声明": the two sides named before their talks or their statement
_TALKS_PAIR = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=根據|根据|依據|依据|按照))([美中日韓韩台臺歐欧英加墨越印澳])([美中日韓韩台臺歐欧英加墨越印澳])"
                         r"(?=[\u4e00-\u9fff]{0,8}(?:會談|会谈|談判|谈判|磋商|聯合聲明|联合声明))")
_MUTUAL = re.compile(r"(?:雙方|双方|兩國|两国)[^，。；]{0,20}?(?:互相|相互|彼此)")
_FROM_DATE = re.compile(r"(?:自|從|从)\s*(?:19|20)\d\d\s*年")
_ANNOUNCE_VERB = re.compile(r"決定|决定|宣布|宣佈|公告|發布|发布|通過|通过|簽署|签署")
_TEXT_YEAR = re.compile(r"同年|當年|当年|該年|该年|隔年|翌年|次年")


@dataclass
class Context:
    """What earlier sentences of the page tell later ones."""

    year: int | None = None
    last_date: str | None = None
    para_day: tuple[str, int] | None = None  # (day, page offset it was told up to): an English paragraph's opening day
    last_day: str | None = None  # the last day-precise date, for "同日" after a sentence dated by its year only
    item_day: str | None = None  # the day a digest's item heading gives the paragraph under it
    latest_day: str | None = None  # the latest day told so far (the news of an item, after paragraphs of history)
    actor: str | None = None
    target: tuple[str, ...] = ()
    family: str | None = None
    family_age: int = 99
    prev_text: str = ""  # the sentence before, for "當日" (the same day)
    before_text: str = ""  # while a sentence is read: the sentence before it
    rounds: dict = field(default_factory=dict)  # (type, actor, round) -> Event
    targets: dict = field(default_factory=dict)  # (actor, type) -> targets of that actor's last such event
    firm: str | None = None  # the firm of the last relocation ("The company also plans …")
    aliases: dict = field(default_factory=dict)  # "公司" -> the firm a filing defined it as
    intro: str | None = None  # "商务部决定：": the date of the numbered items that follow (the notice's own date)
    intro_actor: str | None = None  # and who decided them
    intro_effective: str | None = None  # and the day they take effect, when the notice gives it above them
    speaker: str | None = None  # the subject of the last English sentence that named one ("it" in the next)
    home: str | None = None  # the state an English title names, else the first one its item tells acting: "we", "the Ministry of Finance"
    issuer: str | None = None  # the state whose body issued the document (a notice's title: "商务部 海关总署公告…")
    masthead: str | None = None  # the state of the body a release's first line names as its author: whom "本署" stands for
    answers: bool = False  # the text is an official's answers on the issuer's own step ("…有关负责人就…方案答记者问")
    bodies: dict = field(default_factory=dict)  # "调查机关" -> the state of the body a notice defined it as ("商务部（以下称调查机关）")
    in_item: bool = False  # the sentence is one of those items
    semicolon: Event | None = None
    last_event: Event | None = None  # the last event built: an undated detail of it in the next sentence is its part
    heading_parties: tuple[str, str] | None = None  # "陸方對臺農漁產品設限時序": who acts on whom in the items under a heading
    heading_date: str | None = None  # the date a heading gives the item under it ("…: Antidumping Duty Orders (August 26, 2025).")  # the last event of a sentence that ended in "；": the next one goes on from it


def _months(a: str, b: str) -> int:
    """Whole months from ISO date ``a`` to ``b``."""
    return (int(b[:4]) - int(a[:4])) * 12 + int(b[5:7] or 1) - int(a[5:7] or 1) if len(a) >= 7 and len(b) >= 7 else 0


def event_id(doc_id: str, page: int, start: int, end: int, type_: str) -> str:
    """Stable event id from where it is stated."""
    return "e-" + hashlib.sha1(f"{doc_id}:{page}:{start}:{end}:{type_}".encode()).hexdigest()[:12]


_START_DAY = re.compile(r"(?:自|從|从)\s*$")
_TAKES_EFFECT_TAIL = re.compile(r"\s*(?:起|開始|开始)?(?:分批|分階段|分阶段|正式|全面|陸續|陆续)?(?:生效|實施|实施|施行)\W*$")


# the same package's next measure: "同一方案亦把18個實體列入附件IV…", "方案又禁止歐盟實體與…進行任何交易"
_PACKAGE_GOES_ON = r"(?:同一|該|该|此|本)?(?:方案|措施|決定|决定|公告|套案)(?:亦|也|又|還|还|同時|同时|另)"
# a clause with a measure of its own after one that states another: a contrast ("…，而…"), a step done by now ("…予以
# 落实，目前已同肯尼亚…完成协定文本磋商"), the package's next measure, another body's step the same day ("…輸入，同日商務部
# 宣布暫停天然砂出口至台灣")
_WHEREAS = re.compile(r"[，,；;]\s*(?=而(?![且言是已])|(?:目前|現已|现已)(?:已經|已经|已)?(?:同|與|与|和|對|对|將|将)|" + _PACKAGE_GOES_ON +
                      r"|(?:同日|當日|当日)[^，。；]{0,12}?(?:宣布|宣佈|決定|决定|發布|发布|公告))")
_AFTER_DEAL = re.compile(r"[^，。；;]{0,4}?(?:後|后|之後|之后|以來|以来)[，,]")
# a filing's field ("3.用途：擴建尼特拉廠第二條PCS產線", "4.取得目的：由本公司…承租"): the filer's own statement
_FIELD_LABEL = re.compile(r"\s*(?:\(?\d{1,2}[.)）]|[（(]\d{1,2}[)）])\s*[\u4e00-\u9fff]{2,6}[：:]")
_PARTNER_ONLY = re.compile(r"[，,、；;]?\s*(?:同日|同時|同时|並|并|另|亦|也|且|再)*(?:與|与|和)")
_NEXT_PARTNER = re.compile(r"[，,、；;]\s*(?=(?:同日|同時|同时|並|并|另|亦|也|且|再)*(?:與|与|和)[^，,。；;、]{1,12}?(?:簽署|签署|簽訂|签订|發布|发布|達成|达成)[^，,。；;、]{0,12}?(?:協定|协定|協議|协议|聲明|声明))")


def _segments(view: View, found: Found) -> list[tuple[int, int]]:
    cuts = [0]
    for d in found.dates:
        if d.raw == "即日" and any(x.precision == "day" and x.start < d.start for x in found.dates):
            continue  # "29日发布公告，即日起…恢复…": the day just told, no clause of its own
        if view.text[max(0, d.start - 2):d.start] in ("去（", "今（", "本（", "明（", "去(", "今(", "本(", "明("):
            continue  # "已於去（113）年12月31日生效": the year glossed in brackets opens no clause
        if _TAKES_EFFECT_TAIL.match(view.text, d.end):
            continue  # "…也將提高為15%，9月1日起分批生效。": when the clause before takes effect, no clause of its own
        if d.start > 0 and d.precision != "year" and view.text[d.start - 1] in _CLAUSE_OPEN and d.start - cuts[-1] > 4:
            # a date right after "自"/"於" etc. inside a clause does not open one
            cuts.append(d.start if view.text[d.start - 1] not in "（(" else d.start - 1)
        elif (d.precision != "year" and (m := _DATED_CLAUSE.search(view.text, max(0, d.start - 4), d.start))
              and m.start() - cuts[-1] > 4 and _ANY_ZH.search(view.text, cuts[-1], m.start())
              and _ANY_ZH.search(view.text, d.end, _clause_end(view.text, d.end))
              # ("…加徵關稅，並自3月10日起實施": when the same measure starts; a clause of its own names a measure of its own)
              and (not m.group("since") or any(f.zh.search(view.text, d.end, _clause_end(view.text, d.end)) for f in FAMILIES))):
            # "…即將華為列入實體清單，並於2020年12月將中芯國際納入同一名單": a clause going on with a date and a measure
            # of its own, after a clause stating one
            cuts.append(m.start() + 1)
    # "…协定已于2024年1月1日生效，而中国与洪都拉斯的自贸协定谈判自2023年7月启动…": a contrast opens a clause with a
    # measure of its own, after a clause stating one
    for m in _WHEREAS.finditer(view.text):
        end = view.text.find("。", m.end())
        if _ANY_ZH.search(view.text, 0, m.start()) and _ANY_ZH.search(view.text, m.end(), end if end >= 0 else len(view.text)) \
                and all(abs(m.start() + 1 - c) > 4 for c in cuts):
            cuts.append(m.start() + 1)
    # "美國…與馬來西亞簽署《對等貿易協定》，同日亦與柬埔寨簽署同名協定，並與泰國簽署框架協議": a pact with each partner
    for m in _NEXT_PARTNER.finditer(view.text):
        if agreements.FAMILY.zh.search(view.text, max(c for c in cuts if c <= m.start()), m.start()) and all(abs(m.start() + 1 - c) > 4 for c in cuts):
            cuts.append(m.start() + 1)
    cuts = sorted(cuts) + [len(view.text)]
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def _clause_end(text: str, i: int) -> int:
    """Where the clause holding position ``i`` ends (its punctuation, or the text's end)."""
    m = _CLAUSE_STOP.search(text, i)
    return m.start() if m else len(text)


def _trigger(fam: Family, text: str, lo: int, hi: int, english: bool) -> re.Match | None:
    pat = fam.en if english else fam.zh
    if pat is None:
        return None
    first = None
    for m in pat.finditer(text, lo, hi):
        first = first or m
        if english or not (_in_law_title(text, m.start()) or (fam.type == "relocation" and "的" in m.group())):
            return m  # ("公司于2023年暂停建设的泰国罗勇工厂二期项目，…恢复建设": a plant described, then what is done with it)
    return first  # ("根据《中华人民共和国出口管制法》…，商务部…决定对…实施出口管制": the law cited is not the measure)


def _in_law_title(text: str, pos: int) -> bool:
    """True inside a 《…法》 / 《…条例》 title that closes in the same clause."""
    opened = text.rfind("《", 0, pos)
    if opened < 0 or text.rfind("》", 0, pos) > opened:
        return False
    close = text.find("》", pos)
    return close > 0 and re.search(r"(?:法|條例|条例|規定|规定)$", text[pos:close]) is not None


def extract_prose(doc_id: str, page_no: int, page: str, *, doc_date: str | None, skip: list[tuple[int, int]],
                  ctx: Context | None = None) -> list[Event]:
    """Events stated in one page's running text (spans in ``skip`` — rendered tables — are left out)."""
    ctx = ctx or Context(year=int(doc_date[:4]) if doc_date else None)
    events: list[Event] = []
    pending: list[int] = []  # English list actions still waiting for their destinations
    skip = sorted(skip)
    k = 0
    for s, e in split_sentences(page):
        while k < len(skip) and skip[k][1] <= s:
            k += 1
        if any(a < e and s < b for a, b in skip[k:k + 3]):
            continue
        raw = page[s:e]
        for alias, firm in alias_definitions(raw):
            ctx.aliases[alias] = firm
            ctx.firm = ctx.firm or firm
        for alias, firm in short_names(raw):
            ctx.aliases.setdefault(alias, firm)  # a fuller definition, before or after, wins
        for d in _BODY_ALIAS.finditer(raw):  # "商务部（以下称调查机关）": the name the notice goes on using for the body
            st = next((state_of(n.canonical, n.kind) for n in scan(d.group("body"), context_year=None, doc_date=None).names
                       if n.kind == "agency"), None)
            if st:
                ctx.bodies[d.group("alias")] = st
        if is_cjk_text(raw) and _DIGEST_HEAD.match(raw):
            days = [d for d in scan_dates(raw, ctx.year, doc_date) if d.precision == "day"]
            ctx.item_day = days[0].iso if days else ctx.item_day
            ctx.prev_text = raw
            continue
        if is_heading(raw) and is_cjk_text(raw):
            ctx.heading_parties = _heading_parties(raw)
        if is_heading(raw) or _REFERENCE_LINE.match(raw):
            continue  # ("Further reading: WTO, Export prohibitions and restrictions, Information note, 23 April 2020.")
        ctx.family_age += 1
        english = not is_cjk_text(raw)
        if _QUESTION.search(raw) or _RUMOUR.match(raw) or (not english and (_DENIAL.search(raw) or _EDITOR_NOTE.match(raw))):
            ctx.prev_text = raw  # a question asked, or a report denied ("貿易署澄清，目前並無相關規劃"), states nothing
            if not english and _EDITOR_NOTE.match(raw):
                _update_year(ctx, raw, doc_date)  # (an editor's note sets the year its items are told in: "编者按：2024年，…")
            continue
        if not english and _INTRO.search(raw):
            found = scan(raw, context_year=ctx.year, doc_date=doc_date)
            actor, _ = pick_actor(raw, found, 0, len(raw), len(raw))
            ctx.actor = ctx.intro_actor = actor or ctx.issuer or ctx.actor
            # the notice's day: a day of the intro that is no start ("自2025年3月10日起" is when its items apply), else the
            # day it was announced above ("国务院关税税则委员会4日发布公告，…具体如下："), else the document's
            head = page[max(0, s - 600):e]
            hf = scan(head, context_year=ctx.year, doc_date=doc_date)
            starts = [x for x in hf.dates if effective_date(head, hf, x.start, x.end) is x]
            told = [d for d in found.dates if d.precision == "day" and effective_date(raw, found, d.start, d.end) is not d]
            announced = [x for x in hf.dates if x.precision == "day" and _ANNOUNCED_AFTER.match(head, x.end)]
            ctx.intro = told[0].iso if told else announced[-1].iso if announced else doc_date
            # the day the notice takes effect, given above its items ("主旨：修正…，並自114年10月15日生效。")
            ctx.intro_effective = starts[-1].iso if starts else None
        if not english and (ev := _party_rate(doc_id, page_no, page, s, e, ctx.semicolon)) is not None:
            events.append(ev)  # "…；吉利为18.8%；上汽集团则高达35.3%": the same duty's rate for another party
            ctx.semicolon = ev if raw.rstrip().endswith(("；", ";")) else None
            ctx.prev_text = raw
            continue
        if english:
            remember_firm(ctx, raw)
            remember_item_date(ctx, raw, doc_date)
        if english and not _ANY_EN.search(raw) and not TAKES_EFFECT.match(raw):
            remember_speaker(ctx, raw, doc_date)
            _update_year(ctx, raw, doc_date)
            continue
        if not english and not _ANY_ZH.search(raw.replace("\n", "")):
            _trade_value(events, raw, ctx, doc_date)
            _update_year(ctx, raw, doc_date)
            ctx.prev_text = raw
            continue
        view = make_view(page, s, e)
        text = view.text
        if len(text) < 6:
            continue
        prev, ctx.prev_text = ctx.prev_text, raw
        ctx.before_text = prev  # what the clauses of this sentence may refer back to
        semi, ctx.semicolon = ctx.semicolon, None
        if english:
            n = len(events)
            english_sentence(doc_id, page_no, page, view, ctx, doc_date, events, pending, FAMILIES)
            if len(events) - n == 1 and _JOINT_EN.search(view.text):
                _joint_actors(events, n, view.text, SimpleNamespace(names=find_names(view.text)), True)
            continue
        # a dated document (news, notice) resolves "5月10日" against its own date, a report against the text's
        # year; "次年" / "同年" always count from the text's year
        year = ctx.year if (ctx.year and _TEXT_YEAR.search(text)) or not doc_date else int(doc_date[:4])
        found = scan(text, context_year=year, doc_date=doc_date, context=prev)
        if earlier_year(found, text, ctx.year, doc_date):
            found = scan(text, context_year=ctx.year, doc_date=doc_date, context=prev)
        if same_day(text):
            # "同日" is the day the sentence before opens with: its announcement ("4月4日宣布…，自4月10日起實施。同日…")
            before = [d for d in scan_dates(prev, year, doc_date) if d.precision == "day"] if prev else []  # (the year this sentence is read with)
            if before and _STARTS_ON.match(prev, before[0].end) and ctx.last_event is not None and ctx.last_event.date:
                before = []  # the sentence before opens with its measure's start ("…同日发布公告，自3月10日起…"): its own day
                ctx.last_date = ctx.last_event.date
            recent = ctx.last_event.date if ctx.last_event is not None and ctx.family_age <= 1 and len(ctx.last_event.date or "") == 10 else None
            if before and ctx.last_day and all(_START_DAY.search(prev, max(0, d.start - 2), d.start) and "起" in prev[d.end:d.end + 10]
                                               for d in before):
                # "…23日宣布…。第一批自9月1日起…，第二批自12月15日起…。…同日也宣布": the day of the announcement, not of a start
                before, recent = [], None
            ctx.last_date = before[0].iso if before else recent or ctx.last_day or ctx.last_date or doc_date
            if ctx.in_item and ctx.intro:
                ctx.last_date = ctx.intro  # "同日，商务部发布公告…" after a notice's numbered items: the notice's day
            starts = effective_date(text, found, 0, len(text))
            if (starts is not None and ctx.last_date and ctx.latest_day and ctx.last_date < ctx.latest_day <= starts.iso
                    and _months(ctx.last_date, starts.iso) > 6):
                # "此外，海关总署同日宣布，自7月1日起…" after a paragraph of history: the day of the news, not of the history
                ctx.last_date = ctx.latest_day
        # "…列入出口管制管控名單；並以…為由，將10家美國企業列入不可靠實體清單。": the sentence goes on from the one before
        # "…對雞肉加徵15%關稅；對高粱加徵10%關稅。": after a "；" the measure before lends its date (and start)
        # (a clause with an object of its own: "原加徵稅率為5%者，下調到2.5%" details the measure before)
        semi = semi if semi is not None and (_OBJECT.match(text) or _ALSO.match(text)) else None
        carry = ctx.last_date if _GOES_ON.match(text) else semi.date if semi is not None else None
        if carry is None and (_ALSO_DECIDED.match(text) or (ctx.aliases and _BOARD_RESOLVED.search(text))):
            # the day of the news the body's other decision was told on; a filing's further board resolution, its day
            carry = ctx.latest_day
        ctx.in_item = bool(ctx.intro and _ENUM.match(text))
        if carry is None and ctx.in_item:
            carry = ctx.intro
        if carry is None and ctx.item_day and not found.dates:
            carry = ctx.item_day  # the day of the digest heading above ("二、9月23日｜墨西哥")
        if carry is None and not found.dates and ctx.last_event is not None and ctx.last_event.date and _SAME_PACKAGE.match(text):
            carry = ctx.last_event.date  # "同一方案把105艘…油輪列入…名單", "方案亦首次把兩家…銀行列入…": the package told before
        if carry is None and _ROUNDUP_LABEL.match(text):
            carry = ctx.last_day or doc_date  # "【立讯精密】公司公告，拟…": an item of the day's roundup of filings
        if not english and (own := _NOTICE_STARTS.match(text)) is not None and doc_date:
            start = effective_date(text, found, own.end(), len(text))
            notice_day = ctx.intro or doc_date
            if start is not None and start.iso > notice_day:
                # "三、本公告自2025年11月8日起正式实施。": the notice's measures start then
                events[:] = [replace(ev, extra={**ev.extra, "effective": start.iso})
                             if ev.date == notice_day and not ev.extra.get("effective") else ev for ev in events]
        n = len(events)
        for lo, hi in _segments(view, found):
            for ev in _segment_events(doc_id, page_no, view, found, lo, hi, ctx, english, doc_date, carry if lo == 0 else None):
                if semi is not None and ev.date == semi.date and semi.extra.get("effective") and not ev.extra.get("effective"):
                    ev = replace(ev, extra={**ev.extra, "effective": semi.extra["effective"]})
                events.append(replace(ev, evidence=page[ev.start:ev.end]))
        _settle_sentence(events, n, page, text, found)
        if not english:
            _respectively(events, n, text, found)
        _joint_actors(events, n, text, found, False)
        if len(events) > n and raw.rstrip().endswith(("；", ";")):
            ctx.semicolon = events[-1]
        explicit = [d for d in found.dates if not d.inferred and not _background(text, d)]
        if explicit:
            ctx.year = int(explicit[-1].iso[:4])
        if found.dates:
            ctx.last_date = found.dates[-1].iso
        days = [d.iso for d in found.dates if d.precision == "day" and effective_date(text, found, d.start, d.end) is None]
        ctx.last_day = days[-1] if days else ctx.last_day
        ctx.latest_day = max([*days, ctx.latest_day or ""]) or None
    # "决定加强相关两用物项对美国出口管制。现将有关事项公告如下：一、禁止…": the decision is told again by its items
    # (a notice's subject line, "主旨：修正「…」…", told again by the items of its 公告事項)
    heads = [i for i, ev in enumerate(events) if _ITEMS_FOLLOW.match(page, ev.end) or re.match(r"\s*主旨\s*[：:]", page[ev.start:ev.start + 6])]
    for i in reversed(heads):
        if sum(bool(e.type == events[i].type and e.start > events[i].end and _ENUM.match(page, e.start)) for e in events) >= 2:
            del events[i]  # (an item or two may only spell out the one measure decided: "一、满足以下特性的物项，未经许可，不得出口")
    return events


def _respectively(events: list[Event], n: int, text: str, found: Found) -> None:
    """One measure told of two parties or two targets on two days ("哈萨克斯坦和吉尔吉斯斯坦已分别自今年7月和9月起，禁止…",
    "CBP曾於民國109年8月及110年8月，分別對…「大旺號」及「聯義興12號」發布暫扣令"): a measure for each, on its own day."""
    m = _RESPECTIVELY.search(text)
    if m is None or len(events) - n != 1:
        return
    days = [d for d in found.dates if d.precision != "year" or d.raw.endswith("年")]
    if len(days) != 2 or not re.fullmatch(r"\s*(?:及|和|與|与|、)\s*", text[days[0].end:days[1].start]):
        return
    ev = events[n]
    states = list(dict.fromkeys(st for nm in found.names if nm.start < m.start() and (st := state_of(nm.canonical, nm.kind))))
    actors = states if len(states) == 2 else [ev.actor, ev.actor] if len(states) <= 1 else None
    if actors is None:
        return
    events[n:] = [replace(ev, id=f"{ev.id}-{i}", actor=a, date=d.iso, target=tuple(t for t in ev.target if t != a))
                  for i, (a, d) in enumerate(zip(actors, days))]


_RESPECTIVELY = re.compile(r"分別|分别")
# several states taking the same measure, each its own: "墨西哥、土耳其、巴西等國也相繼提高汽車及零部件進口關稅",
# "Mexico, Türkiye and Brazil have each raised duties on cars"
_JOINT_ZH = re.compile(r"\s*(?:等(?:國|国|國家|国家|經濟體|经济体|地))?\s*(?:也|亦|均|都|皆|相繼|相继|先後|先后|陸續|陆续|各自|紛紛|纷纷)")
_JOINT_EN = re.compile(r"\s+(?:have|has)?\s*(?:all|each|both|separately|respectively)\b")
_LIST_SEP = re.compile(r"\s*(?:、|，|,|和|及|與|与|以及|and|, and)\s*")


def _joint_actors(events: list[Event], n: int, text: str, found: Found, english: bool) -> None:
    """One measure told of several acting states at once (a list of states, then 等國/也/相繼 or "each/all"): an event
    for each state, the same measure (a pact between them is one event; a move is a firm's)."""
    if len(events) - n != 1 or events[n].type in ("trade_agreement", "relocation", "investment_restriction") or events[n].actor is None:
        return
    states = [(nm, st) for nm in found.names if (st := state_of(nm.canonical, nm.kind)) and nm.kind in ("country", "agency")]
    run: list[tuple] = []
    for nm, st in states:
        if run and _LIST_SEP.fullmatch(text[run[-1][0].end:nm.start]):
            run.append((nm, st))
            continue
        if len(run) >= 2 and (_JOINT_EN if english else _JOINT_ZH).match(text, run[-1][0].end):
            break
        run = [(nm, st)]
    if len(run) < 2 or not (_JOINT_EN if english else _JOINT_ZH).match(text, run[-1][0].end):
        return
    actors = list(dict.fromkeys(st for _, st in run))
    ev = events[n]
    if ev.actor not in actors or len(actors) < 2:
        return
    events[n:] = [replace(ev, id=ev.id if a == ev.actor else f"{ev.id}-{i}", actor=a, target=tuple(t for t in ev.target if t not in actors))
                  for i, a in enumerate(actors)]


# "上述商品2017年自美进口金额约9.77亿美元", "此次34項產品去年對中國大陸出口金額約3.9億美元": the trade the measure told
# just before covers, in a sentence of its own
_TRADE_VALUE = re.compile(r"(?:此次|上述|該|该|這些|这些|相關|相关|涉及|所涉)[^。；;]{0,30}?(?:進口|进口|出口|貿易|贸易|輸美|输美|輸華|输华)"
                          r"(?:金額|金额|額|额|值|總額|总额)")


def _trade_value(events: list[Event], raw: str, ctx: Context, doc_date: str | None) -> None:
    """Give the trade value a sentence states about the measure before (no amount of its own) to that measure."""
    if not events or events[-1].amount_usd is not None or ctx.family_age > 1 or not _TRADE_VALUE.search(raw):
        return
    if events[-1].type not in ("tariff", "trade_agreement", "export_control", "other"):
        return
    found = scan(raw, context_year=ctx.year, doc_date=doc_date)
    amount = pick_amount(found, 0, len(raw))
    if amount is not None:
        events[-1] = replace(events[-1], amount_usd=amount)


def _settle_sentence(events: list[Event], n: int, page: str, text: str, found: Found) -> None:
    """What one sentence's clauses say about each other's measures, once all of them (``events[n:]``) are built."""
    for i in range(n + 1, len(events)):
        ev, before = events[i], events[i - 1]
        if (ev.type == before.type and before.status in ("implemented", None)
                and _SUSPENDS_IT.match(page, ev.start) and (ev.rate_pct is None or ev.rate_pct != before.rate_pct)):
            # "…課徵32%對等關稅，美方隨後…宣布暫緩90天實施，暫緩期間改適用10%基本關稅": the measure before is paused
            events[i - 1] = replace(before, status="suspended")
    tail = _TAIL_START.search(text) if len(events) - n > 1 else None
    start = effective_date(text, found, tail.start(), len(text)) if tail is not None else None
    if start is not None:
        # "对…加征15%关税，对…加征10%关税，自2月10日起实施。": the closing start date is every parallel measure's
        kind = events[-1].type
        told = min((ev.date for ev in events[n:] if ev.type == kind and ev.date and len(ev.date) == 10 and ev.date < start.iso),
                   default=None)
        events[n:] = [replace(ev, date=told if ev.date == start.iso and told else ev.date,
                              extra={**ev.extra, "effective": start.iso})
                      if ev.type == kind and (not ev.extra.get("effective") or ev.date == start.iso) and (ev.date or "") <= start.iso
                      else ev for ev in events[n:]]


# the sanction trigger that names firms as what countermeasures are taken on ("…子公司采取反制措施")
_ON_FIRMS = re.compile(sanctions.ON_FIRMS)
_WTO_DISPUTE = re.compile(other.WTO_DISPUTE)
_ON_LISTED = re.compile(r"(?:列入|納入|纳入)(?:不可靠實體|不可靠实体|反制)?(?:清單|清单|名單|名单)的[^。；;]{0,30}?(?:實體|实体|企業|企业|公司)(?:採取|采取)的")
# an agreement trigger that names only talks ("貿易談判", "第11輪…磋商")
_TALKS_ONLY = re.compile(r"[^。；;]*?(?:談判|谈判|磋商|會談|会谈|會議|会议|協商|协商|會晤|会晤)")
_AGREED = re.compile(r"達成|达成|共識|共识|簽署|签署|聲明|声明|協議|协议|協定|协定")
# an agreement's concessions stopped ("中止適用ECFA協定稅率"): the agreement suspended
_CONCESSION_STOPPED = re.compile(r"(?:中止|暫停|暂停)[^。；;]{0,40}?(?:關稅減讓|关税减让|早期收穫|早期收获|協定稅率|协定税率)")
_NOTICE_STARTS = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}\s*[、．.]\s*)?本(?:公告|通知|決定|决定|辦法|办法|規定|规定|措施)")
_ITEMS_FOLLOW = re.compile(r"[。\s]*(?:(?:现将|現將)[^。；]{0,12}?(?:公告|通知|規定|规定|決定|决定)如下|(?:公告|通知|決定|决定)?(?:主要)?(?:內容|内容)包括\s*[：:])")


_BARE_RATE = re.compile(r"[^，。；;：:]{1,20}?(?:則|则)?(?:為|为|高達|高达|達|达|是)\s*(?P<r>\d+(?:\.\d+)?)\s*[%％]\s*[。；;]?")


def _party_rate(doc_id: str, page_no: int, page: str, s: int, e: int, semi: Event | None) -> Event | None:
    """A clause stating only a party and a rate after a duty's rate and a "；" ("吉利为18.8%"): that duty's rate for
    the party named (a company's own rate of an anti-dumping or countervailing duty), else None."""
    if semi is None or semi.type != "tariff" or semi.rate_pct is None:
        return None
    m = _BARE_RATE.fullmatch(page, s, e)
    if m is None:
        return None
    firms = [n.canonical for n in find_names(page[s:e]) if n.kind == "company"]
    if not firms:  # a firm the names list does not know ("吉利为18.8%"): its name as written
        head = re.match(r"\s*([\u4e00-\u9fffA-Za-z]{2,8}?)(?:則|则)?(?:為|为|高達|高达|達|达|是)", page[s:e])
        if head is None or re.search(r"其[他餘余]|其餘|其余|稅率|税率|平均|整體|整体|最高|最低|占比|佔比|比重|比例|幅|增長|增长|下降|上升|"
                                     r"成長|成长|份額|份额|規模|规模|金額|金额|總額|总额|數量|数量|價格|价格", head.group(1)):
            return None
        firms = [head.group(1)]
    states = [t for t in semi.target if name_country(t) == t]
    return replace(semi, id=event_id(doc_id, page_no, s, e, "tariff"), rate_pct=float(m.group("r")), start=s, end=e,
                   evidence=page[s:e], target=tuple(dict.fromkeys([*states, *firms])),
                   extra={k: v for k, v in semi.extra.items() if k not in ("mentions", "rate_from", "rate_from_pct")})


# a listed company's short name opening a filing's title: "宏晟精密公告董事會決議…", "佳穎精密：代子公司公告…"
_FILER_SHORT = re.compile(r"^\s*(?P<n>[\u4e00-\u9fff]{2,6}?)\s*(?:[：:]\s*)?(?:(?:代子公司|代重要子公司)?公告|法說會|法说会|業績會|业绩会)")
_FILING_CUE = re.compile(r"董事會|董事会|子公司|股東會|股东会|營收|营收|重大訊息|增資|增资|投資|投资|法說會|法说会|業績會|业绩会")
_FILER = re.compile(r"^\s*(?P<n>[\u4e00-\u9fffA-Za-z（）()]{2,30}?(?:股份有限公司|有限責任公司|有限责任公司|有限公司|集團|集团))\s*(?:關於|关于|董事會|董事会|股東會|股东会|公告|宣布|重大訊息|自願性公告|自愿性公告)")


def filer(title: str | None) -> str | None:
    """The listed company a filing's title names ("浙江恒锐电机股份有限公司关于对外投资…的公告", "宏晟精密公告董事會決議…",
    "佳穎精密：代子公司公告…"): "公司" in its text."""
    m = _FILER.match(title or "")
    if m:
        return m.group("n")
    m = _FILER_SHORT.match(title or "")
    if m and _FILING_CUE.search(title) and not re.search(r"[部局署會会院委辦办府處处]$", m.group("n")):
        return m.group("n")
    return None


# a company's release: "Lumaris Electronics to Build $260 Million TV Plant in Reynosa, …", "Brightwell Toys Accelerates …"
_PRESS_FIRM = re.compile(r"^\s*(?P<n>[A-Z][\w&.'’-]*(?: (?:[A-Z][\w&.'’-]*|&|de|of)){0,4}?) (?:[Tt]o|[Ww]ill|[Pp]lans? to|[Aa]nnounces?|[Uu]nveils?|[Oo]pens?|[Ee]xpands?|"
                         r"[Pp]icks?|[Bb]uilds?|[Ii]nvests?|[Bb]reaks [Gg]round|[Mm]oves?|[Ss]hifts?|[Ss]tarts?|[Bb]egins?|[Cc]ommits?|[Ss]craps?|[Hh]alts?|[Pp]auses?|"
                         r"[Cc]loses?|[Aa]ccelerates?|[Dd]ecides? to|[Cc]ompletes?|[Ss]ecures?|[Ww]ins?|[Rr]eceives?|[Oo]btains?|"
                         # "Hanseong Electric Q4 2025 earnings call notes: …": a firm's results call
                         r"(?:(?:Q[1-4]|FY|H[12]) ?(?:20)?\d\d )?(?:[Ee]arnings|[Rr]esults) (?:[Cc]all|[Bb]riefing|[Rr]elease))\b")
# words that open a title about a state, a body or a document, not a firm
_NOT_FIRM_OPENING = re.compile(r"(?:Government|Commission|Commerce|Council|Congress|Parliament|Ministry|Department|President|White House|Treasury|Customs|"
                               r"Additions?|Removals?|Determination|Briefing|Notice|Report|Brief|Client Alert|Q&A|[A-Z][a-z]+(?:ese|ian|ish|can|ern))\b")


# a firm's own report: "Brenmoor Scientific plc — Annual Report and Accounts 2025 (excerpt): …"
_REPORT_FIRM = re.compile(r"^\s*(?P<n>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,4}?)(?:,? (?:plc|PLC|Inc\.?|Ltd\.?|AG|SE|S\.A\.|N\.V\.|Corp\.?|Co\.,? Ltd\.?))?"
                          r",?\s*[—–-]+\s*(?:Annual Report|Interim Report|Half[- ]?Year(?:ly)? Report|Quarterly Report|Form (?:10-K|10-Q|20-F|8-K|6-K)|Sustainability Report)")


def press_firm(title: str | None) -> str | None:
    """The firm an English release's title opens with ("Lumaris Electronics to Build … Plant in Reynosa"), or whose own
    report it is ("Brenmoor Scientific plc — Annual Report and Accounts 2025"), or None when the title opens with a
    state, a public body or a document's name ("U.S. to double tariffs …", "Japanese parts makers …")."""
    m = _PRESS_FIRM.match(title or "") or _REPORT_FIRM.match(title or "")
    if not m or _NOT_FIRM_OPENING.match(m.group("n")):
        return None
    if any(n.kind in ("country", "agency", "place", "org") for n in find_names(m.group("n"))):
        return None
    return m.group("n")


def issuer(title: str | None) -> str | None:
    """The state a notice's title names as its issuer ("商务部 海关总署公告2025年第66号 关于…" -> China), or None."""
    if not title or not re.search(r"公告|通知|決定|决定|令|答記者問|答记者问|Notice|Order|Proclamation", title):
        return None
    found = scan(title, context_year=None, doc_date=None)
    head = re.search(r"公告|通知|決定|决定|關於|关于|Notice|Order", title)
    actor, _ = pick_actor(title, found, 0, len(title), head.start() if head else len(title))
    return actor


# a release's first line: the body that issues it, with the kind of release or its date ("農業部動植物防疫檢疫署新聞稿　發布日期：
# 115年2月10日", "財政部公告 發文日期：…", "Press Release | Ministry of Trade, Industry and Energy (MOTIE), Republic of Korea")
_MASTHEAD = re.compile(r"新聞稿|新闻稿|新聞資料|新闻资料|公告|通告|發布日期|发布日期|發文日期|发文日期|發布單位|发布单位|"
                       r"\b(?:Press|News|Media) (?:Release|Statement)\b", re.I)
# the body that wrote the text naming itself ("本署自即日起暫停…", "經本部審查…"): the masthead's state
_SELF_BODY = re.compile(r"(?<![日基成資资根版樣样文原課课劇剧腳脚書书])本(?:署|部|局|會|会|處|处|院|府|委員會|委员会)(?![分議议計计長长])")


def masthead(text: str) -> str | None:
    """The state of the body a release's first lines name as its author, or None: a line that names the kind of release
    or its day ("新聞稿", "發布日期", "Press Release"), read before that word (or, when nothing precedes it, up to the first
    clause after it), naming public bodies of one state only."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip() and not re.match(r"\s*(?:title|date):", ln)][:2]
    for ln in lines:
        if (word := _MASTHEAD.search(ln[:160])) is None:
            continue
        # the body before the kind of release ("…防疫檢疫署新聞稿"), else the heading after it ("Press Release | Ministry of
        # …"), up to the prose a reader may have joined to it
        ln = ln[:word.start()] if re.search(r"[\u4e00-\u9fffA-Za-z]{2}", ln[:word.start()]) else re.split(r"[。，；]|\.\s", ln)[0]
        found = scan(ln, context_year=None, doc_date=None)
        states = {st for n in found.names if n.kind in ("agency", "country") and (st := state_of(n.canonical, n.kind))}
        if len(states) == 1 and any(n.kind == "agency" for n in found.names):
            return states.pop()
    return None


def home_state(title: str | None) -> str | None:
    """The one state an English title names, or whose capital it names ("Q&A: Mexico's deputy trade minister …",
    "Speech … at the Economic Security Forum, London"): whom "we" and an unnamed ministry stand for."""
    if not title:
        return None
    if is_cjk_text(title):  # "我國反傾銷措施執行現況與檢討": a Taiwan text's "our country"; "我国" a mainland one's
        return "Taiwan" if "我國" in title else "China" if "我国" in title else None
    found = scan(title, context_year=None, doc_date=None)
    # (not the state goods come from: "Revocation of Antidumping Duty Order on … From the People's Republic of China")
    states = {n.canonical for n in found.names if n.kind == "country" and not re.search(r"\b(?:[Ff]rom|[Aa]gainst)\s+(?:the\s+)?$", title[:n.start])}
    states |= {st for cap, st in CAPITALS.items() if re.search(rf"\b{re.escape(cap)}\b", title)}
    if len(states) > 1:  # "Russia's war of aggression against Ukraine: EU adopts 18th package …": the one that acts
        acting = {n.canonical for n in found.names if n.kind == "country" and _TITLE_VERB.match(title, n.end)}
        # "India Trade Update: … the India-UK FTA": the state the title opens with
        states = acting or {n.canonical for n in found.names if n.kind == "country" and n.start == 0}
    return states.pop() if len(states) == 1 else None


_TITLE_VERB = re.compile(r"\s+(?:adopts|imposes|announces|adds|extends|expands|lists|sanctions|bans|blocks|tightens|lifts|suspends|"
                         r"signs|approves|launches|introduces|issues|designates|restricts|raises|cuts|levies|renews|publishes)\b")


def _notice_named(text: str, trig: int, found: Found, lo: int, hi: int) -> bool:
    """The trigger is inside the title of a notice (《…的公告》, 《…通知》) cited in a clause with no rate or sum:
    the notice is named, not enacted (a law's title, 《…法》, may be what is passed, and is read)."""
    opened = text.rfind("《", lo, trig)
    close = text.find("》", trig, hi)
    if opened < 0 or close < 0 or text.rfind("》", lo, trig) > opened:
        return False
    return bool(re.search(r"(?:公告|通知)$", text[opened + 1:close])) and not any(
        lo <= x.start < hi for x in (*found.rates, *found.amounts))


def _background(text: str, d) -> bool:
    """A year that does not set the scene for the next sentence: "自 2013 年始", "1962 年《貿易擴張法》"."""
    after = text[d.end:d.end + 3]
    if re.search(r"\b(?:since|before|prior to|until|through)(?:\s+(?:early|late|mid-?|the end of|the start of))?\s+$", text[max(0, d.start - 30):d.start], re.I):
        return True  # "the first such month since late 2018": the past the news is measured against
    return bool(re.match(r"\s*(?:始|以來|以来|起|《|的|前|之前|以前)", after)
                or (d.precision == "year" and re.match(r"\s*[《〈]", after)))


def _update_year(ctx: Context, text: str, doc_date: str | None) -> None:
    # Cheap check before running the date parser on a sentence with no trigger: it needs a 4-digit year.
    if re.search(r"(?:19|20)\d\d\s*年|民國|民国|\b(?:19|20)\d\d\b", text):
        ds = [d for d in scan_dates(text, ctx.year, doc_date) if not d.inferred and not _background(text, d)]
        if ds:
            ctx.year = int(ds[-1].iso[:4])


def scan_dates(text: str, year: int | None, doc_date: str | None):
    """Dates of a sentence (only those, for context)."""
    from ..normalize.dates import parse_dates

    return [d for d in parse_dates(text, context_year=year, doc_date=doc_date) if d.kind == "date"]


def _segment_events(doc_id, page_no, view: View, found: Found, lo: int, hi: int, ctx: Context, english: bool,
                    doc_date: str | None, carry: str | None = None) -> list[Event]:
    kept = _KEPT_CLAUSE.search(view.text, lo, hi)
    if kept is not None:  # "…继续暂停加征24%的关税，期限一年，保留加征10%的关税": the kept part is no measure
        after = next((i for i in range(kept.end(), hi) if view.text[i] in "，,；;"), hi)
        first = _segment_events(doc_id, page_no, view, found, lo, kept.start(), ctx, english, doc_date, carry)
        if after < hi:  # "…，保留10%的加征关税，同时停止对…加征最高15%的关税": what follows is read on its own
            before = next((e.date for e in reversed(first) if e.date), carry)
            first += _segment_events(doc_id, page_no, view, found, after, hi, ctx, english, doc_date, before)
        return first
    whole = _clause_events(doc_id, page_no, view, found, lo, hi, ctx, english, doc_date, carry_date=carry)
    turns = {m.start() for m in _TURN.finditer(view.text, lo, hi)} if not english else set()
    cuts = sorted(turns | parallel_cuts(view.text, found, lo, hi, turns, FAMILIES)) if not english else []
    if not cuts:
        return whole
    # read clause by clause when that states more measures than the whole segment does
    bounds = [lo, *cuts, hi]
    saved = (ctx.family, ctx.family_age)
    parts: list[Event] = []
    for i, (a, b) in enumerate(zip(bounds, bounds[1:])):
        # "继对…加征的关税…后，美方又…": a "…后" clause is subordinate; its subject is the next clause's
        sub = bool(_AFTER_CLAUSE.fullmatch(view.text, a, b)) and i + 2 < len(bounds)
        # "自3月10日起，對雞肉…加徵15%關稅，對高粱…加徵10%關稅": a later clause keeps the date of the one before
        before = next((e for e in reversed(parts) if e.date), None)
        carry = before.date if before is not None else carry if i == 0 else None
        if i > 0 and CAUSE_OPEN.match(view.text, lo) and a == bounds[1]:
            carry = None  # the move after its cause ("因應美國自5月10日起…，本公司將…") is not dated by the cause
        new = _clause_events(doc_id, page_no, view, found, a, b, ctx, english, doc_date,
                             actor_hi=bounds[i + 2] if sub else None, carry_date=carry)
        if before is not None and before.extra.get("effective"):  # and the day it starts
            new = [replace(e, extra={**e.extra, "effective": before.extra["effective"]})
                   if e.date == before.date and not e.extra.get("effective") else e for e in new]
        parts += new
    if len(parts) > len(whole):
        return parts
    if parts and len(parts) == len(whole) and any(_CONTRAST.match(view.text, c + 1) for c in cuts):
        return parts  # "廣達…，和碩則於6月間表示，其…新廠…量產": the measure is the second subject's, read in its clause
    if parts and len(parts) == len(whole) and any(e.type == "relocation" and e.start > lo for e in parts) and CAUSE_OPEN.match(view.text, lo):
        return parts  # "因應美國…加徵…關稅…，本公司將…產線移轉至越南": the move read in its own clause, not with its cause's date
    ctx.family, ctx.family_age = saved if not whole else (whole[-1].type, 0)
    return whole


def _clause_events(doc_id, page_no, view: View, found: Found, lo: int, hi: int, ctx: Context, english: bool,
                   doc_date: str | None, actor_hi: int | None = None, carry_date: str | None = None) -> list[Event]:
    text = view.text
    hits: list[tuple[Family, re.Match]] = []
    for fam in FAMILIES:
        m = _trigger(fam, text, lo, hi, english)
        if m:
            hits.append((fam, m))
    # "貿易制裁" is the report's word for tariff rounds: a sanction trigger inside a tariff trigger yields.
    spans = {f.type: (m.start(), m.end()) for f, m in hits}
    if "tariff" in spans and any(f.type == "sanction" and _ON_FIRMS.fullmatch(m.group()) for f, m in hits):
        # "对韩华海洋株式会社的5家美国子公司采取反制措施": countermeasures on firms are sanctions, not duties
        hits = [(f, m) for f, m in hits if f.type != "tariff" or not (spans["sanction"][0] <= m.start() < spans["sanction"][1])]
        spans = {f.type: (m.start(), m.end()) for f, m in hits}
    dispute = next((m for f, m in hits if f.type == "other" and _WTO_DISPUTE.fullmatch(m.group())), None)
    if dispute is not None:
        # "就美方對香港產品加徵關稅的措施，向世貿提出磋商請求": the measure disputed is named, the dispute is the event
        hits = [(f, m) for f, m in hits if f.type == "other" or m.start() > dispute.end()]
        spans = {f.type: (m.start(), m.end()) for f, m in hits}
    if "investment_restriction" in spans and "sanction" not in spans and _ON_LISTED.search(text, lo, hi):
        # "对此前列入清单的美国天桥防务公司等5家实体采取的禁止在中国境内新增投资…等措施暂停实施一年": measures on listed
        # parties are the listing's sanctions, not a screening of investment
        hits = _retyped(hits, "investment_restriction", "sanction")
        spans = {f.type: (m.start(), m.end()) for f, m in hits}
    if any(f.type == "sanction" and re.fullmatch(r"反制(?:清單|清单)", m.group()) for f, m in hits) and _GOODS_LIST.search(text, lo, hi):
        # "涉及约930亿欧元美国商品、税率最高30%的反制清单": a list of goods to be taxed, a retaliatory tariff
        hits = _retyped(hits, "sanction", "tariff")
        spans = {f.type: (m.start(), m.end()) for f, m in hits}
    if any(f.type == "sanction" for f, _ in hits) and export_controls.ANNEX_IV.search(text, lo, hi):
        # "将多家哈萨克斯坦…企业列入“附件IV”名单": the EU's export-restriction list, whatever package adds to it
        hits = _retyped(hits, "sanction", "export_control")
        spans = {f.type: (m.start(), m.end()) for f, m in hits}
    if "tariff" in spans and any(f.type == "sanction" and re.match(r"反外[國国]制裁", m.group()) for f, m in hits):
        # countermeasures taken under the Anti-Foreign Sanctions Law ("依據《反外國制裁法》對20家美國軍工企業…採取反制措施")
        hits = [(f, m) for f, m in hits if f.type != "tariff"]
        spans = {f.type: (m.start(), m.end()) for f, m in hits}
    if "tariff" in spans and "sanction" in spans and (spans["tariff"][0] <= spans["sanction"][0] < spans["tariff"][1]
                                                      or not _ASSETS.search(text, lo, hi)):
        hits = [(f, m) for f, m in hits if f.type != "sanction"]
    if len(hits) > 1:
        hits = [(f, m) for f, m in hits if f.type != "trade_agreement" or not _BASIS.search(text[max(lo, m.start() - 16):m.start()])]
    if len(hits) > 1 and any(f.type in ("tariff", "other") for f, _ in hits):
        # "簽署行政命令落實協議內容，…關稅由27.5%降為15%": a measure carrying out a deal; "取消…数字服务税，以换取与美国恢复
        #贸易谈判": a measure taken in exchange for talks
        hits = [(f, m) for f, m in hits if f.type != "trade_agreement" or not (
            re.search(r"(?:落實|落实|執行|执行|履行)[^。；;，]{0,6}(?:協議|协议|協定|协定)", m.group())
            or re.search(r"(?:以換取|以换取|換取|换取)[^，。；]{0,8}$", text[max(lo, m.start() - 12):m.start()]))]
    if len(hits) > 1 and _DOMESTIC_TAX.search(text, lo, hi) and not _DUTY.search(text, lo, hi):
        hits = [(f, m) for f, m in hits if f.type != "tariff"]  # "签署数字服务税法案，…征收3%的税": a tax at home, no duty
    if len(hits) > 1:
        hits = [(f, m) for f, m in hits if f.type != "other"]
    if any(f.type == "trade_agreement" and _bare_deal(m.group())
           and re.search(r"(?:投資|投资)[^。；;]{0,20}?(?:建設|建设|興建|兴建|設廠|设厂|建廠|建厂|項目|项目)", text[m.end():hi]) for f, m in hits):
        # "…钢企9月与阿曼苏哈尔自由区签署协议，投资约15亿美元建设…项目": a firm's investment deal, no trade pact
        hits = [(f, m) for f, m in hits if f.type != "trade_agreement"]
    if any(f.type == "relocation" for f, _ in hits):
        # "與天津方面簽署協議，在天津興建第二條A320系列總裝線": a firm's deal to build a plant, no trade pact
        hits = [(f, m) for f, m in hits if f.type != "trade_agreement" or not _bare_deal(m.group())]
    if (len(hits) == 1 and hits[0][0].type == "other" and re.match(r"(?:啟動|启动|發起|发起|立案|展開|展开)[^。；;]{0,10}(?:調查|调查)", hits[0][1].group())
            and _REMEDY.search(text)):
        # "…申請對…課徵反傾銷稅，貿委會…正式立案調查": an investigation in a trade-remedy case weighs a duty
        hits = [(next(f for f in FAMILIES if f.type == "tariff"), hits[0][1])]
    if IMPORT_BAN_LIST.search(text, lo, hi) or _SELLS_TO_US.search(text, lo, hi):
        # (also "禁止因美纳公司向中国出口基因测序仪": a firm barred from selling to the actor's own market, an import ban)
        # "将37家中国企业列入《维吾尔强迫劳动预防法》实体清单": a list whose goods may not enter, an import ban
        hits = _retyped(hits, "export_control", "other")
    if "sanction" in {f.type for f, _ in hits}:
        # "列入不可靠实体清单，禁止其…在中国境内新增投资": the investment ban is part of the listing
        hits = [(f, m) for f, m in hits if f.type != "investment_restriction" or not (
            m.group().startswith("禁止") or re.search(r"反制措施|不可靠", text[lo:m.start()]))]
    # "未与其签署自贸协定国家": an agreement named as absent is none
    hits = [(f, m) for f, m in hits if f.type != "trade_agreement" or not _NO_AGREEMENT.search(text, max(lo, m.start() - 10), m.end())]
    agreement = next((m for f, m in hits if f.type == "trade_agreement"), None)
    if agreement is not None:
        # "同意…停止互相加徵關稅" is what the agreement says, not a tariff measure of its own
        concession = next((m for f, m in hits if f.type == "tariff" and re.search(r"減讓|减让|優惠|优惠", m.group())), None)
        if concession is not None:  # "中止ECFA…關稅減讓": concessions withdrawn are a tariff measure, not an agreement
            hits = [(f, m) for f, m in hits if f.type != "trade_agreement"]
        elif (_BASIS.search(text, lo, agreement.start()) or (_AFTER_DEAL.match(text, agreement.end())
                                                               and not re.search(r"(?:生效|實施|实施|上路)$", agreement.group()))) and any(
                f.type != "trade_agreement" and m.start() > agreement.end() for f, m in hits):
            # ("美方於5月12日與中國內地達成暫緩協議後，自5月14日起，郵件內貨品的從價稅率由120%降至54%": the deal told as
            # what came before the measure)
            # "根据中美日内瓦经贸会谈联合声明，双方…互相暂停实施24%的加征关税": the agreement is the basis of the measure
            hits = [(f, m) for f, m in hits if f.type != "trade_agreement"]
        elif not (_TALKS_ONLY.fullmatch(agreement.group()) and not _AGREED.search(text, lo, hi)):
            # (talks held or failed, "美中第11輪高階貿易談判無功而返，美國…自10日起將…關稅由10%調高至25%", say nothing of the duty)
            hits = [(f, m) for f, m in hits if not (f.type == "tariff" and m.start() > agreement.start())]
        # "签署“美阿人工智能加速伙伴关系”框架，双方承诺在…出口管制执行方面加强合作": what the parties undertake, no measure
        hits = [(f, m) for f, m in hits if f.type == "trade_agreement" or m.start() < agreement.end()
                or not _UNDERTAKE.search(text, agreement.end(), m.start())]
    if (not hits and ctx.last_event is not None and ctx.last_event.type == "relocation" and ctx.last_event.actor
            and ctx.family_age <= 3 and (m := _PROJECT_STOPPED.search(text, lo, hi)) is not None):
        hits = [(relocation.FAMILY, m)]  # "…投资建设…项目。…董事会决定终止该项目": the project told before, dropped or paused
    if not hits and ctx.family and ctx.family_age <= 2:
        m = _CONTINUE.search(text, lo, hi)
        if m and any(lo <= d.start < hi for d in found.dates) and (ctx.family != "other" or any(lo <= c.start < hi for c in found.counts)):
            # (an 'other' measure goes on only with a count: "遭到韓方火控雷達照射鎖定" locks no list)
            fam = next(f for f in FAMILIES if f.type == ctx.family)
            hits = [(fam, m)]
    out = []
    for fam, m in hits:
        ev = _build(doc_id, page_no, view, found, lo, hi, fam, m, ctx, english, doc_date, actor_hi, carry_date)
        if ev is not None:
            sides = _mutual_parties(text, lo, hi) if fam.type == "tariff" and not english else None
            if sides:  # "中美…双方…互相暂停实施24%的加征关税": each side's measure on the other
                out += [replace(ev, id=event_id(doc_id, page_no, ev.start, ev.end, f"{fam.type}:{a}"), actor=a, target=(b,))
                        for a, b in (sides, sides[::-1])]
            else:
                out.append(ev)
            ctx.family, ctx.family_age = fam.type, 0
    return out


def _retyped(hits: list, old: str, new: str) -> list:
    """``hits`` with the trigger of family ``old``, if any, read as family ``new`` (and no other ``new`` trigger beside it)."""
    if not any(f.type == old for f, _ in hits):
        return hits
    fam = next(f for f in FAMILIES if f.type == new)
    return [(fam, m) if f.type == old else (f, m) for f, m in hits if f.type != new]


def _bare_deal(trigger: str) -> bool:
    """Whether an agreement trigger names only a "協議" ("簽署協議"), no trade pact (貿易協議, 第一階段協議, 關稅協議)."""
    return bool(re.search(r"(?:協議|协议)$", trigger)) and not _TRADE_DEAL.search(trigger)


def _mutual_parties(text: str, lo: int, hi: int) -> tuple[str, str] | None:
    """The two sides of a measure both take on each other ("双方…互相暂停…加征关税"), named in the sentence as a pair
    ("中美", "美日雙方") or as two states; None when the clause says nothing mutual."""
    return _named_pair(text) if _MUTUAL.search(text, lo, hi) else None


def _named_pair(text: str) -> tuple[str | None, str | None] | None:
    """The two states a text names as a pair, in the order written ("中美双方", "根据中美日内瓦经贸会谈联合声明")."""
    pair = _PAIR.search(text) or _TALKS_PAIR.search(text)
    if pair is None or pair.group(1) is None or pair.group(1) == pair.group(2):
        return None  # (a pact's short title, "中厄自贸协定", names no pair of sides)
    return _ABBREV.get(pair.group(1)), _ABBREV.get(pair.group(2))


# an item of a dated list: "- 110年3月1日：…", "2024年5月：…"
_DATED_ITEM = re.compile(r"\s*(?:[-–•·*]\s*)?(?:(?:\d{2,4}|[一二三四五六七八九十〇○零]{2,4})\s*年\s*)?\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?(?:中旬|上旬|下旬|底|初)?\s*[：:]")


def _heading_parties(heading: str) -> tuple[str, str] | None:
    """(actor, target) a heading names as "X對Y…" ("陸方對臺農漁產品設限時序", "美國對中國出口管制大事記"), else None."""
    m = re.search(r"對|对", heading)
    if m is None:
        return None
    named, aimed = parties_named(heading, r"對|对")
    # (a party written as one character: "陸方對臺…", "美對中…")
    lead = heading[max(0, m.start() - 2):m.start()]
    a = named or ABBR_STATE.get(lead[0] if lead.endswith("方") else lead[-1:] or " ") or ("China" if lead.endswith("陸方") else None)
    b = aimed[0] if aimed else ABBR_STATE.get(heading[m.end():m.end() + 1])
    return (a, b) if a and b and a != b else None


def _told_here(ctx: Context, view: View) -> Event | None:
    """The last event built, when it was told in the sentence now read (an earlier clause of it), else None."""
    ev = ctx.last_event
    return ev if ev is not None and ev.start >= view.span(0, 1)[0] else None


def _told_before(ctx: Context, view: View) -> Event | None:
    """The last event built, when the sentence just before told it ("…已正式投產；天津廠將於…")."""
    ev = ctx.last_event
    return ev if ev is not None and 0 <= view.span(0, 1)[0] - ev.end <= 2 else None


def _clause_start(text: str, lo: int, i: int) -> int:
    """Where the clause holding position ``i`` starts, not before ``lo``."""
    return max([lo, *(j + 1 for j in range(lo, i) if text[j] in "，,；;")])


def _build(doc_id, page_no, view: View, found: Found, lo, hi, fam: Family, m: re.Match, ctx: Context, english: bool,
           doc_date: str | None, actor_hi: int | None = None, carry_date: str | None = None) -> Event | None:
    text = view.text
    trig = m.start()
    body = _named_body(ctx, text) if ctx.bodies and not english else None  # "调查机关…": the body by the name the notice gave it
    # "对…12项商品不再实施进口暂定税率，恢复执行最惠国税率": a rate or a levy ended, not denied
    no_longer = fam.type in ("tariff", "other") and text[max(lo, trig - 2):trig] == "不再" and re.match(
        r"(?:實施|实施|適用|适用|執行|执行)", m.group()) is not None
    if (_NEGATED.search(text[max(lo, trig - 8):trig]) and not no_longer) or (_NO_INTENT.search(text, lo, trig)
            or _TOPIC.match(text, m.end())) or text[max(lo, trig - 1):trig] == "不" or _SURVEY.search(text, lo, _clause_end(text, m.end())):
        return None
    if fam.type == "relocation" and text.rfind("「", lo, trig) > text.rfind("」", lo, trig):
        return None  # inside a programme's name: 「歡迎臺商回臺投資行動方案」
    if fam.type == "relocation" and re.search(r"不涉及(?:生產|生产|製造|制造)|不(?:從事|从事)(?:生產|生产|製造|制造)", text):
        return None  # "設立銷售子公司，負責…銷售及售後服務，不涉及生產製造": a sales office moves no production
    if text.rfind("「", lo, trig) > text.rfind("」", lo, trig) and re.match(
            r"[^」]{0,40}」\s*(?:進行|进行|提出|舉行|举行)?\s*(?:專題|专题)?(?:報告|报告|座談|座谈|研討|研讨|說明|说明|公聽|公听)", text[trig:trig + 60]):
        return None  # "就「陸資來臺投資審查及…出口管制執行情形」進行專題報告": the topic of a report, no measure
    if _NOT_LEVIED.search(m.group()) or _notice_named(text, trig, found, lo, hi):
        return None  # "排除期间不加征…的关税"; "按照《对美加征关税商品市场化采购排除工作的公告》申请": a notice cited
    if _KEPT.search(text, max(lo, trig - 4), trig) or (lo > 0 and _RESULT.match(text, lo + (text[lo] in "，,；;"))):
        return None  # "保留加征10%的关税": a measure kept as it was
    if re.match(r"\s*(?:需|須|须|需要|須經|须经)(?!求)", text[m.end():m.end() + 3]):
        return None  # "恢复进口需日本企业重新办理注册手续": what a measure requires, told as a condition
    if fam.type == "other" and re.search(r"(?:仍|繼續|继续|持續|持续)[^，。；]{0,3}$", text[max(lo, trig - 6):trig]):
        return None  # "韓國仍可持續禁止福島等縣的水產品進口": a ban that goes on, told again
    if "的" in m.group() and re.search(r"(?:此次|本次|上述|前述|該|该)$", text[max(lo, trig - 2):trig]):
        return None  # "此次加征的关税不予减免": the measure stated before, named again
    if fam.type == "tariff" and re.search(r"(?:保留|維持|维持)(?:加徵|加征|課徵|课征)", text[trig:m.end() + 2]):
        return None  # "暂停期间继续保留加征10%的关税": the part kept, no measure
    if re.search(r"(?:是|為|为|屬|属)(?:國際|国际)?(?:通行|通用|慣例|惯例|普遍)(?:的)?(?:做法|作法|慣例|惯例)?", text[m.end():m.end() + 24]):
        return None  # "对镓、锗相关物项实施出口管制是国际通行做法": a measure defended in general, no new one
    if _UNCHANGED.search(text, trig, min(hi, _clause_end(text, m.end()))):
        # "…加徵25%關稅的措施仍不變": a measure left as it was (not "…税率由120%下调至54%，每件100美元的从量关税标准维持不变")
        return None
    since = _SINCE.search(text, lo, min(hi, m.end() + 24))
    if doc_date and ((since is not None and since.start() <= trig) or (_ONGOING.search(text, lo, hi) and _FROM_DATE.search(text, lo, hi))):
        return None  # "自2018年美中貿易戰爆發以來，美國先後…加徵…", "自2018年7月起…實施配額管理…至今已持續七年": history told again
    if (fam.type == "tariff" and re.search(r"(?:關稅|关税)$", m.group()) and re.match(r"(?:清單|清单|目錄|目录)", text[m.end():m.end() + 2])
            and not _ANNOUNCE_VERB.search(text, lo, trig)):
        return None  # "对原产于墨西哥的部分商品加征10%关税清单": the title of a notice's annex
    cut = text.rfind("，", lo, trig)
    clause = text[max(lo, cut + 1):trig]
    opposed = _OPPOSED.search(text, 0, trig)
    if opposed is not None and not _ANNOUNCE_VERB.search(text, opposed.end(), trig) and not re.search(
            r"(?:^|[，,；;]\s*(?:並|并|也|亦|中方|我方|美方|歐方|欧方)?)(?:將|将|已)", text[opposed.end():trig]):
        return None  # "中方坚决反对美方泛化国家安全概念，滥用出口管制措施…": what is opposed, not done
    called = _CALLED_FOR.search(clause)
    if called is None and cut > lo and re.match(r"\s*(?:並|并|且|及|以及|同時|同时)", text[cut + 1:trig]):
        # "該組織呼籲歐盟…跟進制裁，並全面禁止向緬甸出口航空燃油": the call goes on past the comma
        called = _CALLED_FOR.search(text, max(lo, text.rfind("，", lo, cut) + 1), cut)
    if called is None:
        # "亦有委員主張應比照美國，針對第三國轉運建立反規避調查機制": what someone says should be done, past the comma
        called = re.search(r"(?:主張|主张|建議|建议|呼籲|呼吁|促請|促请)(?:政府)?(?:應|应|宜)", text[lo:trig])
    if called is not None and called.group() in ("提議", "提议") and any(
            n.kind in ("agency", "country") and lo <= n.start < trig for n in found.names):
        called = None  # "欧委会还提议对每个入境小包收取2欧元的处理费": a government's proposal is a measure weighed
    if _OPPOSED.search(clause) or called or (fam.type == "trade_agreement" and _CAUSE.search(text[max(lo, trig - 16):trig])):
        return None
    if re.search(r"(?:認為|认为)[，,]?[^。；]{0,40}$", text[lo:trig]) and re.search(r"(?:將會|将会|會|会)(?:影響|影响|導致|导致|造成)", text[trig:hi]):
        return None  # "调查机关认为，对…实施反倾销措施将会影响广大消费者的生活成本": a measure weighed in an assessment
    if fam.type == "sanction" and re.search(r"(?:只|僅|仅)(?:執行|执行)[^，。；]{0,16}$|不(?:承認|承认|會執行|会执行)[^，。；]{0,12}$", text[lo:trig]):
        return None  # "強調香港只執行聯合國安理會實施的制裁，不承認亦不會執行任何單邊制裁": a stance on sanctions, none taken
    if re.match(r"(?:期|期間|期间)(?:為|为|自|從|从)", text[m.end():m.end() + 3]):
        return None  # "本案调查期为2023年7月1日至2024年6月30日": the period a case covers, no step
    if _UNCONFIRMED.search(text):
        return None  # "…被传将在墨西哥建厂，但…表示'目前尚无定论'", "…可能进一步上调，但这目前只是猜测": a rumour, no measure
    if _RULING.search(text, _clause_start(text, lo, trig), trig):
        return None  # "WTO於2014年裁定中國的出口限制違反入會承諾": a ruling on a measure, not the measure
    if _IN_SUPPORT.search(clause):
        return None  # "為配合國際社會對俄羅斯之制裁行動，將擴大…": the others' measure the new one supports, not a measure
    d = pick_date(text, found, lo, hi, trig)
    effective, detail, inherited = None, False, False
    announced = announcement_date(text, found, lo, d)
    if announced is not None:  # dated the day it was decided; the day it starts is kept beside
        effective, d = d.iso, announced
    elif ctx.in_item and d is not None and d.iso > ctx.intro and effective_date(text, found, d.start, d.end) is d:
        effective, d = d.iso, None  # "决定：一、自2025年11月10日起，停止执行…": the notice's date, starting on the 10th
    elif d is not None and (later := effective_date(text, found, max(trig, d.end), hi)) is not None and later.iso > d.iso:
        effective = later.iso  # "今（8）日公告，決定對…課徵…，自本月11日起實施"
    elif (d is not None and ctx.last_date and ctx.last_date < d.iso and same_day(text[lo:d.start])
          and effective_date(text, found, d.start, d.end) is d):
        # "国务院关税税则委员会同日发布公告，自3月10日起…": announced the day before's, starting later
        effective, d = d.iso, None
        carry_date = ctx.last_date
    date = d.iso if d else None
    if (date is None and lo > 0 and fam.type == "trade_agreement" and _PARTNER_ONLY.match(text, lo)
            and (prev := _told_here(ctx, view)) is not None and prev.type == fam.type):
        date = prev.date  # "…10月26日…與馬來西亞簽署…，同日亦與柬埔寨簽署同名協定，並與泰國簽署框架協議": the same day
    if date is None and (same_day(text[lo:hi]) or same_day(text[:lo])):
        # "…RCEP已於2022年1月1日生效，中國—柬埔寨自由貿易協定也於同日生效": a later clause's 同日 is its sentence's day
        told = [x for x in found.dates if x.end <= lo and x.precision == "day"] if lo > 0 and same_day(text[lo:hi]) else []
        date = told[-1].iso if told else carry_date if carry_date and lo > 0 else ctx.last_date
    date = date or carry_date
    if (date is None and not english and ctx.last_event is not None and ctx.family_age <= 2 and (
            (lo == 0 and re.match(r"\s*(?:與此同時|与此同时)", text) and ctx.last_event.type == fam.type)
            # "歐盟同時決定將…「金寶通航運」剔出名單": decided with the measure told before
            or re.search(r"(?:同時|同时)(?:決定|决定|宣布|宣佈)", text[lo:trig]))):
        date = ctx.last_event.date  # "…自2026年1月1日起…实施…暂定税率。与此同时，…不再实施进口暂定税率": the same step's day
    if (date is None and doc_date and ctx.issuer and ctx.last_event is None and not english
            and re.search(r"(?:決定|决定)[^，。；]{0,30}$", text[_clause_start(text, lo, trig):trig])):
        date = doc_date  # a notice's own decision, before any date is told: "…商务部、海关总署决定对部分锂电池…实施出口管制"
    if (date is None and doc_date and body
            and re.search(r"(?:決定|决定)[^，。；]{0,30}$", text[_clause_start(text, lo, trig):trig])):
        date = doc_date  # "调查机关…决定终止对…的反倾销调查": the body the notice named decides on the notice's day
    if date is None and not english and ctx.last_day and (shift := _DAY_SHIFT.match(text, 0)) is not None and len(ctx.last_day) == 10:
        # "此前一天，美国商务部…将140家中国实体列入实体清单": the day before (or after) the one just told
        day = datetime.date.fromisoformat(ctx.last_day) + datetime.timedelta(days=-1 if shift.group(1) else 1)
        date = day.isoformat()
    if date is None and doc_date and not english and _LATELY.search(text, max(lo, trig - 30), trig):
        date = doc_date[:7]  # "川普日前宣布…", "天虹国际集团近日表示…": some days before the item, its month
    if (date is None and doc_date and not english and fam.type == "trade_agreement" and _BY_NOW.search(text, max(lo, trig - 40), trig)
            and any(lo < n.start < trig and text[n.start - 1] in "同與与和" and state_of(n.canonical, n.kind) for n in found.names)):
        date = doc_date  # "目前已同肯尼亚、坦桑尼亚等11个非洲国家完成协定文本磋商": done by the item's own day
    if date is None and ctx.last_date and _PER_STATEMENT.match(text):
        date = ctx.last_date  # "…12日在日内瓦发布联合声明…。根据声明，美方将取消…": the statement's day
    if date is None and ctx.last_date and len(ctx.last_date) >= 7:
        # "20 日，兩國發表聯合聲明": a bare day takes its month from the sentence before
        day = _DAY_ONLY.match(text, lo)
        if day and 1 <= int(day.group(1)) <= 31:
            date = f"{ctx.last_date[:7]}-{int(day.group(1)):02d}"
    if (date is None and not english and fam.keeps_rate and ctx.last_event is not None and ctx.family == fam.type
            and ctx.family_age <= 1 and ctx.last_event.rate_pct is None
            and (not _PART_OF.match(text, lo) or any(lo <= n.start < hi and n.kind == "company" for n in found.names))
            and any(lo <= x.start < hi for x in found.rates) and not _AGGREGATE.search(text, lo, hi)
            and not hedged(text[lo:hi]) and not _IF.search(text, lo, hi)):
        # "…決定課徵反傾銷稅。依公告內容，應訴之A公司適用稅率為14.2%": an undated rate right after a measure of the same
        # kind that stated none is that measure's rate for one party (an event of its own; "其中，…" parts are not)
        date, detail = ctx.last_event.date, True
        inherited = True
        if ctx.last_event.extra.get("effective"):
            effective = ctx.last_event.extra["effective"]
    actor, at = pick_actor(text, found, lo, actor_hi or hi, trig)
    if actor is None and body:
        actor = body  # "调查机关初步认定…，决定终止对原产于日本的进口碘化钾的反倾销调查"
    own = [x for x in _SELF_BODY.finditer(text, 0, trig)] if ctx.masthead and not english else []
    if own and (actor is None or at < own[-1].start() or at > trig) and not any(
            own[-1].end() <= n.start < trig and n.kind in ("agency", "country") for n in found.names):
        actor = ctx.masthead  # "…通報…疫情，為防範疫病入侵，本署自即日起暫停…輸入": the body that wrote the release acts
    if fam.type == "trade_agreement" and not english and agreements.firms_deal(found.names, lo, trig):
        return None  # "高合汽車與沙特投資部簽署協議，擬投資約56億美元"
    topic = _TOPIC_STATE.match(text, lo) or _LIST_LABEL.match(text, lo)
    if topic is not None and fam.type not in ("relocation", "trade_agreement") and not any(
            topic.end() <= n.start < trig and n.kind == "agency" and _names_own_state(n.raw) for n in found.names):
        # (not where the body that acts names its own state: "吉尔吉斯斯坦方面，美国财政部…将5家吉尔吉斯斯坦贸易公司列入")
        st = next((state_of(n.canonical, n.kind) for n in found.names if n.start == topic.start(1)), None)
        actor = st or actor  # "印尼方面，财政部…发布部长条例，对原产于中国的…征收反倾销税": Indonesia's ministry
    if actor is not None and at > trig and ((ctx.in_item and ctx.intro_actor) or (ctx.answers and ctx.issuer)):
        # "二、暂停美国原木输华": the notice's issuer acts; the state after the verb is its object (and in the issuer's
        # answers to reporters: "对53个非洲建交国给予…零关税待遇的举措…，目前已同肯尼亚…完成协定文本磋商")
        actor = ctx.intro_actor if ctx.in_item and ctx.intro_actor else ctx.issuer
    elif (ctx.last_event is not None and ctx.last_event.actor and re.match(r"[，,；;\s]*" + _PACKAGE_GOES_ON + r"\s*$", text[lo:trig])
          and (actor is None or at > trig)):
        actor = ctx.last_event.actor  # "…；方案又禁止歐盟實體與…進行任何交易": the package's next measure, its day
        date = date or ctx.last_event.date
    elif (actor is not None and at > trig and lo > 0 and ctx.last_event is not None and ctx.last_event.actor
          and ctx.last_event.actor != actor and re.match(r"[，,；;\s]*(?:並|并|且|另|同時|同时)\s*$", text[lo:trig])):
        actor = ctx.last_event.actor  # "…暫停台灣柑橘類水果輸入大陸，並暫停台灣冰鮮白帶魚…輸入": the clause before's subject acts
    if (date is None and not english and doc_date and ctx.last_event is not None and ctx.family_age <= 2 and actor is not None
            and actor == ctx.actor and _ANOTHER.match(text, lo, trig)):
        date, inherited = ctx.last_event.date, True  # "財政部另依…申請，決議對…展開反傾銷調查": the same body acting again, the same day
    heading_target = None
    if (ctx.heading_parties is not None and not english and fam.type != "relocation" and _DATED_ITEM.match(text)
            and (actor is None or at > trig or actor == ctx.heading_parties[1])):
        # "一、陸方對臺農漁產品設限時序 / - 110年3月1日：…暫停臺灣鳳梨輸入": the heading's first party acts on its second
        actor, heading_target = ctx.heading_parties
    if actor is None:
        actor = (ctx.intro_actor if ctx.in_item else None) or fam.actor_implied(text[lo:hi])
    if actor is None and lo > 0 and not english and fam.type != "relocation":
        # "美國貿易代表署（USTR）依據301條款調查結果，7月6日起對…課徵25%關稅": the sentence's subject, in a clause before
        actor = pick_actor(text, found, 0, lo, lo)[0]
    firms = fam.type in ("export_control", "sanction", "investment_restriction", "relocation", "other")
    targets = pick_targets(text, found, lo, hi, actor, firms=firms or detail, after=trig if firms or fam.type == "other" else None)
    if fam.type in ("export_control", "sanction") and not english:
        targets += [f for f in listed_firms(text, found, lo, hi) if f not in targets]
    if not targets and not english and (two := _TWO_STATES.search(text, lo, hi)) is not None:
        targets = [t for t in (ABBR_STATE.get(two.group(1)), ABBR_STATE.get(two.group(2))) if t and t != actor]  # "輸往俄白兩國"
    if heading_target is not None:
        targets = [heading_target, *(t for t in targets if t not in (heading_target, actor))]
    if detail and not GROUP_AIMED.search(text, lo, hi):  # a party's rate of a duty on a state: the state, then the party
        targets = list(dict.fromkeys([*(t for t in ctx.last_event.target if name_country(t) == t), *targets]))
    amount = pick_amount(found, lo, hi)
    rate, rate_from = pick_rate(found, lo, hi) if fam.keeps_rate else (None, None)
    if fam.type == "tariff" and re.search(r"零(?:關稅|关税)", m.group()):
        rate = 0.0  # "对…100%税目产品实施零关税待遇": duty-free, the percentage is the share of tariff lines
    items = pick_count(found, lo, hi, fam.count_units) if fam.count_units else None
    if (items is not None and lo > 0 and re.match(r"[，,；;\s]*其中", text[lo:lo + 4]) and (whole := _told_here(ctx, view)) is not None
            and whole.type == fam.type and whole.items and items < whole.items):
        return None  # "…对铬铁等107项商品征收出口关税，其中对68项商品实施出口暂定税率": part of the measure just told
    rnd, backref = pick_round(text, lo, hi)
    destination: list[str] = []
    company = goes_on = None
    if fam.type == "relocation" and re.search(r"收購|收购", m.group()) and _BLOCKED_DEAL.search(text, lo, m.start()):
        return None  # "內閣否決賽微電子…收購Elmos位於多特蒙德的晶圓廠": a takeover screened out, no plant bought
    if fam.type == "relocation" and _APPROVES.match(text[lo:m.end()]):
        return None  # "投資審議司核准台積電對亞利桑那子公司增資75億美元", "- 113年2月：核准…": the approval is the event
    if fam.type == "relocation":
        destination = relocation.destinations_zh(text, found.names, lo, hi)
        if _BACK_TO_TAIWAN.search(text, lo, hi) and "Taiwan" not in destination:
            destination.insert(0, "Taiwan")
        # (not a customer named in a supplier's trade: "蘋果機殼供應商宏昇精密")
        company = next((n for n in found.names if lo <= n.start < hi and n.kind == "company"
                        and not _SUPPLIER_OF.match(text, n.end)), None)
        company = company.canonical if company is not None else zh_firm_subject(text, found.names, lo, trig)
        if m.re is _PROJECT_STOPPED and ctx.last_event is not None:
            company = ctx.last_event.actor  # the firm whose project it is
            destination = destination or list(ctx.last_event.destination)
            amount = amount if amount is not None else ctx.last_event.amount_usd
        label = _ROUNDUP_LABEL.match(text, lo)
        if label is not None and (_BYLINE.search(label.group(1)) or _SECTION_LABEL.search(label.group(1))):
            label = None  # "【記者陳姿穎／台北報導】": who wrote the story
        if company is None and label is not None:  # "【澳柯瑞电器】公司公告，拟以1.2亿美元在墨西哥…扩建冰箱工厂"
            company = label.group(1)
        if company is None:  # "公司擬通過新加坡全資子公司在泰國…": the filer, named once at the top
            company = next((f for a, f in ctx.aliases.items() if a in text[lo:trig]), None)
        before = _told_here(ctx, view)
        if (before is not None and before.type == "relocation" and lo > 0
                and _GOES_ON.match(text, lo + (text[lo] in "，,；;"))):
            # "同意公司在匈牙利…投资建设…项目，并在印度尼西亚…设立合资公司建设…项目": the same firm, the same decision
            goes_on = before
            company = company or before.actor
        elif (company is None and (prev := before if lo > 0 else _told_before(ctx, view)) is not None and prev.type == "relocation"
              and prev.actor and _OWN_PLANT.match(text, lo + (text[lo] in "，,；;"))):
            company = prev.actor  # "…越南平陽二廠已正式投產；天津廠將於今年6月底停止整車組裝": the same firm's other plant
        if company is None and ctx.aliases and (_RESOLVED.match(text, lo) or _BOARD.search(text, lo, hi)
                                                or (_FIELD_LABEL.match(text) and ("公司" in ctx.aliases or "本公司" in ctx.aliases))):
            # a filing's resolution without a subject ("同意以自有资金向…（墨西哥）有限公司增资…") is the filer's
            company = next(iter(ctx.aliases.values()))
        if company is not None:
            if actor is not None and name_country(actor) == actor and not ctx.actor:
                ctx.actor = actor  # "投資審議司…核准台積電增資…。會議同時否准一件陸資投資案": the approving state acts next
            actor = company
            targets = [t for t in targets if t != actor]
        elif actor in destination:
            actor = None  # "通过越南子公司追加投资": the place a firm moves to does not move
        # a relocation leaves states; a firm named beside it is a customer or a partner, not where it leaves
        targets = [t for t in targets if t not in destination and not any(n.canonical == t and n.kind == "company" for n in found.names)]
        if (any(n.canonical == "China" for n in found.names if lo <= n.start < hi)
                or any(n.kind == "place" and place_country(n) == "China" for n in found.names if lo <= n.start < trig)
                or _HOME_PLANT.search(text, lo, trig) or _MAINLAND_PLANT.search(text, lo, trig)
                or _MAINLAND_FROM.search(text, lo, hi)) and "China" not in targets and "China" not in destination:
            # "將江蘇昆山廠…產能移轉至越南", "公司拟将常州基地…产线迁移至匈牙利", "计划将国内部分棉纱产能转移至越南": China is left
            targets = ["China"] + [t for t in targets if t != "China"]
    have = {
        "date": date is not None, "amount": amount is not None, "rate": rate is not None, "count": items is not None,
        "target": bool(targets), "actor": actor is not None, "destination": bool(destination),
        "firm": fam.type == "relocation" and company is not None,
    }
    probe = (fam.type == "tariff" and not english and fam.settled_status(None, fam.instrument(text[trig:hi])) == "considering"
             and _UNDER_WAY.search(text, max(lo, trig - 24), trig) is not None)
    if not any(have[k] for k in fam.needs) and not (probe and (have["target"] or have["actor"])):
        return None  # ("欧盟委员会目前正对原产于中国的纯电动汽车开展反补贴调查": a probe under way needs no date)
    if fam.type == "tariff" and _DOMESTIC_TAX.search(text, max(lo, trig - 12), min(hi, m.end() + 12)) and not _DUTY.search(text, lo, hi):
        return None  # "課徵20%所得稅", "增值稅稅率調整為13%": a domestic tax, not a duty on trade
    if re.match(r"的(?:物項|物项|產品|产品|商品|貨品|货品)", text[m.end():m.end() + 3]):
        return None  # "对镓、锗等自2023年8月起陆续纳入出口管制的物项，企业应…": controlled items named, no new control
    if fam.type == "tariff" and _COST.match(text, m.end()):
        return None  # "以降低关税成本": the cost of duties, not a measure
    if text[m.start() - 1:m.start()] in "「“\"" and re.match(r"[」”\"](?:專區|专区|網頁|网页|欄目|栏目|頁面|页面|專頁|专页)", text[m.end():m.end() + 3]):
        return None  # "請至本署網站「出口管制」專區查詢": a section of a website
    if (fam.type == "tariff" and not _TAX_WORD.search(m.group()) and amount is None and rate is None
            and not _COUNTER_DUTY.search(text, max(lo, trig - 60), trig)
            and not (ctx.family == "tariff" and ctx.family_age <= 2 and _LEVY.search(m.group())
                     and _told_here(ctx, view) is None)):
        # "反制措施" alone may be any countermeasure; a tariff states an amount or a rate, or goes on levying the duty
        # of the sentence before ("…課徵反傾銷稅。…決議南韓產品部分自114年4月1日起停止課徵")
        return None
    if (text[trig - 1:trig] == "的" and re.match(r"關稅|关税|稅率|税率", m.group())
            and not re.search(r"(?:對|对)[^，。；]{1,24}的$|(?:將|将|把)[^，。；]{1,30}的$", text[lo:trig])):
        return None  # "上周五的关税上调加剧了…": a measure named as a noun, not stated ("對中國的關稅提高至125%" is)
    if not english and (date is None or len(date) == 4):
        # an undated statement is an event only when it names who acts and something concrete
        named, _ = pick_actor(text, found, lo, actor_hi or hi, trig)
        # an instrument that names its state (不可靠實體清單: China) names the actor too
        named = named or fam.actor_implied(text[lo:hi]) or body
        if named is None and lo > 0 and (rate is not None or amount is not None) and (before := _told_here(ctx, view)):
            named = before.actor  # "中方相应取消91%的反制关税，暂停24%的加征关税90天": the clause before's actor goes on
        if (named is None and actor is None and fam.type != "relocation" and ctx.issuer and ctx.answers
                and (date is not None or rate is not None or amount is not None)):
            # "…办公室有关负责人就2026年关税调整方案答记者问": the body answering tells its own state's measures
            # ("答：2026年继续对铬铁等107项商品征收出口关税")
            named = actor = ctx.issuer
        if fam.type == "relocation":
            # "臺商將產線移轉至…" without a firm or a date describes a trend; a named firm, or a sum invested at a
            # named destination, is a decision
            if not (have["firm"] or (have["destination"] and have["amount"])):
                return None
            if ((_BUILT_DE.search(m.group()) and not _WILL.search(text, max(lo, trig - 18), trig) and not _STARTS_WORK.match(text, m.end()))
                    or text[m.end():m.end() + 1] == "的") and not _DECISION.match(text, m.end() + 1) and not (
                    # "晶澳科技2024年宣布在阿曼投资建设…项目": a plant announced is a decision
                    text[m.end():m.end() + 1] != "的" and re.search(r"(?:宣布|宣佈|決定|决定|決議|决议)\s*$", text[max(lo, trig - 4):trig])):
                return None  # "在德國設廠的生產成本", "在德國以外建立的首家工廠": a plant named, not a move ("…工廠的議案" is one)
        elif named is None or _AGGREGATE.search(text, lo, hi) or not (have["amount"] or have["rate"] or have["count"] or have["target"] or probe
                                                                       or (ctx.answers and named == ctx.issuer and date is not None)):
            return None  # ("美方已對半導體啟動232條款調查": a probe opened by a named state is concrete)
    if (fam.type == "relocation" and not destination and _SAME_PLACE.search(text, lo, hi) and ctx.last_event is not None
            and ctx.last_event.type == "relocation" and ctx.last_event.destination):
        destination = list(ctx.last_event.destination)  # "在同一經濟城啟用其首座海外工廠": where the move before went
    if fam.type == "relocation" and not destination and _BUILT.search(m.group()):
        return None  # a plant built or invested in with no place abroad named ("在中國大陸上海設廠") moves nothing out
    if (fam.type == "relocation" and _CLOSURE.search(m.group())
            and not any(lo <= n.start < hi and place_country(n) == "China" for n in found.names) and not _IN_CHINA.search(text, lo, hi)):
        return None  # a plant closed is a move out of China only where it is in China ("關閉位於瓜達拉哈拉的工廠" is not)
    if (fam.type == "tariff" and re.search(r"以(?:規避|规避|避開|避开|繞過|绕过)[^，。；]{0,8}$", text[max(lo, trig - 12):trig])
            and not re.match(r"(?:之|的)?[^，。；]{0,4}?(?:貨物|货物|情事|行為|行为|調查|调查)", text[m.end():m.end() + 10])):
        return None  # "…工厂已于本月开始小批量生产，…以规避欧盟反补贴税": a duty avoided, no measure
    if fam.type == "tariff" and _IN_RESPONSE.search(text, max(lo, trig - 30), trig):
        return None  # "為因應美國對中國大陸進口商品加徵關稅，並就近服務北美客戶，本公司…": the cause of a decision, not a measure
    if fam.type == "relocation" and _FILING_TITLE.match(text):
        return None  # "公告本公司董事會決議透過子公司赴墨西哥投資設廠…": a filing's heading, its items tell the moves
    if fam.type == "relocation" and _IMPACT_ITEM.match(text):
        return None  # "7.本事件對公司財務、業務之影響:東莞廠停產預計認列…": a filing's note on the effect of the move told above
    if fam.type == "relocation" and _LISTED_TOPICS.search(text, lo, trig):
        return None  # "多家上市公司发布重要公告，涉及海外建厂、产能转移…": topics listed, no move made
    if fam.type == "relocation" and _DESCRIBED.match(text, m.end()):
        return None  # "已在美國設廠或承諾設廠的企業可獲豁免": firms described by a move, none made
    if fam.type == "relocation" and _AGGREGATE.search(text, _clause_start(text, lo, trig), _clause_end(text, m.end())):
        # "截至11月底已吸引1,000家企業回臺投資": a running total of many moves (in the move's own clause: "…暂缓墨西哥二期工厂
        # 的建设，截至目前该项目已投入资金约3,200万美元" is one move)
        return None
    if hedged(text[lo:hi]) and (d is None or d.precision == "year") and not inherited:
        return None
    if re.search(r"(?:適當|适当|適度|适度)$", text[max(lo, trig - 2):trig]) and not (amount or rate is not None or items or targets):
        return None  # "2026年关税调整坚持稳中求进，适当降低部分商品进口关税": the policy's direction, no measure
    if date is None and _BREACHES.search(text, m.end(), hi):
        return None  # "公告称，美方以芬太尼等问题为由…加征10%关税，严重违反世界贸易组织规则": the other side's measure, condemned
    if fam.type == "trade_agreement":
        # both sides sign: the first party named acts, the others are the counterparts
        parties = states_named(found, lo, hi, unless_before=_NOT_PARTY)  # "与土耳其合作伙伴签署协议": a firm's state is no party
        if lo > 0 and parties and (prev := _told_here(ctx, view)) is not None and prev.type == fam.type and prev.actor \
                and prev.actor not in parties and _PARTNER_ONLY.match(text, lo):
            parties.insert(0, prev.actor)  # "…，同日亦與柬埔寨簽署同名協定": the clause before's signer signs again
        speaker = ctx.issuer if ctx.answers else ctx.masthead
        first = next((n for n in found.names if lo <= n.start < hi and parties and state_of(n.canonical, n.kind) == parties[0]), None)
        if speaker and speaker not in parties and first is not None and text[first.start - 1:first.start] in ("同", "与", "與", "和"):
            parties.insert(0, speaker)  # the issuer's answer: "目前已同肯尼亚、坦桑尼亚等11个非洲国家完成协定文本磋商"
        if _PARTIES.search(text, lo, hi):
            parties += ["United States", "China"]
        pair = _PAIR.search(text, lo, hi)
        if pair is not None:  # "美日雙方…達成貿易協議": the two parties, in the order written
            a, b = (pair.group(1), pair.group(2)) if pair.group(1) else (pair.group(3), pair.group(4))
            parties = [_ABBREV[a], (_ABBREV if pair.group(1) else _PACT_ABBREV)[b], *parties]
        parties = list(dict.fromkeys(parties))
        if (not parties and any(lo <= n.start < hi and n.kind == "company" for n in found.names)) or (
                re.search(r"簽署|签署|簽約|签约|簽訂|签订", text[lo:hi]) and zh_firm_subject(text, found.names, lo, trig)):
            return None  # "天合光能…与土耳其合作伙伴签署协议，将…合资建设…工厂": firms' contract, no trade agreement
        if parties:
            actor, targets = parties[0], parties[1:] or targets
    if not targets and not english and fam.type != "relocation":
        ab = _ABBR_TARGET.search(text, lo, hi)  # "继续暂停实施24%的对美加征关税", "对华出口管制"
        if ab is not None:
            targets = [ABBR_STATE[ab.group(1)]]
        elif fam.type in ("investment_restriction", "export_control", "sanction") and _CHINESE_CAPITAL.search(text, lo, hi) and actor != "China":
            targets = ["China"]  # "駁回1件陸資…投資…之申請案", "要求一家中資企業…出售…"
    if actor is None and ctx.answers and ctx.issuer and fam.type != "relocation":
        actor = ctx.issuer  # the body answering reporters: "答：自2026年1月1日起，对935项商品…实施…进口暂定税率"
    # context: the actor of earlier sentences, and the counterpart of the last actor for a retaliation
    if actor is None and ctx.actor and fam.type != "relocation":
        actor = ctx.actor
    if not targets and actor and fam.type != "relocation":
        # the same actor's earlier measure of this kind, or the counterpart of the last one (retaliation)
        # (not into a measure aimed at a group it names, "对与我国建交的43个最不发达国家…", nor into an export duty)
        if ctx.targets.get((actor, fam.type)) and not GROUP_AIMED.search(text, lo, trig) and not EXPORT_DUTY.search(m.group()):
            targets = list(ctx.targets[(actor, fam.type)])
            if not _REFERS_BACK.search(text, lo, hi):  # named firms are that measure's own, states carry on
                targets = [t for t in targets if name_country(t) == t]
        elif ctx.actor and ctx.family == fam.type and actor in ctx.target:
            targets = [ctx.actor]
    targets = [t for t in targets if t != actor]  # a state is never the target of its own measure
    if not targets and fam.type in AIMED and actor:
        # "与此同时，美方取消…加征关税，中方也相应取消…": with no object named, the other state of the sentence (not of a
        # contrasting clause after it: "…予以落实，目前已同肯尼亚…完成协定文本磋商")
        targets = other_states(found, 0, hi if 0 < hi < len(text) and _WHEREAS.match(text, hi - 1) else len(text), actor)
    if not targets and fam.type in AIMED and actor and not english:
        # "中美双方12日在日内瓦发布联合声明…。…中方相应取消91%的反制关税": the other side of the pair named just before
        sides = _named_pair(text) or _named_pair(ctx.before_text) or ()
        targets = [t for t in sides if t and t != actor] if actor in sides else []
    if effective is None and ctx.in_item and ctx.intro_effective and date and ctx.intro_effective > date:
        effective = ctx.intro_effective
    extra: dict = {"effective": effective} if effective else {}
    if rnd is not None:
        extra["round"] = rnd
        key = (fam.type, actor, rnd)
        prior = ctx.rounds.get(key)
        if backref and prior is not None:
            amount = amount if amount is not None else prior.amount_usd
            items = items if items is not None else prior.items
    if rate_from is not None:
        extra["rate_from"] = extra["rate_from_pct"] = rate_from
    instrument = fam.instrument(text[trig:hi]) or fam.instrument(text[lo:hi])  # "…反补贴调查终裁…，决定征收…反补贴税": the duty
    status = pick_status(text, lo, hi, trig, dated=date is not None)
    if not (instrument == "tariff exclusion" and exemption_ended(text[lo:hi])):  # (an exemption ended suspends no duty)
        status = fam.settled_status(status, instrument)
    if fam.type == "trade_agreement" and status in ("implemented", "planned", None) and _CONCESSION_STOPPED.search(m.group()):
        status = "suspended"  # "中止適用ECFA協定稅率": the agreement's concessions suspended
    elif fam.type == "trade_agreement":
        status = agreements.stage_status(text[lo:hi], status)
    if fam.type == "other" and re.search(r"輸華|输华", m.group()) and actor not in (None, "China"):
        # "暂停美国原木输华": the state named ships to China; China stops it
        targets, actor = [actor, *(t for t in targets if t not in (actor, "China"))], "China"
    elif (fam.type == "other" and actor is not None and m.start() < at < m.end() and re.match(r"暫停|暂停|恢復|恢复|禁止", m.group())
          and re.search(r"(?:輸入|输入|進口|进口)$", m.group())
          and any(n.start == at and state_of(n.canonical, n.kind) == actor for n in found.names)):
        # "暫停台灣鳳梨輸入": the state named between the verb and the imports is where the goods come from; who stops
        # them is told around it (the item before, the heading)
        others = [t for t in targets if t != actor and name_country(t) == t]
        targets, actor = [actor], (others[0] if others else None)
    if fam.type == "export_control" and status in ("revoked", "suspended") and re.search(
            r"(?:撤銷|撤销|吊銷|吊销|註銷|注销)[^。；;，]{0,20}?(?:出口)?(?:許可證|许可证|許可|许可)", text[lo:hi]):
        status = "implemented"  # "撤销上述3家企业已获发的出口许可证": licences taken away tighten the control
    if fam.type == "export_control" and status == "suspended" and re.match(r"(?:暫停|暂停)[^。；;]*(?:出口|輸出|输出)", m.group()):
        status = "implemented"  # "宣布暫停天然砂對臺出口": exports stopped is the control itself, in force
    if fam.type == "trade_agreement" and status in ("implemented", None) and re.search(r"(?:完成|結束|结束|完結|完结).*(?:談判|谈判)$", m.group()):
        status = "planned"  # "宣布实质性完成…自贸协定升级后续谈判": concluded, not yet signed or in force
    if fam.type == "tariff" and status in ("implemented", None) and re.match(r"免徵|免征", m.group()):
        status = "suspended"  # "…進口的車輛免征上述額外關稅": a duty waived for some
    if fam.type == "relocation" and re.search(r"擱置|搁置|暫緩|暂缓|延後|延后|推遲|推迟", m.group()):
        status = "suspended"  # "將德國馬格德堡晶圓廠項目擱置約兩年": a plant project on hold
        if not destination:
            destination, targets = [t for t in targets if name_country(t) == t], []
    if fam.type == "export_control" and status in ("implemented", None) and m.group().endswith("豁免"):
        status = "suspended"  # "對符合條件的民用用途出口逐案給予豁免": a control waived
    if fam.type == "other" and status == "suspended" and re.match(r"暫停|暂停", m.group()) and not re.search(r"費|费", m.group()):
        status = "implemented"  # "暂停…输华资质": imports stopped is the measure itself, in force
    elif fam.type == "other" and re.match(r"恢復|恢复", m.group()):
        status = "revoked"  # "恢复…被暂停的…输华资质": a suspension lifted
    if no_longer:
        status = "revoked"
    if fam.type == "relocation" and re.search(r"(?:恢復|恢复|重啟|重启)(?:建設|建设|興建|兴建|施工|動工|动工)$", m.group()):
        status = "implemented" if date else None  # a paused project resumed: the pause told before it is not the status
    if fam.type == "investment_restriction" and status in ("implemented", None) and _SHORTENED.search(m.group()):
        status = "revoked"  # a negative list shortened: restrictions lifted
    if fam.type == "relocation" and status in ("implemented", None) and (
            _BOARD.search(text, lo, hi) or (goes_on and goes_on.status == "planned")
            or (_ANNOUNCES.search(text, lo, trig) and not _AT_WORK.search(text, lo, hi))):  # "宣布在…興建第三座整車廠": a plan
        status = "planned"  # a board approving a plant or a capital increase: decided, not yet built
    conf = 0.45 + 0.15 * (date is not None) + 0.05 * bool(d and d.precision == "day") + 0.1 * (actor is not None)
    conf += 0.1 * any((amount is not None, rate is not None, items is not None)) + 0.1 * bool(targets or destination)
    if hedged(text[lo:hi]):
        conf -= 0.2
    a, b = _trim(text, lo, hi)
    ps, pe = view.span(a, b)
    ev = Event(
        id=event_id(doc_id, page_no, ps, pe, fam.type), type=fam.type, date=date, actor=actor, target=tuple(targets),
        instrument=instrument, amount_usd=amount, rate_pct=rate, items=items,
        products=pick_products(text, lo, hi) if fam.type in ("tariff", "export_control") else None,
        destination=tuple(destination), status=status, confidence=max(0.05, min(conf, 0.95)), doc_id=doc_id,
        page=page_no, start=ps, end=pe, source="prose", extra=extra,
    )
    if rnd is not None:
        ctx.rounds[(fam.type, actor, rnd)] = ev
    if not detail:
        ctx.last_event = ev
    if actor and fam.type != "relocation":
        ctx.actor, ctx.target = actor, tuple(targets)
        if targets:
            ctx.targets[(actor, fam.type)] = tuple(targets)
    return ev


def _trim(text: str, lo: int, hi: int) -> tuple[int, int]:
    while lo < hi and (text[lo].isspace() or text[lo] in "，,；;、"):
        lo += 1
    if (joined := re.match(r"(?:和|及|與|与|以及)(?=\s*\d)", text[lo:hi])) is not None:
        lo += joined.end()  # "和6.9%的反补贴税": the second of two duties listed
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return lo, hi
