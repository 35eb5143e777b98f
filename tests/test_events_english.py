"""English notice rules: list actions with counts in words, destinations in the next sentence, dates."""
from __future__ import annotations

import pytest

from nlp.events import document_date, extract_events
from nlp.events.english import count_of, destinations, words_to_int
from nlp.read import read_document
from nlp.types import Document, Page


def _events(text: str, date: str | None = "2022-02-14"):
    doc = Document(doc_id="t", path="t.md", title="t", pages=(Page(1, text),), date=date)
    evs = extract_events(doc, [])
    for e in evs:
        assert text[e.start:e.end] == e.evidence
    return evs


@pytest.mark.parametrize("words,n", [("twenty-four", 24), ("33", 33), ("one", 1), ("seventy-one", 71), ("1,200", 1200)])
def test_events_english_number_words(words, n):
    assert words_to_int(words) == n


def test_events_english_counts_and_destinations():
    assert count_of("adding thirty-three (33) persons") == 33
    assert destinations("under the destinations of the People's Republic of China (China), Pakistan, and the United Arab Emirates (UAE).") == [
        "China", "Pakistan", "United Arab Emirates"]


def test_events_english_entity_list_addition_takes_destinations_from_the_next_sentence():
    text = ("This final rule amends the Export Administration Regulations (EAR) by adding seven entities under seven entries "
            "to the Entity List. These seven entities will be listed on the Entity List under the destinations of China and Russia. "
            "This final rule also removes two entities from the Unverified List (UVL).")
    add, rem = _events(text)
    assert (add.type, add.items, add.status, add.instrument, add.date) == ("export_control", 7, "implemented", "Entity List", "2022-02-14")
    assert add.destination == ("China", "Russia") and add.actor == "United States"
    assert (rem.items, rem.status, rem.instrument) == (2, "revoked", "Unverified List")


def test_events_english_leading_date_wins_over_the_publication_date():
    text = "Effective October 18, 2019, the U.S. Trade Representative imposed additional duties on certain products of the EU."
    (e,) = _events(text, date="2020-02-21")
    assert (e.type, e.date, e.actor, e.target, e.status) == ("tariff", "2019-10-18", "United States", ("European Union",), "implemented")


def test_events_english_date_of_a_cause_clause_is_not_the_action_date():
    text = ("In response to the Russian Federation's further invasion of Ukraine on February 24, 2022, the Department"
            " of Commerce is amending the EAR by adding 57 entities under 57 entries to the Entity List.")
    (e,) = _events(text, date="2022-10-04")
    assert (e.type, e.date, e.items) == ("export_control", "2022-10-04", 57)


def test_events_english_tariff_rate_change_and_suspension():
    (cut,) = _events("The U.S. Trade Representative has determined to modify the action by reducing the rate of additional duty "
                     "on certain products of China from 15 percent to 7.5 percent.")
    assert cut.rate_pct == 7.5 and cut.extra["rate_from"] == 15 and cut.target == ("China",)
    (sus,) = _events("The U.S. Trade Representative has determined to modify the action by suspending the additional tariffs "
                     "on goods of the United Kingdom for a period of four months.")
    assert sus.status == "suspended" and sus.target == ("United Kingdom",)


def test_events_english_corrections_are_not_events():
    assert _events("This rule corrects six existing entries to the Entity List, one under the destination of Germany.") == []


def test_events_english_real_notice_uses_its_publication_date(corpus):
    path = sorted((corpus / "fr_abstracts").glob("2021-04-09-*entity-list*.md"))[0]
    doc = read_document(path)
    assert document_date(doc) == "2021-04-09"
    (e,) = extract_events(doc, [])
    assert (e.type, e.items, e.date, e.destination) == ("export_control", 7, "2021-04-09", ("China",))


# ---- news and press-release English ----

def _one(text: str, type_: str, date: str | None = None):
    evs = [e for e in _events(text, date) if e.type == type_]
    assert len(evs) == 1, evs
    return evs[0]


def test_events_english_date_anywhere_in_the_main_clause():
    e = _one("The United States imposed a 25% tariff on Chinese steel on March 23, 2018.", "tariff")
    assert (e.date, e.actor, e.target, e.rate_pct, e.status, e.products) == (
        "2018-03-23", "United States", ("China",), 25, "implemented", "steel")
    assert _one("In October 2024, the European Commission imposed duties on electric vehicles imported from China.",
                "tariff").date == "2024-10"


def test_events_english_a_cause_clause_or_a_bound_does_not_date_the_action():
    e = _one("In response to Russia's invasion of Ukraine on February 24, 2022, BIS added 91 entities to the Entity List.",
             "export_control", date="2022-06-30")
    assert e.date == "2022-06-30" and e.items == 91
    e = _one("USTR suspended, until further notice, the additional duties on products of France scheduled to take effect "
             "on January 6, 2021.", "tariff", date="2021-01-12")
    assert (e.date, e.status) == ("2021-01-12", "suspended")


def test_events_english_listing_names_its_firm_and_reads_past_abbreviations():
    e = _one("The Bureau of Industry and Security added Huawei and 68 of its non-U.S. affiliates to the Entity List on "
             "May 16, 2019.", "export_control")
    assert (e.date, e.actor, e.target) == ("2019-05-16", "United States", ("Huawei",))


@pytest.mark.parametrize("text, type_", [
    ("Washington did not impose new sanctions on Chinese banks this week, Treasury officials said.", "sanction"),
    ("The United States did not impose tariffs on Chinese steel in 2020.", "tariff"),
    ("Global growth is expected to slow to 2.7% next year, according to the IMF.", "tariff"),
])
def test_events_english_negations_and_commentary_state_no_event(text, type_):
    assert [e for e in _events(text, None) if e.type == type_] == []


@pytest.mark.parametrize("text, status", [
    ("The planned tariff increase on $250 billion of Chinese goods was postponed to October 15 and later suspended.", "suspended"),
    ("The administration is considering raising tariffs on semiconductors from China to 50%.", "considering"),
    ("On May 14, 2024, the White House announced it would quadruple tariffs on Chinese electric vehicles to 100%.", "planned"),
    ("China imposed a 25% tariff on American soybeans on July 6, 2018.", "implemented"),
])
def test_events_english_status_comes_from_the_verbs(text, status):
    assert _one(text, "tariff", None).status == status


def test_events_english_coordinated_measures_are_two_events():
    evs = _events("On May 14, 2024, the White House announced it would quadruple tariffs on Chinese electric vehicles to 100% "
                  "and raise duties on solar cells to 50%.", None)
    assert sorted((e.rate_pct, e.status) for e in evs) == [(50, "planned"), (100, "planned")]
    assert all(e.target == ("China",) and e.actor == "United States" for e in evs)


def test_events_english_relocation_investment_agreement_and_sanction_verbs():
    e = _one("Samsung will relocate its smartphone factory from China to Vietnam.", "relocation")
    assert (e.actor, e.destination, e.target, e.status) == ("Samsung", ("Vietnam",), ("China",), "planned")
    e = _one("In March 2018, President Trump issued an order blocking Broadcom's proposed $117 billion acquisition of "
             "Qualcomm.", "investment_restriction")
    assert (e.date, e.actor, e.amount_usd, e.status) == ("2018-03", "United States", 117e9, "implemented")
    assert "Broadcom" in e.target
    e = _one("The United Kingdom formally signed the accession protocol to the CPTPP on July 16, 2023.", "trade_agreement")
    assert (e.date, e.actor, e.instrument) == ("2023-07-16", "United Kingdom", "CPTPP")
    e = _one("OFAC sanctioned three Hong Kong-based shipping companies on March 12, 2024.", "sanction")
    assert (e.date, e.actor) == ("2024-03-12", "United States")


def test_events_english_an_anaphoric_sentence_continues_the_measure_before():
    evs = _events("The European Commission imposed countervailing duties of up to 35.3% on electric vehicles from China in "
                  "October 2024. The duties took effect on October 30.", None)
    assert [(e.type, e.date, e.actor, e.target) for e in evs] == [("tariff", "2024-10-30", "European Union", ("China",))]
    assert len(evs[0].extra["mentions"]) == 2


def test_events_english_news_vocabulary_and_capitals():
    # a capital stands for its government; "surtax", a bare "duty" with its rate, "percent rate on" are tariffs
    text = ("Ottawa applied a 25 percent surtax on Chinese steel products from October 15, 2024. "
            "Turkey imposed an additional 40 percent duty on passenger cars imported from China in June 2024.")
    ca, tr = sorted(_events(text, date="2025-03-20"), key=lambda e: e.actor)
    assert (ca.type, ca.actor, ca.rate_pct, ca.date, ca.target) == ("tariff", "Canada", 25.0, "2024-10-15", ("China",))
    assert (tr.type, tr.actor, tr.rate_pct, tr.date) == ("tariff", "Turkey", 40.0, "2024-06")


def test_events_english_dateline_dates_the_story_not_the_action():
    text = ("WASHINGTON, Dec 3 - The Biden administration on Monday added 140 entities, most of them Chinese chip-equipment "
            "makers and investment firms such as Piotech and Wingtech, to the Entity List. In a rare reversal, the agency "
            "took one company off the list.")
    add, off = _events(text, date="2024-12-03")
    assert (add.date, add.items, add.instrument, add.status) == ("2024-12-02", 140, "Entity List", "implemented")
    assert (off.status, off.instrument) == ("revoked", "Entity List")


def test_events_english_two_designations_of_one_day_stay_two_and_tallies_are_not_events():
    text = ("Today, OFAC designated 275 individuals and entities for supplying Russia's military-industrial base. "
            "The Department of State is concurrently designating 123 additional persons. "
            "Since February 2022, Treasury has sanctioned more than 4,000 persons.")
    evs = _events(text, date="2024-10-30")
    assert [(e.type, e.items, e.date) for e in evs] == [("sanction", 275, "2024-10-30"), ("sanction", 123, "2024-10-30")]


def test_events_english_relocation_firm_after_a_dateline_and_place_names():
    text = ("SAN JOSE, Calif., April 22, 2025 - Kestrel Audio Inc. (NASDAQ: KSTL) today announced that it will move final "
            "assembly of its wireless speaker lines from Dongguan, China, to a new facility in Bac Ninh province, Vietnam. "
            "In addition, the company has signed a memorandum to explore a pilot line in Noida in 2026.")
    move, pilot = _events(text, date="2025-04-22")
    assert (move.type, move.actor, move.destination, move.target, move.status) == (
        "relocation", "Kestrel Audio", ("Vietnam",), ("China",), "planned")
    assert (pilot.actor, pilot.destination, pilot.date) == ("Kestrel Audio", ("India",), "2026")


@pytest.mark.parametrize("text", [
    "CFIUS cleared the deal only after the parties entered into a national security agreement on June 3, 2025.",
    "Mexico is considering tariffs on goods from countries with which it has no trade agreement.",
])
def test_events_english_contracts_and_negated_agreements_are_not_trade_agreements(text):
    assert [e for e in _events(text) if e.type == "trade_agreement"] == []


def test_events_english_two_rates_of_one_retaliation_and_lists_of_beijing():
    text = ("BEIJING/WASHINGTON, March 5 (Wire) - China said on Tuesday it would levy additional tariffs of 15% on U.S. "
            "chicken and wheat and 10% on sorghum and soybeans from March 10. In separate notices the same day, Beijing's "
            "Commerce Ministry placed 15 U.S. firms on its export control list and added 10 others to its unreliable entity list.")
    evs = _events(text, date="2025-03-05")
    tariffs = sorted((e.rate_pct, e.actor, e.date) for e in evs if e.type == "tariff")
    assert tariffs == [(10.0, "China", "2025-03-04"), (15.0, "China", "2025-03-04")]
    lists = sorted((e.type, e.items, e.instrument) for e in evs if e.type != "tariff")
    assert lists == [("export_control", 15, "export control list"), ("sanction", 10, "unreliable entity list")]


def test_events_english_licences_governments_and_examples():
    (ev,) = _events("On September 6, the Dutch government announced that exports of ASML's immersion DUV systems would "
                    "require a national licence.", date="2024-09-10")
    assert (ev.type, ev.actor, ev.date) == ("export_control", "Netherlands", "2024-09-06")
    assert _events("Policy tools such as export controls and entity listings have been expanded sharply since 2022.") == []


def test_events_english_where_listed_parties_are_and_passive_removals():
    text = ("METI on Thursday added 12 entities located in China, Iran and the United Arab Emirates to the End User List. "
            "Two entities were removed from the list.")
    add, rem = _events(text, date="2025-05-30")
    assert (add.instrument, add.items, add.target, add.actor) == ("End User List", 12, ("China", "Iran", "United Arab Emirates"), "Japan")
    assert (rem.instrument, rem.status, rem.items) == ("End User List", "revoked", 2)


def test_events_english_a_filing_names_its_company_once():
    text = ('SYDNEY - Harbourline Electronics Ltd (the "Company") announced a restructuring. Orders from North American '
            "customers will be shifted to the Company's plant in Apodaca, Mexico by March 2026.")
    (ev,) = [e for e in _events(text, date="2025-08-25") if e.type == "relocation"]
    assert (ev.actor, ev.destination) == ("Harbourline Electronics", ("Mexico",))


def test_events_english_run_in_headings_and_roundup_titles():
    text = ("Sanctions update.\n\nOn May 2, OFAC sanctioned 40 entities in Iran and Iraq for oil smuggling. "
            "The same day, OFAC removed Blue Harbor Trading Co., Ltd., a Dubai-based broker, from the SDN List.\n\n"
            "2. Steel Wire Rod from Egypt: Antidumping Duty Order (May 6, 2025). Commerce issued an antidumping duty "
            "order on steel wire rod from Egypt, with cash deposit rates of 12.4%.")
    evs = _events(text, "2025-05-09")
    got = [(e.type, e.date, e.actor, e.status) for e in evs]
    assert ("sanction", "2025-05-02", "United States", "implemented") in got  # "Sanctions update." is no event
    assert ("sanction", "2025-05-02", "United States", "revoked") in got
    listed = next(e for e in evs if e.type == "sanction" and e.status == "implemented")
    assert set(listed.target) == {"Iran", "Iraq"}  # "entities in Iran and Iraq"
    # the roundup item's title dates its text; the title itself states nothing
    assert [(e.date, e.actor, e.rate_pct) for e in evs if e.type == "tariff"] == [("2025-05-06", "United States", 12.4)]


def test_events_english_two_rates_in_one_announcement_start_later():
    text = ("Last Friday, Japan announced 30% tariffs on American beef and pork, and 15% duties on "
            "American wheat, effective June 1, in response to the steel levies.")
    evs = [e for e in _events(text, "2025-05-12") if e.type == "tariff"]
    assert [(e.rate_pct, e.date, e.status, e.extra.get("effective")) for e in evs] == [
        (30.0, "2025-05-09", "planned", "2025-06-01"), (15.0, "2025-05-09", "planned", "2025-06-01")]


def test_events_english_countermeasures_on_goods_are_tariffs():
    evs = _events("The European Commission said on Monday it would reimpose countermeasures on up to 4 billion euros "
                  "($4.3 billion) of U.S. goods.", "2025-06-10")
    assert [(e.type, e.actor, e.status) for e in evs] == [("tariff", "European Union", "planned")]


def test_events_english_orders_prohibiting_an_acquisition_and_investments():
    evs = _events("On Friday, President Biden issued an order prohibiting Singapore-based Orchid Holdings from acquiring "
                  "Redwood Circuits, an Oregon chipmaker.", "2024-11-04")
    assert [(e.type, e.date, e.actor) for e in evs] == [("investment_restriction", "2024-11-01", "United States")]


def test_events_english_a_range_between_two_rates_and_output_shifted():
    evs = _events("Separately, the ministry on Tuesday imposed definitive antidumping duties of between 8% and 41% on steel "
                  "wire from China. Hanbit Appliances said last week it would shift part of its washing-machine output "
                  "from its plant in Monterrey to a new line in Ohio, United States.", "2025-12-11")
    assert [e.rate_pct for e in evs if e.type == "tariff"] == [(8.0, 41.0)]
    assert [(e.type, e.destination, e.status) for e in evs if e.type == "relocation"] == [
        ("relocation", ("Mexico", "United States"), "planned")]


def test_events_english_the_body_named_before_and_a_start_told_after():
    text = ("The European Commission has today imposed provisional anti-dumping duties ranging from 10.1% to 40.2% on "
            "imports of birch plywood originating in Russia. The duties will apply from 9 May 2025 for a period of six "
            "months. In a separate step, the Commission has initiated an anti-subsidy investigation concerning imports "
            "of tinplate from Vietnam.")
    evs = _events(text, "2025-05-08")
    got = [(e.date, e.actor, e.status, e.extra.get("effective")) for e in evs if e.type == "tariff"]
    assert got == [("2025-05-08", "European Union", "planned", "2025-05-09"),
                   ("2025-05-08", "European Union", "considering", None)]


def test_events_english_conditionals_open_questions_and_tariff_costs_state_nothing():
    for text in ("Should the waiver expire, affected imports would revert to the 25% additional duty.",
                 "The ministry is expected to decide within weeks whether to levy the duties.",
                 "Acme Tools Inc. on Tuesday reported quarterly revenue of $2.1 billion as price rises offset higher tariff costs."):
        assert [e.type for e in _events(text, "2025-07-24")] == [], text


def test_events_english_announced_additions_reported_firm_and_list_items():
    evs = _events("BIS today announced the addition of 12 entities to the Entity List. At the same time, "
                  "three Singapore-based companies are being delisted.", "2025-09-12")
    assert [(e.type, e.status) for e in evs] == [("export_control", "implemented"), ("export_control", "revoked")]
    evs = _events("Harbor Lighting Corp. reported results on Monday. Its chief executive said the company would move "
                  "assembly of its lamps from Suzhou to a contract manufacturer in Vietnam next year.", "2025-07-24")
    assert [(e.type, e.actor, e.destination) for e in evs] == [("relocation", "Harbor Lighting", ("Vietnam",))]
    evs = _events("- Mexico: a ban on exports of avocado seedlings to the United States, announced on 3 March 2025;", "2025-07-09")
    assert [(e.type, e.actor, e.date) for e in evs] == [("export_control", "Mexico", "2025-03-03")]


def test_events_english_roundup_labels_and_the_reported_firm():
    evs = _events("• Japan: METI added 14 entities in China and Russia to its End User List on 20 February 2026.", "2026-03-02")
    assert [(e.type, e.actor) for e in evs] == [("export_control", "Japan")]
    evs = _events("Harbor Lighting Corp. reported results on Monday. Whitfield said the company had completed the transfer of "
                  "its lamp line from Suzhou to Binh Duong, Vietnam, and announced a $90 million investment in a new plant in "
                  "Pune, India.", "2025-07-31")
    assert [(e.actor, e.destination) for e in evs] == [("Harbor Lighting", ("Vietnam",)), ("Harbor Lighting", ("India",))]


def test_events_english_list_amended_first_and_passive_lifts():
    evs = _events("This rule also amends the Military End-User (MEU) List by adding five entities located in Russia.", "2026-01-22")
    assert [(e.type, e.actor, e.target, e.status) for e in evs] == [("export_control", "United States", ("Russia",), "implemented")]
    evs = _events("Pursuant to section 1762 of the Export Control Reform Act of 2018, this action is exempt from the "
                  "Administrative Procedure Act requirements for notice of proposed rulemaking.", "2026-01-22")
    assert evs == []
    evs = _events("The European Commission has today imposed provisional duties on plywood from China. Meanwhile, the anti-dumping "
                  "proceeding concerning imports of mesh fabrics from Türkiye has been terminated. The Commission has also "
                  "decided to prolong the suspension of the EU countermeasures adopted in response to U.S. tariffs on steel.",
                  "2025-10-08")
    assert [(e.actor, e.status) for e in evs] == [("European Union", "implemented"), ("European Union", "revoked"),
                                                  ("European Union", "suspended")]


def test_events_english_history_boilerplate_and_studies():
    assert _events("Since 2018, when the first round of U.S. tariffs on Chinese goods took effect, trade has shifted.", "2025-11-12") == []
    assert _events("Actual results could differ materially from those anticipated, including because of tariffs or export controls.",
                   "2026-01-08") == []
    evs = _events("Separately, the European Commission is studying whether to propose port charges on Chinese-built vessels.", "2025-11-12")
    assert [(e.type, e.status) for e in evs] == [("other", "considering")]


def test_events_english_agencies_of_other_states_tallies_and_deletions():
    evs = _events("DGTR also initiated a sunset review investigation last Wednesday into the anti-dumping duty on aluminium foil "
                  "from China.", "2025-11-24")
    assert [(e.type, e.actor, e.status) for e in evs] == [("tariff", "India", "considering")]
    assert _events("India has initiated more than 40 anti-dumping investigations against Chinese goods this year.", "2025-11-24") == []
    evs = _events("METI added 11 entities to the End User List. Three entities located in Pakistan have been deleted from the List.",
                  "2026-03-13")
    assert [e.status for e in evs] == ["implemented", "revoked"]


def test_events_english_appositive_firms_and_new_factories():
    evs = _events("Nitto Seimitsu, a Nagano Prefecture-based maker of precision motors, said on Monday it will end production at "
                  "its plant in Suzhou and transfer the lines to Vietnam.", "2025-12-09")
    assert [(e.type, e.actor, e.destination) for e in evs] == [("relocation", "Nitto Seimitsu", ("Vietnam",))]
    evs = _events("Tamura Kogyo, an auto parts supplier, began operating a new factory in Mexico's Guanajuato state in November.",
                  "2025-12-09")
    assert [(e.type, e.destination) for e in evs] == [("relocation", ("Mexico",))]


def test_events_english_investor_day_moves_and_ad_cvd():
    text = ("Halvorsen Industries (NYSE: HVI) hosted its Investor Day on Tuesday. A $350 million facility in Apodaca, Mexico, "
            "is under construction and will begin production in September 2026. Tooling for the company's blender line will move from Shenzhen to a contract partner "
            "in Penang, Malaysia, by mid-2026. Separately, Halvorsen is evaluating a site near Chennai, India.")
    evs = _events(text, "2026-03-05")
    assert sorted((e.destination, e.status) for e in evs if e.type == "relocation") == [
        (("India",), "considering"), (("Malaysia",), "planned"), (("Mexico",), "planned")]
    evs = _events("Commerce initiated AD investigations of imports of lithium iron phosphate battery cells from China on October 20.",
                  "2025-10-21")
    assert [(e.type, e.status) for e in evs] == [("tariff", "considering")]
    assert _events("Whether the bloc can hold a united front on retaliatory tariffs is far from certain.", "2025-07-08") == []


def test_events_english_a_label_naming_no_state_keeps_the_actor():
    evs = _events("Update: Japan has added 14 entities in China to its End User List on 20 February 2026.", "2026-03-02")
    assert [(e.type, e.actor) for e in evs] == [("export_control", "Japan")]


# ---- rules added on the blind sets of 2026-12-02 ----

def test_events_english_white_list_removal_and_restoration():
    evs = _events('Japan tightened licensing requirements for exports of the three materials to Korea on July 4, 2019, '
                  'and removed Korea from its "white list" of preferred trading partners on August 28, 2019.', "2023-03-16")
    assert [(e.date, e.actor, e.target, e.status) for e in evs] == [
        ("2019-07-04", "Japan", ("South Korea",), "implemented"), ("2019-08-28", "Japan", ("South Korea",), "implemented")]
    evs = _events("The Korean government has decided to begin procedures to restore Japan to its white list, with the revised "
                  "public notice expected to take effect in April.", "2023-03-16")
    assert [(e.actor, e.target, e.status, e.date) for e in evs] == [("South Korea", ("Japan",), "revoked", "2023-04")]


def test_events_english_currency_is_no_state_and_mastheads_calls_state_nothing():
    evs = _events("A presidential decree published on 8 June 2024 imposed an additional 40% duty, subject to a minimum of "
                  "US$7,000 per vehicle, on passenger cars imported from China, effective 7 July 2024.", "2024-11-05")
    assert [e.target for e in evs] == [("China",)]
    assert _events("Trade & Sanctions Practice | 5 November 2024", "2024-11-05") == []
    assert _events("A Chinese industry group has also urged Beijing to raise tariffs on large-engine cars.", "2025-01-10") == []


def test_events_english_investment_in_a_plant_abroad_and_digest_item_dates():
    evs = _events("Under the plan, Harbor Ridge Outdoor, Inc. will invest US$85 million in a new 400,000-square-foot "
                  "assembly plant in Binh Duong Province, Vietnam.", "2019-09-04")
    assert [(e.type, e.destination, e.status) for e in evs] == [("relocation", ("Vietnam",), "planned")]
    evs = _events("- Aug. 21 - Entity List.\nBIS added 32 entities to the Entity List, 23 of them in China.", "2025-08-25")
    assert [(e.type, e.date) for e in evs] == [("export_control", "2025-08-21")]


def test_events_english_start_told_in_the_next_sentence_and_anaphoric_subjects():
    evs = _events("The ministry on Friday added 12 types of machine tools to the list of goods that require an export licence. "
                  "The amendment takes effect on August 1.", "2025-06-20")
    assert [(e.type, e.status, e.extra.get("effective")) for e in evs] == [("export_control", "planned", "2025-08-01")]
    evs = _events("China's commerce ministry said it firmly opposes the move. On Tuesday it announced a ban on exports "
                  "of gallium to the United States.", "2024-12-04")
    assert [(e.actor, e.target) for e in evs] == [("China", ("United States",))]


def test_events_english_rate_steps_forecasts_and_exemptions():
    evs = _events("The President directed USTR on May 14 to raise tariffs on Chinese steel from 7.5% to 25% in 2024, "
                  "on semiconductors from 25% to 50% by 2025, and on medical gloves from 7.5% to 100% in 2026.", "2024-05-30")
    assert [(e.date, e.rate_pct) for e in evs] == [("2024-05-14", 25.0), ("2024-05-14", 50.0), ("2024-05-14", 100.0)]
    assert [e.status for e in evs] == ["implemented", "planned", "planned"]  # the later years are starts still to come
    assert _events("Trade lawyers said further tariff hikes could follow if the review fails.", "2026-01-10") == []
    evs = _events("The European Commission imposed anti-dumping duties on steel wire from China. Wire used in aircraft will be "
                  "exempted from the duties.", "2025-11-20")
    assert [(e.actor, e.target, e.status) for e in evs][-1] == ("European Union", ("China",), "suspended")


def test_events_english_described_firms_capitals_and_named_sanction_targets():
    evs = _events("South Korean appliance maker Hanul Electronics said on Wednesday it would shift dryer production "
                  "from its plant in Monterrey to a new facility in Tennessee.", "2025-12-11")
    assert [(e.type, e.actor) for e in evs] == [("relocation", "Hanul Electronics")]
    evs = _events("In New Delhi, the finance ministry on Tuesday imposed a safeguard duty of 12% on steel imports.", "2025-12-10")
    assert [e.actor for e in evs] == ["India"]
    evs = _events("OFAC imposed sanctions on Rosneft and Lukoil on Wednesday.", "2025-10-23")
    assert [e.target for e in evs] == [("Rosneft", "Lukoil")]
    evs = _events("After the talks, the President said the U.S. would cut the tariff on Chinese goods to 10% from 20%.", "2025-10-31")
    assert [(e.rate_pct, e.target) for e in evs] == [(10.0, ("China",))]


def test_events_english_conditions_negated_subjects_faced_duties_and_permits():
    assert _events("Once it is in force, the agreement will cut tariffs on 90 per cent of goods.", "2025-07-30") == []
    assert _events("The truce does not touch the export controls announced in October.", "2025-11-12") == []
    evs = _events("From August 1, steel imports from countries without a free trade agreement will face a 50% tariff "
                  "on volumes above their 2024 levels, Ottawa said.", "2025-07-17")
    assert [(e.type, e.rate_pct, e.status) for e in evs] == [("tariff", 50.0, "planned")]
    evs = _events("Malaysia's trade ministry on July 14 began requiring a permit for the export of AI chips of U.S. origin.",
                  "2025-07-20")
    assert [(e.type, e.actor, e.date) for e in evs] == [("export_control", "Malaysia", "2025-07-14")]


def test_events_english_home_state_of_a_title_and_duties_imposed_by():
    from nlp.events import extract_events
    from nlp.types import Document, Page

    text = "In August 2023 we raised tariffs of between 5% and 25% on 392 tariff lines of steel and textiles."
    doc = Document(doc_id="t", path="t.txt", title="Q&A: Mexico's deputy trade minister on new tariffs", pages=(Page(1, text),),
                   date="2026-01-08")
    assert [(e.actor, e.date) for e in extract_events(doc, [])] == [("Mexico", "2023-08")]
    evs = _events("Goods of Vietnam are subject to the 20 percent reciprocal tariff imposed by the United States on August 7.",
                  "2025-09-29")
    assert [e.actor for e in evs] == ["United States"]


def test_events_english_nominal_measures_and_ground_breaking():
    evs = _events("Indonesia's ban on nickel ore exports, in force since January 2020, has drawn investment.", "2025-07-01")
    assert [(e.type, e.actor, e.date) for e in evs] == [("export_control", "Indonesia", "2020-01")]
    evs = _events("CATL on June 29 broke ground on a US$6 billion integrated battery project in West Java, Indonesia.", "2025-07-01")
    assert [(e.type, e.actor, e.destination) for e in evs] == [("relocation", "CATL", ("Indonesia",))]


def test_events_english_rounds_told_in_one_sentence_and_a_list_of_actions():
    text = ("After imposing duties on about $50 billion of Chinese imports in 2018, USTR imposed a 10% duty on approximately "
            "$200 billion of Chinese goods under List 3, effective September 24, 2018, and raised that rate to 25% on May 10, 2019. "
            "A 15% duty on List 4A took effect on September 1, 2019, and was cut to 7.5% on February 14, 2020, following the Phase One agreement.")
    evs = _events(text, "2025-09-29")
    got = [(e.type, e.date, e.rate_pct, e.amount_usd) for e in evs]
    assert got == [("tariff", "2018", None, 50e9), ("tariff", "2018-09-24", 10, 200e9), ("tariff", "2019-05-10", 25, 200e9),
                   ("tariff", "2019-09-01", 15, None), ("tariff", "2020-02-14", 7.5, None)]
    assert evs[2].actor == "United States"
    text = ("Washington lowered the fentanyl-related tariff on Chinese goods from 20% to 10% on November 10, 2025, and paused for a year "
            "the Section 301 port fees on Chinese-linked vessels, while Beijing suspended for one year its latest rare earth export "
            "controls, halted its special port fees on US ships, and lifted its retaliatory tariffs of up to 15% on US farm goods.")
    evs = _events(text, "2025-11-12")
    got = sorted((e.type, e.actor, e.status) for e in evs)
    assert got == [("export_control", "China", "suspended"), ("other", "China", "suspended"), ("other", "United States", "suspended"),
                   ("tariff", "China", "revoked"), ("tariff", "United States", "implemented")]


def test_events_english_countermeasures_on_people_import_bars_export_bars_and_stakes_blocked():
    evs = _events("In April, Beijing imposed countermeasures on US lawmakers, officials and NGO heads over Hong Kong.", "2025-05-06")
    assert [(e.type, e.actor) for e in evs] == [("sanction", "China")]
    evs = _events("India on Saturday barred imports of ready-made garments from Bangladesh through all land ports.", "2025-05-19")
    assert [(e.type, e.actor, e.target) for e in evs] == [("other", "India", ("Bangladesh",))]
    evs = _events("The Treasurer's 2023 decision to block Yuxiao Fund from lifting its stake in the company was upheld.", "2025-06-03")
    assert [e.type for e in evs] == ["investment_restriction"]
    evs = _events("U.S. fees on Chinese-owned and Chinese-operated vessels took effect on October 14, 2025.", "2025-10-15")
    assert [(e.type, e.date) for e in evs] == [("other", "2025-10-14")]


def test_events_english_a_sanctions_package_told_in_bullets():
    text = ("The Council today adopted an 18th package of restrictive measures against Russia.\n\n"
            "- The price cap for Russian crude oil is lowered from USD 60 to USD 47.60 per barrel as of 3 September 2025.\n\n"
            "- 105 additional vessels of Russia's shadow fleet are listed and subject to a port access ban.\n\n"
            "- The existing transaction ban is extended to 22 more Russian banks.\n\n"
            "- From 21 January 2026, the import into the EU of refined petroleum products made from Russian crude oil will be prohibited.")
    doc = Document(doc_id="t", path="t.md", title="Russia's war against Ukraine: EU adopts 18th package of sanctions",
                   pages=(Page(1, text),), date="2025-07-18")
    evs = extract_events(doc, [])
    assert sorted((e.type, e.date) for e in evs) == [("other", "2026-01-21"), ("sanction", "2025-07-18"), ("sanction", "2025-07-18"),
                                                     ("sanction", "2025-07-18"), ("sanction", "2025-09-03")]
    assert {e.actor for e in evs} == {"European Union"}


def test_events_english_persons_prohibited_import_bans_and_favoured_groups():
    evs = _events("On February 28, 2022, OFAC prohibited U.S. persons from engaging in any transaction involving the Central Bank of the Russian Federation.")
    assert [(e.type, e.actor, e.date) for e in evs] == [("sanction", "United States", "2022-02-28")]
    evs = _events("On March 8, 2022, Executive Order 14066 banned the import into the United States of Russian crude oil, liquefied natural gas and coal.")
    assert [(e.type, e.target) for e in evs] == [("other", ("Russia",))]
    evs = _events("In response, the ROK government removed Japan from its preferential Ga group of export destinations on September 18, 2019.")
    assert [(e.type, e.actor, e.target, e.status) for e in evs] == [("export_control", "South Korea", ("Japan",), "implemented")]
    evs = _events("Issued on October 28, 2024, the rule prohibits U.S. persons from engaging in certain transactions with covered foreign persons in China.")
    assert "sanction" not in [e.type for e in evs]


def test_events_english_terrorist_designations_barred_acquisitions_and_accessions():
    evs = _events("In March 2025, Yemen's Houthi movement was formally re-designated as a Foreign Terrorist Organization.", "2025-03-10")
    assert [e.type for e in evs] == ["sanction"]
    evs = _events("In November 2022, the German government barred a Chinese investor from acquiring ERS Electronic.", "2023-01-10")
    assert [(e.type, e.actor) for e in evs] == [("investment_restriction", "Germany")]
    evs = _events("The UK's accession, the bloc's first, entered into force on 15 December 2024.", "2025-01-10")
    assert [(e.type, e.date) for e in evs] == [("trade_agreement", "2024-12-15")]


def test_events_english_commodity_export_stops_quotas_and_licences():
    evs = _events("The United Arab Emirates on July 28 suspended exports and re-exports of rice for four months.", "2023-09-01")
    assert [(e.type, e.actor, e.status) for e in evs] == [("export_control", "United Arab Emirates", "implemented")]
    evs = _events('India moved sugar into the "restricted" category from June 1, 2022, capping exports at 10 million tonnes.', "2023-09-01")
    assert [(e.type, e.date) for e in evs] == [("export_control", "2022-06-01")]
    assert [e.type for e in _events("Argentina suspended export duties on soybeans until October 31, 2025.", "2025-09-23")] != ["export_control"]
    evs = _events("On July 4, 2019, Japan began requiring case-by-case licences for exports to South Korea of three materials.", "2019-07-05")
    assert [(e.type, e.actor, e.target) for e in evs] == [("export_control", "Japan", ("South Korea",))]


def test_events_english_an_undated_sentence_goes_on_from_its_paragraphs_opening_day():
    text = ("On June 2, 2021, USTR announced the conclusion of its Section 301 investigations into the digital services taxes "
            "of six countries. USTR determined that each tax discriminates against U.S. companies and imposed additional "
            "tariffs of 25% on a list of goods from each country.\n\n"
            "USTR imposed additional tariffs of 25% on goods from Austria.")
    dates = [e.date for e in _events(text, "2021-06-04") if e.type == "tariff"]
    assert dates == ["2021-06-02", "2021-06-04"]  # (a new paragraph starts from the document's day)


def test_events_english_a_bare_month_after_a_preposition_and_a_pacts_terms():
    got = _events("In January, the UAE and Malaysia signed a CEPA in Abu Dhabi, eliminating or reducing tariffs on more than 95% of tariff lines.", "2025-10-20")
    assert [(e.type, e.actor, e.target, e.date) for e in got] == [("trade_agreement", "United Arab Emirates", ("Malaysia",), "2025-01")]
    # a month later in the year than a text that tells the past is last year's
    got = _events("India's trade remedies directorate opened an anti-dumping investigation in September into hot-rolled steel from China.", "2025-02-10")
    assert [(e.type, e.date) for e in got] == [("tariff", "2024-09")]


@pytest.mark.parametrize("text, fields", [
    # a dateline with the country; the firm after its trade
    ("PENANG, Malaysia, May 20 - Japanese chip-packaging firm Kanamori Electronics said on Tuesday it would invest $420 million "
     "in a test-and-assembly plant in Kulim, Malaysia.", {"actor": "Kanamori Electronics", "destination": ("Malaysia",)}),
    # a firm that says what it will do inside the sentence; a known firm's name ending a longer one is not that firm
    ("The announcement came a day after South Korea's Hanyul Micron said it would spend $1 billion over five years to double "
     "capacity at its memory-packaging plant in Bac Ninh, Vietnam.", {"actor": "Hanyul Micron", "destination": ("Vietnam",)}),
    # a timeline's item: its date, then the firm after where it is based
    ("- Jan. 14, 2025: Taiwan's Sunward Test Solutions opens a second test facility in Penang",
     {"actor": "Sunward Test Solutions", "date": "2025-01-14", "destination": ("Malaysia",)}),
    ("- Mar. 3, 2025: U.S.-based Veltrix scraps a planned $300 million packaging plant in Chengdu, China",
     {"actor": "Veltrix", "status": "revoked"}),
    # a bulleted item's label; a plant by other names and lines added at a plant
    ("- Vietnam: Brightwell will invest $110 million to build a 600,000-square-foot manufacturing and assembly campus in Binh Duong Province.",
     {"actor": "Brightwell", "destination": ("Vietnam",)}),
    ("Brightwell will invest $30 million to add die-cast vehicle lines at its existing plant in Monterrey, Nuevo Leon.",
     {"actor": "Brightwell", "destination": ("Mexico",)}),
    ("In Nigeria, Chinese-owned Hengyuan Lithium commissioned a $250 million concentrate plant in Nasarawa State in January.",
     {"actor": "Hengyuan Lithium", "destination": ("Nigeria",)}),
])
def test_english_relocation_firms_no_list_knows(text, fields):
    doc = Document(doc_id="t", path="t.txt", title="t", pages=(Page(1, text),), date="2025-05-20")
    evs = [e for e in extract_events(doc, []) if e.type == "relocation"]
    assert len(evs) == 1, evs
    assert {k: getattr(evs[0], k) for k in fields} == fields


def test_english_firm_deal_to_invest_is_no_trade_agreement():
    text = ("Brightwell Toys, Inc. (NYSE: BRTW), a maker of toys, today announced new investments.\n\n"
            "- India: The company has signed an agreement to invest $45 million in a plush and construction-toy facility in Hosur, Tamil Nadu.")
    doc = Document(doc_id="t", path="t.txt", title="t", pages=(Page(1, text),), date="2025-05-06")
    evs = extract_events(doc, [])
    assert [(e.type, e.actor, e.destination) for e in evs] == [("relocation", "Brightwell Toys", ("India",))]


def test_english_two_states_acting_together_and_what_is_no_sanction():
    text = ("The United States and Britain on Wednesday both imposed sanctions on Kyrgyzstan's Tian Shan Commercial Bank. "
            "The U.S. Treasury said the bank had processed more than $600 million in transactions on behalf of sanctioned Russian banks. "
            "Analysts said secondary sanctions on a large Chinese state bank remained unlikely.")
    doc = Document(doc_id="t", path="t.txt", title="t", pages=(Page(1, text),), date="2025-01-16")
    evs = extract_events(doc, [])
    assert [(e.type, e.actor, e.target) for e in evs] == [
        ("sanction", "United States", ("Kyrgyzstan", "Tian Shan Commercial Bank")),
        ("sanction", "United Kingdom", ("Kyrgyzstan", "Tian Shan Commercial Bank"))]


@pytest.mark.parametrize("text, fields", [
    ("Britain will keep its safeguard quotas and 25% over-quota tariff on 15 categories of steel products for a further two years.",
     {"type": "tariff", "actor": "United Kingdom", "rate_pct": 25.0}),
    ("- 25 July 2025 - Commerce raises the anti-dumping rate on Canadian softwood lumber to 20.56% in the sixth review.",
     {"type": "tariff", "date": "2025-07-25", "rate_pct": 20.56, "target": ("Canada",)}),
    ("- 13 August 2024 - The U.S. Commerce Department completes its fifth administrative review of softwood lumber from Canada, "
     "setting a combined AD/CVD rate of 14.40%.", {"type": "tariff", "date": "2024-08-13", "rate_pct": 14.4}),
])
def test_english_duties_kept_and_review_rates(text, fields):
    doc = Document(doc_id="t", path="t.txt", title="t", pages=(Page(1, text),), date="2025-10-20")
    evs = extract_events(doc, [])
    assert len(evs) == 1, evs
    assert {k: getattr(evs[0], k) for k in fields} == fields



@pytest.mark.parametrize("text, type_", [
    ("Russia then sharply raised its vehicle recycling fee on imports from October 2024.", "tariff"),
    ("Sri Lanka lifted a ban on vehicle imports with effect from Feb. 1, 2025.", "other"),
    ("June 1, 2022: India moved sugar exports from the \"free\" to the \"restricted\" category.", "export_control"),
    ("October 18, 2023: India extended the restrictions on sugar exports beyond October 31, 2023.", "export_control"),
    ("On Sunday, Russia detained the Greek-operated tanker Green Admire after it left the Estonian port of Sillamae.", "other"),
    ("Corbelt will invest $140 million in a 420,000-square-foot plant in the Tanger Med industrial zone near Tangier.", "relocation"),
    ("Aug. 2024: Burkina Faso ordered that all artisanal gold exports be channelled through state-owned SOPAMIB.", "export_control"),
    ("Dec. 2024: Mali suspended the issuance of new gold export authorisations for artisanal traders.", "export_control"),
    ("On December 11, 2025, the Business and Trade Secretary cleared the acquisition of Welsh wafer maker Caerlan Semiconductor.", "investment_restriction"),
    ("Switzerland-based Lindmatt Textile Systems opened a ring-spinning frame assembly plant in Coimbatore, Tamil Nadu, in October 2025.", "relocation"),
    ("On March 17, 2025, Kaltenberg said it will spend US$65 million to expand its facility in Monterrey, Nuevo León.", "relocation"),
])
def test_english_fees_bans_clearances_and_plants(text, type_):
    doc = Document(doc_id="t", path="t.txt", title="t", pages=(Page(1, text),), date="2025-12-20")
    assert [e.type for e in extract_events(doc, [])] == [type_]



def test_english_a_duty_let_lapse_is_revoked():
    doc = Document(doc_id="t", path="t.txt", title="t", pages=(Page(1, "The EU let its 9.5% anti-dumping duty on U.S. bioethanol lapse in February 2019."),), date="2025-01-20")
    assert [(e.type, e.status, e.rate_pct) for e in extract_events(doc, [])] == [("tariff", "revoked", 9.5)]



def test_english_a_firm_named_with_an_ampersand_and_its_plant_closing():
    text = ("NASHVILLE, Tenn., Oct. 14, 2025 -- Carrow & Finch Musical Instruments, Inc. (NASDAQ: CRFN) today announced a plan.\n\n"
            "- China: The company's Tianjin facility, which employs about 1,400 people, will wind down production and close by the end of 2026.")
    doc = Document(doc_id="t", path="t.txt", title="t", pages=(Page(1, text),), date="2025-10-14")
    assert [(e.type, e.actor) for e in extract_events(doc, [])] == [("relocation", "Carrow & Finch Musical Instruments")]
