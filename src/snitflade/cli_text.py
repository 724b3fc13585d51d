"""The command line's own words: --help texts, metavariables and messages, in Danish and English."""

from __future__ import annotations

TEXT: dict[str, dict[str, str]] = {
    "da": {
        "app": (
            "Hvem af os gør hvad? TR (tillidsrepræsentant) og AMR (arbejdsmiljørepræsentant) "
            "side om side, med råd, fakta, kilder og links."
        ),
        "examples": "Eksempler:",
        "format": "table (terminal), markdown (til noter) eller json (til scripts).",
        "version": "Vis versionen og afslut.",
        "lang": "Sprog: da (dansk) eller en (engelsk). Uden: SNITFLADE_LANG, LANGUAGE, LC_ALL, "
        "LC_MESSAGES, LANG; ellers dansk.",
        "data_dir": "Et lag med jeres egne data oven på de indbyggede. Må gentages; sidste vinder.",
        "strict": "Et problem i et lag er en fejl (exit 1), ikke en advarsel.",
        "sector": "Vis kun reglerne for jeres sektor. Uden: SNITFLADE_SECTOR eller lagets "
        "settings.yaml; ellers alle sektorer, hver begrænset regel mærket.",
        "deadlines": "List de frister og intervaller, en TR eller AMR ikke må misse: tal, enhed, "
        "hvad fristen regnes fra, hvem der holder øje, og kilden.",
        "deadlines.topic": "Kun fristerne for dette emne, fx apv eller sygefravær.",
        "deadlines.role": "Kun fristerne, som tr eller amr holder øje med (og de fælles).",
        "explain": "Vis hvilket lag hvert punkt kommer fra.",
        "who": "Vis hvad TR gør, hvad AMR gør, og hvad de gør sammen inden for et emne.\n\n"
        "Emnet må være et id, en titel, et ord folk bruger, en stavefejl eller et helt spørgsmål.",
        "who.topic": "Emnet, fx stress, løn, ergonomi eller MED-udvalg. "
        "Flere ord må stå uden anførselstegn.",
        "who.why": "Vis hvilket ord eller alias der gav svaret, og hvor sikkert.",
        "who.empty": "skriv et emne, fx: snitflade who stress",
        "search": "Søg i alt: emner, opgaver, fakta, råd og ordlisten. Bedste resultat først.",
        "search.words": "Ord eller et spørgsmål.",
        "search.limit": "Højst så mange resultater.",
        "search.empty": "skriv mindst ét ord, fx: snitflade search hviletid",
        "glossary": "Forklar forkortelser og begreber: TR, AMR, FTR, AMO, AMG, AMU, APV, SU, MED, "
        "TRIO m.fl.",
        "glossary.term": "Et ord eller en forkortelse, fx APV. Uden: hele ordlisten.",
        "glossary.empty": "skriv et ord, eller udelad det for hele ordlisten",
        "topics": "List alle emner med id og titel. I et rør skrives ét id pr. linje.",
        "role": "Vis rollens opgaver, dens arbejdsgrundlag og dens egne og fælles områder.",
        "role.which": "tr eller amr.",
        "compare": "Sammenlign TR og AMR på arbejdsgrundlaget: valg, regler, beskyttelse, "
        "ansvar m.m.",
        "sources": "List hver kilde, som data citerer, med titel, adresse og antal punkter, "
        "der citerer den.",
        "output": "Skriv til FIL i stedet for skærmen. '-' er skærmen.",
        "force": "Overskriv FIL, hvis den findes.",
        "checklist": "Lav en mødetjekliste: hvad TR og AMR forbereder, hvad I beslutter, og "
        "opfølgningen.\n\nFelter, du ikke udfylder, står som linjer, man kan skrive på. "
        "Spørger aldrig om noget.",
        "checklist.topic": "Emnet for mødet. Uden emne: tjeklisten til et koordineringsmøde.",
        "checklist.format": "table (terminal), markdown (- [ ] afkrydsning), json eller html "
        "(til print).",
        "checklist.workplace": "Arbejdspladsen i overskriften.",
        "checklist.all": "Alle emners tjeklister i ét hæfte med indholdsfortegnelse; hvert emne "
        "på sin egen side med -f html.",
        "checklist.all_or_topic": "skriv enten et emne eller --all, ikke begge",
        "onboarding.which": "skriv rollen: tr eller amr (fx snitflade onboarding tr)",
        "checklist.date": "Mødets dato, fx 2026-12-01 eller 'i dag'.",
        "checklist.participants": "Deltagere, adskilt af komma. Må gentages.",
        "checklist.empty": "skriv et emne, eller udelad det for koordineringsmødet",
        "not_a_date": "'{value}' er ikke en dato; skriv fx 2026-11-26, 26.11.2026 eller 'i dag'",
        "onboarding": 'Skriv en "Godt i gang"-note til en nyvalgt TR eller AMR, klar til '
        "onboarding-noterne.",
        "onboarding.role": "Den nyvalgte rolle.",
        "onboarding.format": "markdown (standard), table, json eller html (til print).",
        "validate": "Tjek jeres lag: hvert problem som fil:linje:kolonne: felt: besked. Exit 1 "
        "ved problemer.",
        "validate.paths": "Lag-mapper eller filer, i lagenes rækkefølge. Uden: de lag, der er "
        "sat op.",
        "init": "Skriv et lag at starte fra: en lokal kontakt, en lokalaftale og et ekstra "
        "alias.\n\nFilerne er kommenterede og består `snitflade validate`. Intet overskrives "
        "uden --force.",
        "init.folder": "Mappen til laget. Uden: din personlige mappe (~/.config/snitflade).",
        "init.force": "Overskriv filer, der findes.",
        "site": "Byg en statisk, søgbar hjemmeside til intranettet ud fra de samme data, på "
        "dansk og engelsk.\n\nMappen virker direkte fra disken og fra enhver webserver; kopiér "
        "den derhen. --lang vælger forsidens sprog, --sector og --data-dir gælder som altid.",
        "site.outdir": "Mappen, siden skrives til. Skrives hel eller slet ikke.",
        "site.force": "Erstat mappen, selv om den har andet indhold end en side fra snitflade.",
        "meta.topic": "EMNE",
        "meta.words": "ORD",
        "meta.term": "[ORD]",
        "meta.file": "FIL",
        "meta.folder": "MAPPE",
        "meta.name": "NAVN",
        "meta.date": "DATO",
        "meta.names": "NAVNE",
        "meta.paths": "[STI]...",
        "meta.optional_topic": "[EMNE]",
        "meta.optional_folder": "[MAPPE]",
        "error": "Fejl",
        "warning": "Advarsel",
        "wrote": "Skrev {path}",
        "layers": "Lag, nederst først: {order}",
        "built_in": "indbygget",
        "no_layers": "Ingen lag at tjekke. Lav et med: snitflade init",
        "problems_in": "{count} problem(er) i: {paths}",
        "no_problems_in": "Ingen problemer i: {paths}",
        "edit_and_check": "Ret filerne, og tjek dem med: snitflade validate {path}",
    },
    "en": {
        "app": (
            "Who of us does what? The TR (tillidsrepræsentant, union representative) and the AMR "
            "(arbejdsmiljørepræsentant, health and safety representative) side by side, with "
            "advice, facts, sources and links."
        ),
        "examples": "Examples:",
        "format": "table (terminal), markdown (for notes) or json (for scripts).",
        "version": "Show the version and exit.",
        "lang": "Language: da (Danish) or en (English). Without it: SNITFLADE_LANG, LANGUAGE, "
        "LC_ALL, LC_MESSAGES, LANG; otherwise Danish.",
        "data_dir": "A layer of your own data on top of the built-in data. Repeatable; the last "
        "wins.",
        "strict": "A problem in a layer is an error (exit 1), not a warning.",
        "sector": "Show only the rules of your sector. Without it: SNITFLADE_SECTOR or a layer's "
        "settings.yaml; otherwise every sector, each limited rule labelled.",
        "deadlines": "List the deadlines and intervals a TR or AMR must not miss: number, unit, "
        "what it runs from, who watches it, and the source.",
        "deadlines.topic": "Only the deadlines of this topic, e.g. apv or sick leave.",
        "deadlines.role": "Only the deadlines tr or amr watches (and the shared ones).",
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
        "search.limit": "At most this many hits.",
        "search.empty": "give at least one word, e.g.: snitflade search rest",
        "glossary": "Explain abbreviations and terms: TR, AMR, FTR, AMO, AMG, AMU, APV, SU, MED, "
        "TRIO and more.",
        "glossary.term": "A word or an abbreviation, e.g. APV. Without it: the whole glossary.",
        "glossary.empty": "give a word, or leave it out for the whole glossary",
        "topics": "List every topic with its id and title. In a pipe, one id per line.",
        "role": "Show the role's duties, the basis of the role, and its own and shared areas.",
        "role.which": "tr or amr.",
        "compare": "Compare the TR and the AMR on the basis of each role: election, rules, "
        "protection, responsibility and more.",
        "sources": "List every source the data cites, with its title, address and how many "
        "items cite it.",
        "output": "Write to FILE instead of the screen. '-' is the screen.",
        "force": "Overwrite FILE if it exists.",
        "checklist": "Make a meeting checklist: what the TR and the AMR prepare, what you decide, "
        "and the follow-up.\n\nFields you leave out become lines to write on. Never asks "
        "anything.",
        "checklist.topic": "The meeting's topic. Without one: the checklist for a coordination "
        "meeting.",
        "checklist.format": "table (terminal), markdown (- [ ] checkboxes), json or html (to "
        "print).",
        "checklist.workplace": "The workplace, for the heading.",
        "checklist.all": "Every topic's checklist in one booklet with contents; each topic on a "
        "page of its own with -f html.",
        "checklist.all_or_topic": "give either a topic or --all, not both",
        "onboarding.which": "name the role: tr or amr (e.g. snitflade onboarding tr)",
        "checklist.date": "The meeting's date, e.g. 2026-12-01 or 'today'.",
        "checklist.participants": "Participants, separated by commas. Repeatable.",
        "checklist.empty": "give a topic, or leave it out for the coordination meeting",
        "not_a_date": "'{value}' is not a date; write e.g. 2026-11-26, 26.11.2026 or 'today'",
        "onboarding": 'Write a "getting started" note for a newly elected TR or AMR, ready for '
        "onboarding notes.",
        "onboarding.role": "The newly elected role.",
        "onboarding.format": "markdown (default), table, json or html (for print).",
        "validate": "Check your layers: each problem as file:line:column: field: message. Exit 1 "
        "on problems.",
        "validate.paths": "Layer folders or files, in layer order. Without: the layers set up.",
        "init": "Write a layer to start from: a local contact, a local agreement and an extra "
        "alias.\n\nThe files are commented and pass `snitflade validate`. Nothing is "
        "overwritten without --force.",
        "init.folder": "The layer's folder. Without: your personal folder (~/.config/snitflade).",
        "init.force": "Overwrite files that exist.",
        "site": "Build a static, searchable website for the intranet from the same data, in "
        "Danish and English.\n\nThe folder works straight from disk and from any web server; "
        "copy it there. --lang picks the front page's language; --sector and --data-dir apply "
        "as always.",
        "site.outdir": "The folder to write the site to. Written whole or not at all.",
        "site.force": "Replace the folder even if it holds something other than a snitflade site.",
        "meta.topic": "TOPIC",
        "meta.words": "WORDS",
        "meta.term": "[WORD]",
        "meta.file": "FILE",
        "meta.folder": "FOLDER",
        "meta.name": "NAME",
        "meta.date": "DATE",
        "meta.names": "NAMES",
        "meta.paths": "[PATH]...",
        "meta.optional_topic": "[TOPIC]",
        "meta.optional_folder": "[FOLDER]",
        "error": "Error",
        "warning": "Warning",
        "wrote": "Wrote {path}",
        "layers": "Layers, bottom first: {order}",
        "built_in": "built in",
        "no_layers": "No layers to check. Make one with: snitflade init",
        "problems_in": "{count} problem(s) in: {paths}",
        "no_problems_in": "No problems in: {paths}",
        "edit_and_check": "Edit the files, and check them with: snitflade validate {path}",
    },
}
