"""Reference language means of an embedder's passage vectors, for stores too small to average a language.

The search index centres every passage and query vector by its language's mean (nlp.ann.centre_rows). A store
with fewer than MIN_LANGUAGE_ROWS passages of a language takes that language's mean from
models/centring/<model>.npz, which this script writes from a store holding enough of both:

    POLICYLENS_SHARED=../shared python bench/language_means.py            # the dev store of eval_search.py
    python bench/language_means.py --store PATH --embedder e5
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def main() -> None:
    import eval_search as ev
    from nlp.ann import MIN_LANGUAGE_ROWS, REFERENCE_MEANS, _slug, language_means
    from nlp.search import FusionParams, Searcher

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", default=str(ev.OUT / "search_dev"))
    ap.add_argument("--embedder", default="e5")
    args = ap.parse_args()
    store = ev.build_store(Path(args.store), embed=True)
    s = Searcher(store, embedder_name=args.embedder, params=FusionParams(language_centring=0.0))  # raw vectors
    if s.dense is None:
        sys.exit(f"{args.store}: no vectors of {args.embedder} - run `policylens embed` first")
    mat = np.asarray(s.dense.matrix, dtype=np.float32)
    chinese = s.bm25.cjk[s._dense_pos]
    counts = [int((chinese == flag).sum()) for flag in (False, True)]
    if min(counts) < MIN_LANGUAGE_ROWS:
        sys.exit(f"{args.store}: {counts[0]} other and {counts[1]} Chinese passages; both need {MIN_LANGUAGE_ROWS}")
    means = language_means(mat, chinese)
    model = s._model_name()
    out = REFERENCE_MEANS / f"{_slug(model)}.npz"
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez(out, means=means, counts=np.array(counts), documents=np.array(len(store.documents())))
    print(f"{out}: means of {counts[0]} other-language and {counts[1]} Chinese passages of {model} "
          f"(norms {np.linalg.norm(means[0]):.3f} / {np.linalg.norm(means[1]):.3f}, cosine between them "
          f"{float(means[0] @ means[1] / np.linalg.norm(means[0]) / np.linalg.norm(means[1])):.3f})")


if __name__ == "__main__":
    main()
