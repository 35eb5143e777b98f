"""Theme tagging against an analyst-owned taxonomy: zero-shot from the start, supervised when labels exist.

Zero-shot: each passage is compared with every theme's prototypes (name + description + keywords as a query,
its cue list as a query, each example as a passage) through the embedder, lexical cues are counted on script-folded text, and one global
logistic calibration (models/zeroshot/<embedder>.json, fitted on the dev set) turns those features into a
probability. A long text is split into passages and a theme's document score is the mean of its top
floor(sqrt(n)) passage scores. Supervised: ``train_tagger`` fits ``SupervisedThemeModel`` (models/tagger/), which
the tagger blends in for the themes it knows; other themes stay zero-shot.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import re
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

from .errors import InputError, ModelUnavailable
from .jsonl import read_jsonl
from .store import Store
from .tagfeatures import FALLBACK_LEXICAL, Calibration, CueMatcher, top_k_mean, zero_shot_features
from .tagmodel import SupervisedThemeModel
from .taxonomy import Taxonomy
from .types import Event, TagResult, ThemeScore

__all__ = ["ThemeTagger", "Taxonomy", "load_tagger", "train_tagger", "tag_stored_documents", "filter_events_by_theme"]

log = logging.getLogger(__name__)
LEXICAL_ONLY = "hash-lexical"  # embedder name pipeline.tag_store passes after `ingest --no-embed`
MAX_CHARS = 400  # passage size for long texts: what e5 reads well (512 tokens) with CJK at ~1 token/char
_SENT_END = re.compile(r"[。！？；!?;]+[」』”）)]*|\.(?=\s)|\n\s*\n")
_REPO_MODELS = Path(__file__).resolve().parents[1] / "models"


def split_for_tagging(text: str, max_chars: int = MAX_CHARS) -> list[str]:
    """Sentence-aware chunks of at most about ``max_chars`` characters (one chunk for a short text)."""
    text = text.strip()
    if len(text) <= max_chars:
        return [text] if text else []
    chunks, cur = [], ""
    pieces, start = [], 0
    for m in _SENT_END.finditer(text):
        pieces.append(text[start:m.end()])
        start = m.end()
    pieces.append(text[start:])
    for p in pieces:
        while len(p) > max_chars:  # a "sentence" longer than a passage (tables, run-on text): hard cut
            chunks.append((cur + p[: max_chars - len(cur)]).strip())
            p, cur = p[max_chars - len(cur):], ""
        if len(cur) + len(p) > max_chars and cur.strip():
            chunks.append(cur.strip())
            cur = ""
        cur += p
    if cur.strip():
        chunks.append(cur.strip())
    return [c for c in chunks if c]


def resolve_models_dir(models_dir: str | Path | None = None) -> Path:
    """Folder of trained artefacts: the argument, else $POLICYLENS_MODELS, else ./models if present, else the checkout's."""
    if models_dir:
        return Path(models_dir)
    if os.environ.get("POLICYLENS_MODELS"):
        return Path(os.environ["POLICYLENS_MODELS"])
    local = Path("models")
    if (local / "zeroshot").is_dir() or (local / "tagger").is_dir():
        return local
    return _REPO_MODELS


def _calibration_file(models_dir: Path, key: str) -> Path:
    """The zero-shot calibration for an embedder: in ``models_dir``, else the one shipped with the checkout."""
    name = f"{re.sub(r'[^A-Za-z0-9_.-]+', '_', key)}.json"
    own = models_dir / "zeroshot" / name
    return own if own.is_file() else _REPO_MODELS / "zeroshot" / name


# Share of its language's mean vector taken off each text vector before it is compared with the themes, as the
# search index does (nlp.ann.centre_rows; the embedder's reference means). Measured: docs/benchmarks.md, Tagging.
TAG_CENTRING = 0.5


class ThemeTagger:
    """Scores texts against a taxonomy; ``assigned`` means score >= the theme's threshold."""

    def __init__(self, taxonomy: Taxonomy, *, embedder=None, calibration: Calibration | None = None,
                 lexical_calibration: Calibration | None = None, supervised: SupervisedThemeModel | None = None,
                 supervised_weight: float = 0.5, batch_size: int = 64):
        self.taxonomy = taxonomy
        self.embedder = embedder
        self.calibration = calibration or FALLBACK_LEXICAL
        self.lexical_calibration = lexical_calibration or FALLBACK_LEXICAL
        self.supervised = supervised
        self.supervised_weight = supervised_weight
        self.batch_size = batch_size
        self.cues_ = CueMatcher(taxonomy)
        self._protos: tuple[np.ndarray, np.ndarray] | None = None
        from .ann import reference_means

        self._means = reference_means(embedder.name) if embedder is not None else None
        self.centring_key = f"centred{TAG_CENTRING:g}" if self._means is not None else ""  # for vector caches

    # -- zero-shot -------------------------------------------------------------------------------
    def _prototypes(self) -> tuple[np.ndarray, np.ndarray]:
        """Prototype vectors (m, d) and the theme index of each row."""
        if self._protos is None:
            # two query prototypes per theme: its description (+ keywords), and its cue list alone
            labels = [t.label_text() + (". " + ", ".join(t.keywords) if t.keywords else "") for t in self.taxonomy]
            cue_lists = [", ".join(t.cues()) for t in self.taxonomy]
            vecs = [self.embedder.embed_queries(labels + cue_lists)]
            owner = list(range(len(labels))) * 2
            examples = [(j, e) for j, t in enumerate(self.taxonomy) for e in t.examples]
            if examples:
                vecs.append(self.embedder.embed_passages([e for _, e in examples]))
                owner += [j for j, _ in examples]
            self._protos = (np.vstack(vecs).astype(np.float32), np.asarray(owner))
        return self._protos

    def similarities(self, vectors: np.ndarray) -> np.ndarray:
        """Cosine (n, T) of each vector to each theme: the best of the theme's prototypes."""
        protos, owner = self._prototypes()
        sims = np.asarray(vectors, dtype=np.float32) @ protos.T
        out = np.full((sims.shape[0], len(self.taxonomy)), -1.0, dtype=np.float32)
        for j in range(len(self.taxonomy)):
            out[:, j] = sims[:, owner == j].max(axis=1)
        return out

    def embed(self, texts: list[str]) -> np.ndarray | None:
        """Passage vectors for ``texts`` in batches (None when lexical-only)."""
        if self.embedder is None:
            return None
        parts = [self.embedder.embed_passages(texts[i : i + self.batch_size]) for i in range(0, len(texts), self.batch_size)]
        return self.centre(texts, np.vstack(parts)) if parts else np.zeros((0, self.embedder.dim), dtype=np.float32)

    def centre(self, texts: list[str], vectors: np.ndarray | None) -> np.ndarray | None:
        """The texts' vectors centred by language (``TAG_CENTRING``) when the embedder ships reference means,
        else as they are; all-zero rows (no vector) stay zero."""
        if vectors is None or self._means is None or self._means.shape[1] != vectors.shape[1]:
            return vectors
        from .ann import centre_rows
        from .lexical import is_cjk

        chinese = np.fromiter((is_cjk(t) for t in texts), bool, len(texts))
        return centre_rows(np.array(vectors, dtype=np.float32), chinese, self._means, TAG_CENTRING)

    def embed_items(self, texts: list[str]) -> np.ndarray | None:
        """One vector per text (the normalised mean of its passage vectors), as the supervised model is fitted on."""
        chunks = [split_for_tagging(t) or [""] for t in texts]
        flat = self.embed([c for cs in chunks for c in cs])
        if flat is None:
            return None
        out, i = [], 0
        for cs in chunks:
            out.append(flat[i : i + len(cs)].mean(axis=0))
            i += len(cs)
        v = np.asarray(out, dtype=np.float32)
        return v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12)

    def zero_shot_proba(self, texts: list[str], vectors: np.ndarray | None) -> np.ndarray:
        """Calibrated zero-shot probabilities (n, T); rows whose vector is all zero fall back to lexical cues."""
        cues = self.cues_.counts(texts)
        lengths = np.array([len(t) for t in texts], dtype=np.float32)
        lex = self.lexical_calibration.predict_proba(zero_shot_features(None, cues, lengths))
        if vectors is None or self.embedder is None:
            return lex
        have = np.abs(vectors).sum(axis=1) > 0
        out = lex.copy()
        if have.any():
            sims = self.similarities(vectors[have])
            out[have] = self.calibration.predict_proba(zero_shot_features(sims, cues[have], lengths[have]))
        return out

    def passage_proba(self, texts: list[str], vectors: np.ndarray | None = None) -> np.ndarray:
        """Theme probabilities (n, T) for passages, blending the supervised model where it has the theme."""
        p = self.zero_shot_proba(texts, vectors)
        m = self.supervised
        if m is not None and texts and (vectors is not None or not m.dim_):
            sup = m.predict_proba(texts, vectors=vectors if m.dim_ else None)
            w = self.supervised_weight
            for k, tid in enumerate(m.classes_):
                if tid in self.taxonomy:
                    j = self.taxonomy.ids.index(tid)
                    p[:, j] = w * sup[:, k] + (1 - w) * p[:, j]
        return p

    # -- results ---------------------------------------------------------------------------------
    def result(self, item_id, scores: np.ndarray) -> TagResult:
        """TagResult with every theme, sorted by score (ties: taxonomy order)."""
        themes = [
            ThemeScore(id=tid, score=float(round(s, 4)), assigned=bool(s >= self.taxonomy.threshold_of(tid)))
            for tid, s in zip(self.taxonomy.ids, scores)
        ]
        order = sorted(range(len(themes)), key=lambda i: (-themes[i].score, i))
        return TagResult(id=item_id, themes=tuple(themes[i] for i in order))

    def tag_many(self, items: list[tuple[object, str]]) -> list[TagResult]:
        """Tag (id, text) items; all passages are embedded in shared batches."""
        chunks, owner = [], []
        for n, (_, text) in enumerate(items):
            for c in split_for_tagging(text) or [""]:
                chunks.append(c)
                owner.append(n)
        probs = self.passage_proba(chunks, self.embed(chunks))
        owner_arr = np.asarray(owner)
        return [self.result(item_id, top_k_mean(probs[owner_arr == n])) for n, (item_id, _) in enumerate(items)]

    def tag(self, text: str, item_id=None) -> TagResult:
        """Tag one text (any length)."""
        return self.tag_many([(item_id, text)])[0]


def _embedder_key(embedder) -> str:
    return embedder.name if embedder is not None else "lexical"


def load_tagger(taxonomy_path: str | None = None, *, embedder_name: str | None = None,
                models_dir: str | None = None) -> ThemeTagger:
    """A ThemeTagger for a taxonomy (default: the bundled one) with the calibration and trained model found."""
    from .embed import load_embedder

    taxonomy = Taxonomy.load(taxonomy_path or None)
    mdir = resolve_models_dir(models_dir)
    embedder = None if embedder_name == LEXICAL_ONLY else load_embedder(embedder_name)
    cal_file = _calibration_file(mdir, _embedder_key(embedder))
    calibration = Calibration.from_json(cal_file) if cal_file.is_file() else None
    if embedder is not None and calibration is None:
        log.warning("no zero-shot calibration for embedder %s in %s: using lexical cues only", embedder.name, mdir)
        embedder = None
    lex_file = _calibration_file(mdir, "lexical")
    lexical = Calibration.from_json(lex_file) if lex_file.is_file() else None
    supervised = None
    if (mdir / "tagger" / "params.json").is_file():
        model = SupervisedThemeModel.load(mdir / "tagger")
        if model.dim_ and (embedder is None or model.embedder_name != embedder.name):
            (log.info if embedder is None else log.warning)("trained tagger in %s uses embedder %s: not used with %s", mdir / "tagger", model.embedder_name,
                        _embedder_key(embedder))
        else:
            supervised = model
    return ThemeTagger(taxonomy, embedder=embedder, calibration=calibration, lexical_calibration=lexical,
                       supervised=supervised)


def read_labels(path: str | Path, taxonomy: Taxonomy) -> list[dict]:
    """Labelled items ``{"id","text","themes":[...]}`` from JSONL; InputError names the file, line and fix."""
    items = []
    for n, obj in read_jsonl(path):
        if not isinstance(obj.get("text"), str) or not isinstance(obj.get("themes"), list):
            raise InputError(f"{path}:{n}", "needs a string 'text' and a list 'themes'", 'write {"id","text","themes":[...]}')
        unknown = [t for t in obj["themes"] if t not in taxonomy]
        if unknown:
            raise InputError(f"{path}:{n}", f"unknown theme id(s) {', '.join(map(str, unknown))}",
                             f"use ids from {taxonomy.source}")
        items.append(obj)
    if not items:
        raise InputError(str(path), "no labelled items", 'write one {"id","text","themes":[...]} per line')
    return items


def f1_scores(y_true: np.ndarray, y_pred: np.ndarray, theme_ids: list[str]) -> dict:
    """Micro-F1, macro-F1 (over themes with positives) and per-theme F1 of 0/1 matrices (n, T)."""
    tp = (y_true & y_pred).sum(axis=0)
    fp = (~y_true & y_pred).sum(axis=0)
    fn = (y_true & ~y_pred).sum(axis=0)
    per = {tid: float(2 * a / max(2 * a + b + c, 1)) for tid, a, b, c in zip(theme_ids, tp, fp, fn)}
    has = y_true.sum(axis=0) > 0
    micro = 2 * tp.sum() / max(2 * tp.sum() + fp.sum() + fn.sum(), 1)
    macro = float(np.mean([per[t] for t, h in zip(theme_ids, has) if h])) if has.any() else 0.0
    return {"micro_f1": round(float(micro), 4), "macro_f1": round(macro, 4), "per_theme": per,
            "support": {t: int(s) for t, s in zip(theme_ids, y_true.sum(axis=0))}}


def label_matrix(items: list[dict], theme_ids: list[str]) -> np.ndarray:
    """0/1 matrix (n, T) of the items' theme labels."""
    return np.array([[t in it["themes"] for t in theme_ids] for it in items], dtype=bool)


def train_tagger(labels_path: str, *, taxonomy_path: str | None = None, out_dir: str | None = None,
                 embedder_name: str | None = None, folds: int = 5, min_positives: int = 5) -> dict:
    """Fit the supervised tagger on labelled JSONL, cross-validate it (fixed folds), save it; returns a summary."""
    from sklearn.model_selection import KFold

    tagger = load_tagger(taxonomy_path, embedder_name=embedder_name, models_dir=None)
    tagger.supervised = None
    taxonomy, embedder = tagger.taxonomy, tagger.embedder
    items = read_labels(labels_path, taxonomy)
    texts = [it["text"] for it in items]
    labels = [list(it["themes"]) for it in items]
    vectors = tagger.embed_items(texts)
    ids = taxonomy.ids
    y = label_matrix(items, ids)
    params = dict(min_positives=min_positives, embedder_name=_embedder_key(embedder), embedding_weight=1.0 if embedder else 0.0)
    cv = None
    if len(items) >= 2 * folds:
        oof = np.zeros((len(items), len(ids)), dtype=np.float32)
        zs = tagger.zero_shot_proba(texts, vectors)
        for tr, te in KFold(folds, shuffle=True, random_state=0).split(texts):
            m = SupervisedThemeModel(**params).fit([texts[i] for i in tr], [labels[i] for i in tr],
                                                   vectors=None if vectors is None else vectors[tr])
            tagger.supervised = m
            oof[te] = tagger.passage_proba([texts[i] for i in te], None if vectors is None else vectors[te])
        tagger.supervised = None
        thr = np.array([taxonomy.threshold_of(t) for t in ids])
        cv = {"folds": folds, "supervised_blend": f1_scores(y, oof >= thr, ids), "zero_shot": f1_scores(y, zs >= thr, ids)}
    model = SupervisedThemeModel(**params).fit(texts, labels, vectors=vectors)
    out = Path(out_dir) if out_dir else resolve_models_dir() / "tagger"
    digest = hashlib.sha256(Path(labels_path).read_bytes()).hexdigest()[:16]
    manifest = {
        "what": "policylens supervised theme tagger (one-vs-rest logistic regression, embeddings + char TF-IDF)",
        "data": str(labels_path), "data_sha256": digest, "items": len(items),
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "taxonomy": taxonomy.source, "taxonomy_fingerprint": taxonomy.fingerprint(),
        "embedder": _embedder_key(embedder), "themes_supervised": model.classes_,
        "themes_zero_shot": [t for t in ids if t not in model.classes_],
        "metric": "cross-validated micro/macro F1 at the taxonomy thresholds", "cv": cv,
    }
    model.save(out, extra={"taxonomy_fingerprint": manifest["taxonomy_fingerprint"]})
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    summary = {k: v for k, v in manifest.items() if k != "cv"}
    summary["out_dir"] = str(out)
    if cv:
        summary["cv"] = {k: {m: cv[k][m] for m in ("micro_f1", "macro_f1")} for k in ("supervised_blend", "zero_shot")}
    return summary


def tag_stored_documents(store: Store, *, embedder_name: str | None = None) -> int:
    """Tag stored documents that have no themes yet, reusing stored passage vectors; returns how many were tagged."""
    todo = list(store.iter_docs_without_themes())
    if not todo:
        return 0
    vec_index: dict[str, int] = {}
    mat = None
    tagger = None
    if embedder_name != LEXICAL_ONLY:
        model_name = _vector_model_name(embedder_name)
        ids, mat = store.passage_vectors(model_name) if model_name else ([], None)
        if ids:
            try:
                tagger = load_tagger(None, embedder_name=embedder_name)
            except ModelUnavailable as e:
                log.warning("theme tagging without embeddings: %s", e)
            vec_index = {pid: i for i, pid in enumerate(ids)}
    if tagger is None or tagger.embedder is None:
        tagger, vec_index = load_tagger(None, embedder_name=LEXICAL_ONLY), {}
    for doc_id in todo:
        passages = store.passages(doc_id)
        texts = [p.text for p in passages]
        vectors = None
        if vec_index and mat is not None:
            vectors = np.zeros((len(passages), mat.shape[1]), dtype=np.float32)
            for i, p in enumerate(passages):
                if p.passage_id in vec_index:
                    vectors[i] = mat[vec_index[p.passage_id]]
            vectors = tagger.centre(texts, vectors)  # stored vectors are raw; embed() centres its own
        probs = tagger.passage_proba(texts, vectors) if texts else np.zeros((0, len(tagger.taxonomy)))
        res = tagger.result(doc_id, top_k_mean(probs))
        store.set_doc_themes(doc_id, list(res.themes))
        thr = np.array([tagger.taxonomy.threshold_of(t) for t in tagger.taxonomy.ids])
        rows = [(passages[i].passage_id, tid, float(probs[i, j]))
                for i, j in zip(*np.nonzero(probs >= thr)) for tid in [tagger.taxonomy.ids[j]]]
        store.set_passage_themes(rows)
    return len(todo)


def _vector_model_name(embedder_name: str | None) -> str | None:
    """The name stored with vectors by an embedder, without loading a model when the name tells it."""
    from .embed import E5Embedder, load_embedder
    from .settings import get_setting

    name = get_setting("embedder", embedder_name)
    if name in ("e5", E5Embedder.name):
        return E5Embedder.name
    try:
        return load_embedder(name).name
    except ModelUnavailable:
        return None


def filter_events_by_theme(store: Store, events: list[Event], theme: str) -> list[Event]:
    """Events of documents tagged with ``theme``, or whose evidence lies in a passage tagged with it."""
    assigned: dict[str, bool] = {}
    spans: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for p in store.get_passages(store.passages_with_theme(theme)).values():
        spans.setdefault((p.doc_id, p.page), []).append((p.start, p.end))
    out = []
    for e in events:
        if e.doc_id not in assigned:
            assigned[e.doc_id] = any(t.id == theme and t.assigned for t in store.doc_themes(e.doc_id))
        if assigned[e.doc_id] or any(
            e.start is not None and a <= e.start < b for a, b in spans.get((e.doc_id, e.page), [])
        ):
            out.append(e)
    return out
