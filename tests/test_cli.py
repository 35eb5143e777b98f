"""The CLI surface: every command has --help, the contract's commands exist, exit codes."""
import re

import pytest

import cli
import nlp

CONTRACT_COMMANDS = ("ingest", "docs", "show", "extract", "events", "embed", "search", "tag", "serve")


def _subcommands():
    parser = cli.build_parser()
    action = next(a for a in parser._actions if a.dest == "command")
    return action.choices


@pytest.mark.parametrize("name", CONTRACT_COMMANDS)
def test_cli_contract_command_exists_with_help(name, capsys):
    assert name in _subcommands()
    with pytest.raises(SystemExit) as e:
        cli.main([name, "--help"])
    assert e.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: policylens " + name)


def test_cli_every_command_is_documented():
    for name, sp in _subcommands().items():
        assert sp.description, f"{name} has no description"
        for a in sp._actions:
            if a.option_strings and a.help != "==SUPPRESS==":
                assert a.help, f"{name} {a.option_strings} has no help"


def test_cli_usage_error_exits_2(run_cli):
    r = run_cli("frobnicate")
    assert r.returncode == 2
    assert "invalid choice" in r.stderr


def test_cli_missing_path_exits_1_and_names_it(run_cli, tmp_path):
    r = run_cli("ingest", str(tmp_path / "nope.pdf"), "--store", str(tmp_path / "st"))
    assert r.returncode == 1
    assert f"{tmp_path / 'nope.pdf'}: no such file or folder" in r.stderr


def test_public_api_is_pinned():
    assert nlp.__all__ == sorted(
        ["Document", "Event", "Hit", "Page", "Passage", "Searcher", "Store", "Table", "TagResult", "Taxonomy",
         "ThemeScore", "embed_store", "extract_events", "ingest_paths", "load_embedder", "load_tagger",
         "open_store", "parse_file", "read_document", "split_passages"]
    )
    for name in ("Document", "Store", "read_document", "split_passages", "ingest_paths"):
        assert getattr(nlp, name) is not None


def test_settings_table_is_documented():
    from nlp.settings import SETTINGS

    names = [s.name for s in SETTINGS]
    assert len(names) == len(set(names))
    for s in SETTINGS:
        assert re.fullmatch(r"POLICYLENS_[A-Z_]+", s.env) and s.help.endswith(".")
