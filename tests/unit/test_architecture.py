"""Layering: app/ runs without Qt, and the UI reaches the database only through services."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "app"
UI = ROOT / "ui"

FORBIDDEN_IN_APP = {"PySide6", "shiboken6", "PyQt5", "PyQt6", "ui"}
# Run by Alembic with its context set up; importing it on its own is meant to fail.
NOT_IMPORTABLE_ALONE = {"app.db.migrations.env"}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(source: str, module: str, is_package: bool) -> set[str]:
    """Every module an `import`, `from ... import` or import_module("...") names, anywhere."""
    found: set[str] = set()
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)] if node.level > 1 else base
                prefix = ".".join(base)
                target = f"{prefix}.{node.module}" if node.module else prefix
            else:
                target = node.module or ""
            found.add(target)
            found.update(f"{target}.{alias.name}" for alias in node.names)
        elif (
            isinstance(node, ast.Call)
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in ("import_module", "__import__"):
                found.add(node.args[0].value)
    return found


def forbidden(modules: set[str]) -> set[str]:
    return {m for m in modules if m.split(".")[0] in FORBIDDEN_IN_APP}


def app_sources() -> list[Path]:
    return sorted(APP.rglob("*.py"))


def test_import_finder_sees_nested_and_relative_imports():
    source = textwrap.dedent(
        """
        import os
        def later():
            from PySide6.QtCore import QObject
            import importlib
            importlib.import_module("ui.main_window")
        class K:
            def m(self):
                import shiboken6
        from . import sibling
        from ..db import engine
        """
    )
    modules = imported_modules(source, "app.services.x", is_package=False)
    assert "app.services.sibling" in modules
    assert "app.db.engine" in modules
    assert forbidden(modules) == {
        "PySide6.QtCore",
        "PySide6.QtCore.QObject",
        "ui.main_window",
        "shiboken6",
    }


def test_app_sources_are_found():
    names = {module_name(p) for p in app_sources()}
    assert {"app.cli", "app.db.engine", "app.services.invoicing", "app.locale"} <= names
    assert len(names) > 30


@pytest.mark.parametrize("path", app_sources(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_app_module_does_not_import_qt_or_ui(path):
    module = module_name(path)
    modules = imported_modules(
        path.read_text(encoding="utf-8"), module, is_package=path.name == "__init__.py"
    )
    assert forbidden(modules) == set(), f"{module} imports {sorted(forbidden(modules))}"


IMPORT_EVERYTHING = textwrap.dedent(
    """
    import importlib, json, pkgutil, sys
    import app
    skip = set(sys.argv[1:])
    imported, failed = [], {}
    for info in pkgutil.walk_packages(app.__path__, "app."):
        if info.name in skip:
            continue
        try:
            importlib.import_module(info.name)
        except Exception as exc:
            failed[info.name] = repr(exc)
        else:
            imported.append(info.name)
    bad = sorted(m for m in sys.modules if m.split(".")[0] in {"PySide6", "shiboken6", "ui"})
    print(json.dumps({"imported": imported, "failed": failed, "bad": bad}))
    """
)


def test_importing_every_app_module_loads_no_qt():
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_EVERYTHING, *sorted(NOT_IMPORTABLE_ALONE)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["failed"] == {}
    assert report["bad"] == []
    imported = set(report["imported"])
    expected = {module_name(p) for p in app_sources()} - NOT_IMPORTABLE_ALONE - {"app"}
    # Every file under app/ was imported: a folder without __init__.py would be missed here,
    # and by the packaging too.
    assert expected <= imported, sorted(expected - imported)
    assert {"app.cli", "app.services.uow", "app.fi.vat", "app.locale"} <= imported


# --- the UI never queries the database itself ---------------------------------------------

SQL_PATTERNS = {
    "session.execute": re.compile(r"\bsession\s*\.\s*execute\s*\("),
    "select(": re.compile(r"(?<![\w.])select\s*\("),
    ".query(": re.compile(r"\.query\s*\("),
    # SQLAlchemy's text(); widget.text() and problem_text() are fine.
    "text(": re.compile(r"(?<![\w.])text\s*\("),
    "sa.text(": re.compile(r"\b(?:sa|sqlalchemy)\s*\.\s*(?:text|select)\s*\("),
    "raw SQL": re.compile(r"\b(?:SELECT\s+(?:\*|\w)|INSERT\s+INTO\s|DELETE\s+FROM\s|PRAGMA\s)"),
}
SQL_IMPORTS = {"select", "text", "insert", "update", "delete", "func", "Session"}


def sql_problems(source: str) -> list[str]:
    problems = [name for name, pattern in SQL_PATTERNS.items() if pattern.search(source)]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            problems += [a.name for a in node.names if a.name.split(".")[0] == "sqlite3"]
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("sqlalchemy"):
            problems += [f"{node.module}.{a.name}" for a in node.names if a.name in SQL_IMPORTS]
    return problems


def test_sql_finder_flags_queries_but_not_widget_text():
    assert sql_problems("label.setText(edit.text())\nx = problem_text('a', 'b')\n") == []
    assert sql_problems("rows = session.execute(stmt)") == ["session.execute"]
    assert "select(" in sql_problems("stmt = select(Member)")
    assert "text(" in sql_problems("q = text('PRAGMA user_version')")
    assert ".query(" in sql_problems("s.query(Member).all()")
    assert "raw SQL" in sql_problems("q = 'SELECT * FROM member'")
    assert sql_problems("from sqlalchemy import select") == ["sqlalchemy.select"]
    assert sql_problems("import sqlite3") == ["sqlite3"]


def ui_sources() -> list[Path]:
    return sorted(UI.rglob("*.py"))


def test_ui_sources_are_found():
    names = {p.relative_to(UI).as_posix() for p in ui_sources()}
    assert "main_window.py" in names
    assert "controller.py" in names


@pytest.mark.parametrize("path", ui_sources(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_ui_module_does_not_query_the_database(path):
    assert sql_problems(path.read_text(encoding="utf-8")) == []
