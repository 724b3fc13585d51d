"""The messages the core reports, in Danish and English, kept apart from the code that raises them.

A Msg is a key and its parameters; it becomes text in the reader's language only when shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

MESSAGES: dict[str, dict[str, str]] = {
    # Reading files
    "file_empty": {"da": "filen er tom", "en": "the file is empty"},
    "file_too_big": {
        "da": "filen er for stor ({size} bytes, højst {limit})",
        "en": "the file is too big ({size} bytes, at most {limit})",
    },
    "file_missing": {"da": "filen findes ikke", "en": "the file does not exist"},
    "file_not_utf8": {
        "da": "filen er ikke UTF-8 (byte {position}); gem den som UTF-8",
        "en": "the file is not UTF-8 (byte {position}); save it as UTF-8",
    },
    "file_unreadable": {
        "da": "filen kan ikke læses: {reason}",
        "en": "cannot read the file: {reason}",
    },
    "yaml_control": {
        "da": "ugyldig YAML: tegnet U+{code:04X} er ikke tilladt i YAML (kontroltegn)",
        "en": "invalid YAML: the character U+{code:04X} is not allowed in YAML (control character)",
    },
    "yaml_invalid": {"da": "ugyldig YAML: {reason}", "en": "invalid YAML: {reason}"},
    "yaml_tab": {
        "da": "ugyldig YAML: et tabulatortegn; ryk ind med mellemrum, ikke tabulator",
        "en": "invalid YAML: a tab character; indent with spaces, not tabs",
    },
    "yaml_merge_key": {
        "da": "YAML-fletnøgler (<<:) understøttes ikke; skriv nøglerne ud",
        "en": "YAML merge keys (<<:) are not supported; write the keys out",
    },
    "not_a_file": {
        "da": "er ikke en almindelig fil (fx en FIFO eller en enhed); den læses ikke",
        "en": "is not a regular file (a FIFO or a device, say); it is not read",
    },
    "not_a_file_folder": {
        "da": "er en mappe, ikke en fil; den læses ikke",
        "en": "is a folder, not a file; it is not read",
    },
    "folder_unreadable": {
        "da": "mappen kan ikke læses: {reason}",
        "en": "cannot read the folder: {reason}",
    },
    "id_twice_in_layer": {
        "da": "id'et '{id}' står to gange i samme lag; det andet bruges ikke",
        "en": "the id '{id}' appears twice in the same layer; the second is not used",
    },
    "yaml_too_deep": {
        "da": "YAML'en er for dybt indlejret; filen bruges ikke",
        "en": "the YAML is nested too deeply; the file is not used",
    },
    "yaml_duplicate_key": {
        "da": "nøglen '{key}' står to gange",
        "en": "the key '{key}' is written twice",
    },
    "yaml_bomb": {
        "da": (
            "YAML'en folder sig ud til over {limit} elementer (for mange aliaser); "
            "filen bruges ikke"
        ),
        "en": "the YAML expands to over {limit} elements (too many aliases); the file is not used",
    },
    # Checking references
    "two_roles": {
        "da": "der skal være præcis én rolle med id tr og én med id amr",
        "en": "there must be exactly one role with id tr and one with id amr",
    },
    "id_used_before": {
        "da": "id'et '{id}' er brugt før ({where})",
        "en": "the id '{id}' is used before ({where})",
    },
    "id_taken": {
        "da": "id'et '{id}' bruges allerede af '{owner}'",
        "en": "the id '{id}' is already used by '{owner}'",
    },
    "unknown_source": {"da": "ukendt kilde '{id}'", "en": "unknown source '{id}'"},
    "unknown_link": {"da": "ukendt link '{id}'", "en": "unknown link '{id}'"},
    "unknown_area": {"da": "ukendt emne '{id}'", "en": "unknown topic '{id}'"},
    "unknown_or_own_area": {
        "da": "ukendt eller eget emne '{id}'",
        "en": "unknown topic, or the topic itself: '{id}'",
    },
    "alias_taken": {
        "da": "'{name}' peger også på emnet '{other}'",
        "en": "'{name}' also names the topic '{other}'",
    },
    "alias_dropped": {
        "da": "'{name}' peger allerede på emnet '{other}'; udeladt",
        "en": "'{name}' already names the topic '{other}'; left out",
    },
    "source_twice": {
        "da": "kilden '{id}' står flere gange",
        "en": "the source '{id}' is listed more than once",
    },
    "entry_not_used": {
        "da": "{reason}; punktet bruges ikke",
        "en": "{reason}; the entry is not used",
    },
    # Layers
    "layer_top_keys": {
        "da": "skal begynde med en af nøglerne: {keys}",
        "en": "must start with one of the keys: {keys}",
    },
    "layer_unknown_key": {
        "da": "ukendt nøgle; her må stå: {keys}",
        "en": "unknown key; allowed here: {keys}",
    },
    "must_be_list": {"da": "skal være en liste", "en": "must be a list"},
    "entry_needs_id": {"da": "hvert punkt skal have et id", "en": "every entry needs an id"},
    "folder_missing": {"da": "mappen findes ikke", "en": "the folder does not exist"},
    "unknown_file": {
        "da": "ukendt filnavn; et lag kan have {files}; filen bruges ikke",
        "en": "unknown file name; a layer can have {files}; the file is not used",
    },
    # Errors the user sees
    "data_unusable": {
        "da": "Data kan ikke bruges ({problems}):",
        "en": "The data cannot be used ({problems}):",
    },
    "no_match": {"da": 'Fandt intet {what} for "{query}".', "en": 'Found no {what} for "{query}".'},
    "did_you_mean": {"da": "Mente du: {names}?", "en": "Did you mean: {names}?"},
    "see_all": {"da": "Se alle med: {listing}", "en": "See them all with: {listing}"},
    "what_topic": {"da": "emne", "en": "topic"},
    "what_term": {"da": "ord i ordlisten", "en": "term in the glossary"},
    "what_result": {"da": "resultat", "en": "result"},
    "layer_strict": {
        "da": "{problems} i jeres lag, og --strict er sat",
        "en": "{problems} in your layers, and --strict is set",
    },
    "file_exists": {
        "da": "{path} findes allerede. Brug --force for at overskrive den.",
        "en": "{path} already exists. Use --force to overwrite it.",
    },
    "files_exist": {
        "da": "findes allerede: {paths}. Brug --force for at overskrive.",
        "en": "already exist: {paths}. Use --force to overwrite.",
    },
    "is_folder": {
        "da": "{path} er en mappe. Skriv et filnavn, fx {example}",
        "en": "{path} is a folder. Give a file name, e.g. {example}",
    },
    "cannot_write": {
        "da": "kan ikke skrive {path}: {reason}",
        "en": "cannot write {path}: {reason}",
    },
    "cannot_make_folder": {
        "da": "kan ikke lave mappen {path}: {reason}",
        "en": "cannot make the folder {path}: {reason}",
    },
}

# "1 problem", "2 problemer": a count of problems as each language writes it ({problems}).
PROBLEMS = {
    "da": ("{n} problem", "{n} problemer"),
    "en": ("{n} problem", "{n} problems"),
}

# Pydantic's own messages are English; these are the Danish ones for the common cases.
_DANISH_VALIDATION = {
    "missing": "mangler",
    "extra_forbidden": "ukendt nøgle",
    "string_pattern_mismatch": "ugyldig værdi (id'er skrives med små bogstaver a-z, 0-9 og -)",
    "too_short": "må ikke være tom",
    "string_too_short": "må ikke være tom",
    "string_type": "skal være tekst",
    "tuple_type": "skal være en liste",
    "list_type": "skal være en liste",
    "model_type": "skal være en samling af nøgler og værdier",
    "dict_type": "skal være en samling af nøgler og værdier",
    "dataclass_type": "skal være en samling af nøgler og værdier",
    "int_type": "skal være et heltal",
    "int_parsing": "skal være et heltal",
    "bool_type": "skal være true eller false",
    "bool_parsing": "skal være true eller false",
    "date_type": "skal være en dato som 2026-12-01",
    "date_from_datetime_parsing": "skal være en dato som 2026-12-01",
    "date_parsing": "skal være en dato som 2026-12-01",
    "greater_than_equal": "er for lille",
    "less_than_equal": "er for stor",
    "too_long": "er for lang",
    "string_too_long": "er for lang",
}
_ENGLISH_VALIDATION = {
    "missing": "missing",
    "extra_forbidden": "unknown key",
    "string_pattern_mismatch": "invalid value (ids are lowercase a-z, 0-9 and -)",
}
# The model's own checks (store/model.py) say what is wrong in Danish; here in English.
_ENGLISH_VALUE_ERRORS = {
    "må ikke være tom": "must not be empty",
    "må ikke indeholde kontroltegn": "must not contain control characters",
    "skal være tekst eller {da: …, en: …} med mindst da": (
        "must be text or {da: …, en: …} with at least da"
    ),
    "skal være små bogstaver, tal og bindestreger, fx 'min-id'": (
        "must be lowercase letters, digits and hyphens, e.g. 'my-id'"
    ),
    "skal være et id fra faktaarket, fx 'APV-01'": (
        "must be an id from the fact sheet, e.g. 'APV-01'"
    ),
    "skal være en https://-, http://- eller mailto:-adresse uden mellemrum, anførselstegn, "
    "vinkelparenteser og kontroltegn": (
        "must be an https://, http:// or mailto: address without spaces, quotes, angle brackets "
        "and control characters"
    ),
    "skal være en e-mailadresse": "must be an e-mail address",
}
# PyYAML's reasons for refusing a file, and the operating system's (strerror), in Danish.
_DANISH_REASONS = {
    "did not find expected '-' indicator": "fandt ikke det forventede '-' (et punkt i en liste)",
    "did not find expected key": "fandt ikke den forventede nøgle (tjek indrykningen)",
    "did not find expected node content": "fandt ikke det forventede indhold",
    "did not find expected ',' or ']'": "fandt ikke det forventede ',' eller ']'",
    "did not find expected ',' or '}'": "fandt ikke det forventede ',' eller '}'",
    "did not find expected comment or line break": "fandt ikke den forventede kommentar eller "
    "linjeskift",
    "mapping values are not allowed here": "et kolon er ikke tilladt her (sæt teksten i "
    "anførselstegn)",
    "found character that cannot start any token": "fandt et tegn, der ikke kan begynde noget "
    "i YAML (ryk ind med mellemrum, ikke tabulator)",
    "found undefined alias": "fandt et ukendt alias (*navn)",
    "found unexpected end of stream": "filen slutter midt i noget (mangler et anførselstegn?)",
    "found unknown escape character": "fandt en ukendt escape-sekvens (\\)",
    "expected <block end>, but found '-'": "forventede slutningen af en blok, men fandt '-' "
    "(tjek indrykningen)",
    "expected <block end>, but found '<block mapping start>'": "forventede slutningen af en "
    "blok, men fandt en ny nøgle (tjek indrykningen)",
    "expected <block end>, but found '<scalar>'": "forventede slutningen af en blok, men fandt "
    "tekst (tjek indrykningen)",
    "found duplicate anchor": "fandt det samme anker (&navn) to gange",
    "No such file or directory": "filen eller mappen findes ikke",
    "Permission denied": "adgang nægtet",
    "Is a directory": "er en mappe",
    "Not a directory": "er ikke en mappe",
    "File exists": "findes allerede",
    "Read-only file system": "filsystemet er skrivebeskyttet",
    "No space left on device": "der er ikke mere plads på disken",
    "Too many levels of symbolic links": "for mange symbolske links i træk",
    "File name too long": "filnavnet er for langt",
    "Operation not permitted": "handlingen er ikke tilladt",
    "Disk quota exceeded": "diskkvoten er brugt op",
}
_DID_YOU_MEAN = {"da": " (mente du '{key}'?)", "en": " (did you mean '{key}'?)"}
_ONE_OF = {"da": "skal være en af: {expected}", "en": "must be one of: {expected}"}


def translate_reason(reason: str, lang: str) -> str:
    """A reason from PyYAML or the operating system, in Danish when Danish is chosen."""
    if lang != "da":
        return reason
    return _DANISH_REASONS.get(reason.strip(), reason)


@dataclass(frozen=True)
class Msg:
    """A message: its key in MESSAGES and its parameters; text only when shown."""

    key: str
    params: tuple[tuple[str, Any], ...] = ()

    def text(self, lang: str = "da") -> str:
        params = {k: v.text(lang) if isinstance(v, Msg) else v for k, v in self.params}
        if self.key == "validation":
            return _validation_text(lang, params)
        if isinstance(params.get("reason"), str):
            params["reason"] = translate_reason(params["reason"], lang)
        if isinstance(params.get("count"), int):
            one, many = PROBLEMS.get(lang, PROBLEMS["da"])
            params["problems"] = (one if params["count"] == 1 else many).format(n=params["count"])
        templates = MESSAGES[self.key]
        return templates.get(lang, templates["da"]).format(**params)

    def __str__(self) -> str:
        return self.text("da")


def msg(message_key: str, /, **params: Any) -> Msg:
    if message_key != "validation" and message_key not in MESSAGES:
        raise KeyError(message_key)
    return Msg(message_key, tuple(sorted(params.items())))


def _validation_text(lang: str, params: dict[str, Any]) -> str:
    kind = params["type"]
    if kind == "literal_error":
        expected = str(params.get("expected", ""))
        if lang == "da":  # Pydantic writes "'tr', 'amr' or 'shared'"
            expected = expected.replace("' or '", "' eller '")
        text = _ONE_OF.get(lang, _ONE_OF["da"]).format(expected=expected)
    elif kind == "value_error":
        reason = str(params["msg"])
        text = _ENGLISH_VALUE_ERRORS.get(reason, reason) if lang == "en" else reason
    else:
        table = _DANISH_VALIDATION if lang == "da" else _ENGLISH_VALIDATION
        text = table.get(kind, params["msg"])
    if params.get("suggestion"):
        text += _DID_YOU_MEAN.get(lang, _DID_YOU_MEAN["da"]).format(key=params["suggestion"])
    return text
