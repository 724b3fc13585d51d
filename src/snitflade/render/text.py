"""Make data text safe to show: no terminal control characters, whitespace folded."""

from __future__ import annotations

import re
from urllib.parse import quote

# C0 and C1 control characters (ESC among them), DEL, and the bidi marks, overrides and isolates
# that would reorder what is shown. The model strips these where data enters (store/model.py);
# the renderers strip them again, as text from the command line never passed through the model.
_CONTROLS = r"\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_CONTROL = re.compile(f"[{_CONTROLS}]")
# Lone surrogates: bytes of a command-line argument that were not UTF-8. No output can encode one.
_SURROGATE = re.compile(r"[\ud800-\udfff]")

_URL_SCHEME = re.compile(r"(?:https?://[^/?#]|mailto:[^@]+@)", re.IGNORECASE)
# In a link target: whitespace, quotes, angle brackets, backslash and controls are percent-encoded.
_URL_UNSAFE = re.compile(f"[\\s\"'<>`\\\\{_CONTROLS}]")


def printable(text: str) -> str:
    """Return `text` on one line with control characters replaced by spaces, then folded."""
    text = _SURROGATE.sub("\ufffd", text)
    return " ".join(_CONTROL.sub(" ", text).split())


def link_target(url: str) -> str | None:
    """Return `url` safe to use as a link's target, or None if it must not be a link at all.

    Only https://, http:// and mailto: open a link (the model refuses the rest; this keeps a
    renderer safe on its own). Characters that could end the target are percent-encoded.
    """
    url = _SURROGATE.sub("\ufffd", url)
    if not _URL_SCHEME.match(url):
        return None
    return _URL_UNSAFE.sub(lambda m: quote(m.group(), safe=""), url)
