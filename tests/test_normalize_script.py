"""Traditional/Simplified folding and the jieba domain dictionary."""
from __future__ import annotations

import pytest

from nlp.normalize.script import fold, fold_aligned, guess_chinese_script, to_simplified, to_traditional
from nlp.normalize.terms import domain_terms, load_tokenizer, tokenize


@pytest.mark.parametrize("trad, simp", [("實體清單", "实体清单"), ("美國貿易代表辦公室", "美国贸易代表办公室"),
                                        ("氟化聚醯亞胺", "氟化聚酰亚胺"), ("華為", "华为")])
def test_normalize_script_round_trip(trad, simp):
    assert to_simplified(to_traditional(simp)) == simp
    assert fold(trad) == fold(simp) == simp


@pytest.mark.parametrize("taiwan, mainland", [("記憶體", "内存"), ("晶片", "芯片"), ("網路安全", "网络安全")])
def test_normalize_fold_bridges_cross_strait_vocabulary(taiwan, mainland):
    assert fold(taiwan) == fold(mainland)


def test_normalize_to_traditional():
    assert to_traditional("美国贸易代表办公室") == "美國貿易代表辦公室"
    assert to_traditional("") == ""


def test_normalize_fold_widths_case_and_offsets():
    assert fold("ＵＳＴＲ 實體清單") == fold("ustr 实体清单") == "ustr 实体清单"
    text = "ＵＳＴＲ於２０１９年"
    assert len(fold_aligned(text)) == len(text)


def test_normalize_guess_chinese_script():
    assert guess_chinese_script("美國商務部將華為列入實體清單") == "zh-Hant"
    assert guess_chinese_script("美国商务部将华为列入实体清单") == "zh-Hans"


def test_normalize_domain_terms_kept_whole_by_jieba():
    text = "美國商務部將華為列入實體清單，並對氟化聚醯亞胺、光阻劑與氟化氫實施出口管制"
    words = tokenize(text)
    for term in ("實體清單", "氟化聚醯亞胺", "光阻劑", "氟化氫", "出口管制"):
        assert term in words
    assert "实体清单" in tokenize("美国将华为列入实体清单")
    assert load_tokenizer() is load_tokenizer()
    assert {"实体清单", "實體清單", "外国直接产品规则"} <= set(domain_terms())
    assert tokenize("") == [] and tokenize(None) == []
