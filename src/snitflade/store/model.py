"""The one shape of the data: frozen dataclasses, checked by Pydantic when the YAML is read.

Each shape is written once, here. The classes are plain standard-library dataclasses, so the
program uses them at run time without importing Pydantic; the markers in `Annotated[…]` carry the
rules (patterns, languages, URLs, clean text) and Pydantic reads them only when data is checked
(store/load.py). Every class forbids unknown keys, so a typo such as `dutys:` is an error.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import field
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeVar, get_args, overload

from snitflade.records import dataclass

if TYPE_CHECKING:
    from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
    from pydantic_core import CoreSchema

T = TypeVar("T")
FORBID: Any = {"extra": "forbid"}  # Pydantic's config for a dataclass, as a plain dict

LANGUAGE_CODES = ("da", "en")
RoleTag = Literal["tr", "amr", "shared"]
RoleId = Literal["tr", "amr"]
Sector = Literal["privat", "stat", "kommune", "region"]
SECTORS: tuple[Sector, ...] = get_args(Sector)
TimeUnit = Literal["timer", "dage", "uger", "maaneder", "aar"]
Group = Literal["samarbejdsomraade", "faelles", "tr", "amr", "snitflade", "samarbejde"]
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

ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
FACT_PATTERN = r"^[A-ZÆØÅ]+(-[A-Z0-9ÆØÅ]+)*$"
EMAIL_PATTERN = r"^[^\s@]+@[^\s@]+\.[^\s@]+$"
# No backslash either: browsers read it as "/", so "https://good.example\\@evil" misleads.
URL_PATTERN = (
    r"^(https?://[^\s/$.?#\"'<>`\\]+[^\s\"'<>`\\]*|mailto:[^\s@\"'<>`\\]+@[^\s@\"'<>`\\]+)$"
)

# Characters a text from the data may never carry to a terminal or a page: C0 controls but tab
# and newline, DEL, C1 controls, the bidi marks, overrides and isolates that reorder what is
# shown, and lone surrogates (a YAML "\\ud800" escape), which no output can encode.
# (A pattern, compiled by `re` when data is first checked: a run from the compiled catalog never
# needs it, and compiling the surrogate range takes a millisecond.)
_CONTROL = r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"


def clean(text: str) -> str:
    """Return `text` without control characters (see _CONTROL)."""
    return re.sub(_CONTROL, "", text)


# --- Markers: rules that Pydantic reads when data is checked --------------------------------


class _Marker:
    """Base of the markers below; `check` returns the value or raises ValueError."""

    def before(self, value: Any, context: dict[str, Any]) -> Any:
        return value

    def after(self, value: Any) -> Any:
        return value

    def json_schema(self, schema: dict[str, Any]) -> dict[str, Any]:
        return schema

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        from pydantic_core import core_schema

        inner = handler(source)
        before, after = self.before, self.after

        def run_before(value: Any, info: Any) -> Any:
            return before(value, info.context if isinstance(info.context, dict) else {})

        schema = core_schema.with_info_before_validator_function(run_before, inner)
        return core_schema.no_info_after_validator_function(after, schema)

    def __get_pydantic_json_schema__(
        self, schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> dict[str, Any]:
        found: dict[str, Any] = handler(schema)
        return self.json_schema(found)


class Plain(_Marker):
    """A one-line or multi-line text: stripped, not empty, no control characters."""

    def __init__(self, pattern: str | None = None, message: str = "", refuse: bool = False) -> None:
        self.raw_pattern = pattern  # compiled when data is checked, not on every import
        self.message = message
        self.refuse = refuse  # refuse a control character rather than strip it (addresses)

    def before(self, value: Any, context: dict[str, Any]) -> Any:
        if not isinstance(value, str):
            return value
        return value.strip() if self.refuse else clean(value).strip()

    def after(self, value: Any) -> Any:
        if not value:
            raise ValueError("må ikke være tom")
        if self.refuse and re.search(_CONTROL, value):
            raise ValueError(self.message or "må ikke indeholde kontroltegn")
        if self.raw_pattern and not re.match(self.raw_pattern, value):
            raise ValueError(self.message or f"skal passe til mønsteret {self.raw_pattern}")
        return value

    def json_schema(self, schema: dict[str, Any]) -> dict[str, Any]:
        extra: dict[str, Any] = {"minLength": 1}
        if self.raw_pattern:
            extra["pattern"] = self.raw_pattern
        return {**schema, **extra}


class InLanguage(Plain):
    """A text in the reader's language: `{da: …, en: …}`, or a plain string, which is Danish.

    The language comes from the validation context (`{"lang": "en"}`). Where the English is
    missing, the Danish is used; store/load.py notes which items that happened to.
    """

    def before(self, value: Any, context: dict[str, Any]) -> Any:
        lang = context.get("lang", "da")
        if isinstance(value, dict):
            unknown = set(value) - set(LANGUAGE_CODES)
            if unknown or "da" not in value:
                raise ValueError("skal være tekst eller {da: …, en: …} med mindst da")
            value = value.get(lang, value["da"])
        return super().before(value, context)

    def json_schema(self, schema: dict[str, Any]) -> dict[str, Any]:
        text = {"type": "string", "minLength": 1}
        return {
            "anyOf": [
                text,
                {
                    "type": "object",
                    "properties": {"da": text, "en": text},
                    "required": ["da"],
                    "additionalProperties": False,
                },
            ],
            "description": "Dansk tekst, eller {da: …, en: …}.",
        }


class Before(_Marker):
    """Run `function` on the raw value before the rest of the checks (a shorthand, say)."""

    def __init__(self, function: Callable[[Any], Any], alternative: dict[str, Any]) -> None:
        self.function = function
        self.alternative = alternative

    def before(self, value: Any, context: dict[str, Any]) -> Any:
        return self.function(value)

    def json_schema(self, schema: dict[str, Any]) -> dict[str, Any]:
        return {"anyOf": [schema, self.alternative]} if self.alternative else schema


class _Rule:
    """A length or range rule of `annotated_types`, imported only when Pydantic checks data.

    Importing annotated_types costs about as much as the whole model, and a run that reads the
    compiled catalog never checks anything; Pydantic then sees the real rule, with its own errors
    and JSON Schema.
    """

    __slots__ = ("name", "value")

    def __init__(self, name: str, value: int) -> None:
        self.name = name
        self.value = value

    def __repr__(self) -> str:
        return f"{self.name}({self.value})"

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        import annotated_types

        rule = getattr(annotated_types, self.name)(self.value)
        return handler(Annotated[source, rule])


def MinLen(length: int) -> Any:  # noqa: N802 (named as the annotated_types rule it stands for)
    return _Rule("MinLen", length)


def Ge(value: int) -> Any:  # noqa: N802
    return _Rule("Ge", value)


Id = Annotated[str, Plain(ID_PATTERN, "skal være små bogstaver, tal og bindestreger, fx 'min-id'")]
FactId = Annotated[str, Plain(FACT_PATTERN, "skal være et id fra faktaarket, fx 'APV-01'")]
Text = Annotated[str, Plain()]
Say = Annotated[str, InLanguage()]
Url = Annotated[
    str,
    Plain(
        URL_PATTERN,
        "skal være en https://-, http://- eller mailto:-adresse uden mellemrum, "
        "anførselstegn, vinkelparenteser, omvendte skråstreger og kontroltegn",
        refuse=True,
    ),
]
Email = Annotated[str, Plain(EMAIL_PATTERN, "skal være en e-mailadresse", refuse=True)]


def _bare_citation(value: Any) -> Any:
    # `sources: [deck]` is shorthand for `sources: [{id: deck}]`.
    return {"id": value} if isinstance(value, str) else value


def _titles_are_names(value: Any) -> Any:
    # The title in every language is a name the area answers to, whichever is shown.
    if isinstance(value, dict) and isinstance(value.get("title"), dict):
        titles = [t for t in value["title"].values() if isinstance(t, str)]
        aliases = value.get("aliases") or []
        if isinstance(aliases, list):
            value = {**value, "aliases": [*aliases, *(t for t in titles if t not in aliases)]}
    return value


# --- The shapes -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class Citation:
    """A pointer to a source: its id in sources.yaml, the paragraph or page, the fact-sheet id."""

    __pydantic_config__ = FORBID
    id: Id
    ref: Text | None = None
    fact: FactId | None = None


Cite = Annotated[Citation, Before(_bare_citation, {"type": "string", "pattern": ID_PATTERN})]
Cites = Annotated[tuple[Cite, ...], MinLen(1)]


@dataclass(frozen=True, slots=True, kw_only=True)
class Source:
    __pydantic_config__ = FORBID
    id: Id
    title: Text
    url: Url | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Statement:
    """One sentence of the data, with the sources it rests on and the sectors it holds for."""

    __pydantic_config__ = FORBID
    id: Id
    text: Say
    sources: Cites
    note: Say | None = None  # a caveat, or a correction of the deck
    keywords: tuple[Text, ...] = ()  # words people search with that the text does not use
    sectors: tuple[Sector, ...] = ()  # empty: every sector


@dataclass(frozen=True, slots=True, kw_only=True)
class Duty(Statement):
    role: RoleTag
    action: Say | None = None  # the duty as something to do, for checklists


@dataclass(frozen=True, slots=True, kw_only=True)
class Step(Statement):
    """A practical step: what the TR, the AMR or both do now, in the imperative."""

    role: RoleTag


@dataclass(frozen=True, slots=True, kw_only=True)
class BasisItem(Statement):
    aspect: Aspect


@dataclass(frozen=True, slots=True, kw_only=True)
class Deadline(Statement):
    """A deadline or interval a rep must not miss: its number, unit and what it runs from."""

    area: Id
    role: RoleTag
    value: Annotated[int, Ge(0)]
    unit: TimeUnit
    runs_from: Say


@dataclass(frozen=True, slots=True, kw_only=True)
class Contact:
    """A local person to turn to, from a workplace layer. The workplace's own word: no source."""

    __pydantic_config__ = FORBID
    id: Id
    name: Text
    email: Email | None = None
    phone: Text | None = None
    note: Say | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Role:
    __pydantic_config__ = FORBID
    id: RoleId
    abbreviation: Text
    name: Say
    summary: Say
    duties: Annotated[tuple[Statement, ...], MinLen(1)]
    basis: Annotated[tuple[BasisItem, ...], MinLen(1)]
    first_steps: tuple[Statement, ...] = ()  # a new rep's first 30 days, in order
    contacts: tuple[Contact, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Link:
    __pydantic_config__ = FORBID
    id: Id
    title: Text
    url: Url
    sources: Cites
    note: Say | None = None
    # False: the address is from the deck and the fact check could not confirm it. Shown on
    # screen with its note; never printed on paper.
    confirmed: bool = True


@dataclass(frozen=True, slots=True, kw_only=True)
class Area:
    """A topic that `snitflade who` answers."""

    __pydantic_config__ = FORBID
    id: Id
    title: Say
    summary: Say
    lead: RoleTag
    groups: Annotated[tuple[Group, ...], MinLen(1)]
    duties: Annotated[tuple[Duty, ...], MinLen(1)]
    aliases: tuple[Text, ...] = ()
    employer: tuple[Statement, ...] = ()
    advice: tuple[Statement, ...] = ()
    facts: tuple[Statement, ...] = ()
    steps: tuple[Step, ...] = ()
    links: tuple[Id, ...] = ()
    related: tuple[Id, ...] = ()
    local: tuple[Statement, ...] = ()  # local agreements and notes, from a workplace's layer


AreaEntry = Annotated[Area, Before(_titles_are_names, {})]


@dataclass(frozen=True, slots=True, kw_only=True)
class Guidance:
    """A titled group of advice or questions from the deck, shown with the areas it applies to."""

    __pydantic_config__ = FORBID
    id: Id
    kind: Literal["advice", "questions"]
    title: Say
    items: Annotated[tuple[Statement, ...], MinLen(1)]
    applies_to: tuple[Id, ...] = ()
    links: tuple[Id, ...] = ()  # links for the coordination checklist


@dataclass(frozen=True, slots=True, kw_only=True)
class GlossaryTerm(Statement):
    """An abbreviation or term explained, with the topic to read more under."""

    term: Text
    expansion: Say | None = None
    aliases: tuple[Text, ...] = ()
    area: Id | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """A workplace's settings, from a layer's settings.yaml (the sector it works in)."""

    __pydantic_config__ = FORBID
    sector: Sector | None = None


# What each data file holds: its top-level keys and the shape of their entries, in the order a
# layer is merged (sources before what cites them). `extends` marks entries a layer may extend.
@dataclass(frozen=True)
class Section:
    key: str
    shape: Any
    extends: bool = False


FILES: dict[str, tuple[Section, ...]] = {
    "settings.yaml": (),  # a mapping of settings, not a list: see Settings
    "sources.yaml": (Section("sources", Source),),
    "collaboration_areas.yaml": (
        Section("links", Link),
        Section("areas", AreaEntry, extends=True),
        Section("guidance", Guidance),
    ),
    "roles.yaml": (Section("roles", Role, extends=True),),
    "glossary.yaml": (Section("terms", GlossaryTerm),),
    "deadlines.yaml": (Section("deadlines", Deadline),),
}
REQUIRED_FILES = ("sources.yaml", "collaboration_areas.yaml", "roles.yaml", "glossary.yaml")
LISTS_ADDED_TO = {"aliases", "groups", "links", "related"}  # an extension adds to these
ITEMS_BY_ID = ("duties", "employer", "advice", "facts", "steps", "local", "contacts", "basis")


# --- The catalog the program uses -------------------------------------------------------------


class AreaList(Sequence[Area]):
    """The areas, built from their compiled form one by one, when first used.

    A lookup needs one area and the few it names; with a layer of thousands of areas, building
    them all would cost more than the lookup.
    """

    __slots__ = ("_build", "_built", "_plain", "ids")

    def __init__(
        self,
        areas: Sequence[Area] = (),
        *,
        plain: Sequence[Any] = (),
        ids: tuple[str, ...] = (),
        build: Callable[[Any], Area] | None = None,
    ) -> None:
        self._built: list[Area | None] = list(areas) or [None] * len(plain)
        self._plain = plain  # a sequence that cuts each area out when asked (compiled.py)
        self._build = build
        self.ids: tuple[str, ...] = tuple(a.id for a in areas) if areas else ids

    def __len__(self) -> int:
        return len(self._built)

    @overload
    def __getitem__(self, index: int) -> Area: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Area]: ...

    def __getitem__(self, index: int | slice) -> Area | Sequence[Area]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        area = self._built[index]
        if area is None:
            assert self._build is not None
            area = self._built[index] = self._build(self._plain[index])
        return area

    def __iter__(self) -> Iterator[Area]:
        return (self[i] for i in range(len(self)))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]


class Lazy:
    """A value read back from the cache, built when first used."""

    __slots__ = ("load",)

    def __init__(self, load: Callable[[], Any]) -> None:
        self.load = load


@dataclass(frozen=True, slots=True, kw_only=True)
class Catalog:
    """Everything the data says, checked and merged with the layers, in one language."""

    sources: tuple[Source, ...]
    roles: tuple[Role, ...]
    areas: Sequence[Area]
    guidance: tuple[Guidance, ...] = ()
    links: tuple[Link, ...] = ()
    glossary: tuple[GlossaryTerm, ...] = ()
    deadlines: tuple[Deadline, ...] = ()
    settings: Settings = field(default_factory=Settings)
    language: Literal["da", "en"] = "da"
    untranslated: frozenset[str] = frozenset()  # ids shown in Danish for want of English
    origins: dict[str, str] = field(default_factory=dict)  # item id -> layer, if not built in
    # Indexes built from the data (matching, search): plain data, kept with it in the cache.
    indexes: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        if not isinstance(self.areas, AreaList):
            object.__setattr__(self, "areas", AreaList(tuple(self.areas)))

    def memo(self, key: str, build: Callable[[Catalog], T]) -> T:
        """Return what `build(self)` returned the first time; indexes are built once."""
        value = self.indexes.get(key)
        if value is None:
            value = self.indexes[key] = build(self)
        elif isinstance(value, Lazy):
            value = self.indexes[key] = value.load()
        found: T = value
        return found

    def _by_id(self, what: str, items: Sequence[Any]) -> dict[str, Any]:
        return self.memo(f"catalog.{what}", lambda _c: {item.id: item for item in items})

    def source(self, source_id: str) -> Source:
        found: Source = self._by_id("sources", self.sources)[source_id]
        return found

    def area(self, area_id: str) -> Area:
        assert isinstance(self.areas, AreaList)
        ids = self.areas.ids
        index = self.memo("catalog.area-index", lambda _c: {a: i for i, a in enumerate(ids)})
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
