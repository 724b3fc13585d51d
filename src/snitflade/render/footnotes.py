"""Number the sources a page cites: each item carries a short [n], and the page ends with a list."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Protocol

from snitflade.ask.answers import Cited, cite
from snitflade.render.words import Words
from snitflade.store.model import Citation, Source

if TYPE_CHECKING:
    from snitflade.ask.answers import Page


class Cites(Protocol):
    """Anything that names its sources: a statement, a link, a search hit."""

    @property
    def id(self) -> str: ...

    @property
    def sources(self) -> Sequence[Citation]: ...


class Footnotes:
    """One number per source, in the order sources are first cited; its paragraphs gathered.

    A source cited for several paragraphs is listed once ("Lov …, § 7 a; § 8"), and two entries
    with the same address are one source: the list names each source once.
    """

    def __init__(
        self,
        sources: dict[str, Source],
        origins: dict[str, str] | None = None,
        untranslated: frozenset[str] = frozenset(),
        words: Words | None = None,
    ) -> None:
        self._sources = sources
        self._origins = origins or {}  # given only with --explain
        self._untranslated = untranslated
        self._words = words or Words()
        self._numbers: dict[str, int] = {}
        self.entries: list[tuple[int, Cited, list[str]]] = []
        self.label_sectors = True  # no sector chosen: limited items say where they hold

    @classmethod
    def for_page(cls, page: Page, explain: bool, words: Words) -> Footnotes:
        """The footnotes of one page: its sources, and its layers with --explain."""
        origins = page.origins if explain else None
        notes = cls(page.sources, origins, page.untranslated, words)
        notes.label_sectors = page.sector is None
        return notes

    def say(self, item: object, text: str | None = None) -> str:
        """The item's text (or `text`), opened with the sectors it holds for, if limited.

        "I staten: TR kan …". With a sector chosen, the page shows only what holds there, and
        says so once at the top instead.
        """
        said: str = text if text is not None else getattr(item, "text", "")
        sectors = getattr(item, "sectors", ())
        if sectors and self.label_sectors:
            return f"{self._words.sector_label(sectors)}: {said}"
        return said

    def marks(self, item: Cites) -> list[int]:
        """Return the footnote numbers for `item`'s citations in order, numbering new ones."""
        numbers = []
        for citation in item.sources:
            cited = cite(citation, self._sources)
            key = cited.source.url or cited.source.id
            if key not in self._numbers:
                self._numbers[key] = len(self._numbers) + 1
                self.entries.append((self._numbers[key], replace(cited, ref=None, fact=None), []))
            number = self._numbers[key]
            _, entry, facts = self.entries[number - 1]
            if cited.ref and cited.ref not in entry.source.title:
                refs = entry.ref.split("; ") if entry.ref else []
                if cited.ref not in refs:
                    entry = replace(entry, ref="; ".join([*refs, cited.ref]))
                    self.entries[number - 1] = (number, entry, facts)
            if citation.fact and citation.fact not in facts:
                facts.append(citation.fact)
            if number not in numbers:
                numbers.append(number)
        return sorted(numbers)

    def label(self, item: Cites) -> str:
        """The item's marks, e.g. "[1,3]"; whether it is only in Danish; its layer (--explain)."""
        text = mark_text(self.marks(item))
        if item.id in self._untranslated and self._words.UNTRANSLATED:
            text += f" ({self._words.UNTRANSLATED})"
        origin = self._origins.get(item.id)
        return f"{text} ({self._words.LAYER}: {origin})" if origin else text


def mark_text(numbers: list[int]) -> str:
    return "[" + ",".join(str(n) for n in numbers) + "]"
