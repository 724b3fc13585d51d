"""The command line: parse options, ask the core, hand the answer to a renderer.

This module is the single error boundary: the core raises SnitfladeError, and SnitfladeGroup
turns it into a message on stderr and a documented exit code. Heavy modules are imported inside
the commands so that --help and completion stay fast.

The language is resolved once per run, from --lang wherever it stands and the environment
(SnitfladeGroup.main), before Click parses anything: help texts, Click's and Typer's own words and
usage errors all follow it. Global options are declared once, on the root callback, and every
command accepts them too, after its name (SnitfladeGroup copies them).

There is no `from __future__ import annotations` here: Typer reads every command's annotations on
every run, and evaluating them from strings cost about 20 ms a run.
"""

import contextlib
import copy
import os
import shutil
import sys
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Annotated, Any

import typer
from typer._click import exceptions as click_errors  # Typer vendors Click since 0.24
from typer._click.core import ParameterSource
from typer._click.globals import get_current_context
from typer._click.types import StringParamType
from typer.core import TyperArgument, TyperCommand, TyperGroup

from snitflade import __version__, run
from snitflade.errors import ExitCode, OutputError, SnitfladeError
from snitflade.language import LANGUAGES, Language, choose_language, run_language
from snitflade.messages import msg, visible
from snitflade.run import Options
from snitflade.strings import EXAMPLES, texts, translate_click

# The command line's own words and Typer's, from the one table of interface strings.
TEXT: dict[str, dict[str, Any]] = {lang: texts("cli.", lang) for lang in LANGUAGES}
TYPER_WORDS: dict[str, dict[str, Any]] = {lang: texts("typer.", lang) for lang in LANGUAGES}

# --- the options of a run ---------------------------------------------------------------------


def _opts() -> Options:
    """The global options of this run, kept in the root Click context."""
    ctx = get_current_context(silent=True)
    found = ctx.find_root().obj if ctx is not None else None
    return found if isinstance(found, Options) else Options(lang=choose_language(None, os.environ))


def _lang_of(ctx: Any) -> Language:
    """The language of the run `ctx` belongs to (also after Click has left the context)."""
    found = ctx.find_root().obj if ctx is not None else None
    return found.lang if isinstance(found, Options) else _opts().lang


def _say(key: str, **params: Any) -> str:
    """A message of the command line's own, in the language of this run (run.say)."""
    return run.say(_opts().lang, key, **params)


# --- Click's and Typer's own words, in the language of the run ---------------------------------


def _typer_words(lang: str) -> None:
    """Set the constants Typer's error panels read ("Fejl" …) to the words of `lang`."""
    from typer import rich_utils

    for name, text in TYPER_WORDS[lang].items():
        setattr(rich_utils, name, text)


# A command whose name is taken as a key of TEXT by something else ("help": the -h option's text).
_TEXT_KEYS = {"help": "help_command"}


def _localize(command: Any, lang: str) -> None:
    """Give the command tree its texts in `lang`: help, metavariables, usage words.

    The help and metavar of each parameter are keys into TEXT when the app is defined; the key is
    kept on the parameter, so the texts can be chosen again for another language.
    """
    text = TEXT[lang]
    commands = [command, *getattr(command, "commands", {}).values()]
    for cmd in commands:
        key = "app" if cmd is command else _TEXT_KEYS.get(cmd.name, cmd.name)
        cmd.help = text[key]
        cmd.short_help = text.get(f"{key}.short")
        cmd.options_metavar = text["meta.options"]
        if isinstance(cmd, TyperGroup):
            cmd.subcommand_metavar = text["meta.command"]
        for param in cmd.params:
            for attribute in ("help", "metavar"):
                stored = f"snitflade_{attribute}"
                key = param.__dict__.setdefault(stored, getattr(param, attribute, None))
                if key not in text and attribute == "help":
                    key = param.name  # Typer's own options: --install-completion …
                if key in text:
                    setattr(param, attribute, text[key])


def _usage_error_in(error: click_errors.UsageError, lang: str) -> click_errors.UsageError:
    """The same usage error in `lang`: Click's own messages, Danish when Danish is chosen."""
    if isinstance(error, _Translated):
        return error
    text = TEXT[lang]
    if isinstance(error, click_errors.NoSuchOption):
        message = text["click.no_such_option"].format(name=error.option_name)
        if error.possibilities:
            message += " " + text["click.did_you_mean"].format(
                names=", ".join(sorted(error.possibilities))
            )
    elif isinstance(error, click_errors.MissingParameter):
        hint = _param_hint(error)
        kind = error.param_type or (error.param.param_type_name if error.param else "parameter")
        message = text.get(f"click.missing_{kind}", text["click.missing_parameter"]).format(
            name=hint
        )
    elif isinstance(error, click_errors.BadParameter):
        message = text["click.invalid_value_for"].format(
            name=_param_hint(error), message=translate_click(error.message, lang)
        )
    else:
        message = translate_click(error.message, lang)
    return _Translated(message, error.ctx)


def _param_hint(error: click_errors.BadParameter) -> str:
    hint: Any = error.param_hint
    if hint is None and error.param is not None and error.ctx is not None:
        hint = error.param.get_error_hint(error.ctx)
    if hint is not None and not isinstance(hint, str):
        hint = " / ".join(repr(h) for h in hint)
    return str(hint or "").replace("...", "")  # 'EMNE', not 'EMNE...'


class _Translated(click_errors.UsageError):
    """A usage error whose message is already in the user's language."""


# --- the command classes ------------------------------------------------------------------------


class _Words(StringParamType):
    """Plain text for an argument: the help shows the argument's name, not also a type (<str>)."""

    name = "text"

    def get_metavar(self, param: Any, ctx: Any = None) -> str:
        return ""


class _Choice(StringParamType):
    """One of a few words, checked case-insensitively, refused in the user's language."""

    name = "choice"

    def __init__(self, choices: tuple[str, ...], aliases: dict[str, str] | None = None) -> None:
        self.choices = choices
        self.aliases = aliases or {}

    def convert(self, value: Any, param: Any, ctx: Any) -> str:
        word = str(value).strip().casefold()
        word = self.aliases.get(word, word)
        if word not in self.choices:
            self.fail(_say("not_one_of", value=value, choices=", ".join(self.choices)), param, ctx)
        return word

    def get_metavar(self, param: Any, ctx: Any = None) -> str:
        return ""


FORMATS = ("table", "markdown", "json", "html")
_FORMAT_ALIASES = {"md": "markdown", "htm": "html"}


class _Usage:
    """Usage lines in the user's language, with arguments named once: `who [TILVALG] EMNE...`."""

    def format_usage(self, ctx: Any, formatter: Any) -> None:
        pieces = self.collect_usage_pieces(ctx)
        prefix = TEXT[_lang_of(ctx)]["usage"] + " "
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=prefix)

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []  # type: ignore[attr-defined]
        for param in self.get_params(ctx):  # type: ignore[attr-defined]
            if isinstance(param, TyperArgument):
                pieces.append(param.metavar or (param.name or "").upper())
            else:
                pieces.extend(param.get_usage_pieces(ctx))
        if isinstance(self, TyperGroup):
            pieces.append(self.subcommand_metavar)
        return pieces

    def format_help(self, ctx: Any, formatter: Any) -> None:
        lang = _lang_of(ctx)
        help_option = self.get_help_option(ctx)  # type: ignore[attr-defined]
        if help_option is not None:
            help_option.help = TEXT[lang]["help"]
        _write_help(self, ctx, formatter, lang, shutil.get_terminal_size().columns)


# The help is one list, each text under its option, at every width and on every output: it
# truncates nothing at 40 columns, has no box drawing to read past, and needs no Rich (Typer's
# Rich help panels cost more than the rest of a --help together). On a terminal the headings are
# bold and the options and commands coloured, by the rules Rich applies to the answers.


def _help_styles() -> tuple[Callable[[str], str], Callable[[str], str]]:
    """How the help marks (headings, terms): bold and bold cyan on a terminal, else nothing.

    As Rich decides for the answers: FORCE_COLOR counts as a terminal; TERM=dumb has no styles;
    NO_COLOR keeps bold but no colour.
    """
    environ = os.environ
    terminal = sys.stdout.isatty() or bool(environ.get("FORCE_COLOR"))
    if not terminal or environ.get("TERM", "").lower() in ("dumb", "unknown"):
        return str, str
    colour = "1" if environ.get("NO_COLOR") else "1;36"

    def heading(text: str) -> str:
        return f"\x1b[1m{text}\x1b[0m"

    def term(text: str) -> str:
        return f"\x1b[{colour}m{text}\x1b[0m"

    return heading, term


def _write_help(command: Any, ctx: Any, formatter: Any, lang: str, columns: int) -> None:
    """The help as a list that reads at any width; examples are never wrapped.

    Examples come first, then the commands (the most used first), then the options: what most
    people look for before what some look up (clig.dev).
    """
    words = TYPER_WORDS[lang]
    from snitflade.render import READING_WIDTH  # the answers' width (no Rich: render/__init__)

    heading, term = _help_styles()
    formatter.width = max(min(columns, READING_WIDTH) - 1, 20)
    command.format_usage(ctx, formatter)  # unstyled: Click wraps it counting every character
    formatter.write_paragraph()
    formatter.write_text(command.help or "")
    key = "app" if isinstance(command, TyperGroup) else command.name
    formatter.write_paragraph()
    formatter.write(f"{heading(TEXT[lang]['examples'].rstrip(':'))}:\n")  # as the sections
    formatter.write("".join(f"  $ {line}\n" for line in EXAMPLES.get(key, ())))
    if isinstance(command, TyperGroup):
        with formatter.section(heading(words["COMMANDS_PANEL_TITLE"])):
            for name, sub in command.commands.items():
                formatter.write(f"{'':>{formatter.current_indent}}{term(name)}\n")
                with formatter.indentation():
                    formatter.write_text((sub.help or "").split("\n\n")[0])
    params = [p for p in command.get_params(ctx) if not getattr(p, "hidden", False)]
    for title, kind in (("ARGUMENTS_PANEL_TITLE", True), ("OPTIONS_PANEL_TITLE", False)):
        rows = [p for p in params if isinstance(p, TyperArgument) == kind]
        if not rows:
            continue
        with formatter.section(heading(words[title].rstrip(":"))):
            for param in rows:
                if kind:
                    name = term(param.metavar or param.name.upper())
                else:
                    # Long names first; Click keeps -h and --help in a set, so order them here.
                    name = term(", ".join(sorted(param.opts, key=lambda o: not o.startswith("--"))))
                    if not param.is_flag and param.metavar:
                        name += f" {param.metavar}"
                formatter.write(f"{'':>{formatter.current_indent}}{name}\n")
                with formatter.indentation():
                    required = f" {words['REQUIRED_LONG_STRING']}" if param.required else ""
                    formatter.write_text((param.help or "") + required)


class SnitfladeCommand(_Usage, TyperCommand):
    """A command: usage and help in the user's language."""


class SnitfladeGroup(_Usage, TyperGroup):
    """The root: the language of the run, global options on every command, one error boundary."""

    lang: Language = "da"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        shared = [p for p in self.params if p.name in _GLOBAL]
        for option in shared:  # before the command; also while completing, where _root never runs
            option.callback = _take_global
        for command in self.commands.values():
            for option in shared:
                if option.name == "fmt" and command.name in _NO_ANSWER:
                    continue
                local = copy.copy(option)
                local.expose_value = False
                local.callback = _take_global
                command.params.append(local)

    def main(self, args: Any = None, *rest: Any, **extra: Any) -> Any:
        argv = list(sys.argv[1:] if args is None else args)
        self.lang = run_language(argv, os.environ)
        _localize(self, self.lang)
        extra.setdefault("obj", Options(lang=self.lang))
        if os.environ.get("FORCE_COLOR"):  # Click keeps the help's styles in a pipe then, as Rich
            extra.setdefault("color", True)
        return super().main(argv, *rest, **extra)

    def make_context(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return super().make_context(*args, **kwargs)
        except click_errors.UsageError as error:
            raise self._usage_error(error) from None

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        name = args[0] if args else ""
        if name in self.commands or name.startswith("-") or ctx.resilient_parsing:
            return super().resolve_command(ctx, args)
        raise self.no_such_command(ctx, args, topics=True)

    def no_such_command(
        self, ctx: Any, args: list[str], *, topics: bool
    ) -> click_errors.UsageError:
        """'Ukendt kommando' for args[0], with what was meant: the nearest commands, or (with
        `topics`) the question the words ask; what the user typed is shown, never obeyed."""
        import difflib

        name = args[0]
        text = TEXT[_opts().lang]
        message = text["click.no_such_command"].format(name=visible(name))
        # A command misspelled (`whoo`) first; then a topic typed without `who` (`snitflade
        # stress`), which is meant as a question, not as the nearest command (`sources`).
        commands = list(self.commands)
        close = (
            difflib.get_close_matches(name, commands, cutoff=0.75)
            or (_as_question(args) if topics else [])
            or difflib.get_close_matches(name, commands)
        )
        if close:
            message += " " + text["click.did_you_mean"].format(names=", ".join(close))
        return _Translated(message, ctx)

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except SnitfladeError as error:
            print(f"{_say('error')}: {error.text(_opts().lang)}", file=sys.stderr)
            raise typer.Exit(int(error.exit_code)) from None
        except click_errors.UsageError as error:
            raise self._usage_error(error) from None

    def _usage_error(self, error: click_errors.UsageError) -> click_errors.UsageError:
        if isinstance(error, click_errors.NoArgsIsHelpError):
            return error
        _typer_words(self.lang)
        return _usage_error_in(error, self.lang)


def _as_question(args: list[str]) -> list[str]:
    """`snitflade who WORDS` if the words, up to the first option, find a topic; else nothing."""
    from snitflade.ask import answers

    words: list[str] = []
    for arg in args:
        if arg.startswith("-"):
            break
        words.append(arg)
    try:
        answers.who(_catalog(quiet=True), " ".join(words))
    except SnitfladeError:  # no topic, or data that cannot be read: suggest commands instead
        return []
    return [" ".join(["snitflade", "who", *map(_shell_word, words)])]


def _shell_word(word: str) -> str:
    """`word` as a shell reads it back, quoted only where needed (shlex would quote every word
    with an æ, ø or å, and write apv'en as 'apv'"'"'en'); control characters shown, not sent."""
    import re
    import shlex

    if re.fullmatch(r"[\w@%+=:,./-]+", word):
        return word
    if not re.search(r"[\x00-\x1f\x7f-\x9f\"$`\\!]", word):
        return f'"{word}"'
    return visible(shlex.quote(word))


def _take_global(ctx: Any, param: Any, value: Any) -> Any:
    """A global option given after the command's name: record it as if given before."""
    root = ctx.find_root().obj
    if ctx.get_parameter_source(param.name) not in (None, ParameterSource.DEFAULT):
        (root if isinstance(root, Options) else _opts()).take(param.name, value)
    return value


# The root callback's options that every command takes too; and commands that print no answer.
_GLOBAL = {"lang", "data_dir", "strict", "explain", "fmt", "sector"}
_NO_ANSWER = {"validate", "init", "site", "help"}
SECTORS = ("privat", "stat", "kommune", "region")

app = typer.Typer(
    cls=SnitfladeGroup,
    name="snitflade",
    rich_markup_mode="rich",
    pretty_exceptions_show_locals=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _command(**kwargs: Any) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Register a command: usage and help in the user's language (SnitfladeCommand)."""
    return app.command(cls=SnitfladeCommand, **kwargs)


def _show_version(value: bool) -> None:
    if value:
        print(f"snitflade {__version__}")
        raise typer.Exit()


@app.callback(invoke_without_command=True)
def _root(
    ctx: typer.Context,
    version: Annotated[
        bool, typer.Option("--version", help="version", callback=_show_version, is_eager=True)
    ] = False,
    lang: Annotated[
        str | None,
        typer.Option("--lang", metavar="da|en", help="lang", click_type=_Choice(LANGUAGES)),
    ] = None,
    data_dir: Annotated[
        list[str] | None, typer.Option("--data-dir", metavar="meta.folder", help="data_dir")
    ] = None,
    strict: Annotated[bool, typer.Option("--strict", help="strict")] = False,
    explain: Annotated[bool, typer.Option("--explain", help="explain")] = False,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            metavar="meta.format",
            help="format",
            click_type=_Choice(FORMATS, _FORMAT_ALIASES),
        ),
    ] = None,
    sector: Annotated[
        str | None,
        typer.Option(
            "--sector",
            metavar="privat|stat|kommune|region",
            help="sector",
            click_type=_Choice(SECTORS),
        ),
    ] = None,
) -> None:
    """The global options: each is declared here once, and every command takes it too.

    Their values reach Options through _take_global, wherever they stand on the command line.
    """
    del version, lang, data_dir, strict, explain, fmt, sector
    if ctx.invoked_subcommand is None:
        sys.stdout.write(_say("overview"))
        raise typer.Exit()


# --- output -------------------------------------------------------------------------------------

_EXTENSIONS = {
    ".html": "html",
    ".htm": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".json": "json",
    ".txt": "table",
}
_CANNOT_WRITE = {".pdf", ".docx", ".doc", ".odt", ".rtf", ".xlsx", ".epub"}


def output_format(
    command: str, given: str | None, output: str | None, default: str = "table"
) -> str:
    """The format to write: -f if given, else what -o's extension says, else `default`.

    An extension that contradicts -f, or names a format snitflade cannot write, is a usage error.
    """
    formats = _FORMATS_OF.get(command, ("table", "markdown", "json"))
    if given is not None and given not in formats:
        raise _usage("cannot_format", fmt=given, command=command, formats=", ".join(formats))
    suffix = Path(output).suffix.casefold() if output not in (None, "-") else ""
    writable = ", ".join(ext for ext, fmt in _EXTENSIONS.items() if fmt in formats)
    if suffix in _CANNOT_WRITE:
        hint = _say("pdf_hint", name=Path(str(output)).stem) if "html" in formats else ""
        raise _usage("cannot_write_ext", ext=suffix, writable=writable, hint=hint)
    implied = _EXTENSIONS.get(suffix)
    if implied is not None and implied not in formats:
        raise _usage("cannot_write_ext", ext=suffix, writable=writable, hint="")
    if given is not None and implied is not None and given != implied:
        raise _usage("ext_contradicts", path=output, fmt=given, implied=implied)
    return given or implied or default


_FORMATS_OF = {"checklist": FORMATS, "booklet": FORMATS, "onboarding": FORMATS}


def _usage(key: str, **params: Any) -> click_errors.UsageError:
    return _Translated(_say(key, **params), get_current_context(silent=True))


def _emit(
    view: str,
    answer: Any,
    output: str | None = None,
    force: bool = False,
    default: str = "table",
    **options: Any,
) -> None:
    """Render `answer` with the renderer for `view`; write to stdout or `output`."""
    from snitflade.output_file import is_stdout

    fmt = output_format(view, _opts().fmt, output, default)
    to_file = not is_stdout(output)
    text = run.answer_text(view, answer, fmt, _opts(), to_file, **options)
    if to_file:
        _write_file(str(output), text, force)
    else:
        run.to_stdout(text)


def _write_file(name: str, text: str, force: bool) -> None:
    """Write `text` to the file `name` whole or not at all (output_file), then say so."""
    from snitflade.output_file import write_file

    path = write_file(name, text, force)
    print(_say("wrote", path=path), file=sys.stderr)


def _catalog(
    quiet: bool = False, options: Options | None = None, lang: Language | None = None
) -> Any:
    """The catalog for this run's options (run.catalog_for)."""
    return run.catalog_for(options or _opts(), os.environ, quiet=quiet, lang=lang)


def _complete_topic(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """Offer area ids and aliases that begin with what has been typed (shell completion).

    The layers named by --data-dir, before or after the command, are offered too.
    """
    root = ctx.find_root().obj
    try:
        catalog = _catalog(quiet=True, options=root if isinstance(root, Options) else None)
    except SnitfladeError:
        return []  # a broken data file must not break the user's shell
    return run.topic_offers(catalog, incomplete)


def _words_of(words: list[str] | None, key: str, *, required: bool) -> str:
    """The words of an argument joined; blank words are a usage error in the user's language."""
    query = " ".join(words or []).strip()
    if (required or words) and not query:
        raise typer.BadParameter(_say(f"{key}.empty"), param_hint=TEXT[_opts().lang][_META[key]])
    return query


_META = {
    "who": "meta.topic",
    "search": "meta.words",
    "glossary": "meta.term",
    "checklist": "meta.optional_topic",
    "deadlines": "meta.optional_topic",
}

# --- the commands -------------------------------------------------------------------------------

TopicArg = Annotated[
    list[str],
    typer.Argument(
        help="who.topic",
        metavar="meta.topic",
        show_default=False,
        autocompletion=_complete_topic,
        click_type=_Words(),
    ),
]
ROLES = ("tr", "amr")


@_command(help="who")
def who(
    topic: TopicArg,
    why: Annotated[bool, typer.Option("--why", help="who.why")] = False,
) -> None:
    """Vis hvad TR gør, hvad AMR gør, og hvad de gør sammen inden for et emne."""
    query = _words_of(topic, "who", required=True)
    from snitflade.ask import answers

    answer = answers.who(_catalog(), query)
    if isinstance(answer, answers.RoleAnswer):  # "hvad laver en AMR?": the role's page
        _emit("role", answer)
        return
    _emit("who", answer, why=why)


@_command(help="search")
def search(
    words: Annotated[
        list[str],
        typer.Argument(
            help="search.words", metavar="meta.words", show_default=False, click_type=_Words()
        ),
    ],
    limit: Annotated[
        int,
        typer.Option("--limit", "-n", metavar="meta.number", help="search.limit"),
    ] = 10,
) -> None:
    """Søg i alt: emner, opgaver, fakta, råd og ordlisten. Bedste resultat først."""
    query = _words_of(words, "search", required=True)
    if not 1 <= limit <= 100:
        raise typer.BadParameter(_say("search.limit_range", value=limit), param_hint="--limit")
    from snitflade.ask import answers

    _emit("search", answers.search(_catalog(), query, limit))


@_command(help="glossary")
def glossary(
    term: Annotated[
        str | None,
        typer.Argument(help="glossary.term", metavar="meta.term", click_type=_Words()),
    ] = None,
) -> None:
    """Forklar forkortelser og begreber: TR, AMR, FTR, AMO, AMG, AMU, APV, SU, MED, TRIO m.fl."""
    if term is not None and not term.strip():
        raise typer.BadParameter(_say("glossary.empty"), param_hint=_say("meta.term"))
    from snitflade.ask import answers

    _emit("glossary", answers.glossary(_catalog(), term))


@_command(help="topics")
def topics(
    lead: Annotated[
        str | None,
        typer.Option(
            "--role",
            "-r",
            metavar="tr|amr|shared",
            help="topics.role",
            click_type=_Choice(("tr", "amr", "shared")),
        ),
    ] = None,
) -> None:
    """List alle emner med id, titel og hvis område det er."""
    areas = [a for a in _catalog().areas if lead is None or a.lead == lead]
    if _opts().fmt is None and not sys.stdout.isatty():
        # In a pipe, one id per line for scripts; an explicit --format always wins.
        run.to_stdout("".join(f"{area.id}\n" for area in areas))
        return
    _emit("topics", areas)


@_command(help="role")
def role(
    which: Annotated[
        str,
        typer.Argument(
            help="role.which", metavar="tr|amr", show_default=False, click_type=_Choice(ROLES)
        ),
    ],
) -> None:
    """Vis rollens opgaver, dens arbejdsgrundlag og dens egne og fælles områder."""
    from snitflade.ask import answers

    _emit("role", answers.role(_catalog(), which))


@_command(help="compare")
def compare() -> None:
    """Sammenlign TR og AMR på arbejdsgrundlaget: valg, regler, beskyttelse, ansvar m.m."""
    from snitflade.ask import answers

    _emit("compare", answers.compare(_catalog()))


@_command(help="sources")
def sources() -> None:
    """List hver kilde, som data citerer, med titel, adresse og antal punkter, der citerer den."""
    from snitflade.ask import answers

    uses = [use for use in answers.source_usage(_catalog()) if use.citations]
    _emit("sources", uses)


@_command(help="deadlines")
def deadlines(
    topic: Annotated[
        list[str] | None,
        typer.Argument(
            help="deadlines.topic",
            metavar="meta.optional_topic",
            show_default=False,
            autocompletion=_complete_topic,
            click_type=_Words(),
        ),
    ] = None,
    which: Annotated[
        str | None,
        typer.Option(
            "--role", "-r", metavar="tr|amr", help="deadlines.role", click_type=_Choice(ROLES)
        ),
    ] = None,
) -> None:
    """List de frister og intervaller, en TR eller AMR ikke må misse."""
    from snitflade.ask import answers

    query = _words_of(topic, "deadlines", required=False) or None
    _emit("deadlines", answers.deadlines(_catalog(), which, query))


OutputOpt = Annotated[
    str | None,
    typer.Option("--output", "-o", metavar="meta.file", help="output"),
]
ForceOpt = Annotated[bool, typer.Option("--force", help="force")]
_DATE_FORMATS = ("%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y")
_RELATIVE_DAYS = {"i dag": 0, "idag": 0, "today": 0, "i morgen": 1, "imorgen": 1, "tomorrow": 1}


def _meeting_date(value: str | None) -> date | None:
    """Accept 2026-11-26, 26-11-2026, 26.11.2026, "i dag", "today", "i morgen" or "tomorrow".

    A date with slashes is read only when it cannot be misread: 12/01/2026 is 12 January in
    Denmark and 1 December in the US, so it is refused with a hint.
    """
    if value is None:
        return None
    text = " ".join(value.strip().casefold().split())
    if text in _RELATIVE_DAYS:
        return date.today() + timedelta(days=_RELATIVE_DAYS[text])
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    parts = text.split("/")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        readings = set()
        for pattern in ("%d/%m/%Y", "%m/%d/%Y"):
            with contextlib.suppress(ValueError):
                readings.add(datetime.strptime(text, pattern).date())
        if len(readings) == 1:
            return readings.pop()
        if readings:
            day, month, year = (int(p) for p in parts)
            raise typer.BadParameter(
                _say(
                    "ambiguous_date",
                    value=value,
                    iso=f"{year:04d}-{month:02d}-{day:02d}",
                    dotted=f"{day}.{month}.{year}",
                )
            )
    raise typer.BadParameter(_say("not_a_date", value=value))


def _meeting(workplace: str | None, day: date | None, participants: list[str] | None) -> Any:
    from snitflade.ask.checklists import Meeting

    names = tuple(
        name.strip() for entry in participants or [] for name in entry.split(",") if name.strip()
    )
    return Meeting(workplace=(workplace or "").strip() or None, date=day, participants=names)


@_command(help="checklist")
def checklist(
    topic: Annotated[
        list[str] | None,
        typer.Argument(
            help="checklist.topic",
            metavar="meta.optional_topic",
            show_default=False,
            autocompletion=_complete_topic,
            click_type=_Words(),
        ),
    ] = None,
    workplace: Annotated[
        str | None,
        typer.Option("--workplace", metavar="meta.name", help="checklist.workplace"),
    ] = None,
    day: Annotated[
        date | None,
        typer.Option(
            "--date",
            metavar="meta.date",
            parser=_meeting_date,
            help="checklist.date",
        ),
    ] = None,
    participants: Annotated[
        list[str] | None,
        typer.Option("--participants", metavar="meta.names", help="checklist.participants"),
    ] = None,
    every: Annotated[bool, typer.Option("--all", help="checklist.all")] = False,
    output: OutputOpt = None,
    force: ForceOpt = False,
) -> None:
    """Lav en mødetjekliste: hvad TR og AMR forbereder, hvad I beslutter, og opfølgningen."""
    from snitflade.ask import checklists

    meeting = _meeting(workplace, day, participants)
    query = _words_of(topic, "checklist", required=False)
    output_format("checklist", _opts().fmt, output)  # a wrong -o is a usage error before work
    if every and query:
        raise _usage("checklist.all_or_topic")
    catalog = _catalog()
    if every:
        _emit("booklet", checklists.booklet(catalog, meeting), output=output, force=force)
        return
    if query:
        answer = checklists.area_checklist(catalog, query, meeting)
    else:
        answer = checklists.coordination_checklist(catalog, meeting)
    _emit("checklist", answer, output=output, force=force)


@_command(help="onboarding")
def onboarding(
    which: Annotated[
        str | None,
        typer.Argument(
            help="onboarding.which",
            metavar="[tr|amr]",
            show_default=False,
            click_type=_Choice(ROLES),
        ),
    ] = None,
    role_option: Annotated[
        str | None,
        typer.Option(
            "--role",
            "-r",
            metavar="tr|amr",
            help="onboarding.role",
            click_type=_Choice(ROLES),
        ),
    ] = None,
    output: OutputOpt = None,
    force: ForceOpt = False,
) -> None:
    """Skriv en "Godt i gang"-note til en nyvalgt TR eller AMR, klar til onboarding-noterne."""
    if which and role_option and which != role_option:
        raise _usage("two_roles_given", one=which, other=role_option)
    chosen = which or role_option
    if chosen is None:
        raise click_errors.MissingParameter(
            ctx=get_current_context(), param_hint="'tr|amr'", param_type="argument"
        )
    output_format("onboarding", _opts().fmt, output, "markdown")
    from snitflade.ask import checklists

    note = checklists.onboarding_note(_catalog(), chosen)
    _emit("onboarding", note, output=output, force=force, default="markdown")


@_command(help="validate")
def validate(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="validate.paths",
            metavar="meta.paths",
            show_default=False,
            click_type=_Words(),
        ),
    ] = None,
) -> None:
    """Tjek jeres lag: hvert problem som fil:linje:kolonne: felt: besked. Exit 1 ved problemer."""
    from snitflade.store import check_layers
    from snitflade.store.starter import placeholders_left

    named = tuple(paths) if paths else tuple(_opts().data_dirs)
    lang = _opts().lang
    folders, problems = check_layers(named, lang, os.environ)
    if not folders:
        print(_say("no_layers"), file=sys.stderr)
        return
    for problem in problems:
        print(problem.text(lang))
    for where, placeholder in placeholders_left(Path(f) for f in folders):
        print(
            f"{_say('warning')}: {where}: {_say('placeholder_left', text=placeholder)}",
            file=sys.stderr,
        )
    checked = ", ".join(str(f) for f in folders)
    if problems:
        print(_say("problems_in", count=_count(len(problems)), paths=checked), file=sys.stderr)
        raise typer.Exit(int(ExitCode.NOT_FOUND_OR_BAD_DATA))
    print(_say("no_problems_in", paths=checked), file=sys.stderr)


def _count(n: int) -> str:
    """ "1 problem", "2 problemer": the number with its noun, as the language writes it."""
    return _say("problem.one" if n == 1 else "problem.many", n=n)


@_command(help="init")
def init(
    folder: Annotated[
        str | None,
        typer.Argument(
            help="init.folder",
            metavar="meta.optional_folder",
            show_default=False,
            click_type=_Words(),
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="init.force")] = False,
) -> None:
    """Skriv et lag at starte fra: en lokal kontakt, en lokalaftale og et ekstra alias."""
    from snitflade.store.sources import personal_layer
    from snitflade.store.starter import starter_layer

    target = Path(folder if folder is not None else personal_layer(os.environ))
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


@_command(help="site")
def site(
    outdir: Annotated[
        str,
        typer.Argument(
            help="site.outdir", metavar="meta.folder", show_default=False, click_type=_Words()
        ),
    ],
    force: Annotated[bool, typer.Option("--force", help="site.force")] = False,
) -> None:
    """Byg en statisk, søgbar hjemmeside til intranettet ud fra de samme data, dansk og engelsk."""
    if not outdir.strip():  # "" would name the working folder
        raise typer.BadParameter(_say("site.empty"), param_hint=_say("meta.folder"))
    from snitflade.render import site as pages

    editions = []
    for lang in ("da", "en"):
        # Layer warnings once, in the reader's language; the other edition is read quietly.
        editions.append(pages.edition(_catalog(quiet=lang != _opts().lang, lang=lang), lang))
    files = pages.site(editions, lang=_opts().lang, explain=_opts().explain)
    _write_folder(Path(outdir), files, force)


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


def _complete_command(ctx: typer.Context, incomplete: str) -> list[str]:
    """Offer the commands that begin with what has been typed (`snitflade help ch<TAB>`)."""
    group: Any = ctx.find_root().command  # SnitfladeGroup
    return [name for name in group.commands if name.startswith(incomplete)]


@_command(name="help", help="help_command")
def show_help(
    ctx: typer.Context,
    command: Annotated[
        str | None,
        typer.Argument(
            help="help_command.command",
            metavar="meta.command_name",
            click_type=_Words(),
            autocompletion=_complete_command,
        ),
    ] = None,
) -> None:
    """Vis hjælpen til snitflade eller til en kommando (clig.dev: `help` as well as --help)."""
    root = ctx.find_root()
    group: Any = root.command  # SnitfladeGroup
    if command is None:
        shown, shown_ctx = group, root
    elif command not in group.commands:  # `help stress`, `help -- --version`: not a command
        raise group.no_such_command(root, [command], topics=False)
    else:
        shown = group.commands[command]
        shown_ctx = shown.make_context(command, [], parent=root, resilient_parsing=True)
    typer.echo(shown.get_help(shown_ctx), color=root.color)


def main() -> None:
    """Entry point of the `snitflade` command: every run ends here with a documented exit code.

    Called by snitflade.launch, which stops a Ctrl-C quietly while this module is imported.
    """
    run.prepare_streams()
    try:
        app(prog_name="snitflade")
        code = 0
    except SystemExit as done:
        code = done.code if isinstance(done.code, int) else int(done.code is not None)
    except KeyboardInterrupt:  # outside Typer's own handling (completion, say)
        code = ExitCode.INTERRUPTED
    except OSError as error:  # a write to stdout outside _emit: --help, validate's lines
        if error.errno not in run.OUTPUT_ERRNOS:
            raise
        code = run.stdout_failed(error, _run_language())
    code = run.finish(int(code), _run_language())
    if code == ExitCode.INTERRUPTED:
        print(msg("interrupted").text(_run_language()), file=sys.stderr)
    sys.exit(code)


def _run_language() -> Language:
    """The language of this run, also where Click has not parsed anything (or has given up)."""
    return run_language(sys.argv[1:], os.environ)


__all__ = ["ExitCode", "app", "main", "output_format"]
