"""Pure renderers: each takes an answer from snitflade.answers and returns text or a renderable.

- table.py: the terminal (Rich); the only module that imports Rich.
- markdown.py: Markdown to paste into notes.
- json.py: the stable JSON shape documented in the README.
- words.py: the interface's own words, shared by the renderers.
"""

# Prose is read best at about this width, as in `man` and `gh`; wider terminals leave a margin.
# (Here, not in table.py, so that the command line's plain help can use it without Rich.)
READING_WIDTH = 100
