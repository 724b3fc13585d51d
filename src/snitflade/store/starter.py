"""The files `snitflade init` writes: a commented layer to start from, clean under `validate`.

Each file starts with a `yaml-language-server` line that points an editor at the JSON Schema of a
layer file (schema/layer/, generated from the data schemas: an entry that extends a built-in one
needs only its id). The line names the schema folder of this installation by its absolute path:
the wheel carries it as snitflade/schema, a checkout has it at the top (schema/).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from snitflade.store.sources import MAX_FILE_BYTES, NotReadable, read_bytes

# What `init` writes for the user to replace; `validate` warns while they are still there.
PLACEHOLDERS = ("Navn Navnesen", "example.org")


def schema_folder() -> Path:
    """The folder of the layer schemas: in the wheel, or in a checkout."""
    packaged = Path(__file__).resolve().parents[1] / "schema" / "layer"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[3] / "schema" / "layer"


def starter_layer(schemas: Path | None = None) -> dict[str, str]:
    """The files `snitflade init` writes: commented, and clean under `snitflade validate`."""
    folder = schemas or schema_folder()
    files = {
        "sources.yaml": _STARTER_SOURCES,
        "roles.yaml": _STARTER_ROLES,
        "collaboration_areas.yaml": _STARTER_AREAS,
        "settings.yaml": _STARTER_SETTINGS,
    }
    return {name: schema_line(folder, name) + text for name, text in files.items()}


def schema_line(folder: Path, data_file: str) -> str:
    schema = folder / (data_file.removesuffix(".yaml") + ".schema.json")
    return f"# yaml-language-server: $schema={schema.as_uri()}\n"


def layer_schema(data_schema: dict[str, Any]) -> dict[str, Any]:
    """The schema of a layer file, from the data file's: a top-level entry needs only its id,
    because it may extend the built-in entry with that id. Nested entries stay whole."""
    layer = copy.deepcopy(data_schema)
    layer["$id"] = str(layer.get("$id", "")).replace("/schema/", "/schema/layer/")
    for prop in layer.get("properties", {}).values():
        ref = prop.get("items", {}).get("$ref", "")
        if ref.startswith("#/$defs/"):
            layer["$defs"][ref.removeprefix("#/$defs/")]["required"] = ["id"]
    return layer


def layer_schemas(data_schemas: dict[str, str]) -> dict[str, str]:
    """{schema file name: JSON text} for layer files, from the data files' schemas."""
    return {
        name: json.dumps(
            layer_schema(json.loads(text)), ensure_ascii=False, indent=2, sort_keys=True
        )
        + "\n"
        for name, text in data_schemas.items()
    }


def placeholders_left(folders: Iterable[Path]) -> list[tuple[str, str]]:
    """Where init's placeholders are still in a layer: ("file:line", placeholder) pairs."""
    found = []
    for folder in folders:
        files = [folder] if folder.is_file() else sorted(folder.glob("*.yaml"))
        for path in files:
            try:  # only regular files of a bounded size: never a FIFO or a device
                lines = read_bytes(path, MAX_FILE_BYTES).decode("utf-8").splitlines()
            except (NotReadable, UnicodeDecodeError):
                continue  # validate reports the file itself
            for number, line in enumerate(lines, 1):
                code = line.split("#", 1)[0]  # a comment may name a placeholder
                for placeholder in PLACEHOLDERS:
                    if placeholder in code:
                        found.append((f"{path}:{number}", placeholder))
    return found


_STARTER_SETTINGS = """\
# Jeres arbejdsplads' indstillinger.
# sector: den sektor, I arbejder i: privat, stat, kommune eller region. Med en sektor viser
# snitflade kun de regler, der gælder hos jer. Fjern # foran linjen nedenfor, og ret værdien.
# --sector og SNITFLADE_SECTOR går forud for denne indstilling.
# sector: kommune
"""


_STARTER_SOURCES = """\
# Jeres egne kilder. Alt, I skriver i laget, skal nævne sin kilde, ligesom de indbyggede data.
# Skriv den rigtige titel og dato, og gerne en adresse (https://, http:// eller mailto:).
sources:
  - id: lokalaftale-arbejdstid
    title: Lokalaftale om arbejdstid (skriv titel og dato)
    # url: https://intranet.example.org/lokalaftaler/arbejdstid.pdf
"""

_STARTER_ROLES = """\
# Jeres kontaktpersoner. Et lag udvider de indbyggede roller tr og amr; det, I ikke skriver,
# står uændret. `snitflade role tr` og `snitflade who …` viser kontakterne.
roles:
  - id: tr
    contacts:
      - id: vores-tr
        name: Navn Navnesen
        email: tr@example.org
        # phone: "12 34 56 78"
        note: Vores TR. Skriv gerne, hvornår og hvor TR kan træffes.
  - id: amr
    contacts:
      - id: vores-amr
        name: Navn Navnesen
        email: amr@example.org
        note: Vores AMR.
"""

_STARTER_AREAS = """\
# Jeres udvidelser af emnerne. Et emne med et id, der findes (se `snitflade topics`), udvides:
#   aliases: ord, som folk hos jer bruger, og som så finder emnet;
#   local:   lokalaftaler og lokale noter, vist under "Lokalt hos jer".
# Et punkt med samme id som et indbygget punkt erstatter det. Et nyt id tilføjes.
areas:
  - id: arbejdstid
    aliases: [vagtbytte]
    local:
      - id: lokal-arbejdstid
        text: Vi har en lokalaftale om arbejdstid. Skriv her, hvad den siger.
        sources: [lokalaftale-arbejdstid]
"""
