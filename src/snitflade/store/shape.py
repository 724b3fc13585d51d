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


def _keep(value: Any) -> Any:
    return value


@cache
def builder(shape: Any) -> Build:
    """Return a function that turns the plain form of `shape` back into `shape`."""
    origin = get_origin(shape)
    if origin is Annotated:
        return builder(get_args(shape)[0])
    if origin in (typing.Union, types.UnionType):
        options = [a for a in get_args(shape) if a is not type(None)]
        inner = builder(options[0]) if len(options) == 1 else _keep
        return lambda value: None if value is None else inner(value)
    if not _holds_dataclass(shape):
        return _keep  # plain values come back from marshal as they went in
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
    return _keep  # str, int, Literal, dict of plain values


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


def plain(value: Any, keep_tuples: bool = False) -> Any:
    """Return a dataclass tree as plain values (what `builder` reads back).

    keep_tuples: keep tuples as tuples (marshal keeps them apart from lists), as indexes need.
    """
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: plain(getattr(value, f.name), keep_tuples)
            for f in dataclasses.fields(value)
            if getattr(value, f.name) != f.default
        }
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


__all__ = ["builder", "field_types", "plain", "untranslated"]
