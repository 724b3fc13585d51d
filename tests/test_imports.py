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
        "from snitflade import answers, loader, matching, models, schema\n"
        "answers.who(loader.load_catalog(), 'stress')"
    )
    assert "typer" not in loaded
    assert "rich" not in loaded


def test_json_output_does_not_import_rich() -> None:
    loaded = _modules_after(
        "import sys\nfrom snitflade.cli import app\n"
        "sys.argv = ['snitflade', 'who', 'stress', '-f', 'json']\n"
        "try:\n    app(prog_name='snitflade')\nexcept SystemExit:\n    pass\n"
    )
    assert "snitflade.models" in loaded  # the command really ran
    assert "rich.table" not in loaded


def test_help_does_not_load_the_data_layer() -> None:
    loaded = _modules_after(
        "import sys\nfrom snitflade.cli import app\n"
        "sys.argv = ['snitflade', '--help']\n"
        "try:\n    app(prog_name='snitflade')\nexcept SystemExit:\n    pass\n"
    )
    assert "snitflade.loader" not in loaded
    assert "snitflade.models" not in loaded
    assert "yaml" not in loaded
