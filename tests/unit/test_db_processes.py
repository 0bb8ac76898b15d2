"""Two real processes on one SQLite file: opening never loses another's writes, writers queue."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Commits one row at a time, each on a fresh connection: every close removes the WAL and the
# next connect creates it again, the window in which an opener used to delete it.
WRITER = """
import sys
from pathlib import Path
from app.db.connect import connect_sqlite

path, count, done = Path(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
for n in range(count):
    con = connect_sqlite(path)
    con.execute("INSERT INTO setting (key, value) VALUES (?, 'written')", (f"row-{n}",))
    con.close()
done.write_text("done")
"""

OPENER = """
import sys
from pathlib import Path
from app.db import open_database

path, done = Path(sys.argv[1]), Path(sys.argv[2])
opened = 0
while not done.exists() or opened < 5:
    open_database(path).dispose()
    opened += 1
print(opened)
"""

# Takes the write lock, says so, holds it until the second is about to begin and a while more.
FIRST_WRITER = """
import sys, time
from pathlib import Path
from sqlalchemy import text
from app.db import WRITE, open_database

db = open_database(sys.argv[1])
second_ready = Path(sys.argv[2])
with db.sessions() as session:
    session.connection(execution_options={WRITE: True})
    session.execute(text("INSERT INTO setting (key, value) VALUES ('first', 'from one')"))
    print("locked", flush=True)
    while not second_ready.exists():
        time.sleep(0.01)
    time.sleep(1.0)
    session.commit()
db.dispose()
"""

SECOND_WRITER = """
import json, sys, time
from pathlib import Path
from sqlalchemy import text
from app.db import WRITE, open_database

db = open_database(sys.argv[1])
with db.sessions() as session:
    Path(sys.argv[2]).write_text("ready")
    started = time.perf_counter()
    session.connection(execution_options={WRITE: True})
    waited = time.perf_counter() - started
    seen = session.execute(text("SELECT value FROM setting WHERE key = 'first'")).scalar()
    session.execute(text("INSERT INTO setting (key, value) VALUES ('second', 'from two')"))
    session.commit()
db.dispose()
print(json.dumps({"waited": waited, "seen": seen}))
"""


def python(script: str, *args: object, **popen) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", script, *map(str, args)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **popen,
    )


def finish(process: subprocess.Popen) -> str:
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    return out


def keys(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("SELECT key FROM setting ORDER BY key")]
    finally:
        con.close()


def test_opening_while_another_process_writes_loses_nothing(db, tmp_path):
    path = db.path
    db.dispose()
    done = tmp_path / "writer-done"
    count = 150
    opener = python(OPENER, path, done)
    writer = python(WRITER, path, count, done)
    finish(writer)
    opened = int(finish(opener))
    assert opened >= 5
    assert keys(path) == sorted(f"row-{n}" for n in range(count))
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    finally:
        con.close()
    # Every process has closed the file: SQLite itself folded the WAL in and removed it.
    assert not Path(f"{path}-wal").exists() or os.path.getsize(f"{path}-wal") == 0


def test_a_second_writer_waits_for_the_first_then_sees_its_data(db, tmp_path):
    path = db.path
    db.dispose()
    ready = tmp_path / "second-ready"
    first = python(FIRST_WRITER, path, ready)
    assert first.stdout.readline().strip() == "locked"
    second = python(SECOND_WRITER, path, ready)
    finish(first)
    result = json.loads(finish(second))
    # BEGIN IMMEDIATE waited (busy_timeout) for the first commit instead of failing.
    assert result["waited"] > 0.5
    assert result["seen"] == "from one"
    assert keys(path) == ["first", "second"]
