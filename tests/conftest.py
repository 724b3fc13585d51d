from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from snitflade.store.model import Catalog
from tests.support import builtin_data_dir, load_catalog

REPO = Path(__file__).resolve().parents[1]
LANGUAGE_VARIABLES = ("SNITFLADE_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")

# No language leaks in from the developer's own environment: Danish, the default.
for _name in LANGUAGE_VARIABLES:
    os.environ.pop(_name, None)


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    """The shipped data, loaded once."""
    return load_catalog(builtin_data_dir())


@pytest.fixture(scope="session")
def validated(catalog: Catalog) -> Catalog:
    """The shipped data: what layers are merged onto (one model: the same as `catalog`)."""
    return catalog


@pytest.fixture(autouse=True)
def _isolate(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # Deterministic tables, and no data or layers leaking in from the developer's own setup.
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("SNITFLADE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("SNITFLADE_DATA_DIR", raising=False)
    monkeypatch.delenv("SNITFLADE_DATA_PATH", raising=False)
    for name in LANGUAGE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)


@pytest.fixture
def data_copy(tmp_path: Path) -> Callable[..., Path]:
    """Copy the shipped data to a temporary folder, optionally replacing text in one file."""

    def make(file: str | None = None, old: str = "", new: str = "") -> Path:
        folder = tmp_path / "data"
        shutil.copytree(builtin_data_dir(), folder, dirs_exist_ok=True)
        if file is not None:
            path = folder / file
            text = path.read_text(encoding="utf-8")
            assert old in text, f"{old!r} not in {file}"
            path.write_text(text.replace(old, new, 1), encoding="utf-8")
        return folder

    return make
