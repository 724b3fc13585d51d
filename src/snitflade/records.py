"""`dataclass` as the standard library's, without compiling code when a class is defined.

The standard decorator writes the source of __init__, __eq__, __hash__, __repr__ and, for frozen
classes, __setattr__ and __delattr__, and compiles each with exec: about 0.15 ms a method, some
45 ms of every run for the 40 classes of the data and the answers. Here the class is still made a
dataclass by the standard decorator (fields, `dataclasses.fields`, `replace`, Pydantic's checks
all work as before), but asked for none of those methods; they are then added as shared functions
that read the class's fields, so nothing is compiled.

What differs from the standard decorator: `__dataclass_params__` reports the methods as not
generated (init, repr, eq and frozen are False there; nothing in snitflade reads them), and an
instance is a little slower to build (a loop instead of straight-line code). Type checkers see
the standard decorator.
"""

from __future__ import annotations

import dataclasses
from operator import attrgetter

TYPE_CHECKING = False  # not from typing: see snitflade/__init__.py
if TYPE_CHECKING:
    from collections.abc import Callable
    from dataclasses import dataclass as dataclass
    from typing import Any
else:

    def dataclass(
        cls: type | None = None,
        /,
        *,
        init: bool = True,
        repr: bool = True,  # noqa: A002 (the standard decorator's name)
        eq: bool = True,
        frozen: bool = False,
        kw_only: bool = False,
        slots: bool = False,
    ) -> Any:
        """Make `cls` a dataclass with the standard decorator's behaviour (see the module)."""

        def wrap(cls: type) -> type:
            return _finish(
                cls, init=init, repr=repr, eq=eq, frozen=frozen, kw_only=kw_only, slots=slots
            )

        return wrap if cls is None else wrap(cls)


_MISSING = dataclasses.MISSING
_set = object.__setattr__


def _finish(
    cls: type, *, init: bool, repr: bool, eq: bool, frozen: bool, kw_only: bool, slots: bool
) -> type:
    body = dict(cls.__dict__)  # before the standard decorator adds to it
    if not cls.__doc__:  # else the standard decorator writes one with inspect.signature (5 ms)
        cls.__doc__ = f"{cls.__name__}({', '.join(body.get('__annotations__', ()))})"
    cls = dataclasses.dataclass(
        cls, init=False, repr=False, eq=False, frozen=False, kw_only=kw_only, slots=slots
    )
    fields = dataclasses.fields(cls)

    def add(name: str, function: Any) -> None:
        if name not in body:  # a method written in the class wins, as with the standard decorator
            function.__qualname__ = f"{cls.__qualname__}.{name}"
            setattr(cls, name, function)

    if init:
        add("__init__", _init(cls, fields))
    if repr:
        add("__repr__", _repr(fields))
    if eq:
        key = _key([f.name for f in fields if f.compare])
        add("__eq__", _eq(key))
        explicit_hash = body.get("__hash__", _MISSING) not in (_MISSING, None)
        if not explicit_hash:
            if frozen:
                hashed = [f.name for f in fields if (f.compare if f.hash is None else f.hash)]
                hash_key = _key(hashed)
                setattr(cls, "__hash__", lambda self: hash(hash_key(self)))  # noqa: B010
            else:
                setattr(cls, "__hash__", None)  # noqa: B010 (unhashable, as the standard one makes it)
    if frozen:
        add("__setattr__", _refuse(cls, "assign to"))
        add("__delattr__", _refuse(cls, "delete"))
        if slots:  # copy.copy and friends restore state through __setattr__, which now refuses
            names = [f.name for f in fields]
            add("__getstate__", lambda self: [getattr(self, n) for n in names])
            add("__setstate__", _setstate(names))
    return cls


def _init(cls: type, fields: tuple[dataclasses.Field[Any], ...]) -> Callable[..., None]:
    """An __init__ that takes the fields as the standard one does: in order, or by keyword."""
    positional = [f.name for f in fields if f.init and not f.kw_only]
    plan = [(f.name, f.init, f.default, f.default_factory) for f in fields]
    post_init = hasattr(cls, "__post_init__")
    name = cls.__qualname__
    # Every field given by keyword, as the compiled catalog builds its thousand objects: set them.
    every = frozenset(f.name for f in fields) if all(f.init for f in fields) else None

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:  # noqa: N807
        if every is not None and not args and not post_init and kwargs.keys() == every:
            for field_name, value in kwargs.items():
                _set(self, field_name, value)
            return
        if len(args) > len(positional):
            raise TypeError(
                f"{name}.__init__() takes {len(positional) + 1} positional arguments "
                f"but {len(args) + 1} were given"
            )
        for field_name, value in zip(positional, args, strict=False):
            if field_name in kwargs:
                raise TypeError(
                    f"{name}.__init__() got multiple values for argument {field_name!r}"
                )
            kwargs[field_name] = value
        for field_name, takes, default, factory in plan:
            if takes and field_name in kwargs:
                value = kwargs.pop(field_name)
            elif default is not _MISSING:
                value = default
            elif factory is not _MISSING:
                value = factory()
            elif takes:
                raise TypeError(f"{name}.__init__() missing 1 required argument: {field_name!r}")
            else:
                continue  # init=False and no default: left unset, as the standard one does
            _set(self, field_name, value)
        if kwargs:
            raise TypeError(
                f"{name}.__init__() got an unexpected keyword argument {next(iter(kwargs))!r}"
            )
        if post_init:
            self.__post_init__()

    return __init__


def _key(names: list[str]) -> Callable[[Any], tuple[Any, ...]]:
    """The tuple of the named fields of an instance, as the standard __eq__ and __hash__ compare."""
    if not names:
        return lambda self: ()
    if len(names) == 1:
        one = attrgetter(names[0])
        return lambda self: (one(self),)
    found: Callable[[Any], tuple[Any, ...]] = attrgetter(*names)
    return found


def _eq(key: Callable[[Any], tuple[Any, ...]]) -> Callable[[Any, Any], Any]:
    def __eq__(self: Any, other: Any) -> Any:  # noqa: N807
        if other.__class__ is self.__class__:
            return key(self) == key(other)
        return NotImplemented

    return __eq__


def _repr(fields: tuple[dataclasses.Field[Any], ...]) -> Callable[[Any], str]:
    shown = [f.name for f in fields if f.repr]

    def __repr__(self: Any) -> str:  # noqa: N807
        inner = ", ".join(f"{n}={getattr(self, n)!r}" for n in shown)
        return f"{self.__class__.__qualname__}({inner})"

    return __repr__


def _setstate(names: list[str]) -> Callable[[Any, list[Any]], None]:
    def __setstate__(self: Any, state: list[Any]) -> None:  # noqa: N807
        for name, value in zip(names, state, strict=True):
            _set(self, name, value)

    return __setstate__


def _refuse(cls: type, verb: str) -> Callable[..., None]:
    names = {f.name for f in dataclasses.fields(cls)}
    parent: Any = cls.__mro__[1]

    def refuse(self: Any, name: str, *value: Any) -> None:
        if type(self) is cls or name in names:
            raise dataclasses.FrozenInstanceError(f"cannot {verb} field {name!r}")
        if value:
            parent.__setattr__(self, name, *value)
        else:
            parent.__delattr__(self, name)

    return refuse


__all__ = ["dataclass"]
