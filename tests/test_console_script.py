"""The installed `snitflade` command, run as users run it: a separate process, not CliRunner.

This covers what CliRunner cannot: the console-script entry point, the real stdout/stderr of a
process, its exit status, and start-up from the compiled cache in a fresh interpreter.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

# The script pip wrote beside this interpreter (the venv's bin), as a user's shell finds it.
SCRIPT = shutil.which("snitflade", path=str(Path(sys.executable).parent))
Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def run(tmp_path: Path) -> Run:
    if SCRIPT is None:  # pragma: no cover - the test environment is made with `pip install -e`
        pytest.fail("no snitflade script beside the test interpreter: pip install -e '.[test]'")
    env = {
        **os.environ,
        "COLUMNS": "100",
        "SNITFLADE_CACHE_DIR": str(tmp_path / "cache"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "SNITFLADE_LANG": "da",
    }
    for name in ("SNITFLADE_DATA_PATH", "SNITFLADE_DATA_DIR", "FORCE_COLOR"):
        env.pop(name, None)

    def invoke(*args: str) -> subprocess.CompletedProcess[str]:
        assert SCRIPT is not None
        return subprocess.run(
            [SCRIPT, *args], capture_output=True, text=True, env=env, timeout=120, check=False
        )

    return invoke


def test_who_prints_the_table(run: Run) -> None:
    result = run("who", "stress")
    assert result.returncode == 0, result.stderr
    assert "Forebyggelse af stress" in result.stdout
    assert "TR" in result.stdout and "AMR" in result.stdout
    assert result.stderr == ""


def test_who_json_is_the_documented_shape_twice(run: Run) -> None:
    # The second run reads the compiled catalog the first one wrote: the same answer.
    first = run("who", "sygefravær", "-f", "json")
    second = run("who", "sygefravær", "-f", "json")
    assert first.returncode == 0 and second.returncode == 0, first.stderr + second.stderr
    assert first.stdout == second.stdout
    document = json.loads(first.stdout)
    assert document["version"] == 1
    assert document["match"]["area"] == "sygefravaer"


def test_an_unknown_topic_exits_1_with_a_message_and_no_traceback(run: Run) -> None:
    result = run("who", "xyzzyq")
    assert result.returncode == 1
    assert result.stdout == ""
    assert "xyzzyq" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_bad_option_exits_2(run: Run) -> None:
    result = run("who", "stress", "--format", "yaml")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_english_from_the_command_line(run: Run) -> None:
    result = run("--lang", "en", "who", "stress", "-f", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["area"]["title"] == "Preventing stress"


def test_completion_offers_topics_as_bash_asks_for_them(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "SNITFLADE_CACHE_DIR": str(tmp_path / "cache"),
        "_SNITFLADE_COMPLETE": "complete_bash",
        "COMP_WORDS": "snitflade who stre",
        "COMP_CWORD": "2",
    }
    assert SCRIPT is not None
    result = subprocess.run([SCRIPT], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "stress" in result.stdout.split()
