"""snitflade.records.dataclass behaves as the standard decorator on every shape the code uses."""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable
from typing import Any

import pytest

from snitflade import records


def _shapes(decorate: Callable[..., Any]) -> dict[str, type]:
    """The same classes, made by `decorate` (the standard decorator or ours)."""

    @decorate(frozen=True, slots=True, kw_only=True)
    class Item:
        id: str
        text: str = ""
        tags: tuple[str, ...] = ()
        extra: dict[str, int] = dataclasses.field(default_factory=dict, compare=False, repr=False)

    @decorate(frozen=True, slots=True, kw_only=True)
    class Duty(Item):
        role: str = "tr"

    @decorate(frozen=True)
    class Pair:
        left: str
        right: int = 0

    @decorate(frozen=True, kw_only=True)
    class Page:
        title: str = ""

    @decorate(frozen=True)
    class Answer(Page):
        body: str
        items: list[int] = dataclasses.field(default_factory=list)

    @decorate
    class Mutable:
        count: int = 0
        seen: list[str] = dataclasses.field(default_factory=list)

    @decorate(frozen=True, slots=True, kw_only=True)
    class Checked:
        value: str
        cleaned: str = dataclasses.field(default="", init=False)

        def __post_init__(self) -> None:
            object.__setattr__(self, "cleaned", self.value.strip())

    return {c.__name__: c for c in (Item, Duty, Pair, Page, Answer, Mutable, Checked)}


STANDARD = _shapes(dataclasses.dataclass)
OURS = _shapes(records.dataclass)

CALLS: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = [
    ("Item", (), {"id": "a"}),
    ("Item", (), {"id": "a", "text": "t", "tags": ("x",), "extra": {"n": 1}}),
    ("Duty", (), {"id": "d", "role": "amr", "text": "t"}),
    ("Pair", ("l",), {}),
    ("Pair", ("l", 2), {}),
    ("Pair", ("l",), {"right": 3}),
    ("Page", (), {"title": "p"}),
    ("Answer", ("b",), {"title": "t"}),
    ("Answer", ("b", [1, 2]), {}),
    ("Mutable", (), {}),
    ("Mutable", (4, ["s"]), {}),
    ("Checked", (), {"value": "  v  "}),
]
BAD_CALLS: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = [
    ("Item", (), {}),  # a required field missing
    ("Item", ("a",), {}),  # keyword-only given by position
    ("Item", (), {"id": "a", "nope": 1}),  # an unknown keyword
    ("Pair", ("l", 2, 3), {}),  # too many positions
    ("Pair", ("l",), {"left": "again"}),  # twice
    ("Checked", (), {"value": "v", "cleaned": "x"}),  # init=False
]


def _make(shapes: dict[str, type], name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    return shapes[name](*copy.deepcopy(args), **copy.deepcopy(kwargs))


@pytest.mark.parametrize(("name", "args", "kwargs"), CALLS)
def test_instances_hold_compare_and_show_the_same(name: str, args: Any, kwargs: Any) -> None:
    ours, standard = _make(OURS, name, args, kwargs), _make(STANDARD, name, args, kwargs)
    assert repr(ours) == repr(standard)
    assert dataclasses.asdict(ours) == dataclasses.asdict(standard)
    assert ours == _make(OURS, name, args, kwargs)
    assert ours != standard  # another class: not equal, as with the standard decorator
    hashable = STANDARD[name].__hash__ is not None
    assert (OURS[name].__hash__ is not None) == hashable
    if hashable and _hashes(standard):
        assert hash(ours) == hash(_make(OURS, name, args, kwargs))
        assert {ours, _make(OURS, name, args, kwargs)} == {ours}
    elif hashable:  # a list inside: unhashable, as the standard one is
        assert not _hashes(ours)
    assert [f.name for f in dataclasses.fields(ours)] == [
        f.name for f in dataclasses.fields(standard)
    ]
    assert hasattr(ours, "__dict__") == hasattr(standard, "__dict__")  # slots as asked
    assert copy.copy(ours) == ours
    assert copy.deepcopy(ours) == ours


def _hashes(value: Any) -> bool:
    try:
        hash(value)
    except TypeError:
        return False
    return True


@pytest.mark.parametrize(("name", "args", "kwargs"), BAD_CALLS)
def test_wrong_arguments_fail_as_the_standard_ones_do(name: str, args: Any, kwargs: Any) -> None:
    with pytest.raises(TypeError):
        _make(STANDARD, name, args, kwargs)
    with pytest.raises(TypeError, match=rf"^_shapes\.<locals>\.{name}\.__init__\(\) "):
        _make(OURS, name, args, kwargs)


def test_frozen_refuses_changes_and_mutable_allows_them() -> None:
    item = OURS["Duty"](id="d")
    with pytest.raises(dataclasses.FrozenInstanceError):
        item.role = "amr"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del item.id  # type: ignore[misc]
    mutable = OURS["Mutable"]()
    mutable.count = 5
    assert mutable.count == 5
    assert OURS["Mutable"]().seen is not OURS["Mutable"]().seen  # a new list each time


def test_replace_and_fields_that_do_not_compare() -> None:
    item = OURS["Item"](id="a", extra={"n": 1})
    changed = dataclasses.replace(item, text="new")
    assert (changed.id, changed.text, changed.extra) == ("a", "new", {"n": 1})
    assert item == OURS["Item"](id="a", extra={"other": 2})  # extra has compare=False
    assert "extra" not in repr(item)


def test_a_class_without_a_docstring_gets_one_without_inspect() -> None:
    @records.dataclass(frozen=True)
    class Plain:
        name: str
        count: int = 0

    assert Plain.__doc__ == "Plain(name, count)"


def test_a_method_written_in_the_class_is_kept() -> None:
    @records.dataclass(frozen=True)
    class Shown:
        name: str

        def __repr__(self) -> str:
            return f"<{self.name}>"

    assert repr(Shown("x")) == "<x>"
