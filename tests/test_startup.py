"""Start-up: which modules each path imports, and that the caches give the same answers.

No timing here: the machines are shared and noisy. bench/startup.py and bench/scale.py measure.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

HEAVY = {"typer", "rich", "pydantic", "yaml"}


def run(
    args: list[str], env: dict[str, str], probe: bool = False
) -> subprocess.CompletedProcess[str]:
    """Run snitflade's entry point; with `probe`, also print the modules it imported."""
    code = "import sys\nfrom snitflade.quick import main\nsys.argv = ['snitflade', *sys.argv[1:]]\n"
    if probe:
        code += (
            "import atexit\n"
            "def report():\n"
            "    sys.stderr.write('MODULES ' + ' '.join(sorted(sys.modules)))\n"
            "atexit.register(report)\n"
        )
    code += "main()\n"
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=False
    )


def modules(result: subprocess.CompletedProcess[str]) -> set[str]:
    line = next(line for line in result.stderr.splitlines() if line.startswith("MODULES "))
    return {name.split(".")[0] for name in line.split()[1:]}


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    values = {**os.environ, "SNITFLADE_CACHE_DIR": str(tmp_path / "cache"), "COLUMNS": "100"}
    values.pop("SNITFLADE_NO_REPLAY", None)
    return values


@pytest.mark.parametrize(
    "args",
    [["who", "stress"], ["who", "stress", "--format", "json"], ["--help"], ["search", "hviletid"]],
)
def test_a_repeated_command_imports_no_heavy_library(args: list[str], env: dict[str, str]) -> None:
    first = run(args, env, probe=True)
    assert first.returncode == 0, first.stderr
    assert modules(first) & HEAVY  # the first run really does the work
    again = run(args, env, probe=True)
    assert again.returncode == 0
    assert again.stdout == first.stdout
    assert modules(again) & HEAVY == set()


def test_completion_is_replayed_too(env: dict[str, str]) -> None:
    completing = {**env, "_SNITFLADE_COMPLETE": "complete_bash", "COMP_WORDS": "snitflade who st",
                  "COMP_CWORD": "2"}  # fmt: skip
    first = run([], completing, probe=True)
    again = run([], completing, probe=True)
    assert "stress" in first.stdout.split()
    assert again.stdout == first.stdout
    assert modules(again) & HEAVY == set()


def test_the_compiled_data_needs_neither_yaml_nor_pydantic(env: dict[str, str]) -> None:
    no_replay = {**env, "SNITFLADE_NO_REPLAY": "1"}
    run(["who", "stress", "-f", "json"], no_replay)  # compiles and caches the data
    result = run(["who", "stress", "-f", "json"], no_replay, probe=True)
    assert result.returncode == 0
    assert modules(result) & {"yaml", "pydantic", "rich"} == set()


@pytest.mark.parametrize("named_by", ["--data-dir", "SNITFLADE_DATA_PATH", "personal folder"])
def test_a_changed_layer_file_is_never_answered_from_the_cache(
    named_by: str, env: dict[str, str], tmp_path: Path
) -> None:
    # quick.py finds the layers itself (stdlib only), so each way of naming one is checked here.
    args = ["who", "stress", "-f", "json"]
    if named_by == "--data-dir":
        layer = tmp_path / "lag"
        args = ["--data-dir", str(layer), *args]
    elif named_by == "SNITFLADE_DATA_PATH":
        layer = tmp_path / "lag"
        env = {**env, "SNITFLADE_DATA_PATH": str(layer)}
    else:
        layer = tmp_path / "cfg" / "snitflade"
        env = {**env, "XDG_CONFIG_HOME": str(tmp_path / "cfg")}
        env.pop("SNITFLADE_DATA_PATH", None)
        before = run(args, env)  # recorded while the personal folder does not exist yet
        assert before.returncode == 0, before.stderr
    layer.mkdir(parents=True)
    areas = layer / "collaboration_areas.yaml"

    def summary(text: str) -> str:
        areas.write_text(
            textwrap.dedent(f"""\
            areas:
              - id: stress
                summary: {text}
            """),
            encoding="utf-8",
        )
        result = run(args, env)
        assert result.returncode == 0, result.stderr
        return result.stdout

    assert '"summary": "første udgave"' in summary("første udgave")
    assert '"summary": "første udgave"' in summary("første udgave")  # replayed
    assert '"summary": "anden udgave"' in summary("anden udgave")
    no_replay = {**env, "SNITFLADE_NO_REPLAY": "1"}
    areas.write_text("areas:\n  - id: stress\n    summary: tredje udgave\n", encoding="utf-8")
    result = run(args, no_replay)
    assert '"summary": "tredje udgave"' in result.stdout  # the compiled cache follows too


def test_errors_and_file_writes_are_not_replayed(env: dict[str, str], tmp_path: Path) -> None:
    first = run(["who", "pizza"], env)
    again = run(["who", "pizza"], env, probe=True)
    assert first.returncode == again.returncode == 1
    assert again.stderr.startswith(first.stderr)
    assert modules(again) & {"typer"}  # answered afresh, not from the cache
    target = tmp_path / "out.md"
    assert run(["checklist", "-f", "markdown", "-o", str(target)], env).returncode == 0
    target.unlink()
    assert run(["checklist", "-f", "markdown", "-o", str(target)], env).returncode == 0
    assert target.is_file()  # the second run wrote the file again


def test_a_damaged_cache_is_rebuilt(env: dict[str, str], tmp_path: Path) -> None:
    first = run(["who", "stress"], env)
    for path in (tmp_path / "cache").rglob("*"):
        if path.is_file():
            path.write_bytes(b"\x00garbage")
    again = run(["who", "stress"], env)
    assert again.returncode == 0
    assert again.stdout == first.stdout


def test_the_cli_module_keeps_the_data_layer_out_of_help(env: dict[str, str]) -> None:
    result = run(["--help"], {**env, "SNITFLADE_NO_REPLAY": "1"}, probe=True)
    assert result.returncode == 0
    assert modules(result) & {"yaml", "pydantic"} == set()


def test_a_replayed_answer_to_a_reader_that_left_gives_no_traceback(env: dict[str, str]) -> None:
    args = ["search", "arbejdsmiljø", "-n", "100", "-f", "json"]  # more than a pipe holds
    assert run(args, env).returncode == 0  # recorded
    code = (
        "import subprocess, sys, time\n"
        "reader = subprocess.Popen(['true'], stdin=subprocess.PIPE)\n"
        "reader.wait()\n"
        "time.sleep(0.1)\n"
        "writer = subprocess.run([sys.executable, '-m', 'snitflade', *sys.argv[1:]],\n"
        "                        stdout=reader.stdin, stderr=subprocess.PIPE, text=True)\n"
        "print(writer.returncode)\n"
        "print(writer.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=False
    )
    returncode, _, stderr = result.stdout.partition("\n")
    assert returncode == "1"
    assert "Traceback" not in stderr and "BrokenPipe" not in stderr
