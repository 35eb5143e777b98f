"""Other trade actions worth an analyst's timeline: investigations, determinations, trade-law milestones.

Anti-dumping and countervailing investigations are tariffs under consideration (tariffs.py): they end in duties."""
from __future__ import annotations

import re

from .family import Family, rx

_CMC_LIST = (r"(?:(?:中國軍事企業|中国军事企业)[」”]?\s*(?:[（(]\s*1260H\s*[)）])?\s*(?:清單|清单|名單|名单)"
             r"|(?<![\dA-Za-z])1260H[」”]?\s*(?:清單|清单|名單|名单|List|list))")
WTO_DISPUTE = (r"(?<!排除)(?<!排除向)(?:向|於|于)?(?:WTO|世貿組織|世贸组织|世界貿易組織|世界贸易组织|世貿|世贸)[^。；;]{0,24}?(?:提出|提起|請求|请求)[^。；;，的]{0,4}?(?:磋商|爭端解決|争端解决)"
               r"|(?:訴諸|诉诸)(?:WTO|世貿組織|世贸组织|世界貿易組織|世界贸易组织|世貿|世贸)")
FAMILY = Family(
    type="other",
    zh=rx(
        r"301\s*(?:條款|条款)?\s*(?:調查|调查)|(?:啟動|启动|發起|发起|立案|展開|展开)(?:[^。；;]{0,10})(?:調查|调查)",
        r"匯率操縱國|汇率操纵国|非關稅反制措施|非关税反制措施",
        # port fees on a country's ships (a Section 301 action and its counter): "收取船舶特別港口費"
        r"(?:收取|徵收|征收|加收|課徵|课征)[^。；;，]{0,30}?(?:港口|港務|港务)(?:服務|服务)?(?:費|费)",
        r"(?:港口|港務|港务)(?:服務|服务)?(?:費|费)[^。；;]{0,30}?(?:調高|调高|提高|上調|上调|下調|下调|調降|调降|降低|減免|减免)",
        # port charges waived: "对在洋山港完成国际中转的集装箱免收港口设施保安费"
        r"(?:免收|減收|减收|免徵|免征)[^。；;，]{0,12}?(?:港口|港務|港务|碼頭|码头|船舶|通行|過境|过境|保安)[^。；;，]{0,8}?(?:費|费)",
        r"(?:暫停|暂停|取消|停止)(?:實施|实施|收取)?[^。；;，]{0,20}?(?:港口|港務|港务)(?:服務|服务)?(?:費|费)",
        r"(?:匯率操縱|汇率操纵)[^。；;，]{0,4}(?:觀察名單|观察名单|名單|名单)",
        r"(?:恢復|恢复)[^。；;，]{0,60}?(?:輸華|输华|進口|进口)(?:資質|资质|資格|资格)",
        r"(?:WTO|世贸组织|世貿組織|世界贸易组织|世界貿易組織)[^。；;]{0,20}?(?:提起诉讼|提起訴訟|提出诉讼|提出訴訟|起訴|起诉|申訴|申诉)",
        # a WTO dispute opened: "向世界貿易組織（世貿）提出磋商請求", "诉诸世贸组织，提出磋商请求"
        WTO_DISPUTE,
        # imports stopped: "暂停自美国进口原木", "暂停3家美国企业的大豆输华资质"
        r"(?:暫停|暂停)[^。；;，]{0,80}?(?:進口|进口|輸華|输华|輸入|输入)(?:資質|资质|資格|资格|許可|许可)?",
        # import bans and their lifting: "增列…為大陸物品不准輸入項目", "自…不准輸入項目剔除，改列為准許輸入"
        r"(?:不准|禁止)[^。；;，]{0,30}?(?:輸入|输入|進口|进口)(?:項目|项目|貨品|货品)?",
        # a cybersecurity review of a firm's products: "对Helixon Security在华销售的…产品启动网络安全审查"; buyers told to
        # stop buying meanwhile ("审查期间关键信息基础设施运营者应暂停采购相关产品")
        r"(?:啟動|启动|發起|发起|開展|开展|進行|进行)[^。；;，]{0,6}?(?:網絡安全審查|网络安全审查|網路安全審查|資安審查)",
        r"(?:應|应|須|须)(?:暫停|暂停|停止)(?:採購|采购|購買|购买|使用)",
        # purchases stopped: "要求關鍵資訊基礎設施營運者停止採購美光產品"
        r"(?:停止|禁止|暫停|暂停)(?:採購|采购|購買|购买)[^。；;，]{0,20}?(?:產品|产品|設備|设备|商品|貨物|货物|煤炭|原煤|大豆|原木|木材|棉花|原油|液化天然氣|液化天然气|牛肉|豬肉|猪肉|農產品|农产品)",
        # imports resumed ("海关总署恢复了日本10个都道府县以外地区部分水产品输华", "有条件恢复日本部分地区水产品进口") and
        # inspections tightened ("海关对加拿大输华油菜籽实施逐批加严检测")
        r"(?:恢復|恢复)[^。；;，]{0,40}?(?:進口|进口|輸華|输华|輸入|输入)(?![^。；;，]{0,2}(?:商|企業|企业|增長|增长|規模|规模))",
        # import restrictions lifted: "解除对美国禽肉的进口限制", "取消美国输华牛肉30月龄限制"
        r"(?:解除|取消|撤銷|撤销|放寬|放宽)(?:了)?[^。；;，]{0,20}?(?:進口|进口|輸華|输华|輸台|输台|輸入|输入)[^。；;，]{0,12}?(?:限制|禁令)",
        # imports let in: "决定自即日起允许德国…猪肉及猪副产品输华"; papers no longer asked of imports: "取消日本食品產地證明及輻射檢測報告要求"
        r"(?:允許|允许|准許|准许|准予)[^。；;，]{0,40}?(?:輸華|输华|進口|进口|輸入|输入)(?!項目|项目|貨品|货品|清單|清单|名單|名单|管理)",
        r"(?:取消|免除|放寬|放宽)[^。；;，]{0,20}?(?:產地證明|产地证明|檢測報告|检测报告|檢驗證明|检验证明|輻射檢測|辐射检测)",
        # imports or a licence to ship resumed, told verb last: "同年11月5日，肉类进口恢复", "出口资质…陆续恢复"
        r"(?:進口|进口|輸華|输华)(?:已|已經|已经|陸續|陆续|逐步|全面)?(?:恢復|恢复)|(?:輸華|输华|對華|对华)(?:出口)?(?:資質|资质|資格|资格)[^。；;，]{0,16}?(?:恢復|恢复)",
        r"(?:逐批|加嚴|加严)+(?:檢測|检测|檢驗|检验|查驗|查验|檢疫|检疫)|(?:全面)?(?:加強|加强)[^。；;，]{0,12}?(?:檢測|检测|檢驗|检验|查驗|查验)",
        # "暂停了…两家企业的油菜籽对华出口资质"; public procurement closed to a state's firms
        r"(?:暫停|暂停|取消|撤銷|撤销|恢復|恢复)[^。；;，]{0,60}?(?:對華|对华)出口(?:資質|资质|資格|资格)",
        r"(?:排除在|排除於|排除于|限制|禁止)[^。；;]{0,40}?(?:公共採購|公共采购|政府採購|政府采购)|(?:公共採購|公共采购|政府採購|政府采购)[^。；;]{0,60}?(?:限制|排除|禁止)",
        # the FCC's Covered List (equipment barred from sale), inspection rates raised on exports
        # and the Pentagon's list of Chinese military companies (1260H), which bars them from US contracts
        # (a firm put on it or taken off; "依据“中国军事企业清单”等名单认定" only names it)
        rf"(?:更新|新增|增列|列入|納入|纳入|移出|移除|剔除|公布|公佈|發布|发布)[^。；;]{{0,40}}?{_CMC_LIST}|{_CMC_LIST}[^。；;，]{{0,12}}?(?:新增|增列|移出|移除|剔除)|"
        # local-content rules set or changed: "國產化率（TKDN）門檻將自2027年起由40%提高至60%"
        r"(?:國產化率|国产化率|本地成分|在地化率|自製率|自制率|本地含量|國產化比例|国产化比例|TKDN)[^。；;]{0,20}?(?:門檻|门槛|要求|提高|調高|调高|降低|下調|下调|須達|须达|至少)|"
        r"(?:涵蓋清單|涵盖清单|Covered List)|(?:提高|加強|加强)[^。；;，]{0,10}?(?:查驗|查验|審核|审核|抽驗|抽验)(?:比率|比例|頻率|频率)",
        # origin checks tightened, a special status ended
        r"(?:原產地|原产地|產地證明|产地证明)[^。；;，]{0,10}?(?:查核|核查|抽驗|抽验|查驗|查验|稽核|審核|审核)|(?:查核|核查|抽驗|抽验|稽核)[^。；;，]{0,12}?(?:原產地|原产地|產地證明|产地证明)",
        # origin certificates withheld or checked harder: "暫停向17家企業簽發原產地證明", "要求各原產地簽證機構加強審查…輸美貨品"
        r"(?:暫停|暂停|停止|撤銷|撤销|吊銷|吊销)[^。；;，]{0,16}?(?:簽發|签发|核發|核发)[^。；;，]{0,6}?(?:原產地|原产地|產地|产地)(?:證明|证明)",
        r"(?:原產地|原产地)(?:簽證|签证|證明|证明)?(?:機構|机构|單位|单位)?(?:加強|加强|嚴格|严格)(?:審查|审查|審核|审核|查核|核查)",
        r"(?:終止|终止|取消)[^。；;，]{0,16}?(?:特殊待遇|特殊地位|特別待遇|特别待遇)",
        # telecom vendors taken out of networks: "要求電信業者於2027年前移除華為設備", "將華為排除在5G網路之外"
        r"(?:移除|拆除|汰換|汰换|替換|替换|排除)[^。；;，]{0,12}?(?:華為|华为|中興|中兴|高風險|高风险)[^。；;，]{0,10}?(?:設備|设备|供應商|供应商|元件|组件|組件)"
        r"|(?:華為|华为|中興|中兴)[^。；;，]{0,16}?(?:排除在|排除於|排除于|移出)[^。；;，]{0,12}?(?:網路|网络|網絡)",
        # sales on platforms barred: "禁止社交媒体平台直接进行商品交易", "单件价格不得低于100美元" (a floor on imported parcels)
        r"(?:禁止|不得)[^。；;，]{0,16}?(?:平台|平臺)[^。；;，]{0,12}?(?:交易|銷售|销售)",
        # imports put under licence or review, and the review dropped: "7個稅則號列改列「限制進口」，須取得進口許可證",
        # "加强进口许可和技术审查要求", "取消…7类商品的进口技术审查要求"
        r"(?:改列|列為|列为)[「“\"]?(?:限制進口|限制进口|禁止進口|禁止进口)|(?:須|须|需)(?:取得|申領|申领|申請|申请)(?:進口|进口)(?:許可證|许可证)",
        # an import ban widened or a product's sale banned ("将进口禁令扩大至所有非治疗用电子烟", "禁止销售和供应一次性电子烟"),
        # the EU deforestation rules put off ("将《欧盟零毁林法规》（EUDR）推迟一年实施")
        # an import cap cut: "將大陸電影片每年進口數量上限由10部調降為6部"
        r"(?:進口|进口|輸入|输入)(?:數量|数量)上限|"
        r"(?:進口|进口|輸入|输入)禁令|禁止(?:銷售|销售|販售|贩售)(?:和|及|與|与|、)(?:供應|供应|進口|进口)",
        r"(?:零毀林|零毁林|毀林法規|毁林法规|(?<![A-Za-z])EUDR(?![A-Za-z]))",
        r"(?:加強|加强|收緊|收紧)[^。；;，]{0,6}?(?:進口|进口)(?:許可|许可|審查|审查|檢驗|检验)",
        r"(?:取消|撤銷|撤销|放寬|放宽)[^。；;，]{0,24}?(?:進口|进口)[^。；;，]{0,6}?(?:審查|审查|許可|许可)(?:要求)?",
        # illegal fishing: a state carded or cleared ("解除…對我國發布之…IUU漁業「黃牌」警告"), vessels listed and kept from port
        r"(?:發布|发布|解除|撤銷|撤销|取消|給予|给予|祭出|發出|发出|列入)[^。；;，]{0,40}?(?:IUU|非法漁撈|非法捕捞)?[^。；;，]{0,30}?[「“]?(?:黃牌|黄牌|紅牌|红牌)|"
        r"(?:IUU|非法、未報告及不受規範|非法、未报告及不受管制)(?:漁船|渔船)(?:名單|名单|清單|清单)",
        # group tours and sales halted ("要求旅行社停止銷售赴韓團體遊"), apps banned ("印度再封禁118款中国应用")
        r"(?:停止|暫停|暂停|禁止)(?:銷售|销售)[^。；;，]{0,12}?(?:團體遊|团体游|旅遊|旅游|行程)",
        r"(?:封禁|禁用|封鎖|封锁|下架|禁止)[^。；;，]{0,20}?\d+\s*(?:款|個|个)[^。；;，]{0,8}?(?:應用程式|应用程序|應用|应用|App|APP)|(?:封禁|禁用|下架)[^。；;，]{0,12}?(?:應用程式|应用程序|App|APP)",
        # a digital services tax enacted, put off or withdrawn (the tax a Section 301 action answers): "签署数字服务税法案"
        r"(?:簽署|签署|通過|通过|開徵|开征|徵收|征收|課徵|课征|撤銷|撤销|廢除|废除|取消|推遲|推迟|暫緩|暂缓|延後|延后)[^。；;，]{0,20}?(?:數位服務稅|数字服务税|數位稅|数字税|均衡稅|均衡税)",
        # public contracts closed to foreign firms without a regional base: "停止與…外國企業簽訂政府合約"
        r"(?:停止|禁止|不得|不再)[^。；;]{0,30}?(?:簽訂|签订|簽署|签署|授予)[^。；;，]{0,6}?(?:政府|公共)(?:合約|合同|採購合約|采购合同)",
        # purchases or deliveries of a state's goods stopped or resumed: "暫停向美國企業採購飛機…零部件", "暫停接收波音客機"
        r"(?:停止|禁止|暫停|暂停)[^。；;，]{0,12}?(?:採購|采购|購買|购买)[^。；;，]{0,16}?(?:設備|设备|零部件|零組件|零组件|產品|产品)",
        # "不得使用联邦资金向中国国有…企业采购轨道车辆": public buyers barred from a state's suppliers
        r"(?:不得|禁止)[^。；;，]{0,16}?(?:向|從|从)[^。；;，]{1,30}?(?:採購|采购)",
        # public buyers kept from a state's goods: "限制州政府機關採購陸製無人機", "禁止州和地方政府机构采购中国企业生产的激光雷达",
        # "招標文件將明文排除中國大陸製造之零組件"
        r"(?:限制|禁止|不得|禁用)[^。；;，]{0,20}?(?:政府|機關|机关|機構|机构|公務|公务|承包商|公營|公营)[^。；;，]{0,12}?(?:採購|采购|購買|购买)",
        r"(?:排除|不得(?:採購|采购|使用)|禁止(?:採購|采购|使用)|禁用)[^。；;，]{0,16}?(?:中國大陸|中国大陆|大陸|大陆|中國|中国|陸)(?:製造|制造|製|制|廠牌|厂牌|品牌)",
        # "公務機關不得採購大陸廠牌資通訊產品": a state's buyers barred from a state's products
        r"不得(?:採購|采购|購買|购买)(?:及使用|或使用|和使用)?[^。；;，]{0,16}?(?:廠牌|厂牌|品牌|製|制|產|产)[^。；;，]{0,10}?(?:產品|产品|設備|设备)",
        r"(?:暫停|暂停|恢復|恢复)接收[^。；;，]{0,10}?(?:客機|客机|飛機|飞机)",
        # software or a service barred from official use: "公務機關禁止使用DeepSeek AI產品", "禁止所有政府系統與裝置使用…"
        r"(?:禁止|禁用|不得)[^。；;，]{0,24}?使用[^。；;，]{0,30}?(?:產品|产品|服務|服务|軟體|软件|應用|应用|App|APP|AI|人工智慧|人工智能|模型)",
        r"(?:禁止|禁用)[^。；;，]{0,16}?(?:DeepSeek|TikTok|抖音|微信|WeChat)",
        # forced-labour import curbs: a withhold release order issued or lifted ("對…漁船所捕撈之水產品發布暫扣令"),
        # goods held at the border ("扣留了一批…車體"), a ban on goods made with forced labour
        r"(?:發布|发布|簽發|签发|核發|核发|撤銷|撤销|解除|修改|修正)[^。；;]{0,100}?(?:暫扣令|暂扣令)",
        r"(?:扣留|扣押|查扣|截獲|截获|查獲|查获)(?:了)?[^。；;，]{0,30}?(?:貨物|货物|貨櫃|货柜|商品|產品|产品|零部件|零組件|批|油輪|油轮|船隻|船只|船舶|貨輪|货轮)|(?:船隻|船只|船舶|油輪|油轮)[^。；;，]{0,6}?(?:將|将)?(?:被|遭)(?:扣押|扣留)",
        r"(?:禁止|不得)[^。；;]{0,40}?(?:強迫勞動|强迫劳动)|(?:強迫勞動|强迫劳动)(?:產品|产品)?[^。；;，]{0,4}?(?:規則|规则|條例|条例)",
        # a fishing nation warned or cleared over illegal fishing: "對我國發出「黃牌」警告", "解除黃牌"
        r"(?:發出|发出|給予|给予|解除|撤銷|撤销|取消|亮出)[^。；;]{0,30}?(?:黃牌|黄牌|紅牌|红牌)",
        # fees and taxes on low-value imports: "对每个入境小包收取2欧元的处理费", "取消41美元以下进口商品增值税豁免"
        r"(?:收取|徵收|征收|加收)[^。；;，]{0,20}?(?:處理費|处理费|手續費|手续费)",
        r"(?:取消|廢除|废除|終止|终止)[^。；;，]{0,24}?(?:增值稅|增值税|消費稅|消费税|營業稅|营业税)(?:豁免|免徵|免征)|(?:代收代繳|代收代缴)[^。；;，]{0,10}?(?:營業稅|营业税|增值稅|增值税)",
        r"(?:交易限值|交易限額|交易限额)[^。；;，]{0,10}?(?:提高|調整|调整|降低|由)",
        # a technical regulation's start put off: "将《机械与电气设备安全（综合技术法规）》的实施日期由2025年9月1日推迟至2026年9月1日"
        r"(?:法規|法规|規定|规定|條例|条例|技術要求|技术要求|認證|认证|令)》?[^。；;，]{0,4}?(?:實施日期|实施日期|生效日期|施行日期)[^。；;，]{0,30}?(?:推遲|推迟|延後|延后|延至|延期)",
        # quality control orders (a licence to sell imports) and import approvals: "撤销…14种化工产品实施的质量控制令（QCO）",
        # "对化妆品、电子产品…实施进口批准和技术审查要求", "取消了电子产品…的技术审查要求"
        r"(?:質量控制令|质量控制令|品質管制令|品质管制令|(?<![A-Za-z])QCOs?(?![A-Za-z]))",
        r"(?:實施|实施)[^。；;，]{0,6}?(?:進口|进口)(?:批准|審批|审批|許可|许可)|(?:取消|撤銷|撤销|放寬|放宽)(?:了)?[^。；;，]{0,24}?(?:技術審查|技术审查)(?:要求)?",
        # equipment barred from official use by a list ("將TP-Link…列入州政府設備禁用清單"), a product's sale banned or the
        # ban lifted ("禁止iPhone 16在印尼销售", "解除禁售"), imports put under licensing ("将渔网、渔线等产品纳入进口许可管理"),
        # genetically modified crops cleared for import ("…转化体的安全证书（进口）")
        r"(?:禁用|禁止使用)(?:清單|清单)",
        # access to an app or site blocked: "命網際網路接取服務提供者對「小紅書」應用程式及網站採取限制接取措施"
        r"限制接取|(?:封鎖|封锁|阻斷|阻断)[^。；;，]{0,12}?(?:網站|网站|應用程式|应用程序|App|APP)",
        # personal data barred from going abroad: "限制通訊傳播事業將用戶個人資料傳輸至中國大陸地區"; cross-border data rules
        r"(?:限制|禁止)[^。；;]{0,40}?(?:個人資料|個資|个人信息|个人数据|數據|数据|資料)[^。；;，]{0,12}?(?:傳輸|传输|出境|移轉|移转)",
        r"(?:數據|数据|資料)(?:跨境|出境)(?:流動|流动|傳輸|传输)?[^。；;，]{0,6}?(?:規定|规定|辦法|办法|規則|规则|安全評估|安全评估)[》」]?[^。；;，]{0,12}?(?:公布|施行|實施|实施|生效)",
        r"(?:禁止|禁)[^。；;，]{1,20}?在[^。；;，]{1,10}?(?:銷售|销售|販售|贩售|上市)|(?:解除|取消|撤銷|撤销)(?:了)?(?:禁售|銷售禁令|销售禁令)",
        r"(?:納入|纳入|列入)[^。；;，]{0,6}?(?:進口|进口)(?:許可|许可)(?:證|证)?(?:管理|範圍|范围)",
        r"(?:安全證書|安全证书)\s*[（(]\s*(?:進口|进口)\s*[）)]",
        # a regulator's order to stop processing data or offering downloads: "下令DeepSeek停止在義大利處理用戶資料"
        r"(?:下令|要求|命令)[^。；;，]{0,20}?(?:停止|暫停|暂停)[^。；;，]{0,24}?(?:處理|处理|提供|蒐集|收集)[^。；;，]{0,12}?(?:資料|数据|數據|下載|下载)",
    ),
    en=re.compile(r"\b(?:Section 301 investigations?|(?:local|domestic|national)[- ]content (?:requirements?|rules?|thresholds?|criteri(?:on|a)|bonus)|minimum (?:national|local|domestic) content|(?:add|remov|list|designat|updat|publish|includ)\w* [^.;]{0,60}?(?:1260H list|(?:Chinese military|CMC) (?:companies )?list)|(?:issu|lift|withdr[ae]w|revok|grant)\w* (?:a |an |its |the )?(?:IUU )?(?:yellow|red) card|IUU (?:vessel )?list|negative certification|(?:den(?:y|ies|ied)|revok\w*|withdr[ae]w\w*) port (?:privileges|access|entry) (?:to|for)\b|port (?:service )?fees? on|monitoring list of [^.;]{0,60}?currency|currency (?:monitoring|watch) list|(?:charg|impos|levy|collect)\w* (?:special )?port (?:service )?fees|(?:special )?port (?:service )?(?:fees|charges)|actionable under Section 301|potential trade action|currency manipulat\w+|"
                  r"(?:trade(?: and investment)?[- ]barriers?|anti-?trust|anti-?monopoly) (?:investigations?|probes?)|(?:charg|impos|levy|levi|collect)\w* (?:special )?fees on [^.;]{0,60}?(?:vessels|ships)|fees? of (?:US)?\$[\d.,]+ per (?:net )?ton|"
                  r"(?:suspend\w*|halt\w*|ban\w*|barr\w*|stopp\w*|block\w*) (?:[\w-]+ ){0,3}?imports (?:of|from)|\bfees on (?:[\w-]+ ){0,6}?(?:vessels|ships)|licen[cs]es? to import|import licen[cs](?:e|es|ing)|licen[cs]ing requirements? for imports|Withhold Release Orders?|restricted[\"”]? import category|Foreign Subsidies Regulation|(?:suspend|halt)\w* the import(?:ation)? of|(?:prohibit|bann)\w* the (?:purchase, )?import(?:ation)?(?: and sale| or transfer)?(?: into [^.;]{0,30}?)? of|imports? (?:into|of) [^.;]{0,100}? (?:will be|is|are|was|were|has been|have been) (?:prohibited|banned)|International Procurement Instrument|(?<!arms )(?:food |import |trade )?embargo(?:es)?\b(?! on (?:[\w-]+ )?exports)|(?:open|launch|initiat)\w* (?:its |a |an |two |three |several |further )?(?:first |second |new )?(?:in-depth|ex officio|preliminary|formal) (?:[A-Z]{2,5} )?(?:investigations?|reviews?|probes?)|unannounced inspections|dawn raids? (?:at|on)|(?:guidance|instructions?|window guidance) (?:discouraging|barring|telling|urging|asking) [^.;]{0,60}?(?:from|to stop|not to) (?:purchas|buy|us|order)\w*|discourag\w* [^.;]{0,40}?from (?:purchasing|buying|ordering)\b|\b(?:Huawei|ZTE|Chinese|high-risk)\b[^.;]{0,40}?\b(?:removed|stripped|excluded|banned|phased out|ripped out) from (?:[\w-]+ ){0,3}?(?:networks?|cores?)\b|(?:exclud\w*|remov\w*|bann?\w*|barr?\w*|strip\w*) (?:[\w-]+ ){0,4}?(?:vendors?|suppliers?|equipment|kit|gear|components) (?:[\w-]+ ){0,3}?from (?:the |its |their )?(?:[\w-]+ ){0,3}?(?:networks?|cores?)\b|(?:tighten\w*|step(?:s|ped|ping)? up|intensif\w+|strengthen\w*) (?:[\w-]+ ){0,2}?(?:inspections?|checks|quarantine|testing) (?:of|on)\b|(?:impos\w+|levy|levie[sd]|introduc\w+|lift\w*|remov\w+|scrap\w*) (?:the )?(?:new |extra |additional |special )?(?:fees|surcharges) on (?:[\w-]+ ){0,3}?(?:trucks|lorries|vehicles|shipments|imports|exports|cargo)\b|(?:prohibit|bar|ban)\w* [^.;]{0,40}?from (?:procuring|purchasing|buying)\b|(?:stop|halt|cease)\w* (?:buying|purchasing) (?:[\w-]+ ){0,3}?(?:coal|soybeans|logs|timber|cotton|crude|LNG|beef|pork|goods|products|equipment|wheat|barley|grain|canola|rice|corn|maize|sugar|wine|lobsters?)\b|(?:detain|seiz|impound)\w* (?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*)?, an? (?:[\w-]+ )?(?:tanker|vessel|ship|freighter)\b|import safety certificates?|clos\w* (?:its |their |the )?ports to\b|(?:clos|reopen)\w* (?:its |their |the )?(?:[\w-]+ ){0,2}?(?:land )?borders?\b|(?:tighten\w*|intensif\w+|strengthen\w*|step(?:s|ped|ping)? up) (?:[\w-]+ ){0,2}?(?:verifications?|audits?) (?:of|on)\b|imports? (?:were |are |was |is )?(?:suspended|banned|halted)\b|Deforestation Regulation|(?<![A-Za-z])EUDR(?![A-Za-z])|authori[sz]\w* (?:[\w-]+ ){0,4}?(?:GM|genetically modified|GMO) |prohibit\w* the authori[sz]ation of (?:new )?equipment|rebuttable presumption|Uyghur Forced Labor Prevention Act|detain\w* [^.;]{0,30}?shipments|detain\w* (?:a |an |the )?(?:[\w'-]+ ){0,4}?shipments?\b|\bbans? on (?:[\w-]+ ){0,3}?imports\b|(?:lift|impos)\w* (?:a |the |its )?(?:[\w-]+ )?ban (?:on|during)\b|(?:allow|permit)\w* (?:[\w-]+ ){0,3}?imports of\b|quality control orders?|(?:detain|seiz|impound)\w* (?:the |a |an |two |three |\d+ )?(?:[\w'-]+ ){0,4}?(?:tankers?|vessels?|ships?)\b|(?:prohibit|ban|bar)\w* (?:[\w-]+ ){0,4}?(?:products|goods) (?:made|produced|manufactured|mined|harvested) (?:with|by|using) forced labou?r|forced[- ]labou?r (?:regulation|import ban|ban|prohibition)|(?:yellow|red) card|(?:handling|processing) fees? (?:of|on)\b|(?:block|bann|ban|prohibit)\w* (?:[\w-]+ ){0,4}?(?:mobile )?(?:apps|applications)\b|(?:bann?\w*|prohibit\w*|barr\w*) (?:the )?use of [^.;]{0,40}?\bon (?:all )?(?:federal |government |state |official |public[- ]sector )(?:devices|systems|phones|networks)|Report and Order (?:barring|prohibiting)|rules? that establish(?:es)? a presumption of denial|(?:propos\w+|vot\w+) (?:to )?(?:barring|bar|prohibit\w*|clos\w+)\b[^.;]{0,60}?(?:licensees|authori[sz]ation|devices|equipment|loophole)|Data Security Program|(?:enact|adopt|introduc|pass|rescind|withdr[ae]w|repeal|scrap|paus|delay|postpon)\w* (?:its |the |a )?(?:[\w-]+ ){0,2}?(?:digital services tax|DST)\b|(?:restrict\w*|prohibit\w*) (?:certain )?transactions that (?:give|provide)|(?:exclud\w+|bar\w*) [^.;]{0,60}?from (?:public|government) (?:procurement|tenders)|"
                  # data kept at home: "requires all payment-system data to be stored only in India", "domestic storage of user
                  # data", "Measures on Security Assessment of Outbound Data Transfer", "the bulk sensitive data rule"
                  r"requir\w* (?:[\w\"“”'-]+ ){0,6}?data to be (?:stored|processed|hosted|kept|localised|localized) (?:only )?(?:in|on|within|onshore)\b|"
                  r"(?:domestic|local|onshore) (?:storage|hosting|processing) (?:of|for) (?:[\w-]+ ){0,3}?data\b|data locali[sz]ation (?:rules?|requirements?|mandates?|law)|"
                  r"Outbound Data Transfers?|bulk sensitive data rule|transfers? of personal data abroad|"
                  r"(?:exempt|relax)\w* (?:[\w-]+ ){0,5}?(?:data transfers?|onshore storage|data storage)\b|"
                  # rules of origin tightened for exports ("requiring exporters of 21 product groups … to file a bill of materials …
                  # with every application for a certificate of origin") and approvals required for imports ("reinstated
                  # technical-approval requirements for imports of textiles")
                  r"requir\w* exporters (?:of|in) [^.;]{0,220}?certificates? of origin|(?:reinstat|impos|introduc|restor|tighten)\w* (?:[\w-]+ ){0,3}?requirements? for imports? of|"
                  # taxes and fees on low-value imports: "began charging its 19% value-added tax on low-value goods bought from
                  # foreign online platforms", "charged a flat $20 fee on each parcel entering under its courier regime"
                  r"(?:charg|impos|levy|levi|collect|appl|extend)\w* (?:its |a |an |the )?(?:\d+(?:\.\d+)?\s*(?:%|percent) )?(?:value[- ]added tax|VAT|GST|sales tax|consumption tax)\b[^.;]{0,20}?\bon (?:[\w-]+ ){0,2}?(?:low[- ]value|small|imported|cross-border|online) (?:goods|parcels|packages|consignments|imports|shipments|purchases|orders)\b|"
                  r"(?:flat |fixed |handling |processing )?(?:US\$|\$|€|£)\d[\d.,]* (?:fee|charge|levy|surcharge) (?:on|per|for) (?:each |every |a |an )?(?:parcel|package|consignment|shipment|item)s?\b|"
                  r"(?:rais|lower|cut|increas|reduc|doubl)\w* (?:its |the |their )?(?:tax|levy|fee)(?:es|s)? on (?:[\w-]+ ){0,3}?(?:parcels|packages|consignments|small shipments)\b|"
                  # canal and port charges cut: "grant a 15% discount on transit fees for container ships"
                  r"(?:discount|rebate|reduction)s? of (?:up to )?\d+(?:\.\d+)?\s*(?:%|percent) (?:on|in|for) (?:[\w-]+ ){0,3}?(?:(?:transit|canal|port|harbou?r) )?(?:fees|dues|tolls|charges|(?:[\w-]+ ){0,2}?(?:carriers|vessels|ships))\b|"
                  r"\d+(?:\.\d+)?\s*(?:%|percent) (?:discount|rebate|reduction) on (?:[\w-]+ ){0,2}?(?:transit |canal |port )?(?:fees|dues|tolls|charges)\b|"
                  # telecom vendors shut out: "bans Huawei and ZTE from 5G networks", "barred operators from installing Huawei …
                  # equipment", "prohibiting Chinese-made routers and modems in government networks", "phase out equipment from
                  # \"high-risk\" suppliers"
                  r"(?:bann?\w*|barr?\w*|exclud\w*|prohibit\w*) (?:[\w\"“”'-]+ ){0,3}?(?:Huawei|ZTE|(?:\"|“)?(?:high-risk|untrusted)(?:\"|”)? (?:suppliers|vendors))\b[^.;]{0,60}?\bfrom (?:[\w-]+ ){0,4}?(?:networks?|cores?|spectrum|licen[cs]es|tenders?|procurement|contracts)\b|"
                  r"(?:bann?\w*|barr?\w*|prohibit\w*) (?:mobile |telecom |network )?(?:operators|carriers|telcos|agencies) from (?:installing|using|buying|deploying)\b|"
                  r"prohibit\w* (?:[\w-]+ ){0,4}?(?:routers|modems|equipment|gear|cameras|drones|devices) (?:in|on|from) (?:[\w-]+ ){0,2}?(?:government|state|public|official|federal) (?:networks|systems|agencies|premises|devices)\b|"
                  r"phas\w* out (?:[\w-]+ ){0,2}?(?:equipment|gear|kit) from (?:[\w\"“”'-]+ ){0,3}?(?:suppliers|vendors)\b|effectively exclud\w* (?:Huawei|ZTE)\b)\b", re.I),
    needs=("date", "target"),
    # apps banned ("封禁118款应用"), firms put on an import-ban list ("将37家中国企业列入"), vessels held ("5艘远洋鱿钓渔船")
    count_units=("款", "家", "艘", "entities", "companies", "vessels"),
    # an investigation weighs a measure: "立案調查", "opened a trade barrier investigation"
    instruments=((re.compile(r"(?:調查|调查)(?!結果|结果)|investigation(?! findings| results)|probe", re.I), "investigation"),),
    instrument_status=(("investigation", "considering"),),
    implied_actor=((re.compile(r"301|USTR"), "United States"),),
)
