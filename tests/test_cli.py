"""The command line: exit codes, stdout versus stderr, formats, help and the JSON shape."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from snitflade import __version__
from snitflade.cli import app

from .conftest import REPO

runner = CliRunner()
ANSI = re.compile(r"\x1b\[")
COMMANDS = [
    "who", "search", "glossary", "checklist", "onboarding", "topics", "role", "compare", "sources",
    "deadlines",
]  # fmt: skip
EXAMPLE_ARGS = {
    "who": ["who", "stress"],
    "search": ["search", "hviletid"],
    "glossary": ["glossary", "APV"],
    "checklist": ["checklist", "stress"],
    "onboarding": ["onboarding", "--role", "tr"],
    "topics": ["topics"],
    "role": ["role", "amr"],
    "compare": ["compare"],
    "sources": ["sources"],
    "deadlines": ["deadlines", "apv"],
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
    result = runner.invoke(app, ["who", "arbejd"])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert 'Fandt intet emne for "arbejd"' in result.stderr
    assert "Mente du: " in result.stderr  # the topics of the best search hits (issue 13)


@pytest.mark.parametrize(
    "args",
    [
        ["who"],
        ["who", ""],
        ["who", "  "],
        ["role", "leder"],
        ["who", "x", "-f", "pdf"],
        ["nope"],
        ["search"],
        ["search", ""],
        ["search", "x", "--limit", "0"],
        ["glossary", " "],
    ],
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
        "version", "match", "area", "duties", "employer", "advice", "facts", "links", "related",
        "local", "contacts", "steps", "sector", "sections",
    }  # fmt: skip
    assert set(document["match"]) == {
        "area", "field", "matched", "score", "how", "words", "others", "via", "ambiguous",
    }  # fmt: skip
    assert {"id", "title", "summary", "lead", "groups", "aliases"} == set(document["area"])
    for item in document["duties"] + document["facts"] + document["employer"]:
        assert {"id", "role", "text", "note", "sources", "layer", "sectors"} <= set(item)
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
    # Every line fits, except a URL, which is never broken.
    assert max(len(line) for line in out.splitlines() if "https://" not in line) <= 40
    flat = " ".join(out.split())
    assert "Deltager i APV-analysen og er opmærksom på fx et stort arbejdspres" in flat
    assert "…" not in out


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout == f"snitflade {__version__}\n"


ALL_COMMANDS = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


def test_the_command_list_is_complete() -> None:
    # validate, init and site write files or report; help shows the help.
    assert set(COMMANDS) | {"validate", "init", "site", "help"} == set(ALL_COMMANDS)


@pytest.mark.parametrize("lang", ["da", "en"])
def test_help_command_shows_what_help_options_show(lang: str) -> None:
    # clig.dev: `snitflade help` and `snitflade help CMD` as well as --help and -h.
    env = {"COLUMNS": "80"}
    whole = runner.invoke(app, ["--lang", lang, "help"], env=env)
    assert whole.exit_code == 0
    assert whole.stdout == runner.invoke(app, ["--lang", lang, "--help"], env=env).stdout
    assert whole.stdout == runner.invoke(app, ["--lang", lang, "-h"], env=env).stdout
    for command in ALL_COMMANDS:
        shown = runner.invoke(app, ["help", command, "--lang", lang], env=env)
        assert shown.exit_code == 0, command
        assert (
            shown.stdout == runner.invoke(app, [command, "--help", "--lang", lang], env=env).stdout
        )


def test_help_for_an_unknown_command_suggests_one() -> None:
    result = runner.invoke(app, ["help", "whoo"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "Ukendt kommando 'whoo'" in result.stderr and "who" in result.stderr


@pytest.mark.parametrize("command", ALL_COMMANDS)
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Eksempler:" in result.stdout
    assert f"snitflade {command}" in result.stdout


def test_every_command_is_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for command in ALL_COMMANDS:
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


def test_who_why_says_what_matched_and_how_strongly() -> None:
    out = runner.invoke(app, ["who", "mobbning", "--why"]).stdout
    assert 'Fundet via alias "mobning" (stavefejl rettet, styrke 0.' in out
    assert "Fundet via" not in runner.invoke(app, ["who", "mobbning"]).stdout


def test_who_names_close_runners_up_under_see_also() -> None:
    query = ["who", "hvad gør TR ved stress og mobning", "-f", "json"]
    document = json.loads(runner.invoke(app, query).stdout)
    others = [m["area"] for m in document["match"]["others"]]
    related = [r["id"] for r in document["related"]]
    assert others and related[0] == others[0]
    assert document["area"]["id"] in {"stress", "vold-mobning-chikane"}


def test_search_ranks_hits_with_kind_area_text_and_source() -> None:
    result = runner.invoke(app, ["search", "Hvor tit skal man udarbejde APV?", "-f", "json"])
    assert result.exit_code == 0
    hits = json.loads(result.stdout)["hits"]
    assert [h["rank"] for h in hits] == list(range(1, len(hits) + 1))
    assert "apv-hvor-tit" in [h["id"] for h in hits[:3]]
    for hit in hits:
        assert {"kind", "area", "role", "text", "sources", "matched", "score"} <= set(hit)
        assert hit["sources"]


def test_search_without_hits_exits_1() -> None:
    result = runner.invoke(app, ["search", "pizza"])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert 'Fandt intet resultat for "pizza"' in result.stderr


def test_search_highlights_the_matched_words_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    out = runner.invoke(app, ["search", "fridøgn", "-n", "1"]).stdout
    assert "\x1b[1;33mfridøgn\x1b[0m" in out
    monkeypatch.delenv("FORCE_COLOR")
    assert "\x1b" not in runner.invoke(app, ["search", "fridøgn", "-n", "1"]).stdout


def test_glossary_lists_every_term_the_issue_names() -> None:
    document = json.loads(runner.invoke(app, ["glossary", "-f", "json"]).stdout)
    terms = {t["term"] for t in document["terms"]}
    wanted = {
        "TR", "AMR", "FTR", "AMO", "AMG", "AMU", "APV", "SU", "MED", "TRIO", "bisidder",
        "overenskomst", "lokalaftale", "arbejdsmiljødrøftelse", "arbejdsgrundlag", "suppleant",
    }  # fmt: skip
    assert wanted <= terms
    assert all(t["sources"] for t in document["terms"])


def test_glossary_term_and_unknown_term() -> None:
    result = runner.invoke(app, ["glossary", "amo"])
    assert result.exit_code == 0 and "Arbejdsmiljøorganisation" in result.stdout
    result = runner.invoke(app, ["glossary", "AMRR"])
    assert result.exit_code == 1
    assert "Mente du: AMR" in result.stderr


def test_shell_completion_offers_ids_and_aliases() -> None:
    from snitflade.cli import _complete_topic

    ctx = typer.main.get_command(app).make_context("snitflade", [], resilient_parsing=True)
    offered = [name for name, _title in _complete_topic(ctx, "arbejdst")]
    assert "arbejdstid" in offered and "arbejdstider" in offered
    assert all(name.startswith("arbejdst") for name in offered)
    assert "stress" in [name for name, _ in _complete_topic(ctx, "STR")]


def _complete_in_bash(line: str, **env: str) -> subprocess.CompletedProcess[str]:
    """What bash gets back when the user presses TAB after `line`."""
    words = line.split()
    completing = {
        **os.environ,
        **env,
        "_SNITFLADE_COMPLETE": "complete_bash",
        "COMP_WORDS": line,
        "COMP_CWORD": str(len(words) - 1),
    }
    return subprocess.run(
        [sys.executable, "-m", "snitflade"],
        env=completing,
        capture_output=True,
        text=True,
        check=False,
    )


def test_shell_completion_through_the_shell_protocol() -> None:
    assert "stress" in _complete_in_bash("snitflade who stre").stdout.split()


def test_shell_completion_keeps_layer_warnings_out_of_the_prompt(tmp_path: Path) -> None:
    # A TAB press must not print "Advarsel: …" into the user's command line.
    (tmp_path / "collaboration_areas.yaml").write_text("areas:\n  - id: [broken\n")
    result = _complete_in_bash("snitflade who stre", SNITFLADE_DATA_PATH=str(tmp_path))
    assert "stress" in result.stdout.split()
    assert result.stderr == ""
    # The same layer still warns when the user asks a question.
    asked = subprocess.run(
        [sys.executable, "-m", "snitflade", "who", "stress"],
        env={**os.environ, "SNITFLADE_DATA_PATH": str(tmp_path)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert "ugyldig YAML" in asked.stderr


@pytest.mark.parametrize("args", [["deadlines", ""], ["deadlines", " "], ["site", ""]])
def test_a_blank_topic_or_folder_is_a_usage_error(args: list[str], tmp_path: Path) -> None:
    # `site ""` would otherwise name the working folder; `deadlines ""` would list everything.
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    assert "skriv" in result.stderr


@pytest.mark.parametrize(
    "args,suggestion",
    [
        (["stress"], "Mente du: snitflade who stress?"),
        (
            ["psykisk", "arbejdsmiljø", "-f", "json"],
            "Mente du: snitflade who psykisk arbejdsmiljø?",
        ),
        (["hvad gør AMR"], 'Mente du: snitflade who "hvad gør AMR"?'),
        (["sourcs"], "Mente du: sources?"),
        (["pizzaovn"], None),
    ],
)
def test_a_topic_typed_without_who_is_suggested_as_a_question(
    args: list[str], suggestion: str | None
) -> None:
    result = runner.invoke(app, args, env={"COLUMNS": "200"})
    assert result.exit_code == 2
    assert result.stdout == ""
    assert f"Ukendt kommando '{args[0]}'." in result.stderr
    if suggestion:
        assert suggestion in result.stderr
    else:
        assert "Mente du" not in result.stderr


def test_a_misspelled_command_is_still_suggested_before_a_topic() -> None:
    result = runner.invoke(app, ["whoo", "stress"], env={"COLUMNS": "200"})
    assert result.exit_code == 2
    assert "Mente du: who?" in result.stderr


@pytest.mark.parametrize("name", ["stress", "--version", "-h"])
def test_help_names_only_commands(name: str) -> None:
    # `help stress` is no question, and `help -- --version` no option: both are unknown commands.
    result = runner.invoke(app, ["help", "--", name], env={"COLUMNS": "200"})
    assert result.exit_code == 2
    assert result.stdout == ""
    assert f"Ukendt kommando '{name}'." in result.stderr
    assert "snitflade who" not in result.stderr


def test_help_completes_command_names(monkeypatch: pytest.MonkeyPatch) -> None:
    env = {"_SNITFLADE_COMPLETE": "complete_bash", "COMP_WORDS": "snitflade help c",
           "COMP_CWORD": "2"}  # fmt: skip
    result = runner.invoke(app, [], env=env)
    assert result.stdout.split() == ["compare", "checklist"]


def test_what_the_user_typed_is_shown_not_obeyed_in_a_suggestion() -> None:
    result = runner.invoke(app, ["stress", "\x1b[31mRED"], env={"COLUMNS": "200"})
    assert result.exit_code == 2
    assert "\x1b[31m" not in result.stderr
    assert "\\x1b[31mRED" in result.stderr
    quoted = runner.invoke(app, ["apv'en"], env={"COLUMNS": "200"})
    assert 'Mente du: snitflade who "apv\'en"?' in quoted.stderr
