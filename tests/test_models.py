from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from pydantic import ValidationError

from snitflade.store.load import adapter
from snitflade.store.model import AreaEntry, Citation, Cite, Link, Statement


def _check(shape: Any, value: object) -> Any:
    """Check `value` as the loader does: the model's one shape, read by Pydantic."""
    return adapter(shape).validate_python(value, context={"lang": "da"})


def _area(**changes: object) -> dict[str, object]:
    area: dict[str, object] = {
        "id": "x",
        "title": "X",
        "summary": "S",
        "lead": "tr",
        "groups": ["tr"],
        "duties": [{"id": "x-tr", "role": "tr", "text": "T", "sources": ["deck"]}],
    }
    area.update(changes)
    return area


def test_bare_source_id_is_shorthand_for_a_citation() -> None:
    assert _check(Cite, "deck") == Citation(id="deck")


def test_unknown_key_is_an_error() -> None:
    with pytest.raises(ValidationError, match="dutys"):
        _check(AreaEntry, _area(dutys=[]))


@pytest.mark.parametrize("role", ["TR", "leder", "", "both"])
def test_duty_role_must_be_tr_amr_or_shared(role: str) -> None:
    duty = {"id": "x-tr", "role": role, "text": "T", "sources": ["deck"]}
    with pytest.raises(ValidationError):
        _check(AreaEntry, _area(duties=[duty]))


def test_every_statement_needs_a_source() -> None:
    with pytest.raises(ValidationError):
        _check(Statement, {"id": "a", "text": "T", "sources": []})


@pytest.mark.parametrize("bad_id", ["Stress", "ar bejdstid", "æble", "-x", ""])
def test_ids_are_lowercase_ascii(bad_id: str) -> None:
    with pytest.raises(ValidationError):
        _check(Statement, {"id": bad_id, "text": "T", "sources": ["deck"]})


@pytest.mark.parametrize(
    "url,ok",
    [
        ("https://at.dk/x", True),
        ("http://example.org", True),
        ("mailto:tr@example.org", True),
        ("javascript:alert(1)", False),
        ("file:///etc/passwd", False),
        ("https://a b", False),
        ("at.dk", False),
    ],
)
def test_links_are_http_https_or_mailto(url: str, ok: bool) -> None:
    data = {"id": "l", "title": "L", "url": url, "sources": ["deck"]}
    if ok:
        assert _check(Link, data).url == url
    else:
        with pytest.raises(ValidationError):
            _check(Link, data)


def test_models_are_frozen() -> None:
    statement = _check(Statement, {"id": "a", "text": "T", "sources": ["deck"]})
    with pytest.raises(dataclasses.FrozenInstanceError):
        statement.text = "changed"  # type: ignore[misc]


def test_control_characters_never_enter_a_text() -> None:
    statement = _check(
        Statement, {"id": "a", "text": "T\x1b]52;c;x\x07\u202eR\x9b", "sources": ["deck"]}
    )
    assert statement.text == "T]52;c;xR"


@pytest.mark.parametrize(
    "url", ["https://e.x/\x1b]52;c;UFdORUQ=\x07", "https://e.x/><script>", 'https://e.x/"a']
)
def test_urls_with_controls_quotes_or_angle_brackets_are_refused(url: str) -> None:
    data = {"id": "l", "title": "L", "url": url, "sources": ["deck"]}
    with pytest.raises(ValidationError):
        _check(Link, data)
