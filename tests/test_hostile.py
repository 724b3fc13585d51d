"""Text in a layer is hostile: every case the issue names, as an explicit test."""

from __future__ import annotations

import contextlib
import io
import json
import os
import pty
import re
import signal
import subprocess
import sys
import textwrap
import time
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from snitflade.cli import app
from snitflade.store.model import Catalog
from tests.hostile import html_shape, markdown_shape, osc8_targets, unsafe
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


def test_a_glossary_term_from_a_layer_is_shown_literally_as_a_label(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The terms stand in the label column of the glossary; a label was read as Rich markup.
    (tmp_path / "glossary.yaml").write_text(
        "terms:\n  - id: term-fjendtlig\n    term: '[reverse]FJENDTLIG[/reverse]'\n"
        "    text: {da: En prøve., en: A test.}\n    sources: [{id: aml}]\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("FORCE_COLOR", "1")
    for columns in ("100", "40"):  # beside its text, and above it on a narrow screen
        out = runner.invoke(
            app, ["--data-dir", str(tmp_path), "glossary"], env={"COLUMNS": columns}
        ).stdout
        assert "[reverse]FJENDTLIG[/reverse]" in out, columns
        assert "\x1b[7m" not in out and ";7m" not in out, columns


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
    assert err.strip() == "Afbrudt."


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


# --- A whole hostile layer, through every command, format and stream ------------------------

# Every kind of text a layer can hold, each hostile to a terminal, to Markdown or to HTML. The
# URLs of ond-url and ond-url-2 are refused (warnings); the others are accepted, and still hold
# what Markdown would read as syntax. Written as `snitflade init` writes a layer, edited by hand.
HOSTILE_LAYER = {
    "sources.yaml": r"""
sources:
  - id: ond-kilde
    title: "Kilde \e]52;c;UFdORUQ=\a \x9b31m \u202eevil - > # <b>x</b> [a](https://phish.example)"
    url: "https://e.x/a)b](c)_*|x~~y"
  - id: ond-url
    title: Ond adresse
    url: "https://e.x/\e]52;c;UFdORUQ=\a\e[2J"
  - id: ond-url-2
    title: Ond adresse 2
    url: "https://e.x/><script>alert(document.domain)</script>[pwn](https://phish.example)"
""",
    "collaboration_areas.yaml": r"""
links:
  - id: ond-link
    title: "- Link \e]8;;https://evil\e\\x\e]8;;\e\\ [x](https://phish.example) |"
    url: "https://e.x/q?a=1&b=2)*_"
    note: "1) note <!-- c --> \u2067"
    sources: [ond-kilde]
areas:
  - id: fiendtlig
    title: "hozz\e]52;c;UFdORUQ=\aile \x9b \u202e [red]x[/red] <script>alert(1)</script>"
    summary: "- liste\n# overskrift\n1. nummer <b>x</b> `kode` [a](https://phish.example) | pipe"
    lead: tr
    groups: [tr]
    aliases: ["zzzfiendtlig", "\e[31m# alias"]
    links: [ond-link]
    duties:
      - id: fiendtlig-tr
        role: tr
        text: "- nested\n> quote\n+ plus\n* star\n2) paren &amp; &#60;b&#62;"
        note: "=== \e[2J \u2066isoleret"
        sources: [ond-kilde]
      - id: fiendtlig-amr
        role: amr
        text: "1. [x](javascript:alert(1)) <img src=x onerror=alert(1)> ![i](https://x.example/i)"
        sources: [ond-kilde]
      - id: fiendtlig-begge
        role: shared
        text: "--- \x9b2J"
        sources: [ond-kilde]
    employer:
      - id: fiendtlig-ag
        text: "<https://phish.example> www.phish.example \\ \u200f"
        sources: [ond-kilde]
  - id: fiendtlig-to
    title: To
    summary: To
    lead: amr
    groups: [amr]
    duties: [{id: fiendtlig-to-1, role: amr, text: x, sources: [ond-kilde]}]
    "ond\e]52;c;QQ==\anøgle": 1
guidance:
  - id: fiendtlig-raad
    kind: advice
    title: "Råd \e[2J \x9b \u202e # <i>"
    applies_to: [fiendtlig]
    items:
      - id: fiendtlig-raad-1
        text: "***"
        sources: [ond-kilde]
""",
    "roles.yaml": r"""
roles:
  - id: tr
    contacts:
      - id: ond-kontakt
        name: "1. Navn \e]52;c;QQ==\a <b>"
        phone: "12 \x9b 34"
        note: "> citat \u202e"
""",
    "glossary.yaml": r"""
terms:
  - id: ond-term
    term: "\e]52;c;QQ==\aOND"
    expansion: "- <b>udvidet</b>"
    text: "# Forklaring \x9b"
    sources: [ond-kilde]
""",
    "deadlines.yaml": 'deadlines: []\n"\\e[2Jdobbelt": 1\n"\\e[2Jdobbelt": 2\n',
    "ond\x1b]52;c;QQ==\x07.yaml": "x: 1\n",
}
# The same layer with plain words: what the outputs' elements should be when nothing is hostile.
_TEXT_LINE = re.compile(
    r'^(\s*(?:- )?(?:title|summary|text|note|name|phone|term|expansion): )".*"$'
)

ACCEPTED_URLS = {"https://e.x/a)b](c)_*|x~~y", "https://e.x/q?a=1&b=2)*_"}
# Each command and the formats it has, as a user would run it.
COMMANDS = [
    (["who", "zzzfiendtlig"], ["table", "markdown", "json"]),
    (["checklist", "zzzfiendtlig"], ["table", "markdown", "json", "html"]),
    (["onboarding", "--role", "tr"], ["table", "markdown", "json"]),
    (["role", "tr"], ["table", "markdown", "json"]),
    (["glossary"], ["table", "markdown", "json"]),
    (["sources"], ["table", "markdown", "json"]),
    (["search", "nested quote"], ["table", "markdown", "json"]),
]
RUNS = [(args, fmt) for args, formats in COMMANDS for fmt in formats]


def _shipped_urls(catalog: Catalog) -> set[str]:
    return {s.url for s in catalog.sources if s.url} | {link.url for link in catalog.links}


def _write_layer(folder: Path, plain: bool = False) -> Path:
    folder.mkdir()
    for name, text in HOSTILE_LAYER.items():
        if plain:
            text = "\n".join(_TEXT_LINE.sub(r'\1"tekst"', line) for line in text.splitlines())
        (folder / name).write_text(text.lstrip(), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def layers(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The hostile layer, and the same layer in plain words."""
    root = tmp_path_factory.mktemp("lag")
    return _write_layer(root / "ond"), _write_layer(root / "god", plain=True)


def _invoke(layer: Path, args: list[str], *extra: str, **env: str) -> Result:
    return runner.invoke(app, ["--data-dir", str(layer), "--explain", *args, *extra], env=env)


def test_the_hostile_layer_is_read_with_exactly_its_warnings(layers: tuple[Path, Path]) -> None:
    result = _invoke(layers[0], ["who", "zzzfiendtlig"])
    assert result.exit_code == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("Advarsel")]
    assert len(warnings) == 5, result.stderr
    assert sum("sources.1.url" in w or "sources.2.url" in w for w in warnings) == 2
    assert any("areas.1.ond]52;c;QQ==nøgle: ukendt nøgle" in w for w in warnings)
    assert any("nøglen '[2Jdobbelt' står to gange" in w for w in warnings)
    assert any("ond\\x1b]52;c;QQ==\\x07.yaml: ukendt filnavn" in w for w in warnings)
    assert not unsafe(result.stderr)


@pytest.mark.parametrize(("args", "fmt"), RUNS, ids=[f"{a[0]}-{f}" for a, f in RUNS])
def test_no_control_character_from_the_layer_reaches_stdout_or_stderr(
    layers: tuple[Path, Path], args: list[str], fmt: str
) -> None:
    result = _invoke(layers[0], args, "-f", fmt)
    assert result.exit_code == 0, result.stderr
    assert not unsafe(result.stdout) and not unsafe(result.stderr)
    if fmt == "json":
        json.loads(result.stdout)


@pytest.mark.parametrize("args", [args for args, _formats in COMMANDS], ids=lambda a: a[0])
def test_on_a_terminal_only_rich_writes_escape_codes(
    layers: tuple[Path, Path], args: list[str], catalog: Catalog
) -> None:
    result = _invoke(layers[0], args, "-f", "table", FORCE_COLOR="1")  # as on a terminal
    assert result.exit_code == 0, result.stderr
    assert "\x1b[" in result.stdout  # styles are drawn: this is the terminal path
    assert not unsafe(result.stdout, terminal=True)
    assert {t for t in osc8_targets(result.stdout) if t} <= ACCEPTED_URLS | _shipped_urls(catalog)


def test_on_a_real_terminal_only_rich_writes_escape_codes(layers: tuple[Path, Path]) -> None:
    primary, secondary = pty.openpty()
    env = {**os.environ, "COLUMNS": "100", "TERM": "xterm-256color"}
    env.pop("NO_COLOR", None)
    args = ["--data-dir", str(layers[0]), "who", "zzzfiendtlig"]
    process = subprocess.Popen(
        [sys.executable, "-m", "snitflade", *args],
        stdin=secondary, stdout=secondary, stderr=subprocess.PIPE, env=env,
    )  # fmt: skip
    os.close(secondary)
    chunks = []
    with contextlib.suppress(OSError):  # EIO: the program closed the terminal
        while chunk := os.read(primary, 65536):
            chunks.append(chunk)
    os.close(primary)
    _out, err = process.communicate(timeout=60)
    out = b"".join(chunks).decode("utf-8").replace("\r\n", "\n")
    assert process.returncode == 0, err
    assert "\x1b[" in out and "hozz]52;c;UFdORUQ=ile" in out
    assert not unsafe(out, terminal=True)
    assert {t for t in osc8_targets(out) if t} <= ACCEPTED_URLS


@pytest.mark.parametrize(
    ("args", "fmt"),
    [(a, f) for a, f in RUNS if f in {"markdown", "html"} and a[0] != "search"],
    ids=lambda v: v if isinstance(v, str) else v[0],
)
def test_markdown_and_html_hold_no_element_or_link_the_data_did_not_mean(
    layers: tuple[Path, Path], args: list[str], fmt: str
) -> None:
    hostile = _invoke(layers[0], args, "-f", fmt).stdout
    plain = _invoke(layers[1], args, "-f", fmt).stdout
    shape = markdown_shape if fmt == "markdown" else html_shape
    (elements, links), (plain_elements, plain_links) = shape(hostile), shape(plain)
    # As many elements of each kind, and the same links (`sources` sorts by title: any order).
    assert Counter(elements) == Counter(plain_elements)
    assert sorted(links) == sorted(plain_links)
    assert all(link.startswith(("https://", "http://", "mailto:")) for link in links)
    assert "phish" not in " ".join(links) and "javascript" not in " ".join(links)


def test_search_results_in_markdown_hold_only_their_own_elements(
    layers: tuple[Path, Path],
) -> None:
    # The hits differ with plain words, so this one is checked against what search makes.
    out = _invoke(layers[0], ["search", "nested quote", "-f", "markdown"]).stdout
    assert "nested" in out
    elements, links = markdown_shape(out)
    kinds = {kind.removesuffix("_open").removesuffix("_close") for kind, _tag in elements}
    assert kinds <= {"heading", "paragraph", "ordered_list", "list_item", "strong", "em",
                     "code_inline", "softbreak", "link"}  # fmt: skip
    assert all(link.startswith(("https://", "http://", "mailto:")) for link in links)


def test_a_suggestion_shows_a_layer_title_inert(layers: tuple[Path, Path]) -> None:
    # A word only the layer's text holds: no topic name matches, so the search hits suggest one.
    result = _invoke(layers[0], ["who", "nested"])
    assert result.exit_code == 1
    assert "Mente du: fiendtlig (hozz]52;c;UFdORUQ=ile" in result.stderr
    assert not unsafe(result.stderr)


def test_validate_shows_keys_and_file_names_as_escapes(layers: tuple[Path, Path]) -> None:
    result = runner.invoke(app, ["validate", str(layers[0])])
    assert result.exit_code == 1
    assert "\\x1b]52;c;QQ==\\x07" in result.stdout  # the key is named, its escapes shown
    assert not unsafe(result.stdout) and not unsafe(result.stderr)


@pytest.mark.parametrize(
    "url",
    [
        "https://e.x/><script>alert(document.domain)</script>[pwn](https://phish.example)",
        "https://e.x/\x1b]52;c;UFdORUQ=\x07\x1b[2J",
        "javascript:alert(1)",
        "https://e.x/a b",
        "https://e.x/\u202e",
    ],
)
def test_markdown_html_and_the_terminal_make_no_link_of_a_url_the_model_would_refuse(
    url: str,
) -> None:
    # The renderers stay safe on their own, whatever reaches them.
    from rich.console import Console

    from snitflade.ask.answers import SourceUse
    from snitflade.render import markdown, table
    from snitflade.store.model import Source

    uses = [SourceUse(source=Source(id="x", title="Kilde", url=url), citations=1)]
    shape, links = markdown_shape(markdown.sources(uses))
    assert not any(kind.startswith("html") for kind, _tag in shape)
    assert len(links) <= 1 and all(" " not in link and "<" not in link for link in links)
    assert all(link.startswith("https://e.x/") for link in links)
    console = Console(file=io.StringIO(), force_terminal=True, width=100)
    console.print(table.sources(uses, 100))
    out = console.file.getvalue()  # type: ignore[attr-defined]
    assert not unsafe(out, terminal=True)
    assert all(t.startswith("https://e.x/") and "\x1b" not in t for t in osc8_targets(out) if t)


def test_a_yaml_merge_key_is_refused_with_its_line(tmp_path: Path) -> None:
    folder = tmp_path / "flet"
    folder.mkdir()
    (folder / "sources.yaml").write_text(
        "base: &b {title: Fælles}\nsources:\n  - id: x\n    <<: *b\n", encoding="utf-8"
    )
    result = runner.invoke(app, ["validate", str(folder)])
    assert result.exit_code == 1
    assert "sources.yaml:4:5: YAML-fletnøgler (<<:) understøttes ikke" in result.stdout
    result = runner.invoke(app, ["--data-dir", str(folder), "who", "stress"])
    assert result.exit_code == 0 and "fletnøgler" in result.stderr


@pytest.mark.parametrize("name", ["XDG_CONFIG_HOME", "XDG_CACHE_HOME"])
def test_a_relative_xdg_folder_is_ignored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    from snitflade.store.sources import cache_dir, personal_layer

    monkeypatch.chdir(tmp_path)
    (tmp_path / "relativ" / "snitflade").mkdir(parents=True)
    environ = {name: "relativ", "HOME": str(tmp_path / "hjem")}
    assert personal_layer(environ) == str(tmp_path / "hjem" / ".config" / "snitflade")
    assert cache_dir(environ) == str(tmp_path / "hjem" / ".cache" / "snitflade")


def test_a_home_too_long_to_name_a_folder_means_no_personal_layer(tmp_path: Path) -> None:
    # stat() fails with "File name too long" there; pathlib raised it as a traceback.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "SNITFLADE_"))}
    env |= {"HOME": "/tmp/" + "a" * 5000, "SNITFLADE_CACHE_DIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "snitflade", "who", "stress", "-f", "json"],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["match"]["area"] == "stress"
    assert result.stderr == ""
