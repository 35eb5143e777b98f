"""Relocation: firms moving production out of China, back to Taiwan, or on to Vietnam, India, Mexico..."""
from __future__ import annotations

import re

from .arguments import OFFSHORE, place_country
from .family import Family, rx

FAMILY = Family(
    type="relocation",
    zh=rx(
        r"遷廠|迁厂|撤廠|撤厂|移廠|移厂|搬遷|搬迁|遷往|迁往|移往|轉往|转往|遷移|迁移|外移",
        r"撤出(?:中國|中国|大陸|大陆)|撤離(?:中國|中国|大陸|大陆)|撤离(?:中国|大陆)",
        # a plant project put on hold ("將德國馬格德堡晶圓廠項目擱置約兩年", "擱置波蘭…封裝測試廠項目")
        r"(?:晶圓廠|晶圆厂|工廠|工厂|廠|厂)(?:項目|项目|計畫|计划|建設|建设)[^。；;，]{0,4}?(?:擱置|搁置|暫緩|暂缓|延後|延后|推遲|推迟)"
        r"|(?:擱置|搁置|暫緩|暂缓)[^。；;，]{0,20}?(?:晶圓廠|晶圆厂|工廠|工厂|廠|厂)(?:項目|项目|計畫|计划|建設|建设)",
        # a plant or a producing subsidiary sold: "南京5.5代厂于2024年3月…出售予大陆面板企业", "将其持有的友达光电（昆山）有限公司
        # 100%股权出售给…"
        r"(?:廠|厂)(?:房)?[^。；;，]{0,20}?(?:出售|售予|出售予|出售给|出售給|賣給|卖给|轉讓給|转让给|轉售|转售)",
        r"[（(][^）)]{2,6}[）)](?:有限公司|股份有限公司)\s*[\d.]{0,4}%?\s*(?:的)?股(?:權|权)[^。；;，]{0,6}?(?:出售|轉讓|转让)",
        # an investment abroad withdrawn: "董事會決議撤回越南投資案", "撤销在墨西哥建厂计划"
        r"(?:撤回|撤銷|撤销)[^。；;，]{0,12}?(?:投資案|投资案|投資計畫|投资计划|建廠計畫|建厂计划|設廠計畫|设厂计划)",
        r"(?:轉移|转移|移轉|移转)(?:[^。；;]{0,6})(?:生產|生产|產能|产能|產線|产线|供應鏈|供应链)",
        r"(?:生產|生产|產能|产能|產線|产线|訂單|订单|設備|设备)(?:[^。；;]{0,8}|[^。；;，,]{9,18}?)(?:轉移|转移|移轉|移转|移出|遷出|迁出|移回|遷回|迁回|移至|移到|遷至|迁至|轉至|转至|轉到|转到)",
        # "将约15%的北美订单转由越南合作工厂生产"
        r"(?:生產|生产|產能|产能|訂單|订单)[^。；;，]{0,4}(?:轉由|转由|改由|交由)[^。；;，]{1,16}?(?:生產|生产|代工|製造|制造|組裝|组装)",
        # a plant built or expanded abroad: "在越南設立新廠", "投資印尼巴淡島生產基地", "將在墨西哥增設組裝廠"
        r"(?:在|(?<![關关對对由至屬属等])(?:於|于)|赴)[^。；;，]{1,24}?(?:設廠|设厂|建廠|建厂|(?:擴大投資|扩大投资|增設|增设|新設|新设|設立|设立|設置|设置|興建|兴建|新建|擴建|扩建|擴充|扩充|建立|建設|建设|開設|开设)"
        r"[^。；;，]{0,30}?(?:廠|厂|基地|產線|产线|據點|据点|加工中心|生產中心|生产中心))",
        r"(?:擴建|扩建|新建|興建|兴建|增設|增设|新設|新设|擴充|扩充|建設|建设|增建)[^。；;，]{0,16}?(?:生產基地|生产基地|工廠|工厂|廠房|厂房|產線|产线|組裝廠|组装厂|廠|厂)",
        # a data centre abroad: "在马来西亚柔佛州新山投资建设一座…智算数据中心", "在沙特利雅得建设其中东首个云计算区域"
        r"(?:在|於|于|赴)[^。；;，]{1,24}?(?:設立|设立|建設|建设|興建|兴建|投資|投资)[^。；;，]{0,24}?(?:數據中心|数据中心|資料中心|资料中心|算力中心|雲計算區域|云计算区域|雲端區域|云端区域)",
        # "并在印度尼西亚中苏拉威西省设立合资公司建设镍中间品冶炼项目": a production project abroad
        r"(?:在|(?<![關关對对由至屬属等])(?:於|于)|赴)[^。；;，]{1,24}?(?:設立|设立|建設|建设|興建|兴建|投資|投资)[^。；;，]{0,16}?(?:冶煉|冶炼|生產|生产|製造|制造|材料|電池|电池|組裝|组装|組件|组件|零部件|晶片|芯片)[^。；;，]{0,10}?(?:項目|项目)",
        # "十二條成衣縫製線中之六條，將於114年下半年移至柬埔寨金邊廠": lines moved to a plant
        r"(?:線|线)(?:中之|之中|中的)?[^。；;]{0,20}?(?:移至|移到|遷至|迁至|轉移至|转移至|移轉至|移转至|移往|遷往|迁往)(?=[^。；;，]{1,14}?(?:廠|厂|基地))",
        # lines moved from one place to another ("把輸美交換器組裝線自江蘇蘇州移至新竹及越南海防"), output moved back home
        # ("把產能遷回慶尚北道龜尾市", "將原由昆山廠生產之輸美伺服器產品移回臺灣生產")
        r"(?:線|线)[^。；;]{0,20}?(?:自|從|从)[^。；;，]{1,12}?(?:移至|遷至|迁至|移往|遷往|迁往|移回|遷回|迁回)",
        r"(?:產能|产能|產線|产线|生產線|生产线|工序|製程|制程)(?:[^。；;，]{0,6}?|(?:將|将|預計|预计)[^。；;，]{1,14}?)(?:遷回|迁回|移回|搬回)|(?:移回|遷回|迁回|搬回)[^。；;，]{1,10}?(?:生產|生产|製造|制造|組裝|组装)",
        r"(?:增資|增资|投資|投资|設立|设立)[^。；;，]{0,20}?(?:子公司|孫公司|孙公司|項目公司|项目公司)|(?:子公司|孫公司|孙公司)(?:[A-Za-z][\w&.,()\- ]{1,60}?)?(?:增資|增资)",
        # capital into a subsidiary named in full: "向全资子公司晟源电气墨西哥有限公司增资3,000万美元", "对恒膜摩洛哥有限公司增资1.1亿美元"
        r"(?:對|对|向)[^。；;，]{2,40}?(?:有限公司|有限責任公司|有限责任公司|股份公司|Ltd\.?|Inc\.?|S\.A\.(?: de C\.V\.)?|Pvt\.? Ltd\.?|GmbH|Sdn\.? Bhd\.?)\s*(?:增資|增资)",
        # a local company set up abroad: "於印尼中爪哇省三寶瓏設立PT Juwei Sports Indonesia"
        r"(?:於|于|在|赴)[^。；;，]{1,24}?(?:設立|设立)\s*(?:PT\s|[A-Z][A-Za-z ]{1,40}?(?:Sdn\.? Bhd|Pvt\.? Ltd|Co\.,? Ltd|LLC|S\.A\. de C\.V\.|GmbH|Ltd|Inc|JSC))",
        # a plant leased abroad: "在肯尼亚阿西河出口加工区租赁厂房", "由…孫公司…承租，作為儲能變流器…組裝及測試廠"
        r"(?:租賃|租赁|承租)[^。；;，]{0,6}?(?:廠房|厂房|工廠|工厂)",
        r"(?:租賃|租赁|承租)[，,]?\s*(?:作為|作为|用作|用於|用于)[^。；;，]{0,40}?(?:廠|厂|產線|产线|生產基地|生产基地)",
        # a plant set up at a place named at length: "於印尼東爪哇省巴蘇魯安（Pasuruan）工業區投資設立飼料廠"
        r"(?:在|(?<![關关對对由至屬属等])(?:於|于))[^。；;，]{1,40}?(?:工業區|工业区|園區|园区|開發區|开发区|經濟區|经济区)(?:投資|投资)?(?:設立|设立|興建|兴建|新建|建設|建设)[^。；;，]{0,12}?(?:廠|厂|基地)",
        # capital added to a subsidiary for new lines: "增资1,200万美元，用于新增两条特种水产饲料生产线"
        r"(?:增資|增资)[^。；;]{0,40}?(?:用於|用于)[^。；;，]{0,40}?(?:生產線|生产线|產線|产线|廠|厂)",
        # a production project abroad by its capacity: "拟在埃及苏伊士经贸合作区投资建设年产36万吨聚酯纤维项目"
        r"(?:在|(?<![關关對对由至屬属等])(?:於|于)|赴)[^。；;，]{1,24}?(?:投資|投资|建設|建设|興建|兴建|新建|設立|设立)[^。；;，]{0,40}?"
        r"(?:年產|年产|產能|产能|擴產|扩产)[^。；;，]{0,30}?(?:項目|项目|工廠|工厂|廠|厂)",
        # ground broken for a plant: "比亚迪在巴基斯坦卡拉奇附近的组装厂举行奠基仪式"
        r"(?:工廠|工厂|廠|厂|基地|項目|项目)[^。；;，]{0,8}?(?:舉行|举行)?(?:奠基|動土|动土|破土)(?:儀式|仪式|典禮|典礼)",
        # "巨大今年起已把輸美車款全數改由台灣和越南廠生產": what a plant abroad now makes
        r"(?:把|將|将)[^。；;，]{1,16}?(?:改由|轉由|转由|交由)[^。；;，]{1,16}?(?:廠|厂)(?:生產|生产|製造|制造|組裝|组装)",
        r"(?:在|(?<![關关對对由至屬属等])(?:於|于))[^。；;，]{1,12}?(?:擴大投資|扩大投资)",
        r"(?:投資|投资)[^。；;，]{0,24}?(?:生產基地|生产基地|工廠|工厂|廠房|厂房|產線|产线|生產線|生产线|新廠|新厂|組裝廠|组装厂)",
        # an investment in a country that takes in plants: "再追加1,000億美元對美投資，包括三座新晶圓廠、兩座先進封裝廠"
        r"(?:對|对|赴)[^。；;，]{1,8}?(?:投資|投资)[，,]\s*(?:包括|包含|涵蓋|涵盖|含)[^。；;，]{0,20}?(?:廠|厂|基地|產線|产线)",
        # an assembly line built abroad: "在天津興建第二條A320系列總裝線", "在匈牙利组装生产铁路货车"
        r"(?:在|(?<![關关對对由至屬属等])(?:於|于))[^。；;，]{1,12}?(?:興建|兴建|建設|建设|新建|設立|设立)[^。；;，]{0,16}?(?:總裝線|总装线|裝配線|装配线|組裝線|组装线)",
        r"(?:在|(?<![關关對对由至屬属等])(?:於|于))[^。；;，]{1,12}?(?:組裝生產|组装生产|合資生產|合资生产|合資建設|合资建设)",
        # a plant in China closed or stopped: "東莞冠翔…自114年12月31日起停止生產", "关闭位于山东潍坊的一条…产线"
        r"(?:關閉|关闭)[^。；;，]{0,16}?(?:廠|厂|工廠|工厂|產線|产线|生產線|生产线)|(?:廠|厂|產線|产线)(?:則|则|將|将|預計|预计|規劃|规划|計畫|计划)[^。；;，]{0,10}?(?:關閉|关闭|停產|停产|停止(?:整車|整车|成品|[^。；;，]{0,2}?線|线)?(?:組裝|组装|生產|生产|製造|制造))|(?:停止生產|停止生产|停產|停产)(?!線|线)",
        r"回臺投資|回台投資|回台投资|回流(?:臺灣|台灣|台湾)|赴[^。；;，]{1,8}(?:設廠|设厂|投資設廠)",
        # a plant abroad starts work: "比亞迪泰國工廠正式投產", "產業園二期項目於5月開工" (prose.py drops it when no place abroad is named)
        r"(?:工廠|工厂|廠房|厂房|生產基地|生产基地|基地|產線|产线|產業園|产业园|工業園|工业园|項目|项目|廠|厂)[^。；;，]{0,16}?"
        r"(?:正式)?(?:投產|投产|量產|量产|開工|开工|動工|动工|落成|啟用|启用|(?:開始|开始)[^。；;，]{0,4}?(?:生產|生产)|(?:啟動|启动|開始|开始)?(?:試生產|试生产|試產|试产)|開始組裝|开始组装|投入生產|投入生产|開始出貨|开始出货|正式出貨|正式出货|"
        r"(?:正在|加緊|加紧|加速)+(?:建設|建设|興建|兴建))",
        # "越南北寧廠第二期擴建案": a plant's next phase; "…產線，將於114年第二季前分批移轉至泰國春武里廠": lines moved to a plant
        r"(?:廠|厂|工廠|工厂|基地)(?:第?[一二三四五六七八九十\d]期)?(?:擴建|扩建|擴廠|扩厂|增建)|(?:移轉|移转|轉移|转移)(?:至|到)(?=[^。；;，]{1,14}?(?:廠|厂|基地|子公司|據點|据点))",
        # "合资工厂则宣布增资约4,000万美元，将年产能从3万辆扩至5万辆": a plant's capital raised
        r"(?:工廠|工厂|廠|厂)(?:則|则|也|亦|已|將|将)?(?:宣布|宣佈|決定|决定)?(?:增資|增资)",
        # an existing plant abroad enlarged: "在越南平阳省扩建原有工厂，新增两条拉杆箱生产线"
        r"(?:在|(?<![關关對对由至屬属等])(?:於|于))[^。；;，]{1,12}?(?:擴建|扩建|擴充|扩充)(?:原有|現有|现有)?(?:的)?(?:工廠|工厂|廠房|厂房|廠|厂|基地)",
        # "將部分…伺服器機構件由中國大陸昆山廠移轉至墨西哥生產": output moved from a plant to a country
        r"由[^。；;，]{1,20}?(?:廠|厂|工廠|工厂|基地)(?:移轉|移转|轉移|转移|遷移|迁移)(?:至|到)[^。；;，]{1,10}?(?:生產|生产|製造|制造|組裝|组装)",
        # a plant project ended or put off: "决定终止墨西哥生产基地建设计划", "暂缓柬埔寨西哈努克港工厂二期建设"
        r"(?:終止|终止|取消|放棄|放弃|暫緩|暂缓|暫停|暂停|擱置|搁置)[^。；;，]{0,20}?(?:生產基地|生产基地|工廠|工厂|廠|厂|基地)(?:第?[一二三四五六七八九十\d]期)?(?:的)?(?:建設|建设|興建|兴建|投資|投资)(?:計畫|计划|項目|项目|工程)?",
        # "決議暫緩墨西哥新萊昂州廠房第二期擴建工程": an expansion put off
        r"(?:暫緩|暂缓|暫停|暂停)[^。；;，]{0,20}?(?:擴產|扩产|擴建|扩建)(?:計畫|计划|工程|案)?",
        # "…暂停建设的泰国罗勇工厂二期项目，经董事会审议决定于2024年第二季度恢复建设": a paused project resumed
        r"(?:項目|项目|工程|廠|厂|工廠|工厂|廠房|厂房)[^。；;]{0,20}?(?:恢復|恢复|重啟|重启)(?:建設|建设|興建|兴建|施工|動工|动工)",
        # "审议通过《关于暂停越南北江电池片二期项目的议案》": a project abroad paused
        r"(?:暫停|暂停|暫緩|暂缓)(?!令)[^。；;，]{1,18}?(?:[一二三四五六七八九十\d]期)?(?:項目|项目|工程)",
        # "…组件工厂项目已于2024年第四季度暂停": a plant project abroad stopped
        r"(?:工廠|工厂|基地)(?:項目|项目)[^。；;，]{0,16}?(?:暫停|暂停|暫緩|暂缓|擱置|搁置)",
        # "公司决定暂缓墨西哥二期工厂的建设": a plant abroad put off
        r"(?:暫緩|暂缓|暫停|暂停|推遲|推迟|擱置|搁置)[^。；;，]{0,12}?(?:工廠|工厂|廠|厂|基地)(?:的)?(?:建設|建设|興建|兴建|投資|投资)",
        # a plant opened, named after the verb: "在同一經濟城啟用其首座海外工廠"; built: "在美國德州建置AI超級電腦組裝廠"
        r"(?:啟用|启用|落成)[^。；;，]{0,16}?(?:工廠|工厂|新廠|新厂|廠房|厂房|生產基地|生产基地|[\u4e00-\u9fffA-Za-z]{1,3}(?:廠|厂)(?![商房區区长長]))",
        r"(?:在|(?<![關关對对由至屬属等])(?:於|于)|赴)[^。；;，]{1,24}?(?:建置|打造|籌建|筹建)[^。；;，]{0,16}?(?:廠|厂|基地|產線|产线)",
        # a plant project dropped or a plant bought: "宣布退出…合建12吋晶圓廠的計畫", "取消在智利建廠計畫", "就收購其…工廠進行洽談"
        r"(?:退出|取消|放棄|放弃|終止|终止)[^。；;]{0,40}?(?:廠|厂|基地)(?:的)?(?:計畫|計劃|计划|項目|项目|投資|投资)",
        r"(?:收購|收购)[^。；;，]{0,30}?(?:工廠|工厂|廠房|厂房|(?<![工])(?:廠|厂)(?![商房]))|(?:工廠|工厂|廠|厂)(?:的)?(?:收購|收购)",
        # a model's production moved to a plant abroad: "将…车型转至…位于西班牙萨拉戈萨的工厂生产"
        r"(?:車型|车型|機型|机型|產品|产品)[^。；;，]{0,30}?(?:轉至|转至|移至|改至|轉到|转到|改由)[^。；;，]{1,30}?(?:生產|生产|組裝|组装|製造|制造)",
    ),
    en=re.compile(r"(?:^|(?<=\n))[-•*]\s+(?:New|Expansion of|Closure of|Closing of|Construction of|Opening of|An?)\s[^.;\n]{0,80}?\b(?:plant|factory|facility|(?:assembly |production )?lines?|campus|site|centre|center)\b|"
                  # (a release's bullet list of its projects: "- New $260 million television assembly plant in Reynosa, …")
                  # a stake taken in a plant abroad, a joint venture to build one, an investment raised, spending pledged at plants
                  r"\b(?:tak(?:e|es|ing)|took|acquir(?:e|es|ed|ing)) (?:a |an )?(?:\d+(?:\.\d+)?% )?stake in (?:the |a |an )?(?:[\w-]+ ){0,4}?(?:mill|plant|factory|smelter|refinery|steelworks)\b|"
                  r"\bjoint[- ]venture (?:agreement )?[^.;]{0,80}? to (?:build|set up|construct|develop) (?:a |an )?(?:[\w-]+ ){0,4}?(?:plant|factory|mill|steelworks|refinery|smelter)\b|"
                  r"\b(?:rais|increas|boost)\w* (?:its |their )?investment in (?:a |an |the )?(?:[\w-]+ ){0,5}?(?:joint venture|plant|factory|mill)\b|"
                  r"\bpledg\w* [^.;]{0,40}?(?:capital spending|investments?|capex) at (?:[\w.-]+ ){0,4}?(?:plants?|mills?|factories|facilities)\b|"
                  r"\b(?:relocat\w+|reshor\w+|nearshor\w+|friend-?shor\w+|pull(?:s|ed|ing)? out of China|exit(?:s|ed|ing)? China|"
                  r"(?:mov|shift|transferr?|diversif|expand)\w*\s+(?:(?:part|some|most|much|parts|all) of\s+)?(?:[\w().-]+\s+){0,6}?"
                  r"(?:production|manufacturing|assembly|supply chains?|factories|plants?|operations?|capacity|output|(?:[\w-]+ )?volumes?|sourcing|(?:production|assembly|sewing|knitting|packaging) lines)|"
                  r"(?:transfer|move|shift|relocate)\w* (?:the |its |their )?(?:[\w-]+ )?(?:lines?|production|capacity|equipment) to\b|"
                  r"(?:spend|invest)\w* [^.;]{0,60}? (?:on|in) (?:a |an )?new (?:[\w,.-]+ ){0,3}?(?:factory|plant|facility)|"
                  # "would invest about $600 million in two projects in the southern state of Karnataka"
                  r"invest\w* (?:about |around |roughly |some |nearly |over |more than )?(?:US|USD ?)?\$[\d.,]+\s*(?:billion|million|bn|m)\b[^.;]{0,20}? in (?:two |three |four |\d+ )?(?:new )?projects? in\b|"
                  # "add a rotational-moulding line for coolers at its Summerville facility"
                  r"(?:add|install)(?:s|ed|ing)? (?:a |an |new |two |three |\d+ )(?:new )?(?:[\w-]+ )?(?:[\w]+-)?(?:production|assembly|manufacturing|moulding|molding|packaging|coating) lines?\b|"
                  r"(?:began|begins|started|starts) operating (?:a |an |its )?(?:new )?(?:factory|plant|facility)|"
                  # "would start producing part of its Chile-bound apparel in Brazil through local contract manufacturers"
                  r"\b(?:start|begin|began|begun)\w* (?:producing|making|manufacturing|assembling)\b[^.;]{0,60}? in (?=[A-Z])|"
                  # "approved … a US$210 million expansion of the Montgomery, Alabama plant"
                  r"(?:US|USD ?)?\$[\d.,]+\s*(?:billion|million|bn|m)\b (?:[\w-]+ ){0,2}?(?:expansion|extension|upgrade) of (?:the |its |their |a )?[^.;]{0,50}?\b(?:plant|factory|facility|mill|site|works)\b|"
                  # "announced a fourth production line at its plant in the China–Egypt TEDA Suez zone"
                  r"(?:announc|add|open|build|launch)\w* (?:a |an |its )?(?:new |second |third |fourth |fifth |\d+(?:st|nd|rd|th) )?(?:[\w-]+ )?production lines? (?:at|in)\b|"
                  r"(?:facility|factory|plant)\b[^.;]{0,60}?\b(?:is|are) under construction|"
                  r"(?:line|plant|factory|facility)\b[^.;]{0,60}?\b(?:started|began|begins|starts) (?:production|operations|operating|producing)|"
                  r"\bmoves? from [A-Z][\w-]+ to\b|will move from [A-Z][\w-]+ to\b|"
                  r"(?:evaluat|consider|scout|stud)\w* (?:a |potential |possible )?sites? (?:near|in|for)\b|"
                  # "would invest up to $150 million in a plant in Nuevo Leon", "chose Szeged, Hungary, for its first European plant"
                  r"invest\w* [^.;]{0,40}? in (?:a |an )?(?:new )?(?:[\w,-]+ ){0,4}?(?:plant|factory|facility) in\b|chose [^.;]{1,40}? for (?:its|their) (?:first |new |second )?[^.;]{0,30}?(?:plant|factory|facility)|"
                  # "paused construction of the second phase of its plant in Georgia", "will shut an older pouch-cell line at its factory in Wroclaw"
                  r"(?:paus|halt|suspend|postpon|delay)\w* (?:the )?(?:construction|building|expansion) of (?:the |its |our |their )?(?:[\w-]+ ){0,6}?(?:plant|factory|facility|line)|"
                  # "approved an investment of up to US$260 million to build a steel-block and outfitting-module yard in the Subic
                  # Bay Freeport Zone"; "postponed the planned second dry dock at its Khanh Hoa yard"; "will withdraw from …, its
                  # 50:50 block fabrication joint venture in Zhejiang province, China"
                  r"investment of (?:up to |about |around |some |nearly )?(?:US\$|USD ?|\$|€|EUR ?)[\d.,]+\s*(?:billion|million|bn|m)\b to (?:build|set up|construct) (?:a |an )?[^.;]{0,60}?\b(?:plant|factory|facility|yard|shipyard|mill|works)\b|"
                  r"(?:postpon|delay|shelv|paus|suspend)\w* the planned [^.;]{0,40}? at (?:its|the|our) [^.;]{0,30}?\b(?:plant|yard|shipyard|factory|facility|site|mill)\b|"
                  r"withdraw\w* from (?:[^.;]|\.(?=,)){0,80}?\bjoint venture (?:in|at)\b|"
                  # an earnings call's own lines: "Our Clarksville, Tennessee LFP cell line entered commercial production in
                  # December", "Our Changzhou pack line will close by the end of the second quarter"
                  r"(?:line|plant|factory|facility)\b[^.;]{0,30}?\b(?:entered|enters|reached) (?:commercial |mass |volume |full )?production|"
                  r"(?:line|plant|factory|facility)\b[^.;]{0,20}?\b(?:will|is to|is set to) (?:close|shut(?: down)?|be closed|be shut|wind down)\b|"
                  # "put on hold plans for a C$1.8 billion battery module plant", "invest $2.1 billion to expand the Alabama plant"
                  r"(?:put on hold|shelv\w+|scrapp?\w*|paus\w+) (?:its |the )?plans? (?:for|to build) (?:a |an |its |the )?[^.;]{0,60}?(?:plant|factory|facility)|"
                  r"invest\w* [^.;]{0,40}? to expand (?:the |its )?[^.;]{0,40}?(?:plant|factory|facility)|"
                  # "approved a $350 million expansion of its Pune, India, facility"; "A planned second phase at the … site has been put on hold"
                  r"(?:approv|announc|unveil|plann)\w*\s+(?:a |an )?(?:US\$|USD ?|\$|EUR ?|€|£|GBP ?|¥|JPY ?)[\d.,]+\s*(?:billion|million|bn|m)\s+expansion of (?:its |the |the company's |their )?[^.;]{0,40}?(?:plant|factory|facility|site)|"
                  # "to double capacity at its memory-packaging plant in Bac Ninh"
                  r"(?:doubl|tripl|boost|increas|rais)\w* (?:the )?(?:production |manufacturing |annual )?(?:capacity|output) (?:at|of) (?:its|the|their) (?:[\w,-]+ ){0,4}?(?:plant|factory|facility|site)\b|"
                  # "signed a definitive agreement to acquire a sterile injectables manufacturing facility in New Brunswick"
                  r"acquir\w* (?:a|an|the) (?:[\w,-]+ ){0,5}?(?:plant|factory|facility|mill) (?:in|at|near)\b|"
                  # "The company's Tianjin facility, which employs about 1,400 people …, will close by June 2026"
                  r"(?:plant|factory|facility)\b(?:[^.;]|\.(?=\S)){0,140}?\bwill (?:wind down (?:production |operations )?and )?(?:close|shut(?: down)?|cease (?:production|operations))\b|"
                  # "commissioned a $250 million concentrate plant in Nasarawa State"
                  r"commission(?:ed|s|ing)? (?:a|an|its|the|their) (?:[\w$.,-]+ ){0,5}?(?:plant|factory|facility|refinery|smelter|mill|line)\b|"
                  r"(?:phase|expansion|plant|factory|project)\b[^.;]{0,60}?\b(?:has been|had been|was|is) (?:put on hold|paused|halted|suspended|shelved)|"
                  r"(?:construction|building|expansion) of [^.;]{0,60}?(?:plant|factory|facility) (?:has been|had been|was|is being|will be) (?:paused|halted|suspended|postponed|delayed)|"
                  r"(?:shut|clos)\w*(?: down)? (?:an? |its |the )?(?:[\w-]+ ){0,3}?(?:line|plant|factory|facility) (?:at|in)\b|"
                  # "halted its 4-gigawatt cell plant in Rayong province", "separately plans a $220 million module assembly plant in Texas"
                  r"(?:halt|paus|suspend|idl|mothball)(?:s|ed|ing)? (?:its|their|the|a|an) (?:[\w,.-]+ ){0,4}?(?:plant|factory|facility|lines?)\b(?! (?:workers|staff|employees))|"
                  r"plan(?:s|ned)? (?:a|an) (?:[\w$.,-]+ ){0,5}?(?:plant|factory|facility) (?:in|at|near)\b|"
                  # a filing's projects: "to establish an alkaline electrolyser manufacturing base in the Sokhna industrial area",
                  # "will inject additional capital of US$30 million into PT Huanyu Towers Indonesia", "resolved to terminate the
                  # proposed wind-blade plant in Izmir"
                  r"(?:establish|build|construct|set(?:ting)? up|open)\w* (?:a|an|its|their) (?:[\w$.,-]+ ){0,5}?(?:manufacturing|production|assembly) base\b|"
                  r"inject\w* (?:additional |further |new )?capital (?:of [^.;]{1,30}? )?into\b|"
                  r"capital increase (?:of [^.;]{1,30}? )?(?:in|into|for)\b|halt\w* (?:[\w-]+ ){0,2}?operations at (?:its|the|their) (?:[\w,.-]+ ){0,4}?(?:plant|factory|facility)\b|"
                  r"terminat\w+ (?:the |its )?(?:proposed |planned )(?:[\w-]+ ){0,3}?(?:plant|factory|facility|project)\b|"
                  # "would postpone reaching full production at its $4 billion battery plant in De Soto", "opens its De Soto, Kansas
                  # plant", "postpones its C$15 billion electric-vehicle and battery investment in Ontario", "the start of production at
                  # its joint battery plant … would slip", "convert part of the first Kokomo plant's lines to produce cells for …"
                  r"(?:postpon|delay|defer)\w* (?:reaching |the start of )?(?:full )?(?:production|output|operations) (?:at|of) (?:its|the|their) (?:[\w$.,-]+ ){0,5}?(?:plant|factory|facility)|"
                  r"open(?:s|ed)? (?:its|their) (?:[\w$.,-]+ ){0,5}?(?:plant|factory|facility)\b|"
                  r"(?:postpon|delay|defer|paus|suspend|shelv|freez|froze)\w* (?:its|their|the) (?:[\w$.,-]+ ){0,6}?investments? in\b|"
                  r"start of (?:production|output|operations) at (?:its|the|their) (?:[\w$.,-]+ ){0,5}?(?:plant|factory|facility)\b|"
                  r"convert\w* (?:part of |some of |one of )?(?:the |its |their )?(?:[\w$.,-]+ ){0,4}?(?:plant|factory|facility)(?:'s|’s)? (?:production )?lines?\b|"
                  r"(?:rais|increas|lift|boost)\w* (?:its|their) planned (?:U\.S\.|US|American|overseas|[A-Z][a-z]+) investment to\b|"
                  # "will close its Dongguan, Guangdong, plant by the end of …"
                  r"(?:shut|clos)(?:e|es|ed|ing)?(?: down)? (?:its|their) (?:[\w-]+,? ){1,4}?(?:plant|factory|facility|lines?)\b|"
                  # "invest $110 million to build a 600,000-square-foot manufacturing and assembly campus in Binh Duong"
                  r"(?:build|construct|set up|establish|open)\w* (?:a|an|its|their|two|three) (?:[\w$.,-]+ ){0,5}?(?:campus|complex|refinery|smelter|mill|works|plant|factory|facility|centre|center|hub) (?:in|at|near|next to)\b|"
                  # "will spend US$65 million to expand its facility in Monterrey"; "Final assembly … at the company's Tianjin plant will end by"
                  r"(?:spend|invest)\w* [^.;]{0,40}? to (?:expand|upgrade|enlarge) (?:its|the|their) (?:[\w,-]+ ){0,3}?(?:plant|factory|facility|site|centre|center)\b|"
                  r"(?:assembly|production|manufacturing)\b[^.;]{0,60}?\b(?:plant|factory|facility)\b[^.;]{0,20}?\b(?:will|to) (?:end|stop|cease)\b|"
                  r"(?:plant|factory|facility) in [^.;]{1,30}? will (?:stop|cease|end) (?:producing|production|making|manufacturing|assembling)\b|"
                  # "will invest approximately US$1.3 billion in a 40,000-tonne-per-year polysilicon facility", "will double wafer
                  # capacity at its Mundra site", "will wind down router and modem assembly at its Shenzhen facility"
                  r"(?:invest|spend)(?:s|ed|ing)? (?:approximately |about |around |some |nearly |up to |a further |an additional )?(?:(?:US|USD ?)?\$|€|£|¥|₹)?[\d.,]+\s*(?:billion|million|bn|m|crore)?\s+(?:in|on) (?:a |an |its |the )?(?:new )?(?:[\w,.-]+ ){0,4}?(?:factory|plant|facility|production base)\b|"
                  # a release's bullets: "A new US$420 million compressor plant in Bartow County, Georgia", "A ¥18 billion expansion
                  # of the company's existing heat-exchanger plant in Apodaca"; "will close one of its two plants in Dongguan"
                  r"\b(?:a|an) new (?:(?:US|USD ?)?[$€£¥₹][\d.,]+\s*(?:billion|million|bn|m)?\s+)?(?:[\w-]+ ){0,3}?(?:plant|factory|facility) in\b|"
                  r"expansion of (?:the company's |its |their |the )?(?:existing )?(?:[\w-]+ ){0,3}?(?:plant|factory|facility) in\b|"
                  r"clos\w* (?:one|two|three|\d+) of (?:its|their) (?:[\w-]+ )?(?:plants|factories|facilities)\b|"
                  r"(?:doubl|tripl|expand|rais|increas)\w* (?:[\w-]+ ){0,2}?capacity at (?:its|the|their) (?:[\w-]+ ){0,3}?(?:plant|factory|facility|site)\b|"
                  r"wind\w* down (?:[\w-]+ ){0,5}?(?:production|assembly|manufacturing|operations) at (?:its|the|their) (?:[\w-]+ ){0,3}?(?:plant|factory|facility|site)\b|"
                  # "to add die-cast vehicle lines at its existing plant in Monterrey"
                  r"(?:add|install)(?:s|ed|ing)? (?:[\w-]+ ){0,4}?lines? (?:at|to|in) (?:its|the|their) (?:[\w,-]+ ){0,4}?(?:plant|factory|facility|site)\b|"
                  # "announced in December plans for its first European passenger car plant in Szeged"
                  r"plans? for (?:a |an |its |their )?(?:new |first |second )?(?:[\w-]+ ){0,3}?(?:factory|plant|facility|gigafactory) in\b|"
                  # "shift approximately 30% of its cookware volume to contract manufacturers in Vietnam"; "will close its compressor line
                  # in Suzhou"
                  r"shift\w* (?:approximately |about |roughly |some |nearly )?\d+(?:\.\d+)?\s*(?:%|percent) of (?:its |their )(?:[\w-]+ ){0,3}?(?:volume|production|output|sourcing|orders|capacity) to\b|"
                  r"clos\w* (?:its |their |the |a |one )(?:[\w-]+ ){0,3}?(?:production )?(?:lines?|plants?|factor(?:y|ies)|facilit(?:y|ies)) in\b|"
                  r"(?:signed|signs|sign) a lease (?:[\w-]+ ){0,2}?(?:for|on) (?:a |an )?(?:[\w,.-]+ ){0,3}?(?:facility|factory|plant|site)|"
                  # "laid the foundation stone for Safran's new engine complex in Nouaceur"
                  r"(?:laid|lays|lay|laying) the foundation stone (?:for|of)\b|"
                  r"(?:build|open|set up|establish|construct|launch|explor)\w*\s+(?:a |an |its |their |the |two |three |four |\d+ )?(?:new |leased |second |pilot )?(?:[A-Z][\w-]+ |[\w-]+ and [\w-]+ |[\w,.-]+-[a-z]+ )?"
                  r"(?:(?:US|USD ?)?\$[\d.,]+\s*(?:billion|million)\s+)?(?:factory|plant|facility|gigafactory|assembly line|production base|production lines?|"
                  r"manufacturing hub|manufacturing facility|pilot line|assembly plant)|"
                  r"(?:began|begin|begins|started|starts|commenced|will begin|to begin)\s+(?:(?:commercial|mass|full|full-scale|trial|serial|volume)\s+)?(?:producing|production|manufacturing|assembling|shipping|"
                  r"mass production)|(?:production|manufacturing|assembly|orders|output|capacity|lines?)\b[^.;]{0,80}?\b(?:will be|to be|was|"
                  r"were|being|has been|have been)\s+(?:shifted|moved|relocated|transferred)|"
                  r"(?:transfer|relocation|move|shift) of (?:(?:roughly |about |some |nearly |around )?\d+% of )?(?:its |their |the |some |part of (?:its |the )?)?(?:[\w.-]+ ){0,4}?(?:lines?|production|manufacturing|assembly|plants?|factories|capacity|operations|output)\b|"
                  r"investment (?:of )?(?:(?:US)?\$[\d.,]+\s*(?:billion|million|bn|m)\s+)?in (?:a |an |its |the )?(?:new )?(?:[\w-]+ ){0,3}?(?:factory|plant|facility|production base)|"
                  r"(?:broke|breaks|break|breaking) ground on (?:a |an |its |the )?(?:[\w$.,-]+ ){0,6}?(?:project|factory|plant|facility|gigafactory) in|"
                  # a plant project dropped: "had withdrawn from a $233 million project to build a … plant", "would not proceed with its planned … plant"
                  r"(?:withdr[ae]w\w*|pull\w* out) from (?:a |an |its |the )?[^.;]{0,60}?(?:project|plan|plant|factory|facility)|"
                  r"(?:not|no longer) (?:to )?(?:proceed|go ahead) with (?:its |the |a )?[^.;]{0,60}?(?:plant|factory|facility|project)|"
                  r"(?:cancel\w*|scrap\w*|abandon\w*) (?:its |the |a )?(?:planned )?[^.;]{0,60}?(?:plant|factory|facility|project) in\b)", re.I),
    count_units=("家", "間", "间", "firms", "companies"),
    needs=("firm", "count", "destination"),
)

_DESTINATION = re.compile(r"(?:轉由|转由|改由|遷往|迁往|移往|轉往|转往|前往|遷至|迁至|移至|轉移到|转移到|轉移至|转移至|移轉至|到|至|赴|往|回)\s*$")
_SUBSIDIARY = re.compile(r"\s*(?:[\u4e00-\u9fff]{0,6}?州|[\u4e00-\u9fff]{0,4}?省|府)?\s*(?:[一二三四五六七八九十\d]期)?(?:(?:(?![等設设建投擴扩])[\u4e00-\u9fff]){1,7}?(?=工廠|工厂|子公司|廠(?!商)|厂(?!商)))?(?:子公司|分公司|工廠|工厂|廠|厂|生產基地|生产基地|有限公司)")
_NAMED_FOR = re.compile(r"\s*[）)]\s*(?:股份)?(?:有限)?(?:責任|责任)?公司")
_SITE = re.compile(r"(?:在|於|于|投資|投资|增資|增资|擴建|扩建|新建|興建|兴建|擴充|扩充|增建|暫停|暂停|暫緩|暂缓|收購了?|收购了?)\s*$")  # "…擴建墨西哥瓜達拉哈拉的AI伺服器廠"  # "在越南設廠", "投資印尼": where a plant is built (not China: that is the origin)


_SOLD_TO = re.compile(r"(?:出口|外銷|外销|銷|销|輸|输|運|运|供應|供应|出貨|出货)(?:至|到|往)\s*$")
_CONDUIT = re.compile(r"(?:透過|通過|通过|經由|经由|藉由|借由|以)\s*(?:其)?\s*$")


def destinations_zh(text: str, names, lo: int, hi: int) -> list[str]:
    """Countries a Chinese clause moves production to: named where a plant is built ("在越南設廠", "泰國子公司"),
    after a verb of moving ("遷往越南、印度"), or listed with one; a city or province counts as its country."""
    out = []
    for n in names:
        country = place_country(n)
        if not (lo <= n.start < hi) or country in (None, "China") or country in out or country in OFFSHORE:
            continue  # (a holding company in Samoa or the Cayman Islands makes nothing there)
        # "卓越汽车零部件（墨西哥）有限公司": a subsidiary named for its country
        named_for = text[n.start - 1:n.start] in ("（", "(") and _NAMED_FOR.match(text, n.end)
        conduit = _CONDUIT.search(text[max(lo, n.start - 4):n.start]) or (named_for and re.search(
            r"(?:透過|通過|通过|經由|经由|藉由|借由)[^，。；、,]{0,14}$", text[max(lo, n.start - 16):n.start]))
        if conduit and any(lo <= m.start < hi and m is not n and place_country(m) not in (None, "China", country)
                                                                      for m in names):
            continue  # "透過新加坡子公司於泰國設立新廠": the holding company's country is a conduit, the plant is in Thailand
        if _SITE.search(text[max(lo, n.start - 3):n.start]) or _SUBSIDIARY.match(text, n.end) or named_for:
            out.append(country)
        elif _DESTINATION.search(text[max(lo, n.start - 6):n.start]) and not _SOLD_TO.search(text[max(lo, n.start - 6):n.start]):
            # ("产品主要供应东南亚市场并出口至美国": where the goods are sold, not where they are made)
            # "回臺" / "遷往越南、印度": the first is marked, the rest follow in a list
            out.append(country)
        elif out and text[max(lo, n.start - 1):n.start] in ("、", "與", "和", "及", ","):
            out.append(country)
    if not out:
        # "宣布与巴西巴伊亚州政府签署协议，将在卡马萨里工业区投资…建设…总装厂": the host government the firm signs with
        for n in names:
            country = place_country(n)
            if (lo <= n.start < hi and country not in (None, "China") and text[max(lo, n.start - 1):n.start] in ("與", "与", "和", "同")
                    and _HOST_PARTY.match(text, n.end)):
                out.append(country)
                break
    for m in _SHORT_DEST.finditer(text, lo, hi):
        country = HOST_BY_CHAR[m.group(1)]
        if country not in out:
            out.append(country)  # "對美投資", "赴日設廠": a country by its one-character name
    return out


# the host state's body a firm signs with: "与巴西巴伊亚州政府签署协议", "与埃及苏伊士运河经济区总局签约"
_HOST_PARTY = re.compile(r"[^。；;，]{0,14}?(?:政府|當局|当局|總局|总局|管理局|管委會|管委会|投資部|投资部|部)(?:正式)?(?:簽署|签署|簽訂|签订|簽約|签约)")
# a host country by its one-character name (here right before the investment or plant: "追加1,000億美元對美投資", "赴越設廠";
# tables.py reads a register's "在美投資承諾" by it too)
HOST_BY_CHAR = {"美": "United States", "日": "Japan", "台": "Taiwan", "臺": "Taiwan", "韓": "South Korea", "韩": "South Korea",
                "越": "Vietnam", "泰": "Thailand", "墨": "Mexico", "印": "India", "德": "Germany"}
_SHORT_DEST = re.compile(r"(?:赴|對|对|在)([美日韓韩越泰墨印德])(?=投資|投资|設廠|设厂|建廠|建厂|設立|设立|擴產|扩产)")
