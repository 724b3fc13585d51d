"""snitflade: who of the TR and the AMR does what, as a library and a CLI.

The public API is the core; it is imported lazily so that `snitflade --help` stays fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["Catalog", "DataError", "NoMatchError", "SnitfladeError", "find_area", "load_catalog"]

if TYPE_CHECKING:
    from snitflade.catalog import Catalog
    from snitflade.errors import DataError, NoMatchError, SnitfladeError
    from snitflade.loader import load_catalog
    from snitflade.matching import find_area

_LAZY = {
    "Catalog": "snitflade.catalog",
    "DataError": "snitflade.errors",
    "NoMatchError": "snitflade.errors",
    "SnitfladeError": "snitflade.errors",
    "find_area": "snitflade.matching",
    "load_catalog": "snitflade.loader",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'snitflade' has no attribute {name!r}")
