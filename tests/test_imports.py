"""Guard the layering and start-up: check which modules get imported, never how long it takes."""

from __future__ import annotations

import subprocess
import sys


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
