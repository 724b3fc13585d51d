"""The interface's own words (headings and labels), in one place for every renderer."""

from __future__ import annotations

from datetime import date

ROLE_LABEL = {"tr": "TR", "amr": "AMR", "shared": "Sammen"}

LEAD_SENTENCE = {
    "tr": "TR's område",
    "amr": "AMR's område",
    "shared": "Fælles område for TR og AMR",
}

LEAD_SHORT = {"tr": "TR", "amr": "AMR", "shared": "TR og AMR"}

GROUP_LABEL = {
    "samarbejdsomraade": "eksempel på samarbejdsområde",
    "faelles": "fælles felt",
    "tr": "TR's egen arena",
    "amr": "AMR's egen arena",
    "snitflade": "snitflade",
    "samarbejde": "samarbejdet",
}

ASPECT_LABEL = {
    "valg": "Hvem vælger",
    "regler": "Hvor står reglerne",
    "afsaettelse": "Kan afsættes?",
    "valgperiode": "Valgperiode",
    "suppleant": "Suppleant og fravær",
    "beskyttelse": "Beskyttelse",
    "uddannelse": "Uddannelse",
    "tid": "Tid til hvervet",
    "pligt": "Pligt",
    "ansvar": "Hvem har ansvaret",
}

NOTHING = "Ingen opgave nævnt."
TOGETHER = "Sammen"
EMPLOYER = "Ledelsens ansvar"
ADVICE = "Råd"
QUESTIONS = "Spørgsmål"
FACTS = "Fakta"
LINKS = "Links"
SOURCES = "Kilder"
SEE_ALSO = "Se også"
NOTE = "Bemærk"
DUTIES = "Opgaver ifølge reglerne"
BASIS = "Arbejdsgrundlag"
OWN_AREAS = "Egne områder"
SHARED_AREAS = "Fælles områder – koordinér med"
TOPIC = "Emne"
TITLE = "Titel"
AREA = "Hvis område"
CITED_BY = "Citeret af"
URL = "Adresse"
COMPARE_TITLE = "TR og AMR side om side: arbejdsgrundlaget"
SOURCES_TITLE = "Kilder, som data citerer"
TOPICS_TITLE = "Emner"
WHY_MATCHED = "Fundet via"


KIND_LABEL = {
    "area": "emne",
    "duty": "opgave",
    "basis": "arbejdsgrundlag",
    "employer": "ledelsens ansvar",
    "advice": "råd",
    "question": "spørgsmål",
    "fact": "fakta",
    "link": "link",
    "glossary": "ordliste",
}
HOW_LABEL = {"exact": "præcist", "phrase": "ord i det, du skrev", "typo": "stavefejl rettet"}
MATCHED_ON = {"id": "id", "title": "titel", "alias": "alias"}
SEARCH_TITLE = "Søgning"
GLOSSARY_TITLE = "Ordliste"
READ_MORE = "Læs mere"
ALSO_CLOSE = "Også tæt på"
SOURCE = "Kilde"


SECTION_TITLE = {
    "questions": "Spørgsmål",
    "advice": "Råd",
    "tr": "TR forbereder",
    "amr": "AMR forbereder",
    "together": "I beslutter sammen",
    "follow_up": "Opfølgning",
    "facts": "Godt at vide",
    "local": "Lokalt hos jer",
}
FOLLOW_UP_PROMPTS = ("Hvem gør hvad, og hvornår?", "Hvornår mødes I næste gang?")
RAISE_WITH_MANAGEMENT = "Tag op med ledelsen"
COORDINATION_TITLE = "Koordineringsmøde mellem TR og AMR"
MEETING_ON = "Møde om"
CHECKLIST_LABEL = "Mødetjekliste"
WORKPLACE = "Arbejdsplads"
DATE = "Dato"
PARTICIPANTS = "Deltagere"
NOTES = "Noter"
MONTHS = (
    "januar", "februar", "marts", "april", "maj", "juni",
    "juli", "august", "september", "oktober", "november", "december",
)  # fmt: skip

ONBOARDING_TITLE = "Godt i gang som"
YOUR_DUTIES = "Dine opgaver ifølge reglerne"
YOUR_BASIS = "Dit arbejdsgrundlag"
YOUR_AREAS = "Dine egne områder"
COORDINATE_WITH = "Fælles områder: det koordinerer du med"
YOU = "Du"
MADE_BY = "Lavet med snitflade"


LOCAL = "Lokalt hos jer"
CONTACTS = "Kontakter"


def contact_line(abbreviation: str, name: str, details: list[str]) -> str:
    """Jeres TR: Anna Hansen · anna@example.org · 12 34 56 78."""
    return " · ".join([f"Jeres {abbreviation}: {name}", *details])


def checklist_title(area_title: str | None) -> str:
    """The heading of a checklist: the coordination meeting, or a meeting on one area."""
    return COORDINATION_TITLE if area_title is None else f"{MEETING_ON}: {area_title}"


def long_date(day: date) -> str:
    """26. november 2026."""
    return f"{day.day}. {MONTHS[day.month - 1]} {day.year}"


def why_line(matched: str, field: str, how: str, score: float) -> str:
    """Say which name the user's words matched, and how strongly: the text of `who --why`."""
    return f'{WHY_MATCHED} {MATCHED_ON[field]} "{matched}" ({HOW_LABEL[how]}, styrke {score:.2f})'


def other_role(role_id: str) -> str:
    return "AMR" if role_id == "tr" else "TR"
