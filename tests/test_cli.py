"""The command line: exit codes, stdout versus stderr, formats, help and the JSON shape."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from snitflade import __version__
from snitflade.cli import app

from .conftest import REPO

runner = CliRunner()
ANSI = re.compile(r"\x1b\[")
COMMANDS = ["who", "topics", "role", "compare", "sources"]
EXAMPLE_ARGS = {
    "who": ["who", "stress"],
    "topics": ["topics"],
    "role": ["role", "amr"],
    "compare": ["compare"],
    "sources": ["sources"],
}


def test_who_prints_the_side_by_side_table() -> None:
    result = runner.invoke(app, ["who", "stress"], catch_exceptions=False)
    assert result.exit_code == 0
    assert result.stderr == ""
    out = result.stdout
    assert "Forebyggelse af stress" in out
    assert "│ TR" in out and "│ AMR" in out
    for heading in ("Ledelsens ansvar", "Fakta", "Kilder"):
        assert heading in out


def test_who_takes_an_unquoted_multi_word_topic() -> None:
    result = runner.invoke(app, ["who", "psykisk", "arbejdsmiljø"])
    assert result.exit_code == 0
    assert "Psykisk arbejdsmiljø" in result.stdout


@pytest.mark.parametrize("topic", ["løn", "ergonomi", "MED-udvalg"])
def test_who_answers_whose_area_it_is(topic: str) -> None:
    result = runner.invoke(app, ["who", topic, "-f", "json"])
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    assert document["area"]["lead"] in {"tr", "amr", "shared"}
    roles = {d["role"] for d in document["duties"]}
    assert {"tr", "amr"} <= roles  # the other role's part is said too


def test_no_match_goes_to_stderr_with_suggestions_and_exit_1() -> None:
    result = runner.invoke(app, ["who", "strss"])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert 'Fandt intet emne for "strss"' in result.stderr
    assert "Mente du: stress" in result.stderr


@pytest.mark.parametrize(
    "args",
    [["who"], ["who", ""], ["who", "  "], ["role", "leder"], ["who", "x", "-f", "pdf"], ["nope"]],
)
def test_usage_errors_exit_2_on_stderr(args: list[str]) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr


def test_bad_data_exits_1_with_file_and_line(
    monkeypatch: pytest.MonkeyPatch, data_copy: Callable[..., Path]
) -> None:
    folder = data_copy("roles.yaml", "  - id: tr\n", "  - id: tr\n    rank: 1\n")
    monkeypatch.setenv("SNITFLADE_DATA_DIR", str(folder))
    result = runner.invoke(app, ["who", "stress"])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert re.search(r"roles\.yaml:\d+:\d+: roles\.0\.rank: ukendt nøgle", result.stderr)
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("fmt", ["table", "markdown", "json"])
def test_every_command_in_every_format(command: str, fmt: str) -> None:
    result = runner.invoke(app, [*EXAMPLE_ARGS[command], "--format", fmt], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert result.stdout.strip()
    assert not ANSI.search(result.stdout), "output to a pipe must have no escapes"
    if fmt == "json":
        assert json.loads(result.stdout)["version"] == 1
    if fmt == "markdown":
        assert result.stdout.startswith("# ")


def test_topics_in_a_pipe_prints_one_id_per_line(catalog: object) -> None:
    result = runner.invoke(app, ["topics"])
    lines = result.stdout.splitlines()
    assert lines == [a.id for a in catalog.areas]  # type: ignore[attr-defined]


def test_who_json_shape() -> None:
    document = json.loads(runner.invoke(app, ["who", "apv", "--format", "json"]).stdout)
    assert set(document) == {
        "version",
        "match",
        "area",
        "duties",
        "employer",
        "advice",
        "facts",
        "links",
        "related",
    }
    assert set(document["match"]) == {"field", "matched", "score", "how"}
    assert {"id", "title", "summary", "lead", "groups", "aliases"} == set(document["area"])
    for item in document["duties"] + document["facts"] + document["employer"]:
        assert {"id", "role", "text", "note", "sources"} <= set(item)
        assert item["sources"], item["id"]
        for source in item["sources"]:
            assert set(source) == {"id", "title", "url", "ref", "fact"}
    assert {d["role"] for d in document["duties"]} <= {"tr", "amr", "shared"}
    for link in document["links"]:
        assert {"id", "title", "url", "note", "sources"} <= set(link)


def test_role_and_compare_json_carry_role_tags() -> None:
    role = json.loads(runner.invoke(app, ["role", "TR", "-f", "json"]).stdout)
    assert role["role"]["id"] == "tr"
    assert {b["role"] for b in role["basis"]} == {"tr"}
    compare = json.loads(runner.invoke(app, ["compare", "-f", "json"]).stdout)
    row = compare["rows"][0]
    assert row["tr"][0]["role"] == "tr" and row["amr"][0]["role"] == "amr"


def test_sources_lists_title_url_and_count() -> None:
    document = json.loads(runner.invoke(app, ["sources", "-f", "json"]).stdout)
    aml = next(s for s in document["sources"] if s["id"] == "aml")
    assert aml["url"] == "https://www.retsinformation.dk/eli/lta/2025/1108"
    assert aml["citations"] > 10
    assert all(s["citations"] > 0 for s in document["sources"])


def test_markdown_is_clean_to_paste() -> None:
    out = runner.invoke(app, ["who", "sygefravær", "-f", "markdown"]).stdout
    assert out.startswith("# Sygefravær\n")
    assert "\n## TR\n" in out and "\n## AMR\n" in out and "\n## Kilder\n" in out
    assert "│" not in out and "╭" not in out


def test_narrow_terminal_stacks_the_roles_and_keeps_every_word(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("COLUMNS", "40")
    out = runner.invoke(app, ["who", "stress"]).stdout
    assert max(len(line) for line in out.splitlines()) <= 40
    flat = " ".join(out.split())
    assert "Deltager i APV-analysen og er opmærksom på fx et stort arbejdspres" in flat
    assert "…" not in out


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout == f"snitflade {__version__}\n"


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Eksempler:" in result.stdout
    assert f"snitflade {command}" in result.stdout


def test_every_command_is_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for command in COMMANDS:
        assert f"snitflade {command}" in readme, command


def test_python_dash_m_works() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "snitflade", "who", "stress", "-f", "json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["area"]["id"] == "stress"
