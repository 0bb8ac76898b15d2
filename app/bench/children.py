"""Start Osuva and the bare-Qt floors as separate processes, offscreen, and read what they say.

app/ never imports Qt: everything that needs it runs in a child Python (ui.main, ui.bench.probe).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RESULT = "BENCH-RESULT "


class ChildFailed(Exception):
    """A measured process ended without reporting; the message ends with its last output."""


def child_env(out: Path) -> dict[str, str]:
    """Offscreen Qt, unbuffered output, and settings, data and bytecode in the bench folder.

    An installed Osuva starts from compiled modules: a measured start must not compile the
    sources again because the shell asked Python not to keep bytecode.
    """
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONUNBUFFERED": "1",
        "XDG_CONFIG_HOME": str(out / "settings"),
        "OSUVA_DATA_DIR": str(out / "data"),
        "PYTHONPYCACHEPREFIX": str(out / "bytecode"),
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def compile_sources(out: Path) -> None:
    """Compile Osuva's modules into the bench folder once, as an installer does."""
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", "app", "ui"],
        cwd=ROOT,
        env=child_env(out),
        stdout=subprocess.DEVNULL,
        check=True,
    )


def _run(args: list[str], out: Path, marker: str, timeout: float) -> tuple[float | None, list[str]]:
    """Seconds from start until a line begins with ``marker`` (None if never), and all lines."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, *args],
        cwd=ROOT,
        env=child_env(out),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        encoding="utf-8",
        errors="replace",
    )
    seen: float | None = None
    lines: list[str] = []
    assert proc.stdout is not None
    try:
        for line in proc.stdout:
            if seen is None and line.startswith(marker):
                seen = time.perf_counter() - started
            lines.append(line.rstrip("\n"))
            if time.perf_counter() - started > timeout:
                proc.kill()
                break
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    return seen, lines


def _failed(what: str, lines: list[str]) -> ChildFailed:
    fatal = [line for line in lines if line.startswith(("Fatal", "Traceback", "self-test"))]
    tail = "\n".join(lines[-12:])
    return ChildFailed(f"{what} did not report ({'; '.join(fatal) or 'no output'}):\n{tail}")


def startup_seconds(db: Path, out: Path) -> float:
    """`python -m ui.main --self-test --db FILE` until it reports the window shown."""
    args = ["-m", "ui.main", "--self-test", "--lang", "fi", "--db", str(db)]
    args += ["--data-dir", str(out / "data")]
    seen, lines = _run(args, out, "self-test", timeout=600)
    if seen is None or not any(line.startswith("self-test ok") for line in lines):
        raise _failed("osuva --self-test", lines)
    return seen


def bare_window(out: Path) -> tuple[float, float]:
    """(seconds to a shown bare four-tab window, its peak RSS in MB)."""
    seen, lines = _run(["-m", "ui.bench.probe", "bare-window"], out, "shown", timeout=120)
    result = _result(lines)
    if seen is None or result is None:
        raise _failed("the bare window", lines)
    return seen, result["peak_rss_mb"]


def _result(lines: list[str]) -> dict | None:
    for line in reversed(lines):
        if line.startswith(RESULT):
            return json.loads(line[len(RESULT) :])
    return None


def probe(db: Path, out: Path, floor_rows: Path, *options: str) -> dict:
    """Run ui.bench.probe on Osuva's window; its JSON result (see that module)."""
    args = ["-m", "ui.bench.probe", "gui", "--db", str(db), "--data-dir", str(out / "data")]
    args += ["--floor-rows", str(floor_rows), *options]
    _, lines = _run(args, out, RESULT, timeout=3600)
    result = _result(lines)
    if result is None:
        raise _failed("the window probe", lines)
    return result
