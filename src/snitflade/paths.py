"""Where snitflade's files live: the built-in data and the cache. Standard library only."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

DATA_DIR_ENV = "SNITFLADE_DATA_DIR"
CACHE_DIR_ENV = "SNITFLADE_CACHE_DIR"


def builtin_data_dir() -> Path:
    """Return the data folder: the one in the wheel, or the repository's own in a checkout."""
    packaged = Path(str(resources.files("snitflade") / "data"))
    if packaged.is_dir():
        return packaged
    # Editable install or source checkout: src/snitflade/ -> repository root.
    return Path(__file__).resolve().parents[2] / "data"


def data_dir() -> Path:
    """Return the folder to read: $SNITFLADE_DATA_DIR if set, else the built-in data."""
    override = os.environ.get(DATA_DIR_ENV)
    return Path(override) if override else builtin_data_dir()


def cache_dir() -> Path:
    """Return $SNITFLADE_CACHE_DIR, else $XDG_CACHE_HOME/snitflade (~/.cache/snitflade)."""
    override = os.environ.get(CACHE_DIR_ENV)
    if override:
        return Path(override)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "snitflade"
