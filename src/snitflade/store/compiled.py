"""The checked catalog, compiled once into plain data: shipped in the wheel, or kept in a cache.

Checking the YAML needs PyYAML and Pydantic and takes most of a run, so the merged catalog is
kept as marshalled plain values (dicts, tuples, strings, numbers: never code, never pickle). Its
manifest names everything it depends on: the program's version, a fingerprint of the code that
shapes it, the language, and the length and checksums of every data file and layer. The manifest
is stored in the entry and compared in full, so any changed byte means a new entry.

The built-in data alone is compiled into the wheel when it is built (hatch_build.py), so a first
run reads it at once. Anything else is compiled on first use into the user's cache folder, which
is only read if the user owns it and nobody else can write it (as pip does). Entries are written
with O_EXCL | O_NOFOLLOW and replaced atomically; each carries its length and CRC-32, and
anything unreadable, foreign or inconsistent counts as absent: it is rebuilt. Only files with
the cache's own names are ever deleted.
"""

from __future__ import annotations

import contextlib
import functools
import marshal
import os
import re
import stat
import zlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, overload

from snitflade import __version__
from snitflade.errors import Problem
from snitflade.messages import Msg
from snitflade.store import model
from snitflade.store.shape import from_recipe, keep, own_dataclass, plain
from snitflade.store.sources import (
    DataSources,
    NotReadable,
    builtin_data_dir,
    cache_dir,
    is_file,
    read_bytes,
)

if TYPE_CHECKING:
    from pathlib import Path

try:  # hashlib's own BLAKE2, without loading OpenSSL as `import hashlib` does (3 ms a run)
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - a Python built without it
    from hashlib import blake2b

FORMAT = 4  # raise when what is stored changes shape
KEEP = 8  # entries kept; older ones are removed when a new one is written
MAGIC = b"snitflade-catalog-4\n"
MAX_ENTRY_BYTES = 256 * 1024 * 1024
_ENTRY = re.compile(r"^catalog-[0-9a-f]{40}\.bin$")
_PACKAGE = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))  # as Path.resolve()
# The code that shapes a compiled entry: everything but the command line and the renderers.
_NOT_COMPILED = ("cli.py", "cli_text.py", "__main__.py", "render")
_CHECK_BYTES = 24  # see _check
_HEADS = ("sources", "roles", "guidance", "links", "glossary", "deadlines", "settings")

# The indexes a command builds from the catalog (matching, search): name -> a function that
# imports and returns (how to build the index, its type). Only a new entry needs them: reading one
# imports nothing until an index is used.
Indexes = Mapping[str, Callable[[], tuple[Callable[[model.Catalog], Any], Any]]]


def load(
    sources: DataSources, lang: str, environ: Mapping[str, str], indexes: Indexes
) -> tuple[model.Catalog, list[Problem]]:
    """Return the catalog and the layers' problems, from the cache or freshly compiled.

    Raises DataError if the built-in data itself is broken; that is never cached.
    """
    manifest = _manifest(sources, lang)
    if not sources.layers and sources.built_in == builtin_data_dir():
        # The built-in data alone, compiled into the wheel when it was built (hatch_build.py).
        shipped = os.path.join(sources.built_in, prebuilt_name(lang))
        found = _read(sources.built_in, shipped, manifest, indexes, shipped_with_code=True)
        if found is not None:
            return found
    folder = cache_dir(environ)
    entry = os.path.join(folder, f"catalog-{blake2b(manifest, digest_size=20).hexdigest()}.bin")
    found = _read(folder, entry, manifest, indexes)
    if found is not None:
        return found
    body = compile_catalog(sources, lang, manifest, indexes)
    _write(folder, entry, body)
    return _decode(body, manifest, indexes)


def compile_catalog(sources: DataSources, lang: str, manifest: bytes, indexes: Indexes) -> bytes:
    """Check the data and build the indexes; return the entry's body."""
    from snitflade.store.merge import build_catalog  # needs Pydantic and PyYAML

    catalog, problems = build_catalog(sources, lang)
    for name, spec in indexes.items():
        build, _shape = spec()
        catalog.indexes[name] = build(catalog)
    return _encode(catalog, problems, manifest, indexes)


def prebuilt_name(lang: str) -> str:
    return f"compiled-{lang}.bin"


def prebuild(data: Path, out: Path, indexes: Indexes) -> list[str]:
    """Compile the built-in data in `data` alone, in each language, into `out` (at wheel build).

    Returns the file names written. The manifest holds no path of the built-in data, only its
    contents and the code's, so the entry fits wherever the wheel is installed.
    """
    from snitflade.language import LANGUAGES

    names = []
    for lang in LANGUAGES:
        sources = DataSources(str(data), (), False)
        body = compile_catalog(sources, lang, _manifest(sources, lang), indexes)
        (out / prebuilt_name(lang)).write_bytes(MAGIC + _check(body) + body)
        names.append(prebuilt_name(lang))
    return names


def code_digest() -> bytes:
    """A digest of the program's code that shapes an entry: new code never reads an old entry."""
    parts = []
    for top, folders, files in os.walk(_PACKAGE):  # os.walk: Path.rglob cost 4 ms a run
        folders[:] = sorted(f for f in folders if f not in _NOT_COMPILED and f != "__pycache__")
        where = os.path.relpath(top, _PACKAGE)
        for name in sorted(files):
            if not name.endswith(".py") or (where == "." and name in _NOT_COMPILED):
                continue
            try:
                with open(os.path.join(top, name), "rb") as handle:
                    parts.append(f"{where}/{name}\0{_fingerprint(handle.read())}\0")
            except OSError:
                parts.append(f"{where}/{name}\0unreadable\0")
    return "".join(parts).encode("utf-8", "surrogateescape")


def _fingerprint(data: bytes) -> str:
    # Two checksums and the length: a changed byte changes it. The manifest holding these is
    # stored in the entry and compared in full, so a clash of names never serves the wrong data.
    return f"{len(data)}:{zlib.crc32(data):08x}:{zlib.adler32(data):08x}"


def _manifest(sources: DataSources, lang: str) -> bytes:
    """Everything the compiled catalog depends on: version, code, language, every data file."""
    # Whether layers were named only matters when there are layers; the built-in data counts
    # by its contents alone, so a wheel's compiled entry fits wherever it is installed.
    named = sources.named if sources.layers else None
    parts = [f"{__version__}\0{FORMAT}\0{lang}\0{named}\0"]
    parts.append(code_digest().decode())
    for n, folder in enumerate((sources.built_in, *sources.layers)):
        parts.append(f"\0L{n}\0{folder if n else ''}\0")
        if is_file(folder):
            parts.append(_file_part(folder))
            continue
        try:
            names = sorted(e.name for e in os.scandir(folder))
        except OSError as error:
            parts.append(f"unreadable {error.errno}")
            continue
        for name in names:
            if name in model.FILES:
                parts.append(_file_part(os.path.join(folder, name)))
            elif name.endswith((".yaml", ".yml")):
                parts.append(f"stray {name}\0")
    return "".join(parts).encode("utf-8", "surrogateescape")


def _file_part(path: str) -> str:
    name = os.path.basename(path)
    try:
        return f"F{name}\0{_fingerprint(read_bytes(path))}\0"
    except NotReadable as error:
        return f"F{name}\0{error.reason} {sorted(error.params.items())}\0"


# --- The stored form ---------------------------------------------------------------------------


def _encode(
    catalog: model.Catalog, problems: list[Problem], manifest: bytes, indexes: Indexes
) -> bytes:
    """The catalog as marshalled plain values; areas and indexes each packed on their own.

    Each part carries its recipe (store/shape.py), so reading it back resolves no type hints.
    """
    from snitflade.store.shape import field_types, recipe

    shapes = field_types(model.Catalog)
    index_shapes = {name: spec()[1] for name, spec in indexes.items()}
    region = _Region()
    body: dict[str, Any] = {
        "manifest": manifest,
        "head": {name: plain(getattr(catalog, name)) for name in _HEADS},
        "head_recipes": {name: recipe(shapes[name]) for name in _HEADS},
        "language": catalog.language,
        "untranslated": sorted(catalog.untranslated),
        "origins": dict(catalog.origins),
        "area_ids": list(catalog.areas.ids),  # type: ignore[attr-defined]
        "area_recipe": recipe(model.Area),
        "areas": [region.add(marshal.dumps(plain(area))) for area in catalog.areas],
        "indexes": {
            name: _split(plain(catalog.indexes[name], keep_tuples=True), region) for name in indexes
        },
        # Indexes keep their tuples (plain(keep_tuples=True)): nothing to turn back.
        "index_recipes": {name: recipe(shape, False) for name, shape in index_shapes.items()},
        "problems": [
            (p.file, p.field, p.detail.key, list(p.detail.params), p.line, p.column)
            for p in problems
        ],
    }
    body["ends"] = region.ends()
    head = marshal.dumps(body)
    return len(head).to_bytes(8, "big") + head + region.joined()


def _decode(
    data: bytes | memoryview, manifest: bytes, indexes: Indexes
) -> tuple[model.Catalog, list[Problem]]:
    view = memoryview(data)
    size = int.from_bytes(view[:8], "big")
    body = marshal.loads(view[8 : 8 + size])
    packed = _Packed(view[8 + size :], tuple(body["ends"]))
    if packed.ends and packed.ends[-1] != len(packed.data):
        raise ValueError("the region does not fit")
    if body["manifest"] != manifest:
        raise ValueError("an entry for other data")  # two manifests with the same name
    known: dict[Any, Any] = {}
    head = {
        name: from_recipe(body["head_recipes"][name], known)(body["head"][name]) for name in _HEADS
    }
    build_area = from_recipe(body["area_recipe"], known)
    numbers = body["areas"]
    if numbers != list(range(len(numbers))):
        raise ValueError("the areas come first")
    blobs = _Packed(packed.data, packed.ends[: len(numbers)])
    catalog = model.Catalog(
        **head,
        areas=model.AreaList(
            plain=blobs,
            ids=tuple(body["area_ids"]),
            build=lambda blob: build_area(marshal.loads(blob)),
        ),
        language="en" if body["language"] == "en" else "da",
        untranslated=frozenset(body["untranslated"]),
        origins=dict(body["origins"]),
    )
    if len(blobs) != len(body["area_ids"]) or set(body["indexes"]) != set(indexes):
        raise ValueError("inconsistent entry")
    for name in indexes:
        catalog.indexes[name] = model.Lazy(
            functools.partial(
                _unpack, body["index_recipes"][name], body["indexes"][name], packed, known
            )
        )
    problems = [
        Problem(file, field, Msg(key, tuple((k, v) for k, v in params)), line, column)
        for file, field, key, params, line, column in body["problems"]
    ]
    return catalog, problems


# --- Parts read only when used ----------------------------------------------------------------
# A lookup needs one area and a few words of an index. With a layer of thousands of areas,
# reading every area and every index entry would cost more than the lookup, so the areas are
# packed one after another, and a big index field is stored in parts (a mapping in shards by its
# keys' CRC-32, a table of records in chunks), each read the first time it is asked for.

PART = 1024  # entries in a shard or a chunk


class _Region:
    """The blobs of an entry (areas, index parts), stored one after another after its head."""

    def __init__(self) -> None:
        self.blobs: list[bytes] = []

    def add(self, blob: bytes) -> int:
        self.blobs.append(blob)
        return len(self.blobs) - 1

    def ends(self) -> tuple[int, ...]:
        found, end = [], 0
        for blob in self.blobs:
            end += len(blob)
            found.append(end)
        return tuple(found)

    def joined(self) -> bytes:
        return b"".join(self.blobs)


class _Packed(Sequence[memoryview]):
    """The region's blobs, each cut out of the entry when asked for, without a copy."""

    def __init__(self, data: memoryview, ends: tuple[int, ...]) -> None:
        self.data, self.ends = data, ends

    def __len__(self) -> int:
        return len(self.ends)

    @overload
    def __getitem__(self, index: int) -> memoryview: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[memoryview]: ...

    def __getitem__(self, index: int | slice) -> memoryview | Sequence[memoryview]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        index = range(len(self.ends))[index]  # IndexError as a list gives it
        return self.data[self.ends[index - 1] if index else 0 : self.ends[index]]


def _shard(key: Any, count: int) -> int:
    text = key if isinstance(key, str) else repr(key)
    return zlib.crc32(text.encode("utf-8", "surrogatepass")) % count


def _split(fields: dict[str, Any], region: _Region) -> dict[str, tuple[Any, ...]]:
    """An index's fields: each whole, or a big mapping in shards, or a big table in chunks."""
    parts: dict[str, tuple[Any, ...]] = {}
    for name, value in fields.items():
        if isinstance(value, dict) and len(value) > PART:
            count = -(-len(value) // PART)
            shards: list[dict[Any, Any]] = [{} for _ in range(count)]
            for key, item in value.items():
                shards[_shard(key, count)][key] = item
            blobs = tuple(region.add(marshal.dumps(d)) for d in shards)
            parts[name] = ("shards", len(value), blobs)
        elif isinstance(value, tuple) and len(value) > PART and isinstance(value[0], tuple):
            chunks = (value[i : i + PART] for i in range(0, len(value), PART))
            parts[name] = (
                "chunks",
                len(value),
                tuple(region.add(marshal.dumps(c)) for c in chunks),
            )
        else:
            parts[name] = ("whole", region.add(marshal.dumps(value)))
    return parts


class _Shards(Mapping[Any, Any]):
    """A mapping stored in shards; a lookup reads one shard."""

    def __init__(
        self, size: int, blobs: tuple[memoryview, ...], make: Callable[[Any], Any]
    ) -> None:
        self.size, self.blobs, self.make = size, blobs, make
        self.read: dict[int, dict[Any, Any]] = {}

    def _part(self, n: int) -> dict[Any, Any]:
        if n not in self.read:
            found = marshal.loads(self.blobs[n])
            self.read[n] = (
                found if self.make is keep else {k: self.make(v) for k, v in found.items()}
            )
        return self.read[n]

    def __getitem__(self, key: Any) -> Any:
        return self._part(_shard(key, len(self.blobs)))[key]

    def __iter__(self) -> Iterator[Any]:
        return (key for n in range(len(self.blobs)) for key in self._part(n))

    def __len__(self) -> int:
        return self.size


class _Chunks(Sequence[Any]):
    """A table of records stored in chunks; reading one record reads its chunk."""

    def __init__(
        self, size: int, blobs: tuple[memoryview, ...], make: Callable[[Any], Any]
    ) -> None:
        self.size, self.blobs, self.make = size, blobs, make
        self.read: dict[int, tuple[Any, ...]] = {}

    def __len__(self) -> int:
        return self.size

    @overload
    def __getitem__(self, index: int) -> Any: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Any]: ...

    def __getitem__(self, index: int | slice) -> Any:
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(self.size)))
        index = range(self.size)[index]
        n = index // PART
        if n not in self.read:
            found = marshal.loads(self.blobs[n])
            self.read[n] = tuple(found if self.make is keep else map(self.make, found))
        return self.read[n][index % PART]


def _unpack(
    made: Any, parts: dict[str, tuple[Any, ...]], packed: _Packed, known: dict[Any, Any]
) -> Any:
    """Build an index from its parts; `made` is its recipe: a dataclass of snitflade's own, or
    None for a mapping of plain values (each key stored as a field would be)."""
    if made is not None and made[0] != "C":
        raise ValueError("an index is a dataclass or a mapping of plain values")
    recipes = dict(made[3]) if made is not None else dict.fromkeys(parts)
    if not set(parts) <= set(recipes):  # a field left at its default is not stored
        raise ValueError("inconsistent index")
    fields: dict[str, Any] = {}
    for name, part in parts.items():
        field_recipe = recipes[name]
        if part[0] == "whole":
            fields[name] = from_recipe(field_recipe, known)(marshal.loads(packed[part[1]]))
            continue
        if field_recipe is not None and field_recipe[0] not in ("{}", "*"):
            raise ValueError("only a mapping or a table is stored in parts")
        inner = field_recipe[1] if field_recipe is not None else None  # of a value, an item
        make = from_recipe(inner, known)
        kind = _Shards if part[0] == "shards" else _Chunks
        fields[name] = kind(part[1], tuple(packed[n] for n in part[2]), make)
    if made is None:
        return fields
    return own_dataclass(made[1], made[2])(**fields)


# --- The cache folder --------------------------------------------------------------------------


def _owned_by_me(info: os.stat_result) -> bool:
    return info.st_uid == os.getuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _check(body: bytes | memoryview) -> bytes:
    """The entry's check of its body: its length and CRC-32, which catch damage to the file."""
    return f"{len(body):016x}{zlib.crc32(body):08x}".encode()


def _read(
    folder: str,
    entry: str,
    manifest: bytes,
    indexes: Indexes,
    shipped_with_code: bool = False,
) -> tuple[model.Catalog, list[Problem]] | None:
    """Return the stored catalog, or None if the entry is absent, foreign or damaged.

    shipped_with_code: the entry was installed with the program, in its own package folder, and
    is as trusted as the code beside it (which root, say, may own); a cache entry is trusted
    only in a folder of the user's own that nobody else can write.
    """
    trusted = (lambda _info: True) if shipped_with_code else _owned_by_me
    try:
        if not trusted(os.stat(folder)):
            return None
        fd = os.open(entry, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or not trusted(info):
            return None
        if info.st_size > MAX_ENTRY_BYTES:
            return None
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read()
    except OSError:
        return None
    finally:
        os.close(fd)
    view = memoryview(data)
    head, body = view[: len(MAGIC) + _CHECK_BYTES], view[len(MAGIC) + _CHECK_BYTES :]
    if head != MAGIC + _check(body):
        return None
    try:
        return _decode(body, manifest, indexes)
    except Exception:  # any inconsistency: the entry is absent, and is rebuilt
        return None


def _write(folder: str, entry: str, body: bytes) -> None:
    """Store an entry atomically; a cache that cannot be written only costs speed."""
    from pathlib import Path  # only after compiling, which has imported it anyway (merge.py)

    try:
        Path(folder).mkdir(mode=0o700, parents=True, exist_ok=True)
        if not _owned_by_me(os.stat(folder)):
            return
    except OSError:
        return
    temporary = os.path.join(folder, f".catalog-{os.urandom(8).hex()}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC
    try:
        fd = os.open(temporary, flags, 0o600)
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(MAGIC + _check(body) + body)
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


def _prune(folder: str) -> None:
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
