"""Property-based: the loader and the matcher raise nothing but the project's own errors."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from snitflade.ask.matching import find_area
from snitflade.ask.search import search
from snitflade.errors import DataError, NoMatchError
from snitflade.store.model import Catalog
from snitflade.store.model import Catalog as Runtime
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
