"""Where the answer goes is hostile too: files named with -o, closed or full streams, encodings
that cannot hold æ, paths that are not UTF-8, narrow widths, and Ctrl-C at any moment. The tool
never says it did what it did not, and never ends in a traceback."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from snitflade.cli import app
from snitflade.render.table import MIN_WIDTH

runner = CliRunner()


def _run(
    *args: str | bytes, env: dict[str, str] | None = None, shell_redirect: str = ""
) -> subprocess.CompletedProcess[bytes]:
    """Run `python -m snitflade ARGS` as a user would, optionally with a shell redirection."""
    command: list[str | bytes] = [sys.executable, "-m", "snitflade", *args]
    if shell_redirect:
        quoted = " ".join(f'"${i}"' for i in range(1, len(command) + 1))
        command = ["bash", "-c", f"exec {quoted} {shell_redirect}", "bash", *command]
    return subprocess.run(
        command, capture_output=True, env={**os.environ, **(env or {})}, check=False
    )


def _no_temporary_files(folder: Path) -> bool:
    return not [p for p in folder.iterdir() if p.name.startswith(".")]


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


# --- -o FILE: regular files only ---------------------------------------------------------------


def test_a_new_file_respects_the_umask(tmp_path: Path, umask_022: None) -> None:
    target = tmp_path / "tjekliste.md"
    result = runner.invoke(app, ["checklist", "-f", "markdown", "-o", str(target)])
    assert result.exit_code == 0, result.stderr
    assert stat.S_IMODE(target.stat().st_mode) == 0o644  # -rw-r--r--, as open() would make it
    os.umask(0o077)
    private = tmp_path / "privat.md"
    assert runner.invoke(app, ["checklist", "-o", str(private)]).exit_code == 0
    assert stat.S_IMODE(private.stat().st_mode) == 0o600


def test_a_replaced_file_keeps_its_permissions(tmp_path: Path, umask_022: None) -> None:
    target = tmp_path / "delt.md"
    target.write_text("gammel", encoding="utf-8")
    target.chmod(0o664)
    result = runner.invoke(app, ["checklist", "-o", str(target), "--force"])
    assert result.exit_code == 0, result.stderr
    assert stat.S_IMODE(target.stat().st_mode) == 0o664
    assert target.read_text(encoding="utf-8") != "gammel"


def test_a_symlink_is_neither_followed_nor_replaced(tmp_path: Path) -> None:
    real = tmp_path / "rigtig.md"
    real.write_text("mine", encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    result = runner.invoke(app, ["checklist", "-o", str(link), "--force"])
    assert result.exit_code == 2
    assert "symbolsk link" in result.stderr and "Skrev" not in result.stderr
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "mine"
    assert _no_temporary_files(tmp_path)


def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "rør"
    os.mkfifo(fifo)
    result = runner.invoke(app, ["checklist", "-o", str(fifo), "--force"])
    assert result.exit_code == 2
    assert "ikke en almindelig fil" in result.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_device_is_refused_even_with_force() -> None:
    result = runner.invoke(app, ["checklist", "-o", os.devnull, "--force"])
    assert result.exit_code == 2
    assert "ikke en almindelig fil" in result.stderr
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)  # /dev/null is still a device


def test_a_hard_linked_file_is_refused(tmp_path: Path) -> None:
    first = tmp_path / "a.md"
    first.write_text("mine", encoding="utf-8")
    os.link(first, tmp_path / "b.md")
    result = runner.invoke(app, ["checklist", "-o", str(first), "--force"])
    assert result.exit_code == 2
    assert "hårde links" in result.stderr
    assert (tmp_path / "b.md").read_text(encoding="utf-8") == "mine"


@pytest.mark.parametrize("force", [[], ["--force"]])
def test_a_folder_says_so_with_or_without_force(tmp_path: Path, force: list[str]) -> None:
    for name in (str(tmp_path), f"{tmp_path}/", f"{tmp_path}/ny/"):
        result = runner.invoke(app, ["checklist", "-o", name, *force])
        assert result.exit_code == 2, name
        assert "er en mappe. Skriv et filnavn" in result.stderr
        assert "--force" not in result.stderr


def test_an_empty_file_name_says_what_is_wrong() -> None:
    result = runner.invoke(app, ["checklist", "-o", ""])
    assert result.exit_code == 2
    assert "-o skal have et filnavn" in result.stderr
    assert "findes allerede" not in result.stderr


@pytest.mark.parametrize("name", ["-", "/dev/stdout"])
def test_dash_and_dev_stdout_write_to_stdout(name: str) -> None:
    result = runner.invoke(app, ["checklist", "-f", "markdown", "-o", name])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("# Koordineringsmøde")
    assert "Skrev" not in result.stderr


def test_a_full_disk_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_mkstemp = tempfile.mkstemp

    def full_disk(*args: object, **kwargs: object) -> tuple[int, str]:
        fd, name = real_mkstemp(*args, **kwargs)  # type: ignore[call-overload]
        os.close(fd)
        return os.open("/dev/full", os.O_WRONLY), name  # every write: ENOSPC

    monkeypatch.setattr(tempfile, "mkstemp", full_disk)
    target = tmp_path / "tjekliste.md"
    result = runner.invoke(app, ["checklist", "-o", str(target)])
    assert result.exit_code == 1
    assert "kan ikke skrive" in result.stderr and "Skrev" not in result.stderr
    assert not target.exists() and _no_temporary_files(tmp_path)


def test_ctrl_c_while_writing_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(fd: int, mode: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fchmod", interrupted)
    target = tmp_path / "tjekliste.md"
    result = runner.invoke(app, ["checklist", "-o", str(target)])
    assert result.exit_code == 130
    assert not target.exists() and _no_temporary_files(tmp_path)


# --- Widths ----------------------------------------------------------------------------------


@pytest.mark.parametrize("columns", ["0", "1", "5"])
def test_a_tiny_width_is_taken_as_the_minimum(tmp_path: Path, columns: str) -> None:
    target = tmp_path / "tjekliste.txt"
    result = runner.invoke(app, ["checklist", "-o", str(target)], env={"COLUMNS": columns})
    assert result.exit_code == 0
    text = target.read_text(encoding="utf-8")
    assert "Koordineringsmøde" in text
    # Every line fits, but a URL, which is never broken (issue 14).
    assert all(len(line) <= MIN_WIDTH or "://" in line for line in text.splitlines())
    out = runner.invoke(app, ["who", "stress"], env={"COLUMNS": columns}).stdout
    assert "Forebyggelse af stress" in out and "TR" in out
    assert all(len(line) <= MIN_WIDTH or "://" in line for line in out.splitlines())


def test_a_tiny_width_on_a_terminal_is_taken_as_the_minimum() -> None:
    result = runner.invoke(app, ["who", "stress"], env={"COLUMNS": "0", "FORCE_COLOR": "1"})
    assert "\x1b[" in result.stdout  # drawn as on a terminal
    assert "Forebyggelse af stress" in result.stdout


# --- Standard output and error ---------------------------------------------------------------


@pytest.mark.parametrize("args", [["who", "stress"], ["who", "stress", "-f", "json"], ["topics"]])
def test_a_closed_stdout_is_said_with_exit_1(args: list[str]) -> None:
    result = _run(*args, shell_redirect=">&-")
    assert result.returncode == 1
    err = result.stderr.decode()
    assert "Traceback" not in err
    assert (
        err.strip() == "Fejl: kan ikke skrive svaret til standard-output: standard-output er lukket"
    )


def test_a_closed_stdout_does_not_stop_a_file_being_written(tmp_path: Path) -> None:
    target = tmp_path / "tjekliste.md"
    result = _run("checklist", "-o", str(target), shell_redirect=">&-")
    assert result.returncode == 0, result.stderr
    assert target.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "args", [["who", "stress"], ["who", "stress", "-f", "markdown"], ["--help"], ["topics"]]
)
def test_a_full_disk_on_stdout_is_said_with_exit_1(args: list[str]) -> None:
    result = _run(*args, shell_redirect=">/dev/full")
    assert result.returncode == 1
    err = result.stderr.decode()
    assert "Traceback" not in err and "Exception ignored" not in err
    assert "kan ikke skrive svaret til standard-output" in err


def test_a_closed_stderr_still_gives_the_exit_code() -> None:
    result = _run("who", "pizza-findes-ikke", shell_redirect="2>&-")
    assert result.returncode == 1
    assert result.stdout == b""


@pytest.mark.parametrize(
    "env",
    [
        {"PYTHONIOENCODING": "ascii"},
        {"PYTHONUTF8": "0", "LC_ALL": "C", "PYTHONCOERCECLOCALE": "0"},
        {"PYTHONUTF8": "0", "LC_ALL": "C"},
    ],
    ids=["ascii", "c-locale-no-utf8", "c-locale"],
)
@pytest.mark.parametrize("fmt", ["table", "markdown", "json"])
def test_an_encoding_without_ae_writes_what_it_can(env: dict[str, str], fmt: str) -> None:
    result = _run("who", "stress", "-f", fmt, env=env)
    assert result.returncode == 0, result.stderr
    assert b"Traceback" not in result.stderr
    assert b"stress" in result.stdout  # what can be written is written, the rest replaced


def test_messages_in_an_ascii_encoding_are_written_too() -> None:
    result = _run("who", "pizzaø", env={"PYTHONIOENCODING": "ascii"})
    assert result.returncode == 1
    assert b"Traceback" not in result.stderr and b"Fandt intet emne" in result.stderr


# --- Paths that are not UTF-8 ----------------------------------------------------------------


def test_a_data_dir_that_is_not_utf8_is_shown_with_its_bytes(tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path) + b"/lag\xe6"
    os.mkdir(folder)
    with open(folder + b"/sources.yaml", "w", encoding="utf-8") as handle:
        handle.write("sources:\n  - {id: x, title: X, ukendt: 1}\n")
    result = _run("--data-dir", folder, "--explain", "who", "stress")
    assert result.returncode == 0
    err = result.stderr.decode()
    assert "Traceback" not in err
    assert "lag\\xe6" in err and "ukendt" in err  # the byte is shown, the warning given
    missing = _run("--data-dir", os.fsencode(tmp_path) + b"/mangler\xe6", "who", "stress")
    assert missing.returncode == 0 and b"mangler\\xe6: mappen findes ikke" in missing.stderr


def test_an_output_path_that_is_not_utf8_is_written_and_named(tmp_path: Path) -> None:
    target = os.fsencode(tmp_path) + b"/tjek\xe6.md"
    result = _run("checklist", "-o", target)
    assert result.returncode == 0, result.stderr
    assert os.path.exists(target)
    assert b"tjek\\xe6.md" in result.stderr


# --- Ctrl-C ----------------------------------------------------------------------------------

# Stand in for a slow import (the answers, which the shortcut and the command line both load): the
# program is stopped while it loads, as a Ctrl-C in the first tenth of a second would stop it.
_SLOW_IMPORT = """
import sys, time

SLOW = sys.argv[1]

class Slow:
    def find_spec(self, name, path=None, target=None):
        if name == SLOW:
            print("importing", flush=True)
            time.sleep(60)
        return None

sys.meta_path.insert(0, Slow())
sys.argv = ["snitflade", *sys.argv[2:]]
from snitflade.launch import main
main()
"""


@pytest.mark.parametrize(("lang", "said"), [("da", "Afbrudt."), ("en", "Interrupted.")])
@pytest.mark.parametrize(
    ("slow", "command"), [("snitflade.ask.answers", "who"), ("typer", "topics")]
)  # the shortcut (a plain question) and the command line
def test_ctrl_c_while_the_program_loads_ends_quietly_with_130(
    lang: str, said: str, slow: str, command: str
) -> None:
    process = subprocess.Popen(
        [sys.executable, "-c", _SLOW_IMPORT, slow, "--lang", lang, command, "stress"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert process.stdout is not None
    assert process.stdout.readline() == "importing\n"  # `slow` is being imported now
    process.send_signal(signal.SIGINT)
    _out, err = process.communicate(timeout=60)
    assert process.returncode == 130
    assert err.strip() == said


def test_the_entry_point_is_the_small_launcher() -> None:
    # The launcher must be what the `snitflade` command runs, or the guard above guards nothing.
    from importlib.metadata import entry_points

    (script,) = [e for e in entry_points(group="console_scripts") if e.name == "snitflade"]
    assert script.value == "snitflade.launch:main"
