"""The errors the core raises, and the exit codes the CLI maps them to."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum


class ExitCode(IntEnum):
    """Documented exit codes (README, "Exit codes")."""

    OK = 0
    NOT_FOUND_OR_BAD_DATA = 1
    USAGE = 2
    INTERRUPTED = 130


class SnitfladeError(Exception):
    """An expected failure: the CLI prints the message and exits with `exit_code`."""

    exit_code: ExitCode = ExitCode.NOT_FOUND_OR_BAD_DATA


@dataclass(frozen=True)
class Problem:
    """One problem in a data file, located as precisely as we can."""

    file: str
    field: str
    message: str
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}:{self.column or 1}"
        return (
            f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"
        )


class DataError(SnitfladeError):
    """The data files cannot be read or do not validate."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        lines = "\n".join(f"  {p}" for p in problems)
        super().__init__(f"Data kan ikke bruges ({len(problems)} problem(er)):\n{lines}")


class LayerError(SnitfladeError):
    """A layer has problems and --strict asks us to stop."""


class OutputError(SnitfladeError):
    """The answer cannot be written where the user asked (file exists, folder missing …)."""


class NoMatchError(SnitfladeError):
    """Nothing matched the user's words: no topic, glossary term or search hit."""

    def __init__(
        self,
        query: str,
        suggestions: list[tuple[str, str]],
        what: str = "emne",
        listing: str = "snitflade topics",
    ) -> None:
        self.query = query
        self.suggestions = suggestions  # (id, title)
        message = f'Fandt intet {what} for "{query}".'
        if suggestions:
            names = ", ".join(f"{item_id} ({title})" for item_id, title in suggestions)
            message += f"\nMente du: {names}?"
        message += f"\nSe alle med: {listing}"
        super().__init__(message)
