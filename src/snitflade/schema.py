"""JSON Schemas of the data files, generated from the models so that editors can validate them.

Regenerate after changing models.py:  python -m snitflade.schema schema/
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from snitflade.loader import DATA_FILES


def schema_file_name(data_file: str) -> str:
    return data_file.removesuffix(".yaml") + ".schema.json"


def data_file_schemas() -> dict[str, str]:
    """Return {schema file name: JSON text} for every data file."""
    schemas: dict[str, str] = {}
    for data_file, model in DATA_FILES.items():
        schema: dict[str, Any] = model.model_json_schema()
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


if __name__ == "__main__":
    for path in write_schemas(Path(sys.argv[1] if len(sys.argv) > 1 else "schema")):
        print(path)
