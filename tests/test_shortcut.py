"""The shortcut (snitflade.shortcut) answers as the full command line does, or leaves it the run.

Every case runs twice in a fresh process: through the entry point (`snitflade.launch`, which tries
the shortcut first) and through the command line alone (`snitflade.cli.main`). Standard output,
standard error and the exit code must be the same. A second check shows which runs the shortcut
really took, so that "the same" is not the command line compared with itself.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

LAUNCH = "import sys\nsys.argv[0] = 'snitflade'\nfrom snitflade.launch import main\nmain()\n"
FULL = "import sys\nsys.argv[0] = 'snitflade'\nfrom snitflade.cli import main\nmain()\n"
# The same run, saying on stderr whether the command line (Typer) was loaded.
PROBE = (
    "import atexit, sys\nsys.argv[0] = 'snitflade'\n"
    "atexit.register(lambda: print('TYPER' if 'typer' in sys.modules else 'SHORT', "
    "'RICH' if 'rich' in sys.modules else '', file=sys.stderr))\n"
    "from snitflade.launch import main\nmain()\n"
)

# (argv, taken by the shortcut?)
QUESTIONS: list[tuple[list[str], bool]] = [
    (["who", "stress"], True),
    (["who", "-f", "json", "mobning"], True),
    (["who", "--format=markdown", "hvem", "tager", "sig", "af", "mobning"], True),
    (["--lang", "en", "who", "stress", "--why"], True),
    (["who", "--lang", "EN", "-f", "md", "sygefravær"], True),
    (["-f", "JSON", "who", "løn"], True),
    (["--sector", "stat", "who", "-f", "json", "tillidsrepræsentantens", "beskyttelse"], True),
    (["who", "hvad", "laver", "en", "AMR"], True),  # a role question: the role's page
    (["who", "stress", "--lang", "da", "--lang", "en"], True),  # the last --lang wins
    (["who"], False),
    (["who", ""], False),
    (["who", "xyzzy", "qwerty"], False),  # no match
    (["who", "-f", "html", "stress"], False),  # not a format of who
    (["who", "--sector", "nowhere", "stress"], False),
    (["who", "--lang", "fr", "stress"], False),
    (["who", "stress", "--explain"], False),
    (["--why", "who", "stress"], False),  # --why belongs after the command
    (["who", "--", "stress"], False),
    (["who", "-fjson", "stress"], False),
    (["who", "-f"], False),
    (["who", "stress", "-h"], False),
    (["hvem", "stress"], False),  # not a command
    (["topics"], False),
]


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {
        **os.environ,
        "COLUMNS": "90",
        "SNITFLADE_CACHE_DIR": str(tmp_path / "cache"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "SNITFLADE_LANG": "da",
    }
    for name in ("SNITFLADE_DATA_PATH", "SNITFLADE_DATA_DIR", "SNITFLADE_SECTOR", "FORCE_COLOR"):
        env.pop(name, None)
    return {**env, **extra}


def _run(code: str, argv: list[str], env: dict[str, str]) -> tuple[int, str, str]:
    result = subprocess.run(
        [sys.executable, "-c", code, *argv], capture_output=True, text=True, env=env, timeout=120
    )
    return result.returncode, result.stdout, result.stderr


def _path_of(argv: list[str], env: dict[str, str]) -> str:
    """SHORT if the run took the shortcut, TYPER if it loaded the command line."""
    said = _run(PROBE, argv, env)[2]
    return said.strip().splitlines()[-1].split()[0]


def _same_run(
    argv: list[str], env: dict[str, str], any_order: bool = False
) -> tuple[int, str, str]:
    short, full = _run(LAUNCH, argv, env), _run(FULL, argv, env)
    if any_order:  # Click offers -h and --help in either order (a set)
        short, full = ((code, sorted(out.splitlines()), err) for code, out, err in (short, full))  # type: ignore[assignment]
    assert short == full
    return short


@pytest.mark.parametrize(("argv", "taken"), QUESTIONS)
def test_a_question_is_answered_alike_on_both_paths(
    tmp_path: Path, argv: list[str], taken: bool
) -> None:
    env = _env(tmp_path)
    code, out, _err = _same_run(argv, env)
    if taken:
        assert code == 0 and out.strip()
    assert _path_of(argv, env) == ("SHORT" if taken else "TYPER")


def test_json_answers_load_neither_typer_nor_rich(tmp_path: Path) -> None:
    said = _run(PROBE, ["who", "-f", "json", "stress"], _env(tmp_path))[2]
    assert said.split() == ["SHORT"]  # and no RICH


@pytest.mark.parametrize(
    "extra",
    [
        {"SNITFLADE_SECTOR": "kommune"},
        {"SNITFLADE_SECTOR": "ingen"},  # a wrong sector: the command line's usage error
        {"LANGUAGE": "en_GB:da"},
        {"NO_COLOR": "1", "COLUMNS": "40"},
    ],
)
def test_the_environment_counts_alike_on_both_paths(tmp_path: Path, extra: dict[str, str]) -> None:
    _same_run(["who", "stress"], _env(tmp_path, **extra))


def test_a_layer_with_a_problem_is_left_to_the_command_line(tmp_path: Path) -> None:
    layer = tmp_path / "layer"
    layer.mkdir()
    (layer / "collaboration_areas.yaml").write_text("areas:\n  - id: Not An Id\n", encoding="utf-8")
    env = _env(tmp_path, SNITFLADE_DATA_PATH=str(layer))
    code, out, err = _same_run(["who", "stress"], env)
    assert code == 0 and out.strip()
    assert "collaboration_areas.yaml" in err  # the warning, said once, by the command line


def test_a_good_layer_is_answered_by_the_shortcut(tmp_path: Path) -> None:
    layer = tmp_path / "layer"
    layer.mkdir()
    (layer / "collaboration_areas.yaml").write_text(
        "areas:\n  - id: stress\n    aliases: [travlhedsknas]\n", encoding="utf-8"
    )
    env = _env(tmp_path, SNITFLADE_DATA_PATH=str(layer))
    code, out, _err = _same_run(["who", "-f", "json", "travlhedsknas"], env)
    assert code == 0 and '"area": "stress"' in out
    assert _path_of(["who", "travlhedsknas"], env) == "SHORT"


# (COMP_WORDS, COMP_CWORD, taken by the shortcut?)
COMPLETIONS: list[tuple[str, str, bool]] = [
    ("snitflade who st", "2", True),
    ("snitflade who ", "2", True),
    ("snitflade who arbejds mil", "3", True),
    ("snitflade who ARB", "2", True),
    ("snitflade who zzzz", "2", True),  # nothing begins so: an empty line, as Click prints
    ("snitflade who -", "2", False),  # options
    ("snitflade who 'st", "2", False),  # shell quoting
    ("snitflade checklist st", "2", False),
    ("snitflade ", "1", False),  # commands
    ("snitflade who --data-dir x st", "4", False),
    # Found by a review: Click splits on these four spaces only, reads "=" as nothing typed,
    # and int() refuses a superscript digit.
    ("snitflade who arbejds\u00a0mil", "2", False),
    ("snitflade who arbejds\u00a0mil", "3", False),
    ("snitflade who stress =", "3", False),
    ("snitflade who\tst", "2", True),
]


@pytest.mark.parametrize(("words", "cword", "taken"), COMPLETIONS)
def test_tab_completion_is_alike_on_both_paths(
    tmp_path: Path, words: str, cword: str, taken: bool
) -> None:
    env = _env(tmp_path, _SNITFLADE_COMPLETE="complete_bash", COMP_WORDS=words, COMP_CWORD=cword)
    code, out, _err = _same_run([], env, any_order=not taken)
    assert code == 0
    if words.endswith(" st"):
        assert "stress" in (out if isinstance(out, list) else out.split())
    assert _path_of([], env) == ("SHORT" if taken else "TYPER")


def test_completion_on_an_ascii_stdout_is_left_to_click(tmp_path: Path) -> None:
    env = _env(tmp_path, _SNITFLADE_COMPLETE="complete_bash", COMP_WORDS="snitflade who sygefr")
    env |= {"COMP_CWORD": "2", "PYTHONIOENCODING": "ascii"}
    _code, out, _err = _same_run([], env)
    assert "sygefravær" in out.split()
    assert _path_of([], env) == "TYPER"


def test_a_superscript_position_is_left_to_click(tmp_path: Path) -> None:
    from snitflade import shortcut

    environ = {"_SNITFLADE_COMPLETE": "complete_bash", "COMP_WORDS": "snitflade who st"}
    assert shortcut.answer([], {**environ, "COMP_CWORD": "²"}) is None


def test_the_shortcut_knows_the_options_and_choices_the_command_line_declares() -> None:
    import typer

    from snitflade import cli, shortcut
    from snitflade.language import LANGUAGES

    root = typer.main.get_command(cli.app)
    declared = {opt: p.name for p in root.params for opt in p.opts}
    for option, key in shortcut._VALUE_OPTIONS.items():
        assert declared[option] == key
    assert shortcut._choices("sector") == cli.SECTORS
    assert shortcut._CHOICES["lang"] == LANGUAGES
    for fmt in cli.FORMATS:
        try:
            cli.output_format("who", fmt, None)
        except Exception:
            assert fmt not in shortcut._CHOICES["fmt"]
        else:
            assert fmt in shortcut._CHOICES["fmt"]
    assert all(cli._FORMAT_ALIASES[k] == v for k, v in shortcut._ALIASES.items())
