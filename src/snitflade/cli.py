"""The command line: parse options, ask the core, hand the answer to a renderer.

This module is the single error boundary: the core raises SnitfladeError, and SnitfladeGroup
turns it into a message on stderr and a documented exit code. Heavy modules are imported inside
the commands so that --help and completion stay fast. There is no `from __future__ import
annotations` here: Typer reads every command's annotations on every run, and evaluating them from
strings cost about 20 ms a run.
"""

import io
import os
import sys
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
from snitflade.messages import msg


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


def _opts() -> _Options:
    """The global options of this run, kept in the root Click context."""
    ctx = get_current_context(silent=True)
    found = ctx.find_root().obj if ctx is not None else None
    return found if isinstance(found, _Options) else _Options(lang=_DEFAULT_LANG)


def _say(key: str, **params: Any) -> str:
    """A message of the command line's own, in the language of this run."""
    return TEXT[_opts().lang][key].format(**params)


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
) -> None:
    """Who of us does what? TR and AMR side by side in the terminal."""
    ctx.obj = _Options(
        data_dirs=list(data_dir or []),
        strict=strict,
        explain=explain,
        lang=choose_language(lang.value if lang else None, os.environ),
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
    to_file = output not in (None, "-")
    if fmt.value == "table":
        from rich.console import Console

        from snitflade.render import table

        extra: dict[str, Any] = {"file": io.StringIO(), "color_system": None} if to_file else {}
        console = Console(highlight=False, emoji=False, **extra)
        renderable = getattr(table, view)(
            answer, console.width, explain=_opts().explain, lang=_opts().lang, **options
        )
        if console.is_terminal and not to_file:
            console.print(renderable)
            return
        # In a pipe or a file, drop the padding Rich adds to the right of every line.
        with console.capture() as captured:
            console.print(renderable)
        text = "".join(line.rstrip() + "\n" for line in captured.get().splitlines())
    else:
        text = getattr(_renderer(fmt.value), view)(
            answer, explain=_opts().explain, lang=_opts().lang, **options
        )
    if to_file:
        _write_file(Path(str(output)), text, force)
    else:
        sys.stdout.write(text)


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


def _write_file(path: Path, text: str, force: bool) -> None:
    """Write `text` to `path` whole or not at all; never overwrite without --force."""
    import contextlib
    import tempfile

    if path.exists() and not force:
        raise OutputError(msg("file_exists", path=path))
    if path.is_dir():
        raise OutputError(msg("is_folder", path=path, example=path / "tjekliste.html"))
    try:
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=path.parent, prefix=f".{path.name}.", delete=False
        ) as handle:
            handle.write(text)
        os.replace(handle.name, path)
    except OSError as error:
        with contextlib.suppress(NameError, OSError):
            os.unlink(handle.name)
        raise OutputError(msg("cannot_write", path=path, reason=error.strerror)) from None
    print(_say("wrote", path=path), file=sys.stderr)


def _catalog(quiet: bool = False) -> Any:
    """The built-in data with the user's layers on top; layer problems are warnings on stderr.

    quiet: say nothing on stderr (shell completion, where it would land in the user's prompt).
    """
    from snitflade import ask, store
    from snitflade.store.sources import find_sources

    options = _opts()
    if options.explain and not quiet:
        folders = find_sources(tuple(options.data_dirs), os.environ).layers
        order = ", ".join([_say("built_in"), *(str(f) for f in folders)])
        print(_say("layers", order=order), file=sys.stderr)
    catalog, problems = store.catalog(
        tuple(options.data_dirs), options.lang, os.environ, ask.indexes()
    )
    for problem in [] if quiet else problems:
        print(f"{_say('warning')}: {problem.text(_opts().lang)}", file=sys.stderr)
    if problems and _opts().strict:
        raise LayerError(msg("layer_strict", count=len(problems)))
    return catalog


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

    _emit(fmt, "who", answers.who(_catalog(), query), why=why)


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
        sys.stdout.write("".join(f"{area.id}\n" for area in areas))
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
    catalog = _catalog()
    if query:
        answer = checklists.area_checklist(catalog, query, meeting)
    else:
        answer = checklists.coordination_checklist(catalog, meeting)
    _emit(fmt, "checklist", answer, output=output, force=force)


@app.command(
    help=_T["onboarding"],
    epilog=_examples(
        "snitflade onboarding --role tr",
        "snitflade onboarding --role amr -o godt-i-gang-amr.md",
        "snitflade onboarding --role tr -f json",
    ),
)
def onboarding(
    which: Annotated[
        RoleChoice,
        typer.Option(
            "--role", "-r", case_sensitive=False, metavar="tr|amr", help=_T["onboarding.role"]
        ),
    ],
    fmt: Annotated[
        OutputFormat,
        typer.Option("--format", "-f", case_sensitive=False, help=_T["onboarding.format"]),
    ] = OutputFormat.markdown,
    output: OutputOpt = None,
    force: ForceOpt = False,
) -> None:
    """Skriv en "Godt i gang"-note til en nyvalgt TR eller AMR, klar til onboarding-noterne."""
    from snitflade.ask import checklists

    note = checklists.onboarding_note(_catalog(), which.value)
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
        _write_file(target / name, text, force=True)
    print(_say("edit_and_check", path=target), file=sys.stderr)


def main() -> None:
    """Entry point of the `snitflade` command."""
    app(prog_name="snitflade")


__all__ = ["ExitCode", "app", "main"]
