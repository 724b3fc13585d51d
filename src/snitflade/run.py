"""One run of snitflade between reading its options and printing: no command-line library here.

The command line (cli.py) and the shortcut for plain questions (shortcut.py) both use these, so a
question is answered, and its answer written, the same way on either path: the options of a run,
the catalog they ask for, an answer as text in the chosen format, and standard output that never
ends in a traceback.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import sys
from collections.abc import Iterator, Mapping
from dataclasses import field
from typing import TYPE_CHECKING, Any

from snitflade.errors import ExitCode, LayerError, OutputError
from snitflade.language import Language
from snitflade.messages import msg, visible
from snitflade.records import dataclass
from snitflade.strings import STRINGS

if TYPE_CHECKING:
    from snitflade.errors import Problem
    from snitflade.store.model import Catalog


@dataclass
class Options:
    """The global options of a run (the command line keeps them in its root context)."""

    lang: Language = "da"
    data_dirs: list[str] = field(default_factory=list)
    strict: bool = False
    explain: bool = False
    fmt: str | None = None  # None: the command's default, or what -o's extension says
    sector: str | None = None  # None: SNITFLADE_SECTOR, a layer's settings, or every sector

    def take(self, name: str, value: Any) -> None:
        """Record an option given on the command line, before or after the command's name."""
        if name == "data_dir":
            self.data_dirs.extend(value)
        elif name in {f.name for f in self.__dataclass_fields__.values()}:
            setattr(self, name, value)


def say(lang: str, key: str, **params: Any) -> str:
    """A message of the command line's own in `lang`; paths in it are shown, never obeyed."""
    shown = {k: visible(v) if isinstance(v, str | os.PathLike) else v for k, v in params.items()}
    return str(STRINGS[f"cli.{key}"][lang]).format(**shown)


def catalog_for(
    options: Options,
    environ: Mapping[str, str],
    *,
    quiet: bool = False,
    lang: Language | None = None,
) -> Catalog:
    """The built-in data with the user's layers on top, shown for the chosen sector.

    Layer problems are warnings on stderr. quiet: say nothing on stderr (shell completion, where it
    would land in the user's prompt). lang: the data's language, if not the run's (the site is
    built in both).
    """
    if options.explain and not quiet:
        from snitflade.store.sources import find_sources

        folders = find_sources(tuple(options.data_dirs), environ).layers
        order = ", ".join([say(options.lang, "built_in"), *(str(f) for f in folders)])
        print(say(options.lang, "layers", order=order), file=sys.stderr)
    catalog, problems = checked_catalog(options, environ, lang)
    for problem in [] if quiet else problems:
        print(f"{say(options.lang, 'warning')}: {problem.text(options.lang)}", file=sys.stderr)
    if problems and options.strict:
        raise LayerError(msg("layer_strict", count=len(problems)))
    return in_sector(catalog, options, environ)


def checked_catalog(
    options: Options, environ: Mapping[str, str], lang: Language | None = None
) -> tuple[Catalog, list[Problem]]:
    """The whole catalog and the layers' problems; nothing is printed."""
    from snitflade import ask, store

    return store.catalog(tuple(options.data_dirs), lang or options.lang, environ, ask.indexes())


def in_sector(catalog: Catalog, options: Options, environ: Mapping[str, str]) -> Catalog:
    """The catalog as the chosen sector sees it (--sector, SNITFLADE_SECTOR, a layer's settings)."""
    from snitflade.ask.scope import choose_sector, scoped

    return scoped(catalog, choose_sector(options.sector, environ, catalog.settings))


def topic_offers(catalog: Catalog, typed: str) -> list[tuple[str, str]]:
    """Area ids and aliases that begin with what has been typed, with their titles (completion)."""
    from snitflade.ask.completion import topic_offers as offers

    return offers(catalog, typed)


def answer_text(
    view: str, answer: Any, fmt: str, options: Options, to_file: bool, **extra: Any
) -> str:
    """`answer` as text in `fmt`, by the renderer for `view` (who, role, checklist …)."""
    lang, explain = options.lang, options.explain
    if fmt == "table":
        from snitflade.render import table

        return table.as_text(view, answer, to_file=to_file, explain=explain, lang=lang, **extra)
    if fmt == "markdown":
        from snitflade.render import markdown as renderer
    elif fmt == "json":
        from snitflade.render import json as renderer  # type: ignore[no-redef]
    elif fmt == "html":
        from snitflade.render import html as renderer  # type: ignore[no-redef]
    else:
        raise ValueError(fmt)
    text: str = getattr(renderer, view)(answer, explain=explain, lang=lang, **extra)
    return text


# --- standard output and error ------------------------------------------------------------------


class _ClosedStream(io.TextIOBase):
    """Standard output the shell closed (`>&-`): every write fails; nothing is lost silently."""

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, os.strerror(errno.EBADF))

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return False


def prepare_streams() -> None:
    """Write what the encoding can hold and replace the rest (PYTHONIOENCODING=ascii, LC_ALL=C)."""
    if sys.stdout is None:
        sys.stdout = _ClosedStream()
    if sys.stderr is None:  # nowhere to say anything; the exit code still tells
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (open for the run)
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="replace")


# The errors a write to standard output ends with: a closed stream, a full disk, a reader gone.
OUTPUT_ERRNOS = frozenset(
    {errno.EBADF, errno.ENOSPC, errno.EPIPE, errno.EIO, errno.EDQUOT, errno.EFBIG}
)


def to_stdout(text: str) -> None:
    """Write `text` to standard output now; a failure is OutputError (a reader that left is not)."""
    with stdout_errors():
        sys.stdout.write(text)
        sys.stdout.flush()  # a full disk or a closed stdout shows here, while it can be reported


@contextlib.contextmanager
def stdout_errors() -> Iterator[None]:
    """Turn a failed write to standard output into OutputError; a reader that left stays quiet."""
    try:
        yield
    except BrokenPipeError:
        raise  # `| head`: ends quietly with exit code 1
    except OSError as error:
        discard_stdout()
        raise OutputError(msg("stdout_failed", reason=_stdout_reason(error))) from None


def _stdout_reason(error: OSError) -> Any:
    return msg("stdout_closed") if error.errno == errno.EBADF else error.strerror or str(error)


def discard_stdout() -> None:
    """Point stdout at /dev/null, so that what is still buffered is not written at exit again."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def stdout_failed(error: OSError, lang: Language) -> int:
    """Say that the answer could not be written (a reader that left needs no word); return 1."""
    discard_stdout()
    if not isinstance(error, BrokenPipeError):
        text = msg("stdout_failed", reason=_stdout_reason(error)).text(lang)
        print(f"{say(lang, 'error')}: {text}", file=sys.stderr)
    return int(ExitCode.NOT_FOUND_OR_BAD_DATA)


def finish(code: int, lang: Language) -> int:
    """Flush standard output; a failure there is still reported, and is the exit code if none."""
    try:
        sys.stdout.flush()
    except OSError as error:
        failed = stdout_failed(error, lang)
        return code or failed
    return code


__all__ = [
    "OUTPUT_ERRNOS",
    "Options",
    "answer_text",
    "catalog_for",
    "checked_catalog",
    "in_sector",
    "discard_stdout",
    "finish",
    "prepare_streams",
    "say",
    "stdout_errors",
    "stdout_failed",
    "to_stdout",
    "topic_offers",
]
