"""Theme tagging quality on the hand-labelled dev set tests/gold/tags.jsonl.

Prints micro-/macro-F1 and per-theme F1 for zero-shot (calibration cross-validated on the dev split, 5 fixed
folds), supervised (same folds) and lexical-only, then the same models fitted on the whole dev split and scored
on the held-out split, which nothing is tuned on.

    python bench/eval_tag.py [--embedder e5] [--fit]

--fit writes the artefacts the tagger ships with, fitted on the dev split only: models/zeroshot/<embedder>.json,
models/zeroshot/lexical.json and (unless --no-supervised) models/tagger/.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nlp.embed import load_embedder  # noqa: E402
from nlp.tag import ThemeTagger, f1_scores, label_matrix, split_for_tagging, train_tagger  # noqa: E402
from nlp.tagfeatures import FEATURES, LEXICAL, Calibration, top_k_mean, zero_shot_features  # noqa: E402
from nlp.tagmodel import SupervisedThemeModel  # noqa: E402
from nlp.taxonomy import Taxonomy  # noqa: E402

GOLD = ROOT / "tests" / "gold" / "tags.jsonl"


class Prepared:
    """Gold items with their chunks, chunk vectors and item-level calibration features."""

    def __init__(self, items, tagger: ThemeTagger):
        self.items = items
        self.texts = [it["text"] for it in items]
        self.chunks, self.owner = [], []
        for n, t in enumerate(self.texts):
            for c in split_for_tagging(t):
                self.chunks.append(c)
                self.owner.append(n)
        self.owner = np.asarray(self.owner)
        self.vectors = _cached_vectors(tagger, self.chunks)
        cues = tagger.cues_.counts(self.texts)
        lengths = np.array([len(t) for t in self.texts], dtype=np.float32)
        sims = None
        if self.vectors is not None:
            chunk_sims = tagger.similarities(self.vectors)
            sims = np.stack([chunk_sims[self.owner == n].max(axis=0) for n in range(len(items))])
        self.feats = zero_shot_features(sims, cues, lengths)
        self.lex_feats = zero_shot_features(None, cues, lengths)

    def subset_chunks(self, idx):
        sel = np.isin(self.owner, idx)
        vec = None if self.vectors is None else self.vectors[sel]
        return [c for c, s in zip(self.chunks, sel) if s], vec, self.owner[sel]


def predict(tagger: ThemeTagger, prep: Prepared, idx: np.ndarray) -> np.ndarray:
    """Item scores (len(idx), T) through the tagger's real passage scoring and aggregation."""
    chunks, vec, owner = prep.subset_chunks(idx)
    probs = tagger.passage_proba(chunks, vec)
    return np.stack([top_k_mean(probs[owner == n]) for n in idx])


def fit_calibrations(prep: Prepared, y: np.ndarray, idx: np.ndarray, embedder_name: str | None):
    full = None
    if prep.vectors is not None:
        full = Calibration.fit(prep.feats[idx], y[idx], features=FEATURES, meta={"embedder": embedder_name})
    lex = Calibration.fit(prep.lex_feats[idx], y[idx], features=LEXICAL, meta={"embedder": "lexical"})
    return full, lex


def folds_of(n: int, k: int = 5):
    from sklearn.model_selection import KFold

    return list(KFold(k, shuffle=True, random_state=0).split(np.arange(n)))


def report(name: str, scores: dict, file=sys.stdout) -> None:
    print(f"  {name:<26} micro-F1 {scores['micro_f1']:.3f}  macro-F1 {scores['macro_f1']:.3f}", file=file)


def per_theme_table(rows: dict[str, dict], ids: list[str]) -> None:
    names = list(rows)
    print("  " + f"{'theme':<24}{'n':>4}" + "".join(f"{n[:14]:>16}" for n in names))
    support = next(iter(rows.values()))["support"]
    for t in ids:
        print("  " + f"{t:<24}{support[t]:>4}" + "".join(f"{rows[n]['per_theme'][t]:>16.3f}" for n in names))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--embedder", default="e5")
    ap.add_argument("--gold", default=str(GOLD))
    ap.add_argument("--fit", action="store_true", help="write models/zeroshot/*.json and models/tagger/ (dev split only)")
    ap.add_argument("--no-supervised", action="store_true")
    args = ap.parse_args()

    t0 = time.time()
    taxonomy = Taxonomy.load(None)
    ids = taxonomy.ids
    thr = np.array([taxonomy.threshold_of(t) for t in ids])
    items = [json.loads(line) for line in open(args.gold, encoding="utf-8") if line.strip()]
    embedder = load_embedder(args.embedder)
    tagger = ThemeTagger(taxonomy, embedder=embedder)
    prep = Prepared(items, tagger)
    y = label_matrix(items, ids)
    dev = np.array([i for i, it in enumerate(items) if it.get("split") != "heldout"])
    held = np.array([i for i, it in enumerate(items) if it.get("split") == "heldout"])
    print(f"gold: {len(items)} items ({len(dev)} dev, {len(held)} held-out), {int(y.sum())} labels, "
          f"{int((~y.any(axis=1)).sum())} with no theme; embedder {embedder.name}; {len(prep.chunks)} passages")

    # -- dev split, 5 fixed folds -----------------------------------------------------------------
    zs_oof = np.zeros((len(items), len(ids)))
    lex_oof = np.zeros_like(zs_oof)
    sup_oof = np.zeros_like(zs_oof)
    for tr, te in folds_of(len(dev)):
        tr_i, te_i = dev[tr], dev[te]
        full, lex = fit_calibrations(prep, y, tr_i, embedder.name)
        t = ThemeTagger(taxonomy, embedder=embedder, calibration=full, lexical_calibration=lex)
        t._protos = tagger._protos
        zs_oof[te_i] = predict(t, prep, te_i)
        lexical = ThemeTagger(taxonomy, embedder=None, lexical_calibration=lex)
        lex_oof[te_i] = _lex_predict(lexical, prep, te_i)
        if not args.no_supervised:
            texts = [prep.texts[i] for i in tr_i]
            vec_items = _item_vectors(prep, tr_i)
            t.supervised = SupervisedThemeModel(embedder_name=embedder.name).fit(
                texts, [items[i]["themes"] for i in tr_i], vectors=vec_items)
            sup_oof[te_i] = predict(t, prep, te_i)
    print("\ndev split, 5-fold cross-validation (calibration and model fitted on the other folds):")
    rows = {"zero-shot": f1_scores(y[dev], zs_oof[dev] >= thr, ids), "lexical-only": f1_scores(y[dev], lex_oof[dev] >= thr, ids)}
    if not args.no_supervised:
        rows["supervised+zero-shot"] = f1_scores(y[dev], sup_oof[dev] >= thr, ids)
    for k, v in rows.items():
        report(k, v)
    per_theme_table(rows, ids)

    # -- held-out split ---------------------------------------------------------------------------
    full, lex = fit_calibrations(prep, y, dev, embedder.name)
    final = ThemeTagger(taxonomy, embedder=embedder, calibration=full, lexical_calibration=lex)
    final._protos = tagger._protos
    held_rows = {"zero-shot": f1_scores(y[held], predict(final, prep, held) >= thr, ids),
                 "lexical-only": f1_scores(y[held], _lex_predict(ThemeTagger(taxonomy, lexical_calibration=lex), prep, held) >= thr, ids)}
    if not args.no_supervised:
        final.supervised = SupervisedThemeModel(embedder_name=embedder.name).fit(
            [prep.texts[i] for i in dev], [items[i]["themes"] for i in dev], vectors=_item_vectors(prep, dev))
        held_rows["supervised+zero-shot"] = f1_scores(y[held], predict(final, prep, held) >= thr, ids)
    print("\nheld-out split (fitted on the whole dev split; never tuned on):")
    for k, v in held_rows.items():
        report(k, v)
    per_theme_table(held_rows, ids)

    if args.fit:
        mdir = ROOT / "models"
        (mdir / "zeroshot").mkdir(parents=True, exist_ok=True)
        meta = {"fitted_on": f"{Path(args.gold).name} dev split ({len(dev)} items)",
                "dev_cv_micro_f1": rows["zero-shot"]["micro_f1"], "heldout_micro_f1": held_rows["zero-shot"]["micro_f1"]}
        full.meta.update(meta)
        full.to_json(mdir / "zeroshot" / f"{embedder.name}.json")
        lex.meta.update({**meta, "dev_cv_micro_f1": rows["lexical-only"]["micro_f1"],
                         "heldout_micro_f1": held_rows["lexical-only"]["micro_f1"]})
        lex.to_json(mdir / "zeroshot" / "lexical.json")
        print(f"\nwrote {mdir / 'zeroshot' / (embedder.name + '.json')} and lexical.json", file=sys.stderr)
        if not args.no_supervised:
            with tempfile.TemporaryDirectory() as tmp:
                dev_file = Path(tmp) / "tags.dev.jsonl"
                dev_file.write_text("".join(json.dumps(items[i], ensure_ascii=False) + "\n" for i in dev), encoding="utf-8")
                summary = train_tagger(str(dev_file), out_dir=str(mdir / "tagger"), embedder_name=args.embedder)
            man = json.loads((mdir / "tagger" / "manifest.json").read_text())
            man["data"] = f"tests/gold/tags.jsonl (dev split, {len(dev)} items)"
            man["heldout"] = {k: held_rows["supervised+zero-shot"][k] for k in ("micro_f1", "macro_f1")}
            (mdir / "tagger" / "manifest.json").write_text(json.dumps(man, indent=2, ensure_ascii=False) + "\n")
            print(f"wrote {summary['out_dir']}", file=sys.stderr)
    print(f"\n({time.time() - t0:.0f} s)", file=sys.stderr)
    return 0


def _cached_vectors(tagger: ThemeTagger, chunks: list[str]) -> np.ndarray | None:
    """Chunk vectors, cached in the temp folder by embedder and content (re-runs skip the slow part)."""
    import hashlib

    if tagger.embedder is None:
        return None
    key = hashlib.sha1((tagger.embedder.name + tagger.centring_key + "\x00" + "\x00".join(chunks)).encode()).hexdigest()[:16]
    path = Path(tempfile.gettempdir()) / f"policylens-eval-tag-{key}.npy"
    if path.exists():
        return np.load(path)
    vec = tagger.embed(chunks)
    np.save(path, vec)
    return vec


def _item_vectors(prep: Prepared, idx: np.ndarray) -> np.ndarray | None:
    """One vector per item for the supervised model: the normalised mean of its passage vectors."""
    if prep.vectors is None:
        return None
    v = np.stack([prep.vectors[prep.owner == n].mean(axis=0) for n in idx])
    return v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12)


def _lex_predict(tagger: ThemeTagger, prep: Prepared, idx: np.ndarray) -> np.ndarray:
    chunks, _, owner = prep.subset_chunks(idx)
    probs = tagger.passage_proba(chunks, None)
    return np.stack([top_k_mean(probs[owner == n]) for n in idx])


if __name__ == "__main__":
    sys.exit(main())
