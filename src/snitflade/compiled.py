"""The data compiled once and read back from a cache until any file it came from changes.

Checking the YAML needs PyYAML and Pydantic and takes most of a run. The checked catalog, its
indexes and the layers' warnings are pickled under a key made from the files' content, the
language and the program's version, so the cache can never be stale: a changed byte in any data
or layer file gives a new key. Reading it back needs only the standard library.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import tempfile
from collections.abc import Sequence
from pathlib import Path

from snitflade import __version__
from snitflade.catalog import Catalog
from snitflade.errors import Problem
from snitflade.language import Language
from snitflade.layers import find_layers
from snitflade.paths import cache_dir, data_dir

FORMAT = 1  # raise when what is pickled changes shape
KEEP = 8  # cache files kept; older ones are removed when a new one is written


def _key(lang: str, built_in: Path, folders: Sequence[Path], named: bool) -> str:
    """A digest of everything the compiled catalog depends on."""
    digest = hashlib.blake2b(digest_size=20)
    digest.update(f"{__version__}\0{FORMAT}\0{lang}\0{named}\0".encode())
    for path in sorted(built_in.glob("*.y*ml")):
        digest.update(f"B\0{path.name}\0".encode())
        digest.update(path.read_bytes())
    for folder in folders:
        digest.update(f"L\0{folder}\0{folder.is_dir()}\0{folder.is_file()}\0".encode())
        files = [folder] if folder.is_file() else sorted(folder.glob("*.y*ml"))
        for path in files:
            digest.update(f"F\0{path.name}\0".encode())
            with contextlib.suppress(OSError):
                digest.update(path.read_bytes())
    return digest.hexdigest()


def load(lang: Language, data_dirs: Sequence[str] = ()) -> tuple[Catalog, list[Problem]]:
    """Return the catalog (built-in data with the layers on top) and the layers' problems.

    Raises DataError if the built-in data itself is broken; that is never cached.
    """
    built_in = data_dir()
    folders, named = find_layers(data_dirs)
    key = _key(lang, built_in, folders, named)
    path = cache_dir() / f"{key}.pickle"
    with contextlib.suppress(OSError, EOFError, pickle.UnpicklingError, AttributeError, TypeError):
        with path.open("rb") as handle:
            catalog, problems = pickle.load(handle)
        if isinstance(catalog, Catalog):
            return catalog, problems
    catalog, problems = compile_catalog(lang, built_in, folders, named)
    _save(path, (catalog, problems))
    return catalog, problems


def compile_catalog(
    lang: Language, built_in: Path, folders: Sequence[Path], named: bool
) -> tuple[Catalog, list[Problem]]:
    """Check and merge everything, and build the indexes a lookup and a search use."""
    from snitflade.catalog import from_validated
    from snitflade.layers import apply_layers
    from snitflade.loader import load_validated
    from snitflade.matching import build_index
    from snitflade.search import build_search_index

    validated, problems = apply_layers(load_validated(built_in, lang), folders, must_exist=named)
    catalog = from_validated(validated)
    catalog.memo("matching.index", build_index)
    catalog.memo("search.index", build_search_index)
    catalog.pack("matching.index", "search.index")  # unpickled when a command first needs them
    return catalog, problems


def _save(path: Path, value: object) -> None:
    """Write the cache atomically; a cache that cannot be written only costs speed."""
    with contextlib.suppress(OSError, pickle.PicklingError):
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)  # pickles: the user's alone
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False) as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, path)
        old = sorted(path.parent.glob("*.pickle"), key=lambda p: p.stat().st_mtime)
        for stale in old[:-KEEP]:
            stale.unlink()


__all__ = ["compile_catalog", "load"]
