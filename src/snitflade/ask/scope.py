"""The sector a page shows: which rules hold where the user works.

Many TR rules differ between the private sector, the state, and municipalities and regions. A
statement names the sectors it holds for (none: all). With a sector chosen, a page shows only
what holds there; without one it shows everything, and the renderers label the limited items.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from typing import TypeVar

from snitflade.errors import UsageError
from snitflade.messages import msg
from snitflade.store.model import SECTORS, Catalog, Sector, Settings, Statement

S = TypeVar("S", bound=Statement)

SECTOR_VARIABLE = "SNITFLADE_SECTOR"


def choose_sector(
    option: str | None, environ: Mapping[str, str], settings: Settings
) -> Sector | None:
    """The sector of this run: --sector, then SNITFLADE_SECTOR, then a layer's settings.yaml."""
    for value, where in ((option, "--sector"), (environ.get(SECTOR_VARIABLE), SECTOR_VARIABLE)):
        if value is None or not value.strip():
            continue
        wanted = value.strip().casefold()
        for sector in SECTORS:
            if sector == wanted:
                return sector
        raise UsageError(msg("bad_sector", value=value, where=where, sectors="|".join(SECTORS)))
    return settings.sector


def scoped(catalog: Catalog, sector: Sector | None) -> Catalog:
    """`catalog`, set to show `sector` (None: every sector, labelled)."""
    if sector == catalog.settings.sector:
        return catalog
    return dataclasses.replace(catalog, settings=Settings(sector=sector))


def holds(item: object, sector: Sector | None) -> bool:
    """Whether `item` holds in `sector`; with no sector chosen, everything is shown."""
    sectors = getattr(item, "sectors", ())  # links hold everywhere
    return sector is None or not sectors or sector in sectors


def in_sector(items: Iterable[S], sector: Sector | None) -> tuple[S, ...]:
    """The items that hold in `sector`, in order."""
    return tuple(item for item in items if holds(item, sector))
