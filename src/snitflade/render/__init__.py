"""Pure renderers: each takes an answer from snitflade.answers and returns text or a renderable.

- table.py: the terminal (Rich); the only module that imports Rich.
- markdown.py: Markdown to paste into notes.
- json.py: the stable JSON shape documented in the README.
- words.py: the interface's own words, shared by the renderers.
"""
