"""Read a data file once: its bytes, its YAML and where each part of it stands.

A file is parsed once into a node tree (which knows every line and column) and a document. Each
problem found later is located by walking that tree, so a file with thousands of problems is
still read in linear time.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml
from pydantic import TypeAdapter, ValidationError

from snitflade.errors import Problem
from snitflade.messages import Msg, msg
from snitflade.records import dataclass
from snitflade.store import model
from snitflade.store.shape import field_types
from snitflade.store.sources import MAX_FILE_BYTES, NotReadable, read_bytes

# An alias bomb is refused before it is built: aliases may not make the document grow past both
# MAX_YAML_NODES and ALIAS_GROWTH times the nodes actually written. A file without aliases never
# grows.
MAX_YAML_NODES = 50_000
ALIAS_GROWTH = 10
_MERGE_TAG = "tag:yaml.org,2002:merge"

_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _YamlRefused(yaml.constructor.ConstructorError):
    def __init__(self, message: Msg, mark: Any) -> None:
        super().__init__(None, None, message.text("en"), mark)
        self.message = message


class _SafeLoader(_BaseLoader):  # type: ignore[misc]
    """The safe loader, except that a key written twice, or a merge key, is an error."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _value in node.value:
            if key_node.tag == _MERGE_TAG:
                raise _YamlRefused(msg("yaml_merge_key"), key_node.start_mark)
            key = self.construct_object(key_node, deep=deep)
            try:
                if key in seen:
                    raise _YamlRefused(
                        msg("yaml_duplicate_key", key=model.clean(str(key))), key_node.start_mark
                    )
                seen.add(key)
            except TypeError:  # an unhashable key: the checks below report it
                pass
        mapping: dict[Any, Any] = super().construct_mapping(node, deep=deep)
        return mapping


@dataclass
class Parsed:
    """One file: its label (as shown in problems), its node tree and its document."""

    label: str
    node: yaml.Node | None
    document: Any

    def where(self, loc: tuple[Any, ...]) -> tuple[int | None, int | None]:
        """Return the 1-based line and column of the deepest node on `loc`."""
        node = self.node
        if node is None:
            return None, None
        mark = node.start_mark
        for part in loc:
            child = None
            if isinstance(node, yaml.MappingNode):
                pair = next(((k, v) for k, v in node.value if k.value == part), None)
                if pair is not None:
                    child, mark = pair[1], pair[0].start_mark  # point at the key
            elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
                if part < len(node.value):
                    child = node.value[part]
                    mark = child.start_mark
            if child is None:
                break
            node = child
        return mark.line + 1, mark.column + 1

    def problem(self, loc: tuple[Any, ...], message: Msg) -> Problem:
        line, column = self.where(loc)
        return Problem(self.label, dotted(loc), message, line, column)


def dotted(loc: Iterable[Any]) -> str:
    return ".".join(model.clean(str(part)) for part in loc)


def read_file(path: Path, problems: list[Problem], label: str | None = None) -> Parsed | None:
    """Read and parse one data file; None after adding a located problem."""
    name = label or str(path)
    try:
        data = read_bytes(path, MAX_FILE_BYTES)
    except NotReadable as error:
        problems.append(Problem(name, "", msg(error.reason, **error.params)))
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        problems.append(Problem(name, "", msg("file_not_utf8", position=error.start)))
        return None
    return parse_text(name, text, problems)


def parse_text(label: str, text: str, problems: list[Problem]) -> Parsed | None:
    """Parse YAML text once into a node tree and a document; None after adding a problem."""
    loader = _SafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            problems.append(Problem(label, "", msg("file_empty")))
            return None
        limit = MAX_YAML_NODES * ALIAS_GROWTH
        expanded, written = _expanded_size(node, limit)
        if expanded > max(MAX_YAML_NODES, ALIAS_GROWTH * written):
            problems.append(Problem(label, "", msg("yaml_bomb", limit=MAX_YAML_NODES)))
            return None
        document = loader.construct_document(node)
    except RecursionError:
        problems.append(Problem(label, "", msg("yaml_too_deep")))
        return None
    except _YamlRefused as error:
        problems.append(_at(label, error.problem_mark, error.message))
        return None
    except yaml.reader.ReaderError as error:
        # A control character (ESC, BEL …) in the file: say where, without echoing it.
        before = text[: error.position]
        line, column = before.count("\n") + 1, len(before) - before.rfind("\n")
        problems.append(Problem(label, "", msg("yaml_control", code=error.character), line, column))
        return None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        reason = getattr(error, "problem", None) or str(error).splitlines()[0]
        if "nesting depth" in str(reason):
            problems.append(Problem(label, "", msg("yaml_too_deep")))
        elif "\t" in text and "cannot start any token" in str(reason):
            problems.append(_at(label, mark, msg("yaml_tab")))
        else:
            problems.append(_at(label, mark, msg("yaml_invalid", reason=model.clean(reason))))
        return None
    finally:
        loader.dispose()
    return Parsed(label, node, document)


def _at(label: str, mark: Any, message: Msg) -> Problem:
    return Problem(
        label, "", message, mark.line + 1 if mark else None, mark.column + 1 if mark else None
    )


def _expanded_size(node: yaml.Node, limit: int) -> tuple[int, int]:
    """Count a composed document's nodes as if its aliases were copied out, and as written."""
    sizes: dict[int, int] = {}

    def size(current: yaml.Node) -> int:
        key = id(current)
        if key in sizes:
            return sizes[key]
        sizes[key] = 1  # a cycle counts once rather than forever
        total = 1
        if isinstance(current, yaml.SequenceNode):
            total += sum(size(child) for child in current.value)
        elif isinstance(current, yaml.MappingNode):
            total += sum(size(k) + size(v) for k, v in current.value)
        sizes[key] = min(total, limit + 1)
        return sizes[key]

    return size(node), len(sizes)


# --- Checking entries against the model -------------------------------------------------------

_ADAPTERS: dict[Any, TypeAdapter[Any]] = {}


def adapter(shape: Any) -> TypeAdapter[Any]:
    """The Pydantic validator of one shape, built once per run."""
    if shape not in _ADAPTERS:
        _ADAPTERS[shape] = TypeAdapter(shape)
    return _ADAPTERS[shape]


def check(
    shape: Any, raw: Any, lang: str, parsed: Parsed, loc: tuple[Any, ...], problems: list[Problem]
) -> Any | None:
    """Return `raw` checked as `shape` in language `lang`, or None after adding problems."""
    try:
        return adapter(shape).validate_python(raw, context={"lang": lang})
    except ValidationError as error:
        problems.extend(validation_problems(parsed, error, loc))
        return None


def _field_names() -> frozenset[str]:
    names: set[str] = set()
    for value in vars(model).values():
        if isinstance(value, type) and hasattr(value, "__dataclass_fields__"):
            names.update(field_types(value))
    return frozenset(names)


def _did_you_mean(key: str) -> str | None:
    close = difflib.get_close_matches(key, sorted(_field_names()), n=1, cutoff=0.6)
    return close[0] if close else None


_UNKNOWN_KEY = {"extra_forbidden", "unexpected_keyword_argument"}


def validation_problems(
    parsed: Parsed, error: ValidationError, prefix: tuple[Any, ...] = ()
) -> list[Problem]:
    """Turn Pydantic's errors into located problems in the user's words."""
    found = []
    for detail in error.errors(include_url=False):
        loc = (*prefix, *detail["loc"])
        kind = detail["type"]
        suggestion = None
        if kind in _UNKNOWN_KEY:
            kind = "extra_forbidden"
            if isinstance(loc[-1], str):
                suggestion = _did_you_mean(loc[-1])
        reason = detail["msg"].removeprefix("Value error, ")
        message = msg(
            "validation",
            type=kind,
            msg=model.clean(reason),
            expected=model.clean(str((detail.get("ctx") or {}).get("expected", ""))),
            suggestion=suggestion,
        )
        found.append(parsed.problem(loc, message))
    return found


__all__ = ["Parsed", "adapter", "check", "dotted", "parse_text", "read_file"]
