"""The two things people do most, done without loading the command-line library (Typer, Click).

`snitflade who WORDS…` with at most --format, --lang, --sector and --why, and TAB completion of a
topic in bash. Loading Typer costs more than answering; these skip it.

The rule that keeps the two paths alike: the shortcut writes nothing until it holds the whole
answer, and gives up (returns None) on anything but a plain success: any other option, a value
the command line would refuse, no match, a problem in a layer, any error. The full command line
(cli.py) then does the whole run itself, so every message, exit code and help text comes from one
place. Both paths use snitflade.run to read the catalog and to render and write the answer.
"""

from __future__ import annotations

import codecs
import sys
from collections.abc import Mapping

from snitflade import run
from snitflade.errors import OutputError, SnitfladeError
from snitflade.language import LANGUAGES, run_language

# The global options a plain question may carry, as the command line declares them (cli._root).
_VALUE_OPTIONS = {"--lang": "lang", "--format": "fmt", "-f": "fmt", "--sector": "sector"}
_CHOICES = {"lang": LANGUAGES, "fmt": ("table", "markdown", "json")}  # the formats of `who`
_ALIASES = {"md": "markdown"}


def _choices(key: str) -> tuple[str, ...]:
    if key == "sector":  # the model's own list; a question loads the model in a moment anyway
        from snitflade.store.model import SECTORS

        return SECTORS
    return _CHOICES[key]


def answer(argv: list[str], environ: Mapping[str, str]) -> int | None:
    """Answer `argv` if it is a plain question or a bash completion; None: use the command line."""
    if "_SNITFLADE_COMPLETE" in environ:
        return _complete(environ)
    question = _plain_who(argv)
    if question is None:
        return None
    values, words, why = question
    query = " ".join(words).strip()
    if not query:
        return None
    lang = run_language(argv, environ)  # --lang as the command line reads it
    options = run.Options(lang=lang, fmt=values.get("fmt"), sector=values.get("sector"))
    try:
        from snitflade.ask import answers

        catalog, problems = run.checked_catalog(options, environ)
        if problems:
            return None  # the command line prints the warnings
        found = answers.who(run.in_sector(catalog, options, environ), query)
        if isinstance(found, answers.RoleAnswer):  # "hvad laver en AMR?": the role's page
            text = run.answer_text("role", found, options.fmt or "table", options, False)
        else:
            text = run.answer_text("who", found, options.fmt or "table", options, False, why=why)
    except (SnitfladeError, OSError):  # OSError: a closed stdout, which Rich may touch
        return None
    return _write(text, options)


def _plain_who(argv: list[str]) -> tuple[dict[str, str], list[str], bool] | None:
    """(options, words, --why) of `[OPTIONS] who WORDS…`, or None for anything else."""
    values: dict[str, str] = {}
    words: list[str] = []
    why = False
    command = False
    rest = iter(argv)
    for arg in rest:
        if not arg.startswith("-"):
            if command:
                words.append(arg)
            elif arg == "who":
                command = True
            else:
                return None
            continue
        name, equals, value = arg.partition("=")
        if arg == "--why" and command:
            why = True
            continue
        if name not in _VALUE_OPTIONS or (equals and not name.startswith("--")):
            return None  # another option, `--`, `-fjson`: the command line knows them
        if not equals:
            value = next(rest, "")
        key = _VALUE_OPTIONS[name]
        chosen = value.strip().casefold()
        chosen = _ALIASES.get(chosen, chosen) if key == "fmt" else chosen
        if value.startswith("-") or chosen not in _choices(key):
            return None
        values[key] = chosen
    return (values, words, why) if command else None


def _complete(environ: Mapping[str, str]) -> int | None:
    """TAB completion of `snitflade who …` in bash: the topics that begin with the typed word."""
    line, position = environ.get("COMP_WORDS", ""), environ.get("COMP_CWORD", "")
    if environ["_SNITFLADE_COMPLETE"] != "complete_bash" or not _number(position):
        return None
    if any(c in "\"'\\=" or (c.isspace() and c not in " \t\r\n") for c in line):
        return None  # quoting, `=` and unusual spaces: Click reads them its own way
    if codecs.lookup(getattr(sys.stdout, "encoding", None) or "ascii").name == "ascii":
        return None  # Click writes completions in UTF-8 even then
    words = line.split()
    cword = int(position)
    before, typed = words[1:cword], words[cword] if cword < len(words) else ""
    if not before or before[0] != "who" or any(w.startswith("-") for w in [*before, typed]):
        return None
    options = run.Options(lang=run_language([], environ))
    try:
        catalog = run.catalog_for(options, environ, quiet=True)
    except SnitfladeError:
        return None
    # As Typer does with what cli._complete_topic offers: only what begins with the typed text.
    offers = [name for name, _title in run.topic_offers(catalog, typed) if name.startswith(typed)]
    return _write("\n".join(offers) + "\n", options)


def _number(text: str) -> bool:
    return text.isascii() and text.isdigit()  # not "²", which int() refuses


def _write(text: str, options: run.Options) -> int:
    """Write the answer; a failed write ends as the command line ends it."""
    try:
        run.to_stdout(text)
    except BrokenPipeError:
        run.discard_stdout()
        return 1
    except OutputError as error:
        print(f"{run.say(options.lang, 'error')}: {error.text(options.lang)}", file=sys.stderr)
        return int(error.exit_code)
    return 0


__all__ = ["answer"]
