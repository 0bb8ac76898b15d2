"""osuva-admin never prints a traceback: bad input meets one plain line and a non-zero exit."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from app.cli import main
from app.db.migrate import head_revision

ROOT = Path(__file__).resolve().parents[2]
# As root every file is writable: permission cases run as this unprivileged user instead.
NOBODY = 65534


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def plain_failure(code: int, err: str) -> str:
    """The one line printed; fails on a traceback, a zero exit or the last-resort message."""
    assert code != 0
    assert "Traceback" not in err
    assert "unexpected" not in err, err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("osuva-admin: ")
    return lines[0]


def run_main(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    printed = capsys.readouterr()
    return code, printed.out, printed.err


@pytest.fixture
def demo_copy(demo_template, tmp_path) -> Path:
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_template, path)
    return path


@pytest.fixture
def empty_sqlite(tmp_path) -> Path:
    """Another program's SQLite file with nothing in it yet."""
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("PRAGMA user_version = 7")  # writes the header, adds no table
    con.close()
    assert path.stat().st_size > 0
    return path


# --- every subcommand with bad input, in this process ------------------------------------


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["check", "--db", "notascheme://x"], "SQLite files and PostgreSQL"),
        (["check", "--db", "postgresql://h:abc/db"], "cannot be read"),
        (["check", "--db", "sqlite://"], "must name a file"),
        (["check", "--db", ""], "--db is empty"),
        (["backup", "--db", "   "], "--db is empty"),
        (["check", "--data-dir", ""], "--data-dir is empty"),
        (["render", "member-register", "--db", "", "--out", "x.pdf"], "--db is empty"),
    ],
)
def test_bad_database_targets(capsys, tmp_path, monkeypatch, args, expected):
    monkeypatch.chdir(tmp_path)
    code, _, err = run_main(capsys, *args)
    assert expected in plain_failure(code, err)
    assert list(tmp_path.iterdir()) == []


def test_an_empty_db_option_never_opens_the_default_database(
    capsys, isolated_data_dir, demo_template
):
    default = isolated_data_dir / "osuva.sqlite"
    isolated_data_dir.mkdir(parents=True, exist_ok=True)
    shutil.copy(demo_template, default)
    assert main(["check"]) == 0
    capsys.readouterr()
    code, out, err = run_main(capsys, "check", "--db", "")
    plain_failure(code, err)
    assert str(default) not in out + err


def test_backup_into_a_file_instead_of_a_folder(capsys, demo_copy, tmp_path):
    passwd = tmp_path / "passwd"
    passwd.write_text("root:x:0:0:root:/root:/bin/sh\n")
    code, _, err = run_main(capsys, "backup", "--db", str(demo_copy), "--out", str(passwd))
    assert f"Cannot use {passwd} for backups: it is not a folder." in plain_failure(code, err)
    assert passwd.read_text() == "root:x:0:0:root:/root:/bin/sh\n"


def test_demo_over_a_folder_with_force(capsys, tmp_path):
    folder = tmp_path / "SOMEDIR"
    folder.mkdir()
    (folder / "keep.txt").write_text("x")
    code, _, err = run_main(capsys, "demo", "--out", str(folder), "--force")
    assert "is a folder" in plain_failure(code, err)
    assert [p.name for p in folder.iterdir()] == ["keep.txt"]


def test_demo_makes_the_folders_it_needs(capsys, tmp_path):
    out = tmp_path / "new" / "folder" / "demo.sqlite"
    assert main(["demo", "--out", str(out)]) == 0
    capsys.readouterr()
    assert sorted(p.name for p in out.parent.iterdir()) == ["demo.sqlite"]


def test_demo_with_force_never_replaces_a_database_in_use(capsys, demo_copy):
    wal = Path(f"{demo_copy}-wal")
    wal.write_bytes(b"")
    before = sha256(demo_copy)
    code, _, err = run_main(capsys, "demo", "--out", str(demo_copy), "--force")
    assert "in use" in plain_failure(code, err)
    assert sha256(demo_copy) == before
    assert wal.exists()


def test_demo_with_force_replaces_a_closed_database(capsys, tmp_path):
    out = tmp_path / "demo.sqlite"
    out.write_bytes(b"old")
    assert main(["demo", "--out", str(out), "--force"]) == 0
    capsys.readouterr()
    assert out.read_bytes()[:16] == b"SQLite format 3\x00"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.sqlite"]


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("99999999999999999999999", "There is no member number 99999999999999999999999"),
        ("-3", "There is no member number -3"),
        ("kolme", "There is no member number kolme"),
        ("9999", "There is no member number 9999"),
    ],
)
def test_render_with_a_member_number_nobody_has(
    capsys, demo_copy, tmp_path, key, expected, cli_user
):
    out = tmp_path / "statement.pdf"
    code, _, err = run_main(
        capsys, "render", "share-statement", key, "--db", str(demo_copy), "--out", str(out)
    )
    assert expected in plain_failure(code, err)
    assert not out.exists()


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["render", "membership-certificate"], "needs a member number"),
        (["render", "wage-deductions", "2026-13"], "not a month"),
        (["render", "member-register", "5"], "leave out the member number"),
    ],
)
def test_render_with_bad_keys(capsys, demo_copy, tmp_path, args, expected, cli_user):
    out = tmp_path / "x.pdf"
    code, _, err = run_main(capsys, *args, "--db", str(demo_copy), "--out", str(out))
    assert expected in plain_failure(code, err)
    assert not out.exists()


def test_render_into_a_folder(capsys, demo_copy, tmp_path):
    code, _, err = run_main(
        capsys, "render", "member-register", "--db", str(demo_copy), "--out", str(tmp_path)
    )
    assert "is a folder" in plain_failure(code, err)


def test_import_from_a_folder_is_not_missing(capsys, demo_copy, tmp_path):
    folder = tmp_path / "members.csv"
    folder.mkdir()
    code, _, err = run_main(capsys, "import", "members", str(folder), "--db", str(demo_copy))
    line = plain_failure(code, err)
    assert "is a folder" in line
    assert "does not exist" not in line


def test_import_of_a_missing_file(capsys, demo_copy, tmp_path):
    code, _, err = run_main(
        capsys, "import", "members", str(tmp_path / "nope.csv"), "--db", str(demo_copy)
    )
    assert "does not exist" in plain_failure(code, err)


@pytest.mark.parametrize(
    ("out", "expected"), [("members.txt", ".csv or .xlsx"), ("no/such/dir/m.csv", "does not exist")]
)
def test_export_to_a_bad_place(capsys, demo_copy, tmp_path, out, expected):
    code, _, err = run_main(
        capsys, "export", "members", "--db", str(demo_copy), "--out", str(tmp_path / out)
    )
    assert expected in plain_failure(code, err)


# --- files that are not (yet) Osuva databases are refused and left alone -----------------


def command(kind: str, target: Path, tmp_path: Path) -> list[str]:
    if kind == "check":
        return ["check", "--db", str(target)]
    if kind == "backup":
        return ["backup", "--db", str(target), "--out", str(tmp_path / "backups")]
    if kind == "render":
        return ["render", "member-register", "--db", str(target), "--out", str(tmp_path / "r.pdf")]
    return ["export", "members", "--db", str(target), "--out", str(tmp_path / "m.csv")]


@pytest.mark.parametrize("kind", ["check", "backup", "render", "export"])
def test_a_zero_byte_file_is_refused_untouched(capsys, tmp_path, kind):
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    code, _, err = run_main(capsys, *command(kind, empty, tmp_path))
    assert plain_failure(code, err) == (
        f"osuva-admin: {empty} is empty, not an Osuva database; nothing was changed."
    )
    assert empty.read_bytes() == b""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.sqlite"]


@pytest.mark.parametrize("kind", ["check", "backup", "render", "export"])
def test_another_programs_empty_sqlite_file_is_refused_untouched(
    capsys, tmp_path, empty_sqlite, kind
):
    before = sha256(empty_sqlite)
    code, _, err = run_main(capsys, *command(kind, empty_sqlite, tmp_path))
    assert plain_failure(code, err) == (
        f"osuva-admin: {empty_sqlite} is empty, not an Osuva database; nothing was changed."
    )
    assert sha256(empty_sqlite) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.sqlite"]


@pytest.mark.parametrize("kind", ["check", "backup", "render", "export"])
def test_another_programs_database_is_refused_untouched(capsys, tmp_path, kind):
    other = tmp_path / "contacts.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE member (name TEXT)")
    con.execute("INSERT INTO member VALUES ('Aino')")
    con.commit()
    con.close()
    before = sha256(other)
    code, _, err = run_main(capsys, *command(kind, other, tmp_path))
    assert plain_failure(code, err) == (
        f"osuva-admin: {other} is not an Osuva database; nothing was changed."
    )
    assert sha256(other) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["contacts.sqlite"]


def test_check_of_a_folder(capsys, tmp_path):
    code, _, err = run_main(capsys, "check", "--db", str(tmp_path))
    assert "not an Osuva database" in plain_failure(code, err)


def test_check_of_a_newer_database_says_so_and_fails(capsys, demo_copy):
    con = sqlite3.connect(demo_copy)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    before = sha256(demo_copy)
    assert main(["check", "--db", str(demo_copy)]) == 1
    out = capsys.readouterr().out
    assert f"Schema version: 9999 (this Osuva: {head_revision()})" in out
    assert "PROBLEM: the database was written by a newer version of Osuva" in out
    assert "No problems found" not in out
    assert sha256(demo_copy) == before


# --- permissions: as an ordinary user (root ignores them) ---------------------------------


@pytest.fixture
def shared_dir():
    """A folder the unprivileged user can reach (pytest's own tmp folder is private)."""
    folder = Path(tempfile.mkdtemp(prefix="osuva-cli-"))
    folder.chmod(0o777)
    yield folder
    for path in (folder, *folder.rglob("*")):
        if path.is_dir() and not path.is_symlink():
            path.chmod(0o755)
    shutil.rmtree(folder)


def run_as_user(*args: str, data_dir: Path) -> subprocess.CompletedProcess:
    as_root = os.geteuid() == 0
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args],
        cwd=ROOT,
        env={**os.environ, "OSUVA_DATA_DIR": str(data_dir), "HOME": str(data_dir)},
        capture_output=True,
        text=True,
        timeout=120,
        user=NOBODY if as_root else None,
        group=NOBODY if as_root else None,
        extra_groups=[] if as_root else None,
    )


def writable_copy(source: Path, folder: Path) -> Path:
    folder.mkdir(mode=0o777, exist_ok=True)
    folder.chmod(0o777)
    path = folder / "osuva.sqlite"
    shutil.copy(source, path)
    path.chmod(0o666)
    return path


def test_read_only_folder_is_reported_as_read_only_not_damaged(shared_dir, demo_template):
    folder = shared_dir / "cd-rom"
    database = writable_copy(demo_template, folder)
    folder.chmod(0o555)
    before = sha256(database)
    for args in (["check", "--db", str(database)], ["backup", "--db", str(database)]):
        result = run_as_user(*args, data_dir=shared_dir)
        line = plain_failure(result.returncode, result.stderr)
        assert line == (
            f"osuva-admin: {database} is read-only: Osuva must be able to write the file and "
            "its folder. Copy it to a folder you can save files in, or ask for write access."
        )
    assert sha256(database) == before
    assert sorted(p.name for p in folder.iterdir()) == ["osuva.sqlite"]


def test_read_only_file_is_reported_as_read_only(shared_dir, demo_template):
    database = writable_copy(demo_template, shared_dir / "data")
    database.chmod(0o444)
    result = run_as_user("check", "--db", str(database), data_dir=shared_dir)
    assert "is read-only" in plain_failure(result.returncode, result.stderr)


def test_backup_into_a_folder_without_write_permission(shared_dir, demo_template):
    database = writable_copy(demo_template, shared_dir / "data")
    locked = shared_dir / "locked"
    locked.mkdir(mode=0o555)
    locked.chmod(0o555)
    for out in (locked, locked / "backups"):
        result = run_as_user(
            "backup", "--db", str(database), "--out", str(out), data_dir=shared_dir
        )
        line = plain_failure(result.returncode, result.stderr)
        assert "ermission denied" in line
        assert str(locked) in line
    assert list(locked.iterdir()) == []


def test_demo_and_check_under_an_unreadable_folder(shared_dir):
    hidden = shared_dir / "hidden"
    hidden.mkdir()
    hidden.chmod(0o000)
    demo = run_as_user("demo", "--out", str(hidden / "x" / "demo.sqlite"), data_dir=shared_dir)
    assert "ermission denied" in plain_failure(demo.returncode, demo.stderr)
    check = run_as_user("check", "--data-dir", str(hidden / "data"), data_dir=shared_dir)
    line = plain_failure(check.returncode, check.stderr)
    assert f"Cannot read {hidden / 'data' / 'osuva.sqlite'}: permission denied." in line
