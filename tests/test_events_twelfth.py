"""The twelfth session's rules, each on a sentence or table of the kind that asked for it: pacts signed with several
partners in one sentence, the SAR government by its text, listings that name their firms' places, registers of
trade-remedy cases, of plants and of pact rates, WTO disputes, filings' fields, and English release and FR layouts."""
from __future__ import annotations

from nlp.normalize.dates import parse_dates
from nlp.normalize.names import find_names
from tests.test_events_eleventh import _file_events  # the rules' events of a file (without the sentence model)
from tests.test_events_prose import _events


def test_pacts_signed_with_several_partners_in_one_sentence_are_one_event_each():
    evs = _events("11月3日亞太經合會議期間，日本在利馬與秘魯簽署經濟夥伴協定，同日亦與智利簽署同名協定，並與哥倫比亞發布聯合聲明。",
                  "2025-11-10")
    assert [(e.type, e.date, e.actor, e.target) for e in evs] == [
        ("trade_agreement", "2025-11-03", "Japan", ("Peru",)), ("trade_agreement", "2025-11-03", "Japan", ("Chile",)),
        ("trade_agreement", "2025-11-03", "Japan", ("Colombia",))]


def test_the_sar_government_is_hong_kongs_or_macaus_by_the_text():
    hk = find_names("特區政府昨日宣布，為香港企業提供支援。")
    mo = find_names("特區政府與國家商務部在澳門簽署協議。")
    assert (hk[0].canonical, mo[0].canonical) == ("Hong Kong", "Macau")


def test_a_listing_names_the_places_of_its_firms_not_its_grounds_and_counts_both_kinds():
    evs = _events("美國財政部昨日以協助伊朗取得無人機零件為由，將4間在港註冊的貿易公司及3間東莞電子供應商列入特別指定國民（SDN）名單。",
                  "2025-10-10")
    assert [(e.type, e.actor, e.target, e.items) for e in evs] == [
        ("sanction", "United States", ("Hong Kong", "China"), 7)]


def test_an_ofac_delisting_is_a_sanction_revoked_on_the_day_the_sentence_before_tells():
    evs = _events("美國財政部海外資產控制辦公室（OFAC）周二（14日）將5間公司列入SDN名單。不過，OFAC同日亦將2022年列入名單的「海通船務」除名。",
                  "2025-10-15")
    assert [(e.type, e.date, e.status) for e in evs] == [("sanction", "2025-10-14", "implemented"),
                                                        ("sanction", "2025-10-14", "revoked")]


def test_measures_on_parties_already_listed_are_sanctions_not_investment_screening():
    evs = _events("不可靠实体工作机制今日决定，对此前列入清单的美国某防务公司等3家实体采取的禁止在中国境内新增投资等措施暂停实施一年。",
                  "2025-12-20")
    assert [(e.type, e.actor, e.target, e.status) for e in evs] == [("sanction", "China", ("United States",), "suspended")]


def test_a_register_of_trade_remedy_cases_is_read_by_its_columns(tmp_path):
    evs = _file_events(tmp_path, "title: 贸易救济案件月报（2026年3月）\ndate: 2026-04-08\n\n"
                                 "3月，商务部共发布贸易救济类公告3项。\n\n"
                                 "| 公告日期 | 产品 | 涉案国家（地区） | 调查类型 | 结果或进展 |\n|---|---|---|---|---|\n"
                                 "| 2026-03-05 | 卤化丁基橡胶 | 美国、日本 | 反倾销 | 初裁，自3月6日起征收20.1%—35.4%保证金 |\n"
                                 "| 2026-03-12 | 乙二醇 | 新加坡 | 反倾销 | 立案调查 |\n"
                                 "| 2026-03-20 | 环氧树脂 | 韩国 | 反倾销 | 申请人撤回申请，终止调查 |\n")
    rows = [e for e in evs if e.source == "table"]
    assert [(e.type, e.actor, e.target, e.status) for e in rows] == [
        ("tariff", "China", ("United States", "Japan"), "implemented"), ("tariff", "China", ("Singapore",), "considering"),
        ("tariff", "China", ("South Korea",), "revoked")]


def test_a_register_of_firms_plants_with_their_projects_is_read_by_its_columns(tmp_path):
    evs = _file_events(tmp_path, "title: 行业深度：日系材料厂商海外扩产\ndate: 2025-12-01\n\n一、主要扩产项目\n\n"
                                 "| 公司 | 地点 | 产品 | 项目内容 |\n|---|---|---|---|\n"
                                 "| 东丽 | 韩国庆尚北道龟尾 | 碳纤维 | 新建第三工厂，投资约300亿日元，2027年投产 |\n"
                                 "| 住友化学（东友精细化工） | 韩国全罗北道益山 | 高纯度化学品 | 2025年9月扩建产线竣工 |\n")
    rows = [e for e in evs if e.source == "table"]
    assert [(e.actor, e.destination, e.status) for e in rows] == [
        ("Toray", ("South Korea",), "planned"), ("Sumitomo Chemical", ("South Korea",), "implemented")]


def test_a_schedule_of_pact_rates_is_the_duties_each_pact_sets(tmp_path):
    evs = _file_events(tmp_path, "title: 海关总署公告（关于2027年协定税率有关事项）\ndate: 2026-12-28\n\n"
                                 "自2027年1月1日起，我国对原产于20个国家或地区的部分进口货物继续实施协定税率。\n\n"
                                 "| 协定名称 | 适用原产国 | 涉及税目数 | 2026年平均协定税率 | 2027年平均协定税率 |\n|---|---|---|---|---|\n"
                                 "| 中国—塞尔维亚自由贸易协定 | 塞尔维亚 | 7,890 | 2.5% | 1.8% |\n"
                                 "| 区域全面经济伙伴关系协定 | 日本、韩国、东盟成员国 | 约8,100 | 0—7.6% | 0—6.9% |\n")
    rows = [e for e in evs if e.source == "table"]
    assert [(e.type, e.actor, e.date, e.rate_pct) for e in rows] == [
        ("tariff", "China", "2027-01-01", 1.8), ("tariff", "China", "2027-01-01", (0.0, 6.9))]
    assert rows[1].target == ("Japan", "South Korea", "ASEAN")


def test_a_wto_dispute_is_the_event_and_the_measure_disputed_only_named():
    evs = _events("中方已于3月4日就欧盟对电动汽车实施的反补贴措施，向世贸组织提出磋商请求。", "2026-03-05")
    assert [(e.type, e.actor, e.target, e.status) for e in evs] == [("other", "China", ("European Union",), "implemented")]
    assert _events("经济部表示影响有限，并不排除向世贸组织提出争端解决磋商。", "2026-03-05") == []


def test_a_filings_fields_state_the_filers_moves(tmp_path):
    evs = _file_events(tmp_path, "title: 冠翔能源公告董事會決議增資斯洛伐克子公司\ndate: 2026-03-12\n\n"
                                 "二、對子公司增資\n1.增資對象：Kuanhsiang Energy Europe s.r.o.（斯洛伐克尼特拉市）。\n"
                                 "2.增資金額：歐元1,500萬元。\n3.用途：擴建尼特拉廠第二條電池模組產線。\n")
    assert [(e.type, e.actor, e.destination, e.status) for e in evs] == [
        ("relocation", "Kuanhsiang Energy", ("Slovakia",), "planned")]


def test_a_plant_sold_and_a_project_ended_or_put_off_are_relocations():
    evs = _events("群創昨日公告，其南京5.5代廠已以約人民幣20億元出售予大陸面板企業。", "2026-03-01")
    assert [(e.type, e.actor, e.target) for e in evs] == [("relocation", "Innolux", ("China",))]
    evs = _events("浙江某橡胶已决定暂缓柬埔寨西哈努克港工厂二期建设。", "2026-03-16")
    assert [(e.type, e.status, e.destination) for e in evs] == [("relocation", "suspended", ("Cambodia",))]


def test_a_deal_told_as_what_came_before_a_duty_cut_yields_to_the_cut():
    evs = _events("美方於5月12日與中國內地達成暫緩協議後，自5月14日起，郵件內貨品的從價稅率由120%降至54%。", "2025-06-01")
    assert [(e.type, e.date, e.rate_pct, e.status) for e in evs] == [("tariff", "2025-05-14", 54.0, "implemented")]


def test_offshore_registries_are_neither_targets_nor_destinations():
    evs = _events("投審司昨（5）日駁回一件陸資透過開曼群島公司間接取得國內無人機零件廠股權的申請案。", "2026-02-06")
    assert [(e.type, e.actor, e.target) for e in evs] == [("investment_restriction", "Taiwan", ("China",))]


def test_english_fr_schedule_of_margins_rows_take_the_decision_on_their_own_state(tmp_path):
    evs = _file_events(tmp_path, "title: Certain Steel Racks From Thailand and Vietnam: Antidumping Duty Orders; Termination for Malaysia\n"
                                 "date: 2026-02-17\n\n"
                                 "SUMMARY: The U.S. Department of Commerce (Commerce) is issuing antidumping duty orders on steel racks from "
                                 "Thailand and Vietnam. Commerce is terminating the less-than-fair-value investigation of steel racks from Malaysia.\n\n"
                                 "| Exporter/producer | Country | Weighted-average dumping margin (percent) |\n|---|---|---|\n"
                                 "| Siam Racking Co., Ltd. (rate also applied to all others) | Thailand | 21.40 |\n"
                                 "| Vietnam-wide entity | Vietnam | 88.15 |\n")
    rows = [e for e in evs if e.source == "table"]
    # (the first row merges with the summary that tells the orders on both states)
    assert [(e.actor, e.target[0], e.rate_pct, e.status) for e in rows] == [
        ("United States", "Thailand", 21.4, "implemented"), ("United States", "Vietnam", 88.15, "implemented")]
    assert any(e.status == "revoked" and e.target == ("Malaysia",) for e in evs)


def test_a_release_register_of_sites_is_a_relocation_register(tmp_path):
    evs = _file_events(tmp_path, "title: Norvane Systems Announces Manufacturing Realignment\ndate: 2025-11-18\n\n"
                                 "The key elements of the plan are:\n\n"
                                 "| Site | Country | Action | Investment | Timing |\n|---|---|---|---|---|\n"
                                 "| Penang | Malaysia | New server assembly plant | US$120 million | Second half of 2026 |\n"
                                 "| Shenzhen | China | Wind down assembly; equipment relocated to Penang, Malaysia | - | By end of 2026 |\n"
                                 "| Monterrey | Mexico | Retain repair centre | - | No change |\n")
    rows = [e for e in evs if e.source == "table"]
    assert [(e.actor, e.target, e.destination, e.status) for e in rows] == [
        ("Norvane Systems", (), ("Malaysia",), "planned"), ("Norvane Systems", ("China",), ("Malaysia",), "planned")]


def test_english_results_call_notes_name_their_firm_and_a_plant_by_its_place():
    from nlp.events.prose import press_firm

    assert press_firm("Kestrel Power Q3 2025 earnings call notes: Texas plant") == "Kestrel Power"


def test_tariffs_as_a_firms_motive_or_a_notices_pointer_are_no_measure():
    evs = _events("Norvane Systems moved assembly to Penang, Malaysia, to reduce exposure to tariffs on China-made products.", "2025-06-01")
    assert [e.type for e in evs] == ["relocation"]
    assert _events("For a complete description of the events that followed the initiation of these investigations, see the "
                   "Preliminary Decision Memorandum.", "2025-09-04") == []


def test_licences_revoked_tighten_the_control():
    evs = _events("On March 27, the Bureau of Industry and Security revoked six export licences held by two distributors of AI servers.",
                  "2026-04-01")
    assert [(e.type, e.actor, e.status) for e in evs] == [("export_control", "United States", "implemented")]
    evs = _events("商务部决定撤销上述2家企业已获发的出口许可证。", "2026-05-20")
    assert [(e.type, e.status) for e in evs] == [("export_control", "implemented")]


def test_dates_half_years_mid_years_and_yesterday_with_its_day_in_brackets():
    assert [(d.iso, d.end_iso) for d in parse_dates("Second half of 2026", doc_date="2026-03-03")] == [("2026-07", "2026-12")]
    assert [d.iso for d in parse_dates("output is expected from mid-2027", doc_date="2026-03-03")] == ["2027"]
    assert [d.iso for d in parse_dates("捷弘工業昨（19日）宣布", doc_date="2025-01-20")] == ["2025-01-19"]
    assert parse_dates("ABC-2019 rules", doc_date="2025-01-20") == []


def test_an_ofac_notices_tables_of_persons_and_vessels_are_its_listings(tmp_path):
    evs = _file_events(tmp_path, "title: Notice of OFAC Sanctions Actions\ndate: 2026-01-20\n\n"
                                 "On January 14, 2026, OFAC determined that the property and interests in property subject to U.S. "
                                 "jurisdiction of the following persons are blocked under the relevant sanctions authority listed below.\n\n"
                                 "Entities\n\n| No. | Name | Address and identifiers | Authority |\n|---|---|---|---|\n"
                                 "| 1 | HARBOUR LINE SHIPPING LIMITED | Room 801, 8/F, Kowloon Bay, Hong Kong, China; Company Number 123 | E.O. 13846 |\n\n"
                                 "Vessels\n\n| No. | Vessel | IMO | Flag | Linked to |\n|---|---|---|---|---|\n"
                                 "| 1 | SEA LANTERN (Crude Oil Tanker) | 9200001 | Panama | HARBOUR LINE SHIPPING LIMITED |\n\n"
                                 "In addition, foreign financial institutions that facilitate significant transactions for these persons could be "
                                 "subject to sanctions.\n")
    assert [(e.type, e.date, e.actor, e.target, e.source) for e in evs] == [
        ("sanction", "2026-01-14", "United States", ("HARBOUR LINE SHIPPING LIMITED",), "table"),
        ("sanction", "2026-01-14", "United States", ("SEA LANTERN",), "table")]


def test_an_earnings_calls_own_lines_are_the_firms_moves(tmp_path):
    evs = _file_events(tmp_path, "title: Korvane Power Q4 2025 Earnings Call: Ohio Line Ramps\ndate: 2026-02-11\n\n"
                                 "**CEO:** Our Dayton, Ohio cell line entered commercial production in December. Our Suzhou pack line will "
                                 "close by the end of the second quarter. Third, we have suspended construction of phase two of our "
                                 "Wroclaw plant in Poland.\n")
    assert [(e.actor, e.status, e.destination) for e in evs] == [
        ("Korvane Power", "implemented", ("United States",)), ("Korvane Power", "planned", ()),
        ("Korvane Power", "suspended", ("Poland",))]


def test_a_register_of_projects_abroad_puts_each_in_its_country_column(tmp_path):
    evs = _file_events(tmp_path, "title: 行业报告\ndate: 2025-09-05\n\n表1：主要中资企业海外产能项目（截至2025年8月）\n\n"
                                 "| 企业 | 国家 | 项目内容 | 投资额 | 进展 |\n|---|---|---|---|---|\n"
                                 "| 禾丰种业 | 巴西 | 玉米种子加工厂 | 4,000万美元 | 预计2026年投产 |\n")
    assert [(e.type, e.actor, e.destination, e.amount_usd) for e in evs] == [
        ("relocation", "Hefeng Seed", ("Brazil",), 4e7)]


def test_a_country_date_measure_register_names_the_rows_state_as_signer_and_partner(tmp_path):
    evs = _file_events(tmp_path, "title: 經貿措施觀察\ndate: 2026-01-20\n\n各國近期措施如下：\n\n"
                                 "| 國家 | 日期 | 措施內容 | 涉及產品 |\n|---|---|---|---|\n"
                                 "| 塞爾維亞 | 115年1月1日 | 與阿拉伯聯合大公國全面經濟夥伴協定（CEPA）生效 | 全品項 |\n")
    assert [(e.type, e.actor, e.target) for e in evs] == [("trade_agreement", "Serbia", ("United Arab Emirates",))]
