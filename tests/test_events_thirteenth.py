"""The thirteenth session's rules, each on a sentence or table of the kind that asked for it: a release's own body
("本署"), an official's answers on the body's own tariff plan, FR lists of cases, registers of foreign investors'
plants and of trade-remedy steps, the next measure of a sanctions package, Taiwan's tariff commission, and English
parcel taxes, export permits and screening decisions."""
from __future__ import annotations

from nlp.normalize.dates import parse_dates
from nlp.normalize.names import find_names
from tests.test_events_eleventh import _file_events  # the rules' events of a file (without the sentence model)
from tests.test_events_prose import _events


def test_a_releases_own_body_acts_and_its_rows_stop_goods_from_the_rows_states(tmp_path):
    evs = _file_events(tmp_path, "title: 防檢署暫停輸入法國禽肉\ndate: 2026-03-02\n\n"
                                 "農業部動植物防疫檢疫署新聞稿　發布日期：115年3月2日\n\n"
                                 "法國農業部通報布列塔尼地區發生禽流感疫情，為防範疫病入侵，本署自即日起暫停自該地區輸入禽肉及其產品。\n\n"
                                 "| 國家/地區 | 品項 | 措施 | 生效日 |\n|---|---|---|---|\n"
                                 "| 法國布列塔尼地區 | 禽肉及其產品 | 暫停輸入 | 115年3月2日 |\n"
                                 "| 丹麥 | 豬肉及其產品 | 恢復輸入 | 115年3月2日 |\n")
    got = {(e.actor, e.target, e.status) for e in evs}
    assert ("Taiwan", ("France",), "implemented") in got and ("Taiwan", ("Denmark",), "revoked") in got
    assert all(e.actor == "Taiwan" for e in evs)


def test_an_officials_answers_on_the_bodys_own_tariff_plan_are_the_issuers_measures(tmp_path):
    evs = _file_events(tmp_path, "title: 国务院关税税则委员会办公室有关负责人就2027年关税调整方案答记者问\ndate: 2026-12-28\n\n"
                                 "问：进口暂定税率有哪些调整？\n"
                                 "答：自2027年1月1日起，对880项商品实施低于最惠国税率的进口暂定税率。与此同时，对部分机床零件等9项商品不再实施进口暂定税率，恢复执行最惠国税率。\n\n"
                                 "问：出口关税有何变化？\n"
                                 "答：2027年继续对铬铁等100项商品征收出口关税，其中对60项商品实施出口暂定税率。\n")
    assert [(e.date, e.actor, e.items, e.status) for e in sorted(evs, key=lambda e: e.start)] == [
        ("2027-01-01", "China", 880, "planned"), ("2027-01-01", "China", 9, "revoked"), ("2027", "China", 100, "planned")]


def test_a_spokespersons_answers_on_other_states_measures_keep_their_actors():
    evs = _events("问：4月16日，美国财政部将山东一家炼化企业列入SDN清单。答：中方坚决反对美方滥用单边制裁。", "2025-04-17")
    assert [(e.type, e.actor) for e in evs] == [("sanction", "United States")]


def test_an_fr_list_of_cases_a_step_covers_is_read_row_by_row(tmp_path):
    evs = _file_events(tmp_path, "title: Initiation of Five-Year (Sunset) Reviews\ndate: 2026-05-01\n\n"
                                 "DEPARTMENT OF COMMERCE\n\nSUMMARY: Commerce is automatically initiating the five-year reviews of the "
                                 "antidumping duty orders listed below.\n\n"
                                 "In accordance with 19 CFR 351.218(c), we are initiating the sunset reviews of the following AD orders:\n\n"
                                 "| DOC case No. | ITC case No. | Country | Product | Commerce contact |\n|---|---|---|---|---|\n"
                                 "| A-533-900 | 731-TA-1501 | India | Steel Nails | Jane Doe, (202) 482-0000 |\n"
                                 "| A-557-800 | 731-TA-1502 | Malaysia | Steel Nails | Jane Doe, (202) 482-0000 |\n")
    rows = [e for e in evs if e.source == "table"]
    assert [(e.actor, e.target, e.status) for e in rows] == [("United States", ("India",), "considering"),
                                                            ("United States", ("Malaysia",), "considering")]


def test_a_register_of_foreign_investors_plants_is_placed_where_the_item_is(tmp_path):
    evs = _file_events(tmp_path, "title: 苏州工业园区二季度外资项目签约\ndate: 2026-06-30\n\n"
                                 "苏州工业园区融媒体中心讯　6月29日，园区二季度重大外资项目集中签约。\n\n本季度签约项目情况如下：\n\n"
                                 "| 项目名称 | 投资方 | 国别 | 总投资 | 主要产品 | 进度 |\n|---|---|---|---|---|---|\n"
                                 "| 精工苏州三期 | Precision Works AB | 瑞典 | 9,000万美元 | 精密轴承 | 签约，2027年底投产 |\n")
    (row,) = [e for e in evs if e.source == "table"]
    assert (row.type, row.actor, row.destination, row.amount_usd, row.status) == (
        "relocation", "Precision Works", ("China",), 90_000_000.0, "planned")


def test_a_register_of_cases_against_the_titles_state_reads_its_state_column_as_acting(tmp_path):
    evs = _file_events(tmp_path, "title: 新兴市场对华贸易救济追踪（2026年5月）\ndate: 2026-05-10\n\n一、近期案件\n\n"
                                 "| 国家 | 产品 | 程序 | 日期 | 税率/措施 |\n|---|---|---|---|---|\n"
                                 "| 阿根廷 | 电动自行车 | 反倾销立案 | 2026-03-02 | — |\n"
                                 "| 哥伦比亚 | 镀锌钢板 | 临时反倾销税 | 2026-04-20 | 12.5%–30.1% |\n"
                                 "| 秘鲁 | 瓷砖 | 财政部征税通知 | 尚未发布 | — |\n")
    rows = [e for e in evs if e.source == "table"]
    assert [(e.actor, e.target, e.status) for e in rows] == [("Argentina", ("China",), "considering"),
                                                            ("Colombia", ("China",), "implemented")]


def test_a_register_of_remedy_steps_names_its_targets_by_the_cases_origins(tmp_path):
    evs = _file_events(tmp_path, "title: 財政部反傾銷案件進度\ndate: 2026-02-01\n\n本年度主要反傾銷案件處理進度如下：\n\n"
                                 "| 案件 | 程序 | 日期 | 內容 |\n|---|---|---|---|\n"
                                 "| 中國大陸、泰國鋁箔 | 立案調查 | 114年6月2日 | 財政部公告進行傾銷調查 |\n"
                                 "| 越南不銹鋼管 | 終止調查 | 114年9月1日 | 申請人撤回申請 |\n")
    rows = [e for e in evs if e.source == "table"]
    assert [(e.actor, e.target, e.status) for e in rows] == [("Taiwan", ("China", "Thailand"), "considering"),
                                                            ("Taiwan", ("Vietnam",), "revoked")]


def test_the_next_measure_of_a_sanctions_package_is_the_packages(tmp_path):
    evs = _events("歐盟理事會前日（12日）通過第21輪對俄羅斯制裁方案，新增50名個人及實體至資產凍結名單。"
                  "同一方案亦把11個實體列入附件IV名單；方案又禁止歐盟實體與三間亞美尼亞銀行進行任何交易。", "2026-05-14")
    assert [(e.type, e.date, e.actor) for e in evs] == [
        ("sanction", "2026-05-12", "European Union"), ("export_control", "2026-05-12", "European Union"),
        ("sanction", "2026-05-12", "European Union")]
    assert evs[2].target == ("Armenia",)


def test_a_state_in_the_title_of_the_law_acted_under_does_not_act():
    evs = _events("英國外交部亦於同日宣布，根據《2019年俄羅斯（制裁）（脫歐）條例》凍結2間香港公司在英資產。", "2026-02-24")
    assert [(e.type, e.actor, e.target) for e in evs] == [("sanction", "United Kingdom", ("Hong Kong",))]


def test_taiwans_tariff_commission_is_taiwans_and_the_state_councils_is_chinas():
    tw = find_names("財政部今日召開第3次關稅稅則委員會，審議2件貿易救濟案件。")
    cn = find_names("关税税则委员会决定，自3月10日起加征关税。")
    assert [n.canonical for n in tw] == ["Taiwan Ministry of Finance", "Taiwan Tariff Commission"]
    assert [n.canonical for n in cn] == ["State Council Tariff Commission"]


def test_english_parcel_taxes_and_fees_are_other_measures_each_with_its_own_clause():
    evs = _events("Peru has charged a flat $15 fee on each parcel entering under its courier regime since March, "
                  "and Bolivia raised its tax on parcels from countries without a trade agreement to 25% on Jan. 1.", "2025-10-27")
    assert [(e.type, e.actor, e.date, e.amount_usd) for e in sorted(evs, key=lambda e: e.start)] == [
        ("other", "Peru", "2025-03", 15.0), ("other", "Bolivia", "2025-01-01", None)]


def test_english_export_permits_required_are_export_controls_dated_last_year():
    evs = _events("Permits have been required for the chips themselves since July 14 last year.", "2026-02-17")
    assert [(e.type, e.date) for e in evs] == [("export_control", "2025-07-14")]
    assert [d.iso for d in parse_dates("on March 3 next year", context_year=2026, doc_date="2026-02-17")] == ["2027-03-03"]


def test_english_screening_rules_refusals_and_golden_powers_are_investment_restrictions():
    evs = _events("On 2 March 2026 the ministry published the Foreign Investment Screening Rules, which will take effect on 1 June 2026. "
                  "Spain likewise exercised its \"golden power\" in April to attach conditions to a fund's investment.", "2026-05-01")
    assert [(e.type, e.status) for e in sorted(evs, key=lambda e: e.start)] == [
        ("investment_restriction", "planned"), ("investment_restriction", "implemented")]


def test_a_later_clause_with_its_own_subject_does_not_set_the_status():
    evs = _events("Zara said last week it would start producing part of its Peru-bound apparel in Colombia through local "
                  "contract manufacturers, and Mango said it was \"evaluating\" a warehouse in Lima.", "2025-10-27")
    assert [(e.type, e.actor, e.destination, e.status) for e in evs] == [("relocation", "Zara", ("Colombia",), "planned")]


def test_rates_are_not_shares_of_revenue_nor_the_duties_stacked_on_top():
    evs = _events("美国对中国产石墨电极的301关税自2026年1月1日起由0提高至25%，叠加10%芬太尼关税及10%对等关税。", "2025-12-30")
    assert [e.rate_pct for e in evs] == [25.0]
    evs = _events("一是墨西哥经济部于今年9月对原产于中国的工业缝纫机发起反倾销调查，墨西哥市场约占公司收入6%。", "2025-12-16")
    assert [e.rate_pct for e in evs] == [None]


def test_no_plan_to_retaliate_states_no_measure():
    assert _events("局長昨日表示，香港目前沒有計劃對美國貨品徵收任何報復性關稅。", "2025-04-17") == []


def test_a_screening_bodys_register_is_its_decisions_and_an_approved_plant_abroad_the_firms_move(tmp_path):
    evs = _file_events(tmp_path, "title: 投審司第5次委員會議\ndate: 2026-05-22\n\n"
                                 "經濟部投資審議司（下稱投審司）於115年5月21日召開委員會議，審議通過下列重要案件：\n\n"
                                 "| 案號 | 申請人 | 投資內容 | 金額 | 審議結果 |\n|---|---|---|---|---|\n"
                                 "| 1 | 華輝精密股份有限公司 | 赴捷克布爾諾設立伺服器機構件製造子公司 | 美金4,000萬元 | 核准 |\n"
                                 "| 2 | 香港商海達投資有限公司 | 取得國內無人機零件業者三成股權 | 新臺幣2億元 | 駁回 |\n")
    screening = [(e.actor, e.target) for e in evs if e.type == "investment_restriction"]
    assert ("Taiwan", ("華輝精密股份有限公司", "Czech Republic")) in screening
    assert ("Taiwan", ("香港商海達投資有限公司", "Hong Kong")) in screening
    moves = [(e.destination, e.status, e.amount_usd) for e in evs if e.type == "relocation"]
    assert moves == [(("Czech Republic",), "planned", 40_000_000.0)]


def test_a_customs_notices_table_of_firms_dates_each_measure_by_its_cell(tmp_path):
    evs = _file_events(tmp_path, "title: 海关总署公告2026年第12号（关于暂停部分境外企业输华的公告）\ndate: 2026-02-10\n\n"
                                 "现决定对下表所列企业采取相应措施：\n\n"
                                 "| 序号 | 国家 | 注册编号 | 企业名称 | 产品 | 措施 |\n|---|---|---|---|---|---|\n"
                                 "| 1 | 印度 | 0211 | SEAGOLD FOODS PVT. LTD. | 冻虾 | 自2026年2月12日起暂停进口 |\n"
                                 "| 2 | 越南 | 4410 | MEKONG SEAFOOD JSC | 冻鱼片 | 自公告之日起恢复进口 |\n")
    rows = sorted((e for e in evs if e.source == "table"), key=lambda e: e.start)
    assert [(e.type, e.date, e.actor, e.target, e.status) for e in rows] == [
        ("other", "2026-02-12", "China", ("India",), "planned"), ("other", "2026-02-10", "China", ("Vietnam",), "revoked")]


def test_a_notices_name_for_its_body_acts_and_deposits_are_the_provisional_duty():
    evs = _events("2025年8月1日，商务部（以下称调查机关）发布公告，决定对原产于印度的进口甘氨酸进行反倾销立案调查。"
                  "调查机关初步认定倾销幅度属于微量，决定终止对原产于印度的进口甘氨酸钠的反倾销调查。"
                  "自2026年2月1日起，进口经营者应依据本初裁所确定的各公司的保证金比率向中华人民共和国海关提供相应的保证金。", "2026-01-30")
    assert [(e.actor, e.status) for e in sorted(evs, key=lambda e: e.start)] == [
        ("China", "considering"), ("China", "revoked"), ("China", "planned")]


def test_an_interim_rate_schedule_with_one_worded_row_is_read_by_its_columns(tmp_path):
    evs = _file_events(tmp_path, "title: 国务院关税税则委员会关于调整部分商品进口暂定税率的公告\ndate: 2026-06-20\n\n"
                                 "一、自2026年7月1日起，对下表所列商品实施、调整或取消进口暂定税率。\n\n"
                                 "| 序号 | 税则号列 | 商品名称 | 最惠国税率（%） | 暂定税率（%） |\n|---|---|---|---|---|\n"
                                 "| 1 | 38180011 | 单晶硅抛光片 | 4 | 1 |\n| 2 | 30021500 | 单克隆抗体 | 3 | 0 |\n"
                                 "| 3 | 27131290 | 煅烧石油焦 | 3 | 取消暂定税率，恢复按最惠国税率征收 |\n")
    rows = sorted((e for e in evs if e.source == "table"), key=lambda e: e.start)
    assert [(e.rate_pct, e.status) for e in rows] == [(1.0, "planned"), (0.0, "planned"), (None, "revoked")]


def test_a_reports_site_register_names_its_firm_and_where_output_moved(tmp_path):
    evs = _file_events(tmp_path, "title: Halvorsen Medical plc — Annual Report 2025 (excerpt)\ndate: 2026-03-20\n\n"
                                 "The table below sets out the principal changes to our manufacturing network during the year.\n\n"
                                 "| Site | Country | Activity | Status at 31 December 2025 |\n|---|---|---|---|\n"
                                 "| Alajuela | Costa Rica | New plant for infusion sets | Commercial production started in October 2025 |\n"
                                 "| Tianjin | China | Moulding for export markets | Export volumes transferred to Penang in 2025 |\n")
    rows = sorted((e for e in evs if e.source == "table"), key=lambda e: e.start)
    assert [(e.actor, e.target, e.destination) for e in rows] == [
        ("Halvorsen Medical", (), ("Costa Rica",)), ("Halvorsen Medical", ("China",), ("Malaysia",))]


def test_a_transcripts_place_line_names_whose_minister_and_we_act(tmp_path):
    evs = _file_events(tmp_path, "title: Senate Estimates: Anti-Dumping Commission (excerpt)\ndate: 2026-02-25\n\n"
                       "SENATE\nESTIMATES\nCANBERRA\n\n"
                       "Ms Vale: On 30 January the minister accepted our recommendation and imposed dumping duties on steel "
                       "pipes exported from Thailand, at rates between 3.1 per cent and 19.4 per cent.\n\n"
                       "Ms Vale: We initiated an investigation on 12 February into coated steel exported from Indonesia.\n")
    assert [(e.actor, e.target, e.status) for e in sorted(evs, key=lambda e: e.start)] == [
        ("Australia", ("Thailand",), "implemented"), ("Australia", ("Indonesia",), "considering")]


def test_a_table_of_commerce_case_numbers_is_a_trade_remedy_table(tmp_path):
    evs = _file_events(tmp_path, "title: Steel Flanges: Continuation of Antidumping Duty Orders\ndate: 2026-05-06\n\n"
                                 "SUMMARY: As a result of the determinations by Commerce and the ITC, Commerce is publishing a notice "
                                 "of continuation of the antidumping duty orders.\n\nResults\n\n"
                                 "| Case No. | Country | Order | Action | Effective date |\n|---|---|---|---|---|\n"
                                 "| A-533-877 | India | AD | Continued | May 6, 2026 |\n| A-489-833 | Türkiye | AD | Revoked | May 6, 2026 |\n")
    rows = sorted((e for e in evs if e.source == "table"), key=lambda e: e.start)
    assert [(e.type, e.target, e.status) for e in rows] == [("tariff", ("India",), "implemented"), ("tariff", ("Turkey",), "revoked")]


def test_a_filings_facility_table_is_its_firms_plants(tmp_path):
    evs = _file_events(tmp_path, "title: Thornbury Valves, Inc. - Form 8-K - Item 2.05: Realignment of Manufacturing\ndate: 2025-11-12\n\n"
                                 "The following table summarizes the principal actions under the Plan:\n\n"
                                 "| Facility | Country | Products | Action | Expected timing |\n|---|---|---|---|---|\n"
                                 "| Querétaro | Mexico | Gate valves | Expansion of 60,000 sq ft; $18 million | Second quarter of 2026 |\n")
    (row,) = [e for e in evs if e.source == "table"]
    assert (row.type, row.actor, row.destination) == ("relocation", "Thornbury Valves", ("Mexico",))


def test_a_sanctions_regimes_state_is_aimed_at_and_a_tally_is_no_measure(tmp_path):
    evs = _file_events(tmp_path, "title: Client Alert: UK Trade Controls Round-Up\ndate: 2026-01-20\n\n"
                                 "Iran sanctions: the Foreign Office designated six entities on 15 January under the Iran (Sanctions) Regulations.\n")
    assert [e.actor for e in evs if e.type == "sanction"] == ["United Kingdom"]
    assert _events("Canada has now imposed sanctions on more than 300 Russian individuals and entities since 2022.", "2026-01-20") == []


def test_a_firm_named_right_after_its_state_is_the_clauses_firm():
    evs = _events("韩国东进电机则决定关闭东莞小型马达工厂，产能移至越南北宁。", "2025-12-04")
    assert [(e.type, e.destination, e.extra.get("actor_name")) for e in evs] == [("relocation", ("Vietnam",), "东进电机")]
