"""The errors the core raises, and the exit codes the CLI maps them to."""

from __future__ import annotations

from enum import IntEnum

from snitflade.messages import Msg, msg, visible
from snitflade.records import dataclass


class ExitCode(IntEnum):
    """Documented exit codes (README, "Exit codes")."""

    OK = 0
    NOT_FOUND_OR_BAD_DATA = 1
    USAGE = 2
    INTERRUPTED = 130


class SnitfladeError(Exception):
    """An expected failure: the CLI prints `text(lang)` and exits with `exit_code`."""

    exit_code: ExitCode = ExitCode.NOT_FOUND_OR_BAD_DATA

    def __init__(self, detail: Msg) -> None:
        self.detail = detail
        super().__init__(detail.text("da"))

    def text(self, lang: str = "da") -> str:
        return self.detail.text(lang)


@dataclass(frozen=True)
class Problem:
    """One problem in a data file, located as precisely as we can."""

    file: str
    field: str
    detail: Msg
    line: int | None = None
    column: int | None = None

    @property
    def message(self) -> str:
        return self.detail.text("da")

    def text(self, lang: str = "da") -> str:
        # A file name or a key comes from the layer: shown, never obeyed (see messages.visible).
        where = visible(self.file)
        if self.line is not None:
            where += f":{self.line}:{self.column or 1}"
        message = self.detail.text(lang)
        field = visible(self.field)
        return f"{where}: {field}: {message}" if field else f"{where}: {message}"

    def __str__(self) -> str:
        return self.text("da")


class DataError(SnitfladeError):
    """The data files cannot be read or do not validate."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(msg("data_unusable", count=len(problems)))

    def text(self, lang: str = "da") -> str:
        lines = "\n".join(f"  {p.text(lang)}" for p in self.problems)
        return f"{self.detail.text(lang)}\n{lines}"


class LayerError(SnitfladeError):
    """A layer has problems and --strict asks us to stop."""


class OutputError(SnitfladeError):
    """The answer cannot be written where the user asked (file exists, folder missing …)."""


class UsageError(SnitfladeError):
    """A value the user gave cannot be used (an unknown sector, say): exit 2, as Click does."""

    exit_code = ExitCode.USAGE


class OutputTargetError(OutputError):
    """-o names something that is not a file to write: a folder, a link, a device, nothing."""

    exit_code = ExitCode.USAGE


class NoMatchError(SnitfladeError):
    """Nothing matched the user's words: no topic, glossary term or search hit."""

    def __init__(
        self,
        query: str,
        suggestions: list[tuple[str, str]],
        what: str = "what_topic",
        listing: str = "snitflade topics",
    ) -> None:
        self.query = query
        self.suggestions = suggestions  # (id, title)
        self.what = what
        self.listing = listing
        super().__init__(msg("no_match", what=what, query=query))

    def text(self, lang: str = "da") -> str:
        lines = [msg("no_match", what=msg(self.what).text(lang), query=self.query).text(lang)]
        if self.suggestions:
            names = ", ".join(f"{i} ({' '.join(title.split())})" for i, title in self.suggestions)
            lines.append(msg("did_you_mean", names=names).text(lang))
        lines.append(msg("see_all", listing=self.listing).text(lang))
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.text("da")
