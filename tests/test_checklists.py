"""Meeting checklists and onboarding notes: the core, the CLI, golden files."""

from __future__ import annotations

import json
import os
import re
from html import escape
from pathlib import Path

import pytest
from typer.testing import CliRunner

from snitflade.ask.checklists import (
    Meeting,
    area_checklist,
    coordination_checklist,
    onboarding_note,
)
from snitflade.cli import app
from snitflade.store.model import Catalog

runner = CliRunner()
GOLDEN = Path(__file__).parent / "golden"
MEETING = ["--workplace", "Plejecenter Solhøj", "--date", "2026-12-01",
           "--participants", "Anna (TR), Bo (AMR)"]  # fmt: skip

# (golden file, command line)
GOLDEN_CASES = [
    ("checklist-coordination.md", ["checklist", *MEETING, "-f", "markdown"]),
    ("checklist-coordination.html", ["checklist", *MEETING, "-f", "html"]),
    ("checklist-coordination.json", ["checklist", *MEETING, "-f", "json"]),
    ("checklist-stress.md", ["checklist", "stress", *MEETING, "-f", "markdown"]),
    ("checklist-stress.html", ["checklist", "stress", *MEETING, "-f", "html"]),
    ("checklist-stress.json", ["checklist", "stress", *MEETING, "-f", "json"]),
    ("checklist-apv-blank.md", ["checklist", "apv", "-f", "markdown"]),
    ("onboarding-tr.md", ["onboarding", "--role", "tr"]),
    ("onboarding-amr.json", ["onboarding", "--role", "amr", "-f", "json"]),
    ("en-checklist-stress.md", ["--lang", "en", "checklist", "stress", *MEETING, "-f", "markdown"]),
    ("en-checklist-coordination.html", ["--lang", "en", "checklist", *MEETING, "-f", "html"]),
    ("en-onboarding-amr.md", ["--lang", "en", "onboarding", "--role", "amr"]),
    ("onboarding-amr.html", ["onboarding", "amr", "-f", "html"]),
    ("en-onboarding-tr.html", ["--lang", "en", "onboarding", "tr", "-f", "html"]),
    ("en-checklist-stress.html", ["--lang", "en", "checklist", "stress", *MEETING, "-f", "html"]),
    ("en-who-sygefravaer.md", ["--lang", "en", "who", "sick leave", "-f", "markdown"]),
    ("en-who-loen.json", ["--lang", "en", "who", "pay", "-f", "json"]),
]


@pytest.mark.parametrize("name,args", GOLDEN_CASES, ids=[n for n, _ in GOLDEN_CASES])
def test_golden(name: str, args: list[str]) -> None:
    result = runner.invoke(app, args, catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    path = GOLDEN / name
    if os.environ.get("SNITFLADE_UPDATE_GOLDEN") == "1":
        path.write_text(result.stdout, encoding="utf-8")
    assert result.stdout == path.read_text(encoding="utf-8"), (
        f"{name} changed; review, then regenerate with SNITFLADE_UPDATE_GOLDEN=1"
    )


def test_coordination_checklist_is_built_from_the_deck(catalog: Catalog) -> None:
    checklist = coordination_checklist(catalog, Meeting())
    keys = [s.key for s in checklist.sections]
    assert keys[0] == "questions" and keys[-1] == "follow_up"
    ids = {line.item.id for s in checklist.sections for line in s.items}
    assert {"spoergsmaal-samarbejde-nu", "spoergsmaal-faelles-maal", "spoergsmaal-tillid",
            "spoergsmaal-forventninger"} <= ids  # fmt: skip
    assert {"raad-fokusomraader", "raad-strategi", "raad-faelles-stemme",
            "inddrag-foer-forhandling"} <= ids  # fmt: skip
    assert all(link.confirmed for link in checklist.links)


@pytest.mark.parametrize("area_id", ["stress", "arbejdstid", "loen", "apv", "trio"])
def test_area_checklist_comes_from_the_area_data(catalog: Catalog, area_id: str) -> None:
    area = catalog.area(area_id)
    checklist = area_checklist(catalog, area_id, Meeting())
    by_key = {s.key: s for s in checklist.sections}
    for role in ("tr", "amr"):
        ids = [line.item.id for line in by_key[role].items]
        steps = [s.id for s in area.steps if s.role == role]
        duties = [d.id for d in area.duties if d.role == role]
        assert ids == steps + duties  # steps first, then the duties as actions
    texts = {line.text for s in checklist.sections for line in s.items}
    assert all(d.action in texts for d in area.duties if d.action)
    assert [line.item.id for line in by_key["follow_up"].items] == [f"{area_id}-opfoelgning"]
    assert not by_key["know"].checkable
    assert {e.id for e in area.employer} <= {line.item.id for line in by_key["know"].items}


VERBS = Path(__file__).parent / "data" / "imperative_verbs.txt"


def _verbs() -> dict[str, set[str]]:
    verbs: dict[str, set[str]] = {"da": set(), "en": set()}
    lang = "da"
    for line in VERBS.read_text(encoding="utf-8").splitlines():
        if line.strip() == "# en":
            lang = "en"
        elif line.strip() and not line.startswith("#"):
            verbs[lang].add(line.strip().casefold())
    return verbs


@pytest.mark.parametrize("lang", ["da", "en"])
def test_every_box_of_every_topic_begins_with_an_imperative(lang: str) -> None:
    from tests.support import builtin_data_dir, load_catalog

    catalog = load_catalog(builtin_data_dir(), lang)
    verbs = _verbs()[lang]
    for area in catalog.areas:
        checklist = area_checklist(catalog, area.id, Meeting())
        keys = [s.key for s in checklist.sections if s.checkable]
        assert keys == ["tr", "amr", "together", "follow_up"], area.id
        for section in checklist.sections:
            assert section.items, (area.id, section.key)  # every section has an item
            if not section.checkable:
                continue
            for line in section.items:
                first = line.text.split()[0].strip(",.:").casefold()
                assert first in verbs, (area.id, section.key, line.text)
        follow_up = checklist.sections[3].items[-1].text
        assert ("hvem der gør hvad" in follow_up) or ("who does what" in follow_up), area.id


@pytest.mark.parametrize("fmt", ["markdown", "html"])  # what goes on paper
@pytest.mark.parametrize("args", [["checklist", "stress"], ["checklist"], ["onboarding", "tr"]])
def test_nothing_on_paper_holds_codes_unconfirmed_links_or_commands(
    fmt: str, args: list[str]
) -> None:
    for lang in ("da", "en"):
        out = runner.invoke(app, ["--lang", lang, *args, "-f", fmt]).stdout
        assert not re.search(r"\b[A-ZØ]{2,}(-[A-Z0-9]+)*-\d{2}\b", out), (lang, fmt)  # APV-04
        assert "kunne ikke findes" not in out and "could not be found" not in out
        assert "ikke efterprøvet" not in out and "has not been checked" not in out
        assert not re.search(r"snitflade (--|who|glossary|checklist)", out)  # no commands


def test_the_booklet_has_contents_and_every_topic(catalog: Catalog) -> None:
    html = runner.invoke(app, ["checklist", "--all", "-f", "html"]).stdout
    assert html.count('<div class="sheet">') == len(catalog.areas)
    assert "Indhold" in html
    for area in catalog.areas:
        assert escape(area.title) in html
    document = json.loads(runner.invoke(app, ["checklist", "--all", "-f", "json"]).stdout)
    assert len(document["checklists"]) == len(catalog.areas)
    both = runner.invoke(app, ["checklist", "stress", "--all"])
    assert both.exit_code == 2


def test_checklist_topic_matching_is_the_same_as_who() -> None:
    for words in (["sygefravaer"], ["hvem", "deltager", "i", "APV?"], ["mobbning"]):
        who = json.loads(runner.invoke(app, ["who", *words, "-f", "json"]).stdout)
        checklist = json.loads(runner.invoke(app, ["checklist", *words, "-f", "json"]).stdout)
        assert checklist["checklist"]["area"]["id"] == who["area"]["id"]


def test_checklist_no_match_exits_1() -> None:
    result = runner.invoke(app, ["checklist", "pizza"])
    assert result.exit_code == 1
    assert "Fandt intet emne" in result.stderr


def test_markdown_checklist_has_checkboxes() -> None:
    out = runner.invoke(app, ["checklist", "stress", "-f", "markdown"]).stdout
    assert out.count("- [ ] ") >= 5
    assert "## TR forbereder" in out and "## AMR forbereder" in out
    assert "## I beslutter sammen" in out and "## Opfølgning" in out


@pytest.mark.parametrize("date", ["2026-12-01", "01.12.2026", "1.12.2026", "01-12-2026"])
def test_date_formats(date: str) -> None:
    document = json.loads(runner.invoke(app, ["checklist", "--date", date, "-f", "json"]).stdout)
    assert document["checklist"]["date"] == "2026-12-01"
    markdown = runner.invoke(app, ["checklist", "--date", date, "-f", "markdown"]).stdout
    assert "**Dato:** 1. december 2026" in markdown
    english = runner.invoke(app, ["--lang", "en", "checklist", "--date", date, "-f", "markdown"])
    assert "**Date:** 1 December 2026" in english.stdout


@pytest.mark.parametrize("date", ["2026-13-45", "igår", ""])
def test_bad_date_is_a_usage_error(date: str) -> None:
    result = runner.invoke(app, ["checklist", "--date", date])
    assert result.exit_code == 2
    assert "ikke en dato" in result.stderr


def test_participants_split_on_commas_and_repeat() -> None:
    args = ["checklist", "--participants", "Anna, Bo", "--participants", "Cai", "-f", "json"]
    document = json.loads(runner.invoke(app, args).stdout)
    assert document["checklist"]["participants"] == ["Anna", "Bo", "Cai"]


def test_output_file_is_written_and_never_overwritten_without_force(tmp_path: Path) -> None:
    target = tmp_path / "stress.html"
    result = runner.invoke(app, ["checklist", "stress", "-f", "html", "-o", str(target)])
    assert result.exit_code == 0 and result.stdout == ""
    assert target.read_text(encoding="utf-8").startswith("<!doctype html>")
    target.write_text("mine", encoding="utf-8")
    result = runner.invoke(app, ["checklist", "stress", "-f", "html", "-o", str(target)])
    assert result.exit_code == 1
    assert "findes allerede" in result.stderr and "--force" in result.stderr
    assert target.read_text(encoding="utf-8") == "mine"  # nothing lost
    text_file = tmp_path / "stress.txt"  # .txt: the terminal's text, without colour
    result = runner.invoke(app, ["checklist", "stress", "-o", str(text_file), "--force"])
    assert result.exit_code == 0
    assert "☐" in text_file.read_text(encoding="utf-8")
    assert "\x1b" not in text_file.read_text(encoding="utf-8")


def test_output_dash_is_stdout() -> None:
    result = runner.invoke(app, ["checklist", "-o", "-", "-f", "markdown"])
    assert result.exit_code == 0
    assert result.stdout.startswith("# Koordineringsmøde mellem TR og AMR")


def test_output_to_a_missing_folder_fails_cleanly(tmp_path: Path) -> None:
    result = runner.invoke(app, ["checklist", "-o", str(tmp_path / "nope" / "x.md")])
    assert result.exit_code == 1
    assert "kan ikke skrive" in result.stderr
    assert not (tmp_path / "nope").exists()


def test_checklist_never_prompts_with_closed_stdin() -> None:
    result = runner.invoke(app, ["checklist", "stress"], input="")
    assert result.exit_code == 0
    assert "Arbejdsplads: ____" in result.stdout


@pytest.mark.parametrize("role", ["tr", "amr"])
def test_onboarding_is_short_in_the_second_person_with_first_steps(
    catalog: Catalog, role: str
) -> None:
    note = onboarding_note(catalog, role)
    assert 5 <= len(note.first_steps) <= 9
    assert {b.aspect for b in note.rights} <= {"tid", "beskyttelse", "uddannelse"}
    assert len(note.links) <= 8 and all(link.confirmed for link in note.links)
    out = runner.invoke(app, ["onboarding", role]).stdout
    assert out.startswith(f"# Godt i gang som {role.upper()}")  # Markdown is the default
    for heading in ("## Dine første 30 dage", "## Dine rettigheder kort", "## Emner, du har",
                    "## Emner, I deler", "## Kilder"):  # fmt: skip
        assert heading in out
    assert "Du er valgt som" in out
    assert "`" not in out  # no topic ids in backticks
    assert len(out.splitlines()) < 90
    assert runner.invoke(app, ["onboarding", "--role", role]).stdout == out
    assert runner.invoke(app, ["onboarding"]).exit_code == 2


def test_html_is_standalone_and_escapes_everything() -> None:
    out = runner.invoke(
        app, ["checklist", "--workplace", "<script>x</script>", "-f", "html"]
    ).stdout
    assert "<script>" not in out
    assert "&lt;script&gt;x&lt;/script&gt;" in out
    for outside in ("src=", "<link", "@import", "url("):
        assert outside not in out
    assert "@page { size: A4" in out
