"""Relevance judging for the search dev set (tests/gold/queries.jsonl): pool, then merge the grades.

Pooling (TREC style): the top ``--depth`` passages of BM25-only, dense-only and hybrid for every query,
less what is judged already, are written as judging batches (shuffled within a query, no ranker or rank
shown). Judges grade each (query, passage) 0/1/2 by reading it, following tests/gold/queries_rubric.md,
into one ``grades*.jsonl`` per batch. ``merge`` writes the grades into the gold file as
``{"file", "match", "grade"}`` entries, ``match`` being a substring that only that passage of the file holds,
so the judgments survive a rebuilt store. ``--judged-only`` pools the passages the gold already grades
positive but which were never re-judged (used once to re-judge the first gold on current passages).

    python bench/judge_search.py pool [--depth 20] [--batches 8] [--out bench/out/judge] [--split unseen]
    python bench/judge_search.py merge [--out bench/out/judge]
    python bench/judge_search.py holes [--variants V.jsonl]   # unjudged passages in each ranker's top 10
    python bench/judge_search.py agree tests/gold/queries_review2.jsonl   # a second judge against the gold
"""
from __future__ import annotations

import argparse
import glob
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import eval_search as ev  # noqa: E402

GOLD = ev.GOLD


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def unique_match(text: str, others: list[str]) -> str:
    """The shortest early substring of ``text`` (whitespace removed) that exactly one of ``others`` holds, else
    (the judged passage was since cut differently) its first 40 characters."""
    t = _flat(text)
    for size in (12, 16, 24, 32, 48, 64, 96, 160):
        if size > len(t):
            break
        for start in range(0, len(t) - size + 1, max(1, size // 2)):
            cand = t[start : start + size]
            if sum(cand in o for o in others) == 1:
                return cand
    return t if any(t in o for o in others) or len(t) <= 40 else t[:40]


def rankers(store, variants: list[dict] = ()):
    """BM25-only, dense-only and hybrid with the default knobs, then a hybrid per variant (FusionParams keywords)."""
    from nlp.search import FusionParams, Searcher

    out = {mode: ev.ranker(store, mode) for mode in ("bm25", "dense", "hybrid")}
    for i, kw in enumerate(variants):
        out[f"variant{i} {json.dumps(kw)}"] = Searcher(store, embedder_name="e5", params=FusionParams(**kw))
    return out


def cmd_pool(store, gold: list[dict], depth: int, n_batches: int, out: Path, judged_only: bool,
             variants: list[dict] = ()) -> None:
    passages = {p.passage_id: p for p in store.passages()}
    names = {d["doc_id"]: Path(d["path"]).name for d in store.documents()}
    tasks: dict[str, list[dict]] = {}
    rng = random.Random(7)
    systems = rankers(store, variants) if not judged_only else {}
    for q in gold:
        if judged_only:
            ids = [pid for pid in q["rel"] if pid not in q["judged_ids"]]
        else:
            ids = [h.passage_id for s in systems.values() for h in s.search(q["query"], k=depth)]
            ids = [pid for pid in dict.fromkeys(ids) if pid not in q["judged_ids"]]
        rng.shuffle(ids)
        tasks[q["id"]] = [{"qid": q["id"], "query": q["query"], "pid": pid, "file": names[passages[pid].doc_id],
                           "text": re.sub(r"[ \t]*\n[ \t]*", " ", passages[pid].text).strip()} for pid in ids]
    out.mkdir(parents=True, exist_ok=True)
    bins: list[list[list[dict]]] = [[] for _ in range(n_batches)]
    for ts in sorted((t for t in tasks.values() if t), key=len, reverse=True):
        min(bins, key=lambda b: sum(map(len, b))).append(ts)
    stamp = len(glob.glob(str(out / "batch*.jsonl")))
    for i, b in enumerate(bins):
        if not b:
            continue
        with open(out / f"batch{stamp}_{i}.jsonl", "w", encoding="utf-8") as f:
            for ts in sorted(b, key=lambda ts: ts[0]["qid"]):
                f.writelines(json.dumps(t, ensure_ascii=False) + "\n" for t in ts)
    print(f"{sum(map(len, tasks.values()))} passages to judge in {sum(1 for b in bins if b)} batches under {out}")


def _round(path: str) -> int:
    """Judging round of a batch or grades file: batch_3 -> 0, batch2_3 -> 2, batch16_0 -> 16 (later rounds win)."""
    stem = Path(path).stem.split("_")[0]
    digits = "".join(c for c in stem if c.isdigit())
    return int(digits) if digits else 0


def cmd_merge(store, out: Path) -> None:
    """Add the grades of every batch under ``out`` to each query's ``judged`` list (idempotent).

    The gold's own entries are kept: the raw batches of earlier rounds are not committed, so the gold file is
    the record of them. The text each new grade was given for comes from its batch file, so grades from a store
    segmented differently still land on the current passage that holds their text; a later round's grade of the
    same passage wins when the gold is read.
    """
    by_file = {f: [t for _, t in ps] for f, ps in ev.passages_by_file(store).items()}
    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    judged: dict[str, dict[tuple[str, str], dict]] = {
        q["id"]: {(j["file"], j["match"]): j for j in q.get("judged", ())} for q in gold
    }
    texts: dict[tuple[int, str, str], tuple[str, str]] = {}
    for f in glob.glob(str(out / "batch*.jsonl")):
        for line in Path(f).read_text(encoding="utf-8").splitlines():
            t = json.loads(line)
            texts[(_round(f), t["qid"], t["pid"])] = (t["file"], t["text"])
    added = 0
    for f in sorted(glob.glob(str(out / "grades*.jsonl")), key=_round):
        for line in Path(f).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            file, text = texts[(_round(f), r["qid"], r["pid"])]
            m = unique_match(text, by_file.get(file, []))
            judged.setdefault(r["qid"], {})[(file, m)] = {"file": file, "match": m, "grade": int(r["grade"]), "round": _round(f)}
            added += 1
    new = []
    for q in gold:
        q.pop("relevant", None)
        q["judged"] = sorted(judged.get(q["id"], {}).values(), key=lambda j: (j["round"], -j["grade"], j["file"], j["match"]))
        new.append(json.dumps(q, ensure_ascii=False))
    GOLD.write_text("\n".join(new) + "\n", encoding="utf-8")
    print(f"merged {added} grades from {out}; {sum(map(len, judged.values()))} judgments in {GOLD}")


def cmd_agree(store, gold: list[dict], files: list[str]) -> None:
    """Agreement of a second, independent judge's grades with the gold's: exact agreement, linearly weighted
    Cohen's kappa and the confusion matrix (rows: gold 0/1/2, columns: second judge). A review file holds
    ``{"qid", "file", "match", "grade"}`` lines (tests/gold/queries_review2.jsonl: 200 passages)."""
    by_file = ev.passages_by_file(store)
    by_q = {q["id"]: q for q in gold}
    pairs = []
    for f in files:
        for line in Path(f).read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                q = by_q[r["qid"]]
                for pid in ev._passages_holding(r["match"], by_file.get(r["file"], ()))[:1]:
                    if pid in q["judged_ids"]:
                        pairs.append((q["rel"].get(pid, 0), int(r["grade"])))
    n = len(pairs)
    conf = [[sum(1 for a, b in pairs if (a, b) == (i, j)) for j in range(3)] for i in range(3)]
    observed = sum(1 - abs(a - b) / 2 for a, b in pairs) / n
    rows = [sum(r) / n for r in conf]
    cols = [sum(conf[i][j] for i in range(3)) / n for j in range(3)]
    expected = sum(rows[i] * cols[j] * (1 - abs(i - j) / 2) for i in range(3) for j in range(3))
    print(f"{n} passages judged twice: exact agreement {sum(a == b for a, b in pairs) / n:.3f}, "
          f"weighted kappa {(observed - expected) / (1 - expected):.3f}, "
          f"relevant (1-2) vs not agreement {sum((a > 0) == (b > 0) for a, b in pairs) / n:.3f}")
    print("gold \\ second  0    1    2")
    for i in range(3):
        print(f"   {i}         " + " ".join(f"{c:4d}" for c in conf[i]))


def cmd_holes(store, gold: list[dict], variants: list[dict] = ()) -> None:
    for mode, s in rankers(store, variants).items():
        holes = [(q["id"], h.passage_id) for q in gold for h in s.search(q["query"], k=10) if h.passage_id not in q["judged_ids"]]
        print(f"{mode}: {len(holes)} unjudged passages in the top 10 of {len(gold)} queries")
        for qid, pid in holes[:20]:
            print(f"  {qid}  {pid}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("cmd", choices=("pool", "merge", "holes", "agree"))
    ap.add_argument("grades", nargs="*", help="agree: review files of a second judge")
    ap.add_argument("--store", default=str(ev.OUT / "search_dev"))
    ap.add_argument("--out", default=str(ev.OUT / "judge"))
    ap.add_argument("--depth", type=int, default=20)
    ap.add_argument("--batches", type=int, default=8)
    ap.add_argument("--judged-only", action="store_true")
    ap.add_argument("--variants", help="JSON lines of FusionParams keywords: their hybrid rankings are pooled too")
    ap.add_argument("--split", help="pool or check only the queries of this split (tune, heldout, unseen)")
    args = ap.parse_args()
    st = ev.build_store(Path(args.store))
    if args.cmd == "merge":
        cmd_merge(st, Path(args.out))
    else:
        g = [q for q in ev.load_gold(st) if not args.split or q["split"] == args.split]
        var = [json.loads(x) for x in Path(args.variants).read_text().splitlines() if x.strip()] if args.variants else []
        if args.cmd == "pool":
            cmd_pool(st, g, args.depth, args.batches, Path(args.out), args.judged_only, var)
        elif args.cmd == "agree":
            cmd_agree(st, g, args.grades)
        else:
            cmd_holes(st, g, var)
