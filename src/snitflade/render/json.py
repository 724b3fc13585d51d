"""The JSON shape documented in the README ("JSON"). Stable: fields are only ever added."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from snitflade.ask.answers import (
    AreaAnswer,
    CompareAnswer,
    DeadlinesAnswer,
    GlossaryAnswer,
    Part,
    RoleAnswer,
    SearchAnswer,
    SourceUse,
    cite,
)
from snitflade.render import words
from snitflade.store.model import Area, Contact, Link, Source, Statement

if TYPE_CHECKING:  # only named in annotations: `who` need not import the checklists
    from snitflade.ask.checklists import Booklet, Checklist, OnboardingNote
    from snitflade.ask.matching import Match

SHAPE_VERSION = 1


def _dump(document: dict[str, Any]) -> str:
    return json.dumps({"version": SHAPE_VERSION, **document}, ensure_ascii=False, indent=2) + "\n"


def _item(
    item: Statement | Link,
    sources: dict[str, Source],
    origins: dict[str, str],
    untranslated: frozenset[str],
) -> dict[str, Any]:
    result: dict[str, Any] = {"id": item.id}
    result["role"] = getattr(item, "role", None)
    if isinstance(item, Link):
        result |= {"title": item.title, "url": item.url, "confirmed": item.confirmed}
    else:
        result["text"] = item.text
    if aspect := getattr(item, "aspect", None):
        result["aspect"] = aspect
    result["note"] = item.note
    result["sectors"] = list(getattr(item, "sectors", ()))  # empty: every sector
    result["sources"] = [_citation(c, sources) for c in item.sources]
    result["layer"] = origins.get(item.id)  # None: built in
    result["untranslated"] = item.id in untranslated  # True: shown in Danish for want of English
    return result


def _citation(citation: Any, sources: dict[str, Source]) -> dict[str, Any]:
    cited = cite(citation, sources)
    return {
        "id": cited.source.id,
        "title": cited.source.title,
        "url": cited.source.url,
        "ref": cited.ref,
        "fact": cited.fact,
    }


def _contact(contact: Contact, origins: dict[str, str]) -> dict[str, Any]:
    details = {f.name: getattr(contact, f.name) for f in dataclasses.fields(contact)}
    return details | {"layer": origins.get(contact.id)}


def _area_ref(area: Area) -> dict[str, Any]:
    return {"id": area.id, "title": area.title}


def _match(match: Match) -> dict[str, Any]:
    return {
        "area": match.area.id,
        "field": match.field,
        "matched": match.matched,
        "score": match.score,
        "how": match.how,
        "words": list(match.words),
        # Added for issue 13: how the words were found ("", "stem", "compound", "typo",
        # "search", "role"), and whether the first of `others` fits equally well.
        "via": match.via,
        "ambiguous": match.ambiguous,
    }


def who(answer: AreaAnswer, why: bool = False, explain: bool = False, lang: str = "da") -> str:
    del why  # the match is always in the JSON
    area, src, org, untr = answer.area, answer.sources, answer.origins, answer.untranslated
    return _dump(
        {
            "match": _match(answer.match)
            | {"others": [_match(other) for other in answer.match.others]},
            "area": {
                "id": area.id,
                "title": area.title,
                "summary": area.summary,
                "lead": area.lead,
                "groups": list(area.groups),
                "aliases": list(area.aliases),
            },
            "duties": [_item(d, src, org, untr) for d in (*answer.tr, *answer.amr, *answer.shared)],
            "employer": [_item(s, src, org, untr) for s in answer.employer],
            "advice": [
                {
                    "title": section.title,
                    "kind": section.kind,
                    "items": [_item(s, src, org, untr) for s in section.items],
                }
                for section in answer.advice
            ],
            "facts": [_item(s, src, org, untr) for s in answer.facts],
            "links": [_item(link, src, org, untr) for link in answer.links],
            "related": [_area_ref(a) for a in answer.related],
            "local": [_item(s, src, org, untr) for s in answer.local],
            "contacts": {
                role.id: [_contact(c, org) for c in people] for role, people in answer.contacts
            },
            "steps": [_item(s, src, org, untr) for s in answer.steps],
            "sector": answer.sector,  # None: every sector, limited items carry "sectors"
            "sections": [_section(part) for part in answer.parts],
        }
    )


def _section(part: Part) -> dict[str, Any]:
    """A section of the page as shown: its key, its data title if any, its items' ids in order."""
    return {"key": part.key, "title": part.title, "items": [item.id for item in part.items]}


def topics(areas: Iterable[Area], explain: bool = False, lang: str = "da") -> str:
    return _dump(
        {
            "topics": [
                {
                    "id": a.id,
                    "title": a.title,
                    "summary": a.summary,
                    "lead": a.lead,
                    "groups": list(a.groups),
                }
                for a in areas
            ]
        }
    )


def role(answer: RoleAnswer, explain: bool = False, lang: str = "da") -> str:
    found, src, org, untr = answer.role, answer.sources, answer.origins, answer.untranslated
    return _dump(
        {
            "role": {
                "id": found.id,
                "abbreviation": found.abbreviation,
                "name": found.name,
                "summary": found.summary,
            },
            "duties": [_item(d, src, org, untr) | {"role": found.id} for d in found.duties],
            "basis": [_item(b, src, org, untr) | {"role": found.id} for b in found.basis],
            "own_areas": [_area_ref(a) for a in answer.own_areas],
            "shared_areas": [_area_ref(a) for a in answer.shared_areas],
            "contacts": [_contact(c, org) for c in found.contacts],
            "sector": answer.sector,
        }
    )


def compare(answer: CompareAnswer, explain: bool = False, lang: str = "da") -> str:
    w = words.for_language(lang)
    src, org, untr = answer.sources, answer.origins, answer.untranslated
    return _dump(
        {
            "rows": [
                {
                    "aspect": row.aspect,
                    "label": w.ASPECT_LABEL[row.aspect],
                    "tr": [_item(b, src, org, untr) | {"role": "tr"} for b in row.tr],
                    "amr": [_item(b, src, org, untr) | {"role": "amr"} for b in row.amr],
                }
                for row in answer.rows
            ]
        }
    )


def sources(uses: Iterable[SourceUse], explain: bool = False, lang: str = "da") -> str:
    return _dump(
        {
            "sources": [
                {
                    "id": u.source.id,
                    "title": u.source.title,
                    "url": u.source.url,
                    "citations": u.citations,
                }
                for u in uses
            ]
        }
    )


def search(answer: SearchAnswer, explain: bool = False, lang: str = "da") -> str:
    src, org, untr = answer.sources, answer.origins, answer.untranslated
    return _dump(
        {
            "query": answer.query,
            "hits": [
                {
                    "rank": rank,
                    "kind": hit.kind,
                    "id": hit.id,
                    "area": hit.area,
                    "role": hit.role,
                    "text": hit.text,
                    "score": hit.score,
                    "matched": sorted(hit.terms),
                    "sources": [_citation(c, src) for c in hit.sources],
                    "layer": org.get(hit.id),
                    "untranslated": hit.id in untr,
                }
                for rank, hit in enumerate(answer.hits, 1)
            ],
        }
    )


def glossary(answer: GlossaryAnswer, explain: bool = False, lang: str = "da") -> str:
    src, org, untr = answer.sources, answer.origins, answer.untranslated
    return _dump(
        {
            "terms": [
                {
                    "id": term.id,
                    "term": term.term,
                    "expansion": term.expansion,
                    "text": term.text,
                    "note": term.note,
                    "area": term.area,
                    "sources": [_citation(c, src) for c in term.sources],
                    "layer": org.get(term.id),
                    "untranslated": term.id in untr,
                }
                for term in answer.terms
            ]
        }
    )


def _checklist(w: Any, answer: Checklist) -> dict[str, Any]:
    src, org, untr = answer.sources, answer.origins, answer.untranslated
    meeting = answer.meeting
    return {
        "kind": answer.kind,
        "title": w.checklist_title(answer.area.title if answer.area else None),
        "area": _area_ref(answer.area) if answer.area else None,
        "workplace": meeting.workplace,
        "date": meeting.date.isoformat() if meeting.date else None,
        "participants": list(meeting.participants),
        "sector": answer.sector,
        "sections": [
            {
                "key": section.key,
                "title": section.title or w.SECTION_TITLE[section.key],
                "checkable": section.checkable,
                # `text` is what the box says: the step, or the duty as an action.
                "items": [
                    _item(line.item, src, org, untr) | {"text": line.text} for line in section.items
                ],
                "prompts": list(w.FOLLOW_UP_PROMPTS) if section.key == "follow_up" else [],
            }
            for section in answer.sections
        ],
        "links": [_item(link, src, org, untr) for link in answer.links],
    }


def checklist(answer: Checklist, explain: bool = False, lang: str = "da") -> str:
    return _dump({"checklist": _checklist(words.for_language(lang), answer)})


def booklet(answer: Booklet, explain: bool = False, lang: str = "da") -> str:
    w = words.for_language(lang)
    return _dump(
        {
            "title": w.BOOKLET_TITLE,
            "sector": answer.sector,
            "checklists": [_checklist(w, one) for one in answer.checklists],
        }
    )


def onboarding(note: OnboardingNote, explain: bool = False, lang: str = "da") -> str:
    src, org, untr = note.sources, note.origins, note.untranslated
    role = note.role
    return _dump(
        {
            "role": {
                "id": role.id,
                "abbreviation": role.abbreviation,
                "name": role.name,
                "summary": role.summary,
            },
            "sector": note.sector,
            "first_steps": [_item(s, src, org, untr) | {"role": role.id} for s in note.first_steps],
            "rights": [_item(b, src, org, untr) | {"role": role.id} for b in note.rights],
            "deadlines": [
                _item(d, src, org, untr)
                | {"value": d.value, "unit": d.unit, "runs_from": d.runs_from}
                for d in note.deadlines
            ],
            "own_areas": [_area_ref(a) for a in note.own_areas],
            "shared_areas": [_area_ref(a) for a in note.shared_areas],
            "coordinate_with": {
                "id": note.other.id,
                "abbreviation": note.other.abbreviation,
                "name": note.other.name,
            },
            "contacts": {r.id: [_contact(c, org) for c in r.contacts] for r in (role, note.other)},
            "links": [_item(link, src, org, untr) for link in note.links],
        }
    )


def deadlines(answer: DeadlinesAnswer, explain: bool = False, lang: str = "da") -> str:
    w = words.for_language(lang)
    src, org, untr = answer.sources, answer.origins, answer.untranslated
    return _dump(
        {
            "sector": answer.sector,
            "role": answer.role,
            "topic": _area_ref(answer.topic) if answer.topic else None,
            "deadlines": [
                _item(d, src, org, untr)
                | {
                    "area": _area_ref(answer.areas[d.area]),
                    "value": d.value,
                    "unit": d.unit,
                    "amount": w.amount(d.value, d.unit),
                    "runs_from": d.runs_from,
                }
                for d in answer.deadlines
            ],
        }
    )
