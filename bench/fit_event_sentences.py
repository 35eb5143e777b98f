"""Fit the sentence model of nlp/events/learned.py on the annotated blind sets and write models/event_sentences/.

Every sentence of the blind sets' documents (tests/gold/events_para/*) is labelled with the types of the gold
events whose evidence it overlaps, and marked when the rules (extract_events without the model) already find an
event in it. ``detector`` is fitted on the sentences the rules find nothing in (does the sentence state an event?),
``typer`` on every annotated sentence (its type). The sets named by --exclude (the untuned sets of
tests/test_events_eval.py) are never read, so their figures stay a measure of unseen documents. The threshold is
the lowest whose grouped cross-validated precision (folds by set; a flagged sentence counts when its predicted
type is one annotated there) reaches --precision.

Usage: python bench/fit_event_sentences.py [--exclude blind95,blind96] [--precision 0.55] [--folds 5]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nlp.events import extract_events, model_skips  # noqa: E402
from nlp.events.learned import MODEL_DIR, candidates  # noqa: E402
from nlp.events.sentences import split_sentences  # noqa: E402
from nlp.read import read_document  # noqa: E402
from nlp.tagmodel import SupervisedThemeModel  # noqa: E402

GOLD = ROOT / "tests" / "gold"
THRESHOLDS = (0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9)
PARAMS = {"C": 4.0, "max_features": 100000, "embedding_weight": 0}


def sentences(exclude: set[str]) -> list[dict]:
    """One row per candidate-or-gold sentence: set, text, gold types, whether a rule event touches it."""
    rows = []
    for gf in sorted(GOLD.glob("events_para_*.jsonl")):
        name = gf.name[len("events_para_"):-len(".jsonl")]
        if name in exclude:
            continue
        gold = [json.loads(line) for line in gf.read_text(encoding="utf-8").splitlines() if line.strip()]
        for path in sorted((GOLD / "events_para" / name).glob("*.txt")):
            doc = read_document(path)
            ruled = extract_events(doc, [], learned=False)
            mine = [g for g in gold if g["doc"].endswith(f"/{name}/{path.name}")]
            free = {(p, s, e) for p, s, e, _ in candidates(doc, ruled, model_skips(doc))}
            for page in doc.pages:
                spans = [(i, i + len(ev), g["type"]) for g in mine for ev in (g["evidence"], *g.get("alt_evidence", []))
                         if (i := page.text.find(ev)) >= 0]
                for s, e in split_sentences(page.text):
                    types = sorted({t for a, b, t in spans if a < e and s < b})
                    rows.append({"set": name, "text": page.text[s:e], "gold": types, "free": (page.number, s, e) in free})
    return rows


def fit(rows: list[dict]) -> tuple[SupervisedThemeModel, SupervisedThemeModel]:
    pool = [r for r in rows if r["free"]]
    detector = SupervisedThemeModel(**PARAMS).fit([r["text"] for r in pool], [["event"] if r["gold"] else [] for r in pool])
    typed = [r for r in rows if r["gold"]]
    typer = SupervisedThemeModel(**PARAMS, class_weight=None).fit([r["text"] for r in typed], [r["gold"] for r in typed])
    return detector, typer


def cross_validate(rows: list[dict], folds: int) -> dict[float, tuple[int, int, int]]:
    """threshold -> (flagged, typed right, gold sentences left to the model), summed over folds grouped by set."""
    sets = sorted({r["set"] for r in rows})
    out = {t: [0, 0, 0] for t in THRESHOLDS}
    for k in range(folds):
        held = {s for i, s in enumerate(sets) if i % folds == k}
        detector, typer = fit([r for r in rows if r["set"] not in held])
        test = [r for r in rows if r["set"] in held and r["free"]]
        p = detector.predict_proba([r["text"] for r in test])[:, 0]
        kinds = typer.predict_proba([r["text"] for r in test]).argmax(1)
        for t in THRESHOLDS:
            sel = [i for i in range(len(test)) if p[i] >= t]
            out[t][0] += len(sel)
            out[t][1] += sum(typer.classes_[kinds[i]] in test[i]["gold"] for i in sel)
            out[t][2] += sum(bool(r["gold"]) for r in test)
    return {t: tuple(v) for t, v in out.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--exclude", default="blind95,blind96", help="sets never read (the untuned ones)")
    ap.add_argument("--precision", type=float, default=0.55, help="cross-validated precision the threshold must reach")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--out", default=str(MODEL_DIR))
    args = ap.parse_args()
    os.environ.setdefault("POLICYLENS_SHARED", str(ROOT.parent / "shared"))
    exclude = {s for s in args.exclude.split(",") if s}
    rows = sentences(exclude)
    cv = cross_validate(rows, args.folds)
    print(f"{len(rows)} sentences of {len({r['set'] for r in rows})} sets; {sum(r['free'] for r in rows)} with no rule event, "
          f"{sum(bool(r['gold']) and r['free'] for r in rows)} of them annotated")
    print("threshold  flagged  typed right  precision  recall of the annotated sentences the rules miss")
    for t, (flagged, right, gold) in cv.items():
        print(f"{t:9.2f}  {flagged:7d}  {right:11d}  {right / max(1, flagged):9.3f}  {right / max(1, gold):.3f}")
    threshold = next((t for t in THRESHOLDS if cv[t][1] / max(1, cv[t][0]) >= args.precision), THRESHOLDS[-1])
    detector, typer = fit(rows)
    out = Path(args.out)
    detector.save(out / "detector")
    typer.save(out / "typer")
    data = "".join(sorted(p.read_text(encoding="utf-8") for p in GOLD.glob("events_para_*.jsonl") if p.name[12:-6] not in exclude))
    manifest = {
        "what": "policylens event sentence model: detector (does a sentence the rules read no event in state one?) and typer "
                "(its type), one-vs-rest logistic regression over char 1-3-grams of script-folded text",
        "fitted_on": sorted({r["set"] for r in rows}), "excluded": sorted(exclude), "sentences": len(rows),
        "gold_sha256": hashlib.sha256(data.encode("utf-8")).hexdigest()[:16],
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "threshold": threshold, "cv_precision_target": args.precision,
        "cv": {str(t): {"flagged": f, "typed_right": r, "annotated_left": g} for t, (f, r, g) in cv.items()},
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"threshold {threshold} (cross-validated precision >= {args.precision}); written to {out}")


if __name__ == "__main__":
    main()
