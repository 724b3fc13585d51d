"""Layers: built-in, then organisation, then workplace, then personal; later layers win."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from snitflade.cli import app
from snitflade.store.model import Catalog
from tests.support import apply_layers, find_layers, personal_layer

runner = CliRunner()


def layer(folder: Path, **files: str) -> Path:
    """Write a layer folder; each keyword is a file name without .yaml."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / f"{name}.yaml").write_text(textwrap.dedent(text), encoding="utf-8")
    return folder


def summary_layer(folder: Path, summary: str) -> Path:
    return layer(folder, collaboration_areas=f"""\
        areas:
          - id: stress
            summary: {summary}
        """)  # fmt: skip


def who_json(*args: str) -> dict[str, object]:
    result = runner.invoke(app, [*args, "who", "stress", "-f", "json"], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


# --- which layers are found, in which order -------------------------------------------------


def test_no_layers_by_default(tmp_path: Path) -> None:
    assert find_layers() == ([], False)


def test_personal_layer_is_found_under_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    assert personal_layer() == tmp_path / "cfg" / "snitflade"
    personal_layer().mkdir(parents=True)
    assert find_layers() == ([tmp_path / "cfg" / "snitflade"], False)


def test_environment_wins_over_xdg_and_data_dir_wins_over_both(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    personal_layer().mkdir(parents=True)
    monkeypatch.setenv("SNITFLADE_DATA_PATH", f"{tmp_path / 'org'}:{tmp_path / 'work'}")
    assert find_layers() == ([tmp_path / "org", tmp_path / "work"], True)
    assert find_layers([str(tmp_path / "x")]) == ([tmp_path / "x"], True)


def test_merge_order_every_layer_set_and_the_last_wins(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    org = summary_layer(tmp_path / "org", "fra organisationen")
    work = summary_layer(tmp_path / "work", "fra arbejdspladsen")
    personal = summary_layer(personal_layer(), "min egen")
    assert who_json()["area"]["summary"] == "min egen"  # type: ignore[index]
    monkeypatch.setenv("SNITFLADE_DATA_PATH", f"{org}:{work}")
    assert who_json()["area"]["summary"] == "fra arbejdspladsen"  # type: ignore[index]
    monkeypatch.setenv("SNITFLADE_DATA_PATH", f"{work}:{org}")
    assert who_json()["area"]["summary"] == "fra organisationen"  # type: ignore[index]
    args = ["--data-dir", str(org), "--data-dir", str(work), "--data-dir", str(personal)]
    assert who_json(*args)["area"]["summary"] == "min egen"  # type: ignore[index]
    assert who_json("--data-dir", str(org))["area"]["summary"] == "fra organisationen"  # type: ignore[index]


# --- what a layer can do ---------------------------------------------------------------------


def test_a_layer_extends_an_area_and_overrides_an_item_by_id(
    validated: Catalog, tmp_path: Path
) -> None:
    folder = layer(
        tmp_path / "work",
        sources="""\
            sources:
              - id: lokal-stresspolitik
                title: Vores stresspolitik (2025)
            """,
        collaboration_areas="""\
            areas:
              - id: stress
                aliases: [travlt på afdelingen]
                local:
                  - id: stress-lokal
                    text: Vi har en stresspolitik fra 2025.
                    sources: [lokal-stresspolitik]
                duties:
                  - id: stress-tr
                    role: tr
                    text: Vores TR har lavet stresspolitikken sammen med ledelsen.
                    sources: [lokal-stresspolitik]
            """,
    )  # fmt: skip
    merged, problems = apply_layers(validated, [folder])
    assert problems == []
    area = merged.area("stress")
    assert "travlt på afdelingen" in area.aliases and "stress" in area.aliases
    assert [i.id for i in area.local] == ["stress-lokal"]
    tr = [d for d in area.duties if d.id == "stress-tr"]
    assert len(tr) == 1 and tr[0].text.startswith("Vores TR")
    assert {d.id for d in area.duties} == {d.id for d in validated.area("stress").duties}
    assert merged.origin("stress-lokal") == str(folder)
    assert merged.origin("stress-amr") is None  # untouched, still built in


def test_a_layer_adds_a_local_contact(validated: Catalog, tmp_path: Path) -> None:
    folder = layer(tmp_path / "w", roles="""\
        roles:
          - id: tr
            contacts:
              - {id: vores-tr, name: Anna Hansen, email: anna@example.org}
        """)  # fmt: skip
    result = runner.invoke(app, ["--data-dir", str(folder), "who", "løn"])
    assert "Jeres TR: Anna Hansen · anna@example.org" in result.stdout
    role = runner.invoke(app, ["--data-dir", str(folder), "role", "tr", "-f", "json"]).stdout
    assert json.loads(role)["contacts"][0]["name"] == "Anna Hansen"


def test_a_layer_adds_a_new_area(validated: Catalog, tmp_path: Path) -> None:
    folder = layer(tmp_path / "w", collaboration_areas="""\
        areas:
          - id: kantineordning
            title: Kantineordningen
            summary: Lokal aftale om kantinen.
            lead: tr
            groups: [tr]
            aliases: [kantine]
            duties:
              - {id: kantine-tr, role: tr, text: Forhandler ordningen., sources: [deck]}
        """)  # fmt: skip
    result = runner.invoke(app, ["--data-dir", str(folder), "who", "kantine"])
    assert result.exit_code == 0 and "Kantineordningen" in result.stdout


def test_explain_shows_the_layer_of_each_item(tmp_path: Path) -> None:
    folder = layer(tmp_path / "w", collaboration_areas="""\
        areas:
          - id: stress
            local:
              - {id: stress-lokal, text: Lokal note., sources: [deck]}
        """)  # fmt: skip
    result = runner.invoke(app, ["--data-dir", str(folder), "--explain", "who", "stress"])
    assert f"Lokal note. [1] (lag: {folder})" in " ".join(result.stdout.split())
    assert f"Lag, nederst først: indbygget, {folder}" in result.stderr
    plain = runner.invoke(app, ["--data-dir", str(folder), "who", "stress"]).stdout
    assert "(lag:" not in plain
    document = who_json("--data-dir", str(folder))
    assert document["local"][0]["layer"] == str(folder)  # type: ignore[index]
    assert document["duties"][0]["layer"] is None  # type: ignore[index]


# --- nothing is ignored silently, and the built-in data is never lost ------------------------


def test_a_broken_entry_is_reported_and_the_rest_is_used(
    validated: Catalog, tmp_path: Path
) -> None:
    folder = layer(tmp_path / "w", collaboration_areas="""\
        areas:
          - id: stress
            aliases: [fint ord]
          - id: loen
            dutys: []
          - id: nyt-emne
            title: Mangler resten
        """)  # fmt: skip
    merged, problems = apply_layers(validated, [folder])
    text = [str(p) for p in problems]
    assert any(":5:" in t and "areas.1.dutys: ukendt nøgle (mente du 'duties'?)" in t for t in text)
    assert any("areas.2.summary: mangler" in t for t in text)
    assert "fint ord" in merged.area("stress").aliases
    assert merged.area("loen") == validated.area("loen")
    assert len(merged.areas) == len(validated.areas)


def test_broken_layer_warns_on_stderr_and_the_command_goes_on(tmp_path: Path) -> None:
    folder = layer(tmp_path / "w", roles="roles: [unclosed\n")
    result = runner.invoke(app, ["--data-dir", str(folder), "who", "stress"])
    assert result.exit_code == 0
    assert "Forebyggelse af stress" in result.stdout
    assert f"Advarsel: {folder / 'roles.yaml'}:2:1: ugyldig YAML" in result.stderr


def test_strict_turns_the_warning_into_exit_1(tmp_path: Path) -> None:
    folder = layer(tmp_path / "w", roles="roles: [unclosed\n")
    result = runner.invoke(app, ["--strict", "--data-dir", str(folder), "who", "stress"])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "--strict" in result.stderr


def test_unknown_references_and_alias_clashes_are_reported(
    validated: Catalog, tmp_path: Path
) -> None:
    folder = layer(tmp_path / "w", collaboration_areas="""\
        areas:
          - id: stress
            aliases: [løn, meget travlt]
            related: [findes-ikke]
          - id: apv
            local:
              - {id: apv-lokal, text: x, sources: [ukendt-kilde]}
        """)  # fmt: skip
    merged, problems = apply_layers(validated, [folder])
    text = " | ".join(str(p) for p in problems)
    assert "emne 'findes-ikke'" in text
    assert "ukendt kilde 'ukendt-kilde'" in text
    assert merged.area("apv").local == ()
    assert merged.area("stress") == validated.area("stress")  # the whole broken entry is left out


def test_alias_that_names_another_area_is_dropped_and_reported(
    validated: Catalog, tmp_path: Path
) -> None:
    folder = layer(tmp_path / "w", collaboration_areas="""\
        areas:
          - id: stress
            aliases: [løn, meget travlt]
        """)  # fmt: skip
    merged, problems = apply_layers(validated, [folder])
    assert ["'løn' peger allerede på emnet 'loen'" in str(p) for p in problems] == [True]
    assert "meget travlt" in merged.area("stress").aliases
    assert "løn" not in merged.area("stress").aliases


def test_missing_named_layer_and_stray_files_are_reported(
    validated: Catalog, tmp_path: Path
) -> None:
    folder = layer(tmp_path / "w", notes="x: 1\n")
    _merged, problems = apply_layers(validated, [folder, tmp_path / "nope"])
    text = [str(p) for p in problems]
    assert any("notes.yaml" in t and "ukendt filnavn" in t for t in text)
    assert any(str(tmp_path / "nope") in t and "findes ikke" in t for t in text)


# --- validate and init -----------------------------------------------------------------------


def test_validate_prints_file_line_column_field_message_and_exits_1(tmp_path: Path) -> None:
    folder = layer(tmp_path / "w", collaboration_areas="""\
        areas:
          - id: stress
            aliasses: [x]
        """)  # fmt: skip
    result = runner.invoke(app, ["validate", str(folder)])
    assert result.exit_code == 1
    path = folder / "collaboration_areas.yaml"
    assert result.stdout == (f"{path}:3:5: areas.0.aliasses: ukendt nøgle (mente du 'aliases'?)\n")


def test_validate_a_single_file_and_a_clean_layer(tmp_path: Path) -> None:
    folder = summary_layer(tmp_path / "w", "ok")
    result = runner.invoke(app, ["validate", str(folder / "collaboration_areas.yaml")])
    assert result.exit_code == 0, result.stdout
    assert "Ingen problemer" in result.stderr


def test_init_writes_a_layer_that_validates_clean_and_never_overwrites(tmp_path: Path) -> None:
    target = tmp_path / "lag"
    result = runner.invoke(app, ["init", str(target)])
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in target.iterdir()) == [
        "collaboration_areas.yaml", "roles.yaml", "settings.yaml", "sources.yaml"
    ]  # fmt: skip
    assert runner.invoke(app, ["validate", str(target)]).exit_code == 0
    who = runner.invoke(app, ["--data-dir", str(target), "who", "vagtbytte"])
    assert who.exit_code == 0 and "Lokalt hos jer" in who.stdout and "Jeres TR:" in who.stdout
    (target / "roles.yaml").write_text("# mine\n", encoding="utf-8")
    again = runner.invoke(app, ["init", str(target)])
    assert again.exit_code == 1 and "--force" in again.stderr
    assert (target / "roles.yaml").read_text(encoding="utf-8") == "# mine\n"
    assert runner.invoke(app, ["init", str(target), "--force"]).exit_code == 0


def test_init_defaults_to_the_personal_layer() -> None:
    result = runner.invoke(app, ["init"])
    assert result.exit_code == 0
    assert (personal_layer() / "roles.yaml").is_file()
    assert find_layers()[0] == [personal_layer()]


# --- bilingual texts in a layer that extends -------------------------------------------------


def test_a_layer_extends_an_area_and_a_role_with_bilingual_texts(tmp_path: Path) -> None:
    folder = layer(
        tmp_path / "work",
        collaboration_areas="""\
            areas:
              - id: stress
                title: {da: Stress på lageret, en: Stress in the warehouse}
                summary: {da: Sådan gør vi på lageret., en: This is how we do it in the warehouse.}
                local:
                  - id: stress-lokal
                    text: {da: Vi holder stressmøde hver måned., en: We meet about stress monthly.}
                    sources: [deck]
            """,
        roles="""\
            roles:
              - id: amr
                summary: {da: AMR på lageret har ordet., en: The warehouse AMR has the floor.}
                contacts:
                  - id: vores-amr
                    name: Bo Jensen
                    note: {da: Træffes om morgenen, en: Available in the mornings}
            """,
    )  # fmt: skip
    texts = {
        "da": ["Stress på lageret", "Sådan gør vi på lageret.", "Vi holder stressmøde hver måned.",
               "AMR på lageret har ordet.", "Træffes om morgenen"],
        "en": ["Stress in the warehouse", "This is how we do it in the warehouse.",
               "We meet about stress monthly.", "The warehouse AMR has the floor.",
               "Available in the mornings"],
    }  # fmt: skip
    for lang, other in (("da", "en"), ("en", "da")):
        base = ["--data-dir", str(folder), "--lang", lang]
        who = runner.invoke(app, [*base, "who", "stress", "-f", "json"])
        role = runner.invoke(app, [*base, "role", "amr", "-f", "json"])
        assert who.exit_code == 0 and role.exit_code == 0, who.stderr + role.stderr
        assert who.stderr == "" and role.stderr == ""  # accepted: no problem reported
        assert json.loads(who.stdout)["area"]["title"] == texts[lang][0]
        shown = who.stdout + role.stdout
        for text in texts[lang]:
            assert json.dumps(text, ensure_ascii=False) in shown, (lang, text)
        for text in texts[other][1:]:  # the title in each language is also an alias, by design
            assert json.dumps(text, ensure_ascii=False) not in shown, (lang, text)
    table = runner.invoke(app, ["--data-dir", str(folder), "--lang", "en", "who", "stress"])
    assert "Stress in the warehouse" in table.stdout


# --- files that are not data files: located problems, no hang, no traceback -----------------

SCRIPT = shutil.which("snitflade", path=str(Path(sys.executable).parent)) or "snitflade"


def run_script(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """The installed command in its own process; a hang fails the test at `timeout`."""
    result = subprocess.run(
        [SCRIPT, *args], capture_output=True, text=True, env=os.environ, timeout=timeout
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


def test_a_fifo_named_like_a_data_file_is_a_problem_not_a_hang(tmp_path: Path) -> None:
    folder = tmp_path / "lag"
    folder.mkdir()
    os.mkfifo(folder / "sources.yaml")
    result = run_script("--data-dir", str(folder), "who", "stress", "-f", "json")
    assert result.returncode == 0  # the built-in data still answers
    assert json.loads(result.stdout)["area"]["id"] == "stress"
    assert f"{folder / 'sources.yaml'}: er ikke en almindelig fil" in result.stderr
    checked = run_script("validate", str(folder))
    assert checked.returncode == 1
    assert f"{folder / 'sources.yaml'}: er ikke en almindelig fil" in checked.stdout


def test_a_symlink_to_dev_zero_is_a_problem_not_a_flood(tmp_path: Path) -> None:
    folder = tmp_path / "lag"
    folder.mkdir()
    (folder / "roles.yaml").symlink_to("/dev/zero")
    result = run_script("--data-dir", str(folder), "who", "stress", "-f", "json")
    assert result.returncode == 0
    assert f"{folder / 'roles.yaml'}: er ikke en almindelig fil" in result.stderr
    checked = run_script("--lang", "en", "validate", str(folder))
    assert checked.returncode == 1
    assert f"{folder / 'roles.yaml'}: is not a regular file" in checked.stdout


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a folder whatever its mode")
def test_an_unreadable_layer_folder_is_a_warning_naming_it(tmp_path: Path) -> None:
    folder = layer(tmp_path / "lag", settings="sector: privat\n")
    folder.chmod(0)
    try:
        result = run_script("--data-dir", str(folder), "who", "stress", "-f", "json")
        assert result.returncode == 0
        assert json.loads(result.stdout)["area"]["id"] == "stress"
        assert f"{folder}: mappen kan ikke læses" in result.stderr
        checked = run_script("validate", str(folder))
        assert checked.returncode == 1
    finally:
        folder.chmod(0o700)


def test_a_duplicate_id_in_one_layer_is_a_located_problem(tmp_path: Path) -> None:
    entry = (
        "  - id: lokal-emne\n"
        "    title: {title}\n"
        "    summary: Et lokalt emne.\n"
        "    lead: tr\n"
        "    groups: [tr]\n"
        "    aliases: [{alias}]\n"
        "    duties:\n"
        "      - {{id: {duty}, role: tr, text: TR gør noget., sources: [deck]}}\n"
    )
    folder = layer(
        tmp_path / "lag",
        collaboration_areas="areas:\n"
        + entry.format(title="Første", alias="zzførste", duty="lokal-a")
        + entry.format(title="Anden", alias="zzanden", duty="lokal-b"),
    )
    where = f"{folder / 'collaboration_areas.yaml'}:10:5: areas.1.id:"
    result = run_script("--data-dir", str(folder), "who", "zzførste", "-f", "json")
    assert result.returncode == 0
    assert json.loads(result.stdout)["area"]["title"] == "Første"  # the first one is kept
    assert f"{where} id'et 'lokal-emne' står to gange i samme lag" in result.stderr
    checked = run_script("validate", str(folder))
    assert checked.returncode == 1
    assert where in checked.stdout


@given(st.text(alphabet="/.~a ", max_size=12), st.booleans())
@settings(max_examples=400, deadline=None)
def test_folders_are_spelled_as_pathlib_spells_them(text: str, expand: bool) -> None:
    # sources.py keeps folders as strings without importing pathlib; they must read the same.
    from snitflade.store.sources import _spelled

    def outcome(spell: Callable[[], object]) -> str:
        try:
            return str(spell())
        except RuntimeError as error:  # `~user` for a user who does not exist
            return repr(error)

    expected = outcome(lambda: Path(text).expanduser() if expand else Path(text))
    assert outcome(lambda: _spelled(text, expand)) == expected
    assert outcome(lambda: _spelled(Path(text), expand)) == expected


def test_a_layer_folder_is_named_as_pathlib_names_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # A trailing slash, `.` and `~`, as --data-dir and SNITFLADE_DATA_PATH give them.
    monkeypatch.setenv("HOME", str(tmp_path))
    given_as = [f"{tmp_path}/a/", f"{tmp_path}/./b", "~/c", "d//e", "f"]
    assert find_layers(given_as)[0] == [Path(d).expanduser() for d in given_as]
    monkeypatch.setenv("SNITFLADE_DATA_PATH", os.pathsep.join(given_as))
    assert [str(f) for f in find_layers()[0]] == [str(Path(d).expanduser()) for d in given_as]
