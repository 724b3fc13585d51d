"""The first hour (issue 14): a command line that behaves the way people expect.

Each test here failed on the main of 2026-11-26 (b7b5016).
"""

from __future__ import annotations

import json
import re
import shlex
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import jsonschema
import pytest
import typer
import yaml
from typer.testing import CliRunner

from snitflade.cli import app
from snitflade.messages import msg
from snitflade.store.starter import PLACEHOLDERS, schema_folder, starter_layer

from .conftest import REPO

runner = CliRunner()

# Click's and Typer's own English words; none may appear in Danish help or errors.
ENGLISH_CLICK_WORDS = (
    "Usage",
    "Options",
    "Arguments",
    "Commands",
    "[required]",
    "[default",
    "Show this message",
    "Missing argument",
    "Missing option",
    "No such command",
    "No such option",
    "Invalid value",
    "for help",
    "Error",
    "Did you mean",
    "Possible options",
    "is not one of",
    "requires an argument",
    "unexpected extra",
    "Install completion",
    "Show completion",
    "<str>",
    "<path>",
)
EXAMPLES_HEADING = ("Eksempler:", "Examples:")
ALL_COMMANDS = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]
NO_ANSWER = {"validate", "init", "site", "help"}  # they write files or check layers; no --format


def invoke(*args: str, columns: int = 100) -> object:
    return runner.invoke(app, list(args), env={"COLUMNS": str(columns)})


# --- options where people put them ---------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["who", "stress", "--lang", "en"],
        ["who", "--lang", "en", "stress"],
        ["--lang", "en", "who", "stress"],
        ["who", "stress", "--lang=en"],
    ],
)
def test_lang_before_or_after_the_command(args: list[str]) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "Preventing stress" in result.stdout


def test_data_dir_strict_and_format_after_or_before_the_command(tmp_path: Path) -> None:
    layer = tmp_path / "lag"
    assert runner.invoke(app, ["init", str(layer)]).exit_code == 0
    after = runner.invoke(app, ["who", "arbejdstid", "--data-dir", str(layer), "-f", "json"])
    before = runner.invoke(app, ["--data-dir", str(layer), "-f", "json", "who", "arbejdstid"])
    assert after.exit_code == 0 and before.exit_code == 0
    assert json.loads(after.stdout) == json.loads(before.stdout)
    assert json.loads(after.stdout)["local"][0]["id"] == "lokal-arbejdstid"
    (layer / "glossary.yaml").write_text("terms:\n  - id: [broken\n", encoding="utf-8")
    assert runner.invoke(app, ["who", "stress", "--data-dir", str(layer)]).exit_code == 0
    strict = runner.invoke(app, ["who", "stress", "--data-dir", str(layer), "--strict"])
    assert strict.exit_code == 1 and "--strict" in strict.stderr


@pytest.mark.parametrize("before", [True, False])
def test_completion_follows_data_dir_before_or_after(tmp_path: Path, before: bool) -> None:
    import os
    import subprocess
    import sys

    layer = _layer(
        tmp_path, {"collaboration_areas.yaml": "areas:\n  - {id: stress, aliases: [zzkvist]}\n"}
    )
    line = (
        f"snitflade --data-dir {layer} who zzk"
        if before
        else f"snitflade who --data-dir {layer} zzk"
    )
    env = {
        **os.environ,
        "_SNITFLADE_COMPLETE": "complete_bash",
        "COMP_WORDS": line,
        "COMP_CWORD": str(len(line.split()) - 1),
    }
    result = subprocess.run(
        [sys.executable, "-m", "snitflade"], env=env, capture_output=True, text=True, check=False
    )
    assert result.stdout.split() == ["zzkvist"]


def test_the_example_in_init_help_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    help_text = runner.invoke(app, ["init", "--help"]).stdout
    example = next(line for line in help_text.splitlines() if "$ snitflade who" in line)
    words = shlex.split(example.strip().removeprefix("$ "))[1:]
    assert runner.invoke(app, ["init", "arbejdsplads/"]).exit_code == 0
    result = runner.invoke(app, words)
    assert result.exit_code == 0, result.output
    assert "arbejdsplads" in result.stderr  # --explain names the layer


def test_every_answering_command_takes_the_global_options() -> None:
    for command in ALL_COMMANDS:
        help_text = runner.invoke(app, [command, "--help"]).stdout
        for option in ("--lang", "--data-dir", "--strict", "--explain", "--sector"):
            assert option in help_text, (command, option)
        assert ("--format" in help_text) == (command not in NO_ANSWER), command


def test_onboarding_takes_the_role_as_an_argument() -> None:
    positional = runner.invoke(app, ["onboarding", "tr", "-f", "json"])
    option = runner.invoke(app, ["onboarding", "--role", "tr", "-f", "json"])
    assert positional.exit_code == 0 and positional.stdout == option.stdout
    assert runner.invoke(app, ["onboarding", "tr", "--role", "amr"]).exit_code == 2


def test_md_and_htm_are_format_names() -> None:
    markdown = runner.invoke(app, ["who", "stress", "-f", "md"])
    assert markdown.exit_code == 0 and markdown.stdout.startswith("# ")
    html = runner.invoke(app, ["checklist", "stress", "-f", "htm"])
    assert html.exit_code == 0 and html.stdout.startswith("<!doctype html>")


def test_an_explicit_format_wins_over_the_pipe_default() -> None:
    table = runner.invoke(app, ["topics", "-f", "table"]).stdout
    assert "Forebyggelse af stress" in table and "Hvis område" in table
    assert runner.invoke(app, ["topics"]).stdout.splitlines()[0].strip().isascii()


# --- files that are what their name says ---------------------------------------------------------


@pytest.mark.parametrize(
    "name,start",
    [
        ("x.html", "<!doctype html>"),
        ("x.htm", "<!doctype html>"),
        ("x.md", "# "),
        ("x.markdown", "# "),
        ("x.json", "{"),
        ("x.txt", "Møde om"),
    ],
)
def test_the_format_follows_the_extension(tmp_path: Path, name: str, start: str) -> None:
    result = runner.invoke(app, ["checklist", "stress", "-o", str(tmp_path / name)])
    assert result.exit_code == 0, result.output
    text = (tmp_path / name).read_text(encoding="utf-8")
    assert text.startswith(start)
    assert "\x1b" not in text


def test_onboarding_json_file_is_json(tmp_path: Path) -> None:
    assert runner.invoke(app, ["onboarding", "tr", "-o", str(tmp_path / "n.json")]).exit_code == 0
    assert json.loads((tmp_path / "n.json").read_text(encoding="utf-8"))["role"]["id"] == "tr"


@pytest.mark.parametrize(
    "args,words",
    [
        (["checklist", "stress", "-o", "x.pdf"], [".html", ".md", ".json", ".txt", "Udskriv"]),
        (["checklist", "stress", "-o", "x.docx"], [".html", ".md"]),
        (["checklist", "stress", "-f", "json", "-o", "x.md"], ["markdown", "json"]),
        (["onboarding", "tr", "-o", "x.docx"], [".html", ".md", ".json"]),
        (["who", "stress", "-f", "html"], ["table, markdown, json"]),
    ],
)
def test_a_file_it_cannot_write_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], words: list[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, args, env={"COLUMNS": "200"})
    assert result.exit_code == 2
    for word in words:
        assert word in result.stderr
    assert [p.name for p in tmp_path.iterdir() if p.name != "cache"] == []  # nothing written


# --- Danish all through --------------------------------------------------------------------------


def _helps(lang: str) -> Iterator[tuple[str, str]]:
    """Every help text at 80 and 40 columns, as a pipe gets it and as a terminal shows it."""
    for columns, terminal in ((80, False), (80, True), (40, False), (40, True)):
        env = {"COLUMNS": str(columns), "FORCE_COLOR": "1" if terminal else ""}
        for command in ["", *ALL_COMMANDS]:
            args = [command, "--help"] if command else ["--help"]
            result = runner.invoke(app, [*args, "--lang", lang], env=env)
            assert result.exit_code == 0, result.output
            where = f"{command or 'snitflade'}@{columns}{' terminal' if terminal else ''}"
            yield where, re.sub(r"\x1b\[[0-9;]*m", "", result.stdout)


def test_danish_help_has_no_english_click_or_typer_words() -> None:
    for where, text in _helps("da"):
        flat = " ".join(text.split())
        for word in ENGLISH_CLICK_WORDS:
            assert word not in flat, (where, word)
        assert "Brug:" in text and "Tilvalg" in text, where


def test_english_help_is_english() -> None:
    for where, text in _helps("en"):
        assert "Usage:" in text and "Options" in text and "Eksempler" not in text, where


@pytest.mark.parametrize(
    "args,danish",
    [
        (["who"], "Mangler argumentet 'EMNE'"),
        (["nope"], "Ukendt kommando 'nope'"),
        (["whoo", "stress"], "Mente du: who"),
        (["compare", "extra"], "Uventede ekstra argumenter (extra)"),
        (["who", "stress", "--bogus"], "Ukendt valgmulighed: --bogus"),
        (["role", "leder"], "'leder' er ikke en af: tr, amr"),
        (["search", "x", "-n", "abc"], "'abc' er ikke et heltal"),
        (["who", "stress", "x", "--data-dir"], "skal have en værdi"),
        (["--lang", "de", "who", "x"], "'de' er ikke en af: da, en"),
        (["who", "stress", "-f", "pdf"], "'pdf' er ikke en af"),
    ],
)
def test_usage_errors_are_danish(args: list[str], danish: str) -> None:
    result = runner.invoke(app, args, env={"COLUMNS": "200"})
    assert result.exit_code == 2
    flat = " ".join(result.stderr.split())
    assert danish in flat
    for word in ENGLISH_CLICK_WORDS:
        assert word not in flat, word
    assert "Prøv 'snitflade" in flat or "skal have en værdi" in flat


def test_usage_errors_are_english_in_english() -> None:
    result = runner.invoke(app, ["who", "--lang", "en"])
    assert result.exit_code == 2
    assert "Missing argument 'TOPIC'" in " ".join(result.stderr.split())


def _layer(tmp_path: Path, files: dict[str, str]) -> Path:
    folder = tmp_path / "lag"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_yaml_and_pydantic_problems_are_danish(tmp_path: Path) -> None:
    folder = _layer(
        tmp_path,
        {
            "collaboration_areas.yaml": "areas:\n  - id: stress\n  aliases: [x]\n",
            "roles.yaml": "roles:\n\t- id: tr\n",
            "sources.yaml": "sources:\n  - id: x\n    title: [1, 2]\n",
            "glossary.yaml": "terms:\n  - {id: t, term: T, text: X, sources: [deck], area: 5}\n",
        },
    )
    result = runner.invoke(app, ["validate", str(folder)])
    assert result.exit_code == 1
    out = result.stdout
    assert "fandt ikke det forventede '-'" in out
    assert "tabulator" in out
    assert "skal være tekst" in out
    for english in ("did not find", "Input should", "Value error", "found character"):
        assert english not in out
    assert "4 problemer i:" in result.stderr


def test_one_problem_is_written_as_danish_writes_it(tmp_path: Path) -> None:
    folder = _layer(tmp_path, {"roles.yaml": "roles:\n  - id: tr\n    nmae: X\n"})
    result = runner.invoke(app, ["validate", str(folder)])
    assert "1 problem i:" in result.stderr and "problem(er)" not in result.stderr


def test_a_list_of_choices_says_eller(tmp_path: Path) -> None:
    folder = _layer(
        tmp_path,
        {
            "collaboration_areas.yaml": "areas:\n  - id: stress\n    duties:\n"
            "      - {id: d, text: X, sources: [deck], role: boss}\n"
        },
    )
    out = runner.invoke(app, ["validate", str(folder)]).stdout
    assert "'amr' eller 'shared'" in out and " or " not in out


def test_model_checks_are_english_in_english(tmp_path: Path) -> None:
    folder = _layer(tmp_path, {"sources.yaml": "sources:\n  - {id: y, title: Y, url: 'ftp://x'}\n"})
    out = runner.invoke(app, ["--lang", "en", "validate", str(folder)]).stdout
    assert "must be an https://" in out and "skal være" not in out


def test_operating_system_errors_are_danish(tmp_path: Path) -> None:
    result = runner.invoke(app, ["checklist", "-o", str(tmp_path / "nope" / "x.md")])
    assert result.exit_code == 1
    assert "findes ikke" in result.stderr and "No such file" not in result.stderr
    denied = msg("cannot_write", path="x", reason="Permission denied")
    assert denied.text("da") == "kan ikke skrive x: adgang nægtet"
    assert denied.text("en") == "cannot write x: Permission denied"


def test_html_declares_the_language_it_is_written_in() -> None:
    assert (
        '<html lang="en">' in runner.invoke(app, ["checklist", "-f", "html", "--lang", "en"]).stdout
    )
    assert '<html lang="da">' in runner.invoke(app, ["checklist", "-f", "html"]).stdout


# --- help that reads well ------------------------------------------------------------------------


def test_help_has_no_broken_or_doubled_metavars() -> None:
    for where, text in [*_helps("da"), *_helps("en")]:
        assert "{" not in text.split("\n\n")[0] + text, where  # no {EMNE} in the usage line
        assert "htm l" not in text and "<table" not in text, where
        assert "<tr|amr>" not in text and "[tr|amr]>" not in text, where
        assert "\n\n\n" not in text, where
        lines = text.splitlines()
        heading = next(
            i for i, line in enumerate(lines) if "Eksempler:" in line or "Examples:" in line
        )
        assert lines[heading - 1].strip() == "" and lines[heading + 1].strip().startswith("$")


def test_help_is_the_same_list_on_a_terminal_and_in_a_pipe() -> None:
    texts = dict(_helps("da"))
    for command in ["snitflade", *ALL_COMMANDS]:
        for columns in ("@80", "@40"):
            where = f"{command}{columns}"
            assert texts[where] == texts[f"{where} terminal"], where
            assert "╭" not in texts[where] and "\nTilvalg:\n" in texts[where], where


@pytest.mark.parametrize(
    "env,styles",
    [
        ({"FORCE_COLOR": "1"}, {"\x1b[1mTilvalg\x1b[0m:", "\x1b[1;36m--lang\x1b[0m"}),
        ({"FORCE_COLOR": "1", "NO_COLOR": "1"}, {"\x1b[1mTilvalg\x1b[0m:", "\x1b[1m--lang\x1b[0m"}),
        ({"FORCE_COLOR": "1", "TERM": "dumb"}, set()),
        ({"FORCE_COLOR": ""}, set()),
    ],
)
def test_help_is_styled_only_where_rich_would_style_an_answer(
    env: dict[str, str], styles: set[str]
) -> None:
    # FORCE_COLOR stands in for a terminal, as Rich reads it; a pipe gets no escapes at all.
    text = runner.invoke(app, ["--help"], env={"TERM": "xterm", "NO_COLOR": "", **env}).stdout
    found = set(re.findall(r"\x1b\[[0-9;]*m[^\x1b]*\x1b\[0m:?", text))
    assert styles <= found
    assert bool(found) == bool(styles)
    assert ("\x1b[1;36m" in text) == ("\x1b[1;36m--lang\x1b[0m" in styles)


def test_help_shows_examples_first_and_options_last() -> None:
    # clig.dev: examples before the flag list; at the top, the commands before the options.
    for where, text in _helps("da"):
        examples, options = text.index("\nEksempler:\n"), text.index("\nTilvalg:\n")
        assert examples < options, where
        if where.startswith("snitflade@"):
            assert examples < text.index("\nKommandoer:\n") < options, where


def test_help_at_40_columns_truncates_nothing() -> None:
    for where, text in [*_helps("da"), *_helps("en")]:
        if "@40" not in where:
            continue
        assert "…" not in text, where
        for line in text.splitlines():
            assert len(line) <= 40 or line.strip().startswith("$ "), (where, line)


def test_examples_are_not_wrapped_at_80_columns() -> None:
    from snitflade.strings import EXAMPLES

    for command in ALL_COMMANDS:
        text = runner.invoke(app, [command, "--help"], env={"COLUMNS": "80"}).stdout
        for example in EXAMPLES[command]:
            assert f"$ {example}" in text, (command, example)


def test_snitflade_alone_prints_an_overview_and_exits_0() -> None:
    result = runner.invoke(app, [])
    assert result.exit_code == 0
    assert "snitflade who stress" in result.stdout and "--help" in result.stdout
    assert len(result.stdout.splitlines()) < 20
    assert max(len(line) for line in result.stdout.splitlines()) <= 80
    english = runner.invoke(app, ["--lang", "en"])
    assert english.exit_code == 0 and "Most used" in english.stdout


# --- output in terminals and pipes ---------------------------------------------------------------


def _source_urls() -> list[str]:
    document = json.loads(runner.invoke(app, ["sources", "-f", "json"]).stdout)
    return [s["url"] for s in document["sources"] if s["url"]]


@pytest.mark.parametrize("columns", [40, 80, 200])
def test_urls_are_never_broken(columns: int, tmp_path: Path) -> None:
    out = invoke("who", "sygefravær", columns=columns).stdout  # type: ignore[attr-defined]
    urls = re.findall(r"https?://\S+", out)
    assert urls and all(url in _source_urls() or "foa.dk" in url for url in urls)
    assert "https://pav.medst.dk/sygdom/dokumentation/personlig-samtale/" in out
    runner.invoke(app, ["checklist", "sygefravær", "-o", str(tmp_path / "s.txt")])
    written = (tmp_path / "s.txt").read_text(encoding="utf-8")
    for url in re.findall(r"https?://\S+", written):
        assert url in _source_urls() or url.startswith("https://www.foa.dk/"), url
    sources = invoke("sources", columns=columns).stdout  # type: ignore[attr-defined]
    for url in _source_urls():
        assert url in sources


def test_prose_is_capped_for_reading_on_wide_terminals() -> None:
    out = invoke("who", "stress", columns=160).stdout  # type: ignore[attr-defined]
    assert max(len(line) for line in out.splitlines() if "://" not in line) <= 100


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text))


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("columns", [80, 40])
def test_compare_breaks_between_words(lang: str, columns: int) -> None:
    wide = invoke("compare", "--lang", lang, columns=200).stdout  # type: ignore[attr-defined]
    narrow = invoke("compare", "--lang", lang, columns=columns).stdout  # type: ignore[attr-defined]
    assert _words(narrow) <= _words(wide), _words(narrow) - _words(wide)


def test_each_source_once_and_citations_in_order() -> None:
    out = runner.invoke(app, ["who", "sygefravær", "-f", "md"]).stdout
    sources = out.split("## Kilder", 1)[1]
    urls = re.findall(r"\(<(https?://[^>]+)>\)", sources)
    assert len(urls) == len(set(urls))
    assert "sygedagpengeloven § 7 a), sygedagpengeloven § 7 a" not in sources
    for marks in re.findall(r"\[(\d+(?:,\d+)+)\]", out):
        numbers = [int(n) for n in marks.split(",")]
        assert numbers == sorted(numbers), marks


def test_also_close_names_titles() -> None:
    out = runner.invoke(app, ["who", "hvad gør TR ved stress og mobning", "--why"]).stdout
    line = next(line for line in out.splitlines() if line.startswith("Også tæt på"))
    assert "Forebyggelse af stress (" in line and "på: stress" not in line


# --- small things people notice ------------------------------------------------------------------


@pytest.mark.parametrize(
    "word,days", [("i dag", 0), ("today", 0), ("i morgen", 1), ("tomorrow", 1), ("I  Morgen", 1)]
)
def test_dates_in_words(word: str, days: int) -> None:
    result = runner.invoke(app, ["checklist", "--date", word, "-f", "json"])
    assert result.exit_code == 0, result.output
    expected = (date.today() + timedelta(days=days)).isoformat()
    assert json.loads(result.stdout)["checklist"]["date"] == expected


def test_an_ambiguous_date_is_refused_with_a_hint() -> None:
    result = runner.invoke(app, ["checklist", "--date", "12/01/2026"], env={"COLUMNS": "200"})
    assert result.exit_code == 2
    flat = " ".join(result.stderr.split())
    assert "2026-01-12" in flat and "12.1.2026" in flat
    unambiguous = runner.invoke(app, ["checklist", "--date", "26/11/2026", "-f", "json"])
    assert json.loads(unambiguous.stdout)["checklist"]["date"] == "2026-11-26"


@pytest.mark.parametrize("lead", ["tr", "amr", "shared"])
def test_topics_by_role(lead: str) -> None:
    document = json.loads(runner.invoke(app, ["topics", "--role", lead, "-f", "json"]).stdout)
    assert document["topics"] and {t["lead"] for t in document["topics"]} == {lead}
    every = json.loads(runner.invoke(app, ["topics", "-f", "json"]).stdout)["topics"]
    assert len(document["topics"]) < len(every)


def test_topics_shows_the_lead() -> None:
    out = runner.invoke(app, ["topics", "-f", "table"]).stdout
    stress = next(line for line in out.splitlines() if line.strip().startswith("stress"))
    assert "TR og AMR" in stress


def test_init_files_name_their_schema_and_validate_against_it(tmp_path: Path) -> None:
    assert runner.invoke(app, ["init", str(tmp_path / "lag")]).exit_code == 0
    for name in starter_layer():
        text = (tmp_path / "lag" / name).read_text(encoding="utf-8")
        first = text.splitlines()[0]
        assert first.startswith("# yaml-language-server: $schema=file://"), first
        schema_path = Path(first.split("$schema=file://", 1)[1])
        assert schema_path.parent == schema_folder() and schema_path.is_file()
        schema = json.loads(schema_path.read_text(encoding="utf-8"))
        # settings.yaml is all comments (the sector commented out): the defaults, an empty mapping
        jsonschema.validate(yaml.safe_load(text) or {}, schema)


def test_committed_layer_schemas_are_current() -> None:
    from snitflade.store.schema import data_file_schemas
    from snitflade.store.starter import layer_schemas

    for name, text in layer_schemas(data_file_schemas()).items():
        assert (REPO / "schema" / "layer" / name).read_text(encoding="utf-8") == text, name


def test_validate_warns_about_init_placeholders(tmp_path: Path) -> None:
    layer = tmp_path / "lag"
    runner.invoke(app, ["init", str(layer)])
    result = runner.invoke(app, ["validate", str(layer)])
    assert result.exit_code == 0
    for placeholder in PLACEHOLDERS:
        assert placeholder in result.stderr
    assert "roles.yaml:" in result.stderr
    for name in ("roles.yaml", "sources.yaml"):
        path = layer / name
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("Navn Navnesen", "Anna").replace("example.org", "a.dk"))
    assert "Advarsel" not in runner.invoke(app, ["validate", str(layer)]).stderr


# --- the README's examples run as written; every command's JSON has a schema ---------------------


def _readme_examples() -> list[list[str]]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    examples = []
    for block in re.findall(r"```sh\n(.*?)```", readme, flags=re.S):
        for line in block.splitlines():
            if not line.startswith("snitflade ") or line.rstrip().endswith("\\"):
                continue
            words = shlex.split(line.split("  #")[0].split(" # ")[0])
            for stop in ("|", ">"):
                if stop in words:
                    words = words[: words.index(stop)]
            if {"--install-completion", "--show-completion"} & set(words) or "<TAB>" in line:
                continue
            examples.append(words[1:])
    return examples


def test_the_readme_says_how_its_examples_run() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert ". .venv/bin/activate" in readme and ".venv/bin/snitflade" in readme


def test_the_readme_examples_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    examples = _readme_examples()
    assert len(examples) > 25
    for words in examples:
        result = runner.invoke(app, words)
        assert result.exit_code == 0, (words, result.output)


OUTPUT_SCHEMAS = REPO / "schema" / "output"


def _output_cases(layer: Path) -> dict[str, list[list[str]]]:
    base = ["--data-dir", str(layer), "-f", "json"]
    return {
        "who": [
            [*base, "who", "arbejdstid"],
            ["who", "sygefravær", "-f", "json", "--lang", "en"],
            ["--sector", "stat", "who", "stress", "-f", "json"],
        ],
        "search": [["search", "hviletid", "-f", "json"]],
        "glossary": [["glossary", "-f", "json"]],
        "topics": [["topics", "-f", "json"]],
        "role": [[*base, "role", "tr"], ["role", "amr", "-f", "json"]],
        "compare": [["compare", "-f", "json"]],
        "sources": [["sources", "-f", "json"]],
        "checklist": [
            ["checklist", "-f", "json", "--date", "2026-12-01"],
            [*base, "checklist", "arbejdstid", "--workplace", "Solhøj"],
            ["checklist", "--all", "-f", "json"],  # the booklet
        ],
        "onboarding": [
            [*base, "onboarding", "amr"],
            ["--sector", "kommune", "onboarding", "tr", "-f", "json"],
        ],
        "deadlines": [
            ["deadlines", "-f", "json"],
            [*base, "deadlines", "apv", "--role", "amr"],
            ["--sector", "privat", "deadlines", "-f", "json"],
        ],
    }


def test_every_answering_command_has_an_output_schema() -> None:
    answering = [c for c in ALL_COMMANDS if c not in NO_ANSWER]
    assert sorted(p.name for p in OUTPUT_SCHEMAS.glob("*.schema.json")) == sorted(
        f"{c}.schema.json" for c in answering
    )


def test_real_output_validates_against_the_committed_schema(tmp_path: Path) -> None:
    layer = tmp_path / "lag"
    runner.invoke(app, ["init", str(layer)])
    for command, cases in _output_cases(layer).items():
        schema = json.loads((OUTPUT_SCHEMAS / f"{command}.schema.json").read_text("utf-8"))
        jsonschema.Draft202012Validator.check_schema(schema)
        for args in cases:
            result = runner.invoke(app, args)
            assert result.exit_code == 0, (args, result.output)
            document = json.loads(result.stdout)
            jsonschema.validate(document, schema)
    who = json.loads(runner.invoke(app, _output_cases(layer)["who"][0]).stdout)
    assert who["local"] and who["contacts"]["tr"][0]["name"] == "Navn Navnesen"


def test_the_schema_catches_an_undocumented_field() -> None:
    schema = json.loads((OUTPUT_SCHEMAS / "who.schema.json").read_text("utf-8"))
    document = json.loads(runner.invoke(app, ["who", "stress", "-f", "json"]).stdout)
    document["surprise"] = 1
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, schema)
