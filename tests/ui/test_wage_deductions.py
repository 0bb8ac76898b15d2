"""The payroll list of share fee deductions, and recording it."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from app.domain import SharePayment
from app.domain.enums import Role, SharePaymentMethod
from app.services.uow import Actor
from tests.conftest import DEMO_TODAY
from ui.members.wage_deductions import WageDeductionsDialog
from ui.operations import Context


def test_list_copy_and_record(qtbot, demo_db, language, monkeypatch):
    language("fi")
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Yes)
    dialog = WageDeductionsDialog(Context(demo_db, Actor("test", Role.ADMIN)))
    qtbot.addWidget(dialog)
    dialog.month.setDate(QDate(DEMO_TODAY.year, DEMO_TODAY.month, 1))
    rows = dialog.model.rows()
    due = [r for r in rows if r.amount > 0]
    assert due, "the demo has members paying by wage deduction"
    assert dialog.total.text().endswith("\u00a0€")

    dialog.copy_list()
    copied = QApplication.clipboard().text().splitlines()
    assert len(copied) == len(due)
    assert due[0].name in copied[0]

    dialog.record()
    after = {r.member_id: r for r in dialog.model.rows()}
    for row in due:
        assert after[row.member_id].amount == Decimal("0.00")
        assert after[row.member_id].recorded == row.recorded + row.amount
    with demo_db.sessions() as session:
        month_payments = session.scalars(
            select(SharePayment).where(
                SharePayment.method == SharePaymentMethod.WAGE_DEDUCTION,
                SharePayment.wage_month == DEMO_TODAY.replace(day=1),
            )
        ).all()
        assert sum(p.amount for p in month_payments) >= sum(r.amount for r in due)
    assert not dialog.record_button.isEnabled()


def test_the_list_prints_for_payroll(qtbot, demo_db, language, tmp_path, monkeypatch):
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QPushButton

    printed = tmp_path / "printed.pdf"

    def fake_exec(dialog):
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(printed))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", fake_exec)
    language("sv")
    dialog = WageDeductionsDialog(Context(demo_db, Actor("test", Role.ADMIN)))
    qtbot.addWidget(dialog)
    dialog.month.setDate(QDate(DEMO_TODAY.year, DEMO_TODAY.month, 1))
    pdf = dialog.render(tmp_path / "list.pdf")
    text = PdfReader(pdf).pages[0].extract_text()
    assert "Andelsavgifter som dras av från lönen" in text
    for row in dialog.model.rows():
        assert row.name in text
    dialog.findChild(QPushButton, "print").click()
    assert len(PdfReader(printed).pages) == 1


def test_column_headers_are_not_cut_short(qtbot, demo_db, language):
    language("fi")
    dialog = WageDeductionsDialog(Context(demo_db, Actor("test", Role.ADMIN)))
    qtbot.addWidget(dialog)
    dialog.month.setDate(QDate(DEMO_TODAY.year, DEMO_TODAY.month, 1))
    dialog.show()
    header = dialog.table.horizontalHeader()
    for column in range(dialog.model.columnCount()):
        assert header.sectionSize(column) >= header.sectionSizeFromContents(column).width(), (
            dialog.model.headerData(column, Qt.Orientation.Horizontal)
        )
