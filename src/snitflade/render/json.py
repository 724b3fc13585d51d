"""The JSON shape documented in the README ("JSON"). Stable: fields are only ever added."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from snitflade.ask.answers import (
    AreaAnswer,
    CompareAnswer,
    GlossaryAnswer,
    RoleAnswer,
    SearchAnswer,
    SourceUse,
    cite,
)
from snitflade.render import words
from snitflade.store.model import Area, Contact, Link, Source, Statement

if TYPE_CHECKING:  # only named in annotations: `who` need not import the checklists
    from snitflade.ask.checklists import Checklist, OnboardingNote
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
        result |= {"title": item.title, "url": item.url}
    else:
        result["text"] = item.text
    if aspect := getattr(item, "aspect", None):
        result["aspect"] = aspect
    result["note"] = item.note
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
        }
    )


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


def checklist(answer: Checklist, explain: bool = False, lang: str = "da") -> str:
    w = words.for_language(lang)
    src, org, untr = answer.sources, answer.origins, answer.untranslated
    meeting = answer.meeting
    return _dump(
        {
            "checklist": {
                "kind": answer.kind,
                "title": w.checklist_title(answer.area.title if answer.area else None),
                "area": _area_ref(answer.area) if answer.area else None,
                "workplace": meeting.workplace,
                "date": meeting.date.isoformat() if meeting.date else None,
                "participants": list(meeting.participants),
                "sections": [
                    {
                        "key": section.key,
                        "title": section.title or w.SECTION_TITLE[section.key],
                        "checkable": section.checkable,
                        "items": [_item(s, src, org, untr) for s in section.items],
                        "prompts": list(w.FOLLOW_UP_PROMPTS) if section.key == "follow_up" else [],
                    }
                    for section in answer.sections
                ],
                "links": [_item(link, src, org, untr) for link in answer.links],
            }
        }
    )


def onboarding(note: OnboardingNote, explain: bool = False, lang: str = "da") -> str:
    src, org, untr = note.sources, note.origins, note.untranslated
    return _dump(
        {
            "role": {
                "id": note.role.id,
                "abbreviation": note.role.abbreviation,
                "name": note.role.name,
                "summary": note.role.summary,
            },
            "duties": [_item(d, src, org, untr) | {"role": note.role.id} for d in note.role.duties],
            "basis": [_item(b, src, org, untr) | {"role": note.role.id} for b in note.role.basis],
            "own_areas": [_area_ref(a) for a in note.own_areas],
            "coordinate": [
                {
                    "area": _area_ref(c.area),
                    "duties": [_item(d, src, org, untr) for d in (*c.own, *c.other, *c.together)],
                }
                for c in note.coordinate
            ],
            "advice": [
                {"title": g.title, "items": [_item(s, src, org, untr) for s in g.items]}
                for g in note.advice
            ],
            "links": [_item(link, src, org, untr) for link in note.links],
        }
    )
