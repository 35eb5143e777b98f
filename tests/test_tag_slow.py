"""Theme tagging with the real multilingual e5 model on real corpus items (slow: loads the model)."""
from __future__ import annotations

import json

import numpy as np
import pytest

from conftest import CORPUS
from nlp.tag import load_tagger

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def tagger():
    return load_tagger(None, embedder_name="e5")


def _fr_summary(name_part: str) -> str:
    [path] = [p for p in (CORPUS / "fr_abstracts").glob("*.md") if name_part in p.name]
    text = path.read_text(encoding="utf-8")
    title = text.split('title: "', 1)[1].split('"', 1)[0]
    return title + "\n" + text.split("## Summary", 1)[1].split("## Sources", 1)[0].strip()


def test_tag_slow_model_is_calibrated_and_used(tagger):
    assert tagger.embedder is not None and tagger.embedder.name == "e5-small-q4"
    assert tagger.calibration.meta.get("embedder") == "e5-small-q4"


def test_tag_slow_text_vectors_centred_by_language_stored_ones_too(tagger, tmp_path):
    from nlp.ann import reference_means
    from nlp.lexical import is_cjk

    texts = ["美国商务部将华为列入实体清单。", "The US added Huawei to the Entity List."]
    raw = tagger.embedder.embed_passages(texts)
    got = tagger.embed(texts)
    means = reference_means("e5-small-q4")
    for t, r, g in zip(texts, raw, got):
        want = r - 0.5 * means[int(is_cjk(t))]
        assert np.allclose(g, want / np.linalg.norm(want), atol=1e-5)
    zero = tagger.centre(texts, np.zeros((2, raw.shape[1]), dtype=np.float32))
    assert not zero.any()  # a passage without a stored vector stays without one


def test_tag_slow_export_control_rule(tagger):
    res = tagger.tag(_fr_summary("implementation-of-additional-export-controls-certain-advance-52b9f1"))
    assert "export_controls" in res.assigned
    assert res.themes[0].id in ("export_controls", "semiconductors")


def test_tag_slow_entity_list_and_section_301(tagger):
    el, s301 = tagger.tag_many([("el", _fr_summary("2021-04-09-19-09-10-addition-of-entities")),
                                ("301", _fr_summary("2020-01-22-19-08-11-notice-of-modification-of-section-301"))])
    assert "export_controls" in el.assigned and "tariffs" not in el.assigned
    assert "tariffs" in s301.assigned and "export_controls" not in s301.assigned


def test_tag_slow_tnews_off_topic_items_get_nothing(tagger):
    rows = [json.loads(line) for line in (CORPUS / "cn_news_tnews" / "train_few_all.json").open(encoding="utf-8")]
    sports = [r for r in rows if r["label_desc"] in ("news_sports", "news_entertainment", "news_story")][:40]
    results = tagger.tag_many([(r["id"], r["sentence"]) for r in sports])
    tagged = [r for r in results if r.assigned]
    assert len(tagged) <= 2, [(r.id, r.assigned) for r in tagged]


def test_tag_slow_traditional_chinese_japan_korea(tagger):
    text = ("日本於 2019 年 7 月起對於出口至韓國之氟化氫、光阻劑、與氟化聚醯亞胺等三項產品實施出口管制措施、"
            "不再給予出口審查優惠，引發日韓兩國關係緊張。")
    assert "japan_korea" in tagger.tag(text).assigned


def test_tag_slow_english_news_tariffs(tagger):
    text = ("China plans additional tariffs on 50-bln-dollar U.S. products. The Customs Tariff Commission of the "
            "State Council has decided to impose additional tariffs of 25 percent on 106 items of products.")
    res = tagger.tag(text)
    assert res.themes[0].id == "tariffs" and res.themes[0].assigned
