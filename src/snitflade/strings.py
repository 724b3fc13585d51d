"""Every string of the interface, in Danish and English: one table (issue 10).

STRINGS maps a key to {"da": …, "en": …}. The key's prefix says who reads it:
  cli.      the command line: --help texts, metavariables and its messages (cli.py)
  typer.    Typer's own words, the constants its rich help reads (cli.py sets them per run)
  msg.      the core's messages (messages.Msg); count. the plural of a count
  pydantic. Pydantic's error kinds; model. the model's own checks; reason. PyYAML's and the
            operating system's reasons
  words.    the renderers' headings and labels (render/words.py)
Click's English usage messages (Typer vendors Click without its gettext calls) are matched by
CLICK_MESSAGES and shown through cli. keys. EXAMPLES are the --help examples, in no language.
Danish is the source language; a test checks that every entry has both languages.
"""

from __future__ import annotations

import re
from typing import Any

STRINGS: dict[str, dict[str, Any]] = {
    # The command line: --help texts, metavariables and its own messages (cli.py).
    "cli.app": {
        "da": (
            "Hvem af os gør hvad? TR (tillidsrepræsentant) og AMR (arbejdsmiljørepræsentant) "
            "side om side, med råd, fakta, kilder og links."
        ),
        "en": (
            "Who of us does what? The TR (tillidsrepræsentant, union representative) and the "
            "AMR (arbejdsmiljørepræsentant, health and safety representative) side by side, "
            "with advice, facts, sources and links."
        ),
    },
    "cli.overview": {
        "da": (
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
        "en": (
            "snitflade: who of the TR and the AMR does what? Look up a topic to see what the "
            "TR\n"
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
    },
    "cli.examples": {
        "da": "Eksempler:",
        "en": "Examples:",
    },
    "cli.usage": {
        "da": "Brug:",
        "en": "Usage:",
    },
    "cli.help": {
        "da": "Vis denne hjælp og afslut.",
        "en": "Show this message and exit.",
    },
    "cli.install_completion": {
        "da": "Installér fuldførelse (TAB) for den skal, du bruger.",
        "en": "Install completion (TAB) for the current shell.",
    },
    "cli.show_completion": {
        "da": "Vis scriptet til fuldførelse (TAB), så du selv kan installere det.",
        "en": "Show the completion (TAB) script, to install it yourself.",
    },
    "cli.format": {
        "da": (
            "table (terminal), markdown eller md (noter), json (scripts); checklist også html "
            "eller htm (print). Uden: efter endelsen på -o, ellers table (onboarding: "
            "markdown)."
        ),
        "en": (
            "table (terminal), markdown or md (notes), json (scripts); checklist also html or "
            "htm (print). Without: from the extension of -o, else table (onboarding: markdown)."
        ),
    },
    "cli.version": {
        "da": "Vis versionen og afslut.",
        "en": "Show the version and exit.",
    },
    "cli.lang": {
        "da": (
            "Sprog: da (dansk) eller en (engelsk). Uden: SNITFLADE_LANG, LANGUAGE, LC_ALL, "
            "LC_MESSAGES, LANG; ellers dansk."
        ),
        "en": (
            "Language: da (Danish) or en (English). Without it: SNITFLADE_LANG, LANGUAGE, "
            "LC_ALL, LC_MESSAGES, LANG; otherwise Danish."
        ),
    },
    "cli.data_dir": {
        "da": "Et lag med jeres egne data oven på de indbyggede. Må gentages; sidste vinder.",
        "en": "A layer of your own data on top of the built-in data. Repeatable; the last wins.",
    },
    "cli.strict": {
        "da": "Et problem i et lag er en fejl (exit 1), ikke en advarsel.",
        "en": "A problem in a layer is an error (exit 1), not a warning.",
    },
    "cli.explain": {
        "da": "Vis hvilket lag hvert punkt kommer fra.",
        "en": "Show which layer each item comes from.",
    },
    "cli.who": {
        "da": (
            "Vis hvad TR gør, hvad AMR gør, og hvad de gør sammen inden for et emne.\n"
            "\n"
            "Emnet må være et id, en titel, et ord folk bruger, en stavefejl eller et helt "
            "spørgsmål."
        ),
        "en": (
            "Show what the TR does, what the AMR does, and what they do together on a topic.\n"
            "\n"
            "The topic may be an id, a title, a word people use, a typo or a whole question."
        ),
    },
    "cli.who.topic": {
        "da": (
            "Emnet, fx stress, løn, ergonomi eller MED-udvalg. Flere ord må stå uden anførselstegn."
        ),
        "en": (
            "The topic, e.g. stress, pay, ergonomics or MED committee. Several words need no "
            "quotes."
        ),
    },
    "cli.who.why": {
        "da": "Vis hvilket ord eller alias der gav svaret, og hvor sikkert.",
        "en": "Show which word or alias gave the answer, and how sure it is.",
    },
    "cli.who.empty": {
        "da": "skriv et emne, fx: snitflade who stress",
        "en": "give a topic, e.g.: snitflade who stress",
    },
    "cli.search": {
        "da": "Søg i alt: emner, opgaver, fakta, råd og ordlisten. Bedste resultat først.",
        "en": "Search everything: topics, duties, facts, advice and the glossary. Best hit first.",
    },
    "cli.search.words": {
        "da": "Ord eller et spørgsmål.",
        "en": "Words or a question.",
    },
    "cli.search.limit": {
        "da": "Højst så mange resultater (1-100).",
        "en": "At most this many hits (1-100).",
    },
    "cli.search.limit_range": {
        "da": "{value} er ikke mellem 1 og 100",
        "en": "{value} is not between 1 and 100",
    },
    "cli.search.empty": {
        "da": "skriv mindst ét ord, fx: snitflade search hviletid",
        "en": "give at least one word, e.g.: snitflade search rest",
    },
    "cli.glossary": {
        "da": (
            "Forklar forkortelser og begreber: TR, AMR, FTR, AMO, AMG, AMU, APV, SU, MED, TRIO "
            "m.fl."
        ),
        "en": (
            "Explain abbreviations and terms: TR, AMR, FTR, AMO, AMG, AMU, APV, SU, MED, TRIO "
            "and more."
        ),
    },
    "cli.glossary.term": {
        "da": "Et ord eller en forkortelse, fx APV. Uden: hele ordlisten.",
        "en": "A word or an abbreviation, e.g. APV. Without it: the whole glossary.",
    },
    "cli.glossary.empty": {
        "da": "skriv et ord, eller udelad det for hele ordlisten",
        "en": "give a word, or leave it out for the whole glossary",
    },
    "cli.topics": {
        "da": (
            "List alle emner med id, titel og hvis område det er. I et rør, uden --format: ét "
            "id pr. linje."
        ),
        "en": (
            "List every topic with its id, title and whose area it is. In a pipe, without "
            "--format: one id per line."
        ),
    },
    "cli.topics.role": {
        "da": "Kun de emner, rollen har: tr, amr eller shared (fælles).",
        "en": "Only the topics the role leads: tr, amr or shared.",
    },
    "cli.role": {
        "da": "Vis rollens opgaver, dens arbejdsgrundlag og dens egne og fælles områder.",
        "en": "Show the role's duties, the basis of the role, and its own and shared areas.",
    },
    "cli.role.which": {
        "da": "tr eller amr.",
        "en": "tr or amr.",
    },
    "cli.compare": {
        "da": "Sammenlign TR og AMR på arbejdsgrundlaget: valg, regler, beskyttelse, ansvar m.m.",
        "en": (
            "Compare the TR and the AMR on the basis of each role: election, rules, "
            "protection, responsibility and more."
        ),
    },
    "cli.sources": {
        "da": (
            "List hver kilde, som data citerer, med titel, adresse og antal punkter, der "
            "citerer den."
        ),
        "en": (
            "List every source the data cites, with its title, address and how many items cite it."
        ),
    },
    "cli.output": {
        "da": (
            "Skriv til FIL i stedet for skærmen; formatet følger endelsen (.html, .md, .json, "
            ".txt). '-' er skærmen."
        ),
        "en": (
            "Write to FILE instead of the screen; the format follows the extension (.html, "
            ".md, .json, .txt). '-' is the screen."
        ),
    },
    "cli.force": {
        "da": "Overskriv FIL, hvis den findes.",
        "en": "Overwrite FILE if it exists.",
    },
    "cli.checklist": {
        "da": (
            "Lav en mødetjekliste: hvad TR og AMR forbereder, hvad I beslutter, og "
            "opfølgningen.\n"
            "\n"
            "Felter, du ikke udfylder, står som linjer, man kan skrive på. Spørger aldrig om "
            "noget."
        ),
        "en": (
            "Make a meeting checklist: what the TR and the AMR prepare, what you decide, and "
            "the follow-up.\n"
            "\n"
            "Fields you leave out become lines to write on. Never asks anything."
        ),
    },
    "cli.checklist.topic": {
        "da": "Emnet for mødet. Uden emne: tjeklisten til et koordineringsmøde.",
        "en": "The meeting's topic. Without one: the checklist for a coordination meeting.",
    },
    "cli.checklist.workplace": {
        "da": "Arbejdspladsen i overskriften.",
        "en": "The workplace, for the heading.",
    },
    "cli.checklist.date": {
        "da": "Mødets dato, fx 2026-12-01, 1.12.2026, 'i dag' eller 'i morgen'.",
        "en": "The meeting's date, e.g. 2026-12-01, 1.12.2026, 'today' or 'tomorrow'.",
    },
    "cli.checklist.participants": {
        "da": "Deltagere, adskilt af komma. Må gentages.",
        "en": "Participants, separated by commas. Repeatable.",
    },
    "cli.checklist.empty": {
        "da": "skriv et emne, eller udelad det for koordineringsmødet",
        "en": "give a topic, or leave it out for the coordination meeting",
    },
    "cli.deadlines.empty": {
        "da": "skriv et emne, eller udelad det for alle frister",
        "en": "give a topic, or leave it out for every deadline",
    },
    "cli.site.empty": {
        "da": "skriv mappen, siden skal skrives til, fx: snitflade site handbog/",
        "en": "give the folder to write the site to, e.g. snitflade site handbook/",
    },
    "cli.not_a_date": {
        "da": "'{value}' er ikke en dato; skriv fx 2026-11-26, 26.11.2026 eller 'i dag'",
        "en": "'{value}' is not a date; write e.g. 2026-11-26, 26.11.2026 or 'today'",
    },
    "cli.ambiguous_date": {
        "da": (
            "'{value}' kan læses på to måder (dag/måned eller måned/dag); skriv {iso} eller "
            "{dotted}"
        ),
        "en": "'{value}' can be read two ways (day/month or month/day); write {iso} or {dotted}",
    },
    "cli.onboarding": {
        "da": (
            'Skriv en "Godt i gang"-note til en nyvalgt TR eller AMR, klar til onboarding-noterne.'
        ),
        "en": (
            'Write a "getting started" note for a newly elected TR or AMR, ready for '
            "onboarding notes."
        ),
    },
    "cli.onboarding.which": {
        "da": "Den nyvalgte rolle: tr eller amr.",
        "en": "The newly elected role: tr or amr.",
    },
    "cli.onboarding.role": {
        "da": "Det samme som argumentet tr|amr, som valgmulighed.",
        "en": "The same as the argument tr|amr, as an option.",
    },
    "cli.two_roles_given": {
        "da": "to forskellige roller: '{one}' og '{other}'; vælg én",
        "en": "two different roles: '{one}' and '{other}'; choose one",
    },
    "cli.validate": {
        "da": (
            "Tjek jeres lag: hvert problem som fil:linje:kolonne: felt: besked. Exit 1 ved "
            "problemer."
        ),
        "en": (
            "Check your layers: each problem as file:line:column: field: message. Exit 1 on "
            "problems."
        ),
    },
    "cli.validate.paths": {
        "da": "Lag-mapper eller filer, i lagenes rækkefølge. Uden: de lag, der er sat op.",
        "en": "Layer folders or files, in layer order. Without: the layers set up.",
    },
    "cli.help_command": {
        "da": (
            "Vis hjælpen til snitflade eller til en kommando.\n"
            "\n"
            "'snitflade help who' viser det samme som 'snitflade who --help'."
        ),
        "en": (
            "Show the help for snitflade or for one command.\n"
            "\n"
            "'snitflade help who' shows the same as 'snitflade who --help'."
        ),
    },
    "cli.help_command.command": {
        "da": "Kommandoen, fx who eller checklist. Uden: hjælpen til snitflade.",
        "en": "The command, such as who or checklist. Without: the help for snitflade.",
    },
    "cli.meta.command_name": {
        "da": "[KOMMANDO]",
        "en": "[COMMAND]",
    },
    "cli.init": {
        "da": (
            "Skriv et lag at starte fra: en lokal kontakt, en lokalaftale og et ekstra alias.\n"
            "\n"
            "Filerne er kommenterede og består 'snitflade validate'. Intet overskrives uden "
            "--force."
        ),
        "en": (
            "Write a layer to start from: a local contact, a local agreement and an extra "
            "alias.\n"
            "\n"
            "The files are commented and pass 'snitflade validate'. Nothing is overwritten "
            "without --force."
        ),
    },
    "cli.init.folder": {
        "da": "Mappen til laget. Uden: din personlige mappe (~/.config/snitflade).",
        "en": "The layer's folder. Without: your personal folder (~/.config/snitflade).",
    },
    "cli.init.force": {
        "da": "Overskriv filer, der findes.",
        "en": "Overwrite files that exist.",
    },
    "cli.meta.topic": {
        "da": "EMNE...",
        "en": "TOPIC...",
    },
    "cli.meta.words": {
        "da": "ORD...",
        "en": "WORDS...",
    },
    "cli.meta.term": {
        "da": "[ORD]",
        "en": "[WORD]",
    },
    "cli.meta.file": {
        "da": "FIL",
        "en": "FILE",
    },
    "cli.meta.folder": {
        "da": "MAPPE",
        "en": "FOLDER",
    },
    "cli.meta.name": {
        "da": "NAVN",
        "en": "NAME",
    },
    "cli.meta.date": {
        "da": "DATO",
        "en": "DATE",
    },
    "cli.meta.names": {
        "da": "NAVNE",
        "en": "NAMES",
    },
    "cli.meta.number": {
        "da": "ANTAL",
        "en": "NUMBER",
    },
    "cli.meta.format": {
        "da": "FORMAT",
        "en": "FORMAT",
    },
    "cli.meta.paths": {
        "da": "[STI]...",
        "en": "[PATH]...",
    },
    "cli.meta.optional_topic": {
        "da": "[EMNE]...",
        "en": "[TOPIC]...",
    },
    "cli.meta.optional_folder": {
        "da": "[MAPPE]",
        "en": "[FOLDER]",
    },
    "cli.meta.options": {
        "da": "[TILVALG]",
        "en": "[OPTIONS]",
    },
    "cli.meta.command": {
        "da": "KOMMANDO [ARGUMENTER]...",
        "en": "COMMAND [ARGS]...",
    },
    "cli.not_one_of": {
        "da": "'{value}' er ikke en af: {choices}",
        "en": "'{value}' is not one of: {choices}",
    },
    "cli.cannot_format": {
        "da": "{command} kan ikke skrive formatet {fmt}; den kan skrive: {formats}",
        "en": "{command} cannot write the format {fmt}; it can write: {formats}",
    },
    "cli.cannot_write_ext": {
        "da": "snitflade kan ikke skrive {ext}-filer; den kan skrive {writable}.{hint}",
        "en": "snitflade cannot write {ext} files; it can write {writable}.{hint}",
    },
    "cli.pdf_hint": {
        "da": (
            " En PDF: skriv HTML med -o {name}.html, åbn den i en browser, og vælg Udskriv og "
            "Gem som PDF (eller: chromium --headless --print-to-pdf={name}.pdf {name}.html)."
        ),
        "en": (
            " For a PDF: write HTML with -o {name}.html, open it in a browser, and choose "
            "Print and Save as PDF (or: chromium --headless --print-to-pdf={name}.pdf "
            "{name}.html)."
        ),
    },
    "cli.ext_contradicts": {
        "da": (
            "{path} har en endelse til {implied}, men --format er {fmt}; ret endelsen eller "
            "udelad --format"
        ),
        "en": (
            "{path} has an extension for {implied}, but --format is {fmt}; change the "
            "extension or leave out --format"
        ),
    },
    "cli.error": {
        "da": "Fejl",
        "en": "Error",
    },
    "cli.warning": {
        "da": "Advarsel",
        "en": "Warning",
    },
    "cli.wrote": {
        "da": "Skrev {path}",
        "en": "Wrote {path}",
    },
    "cli.layers": {
        "da": "Lag, nederst først: {order}",
        "en": "Layers, bottom first: {order}",
    },
    "cli.built_in": {
        "da": "indbygget",
        "en": "built in",
    },
    "cli.no_layers": {
        "da": "Ingen lag at tjekke. Lav et med: snitflade init",
        "en": "No layers to check. Make one with: snitflade init",
    },
    "cli.problem.one": {
        "da": "{n} problem",
        "en": "{n} problem",
    },
    "cli.problem.many": {
        "da": "{n} problemer",
        "en": "{n} problems",
    },
    "cli.problems_in": {
        "da": "{count} i: {paths}",
        "en": "{count} in: {paths}",
    },
    "cli.no_problems_in": {
        "da": "Ingen problemer i: {paths}",
        "en": "No problems in: {paths}",
    },
    "cli.placeholder_left": {
        "da": "'{text}' står der endnu fra snitflade init; skriv jeres egne",
        "en": "'{text}' is still there from snitflade init; write your own",
    },
    "cli.edit_and_check": {
        "da": "Ret filerne, og tjek dem med: snitflade validate {path}",
        "en": "Edit the files, and check them with: snitflade validate {path}",
    },
    "cli.click.no_such_option": {
        "da": "Ukendt valgmulighed: {name}",
        "en": "No such option: {name}",
    },
    "cli.click.no_such_command": {
        "da": "Ukendt kommando '{name}'.",
        "en": "No such command '{name}'.",
    },
    "cli.click.did_you_mean": {
        "da": "Mente du: {names}?",
        "en": "Did you mean: {names}?",
    },
    "cli.click.missing_argument": {
        "da": "Mangler argumentet {name}.",
        "en": "Missing argument {name}.",
    },
    "cli.click.missing_option": {
        "da": "Mangler valgmuligheden {name}.",
        "en": "Missing option {name}.",
    },
    "cli.click.missing_parameter": {
        "da": "Mangler {name}.",
        "en": "Missing {name}.",
    },
    "cli.click.invalid_value_for": {
        "da": "Ugyldig værdi for {name}: {message}",
        "en": "Invalid value for {name}: {message}",
    },
    "cli.click.extra_arguments": {
        "da": "Uventede ekstra argumenter ({args})",
        "en": "Got unexpected extra arguments ({args})",
    },
    "cli.click.requires_argument": {
        "da": "Valgmuligheden '{name}' skal have en værdi.",
        "en": "Option '{name}' requires an argument.",
    },
    "cli.click.requires_arguments": {
        "da": "Valgmuligheden '{name}' skal have {n} værdier.",
        "en": "Option '{name}' requires {n} arguments.",
    },
    "cli.click.takes_no_value": {
        "da": "Valgmuligheden '{name}' tager ingen værdi.",
        "en": "Option '{name}' does not take a value.",
    },
    "cli.click.not_an_integer": {
        "da": "'{value}' er ikke et heltal.",
        "en": "'{value}' is not a valid integer.",
    },
    "cli.click.missing_command": {
        "da": "Mangler en kommando.",
        "en": "Missing command.",
    },
    # Typer's own words: the constants its rich help and error panels read (typer.rich_utils).
    "typer.DEPRECATED_STRING": {
        "da": "(forældet) ",
        "en": "(deprecated) ",
    },
    "typer.DEFAULT_STRING": {
        "da": "[standard: {}]",
        "en": "[default: {}]",
    },
    "typer.ENVVAR_STRING": {
        "da": "[miljøvariabel: {}]",
        "en": "[env var: {}]",
    },
    "typer.REQUIRED_LONG_STRING": {
        "da": "[skal angives]",
        "en": "[required]",
    },
    "typer.ARGUMENTS_PANEL_TITLE": {
        "da": "Argumenter",
        "en": "Arguments",
    },
    "typer.OPTIONS_PANEL_TITLE": {
        "da": "Tilvalg",
        "en": "Options",
    },
    "typer.COMMANDS_PANEL_TITLE": {
        "da": "Kommandoer",
        "en": "Commands",
    },
    "typer.ERRORS_PANEL_TITLE": {
        "da": "Fejl",
        "en": "Error",
    },
    "typer.ABORTED_TEXT": {
        "da": "Afbrudt.",
        "en": "Aborted.",
    },
    "typer.RICH_HELP": {
        "da": "Prøv [blue]'{command_path} {help_option}'[/] for at få hjælp.",
        "en": "Try [blue]'{command_path} {help_option}'[/] for help.",
    },
    # The core's messages (messages.Msg): reading files, checking references, layers, errors.
    "msg.file_empty": {
        "da": "filen er tom",
        "en": "the file is empty",
    },
    "msg.file_too_big": {
        "da": "filen er for stor ({size} bytes, højst {limit})",
        "en": "the file is too big ({size} bytes, at most {limit})",
    },
    "msg.file_missing": {
        "da": "filen findes ikke",
        "en": "the file does not exist",
    },
    "msg.file_not_utf8": {
        "da": "filen er ikke UTF-8 (byte {position}); gem den som UTF-8",
        "en": "the file is not UTF-8 (byte {position}); save it as UTF-8",
    },
    "msg.file_unreadable": {
        "da": "filen kan ikke læses: {reason}",
        "en": "cannot read the file: {reason}",
    },
    "msg.yaml_control": {
        "da": "ugyldig YAML: tegnet U+{code:04X} er ikke tilladt i YAML (kontroltegn)",
        "en": "invalid YAML: the character U+{code:04X} is not allowed in YAML (control character)",
    },
    "msg.yaml_invalid": {
        "da": "ugyldig YAML: {reason}",
        "en": "invalid YAML: {reason}",
    },
    "msg.yaml_tab": {
        "da": "ugyldig YAML: et tabulatortegn; ryk ind med mellemrum, ikke tabulator",
        "en": "invalid YAML: a tab character; indent with spaces, not tabs",
    },
    "msg.yaml_merge_key": {
        "da": "YAML-fletnøgler (<<:) understøttes ikke; skriv nøglerne ud",
        "en": "YAML merge keys (<<:) are not supported; write the keys out",
    },
    "msg.not_a_file": {
        "da": "er ikke en almindelig fil (fx en FIFO eller en enhed); den læses ikke",
        "en": "is not a regular file (a FIFO or a device, say); it is not read",
    },
    "msg.not_a_file_folder": {
        "da": "er en mappe, ikke en fil; den læses ikke",
        "en": "is a folder, not a file; it is not read",
    },
    "msg.folder_unreadable": {
        "da": "mappen kan ikke læses: {reason}",
        "en": "cannot read the folder: {reason}",
    },
    "msg.id_twice_in_layer": {
        "da": "id'et '{id}' står to gange i samme lag; det andet bruges ikke",
        "en": "the id '{id}' appears twice in the same layer; the second is not used",
    },
    "msg.yaml_too_deep": {
        "da": "YAML'en er for dybt indlejret; filen bruges ikke",
        "en": "the YAML is nested too deeply; the file is not used",
    },
    "msg.yaml_duplicate_key": {
        "da": "nøglen '{key}' står to gange",
        "en": "the key '{key}' is written twice",
    },
    "msg.yaml_bomb": {
        "da": (
            "YAML'en folder sig ud til over {limit} elementer (for mange aliaser); filen "
            "bruges ikke"
        ),
        "en": "the YAML expands to over {limit} elements (too many aliases); the file is not used",
    },
    "msg.two_roles": {
        "da": "der skal være præcis én rolle med id tr og én med id amr",
        "en": "there must be exactly one role with id tr and one with id amr",
    },
    "msg.id_used_before": {
        "da": "id'et '{id}' er brugt før ({where})",
        "en": "the id '{id}' is used before ({where})",
    },
    "msg.id_taken": {
        "da": "id'et '{id}' bruges allerede af '{owner}'",
        "en": "the id '{id}' is already used by '{owner}'",
    },
    "msg.unknown_source": {
        "da": "ukendt kilde '{id}'",
        "en": "unknown source '{id}'",
    },
    "msg.unknown_link": {
        "da": "ukendt link '{id}'",
        "en": "unknown link '{id}'",
    },
    "msg.unknown_area": {
        "da": "ukendt emne '{id}'",
        "en": "unknown topic '{id}'",
    },
    "msg.unknown_or_own_area": {
        "da": "ukendt eller eget emne '{id}'",
        "en": "unknown topic, or the topic itself: '{id}'",
    },
    "msg.alias_taken": {
        "da": "'{name}' peger også på emnet '{other}'",
        "en": "'{name}' also names the topic '{other}'",
    },
    "msg.alias_dropped": {
        "da": "'{name}' peger allerede på emnet '{other}'; udeladt",
        "en": "'{name}' already names the topic '{other}'; left out",
    },
    "msg.source_twice": {
        "da": "kilden '{id}' står flere gange",
        "en": "the source '{id}' is listed more than once",
    },
    "msg.entry_not_used": {
        "da": "{reason}; punktet bruges ikke",
        "en": "{reason}; the entry is not used",
    },
    "msg.layer_top_keys": {
        "da": "skal begynde med en af nøglerne: {keys}",
        "en": "must start with one of the keys: {keys}",
    },
    "msg.layer_unknown_key": {
        "da": "ukendt nøgle; her må stå: {keys}",
        "en": "unknown key; allowed here: {keys}",
    },
    "msg.must_be_list": {
        "da": "skal være en liste",
        "en": "must be a list",
    },
    "msg.entry_needs_id": {
        "da": "hvert punkt skal have et id",
        "en": "every entry needs an id",
    },
    "msg.folder_missing": {
        "da": "mappen findes ikke",
        "en": "the folder does not exist",
    },
    "msg.unknown_file": {
        "da": "ukendt filnavn; et lag kan have {files}; filen bruges ikke",
        "en": "unknown file name; a layer can have {files}; the file is not used",
    },
    "msg.data_unusable": {
        "da": "Data kan ikke bruges ({problems}):",
        "en": "The data cannot be used ({problems}):",
    },
    "msg.no_match": {
        "da": 'Fandt intet {what} for "{query}".',
        "en": 'Found no {what} for "{query}".',
    },
    "msg.did_you_mean": {
        "da": "Mente du: {names}?",
        "en": "Did you mean: {names}?",
    },
    "msg.see_all": {
        "da": "Se alle med: {listing}",
        "en": "See them all with: {listing}",
    },
    "msg.what_topic": {
        "da": "emne",
        "en": "topic",
    },
    "msg.what_term": {
        "da": "ord i ordlisten",
        "en": "term in the glossary",
    },
    "msg.what_result": {
        "da": "resultat",
        "en": "result",
    },
    "msg.layer_strict": {
        "da": "{problems} i jeres lag, og --strict er sat",
        "en": "{problems} in your layers, and --strict is set",
    },
    "msg.file_exists": {
        "da": "{path} findes allerede. Brug --force for at overskrive den.",
        "en": "{path} already exists. Use --force to overwrite it.",
    },
    "msg.files_exist": {
        "da": "findes allerede: {paths}. Brug --force for at overskrive.",
        "en": "already exist: {paths}. Use --force to overwrite.",
    },
    "msg.is_folder": {
        "da": "{path} er en mappe. Skriv et filnavn, fx {example}",
        "en": "{path} is a folder. Give a file name, e.g. {example}",
    },
    "msg.cannot_write": {
        "da": "kan ikke skrive {path}: {reason}",
        "en": "cannot write {path}: {reason}",
    },
    "msg.cannot_make_folder": {
        "da": "kan ikke lave mappen {path}: {reason}",
        "en": "cannot make the folder {path}: {reason}",
    },
    # Counts: "1 problem", "2 problemer".
    "count.problems": {
        "da": (
            "{n} problem",
            "{n} problemer",
        ),
        "en": (
            "{n} problem",
            "{n} problems",
        ),
    },
    # Pydantic's error kinds in the user's words; None: Pydantic's own (English) words.
    "pydantic.missing": {
        "da": "mangler",
        "en": "missing",
    },
    "pydantic.extra_forbidden": {
        "da": "ukendt nøgle",
        "en": "unknown key",
    },
    "pydantic.string_pattern_mismatch": {
        "da": "ugyldig værdi (id'er skrives med små bogstaver a-z, 0-9 og -)",
        "en": "invalid value (ids are lowercase a-z, 0-9 and -)",
    },
    "pydantic.too_short": {
        "da": "må ikke være tom",
        "en": None,
    },
    "pydantic.string_too_short": {
        "da": "må ikke være tom",
        "en": None,
    },
    "pydantic.string_type": {
        "da": "skal være tekst",
        "en": None,
    },
    "pydantic.tuple_type": {
        "da": "skal være en liste",
        "en": None,
    },
    "pydantic.list_type": {
        "da": "skal være en liste",
        "en": None,
    },
    "pydantic.model_type": {
        "da": "skal være en samling af nøgler og værdier",
        "en": None,
    },
    "pydantic.dict_type": {
        "da": "skal være en samling af nøgler og værdier",
        "en": None,
    },
    "pydantic.dataclass_type": {
        "da": "skal være en samling af nøgler og værdier",
        "en": None,
    },
    "pydantic.int_type": {
        "da": "skal være et heltal",
        "en": None,
    },
    "pydantic.int_parsing": {
        "da": "skal være et heltal",
        "en": None,
    },
    "pydantic.bool_type": {
        "da": "skal være true eller false",
        "en": None,
    },
    "pydantic.bool_parsing": {
        "da": "skal være true eller false",
        "en": None,
    },
    "pydantic.date_type": {
        "da": "skal være en dato som 2026-12-01",
        "en": None,
    },
    "pydantic.date_from_datetime_parsing": {
        "da": "skal være en dato som 2026-12-01",
        "en": None,
    },
    "pydantic.date_parsing": {
        "da": "skal være en dato som 2026-12-01",
        "en": None,
    },
    "pydantic.greater_than_equal": {
        "da": "er for lille",
        "en": None,
    },
    "pydantic.less_than_equal": {
        "da": "er for stor",
        "en": None,
    },
    "pydantic.too_long": {
        "da": "er for lang",
        "en": None,
    },
    "pydantic.string_too_long": {
        "da": "er for lang",
        "en": None,
    },
    "pydantic.did_you_mean": {
        "da": " (mente du '{key}'?)",
        "en": " (did you mean '{key}'?)",
    },
    "pydantic.one_of": {
        "da": "skal være en af: {expected}",
        "en": "must be one of: {expected}",
    },
    # The model's own checks (store/model.py), written in Danish there; the key is the Danish.
    "model.må ikke være tom": {
        "da": "må ikke være tom",
        "en": "must not be empty",
    },
    "model.må ikke indeholde kontroltegn": {
        "da": "må ikke indeholde kontroltegn",
        "en": "must not contain control characters",
    },
    "model.skal være tekst eller {da: …, en: …} med mindst da": {
        "da": "skal være tekst eller {da: …, en: …} med mindst da",
        "en": "must be text or {da: …, en: …} with at least da",
    },
    "model.skal være små bogstaver, tal og bindestreger, fx 'min-id'": {
        "da": "skal være små bogstaver, tal og bindestreger, fx 'min-id'",
        "en": "must be lowercase letters, digits and hyphens, e.g. 'my-id'",
    },
    "model.skal være et id fra faktaarket, fx 'APV-01'": {
        "da": "skal være et id fra faktaarket, fx 'APV-01'",
        "en": "must be an id from the fact sheet, e.g. 'APV-01'",
    },
    (
        "model.skal være en https://-, http://- eller mailto:-adresse uden mellemrum, "
        "anførselstegn, vinkelparenteser, omvendte skråstreger og kontroltegn"
    ): {
        "da": (
            "skal være en https://-, http://- eller mailto:-adresse uden mellemrum, "
            "anførselstegn, vinkelparenteser, omvendte skråstreger og kontroltegn"
        ),
        "en": (
            "must be an https://, http:// or mailto: address without spaces, quotes, angle "
            "brackets, backslashes and control characters"
        ),
    },
    "model.skal være en e-mailadresse": {
        "da": "skal være en e-mailadresse",
        "en": "must be an e-mail address",
    },
    # PyYAML's and the operating system's reasons (strerror); the key is the English.
    "reason.did not find expected '-' indicator": {
        "da": "fandt ikke det forventede '-' (et punkt i en liste)",
        "en": "did not find expected '-' indicator",
    },
    "reason.did not find expected key": {
        "da": "fandt ikke den forventede nøgle (tjek indrykningen)",
        "en": "did not find expected key",
    },
    "reason.did not find expected node content": {
        "da": "fandt ikke det forventede indhold",
        "en": "did not find expected node content",
    },
    "reason.did not find expected ',' or ']'": {
        "da": "fandt ikke det forventede ',' eller ']'",
        "en": "did not find expected ',' or ']'",
    },
    "reason.did not find expected ',' or '}'": {
        "da": "fandt ikke det forventede ',' eller '}'",
        "en": "did not find expected ',' or '}'",
    },
    "reason.did not find expected comment or line break": {
        "da": "fandt ikke den forventede kommentar eller linjeskift",
        "en": "did not find expected comment or line break",
    },
    "reason.mapping values are not allowed here": {
        "da": "et kolon er ikke tilladt her (sæt teksten i anførselstegn)",
        "en": "mapping values are not allowed here",
    },
    "reason.found character that cannot start any token": {
        "da": (
            "fandt et tegn, der ikke kan begynde noget i YAML (ryk ind med mellemrum, ikke "
            "tabulator)"
        ),
        "en": "found character that cannot start any token",
    },
    "reason.found undefined alias": {
        "da": "fandt et ukendt alias (*navn)",
        "en": "found undefined alias",
    },
    "reason.found unexpected end of stream": {
        "da": "filen slutter midt i noget (mangler et anførselstegn?)",
        "en": "found unexpected end of stream",
    },
    "reason.found unknown escape character": {
        "da": "fandt en ukendt escape-sekvens (\\)",
        "en": "found unknown escape character",
    },
    "reason.expected <block end>, but found '-'": {
        "da": "forventede slutningen af en blok, men fandt '-' (tjek indrykningen)",
        "en": "expected <block end>, but found '-'",
    },
    "reason.expected <block end>, but found '<block mapping start>'": {
        "da": "forventede slutningen af en blok, men fandt en ny nøgle (tjek indrykningen)",
        "en": "expected <block end>, but found '<block mapping start>'",
    },
    "reason.expected <block end>, but found '<scalar>'": {
        "da": "forventede slutningen af en blok, men fandt tekst (tjek indrykningen)",
        "en": "expected <block end>, but found '<scalar>'",
    },
    "reason.found duplicate anchor": {
        "da": "fandt det samme anker (&navn) to gange",
        "en": "found duplicate anchor",
    },
    "reason.No such file or directory": {
        "da": "filen eller mappen findes ikke",
        "en": "No such file or directory",
    },
    "reason.Permission denied": {
        "da": "adgang nægtet",
        "en": "Permission denied",
    },
    "reason.Is a directory": {
        "da": "er en mappe",
        "en": "Is a directory",
    },
    "reason.Not a directory": {
        "da": "er ikke en mappe",
        "en": "Not a directory",
    },
    "reason.File exists": {
        "da": "findes allerede",
        "en": "File exists",
    },
    "reason.Read-only file system": {
        "da": "filsystemet er skrivebeskyttet",
        "en": "Read-only file system",
    },
    "reason.No space left on device": {
        "da": "der er ikke mere plads på disken",
        "en": "No space left on device",
    },
    "reason.Too many levels of symbolic links": {
        "da": "for mange symbolske links i træk",
        "en": "Too many levels of symbolic links",
    },
    "reason.File name too long": {
        "da": "filnavnet er for langt",
        "en": "File name too long",
    },
    "reason.Operation not permitted": {
        "da": "handlingen er ikke tilladt",
        "en": "Operation not permitted",
    },
    "reason.Disk quota exceeded": {
        "da": "diskkvoten er brugt op",
        "en": "Disk quota exceeded",
    },
    # The renderers' words: headings, labels, prompts (render/words.py, Words).
    "words.ROLE_LABEL": {
        "da": {
            "tr": "TR",
            "amr": "AMR",
            "shared": "Sammen",
        },
        "en": {
            "tr": "TR",
            "amr": "AMR",
            "shared": "Together",
        },
    },
    "words.LEAD_SENTENCE": {
        "da": {
            "tr": "TR's område",
            "amr": "AMR's område",
            "shared": "Fælles område for TR og AMR",
        },
        "en": {
            "tr": "The TR's area",
            "amr": "The AMR's area",
            "shared": "A shared area for the TR and the AMR",
        },
    },
    "words.LEAD_SHORT": {
        "da": {
            "tr": "TR",
            "amr": "AMR",
            "shared": "TR og AMR",
        },
        "en": {
            "tr": "TR",
            "amr": "AMR",
            "shared": "TR and AMR",
        },
    },
    "words.GROUP_LABEL": {
        "da": {
            "samarbejdsomraade": "eksempel på samarbejdsområde",
            "faelles": "fælles felt",
            "tr": "TR's egen arena",
            "amr": "AMR's egen arena",
            "snitflade": "snitflade",
            "samarbejde": "samarbejdet",
        },
        "en": {
            "samarbejdsomraade": "example of cooperation",
            "faelles": "shared field",
            "tr": "the TR's own arena",
            "amr": "the AMR's own arena",
            "snitflade": "overlap",
            "samarbejde": "the cooperation",
        },
    },
    "words.ASPECT_LABEL": {
        "da": {
            "valg": "Hvem vælger",
            "regler": "Hvor står reglerne",
            "afsaettelse": "Kan afsættes?",
            "valgperiode": "Valgperiode",
            "suppleant": "Suppleant og fravær",
            "beskyttelse": "Beskyttelse",
            "uddannelse": "Uddannelse",
            "tid": "Tid til hvervet",
            "pligt": "Pligt",
            "ansvar": "Hvem har ansvaret",
        },
        "en": {
            "valg": "Who elects",
            "regler": "Where the rules are",
            "afsaettelse": "Can be removed?",
            "valgperiode": "Term",
            "suppleant": "Substitute and absence",
            "beskyttelse": "Protection",
            "uddannelse": "Training",
            "tid": "Time for the role",
            "pligt": "Duty",
            "ansvar": "Who is responsible",
        },
    },
    "words.KIND_LABEL": {
        "da": {
            "area": "emne",
            "duty": "opgave",
            "basis": "arbejdsgrundlag",
            "employer": "ledelsens ansvar",
            "advice": "råd",
            "question": "spørgsmål",
            "fact": "fakta",
            "link": "link",
            "glossary": "ordliste",
        },
        "en": {
            "area": "topic",
            "duty": "duty",
            "basis": "basis of the role",
            "employer": "management's responsibility",
            "advice": "advice",
            "question": "question",
            "fact": "fact",
            "link": "link",
            "glossary": "glossary",
        },
    },
    "words.HOW_LABEL": {
        "da": {
            "exact": "præcist",
            "phrase": "ord i det, du skrev",
            "typo": "stavefejl rettet",
        },
        "en": {
            "exact": "exact",
            "phrase": "words in what you typed",
            "typo": "typo corrected",
        },
    },
    "words.MATCHED_ON": {
        "da": {
            "id": "id",
            "title": "titel",
            "alias": "alias",
        },
        "en": {
            "id": "id",
            "title": "title",
            "alias": "alias",
        },
    },
    "words.MONTHS": {
        "da": (
            "januar",
            "februar",
            "marts",
            "april",
            "maj",
            "juni",
            "juli",
            "august",
            "september",
            "oktober",
            "november",
            "december",
        ),
        "en": (
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ),
    },
    "words.LANG": {
        "da": "da",
        "en": "en",
    },
    "words.GLOSS": {
        "da": "",
        "en": (
            "TR: tillidsrepræsentant, the union representative. AMR: arbejdsmiljørepræsentant, "
            "the health and safety representative. APV: arbejdspladsvurdering, the workplace "
            "assessment. AMO: arbejdsmiljøorganisation, the work environment organisation. "
            "See: snitflade --lang en glossary"
        ),
    },
    "words.NOTHING": {
        "da": "Ingen opgave nævnt.",
        "en": "No duty named.",
    },
    "words.TOGETHER": {
        "da": "Sammen",
        "en": "Together",
    },
    "words.EMPLOYER": {
        "da": "Ledelsens ansvar",
        "en": "Management's responsibility",
    },
    "words.ADVICE": {
        "da": "Råd",
        "en": "Advice",
    },
    "words.FACTS": {
        "da": "Fakta",
        "en": "Facts",
    },
    "words.LINKS": {
        "da": "Links",
        "en": "Links",
    },
    "words.SOURCES": {
        "da": "Kilder",
        "en": "Sources",
    },
    "words.SEE_ALSO": {
        "da": "Se også",
        "en": "See also",
    },
    "words.NOTE": {
        "da": "Bemærk",
        "en": "Note",
    },
    "words.UNTRANSLATED": {
        "da": "",
        "en": "in Danish only",
    },
    "words.LAYER": {
        "da": "lag",
        "en": "layer",
    },
    "words.DUTIES": {
        "da": "Opgaver ifølge reglerne",
        "en": "Duties under the rules",
    },
    "words.BASIS": {
        "da": "Arbejdsgrundlag",
        "en": "Basis of the role",
    },
    "words.OWN_AREAS": {
        "da": "Egne områder",
        "en": "Own areas",
    },
    "words.SHARED_AREAS": {
        "da": "Fælles områder – koordinér med",
        "en": "Shared areas – coordinate with the",
    },
    "words.TOPIC": {
        "da": "Emne",
        "en": "Topic",
    },
    "words.TITLE": {
        "da": "Titel",
        "en": "Title",
    },
    "words.AREA": {
        "da": "Hvis område",
        "en": "Whose area",
    },
    "words.CITED_BY": {
        "da": "Citeret af",
        "en": "Cited by",
    },
    "words.URL": {
        "da": "Adresse",
        "en": "Address",
    },
    "words.COMPARE_TITLE": {
        "da": "TR og AMR side om side: arbejdsgrundlaget",
        "en": "TR and AMR side by side: the basis of each role",
    },
    "words.SOURCES_TITLE": {
        "da": "Kilder, som data citerer",
        "en": "Sources the data cites",
    },
    "words.TOPICS_TITLE": {
        "da": "Emner",
        "en": "Topics",
    },
    "words.WHY_MATCHED": {
        "da": "Fundet via",
        "en": "Found via",
    },
    "words.STRENGTH": {
        "da": "styrke",
        "en": "strength",
    },
    "words.SEARCH_TITLE": {
        "da": "Søgning",
        "en": "Search",
    },
    "words.GLOSSARY_TITLE": {
        "da": "Ordliste",
        "en": "Glossary",
    },
    "words.READ_MORE": {
        "da": "Læs mere",
        "en": "Read more",
    },
    "words.WHO_COMMAND": {
        "da": "snitflade who",
        "en": "snitflade --lang en who",
    },
    "words.ALSO_CLOSE": {
        "da": "Også tæt på",
        "en": "Also close",
    },
    "words.COORDINATION_TITLE": {
        "da": "Koordineringsmøde mellem TR og AMR",
        "en": "Coordination meeting between the TR and the AMR",
    },
    "words.MEETING_ON": {
        "da": "Møde om",
        "en": "Meeting on",
    },
    "words.WORKPLACE": {
        "da": "Arbejdsplads",
        "en": "Workplace",
    },
    "words.DATE": {
        "da": "Dato",
        "en": "Date",
    },
    "words.PARTICIPANTS": {
        "da": "Deltagere",
        "en": "Participants",
    },
    "words.NOTES": {
        "da": "Noter",
        "en": "Notes",
    },
    "words.ONBOARDING_TITLE": {
        "da": "Godt i gang som",
        "en": "Getting started as",
    },
    "words.LOCAL": {
        "da": "Lokalt hos jer",
        "en": "Local to you",
    },
    "words.CONTACTS": {
        "da": "Kontakter",
        "en": "Contacts",
    },
    "words.YOUR_ROLE": {
        "da": "Jeres",
        "en": "Your",
    },
    "words.LONG_DATE": {
        "da": "{day}. {month} {year}",
        "en": "{day} {month} {year}",
    },
    # Sectors, steps, deadlines, checklists and onboarding (issues 11 and 15), matching notes (13).
    "cli.sector": {
        "da": (
            "Vis kun reglerne for jeres sektor. Uden: SNITFLADE_SECTOR eller lagets "
            "settings.yaml; ellers alle sektorer, hver begrænset regel mærket."
        ),
        "en": (
            "Show only the rules of your sector. Without it: SNITFLADE_SECTOR or a layer's "
            "settings.yaml; otherwise every sector, each limited rule labelled."
        ),
    },
    "cli.deadlines": {
        "da": (
            "List de frister og intervaller, en TR eller AMR ikke må misse: tal, enhed, hvad "
            "fristen regnes fra, hvem der holder øje, og kilden."
        ),
        "en": (
            "List the deadlines and intervals a TR or AMR must not miss: number, unit, what "
            "it runs from, who watches it, and the source."
        ),
    },
    "cli.deadlines.topic": {
        "da": "Kun fristerne for dette emne, fx apv eller sygefravær.",
        "en": "Only the deadlines of this topic, e.g. apv or sick leave.",
    },
    "cli.deadlines.role": {
        "da": "Kun fristerne, som tr eller amr holder øje med (og de fælles).",
        "en": "Only the deadlines tr or amr watches (and the shared ones).",
    },
    "cli.checklist.all": {
        "da": (
            "Alle emners tjeklister i ét hæfte med indholdsfortegnelse; hvert emne på sin "
            "egen side med -f html."
        ),
        "en": (
            "Every topic's checklist in one booklet with contents; each topic on a page of "
            "its own with -f html."
        ),
    },
    "cli.checklist.all_or_topic": {
        "da": "skriv enten et emne eller --all, ikke begge",
        "en": "give either a topic or --all, not both",
    },
    "cli.onboarding.format": {
        "da": "markdown (standard), table, json eller html (til print).",
        "en": "markdown (default), table, json or html (for print).",
    },
    "cli.site": {
        "da": (
            "Byg en statisk, søgbar hjemmeside til intranettet ud fra de samme data, på "
            "dansk og engelsk.\n\nMappen virker direkte fra disken og fra enhver webserver; "
            "kopiér den derhen. --lang vælger forsidens sprog, --sector og --data-dir gælder "
            "som altid."
        ),
        "en": (
            "Build a static, searchable website for the intranet from the same data, in "
            "Danish and English.\n\nThe folder works straight from disk and from any web "
            "server; copy it there. --lang picks the front page's language; --sector and "
            "--data-dir apply as always."
        ),
    },
    "cli.site.outdir": {
        "da": "Mappen, siden skrives til. Skrives hel eller slet ikke.",
        "en": "The folder to write the site to. Written whole or not at all.",
    },
    "cli.site.force": {
        "da": "Erstat mappen, selv om den har andet indhold end en side fra snitflade.",
        "en": "Replace the folder even if it holds something other than a snitflade site.",
    },
    "msg.bad_sector": {
        "da": "ukendt sektor '{value}' i {where}; vælg en af: {sectors}",
        "en": "unknown sector '{value}' in {where}; choose one of: {sectors}",
    },
    "msg.output_empty": {
        "da": "-o skal have et filnavn, fx {example} (eller - for at skrive i terminalen)",
        "en": "-o needs a file name, e.g. {example} (or - to write to the terminal)",
    },
    "msg.output_link": {
        "da": "{path} er et symbolsk link; skriv til en almindelig fil (--force følger ikke links)",
        "en": "{path} is a symbolic link; write to a regular file (--force does not follow links)",
    },
    "msg.output_special": {
        "da": (
            "{path} er ikke en almindelig fil (fx en enhed eller en FIFO); der skrives kun "
            "til almindelige filer"
        ),
        "en": (
            "{path} is not a regular file (a device or a FIFO, say); only regular files are written"
        ),
    },
    "msg.output_hard_link": {
        "da": "{path} har flere navne (hårde links); skriv til en fil med ét navn",
        "en": "{path} has several names (hard links); write to a file with one name",
    },
    "msg.output_no_folder": {
        "da": "kan ikke skrive {path}: mappen {folder} findes ikke",
        "en": "cannot write {path}: the folder {folder} does not exist",
    },
    "msg.stdout_failed": {
        "da": "kan ikke skrive svaret til standard-output: {reason}",
        "en": "cannot write the answer to standard output: {reason}",
    },
    "msg.stdout_closed": {
        "da": "standard-output er lukket",
        "en": "standard output is closed",
    },
    "msg.interrupted": {
        "da": "Afbrudt.",
        "en": "Interrupted.",
    },
    "words.AND": {
        "da": "og",
        "en": "and",
    },
    "words.BOOKLET_TITLE": {
        "da": "Mødetjeklister for alle emner",
        "en": "Meeting checklists for every topic",
    },
    "words.CONTENTS": {
        "da": "Indhold",
        "en": "Contents",
    },
    "words.COORDINATE_HEADING": {
        "da": "Koordinér med",
        "en": "Coordinate with",
    },
    "words.DEADLINES_TITLE": {
        "da": "Frister og intervaller",
        "en": "Deadlines and intervals",
    },
    "words.EQUALLY_GOOD": {
        "da": "To emner passer lige godt",
        "en": "Two topics fit equally well",
    },
    "words.FIRST_30_DAYS": {
        "da": "Dine første 30 dage",
        "en": "Your first 30 days",
    },
    "words.FOLLOW_UP_PROMPTS": {
        "da": ("Skriv ned, hvem der gør hvad, og hvornår", "Aftal, hvornår I mødes igen"),
        "en": ("Write down who does what, and by when", "Agree when you meet next"),
    },
    "words.FOUND_BY_SEARCH": {
        "da": "Fundet ved søgning",
        "en": "Found by search",
    },
    "words.GLOSS_PAPER": {
        "da": "",
        "en": (
            "TR: tillidsrepræsentant, the union representative. AMR: "
            "arbejdsmiljørepræsentant, the health and safety representative. APV: "
            "arbejdspladsvurdering, the workplace assessment. AMO: arbejdsmiljøorganisation, "
            "the work environment organisation."
        ),
    },
    "words.IN": {
        "da": "I",
        "en": "In",
    },
    "words.NO_DEADLINES": {
        "da": "Ingen frister her.",
        "en": "No deadlines here.",
    },
    "words.RUNS_FROM": {
        "da": "regnes fra",
        "en": "counted from",
    },
    "words.SEARCH_NOTE": {
        "da": "Intet emnenavn passede; emnet er fundet ved søgning i teksten.",
        "en": "No topic name matched; the topic was found by searching the text.",
    },
    "words.SECTION_TITLE": {
        "da": {
            "questions": "Spørgsmål",
            "advice": "Råd",
            "tr": "TR forbereder",
            "amr": "AMR forbereder",
            "together": "I beslutter sammen",
            "follow_up": "Opfølgning",
            "facts": "Godt at vide",
            "know": "Godt at vide",
            "local": "Lokalt hos jer",
        },
        "en": {
            "questions": "Questions",
            "advice": "Advice",
            "tr": "The TR prepares",
            "amr": "The AMR prepares",
            "together": "You decide together",
            "follow_up": "Follow-up",
            "facts": "Good to know",
            "know": "Good to know",
            "local": "Local to you",
        },
    },
    "words.SECTOR_NAME": {
        "da": {
            "privat": "den private sektor",
            "stat": "staten",
            "kommune": "kommunerne",
            "region": "regionerne",
        },
        "en": {
            "privat": "the private sector",
            "stat": "the state",
            "kommune": "municipalities",
            "region": "regions",
        },
    },
    "words.SHOWING_SECTOR": {
        "da": "Viser reglerne for",
        "en": "Showing the rules for",
    },
    "words.SHOW_OTHER": {
        "da": "Se det andet med",
        "en": "See the other with",
    },
    "words.STEPS": {
        "da": "Sådan gør I",
        "en": "What to do",
    },
    "words.TOPICS_YOU_LEAD": {
        "da": "Emner, du har",
        "en": "Topics you lead",
    },
    "words.TOPICS_YOU_SHARE": {
        "da": "Emner, I deler",
        "en": "Topics you share",
    },
    "words.UNIT": {
        "da": {
            "timer": ("time", "timer"),
            "dage": ("dag", "dage"),
            "uger": ("uge", "uger"),
            "maaneder": ("måned", "måneder"),
            "aar": ("år", "år"),
        },
        "en": {
            "timer": ("hour", "hours"),
            "dage": ("day", "days"),
            "uger": ("week", "weeks"),
            "maaneder": ("month", "months"),
            "aar": ("year", "years"),
        },
    },
    "words.WHO_WHAT_WHEN": {
        "da": ("Hvem", "Hvad", "Hvornår"),
        "en": ("Who", "What", "By when"),
    },
    "words.YOUR_DEADLINES": {
        "da": "Frister, du skal kende",
        "en": "Deadlines you need to know",
    },
    "words.YOUR_RIGHTS": {
        "da": "Dine rettigheder kort",
        "en": "Your rights in short",
    },
    "words.ONBOARDING_INTRO": {
        "da": (
            "Du er valgt som {abbreviation}. Her er det vigtigste for de første uger: hvad "
            "du gør først, hvad du har ret til, og hvad du deler med {other}."
        ),
        "en": (
            "You have been elected {abbreviation}. Here is what matters in the first weeks: "
            "what to do first, what you are entitled to, and what you share with the {other}."
        ),
    },
}


# Click's English usage messages (vendored in Typer, with no gettext) and their keys in TEXT.
CLICK_MESSAGES: list[tuple[re.Pattern[str], str]] = [
    # Typer's vendored Click says "argument(s)"; Click itself "argument" or "arguments".
    (
        re.compile(r"Got unexpected extra argument(?:s|\(s\))? \((?P<args>.*)\)"),
        "click.extra_arguments",
    ),
    (re.compile(r"Option '(?P<name>.+)' requires an argument\."), "click.requires_argument"),
    (
        re.compile(r"Option '(?P<name>.+)' requires (?P<n>\d+) arguments\."),
        "click.requires_arguments",
    ),  # fmt: skip
    (re.compile(r"Option '(?P<name>.+)' does not take a value\."), "click.takes_no_value"),
    (re.compile(r"'?(?P<value>.*?)'? is not a valid int(?:eger)?\."), "click.not_an_integer"),
    (re.compile(r"Missing command\."), "click.missing_command"),
]

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
        "snitflade checklist --all -o tjeklister.html",
    ),
    "onboarding": (
        "snitflade onboarding tr",
        "snitflade onboarding amr -o godt-i-gang-amr.md",
        "snitflade onboarding tr -f json",
        "snitflade onboarding amr -o godt-i-gang-amr.html",
    ),
    "deadlines": (
        "snitflade deadlines",
        "snitflade deadlines apv",
        "snitflade deadlines --role amr",
        "snitflade deadlines --sector stat --format json",
    ),
    "site": (
        "snitflade site handbog/",
        "snitflade site /srv/intranet/snitflade --sector kommune --force",
        "snitflade site handbook/ --lang en",
    ),
    "help": ("snitflade help", "snitflade help who", "snitflade help checklist | less"),
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


def texts(prefix: str, lang: str) -> dict[str, Any]:
    """The entries whose key starts with `prefix`, in `lang`, keyed without the prefix."""
    return {
        key.removeprefix(prefix): value[lang]
        for key, value in STRINGS.items()
        if key.startswith(prefix)
    }


def translate_click(message: str, lang: str) -> str:
    """One of Click's English messages in `lang`; a message it does not know stays as it is."""
    for pattern, key in CLICK_MESSAGES:
        found = pattern.fullmatch(message.strip())
        if found:
            return str(STRINGS[f"cli.{key}"][lang]).format(**found.groupdict())
    return message
