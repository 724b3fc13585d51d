"""The shape of the data in data/*.yaml, as strict Pydantic models.

Every model forbids unknown keys, so a typo such as `dutys:` is an error, and is frozen, so a
loaded catalog can be shared and cached safely.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    GetJsonSchemaHandler,
    StringConstraints,
    ValidationInfo,
    WithJsonSchema,
    model_validator,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema

from snitflade.catalog import Aspect, RoleTag

ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
Id = Annotated[str, StringConstraints(pattern=ID_PATTERN)]
FactId = Annotated[str, StringConstraints(pattern=r"^[A-ZÆØÅ]+(-[A-Z0-9ÆØÅ]+)*$")]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]

LANGUAGE_CODES = ("da", "en")


def _in_language(value: Any, info: ValidationInfo) -> Any:
    """Pick the reader's language from `{da: …, en: …}`; a plain string is Danish.

    The language comes from the validation context (`{"lang": "en", "untranslated": set()}`).
    Where the English is missing, the Danish is used and the item's id is noted, so the
    output can say so.
    """
    context = info.context or {}
    lang = context.get("lang", "da")
    if isinstance(value, dict):
        unknown = set(value) - set(LANGUAGE_CODES)
        if unknown or "da" not in value:
            raise ValueError("skal være tekst eller {da: …, en: …} med mindst da")
        chosen = value.get(lang)
        if chosen is None:
            chosen = value["da"]
            _note_untranslated(context, info)
        return chosen
    if isinstance(value, str) and lang != "da":
        _note_untranslated(context, info)
    return value


def _note_untranslated(context: dict[str, Any], info: ValidationInfo) -> None:
    item_id = info.data.get("id")
    if isinstance(item_id, str) and "untranslated" in context:
        context["untranslated"].add(item_id)


Say = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1),
    BeforeValidator(_in_language),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "string", "minLength": 1},
                {
                    "type": "object",
                    "properties": {"da": {"type": "string"}, "en": {"type": "string"}},
                    "required": ["da"],
                    "additionalProperties": False,
                },
            ],
            "description": "Dansk tekst, eller {da: …, en: …}.",
        }
    ),
]

RoleId = Literal["tr", "amr"]
Sector = Literal["privat", "stat", "kommune", "region"]
TimeUnit = Literal["timer", "dage", "uger", "maaneder", "aar"]
Group = Literal["samarbejdsomraade", "faelles", "tr", "amr", "snitflade", "samarbejde"]

URL_PATTERN = r"^(https?://[^\s/$.?#][^\s]*|mailto:[^\s@]+@[^\s@]+)$"
_URL = re.compile(URL_PATTERN)


def _check_url(value: str) -> str:
    if not _URL.match(value):
        raise ValueError("skal være en https://-, http://- eller mailto:-adresse uden mellemrum")
    return value


Url = Annotated[
    str, AfterValidator(_check_url), WithJsonSchema({"type": "string", "pattern": URL_PATTERN})
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Citation(_Strict):
    """A pointer to a source: its id in sources.yaml, the paragraph or page, the fact-sheet id."""

    id: Id
    ref: Text | None = None
    fact: FactId | None = None

    @model_validator(mode="before")
    @classmethod
    def _bare_id(cls, value: Any) -> Any:
        # `sources: [deck]` is shorthand for `sources: [{id: deck}]`.
        return {"id": value} if isinstance(value, str) else value

    @classmethod
    def __get_pydantic_json_schema__(
        cls, core_schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        # Editors must accept the shorthand `deck` as well as `{id: aml, ref: ...}`.
        full = handler(core_schema)
        return {"anyOf": [full, {"type": "string", "pattern": ID_PATTERN}]}


class Source(_Strict):
    id: Id
    title: Text
    url: Url | None = None


class Statement(_Strict):
    """One sentence of the data, with the sources it rests on."""

    id: Id
    text: Say
    note: Say | None = Field(default=None, description="A caveat or a correction of the deck.")
    sources: tuple[Citation, ...] = Field(min_length=1)
    keywords: tuple[Text, ...] = Field(
        default=(), description="Words people search with that the text itself does not use."
    )
    sectors: tuple[Sector, ...] = Field(
        default=(), description="The sectors the statement holds for; empty: all sectors."
    )


class Duty(Statement):
    role: RoleTag
    action: Say | None = Field(
        default=None, description="The duty as something to do, for checklists (imperative)."
    )


class Step(Statement):
    """A practical step: what the TR, the AMR or both do now, in the imperative."""

    role: RoleTag


class Deadline(Statement):
    """A deadline or interval a rep must not miss: its number, unit and what it runs from."""

    area: Id
    role: RoleTag
    value: int = Field(ge=0)
    unit: TimeUnit
    runs_from: Say


class BasisItem(Statement):
    aspect: Aspect


EMAIL_PATTERN = r"^[^\s@]+@[^\s@]+\.[^\s@]+$"


class Contact(_Strict):
    """A local person to turn to, from a workplace layer ("Vores TR er …").

    A contact is the workplace's own information, not a claim about the rules, so it needs no
    source.
    """

    id: Id
    name: Text
    email: Annotated[str, StringConstraints(pattern=EMAIL_PATTERN)] | None = None
    phone: Text | None = None
    note: Say | None = None


class Role(_Strict):
    id: RoleId
    abbreviation: Text
    name: Say
    summary: Say
    duties: tuple[Statement, ...] = Field(min_length=1)
    basis: tuple[BasisItem, ...] = Field(min_length=1)
    contacts: tuple[Contact, ...] = ()


class Link(_Strict):
    id: Id
    title: Text
    url: Url
    note: Say | None = None
    sources: tuple[Citation, ...] = Field(min_length=1)


class Area(_Strict):
    """A topic that `snitflade who` answers."""

    id: Id
    title: Say
    summary: Say
    lead: RoleTag
    groups: tuple[Group, ...] = Field(min_length=1)
    aliases: tuple[Text, ...] = ()
    duties: tuple[Duty, ...] = Field(min_length=1)
    employer: tuple[Statement, ...] = ()
    advice: tuple[Statement, ...] = ()
    facts: tuple[Statement, ...] = ()
    steps: tuple[Step, ...] = ()
    links: tuple[Id, ...] = ()
    related: tuple[Id, ...] = ()
    local: tuple[Statement, ...] = Field(
        default=(), description="Local agreements and notes, added by a workplace's own layer."
    )

    @model_validator(mode="before")
    @classmethod
    def _titles_find_the_area(cls, value: Any) -> Any:
        # The title in every language is a name the area answers to, whichever is shown.
        if isinstance(value, dict) and isinstance(value.get("title"), dict):
            titles = [t for t in value["title"].values() if isinstance(t, str)]
            aliases = value.get("aliases") or []
            if isinstance(aliases, list):
                value = {**value, "aliases": [*aliases, *(t for t in titles if t not in aliases)]}
        return value


class Guidance(_Strict):
    """A titled group of advice or questions from the deck, shown with the areas it applies to."""

    id: Id
    kind: Literal["advice", "questions"]
    title: Say
    applies_to: tuple[Id, ...] = ()
    items: tuple[Statement, ...] = Field(min_length=1)
    links: tuple[Id, ...] = Field(default=(), description="Links for the coordination checklist.")


class GlossaryTerm(Statement):
    """An abbreviation or term explained, with the topic to read more under."""

    term: Text
    expansion: Say | None = None
    aliases: tuple[Text, ...] = ()
    area: Id | None = None


class SourcesFile(_Strict):
    sources: tuple[Source, ...] = Field(min_length=1)


class RolesFile(_Strict):
    roles: tuple[Role, ...] = Field(min_length=2, max_length=2)


class AreasFile(_Strict):
    areas: tuple[Area, ...] = Field(min_length=1)
    guidance: tuple[Guidance, ...] = ()
    links: tuple[Link, ...] = ()


class GlossaryFile(_Strict):
    terms: tuple[GlossaryTerm, ...] = Field(min_length=1)


class DeadlinesFile(_Strict):
    deadlines: tuple[Deadline, ...] = ()


class Catalog(_Strict):
    """Everything the data says, checked for internal consistency by the loader and merged with
    the layers; catalog.from_validated() turns it into what the program uses."""

    sources: tuple[Source, ...]
    roles: tuple[Role, ...]
    areas: tuple[Area, ...]
    guidance: tuple[Guidance, ...]
    links: tuple[Link, ...]
    glossary: tuple[GlossaryTerm, ...] = ()
    deadlines: tuple[Deadline, ...] = ()
    language: Literal["da", "en"] = "da"
    untranslated: frozenset[str] = Field(
        default=frozenset(), description="Ids of items shown in Danish for want of a translation."
    )
    origins: dict[str, str] = Field(
        default_factory=dict, description="Item id -> the layer it came from, if not built in."
    )

    def origin(self, item_id: str) -> str | None:
        """Return the folder of the layer that gave or last changed `item_id`; None if built in."""
        return self.origins.get(item_id)

    def area(self, area_id: str) -> Area:
        return next(a for a in self.areas if a.id == area_id)
