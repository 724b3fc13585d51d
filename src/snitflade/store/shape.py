"""Walk the shapes of store/model.py: build them from plain data, and find untranslated texts.

The compiled catalog holds plain values (dicts, lists, strings, numbers); `build` turns them back
into the model's dataclasses without Pydantic, trusting that they were checked when compiled.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable
from functools import cache
from typing import Annotated, Any, get_args, get_origin

from snitflade.store.model import InLanguage

Build = Callable[[Any], Any]


def keep(value: Any) -> Any:
    return value


@cache
def builder(shape: Any) -> Build:
    """Return a function that turns the plain form of `shape` back into `shape`."""
    origin = get_origin(shape)
    if origin is Annotated:
        return builder(get_args(shape)[0])
    if origin in (typing.Union, types.UnionType):
        options = [a for a in get_args(shape) if a is not type(None)]
        inner = builder(options[0]) if len(options) == 1 else keep
        return lambda value: None if value is None else inner(value)
    if not _holds_dataclass(shape):
        return keep  # plain values come back from marshal as they went in
    if origin is tuple:
        args = get_args(shape)
        if len(args) == 2 and args[1] is Ellipsis:
            item = builder(args[0])
            return lambda value: tuple(item(v) for v in value)
        parts = [builder(a) for a in args]
        return lambda value: tuple(make(v) for make, v in zip(parts, value, strict=True))
    if origin is dict:
        make_value = builder(get_args(shape)[1])
        return lambda value: {k: make_value(v) for k, v in value.items()}
    if dataclasses.is_dataclass(shape) and isinstance(shape, type):
        fields = [(name, builder(tp)) for name, tp in field_types(shape).items()]
        cls = shape

        def build(value: dict[str, Any]) -> Any:
            return cls(**{name: make(value[name]) for name, make in fields if name in value})

        return build
    return keep  # str, int, Literal, dict of plain values


# A recipe says, as plain data, how to build a value back from its plain form; the compiled
# catalog stores it, so reading the cache needs no type hints (resolving them costs milliseconds):
#   None                    the plain value as it is
#   ("?", r)                None, or r
#   ("*", r)                a tuple of any length, each item r
#   ("T", (r1, r2, ...))    a tuple of fixed length
#   ("{}", r)               a dict whose values are r
#   ("t",)                  a tuple of plain values (stored as a list)
#   ("C", module, name, ((field, r), ...))   a dataclass of snitflade's own
Recipe = Any


@cache
def recipe(shape: Any, tuples: bool = True) -> Recipe:
    """Return the recipe that builds `shape` back from its plain form (see `from_recipe`).

    tuples: turn lists back into the tuples the model declares (plain() stores them as lists);
    False for values stored with plain(keep_tuples=True), which kept their tuples.
    """
    origin = get_origin(shape)
    if origin is Annotated:
        return recipe(get_args(shape)[0], tuples)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in get_args(shape) if a is not type(None)]
        inner = recipe(options[0], tuples) if len(options) == 1 else None
        return None if inner is None else ("?", inner)
    if origin is tuple and tuples and not _holds_dataclass(shape):
        return ("t",)
    if not _holds_dataclass(shape):
        return None  # plain values come back from marshal as they went in
    if origin is tuple:
        args = get_args(shape)
        if len(args) == 2 and args[1] is Ellipsis:
            return ("*", recipe(args[0], tuples))
        return ("T", tuple(recipe(a, tuples) for a in args))
    if origin is dict:
        return ("{}", recipe(get_args(shape)[1], tuples))
    if dataclasses.is_dataclass(shape) and isinstance(shape, type):
        fields = tuple((name, recipe(tp, tuples)) for name, tp in field_types(shape).items())
        return ("C", shape.__module__, shape.__qualname__, fields)
    return None


def from_recipe(made: Recipe, known: dict[Any, Build] | None = None) -> Build:
    """Return the function that a recipe describes; ValueError if it names a foreign class.

    Only dataclasses defined in snitflade's own modules are ever made, whatever the recipe says.
    """
    known = {} if known is None else known
    if made is None:
        return keep
    if made in known:
        return known[made]
    kind = made[0]
    build: Build
    if kind == "t":
        build = tuple
    elif kind == "?":
        inner = from_recipe(made[1], known)
        build = lambda value: None if value is None else inner(value)  # noqa: E731
    elif kind == "*":
        item = from_recipe(made[1], known)
        build = lambda value: tuple(item(v) for v in value)  # noqa: E731
    elif kind == "T":
        parts = [from_recipe(r, known) for r in made[1]]
        build = lambda value: tuple(p(v) for p, v in zip(parts, value, strict=True))  # noqa: E731
    elif kind == "{}":
        make_value = from_recipe(made[1], known)
        build = lambda value: {k: make_value(v) for k, v in value.items()}  # noqa: E731
    elif kind == "C":
        build = _maker(own_dataclass(made[1], made[2]), made[3], known)
    else:
        raise ValueError(f"unknown recipe {kind!r}")
    known[made] = build
    return build


def own_dataclass(module_name: str, name: str) -> type:
    import importlib

    if not module_name.startswith("snitflade."):
        raise ValueError(f"not snitflade's own: {module_name}")
    found: Any = importlib.import_module(module_name)
    for part in name.split("."):
        found = getattr(found, part)
    if not (isinstance(found, type) and dataclasses.is_dataclass(found)):
        raise ValueError(f"not a dataclass: {module_name}.{name}")
    return found


def _maker(cls: type, fields: Any, known: dict[Any, Build]) -> Build:
    made = [(name, from_recipe(r, known)) for name, r in fields]
    plain_fields = [name for name, r in fields if r is None]
    built_fields = [(name, make) for (name, r), (_n, make) in zip(fields, made, strict=True) if r]

    def build(value: dict[str, Any]) -> Any:
        kwargs = {name: value[name] for name in plain_fields if name in value}
        for name, make in built_fields:
            if name in value:
                kwargs[name] = make(value[name])
        return cls(**kwargs)

    return build


@cache
def _holds_dataclass(shape: Any) -> bool:
    if dataclasses.is_dataclass(shape):
        return True
    return any(_holds_dataclass(a) for a in get_args(shape) if a is not Ellipsis)


@cache
def field_types(cls: type) -> dict[str, Any]:
    """The resolved types of a dataclass's fields, with their Annotated markers."""
    hints = typing.get_type_hints(cls, include_extras=True)
    return {f.name: hints[f.name] for f in dataclasses.fields(cls)}


_ATOMS = frozenset({str, int, float, bool, bytes, type(None)})
_FIELDS: dict[type, list[tuple[str, Any]]] = {}


def plain(value: Any, keep_tuples: bool = False) -> Any:
    """Return a dataclass tree as plain values (what `from_recipe` reads back).

    keep_tuples: keep tuples as tuples (marshal keeps them apart from lists), as indexes need.
    A field left at its default is left out. Compiling walks every value of the indexes, so the
    common cases come first.
    """
    kind = type(value)
    if kind in _ATOMS:
        return value
    if kind is tuple or kind is list:
        items = [v if type(v) in _ATOMS else plain(v, keep_tuples) for v in value]
        return tuple(items) if keep_tuples and kind is tuple else items
    if kind is dict:
        return {k: v if type(v) in _ATOMS else plain(v, keep_tuples) for k, v in value.items()}
    if hasattr(kind, "__dataclass_fields__"):
        fields = _FIELDS.get(kind)
        if fields is None:
            fields = _FIELDS[kind] = [(f.name, f.default) for f in dataclasses.fields(value)]
        found = {}
        for name, default in fields:
            item = getattr(value, name)
            if item != default:
                found[name] = plain(item, keep_tuples)
        return found
    if isinstance(value, tuple):
        items = [plain(v, keep_tuples) for v in value]
        return tuple(items) if keep_tuples else items
    if isinstance(value, list):
        return [plain(v, keep_tuples) for v in value]
    if isinstance(value, dict):
        return {k: plain(v, keep_tuples) for k, v in value.items()}
    if isinstance(value, frozenset):
        return sorted(value)
    return value


def _is_language_text(shape: Any) -> bool:
    if get_origin(shape) in (typing.Union, types.UnionType):
        return any(_is_language_text(a) for a in get_args(shape) if a is not type(None))
    return get_origin(shape) is Annotated and any(
        isinstance(m, InLanguage) for m in get_args(shape)[1:]
    )


def untranslated(shape: Any, raw: Any, lang: str, found: set[str], owner: str = "") -> None:
    """Add to `found` the id of every item in `raw` with a text that lacks `lang`."""
    if lang == "da":
        return
    origin = get_origin(shape)
    if origin is Annotated:
        untranslated(get_args(shape)[0], raw, lang, found, owner)
    elif origin in (typing.Union, types.UnionType):
        for option in get_args(shape):
            if option is not type(None):
                untranslated(option, raw, lang, found, owner)
    elif origin is tuple and isinstance(raw, list):
        for item in raw:
            untranslated(get_args(shape)[0], item, lang, found, owner)
    elif dataclasses.is_dataclass(shape) and isinstance(raw, dict):
        found_id = raw.get("id")
        item_id = found_id if isinstance(found_id, str) else owner
        for name, tp in field_types(shape).items():  # type: ignore[arg-type]
            value = raw.get(name)
            if value is None:
                continue
            if _is_language_text(tp):
                if not (isinstance(value, dict) and lang in value):
                    found.add(item_id)
            else:
                untranslated(tp, value, lang, found, item_id)


__all__ = [
    "builder",
    "field_types",
    "from_recipe",
    "own_dataclass",
    "plain",
    "recipe",
    "untranslated",
]
