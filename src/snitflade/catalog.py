"""The data as the program uses it: plain, frozen dataclasses, checked once and then trusted.

models.py checks the YAML with Pydantic; from_validated() turns the checked models into these
classes. They need only the standard library, so a catalog can be pickled into the cache and
read back without importing Pydantic or PyYAML: that is what keeps a lookup fast.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, Literal, TypeVar, get_args, overload

T = TypeVar("T")

RoleTag = Literal["tr", "amr", "shared"]
Aspect = Literal[
    "valg",
    "regler",
    "afsaettelse",
    "valgperiode",
    "suppleant",
    "beskyttelse",
    "uddannelse",
    "tid",
    "pligt",
    "ansvar",
]
ASPECTS: tuple[Aspect, ...] = get_args(Aspect)  # the order `compare` shows them in


@dataclass(frozen=True, slots=True, kw_only=True)
class Citation:
    id: str
    ref: str | None = None
    fact: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Source:
    id: str
    title: str
    url: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Statement:
    id: str
    text: str
    note: str | None = None
    sources: tuple[Citation, ...] = ()
    keywords: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Duty(Statement):
    role: RoleTag
    action: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Step(Statement):
    role: RoleTag


@dataclass(frozen=True, slots=True, kw_only=True)
class Deadline(Statement):
    area: str
    role: RoleTag
    value: int
    unit: str
    runs_from: str


@dataclass(frozen=True, slots=True, kw_only=True)
class BasisItem(Statement):
    aspect: Aspect


@dataclass(frozen=True, slots=True, kw_only=True)
class GlossaryTerm(Statement):
    term: str
    expansion: str | None = None
    aliases: tuple[str, ...] = ()
    area: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Contact:
    id: str
    name: str
    email: str | None = None
    phone: str | None = None
    note: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True, kw_only=True)
class Role:
    id: Literal["tr", "amr"]
    abbreviation: str
    name: str
    summary: str
    duties: tuple[Statement, ...]
    basis: tuple[BasisItem, ...]
    contacts: tuple[Contact, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Link:
    id: str
    title: str
    url: str
    note: str | None = None
    sources: tuple[Citation, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Area:
    id: str
    title: str
    summary: str
    lead: RoleTag
    groups: tuple[str, ...]
    aliases: tuple[str, ...]
    duties: tuple[Duty, ...]
    employer: tuple[Statement, ...] = ()
    advice: tuple[Statement, ...] = ()
    facts: tuple[Statement, ...] = ()
    steps: tuple[Step, ...] = ()
    links: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    local: tuple[Statement, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Guidance:
    id: str
    kind: Literal["advice", "questions"]
    title: str
    applies_to: tuple[str, ...] = ()
    items: tuple[Statement, ...] = ()
    links: tuple[str, ...] = ()


class AreaList(Sequence[Area]):
    """The areas, kept pickled one by one in the cache and unpickled only when used.

    A lookup needs one area and the few it names; with a layer of thousands of areas, reading
    them all back would cost more than the lookup.
    """

    __slots__ = ("_blobs", "_decoded", "ids")

    def __init__(self, areas: Iterable[Area] = (), *, packed: Sequence[bytes] = ()) -> None:
        decoded: list[Area | None] = list(areas)
        self._blobs: list[bytes | None] = list(packed) or [None] * len(decoded)
        self._decoded: list[Area | None] = decoded or [None] * len(self._blobs)
        self.ids: tuple[str, ...] = tuple(a.id for a in decoded if a is not None)

    def __len__(self) -> int:
        return len(self._decoded)

    @overload
    def __getitem__(self, index: int) -> Area: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Area]: ...

    def __getitem__(self, index: int | slice) -> Area | Sequence[Area]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        area = self._decoded[index]
        if area is None:
            blob = self._blobs[index]
            assert blob is not None
            area = self._decoded[index] = pickle.loads(blob)
        return area

    def __iter__(self) -> Iterator[Area]:
        return (self[i] for i in range(len(self)))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]

    def __reduce__(self) -> tuple[Any, ...]:
        blobs = [
            blob if blob is not None else pickle.dumps(self._decoded[i], pickle.HIGHEST_PROTOCOL)
            for i, blob in enumerate(self._blobs)
        ]
        return (_unpack_areas, (self.ids, blobs))


def _unpack_areas(ids: tuple[str, ...], blobs: list[bytes]) -> AreaList:
    areas = AreaList(packed=blobs)
    areas.ids = ids
    return areas


class _Packed:
    """An index pickled on its own, so reading the cache back does not unpickle it until used."""

    __slots__ = ("blob",)

    def __init__(self, blob: bytes) -> None:
        self.blob = blob


@dataclass(frozen=True, slots=True, kw_only=True)
class Catalog:
    """Everything the data says, checked, in one language."""

    sources: tuple[Source, ...]
    roles: tuple[Role, ...]
    areas: Sequence[Area]
    guidance: tuple[Guidance, ...]
    links: tuple[Link, ...]
    glossary: tuple[GlossaryTerm, ...] = ()
    deadlines: tuple[Deadline, ...] = ()
    language: Literal["da", "en"] = "da"
    untranslated: frozenset[str] = frozenset()
    origins: dict[str, str] = field(default_factory=dict)  # item id -> layer, if not built in
    # Indexes built from the data (matching, search), kept with it, also in the cache.
    _memo: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        if not isinstance(self.areas, AreaList):
            object.__setattr__(self, "areas", AreaList(self.areas))

    def memo(self, key: str, build: Callable[[Catalog], T]) -> T:
        """Return what `build(self)` returned the first time; indexes are built once per catalog."""
        value = self._memo.get(key)
        if value is None:
            value = self._memo[key] = build(self)
        elif isinstance(value, _Packed):
            value = self._memo[key] = pickle.loads(value.blob)
        result: T = value
        return result

    def pack(self, *keys: str) -> None:
        """Pickle these indexes on their own, for the cache: they are unpickled when first used."""
        for key in keys:
            value = self._memo.get(key)
            if value is not None and not isinstance(value, _Packed):
                self._memo[key] = _Packed(pickle.dumps(value, pickle.HIGHEST_PROTOCOL))

    def _by_id(self, what: str, items: tuple[Any, ...]) -> dict[str, Any]:
        return self.memo(f"catalog.{what}", lambda _c: {item.id: item for item in items})

    def source(self, source_id: str) -> Source:
        found: Source = self._by_id("sources", self.sources)[source_id]
        return found

    def area(self, area_id: str) -> Area:
        assert isinstance(self.areas, AreaList)
        index = self.memo("catalog.area-index", lambda c: {a: i for i, a in enumerate(c.areas.ids)})  # type: ignore[attr-defined]
        return self.areas[index[area_id]]

    def role(self, role_id: str) -> Role:
        found: Role = self._by_id("roles", self.roles)[role_id]
        return found

    def link(self, link_id: str) -> Link:
        found: Link = self._by_id("links", self.links)[link_id]
        return found

    def origin(self, item_id: str) -> str | None:
        """Return the folder of the layer that gave or last changed `item_id`; None if built in."""
        return self.origins.get(item_id)


def _citations(model: Any) -> tuple[Citation, ...]:
    return tuple(Citation(id=c.id, ref=c.ref, fact=c.fact) for c in model.sources)


def _statement(model: Any) -> Statement:
    return Statement(
        id=model.id,
        text=model.text,
        note=model.note,
        sources=_citations(model),
        keywords=tuple(model.keywords),
        sectors=tuple(model.sectors),
    )


def _statements(models: Any) -> tuple[Statement, ...]:
    return tuple(_statement(m) for m in models)


def from_validated(model: Any) -> Catalog:
    """Turn a catalog checked by snitflade.models into the plain classes above."""
    return Catalog(
        sources=tuple(Source(id=s.id, title=s.title, url=s.url) for s in model.sources),
        roles=tuple(
            Role(
                id=r.id,
                abbreviation=r.abbreviation,
                name=r.name,
                summary=r.summary,
                duties=_statements(r.duties),
                basis=tuple(BasisItem(**_fields(_statement(b)), aspect=b.aspect) for b in r.basis),
                contacts=tuple(
                    Contact(id=c.id, name=c.name, email=c.email, phone=c.phone, note=c.note)
                    for c in r.contacts
                ),
            )
            for r in model.roles
        ),
        areas=tuple(
            Area(
                id=a.id,
                title=a.title,
                summary=a.summary,
                lead=a.lead,
                groups=tuple(a.groups),
                aliases=tuple(a.aliases),
                duties=tuple(
                    Duty(**_fields(_statement(d)), role=d.role, action=d.action) for d in a.duties
                ),
                employer=_statements(a.employer),
                advice=_statements(a.advice),
                facts=_statements(a.facts),
                steps=tuple(Step(**_fields(_statement(st)), role=st.role) for st in a.steps),
                links=tuple(a.links),
                related=tuple(a.related),
                local=_statements(a.local),
            )
            for a in model.areas
        ),
        guidance=tuple(
            Guidance(
                id=g.id,
                kind=g.kind,
                title=g.title,
                applies_to=tuple(g.applies_to),
                items=_statements(g.items),
                links=tuple(g.links),
            )
            for g in model.guidance
        ),
        links=tuple(
            Link(id=k.id, title=k.title, url=k.url, note=k.note, sources=_citations(k))
            for k in model.links
        ),
        glossary=tuple(
            GlossaryTerm(
                **_fields(_statement(t)),
                term=t.term,
                expansion=t.expansion,
                aliases=tuple(t.aliases),
                area=t.area,
            )
            for t in model.glossary
        ),
        deadlines=tuple(
            Deadline(
                **_fields(_statement(d)),
                area=d.area,
                role=d.role,
                value=d.value,
                unit=d.unit,
                runs_from=d.runs_from,
            )
            for d in model.deadlines
        ),
        language=model.language,
        untranslated=frozenset(model.untranslated),
        origins=dict(model.origins),
    )


def _fields(statement: Statement) -> dict[str, Any]:
    return {
        "id": statement.id,
        "text": statement.text,
        "note": statement.note,
        "sources": statement.sources,
        "keywords": statement.keywords,
        "sectors": statement.sectors,
    }
