"""Importing a treasurer's spreadsheet: problems named row by row, nothing saved until OK."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from app.domain import Member
from app.domain.enums import Role
from app.services.uow import Actor
from ui.members.import_dialog import ImportDialog
from ui.operations import Context

DATA = Path(__file__).resolve().parents[1] / "data"


def members(db) -> int:
    with db.sessions() as session:
        return session.scalar(select(func.count(Member.id)))


def test_finnish_excel_file_preview_then_import_the_good_rows(qtbot, coop_db, language):
    language("fi")
    dialog = ImportDialog(Context(coop_db, Actor("test", Role.ADMIN)))
    qtbot.addWidget(dialog)
    dialog.load(DATA / "members_fi_excel.csv")
    qtbot.waitUntil(lambda: dialog.preview is not None)  # read in the background
    preview = dialog.preview
    assert len(preview.rows) == 200
    assert 0 < preview.with_problems < 20
    assert str(preview.ok) in dialog.summary.text()
    # Problem rows come first, each naming the field in Finnish.
    first = dialog.model.index(0, dialog.model.COLUMNS.__len__() - 1).data()
    assert first != "OK" and ":" in first
    assert members(coop_db) == 0
    assert not dialog.import_button.isEnabled()

    dialog.skip.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted)
    assert dialog.imported == preview.ok
    assert members(coop_db) == preview.ok


def test_unreadable_file_is_explained(qtbot, coop_db, language, tmp_path, monkeypatch):
    language("sv")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    bogus = tmp_path / "medlemmar.csv"
    bogus.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    dialog = ImportDialog(Context(coop_db, Actor("test", Role.ADMIN)))
    qtbot.addWidget(dialog)
    dialog.load(bogus)
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert dialog.preview is None and "Osuva" in shown[0]
    assert not dialog.import_button.isEnabled()


def test_preview_words_rows_in_the_users_language(qtbot, coop_db, language, tmp_path):
    from datetime import date

    from app.domain.enums import Language, MemberKind
    from app.services.member_form import MemberForm
    from app.services.members import create_member
    from app.services.uow import UnitOfWork

    with UnitOfWork(coop_db) as uow:
        form = MemberForm(
            first_name="Esa",
            last_name="Ek",
            applied_on=date(2024, 1, 1),
            birth_date=date(1970, 5, 6),
            language=Language.FI,
            kind=MemberKind.WORKING,
        )
        create_member(uow, form)
    path = tmp_path / "jasenet.csv"
    path.write_text(
        "Etunimi;Sukunimi;Hetu;Syntymäaika;Sähköposti\n"
        "Aino;Mäkinen;010190-900P;;\n"
        "Aino;Mäkinen;010190-900P;;\n"
        "Esa;Ek;;6.5.1970;\n"
        "Liisa;Laine;;;ei-osoite\n",
        encoding="utf-8",
    )
    language("fi")
    dialog = ImportDialog(Context(coop_db, Actor("test", Role.ADMIN)))
    qtbot.addWidget(dialog)
    dialog.load(path)
    qtbot.waitUntil(lambda: dialog.preview is not None)
    model = dialog.model
    check = {
        int(model.index(r, 0).data()): (model.index(r, 1).data(), model.index(r, 3).data())
        for r in range(model.rowCount())
    }
    # Every problem row says who it is, in Finnish, and never shows an identity code.
    assert check[3] == ("Mäkinen, Aino", check[3][1])
    assert "sama henkilö kuin rivillä 2" in check[3][1]
    assert check[4][0] == "Ek, Esa" and "Hakija rekisterissä: Esa Ek" in check[4][1]
    assert check[5][0] == "Laine, Liisa"
    assert all("row" not in text and "010190" not in text for _, text in check.values())
    assert dialog.import_button.text().replace("&", "") == "Tuo 1 jäsen"
    assert "Tiedostossa on 4 riviä." in dialog.summary.text()
    language("sv")
    dialog._update()
    assert dialog.import_button.text().replace("&", "") == "Importera 1 medlem"
