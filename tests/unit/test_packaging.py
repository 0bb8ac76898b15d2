"""The Windows package carries every module Osuva imports by name (PyInstaller cannot see them)."""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

ROOT = Path(__file__).parents[2]
SPEC = ROOT / "packaging" / "osuva.spec"


def _spec_tuple(name: str) -> tuple[str, ...]:
    for node in ast.parse(SPEC.read_text()).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} is not in {SPEC.name}")


def test_every_module_imported_by_name_is_in_the_package():
    from app.cli import COMMAND_MODULES
    from ui.main_window import LATER_TABS

    listed = set(_spec_tuple("BY_NAME")) | {f"app.commands.{a}" for a in _spec_tuple("AREAS")}
    source = (ROOT / "ui" / "main_window.py").read_text()
    by_name = {module for _attr, module, _cls in LATER_TABS}
    by_name |= set(re.findall(r'_open\(\s*"([\w.]+)"', source))
    by_name |= set(COMMAND_MODULES)
    assert len(by_name) > 10
    assert by_name - listed == set()
    for module in listed:
        importlib.import_module(module)
