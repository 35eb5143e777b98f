"""The eleventh session's rules, each on a sentence or table of the kind that asked for it: registers of projects and
of pacts read by their columns, sunset reviews that keep duties, combined rates, ship listings and service bans, a
body named after its state, and export stops told as shipments halted."""
from __future__ import annotations

from nlp.normalize.names import find_names
from tests.test_events_prose import _events
from tests.test_events_tenth import _file_events as _read_file


def _file_events(tmp_path, text: str):
    """The rules' events of a file holding ``text`` (the tenth session's reader, without the sentence model)."""
    return _read_file(tmp_path, text, learned=False)


def test_a_filings_register_of_projects_by_place_sum_and_start_is_the_filers_plans(tmp_path):
    evs = _file_events(tmp_path, "title: 東岳紙業控股有限公司 自願性公告 海外產能布局\ndate: 2025-05-06\n\n"
                                 "董事會於2025年5月5日批准下列海外項目：\n\n"
                                 "| 項目 | 地點 | 內容 | 投資額 | 預計投產 |\n|---|---|---|---|---|\n"
                                 "| 新建紙漿廠 | 印尼廖內省 | 年產紙漿50萬噸 | 約2.1億美元 | 2027年下半年 |\n"
                                 "| 擴建紙機 | 泰國春武里府 | 新增年產30萬噸箱板紙 | 約9,000萬美元 | 2026年第一季 |\n")
    rows = [e for e in evs if e.source == "table"]
    assert [(e.type, e.destination, e.amount_usd, e.status, e.extra.get("effective")) for e in rows] == [
        ("relocation", ("Indonesia",), 2.1e8, "planned", "2027-07"), ("relocation", ("Thailand",), 9e7, "planned", "2026-01")]
    assert {e.extra.get("actor_name") for e in rows} == {"東岳紙業控股有限公司"}


def test_a_start_later_in_the_filings_own_year_is_when_the_plant_starts_not_when_it_was_decided(tmp_path):
    evs = _file_events(tmp_path, "title: 崇德電子公告董事會決議增資海外子公司\ndate: 2026-02-10\n\n"
                                 "1.董事會決議日期：115/02/10\n\n"
                                 "| 項次 | 投資標的 | 地點 | 內容 | 金額 | 預計時程 |\n|---|---|---|---|---|---|\n"
                                 "| 1 | Chongde Electronics (Thailand) Co., Ltd. | 泰國春武里府 | 現金增資，新增伺服器電源產線 | 美金40,000千元 | 115年第3季量產 |\n")
    row = next(e for e in evs if e.source == "table")
    assert (row.date, row.extra.get("effective"), row.status, row.amount_usd) == ("2026-02-10", "2026-07", "planned", 4e7)


def test_a_sunset_review_that_keeps_the_duties_is_the_duty_and_a_combined_rate_is_its_rate():
    evs = _events("歐盟執委會於今年3月完成期終複審，決議延長課徵反傾銷及反補貼稅5年，最高合計稅率仍達48.5%。", "2025-06-01")
    assert [(e.type, e.date, e.status, e.rate_pct) for e in evs] == [("tariff", "2025-03", "implemented", 48.5)]
    evs = _events("巴西外贸委员会今年3月对原产于中国的陶瓷餐具发起期终复审。", "2025-06-01")
    assert [(e.type, e.status) for e in evs] == [("tariff", "considering")]
    # a running total is still not the rate
    evs = _events("美方5月10日再对中国商品加征25%关税，累计税率达到50%。", "2019-05-11")
    assert [e.rate_pct for e in evs] == [25]


def test_ships_listed_for_port_bans_and_services_barred_to_a_states_trade_are_sanctions(tmp_path):
    evs = _file_events(tmp_path, "title: 英國公布新一輪對俄制裁\ndate: 2025-05-10\n\n"
                                 "英國政府昨日（9日）宣布新一輪對俄羅斯制裁。英國另將18艘油輪列入禁止進港及禁止提供服務名單。"
                                 "英國並將禁止為俄羅斯原油提供海上保險服務。\n")
    assert [(e.type, e.actor, e.items) for e in evs if e.type == "sanction"][:2] == [
        ("sanction", "United Kingdom", None), ("sanction", "United Kingdom", 18)]


def test_a_register_of_a_states_pacts_by_partner_names_the_partner_as_target(tmp_path):
    evs = _file_events(tmp_path, "title: 智利自贸协定梳理\ndate: 2025-03-01\n\n近年来，智利已与多个经济体签署协定：\n\n"
                                 "| 协定伙伴 | 进展 | 时间 | 要点 |\n|---|---|---|---|\n"
                                 "| 印度 | 生效 | 2024年4月1日 | 智方对90%以上税目给予零关税 |\n"
                                 "| 阿联酋 | 签署 | 2024年10月8日 | 中东首个伙伴 |\n")
    assert [(e.type, e.actor, e.target) for e in evs if e.source == "table"] == [
        ("trade_agreement", "Chile", ("India",)), ("trade_agreement", "Chile", ("United Arab Emirates",))]


def test_a_body_named_after_its_state_is_that_states_not_its_namesakes():
    assert [n.canonical for n in find_names("The Trade Remedies Authority of Vietnam (TRAV) opened a probe")] == ["Vietnam"]
    assert [n.canonical for n in find_names("the Trade Remedies Authority said")] == ["Trade Remedies Authority"]


def test_export_stops_told_as_shipments_halted_are_export_controls_but_not_a_firms_own():
    evs = _events("China halted shipments of rare-earth magnets to Vietnam in March.", "2025-04-01")
    assert [(e.type, e.actor, e.date) for e in evs] == [("export_control", "China", "2025-03")]
    assert _events("As a result, the Company suspended shipments of accelerators to customers in China.", "2025-04-01") == []


def test_an_english_items_measures_told_without_an_actor_are_the_titles_acting_states(tmp_path):
    evs = _file_events(tmp_path, "title: EU adopts 17th package of sanctions against Russia\ndate: 2025-05-20\n\n"
                                 "The Council today listed 189 additional vessels that are part of the shadow fleet. These vessels are "
                                 "now subject to a port access ban.\n")
    assert {(e.type, e.actor) for e in evs} == {("sanction", "European Union")}


def test_import_restrictions_lifted_are_revoked_import_measures():
    evs = _events("2021年3月2日，海关总署发布公告，解除对澳大利亚牛肉的进口限制。", "2021-03-05")
    assert [(e.type, e.actor, e.target, e.status) for e in evs] == [("other", "China", ("Australia",), "revoked")]


def test_licences_required_of_exporters_and_technologies_restricted_from_export_are_export_controls():
    evs = _events("Seoul will require exporters to obtain government licences before shipping display-panel equipment to any "
                  "destination from June 1, 2026.", "2026-03-01")
    assert [(e.type, e.actor, e.status) for e in evs] == [("export_control", "South Korea", "planned")]
    imports = _events("On August 4, 2023 India deferred a requirement for companies to obtain licences to import laptops.", "2023-08-05")
    assert all(e.type != "export_control" for e in imports)  # a licence to import is no export control


def test_final_determinations_plants_opened_and_processes_moved_home():
    evs = _events("美國商務部今年6月對泰國及越南太陽能電池作出反傾銷及平衡稅終判。", "2025-10-22")
    assert [(e.type, e.actor, e.target) for e in evs] == [("tariff", "United States", ("Thailand", "Vietnam"))]
    evs = _events("碩晶科技今年3月已在美國德州啟用年產2GW模組廠。", "2025-10-22")
    assert [(e.type, e.date, e.destination) for e in evs] == [("relocation", "2025-03", ("United States",))]
    evs = _events("住友化學3月宣布，將蘇州工廠的光阻劑精製工序遷回日本愛媛縣。", "2025-10-22")
    assert [(e.type, e.destination) for e in evs] == [("relocation", ("Japan",))]


def test_a_known_firms_short_name_inside_a_longer_name_is_not_that_firm():
    assert [n.canonical for n in find_names("聯晶科技今年3月已在美國啟用新廠")] == ["United States"]
    assert [n.canonical for n in find_names("隆基與晶科宣布")] == ["LONGi", "JinkoSolar"]
    assert [n.canonical for n in find_names("宣布晶科將擴產")] == ["JinkoSolar"]


def test_sdn_and_ear_written_inside_chinese_are_found_and_a_registers_state_acts_through_its_own_body(tmp_path):
    evs = _file_events(tmp_path, "title: 航运合规周报\ndate: 2026-01-20\n\n"
                                 "| 日期 | 国家/地区 | 措施内容 | 状态 |\n|---|---|---|---|\n"
                                 "| 2026-01-08 | 美国 | OFAC将6家涉伊朗原油运输的船舶管理公司列入SDN清单 | 已实施 |\n"
                                 "| 2026-01-14 | 沙特阿拉伯 | 沙特港务局对吉达港中转集装箱港口费下调30% | 已实施 |\n")
    assert [(e.type, e.actor) for e in evs if e.source == "table"] == [("sanction", "United States"), ("other", "Saudi Arabia")]
    # "非SDN" is another list (NS-CMIC), not a sanction
    assert all(e.type != "sanction" for e in _events(
        "2021年12月16日，美国财政部将8家中国企业列入“非SDN中国军工复合体企业清单”，禁止美国人投资其证券。", "2021-12-20"))


def test_a_registers_regions_are_their_states_and_mainland_made_goods_are_chinas(tmp_path):
    evs = _file_events(tmp_path, "title: 動植物防疫檢疫署公告\ndate: 2026-01-20\n\n"
                                 "| 公告日期 | 國家／地區 | 產品 | 措施 |\n|---|---|---|---|\n"
                                 "| 115年1月9日 | 美國威斯康辛州、密西根州 | 禽肉及禽肉產品 | 解除輸入限制 |\n"
                                 "| 115年1月12日 | 法國布列塔尼大區 | 豬肉及豬肉產品 | 因非洲豬瘟暫停輸入 |\n")
    assert [(e.type, e.target, e.status) for e in evs if e.source == "table"] == [
        ("other", ("United States",), "revoked"), ("other", ("France",), "implemented")]
    evs = _file_events(tmp_path, "title: 各國對陸製綠能產品措施\ndate: 2025-11-20\n\n"
                                 "| 國家 | 措施 | 產品 | 稅率 | 日期 |\n|---|---|---|---|---|\n"
                                 "| 墨西哥 | 反傾銷初判、課徵臨時稅 | 陸製光伏玻璃 | 22.1%～48.6% | 114年10月20日 |\n")
    assert [(e.actor, e.target, e.rate_pct) for e in evs if e.source == "table"] == [("Mexico", ("China",), (22.1, 48.6))]


def test_an_investment_abroad_withdrawn_is_a_revoked_move():
    evs = _events("鼎盛電子今日董事會決議撤回泰國投資案。", "2025-12-20")
    assert [(e.type, e.status, e.destination) for e in evs] == [("relocation", "revoked", ("Thailand",))]


def test_plants_in_provinces_and_states_the_gazetteer_now_knows_go_to_their_countries():
    evs = _events("On April 16, 2024 the board approved an investment of US$120 million to build a carbide plant in Thai Nguyen "
                  "Province through a new subsidiary.", "2024-04-17")
    assert [(e.type, e.destination) for e in evs] == [("relocation", ("Vietnam",))]
    assert [n.canonical for n in find_names("在柬埔寨西哈努克港設廠")][-1] == "Sihanoukville"


def test_screening_laws_decisions_named_by_the_law_are_investment_restrictions(tmp_path):
    evs = _file_events(tmp_path, "title: Screening tracker\ndate: 2026-03-01\n\n"
                                 "| Date | Jurisdiction | Measure | Sector | Status |\n|---|---|---|---|---|\n"
                                 "| Feb 17, 2026 | Japan | FEFTA recommendation to suspend a foreign fund's acquisition of 20% of a robot maker | Robots | Issued |\n"
                                 "| Feb 20, 2026 | Canada | Revised ICA national security guidelines adding quantum sensors | Technology | Takes effect |\n")
    assert [(e.type, e.actor) for e in evs if e.source == "table"] == [
        ("investment_restriction", "Japan"), ("investment_restriction", "Canada")]


def test_registers_of_firms_investments_and_of_plant_sites_are_read_by_their_columns(tmp_path):
    evs = _file_events(tmp_path, "title: 經濟部核定回台投資案\ndate: 2026-01-21\n\n本次核定名單如下：\n\n"
                                 "| 企業名稱 | 投資金額（新臺幣億元） | 投資地點 | 主要產品 | 移回產線來源 |\n|---|---|---|---|---|\n"
                                 "| 鼎泰光電 | 80 | 臺南科學園區 | 光通訊模組 | 江蘇蘇州 |\n")
    assert [(e.type, e.date, e.destination) for e in evs if e.source == "table"] == [("relocation", "2026-01-21", ("Taiwan",))]
    evs = _file_events(tmp_path, "title: 晶冷法說會：海外布局加速\ndate: 2026-02-26\n\n晶冷海外產能布局如下：\n\n"
                                 "| 廠區 | 主要產品 | 進度 | 投資金額 |\n|---|---|---|---|\n"
                                 "| 美國德州奧斯汀廠 | 水冷板 | 預計115年第三季量產 | 約1.5億美元 |\n")
    rows = [e for e in evs if e.source == "table"]
    assert [(e.type, e.destination, e.amount_usd, e.status, e.extra.get("actor_name", e.actor)) for e in rows] == [
        ("relocation", ("United States",), 1.5e8, "planned", "晶冷")]


def test_a_register_of_firms_returning_home_takes_its_headers_state_and_sums_in_another_currency_are_not_dollars(tmp_path):
    evs = _file_events(tmp_path, "title: MOTIE designates returning firms\ndate: 2026-03-11\n\nThe firms designated are:\n\n"
                                 "| Company | Product | Returning from | New site in Korea | Investment (KRW billion) |\n|---|---|---|---|---|\n"
                                 "| Hanul Motors | EV motor cores | Jiangsu, China | Gumi, North Gyeongsang | 82 |\n")
    rows = [e for e in evs if e.source == "table"]
    assert [(e.type, e.actor, e.date, e.destination, e.amount_usd) for e in rows] == [
        ("relocation", "Hanul Motors", "2026-03-11", ("South Korea",), None)]


def test_a_registers_state_with_its_body_in_brackets_acts_and_designations_by_count(tmp_path):
    evs = _file_events(tmp_path, "title: Weekly tracker\ndate: 2026-02-10\n\n"
                                 "| Date | Jurisdiction | Measure | Status |\n|---|---|---|---|\n"
                                 "| Feb 2 | United States (OFAC) | Designated three Hong Kong-registered firms for supplying drone parts | In force |\n"
                                 "| Feb 6 | China (MOFCOM, MOST) | Gene-editing platform technologies added to the catalogue of technologies restricted from export | In force |\n")
    assert [(e.type, e.actor) for e in evs if e.source == "table"] == [("sanction", "United States"), ("export_control", "China")]


def test_general_licences_let_dealings_with_the_designated_go_on_for_a_time():
    evs = _events("OFAC同時發出第115號通用許可，容許美國人士在6月1日前完成與上述公司的結束交易。", "2026-04-10")
    assert [(e.type, e.actor, e.status) for e in evs] == [("sanction", "United States", "suspended")]
    evs = _events("On April 9, 2026 OFAC issued General License 131, authorizing transactions with the listed port operator.",
                  "2026-04-10")
    assert [(e.type, e.actor) for e in evs] == [("sanction", "United States")]
