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


def lang_flag(argv: list[str]) -> str | None:
    """The last valid value of --lang on the command line, if any (before a lone `--`)."""
    found = None
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        value = None
        if arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        elif arg.startswith("--lang="):
            value = arg.partition("=")[2]
        if value is not None and value.strip().casefold() in LANGUAGES:
            found = value.strip().casefold()
    return found


def run_language(argv: list[str], environ: Mapping[str, str]) -> Language:
    """The language of a run: --lang wherever it stands, else the environment."""
    return choose_language(lang_flag(argv), environ)
