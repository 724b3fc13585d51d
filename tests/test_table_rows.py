"""The terminal view's labelled rows (render/table._Rows) lay out as Rich's Table.grid does."""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console
from rich.table import Table
from rich.text import Text

from snitflade.render.table import _Rows

_WORD = st.text(alphabet="abcæøå-", min_size=1, max_size=34)
_TEXT = st.lists(_WORD, min_size=1, max_size=30).map(" ".join)
_ROWS = st.lists(
    st.tuples(st.sampled_from(["•", "☐", "[3]", "[12]", "TR", "Sammen", "3 måneder"]), _TEXT,
              st.booleans()),
    min_size=1,
    max_size=6,
)  # fmt: skip


def _drawn(renderable: object, width: int) -> list[str]:
    console = Console(file=io.StringIO(), width=width, force_terminal=True, color_system="standard")
    console.print(renderable)
    return [line.rstrip() for line in console.file.getvalue().splitlines()]  # type: ignore[attr-defined]


@settings(max_examples=150, deadline=None)
@given(
    rows=_ROWS,
    width=st.integers(min_value=30, max_value=120),
    padding=st.sampled_from([1, 2]),
    label_style=st.sampled_from(["", "dim", "bold"]),
    boxed=st.booleans(),
)
def test_rows_draw_as_a_grid_would(
    rows: list[tuple[str, str, bool]], width: int, padding: int, label_style: str, boxed: bool
) -> None:
    ours = _Rows(label_style, padding)
    grid = Table.grid(padding=(0, padding))
    grid.add_column(no_wrap=True, style=label_style)
    grid.add_column(overflow="fold")
    for label, text, note in rows:
        body = Text(text)
        if note:  # a second line in its own style, as an item's note
            body.append("\nNote: " + text[:40], style="italic")
        ours.add_row(Text(label, style="bold blue") if label == "TR" else label, body)
        grid.add_row(Text(label, style="bold blue") if label == "TR" else label, body)
    if boxed:  # inside a column of the side-by-side table, which measures what it holds
        mine, theirs = Table(expand=True), Table(expand=True)
        for table, cell in ((mine, ours), (theirs, grid)):
            table.add_column("TR", ratio=1)
            table.add_column("AMR", ratio=1)
            table.add_row(cell, Text("x"))
        assert _drawn(mine, width) == _drawn(theirs, width)
    else:
        assert _drawn(ours, width) == _drawn(grid, width)
