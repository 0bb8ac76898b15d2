"""The real programs start as a user would start them (separate processes, offscreen)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(module: str, *args: str, data_dir: Path) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "OSUVA_DATA_DIR": str(data_dir),
        # The user's own settings (last database, language) must not leak into the test.
        "XDG_CONFIG_HOME": str(data_dir / "config"),
        "HOME": str(data_dir),
    }
    return subprocess.run(
        [sys.executable, "-m", module, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_first_start_without_a_database_opens_the_demo(tmp_path):
    result = run("ui.main", "--lang", "fi", "--self-test", data_dir=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Jäsenet | Työtehtävät | Valmennus | Asiakkaat | Laskutus" in result.stdout
    assert "40 members" in result.stdout
    assert (tmp_path / "osuva-demo.sqlite").exists()


def test_a_database_from_the_command_line_opens_in_swedish(tmp_path):
    database = tmp_path / "osk.sqlite"
    made = run("app.cli", "demo", "--out", str(database), data_dir=tmp_path)
    assert made.returncode == 0, made.stderr
    result = run("ui.main", "--db", str(database), "--lang", "sv", "--self-test", data_dir=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Medlemmar | Arbetsuppdrag | Coachning | Kunder | Fakturering" in result.stdout
    assert str(database) in result.stdout


def test_a_garbage_file_is_refused_by_both_programs(tmp_path):
    bad = tmp_path / "notes.sqlite"
    bad.write_text("not a database", encoding="utf-8")
    cli = run("app.cli", "check", "--db", str(bad), data_dir=tmp_path)
    assert cli.returncode == 2
    assert "not an Osuva database" in cli.stderr
    assert "Traceback" not in cli.stderr
    assert bad.read_text(encoding="utf-8") == "not a database"


def test_the_unattended_self_test_reports_a_missing_database_instead_of_waiting(tmp_path):
    missing = tmp_path / "gone.sqlite"
    result = run("ui.main", "--db", str(missing), "--self-test", data_dir=tmp_path)
    assert result.returncode == 1
    assert f"self-test failed: {missing} does not exist." in result.stderr
    assert not missing.exists()
