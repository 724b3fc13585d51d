"""The English edition: both languages everywhere, chosen by --lang or the locale."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from snitflade.ask.matching import find_area
from snitflade.cli import app
from snitflade.errors import NoMatchError
from snitflade.language import choose_language
from snitflade.render.words import Words
from snitflade.store.model import Catalog
from snitflade.strings import STRINGS
from tests.support import builtin_data_dir, load_catalog

runner = CliRunner()


# --- how the language is chosen --------------------------------------------------------------


@pytest.mark.parametrize(
    "flag,environ,expected",
    [
        ("en", {"SNITFLADE_LANG": "da", "LANG": "da_DK.UTF-8"}, "en"),
        ("da", {"SNITFLADE_LANG": "en"}, "da"),
        (None, {"SNITFLADE_LANG": "en", "LANGUAGE": "da", "LANG": "da_DK.UTF-8"}, "en"),
        (None, {"LANGUAGE": "en_GB:da", "LC_ALL": "da_DK.UTF-8"}, "en"),
        (None, {"LANGUAGE": "da:en", "LC_ALL": "en_US.UTF-8"}, "da"),
        (None, {"LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "da_DK.UTF-8"}, "en"),
        (None, {"LC_MESSAGES": "en_US.UTF-8", "LANG": "da_DK.UTF-8"}, "en"),
        (None, {"LANG": "en_US.UTF-8"}, "en"),
        (None, {"LANG": "da_DK.UTF-8"}, "da"),
        (None, {"LANG": "fr_FR.UTF-8"}, "da"),
        (None, {"LANG": "C.UTF-8"}, "da"),
        (None, {"SNITFLADE_LANG": "", "LANG": "en_US.UTF-8"}, "en"),
        (None, {}, "da"),
    ],
)
def test_each_step_of_the_selection_order(
    flag: str | None, environ: dict[str, str], expected: str
) -> None:
    assert choose_language(flag, environ) == expected


def test_the_environment_picks_the_output_language(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert "Preventing stress" in runner.invoke(app, ["who", "stress"]).stdout
    monkeypatch.setenv("SNITFLADE_LANG", "da")
    assert "Forebyggelse af stress" in runner.invoke(app, ["who", "stress"]).stdout
    assert "Preventing stress" in runner.invoke(app, ["--lang", "en", "who", "stress"]).stdout


@pytest.mark.parametrize("value", ["de", "english", "EN_GB", ""])
def test_any_other_lang_value_is_a_usage_error(value: str) -> None:
    result = runner.invoke(app, ["--lang", value, "who", "stress"])
    assert result.exit_code == 2
    assert result.stdout == ""


def test_help_follows_the_language() -> None:
    def helptext(*args: str) -> str:
        env = {k: v for k, v in os.environ.items() if k not in {"LANG", "LANGUAGE", "LC_ALL"}}
        result = subprocess.run(
            [sys.executable, "-m", "snitflade", *args], capture_output=True, text=True, env=env,
            check=False,
        )  # fmt: skip
        return result.stdout

    english = helptext("--lang", "en", "who", "--help")
    assert "Show what the TR does" in english and "Examples:" in english
    danish = helptext("who", "--help")
    assert "Vis hvad TR gør" in danish and "Eksempler:" in danish


# --- every text in both languages ------------------------------------------------------------


def test_every_bundled_item_has_both_languages() -> None:
    assert load_catalog(lang="en").untranslated == frozenset()

    def texts(node: object, key: str = "") -> list[object]:
        if isinstance(node, dict):
            found = [v for k, v in node.items() if k in {"text", "note", "summary", "expansion"}]
            if key in {"areas", "roles", "guidance"}:
                found += [node.get("title", node.get("name"))]
            return found + [t for k, v in node.items() for t in texts(v, k)]
        if isinstance(node, list):
            return [t for item in node for t in texts(item, key)]
        return []

    for name in ("roles.yaml", "collaboration_areas.yaml", "glossary.yaml"):
        document = yaml.safe_load((builtin_data_dir() / name).read_text(encoding="utf-8"))
        for value in texts(document):
            assert isinstance(value, dict) and value.get("da") and value.get("en"), (name, value)


def test_the_interface_words_exist_in_both_languages() -> None:
    # One table of interface strings (strings.py): every entry in both languages.
    assert all(set(texts) == {"da", "en"} for texts in STRINGS.values())
    declared = set(Words.__annotations__)
    assert declared == {k.removeprefix("words.") for k in STRINGS if k.startswith("words.")}
    for lang in ("da", "en"):
        assert all(hasattr(Words(lang), name) for name in declared)
    # None is Pydantic's own word; only the English side may lean on it.
    assert all(v["da"] is not None for k, v in STRINGS.items() if not k.startswith("pydantic."))


def test_english_keeps_the_danish_institutions_and_glosses_them() -> None:
    out = " ".join(runner.invoke(app, ["--lang", "en", "who", "apv"]).stdout.split())
    assert "Workplace assessment (APV)" in out
    assert "AMO: arbejdsmiljøorganisation, the work environment organisation" in out
    assert "Danish" not in runner.invoke(app, ["--lang", "en", "who", "apv"]).stderr


def test_messages_and_errors_are_in_english_too(tmp_path: Path) -> None:
    result = runner.invoke(app, ["--lang", "en", "who", "pizza"])
    assert result.exit_code == 1
    assert result.stderr.startswith('Error: Found no topic for "pizza".')
    result = runner.invoke(app, ["--lang", "en", "who", "arbejd"])
    assert "Did you mean: " in result.stderr
    broken = tmp_path / "lag"
    broken.mkdir()
    (broken / "roles.yaml").write_text("roles:\n  - id: tr\n    nmae: X\n", encoding="utf-8")
    result = runner.invoke(app, ["--lang", "en", "validate", str(broken)])
    assert "roles.0.nmae: unknown key (did you mean 'name'?)" in result.stdout
    assert "1 problem in:" in result.stderr


# --- a Danish-only layer in English ----------------------------------------------------------


def test_english_falls_back_to_danish_and_marks_it(tmp_path: Path) -> None:
    folder = tmp_path / "lag"
    folder.mkdir()
    (folder / "collaboration_areas.yaml").write_text(
        textwrap.dedent("""\
        areas:
          - id: stress
            local:
              - {id: stress-lokal, text: Vi har en stresspolitik fra 2025., sources: [deck]}
        """),
        encoding="utf-8",
    )
    args = ["--lang", "en", "--data-dir", str(folder), "who", "stress"]
    out = " ".join(runner.invoke(app, [*args, "-f", "markdown"]).stdout.split())
    assert "Vi har en stresspolitik fra 2025. [1] (in Danish only)" in out
    document = json.loads(runner.invoke(app, [*args, "-f", "json"]).stdout)
    local = document["local"][0]
    assert local["untranslated"] is True and local["text"].startswith("Vi har")
    assert document["duties"][0]["untranslated"] is False


# --- matching works in both languages --------------------------------------------------------


@pytest.fixture(scope="module")
def english() -> Catalog:
    return load_catalog(lang="en")


ENGLISH_QUERIES = [
    ("Preventing stress", "stress"),
    ("Working hours, rest periods and days off", "arbejdstid"),
    ("Workplace assessment (APV)", "apv"),
    ("Sick leave", "sygefravaer"),
    ("Pay and pay negotiations", "loen"),
    ("Physical work environment", "fysisk-arbejdsmiljoe"),
    ("Cooperation committee", "samarbejdsudvalg"),
    ("Preventing violence, bullying and harassment", "vold-mobning-chikane"),
    ("The annual work environment discussion", "arbejdsmiljoedroeftelse"),
    ("Instruction and training of new employees", "nyansatte"),
    ("what does the AMR do about stress", "stress"),
    ("who takes part in the workplace assessment", "apv"),
    ("Forebyggelse af stress", "stress"),
    ("Løn og lønforhandlinger", "loen"),
]


@pytest.mark.parametrize("query,area_id", ENGLISH_QUERIES)
def test_english_and_danish_titles_find_their_area_in_either_language(
    catalog: Catalog, english: Catalog, query: str, area_id: str
) -> None:
    assert find_area(catalog, query).area.id == area_id
    assert find_area(english, query).area.id == area_id


@pytest.mark.parametrize("query", ["pizza", "football", "coffee machine", "weather tomorrow"])
def test_unrelated_english_words_get_no_match(english: Catalog, query: str) -> None:
    with pytest.raises(NoMatchError):
        find_area(english, query)


def test_every_answer_marks_danish_only_items_in_english(tmp_path: Path) -> None:
    folder = tmp_path / "lag"
    folder.mkdir()
    (folder / "glossary.yaml").write_text(
        "terms:\n  - {id: term-lokal, term: LAU, text: Lokalt arbejdsudvalg., sources: [deck]}\n",
        encoding="utf-8",
    )
    base = ["--lang", "en", "--data-dir", str(folder)]
    glossary = json.loads(runner.invoke(app, [*base, "glossary", "LAU", "-f", "json"]).stdout)
    assert glossary["terms"][0]["untranslated"] is True
    search = json.loads(runner.invoke(app, [*base, "search", "LAU", "-f", "json"]).stdout)
    assert search["hits"][0]["id"] == "term-lokal" and search["hits"][0]["untranslated"] is True
    markdown = runner.invoke(app, [*base, "glossary", "LAU", "-f", "markdown"]).stdout
    assert "(in Danish only)" in markdown
