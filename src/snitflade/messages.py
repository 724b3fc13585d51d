"""The messages the core reports, kept apart from the code that raises them.

A Msg is a key and its parameters; it becomes text in the reader's language only when shown.
The texts are in the one table of interface strings (strings.py, keys msg.*, count.*,
pydantic.*, model.* and reason.*).
"""

from __future__ import annotations

import re
from os import PathLike
from typing import Any

from snitflade.records import dataclass
from snitflade.strings import STRINGS

# What a message never prints as it is: control characters (newline and tab too, so a file name
# cannot fake a line of its own), bidi marks and overrides, and the lone surrogates that stand
# for bytes of a path or an argument that were not UTF-8.
# Compiled when first needed: the surrogate range alone takes a millisecond, and most runs
# never show a path.
_UNSAFE = r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"


def visible(value: Any) -> str:
    """`value` as text that shows each unsafe character as an escape (\\x1b, \\u202e).

    A byte that was not UTF-8 (a surrogate from the file system) is shown as that byte, \\xe6.
    """

    def shown(found: re.Match[str]) -> str:
        code = ord(found.group())
        if 0xDC80 <= code <= 0xDCFF:
            code -= 0xDC00
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    return re.sub(_UNSAFE, shown, str(value))


def _shown(value: Any) -> Any:
    return visible(value) if isinstance(value, str | PathLike) else value


def _entry(key: str, lang: str) -> Any:
    texts = STRINGS[key]
    return texts.get(lang, texts["da"])


def translate_reason(reason: str, lang: str) -> str:
    """A reason from PyYAML or the operating system, in Danish when Danish is chosen."""
    entry = STRINGS.get(f"reason.{reason.strip()}")
    return str(entry.get(lang, reason)) if entry else reason


@dataclass(frozen=True)
class Msg:
    """A message: its key (msg.KEY in the strings table) and its parameters; text when shown."""

    key: str
    params: tuple[tuple[str, Any], ...] = ()

    def text(self, lang: str = "da") -> str:
        params = {k: v.text(lang) if isinstance(v, Msg) else _shown(v) for k, v in self.params}
        if self.key == "validation":
            return _validation_text(lang, params)
        if isinstance(params.get("reason"), str):
            params["reason"] = translate_reason(params["reason"], lang)
        if isinstance(params.get("count"), int):
            one, many = _entry("count.problems", lang)
            params["problems"] = (one if params["count"] == 1 else many).format(n=params["count"])
        return str(_entry(f"msg.{self.key}", lang)).format(**params)

    def __str__(self) -> str:
        return self.text("da")


def msg(message_key: str, /, **params: Any) -> Msg:
    if message_key != "validation" and f"msg.{message_key}" not in STRINGS:
        raise KeyError(message_key)
    return Msg(message_key, tuple(sorted(params.items())))


def _validation_text(lang: str, params: dict[str, Any]) -> str:
    """Pydantic's error in the user's words: its kind, or the model's own (Danish) check."""
    kind = params["type"]
    if kind == "literal_error":
        expected = str(params.get("expected", ""))
        if lang == "da":  # Pydantic writes "'tr', 'amr' or 'shared'"
            expected = expected.replace("' or '", "' eller '")
        text = str(_entry("pydantic.one_of", lang)).format(expected=expected)
    elif kind == "value_error":
        reason = str(params["msg"])
        own = STRINGS.get(f"model.{reason}")
        text = str(own.get(lang, reason)) if own else reason
    else:
        words = STRINGS.get(f"pydantic.{kind}", {}).get(lang)
        text = str(words) if words is not None else str(params["msg"])  # None: Pydantic's own
    if params.get("suggestion"):
        text += str(_entry("pydantic.did_you_mean", lang)).format(key=params["suggestion"])
    return text
