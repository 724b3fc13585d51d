"""Make data text safe to show: no terminal control characters, whitespace folded."""

from __future__ import annotations

import re

# C0 and C1 control characters (ESC among them) and the DEL character.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """Return `text` on one line with control characters replaced by spaces, then folded."""
    return " ".join(_CONTROL.sub(" ", text).split())
