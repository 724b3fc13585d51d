"""Text in a layer is hostile: every case the issue names, as an explicit test."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from snitflade.cli import app
from snitflade.store.model import Catalog
from tests.support import MAX_LAYER_FILE_BYTES, apply_layers

runner = CliRunner()

HOSTILE_AREA = """\
areas:
  - id: fiendtlig
    title: "[red]x[/red] \\e]52;c;SGVsbG8=\\a <script>alert(1)</script>"
    summary: "[bold]fed[/bold] \\e[31mrød"
    lead: tr
    groups: [tr]
    aliases: [zzzfiendtlig]
    duties:
      - id: fiendtlig-tr
        role: tr
        text: "&amp; <b>x</b> [link=https://evil]y[/link]"
        sources: [deck]
"""


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    folder = tmp_path / "lag"
    folder.mkdir()
    (folder / "collaboration_areas.yaml").write_text(HOSTILE_AREA, encoding="utf-8")
    return folder


def test_markup_and_control_characters_are_shown_literally_on_a_terminal(
    hostile: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")  # as on a real terminal: Rich is drawing styles
    out = runner.invoke(app, ["--data-dir", str(hostile), "who", "zzzfiendtlig"]).stdout
    assert "[red]x[/red]" in out
    assert "[bold]fed[/bold]" in out
    assert "[link=https://evil]y[/link]" in out
    assert "\x1b]" not in out and "\x07" not in out  # no OSC 52 (clipboard) or bell
    assert "\x1b[31m" not in out  # the data's own colour code never reaches the terminal
    assert "]8;" not in out  # no hyperlink smuggled in through markup


@pytest.mark.parametrize("fmt", ["table", "markdown", "json"])
def test_no_raw_escape_reaches_any_output(hostile: Path, fmt: str) -> None:
    out = runner.invoke(app, ["--data-dir", str(hostile), "who", "zzzfiendtlig", "-f", fmt]).stdout
    assert "\x1b" not in out and "\x07" not in out


def test_html_output_escapes_everything(hostile: Path) -> None:
    args = ["--data-dir", str(hostile), "checklist", "zzzfiendtlig", "-f", "html"]
    out = runner.invoke(app, args).stdout
    assert "<script>" not in out and "<b>x</b>" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "&amp;amp; &lt;b&gt;x&lt;/b&gt;" in out


def test_links_must_be_https_http_or_mailto(tmp_path: Path, validated: Catalog) -> None:
    folder = tmp_path / "lag"
    folder.mkdir()
    (folder / "collaboration_areas.yaml").write_text(
        textwrap.dedent("""\
        links:
          - {id: ond, title: Ond, url: "javascript:alert(1)", sources: [deck]}
          - {id: fil, title: Fil, url: "file:///etc/passwd", sources: [deck]}
          - {id: god, title: God, url: "mailto:tr@example.org", sources: [deck]}
        """),
        encoding="utf-8",
    )
    merged, problems = apply_layers(validated, [folder])
    assert len(problems) == 2
    assert all("links." in p.field and "https://" in p.message for p in problems)
    assert [lk.id for lk in merged.links if lk.id in {"ond", "fil", "god"}] == ["god"]


def test_an_alias_bomb_is_refused_quickly(tmp_path: Path, validated: Catalog) -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 12)]
    lines.append("areas: *a11")
    folder = tmp_path / "bomb"
    folder.mkdir()
    (folder / "collaboration_areas.yaml").write_text("\n".join(lines), encoding="utf-8")
    started = time.perf_counter()
    merged, problems = apply_layers(validated, [folder])
    assert time.perf_counter() - started < 30  # a generous bound on a hang, not a speed target
    assert ["aliaser" in p.message for p in problems] == [True]
    assert merged.areas == validated.areas


def test_a_huge_file_is_refused(tmp_path: Path, validated: Catalog) -> None:
    folder = tmp_path / "stor"
    folder.mkdir()
    path = folder / "glossary.yaml"
    path.write_text("# " + "x" * MAX_LAYER_FILE_BYTES + "\nterms: []\n", encoding="utf-8")
    _merged, problems = apply_layers(validated, [folder])
    assert ["for stor" in p.message for p in problems] == [True]


def test_a_file_that_is_not_utf8_gets_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "latin1"
    folder.mkdir()
    (folder / "sources.yaml").write_bytes(
        "sources:\n  - {id: x, title: Bemærk}\n".encode("latin-1")
    )
    result = runner.invoke(app, ["validate", str(folder)])
    assert result.exit_code == 1
    assert "filen er ikke UTF-8" in result.stdout and "gem den som UTF-8" in result.stdout


def test_a_raw_control_character_in_yaml_is_located(tmp_path: Path) -> None:
    folder = tmp_path / "ctl"
    folder.mkdir()
    (folder / "sources.yaml").write_text(
        'sources:\n  - {id: x, title: "a\x1bb"}\n', encoding="utf-8"
    )
    result = runner.invoke(app, ["validate", str(folder)])
    assert "sources.yaml:2:" in result.stdout and "U+001B" in result.stdout
    assert "\x1b" not in result.stdout


# --- robustness across every command --------------------------------------------------------


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "snitflade", *args],
        capture_output=True, text=True, env={**os.environ, **(env or {})}, check=False,
    )  # fmt: skip


def test_output_piped_to_head_gives_no_traceback() -> None:
    pipeline = f"{sys.executable} -m snitflade onboarding --role tr | head -n 1"
    result = subprocess.run(["bash", "-c", f"set -o pipefail; {pipeline}"], capture_output=True,
                            text=True, check=False)  # fmt: skip
    assert result.stdout == "# Godt i gang som TR\n"
    assert "Traceback" not in result.stderr and "Error" not in result.stderr


def test_ctrl_c_exits_130_without_a_traceback(tmp_path: Path) -> None:
    # Stop the program while it waits, as Ctrl-C does: SIGINT to the process.
    script = tmp_path / "slow.py"
    script.write_text(
        "import time\nimport snitflade.ask.answers as a\n"
        "def slow(*args, **kwargs):\n    time.sleep(30)\n"
        "a.who = slow\n"
        "from snitflade.cli import main\nmain()\n",
        encoding="utf-8",
    )
    process = subprocess.Popen(
        [sys.executable, str(script), "who", "stress"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    time.sleep(1.5)
    process.send_signal(signal.SIGINT)
    _out, err = process.communicate(timeout=30)
    assert process.returncode == 130
    assert "Traceback" not in err


@pytest.mark.parametrize("locale", ["C", "POSIX"])
def test_plain_c_locale_still_prints_danish_letters(locale: str) -> None:
    result = _run("who", "løn", env={"LANG": locale, "LC_ALL": locale})
    assert result.returncode == 0, result.stderr
    assert "Løn og lønforhandlinger" in result.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["who", "stress"], ["compare"], ["role", "amr"], ["search", "hviletid"],
        ["checklist", "apv"], ["glossary"], ["topics", "-f", "table"], ["sources"],
        ["onboarding", "--role", "tr", "-f", "table"],
    ],
)  # fmt: skip
def test_forty_columns_stays_readable_and_loses_no_words(args: list[str]) -> None:
    wide = runner.invoke(app, args, env={"COLUMNS": "200"}).stdout
    narrow = runner.invoke(app, args, env={"COLUMNS": "40"}).stdout
    # Every line fits, except a URL, which is never broken (issue 14).
    assert max(len(line) for line in narrow.splitlines() if "://" not in line) <= 40
    assert "…" not in narrow

    def letters(text: str) -> Counter[str]:
        return Counter(ch for ch in text if ch.isalnum())

    # Every letter shown wide is shown narrow (stacked layouts may add role labels).
    assert letters(wide) - letters(narrow) == Counter()


def test_json_of_a_hostile_layer_is_valid(hostile: Path) -> None:
    out = runner.invoke(
        app, ["--data-dir", str(hostile), "who", "zzzfiendtlig", "-f", "json"]
    ).stdout
    document = json.loads(out)
    title = document["area"]["title"]
    assert title.startswith("[red]x[/red] ]52")  # the text is kept, as text
    assert "\x1b" not in title and "\x07" not in title  # control characters never enter


def test_deeply_nested_yaml_is_refused(tmp_path: Path, validated: Catalog) -> None:
    folder = tmp_path / "dyb"
    folder.mkdir()
    (folder / "glossary.yaml").write_text("terms: " + "[" * 20000 + "]" * 20000, encoding="utf-8")
    merged, problems = apply_layers(validated, [folder])
    assert len(problems) == 1 and "for dybt indlejret" in problems[0].message
    assert merged.glossary == validated.glossary


def test_a_long_layer_without_aliases_is_not_an_alias_bomb(
    tmp_path: Path, validated: Catalog
) -> None:
    folder = tmp_path / "lang"
    folder.mkdir()
    terms = "".join(
        f"  - {{id: lokal-{i}, term: ord{i}, text: Forklaring {i}., sources: [deck]}}\n"
        for i in range(6000)
    )
    (folder / "glossary.yaml").write_text("terms:\n" + terms, encoding="utf-8")
    merged, problems = apply_layers(validated, [folder])
    assert problems == []
    assert len(merged.glossary) == len(validated.glossary) + 6000
