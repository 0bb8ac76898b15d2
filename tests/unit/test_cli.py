"""osuva-admin: demo, check and backup, with plain messages and exit codes."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.db import open_database
from app.db.migrate import head_revision

ROOT = Path(__file__).resolve().parents[2]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def member_count(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM member").fetchone()[0]
    finally:
        con.close()


@pytest.fixture
def demo_copy(demo_template, tmp_path) -> Path:
    path = tmp_path / "copy.sqlite"
    shutil.copy(demo_template, path)
    return path


def test_demo_writes_a_database_that_checks_clean(tmp_path, capsys, demo_template):
    out = tmp_path / "demo.sqlite"
    assert main(["demo", "--out", str(out), "--today", "2026-11-22"]) == 0
    printed = capsys.readouterr()
    assert f"Demo cooperative written to {out}" in printed.out
    assert printed.err == ""
    assert out.is_file()
    # Same seed and day: the same cooperative as the fixtures' demo.
    assert member_count(out) == member_count(demo_template) > 0

    assert main(["check", "--db", str(out)]) == 0
    printed = capsys.readouterr()
    assert "No problems found" in printed.out
    assert f"Schema version: {head_revision()} (current)" in printed.out
    assert f"members: {member_count(out)}" in printed.out
    assert "PROBLEM" not in printed.out
    assert printed.err == ""


def test_demo_refuses_an_existing_file(tmp_path, capsys):
    out = tmp_path / "precious.sqlite"
    out.write_bytes(b"the only copy of last year's register")
    before = sha256(out)
    assert main(["demo", "--out", str(out)]) == 2
    printed = capsys.readouterr()
    assert str(out) in printed.err
    assert "--force" in printed.err
    assert "Traceback" not in printed.err + printed.out
    assert sha256(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["precious.sqlite"]


def test_demo_refuses_a_bad_scale(tmp_path, capsys):
    out = tmp_path / "new.sqlite"
    assert main(["demo", "--out", str(out), "--scale", "0"]) == 2
    assert "--scale must be 1 or more" in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.parametrize(
    ("option", "message"),
    [(["--scale", "0"], "--scale must be 1 or more"), (["--today", "2026-13-01"], "2026-13-01")],
)
def test_demo_with_bad_options_keeps_the_existing_file(tmp_path, capsys, option, message):
    """--force replaces the file only once the options are known to be good."""
    out = tmp_path / "precious.sqlite"
    out.write_bytes(b"keep me")
    assert main(["demo", "--out", str(out), "--force", *option]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err
    assert out.exists()
    assert out.read_bytes() == b"keep me"


def test_check_refuses_a_garbage_file(tmp_path, capsys):
    garbage = tmp_path / "notes.sqlite"
    garbage.write_text("Kokouksen pöytäkirja 1.1.2026\n")
    before = sha256(garbage)
    assert main(["check", "--db", str(garbage)]) == 2
    printed = capsys.readouterr()
    assert "not an Osuva database" in printed.err
    assert str(garbage) in printed.err
    assert printed.err.startswith("osuva-admin: ")
    assert "Traceback" not in printed.err + printed.out
    assert sha256(garbage) == before


def test_check_reports_a_missing_file(tmp_path, capsys):
    missing = tmp_path / "nowhere" / "osuva.sqlite"
    assert main(["check", "--db", str(missing)]) == 2
    printed = capsys.readouterr()
    assert "does not exist" in printed.err
    assert str(missing) in printed.err
    assert "Traceback" not in printed.err
    assert not missing.exists()
    assert not missing.parent.exists()


def test_check_defaults_to_the_users_database(isolated_data_dir, capsys):
    assert main(["check"]) == 2
    err = capsys.readouterr().err
    assert str(isolated_data_dir / "osuva.sqlite") in err
    assert "does not exist" in err


def test_check_finds_a_gap_in_invoice_numbers(demo_copy, capsys):
    con = sqlite3.connect(demo_copy)
    try:
        con.execute("UPDATE invoice_series SET next_number = next_number + 1")
        con.commit()
        series = con.execute("SELECT code, next_number FROM invoice_series").fetchall()
    finally:
        con.close()
    assert series
    assert main(["check", "--db", str(demo_copy)]) == 1
    out = capsys.readouterr().out
    assert "PROBLEM:" in out
    assert "missing numbers" in out
    assert "No problems found" not in out
    # The number that was skipped is named.
    assert any(f"missing numbers [{n - 1}]" in out for _, n in series)


def test_check_leaves_the_file_unchanged(demo_copy, capsys):
    before = sha256(demo_copy)
    assert main(["check", "--db", str(demo_copy)]) == 0
    capsys.readouterr()
    assert sha256(demo_copy) == before


def test_check_names_a_newer_schema(demo_copy, capsys):
    con = sqlite3.connect(demo_copy)
    try:
        con.execute("UPDATE alembic_version SET version_num = '9999'")
        con.commit()
    finally:
        con.close()
    main(["check", "--db", str(demo_copy)])
    out = capsys.readouterr().out
    assert f"Schema version: 9999 (this Osuva: {head_revision()})" in out


def test_backup_writes_a_copy_that_opens(demo_copy, tmp_path, capsys):
    target = tmp_path / "backups"
    assert main(["backup", "--db", str(demo_copy), "--out", str(target)]) == 0
    out = capsys.readouterr().out
    [copy] = list(target.iterdir())
    assert f"Backup written to {copy}" in out
    assert copy.suffix == ".sqlite"
    assert copy.name.startswith("copy_")
    db = open_database(copy, migrate=False)
    try:
        with db.engine.connect() as con:
            assert con.exec_driver_sql("PRAGMA quick_check").scalar() == "ok"
    finally:
        db.dispose()
    assert member_count(copy) == member_count(demo_copy) > 0


def test_backup_of_a_missing_database(tmp_path, capsys):
    missing = tmp_path / "missing.sqlite"
    assert main(["backup", "--db", str(missing), "--out", str(tmp_path / "b")]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert not (tmp_path / "b").exists()


def test_help_runs_as_a_module():
    result = subprocess.run(
        [sys.executable, "-m", "app.cli", "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "osuva-admin" in result.stdout
    for command in ("demo", "check", "backup"):
        assert command in result.stdout


def test_unknown_command_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as info:
        main(["frobnicate"])
    assert info.value.code == 2
    assert "invalid choice" in capsys.readouterr().err
