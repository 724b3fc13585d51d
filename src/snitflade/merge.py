"""Merge the workplace's own layers on top of the built-in data, checking every entry.

Everything in a layer is untrusted: it is read with the safe loader, bounded in size and in how
far its aliases expand, and checked entry by entry. An entry that cannot be used is reported with
its file, line and reason and left out; the rest is used. The merge rules are in layers.py (and
the README); EXTENDABLE, ADD_TO and BY_ID below carry them out.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, cast

import yaml
from pydantic import BaseModel, ValidationError, create_model

from snitflade.errors import Problem
from snitflade.folding import fold
from snitflade.layers import LAYER_FILES, MAX_LAYER_FILE_BYTES
from snitflade.loader import (
    DATA_FILES,
    dotted,
    locate,
    parse_yaml,
    read_text,
    validation_problems,
)
from snitflade.messages import Msg, msg
from snitflade.models import (
    Area,
    Catalog,
    Deadline,
    GlossaryTerm,
    Guidance,
    Link,
    Role,
    Source,
)

# An alias bomb is refused before it is built: aliases may not make the document grow past both
# MAX_YAML_NODES and ALIAS_GROWTH times the nodes actually written. A long file without aliases
# never grows.
MAX_YAML_NODES = 50_000
ALIAS_GROWTH = 10

# What each layer file may hold, in the order entries are merged (sources before what cites them).
SECTIONS: dict[str, tuple[tuple[str, type[BaseModel]], ...]] = {
    "sources.yaml": (("sources", Source),),
    "collaboration_areas.yaml": (("links", Link), ("areas", Area), ("guidance", Guidance)),
    "roles.yaml": (("roles", Role),),
    "glossary.yaml": (("terms", GlossaryTerm),),
    "deadlines.yaml": (("deadlines", Deadline),),
}
FILE_ORDER = LAYER_FILES  # sources first, the glossary last
EXTENDABLE = {"areas", "roles"}
ADD_TO = {"aliases", "groups", "links", "related"}
BY_ID = {"duties", "employer", "advice", "facts", "steps", "local", "contacts", "basis"}


def _patch_model(model: type[BaseModel]) -> type[BaseModel]:
    """The model of an extension: the same keys, all optional but the id."""
    fields: dict[str, Any] = {
        name: (cast(Any, info.annotation) | None, None)
        for name, info in model.model_fields.items()
        if name != "id"
    }
    fields["id"] = (model.model_fields["id"].annotation, ...)
    patch: type[BaseModel] = create_model(
        f"{model.__name__}Extension", __config__=model.model_config, **fields
    )
    return patch


_PATCHES = {"areas": _patch_model(Area), "roles": _patch_model(Role)}


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


def _read_layer_file(path: Path, problems: list[Problem]) -> tuple[str, Any] | None:
    label = str(path)
    text = read_text(path, problems, limit=MAX_LAYER_FILE_BYTES, label=label)
    if text is None:
        return None
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        if node is not None:
            limit = MAX_YAML_NODES * ALIAS_GROWTH
            expanded, written = _expanded_size(node, limit)
            if expanded > max(MAX_YAML_NODES, ALIAS_GROWTH * written):
                problems.append(Problem(label, "", msg("yaml_bomb", limit=MAX_YAML_NODES)))
                return None
    except yaml.YAMLError:
        pass  # parse_yaml below reports it with its line
    except RecursionError:
        problems.append(Problem(label, "", msg("yaml_too_deep")))
        return None
    document = parse_yaml(label, text, problems)
    return (text, document) if document is not None else None


class _Merge:
    """The catalog being built, as ordered dicts of models, plus who added what."""

    def __init__(self, base: Catalog) -> None:
        self.sections: dict[str, dict[str, Any]] = {
            "sources": {s.id: s for s in base.sources},
            "links": {lk.id: lk for lk in base.links},
            "areas": {a.id: a for a in base.areas},
            "guidance": {g.id: g for g in base.guidance},
            "roles": {r.id: r for r in base.roles},
            "terms": {t.id: t for t in base.glossary},
            "deadlines": {d.id: d for d in base.deadlines},
        }
        self.origins: dict[str, str] = dict(base.origins)
        self.language = base.language
        # Validation context: texts in the catalog's language; missing translations are noted.
        self.context: dict[str, Any] = {
            "lang": base.language,
            "untranslated": set(base.untranslated),
        }
        # Kept up to date as entries are added, so each entry is checked in constant time.
        self.owners: dict[str, str] = {}  # item id -> the entry (area, role …) holding it
        self.names: dict[str, str] = {}  # folded area name -> the area it names
        for entries in self.sections.values():
            for entry in entries.values():
                self.add(entry)

    def catalog(self) -> Catalog:
        s = self.sections
        return Catalog(
            sources=tuple(s["sources"].values()),
            roles=tuple(s["roles"].values()),
            areas=tuple(s["areas"].values()),
            guidance=tuple(s["guidance"].values()),
            links=tuple(s["links"].values()),
            glossary=tuple(s["terms"].values()),
            deadlines=tuple(s["deadlines"].values()),
            language=self.language,
            untranslated=frozenset(self.context["untranslated"]),
            origins=self.origins,
        )

    def add(self, entry: Any, replaces: Any = None) -> None:
        """Record what `entry` holds; `replaces` is the entry with the same id it takes over."""
        if replaces is not None:
            for field in BY_ID:
                for item in getattr(replaces, field, ()):
                    self.owners.pop(item.id, None)
            if isinstance(replaces, Area):
                for name in _area_names(replaces):
                    for form in fold(name):
                        if self.names.get(form) == replaces.id:
                            del self.names[form]
        for field in BY_ID:
            for item in getattr(entry, field, ()):
                self.owners.setdefault(item.id, entry.id)
        if isinstance(entry, Area):
            for name in _area_names(entry):
                for form in fold(name):
                    self.names.setdefault(form, entry.id)


def _area_names(area: Area) -> tuple[str, ...]:
    return (area.id, area.title, *area.aliases)


def _merge_entry(old: BaseModel, patch: dict[str, Any]) -> dict[str, Any]:
    data = old.model_dump()
    for key, value in patch.items():
        if key == "id" or value is None:
            continue
        if key in ADD_TO:
            data[key] = list(dict.fromkeys([*data[key], *value]))
        elif key in BY_ID:
            items = {item["id"]: item for item in data[key]}
            items.update({item["id"]: item for item in value})
            data[key] = list(items.values())
        else:
            data[key] = value
    return data


def _references(entry: BaseModel, merge: _Merge) -> list[tuple[tuple[Any, ...], Msg]]:
    """Return (loc, message) for each id that `entry` points at but nothing defines."""
    found: list[tuple[tuple[Any, ...], Msg]] = []
    sources, links, areas = (merge.sections[k] for k in ("sources", "links", "areas"))
    for field in (*BY_ID, "items"):
        for i, item in enumerate(getattr(entry, field, ())):
            for j, citation in enumerate(getattr(item, "sources", ())):
                if citation.id not in sources:
                    found.append(
                        ((field, i, "sources", j, "id"), msg("unknown_source", id=citation.id))
                    )
    for j, citation in enumerate(getattr(entry, "sources", ())):
        if citation.id not in sources:
            found.append((("sources", j, "id"), msg("unknown_source", id=citation.id)))
    for j, link_id in enumerate(getattr(entry, "links", ())):
        if link_id not in links:
            found.append((("links", j), msg("unknown_link", id=link_id)))
    targets = (
        ("related", getattr(entry, "related", ())),
        ("applies_to", getattr(entry, "applies_to", ())),
    )
    for field, ids in targets:
        for j, area_id in enumerate(ids):
            if area_id not in areas:
                found.append(((field, j), msg("unknown_area", id=area_id)))
    area = getattr(entry, "area", None)
    if isinstance(entry, GlossaryTerm | Deadline) and area is not None and area not in areas:
        found.append((("area",), msg("unknown_area", id=area)))
    return found


def _alias_clashes(area: Area, merge: _Merge) -> list[tuple[int, str, str]]:
    """Return (index, alias, other area) for aliases of `area` that name another area."""
    clashes = []
    for i, alias in enumerate(area.aliases):
        owners = {merge.names[f] for f in fold(alias) if f in merge.names} - {area.id}
        if owners:
            clashes.append((i, alias, min(owners)))
    return clashes


def _apply_file(
    path: Path, layer: str, merge: _Merge, problems: list[Problem], read_paths: set[Path]
) -> None:
    read_paths.add(path)
    loaded = _read_layer_file(path, problems)
    if loaded is None:
        return
    text, document = loaded
    label = str(path)

    def report(loc: tuple[Any, ...], message: Msg) -> None:
        line, column = locate(text, loc)
        problems.append(Problem(label, dotted(loc), message, line, column))

    allowed = dict(SECTIONS[path.name])
    if not isinstance(document, dict):
        report((), msg("layer_top_keys", keys=", ".join(allowed)))
        return
    for key in document:
        if key not in allowed:
            report((key,), msg("layer_unknown_key", keys=", ".join(allowed)))
    for section, model in SECTIONS[path.name]:
        entries = document.get(section)
        if entries is None:
            continue
        if not isinstance(entries, list):
            report((section,), msg("must_be_list"))
            continue
        for index, raw in enumerate(entries):
            _apply_entry(raw, (section, index), model, text, label, layer, merge, problems, report)


def _apply_entry(
    raw: Any,
    loc: tuple[Any, ...],
    model: type[BaseModel],
    text: str,
    label: str,
    layer: str,
    merge: _Merge,
    problems: list[Problem],
    report: Callable[[tuple[Any, ...], Msg], None],
) -> None:
    section = loc[0]
    entries = merge.sections[section]
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
        report(loc, msg("entry_needs_id"))
        return
    entry_id = raw["id"]
    try:
        if section in EXTENDABLE and entry_id in entries:
            patch = _PATCHES[section].model_validate(raw, context=merge.context)
            merged = _merge_entry(entries[entry_id], patch.model_dump(exclude_unset=True))
            # Already in the reader's language: validate without noting anything as untranslated.
            entry = model.model_validate(merged, context={"lang": merge.language})
        else:
            entry = model.model_validate(raw, context=merge.context)
    except ValidationError as error:
        problems.extend(validation_problems(label, text, error, prefix=loc))
        return
    broken = _references(entry, merge)
    if broken:
        for where, message in broken:
            report((*loc, *where), msg("entry_not_used", reason=message))
        return
    for field in BY_ID:
        for i, item in enumerate(getattr(entry, field, ())):
            owner = merge.owners.get(item.id)
            if owner is not None and owner != entry_id:
                report((*loc, field, i, "id"), msg("id_taken", id=item.id, owner=owner))
                return
    if isinstance(entry, Area):
        clashes = _alias_clashes(entry, merge)
        for i, alias, other in clashes:
            report((*loc, "aliases", i), msg("alias_dropped", name=alias, other=other))
        if clashes:
            dropped = {alias for _, alias, _ in clashes}
            entry = entry.model_copy(
                update={"aliases": tuple(a for a in entry.aliases if a not in dropped)}
            )
    merge.add(entry, replaces=entries.get(entry_id))
    entries[entry_id] = entry
    merge.origins[entry_id] = layer
    for field in BY_ID:
        for item in raw.get(field) or ():
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                merge.origins[item["id"]] = layer


def merge_layers(
    base: Catalog, folders: Sequence[Path], must_exist: bool = True
) -> tuple[Catalog, list[Problem]]:
    """Return the catalog with each layer merged on top, in order, and every problem found."""
    problems: list[Problem] = []
    if not folders:
        return base, problems
    merge = _Merge(base)
    for folder in folders:
        read: set[Path] = set()
        if folder.is_file():
            if folder.name in SECTIONS:
                _apply_file(folder, str(folder.parent), merge, problems, read)
            else:
                problems.append(Problem(str(folder), "", _unknown_file()))
            continue
        if not folder.is_dir():
            if must_exist:
                problems.append(Problem(str(folder), "", msg("folder_missing")))
            continue
        for name in FILE_ORDER:
            if (folder / name).is_file():
                _apply_file(folder / name, str(folder), merge, problems, read)
        for stray in sorted(folder.glob("*.y*ml")):
            if stray.name not in SECTIONS:
                problems.append(Problem(str(stray), "", _unknown_file()))
    return merge.catalog(), problems


def _unknown_file() -> Msg:
    return msg("unknown_file", files=", ".join(DATA_FILES))
