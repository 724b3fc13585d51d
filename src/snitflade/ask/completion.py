"""Topic names for TAB completion: folded once, with the catalog, and then only compared.

Completion offers every area id and alias that begins with what has been typed. Building every
area and folding each of its names on every TAB cost more than the rest of the run, so the names
are an index like matching's: plain data, built when the catalog is compiled and kept with it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from snitflade.folding import fold

if TYPE_CHECKING:
    from snitflade.store.model import Catalog

# name -> the folded forms it is found by, and the title of its area
NamesIndex = dict[str, Any]


def build_names(catalog: Catalog) -> NamesIndex:
    """Every id and alias as completion offers it, with its folded forms and its area's title."""
    offered: list[str] = []
    forms: list[tuple[str, ...]] = []
    titles: list[str] = []
    for area in catalog.areas:
        for name in (area.id, *area.aliases):
            offered.append(name if " " not in name else area.id)  # one word: the shell splits
            forms.append(tuple(sorted(fold(name))))
            titles.append(area.title)
    return {"offered": offered, "forms": forms, "titles": titles}


def topic_offers(catalog: Catalog, typed: str) -> list[tuple[str, str]]:
    """Area ids and aliases that begin with what has been typed, with their titles, sorted."""
    index = catalog.memo("completion.names", build_names)
    beginnings = fold(typed) or frozenset({""})
    found: dict[str, str] = {}
    for name, name_forms, title in zip(
        index["offered"], index["forms"], index["titles"], strict=True
    ):
        if any(form.startswith(t) for form in name_forms for t in beginnings):
            found.setdefault(name, title)
    return sorted(found.items())


__all__ = ["NamesIndex", "build_names", "topic_offers"]
