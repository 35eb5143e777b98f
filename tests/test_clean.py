"""Cleaning primitives: CJK joins, stray spaces, page numbers, captions, headings, flattened rows."""
from __future__ import annotations

import pytest

from nlp.clean import (
    flag_garbled,
    is_heading,
    is_page_number,
    is_table_caption,
    join_fragments,
    split_cells,
    split_header,
    squeeze_spaces,
)


@pytest.mark.parametrize(
    "parts, joined",
    [
        (["美中貿易戰、科技衝突看似由美國對中國大陸的巨額貿易逆", "差所引起"], "美中貿易戰、科技衝突看似由美國對中國大陸的巨額貿易逆差所引起"),
        (["例如，", "Android 作業系統"], "例如，Android 作業系統"),
        (["the Section 301", "tariffs were raised"], "the Section 301 tariffs were raised"),
        (["https://www.example.com/a-", "b/c"], "https://www.example.com/a-b/c"),
        (["IC 設計工具，乃至於 IC", "設計所需的矽智財"], "IC 設計工具，乃至於 IC設計所需的矽智財"),
    ],
)
def test_clean_join_fragments(parts, joined):
    assert join_fragments(parts) == joined


@pytest.mark.parametrize(
    "text, clean",
    [
        ("美 國 商 務 部", "美國商務部"),
        ("在 2020 年 1 月", "在 2020 年 1 月"),
        ("export  controls   on  chips", "export controls on chips"),
        ("華為（Huawei） 與 中興", "華為（Huawei）與中興"),
        ("說     明：", "說明："),
    ],
)
def test_clean_squeeze_spaces(text, clean):
    assert squeeze_spaces(text) == clean


@pytest.mark.parametrize("line", ["12", " 45 ", "- 7 -", "第 3 頁", "Page 4 of 10", "iv", "3 / 20"])
def test_clean_page_number_yes(line):
    assert is_page_number(line)


@pytest.mark.parametrize("line", ["2018/7/6", "第 1 輪", "340 818", "12 月", "表 2-1-1"])
def test_clean_page_number_no(line):
    assert not is_page_number(line)


def test_clean_caption_and_heading():
    assert is_table_caption("表 2-1-1  美國對中國大陸的貿易制裁（2018 年 7 月 6 日至 2019")
    assert is_table_caption("Table 3. Tariff rounds")
    assert not is_table_caption("表 1 歸納我們所分析的美中貿易戰對全球價值鏈的影響，而且由於臺商深受影響。")
    assert not is_table_caption("圖 2-1 全球價值鏈")
    for h in ("第二章 美中貿易戰", "第一節 前言", "一、計畫緣起", "（二）出口管制", "2.1 Export Controls", "Chapter 3 Tariffs",
              "B. Determination on Appropriate Action", "SUPPLEMENTARY INFORMATION:", "ANNEX B"):
        assert is_heading(h), h
    for p in ("美中科技戰相當具有針對性，主要針對新興科技、特定企業。", "2018 年 7 月 6 日，美國對中國大陸加徵關稅。",
              "U.S. firms need a license.", "USTR held a hearing."):
        assert not is_heading(p), p


@pytest.mark.parametrize(
    "row, cells",
    [
        ("第 1 輪  2018/7/6 340 818 25 已實施", ["第 1 輪", "2018/7/6", "340", "818", "25", "已實施"]),
        ("前 3 輪  NIL 2,500 6,843 30 計畫中", ["前 3 輪", "NIL", "2,500", "6,843", "30", "計畫中"]),
        ("336411 飛機製造", ["336411", "飛機製造"]),
    ],
)
def test_clean_split_cells(row, cells):
    assert split_cells(row) == cells


def test_clean_split_header():
    rows = [["項目類別", "日期", "金額"], ["(億美元)", "", ""], ["第 1 輪", "2018/7/6", "340"], ["第 2 輪", "2018/8/23", "160"]]
    header, data = split_header(rows)
    assert header == rows[:2] and data == rows[2:]


def test_clean_flag_garbled():
    assert flag_garbled("(cid:12)(cid:45)(cid:77) abc")
    assert flag_garbled("\ue001\ue002\ue003\ue004 ab")
    assert flag_garbled("\ufffd\ufffd\ufffd x")
    assert not flag_garbled("美中貿易戰與科技戰對全球價值鏈之影響")
