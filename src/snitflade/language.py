"""Which language to speak: --lang, else the environment, else Danish (the source language)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

Language = Literal["da", "en"]
LANGUAGES: tuple[Language, ...] = ("da", "en")
SOURCE_LANGUAGE: Language = "da"
# Looked at in this order; the first one that is set decides.
ENVIRONMENT = ("SNITFLADE_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def choose_language(flag: str | None, environ: Mapping[str, str]) -> Language:
    """Return the language: the --lang flag if given, else the first set variable of ENVIRONMENT.

    "da…" gives Danish and "en…" English; anything else gives Danish. LANGUAGE may list several
    languages separated by colons; its first one counts.
    """
    if flag is not None:
        return "en" if flag == "en" else "da"
    for name in ENVIRONMENT:
        value = environ.get(name, "").strip()
        if not value:
            continue
        first = value.split(":")[0].casefold()
        return "en" if first.startswith("en") else "da"
    return SOURCE_LANGUAGE
