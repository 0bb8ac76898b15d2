"""osuva-admin signs in for commands that read or change the cooperative's records."""

from __future__ import annotations

import subprocess
import sys

import pytest

from app.cli import main


@pytest.fixture
def demo_file(demo_db):
    path = str(demo_db.path)
    demo_db.dispose()
    return path


def render(demo_file, tmp_path, *extra) -> int:
    out = tmp_path / "register.pdf"
    return main(["render", "member-register", "--db", demo_file, "--out", str(out), *extra])


def test_a_records_command_without_a_user_is_refused(demo_file, tmp_path, capsys):
    assert render(demo_file, tmp_path) == 2
    assert "needs a user: add --user NAME or set OSUVA_USER" in capsys.readouterr().err
    assert not (tmp_path / "register.pdf").exists()


def test_a_wrong_password_is_refused_without_saying_more(demo_file, tmp_path, capsys, cli_user):
    for user in ("treasurer", "nobody"):
        cli_user(user, "wrong")
        assert render(demo_file, tmp_path) == 2
        assert capsys.readouterr().err.strip() == "osuva-admin: Wrong user name or password."


def test_the_treasurer_renders_the_register_and_the_facilitator_may_not(
    demo_file, tmp_path, capsys, cli_user
):
    cli_user("treasurer", "demo")
    assert render(demo_file, tmp_path) == 0
    assert (tmp_path / "register.pdf").read_bytes().startswith(b"%PDF")
    (tmp_path / "register.pdf").unlink()
    cli_user("facilitator", "demo")
    assert render(demo_file, tmp_path, "--user", "facilitator") == 2
    assert "may not do that" in capsys.readouterr().err
    assert not (tmp_path / "register.pdf").exists()


def test_user_option_and_password_from_the_environment(demo_file, tmp_path, monkeypatch):
    monkeypatch.setenv("OSUVA_PASSWORD", "demo")
    assert render(demo_file, tmp_path, "--user", "admin") == 0


def test_without_a_terminal_the_password_must_come_from_the_environment(demo_file, tmp_path):
    command = [sys.executable, "-m", "app.cli", "render", "member-register", "--db", demo_file]
    result = subprocess.run(
        [*command, "--out", str(tmp_path / "r.pdf"), "--user", "admin"],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    assert result.returncode == 2
    assert "set OSUVA_PASSWORD or run the command in a terminal" in result.stderr
    assert "Traceback" not in result.stderr


def test_help_names_both_ways_to_sign_in(capsys):
    with pytest.raises(SystemExit):
        main(["render", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "$OSUVA_USER" in text and "$OSUVA_PASSWORD" in text


def test_check_and_backup_need_no_user(demo_file, tmp_path):
    assert main(["check", "--db", demo_file]) == 0
    assert main(["backup", "--db", demo_file, "--out", str(tmp_path)]) == 0
