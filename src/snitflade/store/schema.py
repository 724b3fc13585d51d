"""JSON Schemas of the data files, generated from the model so that editors can validate them.

Regenerate after changing store/model.py:  python -m snitflade.store.schema schema/
"""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter

from snitflade.store import model


def schema_file_name(data_file: str) -> str:
    return data_file.removesuffix(".yaml") + ".schema.json"


def _list_of(shape: Any) -> Any:
    return tuple[shape, ...]


def file_shape(data_file: str) -> Any:
    """The shape of a whole data file: its top-level keys, each a list of entries."""
    if data_file == "settings.yaml":
        return model.Settings
    return dataclasses.make_dataclass(
        "".join(part.title() for part in data_file.removesuffix(".yaml").split("_")) + "File",
        [(s.key, _list_of(s.shape), dataclasses.field(default=())) for s in model.FILES[data_file]],
        frozen=True,
        kw_only=True,
        namespace={"__pydantic_config__": model.FORBID},
    )


def data_file_schemas() -> dict[str, str]:
    """Return {schema file name: JSON text} for every data file."""
    schemas: dict[str, str] = {}
    for data_file in model.FILES:
        schema: dict[str, Any] = TypeAdapter(file_shape(data_file)).json_schema()
        schema = {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": f"https://snitflade.invalid/schema/{schema_file_name(data_file)}",
            **schema,
        }
        text = json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        schemas[schema_file_name(data_file)] = text
    return schemas


def write_schemas(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in data_file_schemas().items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def write_layer_schemas(folder: Path) -> list[Path]:
    """The schemas `snitflade init` points editors at (store/starter.py), in folder/layer/."""
    from snitflade.store.starter import layer_schemas

    (folder / "layer").mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in layer_schemas(data_file_schemas()).items():
        path = folder / "layer" / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "schema")
    for path in [*write_schemas(target), *write_layer_schemas(target)]:
        print(path)
