"""Where the data comes from: the one place that finds the built-in data and the user's layers.

Layers come in order: the built-in data (layer 0), then --data-dir (repeatable), else the folders
in SNITFLADE_DATA_PATH, else the personal folder $XDG_CONFIG_HOME/snitflade, if it exists. Each is
a folder of YAML files shaped like data/ (or one such file). Standard library only.

Folders are plain strings, spelled as pathlib spells them (str(Path(...))), but pathlib itself is
only imported for an unusual one: it pulls in urllib.parse and ipaddress, a twentieth of a
question's run. See _spelled, is_dir and is_file.

Merge rules (also in the README):
- an entry whose id is new is added, and must be complete;
- an area or a role whose id exists is extended: a title, summary or lead replaces the old one;
  aliases, groups, links and related are added to; duties, employer, advice, facts, steps, local
  items, contacts and basis items replace the item with the same id, or are added;
- a source, link, guidance group, glossary term or deadline whose id exists is replaced whole.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Mapping

from snitflade.records import dataclass

TYPE_CHECKING = False  # not from typing, which is slow to import (see snitflade/__init__.py)
if TYPE_CHECKING:
    from pathlib import Path

DATA_DIR_ENV = "SNITFLADE_DATA_DIR"  # replaces the built-in data (for tests and data editors)
LAYER_PATH_ENV = "SNITFLADE_DATA_PATH"
CACHE_DIR_ENV = "SNITFLADE_CACHE_DIR"
MAX_FILE_BYTES = 32 * 1024 * 1024  # room for 50,000 areas; a bigger file is refused


@dataclass(frozen=True)
class DataSources:
    """The folders to read, in order, and whether the user named the layers explicitly."""

    built_in: str
    layers: tuple[str, ...]
    named: bool  # a named layer that is missing is a problem; the personal folder is optional


def builtin_data_dir() -> str:
    """Return the data folder: the one in the wheel, or the repository's own in a checkout."""
    package = os.path.dirname(os.path.dirname(_spelled(__file__)))
    packaged = os.path.join(package, "data")  # as importlib.resources would say, cheaper
    if is_dir(packaged):
        return packaged
    # Editable install or source checkout: src/snitflade/store/ -> repository root.
    root = os.path.realpath(__file__)
    for _up in range(4):
        root = os.path.dirname(root)
    return _spelled(os.path.join(root, "data"))


def find_sources(data_dirs: tuple[str, ...], environ: Mapping[str, str]) -> DataSources:
    """Return the built-in data folder and the layer folders, in the order they are merged."""
    override = environ.get(DATA_DIR_ENV)
    built_in = _spelled(override) if override else builtin_data_dir()
    if data_dirs:
        return DataSources(built_in, tuple(_spelled(d, expand=True) for d in data_dirs), True)
    listed = environ.get(LAYER_PATH_ENV, "")
    if listed.strip():
        folders = (_spelled(p, expand=True) for p in listed.split(os.pathsep) if p.strip())
        return DataSources(built_in, tuple(folders), True)
    personal = personal_layer(environ)
    try:
        there = is_dir(personal)
    except OSError:  # HOME too long a name, say: no folder there to read
        there = False
    return DataSources(built_in, (personal,) if there else (), False)


def _xdg(environ: Mapping[str, str], name: str, default: str) -> str:
    """An XDG base folder; a relative value is ignored, as the XDG specification says."""
    value = environ.get(name, "")
    if value and os.path.isabs(value):
        return _spelled(value)
    home = environ.get("HOME")
    if not home:
        from pathlib import Path

        home = str(Path.home())
    return _spelled(os.path.join(home, default))


def personal_layer(environ: Mapping[str, str]) -> str:
    return os.path.join(_xdg(environ, "XDG_CONFIG_HOME", ".config"), "snitflade")


def cache_dir(environ: Mapping[str, str]) -> str:
    """Return $SNITFLADE_CACHE_DIR, else $XDG_CACHE_HOME/snitflade (~/.cache/snitflade)."""
    override = environ.get(CACHE_DIR_ENV)
    if override:
        return _spelled(override)
    return os.path.join(_xdg(environ, "XDG_CACHE_HOME", ".cache"), "snitflade")


def _spelled(folder: str | os.PathLike[str], expand: bool = False) -> str:
    """`folder` as str(Path(folder)) spells it (with .expanduser() if `expand`).

    A folder pathlib would spell the same, as most are, is returned as it is; anything else (a
    `~`, `//`, `.` or trailing `/`, or not a plain string) is left to pathlib itself.
    """
    text = folder if type(folder) is str else ""
    relative = text[1:] if text[:1] == "/" and text[1:2] != "/" else text
    plain = text == "/" or all(part not in ("", ".") for part in relative.split("/"))
    if plain and not (expand and text[:1] == "~") and os.sep == "/":
        return text
    from pathlib import Path

    path = Path(folder)
    return str(path.expanduser() if expand else path)


def is_dir(path: str) -> bool:
    """Path(path).is_dir(), without importing pathlib unless stat() fails other than "missing"."""
    return _is(path, stat.S_ISDIR, "is_dir")


def is_file(path: str) -> bool:
    """Path(path).is_file(), without importing pathlib unless stat() fails other than "missing"."""
    return _is(path, stat.S_ISREG, "is_file")


def _is(path: str, kind: Callable[[int], bool], asked: str) -> bool:
    try:
        return kind(os.stat(path).st_mode)
    except (FileNotFoundError, NotADirectoryError):
        return False
    except (OSError, ValueError):  # some mean False to pathlib, others are raised: it decides
        from pathlib import Path

        return bool(getattr(Path(path), asked)())


class NotReadable(Exception):
    """A data file that cannot be read; `reason` is a message key, `detail` its parameter."""

    def __init__(self, key: str, /, **params: object) -> None:
        super().__init__(key)
        self.reason = key
        self.params = params


def read_bytes(path: str | Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """Return a regular file's bytes, at most `limit`; raise NotReadable for anything else.

    A FIFO, a device, a folder or a symlink loop is refused without blocking: the file is opened
    non-blocking and checked with fstat before a byte is read.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise NotReadable("file_missing") from None
    except OSError as error:
        raise NotReadable("file_unreadable", reason=error.strerror or str(error)) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise NotReadable("not_a_file_folder")
        if not stat.S_ISREG(info.st_mode):
            raise NotReadable("not_a_file")
        if info.st_size > limit:
            raise NotReadable("file_too_big", size=info.st_size, limit=limit)
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:
            raise NotReadable("file_too_big", size=size, limit=limit)
        return b"".join(chunks)
    except OSError as error:
        raise NotReadable("file_unreadable", reason=error.strerror or str(error)) from None
    finally:
        os.close(fd)


__all__ = [
    "CACHE_DIR_ENV",
    "DATA_DIR_ENV",
    "LAYER_PATH_ENV",
    "DataSources",
    "NotReadable",
    "builtin_data_dir",
    "cache_dir",
    "find_sources",
    "is_dir",
    "is_file",
    "personal_layer",
    "read_bytes",
]
