"""The ninth session's rules, each on the sentence or table that asked for it: registers read by their columns
(a screening body's decisions, deals by signing date, firms' filed projects, designations, IUU cards), timeline
items that take their parties from a heading or the pact told before, approvals that are the whole event, and
the lexicon lines added for unseen documents."""
from __future__ import annotations

from tests.test_events_prose import _events, _table_events


def _one(evs, type_):
    found = [e for e in evs if e.type == type_]
    assert len(found) == 1, [(e.type, e.evidence) for e in evs]
    return found[0]


# -- English sentences -------------------------------------------------------------------------------------------

def test_a_listing_and_a_probe_in_one_sentence_are_two_measures():
    text = ("BEIJING, Dec 12 - China on Friday added four Canadian and three European companies to its unreliable entity "
            "list and opened an anti-dumping investigation into polyethylene from the European Union and Canada.")
    evs = _events(text, "2025-12-12")
    assert _one(evs, "sanction").actor == "China"
    probe = _one(evs, "tariff")
    assert (probe.actor, probe.status, probe.date) == ("China", "considering", "2025-12-12")


def test_canadas_special_economic_measures_regulations_are_a_sanctions_list():
    ev = _one(_events("Canada on Dec. 9 added nine Chinese entities and two individuals to its Special Economic Measures "
                      "(Russia) Regulations, saying they had supplied drone parts.", "2025-12-12"), "sanction")
    assert (ev.actor, ev.target, ev.items, ev.date) == ("Canada", ("China",), 11, "2025-12-09")


def test_a_timeline_item_taking_up_the_pact_before_keeps_its_parties_only_when_dated():
    text = ("- 21 March 2018: 44 African Union member states sign the AfCFTA agreement at a summit in Kigali.\n\n"
            "- 30 May 2019: The agreement enters into force, thirty days after the 22nd ratification.\n\n"
            "The agreement will enter into force for the rest once they ratify it.")
    evs = [e for e in _events(text, "2026-01-20") if e.type == "trade_agreement"]
    assert [(e.actor, e.date) for e in evs] == [("African Union", "2018-03-21"), ("African Union", "2019-05-30")]


def test_timeline_steps_without_the_usual_verbs():
    text = ("- 17 July 2025 — Commerce issues a preliminary anti-dumping determination of 93.5% on active anode material from China.\n\n"
            "- 9 October 2025 — MOFCOM Announcement No. 58 extends controls to artificial graphite anode materials.\n\n"
            "- 9 November 2025 — China suspends the December 2024 ban on gallium, germanium and antimony exports to the United States.\n")
    evs = _events(text, "2025-12-18")
    duty = _one(evs, "tariff")
    assert (duty.actor, duty.rate_pct, duty.target) == ("United States", 93.5, ("China",))
    controls = sorted((e for e in evs if e.type == "export_control"), key=lambda e: e.date)
    assert [(e.date, e.actor, e.status) for e in controls] == [("2025-10-09", "China", "implemented"),
                                                              ("2025-11-09", "China", "suspended")]
    # a determination only expected states nothing
    assert _events("Preliminary anti-dumping determinations are expected in the summer.", "2024-05-31") == []


def test_a_rate_set_and_a_review_body_approving():
    assert _one(_events("In August, Commerce set the countervailing duty rate at 14.63%.", "2025-12-18"), "tariff").rate_pct == 14.63
    ev = _one(_events("Taiwan's Department of Investment Review approved Yuanteng's Mexico outlay on Feb. 3.", "2026-02-18"),
              "investment_restriction")
    assert (ev.actor, ev.date) == ("Taiwan", "2026-02-03")


def test_fsr_reviews_of_takeovers_are_investment_decisions_and_the_boilerplate_is_none():
    text = ("The European Commission has approved, under the Foreign Subsidies Regulation (FSR), the proposed acquisition of "
            "Rheinfeld Chemie by Al Sahra Energy, subject to commitments. Opening an in-depth investigation does not prejudge "
            "the outcome.")
    evs = _events(text, "2025-10-14")
    assert [(e.type, e.actor) for e in evs] == [("investment_restriction", "European Union")]


def test_plants_halted_and_planned_by_a_firm_named_once():
    text = ("Sunvale Solar, a Chinese-owned manufacturer, halted its 4-gigawatt cell plant in Rayong province in August, "
            "and separately plans a $220 million module assembly plant in Texas.")
    evs = [e for e in _events(text, "2025-09-24") if e.type == "relocation"]
    assert [(e.actor, e.destination, e.status) for e in evs][0] == ("Sunvale Solar", ("Thailand",), "suspended")
    assert [(e.actor, e.destination) for e in evs][1] == ("Sunvale Solar", ("United States",))


def test_battery_plants_opened_and_postponed():
    text = ("- May 13, 2025: Honda postpones its C$15 billion electric-vehicle and battery investment in Ontario, Canada.\n\n"
            "- July 2025: Panasonic Energy opens its De Soto, Kansas plant.\n")
    evs = _events(text, "2025-12-16")
    assert [(e.type, e.actor, e.status) for e in evs] == [("relocation", "Honda", "suspended"),
                                                          ("relocation", "Panasonic", "implemented")]


def test_iuu_cards_are_other_measures():
    ev = _one(_events("NMFS also issues a negative certification determination for Mexico and denies port privileges to "
                      "Mexican-flagged fishing vessels.", "2025-10-20"), "other")
    assert ev.date == "2025-10-20"
    # a list of ships "denied port access" names them, it does not deny them anything
    assert not [e for e in _events("The EU added 117 vessels to its list of shadow-fleet ships denied port access and "
                                   "services.", "2025-10-23") if e.type == "other"]


# -- Chinese sentences -------------------------------------------------------------------------------------------

def test_a_screening_bodys_approval_of_an_outbound_project_is_the_approval_alone():
    evs = _events("經濟部投資審議司昨日核准台積電對亞利桑那子公司增資75億美元。", "2024-09-24")
    assert [(e.type, e.actor) for e in evs] == [("investment_restriction", "Taiwan")]
    # the firm deciding, then approved: both
    evs = _events("伺服器機櫃廠勤崴精密今年6月董事會決議以1億8,000萬美元增資美國德州子公司，興建伺服器機櫃組裝廠，昨獲投審司核准。",
                  "2024-09-24")
    assert sorted(e.type for e in evs) == ["investment_restriction", "relocation"]


def test_an_approval_list_item_opening_with_the_verb():
    text = "今年以來投審司核准之主要赴泰日美設廠案如下：\n\n- 113年2月：核准華擎電路增資泰國子公司2.5億美元，興建高階伺服器用印刷電路板新廠。"
    ev = _one(_events(text, "2024-09-24"), "investment_restriction")
    assert (ev.actor, ev.date, ev.amount_usd) == ("Taiwan", "2024-02", 250000000.0)


def test_countermeasures_on_banks_and_transaction_bans_are_sanctions():
    ev = _one(_events("中國商務部於8月13日宣布，對立陶宛的UAB Urbo Bankas及Mano Bankas兩家銀行採取反制措施，禁止境內組織及個人與其進行"
                      "交易或合作。", "2025-08-20"), "sanction")
    assert (ev.actor, ev.target, ev.date) == ("China", ("Lithuania",), "2025-08-13")


def test_a_packages_further_listings_keep_its_day_and_actor_not_the_listed_banks_state():
    text = ("歐盟第18輪制裁方案於7月18日通過，亦引入「動態」機制。同一方案把105艘涉嫌運載俄油的油輪列入「影子船隊」名單。"
            "方案亦首次把兩家中國內地地方銀行——黑河農村商業銀行及綏芬河農村商業銀行——列入交易禁令名單，理由是兩行協助俄方規避制裁。")
    evs = [e for e in _events(text, "2025-09-03") if e.type == "sanction"]
    assert {(e.actor, e.date) for e in evs} == {("European Union", "2025-07-18")}
    assert {e.items for e in evs} >= {105, 2}


def test_clauses_after_qihou_and_bingzi_with_a_measure_of_their_own():
    text = "國家商務部及海關總署自2023年8月1日起對鎵、鍺相關物項實施出口管制，其後於同年12月1日起將部分石墨物項納入管制，並自2024年9月15日起管制銻相關物項。"
    assert [e.date for e in _events(text, "2025-02-22")] == ["2023-08-01", "2023-12-01", "2024-09-15"]
    # "並自…起實施" only starts the measure before
    assert len(_events("商務部宣布對美國大豆加徵10%關稅，並自3月10日起實施。", "2025-03-05")) == 1


def test_a_pact_signed_is_no_control_for_what_the_parties_undertake():
    evs = _events("美国与阿联酋于5月15日签署“美阿人工智能加速伙伴关系”框架，双方承诺在出口管制执行方面加强合作。", "2025-12-01")
    assert [(e.type, e.actor, e.target) for e in evs] == [("trade_agreement", "United States", ("United Arab Emirates",))]


def test_licences_granted_origin_certificates_withheld_and_imports_resumed():
    ev = _one(_events("今年11月，美国商务部批准向阿联酋G42和沙特Humain出口先进AI芯片。", "2025-12-01"), "export_control")
    assert ev.target[:2] == ("United Arab Emirates", "Saudi Arabia")
    ev = _one(_events("中國大陸海關總署昨（9）日晚間公告，即日起恢復臺灣文旦及冷凍竹筴魚輸入。", "2025-06-10"), "other")
    assert (ev.actor, ev.status, ev.date) == ("China", "revoked", "2025-06-09")
    ev = _one(_events("越南工貿部7月23日宣布暫停向17家企業簽發原產地證明。", "2025-08-01"), "other")
    assert ev.date == "2025-07-23"
    # a list's name is no import let in
    assert _events("主旨：公告修正「中國大陸物品有條件准許輸入項目」，並自中華民國115年2月1日生效。", "2026-01-20") == []


def test_arms_embargoes_and_yearly_export_quotas_are_controls():
    ev = _one(_events("7月20日：英國宣布將自1989年起對中國內地實施的武器禁運擴展至香港，即時生效。", "2020-07-29"), "export_control")
    assert ev.actor == "United Kingdom" and "Hong Kong" in ev.target
    assert _one(_events("刚果（金）此前还自10月16日起对钴出口实施年度配额管理。", "2025-12-01"), "export_control").date == "2025-10-16"


def test_a_project_told_before_dropped_keeps_its_firm_place_and_sum():
    text = "锂丰新材原计划通过全资子公司在智利安托法加斯塔大区投资2.9亿美元建设年产5万吨磷酸铁锂正极材料项目。经审慎研究，董事会决定终止该项目。"
    evs = [e for e in _events(text, "2025-08-20") if e.type == "relocation"]
    assert [(e.actor, e.destination, e.amount_usd, e.status) for e in evs] == [
        ("Lifeng New Materials", ("Chile",), 290000000.0, "planned"), ("Lifeng New Materials", ("Chile",), 290000000.0, "revoked")]


def test_a_heading_names_who_acts_in_the_dated_items_under_it():
    text = "一、陸方對臺農漁產品設限時序\n\n- 110年3月1日：以檢出介殼蟲為由，暫停臺灣鳳梨輸入。\n\n- 111年8月3日：暫停臺灣柑橘類水果輸入。"
    evs = _events(text, "2025-06-10")
    assert [(e.actor, e.target[:1], e.date) for e in evs] == [("China", ("Taiwan",), "2021-03-01"), ("China", ("Taiwan",), "2022-08-03")]


def test_a_plant_built_at_a_place_named_at_length_and_an_investment_in_a_country_by_its_short_name():
    ev = _one(_events("本公司董事會決議透過美國子公司增資美金3,600萬元，於美國德州休士頓港區興建岸邊起重機（岸橋）及軌道式門式起重機之組裝及維修基地。",
                      "2025-12-12"), "relocation")
    assert ev.destination == ("United States",)
    ev = _one(_events("- 2025年3月3日：台積電宣布再追加1,000億美元對美投資，包括三座新晶圓廠、兩座先進封裝廠。", "2025-09-01"), "relocation")
    assert (ev.actor, ev.destination, ev.amount_usd) == ("TSMC", ("United States",), 100000000000.0)


# -- registers ---------------------------------------------------------------------------------------------------

def test_a_screening_bodys_decisions_table_is_read_by_its_columns(tmp_path):
    text = ("title: 投審司駁回陸資入股案\ndate: 2025-11-20\n\n經濟部投資審議司昨（19）日召開委員會議。\n\n本次會議審議結果如下：\n\n"
            "| 類別 | 申請人／對象 | 內容 | 金額 | 決議 |\n|---|---|---|---|---|\n"
            "| 違規陸資 | 鈞泰材料 | 陸方人頭持股逾三成、未經許可 | — | 罰鍰新台幣300萬元並限期撤資 |\n"
            "| 對外投資 | 昱盛半導體 | 增資美國亞利桑那州子公司興建晶圓測試廠 | 2.8億美元 | 核准 |\n")
    evs = _table_events(tmp_path / "d.txt", text)
    # (each decision names the states it concerns after its party; the approved plant abroad is also the firm's move)
    assert [(e.type, e.target, e.destination) for e in evs] == [
        ("investment_restriction", ("鈞泰材料",), ()), ("investment_restriction", ("昱盛半導體", "United States"), ()),
        ("relocation", (), ("United States",))]
    assert evs[1].amount_usd == evs[2].amount_usd == 280000000.0


def test_a_register_of_deals_by_signing_date(tmp_path):
    text = ("title: Minerals deals\ndate: 2026-01-20\n\nU.S. officials have argued that bilateral deals can build supply.\n\n"
            "| Date signed | Partner | Instrument | Headline terms |\n|---|---|---|---|\n"
            "| 2025-04-30 | Ukraine | Agreement establishing the U.S.-Ukraine Reconstruction Investment Fund | Jointly governed fund with royalties from minerals, oil and gas |\n"
            "| 2025-10-26 | Malaysia | Memorandum of understanding on critical minerals | Malaysia not to ban or impose quotas on rare earth exports to the United States |\n")
    evs = _table_events(tmp_path / "d.txt", text)
    assert [(e.type, e.actor, e.target, e.date) for e in evs] == [
        ("trade_agreement", "United States", ("Ukraine",), "2025-04-30"),
        ("trade_agreement", "United States", ("Malaysia",), "2025-10-26")]


def test_uncaptioned_registers_of_designations_and_of_filed_projects(tmp_path):
    text = ("title: US sanctions LPG network\ndate: 2025-11-20\n\nWASHINGTON, Nov 20 — The United States on Thursday imposed "
            "sanctions on a network of companies.\n\nOFAC and the State Department split the designations. The parties named on "
            "Thursday are:\n\n| Agency | Entity | Location | Role |\n|---|---|---|---|\n"
            "| Treasury (OFAC) | Meridian Shipmanagement Pvt Ltd | India | technical manager of six sanctioned vessels |\n")
    ev = _one(_table_events(tmp_path / "a.txt", text), "sanction")
    assert (ev.actor, ev.date) == ("United States", "2025-11-20")
    text = ("title: Suppliers file plans\ndate: 2026-02-05\n\nDisclosures to Korea's DART system and Taiwan's MOPS in January "
            "included the following projects:\n\n| Company | Filing | Date | Project | Amount |\n|---|---|---|---|---|\n"
            "| Yuanteng Electronics (TWSE) | MOPS | Jan. 20 | Server power-supply plant in Apodaca, Nuevo León, Mexico | US$95 million |\n")
    ev = _one(_table_events(tmp_path / "b.txt", text), "relocation")
    assert (ev.actor, ev.destination, ev.target, ev.amount_usd) == ("Yuanteng Electronics", ("Mexico",), (), 95000000.0)


def test_a_register_of_decisions_on_iuu_cards(tmp_path):
    text = ("title: 歐盟IUU決定\ndate: 2019-06-28\n\n漁業署整理歐盟對其他國家之重要決定如下：\n\n| 日期 | 國家 | 歐盟決定 |\n|---|---|---|\n"
            "| 2017年2月21日 | 索羅門群島 | 解除黃牌警告 |\n| 2017年10月23日 | 越南 | 發布黃牌警告 |\n")
    evs = _table_events(tmp_path / "d.txt", text)
    assert [(e.type, e.actor, e.target, e.status) for e in evs] == [
        ("other", "European Union", ("Solomon Islands",), "revoked"), ("other", "European Union", ("Vietnam",), "implemented")]


def test_a_hong_kong_filings_projects_are_the_filers():
    text = ("Hong Kong Exchanges and Clearing Limited take no responsibility for the contents of this announcement.\n\n"
            "This announcement is made by Huanyu Clean Energy Holdings Limited (the \"Company\", together with its subsidiaries, "
            "the \"Group\") on a voluntary basis.\n\nThe Board further announces that the Company will inject additional capital "
            "of US$30 million into PT Huanyu Towers Indonesia, its indirect wholly-owned subsidiary in Central Java.")
    ev = _one(_events(text, "2025-11-27"), "relocation")
    assert (ev.actor, ev.destination, ev.amount_usd, ev.status) == ("Huanyu Clean Energy Holdings", ("Indonesia",), 30000000.0, "planned")


def test_the_host_government_a_firm_signs_with_is_where_the_plant_goes():
    ev = _one(_events("金沙风电10月9日宣布与巴西巴伊亚州政府签署协议，将在卡马萨里工业区投资约12亿雷亚尔建设风机机舱及轮毂总装厂。", "2025-10-20"),
              "relocation")
    assert (ev.actor, ev.destination, ev.date) == ("Jinsha Wind Power", ("Brazil",), "2025-10-09")


def test_a_temporary_denial_order_is_a_control_and_investment_applications_approved_are_decisions():
    evs = _events("2022年4月7日：BIS對俄羅斯航空、Azur Air及UTair發出臨時拒絕令，禁止其參與涉及美國物項的交易。", "2025-10-20")
    assert [(e.type, e.actor) for e in evs] == [("export_control", "United States")]
    ev = _one(_events("印度政府已于9月批准了7项涉及中国投资者的电子元器件投资申请。", "2025-10-20"), "investment_restriction")
    assert (ev.actor, ev.date) == ("India", "2025-09")


def test_a_registers_rate_range_with_an_em_dash(tmp_path):
    text = ("title: 商务部公布期终复审裁定\ndate: 2026-01-19\n\n商务部决定自2026年1月20日起继续征收反倾销税和反补贴税，具体如下：\n\n"
            "| 措施 | 原产国 | 税率 | 实施期限 |\n|---|---|---|---|\n| 反倾销税 | 美国 | 53.3%—57.0% | 自2026年1月20日起5年 |\n")
    ev = _one(_table_events(tmp_path / "d.txt", text), "tariff")
    assert ev.rate_pct in (57.0, (53.3, 57.0))
