"""Wheel build hook: compile the built-in catalog into the wheel (store/compiled.py, prebuild).

The first run after installation then reads the data already checked, instead of importing
PyYAML and Pydantic to check it (about a second on a small machine). Editable installs skip
this: they compile on first use into the user's cache, as for layers.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CustomBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        sys.path.insert(0, str(Path(self.root) / "src"))
        try:
            from snitflade.ask import indexes
            from snitflade.store.compiled import prebuild
        finally:
            sys.path.pop(0)
        out = Path(tempfile.mkdtemp(prefix="snitflade-wheel-"))
        for name in prebuild(Path(self.root) / "data", out, indexes()):
            build_data["force_include"][str(out / name)] = f"snitflade/data/{name}"
