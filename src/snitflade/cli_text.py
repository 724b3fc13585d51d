"""The command line's own words: --help texts, metavariables and messages, in Danish and English.

Also Click's and Typer's own words: TYPER_WORDS are the constants Typer's rich help reads, and
CLICK_MESSAGES turn Click's English usage errors into Danish. Typer vendors Click without its
gettext calls, so these are the one place its words are translated.
"""

from __future__ import annotations

import re

TEXT: dict[str, dict[str, str]] = {
    "da": {
        "app": (
            "Hvem af os gør hvad? TR (tillidsrepræsentant) og AMR (arbejdsmiljørepræsentant) "
            "side om side, med råd, fakta, kilder og links."
        ),
        "overview": (
            "snitflade: hvem af TR og AMR gør hvad? Slå et emne op, og se hvad TR gør,\n"
            "hvad AMR gør, hvad I gør sammen, og hvad ledelsen har ansvaret for, med kilder.\n"
            "\n"
            "Mest brugt:\n"
            "  snitflade who stress          TR og AMR side om side inden for et emne\n"
            "  snitflade search hviletid     søg i alt: emner, opgaver, fakta, råd\n"
            "  snitflade topics              alle emner, og hvis område de er\n"
            "  snitflade checklist stress    en mødetjekliste (også som HTML til print)\n"
            '  snitflade onboarding tr       en "Godt i gang"-note til en nyvalgt TR\n'
            "\n"
            "Læs mere: snitflade --help, snitflade KOMMANDO --help og README.md.\n"
        ),
        "examples": "Eksempler:",
        "usage": "Brug:",
        "help": "Vis denne hjælp og afslut.",
        "install_completion": "Installér fuldførelse (TAB) for den skal, du bruger.",
        "show_completion": "Vis scriptet til fuldførelse (TAB), så du selv kan installere det.",
        "format": "table (terminal), markdown eller md (noter), json (scripts); checklist "
        "også html eller htm (print). Uden: efter endelsen på -o, ellers table (onboarding: "
        "markdown).",
        "version": "Vis versionen og afslut.",
        "lang": "Sprog: da (dansk) eller en (engelsk). Uden: SNITFLADE_LANG, LANGUAGE, LC_ALL, "
        "LC_MESSAGES, LANG; ellers dansk.",
        "data_dir": "Et lag med jeres egne data oven på de indbyggede. Må gentages; sidste vinder.",
        "strict": "Et problem i et lag er en fejl (exit 1), ikke en advarsel.",
        "explain": "Vis hvilket lag hvert punkt kommer fra.",
        "who": "Vis hvad TR gør, hvad AMR gør, og hvad de gør sammen inden for et emne.\n\n"
        "Emnet må være et id, en titel, et ord folk bruger, en stavefejl eller et helt spørgsmål.",
        "who.topic": "Emnet, fx stress, løn, ergonomi eller MED-udvalg. "
        "Flere ord må stå uden anførselstegn.",
        "who.why": "Vis hvilket ord eller alias der gav svaret, og hvor sikkert.",
        "who.empty": "skriv et emne, fx: snitflade who stress",
        "search": "Søg i alt: emner, opgaver, fakta, råd og ordlisten. Bedste resultat først.",
        "search.words": "Ord eller et spørgsmål.",
        "search.limit": "Højst så mange resultater (1-100).",
        "search.limit_range": "{value} er ikke mellem 1 og 100",
        "search.empty": "skriv mindst ét ord, fx: snitflade search hviletid",
        "glossary": "Forklar forkortelser og begreber: TR, AMR, FTR, AMO, AMG, AMU, APV, SU, MED, "
        "TRIO m.fl.",
        "glossary.term": "Et ord eller en forkortelse, fx APV. Uden: hele ordlisten.",
        "glossary.empty": "skriv et ord, eller udelad det for hele ordlisten",
        "topics": "List alle emner med id, titel og hvis område det er. I et rør, uden --format: "
        "ét id pr. linje.",
        "topics.role": "Kun de emner, rollen har: tr, amr eller shared (fælles).",
        "role": "Vis rollens opgaver, dens arbejdsgrundlag og dens egne og fælles områder.",
        "role.which": "tr eller amr.",
        "compare": "Sammenlign TR og AMR på arbejdsgrundlaget: valg, regler, beskyttelse, "
        "ansvar m.m.",
        "sources": "List hver kilde, som data citerer, med titel, adresse og antal punkter, "
        "der citerer den.",
        "output": "Skriv til FIL i stedet for skærmen; formatet følger endelsen (.html, .md, "
        ".json, .txt). '-' er skærmen.",
        "force": "Overskriv FIL, hvis den findes.",
        "checklist": "Lav en mødetjekliste: hvad TR og AMR forbereder, hvad I beslutter, og "
        "opfølgningen.\n\nFelter, du ikke udfylder, står som linjer, man kan skrive på. "
        "Spørger aldrig om noget.",
        "checklist.topic": "Emnet for mødet. Uden emne: tjeklisten til et koordineringsmøde.",
        "checklist.workplace": "Arbejdspladsen i overskriften.",
        "checklist.date": "Mødets dato, fx 2026-12-01, 1.12.2026, 'i dag' eller 'i morgen'.",
        "checklist.participants": "Deltagere, adskilt af komma. Må gentages.",
        "checklist.empty": "skriv et emne, eller udelad det for koordineringsmødet",
        "not_a_date": "'{value}' er ikke en dato; skriv fx 2026-11-26, 26.11.2026 eller 'i dag'",
        "ambiguous_date": "'{value}' kan læses på to måder (dag/måned eller måned/dag); skriv "
        "{iso} eller {dotted}",
        "onboarding": 'Skriv en "Godt i gang"-note til en nyvalgt TR eller AMR, klar til '
        "onboarding-noterne.",
        "onboarding.which": "Den nyvalgte rolle: tr eller amr.",
        "onboarding.role": "Det samme som argumentet tr|amr, som valgmulighed.",
        "two_roles_given": "to forskellige roller: '{one}' og '{other}'; vælg én",
        "validate": "Tjek jeres lag: hvert problem som fil:linje:kolonne: felt: besked. Exit 1 "
        "ved problemer.",
        "validate.paths": "Lag-mapper eller filer, i lagenes rækkefølge. Uden: de lag, der er "
        "sat op.",
        "init": "Skriv et lag at starte fra: en lokal kontakt, en lokalaftale og et ekstra "
        "alias.\n\nFilerne er kommenterede og består 'snitflade validate'. Intet overskrives "
        "uden --force.",
        "init.folder": "Mappen til laget. Uden: din personlige mappe (~/.config/snitflade).",
        "init.force": "Overskriv filer, der findes.",
        "meta.topic": "EMNE...",
        "meta.words": "ORD...",
        "meta.term": "[ORD]",
        "meta.file": "FIL",
        "meta.folder": "MAPPE",
        "meta.name": "NAVN",
        "meta.date": "DATO",
        "meta.names": "NAVNE",
        "meta.number": "ANTAL",
        "meta.format": "FORMAT",
        "meta.paths": "[STI]...",
        "meta.optional_topic": "[EMNE]...",
        "meta.optional_folder": "[MAPPE]",
        "meta.options": "[TILVALG]",
        "meta.command": "KOMMANDO [ARGUMENTER]...",
        "not_one_of": "'{value}' er ikke en af: {choices}",
        "cannot_format": "{command} kan ikke skrive formatet {fmt}; den kan skrive: {formats}",
        "cannot_write_ext": "snitflade kan ikke skrive {ext}-filer; den kan skrive "
        "{writable}.{hint}",
        "pdf_hint": " En PDF: skriv HTML med -o {name}.html, åbn den i en browser, og vælg Udskriv "
        "og Gem som PDF (eller: chromium --headless --print-to-pdf={name}.pdf {name}.html).",
        "ext_contradicts": "{path} har en endelse til {implied}, men --format er {fmt}; ret "
        "endelsen eller udelad --format",
        "error": "Fejl",
        "warning": "Advarsel",
        "wrote": "Skrev {path}",
        "layers": "Lag, nederst først: {order}",
        "built_in": "indbygget",
        "no_layers": "Ingen lag at tjekke. Lav et med: snitflade init",
        "problem.one": "{n} problem",
        "problem.many": "{n} problemer",
        "problems_in": "{count} i: {paths}",
        "no_problems_in": "Ingen problemer i: {paths}",
        "placeholder_left": "'{text}' står der endnu fra snitflade init; skriv jeres egne",
        "edit_and_check": "Ret filerne, og tjek dem med: snitflade validate {path}",
        "click.no_such_option": "Ukendt valgmulighed: {name}",
        "click.no_such_command": "Ukendt kommando '{name}'.",
        "click.did_you_mean": "Mente du: {names}?",
        "click.missing_argument": "Mangler argumentet {name}.",
        "click.missing_option": "Mangler valgmuligheden {name}.",
        "click.missing_parameter": "Mangler {name}.",
        "click.invalid_value_for": "Ugyldig værdi for {name}: {message}",
        "click.extra_arguments": "Uventede ekstra argumenter ({args})",
        "click.requires_argument": "Valgmuligheden '{name}' skal have en værdi.",
        "click.requires_arguments": "Valgmuligheden '{name}' skal have {n} værdier.",
        "click.takes_no_value": "Valgmuligheden '{name}' tager ingen værdi.",
        "click.not_an_integer": "'{value}' er ikke et heltal.",
        "click.missing_command": "Mangler en kommando.",
    },
    "en": {
        "app": (
            "Who of us does what? The TR (tillidsrepræsentant, union representative) and the AMR "
            "(arbejdsmiljørepræsentant, health and safety representative) side by side, with "
            "advice, facts, sources and links."
        ),
        "overview": (
            "snitflade: who of the TR and the AMR does what? Look up a topic to see what the TR\n"
            "does, what the AMR does, what you do together and what management answers for,\n"
            "with sources.\n"
            "\n"
            "Most used:\n"
            "  snitflade who stress          the TR and the AMR side by side on a topic\n"
            "  snitflade search rest         search everything: topics, duties, facts, advice\n"
            "  snitflade topics              every topic, and whose area it is\n"
            "  snitflade checklist stress    a meeting checklist (also as HTML to print)\n"
            '  snitflade onboarding tr       a "getting started" note for a new TR\n'
            "\n"
            "Read more: snitflade --help, snitflade COMMAND --help and README.md.\n"
        ),
        "examples": "Examples:",
        "usage": "Usage:",
        "help": "Show this message and exit.",
        "install_completion": "Install completion (TAB) for the current shell.",
        "show_completion": "Show the completion (TAB) script, to install it yourself.",
        "format": "table (terminal), markdown or md (notes), json (scripts); checklist also "
        "html or htm (print). Without: from the extension of -o, else table (onboarding: "
        "markdown).",
        "version": "Show the version and exit.",
        "lang": "Language: da (Danish) or en (English). Without it: SNITFLADE_LANG, LANGUAGE, "
        "LC_ALL, LC_MESSAGES, LANG; otherwise Danish.",
        "data_dir": "A layer of your own data on top of the built-in data. Repeatable; the last "
        "wins.",
        "strict": "A problem in a layer is an error (exit 1), not a warning.",
        "explain": "Show which layer each item comes from.",
        "who": "Show what the TR does, what the AMR does, and what they do together on a topic."
        "\n\nThe topic may be an id, a title, a word people use, a typo or a whole question.",
        "who.topic": "The topic, e.g. stress, pay, ergonomics or MED committee. Several words "
        "need no quotes.",
        "who.why": "Show which word or alias gave the answer, and how sure it is.",
        "who.empty": "give a topic, e.g.: snitflade who stress",
        "search": "Search everything: topics, duties, facts, advice and the glossary. Best hit "
        "first.",
        "search.words": "Words or a question.",
        "search.limit": "At most this many hits (1-100).",
        "search.limit_range": "{value} is not between 1 and 100",
        "search.empty": "give at least one word, e.g.: snitflade search rest",
        "glossary": "Explain abbreviations and terms: TR, AMR, FTR, AMO, AMG, AMU, APV, SU, MED, "
        "TRIO and more.",
        "glossary.term": "A word or an abbreviation, e.g. APV. Without it: the whole glossary.",
        "glossary.empty": "give a word, or leave it out for the whole glossary",
        "topics": "List every topic with its id, title and whose area it is. In a pipe, without "
        "--format: one id per line.",
        "topics.role": "Only the topics the role leads: tr, amr or shared.",
        "role": "Show the role's duties, the basis of the role, and its own and shared areas.",
        "role.which": "tr or amr.",
        "compare": "Compare the TR and the AMR on the basis of each role: election, rules, "
        "protection, responsibility and more.",
        "sources": "List every source the data cites, with its title, address and how many "
        "items cite it.",
        "output": "Write to FILE instead of the screen; the format follows the extension (.html, "
        ".md, .json, .txt). '-' is the screen.",
        "force": "Overwrite FILE if it exists.",
        "checklist": "Make a meeting checklist: what the TR and the AMR prepare, what you decide, "
        "and the follow-up.\n\nFields you leave out become lines to write on. Never asks "
        "anything.",
        "checklist.topic": "The meeting's topic. Without one: the checklist for a coordination "
        "meeting.",
        "checklist.workplace": "The workplace, for the heading.",
        "checklist.date": "The meeting's date, e.g. 2026-12-01, 1.12.2026, 'today' or 'tomorrow'.",
        "checklist.participants": "Participants, separated by commas. Repeatable.",
        "checklist.empty": "give a topic, or leave it out for the coordination meeting",
        "not_a_date": "'{value}' is not a date; write e.g. 2026-11-26, 26.11.2026 or 'today'",
        "ambiguous_date": "'{value}' can be read two ways (day/month or month/day); write {iso} "
        "or {dotted}",
        "onboarding": 'Write a "getting started" note for a newly elected TR or AMR, ready for '
        "onboarding notes.",
        "onboarding.which": "The newly elected role: tr or amr.",
        "onboarding.role": "The same as the argument tr|amr, as an option.",
        "two_roles_given": "two different roles: '{one}' and '{other}'; choose one",
        "validate": "Check your layers: each problem as file:line:column: field: message. Exit 1 "
        "on problems.",
        "validate.paths": "Layer folders or files, in layer order. Without: the layers set up.",
        "init": "Write a layer to start from: a local contact, a local agreement and an extra "
        "alias.\n\nThe files are commented and pass 'snitflade validate'. Nothing is "
        "overwritten without --force.",
        "init.folder": "The layer's folder. Without: your personal folder (~/.config/snitflade).",
        "init.force": "Overwrite files that exist.",
        "meta.topic": "TOPIC...",
        "meta.words": "WORDS...",
        "meta.term": "[WORD]",
        "meta.file": "FILE",
        "meta.folder": "FOLDER",
        "meta.name": "NAME",
        "meta.date": "DATE",
        "meta.names": "NAMES",
        "meta.number": "NUMBER",
        "meta.format": "FORMAT",
        "meta.paths": "[PATH]...",
        "meta.optional_topic": "[TOPIC]...",
        "meta.optional_folder": "[FOLDER]",
        "meta.options": "[OPTIONS]",
        "meta.command": "COMMAND [ARGS]...",
        "not_one_of": "'{value}' is not one of: {choices}",
        "cannot_format": "{command} cannot write the format {fmt}; it can write: {formats}",
        "cannot_write_ext": "snitflade cannot write {ext} files; it can write {writable}.{hint}",
        "pdf_hint": " For a PDF: write HTML with -o {name}.html, open it in a browser, and choose "
        "Print and Save as PDF (or: chromium --headless --print-to-pdf={name}.pdf {name}.html).",
        "ext_contradicts": "{path} has an extension for {implied}, but --format is {fmt}; change "
        "the extension or leave out --format",
        "error": "Error",
        "warning": "Warning",
        "wrote": "Wrote {path}",
        "layers": "Layers, bottom first: {order}",
        "built_in": "built in",
        "no_layers": "No layers to check. Make one with: snitflade init",
        "problem.one": "{n} problem",
        "problem.many": "{n} problems",
        "problems_in": "{count} in: {paths}",
        "no_problems_in": "No problems in: {paths}",
        "placeholder_left": "'{text}' is still there from snitflade init; write your own",
        "edit_and_check": "Edit the files, and check them with: snitflade validate {path}",
        "click.no_such_option": "No such option: {name}",
        "click.no_such_command": "No such command '{name}'.",
        "click.did_you_mean": "Did you mean: {names}?",
        "click.missing_argument": "Missing argument {name}.",
        "click.missing_option": "Missing option {name}.",
        "click.missing_parameter": "Missing {name}.",
        "click.invalid_value_for": "Invalid value for {name}: {message}",
        "click.extra_arguments": "Got unexpected extra arguments ({args})",
        "click.requires_argument": "Option '{name}' requires an argument.",
        "click.requires_arguments": "Option '{name}' requires {n} arguments.",
        "click.takes_no_value": "Option '{name}' does not take a value.",
        "click.not_an_integer": "'{value}' is not a valid integer.",
        "click.missing_command": "Missing command.",
    },
}

# The constants Typer's rich help and error panels read (typer.rich_utils), in each language.
TYPER_WORDS: dict[str, dict[str, str]] = {
    "da": {
        "DEPRECATED_STRING": "(forældet) ",
        "DEFAULT_STRING": "[standard: {}]",
        "ENVVAR_STRING": "[miljøvariabel: {}]",
        "REQUIRED_LONG_STRING": "[skal angives]",
        "ARGUMENTS_PANEL_TITLE": "Argumenter",
        "OPTIONS_PANEL_TITLE": "Tilvalg",
        "COMMANDS_PANEL_TITLE": "Kommandoer",
        "ERRORS_PANEL_TITLE": "Fejl",
        "ABORTED_TEXT": "Afbrudt.",
        "RICH_HELP": "Prøv [blue]'{command_path} {help_option}'[/] for at få hjælp.",
    },
    "en": {
        "DEPRECATED_STRING": "(deprecated) ",
        "DEFAULT_STRING": "[default: {}]",
        "ENVVAR_STRING": "[env var: {}]",
        "REQUIRED_LONG_STRING": "[required]",
        "ARGUMENTS_PANEL_TITLE": "Arguments",
        "OPTIONS_PANEL_TITLE": "Options",
        "COMMANDS_PANEL_TITLE": "Commands",
        "ERRORS_PANEL_TITLE": "Error",
        "ABORTED_TEXT": "Aborted.",
        "RICH_HELP": "Try [blue]'{command_path} {help_option}'[/] for help.",
    },
}

# Click's English usage messages (vendored in Typer, with no gettext) and their keys in TEXT.
CLICK_MESSAGES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"Got unexpected extra arguments? \((?P<args>.*)\)"), "click.extra_arguments"),
    (re.compile(r"Option '(?P<name>.+)' requires an argument\."), "click.requires_argument"),
    (
        re.compile(r"Option '(?P<name>.+)' requires (?P<n>\d+) arguments\."),
        "click.requires_arguments",
    ),  # fmt: skip
    (re.compile(r"Option '(?P<name>.+)' does not take a value\."), "click.takes_no_value"),
    (re.compile(r"'?(?P<value>.*?)'? is not a valid int(?:eger)?\."), "click.not_an_integer"),
    (re.compile(r"Missing command\."), "click.missing_command"),
]


def translate_click(message: str, lang: str) -> str:
    """One of Click's English messages in `lang`; a message it does not know stays as it is."""
    for pattern, key in CLICK_MESSAGES:
        found = pattern.fullmatch(message.strip())
        if found:
            return TEXT[lang][key].format(**found.groupdict())
    return message


# The examples under each --help, the same in both languages. Each fits on one line at 80
# columns ("$ " and the help's margins included): at most 74 characters.
EXAMPLES: dict[str, tuple[str, ...]] = {
    "app": (
        "snitflade who stress",
        "snitflade who psykisk arbejdsmiljø",
        "snitflade topics --role amr",
        "snitflade role amr",
        "snitflade compare",
        "snitflade who apv --format json",
        "snitflade who stress --lang en",
    ),
    "who": (
        "snitflade who stress",
        "snitflade who psykisk arbejdsmiljø",
        "snitflade who løn -o løn.md",
        "snitflade who sygefravaer --format json",
    ),
    "search": (
        'snitflade search "Hvor tit skal man udarbejde APV?"',
        "snitflade search bisidder sygefravær",
        "snitflade search hviletid --format json",
    ),
    "glossary": ("snitflade glossary", "snitflade glossary AMO", "snitflade glossary -f md"),
    "topics": (
        "snitflade topics",
        "snitflade topics --role tr",
        "snitflade topics | grep arbejds",
        "snitflade topics -f json",
    ),
    "role": ("snitflade role tr", "snitflade role amr --format markdown"),
    "compare": ("snitflade compare", "snitflade compare -o grundlag.md"),
    "sources": ("snitflade sources", "snitflade sources -f json | jq '.sources[].url'"),
    "checklist": (
        "snitflade checklist",
        "snitflade checklist stress --date 2026-12-01",
        "snitflade checklist stress --workplace 'Plejecenter Solhøj'",
        "snitflade checklist apv -o apv.html",
        "snitflade checklist --participants 'Anna (TR), Bo (AMR)' -f md",
    ),
    "onboarding": (
        "snitflade onboarding tr",
        "snitflade onboarding amr -o godt-i-gang-amr.md",
        "snitflade onboarding tr -f json",
    ),
    "validate": (
        "snitflade validate",
        "snitflade validate ~/.config/snitflade",
        "snitflade validate fagforening/ arbejdsplads/roles.yaml",
    ),
    "init": (
        "snitflade init",
        "snitflade init arbejdsplads/",
        "snitflade who arbejdstid --data-dir arbejdsplads/ --explain",
    ),
}
