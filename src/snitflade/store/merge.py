"""Merge the layers, the built-in data first (layer 0), into one checked catalog.

Every layer goes through the same checks, so one set of rules holds everywhere: each entry is
checked against the model, ids are unique, and every reference resolves. What differs is what a
problem costs: in the built-in data it is an error (DataError), in a user's layer the entry is
reported with its file, line and reason and left out, and the rest is used. The merge rules are
in store/sources.py (and the README).
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterator
from dataclasses import field
from functools import cache
from pathlib import Path
from typing import Annotated, Any, get_args, get_origin

from snitflade.errors import DataError, Problem
from snitflade.folding import fold
from snitflade.messages import Msg, msg
from snitflade.records import dataclass
from snitflade.store import model
from snitflade.store.load import Parsed, check, read_file
from snitflade.store.shape import field_types, untranslated
from snitflade.store.sources import DataSources


@cache
def _patch_shape(shape: Any) -> Any:
    """The shape of an extension: the same fields and rules, all optional but the id."""
    markers: tuple[Any, ...] = ()
    if get_origin(shape) is Annotated:
        shape, *rest = get_args(shape)
        markers = tuple(rest)
    fields = [
        (name, tp | None, field(default=None, kw_only=True))
        for name, tp in field_types(shape).items()
        if name != "id"
    ]
    patch = dataclasses.make_dataclass(
        f"{shape.__name__}Extension",
        [("id", field_types(shape)["id"], field(kw_only=True)), *fields],
        frozen=True,
        kw_only=True,
        namespace={"__pydantic_config__": model.FORBID},
    )
    return Annotated[(patch, *markers)] if markers else patch


def _base(shape: Any) -> Any:
    return get_args(shape)[0] if get_origin(shape) is Annotated else shape


@dataclass
class _Added:
    """An entry a layer added or changed, kept until the layer's references are checked."""

    section: str
    entry_id: str
    parsed: Parsed
    loc: tuple[Any, ...]
    previous: Any  # the entry it replaced, or None


@dataclass
class _Merge:
    """The catalog being built, entry by entry, and who gave what."""

    lang: str
    sections: dict[str, dict[str, Any]] = field(
        default_factory=lambda: {s.key: {} for sections in model.FILES.values() for s in sections}
    )
    settings: model.Settings = field(default_factory=model.Settings)
    origins: dict[str, str] = field(default_factory=dict)
    untranslated: set[str] = field(default_factory=set)
    owners: dict[str, str] = field(default_factory=dict)  # item id -> the entry holding it
    names: dict[str, str] = field(default_factory=dict)  # folded area name -> its area

    def catalog(self) -> model.Catalog:
        s = self.sections
        return model.Catalog(
            sources=tuple(s["sources"].values()),
            roles=tuple(s["roles"].values()),
            areas=tuple(s["areas"].values()),
            guidance=tuple(s["guidance"].values()),
            links=tuple(s["links"].values()),
            glossary=tuple(s["terms"].values()),
            deadlines=tuple(s["deadlines"].values()),
            settings=self.settings,
            language="en" if self.lang == "en" else "da",
            untranslated=frozenset(self.untranslated),
            origins=dict(self.origins),
        )

    def record(self, entry: Any, replaces: Any) -> None:
        """Keep the item owners and the area names up to date as `entry` takes over."""
        if replaces is not None:
            self.forget(replaces)
        for name in model.ITEMS_BY_ID:
            for item in getattr(entry, name, ()):
                self.owners.setdefault(item.id, entry.id)
        if isinstance(entry, model.Area):
            for form in _area_forms(entry):
                self.names.setdefault(form, entry.id)

    def forget(self, entry: Any) -> None:
        for name in model.ITEMS_BY_ID:
            for item in getattr(entry, name, ()):
                if self.owners.get(item.id) == entry.id:
                    del self.owners[item.id]
        if isinstance(entry, model.Area):
            for form in _area_forms(entry):
                if self.names.get(form) == entry.id:
                    del self.names[form]


def _area_forms(area: model.Area) -> Iterator[str]:
    for name in (area.id, area.title, *area.aliases):
        yield from fold(name)


def build_catalog(sources: DataSources, lang: str) -> tuple[model.Catalog, list[Problem]]:
    """Merge the built-in data and the layers; return the catalog and the layers' problems.

    Raise DataError if the built-in data itself has a problem.
    """
    merge = _Merge(lang)
    built_in: list[Problem] = []
    _apply_folder(sources.built_in, merge, built_in, layer=None, must_exist=True)
    roles = sorted(merge.sections["roles"])
    if not built_in and roles != ["amr", "tr"]:
        built_in.append(Problem("roles.yaml", "roles", msg("two_roles")))
    if built_in:
        raise DataError(built_in)
    problems: list[Problem] = []
    for folder in sources.layers:
        _apply_folder(folder, merge, problems, layer=str(folder), must_exist=sources.named)
    return merge.catalog(), problems


def _apply_folder(
    where: str, merge: _Merge, problems: list[Problem], layer: str | None, must_exist: bool
) -> None:
    """Merge one layer (a folder, or one data file); `layer` is None for the built-in data."""
    folder = Path(where)
    files: list[Path] = []
    if folder.is_file():
        if folder.name in model.FILES:
            files = [folder]
        else:
            problems.append(Problem(str(folder), "", _unknown_file()))
    else:
        try:
            present = {entry.name for entry in os.scandir(folder)}
        except FileNotFoundError:
            if must_exist:
                problems.append(Problem(str(folder), "", msg("folder_missing")))
            return
        except OSError as error:
            problems.append(
                Problem(str(folder), "", msg("folder_unreadable", reason=error.strerror))
            )
            return
        for name in model.FILES:
            if name in present:
                files.append(folder / name)
            elif layer is None and name in model.REQUIRED_FILES:
                problems.append(Problem(name, "", msg("file_missing")))
        for stray in sorted(present):
            if stray.endswith((".yaml", ".yml")) and stray not in model.FILES:
                problems.append(Problem(str(folder / stray), "", _unknown_file()))
    added: list[_Added] = []
    for path in files:
        label = path.name if layer is None else str(path)
        found: list[Problem] = []
        parsed = read_file(path, found, label)
        if path.name == "settings.yaml":  # settings all commented out: the defaults hold
            found = [p for p in found if p.detail.key != "file_empty"]
        problems += found
        if parsed is not None:
            _apply_file(path.name, parsed, merge, problems, layer, added)
    if layer is None and problems:
        return  # broken built-in files: their references would only repeat the problem
    _check_references(added, merge, problems, layer)


def _apply_file(
    name: str,
    parsed: Parsed,
    merge: _Merge,
    problems: list[Problem],
    layer: str | None,
    added: list[_Added],
) -> None:
    document = parsed.document
    if name == "settings.yaml":
        settings = check(model.Settings, document, merge.lang, parsed, (), problems)
        if settings is not None:
            merge.settings = settings
        return
    allowed = {s.key: s for s in model.FILES[name]}
    if not isinstance(document, dict):
        problems.append(parsed.problem((), msg("layer_top_keys", keys=", ".join(allowed))))
        return
    for key in document:
        if key not in allowed:
            problems.append(
                parsed.problem((key,), msg("layer_unknown_key", keys=", ".join(allowed)))
            )
    seen: set[tuple[str, str]] = set()
    for section in model.FILES[name]:
        entries = document.get(section.key)
        if entries is None:
            continue
        if not isinstance(entries, list):
            problems.append(parsed.problem((section.key,), msg("must_be_list")))
            continue
        for index, raw in enumerate(entries):
            loc = (section.key, index)
            if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
                problems.append(parsed.problem(loc, msg("entry_needs_id")))
                continue
            if (section.key, raw["id"]) in seen:
                problems.append(
                    parsed.problem((*loc, "id"), msg("id_twice_in_layer", id=raw["id"]))
                )
                continue
            seen.add((section.key, raw["id"]))
            _apply_entry(section, raw, loc, parsed, merge, problems, layer, added)


def _apply_entry(
    section: model.Section,
    raw: dict[str, Any],
    loc: tuple[Any, ...],
    parsed: Parsed,
    merge: _Merge,
    problems: list[Problem],
    layer: str | None,
    added: list[_Added],
) -> None:
    entries = merge.sections[section.key]
    entry_id = raw["id"]
    previous = entries.get(entry_id)
    extends = previous is not None and section.extends
    shape = _patch_shape(section.shape) if extends else section.shape
    checked = check(shape, raw, merge.lang, parsed, loc, problems)
    if checked is None:
        return
    entry = _extend(previous, checked, raw) if extends else checked
    mine: set[str] = set()
    for name in model.ITEMS_BY_ID:
        for i, item in enumerate(getattr(entry, name, ())):
            owner = merge.owners.get(item.id)
            if (owner is not None and owner != entry_id) or item.id in mine:
                where = f"{owner or entry_id}"
                problems.append(
                    parsed.problem(
                        (*loc, name, i, "id"), msg("id_used_before", id=item.id, where=where)
                    )
                )
                return
            mine.add(item.id)
    if isinstance(entry, model.Area):
        entry = _drop_clashing_names(entry, merge, parsed, loc, problems, layer is None)
    merge.record(entry, replaces=previous)
    entries[entry_id] = entry
    untranslated(section.shape, raw, merge.lang, merge.untranslated)
    if layer is not None:
        merge.origins[entry_id] = layer
        for name in model.ITEMS_BY_ID:
            for item in raw.get(name) or ():
                if isinstance(item, dict) and isinstance(item.get("id"), str):
                    merge.origins[item["id"]] = layer
    added.append(_Added(section.key, entry_id, parsed, loc, previous))


def _extend(old: Any, patch: Any, raw: dict[str, Any]) -> Any:
    """Return `old` extended by the keys the layer wrote (see the merge rules)."""
    changes: dict[str, Any] = {}
    for key in raw:
        value = getattr(patch, key, None)
        if key == "id" or value is None:
            continue
        if key in model.LISTS_ADDED_TO:
            changes[key] = tuple(dict.fromkeys([*getattr(old, key), *value]))
        elif key in model.ITEMS_BY_ID:
            items = {item.id: item for item in getattr(old, key)}
            items.update({item.id: item for item in value})
            changes[key] = tuple(items.values())
        else:
            changes[key] = value
    if "aliases" in changes or "title" in changes:
        # Titles given as {da, en} in the extension were added to its aliases by the model.
        changes["aliases"] = tuple(dict.fromkeys([*old.aliases, *(patch.aliases or ())]))
    return dataclasses.replace(old, **changes)


def _drop_clashing_names(
    area: model.Area,
    merge: _Merge,
    parsed: Parsed,
    loc: tuple[Any, ...],
    problems: list[Problem],
    built_in: bool,
) -> model.Area:
    """Leave out aliases that already name another area: `who` must never have to guess."""
    dropped = []
    for i, alias in enumerate(area.aliases):
        owners = {merge.names[f] for f in fold(alias) if f in merge.names} - {area.id}
        if owners:
            where = (*loc, "aliases", i)
            key = "alias_taken" if built_in else "alias_dropped"
            problems.append(parsed.problem(where, msg(key, name=alias, other=min(owners))))
            dropped.append(alias)
    if not dropped:
        return area
    return dataclasses.replace(area, aliases=tuple(a for a in area.aliases if a not in dropped))


def _check_references(
    added: list[_Added], merge: _Merge, problems: list[Problem], layer: str | None
) -> None:
    """Check what the layer added against the whole merge; a user's broken entry is undone."""
    for item in added:
        entries = merge.sections[item.section]
        entry = entries.get(item.entry_id)
        if entry is None:
            continue
        broken = list(_broken_references(entry, merge))
        if not broken:
            continue
        for where, message in broken:
            if layer is not None:
                message = msg("entry_not_used", reason=message)
            problems.append(item.parsed.problem((*item.loc, *where), message))
        if layer is not None:  # undo: the layer's entry is left out, what it replaced stays
            merge.forget(entry)
            if item.previous is None:
                del entries[item.entry_id]
            else:
                entries[item.entry_id] = item.previous
                merge.record(item.previous, replaces=None)


def _broken_references(entry: Any, merge: _Merge) -> Iterator[tuple[tuple[Any, ...], Msg]]:
    """Yield (loc, message) for each id that `entry` points at but nothing defines."""
    sources, links, areas = (merge.sections[k] for k in ("sources", "links", "areas"))
    for name in (*model.ITEMS_BY_ID, "items"):
        for i, item in enumerate(getattr(entry, name, ())):
            for j, citation in enumerate(getattr(item, "sources", ())):
                if citation.id not in sources:
                    yield (name, i, "sources", j, "id"), msg("unknown_source", id=citation.id)
    for j, citation in enumerate(getattr(entry, "sources", ())):
        if citation.id not in sources:
            yield ("sources", j, "id"), msg("unknown_source", id=citation.id)
    for j, link_id in enumerate(getattr(entry, "links", ())):
        if link_id not in links:
            yield ("links", j), msg("unknown_link", id=link_id)
    for j, area_id in enumerate(getattr(entry, "related", ())):
        if area_id not in areas or area_id == entry.id:
            yield ("related", j), msg("unknown_or_own_area", id=area_id)
    for j, area_id in enumerate(getattr(entry, "applies_to", ())):
        if area_id not in areas:
            yield ("applies_to", j), msg("unknown_area", id=area_id)
    area = getattr(entry, "area", None)
    if isinstance(entry, model.GlossaryTerm | model.Deadline) and area is not None:
        if area not in areas:
            yield ("area",), msg("unknown_area", id=area)


def _unknown_file() -> Msg:
    return msg("unknown_file", files=", ".join(model.FILES))


__all__ = ["build_catalog"]
