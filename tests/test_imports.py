"""Guard the layering and start-up: check which modules get imported, never how long it takes."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


def _modules_after(code: str) -> set[str]:
    probe = code + "\nimport sys\nprint('\\n'.join(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    return set(result.stdout.split())


def test_core_never_imports_typer_or_rich() -> None:
    loaded = _modules_after(
        "from snitflade import store\nfrom snitflade.ask import answers, matching\n"
        "from snitflade.store import schema\n"
        "answers.who(store.load_catalog(), 'stress')"
    )
    assert "typer" not in loaded
    assert "rich" not in loaded


def test_json_output_does_not_import_rich() -> None:
    loaded = _modules_after(
        "import sys\nfrom snitflade.cli import app\n"
        "sys.argv = ['snitflade', 'who', 'stress', '-f', 'json']\n"
        "try:\n    app(prog_name='snitflade')\nexcept SystemExit:\n    pass\n"
    )
    assert "snitflade.render.json" in loaded  # the command really ran
    assert "rich" not in loaded


def test_help_does_not_load_the_data_layer() -> None:
    loaded = _modules_after(
        "import sys\nfrom snitflade.cli import app\n"
        "sys.argv = ['snitflade', '--help']\n"
        "try:\n    app(prog_name='snitflade')\nexcept SystemExit:\n    pass\n"
    )
    assert "snitflade.store.load" not in loaded
    assert "snitflade.store.model" not in loaded
    assert "yaml" not in loaded


@pytest.mark.parametrize("force_color", ["", "1"])
def test_help_does_not_load_rich_in_a_pipe_or_on_a_terminal(force_color: str) -> None:
    # The help is one list, styled on a terminal (FORCE_COLOR stands in for one) without Rich;
    # Typer's Rich help cost more than the rest of a --help together.
    probe = (
        "import os, sys\nos.environ['FORCE_COLOR'] = sys.argv[1]\nfrom snitflade.cli import main\n"
        "sys.argv = ['snitflade', 'who', '--help']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('\\n'.join(sorted(sys.modules)), file=sys.stderr)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, force_color], capture_output=True, text=True, check=True
    )
    loaded = set(result.stderr.split())
    assert "snitflade.cli" in loaded and "Eksempler" in result.stdout  # the help really ran
    assert ("\x1b[1m" in result.stdout) == bool(force_color)
    assert "typer.rich_utils" not in loaded
    assert "rich" not in loaded


def test_a_question_from_the_compiled_catalog_imports_no_yaml_or_pydantic(
    tmp_path: object,
) -> None:
    run = (
        "import os, sys\nos.environ['SNITFLADE_CACHE_DIR'] = sys.argv[1]\n"
        "from snitflade.cli import main\n"
        "sys.argv = ['snitflade', 'who', 'stress', '-f', 'json']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
    )
    subprocess.run([sys.executable, "-c", run, str(tmp_path)], capture_output=True, check=True)
    probe = run + "\nprint('\\n'.join(sorted(sys.modules)), file=sys.stderr)"
    result = subprocess.run(
        [sys.executable, "-c", probe, str(tmp_path)], capture_output=True, text=True, check=True
    )
    loaded = set(result.stderr.split())
    assert "snitflade.render.json" in loaded  # the command really ran, from the cache
    assert not {"yaml", "pydantic", "rich"} & loaded
    assert "snitflade.ask.search" not in loaded  # a topic found by name needs no full text


def _modules_of_run(
    argv: list[str], cache: str, extra_env: dict[str, str] | None = None
) -> set[str]:
    """The modules a real run of `snitflade ARGV` imported, with the cache folder `cache`."""
    run = (
        "import os, sys\n"
        "from snitflade.cli import main\n"
        f"sys.argv = ['snitflade', *{argv!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('\\n'.join(sorted(sys.modules)), file=sys.stderr)"
    )
    env = {**os.environ, "SNITFLADE_CACHE_DIR": cache, **(extra_env or {})}
    result = subprocess.run(
        [sys.executable, "-c", run], capture_output=True, text=True, env=env, timeout=120
    )
    return set(result.stderr.split())


@pytest.fixture(scope="module")
def warm_cache(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A cache folder whose compiled catalog is current, in Danish and in English."""
    folder = str(tmp_path_factory.mktemp("cache"))
    for lang in ("da", "en"):
        subprocess.run(
            [sys.executable, "-m", "snitflade", "--lang", lang, "topics"],
            capture_output=True,
            env={**os.environ, "SNITFLADE_CACHE_DIR": folder},
            check=True,
            timeout=120,
        )
    return folder


CHECKING = {"yaml", "pydantic", "pydantic_core", "annotated_types", "snitflade.store.load"}


@pytest.mark.parametrize(
    "argv",
    [
        ["who", "stress"],
        ["who", "psykisk arbejdsmiljø", "-f", "json"],
        ["who", "sygefravær", "-f", "markdown"],
        ["search", "hviletid mellem vagter", "-f", "json"],
        ["role", "amr"],
        ["compare", "-f", "markdown"],
        ["glossary", "AMO"],
        ["sources", "-f", "json"],
        ["topics"],
        ["checklist", "apv", "-f", "html"],
        ["onboarding", "--role", "tr"],
        ["--lang", "en", "who", "stress", "-f", "json"],
    ],
)
def test_no_command_imports_yaml_or_pydantic_when_the_catalog_is_compiled(
    argv: list[str], warm_cache: str
) -> None:
    loaded = _modules_of_run(argv, warm_cache)
    assert "snitflade.store.compiled" in loaded  # the command really read the catalog
    assert not CHECKING & loaded


def test_completion_from_the_compiled_catalog_imports_no_yaml_pydantic_or_rich(
    warm_cache: str,
) -> None:
    bash = {"_SNITFLADE_COMPLETE": "complete_bash", "COMP_WORDS": "snitflade who st",
            "COMP_CWORD": "2"}  # fmt: skip
    loaded = _modules_of_run([], warm_cache, bash)
    assert "snitflade.store.compiled" in loaded
    assert not (CHECKING | {"rich"}) & loaded


@pytest.mark.parametrize("fmt", ["json", "markdown"])
def test_json_and_markdown_answers_import_no_rich(fmt: str, warm_cache: str) -> None:
    for argv in (["who", "stress", "-f", fmt], ["role", "tr", "-f", fmt]):
        loaded = _modules_of_run(argv, warm_cache)
        assert f"snitflade.render.{fmt}" in loaded
        assert "rich" not in loaded


def test_a_who_question_imports_only_what_it_uses(warm_cache: str) -> None:
    # Search and checklists are other commands; the index builders run only when compiling.
    loaded = _modules_of_run(["who", "stress", "-f", "json"], warm_cache)
    assert "snitflade.render.json" in loaded
    assert not {"snitflade.ask.checklists", "snitflade.store.merge", "hashlib"} & loaded


def test_a_question_does_not_run_inspect_and_inspect_works_when_used(warm_cache: str) -> None:
    # launch.py puts off loading inspect (ast, dis, tokenize) on Python 3.11; see its docstring.
    run = (
        "import sys\n"
        "sys.argv = ['snitflade', 'who', 'stress', '-f', 'json']\n"
        "from snitflade.launch import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "held = sys.modules['inspect']\n"
        "print('ran' if 'signature' in vars(held) else 'waiting', file=sys.stderr)\n"
        "import inspect\n"
        "print(inspect is held, str(inspect.signature(main)), 'ast' in sys.modules,\n"
        "      '__getattr__' in vars(inspect), inspect.__file__ is not None, file=sys.stderr)\n"
    )
    env = {**os.environ, "SNITFLADE_CACHE_DIR": warm_cache}
    result = subprocess.run(
        [sys.executable, "-c", run], capture_output=True, text=True, env=env, timeout=120
    )
    state, after = result.stderr.splitlines()
    assert '"area": "' in result.stdout  # the question was answered
    assert state == ("waiting" if sys.version_info < (3, 12) else "ran")
    assert after == "True () -> 'None' True False True"  # then the one, real module


def test_inspect_loads_in_full_for_the_command_line(warm_cache: str) -> None:
    # Typer reads signatures through inspect: a command that is not a plain question must work.
    run = (
        "import sys\n"
        "sys.argv = ['snitflade', 'role', 'amr', '-f', 'json']\n"
        "from snitflade.launch import main\n"
        "try:\n    main()\n"
        "except SystemExit as end:\n    print('exit', end.code, file=sys.stderr)\n"
        "print('signature' in vars(sys.modules['inspect']), file=sys.stderr)\n"
    )
    env = {**os.environ, "SNITFLADE_CACHE_DIR": warm_cache}
    result = subprocess.run(
        [sys.executable, "-c", run], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.stderr.split() == ["exit", "0", "True"]
    assert '"role":' in result.stdout


@pytest.mark.parametrize(
    "argv",
    [
        ["who", "-f", "json", "stress"],
        ["--lang", "en", "who", "stress"],
        ["who", "stress", "--why"],
    ],
)
def test_a_question_from_the_compiled_catalog_imports_no_pathlib(
    argv: list[str], warm_cache: str
) -> None:
    # pathlib pulls in urllib.parse and ipaddress: a twentieth of a question's run. (The full
    # command line, snitflade.cli, cannot do without it: Typer imports it.)
    launched = _modules_of_launch(argv, warm_cache)  # the console script: the shortcut
    assert "snitflade.store.compiled" in launched and "snitflade.cli" not in launched
    assert "snitflade.store.merge" not in launched  # really from the compiled catalog
    assert "pathlib" not in launched


def test_completion_from_the_compiled_catalog_imports_no_pathlib(warm_cache: str) -> None:
    bash = {"_SNITFLADE_COMPLETE": "complete_bash", "COMP_WORDS": "snitflade who st",
            "COMP_CWORD": "2"}  # fmt: skip
    launched = _modules_of_launch([], warm_cache, bash)
    assert "snitflade.store.compiled" in launched and "snitflade.cli" not in launched
    assert "pathlib" not in launched


def _modules_of_launch(
    argv: list[str], cache: str, extra_env: dict[str, str] | None = None
) -> set[str]:
    """The modules `snitflade ARGV` imported when run as the console script (snitflade.launch)."""
    run = (
        "import atexit, sys\n"
        "atexit.register(lambda: print('\\n'.join(sorted(sys.modules)), file=sys.stderr))\n"
        "from snitflade.launch import main\n"
        f"sys.argv = ['snitflade', *{argv!r}]\n"
        "main()\n"
    )
    env = {**os.environ, "SNITFLADE_CACHE_DIR": cache, **(extra_env or {})}
    result = subprocess.run(
        [sys.executable, "-c", run], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return set(result.stderr.split())


def test_inspect_put_off_loads_once_when_threads_ask_together() -> None:
    run = (
        "import sys, threading\n"
        "from snitflade import launch\n"
        "launch._load_inspect_when_used()\n"
        "import inspect\n"
        "failed = []\n"
        "def ask():\n"
        "    try:\n        inspect.signature(len)\n"
        "    except Exception as error:\n        failed.append(repr(error))\n"
        "threads = [threading.Thread(target=ask) for _ in range(8)]\n"
        "[t.start() for t in threads]\n[t.join() for t in threads]\n"
        "print(failed, '__getattr__' in vars(inspect), sys.modules['inspect'] is inspect)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", run], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.split() == ["[]", "False", "True"]
