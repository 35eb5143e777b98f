"""Taxonomy YAML: the bundled default, validation messages that name the file, theme and field, the CLI's exit."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import SHARED
from nlp import Taxonomy
from nlp.errors import TaxonomyError
from nlp.taxonomy import DEFAULT_PATH

GOOD_THEME = {"id": "tariffs", "name": {"en": "Tariffs", "zh": "關稅"}, "description": "Tariffs.", "keywords": ["關稅"]}


def write(tmp_path: Path, data, name: str = "bad.yaml") -> Path:
    p = tmp_path / name
    p.write_text(data if isinstance(data, str) else yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return p


def test_taxonomy_default_loads_with_bilingual_names():
    tax = Taxonomy.load(None)
    assert len(tax) == 18 and tax.threshold == 0.5
    assert "export_controls" in tax and tax["export_controls"].name_zh == "出口管制與實體清單"
    assert all(t.name_en and t.name_zh and t.description for t in tax)
    assert "301" in tax["tariffs"].keywords  # quoted numbers stay text


def test_taxonomy_bundled_copy_matches_shared():
    shared = SHARED / "taxonomy" / "themes.yaml"
    if not shared.exists():
        pytest.skip("no shared taxonomy beside the checkout")
    assert DEFAULT_PATH.read_bytes() == shared.read_bytes()


def test_taxonomy_cues_include_name_parts():
    tax = Taxonomy.load(None)
    cues = tax["export_controls"].cues()
    assert {"出口管制", "Export controls", "Entity List", "實體清單"} <= set(cues)
    assert {"CFIUS", "FIRRMA", "Investment screening"} <= set(tax["investment_screening"].cues())


def test_taxonomy_fingerprint_changes_with_content(tmp_path):
    a = Taxonomy.from_dict({"themes": [GOOD_THEME]})
    b = Taxonomy.from_dict({"themes": [{**GOOD_THEME, "keywords": ["關稅", "加徵"]}]})
    assert a.fingerprint() == Taxonomy.from_dict({"themes": [dict(GOOD_THEME)]}).fingerprint()
    assert a.fingerprint() != b.fingerprint()


def test_taxonomy_theme_threshold_overrides_default():
    tax = Taxonomy.from_dict({"threshold": 0.4, "themes": [GOOD_THEME, {**GOOD_THEME, "id": "x", "threshold": 0.9}]})
    assert tax.threshold_of("tariffs") == 0.4 and tax.threshold_of("x") == 0.9


@pytest.mark.parametrize(
    "data, message",
    [
        ({"themes": [{"id": "tariffs", "name": {"en": "Tariffs"}}]}, "bad.yaml: theme 'tariffs': 'name' must have 'en' and 'zh'"),
        ({"themes": [{"id": "tariffs"}]}, "bad.yaml: theme 'tariffs': 'name' must have 'en' and 'zh'"),
        ({"themes": [GOOD_THEME, GOOD_THEME]}, "bad.yaml: theme 'tariffs': duplicate id"),
        ({"threshold": 1.5, "themes": [GOOD_THEME]}, "bad.yaml: 'threshold' must be a number between 0 and 1 (got 1.5)"),
        ({"themes": [{**GOOD_THEME, "threshold": -0.1}]}, "bad.yaml: theme 'tariffs': 'threshold' must be a number between 0 and 1"),
        ({"themes": [{**GOOD_THEME, "threshold": "high"}]}, "theme 'tariffs': 'threshold' must be a number"),
        ({"themes": [{**GOOD_THEME, "keywords": "關稅"}]}, "bad.yaml: theme 'tariffs': 'keywords' must be a list of strings (got str)"),
        ({"themes": [{**GOOD_THEME, "examples": [""]}]}, "theme 'tariffs': 'examples' must be a list of non-empty strings"),
        ({"themes": [{**GOOD_THEME, "keyword": ["x"]}]}, "theme 'tariffs': unknown field(s) keyword"),
        ({"themes": [{**GOOD_THEME, "id": "Tariffs!"}]}, "bad.yaml: theme #1: 'id' must be lowercase"),
        ({"themes": [{"name": {"en": "a", "zh": "b"}}]}, "bad.yaml: theme #1: missing 'id'"),
        ({"themes": []}, "bad.yaml: 'themes' must be a non-empty list"),
        ({"theme": [GOOD_THEME]}, "bad.yaml: unknown top-level field(s) theme"),
        (["tariffs"], "bad.yaml: must be a mapping with a 'themes' list"),
        ("themes: [\n  - id: x\n", "bad.yaml: not valid YAML at line"),
    ],
)
def test_taxonomy_invalid_names_theme_and_field(tmp_path, data, message):
    path = write(tmp_path, data)
    with pytest.raises(TaxonomyError) as e:
        Taxonomy.load(path)
    assert message.replace("bad.yaml", str(path)) in str(e.value)


def test_taxonomy_missing_file(tmp_path):
    with pytest.raises(TaxonomyError, match="no such file"):
        Taxonomy.load(tmp_path / "nope.yaml")


def test_taxonomy_cli_bad_file_exits_1(run_cli, tmp_path):
    write(tmp_path, {"themes": [{"id": "tariffs", "name": {"en": "Tariffs"}}]})
    r = run_cli("tag", "--taxonomy", "bad.yaml", "-", input="美國對中國商品加徵關稅。")
    assert r.returncode == 1
    assert r.stdout == ""
    assert r.stderr.strip().splitlines() == ["policylens: bad.yaml: theme 'tariffs': 'name' must have 'en' and 'zh'"]


def test_taxonomy_cli_missing_file_exits_1(run_cli):
    r = run_cli("tag", "--taxonomy", "missing.yaml", "-", input="text")
    assert r.returncode == 1 and "missing.yaml: no such file" in r.stderr
