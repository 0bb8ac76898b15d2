"""Copy a live SQLite database safely: under a temporary name, verified, then renamed."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

from .connect import connect_sqlite

# 1 024 pages (4 MB at the default page size) per step: progress moves, writers get turns.
PAGES_PER_STEP = 1024
# Called with (pages copied, pages in all); returning True cancels the copy.
Progress = Callable[[int, int], bool | None]


class CopyCancelled(Exception):
    """The progress callback asked to stop; nothing was left behind."""


class CopyFailed(Exception):
    """The copy could not be written or did not verify; nothing was left behind."""


def copy_database(source: Path, target: Path, *, progress: Progress | None = None) -> Path:
    """Write a consistent copy of `source` to `target`, which must not exist yet.

    The copy is written under a hidden temporary name in target's folder and renamed only
    after `PRAGMA quick_check` passes, so an interrupted copy never looks like a backup.
    """
    try:
        handle, temp_name = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.stem}-", suffix=".partial"
        )
        os.close(handle)
    except OSError as exc:
        raise CopyFailed(f"cannot write in {target.parent}: {exc.strerror or exc}") from exc
    temp = Path(temp_name)
    try:
        _copy_and_verify(source, temp, progress)
        if target.exists():
            raise CopyFailed(f"{target} already exists")
        os.replace(temp, target)
    except BaseException:
        _remove_private_file(temp)
        raise
    return target


def _copy_and_verify(source: Path, temp: Path, progress: Progress | None) -> None:
    def step(_status: int, remaining: int, total: int) -> None:
        if progress is not None and progress(total - remaining, total):
            raise CopyCancelled()

    src = connect_sqlite(source)
    try:
        dst = connect_sqlite(temp)
        try:
            src.backup(dst, pages=PAGES_PER_STEP, progress=step)
            problems = [row[0] for row in dst.execute("PRAGMA quick_check")]
        finally:
            # Closing the only connection folds the copy's WAL into the file.
            dst.close()
    except sqlite3.Error as exc:
        raise CopyFailed(str(exc)) from exc
    finally:
        src.close()
    if problems != ["ok"]:
        raise CopyFailed(f"the copy failed its integrity check ({'; '.join(problems[:3])})")


def _remove_private_file(temp: Path) -> None:
    # Only this process ever opened the temporary copy, so its sidecars are ours to delete.
    for leftover in (temp, *(temp.with_name(temp.name + s) for s in ("-wal", "-shm", "-journal"))):
        with contextlib.suppress(OSError):
            leftover.unlink(missing_ok=True)
