from __future__ import annotations

import pytest
from pydantic import ValidationError

from snitflade.models import Area, Citation, Link, Statement


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
    assert Citation.model_validate("deck") == Citation(id="deck")


def test_unknown_key_is_an_error() -> None:
    with pytest.raises(ValidationError, match="dutys"):
        Area.model_validate(_area(dutys=[]))


@pytest.mark.parametrize("role", ["TR", "leder", "", "both"])
def test_duty_role_must_be_tr_amr_or_shared(role: str) -> None:
    duty = {"id": "x-tr", "role": role, "text": "T", "sources": ["deck"]}
    with pytest.raises(ValidationError):
        Area.model_validate(_area(duties=[duty]))


def test_every_statement_needs_a_source() -> None:
    with pytest.raises(ValidationError):
        Statement.model_validate({"id": "a", "text": "T", "sources": []})


@pytest.mark.parametrize("bad_id", ["Stress", "ar bejdstid", "æble", "-x", ""])
def test_ids_are_lowercase_ascii(bad_id: str) -> None:
    with pytest.raises(ValidationError):
        Statement.model_validate({"id": bad_id, "text": "T", "sources": ["deck"]})


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
        assert Link.model_validate(data).url == url
    else:
        with pytest.raises(ValidationError):
            Link.model_validate(data)


def test_models_are_frozen() -> None:
    statement = Statement.model_validate({"id": "a", "text": "T", "sources": ["deck"]})
    with pytest.raises(ValidationError):
        statement.text = "changed"  # type: ignore[misc]
