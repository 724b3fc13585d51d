from __future__ import annotations

import json

import jsonschema
import pytest
import yaml

from snitflade.store.schema import data_file_schemas, schema_file_name
from tests.support import DATA_FILES, builtin_data_dir

from .conftest import REPO


@pytest.mark.parametrize("name", sorted(data_file_schemas()))
def test_committed_schema_is_current(name: str) -> None:
    committed = (REPO / "schema" / name).read_text(encoding="utf-8")
    assert committed == data_file_schemas()[name], (
        "schema/ is stale: run `python -m snitflade.schema schema` and commit the result"
    )


@pytest.mark.parametrize("data_file", sorted(DATA_FILES))
def test_shipped_data_validates_against_the_committed_schema(data_file: str) -> None:
    schema = json.loads((REPO / "schema" / schema_file_name(data_file)).read_text(encoding="utf-8"))
    document = yaml.safe_load((builtin_data_dir() / data_file).read_text(encoding="utf-8"))
    jsonschema.validate(document, schema)


def test_schema_rejects_a_typo() -> None:
    schema = json.loads(data_file_schemas()["roles.schema.json"])
    document = yaml.safe_load((builtin_data_dir() / "roles.yaml").read_text(encoding="utf-8"))
    document["roles"][0]["dutys"] = []
    with pytest.raises(jsonschema.ValidationError, match="dutys"):
        jsonschema.validate(document, schema)


def test_data_files_point_editors_at_the_schema() -> None:
    for data_file in DATA_FILES:
        first = (builtin_data_dir() / data_file).read_text(encoding="utf-8").splitlines()[0]
        assert first == f"# yaml-language-server: $schema=../schema/{schema_file_name(data_file)}"
