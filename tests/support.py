"""Small bridges from the tests to the store, in the words the tests were written in."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from snitflade.errors import Problem
from snitflade.store import load_catalog, merge_layers
from snitflade.store.model import FILES, REQUIRED_FILES, Catalog
from snitflade.store.sources import (
    MAX_FILE_BYTES as MAX_LAYER_FILE_BYTES,
)
from snitflade.store.sources import builtin_data_dir as _builtin_data_dir
from snitflade.store.sources import find_sources
from snitflade.store.sources import personal_layer as _personal_layer

LAYER_FILES = tuple(FILES)
DATA_FILES = REQUIRED_FILES


def apply_layers(
    base: Catalog, folders: Sequence[Path], must_exist: bool = True
) -> tuple[Catalog, list[Problem]]:
    """Merge `folders` onto the built-in data, in `base`'s language."""
    return merge_layers(folders, base.language, named=must_exist)


def find_layers(data_dirs: Sequence[str] = ()) -> tuple[list[Path], bool]:
    found = find_sources(tuple(data_dirs), os.environ)
    return [Path(f) for f in found.layers], found.named


def personal_layer() -> Path:
    return Path(_personal_layer(os.environ))


def builtin_data_dir() -> Path:
    return Path(_builtin_data_dir())


def data_dir() -> Path:
    return Path(find_sources((), os.environ).built_in)


__all__ = [
    "DATA_FILES",
    "LAYER_FILES",
    "MAX_LAYER_FILE_BYTES",
    "apply_layers",
    "builtin_data_dir",
    "data_dir",
    "find_layers",
    "load_catalog",
    "personal_layer",
]
