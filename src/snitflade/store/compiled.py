"""The checked catalog, compiled once into plain data and kept in the user's cache folder.

Checking the YAML needs PyYAML and Pydantic and takes most of a run, so the merged catalog is
kept as marshalled plain values (dicts, tuples, strings, numbers: never code, never pickle) under
a key made from the program's version and code, the language, and every byte of every data file
and layer. A changed byte anywhere gives a new key, so an old entry is never used.

The cache is only read from a folder that the user owns and nobody else can write (as pip does),
entries are written with O_EXCL | O_NOFOLLOW and replaced atomically, each entry carries a digest
of its body, and anything unreadable, foreign or inconsistent counts as absent: it is rebuilt.
Only files with the cache's own names are ever deleted.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import marshal
import os
import re
import secrets
import stat
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from snitflade import __version__
from snitflade.errors import Problem
from snitflade.messages import Msg
from snitflade.store import model
from snitflade.store.shape import builder, plain
from snitflade.store.sources import DataSources, NotReadable, cache_dir, read_bytes

FORMAT = 2  # raise when what is stored changes shape
KEEP = 8  # entries kept; older ones are removed when a new one is written
MAGIC = b"snitflade-catalog-2\n"
MAX_ENTRY_BYTES = 256 * 1024 * 1024
_ENTRY = re.compile(r"^catalog-[0-9a-f]{40}\.bin$")
_PACKAGE = Path(__file__).resolve().parents[1]

# The indexes a command builds from the catalog (matching, search): name -> (build, its type).
Indexes = Mapping[str, tuple[Callable[[model.Catalog], Any], Any]]


def load(
    sources: DataSources, lang: str, environ: Mapping[str, str], indexes: Indexes
) -> tuple[model.Catalog, list[Problem]]:
    """Return the catalog and the layers' problems, from the cache or freshly compiled.

    Raises DataError if the built-in data itself is broken; that is never cached.
    """
    key = _key(sources, lang)
    folder = cache_dir(environ)
    entry = folder / f"catalog-{key}.bin"
    found = _read(folder, entry, indexes)
    if found is not None:
        return found
    from snitflade.store.merge import build_catalog  # needs Pydantic and PyYAML

    catalog, problems = build_catalog(sources, lang)
    for name, (build, _shape) in indexes.items():
        catalog.indexes[name] = build(catalog)
    _write(folder, entry, _encode(catalog, problems, indexes))
    return catalog, problems


def code_digest() -> bytes:
    """A digest of the program's own code: new code never reads an old entry."""
    digest = hashlib.blake2b(digest_size=20)
    for path in sorted(_PACKAGE.rglob("*.py")):
        digest.update(_name_bytes(path.relative_to(_PACKAGE)) + b"\0")
        with contextlib.suppress(OSError):
            digest.update(path.read_bytes())
    return digest.digest()


def _key(sources: DataSources, lang: str) -> str:
    """A digest of everything the compiled catalog depends on."""
    digest = hashlib.blake2b(digest_size=20)
    digest.update(f"{__version__}\0{FORMAT}\0{lang}\0{sources.named}\0".encode())
    digest.update(code_digest())
    for n, folder in enumerate((sources.built_in, *sources.layers)):
        digest.update(b"\0L%d\0%s\0" % (n, _name_bytes(folder)))
        if folder.is_file():
            _hash_file(digest, folder)
            continue
        try:
            names = sorted(e.name for e in os.scandir(folder))
        except OSError as error:
            digest.update(f"unreadable {error.errno}".encode())
            continue
        for name in names:
            if name in model.FILES:
                _hash_file(digest, folder / name)
            elif name.endswith((".yaml", ".yml")):
                digest.update(b"stray %s\0" % _name_bytes(name))
    return digest.hexdigest()


def _name_bytes(name: object) -> bytes:
    # A path may hold bytes that are not UTF-8 (surrogates, from the file system): keep them.
    return str(name).encode("utf-8", "surrogatepass")


def _hash_file(digest: Any, path: Path) -> None:
    digest.update(b"F%s\0" % _name_bytes(path.name))
    try:
        digest.update(hashlib.blake2b(read_bytes(path)).digest())
    except NotReadable as error:
        digest.update(f"{error.reason} {sorted(error.params.items())}".encode())


# --- The stored form ---------------------------------------------------------------------------


def _encode(catalog: model.Catalog, problems: list[Problem], indexes: Indexes) -> bytes:
    """The catalog as marshalled plain values; areas and indexes each packed on their own."""
    head = {
        name: plain(getattr(catalog, name))
        for name in ("sources", "roles", "guidance", "links", "glossary", "deadlines", "settings")
    }
    body = {
        "head": head,
        "language": catalog.language,
        "untranslated": sorted(catalog.untranslated),
        "origins": dict(catalog.origins),
        "area_ids": list(catalog.areas.ids),  # type: ignore[attr-defined]
        "areas": [marshal.dumps(plain(area)) for area in catalog.areas],
        "indexes": {
            name: marshal.dumps(plain(catalog.indexes[name], keep_tuples=True)) for name in indexes
        },
        "problems": [
            (p.file, p.field, p.detail.key, list(p.detail.params), p.line, p.column)
            for p in problems
        ],
    }
    return marshal.dumps(body)


def _decode(data: bytes, indexes: Indexes) -> tuple[model.Catalog, list[Problem]]:
    body = marshal.loads(data)
    head = body["head"]
    build_area = builder(model.Area)
    blobs: list[bytes] = body["areas"]
    catalog = model.Catalog(
        sources=builder(tuple[model.Source, ...])(head["sources"]),
        roles=builder(tuple[model.Role, ...])(head["roles"]),
        areas=model.AreaList(
            plain=blobs,
            ids=tuple(body["area_ids"]),
            build=lambda blob: build_area(marshal.loads(blob)),
        ),
        guidance=builder(tuple[model.Guidance, ...])(head["guidance"]),
        links=builder(tuple[model.Link, ...])(head["links"]),
        glossary=builder(tuple[model.GlossaryTerm, ...])(head["glossary"]),
        deadlines=builder(tuple[model.Deadline, ...])(head["deadlines"]),
        settings=builder(model.Settings)(head["settings"]),
        language="en" if body["language"] == "en" else "da",
        untranslated=frozenset(body["untranslated"]),
        origins=dict(body["origins"]),
    )
    if len(blobs) != len(body["area_ids"]) or set(body["indexes"]) != set(indexes):
        raise ValueError("inconsistent entry")
    for name, (_build, shape) in indexes.items():
        catalog.indexes[name] = model.Lazy(
            functools.partial(_unpack, builder(shape), body["indexes"][name])
        )
    problems = [
        Problem(file, field, Msg(key, tuple((k, v) for k, v in params)), line, column)
        for file, field, key, params, line, column in body["problems"]
    ]
    return catalog, problems


def _unpack(make: Callable[[Any], Any], blob: bytes) -> Any:
    return make(marshal.loads(blob))


# --- The cache folder --------------------------------------------------------------------------


def _owned_by_me(info: os.stat_result) -> bool:
    return info.st_uid == os.getuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _read(
    folder: Path, entry: Path, indexes: Indexes
) -> tuple[model.Catalog, list[Problem]] | None:
    """Return the stored catalog, or None if the entry is absent, foreign or damaged."""
    try:
        if not _owned_by_me(os.stat(folder)):
            return None
        fd = os.open(entry, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or not _owned_by_me(info):
            return None
        if info.st_size > MAX_ENTRY_BYTES:
            return None
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read()
    except OSError:
        return None
    finally:
        os.close(fd)
    head, body = data[: len(MAGIC) + 32], data[len(MAGIC) + 32 :]
    if head != MAGIC + hashlib.blake2b(body, digest_size=32).digest():
        return None
    try:
        return _decode(body, indexes)
    except Exception:  # any inconsistency: the entry is absent, and is rebuilt
        return None


def _write(folder: Path, entry: Path, body: bytes) -> None:
    """Store an entry atomically; a cache that cannot be written only costs speed."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not _owned_by_me(os.stat(folder)):
            return
    except OSError:
        return
    temporary = folder / f".catalog-{secrets.token_hex(8)}.tmp"
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC
    try:
        fd = os.open(temporary, flags, 0o600)
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(MAGIC + hashlib.blake2b(body, digest_size=32).digest() + body)
        os.replace(temporary, entry)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        return
    except BaseException:  # Ctrl-C: leave no temporary file behind
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _prune(folder)


def _prune(folder: Path) -> None:
    """Remove the oldest of the cache's own entries beyond KEEP; nothing else is touched."""
    with contextlib.suppress(OSError):
        ours = []
        for item in os.scandir(folder):
            if _ENTRY.match(item.name) and item.is_file(follow_symlinks=False):
                ours.append((item.stat(follow_symlinks=False).st_mtime, item.path))
        for _mtime, path in sorted(ours)[:-KEEP]:
            with contextlib.suppress(OSError):
                os.unlink(path)


__all__ = ["code_digest", "load"]
