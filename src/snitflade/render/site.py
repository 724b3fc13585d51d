"""A static, searchable website built from the same answers as the command line. Pure.

`edition(catalog, lang)` gathers one language's answers; `site(editions, lang)` turns them into
{relative path: text}. Every page is plain HTML that reads before any script runs; only search
needs JavaScript. Nothing is loaded from outside the folder and every link is relative, so the
site works from file://, from a USB stick and under any sub-path of a web server.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

from snitflade import __version__
from snitflade.ask import answers, checklists
from snitflade.ask.answers import (
    AreaAnswer,
    CompareAnswer,
    GlossaryAnswer,
    Page,
    Part,
    RoleAnswer,
    SourceUse,
)
from snitflade.ask.checklists import Checklist, Meeting, OnboardingNote
from snitflade.ask.matching import Match
from snitflade.folding import STOPWORDS, is_content, token_forms
from snitflade.records import dataclass
from snitflade.render import html, words
from snitflade.render.footnotes import Footnotes
from snitflade.render.html import esc
from snitflade.render.site_assets import SCRIPT, STYLE
from snitflade.render.text import printable
from snitflade.render.words import Words
from snitflade.store.model import Area, Catalog, Contact, Link, Role, Statement

LANGS = ("da", "en")
MARKER = ".snitflade-site"  # says "snitflade wrote this folder": it may be replaced without --force

# The site's own words; the rest come from render/words.py, as in every other format.
SITE_WORDS: dict[str, dict[str, str]] = {
    "da": {
        "site": "Hvem af os gør hvad?",
        "intro": "TR (tillidsrepræsentant) og AMR (arbejdsmiljørepræsentant) side om side: hvad "
        "hver af dem gør, hvad de gør sammen, og hvad ledelsen har ansvaret for – med råd, "
        "fakta og kilder.",
        "skip": "Spring til indholdet",
        "home": "Forside",
        "menu": "Hovedmenu",
        "switch": "English",
        "search": "Søg",
        "search_label": "Søg efter et emne, et ord eller et spørgsmål",
        "search_hint": "Fx stress, sygefravær eller APV. Resultaterne kommer, mens du skriver.",
        "no_results": "Ingen resultater for “{q}”. Prøv et andet ord, eller se emnerne herunder.",
        "results": "{n} resultater for “{q}”.",
        "one_result": "1 resultat for “{q}”.",
        "topics_by_lead": "Emner efter hvem der har dem",
        "roles": "De to roller",
        "checklists": "Tjeklister",
        "all_checklists": "Alle mødetjeklister",
        "checklist_for": "Tjekliste til et møde om emnet",
        "onboarding": "Godt i gang",
        "more": "Mere",
        "role": "rolle",
        "printable": "Klar til print.",
        "built": "Lavet med snitflade {version} ud fra de samme data som kommandolinjen.",
        "checklists_intro": "En tjekliste pr. emne og én til koordineringsmødet, klar til print.",
    },
    "en": {
        "site": "Who of us does what?",
        "intro": "The TR (tillidsrepræsentant, union representative) and the AMR "
        "(arbejdsmiljørepræsentant, health and safety representative) side by side: what each "
        "of them does, what they do together, and what management is responsible for – with "
        "advice, facts and sources.",
        "skip": "Skip to content",
        "home": "Home",
        "menu": "Main menu",
        "switch": "Dansk",
        "search": "Search",
        "search_label": "Search for a topic, a word or a question",
        "search_hint": "E.g. stress, sick leave or APV. Results appear as you type.",
        "no_results": "No results for “{q}”. Try another word, or see the topics below.",
        "results": "{n} results for “{q}”.",
        "one_result": "1 result for “{q}”.",
        "topics_by_lead": "Topics by who leads them",
        "roles": "The two roles",
        "checklists": "Checklists",
        "all_checklists": "All meeting checklists",
        "checklist_for": "Checklist for a meeting on this topic",
        "onboarding": "Getting started",
        "more": "More",
        "role": "role",
        "printable": "Ready to print.",
        "built": "Made with snitflade {version} from the same data as the command line.",
        "checklists_intro": "A checklist per topic and one for the coordination meeting, "
        "ready to print.",
    },
}


@dataclass(frozen=True)
class Edition:
    """One language's answers: everything the site shows, as the command line answers it."""

    lang: str
    areas: tuple[Area, ...]
    topics: tuple[AreaAnswer, ...]
    roles: tuple[RoleAnswer, ...]
    comparison: CompareAnswer
    glossary: GlossaryAnswer
    sources: tuple[SourceUse, ...]
    coordination: Checklist
    checklists: tuple[Checklist, ...]
    onboarding: tuple[OnboardingNote, ...]


def edition(catalog: Catalog, lang: str) -> Edition:
    """Ask the core every question the site answers, in `lang` (the catalog's language)."""
    areas = tuple(catalog.areas)
    blank = Meeting()
    return Edition(
        lang=lang,
        areas=areas,
        # Each topic's own page, by id: no matching involved.
        topics=tuple(
            answers.area_answer(catalog, Match(area, area.id, "id", 1.0)) for area in areas
        ),
        roles=tuple(answers.role(catalog, r) for r in ("tr", "amr")),
        comparison=answers.compare(catalog),
        glossary=answers.glossary(catalog),
        sources=tuple(use for use in answers.source_usage(catalog) if use.citations),
        coordination=checklists.coordination_checklist(catalog, blank),
        checklists=tuple(
            checklists.topic_checklist(catalog, a, blank, Match(a, a.id, "id", 1.0)) for a in areas
        ),
        onboarding=tuple(checklists.onboarding_note(catalog, r) for r in ("tr", "amr")),
    )


# Where each page lives, the same in both languages, so the switch swaps only da/ and en/.
def topic_path(area_id: str) -> str:
    return f"topics/{area_id}.html"


def checklist_path(area_id: str | None) -> str:
    return f"checklists/{area_id or 'coordination'}.html"


class _Page:
    """One page being written: its path (for relative links), language and words."""

    def __init__(self, path: str, lang: str, explain: bool) -> None:
        self.path = path
        self.lang = lang
        self.w: Words = words.for_language(lang)
        self.s = SITE_WORDS[lang]
        self.explain = explain

    def to(self, target: str) -> str:
        """A link from this page to `target`, a path inside this language's folder."""
        depth = self.path.count("/")
        return "../" * depth + target

    def root(self, target: str) -> str:
        """A link from this page to `target`, a path from the top of the site."""
        return "../" * (self.path.count("/") + 1) + target

    def other(self) -> str:
        """The same page in the other language."""
        other = "en" if self.lang == "da" else "da"
        return self.root(f"{other}/{self.path}")


def _nav(p: _Page) -> str:
    other = "en" if p.lang == "da" else "da"
    links = [
        (p.to("index.html"), p.s["home"]),
        (p.to("roles/tr.html"), "TR"),
        (p.to("roles/amr.html"), "AMR"),
        (p.to("compare.html"), p.w.COMPARE_TITLE.split(":")[0]),
        (p.to("checklists/index.html"), p.s["checklists"]),
        (p.to("glossary.html"), p.w.GLOSSARY_TITLE),
        (p.to("sources.html"), p.w.SOURCES),
    ]
    items = "".join(f'<li><a href="{esc(href)}">{esc(label)}</a></li>' for href, label in links)
    switch = (
        f'<li class="switch"><a href="{esc(p.other())}" hreflang="{other}" lang="{other}">'
        f"{esc(p.s['switch'])}</a></li>"
    )
    return (
        f'<a class="skip" href="#main">{esc(p.s["skip"])}</a>\n'
        f'<header class="top"><nav aria-label="{esc(p.s["menu"])}"><ul>{items}{switch}</ul>'
        "</nav></header>\n"
    )


# Without an icon of its own a browser asks the server's root for /favicon.ico: outside the site.
_NO_ICON = '<link rel="icon" href="data:,">\n'


def _document(p: _Page, title: str, body: Sequence[str], search: bool = False) -> str:
    full = title if title == p.s["site"] else f"{title} – {p.s['site']}"
    script = ""
    if search:
        script = (
            f'<script src="{esc(p.to("search-index.js"))}" defer></script>\n'
            f'<script src="{esc(p.root("assets/search.js"))}" defer></script>\n'
        )
    footer = esc(p.s["built"].format(version=__version__))
    return (
        f'<!doctype html>\n<html lang="{p.lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(full)}</title>\n{_NO_ICON}"
        f'<link rel="stylesheet" href="{esc(p.root("assets/site.css"))}">\n{script}</head>\n'
        f"<body>\n{_nav(p)}"
        f'<main id="main" tabindex="-1">\n{chr(10).join(body)}\n</main>\n'
        f'<footer class="foot"><p>{footer}</p></footer>\n</body>\n</html>\n'
    )


# ---- pieces shared by the pages ------------------------------------------------------------


def _mark(notes: Footnotes, item: object) -> str:
    label = notes.label(item)  # type: ignore[arg-type]
    return f' <span class="mark">{esc(label)}</span>'


def _note(w: Words, item: Statement | Link) -> str:
    return f'<p class="note">{esc(w.NOTE)}: {esc(item.note)}</p>' if item.note else ""


def _item(w: Words, notes: Footnotes, item: Statement, lead: str = "") -> str:
    said = esc(notes.say(item))
    return f"<li>{lead}{said}{_mark(notes, item)}{_note(w, item)}</li>"


def _items(w: Words, notes: Footnotes, items: Iterable[Statement]) -> str:
    return "".join(_item(w, notes, item) for item in items)


def _gloss(p: _Page) -> list[str]:
    gloss = p.w.GLOSS_PAPER
    return [f'<p class="gloss">{esc(gloss)}</p>'] if gloss else []


def _sector(p: _Page, page: Page) -> list[str]:
    return [f'<p class="gloss">{esc(p.w.showing(page.sector))}</p>'] if page.sector else []


def _contacts(p: _Page, contacts: Iterable[tuple[Role, tuple[Contact, ...]]]) -> list[str]:
    lines = []
    for role, people in contacts:
        for c in people:
            details = [d for d in (c.email, c.phone, c.note) if d]
            lines.append(f"<li>{esc(p.w.contact_line(role.abbreviation, c.name, details))}</li>")
    if not lines:
        return []
    return [f'<section class="contacts"><h2>{esc(p.w.CONTACTS)}</h2><ul>{"".join(lines)}</ul>'
            "</section>"]  # fmt: skip


def _links(w: Words, notes: Footnotes, links: Iterable[Link]) -> str:
    return "".join(
        f'<li><a href="{esc(link.url)}">{esc(link.title)}</a>{_mark(notes, link)}'
        f"{_note(w, link)}</li>"
        for link in links
    )


def _sources(p: _Page, notes: Footnotes) -> list[str]:
    entries = []
    for number, cited, facts in notes.entries:
        label = esc(cited.label)
        text = f'<a href="{esc(cited.source.url)}">{label}</a>' if cited.source.url else label
        if facts:
            text += f" ({esc(', '.join(facts))})"
        entries.append(f'<li value="{number}">{text}</li>')
    if not entries:
        return []
    return [f'<section class="sources"><h2>{esc(p.w.SOURCES)}</h2><ol>{"".join(entries)}</ol>'
            "</section>"]  # fmt: skip


def _area_links(p: _Page, areas: Iterable[Area]) -> str:
    return "".join(
        f'<li><a href="{esc(p.to(topic_path(a.id)))}">{esc(a.title)}</a></li>' for a in areas
    )


# ---- the topic page ------------------------------------------------------------------------

SIDES = ("tr", "amr", "together", "employer")  # side by side on a wide screen


def _part(p: _Page, part: Part, notes: Footnotes) -> str:
    w = p.w
    if part.key in ("tr", "amr"):
        body = _items(w, notes, part.items) or f'<li class="none">{esc(w.NOTHING)}</li>'
        title = w.ROLE_LABEL[part.key]
    elif part.key == "steps":
        body = "".join(
            _item(w, notes, s, f"<strong>{esc(w.ROLE_LABEL[s.role])}:</strong> ")
            for s in part.items
        )
        title = w.STEPS
    elif part.key == "links":
        body, title = _links(w, notes, part.items), w.LINKS
    elif part.key == "related":
        body, title = _area_links(p, part.items), w.SEE_ALSO
    else:
        titles = {"together": w.TOGETHER, "local": w.LOCAL, "employer": w.EMPLOYER}
        titles |= {"advice": w.ADVICE, "facts": w.FACTS}
        title = part.title or titles[part.key]
        body = _items(w, notes, part.items)
    kind = "side" if part.key in SIDES else "wide"
    return (
        f'<section class="part {kind} part-{part.key}"><h2>{esc(title)}</h2><ul>{body}</ul>'
        "</section>"
    )


def topic_page(answer: AreaAnswer, lang: str = "da", explain: bool = False) -> str:
    """One topic: TR, AMR, together and management side by side, then the rest, as `who`."""
    area = answer.area
    p = _Page(topic_path(area.id), lang, explain)
    w = p.w
    notes = Footnotes.for_page(answer, explain, w)
    groups = ", ".join(w.GROUP_LABEL[g] for g in area.groups)
    body = [f"<h1>{esc(area.title)}</h1>", f'<p class="summary">{esc(area.summary)}</p>']
    body += [*_gloss(p), *_sector(p, answer)]
    body.append(f'<p class="lead">{esc(w.LEAD_SENTENCE[area.lead])} · {esc(groups)}</p>')
    body.append(
        f'<p class="tools"><a href="{esc(p.to(checklist_path(area.id)))}">'
        f"{esc(p.s['checklist_for'])}</a></p>"
    )
    body += _contacts(p, answer.contacts)
    parts = answer.parts
    sides = sum(part.key in SIDES for part in parts)
    # All parts in the CLI's order; the grid lifts the four sides into one row on a wide screen.
    inner = "\n".join(_part(p, part, notes) for part in parts)
    body.append(f'<div class="parts cols-{sides}">\n{inner}\n</div>')
    body += _sources(p, notes)
    return _document(p, area.title, body)


# ---- the other pages -----------------------------------------------------------------------


def _front(ed: Edition, explain: bool) -> str:
    p = _Page("index.html", ed.lang, explain)
    w, s = p.w, p.s
    body = [f"<h1>{esc(s['site'])}</h1>", f'<p class="summary">{esc(s["intro"])}</p>']
    body += _gloss(p)
    if ed.coordination.sector:
        body += _sector(p, ed.coordination)
    messages = {k: s[k] for k in ("no_results", "results", "one_result")}
    body.append(
        '<section class="search" aria-labelledby="search-h">'
        f'<h2 id="search-h">{esc(s["search"])}</h2>'
        f'<form role="search" action="index.html" method="get" id="search-form" '
        f"data-messages='{esc(json.dumps(messages, ensure_ascii=False))}'>"
        f'<label for="q">{esc(s["search_label"])}</label>'
        '<div class="row"><input type="search" id="q" name="q" autocomplete="off" '
        'aria-describedby="q-hint">'
        f'<button type="submit">{esc(s["search"])}</button></div>'
        f'<p id="q-hint" class="hint">{esc(s["search_hint"])}</p></form>'
        '<p id="search-status" class="status" role="status" aria-live="polite"></p>'
        '<ol id="search-results" class="results"></ol></section>'
    )
    groups = []
    for lead in ("tr", "amr", "shared"):
        led = [a for a in ed.areas if a.lead == lead]
        if led:
            groups.append(
                f"<section><h3>{esc(w.LEAD_SENTENCE[lead])}</h3>"
                f'<ul class="columns">{_area_links(p, led)}</ul></section>'
            )
    body.append(f"<section><h2>{esc(s['topics_by_lead'])}</h2>{''.join(groups)}</section>")
    roles = "".join(
        f'<li><a href="{esc(p.to(f"roles/{r.role.id}.html"))}">{esc(r.role.name)} '
        f"({esc(r.role.abbreviation)})</a> – {esc(r.role.summary)}</li>"
        for r in ed.roles
    )
    roles += f'<li><a href="{esc(p.to("compare.html"))}">{esc(w.COMPARE_TITLE)}</a></li>'
    body.append(f"<section><h2>{esc(s['roles'])}</h2><ul>{roles}</ul></section>")
    lists = [
        (checklist_path(None), w.COORDINATION_TITLE),
        ("checklists/index.html", s["all_checklists"]),
        *((f"onboarding/{n.role.id}.html", _onboarding_title(w, n)) for n in ed.onboarding),
    ]
    items = "".join(f'<li><a href="{esc(p.to(h))}">{esc(t)}</a></li>' for h, t in lists)
    body.append(
        f"<section><h2>{esc(s['checklists'])}</h2><p>{esc(s['printable'])}</p>"
        f"<ul>{items}</ul></section>"
    )
    more = [("glossary.html", w.GLOSSARY_TITLE), ("sources.html", w.SOURCES_TITLE)]
    items = "".join(f'<li><a href="{esc(p.to(h))}">{esc(t)}</a></li>' for h, t in more)
    body.append(f"<section><h2>{esc(s['more'])}</h2><ul>{items}</ul></section>")
    return _document(p, s["site"], body, search=True)


def _onboarding_title(w: Words, note: OnboardingNote) -> str:
    return f"{w.ONBOARDING_TITLE} {note.role.abbreviation}"


def role_page(answer: RoleAnswer, lang: str = "da", explain: bool = False) -> str:
    found = answer.role
    p = _Page(f"roles/{found.id}.html", lang, explain)
    w = p.w
    notes = Footnotes.for_page(answer, explain, w)
    title = f"{found.name} ({found.abbreviation})"
    body = [f"<h1>{esc(title)}</h1>", f'<p class="summary">{esc(found.summary)}</p>']
    body += [*_gloss(p), *_sector(p, answer)]
    body += _contacts(p, [(found, found.contacts)] if found.contacts else [])
    for part in answer.parts:
        if part.key == "duties":
            heading, items = w.DUTIES, _items(w, notes, part.items)
        elif part.key == "basis":
            heading = w.BASIS
            items = "".join(
                _item(w, notes, b, f"<strong>{esc(w.ASPECT_LABEL[b.aspect])}:</strong> ")
                for b in part.items
            )
        elif part.key == "own_areas":
            heading, items = w.OWN_AREAS, _area_links(p, part.items)
        else:
            heading = f"{w.SHARED_AREAS} {w.other_role(found.id)}"
            items = _area_links(p, part.items)
        body.append(f"<section><h2>{esc(heading)}</h2><ul>{items}</ul></section>")
    onboarding = f"onboarding/{found.id}.html"
    body.append(
        f'<p class="tools"><a href="{esc(p.to(onboarding))}">'
        f"{esc(w.ONBOARDING_TITLE)} {esc(found.abbreviation)}</a></p>"
    )
    body += _sources(p, notes)
    return _document(p, title, body)


def _compare(answer: CompareAnswer, lang: str, explain: bool) -> str:
    p = _Page("compare.html", lang, explain)
    w = p.w
    notes = Footnotes.for_page(answer, explain, w)
    body = [f"<h1>{esc(w.COMPARE_TITLE)}</h1>", *_gloss(p), *_sector(p, answer)]
    for row in answer.rows:
        cells = []
        for label, items in (("TR", row.tr), ("AMR", row.amr)):
            listed = _items(w, notes, items) or "<li>–</li>"
            cells.append(f'<div class="side"><h3>{label}</h3><ul>{listed}</ul></div>')
        body.append(
            f"<section><h2>{esc(w.ASPECT_LABEL[row.aspect])}</h2>"
            f'<div class="pair">{"".join(cells)}</div></section>'
        )
    body += _sources(p, notes)
    return _document(p, w.COMPARE_TITLE, body)


def _glossary(answer: GlossaryAnswer, lang: str, explain: bool) -> str:
    p = _Page("glossary.html", lang, explain)
    w = p.w
    notes = Footnotes.for_page(answer, explain, w)
    entries = []
    for term in answer.terms:
        name = esc(term.term) + (f" ({esc(term.expansion)})" if term.expansion else "")
        more = ""
        if term.area:
            more = f' <a href="{esc(p.to(topic_path(term.area)))}">{esc(w.READ_MORE)}</a>'
        entries.append(
            f'<dt id="term-{esc(term.id)}">{name}</dt><dd>{esc(notes.say(term))}'
            f"{_mark(notes, term)}{more}{_note(w, term)}</dd>"
        )
    body = [f"<h1>{esc(w.GLOSSARY_TITLE)}</h1>", *_sector(p, answer)]
    body.append(f'<dl class="glossary">{"".join(entries)}</dl>')
    body += _sources(p, notes)
    return _document(p, w.GLOSSARY_TITLE, body)


def _source_list(uses: Sequence[SourceUse], lang: str, explain: bool) -> str:
    p = _Page("sources.html", lang, explain)
    w = p.w
    rows = []
    for use in uses:
        title = esc(use.source.title)
        text = f'<a href="{esc(use.source.url)}">{title}</a>' if use.source.url else title
        rows.append(f"<li>{text} <span class=\"mark\">({esc(w.CITED_BY)}: {use.citations})</span>"
                    "</li>")  # fmt: skip
    body = [f"<h1>{esc(w.SOURCES_TITLE)}</h1>", f'<ul class="plain">{"".join(rows)}</ul>']
    return _document(p, w.SOURCES_TITLE, body)


def _checklist_index(ed: Edition, explain: bool) -> str:
    p = _Page("checklists/index.html", ed.lang, explain)
    w, s = p.w, p.s
    first = esc(p.to(checklist_path(None)))
    items = [f'<li><a href="{first}">{esc(w.COORDINATION_TITLE)}</a></li>']
    items += [
        f'<li><a href="{esc(p.to(checklist_path(c.area.id)))}">{esc(c.area.title)}</a></li>'
        for c in ed.checklists
        if c.area
    ]
    body = [f"<h1>{esc(s['all_checklists'])}</h1>", f"<p>{esc(s['checklists_intro'])}</p>"]
    body.append(f'<ul class="columns">{"".join(items)}</ul>')
    notes = "".join(
        f'<li><a href="{esc(p.to(f"onboarding/{n.role.id}.html"))}">'
        f"{esc(_onboarding_title(w, n))}</a></li>"
        for n in ed.onboarding
    )
    body.append(f"<h2>{esc(s['onboarding'])}</h2><ul>{notes}</ul>")
    return _document(p, s["all_checklists"], body)


# The printable pages are render/html.py's own, with the site's menu on screen only.
_PRINT_EXTRA = """
.top { font-family: system-ui, sans-serif; font-size: 11pt; margin: 0 0 6mm; }
.top ul { list-style: none; display: flex; flex-wrap: wrap; gap: 2mm 5mm; margin: 0; padding: 0; }
.top a, .skip { color: #0b4f8a; text-decoration: underline; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 2mm; top: 2mm; background: #fff; padding: 2mm; }
a:focus-visible { outline: 3px solid #0b4f8a; outline-offset: 2px; }
@media print { .top, .skip { display: none; } }
@media screen and (prefers-color-scheme: dark) {
  html, main { color: #eee; background: #1b1b1b; } body { background: #111; }
  .note, .gloss, .mark, .url { color: #ccc; } h2 { border-color: #aaa; }
  .box { border-color: #eee; } .line, .meeting dd, .wwh td { border-color: #999; }
  .top a, .skip { color: #9cc8ff; } .skip:focus { background: #111; }
  a:focus-visible { outline-color: #9cc8ff; }
  .notes .lines { background-image: repeating-linear-gradient(
    to bottom, transparent 0, transparent 6.2mm, #999 6.2mm, #999 6.45mm); } }
"""


def _printable(document: str, p: _Page) -> str:
    """Put the site's menu on one of render/html.py's printable pages."""
    head, body = "</style>", "<body><main>"
    if head not in document or body not in document:
        raise ValueError("render/html.py changed its page; the site cannot add its menu")
    document = document.replace(head, _PRINT_EXTRA + head + "\n" + _NO_ICON.strip(), 1)
    return document.replace(body, f'<body>\n{_nav(p)}<main id="main" tabindex="-1">', 1)


def _checklist_page(answer: Checklist, lang: str, explain: bool) -> str:
    p = _Page(checklist_path(answer.area.id if answer.area else None), lang, explain)
    return _printable(html.checklist(answer, explain=explain, lang=lang), p)


def _onboarding_page(note: OnboardingNote, lang: str, explain: bool) -> str:
    p = _Page(f"onboarding/{note.role.id}.html", lang, explain)
    return _printable(html.onboarding(note, explain=explain, lang=lang), p)


# ---- search --------------------------------------------------------------------------------


def _words(*texts: str) -> list[str]:
    """The folded content words of `texts`, under both æ/ø/å spellings, each once."""
    found: dict[str, None] = {}
    for text in texts:
        for spelling in token_forms(text):
            found.update((word, None) for word in spelling if is_content(word))
    return list(found)


def _names(*names: str) -> list[str]:
    """Whole names (title, aliases, id) folded, for a query that is exactly one of them."""
    found: dict[str, None] = {}
    for name in names:
        for spelling in token_forms(name):
            if spelling:
                found[" ".join(spelling)] = None
    return list(found)


def search_index(ed: Edition) -> dict[str, object]:
    """The index the browser searches: one entry per topic, role and glossary term.

    Each entry has the page, title, kind and summary to show, and folded words in three
    weights: names (title, aliases, id, keywords), summary, and everything else the page says.
    """
    w = words.for_language(ed.lang)
    docs: list[dict[str, object]] = []
    for answer in ed.topics:
        area = answer.area
        texts = [s.text for part in answer.parts for s in part.items if isinstance(s, Statement)]
        keywords = [k for part in answer.parts for s in part.items for k in _keywords(s)]
        docs.append(
            {
                "u": topic_path(area.id),
                "t": area.title,
                "k": w.KIND_LABEL["area"],
                "s": area.summary,
                "n": _names(area.title, *area.aliases, area.id.replace("-", " ")),
                "a": _words(area.title, *area.aliases, area.id.replace("-", " ")),
                "b": _words(area.summary),
                "c": _words(*texts, *keywords),
                "f": 1.0,
            }
        )
    for role_answer in ed.roles:
        found = role_answer.role
        docs.append(
            {
                "u": f"roles/{found.id}.html",
                "t": f"{found.name} ({found.abbreviation})",
                "k": SITE_WORDS[ed.lang]["role"],
                "s": found.summary,
                "n": _names(found.name, found.abbreviation),
                "a": _words(found.name, found.abbreviation),
                "b": _words(found.summary),
                "c": _words(*(d.text for d in (*found.duties, *found.basis))),
                "f": 0.9,
            }
        )
    for term in ed.glossary.terms:
        docs.append(
            {
                "u": f"glossary.html#term-{term.id}",
                "t": term.term + (f" ({term.expansion})" if term.expansion else ""),
                "k": w.KIND_LABEL["glossary"],
                "s": term.text,
                "n": _names(term.term, *term.aliases),
                "a": _words(term.term, term.expansion or "", *term.aliases),
                "b": _words(term.text),
                "c": [],
                "f": 0.6,  # a topic page answers more than a definition does
            }
        )
    for doc in docs:  # shown with textContent, but still never a control character
        doc.update({key: printable(str(doc[key])) for key in ("t", "k", "s")})
    return {"lang": ed.lang, "stop": sorted(STOPWORDS), "docs": docs}


def _keywords(item: object) -> tuple[str, ...]:
    found = getattr(item, "keywords", ())
    return tuple(found) if isinstance(found, tuple) else ()


def _index_script(ed: Edition) -> str:
    data = json.dumps(search_index(ed), ensure_ascii=False, separators=(",", ":"))
    # A script, not a .json file: browsers do not fetch() local files opened from file://.
    data = data.replace("<", "\\u003c")  # no data text can end or open a tag
    return f"window.SNITFLADE_INDEX = {data};\n"


# ---- the whole site ------------------------------------------------------------------------


def _redirect(lang: str) -> str:
    """The top page: straight on to the chosen language, keeping ?q= for a linked search."""
    s = SITE_WORDS[lang]
    target = f"{lang}/index.html"
    links = " · ".join(
        f'<a href="{code}/index.html" hreflang="{code}" lang="{code}">'
        f"{esc(SITE_WORDS[code]['site'])}</a>"
        for code in LANGS
    )
    return (
        f'<!doctype html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta http-equiv="refresh" content="0; url={target}">\n'
        f"<title>{esc(s['site'])}</title>\n{_NO_ICON}"
        '<link rel="stylesheet" href="assets/site.css">\n'
        f"<script>location.replace({json.dumps(target)} + location.search + location.hash);"
        "</script>\n</head>\n"
        f'<body><main id="main"><h1>{esc(s["site"])}</h1><p>{links}</p></main></body>\n</html>\n'
    )


def site(editions: Sequence[Edition], lang: str = "da", explain: bool = False) -> dict[str, str]:
    """The whole site as {relative path: text}: both languages, the assets, and the top page."""
    files = {
        "index.html": _redirect(lang if lang in LANGS else "da"),
        "assets/site.css": STYLE,
        "assets/search.js": SCRIPT,
        MARKER: f"snitflade {__version__}\n",
    }
    for ed in editions:
        own: dict[str, str] = {
            "index.html": _front(ed, explain),
            "search-index.js": _index_script(ed),
            "compare.html": _compare(ed.comparison, ed.lang, explain),
            "glossary.html": _glossary(ed.glossary, ed.lang, explain),
            "sources.html": _source_list(ed.sources, ed.lang, explain),
            "checklists/index.html": _checklist_index(ed, explain),
            checklist_path(None): _checklist_page(ed.coordination, ed.lang, explain),
        }
        for answer in ed.topics:
            own[topic_path(answer.area.id)] = topic_page(answer, ed.lang, explain)
        for role_answer in ed.roles:
            own[f"roles/{role_answer.role.id}.html"] = role_page(role_answer, ed.lang, explain)
        for one in ed.checklists:
            if one.area:
                own[checklist_path(one.area.id)] = _checklist_page(one, ed.lang, explain)
        for note in ed.onboarding:
            own[f"onboarding/{note.role.id}.html"] = _onboarding_page(note, ed.lang, explain)
        files |= {f"{ed.lang}/{path}": text for path, text in own.items()}
    return files
