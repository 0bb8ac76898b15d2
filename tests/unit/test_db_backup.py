"""Backups are written under a temporary name and appear only once they verify."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from app.services.backup import BackupCancelledError, BackupFailedError, backup_database

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 11, 22, 9, 30, 0)

# One page per step and a pause in the progress callback, so there is time to kill it.
SLOW_BACKUP = """
import sys, time
from pathlib import Path
import app.db.copy
from app.db import open_database
from app.services.backup import backup_database

app.db.copy.PAGES_PER_STEP = 1
said = False

def progress(copied, total):
    global said
    if not said and copied > total // 3:
        print("copying", flush=True)
        said = True
    time.sleep(0.005)

db = open_database(sys.argv[1])
backup_database(db, Path(sys.argv[2]), progress=progress)
print("finished", flush=True)
"""


def members(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM member").fetchone()[0]
    finally:
        con.close()


def test_backup_is_a_verified_copy_and_nothing_else(demo_db, tmp_path):
    target = tmp_path / "backups"
    path = backup_database(demo_db, target, now=NOW)
    assert path == target / "demo_2026-11-22_093000.sqlite"
    assert sorted(p.name for p in target.iterdir()) == [path.name]
    assert members(path) == members(demo_db.path) > 0


def test_two_backups_in_one_second_keep_both(demo_db, tmp_path):
    first = backup_database(demo_db, tmp_path, now=NOW)
    second = backup_database(demo_db, tmp_path, now=NOW)
    assert first != second
    assert first.exists() and second.exists()


def test_progress_is_reported_up_to_the_whole_file(demo_db, tmp_path, monkeypatch):
    import app.db.copy

    monkeypatch.setattr(app.db.copy, "PAGES_PER_STEP", 16)
    seen: list[tuple[int, int]] = []
    backup_database(demo_db, tmp_path / "b", progress=lambda *step: seen.append(step))
    assert len(seen) > 2
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    assert seen[-1][0] == seen[-1][1] > 0


def test_cancelling_leaves_no_file(demo_db, tmp_path, monkeypatch):
    import app.db.copy

    monkeypatch.setattr(app.db.copy, "PAGES_PER_STEP", 16)
    target = tmp_path / "backups"
    with pytest.raises(BackupCancelledError) as info:
        backup_database(demo_db, target, progress=lambda done, total: done > total // 2)
    assert "cancelled" in str(info.value)
    assert list(target.iterdir()) == []


def test_a_copy_that_fails_its_check_is_not_kept(tmp_path, demo_template):
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(demo_template.read_bytes())
    with damaged.open("r+b") as fh:
        # A data page far from the schema: the database opens, the copy fails its check.
        fh.seek(damaged.stat().st_size - 4096 * 3)
        fh.write(bytes((i * 131 + 7) % 256 for i in range(4096)))
    from app.db import open_database

    db = open_database(damaged, migrate=False)
    target = tmp_path / "backups"
    try:
        with pytest.raises(BackupFailedError) as info:
            backup_database(db, target)
    finally:
        db.dispose()
    assert "integrity check" in str(info.value)
    assert list(target.iterdir()) == []


def test_a_file_in_place_of_the_folder_is_refused_and_left_alone(db, tmp_path):
    blocker = tmp_path / "passwd"
    blocker.write_text("root:x:0:0")
    with pytest.raises(BackupFailedError) as info:
        backup_database(db, blocker)
    assert str(blocker) in str(info.value)
    assert blocker.read_text() == "root:x:0:0"


def test_a_killed_backup_leaves_nothing_that_looks_like_a_backup(demo_db, tmp_path):
    target = tmp_path / "backups"
    target.mkdir()
    process = subprocess.Popen(
        [sys.executable, "-c", SLOW_BACKUP, str(demo_db.path), str(target)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout.readline().strip() == "copying", process.stderr.read()
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL
    leftovers = [p.name for p in target.iterdir()]
    # Only the hidden temporary copy may remain: never a file named like a backup.
    assert leftovers
    assert all(name.startswith(".") and ".partial" in name for name in leftovers), leftovers
    assert not list(target.glob("*.sqlite"))
