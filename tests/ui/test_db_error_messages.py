"""Why a database did not open, in the user's language: read-only is never called damaged."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from app.db import (
    EmptyDatabaseError,
    InvalidTargetError,
    MissingDatabaseError,
    ReadOnlyDatabaseError,
)
from ui.controller import Controller
from ui.widgets.errors import database_error_text

TARGET = "/srv/yhteinen/osuva.sqlite"


@pytest.mark.parametrize(
    ("lang", "expected", "never"),
    [
        ("fi", "on vain luettavissa", "vioittunut"),
        ("sv", "är skrivskyddad", "skadad"),
        ("en", "is read-only", "damaged"),
    ],
)
def test_read_only_is_worded_as_read_only(language, lang, expected, never):
    language(lang)
    text = database_error_text(ReadOnlyDatabaseError(TARGET))
    assert TARGET in text
    assert expected in text
    assert never not in text


@pytest.mark.parametrize(
    ("error", "finnish"),
    [
        (EmptyDatabaseError(TARGET), "on tyhjä, joten se ei ole Osuvan tietokanta"),
        (MissingDatabaseError(TARGET), "ei ole olemassa"),
        (InvalidTargetError("notascheme://x", "no"), "ei ole tietokantatiedosto"),
    ],
)
def test_other_refusals_have_their_own_finnish_words(language, error, finnish):
    language("fi")
    text = database_error_text(error)
    assert finnish in text
    assert error.target in text


def test_opening_an_empty_file_refuses_it_and_leaves_it_empty(
    qtbot, monkeypatch, tmp_path, language
):
    language("fi")
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: messages.append(box.text()) or 0)
    empty = tmp_path / "tyhjä.sqlite"
    empty.write_bytes(b"")
    controller = Controller()
    assert not controller.open(str(empty))
    assert empty.read_bytes() == b""
    assert messages and "on tyhjä" in messages[0]
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix) == ["tyhjä.sqlite"]


def test_a_failed_backup_says_so_and_leaves_no_backup(
    qtbot, monkeypatch, demo_db, isolated_data_dir, language
):
    language("fi")
    controller = Controller()
    assert controller.open(str(demo_db.path))
    qtbot.addWidget(controller.window)
    isolated_data_dir.mkdir(parents=True, exist_ok=True)
    blocker = isolated_data_dir / "backups"
    blocker.write_text("not a folder")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    controller.backup()
    qtbot.waitUntil(lambda: len(warnings) == 1)
    assert "Varmuuskopiota ei voitu kirjoittaa kansioon" in warnings[0]
    assert str(blocker) in warnings[0]
    assert blocker.read_text() == "not a folder"


def test_an_empty_db_option_is_refused_not_taken_for_the_default(
    qtbot, monkeypatch, demo_template, isolated_data_dir, language
):
    import shutil

    language("en")
    isolated_data_dir.mkdir(parents=True, exist_ok=True)
    shutil.copy(demo_template, isolated_data_dir / "osuva.sqlite")
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: messages.append(box.text()) or 0)
    controller = Controller()
    assert not controller.start("")
    assert controller.window is None
    assert messages and "is not a database file or server address" in messages[0]
