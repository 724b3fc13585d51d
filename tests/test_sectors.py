"""Sector: which rules hold where the user works, in every format (issue 11)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from snitflade.cli import app
from snitflade.store.model import Catalog

runner = CliRunner()

# `bisidder` (advarsler) has rules that hold only in some sectors; so has the TR's role page.
STATE_ONLY = "Der kan vælges en TR, når der er mindst 5 medarbejdere i gruppen"


def run(*args: str, env: dict[str, str] | None = None) -> str:
    result = runner.invoke(app, list(args), env=env)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def limited_items(catalog: Catalog) -> list[tuple[str, str, tuple[str, ...]]]:
    """(area id, text, sectors) for every limited statement on an area's page."""
    return [
        (area.id, item.text, item.sectors)
        for area in catalog.areas
        for item in (*area.duties, *area.facts, *area.steps, *area.employer)
        if item.sectors
    ]


def test_the_data_scopes_rules_to_sectors(catalog: Catalog) -> None:
    assert len(limited_items(catalog)) >= 20
    assert {s for _, _, sectors in limited_items(catalog) for s in sectors} == {
        "privat", "stat", "kommune", "region",
    }  # fmt: skip


@pytest.mark.parametrize("fmt", ["table", "markdown"])
def test_without_a_sector_each_limited_rule_is_labelled_in_place(fmt: str) -> None:
    text = run("role", "tr", "-f", fmt)
    assert "I staten" in text and "I den private sektor" in text
    english = run("--lang", "en", "role", "tr", "-f", fmt)
    assert "In the state" in english


@pytest.mark.parametrize("fmt", ["table", "markdown"])
def test_a_chosen_sector_shows_only_its_rules_and_says_so(fmt: str) -> None:
    everything = run("role", "tr", "-f", fmt)
    private = run("--sector", "privat", "role", "tr", "-f", fmt)
    assert "Viser reglerne for den private sektor" in private
    assert "I staten:" not in private  # state rules are gone, and no labels are needed
    assert "I den private sektor:" not in private
    assert len(private) < len(everything)


def test_json_carries_the_sectors_and_the_choice() -> None:
    document = json.loads(run("role", "tr", "-f", "json"))
    assert document["sector"] is None
    limited = [b for b in document["basis"] if b["sectors"]]
    assert limited and all(
        set(b["sectors"]) <= {"privat", "stat", "kommune", "region"} for b in limited
    )
    state = json.loads(run("--sector", "stat", "role", "tr", "-f", "json"))
    assert state["sector"] == "stat"
    assert all(not b["sectors"] or "stat" in b["sectors"] for b in state["basis"])
    assert len(state["basis"]) < len(document["basis"])


def test_who_json_lists_limited_steps_and_filters_them(catalog: Catalog) -> None:
    area = next(a for a in catalog.areas if any(s.sectors for s in a.steps))
    step = next(s for s in area.steps if s.sectors)
    document = json.loads(run("who", area.id, "-f", "json"))
    by_id = {s["id"]: s for s in document["steps"]}
    assert by_id[step.id]["sectors"] == list(step.sectors)
    other = next(s for s in ("privat", "stat", "kommune", "region") if s not in step.sectors)
    scoped = json.loads(run("--sector", other, "who", area.id, "-f", "json"))
    assert step.id not in {s["id"] for s in scoped["steps"]}
    assert scoped["sector"] == other


def test_the_html_checklist_labels_and_filters(catalog: Catalog) -> None:
    area = next(a for a in catalog.areas if any(d.sectors == ("stat",) for d in a.duties))
    html = run("checklist", area.id, "-f", "html")
    assert "I staten:" in html
    private = run("--sector", "privat", "checklist", area.id, "-f", "html")
    assert "I staten:" not in private


def test_the_environment_variable_and_a_layer_choose_the_sector(tmp_path: Path) -> None:
    assert "Viser reglerne for staten" in run("role", "tr", env={"SNITFLADE_SECTOR": "stat"})
    layer = tmp_path / "lag"
    layer.mkdir()
    (layer / "settings.yaml").write_text("sector: kommune\n", encoding="utf-8")
    assert "Viser reglerne for kommunerne" in run("--data-dir", str(layer), "role", "tr")
    # The option wins over the variable, which wins over the layer.
    both = run("--data-dir", str(layer), "--sector", "privat", "role", "tr",
               env={"SNITFLADE_SECTOR": "stat"})  # fmt: skip
    assert "Viser reglerne for den private sektor" in both


def test_an_unknown_sector_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["role", "tr"], env={"SNITFLADE_SECTOR": "offentlig"})
    assert result.exit_code == 2
    assert "offentlig" in result.stderr and "privat|stat|kommune|region" in result.stderr
    assert runner.invoke(app, ["--sector", "offentlig", "role", "tr"]).exit_code == 2
    layer = tmp_path / "lag"
    layer.mkdir()
    (layer / "settings.yaml").write_text("sector: offentlig\n", encoding="utf-8")
    validate = runner.invoke(app, ["validate", str(layer)])
    assert validate.exit_code == 1
    assert "settings.yaml:1" in validate.stdout and "sector" in validate.stdout


def test_init_writes_the_sector_setting_commented_out(tmp_path: Path) -> None:
    target = tmp_path / "lag"
    assert runner.invoke(app, ["init", str(target)]).exit_code == 0
    settings = (target / "settings.yaml").read_text(encoding="utf-8")
    assert "# sector: kommune" in settings
    assert runner.invoke(app, ["validate", str(target)]).exit_code == 0
    (target / "settings.yaml").write_text(
        settings.replace("# sector: kommune", "sector: kommune"), encoding="utf-8"
    )
    assert runner.invoke(app, ["validate", str(target)]).exit_code == 0


@pytest.mark.parametrize("fmt", ["table", "markdown", "json"])
def test_deadlines_by_topic_role_and_sector(fmt: str, catalog: Catalog) -> None:
    everything = run("deadlines", "-f", fmt)
    for deadline in catalog.deadlines:
        assert catalog.area(deadline.area).title.split()[0] in everything
    apv = run("deadlines", "apv", "-f", fmt)
    assert "3 år" in apv and "Sygefravær" not in apv
    amr = run("deadlines", "--role", "amr", "-f", fmt)
    assert len(amr) < len(everything)


def test_deadlines_json_has_value_unit_and_what_it_runs_from() -> None:
    document = json.loads(run("deadlines", "-f", "json"))
    first = document["deadlines"][0]
    assert {"value", "unit", "amount", "runs_from", "area", "role", "sources", "sectors"} <= set(
        first
    )
    state = json.loads(run("--sector", "privat", "deadlines", "-f", "json"))
    assert all(not d["sectors"] or "privat" in d["sectors"] for d in state["deadlines"])


def test_who_shows_the_steps_in_every_format() -> None:
    assert "Sådan gør I" in run("who", "stress")
    assert "## Sådan gør I" in run("who", "stress", "-f", "markdown")
    assert "What to do" in run("--lang", "en", "who", "stress")
    sections = [s["key"] for s in json.loads(run("who", "stress", "-f", "json"))["sections"]]
    assert sections[:3] == ["tr", "amr", "together"] or sections[:3] == ["tr", "amr", "steps"]
