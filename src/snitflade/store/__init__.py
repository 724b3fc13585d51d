"""The data: its one shape, where it is found, how it is read, merged and compiled.

`catalog()` is the one way in: it finds the data sources, and returns the merged catalog from the
compiled cache or freshly checked. Nothing here knows about questions or output.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from snitflade.store.sources import find_sources

if TYPE_CHECKING:
    from pathlib import Path

    from snitflade.errors import Problem
    from snitflade.store.compiled import Indexes
    from snitflade.store.model import Catalog


def catalog(
    data_dirs: tuple[str, ...],
    lang: str,
    environ: Mapping[str, str],
    indexes: Indexes | None = None,
) -> tuple[Catalog, list[Problem]]:
    """Return the built-in data with the user's layers merged on top, and the layers' problems.

    `indexes` names the indexes the caller's questions use (see store/compiled.py); they are
    built with the catalog and kept with it. Raises DataError if the built-in data is broken.
    """
    from snitflade.store import compiled

    return compiled.load(find_sources(data_dirs, environ), lang, environ, indexes or {})


def load_catalog(folder: Path | None = None, lang: str = "da") -> Catalog:
    """Check and return the data in `folder` (default: the built-in data) alone, uncached."""
    from snitflade.store.merge import build_catalog
    from snitflade.store.sources import DataSources, builtin_data_dir

    built_in = str(folder) if folder else builtin_data_dir()
    found, _problems = build_catalog(DataSources(built_in, (), True), lang)
    return found


def merge_layers(
    folders: Sequence[Path], lang: str = "da", named: bool = True, built_in: Path | None = None
) -> tuple[Catalog, list[Problem]]:
    """Merge `folders` onto the built-in data, uncached; return the catalog and problems."""
    from snitflade.store.merge import build_catalog
    from snitflade.store.sources import DataSources, builtin_data_dir

    base = str(built_in) if built_in else builtin_data_dir()
    sources = DataSources(base, tuple(str(f) for f in folders), named)
    return build_catalog(sources, lang)


def check_layers(
    data_dirs: tuple[str, ...], lang: str, environ: Mapping[str, str]
) -> tuple[tuple[str, ...], list[Problem]]:
    """Check the layers from scratch (`snitflade validate`); return the folders and problems."""
    from snitflade.store.merge import build_catalog

    sources = find_sources(data_dirs, environ)
    _catalog, problems = build_catalog(sources, lang)
    return tuple(str(f) for f in sources.layers), problems


__all__ = ["catalog", "check_layers", "load_catalog", "merge_layers"]
