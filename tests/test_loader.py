from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from snitflade.errors import DataError
from snitflade.store.model import Catalog
from tests.support import builtin_data_dir, data_dir, load_catalog


def test_shipped_data_loads(catalog: Catalog) -> None:
    assert {r.id for r in catalog.roles} == {"tr", "amr"}
    assert len(catalog.areas) >= 20


def test_data_dir_can_be_overridden(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert data_dir() == builtin_data_dir()
    monkeypatch.setenv("SNITFLADE_DATA_DIR", str(tmp_path))
    assert data_dir() == tmp_path


def _problems(folder: Path) -> list[str]:
    with pytest.raises(DataError) as raised:
        load_catalog(folder)
    return [str(p) for p in raised.value.problems]


def test_broken_yaml_names_file_and_line(data_copy: Callable[..., Path]) -> None:
    folder = data_copy("roles.yaml", "roles:\n", "roles:\n  - [unclosed\n")
    [problem] = _problems(folder)
    assert problem.startswith("roles.yaml:")
    assert "ugyldig YAML" in problem


def test_unknown_key_names_field_and_line(data_copy: Callable[..., Path]) -> None:
    folder = data_copy(
        "collaboration_areas.yaml", "    lead: shared\n", "    lead: shared\n    leed: x\n"
    )
    [problem] = _problems(folder)
    text = (folder / "collaboration_areas.yaml").read_text(encoding="utf-8")
    line = text.splitlines().index("    leed: x") + 1
    assert problem == (
        f"collaboration_areas.yaml:{line}:5: areas.0.leed: ukendt nøgle (mente du 'lead'?)"
    )


def test_unknown_source_is_reported(data_copy: Callable[..., Path]) -> None:
    folder = data_copy("roles.yaml", "sources: [deck]", "sources: [dek]")
    [problem] = _problems(folder)
    assert "ukendt kilde 'dek'" in problem
    assert problem.startswith("roles.yaml:")


def test_duplicate_id_is_reported(data_copy: Callable[..., Path]) -> None:
    folder = data_copy("roles.yaml", "id: tr-duty-samarbejde", "id: tr-duty-ro-og-orden")
    problems = _problems(folder)
    assert any("'tr-duty-ro-og-orden' er brugt før" in p for p in problems)


def test_alias_used_by_two_areas_is_reported(data_copy: Callable[..., Path]) -> None:
    folder = data_copy("collaboration_areas.yaml", "aliases: [stress,", "aliases: [løn, stress,")
    problems = _problems(folder)
    assert any("'løn' peger også på emnet 'stress'" in p for p in problems)


def test_unknown_related_area_is_reported(data_copy: Callable[..., Path]) -> None:
    folder = data_copy(
        "collaboration_areas.yaml", "related: [psykisk-arbejdsmiljoe, apv,", "related: [nope, apv,"
    )
    assert any("ukendt eller eget emne 'nope'" in p for p in _problems(folder))


def test_missing_file_is_reported(data_copy: Callable[..., Path]) -> None:
    folder = data_copy()
    (folder / "sources.yaml").unlink()
    [problem] = _problems(folder)
    assert "sources.yaml" in problem and "findes ikke" in problem


def test_file_that_is_not_utf8_is_reported(data_copy: Callable[..., Path]) -> None:
    folder = data_copy()
    (folder / "sources.yaml").write_bytes("sources: []\n# Bemærk\n".encode("latin-1"))
    [problem] = _problems(folder)
    assert problem.startswith("sources.yaml: filen er ikke UTF-8")


def test_every_problem_is_reported_at_once(data_copy: Callable[..., Path]) -> None:
    folder = data_copy("roles.yaml", "abbreviation: TR", "abbreviation: TR\n    extra: 1")
    (folder / "sources.yaml").write_text("sources: [\n", encoding="utf-8")
    problems = _problems(folder)
    assert {p.split(":")[0] for p in problems} == {"roles.yaml", "sources.yaml"}


def test_a_key_written_twice_is_an_error(data_copy: Callable[..., Path]) -> None:
    folder = data_copy(
        "roles.yaml", "    abbreviation: TR\n", "    abbreviation: TR\n    abbreviation: X\n"
    )
    [problem] = _problems(folder)
    assert problem.startswith("roles.yaml:")
    assert "nøglen 'abbreviation' står to gange" in problem


def test_an_empty_data_file_is_reported(data_copy: Callable[..., Path]) -> None:
    folder = data_copy()
    (folder / "glossary.yaml").write_text("# only a comment\n", encoding="utf-8")
    assert _problems(folder) == ["glossary.yaml: filen er tom"]
