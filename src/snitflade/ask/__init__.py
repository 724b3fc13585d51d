"""Questions about the catalog: matching, search, answers, checklists. No printing here.

INDEXES names what the questions build from the catalog, so that store/ can build them once
with the catalog and keep them in its cache as plain data (store/ never imports ask/).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from snitflade.store.compiled import Indexes


def indexes() -> Indexes:
    """The indexes the questions use: name -> (how to build it, its type)."""
    from snitflade.ask.matching import MatchIndex, build_index
    from snitflade.ask.search import SearchIndex, build_search_index

    found: dict[str, tuple[Any, Any]] = {
        "matching.index": (build_index, MatchIndex),
        "search.index": (build_search_index, SearchIndex),
    }
    return found


__all__ = ["indexes"]
