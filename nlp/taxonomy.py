"""Theme taxonomy: a YAML file analysts own (format in spec/CONTRACT.md), validated on load."""
from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import TaxonomyError

DEFAULT_PATH = Path(__file__).parent / "data" / "themes.yaml"
DEFAULT_THRESHOLD = 0.5
_ID = re.compile(r"^[a-z0-9][a-z0-9_\-]*$")
_THEME_KEYS = {"id", "name", "description", "keywords", "examples", "threshold"}
_TOP_KEYS = {"threshold", "themes", "version", "description"}
# Separators inside a theme name ("Tariffs & trade war", "關稅與貿易戰", "5G / telecom & Huawei").
_NAME_SPLIT = re.compile(r"\s*(?:&|/|／|,|，|、|\band\b|與|与|及|\(|\)|（|）)\s*")


@dataclass(frozen=True)
class Theme:
    """One theme: id, bilingual name, description, lexical cues, few-shot examples, optional own threshold."""

    id: str
    name_en: str
    name_zh: str
    description: str = ""
    keywords: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()
    threshold: float | None = None

    def label_text(self) -> str:
        """The text that describes the theme for the embedder: names and description."""
        parts = [f"{self.name_en} / {self.name_zh}"]
        if self.description:
            parts.append(self.description)
        return ". ".join(parts)

    def cues(self) -> tuple[str, ...]:
        """Lexical cues: the keywords plus the parts of both names ("Export controls", "實體清單")."""
        out: list[str] = []
        for k in (*self.keywords, *_NAME_SPLIT.split(self.name_en), *_NAME_SPLIT.split(self.name_zh)):
            k = k.strip() if k.strip() else k
            if k and (len(k) >= 2 or not k.isascii()) and k not in out:
                out.append(k)
        return tuple(out)


class Taxonomy:
    """An ordered set of themes and the default assignment threshold."""

    def __init__(self, themes: list[Theme], *, threshold: float = DEFAULT_THRESHOLD, source: str = "<taxonomy>"):
        self.themes = list(themes)
        self.threshold = threshold
        self.source = source
        self._by_id = {t.id: t for t in self.themes}

    @classmethod
    def load(cls, path: str | Path | None = None) -> "Taxonomy":
        """Read and validate a taxonomy YAML file (the bundled default when ``path`` is None)."""
        import yaml

        p = Path(path) if path else DEFAULT_PATH
        name = str(path) if path else p.name
        try:
            raw = p.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise TaxonomyError(f"{name}: no such file - check the path given to --taxonomy") from None
        except (OSError, UnicodeDecodeError) as e:
            raise TaxonomyError(f"{name}: cannot read ({e}) - save it as UTF-8 text") from None
        try:
            data = yaml.safe_load(raw)
        except yaml.YAMLError as e:
            mark = getattr(e, "problem_mark", None)
            where = f" at line {mark.line + 1}" if mark is not None else ""
            problem = getattr(e, "problem", None) or "syntax error"
            raise TaxonomyError(f"{name}: not valid YAML{where} ({problem}) - fix the syntax (see spec/CONTRACT.md)") from None
        return cls.from_dict(data, source=name)

    @classmethod
    def from_dict(cls, data: Any, *, source: str = "<taxonomy>") -> "Taxonomy":
        """Validate a parsed taxonomy; TaxonomyError names the file, the theme and the field."""

        def fail(msg: str) -> TaxonomyError:
            return TaxonomyError(f"{source}: {msg}")

        if not isinstance(data, dict):
            raise fail("must be a mapping with a 'themes' list - see spec/CONTRACT.md")
        extra = set(data) - _TOP_KEYS
        if extra:
            raise fail(f"unknown top-level field(s) {', '.join(sorted(map(str, extra)))} - allowed: threshold, themes")
        threshold = _threshold(data.get("threshold", DEFAULT_THRESHOLD), fail, "'threshold'")
        items = data.get("themes")
        if not isinstance(items, list) or not items:
            raise fail("'themes' must be a non-empty list of themes")
        themes: list[Theme] = []
        seen: set[str] = set()
        for n, item in enumerate(items, 1):
            themes.append(_theme(item, n, fail))
            if themes[-1].id in seen:
                raise fail(f"theme '{themes[-1].id}': duplicate id - every theme id must be unique")
            seen.add(themes[-1].id)
        return cls(themes, threshold=threshold if threshold is not None else DEFAULT_THRESHOLD, source=source)

    # -- access ----------------------------------------------------------------------------------
    def __iter__(self) -> Iterator[Theme]:
        return iter(self.themes)

    def __len__(self) -> int:
        return len(self.themes)

    def __contains__(self, theme_id: object) -> bool:
        return theme_id in self._by_id

    def __getitem__(self, theme_id: str) -> Theme:
        return self._by_id[theme_id]

    @property
    def ids(self) -> list[str]:
        return [t.id for t in self.themes]

    def threshold_of(self, theme_id: str) -> float:
        """The assignment threshold of one theme (its own, else the taxonomy's)."""
        t = self._by_id[theme_id].threshold
        return self.threshold if t is None else t

    def fingerprint(self) -> str:
        """Short hash of the themes' content: trained artefacts record which taxonomy they fit."""
        blob = json.dumps([t.__dict__ for t in self.themes], ensure_ascii=False, sort_keys=True)
        return hashlib.sha256(blob.encode()).hexdigest()[:16]


def _threshold(value: Any, fail, what: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0.0 <= float(value) <= 1.0:
        raise fail(f"{what} must be a number between 0 and 1 (got {value!r})")
    return float(value)


def _str_list(value: Any, fail, where: str, field: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise fail(f"{where}: '{field}' must be a list of strings (got {type(value).__name__})")
    out = []
    for v in value:
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            v = str(v)  # unquoted YAML numbers such as 301 are meant as text
        if not isinstance(v, str) or not v.strip():
            raise fail(f"{where}: '{field}' must be a list of non-empty strings (got {v!r})")
        out.append(v)
    return tuple(out)


def _theme(item: Any, n: int, fail) -> Theme:
    if not isinstance(item, dict):
        raise fail(f"theme #{n}: must be a mapping with id, name, description")
    tid = item.get("id")
    if tid is None:
        raise fail(f"theme #{n}: missing 'id'")
    if not isinstance(tid, str) or not _ID.match(tid):
        raise fail(f"theme #{n}: 'id' must be lowercase letters, digits, '_' or '-' (got {tid!r})")
    where = f"theme '{tid}'"
    extra = set(item) - _THEME_KEYS
    if extra:
        raise fail(f"{where}: unknown field(s) {', '.join(sorted(map(str, extra)))} - allowed: {', '.join(sorted(_THEME_KEYS))}")
    name = item.get("name")
    if not isinstance(name, dict) or not all(isinstance(name.get(k), str) and name[k].strip() for k in ("en", "zh")):
        raise fail(f"{where}: 'name' must have 'en' and 'zh'")
    desc = item.get("description", "") or ""
    if not isinstance(desc, str):
        raise fail(f"{where}: 'description' must be a string")
    return Theme(
        id=tid,
        name_en=name["en"].strip(),
        name_zh=name["zh"].strip(),
        description=desc.strip(),
        keywords=_str_list(item.get("keywords"), fail, where, "keywords"),
        examples=_str_list(item.get("examples"), fail, where, "examples"),
        threshold=_threshold(item.get("threshold"), fail, f"{where}: 'threshold'"),
    )
