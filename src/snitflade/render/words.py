"""The interface's own words (headings and labels), in one place for every renderer."""

from __future__ import annotations

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


def why_line(matched: str, field: str, how: str, score: float) -> str:
    """Say which name the user's words matched, and how strongly: the text of `who --why`."""
    return f'{WHY_MATCHED} {MATCHED_ON[field]} "{matched}" ({HOW_LABEL[how]}, styrke {score:.2f})'


def other_role(role_id: str) -> str:
    return "AMR" if role_id == "tr" else "TR"
