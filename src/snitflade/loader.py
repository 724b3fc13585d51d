"""Read the data folder into a validated Catalog, or say exactly what is wrong and where."""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from snitflade import catalog as runtime
from snitflade.errors import DataError, Problem
from snitflade.folding import fold
from snitflade.language import Language
from snitflade.messages import Msg, msg
from snitflade.models import (
    AreasFile,
    Catalog,
    Citation,
    DeadlinesFile,
    GlossaryFile,
    RolesFile,
    SourcesFile,
)
from snitflade.paths import DATA_DIR_ENV, builtin_data_dir, data_dir

MAX_FILE_BYTES = 2 * 1024 * 1024  # far above our own files; bounds what a broken file can cost

DATA_FILES: dict[str, type[BaseModel]] = {
    "sources.yaml": SourcesFile,
    "roles.yaml": RolesFile,
    "collaboration_areas.yaml": AreasFile,
    "glossary.yaml": GlossaryFile,
    "deadlines.yaml": DeadlinesFile,
}

_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _DuplicateKeyError(yaml.constructor.ConstructorError):
    def __init__(self, key: Any, mark: Any) -> None:
        super().__init__(None, None, f"duplicate key {key!r}", mark)
        self.key = key


class _SafeLoader(_BaseLoader):  # type: ignore[misc]
    """The safe loader, except that a key written twice is an error, not a silent overwrite."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[Any, yaml.Node] = {}
        for key_node, _value in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise _DuplicateKeyError(key, key_node.start_mark)
            seen[key] = key_node
        mapping: dict[Any, Any] = super().construct_mapping(node, deep=deep)
        return mapping


def _field_names() -> frozenset[str]:
    from snitflade import models

    names: set[str] = set()
    for value in vars(models).values():
        if isinstance(value, type) and issubclass(value, BaseModel):
            names.update(value.model_fields)
    return frozenset(names)


FIELD_NAMES = _field_names()


def _did_you_mean(key: str) -> str | None:
    close = difflib.get_close_matches(key, sorted(FIELD_NAMES), n=1, cutoff=0.6)
    return close[0] if close else None


def load_catalog(folder: Path | None = None, lang: Language = "da") -> runtime.Catalog:
    """Load, check and return the data in `folder` (default: the built-in data), in `lang`."""
    return runtime.from_validated(load_validated(folder, lang))


def load_validated(folder: Path | None = None, lang: Language = "da") -> Catalog:
    """Load and check every data file in `folder`, in language `lang`, as Pydantic models.

    Raise DataError listing every problem. Texts without `lang` fall back to Danish, and their
    ids are kept in `Catalog.untranslated`.
    """
    context: dict[str, Any] = {"lang": lang, "untranslated": set()}
    folder = folder if folder is not None else data_dir()
    problems: list[Problem] = []
    texts: dict[str, str] = {}
    parsed: dict[str, Any] = {}
    for name, model in DATA_FILES.items():
        text = read_text(folder / name, problems)
        if text is None:
            continue
        texts[name] = text
        found = len(problems)
        document = parse_yaml(name, text, problems)
        if document is None:
            if len(problems) == found:
                problems.append(Problem(name, "", msg("file_empty")))
            continue
        try:
            parsed[name] = model.model_validate(document, context=context)
        except ValidationError as error:
            problems.extend(validation_problems(name, text, error))
    if not problems:
        problems.extend(_reference_problems(parsed, texts))
    if problems:
        raise DataError(problems)
    sources: SourcesFile = parsed["sources.yaml"]
    roles: RolesFile = parsed["roles.yaml"]
    areas: AreasFile = parsed["collaboration_areas.yaml"]
    glossary: GlossaryFile = parsed["glossary.yaml"]
    deadlines: DeadlinesFile = parsed["deadlines.yaml"]
    return Catalog(
        sources=sources.sources,
        roles=roles.roles,
        areas=areas.areas,
        guidance=areas.guidance,
        links=areas.links,
        glossary=glossary.terms,
        deadlines=deadlines.deadlines,
        language=lang,
        untranslated=frozenset(context["untranslated"]),
    )


def read_text(
    path: Path, problems: list[Problem], limit: int = MAX_FILE_BYTES, label: str | None = None
) -> str | None:
    """Return the file's text, or None after adding a problem: missing, too big, not UTF-8."""
    name = label or path.name
    try:
        size = path.stat().st_size
        if size > limit:
            problems.append(Problem(name, "", msg("file_too_big", size=size, limit=limit)))
            return None
        return path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        problems.append(Problem(label or str(path), "", msg("file_missing")))
    except UnicodeDecodeError as error:
        problems.append(Problem(name, "", msg("file_not_utf8", position=error.start)))
    except OSError as error:
        problems.append(
            Problem(label or str(path), "", msg("file_unreadable", reason=error.strerror))
        )
    return None


def parse_yaml(name: str, text: str, problems: list[Problem]) -> Any:
    """Return the YAML document (safe loader), or None after adding a located problem."""
    try:
        return yaml.load(text, Loader=_SafeLoader)
    except RecursionError:
        problems.append(Problem(name, "", msg("yaml_too_deep")))
        return None
    except _DuplicateKeyError as error:
        mark = error.problem_mark
        problems.append(
            Problem(
                name,
                "",
                msg("yaml_duplicate_key", key=error.key),
                mark.line + 1 if mark else None,
                mark.column + 1 if mark else None,
            )
        )
        return None
    except yaml.reader.ReaderError as error:
        # A control character (ESC, BEL …) in the file: say where, without echoing it.
        before = text[: error.position]
        line, column = before.count("\n") + 1, len(before) - before.rfind("\n")
        problems.append(Problem(name, "", msg("yaml_control", code=error.character), line, column))
        return None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        reason = getattr(error, "problem", None) or str(error).splitlines()[0]
        problems.append(
            Problem(
                name,
                "",
                msg("yaml_invalid", reason=reason),
                line=mark.line + 1 if mark else None,
                column=mark.column + 1 if mark else None,
            )
        )
        return None


def validation_problems(
    name: str, text: str, error: ValidationError, prefix: tuple[Any, ...] = ()
) -> list[Problem]:
    """Turn Pydantic's errors into located problems; `prefix` is where the document sits."""
    found = []
    for detail in error.errors(include_url=False):
        loc = (*prefix, *detail["loc"])
        suggestion = None
        if detail["type"] == "extra_forbidden" and isinstance(loc[-1], str):
            suggestion = _did_you_mean(loc[-1])
        message = msg(
            "validation",
            type=detail["type"],
            msg=detail["msg"],
            expected=(detail.get("ctx") or {}).get("expected", ""),
            suggestion=suggestion,
        )
        line, column = locate(text, loc)
        found.append(Problem(name, dotted(loc), message, line, column))
    return found


def dotted(loc: tuple[Any, ...]) -> str:
    return ".".join(str(part) for part in loc)


def locate(text: str, loc: tuple[Any, ...]) -> tuple[int | None, int | None]:
    """Return the 1-based line and column of the deepest node on `loc`, if the YAML composes."""
    try:
        node = yaml.compose(text, Loader=_SafeLoader)
    except (yaml.YAMLError, RecursionError):
        return None, None
    if node is None:
        return None, None
    mark = node.start_mark
    for part in loc:
        child = None
        if isinstance(node, yaml.MappingNode):
            pair = next(((k, v) for k, v in node.value if k.value == part), None)
            if pair is not None:
                child, mark = pair[1], pair[0].start_mark  # point at the key, not its value
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            if part < len(node.value):
                child = node.value[part]
                mark = child.start_mark
        if child is None:
            break
        node = child
    return mark.line + 1, mark.column + 1


def _reference_problems(parsed: dict[str, Any], texts: dict[str, str]) -> list[Problem]:
    """Check what the models alone cannot: ids that are unique and references that resolve."""
    sources: SourcesFile = parsed["sources.yaml"]
    roles: RolesFile = parsed["roles.yaml"]
    areas: AreasFile = parsed["collaboration_areas.yaml"]
    problems: list[Problem] = []

    def report(file: str, loc: tuple[Any, ...], message: Msg) -> None:
        line, column = locate(texts[file], loc)
        problems.append(Problem(file, dotted(loc), message, line, column))

    source_ids = {s.id for s in sources.sources}
    area_ids = {a.id for a in areas.areas}
    link_ids = {lk.id for lk in areas.links}

    role_ids = [r.id for r in roles.roles]
    if sorted(role_ids) != ["amr", "tr"]:
        report("roles.yaml", ("roles",), msg("two_roles"))

    seen: dict[str, tuple[str, tuple[Any, ...]]] = {}
    for file, loc, item_id in _item_ids(parsed):
        if item_id in seen:
            other_file, other_loc = seen[item_id]
            report(
                file,
                loc,
                msg("id_used_before", id=item_id, where=f"{other_file}: {dotted(other_loc)}"),
            )
        else:
            seen[item_id] = (file, loc)

    for file, loc, citation in _citations(parsed):
        if citation.id not in source_ids:
            report(file, (*loc, "id"), msg("unknown_source", id=citation.id))

    for i, area in enumerate(areas.areas):
        for j, link_id in enumerate(area.links):
            if link_id not in link_ids:
                report(
                    "collaboration_areas.yaml",
                    ("areas", i, "links", j),
                    msg("unknown_link", id=link_id),
                )
        for j, related in enumerate(area.related):
            if related not in area_ids or related == area.id:
                report(
                    "collaboration_areas.yaml",
                    ("areas", i, "related", j),
                    msg("unknown_or_own_area", id=related),
                )
    glossary: GlossaryFile = parsed["glossary.yaml"]
    for i, term in enumerate(glossary.terms):
        if term.area is not None and term.area not in area_ids:
            report("glossary.yaml", ("terms", i, "area"), msg("unknown_area", id=term.area))
    deadlines: DeadlinesFile = parsed["deadlines.yaml"]
    for i, deadline in enumerate(deadlines.deadlines):
        if deadline.area not in area_ids:
            report(
                "deadlines.yaml", ("deadlines", i, "area"), msg("unknown_area", id=deadline.area)
            )
    for i, group in enumerate(areas.guidance):
        for j, link_id in enumerate(group.links):
            if link_id not in link_ids:
                report(
                    "collaboration_areas.yaml",
                    ("guidance", i, "links", j),
                    msg("unknown_link", id=link_id),
                )
        for j, target in enumerate(group.applies_to):
            if target not in area_ids:
                report(
                    "collaboration_areas.yaml",
                    ("guidance", i, "applies_to", j),
                    msg("unknown_area", id=target),
                )

    # Two areas answering to the same words would make `who` guess.
    owner: dict[str, str] = {}
    for i, area in enumerate(areas.areas):
        names: list[tuple[tuple[Any, ...], str]] = [(("id",), area.id), (("title",), area.title)]
        names += [(("aliases", j), alias) for j, alias in enumerate(area.aliases)]
        for field, name in names:
            clash = next((owner[f] for f in fold(name) if owner.get(f, area.id) != area.id), None)
            if clash:
                report(
                    "collaboration_areas.yaml",
                    ("areas", i, *field),
                    msg("alias_taken", name=name, other=clash),
                )
            for form in fold(name):
                owner.setdefault(form, area.id)

    first_seen: set[str] = set()
    for i, source in enumerate(sources.sources):
        if source.id in first_seen:
            report("sources.yaml", ("sources", i, "id"), msg("source_twice", id=source.id))
        first_seen.add(source.id)
    return problems


def _item_ids(parsed: dict[str, Any]) -> Iterator[tuple[str, tuple[Any, ...], str]]:
    """Yield (file, loc, id) for every item that carries its own id."""
    roles: RolesFile = parsed["roles.yaml"]
    areas: AreasFile = parsed["collaboration_areas.yaml"]
    for i, role in enumerate(roles.roles):
        for field in ("duties", "basis"):
            for j, item in enumerate(getattr(role, field)):
                yield "roles.yaml", ("roles", i, field, j, "id"), item.id
    for i, area in enumerate(areas.areas):
        yield "collaboration_areas.yaml", ("areas", i, "id"), area.id
        for field in ("duties", "employer", "advice", "facts", "steps"):
            for j, item in enumerate(getattr(area, field)):
                yield "collaboration_areas.yaml", ("areas", i, field, j, "id"), item.id
    for i, group in enumerate(areas.guidance):
        yield "collaboration_areas.yaml", ("guidance", i, "id"), group.id
        for j, item in enumerate(group.items):
            yield "collaboration_areas.yaml", ("guidance", i, "items", j, "id"), item.id
    for i, link in enumerate(areas.links):
        yield "collaboration_areas.yaml", ("links", i, "id"), link.id
    glossary: GlossaryFile = parsed["glossary.yaml"]
    for i, term in enumerate(glossary.terms):
        yield "glossary.yaml", ("terms", i, "id"), term.id
    deadlines: DeadlinesFile = parsed["deadlines.yaml"]
    for i, deadline in enumerate(deadlines.deadlines):
        yield "deadlines.yaml", ("deadlines", i, "id"), deadline.id


def _citations(parsed: dict[str, Any]) -> Iterator[tuple[str, tuple[Any, ...], Citation]]:
    """Yield (file, loc, citation) for every citation in the data."""
    for file, loc, item_id in _item_ids(parsed):
        del item_id
        owner: Any = parsed[file]
        for part in loc[:-1]:
            owner = owner[part] if isinstance(part, int) else getattr(owner, part)
        for k, citation in enumerate(getattr(owner, "sources", ())):
            yield file, (*loc[:-1], "sources", k), citation


__all__ = [
    "DATA_DIR_ENV",
    "DATA_FILES",
    "builtin_data_dir",
    "data_dir",
    "load_catalog",
    "load_validated",
]
