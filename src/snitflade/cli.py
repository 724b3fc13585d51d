"""The command line: parse options, ask the core, hand the answer to a renderer.

This module is the single error boundary: the core raises SnitfladeError, and SnitfladeGroup
turns it into a message on stderr and a documented exit code. Heavy modules are imported inside
the commands so that --help and completion stay fast. There is no `from __future__ import
annotations` here: Typer reads every command's annotations on every run, and evaluating them from
strings cost about 20 ms a run.
"""

import contextlib
import errno
import io
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from types import ModuleType
from typing import Annotated, Any

import typer
from typer._click.globals import get_current_context  # Typer vendors Click since 0.24
from typer.core import TyperGroup

from snitflade import __version__
from snitflade.cli_text import TEXT
from snitflade.errors import ExitCode, LayerError, OutputError, SnitfladeError
from snitflade.language import Language, choose_language
from snitflade.messages import msg, visible


def _lang_in(argv: list[str]) -> str | None:
    """The value of --lang on the command line, if any."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.partition("=")[2]
    return None


# Typer takes --help texts when the app is built, before it parses anything, so their language is
# read from the command line and the environment here. Output follows the parsed --lang likewise.
_DEFAULT_LANG = choose_language(_lang_in(sys.argv[1:]), os.environ)
_T = TEXT[_DEFAULT_LANG]


class SnitfladeGroup(TyperGroup):
    """Turn every expected failure into a message on stderr and its exit code."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except SnitfladeError as error:
            print(f"{_say('error')}: {error.text(_opts().lang)}", file=sys.stderr)
            raise typer.Exit(int(error.exit_code)) from None


class OutputFormat(StrEnum):
    table = "table"
    markdown = "markdown"
    json = "json"


class PrintFormat(StrEnum):
    table = "table"
    markdown = "markdown"
    json = "json"
    html = "html"


class LangChoice(StrEnum):
    da = "da"
    en = "en"


class RoleChoice(StrEnum):
    tr = "tr"
    amr = "amr"


class SectorChoice(StrEnum):
    privat = "privat"
    stat = "stat"
    kommune = "kommune"
    region = "region"


def _examples(*lines: str) -> str:
    """Format `--help` examples as a Markdown code block (Typer renders it line by line)."""
    return f"**{_T['examples']}**\n\n```\n" + "\n".join(lines) + "\n```"


FormatOpt = Annotated[
    OutputFormat,
    typer.Option(
        "--format",
        "-f",
        help=_T["format"],
        case_sensitive=False,
    ),
]

app = typer.Typer(
    cls=SnitfladeGroup,
    name="snitflade",
    help=_T["app"],
    epilog=_examples(
        "snitflade who stress",
        "snitflade who psykisk arbejdsmiljø",
        "snitflade topics",
        "snitflade role amr",
        "snitflade compare",
        "snitflade sources",
        "snitflade who apv --format json",
    ),
    rich_markup_mode="markdown",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _show_version(value: bool) -> None:
    if value:
        print(f"snitflade {__version__}")
        raise typer.Exit()


@dataclass
class _Options:
    """The global options, set by the root callback for the command that follows."""

    data_dirs: list[str] = dataclass_field(default_factory=list)
    strict: bool = False
    explain: bool = False
    lang: Language = "da"
    sector: str | None = None


def _opts() -> _Options:
    """The global options of this run, kept in the root Click context."""
    ctx = get_current_context(silent=True)
    found = ctx.find_root().obj if ctx is not None else None
    return found if isinstance(found, _Options) else _Options(lang=_DEFAULT_LANG)


def _say(key: str, **params: Any) -> str:
    """A message of the command line's own, in the language of this run.

    A path or a layer's name is shown, never obeyed: its control characters become escapes.
    """
    shown = {k: visible(v) if isinstance(v, str | os.PathLike) else v for k, v in params.items()}
    return TEXT[_opts().lang][key].format(**shown)


@app.callback()
def _root(
    ctx: typer.Context,
    version: Annotated[
        bool,
        typer.Option("--version", help=_T["version"], callback=_show_version, is_eager=True),
    ] = False,
    data_dir: Annotated[
        list[str] | None,
        typer.Option(
            "--data-dir",
            metavar=_T["meta.folder"],
            help=_T["data_dir"],
        ),
    ] = None,
    strict: Annotated[
        bool,
        typer.Option("--strict", help=_T["strict"]),
    ] = False,
    explain: Annotated[bool, typer.Option("--explain", help=_T["explain"])] = False,
    lang: Annotated[
        LangChoice | None,
        typer.Option("--lang", case_sensitive=False, metavar="da|en", help=_T["lang"]),
    ] = None,
    sector: Annotated[
        SectorChoice | None,
        typer.Option(
            "--sector",
            case_sensitive=False,
            metavar="privat|stat|kommune|region",
            help=_T["sector"],
        ),
    ] = None,
) -> None:
    """Who of us does what? TR and AMR side by side in the terminal."""
    ctx.obj = _Options(
        data_dirs=list(data_dir or []),
        strict=strict,
        explain=explain,
        lang=choose_language(lang.value if lang else None, os.environ),
        sector=sector.value if sector else None,
    )


def _emit(
    fmt: StrEnum,
    view: str,
    answer: Any,
    output: str | None = None,
    force: bool = False,
    **options: Any,
) -> None:
    """Render `answer` with the renderer for `view` in format `fmt`; write to stdout or `output`."""
    from snitflade.output_file import is_stdout

    to_file = not is_stdout(output)
    if fmt.value == "table":
        text = _table(view, answer, to_file, **options)
        if text is None:
            return  # drawn on the terminal
    else:
        text = getattr(_renderer(fmt.value), view)(
            answer, explain=_opts().explain, lang=_opts().lang, **options
        )
    if to_file:
        _write_file(str(output), text, force)
    else:
        _to_stdout(text)


# Below this, a width is a mistake (COLUMNS=0, 1 or 5 would draw nothing, or a letter a line);
# at 40 columns every view stays readable and loses no words.
MIN_WIDTH = 40


def _table(view: str, answer: Any, to_file: bool, **options: Any) -> str | None:
    """Draw `answer` on the terminal (None), or return it as plain text for a pipe or a file."""
    from rich.console import Console

    from snitflade.render import table

    console = Console(highlight=False, emoji=False)
    width = max(console.width, MIN_WIDTH)
    renderable = getattr(table, view)(
        answer, width, explain=_opts().explain, lang=_opts().lang, **options
    )
    if console.is_terminal and not to_file:
        console.width = width
        with _stdout_errors():
            console.print(renderable)
        return None
    # In a pipe or a file: no styles, and no padding to the right of every line.
    plain = Console(file=io.StringIO(), color_system=None, highlight=False, emoji=False)
    plain.width = width
    with plain.capture() as captured:
        plain.print(renderable)
    return "".join(line.rstrip() + "\n" for line in captured.get().splitlines())


def _renderer(name: str) -> ModuleType:
    """The module that formats answers as `name` (markdown, json or html), imported when used."""
    if name == "markdown":
        from snitflade.render import markdown

        return markdown
    if name == "json":
        from snitflade.render import json

        return json
    if name == "html":
        from snitflade.render import html

        return html
    raise ValueError(name)


def _write_file(name: str, text: str, force: bool) -> None:
    """Write `text` to the file `name` whole or not at all (output_file), then say so."""
    from snitflade.output_file import write_file

    path = write_file(name, text, force)
    print(_say("wrote", path=path), file=sys.stderr)


def _to_stdout(text: str) -> None:
    with _stdout_errors():
        sys.stdout.write(text)
        sys.stdout.flush()  # a full disk or a closed stdout shows here, while it can be reported


@contextlib.contextmanager
def _stdout_errors() -> Iterator[None]:
    """Turn a failed write to standard output into OutputError; a reader that left stays quiet."""
    try:
        yield
    except BrokenPipeError:
        raise  # `| head`: Typer ends quietly with exit code 1
    except OSError as error:
        _discard_stdout()
        raise OutputError(msg("stdout_failed", reason=_stdout_reason(error))) from None


def _stdout_reason(error: OSError) -> Any:
    return msg("stdout_closed") if error.errno == errno.EBADF else error.strerror or str(error)


def _discard_stdout() -> None:
    """Point stdout at /dev/null, so that what is still buffered is not written at exit again."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def _catalog(quiet: bool = False, lang: Language | None = None) -> Any:
    """The built-in data with the user's layers on top; layer problems are warnings on stderr.

    quiet: say nothing on stderr (shell completion, where it would land in the user's prompt).
    lang: the data's language, if not the run's (the site is built in both).
    """
    from snitflade import ask, store
    from snitflade.store.sources import find_sources

    options = _opts()
    if options.explain and not quiet:
        folders = find_sources(tuple(options.data_dirs), os.environ).layers
        order = ", ".join([_say("built_in"), *(str(f) for f in folders)])
        print(_say("layers", order=order), file=sys.stderr)
    catalog, problems = store.catalog(
        tuple(options.data_dirs), lang or options.lang, os.environ, ask.indexes()
    )
    for problem in [] if quiet else problems:
        print(f"{_say('warning')}: {problem.text(_opts().lang)}", file=sys.stderr)
    if problems and _opts().strict:
        raise LayerError(msg("layer_strict", count=len(problems)))
    from snitflade.ask.scope import choose_sector, scoped

    return scoped(catalog, choose_sector(options.sector, os.environ, catalog.settings))


def _complete_topic(incomplete: str) -> list[tuple[str, str]]:
    """Offer area ids and aliases that begin with what has been typed (shell completion)."""
    from snitflade.folding import fold

    try:
        catalog = _catalog(quiet=True)
    except SnitfladeError:
        return []  # a broken data file must not break the user's shell
    typed = fold(incomplete) or frozenset({""})
    offers: dict[str, str] = {}
    for area in catalog.areas:
        for name in (area.id, *area.aliases):
            if any(form.startswith(t) for form in fold(name) for t in typed):
                offers.setdefault(name if " " not in name else area.id, area.title)
    return sorted(offers.items())


@app.command(
    help=_T["who"],
    epilog=_examples(
        "snitflade who stress",
        "snitflade who psykisk arbejdsmiljø",
        "snitflade who løn --format markdown > løn.md",
        "snitflade who sygefravaer --format json",
    ),
)
def who(
    topic: Annotated[
        list[str],
        typer.Argument(
            help=_T["who.topic"],
            metavar=_T["meta.topic"],
            show_default=False,
            autocompletion=_complete_topic,
        ),
    ],
    fmt: FormatOpt = OutputFormat.table,
    why: Annotated[
        bool,
        typer.Option("--why", help=_T["who.why"]),
    ] = False,
) -> None:
    """Vis hvad TR gør, hvad AMR gør, og hvad de gør sammen inden for et emne.

    Emnet må være et id, en titel, et ord folk bruger, en stavefejl eller et helt spørgsmål.
    """
    query = " ".join(topic).strip()
    if not query:
        raise typer.BadParameter(_say("who.empty"), param_hint=_T["meta.topic"])
    from snitflade.ask import answers

    answer = answers.who(_catalog(), query)
    if isinstance(answer, answers.RoleAnswer):  # "hvad laver en AMR?": the role's page
        _emit(fmt, "role", answer)
        return
    _emit(fmt, "who", answer, why=why)


@app.command(
    help=_T["search"],
    epilog=_examples(
        'snitflade search "Hvor tit skal man udarbejde APV?"',
        "snitflade search bisidder sygefravær",
        "snitflade search hviletid --format json",
    ),
)
def search(
    words: Annotated[
        list[str],
        typer.Argument(help=_T["search.words"], metavar=_T["meta.words"], show_default=False),
    ],
    fmt: FormatOpt = OutputFormat.table,
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=1, max=100, help=_T["search.limit"])
    ] = 10,
) -> None:
    """Søg i alt: emner, opgaver, fakta, råd og ordlisten. Bedste resultat først."""
    query = " ".join(words).strip()
    if not query:
        raise typer.BadParameter(_say("search.empty"), param_hint=_T["meta.words"])
    from snitflade.ask import answers

    _emit(fmt, "search", answers.search(_catalog(), query, limit))


@app.command(
    help=_T["glossary"],
    epilog=_examples(
        "snitflade glossary", "snitflade glossary AMO", "snitflade glossary -f markdown"
    ),
)
def glossary(
    term: Annotated[
        str | None,
        typer.Argument(help=_T["glossary.term"], metavar=_T["meta.term"]),
    ] = None,
    fmt: FormatOpt = OutputFormat.table,
) -> None:
    """Forklar forkortelser og begreber: TR, AMR, FTR, AMO, AMG, AMU, APV, SU, MED, TRIO m.fl."""
    if term is not None and not term.strip():
        raise typer.BadParameter(_say("glossary.empty"), param_hint=_T["meta.term"])
    from snitflade.ask import answers

    _emit(fmt, "glossary", answers.glossary(_catalog(), term))


@app.command(
    help=_T["topics"],
    epilog=_examples(
        "snitflade topics", "snitflade topics | grep arbejds", "snitflade topics -f json"
    ),
)
def topics(fmt: FormatOpt = OutputFormat.table) -> None:
    """List alle emner med id og titel. I et rør skrives ét id pr. linje."""
    areas = _catalog().areas
    if fmt is OutputFormat.table and not sys.stdout.isatty():
        _to_stdout("".join(f"{area.id}\n" for area in areas))
        return
    _emit(fmt, "topics", areas)


@app.command(
    help=_T["role"], epilog=_examples("snitflade role tr", "snitflade role amr --format markdown")
)
def role(
    which: Annotated[
        RoleChoice,
        typer.Argument(help=_T["role.which"], metavar="tr|amr", case_sensitive=False),
    ],
    fmt: FormatOpt = OutputFormat.table,
) -> None:
    """Vis rollens opgaver, dens arbejdsgrundlag og dens egne og fælles områder."""
    from snitflade.ask import answers

    _emit(fmt, "role", answers.role(_catalog(), which.value))


@app.command(
    help=_T["compare"],
    epilog=_examples("snitflade compare", "snitflade compare --format markdown > grundlag.md"),
)
def compare(fmt: FormatOpt = OutputFormat.table) -> None:
    """Sammenlign TR og AMR på arbejdsgrundlaget: valg, regler, beskyttelse, ansvar m.m."""
    from snitflade.ask import answers

    _emit(fmt, "compare", answers.compare(_catalog()))


@app.command(
    help=_T["sources"],
    epilog=_examples("snitflade sources", "snitflade sources --format json | jq '.sources[].url'"),
)
def sources(fmt: FormatOpt = OutputFormat.table) -> None:
    """List hver kilde, som data citerer, med titel, adresse og antal punkter, der citerer den."""
    from snitflade.ask import answers

    uses = [use for use in answers.source_usage(_catalog()) if use.citations]
    _emit(fmt, "sources", uses)


@app.command(
    help=_T["deadlines"],
    epilog=_examples(
        "snitflade deadlines",
        "snitflade deadlines apv",
        "snitflade deadlines --role amr",
        "snitflade --sector stat deadlines --format json",
    ),
)
def deadlines(
    topic: Annotated[
        list[str] | None,
        typer.Argument(
            help=_T["deadlines.topic"],
            metavar=_T["meta.optional_topic"],
            show_default=False,
            autocompletion=_complete_topic,
        ),
    ] = None,
    which: Annotated[
        RoleChoice | None,
        typer.Option(
            "--role", "-r", case_sensitive=False, metavar="tr|amr", help=_T["deadlines.role"]
        ),
    ] = None,
    fmt: FormatOpt = OutputFormat.table,
) -> None:
    """List the deadlines and intervals a rep must not miss."""
    from snitflade.ask import answers

    query = " ".join(topic or []).strip() or None
    answer = answers.deadlines(_catalog(), which.value if which else None, query)
    _emit(fmt, "deadlines", answer)


OutputOpt = Annotated[
    str | None,
    typer.Option("--output", "-o", metavar=_T["meta.file"], help=_T["output"]),
]
ForceOpt = Annotated[bool, typer.Option("--force", help=_T["force"])]
_DATE_FORMATS = ("%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y", "%d/%m/%Y")


def _meeting_date(value: str | None) -> date | None:
    """Accept 2026-11-26, 26-11-2026, 26.11.2026, 26/11/2026, "i dag" or "today"."""
    if value is None:
        return None
    text = value.strip().casefold()
    if text in {"i dag", "idag", "today"}:
        return date.today()
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise typer.BadParameter(_T["not_a_date"].format(value=value))


def _meeting(workplace: str | None, day: date | None, participants: list[str] | None) -> Any:
    from snitflade.ask.checklists import Meeting

    names = tuple(
        name.strip() for entry in participants or [] for name in entry.split(",") if name.strip()
    )
    return Meeting(workplace=(workplace or "").strip() or None, date=day, participants=names)


@app.command(
    help=_T["checklist"],
    epilog=_examples(
        "snitflade checklist",
        "snitflade checklist stress --workplace 'Plejecenter Solhøj' --date 2026-12-01",
        "snitflade checklist apv -f html -o apv.html   # åbn i en browser og udskriv",
        "snitflade checklist --participants 'Anna (TR), Bo (AMR)' -f markdown",
        "snitflade checklist --all -f html -o tjeklister.html   # alle emner i ét hæfte",
    ),
)
def checklist(
    topic: Annotated[
        list[str] | None,
        typer.Argument(
            help=_T["checklist.topic"],
            metavar=_T["meta.optional_topic"],
            show_default=False,
            autocompletion=_complete_topic,
        ),
    ] = None,
    fmt: Annotated[
        PrintFormat,
        typer.Option(
            "--format",
            "-f",
            case_sensitive=False,
            help=_T["checklist.format"],
        ),
    ] = PrintFormat.table,
    workplace: Annotated[
        str | None,
        typer.Option("--workplace", metavar=_T["meta.name"], help=_T["checklist.workplace"]),
    ] = None,
    day: Annotated[
        date | None,
        typer.Option(
            "--date",
            metavar=_T["meta.date"],
            parser=_meeting_date,
            help=_T["checklist.date"],
        ),
    ] = None,
    participants: Annotated[
        list[str] | None,
        typer.Option("--participants", metavar=_T["meta.names"], help=_T["checklist.participants"]),
    ] = None,
    every: Annotated[bool, typer.Option("--all", help=_T["checklist.all"])] = False,
    output: OutputOpt = None,
    force: ForceOpt = False,
) -> None:
    """Lav en mødetjekliste: hvad TR og AMR forbereder, hvad I beslutter, og opfølgningen.

    Felter, du ikke udfylder, står som linjer, man kan skrive på. Spørger aldrig om noget.
    """
    from snitflade.ask import checklists

    meeting = _meeting(workplace, day, participants)
    query = " ".join(topic or []).strip()
    if topic and not query:
        raise typer.BadParameter(_say("checklist.empty"), param_hint=_T["meta.optional_topic"])
    if every and query:
        raise typer.BadParameter(_say("checklist.all_or_topic"), param_hint="--all")
    catalog = _catalog()
    if every:
        _emit(fmt, "booklet", checklists.booklet(catalog, meeting), output=output, force=force)
        return
    if query:
        answer = checklists.area_checklist(catalog, query, meeting)
    else:
        answer = checklists.coordination_checklist(catalog, meeting)
    _emit(fmt, "checklist", answer, output=output, force=force)


@app.command(
    help=_T["onboarding"],
    epilog=_examples(
        "snitflade onboarding tr",
        "snitflade onboarding amr -o godt-i-gang-amr.md",
        "snitflade onboarding tr -f html -o godt-i-gang-tr.html   # til print",
        "snitflade onboarding --role tr -f json",
    ),
)
def onboarding(
    role_argument: Annotated[
        RoleChoice | None,
        typer.Argument(
            help=_T["onboarding.role"], metavar="tr|amr", case_sensitive=False, show_default=False
        ),
    ] = None,
    which: Annotated[
        RoleChoice | None,
        typer.Option(
            "--role", "-r", case_sensitive=False, metavar="tr|amr", help=_T["onboarding.role"]
        ),
    ] = None,
    fmt: Annotated[
        PrintFormat,
        typer.Option("--format", "-f", case_sensitive=False, help=_T["onboarding.format"]),
    ] = PrintFormat.markdown,
    output: OutputOpt = None,
    force: ForceOpt = False,
) -> None:
    """Skriv en "Godt i gang"-note til en nyvalgt TR eller AMR, klar til onboarding-noterne."""
    from snitflade.ask import checklists

    chosen = role_argument or which
    if chosen is None or (role_argument and which and role_argument != which):
        raise typer.BadParameter(_say("onboarding.which"), param_hint="tr|amr")
    note = checklists.onboarding_note(_catalog(), chosen.value)
    _emit(fmt, "onboarding", note, output=output, force=force)


@app.command(
    help=_T["validate"],
    epilog=_examples(
        "snitflade validate",
        "snitflade validate ~/.config/snitflade",
        "snitflade validate fagforening/ arbejdsplads/roles.yaml",
    ),
)
def validate(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help=_T["validate.paths"],
            metavar=_T["meta.paths"],
            show_default=False,
        ),
    ] = None,
) -> None:
    """Tjek jeres lag: hvert problem som fil:linje:kolonne: felt: besked. Exit 1 ved problemer."""
    from snitflade.store import check_layers

    named = tuple(str(p) for p in paths) if paths else tuple(_opts().data_dirs)
    folders, problems = check_layers(named, _opts().lang, os.environ)
    if not folders:
        print(_say("no_layers"), file=sys.stderr)
        return
    for problem in problems:
        print(problem.text(_opts().lang))
    checked = ", ".join(str(f) for f in folders)
    if problems:
        print(_say("problems_in", count=len(problems), paths=checked), file=sys.stderr)
        raise typer.Exit(int(ExitCode.NOT_FOUND_OR_BAD_DATA))
    print(_say("no_problems_in", paths=checked), file=sys.stderr)


@app.command(
    help=_T["init"],
    epilog=_examples(
        "snitflade init",
        "snitflade init arbejdsplads/",
        "snitflade --data-dir arbejdsplads/ who arbejdstid --explain",
    ),
)
def init(
    folder: Annotated[
        Path | None,
        typer.Argument(
            help=_T["init.folder"],
            metavar=_T["meta.optional_folder"],
            show_default=False,
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help=_T["init.force"])] = False,
) -> None:
    """Skriv et lag at starte fra: en lokal kontakt, en lokalaftale og et ekstra alias.

    Filerne er kommenterede og består `snitflade validate`. Intet overskrives uden --force.
    """
    from snitflade.store.sources import personal_layer
    from snitflade.store.starter import starter_layer

    target = folder if folder is not None else personal_layer(os.environ)
    files = starter_layer()
    existing = [target / name for name in files if (target / name).exists()]
    if existing and not force:
        names = ", ".join(str(p) for p in existing)
        raise OutputError(msg("files_exist", paths=names))
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(msg("cannot_make_folder", path=target, reason=error.strerror)) from None
    for name, text in files.items():
        _write_file(str(target / name), text, force=True)
    print(_say("edit_and_check", path=target), file=sys.stderr)


class _ClosedStream(io.TextIOBase):
    """Standard output the shell closed (`>&-`): every write fails; nothing is lost silently."""

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, os.strerror(errno.EBADF))

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return False


def _prepare_streams() -> None:
    """Write what the encoding can hold and replace the rest (PYTHONIOENCODING=ascii, LC_ALL=C)."""
    if sys.stdout is None:
        sys.stdout = _ClosedStream()
    if sys.stderr is None:  # nowhere to say anything; the exit code still tells
        sys.stderr = open(os.devnull, "w", encoding="utf-8")
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="replace")


# The errors a write to standard output ends with: a closed stream, a full disk, a reader gone.
_OUTPUT_ERRNOS = frozenset(
    {errno.EBADF, errno.ENOSPC, errno.EPIPE, errno.EIO, errno.EDQUOT, errno.EFBIG}
)


def _stdout_failed(error: OSError) -> int:
    """Say that the answer could not be written (a reader that left needs no word); return 1."""
    _discard_stdout()
    if not isinstance(error, BrokenPipeError):
        text = msg("stdout_failed", reason=_stdout_reason(error)).text(_DEFAULT_LANG)
        print(f"{TEXT[_DEFAULT_LANG]['error']}: {text}", file=sys.stderr)
    return int(ExitCode.NOT_FOUND_OR_BAD_DATA)


def _finish(code: int) -> int:
    """Flush standard output; a failure there is still reported, and is the exit code if none."""
    try:
        sys.stdout.flush()
    except OSError as error:
        failed = _stdout_failed(error)
        return code or failed
    return code


@app.command(
    help=_T["site"],
    epilog=_examples(
        "snitflade site handbog/",
        "snitflade --sector kommune --data-dir arbejdsplads/ site /srv/intranet/snitflade --force",
        "snitflade --lang en site handbook/",
    ),
)
def site(
    outdir: Annotated[
        Path,
        typer.Argument(help=_T["site.outdir"], metavar=_T["meta.folder"], show_default=False),
    ],
    force: Annotated[bool, typer.Option("--force", help=_T["site.force"])] = False,
) -> None:
    """Byg en statisk, søgbar hjemmeside til intranettet ud fra de samme data, dansk og engelsk."""
    from snitflade.render import site as pages

    editions = []
    for lang in ("da", "en"):
        # Layer warnings once, in the reader's language; the other edition is read quietly.
        editions.append(pages.edition(_catalog(quiet=lang != _opts().lang, lang=lang), lang))
    files = pages.site(editions, lang=_opts().lang, explain=_opts().explain)
    _write_folder(outdir, files, force)


def _write_folder(path: Path, files: dict[str, str], force: bool) -> None:
    """Write `files` as the folder `path`, whole or not at all.

    A folder snitflade wrote before (it holds the site's marker) is replaced; any other
    non-empty folder only with --force. Everything is written to a folder beside it first.
    """
    import shutil
    import tempfile

    from snitflade.render.site import MARKER

    shown, path = path, Path(os.path.abspath(path))  # "." and "x/.." name a real folder
    if path.exists() and not path.is_dir():
        raise OutputError(msg("file_exists", path=shown))
    ours = (path / MARKER).is_file()
    if path.is_dir() and any(path.iterdir()) and not ours and not force:
        raise OutputError(msg("file_exists", path=shown))
    parent = path.parent
    fresh = old = None
    try:
        fresh = Path(tempfile.mkdtemp(dir=parent, prefix=f".{path.name}."))
        for name, text in files.items():
            target = fresh / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        fresh.chmod(0o755)  # mkdtemp makes it private; a web server must read it
        if path.exists():
            old = Path(tempfile.mkdtemp(dir=parent, prefix=f".{path.name}.old."))
            os.replace(path, old / "site")
        os.replace(fresh, path)
        fresh = None
    except OSError as error:
        if old is not None and not path.exists():
            os.replace(old / "site", path)  # put the old site back
        raise OutputError(msg("cannot_write", path=shown, reason=error.strerror)) from None
    finally:
        if fresh is not None:
            shutil.rmtree(fresh, ignore_errors=True)
        if old is not None and path.exists():  # never the old site while it is all there is
            shutil.rmtree(old, ignore_errors=True)
    print(_say("wrote", path=shown), file=sys.stderr)


def main() -> None:
    """Entry point of the `snitflade` command: every run ends here with a documented exit code.

    Called by snitflade.launch, which stops a Ctrl-C quietly while this module is imported.
    """
    _prepare_streams()
    try:
        app(prog_name="snitflade")
        code = 0
    except SystemExit as done:
        code = done.code if isinstance(done.code, int) else int(done.code is not None)
    except KeyboardInterrupt:  # outside Typer's own handling (completion, say)
        code = ExitCode.INTERRUPTED
    except OSError as error:  # a write to stdout outside _emit: --help, validate's lines
        if error.errno not in _OUTPUT_ERRNOS:
            raise
        code = _stdout_failed(error)
    code = _finish(int(code))
    if code == ExitCode.INTERRUPTED:
        print(msg("interrupted").text(_DEFAULT_LANG), file=sys.stderr)
    sys.exit(code)


__all__ = ["ExitCode", "app", "main"]
