"""One standalone, printable HTML page per checklist: A4, checkboxes, lines to write on.

Everything from the data is escaped. The page loads nothing from outside: no fonts, no
scripts, no images. Links are printed with their address, so paper keeps them readable.
"""

from __future__ import annotations

from html import escape as _escape

from snitflade import __version__
from snitflade.ask.checklists import Checklist, Meeting
from snitflade.render import words
from snitflade.render.footnotes import Cites, Footnotes
from snitflade.render.text import printable
from snitflade.render.words import Words
from snitflade.store.model import Link, Statement

STYLE = """
@page { size: A4; margin: 10mm 13mm; }
* { box-sizing: border-box; }
html { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; font-size: 9pt;
       line-height: 1.3; color: #111; background: #fff; }
body { margin: 0; }
main { max-width: 182mm; margin: 0 auto; }
h1 { font-size: 14pt; margin: 0 0 2.5mm; }
h2 { font-size: 10.5pt; margin: 3mm 0 1.2mm; padding-bottom: 0.5mm;
     border-bottom: 0.3mm solid #444; }
ul { list-style: none; margin: 0; padding: 0; }
li { margin: 0 0 1mm; break-inside: avoid; page-break-inside: avoid; display: flex; gap: 2mm; }
li > div { flex: 1; }
.box { flex: none; width: 3.4mm; height: 3.4mm; border: 0.35mm solid #111; margin-top: 0.5mm; }
.dot { flex: none; width: 3.4mm; text-align: center; }
.note { font-style: italic; color: #333; }
.gloss { font-size: 7pt; color: #444; margin: 0 0 1.5mm; }
.mark { font-size: 7pt; color: #555; vertical-align: super; }
.meeting { display: grid; grid-template-columns: 26mm 1fr; row-gap: 1.5mm; margin: 0 0 1mm; }
.meeting dt { font-weight: bold; }
.meeting dd { margin: 0; min-height: 5mm; border-bottom: 0.25mm solid #888; }
.line { height: 4.5mm; border-bottom: 0.25mm solid #888; }
.links li, .sources li { font-size: 7.5pt; }
.url { font-size: 7.5pt; color: #333; word-break: break-all; }
.sources { margin-top: 2mm; }
.sources h2, .links h2 { font-size: 9pt; margin: 2mm 0 0.8mm; }
.sources ol { margin: 0; padding-left: 5mm; }
.sources li { display: list-item; margin-bottom: 0.3mm; }
a { color: inherit; text-decoration: none; }
@media screen { body { padding: 10mm; background: #eee; }
  main { background: #fff; padding: 14mm 16mm; box-shadow: 0 0 3mm #999; } }
"""


_LINE = '<div class="line"></div>'


def esc(text: str) -> str:
    return _escape(printable(text), quote=True)


def _marks(item: Cites, notes: Footnotes) -> str:
    numbers = ",".join(str(n) for n in notes.marks(item))
    return f' <span class="mark">[{numbers}]</span>'


def _link_note(link: Link) -> str:
    return f' <span class="note">– {esc(link.note)}</span>' if link.note else ""


def _meeting(w: Words, meeting: Meeting) -> str:
    rows = (
        (w.WORKPLACE, meeting.workplace or ""),
        (w.DATE, w.long_date(meeting.date) if meeting.date else ""),
        (w.PARTICIPANTS, ", ".join(meeting.participants)),
    )
    cells = "".join(f"<dt>{esc(label)}</dt><dd>{esc(value)}</dd>" for label, value in rows)
    return f'<dl class="meeting">{cells}</dl>'


def _item(
    w: Words, text: str, item: Statement | None, notes: Footnotes, box: bool, lines: int = 0
) -> str:
    mark = _marks(item, notes) if item is not None else ""
    note = ""
    if item is not None and item.note:
        note = f'<div class="note">{esc(w.NOTE)}: {esc(item.note)}</div>'
    blank = _LINE * lines
    lead = '<span class="box"></span>' if box else '<span class="dot">•</span>'
    return f"<li>{lead}<div>{esc(text)}{mark}{note}{blank}</div></li>"


def checklist(answer: Checklist, explain: bool = False, lang: str = "da") -> str:
    w = words.for_language(lang)
    notes = Footnotes(answer.sources, answer.origins if explain else None, answer.untranslated, w)
    title = w.checklist_title(answer.area.title if answer.area else None)
    parts = [f"<h1>{esc(title)}</h1>"]
    if w.GLOSS:
        parts.append(f'<p class="gloss">{esc(w.GLOSS)}</p>')
    parts.append(_meeting(w, answer.meeting))
    for section in answer.sections:
        heading = section.title or w.SECTION_TITLE[section.key]
        items = []
        for item in section.items:
            text = item.text
            if section.key == "follow_up":
                text = f"{w.RAISE_WITH_MANAGEMENT}: {text}"
            lines = 1 if section.key == "questions" else 0
            items.append(_item(w, text, item, notes, section.checkable, lines))
        if section.key == "follow_up":
            items += [_item(w, prompt, None, notes, True, 1) for prompt in w.FOLLOW_UP_PROMPTS]
        parts.append(f"<section><h2>{esc(heading)}</h2><ul>{''.join(items)}</ul></section>")
    parts.append(f"<section><h2>{esc(w.NOTES)}</h2>{_LINE * 2}</section>")
    if answer.links:
        links = "".join(
            f'<li><span class="dot">•</span><div><a href="{esc(link.url)}">{esc(link.title)}</a>'
            f"{_marks(link, notes)}{_link_note(link)}"
            f'<br><span class="url">{esc(link.url)}</span></div></li>'
            for link in answer.links
        )
        parts.append(f'<section class="links"><h2>{esc(w.LINKS)}</h2><ul>{links}</ul></section>')
    sources = []
    for number, cited, facts in notes.entries:
        text = esc(cited.label) + (f" ({esc(', '.join(facts))})" if facts else "")
        if cited.source.url:
            text += f' <span class="url">{esc(cited.source.url)}</span>'
        sources.append(f'<li value="{number}">{text}</li>')
    if sources:
        heading = f"<h2>{esc(w.SOURCES)}</h2>"
        parts.append(f'<section class="sources">{heading}<ol>{"".join(sources)}</ol></section>')
    return (
        f'<!doctype html>\n<html lang="{esc(w.LANG)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="generator" content="snitflade {esc(__version__)}">\n'
        f"<title>{esc(title)}</title>\n<style>{STYLE}</style>\n</head>\n"
        f"<body><main>\n{chr(10).join(parts)}\n</main></body>\n</html>\n"
    )
