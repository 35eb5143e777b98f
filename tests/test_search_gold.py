"""The search dev set (tests/gold/queries.jsonl) and the measures bench/eval_search.py reports."""
from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import eval_search  # noqa: E402
import judge_search  # noqa: E402

GOLD = [json.loads(line) for line in (ROOT / "tests" / "gold" / "queries.jsonl").read_text(encoding="utf-8").splitlines()]


def test_search_gold_has_both_languages_splits_and_graded_judgments():
    assert len(GOLD) >= 60 and len({q["id"] for q in GOLD}) == len(GOLD)
    langs = [q["lang"] for q in GOLD]
    assert abs(langs.count("en") - langs.count("zh")) <= 2
    assert {q["split"] for q in GOLD} == {"tune", "heldout", "unseen", "unseen2", "unseen3", "unseen4"}
    assert sum(q["split"] == "heldout" for q in GOLD) >= 12
    for split in ("unseen", "unseen2", "unseen3", "unseen4"):  # written blind, judged after a ranking freeze (four sessions)
        unseen = [q for q in GOLD if q["split"] == split]
        assert len(unseen) >= 20 and abs(sum(q["lang"] == "en" for q in unseen) * 2 - len(unseen)) <= 2
    for q in GOLD:
        grades = [j["grade"] for j in q["judged"]]
        assert grades and set(grades) <= {0, 1, 2}, q["id"]
        assert all(j["file"] and len(j["match"]) >= 8 for j in q["judged"]), q["id"]
    assert sum(any(j["grade"] == 2 for j in q["judged"]) for q in GOLD) >= 50  # most queries have an answer


def test_search_metrics_on_a_known_ranking():
    rel = {"a": 2, "b": 1, "c": 2}
    ndcg, recall, mrr = eval_search.metrics(["x", "a", "b", "y"], rel)
    dcg = 3 / math.log2(3) + 1 / math.log2(4)
    idcg = 3 + 3 / math.log2(3) + 1 / math.log2(4)
    assert ndcg == pytest.approx(dcg / idcg) and recall == 0.5 and mrr == 0.5
    assert eval_search.metrics(["a", "c", "b"], rel)[0] == pytest.approx(1.0)


def test_search_intervals_resample_queries_and_pair_the_rankers(capsys):
    gold = [{"id": f"q{i}", "split": "tune" if i < 10 else "heldout", "lang": "en" if i % 2 else "zh", "rel": {"p": 2}}
            for i in range(40)]
    per_query = {}
    for i, q in enumerate(gold):
        per_query[("hybrid", q["id"])] = 0.8 + 0.01 * (i % 3)
        per_query[("bm25", q["id"])] = 0.5
        per_query[("dense", q["id"])] = 0.9 if i % 4 == 0 else 0.7  # beats hybrid on half the Chinese queries
    eval_search.print_intervals(per_query, gold, samples=2000)
    lines = [line.split() for line in capsys.readouterr().out.splitlines()[1:]]
    assert [line[:2] for line in lines] == [["tune", "en"], ["tune", "zh"], ["not", "tuned"], ["not", "tuned"]]
    for line in lines:
        mean, lo, hi = float(line[-9]), float(line[-8].strip("[,")), float(line[-7].strip("]"))
        assert 0.8 <= lo <= mean <= hi <= 0.82
        chinese = line[1] == "zh" or line[2] == "zh"
        assert float(line[-4]) == 1.0 and (float(line[-1]) < 0.9 if chinese else float(line[-1]) == 1.0)


def test_search_judged_text_matched_to_the_one_passage_that_holds_it():
    others = ["美國商務部將華為列入實體清單，限制其取得美國技術。", "日本對韓國出口管制三項材料。", "美國商務部將中芯國際列入實體清單。"]
    m = judge_search.unique_match(others[0], others)
    assert sum(m in o for o in others) == 1 and m in others[0]
    # a passage since cut differently: its start still finds the passage that holds it
    assert judge_search.unique_match("日本對韓國出口管制三項材料。後續", others[1:]) in others[1]
    assert judge_search._round("batch2_3.jsonl") == 2 and judge_search._round("grades_5.jsonl") == 0


def test_search_gold_second_review_is_well_formed():
    review = [json.loads(line) for line in (ROOT / "tests" / "gold" / "queries_review2.jsonl").read_text(encoding="utf-8").splitlines()]
    ids = {q["id"] for q in GOLD}
    assert len(review) == 200 and all(r["qid"] in ids and r["grade"] in (0, 1, 2) and r["match"] for r in review)
    judged = {(q["id"], j["file"]) for q in GOLD for j in q["judged"]}
    assert all((r["qid"], r["file"]) in judged for r in review)  # a second look at judged passages only
