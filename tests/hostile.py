"""What the hostile-layer tests look for in an output: stray control characters, and Markdown or
HTML elements and links that the data did not mean."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from markdown_it import MarkdownIt

# What no output may hold raw: C0 controls but newline, DEL, C1 controls, bidi marks, overrides
# and isolates, and lone surrogates.
UNSAFE = re.compile(
    r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
# What Rich itself writes to a terminal: colours and styles (SGR), and OSC 8 hyperlinks.
RICH_SEQUENCE = re.compile(r"\x1b\[[0-9;]*m|\x1b\]8;[^\x1b\x07]*\x1b\\")
OSC8_TARGET = re.compile(r"\x1b\]8;[^;\x1b\x07]*;([^\x1b\x07]*)\x1b\\")

# The parsers a reader's tools would use: CommonMark, with GitHub's tables and strikethrough.
_MARKDOWN = MarkdownIt("commonmark").enable(["table", "strikethrough"])


def unsafe(text: str, terminal: bool = False) -> list[str]:
    """The characters in `text` no output may hold; on a terminal, Rich's own codes are allowed."""
    if terminal:
        text = RICH_SEQUENCE.sub("", text)
    return UNSAFE.findall(text)


def markdown_shape(text: str) -> tuple[list[tuple[str, str]], list[str]]:
    """The elements a CommonMark renderer makes of `text` (text itself left out), and the links."""
    shape: list[tuple[str, str]] = []
    links: list[str] = []

    def walk(tokens: list) -> None:  # type: ignore[type-arg]
        for token in tokens:
            if token.type == "inline":
                walk(token.children or [])
                continue
            if token.type == "text":
                continue
            shape.append((token.type, token.tag))
            if token.type == "link_open":
                links.append(str(token.attrs.get("href")))

    walk(_MARKDOWN.parse(text))
    return shape, links


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.shape: list[tuple[str, tuple[str, ...]]] = []
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.shape.append((tag, tuple(sorted(name for name, _value in attrs))))
        self.links += [str(value) for name, value in attrs if name in {"href", "src"}]


def html_shape(text: str) -> tuple[list[tuple[str, tuple[str, ...]]], list[str]]:
    """The elements (with their attribute names) of an HTML page, and its links."""
    parser = _Elements()
    parser.feed(text)
    parser.close()
    return parser.shape, parser.links


def osc8_targets(text: str) -> list[str]:
    """The targets of the hyperlinks Rich wrote to a terminal."""
    return OSC8_TARGET.findall(text)
