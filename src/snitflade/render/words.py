"""The interface's own words (headings, labels, prompts) in Danish and English.

Danish is the source language. `for_language("en")` gives the English words; Danish
institutions keep their names (TR, AMR, APV, AMO, MED, SU) and are glossed in GLOSS.
"""

from __future__ import annotations

from datetime import date


class Words:
    """Danish, the source language."""

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
    MONTHS = (
        "januar", "februar", "marts", "april", "maj", "juni",
        "juli", "august", "september", "oktober", "november", "december",
    )  # fmt: skip

    LANG = "da"  # the page's language, for HTML's lang attribute
    GLOSS = ""  # Danish readers need no gloss of their own institutions
    NOTHING = "Ingen opgave nævnt."
    TOGETHER = "Sammen"
    EMPLOYER = "Ledelsens ansvar"
    ADVICE = "Råd"
    FACTS = "Fakta"
    LINKS = "Links"
    SOURCES = "Kilder"
    SEE_ALSO = "Se også"
    NOTE = "Bemærk"
    UNTRANSLATED = ""  # nothing is missing in the source language
    LAYER = "lag"
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
    STRENGTH = "styrke"
    SEARCH_TITLE = "Søgning"
    GLOSSARY_TITLE = "Ordliste"
    READ_MORE = "Læs mere"
    WHO_COMMAND = "snitflade who"
    ALSO_CLOSE = "Også tæt på"
    RAISE_WITH_MANAGEMENT = "Tag op med ledelsen"
    COORDINATION_TITLE = "Koordineringsmøde mellem TR og AMR"
    MEETING_ON = "Møde om"
    WORKPLACE = "Arbejdsplads"
    DATE = "Dato"
    PARTICIPANTS = "Deltagere"
    NOTES = "Noter"
    ONBOARDING_TITLE = "Godt i gang som"
    YOUR_DUTIES = "Dine opgaver ifølge reglerne"
    YOUR_BASIS = "Dit arbejdsgrundlag"
    YOUR_AREAS = "Dine egne områder"
    COORDINATE_WITH = "Fælles områder: det koordinerer du med"
    YOU = "Du"
    LOCAL = "Lokalt hos jer"
    CONTACTS = "Kontakter"
    YOUR_ROLE = "Jeres"

    def contact_line(self, abbreviation: str, name: str, details: list[str]) -> str:
        """Jeres TR: Anna Hansen · anna@example.org · 12 34 56 78."""
        return " · ".join([f"{self.YOUR_ROLE} {abbreviation}: {name}", *details])

    def checklist_title(self, area_title: str | None) -> str:
        """The heading of a checklist: the coordination meeting, or a meeting on one area."""
        if area_title is None:
            return self.COORDINATION_TITLE
        return f"{self.MEETING_ON}: {area_title}"

    def long_date(self, day: date) -> str:
        """26. november 2026."""
        return f"{day.day}. {self.MONTHS[day.month - 1]} {day.year}"

    def why_line(self, matched: str, field: str, how: str, score: float) -> str:
        """Say which name the user's words matched, and how strongly: the text of --why."""
        return (
            f'{self.WHY_MATCHED} {self.MATCHED_ON[field]} "{matched}" '
            f"({self.HOW_LABEL[how]}, {self.STRENGTH} {score:.2f})"
        )

    def other_role(self, role_id: str) -> str:
        return "AMR" if role_id == "tr" else "TR"


class EnglishWords(Words):
    """English. Danish institutions keep their names and are glossed once per page (GLOSS)."""

    ROLE_LABEL = {"tr": "TR", "amr": "AMR", "shared": "Together"}
    LEAD_SENTENCE = {
        "tr": "The TR's area",
        "amr": "The AMR's area",
        "shared": "A shared area for the TR and the AMR",
    }
    LEAD_SHORT = {"tr": "TR", "amr": "AMR", "shared": "TR and AMR"}
    GROUP_LABEL = {
        "samarbejdsomraade": "example of cooperation",
        "faelles": "shared field",
        "tr": "the TR's own arena",
        "amr": "the AMR's own arena",
        "snitflade": "overlap",
        "samarbejde": "the cooperation",
    }
    ASPECT_LABEL = {
        "valg": "Who elects",
        "regler": "Where the rules are",
        "afsaettelse": "Can be removed?",
        "valgperiode": "Term",
        "suppleant": "Substitute and absence",
        "beskyttelse": "Protection",
        "uddannelse": "Training",
        "tid": "Time for the role",
        "pligt": "Duty",
        "ansvar": "Who is responsible",
    }
    KIND_LABEL = {
        "area": "topic",
        "duty": "duty",
        "basis": "basis of the role",
        "employer": "management's responsibility",
        "advice": "advice",
        "question": "question",
        "fact": "fact",
        "link": "link",
        "glossary": "glossary",
    }
    HOW_LABEL = {"exact": "exact", "phrase": "words in what you typed", "typo": "typo corrected"}
    MATCHED_ON = {"id": "id", "title": "title", "alias": "alias"}
    SECTION_TITLE = {
        "questions": "Questions",
        "advice": "Advice",
        "tr": "The TR prepares",
        "amr": "The AMR prepares",
        "together": "You decide together",
        "follow_up": "Follow-up",
        "facts": "Good to know",
        "local": "Local to you",
    }
    FOLLOW_UP_PROMPTS = ("Who does what, and by when?", "When do you meet next?")
    MONTHS = (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    )  # fmt: skip

    LANG = "en"
    GLOSS = (
        "TR: tillidsrepræsentant, the union representative. "
        "AMR: arbejdsmiljørepræsentant, the health and safety representative. "
        "APV: arbejdspladsvurdering, the workplace assessment. "
        "AMO: arbejdsmiljøorganisation, the work environment organisation. "
        "See: snitflade --lang en glossary"
    )
    NOTHING = "No duty named."
    TOGETHER = "Together"
    EMPLOYER = "Management's responsibility"
    ADVICE = "Advice"
    FACTS = "Facts"
    LINKS = "Links"
    SOURCES = "Sources"
    SEE_ALSO = "See also"
    NOTE = "Note"
    UNTRANSLATED = "in Danish only"
    LAYER = "layer"
    DUTIES = "Duties under the rules"
    BASIS = "Basis of the role"
    OWN_AREAS = "Own areas"
    SHARED_AREAS = "Shared areas – coordinate with the"
    TOPIC = "Topic"
    TITLE = "Title"
    AREA = "Whose area"
    CITED_BY = "Cited by"
    URL = "Address"
    COMPARE_TITLE = "TR and AMR side by side: the basis of each role"
    SOURCES_TITLE = "Sources the data cites"
    TOPICS_TITLE = "Topics"
    WHY_MATCHED = "Found via"
    STRENGTH = "strength"
    SEARCH_TITLE = "Search"
    GLOSSARY_TITLE = "Glossary"
    READ_MORE = "Read more"
    WHO_COMMAND = "snitflade --lang en who"
    ALSO_CLOSE = "Also close"
    RAISE_WITH_MANAGEMENT = "Raise with management"
    COORDINATION_TITLE = "Coordination meeting between the TR and the AMR"
    MEETING_ON = "Meeting on"
    WORKPLACE = "Workplace"
    DATE = "Date"
    PARTICIPANTS = "Participants"
    NOTES = "Notes"
    ONBOARDING_TITLE = "Getting started as"
    YOUR_DUTIES = "Your duties under the rules"
    YOUR_BASIS = "The basis of your role"
    YOUR_AREAS = "Your own areas"
    COORDINATE_WITH = "Shared areas: what you coordinate with the"
    YOU = "You"
    LOCAL = "Local to you"
    CONTACTS = "Contacts"
    YOUR_ROLE = "Your"

    def long_date(self, day: date) -> str:
        """26 November 2026."""
        return f"{day.day} {self.MONTHS[day.month - 1]} {day.year}"


_WORDS: dict[str, Words] = {"da": Words(), "en": EnglishWords()}


def for_language(lang: str) -> Words:
    """The interface's words in `lang` ("da" or "en"); Danish for anything else."""
    return _WORDS.get(lang, _WORDS["da"])
