"""The renderers' own words (headings, labels, prompts), in the language of the page.

The words are in the one table of interface strings (strings.py, keys words.*); a Words holds
them in one language. Danish is the source language. In English, Danish institutions keep their
names (TR, AMR, APV, AMO, MED, SU) and are glossed once per page (GLOSS).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from snitflade.strings import texts

if TYPE_CHECKING:
    from datetime import date


class Words:
    """The renderers' words in one language: Words("da") or Words("en")."""

    ROLE_LABEL: dict[str, str]
    LEAD_SENTENCE: dict[str, str]
    LEAD_SHORT: dict[str, str]
    GROUP_LABEL: dict[str, str]
    ASPECT_LABEL: dict[str, str]
    KIND_LABEL: dict[str, str]
    HOW_LABEL: dict[str, str]
    MATCHED_ON: dict[str, str]
    SECTION_TITLE: dict[str, str]
    FOLLOW_UP_PROMPTS: tuple[str, ...]
    MONTHS: tuple[str, ...]
    LANG: str
    GLOSS: str
    NOTHING: str
    TOGETHER: str
    EMPLOYER: str
    ADVICE: str
    FACTS: str
    LINKS: str
    SOURCES: str
    SEE_ALSO: str
    NOTE: str
    UNTRANSLATED: str
    LAYER: str
    DUTIES: str
    BASIS: str
    OWN_AREAS: str
    SHARED_AREAS: str
    TOPIC: str
    TITLE: str
    AREA: str
    CITED_BY: str
    URL: str
    COMPARE_TITLE: str
    SOURCES_TITLE: str
    TOPICS_TITLE: str
    WHY_MATCHED: str
    STRENGTH: str
    SEARCH_TITLE: str
    GLOSSARY_TITLE: str
    READ_MORE: str
    WHO_COMMAND: str
    ALSO_CLOSE: str
    COORDINATION_TITLE: str
    MEETING_ON: str
    WORKPLACE: str
    DATE: str
    PARTICIPANTS: str
    NOTES: str
    ONBOARDING_TITLE: str
    LOCAL: str
    CONTACTS: str
    YOUR_ROLE: str
    LONG_DATE: str
    # Sectors, steps, deadlines, checklists and onboarding; matching notes.
    SECTOR_NAME: dict[str, str]
    IN: str
    AND: str
    SHOWING_SECTOR: str
    UNIT: dict[str, tuple[str, str]]
    DEADLINES_TITLE: str
    RUNS_FROM: str
    NO_DEADLINES: str
    STEPS: str
    WHO_WHAT_WHEN: tuple[str, ...]
    BOOKLET_TITLE: str
    CONTENTS: str
    FIRST_30_DAYS: str
    YOUR_RIGHTS: str
    YOUR_DEADLINES: str
    TOPICS_YOU_LEAD: str
    TOPICS_YOU_SHARE: str
    COORDINATE_HEADING: str
    GLOSS_PAPER: str
    ONBOARDING_INTRO: str
    FOUND_BY_SEARCH: str
    SEARCH_NOTE: str
    EQUALLY_GOOD: str
    SHOW_OTHER: str

    def __init__(self, lang: str = "da") -> None:
        for name, value in texts("words.", lang).items():
            setattr(self, name, value)

    def contact_line(self, abbreviation: str, name: str, details: list[str]) -> str:
        """Jeres TR: Anna Hansen · anna@example.org · 12 34 56 78."""
        return " · ".join([f"{self.YOUR_ROLE} {abbreviation}: {name}", *details])

    def checklist_title(self, area_title: str | None) -> str:
        """The heading of a checklist: the coordination meeting, or a meeting on one area."""
        if area_title is None:
            return self.COORDINATION_TITLE
        return f"{self.MEETING_ON}: {area_title}"

    def long_date(self, day: date) -> str:
        """26. november 2026 / 26 November 2026."""
        return self.LONG_DATE.format(day=day.day, month=self.MONTHS[day.month - 1], year=day.year)

    def why_line(self, matched: str, field: str, how: str, score: float) -> str:
        """Say which name the user's words matched, and how strongly: the text of --why."""
        if field == "search":  # no name matched: the best search hit's text
            hit = matched if len(matched) <= 80 else matched[:79].rstrip() + "…"
            return f'{self.FOUND_BY_SEARCH}: "{hit}" ({self.STRENGTH} {score:.2f})'
        return (
            f'{self.WHY_MATCHED} {self.MATCHED_ON[field]} "{matched}" '
            f"({self.HOW_LABEL[how]}, {self.STRENGTH} {score:.2f})"
        )

    def sector_label(self, sectors: tuple[str, ...]) -> str:
        """Where a limited rule holds, as the start of its sentence: "I staten", "In the state"."""
        names = [self.SECTOR_NAME[s] for s in sectors]
        joined = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} {self.AND} {names[-1]}"
        return f"{self.IN} {joined}"

    def showing(self, sector: str) -> str:
        """The line a page opens with when a sector is chosen."""
        return f"{self.SHOWING_SECTOR} {self.SECTOR_NAME[sector]}."

    def amount(self, value: int, unit: str) -> str:
        """14 dage, 1 måned, 3 years."""
        one, many = self.UNIT[unit]
        return f"{value} {one if value == 1 else many}"

    def onboarding_intro(self, abbreviation: str, other: str) -> str:
        """The onboarding note's first line, in the second person."""
        return self.ONBOARDING_INTRO.format(abbreviation=abbreviation, other=other)

    def equally_good(self, first: tuple[str, str], second: tuple[str, str]) -> str:
        """Two topics fit equally well: name both, and how to see the second."""
        return (
            f"{self.EQUALLY_GOOD}: {first[1]} ({first[0]}) {self.AND} {second[1]} ({second[0]}). "
            f"{self.SHOW_OTHER}: {self.WHO_COMMAND} {second[0]}"
        )

    def other_role(self, role_id: str) -> str:
        return "AMR" if role_id == "tr" else "TR"


_WORDS: dict[str, Words] = {"da": Words("da"), "en": Words("en")}


def for_language(lang: str) -> Words:
    """The interface's words in `lang` ("da" or "en"); Danish for anything else."""
    return _WORDS.get(lang, _WORDS["da"])
