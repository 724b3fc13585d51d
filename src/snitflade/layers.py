"""The workplace's own data on top of the built-in data: where the layers are, and how they merge.

Layers come in order: built-in, then organisation, then workplace, then personal. Each is a folder
of YAML files shaped like data/. merge.py checks and merges them; this module only finds them and
writes the starter layer, so it needs nothing but the standard library.

Merge rules (also in the README):
- an entry whose id is new is added, and must be complete;
- an area or a role whose id exists is extended: a title, summary or lead replaces the old one;
  aliases, groups, links and related are added to; duties, employer, advice, facts, local items,
  contacts and basis items replace the item with the same id, or are added;
- a source, link, guidance group or glossary term whose id exists is replaced whole.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from snitflade.errors import Problem
    from snitflade.models import Catalog

LAYER_PATH_ENV = "SNITFLADE_DATA_PATH"
MAX_LAYER_FILE_BYTES = 32 * 1024 * 1024  # room for 50,000 areas; a bigger file is refused
# The files a layer may hold, in the order they are merged (sources before what cites them).
LAYER_FILES = (
    "sources.yaml",
    "collaboration_areas.yaml",
    "roles.yaml",
    "glossary.yaml",
    "deadlines.yaml",
)


def find_layers(data_dirs: Sequence[str] = ()) -> tuple[list[Path], bool]:
    """Return the layer folders in order, and whether the user named them explicitly.

    --data-dir (repeatable) wins; else SNITFLADE_DATA_PATH (colon-separated); else the personal
    folder $XDG_CONFIG_HOME/snitflade (~/.config/snitflade), if it exists.
    """
    if data_dirs:
        return [Path(d).expanduser() for d in data_dirs], True
    listed = os.environ.get(LAYER_PATH_ENV, "")
    if listed.strip():
        return [Path(p).expanduser() for p in listed.split(os.pathsep) if p.strip()], True
    return ([personal] if (personal := personal_layer()).is_dir() else []), False


def personal_layer() -> Path:
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "snitflade"


def apply_layers(
    base: Catalog, folders: Sequence[Path], must_exist: bool = True
) -> tuple[Catalog, list[Problem]]:
    """Return the catalog with each layer merged on top, in order, and every problem found."""
    from snitflade.merge import merge_layers  # the checking needs Pydantic: only when merging

    return merge_layers(base, folders, must_exist)


def starter_layer() -> dict[str, str]:
    """The files `snitflade init` writes: commented, and clean under `snitflade validate`."""
    return {
        "sources.yaml": _STARTER_SOURCES,
        "roles.yaml": _STARTER_ROLES,
        "collaboration_areas.yaml": _STARTER_AREAS,
    }


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
