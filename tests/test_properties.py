"""Property-based: the loader and the matcher raise nothing but the project's own errors, and
text from the data, from the full Unicode range, is only ever text in every output."""

from __future__ import annotations

import dataclasses
import functools
import io
import json as json_module
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from snitflade.ask.matching import find_area
from snitflade.ask.search import search
from snitflade.errors import DataError, NoMatchError
from snitflade.render.text import link_target
from snitflade.store import model
from snitflade.store.model import Catalog
from snitflade.store.model import Catalog as Runtime
from tests.hostile import html_shape, markdown_shape, osc8_targets, unsafe
from tests.support import LAYER_FILES, apply_layers, builtin_data_dir, load_catalog

SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=30)
)
keys = st.one_of(
    st.sampled_from(["id", "title", "summary", "lead", "groups", "aliases", "duties", "role",
                     "text", "sources", "areas", "roles", "terms", "links", "local", "contacts",
                     "url", "note", "keywords", "term", "basis", "aspect"]),
    st.text(max_size=10),
)  # fmt: skip
documents = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(keys, children, max_size=5),
    max_leaves=25,
)


@SETTINGS
@given(name=st.sampled_from(sorted(LAYER_FILES)), document=documents)
def test_a_layer_of_arbitrary_yaml_is_reported_never_raised(
    validated: Catalog, name: str, document: Any
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / name).write_text(yaml.safe_dump(document), encoding="utf-8")
        merged, problems = apply_layers(validated, [Path(folder)])
        assert isinstance(merged, Catalog)
        assert all(p.file.endswith(name) for p in problems)


@SETTINGS
@given(name=st.sampled_from(sorted(LAYER_FILES)), text=st.text(max_size=300))
def test_a_layer_of_arbitrary_text_is_reported_never_raised(
    validated: Catalog, name: str, text: str
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / name).write_text(text, encoding="utf-8", errors="surrogatepass")
        merged, _problems = apply_layers(validated, [Path(folder)])
        assert isinstance(merged, Catalog)


@settings(max_examples=25, deadline=None)
@given(
    name=st.sampled_from(sorted(LAYER_FILES)),
    text=st.text(max_size=200) | documents.map(yaml.safe_dump),
)
def test_broken_built_in_data_raises_only_data_error(name: str, text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        shutil.copytree(builtin_data_dir(), folder, dirs_exist_ok=True)
        (Path(folder) / name).write_text(text, encoding="utf-8", errors="surrogatepass")
        try:
            load_catalog(Path(folder))
        except DataError as error:
            assert error.problems


@settings(max_examples=200, deadline=None)
@given(query=st.text(max_size=60))
def test_the_matcher_raises_only_no_match(catalog: Runtime, query: str) -> None:
    try:
        match = find_area(catalog, query)
    except NoMatchError as error:
        assert len(error.suggestions) <= 3
    else:
        assert 0.6 <= match.score <= 1.0


@settings(max_examples=100, deadline=None)
@given(query=st.text(max_size=60))
def test_search_never_raises(catalog: Runtime, query: str) -> None:
    hits = search(catalog, query)
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


# --- Text from the data is only ever text, in every output ------------------------------------

# Pieces that mean something to a terminal, a Markdown or HTML reader, or the bidi algorithm.
HOSTILE_PIECES = [
    "- ", "+ ", "* ", "# ", "> ", "1. ", "2) ", "---", "===", "](", "[a](https://phish.example)",
    "![i](https://x.example/i.png)", "<script>alert(1)</script>", "<b>", "&lt;", "&#60;", "`",
    "|", "~~", "_", "*", "\\", "\n", "\t", "\x1b]52;c;UFdORUQ=\x07", "\x1b[2J", "\x9b31m",
    "\u202e", "\u2066", "\u200f", "\x00", "\x7f", "\ud800", "[red]x[/red]", "https://e.x/",
]  # fmt: skip
any_character = st.characters(exclude_categories=())  # the full range: controls, surrogates …
hostile_texts = st.lists(
    st.text(any_character, max_size=6) | st.sampled_from(HOSTILE_PIECES), max_size=6
).map("".join)
hostile_urls = st.builds(
    str.__add__,
    st.sampled_from(["https://", "http://", "mailto:a@", "HTTPS://", "javascript:", "data:", ""]),
    hostile_texts,
)
TEXT_FIELDS = (
    "title", "summary", "alias", "duty", "duty_note", "employer", "advice", "fact", "step",
    "local", "link_title", "link_note", "source_title", "guidance_title", "guidance_item",
)  # fmt: skip


def _checked(shape: Any, raw: Any) -> Any:
    from snitflade.store.load import adapter

    return adapter(shape).validate_python(raw, context={"lang": "da"})


def _text(value: str) -> str:
    # An empty text is refused (as it should be); keep the example, with something to show.
    return value if model.clean(value).strip() else value + "x"


def _accepted_url(url: str) -> str | None:
    try:
        return str(_checked(model.Url, url))
    except ValidationError:
        return None


def _catalog_with(base: Catalog, texts: dict[str, str], url: str | None) -> Catalog:
    """`base` and one topic, zz-hostile, whose every text is from `texts`, checked by the model."""

    def item(item_id: str, field: str, **extra: Any) -> dict[str, Any]:
        return {"id": item_id, "text": _text(texts[field]), "sources": ["zz-kilde"], **extra}

    area = _checked(
        model.AreaEntry,
        {
            "id": "zz-hostile", "title": _text(texts["title"]), "summary": _text(texts["summary"]),
            "lead": "shared", "groups": ["faelles"], "aliases": [_text(texts["alias"])],
            "duties": [
                item("zz-tr", "duty", role="tr", note=_text(texts["duty_note"])),
                item("zz-amr", "duty", role="amr"), item("zz-begge", "duty", role="shared"),
            ],
            "employer": [item("zz-ag", "employer")], "advice": [item("zz-raad", "advice")],
            "facts": [item("zz-fakta", "fact")], "steps": [item("zz-trin", "step", role="tr")],
            "local": [item("zz-lokal", "local")], "links": ["zz-link"],
        },
    )  # fmt: skip
    source = {"id": "zz-kilde", "title": _text(texts["source_title"])}
    link = {"id": "zz-link", "title": _text(texts["link_title"]), "sources": ["zz-kilde"],
            "note": _text(texts["link_note"]), "url": url or "https://example.org/"}  # fmt: skip
    guidance = {
        "id": "zz-raad-gruppe", "kind": "advice", "title": _text(texts["guidance_title"]),
        "applies_to": ["zz-hostile"], "items": [item("zz-raad-1", "guidance_item")],
    }  # fmt: skip
    return dataclasses.replace(
        base,
        areas=(*base.areas, area),
        sources=(
            *base.sources,
            _checked(model.Source, {**source, **({"url": url} if url else {})}),
        ),
        links=(*base.links, _checked(model.Link, link)),
        guidance=(*base.guidance, _checked(model.Guidance, guidance)),
        indexes={},
    )


def _outputs(catalog: Catalog) -> dict[str, str]:
    """Every output of `who` and of the topic's checklist, as the user would get it."""
    from rich.console import Console

    from snitflade.ask import answers, checklists
    from snitflade.render import html, json, markdown, table

    answer = answers.who(catalog, "zz-hostile")
    assert answer.area.id == "zz-hostile"
    checklist = checklists.area_checklist(catalog, "zz-hostile", checklists.Meeting())
    found = {
        "markdown": markdown.who(answer, why=True, explain=True),
        "checklist.md": markdown.checklist(checklist),
        "json": json.who(answer, why=True, explain=True),
        "html": html.checklist(checklist),
    }
    for name, terminal in (("terminal", True), ("table", False)):
        console = Console(
            file=io.StringIO(), force_terminal=terminal, color_system="truecolor" if terminal
            else None, width=100, highlight=False, emoji=False,
        )  # fmt: skip
        console.print(table.who(answer, 100, why=True, explain=True))
        console.print(table.checklist(checklist, 100))
        found[name] = console.file.getvalue()  # type: ignore[attr-defined]
    return found


@functools.cache
def _shipped() -> Catalog:
    return load_catalog(builtin_data_dir())


# Each example builds two catalogs and eight outputs (about 0.25 s): no shrinking, which would
# take minutes; a failing example is still printed whole.
@settings(
    max_examples=50,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow],
)
@given(values=st.fixed_dictionaries(dict.fromkeys(TEXT_FIELDS, hostile_texts)), url=hostile_urls)
def test_text_from_the_data_is_only_text_in_every_output(values: dict[str, str], url: str) -> None:
    accepted = _accepted_url(url)
    hostile = _outputs(_catalog_with(_shipped(), values, accepted))
    plain = _outputs(
        _catalog_with(_shipped(), dict.fromkeys(TEXT_FIELDS, "tekst"), accepted and "https://e.x/")
    )
    # No control character, bidi override or lone surrogate the data put there.
    for name, text in hostile.items():
        assert not unsafe(text, terminal=name == "terminal"), name
    links = [link for link in osc8_targets(hostile["terminal"]) if link]  # "" closes a link
    assert set(links) <= {accepted, "https://example.org/"}
    json_module.loads(hostile["json"])
    # Markdown and HTML hold the same elements as with plain text: none the data did not mean.
    for name in ("markdown", "checklist.md"):
        shape, links = markdown_shape(hostile[name])
        plain_shape, plain_links = markdown_shape(plain[name])
        assert shape == plain_shape, name
        assert len(links) == len(plain_links)
        assert all(link.startswith(("https://", "http://", "mailto:")) for link in links)
    shape, links = html_shape(hostile["html"])
    plain_shape, plain_links = html_shape(plain["html"])
    assert shape == plain_shape
    assert len(links) == len(plain_links)


@settings(max_examples=100, deadline=None)
@given(url=hostile_urls)
def test_a_url_is_http_https_or_mailto_without_spaces_quotes_brackets_or_controls(
    url: str,
) -> None:
    accepted = _accepted_url(url)
    if accepted is None:
        return
    assert re.match(r"(https?://|mailto:)", accepted)
    assert not re.search(r"[\s\"'<>`]", accepted)
    assert not unsafe(accepted)
    assert link_target(accepted) == accepted  # nothing in it a renderer must still encode


@settings(max_examples=50, deadline=None)
@given(key=st.text(st.characters(exclude_categories=["Cs"]), min_size=1, max_size=12),
       title=hostile_texts)  # fmt: skip
def test_keys_and_titles_reach_stderr_inert(key: str, title: str) -> None:
    from snitflade.errors import NoMatchError
    from snitflade.store.load import check, parse_text

    problems: list[Any] = []
    area = {"id": "zz", "title": "t", "summary": "s", "lead": "tr", "groups": ["tr"], key: 1}
    text = yaml.safe_dump({"areas": [area]}) + yaml.safe_dump({key: 2})  # and the key twice
    parsed = parse_text("lag/collaboration_areas.yaml", text, problems)
    if parsed is not None:
        check(model.AreaEntry, parsed.document["areas"][0], "da", parsed, ("areas", 0), problems)
    suggestion = NoMatchError("zz", [("zz", _text(title))])
    for shown in [p.text(lang) for p in problems for lang in ("da", "en")] + [suggestion.text()]:
        assert not unsafe(shown), shown
