"""snitflade: who of the TR and the AMR does what, as a library and a CLI.

The public API is the core; it is imported lazily so that `snitflade --help` stays fast.
"""

from __future__ import annotations

# Not `from typing import TYPE_CHECKING`: typing takes longer to import than all of this, and
# this runs first, before the command can handle a Ctrl-C (see launch.py).
TYPE_CHECKING = False

__version__ = "0.1.0"

__all__ = [
    "Catalog",
    "DataError",
    "NoMatchError",
    "SnitfladeError",
    "catalog",
    "find_area",
    "load_catalog",
]

if TYPE_CHECKING:
    from typing import Any

    from snitflade.ask.matching import find_area
    from snitflade.errors import DataError, NoMatchError, SnitfladeError
    from snitflade.store import catalog, load_catalog
    from snitflade.store.model import Catalog

_LAZY = {
    "Catalog": "snitflade.store.model",
    "DataError": "snitflade.errors",
    "NoMatchError": "snitflade.errors",
    "SnitfladeError": "snitflade.errors",
    "catalog": "snitflade.store",
    "find_area": "snitflade.ask.matching",
    "load_catalog": "snitflade.store",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'snitflade' has no attribute {name!r}")
