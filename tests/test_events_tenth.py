"""The tenth session's rules, each on the sentence or table that asked for it: registers read by more of their
columns, new kinds of measure, several states acting at once, a filing's or release's own moves, statuses, and the
names, dates, rates and amounts the normaliser now reads."""
from __future__ import annotations

import pytest

from nlp.events import extract_events, model_skips
from nlp.events.agreements import stage_status
from nlp.events.english import status_of
from nlp.events.prose import press_firm
from nlp.normalize.amounts import parse_amounts, parse_rates
from nlp.normalize.dates import parse_dates
from nlp.normalize.names import find_names
from nlp.read import read_document
from tests.test_events_prose import _events


def _file_events(tmp_path, text: str, learned: bool = True):
    """Every event of a file holding ``text`` (title and date header lines, then the body), read by the real reader
    (``learned``: with the sentence model)."""
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return extract_events(read_document(path), [], learned=learned)


def _row(e):
    return (e.type, e.date, e.actor, e.target, e.rate_pct, e.status)


# -- registers -----------------------------------------------------------------------------------------------------

def test_a_column_named_for_rates_and_progress_gives_the_rate_and_a_recommended_duty_is_planned(tmp_path):
    evs = _file_events(tmp_path, "title: 石化公會會訊\ndate: 2025-02-01\n\n近期各國措施如下：\n\n"
                                 "| 国家/地区 | 涉案产品 | 措施 | 税率/进展 | 日期 |\n|---|---|---|---|---|\n"
                                 "| 印度 | 聚酯全拉伸丝（FDY） | 商工部贸易救济总局（DGTR）终裁建议征收反倾销税 | 建议税率为到岸价的9.8%至32.4% | 2025年1月6日 |\n"
                                 "| 巴西 | 环氧树脂 | 外贸委员会（Gecex）决定征收临时反倾销税 | 最高42.3% | 2025年1月10日 |\n")
    assert [(e.actor, e.rate_pct, e.status) for e in evs] == [("India", 32.4, "planned"), ("Brazil", 42.3, "implemented")]


def test_a_column_of_states_beside_the_column_of_those_aimed_at_names_who_acts(tmp_path):
    evs = _file_events(tmp_path, "title: 鋼品動態\ndate: 2026-01-20\n\n各國對鋼品採取之措施如下：\n\n"
                                 "| 國家 | 措施 | 產品 | 對象 | 稅率 | 生效日 |\n|---|---|---|---|---|---|\n"
                                 "| 南非 | 臨時反傾銷稅 | 熱軋鋼捲 | 中國大陸、越南 | 最高52.73% | 114年10月17日 |\n"
                                 "| 泰國 | 展開反傾銷調查 | 預塗漆鋼板 | 中國大陸 | － | 114年12月5日 |\n")
    assert [_row(e) for e in evs] == [
        ("tariff", "2025-10-17", "South Africa", ("China", "Vietnam"), 52.73, "implemented"),
        ("tariff", "2025-12-05", "Thailand", ("China",), None, "considering")]


def test_a_table_under_a_one_line_title_is_typed_by_it_and_talks_under_way_are_talks(tmp_path):
    evs = _file_events(tmp_path, "title: EFTA and Mercosur sign Free Trade Agreement\ndate: 2025-09-16\n\n"
                                 "EFTA's free trade network: milestones since January 2025\n\n"
                                 "| Partner | Milestone | Date |\n|---|---|---|\n"
                                 "| Thailand | FTA signed in Davos | 23 January 2025 |\n"
                                 "| Vietnam | Negotiations ongoing, 12th round held in Hanoi | July 2025 |\n")
    assert [_row(e) for e in evs] == [
        ("trade_agreement", "2025-01-23", "EFTA", ("Thailand",), None, "implemented"),
        ("trade_agreement", "2025-07", "EFTA", ("Vietnam",), None, "considering")]
    assert stage_status("Negotiations are also under way with Vietnam", "implemented") == "considering"
    assert stage_status("談判仍在進行中", "implemented") == "considering"


def test_carmakers_are_firms_and_progress_is_read_against_the_items_date(tmp_path):
    evs = _file_events(tmp_path, "title: 印尼電動車\ndate: 2025-11-20\n\n主要車廠動態如下：\n\n"
                                 "| 車廠 | 地點 | 投資額 | 規劃年產能 | 進度 |\n|---|---|---|---|---|\n"
                                 "| 長安汽車 | 印尼西爪哇 | 6.5億美元 | 5萬輛 | 今年8月動工 |\n"
                                 "| 上汽通用五菱 | 印尼西爪哇 | 未揭露 | 12萬輛 | 電動車產線擴建中 |\n")
    by = {e.actor: e for e in evs}
    assert (by["Changan Automobile"].date, by["Changan Automobile"].destination) == ("2025-08", ("Indonesia",))
    assert (by["上汽通用五菱"].date, by["上汽通用五菱"].extra["date_from"]) == ("2025", "document")


def test_a_register_of_measures_by_jurisdiction_announced_by_a_lead_in(tmp_path):
    evs = _file_events(tmp_path, "title: Local content\ndate: 2026-02-18\n\n"
                                 "The table below summarises the main local-content measures in the jurisdictions we surveyed.\n\n"
                                 "| Jurisdiction | Measure | Products | Key requirement | Status |\n|---|---|---|---|---|\n"
                                 "| India | ALMM List-II | Solar cells | Projects under government schemes must use cells from approved "
                                 "domestic manufacturers | Applies from 1 June 2026 |\n")
    assert [(e.type, e.actor, e.date, e.status) for e in evs] == [("other", "India", "2026-06-01", "planned")]


def test_a_screening_register_by_date_holds_decisions_taken(tmp_path):
    evs = _file_events(tmp_path, "title: 澳洲審查\ndate: 2025-10-16\n\n近年澳洲對涉及中資的重大投資審查決定如下：\n\n"
                                 "| 時間 | 案件 | 審查結果 |\n|---|---|---|\n"
                                 "| 2020年8月 | 蒙牛乳業擬以6億澳元收購日本麒麟旗下Lion Dairy & Drinks | 財長表明交易違反國家利益，蒙牛撤回申請 |\n")
    assert [(e.type, e.date, e.actor, e.status) for e in evs] == [("investment_restriction", "2020-08", "Australia", "implemented")]


def test_a_period_column_dates_rows_and_the_burden_after_the_duty_is_the_rate(tmp_path):
    evs = _file_events(tmp_path, "title: 特別防衛措施\ndate: 2024-11-15\n\n本次各項貨品的適用方式如下：\n\n"
                                 "| 貨品 | 啟動基準 | 現行關稅 | 加徵後稅負 | 實施期間 |\n|---|---|---|---|---|\n"
                                 "| 液態乳（鮮乳） | 數量基準 | 15% | 20% | 113年11月18日至12月31日 |\n")
    assert [(e.type, e.date, e.rate_pct) for e in evs] == [("tariff", "2024-11-18", 20.0)]


def test_firms_plants_by_place_and_day_are_read_by_columns_however_long_the_cells(tmp_path):
    evs = _file_events(tmp_path, "title: 韓系電池\ndate: 2025-09-20\n\n記者梳理如下：\n\n"
                                 "| 企业 | 地点 | 调整内容 | 披露时间 |\n|---|---|---|---|\n"
                                 "| 世进电池 | 匈牙利伊万恰 | 第二工厂二期（年产15GWh）建设暂停，设备采购推迟至2027年 | 2025年9月3日 |\n")
    assert [(e.type, e.source, e.date, e.actor, e.destination, e.status) for e in evs] == [
        ("relocation", "table", "2025-09-03", "Shijin Battery", ("Hungary",), "suspended")]


def test_a_key_points_column_describes_the_measure(tmp_path):
    evs = _file_events(tmp_path, "title: 東南亞鋼鋁\ndate: 2025-12-20\n\n东盟主要经济体出台的措施：\n\n"
                                 "| 国家 | 措施类型 | 涉及产品 | 时间 | 要点 |\n|---|---|---|---|---|\n"
                                 "| 马来西亚 | 保障措施终裁 | 镀锌钢板 | 2025年11月 | 征收为期3年的保障措施税，首年税率14.5% |\n")
    assert [(e.type, e.actor, e.date, e.rate_pct) for e in evs] == [("tariff", "Malaysia", "2025-11", 14.5)]


def test_projects_under_a_screening_meetings_counted_approvals_are_dated_by_them(tmp_path):
    evs = _file_events(tmp_path, "title: 投審司核准案\ndate: 2025-11-20\n\n經濟部投資審議司（投審司）昨（19）日召開委員會議，"
                                 "核准6件赴中東、非洲及中亞的對外投資案，金額合計美金3.12億元。\n\n"
                                 "| 申請人 | 投資地區 | 投資金額 | 投資內容 |\n|---|---|---|---|\n"
                                 "| 華禾電機股份有限公司 | 沙烏地阿拉伯 | 美金8,500萬元 | 於達曼第二工業城設立變壓器及配電盤廠 |\n")
    approval = next(e for e in evs if e.type == "investment_restriction")
    assert (approval.date, approval.actor, approval.items, approval.amount_usd) == ("2025-11-19", "Taiwan", 6, 312000000.0)
    plant = next(e for e in evs if e.type == "relocation")
    assert (plant.date, plant.status, plant.destination) == ("2025-11-19", "planned", ("Saudi Arabia",))


def test_a_ban_in_a_register_of_duties_is_another_measure(tmp_path):
    evs = _file_events(tmp_path, "title: 能源通報\ndate: 2026-01-10\n\n各國措施如下：\n\n"
                                 "| 日期 | 國家 | 措施內容 | 稅率／範圍 |\n|---|---|---|---|\n"
                                 "| 114/12/01 | 立陶宛 | 修正再生能源法施行規定生效，禁止中國大陸廠商遠端存取及操控逆變器 | 新設及既有電站適用 |\n")
    assert [(e.type, e.date) for e in evs] == [("other", "2025-12-01")]


def test_a_states_own_export_control_in_a_chronology(tmp_path):
    evs = _file_events(tmp_path, "title: EU raw materials\ndate: 2025-12-03\n\nThe Commission cited external measures:\n\n"
                                 "| Date | Country | Measure |\n|---|---|---|\n"
                                 "| 4 Apr 2025 | China | Export licensing requirement for seven medium and heavy rare earths and related magnets |\n")
    assert [(e.type, e.date, e.actor) for e in evs] == [("export_control", "2025-04-04", "China")]


# -- a company's filing or release ---------------------------------------------------------------------------------

def test_a_filings_register_row_is_the_filers_plan_dated_by_the_filing(tmp_path):
    evs = _file_events(tmp_path, "title: 宇鏵能源公告董事會決議赴匈牙利設立新廠\ndate: 2025-03-18\n\n"
                                 "宇鏵能源股份有限公司（以下簡稱「本公司」）今日董事會決議下列投資：\n\n"
                                 "| 項目 | 地點 | 金額 | 產品 | 預計時程 |\n|---|---|---|---|---|\n"
                                 "| 設立匈牙利新廠 | 匈牙利米什科爾茨 | 歐元4,800萬元 | 直流快充設備 | 115年第三季 |\n")
    assert [(e.type, e.date, e.actor, e.status, e.destination) for e in evs] == [
        ("relocation", "2025-03-18", "Yuhua Energy", "planned", ("Hungary",))]


def test_a_releases_title_firm_and_its_bullet_list_of_projects(tmp_path):
    assert press_firm("Lumaris Electronics to Build $260 Million TV Plant in Reynosa") == "Lumaris Electronics"
    assert press_firm("U.S. to double tariffs on Chinese legacy chips") is None
    assert press_firm("Japanese parts makers pick Thailand, Vietnam and Morocco") is None
    evs = _file_events(tmp_path, "title: Lumaris Electronics to Build $260 Million TV Plant in Reynosa\ndate: 2025-05-21\n\n"
                                 "Highlights\n\n- New $260 million television assembly plant in Reynosa, Tamaulipas, Mexico, "
                                 "scheduled to begin production in 2026.\n")
    assert [(e.type, e.actor, e.amount_usd, e.destination, e.status) for e in evs] == [
        ("relocation", "Lumaris Electronics", 260000000.0, ("Mexico",), "planned")]


def test_a_filings_numbered_items_and_capital_into_a_subsidiary_named_in_full(tmp_path):
    evs = _file_events(tmp_path, "title: 江苏恒膜新材料股份有限公司关于在马来西亚投资建设生产基地暨对摩洛哥子公司增资的公告\n"
                                 "date: 2025-11-18\n\n1. 公司拟以自有及自筹资金对恒膜摩洛哥有限公司增资1.1亿美元。\n\n"
                                 "2. 公司拟通过新加坡全资子公司在马来西亚吉打州设立项目公司，建设年产8亿平方米隔膜产线，项目总投资不超过2.6亿美元。\n")
    assert [(e.destination, e.amount_usd, e.status) for e in evs] == [
        (("Morocco",), 110000000.0, "planned"), (("Malaysia",), 260000000.0, "planned")]


def test_the_sentence_model_skips_tables_and_headings(tmp_path):
    path = tmp_path / "doc.txt"
    path.write_text("title: t\ndate: 2025-01-01\n\n## Heading\n\nProse here.\n\n| 國家 | 措施 | 日期 |\n|---|---|---|\n"
                    "| 南非 | 臨時反傾銷稅 | 2025年1月 |\n| 泰國 | 反傾銷調查 | 2025年2月 |\n\nMore prose.\n", encoding="utf-8")
    doc = read_document(path)
    page = doc.pages[0]
    skipped = [page.text[a:b] for a, b in model_skips(doc)[page.number]]
    assert "## Heading" in skipped and "date: 2025-01-01" in skipped
    assert any(s.startswith("國家 | 措施 | 日期") for s in skipped)
    assert not any("prose" in s for s in skipped)


# -- sentences -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,date,expect", [
    # a carbon levy at the border taking effect
    ("歐盟碳邊境調節機制（CBAM）自2026年1月1日起進入正式實施階段。", "2025-12-01", ("tariff", "2026-01-01", "European Union", (), None, "planned")),
    # a draft is planned; a bill sent to a legislature too
    ("行政院會通過關稅法修正草案，將對中國大陸進口鋼品加徵25%關稅，送立法院審議。", "2025-12-01", ("tariff", None, "Taiwan", ("China",), 25.0, "planned")),
    # 即將 of the BA construction ("即 + 將 … 由A降至B") is no future tense
    ("印尼則早在109年1月30日即將進口包裹免稅門檻由每件75美元降至3美元。", "2025-12-01", ("tariff", "2020-01-30", "Indonesia", (), None, "implemented")),
    # 雙反 determinations, and a rate with thousands separators
    ("美國商務部於114年4月21日對柬埔寨、馬來西亞、泰國、越南產製晶矽太陽能電池作成雙反終判，合併稅率最高逾3,400%。", "2025-12-01",
     ("tariff", "2025-04-21", "United States", ("Cambodia", "Malaysia", "Thailand", "Vietnam"), 3400.0, "implemented")),
    # China's anti-discrimination measures are duties
    ("中方此后于2025年3月20日起对加拿大部分农水产品采取了反歧视措施。", "2025-12-01", ("tariff", "2025-03-20", "China", ("Canada",), None, "implemented")),
    # duties at a stated MFN rate
    ("加方将在每年不超过4.9万辆的额度内，对原产于中国的电动汽车按6.1%的最惠国税率征税。", "2026-01-17", ("tariff", None, "Canada", ("China",), 6.1, "planned")),
    # firms added to the 1260H list
    ("美國國防部今年1月更新「中國軍事企業」（1260H）清單，新增2家中國大陸光達及工業機器人業者。", "2025-09-20", ("other", "2025-01", "United States", ("China",), None, "implemented")),
    # a region's government acts for its country; public buyers barred from a state's goods
    ("2025年5月：佛罗里达州州长签署法案，禁止州和地方政府机构采购中国企业生产的激光雷达和无人机。", "2025-09-20", ("other", "2025-05", "United States", ("China",), None, "implemented")),
    # goods made in a region are aimed at its country
    ("2021年1月13日：CBP對新疆生產的棉花、番茄及其製品發布暫扣令（WRO），全面扣留相關進口貨物。", "2025-10-08", ("other", "2021-01-13", "United States", ("China",), None, "implemented")),
    # a topic state does not override a body that names its own state
    ("吉尔吉斯斯坦方面，美国财政部外国资产控制办公室（OFAC）10月30日将5家吉尔吉斯斯坦贸易公司列入特别指定国民（SDN）清单。", "2025-11-05",
     ("sanction", "2025-10-30", "United States", ("Kyrgyzstan",), None, "implemented")),
    # talks restarted are talks
    ("南韓與印度今年9月在首爾重啟《全面經濟夥伴協定》（CEPA）升級談判。", "2025-12-05", ("trade_agreement", "2025-09", "South Korea", ("India",), None, "considering")),
    # a retaliation authorised is planned
    ("2019年11月1日：在反倾销“归零”方法案（DS471）中，世贸组织授权中方对美实施每年约35.8亿美元的贸易报复。", "2025-12-01",
     ("tariff", "2019-11-01", "China", ("United States",), None, "planned")),
    # a firm's plant it announces is a plan; one at work is not
    ("現代汽車昨日宣布在印度馬哈拉施特拉邦興建第三座整車廠，投資約20億美元。", "2025-11-20", ("relocation", "2025-11-19", "Hyundai Motor", (), None, "planned")),
    ("长城汽车巴西伊拉塞马波利斯工厂已于2025年8月投产。", "2026-01-20", ("relocation", "2025-08", "Great Wall Motor", (), None, "implemented")),
    # English: shelved plans; a stake taken in a mill abroad
    ("BYD shelved plans for a passenger-car plant in Mexico in 2025.", "2026-01-20", ("relocation", "2025", "BYD", (), None, "suspended")),
    ("POSCO Holdings agreed in April to take a stake in the Louisiana mill.", "2025-11-24", ("relocation", "2025-04", "POSCO", (), None, "implemented")),
])
def test_tenth_session_sentences(text, date, expect):
    evs = _events(text, date)
    assert len(evs) == 1, [(e.type, e.evidence) for e in evs]
    assert _row(evs[0]) == expect


def test_a_country_inside_a_firms_legal_name_does_not_act():
    evs = _events("美国商务部工业与安全局（BIS）8月29日发布规则，将三星中国半导体有限公司、SK海力士半导体（中国）有限公司及英特尔半导体"
                  "（大连）有限公司从经验证最终用户（VEU）清单中移除。", "2025-11-05")
    assert [(e.type, e.actor) for e in evs] == [("export_control", "United States")]


def test_the_origin_of_stopped_imports_and_a_bing_clause_keeping_its_actor():
    evs = _events("2021年3月1日，暫停台灣鳳梨輸入。", "2022-08-04")
    # (no state stops them in the sentence: the heading or the item before tells it)
    assert [(e.type, e.actor, e.target) for e in evs] == [("other", None, ("Taiwan",))]
    evs = _events("海關總署同日以「多次檢出有害生物」為由，暫停台灣柑橘類水果輸入大陸。2021年3月1日，暫停台灣鳳梨輸入。", "2022-08-04")
    assert sorted((e.date, e.actor, e.target) for e in evs) == [("2021-03-01", "China", ("Taiwan",)), ("2022-08-04", "China", ("Taiwan",))]


@pytest.mark.parametrize("text", ["今年6月，墨西哥、土耳其、巴西等國也相繼將汽車進口關稅提高至35%。",
                                  "Mexico, Turkey and Brazil have each raised import duties on cars to 35%."])
def test_one_measure_told_of_several_acting_states_is_an_event_for_each(text):
    evs = _events(text, "2025-11-01")
    assert [(e.type, e.actor, e.rate_pct) for e in evs] == [("tariff", s, 35.0) for s in ("Mexico", "Turkey", "Brazil")]
    assert len({e.id for e in evs}) == 3


def test_a_tariff_acts_name_and_a_named_list_are_no_measures():
    assert _events("新法未在条文中直接点名具体中国企业，而是授权国防部依据“中国军事企业清单”等名单认定。", "2025-09-20") == []
    assert all(e.actor is None for e in _events("This notice constitutes the antidumping duty orders pursuant to section 736(a) "
                                                 "of the Tariff Act of 1930, as amended.", "2025-05-21"))


@pytest.mark.parametrize("text,status", [
    ("Government sends Congress a bill raising tariffs of up to 50% on 1,463 tariff lines.", "planned"),
    ("The board of directors has approved a US$640 million investment in a plant in Morocco.", "planned"),
    ("In a separate decision also adopted today, the Commission extended for a further five years the anti-dumping duties, "
     "following an expiry review which concluded that the expiry of the measures would be likely to lead to a continuation of dumping.",
     "implemented"),
    ("It will adopt, by spring 2026, a measure to curb exports of aluminium scrap.", "planned"),
    ("The EU scrapped tariffs on US lobster.", "revoked"),
    ("BYD shelved plans for a plant in Mexico.", "suspended"),
])
def test_english_statuses(text, status):
    assert status_of(text, dated=True) == status


# -- normaliser ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,found", [
    ("對內地石墨電極", ["China"]), ("內地企業", ["China"]), ("內地", ["China"]), ("香港與內地", ["Hong Kong", "China"]),
    ("內地稅", []), ("内地省份的工厂", []), ("新疆維吾爾自治區", ["Xinjiang"]),
])
def test_hong_kongs_word_for_the_mainland_and_xinjiang(text, found):
    assert [n.canonical for n in find_names(text)] == found


@pytest.mark.parametrize("text,iso", [("115年第2季投產", "2026-04"), ("115年初試產", "2026"), ("114年底前", "2025-12")])
def test_an_roc_year_before_a_part_of_the_year(text, iso):
    assert [d.iso for d in parse_dates(text, context_year=2025)] == [iso]


def test_rates_with_thousands_separators_and_amounts_to_the_cent():
    assert [(r.low, r.high) for r in parse_rates("合併稅率最高逾3,400%")] == [(3400.0, None)]
    assert [r.low for r in parse_rates("between 10% and 3,521.14%")] == [10.0, 3521.14]
    assert [a.usd for a in parse_amounts("1.1亿美元、4.6亿美元")] == [110000000.0, 460000000.0]
