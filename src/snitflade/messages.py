"""The messages the core reports, in Danish and English, kept apart from the code that raises them.

A Msg is a key and its parameters; it becomes text in the reader's language only when shown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from os import PathLike
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
        "da": "Data kan ikke bruges ({count} problem(er)):",
        "en": "The data cannot be used ({count} problem(s)):",
    },
    "no_match": {"da": 'Fandt intet {what} for "{query}".', "en": 'Found no {what} for "{query}".'},
    "did_you_mean": {"da": "Mente du: {names}?", "en": "Did you mean: {names}?"},
    "see_all": {"da": "Se alle med: {listing}", "en": "See them all with: {listing}"},
    "what_topic": {"da": "emne", "en": "topic"},
    "what_term": {"da": "ord i ordlisten", "en": "term in the glossary"},
    "what_result": {"da": "resultat", "en": "result"},
    "layer_strict": {
        "da": "{count} problem(er) i jeres lag, og --strict er sat",
        "en": "{count} problem(s) in your layers, and --strict is set",
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
    "bad_sector": {
        "da": "ukendt sektor '{value}' i {where}; vælg en af: {sectors}",
        "en": "unknown sector '{value}' in {where}; choose one of: {sectors}",
    },
    "cannot_make_folder": {
        "da": "kan ikke lave mappen {path}: {reason}",
        "en": "cannot make the folder {path}: {reason}",
    },
    # Writing the answer (-o FILE, or standard output)
    "output_empty": {
        "da": "-o skal have et filnavn, fx {example} (eller - for at skrive i terminalen)",
        "en": "-o needs a file name, e.g. {example} (or - to write to the terminal)",
    },
    "output_link": {
        "da": "{path} er et symbolsk link; skriv til en almindelig fil (--force følger ikke links)",
        "en": "{path} is a symbolic link; write to a regular file (--force does not follow links)",
    },
    "output_special": {
        "da": "{path} er ikke en almindelig fil (fx en enhed eller en FIFO); der skrives kun til "
        "almindelige filer",
        "en": "{path} is not a regular file (a device or a FIFO, say); only regular files are "
        "written",
    },
    "output_hard_link": {
        "da": "{path} har flere navne (hårde links); skriv til en fil med ét navn",
        "en": "{path} has several names (hard links); write to a file with one name",
    },
    "output_no_folder": {
        "da": "kan ikke skrive {path}: mappen {folder} findes ikke",
        "en": "cannot write {path}: the folder {folder} does not exist",
    },
    "stdout_failed": {
        "da": "kan ikke skrive svaret til standard-output: {reason}",
        "en": "cannot write the answer to standard output: {reason}",
    },
    "stdout_closed": {"da": "standard-output er lukket", "en": "standard output is closed"},
    "interrupted": {"da": "Afbrudt.", "en": "Interrupted."},
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
    "model_type": "skal være en samling af nøgler og værdier",
}
_ENGLISH_VALIDATION = {
    "missing": "missing",
    "extra_forbidden": "unknown key",
    "string_pattern_mismatch": "invalid value (ids are lowercase a-z, 0-9 and -)",
}
_DID_YOU_MEAN = {"da": " (mente du '{key}'?)", "en": " (did you mean '{key}'?)"}
_ONE_OF = {"da": "skal være en af: {expected}", "en": "must be one of: {expected}"}


# What a message never prints as it is: control characters (newline and tab too, so a file name
# cannot fake a line of its own), bidi marks and overrides, and the lone surrogates that stand
# for bytes of a path or an argument that were not UTF-8.
_UNSAFE = re.compile(
    r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


def visible(value: Any) -> str:
    """`value` as text that shows each unsafe character as an escape (\\x1b, \\u202e).

    A byte that was not UTF-8 (a surrogate from the file system) is shown as that byte, \\xe6.
    """

    def shown(found: re.Match[str]) -> str:
        code = ord(found.group())
        if 0xDC80 <= code <= 0xDCFF:
            code -= 0xDC00
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    return _UNSAFE.sub(shown, str(value))


def _shown(value: Any) -> Any:
    return visible(value) if isinstance(value, str | PathLike) else value


@dataclass(frozen=True)
class Msg:
    """A message: its key in MESSAGES and its parameters; text only when shown."""

    key: str
    params: tuple[tuple[str, Any], ...] = ()

    def text(self, lang: str = "da") -> str:
        params = {k: v.text(lang) if isinstance(v, Msg) else _shown(v) for k, v in self.params}
        if self.key == "validation":
            return _validation_text(lang, params)
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
        text = _ONE_OF.get(lang, _ONE_OF["da"]).format(expected=params.get("expected", ""))
    else:
        table = _DANISH_VALIDATION if lang == "da" else _ENGLISH_VALIDATION
        text = table.get(kind, params["msg"])
    if params.get("suggestion"):
        text += _DID_YOU_MEAN.get(lang, _DID_YOU_MEAN["da"]).format(key=params["suggestion"])
    return text
