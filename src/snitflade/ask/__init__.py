"""Questions about the catalog: matching, search, answers, checklists. No printing here.

`indexes()` names what the questions build from the catalog, so that store/ can build them once
with the catalog and keep them in its cache as plain data (store/ never imports ask/).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from snitflade.store.compiled import Indexes


def _matching() -> tuple[Any, Any]:
    from snitflade.ask.matching import MatchIndex, build_index

    return build_index, MatchIndex


def _search() -> tuple[Any, Any]:
    from snitflade.ask.search import SearchIndex, build_search_index

    return build_search_index, SearchIndex


def _completion() -> tuple[Any, Any]:
    from snitflade.ask.completion import NamesIndex, build_names

    return build_names, NamesIndex


def indexes() -> Indexes:
    """The indexes the questions use: name -> a function returning (how to build it, its type).

    The modules that build them are imported only when an index is built, not when the cache is
    read: `who` does not import search.
    """
    return {
        "matching.index": _matching,
        "search.index": _search,
        "completion.names": _completion,
    }


__all__ = ["indexes"]
