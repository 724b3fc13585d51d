"""A real headless Chromium prints the HTML checklists to PDF: page count and text.

Needs Debian's `chromium` and `poppler-utils` (pdfinfo, pdftotext); .ci/run installs them and
sets SNITFLADE_REQUIRE_CHROMIUM=1, so in CI these tests always run. On a machine without them
the tests are skipped with the reason, unless that variable is set.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from snitflade.cli import app
from snitflade.store.model import Catalog

runner = CliRunner()
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
TOOLS = CHROMIUM and shutil.which("pdfinfo") and shutil.which("pdftotext")
if not TOOLS:
    if os.environ.get("SNITFLADE_REQUIRE_CHROMIUM") == "1":
        pytest.fail("chromium, pdfinfo and pdftotext are required here", pytrace=False)
    pytest.skip("needs chromium and poppler-utils (see .ci/run)", allow_module_level=True)

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-pdf-header-footer",
]


def print_to_pdf(args: list[str], tmp_path: Path, lang: str = "da") -> tuple[int, str]:
    """Write the page as HTML, print it with Chromium; return (pages, text of the PDF)."""
    pages, text = print_pages(args, tmp_path, lang)
    return len(pages), " ".join(" ".join(pages).split())


def print_pages(args: list[str], tmp_path: Path, lang: str = "da") -> tuple[list[str], str]:
    """Print the page; return the text of each PDF page, and the whole text."""
    page = tmp_path / "checklist.html"
    pdf = tmp_path / "checklist.pdf"
    result = runner.invoke(app, ["--lang", lang, *args, "-f", "html", "-o", str(page), "--force"])
    assert result.exit_code == 0, result.stderr
    profile = tmp_path / "profile"
    subprocess.run(
        [str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}", f"--print-to-pdf={pdf}",
         page.as_uri()],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    count = int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.M).group(1))  # type: ignore[union-attr]
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    pages = text.stdout.split("\f")[:count]  # pdftotext ends each page with a form feed
    return pages, text.stdout


def test_coordination_checklist_prints_on_one_page(tmp_path: Path) -> None:
    pages, text = print_to_pdf(["checklist", "--workplace", "Plejecenter Solhøj"], tmp_path)
    assert pages == 1
    wanted = [
        "Koordineringsmøde mellem TR og AMR",
        "Plejecenter Solhøj",
        "Har vi gensidig tillid til hinanden?",
        "Aftal, hvornår I mødes igen",
    ]
    for words in wanted:
        assert words in text


def test_a_typical_area_checklist_prints_on_one_page(tmp_path: Path) -> None:
    pages, text = print_to_pdf(["checklist", "stress", "--date", "2026-12-01"], tmp_path)
    assert pages == 1
    assert "Møde om: Forebyggelse af stress" in text
    assert "1. december 2026" in text
    assert "TR forbereder" in text and "AMR forbereder" in text
    assert "https://at.dk/" in text  # links and sources print as readable addresses


def test_every_area_checklist_prints_on_two_pages_at_most(catalog: Catalog, tmp_path: Path) -> None:
    counts = {}
    for area in catalog.areas:
        folder = tmp_path / area.id
        folder.mkdir()
        counts[area.id], text = print_to_pdf(["checklist", area.id], folder)
        assert area.title.split(" (")[0] in text
    assert max(counts.values()) <= 2, counts
    assert sum(c == 1 for c in counts.values()) > len(counts) / 2, counts


def test_the_english_checklists_print_on_one_page_too(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    pages, text = print_to_pdf(["checklist"], tmp_path / "a", lang="en")
    assert pages == 1
    assert "Coordination meeting between the TR and the AMR" in text
    assert "TR: tillidsrepræsentant, the union representative" in text
    (tmp_path / "b").mkdir()
    pages, text = print_to_pdf(["checklist", "stress"], tmp_path / "b", lang="en")
    assert pages == 1 and "Meeting on: Preventing stress" in text


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("role", ["tr", "amr"])
def test_the_onboarding_note_prints_on_two_pages_at_most(
    tmp_path: Path, lang: str, role: str
) -> None:
    pages, text = print_to_pdf(["onboarding", role], tmp_path, lang=lang)
    assert pages <= 2
    assert ("Godt i gang som" if lang == "da" else "Getting started as") in text


def test_the_booklet_starts_every_topic_on_a_new_page(catalog: Catalog, tmp_path: Path) -> None:
    pages, _text = print_pages(["checklist", "--all"], tmp_path)
    starts = [p.strip().splitlines()[0] for p in pages if p.strip()]
    for area in catalog.areas:
        assert f"Møde om: {area.title}" in " ".join(starts) or any(
            s.startswith("Møde om: " + area.title[:30]) for s in starts
        ), area.id
    assert starts[0] == "Mødetjeklister for alle emner"
