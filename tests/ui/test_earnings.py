"""The earnings window: warnings highlighted, months browsed, rates added by keyboard."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from app.domain import BenefitLimit, WageRate
from app.domain.earnings import EndReason
from app.domain.enums import Role
from app.services.uow import Actor
from tests.ui.keys import press, type_text
from tests.unit.earnings_world import make_world
from ui.earnings.overview import EarningsDialog
from ui.earnings.wage_basis import WageBasisDialog
from ui.earnings.wage_rates import WageRateDialog
from ui.operations import Context

ADMIN = Actor("test", Role.ADMIN)


@pytest.fixture
def world(coop_db):
    w = make_world(coop_db)
    w.member("aino", 1, "Aino", "Aalto", monthly_limit="1000.00")
    w.member("eero", 2, "Eero", "Eskola", monthly_limit="1000.00")
    w.member("ilona", 3, "Ilona", "Ikonen", monthly_limit="1000.00")
    w.rate("50.00", date(2026, 1, 1), service="cleaning")
    w.work("aino", date(2026, 10, 5), "16")  # 800 € = 80 %
    w.work("eero", date(2026, 10, 5), "20")  # 1000 € = 100 %
    w.work("ilona", date(2026, 10, 5), "10")
    w.work("ilona", date(2026, 9, 5), "20")
    return w


def test_warnings_are_highlighted_and_months_browsed(qtbot, world, language):
    language("fi")
    dialog = EarningsDialog(Context(world.db, ADMIN), month=date(2026, 10, 1))
    qtbot.addWidget(dialog)
    proxy = dialog.table.model()
    warnings = {}
    for row in range(proxy.rowCount()):
        name = proxy.index(row, 1).data()
        warnings[name] = (
            proxy.index(row, dialog.model.WARNING).data(),
            proxy.index(row, 3).data(Qt.ItemDataRole.BackgroundRole),
        )
    assert warnings["Aalto, Aino"][0] == "⚠ 80 % rajasta"
    assert warnings["Eskola, Eero"][0] == "⚠ Raja täynnä"
    assert warnings["Ikonen, Ilona"] == ("", None)
    assert warnings["Aalto, Aino"][1] is not None
    assert "2 jäsenellä ansiot ovat vähintään 80 % rajasta." in dialog.summary.text()
    # Sorted by gross earnings, largest first.
    dialog.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, 1).data() == "Eskola, Eero"
    # September: only Ilona worked; her 20 h are 100 % there.
    dialog.month.setDate(dialog.month.date().addMonths(-1))
    names = [proxy.index(r, 1).data() for r in range(proxy.rowCount())]
    assert "Ikonen, Ilona" in names
    ilona = names.index("Ikonen, Ilona")
    assert proxy.index(ilona, dialog.model.WARNING).data() == "⚠ Raja täynnä"


def test_a_rate_is_added_by_keyboard(qtbot, world, language):
    language("en")
    dialog = WageRateDialog(Context(world.db, ADMIN))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.service)
    # Services by their Finnish names: Pihatyö, then Siivous (cleaning).
    press(qtbot, dialog.service, Qt.Key.Key_Down)
    press(qtbot, dialog.service, Qt.Key.Key_Down)
    press(qtbot, dialog.service, Qt.Key.Key_Tab)
    press(qtbot, dialog.focusWidget(), Qt.Key.Key_Down)  # the first member: Aalto
    press(qtbot, dialog.focusWidget(), Qt.Key.Key_Tab)
    type_text(qtbot, dialog.focusWidget(), "55,50")
    press(qtbot, dialog.focusWidget(), Qt.Key.Key_Tab)
    dialog.focusWidget().selectAll()
    type_text(qtbot, dialog.focusWidget(), "1.10.2026")
    press(qtbot, dialog.focusWidget(), Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    with world.db.sessions() as session:
        rate = session.scalars(select(WageRate).where(WageRate.member_id.is_not(None))).one()
    assert (rate.member_id, rate.service_id, rate.hourly_rate, rate.valid_from) == (
        world.members["aino"],
        world.services["cleaning"],
        Decimal("55.50"),
        date(2026, 10, 1),
    )


def test_an_overlapping_rate_is_named_under_its_field(qtbot, world, language):
    language("en")
    dialog = WageRateDialog(Context(world.db, ADMIN))
    qtbot.addWidget(dialog)
    dialog.service.setCurrentIndex(dialog.service.findData(world.services["cleaning"]))
    dialog.form.widgets["hourly_rate"].setText("51")
    dialog.form.widgets["valid_from"].setText("1.6.2026")
    dialog._ok()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "is valid on some of these days" in dialog.form.errors["valid_from"].text()


def test_wage_basis_is_saved_or_the_missing_rate_named(
    qtbot, world, language, tmp_path, monkeypatch
):
    language("sv")
    dialog = WageBasisDialog(Context(world.db, ADMIN), date(2026, 10, 1))
    qtbot.addWidget(dialog)
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    out = tmp_path / "lön.xlsx"
    monkeypatch.setattr(dialog, "choose_file", lambda month, suffix: out)
    dialog._ok()
    assert out.exists() and "Lönegrunden för 3 medlemmar sparades" in shown[-1]
    world.work("aino", date(2026, 10, 6), "1", service="yard")
    again = tmp_path / "igen.xlsx"
    monkeypatch.setattr(dialog, "choose_file", lambda month, suffix: again)
    dialog._ok()
    assert shown[-1].startswith("Aino Aalto har ingen timlön för Gårdsarbete för 10/2026.")
    assert not again.exists()


def test_the_member_form_edits_this_years_limit(qtbot, world, language):
    from ui.members.member_dialog import MemberDialog

    language("en")
    member_id = world.members["aino"]
    dialog = MemberDialog(Context(world.db, ADMIN), member_id)
    qtbot.addWidget(dialog)
    field = dialog.form.widgets["monthly_earnings_limit"]
    assert field.amount() == Decimal("1000.00")
    field.setText("1200")
    dialog.form.widgets["weekly_hour_ceiling"].setText("12")
    dialog._ok()
    assert dialog.result() == dialog.DialogCode.Accepted
    with world.db.sessions() as session:
        limit = session.scalars(
            select(BenefitLimit).where(BenefitLimit.member_id == member_id)
        ).one()
    assert limit.monthly_limit == Decimal("1200.00")


def test_employment_and_a_certificate_from_the_dialog(
    qtbot, world, language, tmp_path, monkeypatch
):
    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog

    from ui.earnings.employment import CertificateDialog, EmploymentDialog, PeriodDialog

    language("fi")
    context = Context(world.db, ADMIN)
    member_id = world.members["aino"]
    period = PeriodDialog(context, member_id)
    qtbot.addWidget(period)
    period.form.widgets["starts_on"].setText("1.3.2026")
    period.form.widgets["ends_on"].setText("31.10.2026")
    period.reason.setCurrentIndex(period.reason.findData(EndReason.FIXED_TERM_ENDED))
    period._ok()
    assert period.result() == period.DialogCode.Accepted

    dialog = EmploymentDialog(context, member_id)
    qtbot.addWidget(dialog)
    assert dialog.periods.rowCount() == 1
    out = tmp_path / "todistus.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))

    def fill_in(certificate: CertificateDialog) -> int:
        certificate.with_reason.setChecked(True)
        certificate.with_assessment.setChecked(True)
        certificate.assessment.setPlainText("Aino on huolellinen ja luotettava.")
        certificate._ok()
        return certificate.result()

    monkeypatch.setattr(CertificateDialog, "exec", fill_in)
    dialog.issue()
    assert dialog.certificates.rowCount() == 1
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert "Määräaikainen työsopimus päättyi" in text and "huolellinen ja luotettava" in text
    assert "Siivous" in text  # the 10 h of October are in the period


def test_a_years_limit_is_added_from_the_member_form(qtbot, world, language, monkeypatch):
    from ui.earnings.limits import BenefitLimitsDialog, LimitDialog
    from ui.members.member_dialog import MemberDialog

    language("en")
    context = Context(world.db, ADMIN)
    member_id = world.members["ilona"]
    form = MemberDialog(context, member_id)
    qtbot.addWidget(form)

    def add_this_year(dialog: BenefitLimitsDialog) -> int:
        limit = LimitDialog(context, member_id, None, dialog)  # this year by default
        limit.form.widgets["monthly_limit"].setText("1234.5")
        limit._ok()
        assert limit.result() == limit.DialogCode.Accepted
        dialog.refresh()
        return 0

    monkeypatch.setattr(BenefitLimitsDialog, "exec", add_this_year)
    form._open_limits()
    # The form now shows the stored limit, so saving it keeps the new value.
    assert form.form.widgets["monthly_earnings_limit"].amount() == Decimal("1234.50")


def test_warnings_read_plainly_in_finnish_and_swedish(language):
    from app.services.load_watch import LoadWarning
    from ui.earnings.warnings import warning_text

    ceiling = LoadWarning("weekly_ceiling", Decimal("12.5"), Decimal("12"), date(2026, 10, 5))
    near = LoadWarning("earnings_80", Decimal("800"), Decimal("1000"), date(2026, 10, 1))
    over = LoadWarning("earnings_100", Decimal("1000"), Decimal("1000"), date(2026, 10, 1))
    language("fi")
    assert warning_text(ceiling) == (
        "12,5\u00a0h viikolla, joka alkaa 5.10.2026: enemmän kuin jäsenen itse valitsema "
        "enimmäismäärä 12,0\u00a0h."
    )
    assert "80,0 % jäsenen omasta kuukausirajasta 1\u00a0000,00\u00a0€" in warning_text(near)
    language("sv")
    assert warning_text(over) == (
        "Inkomsten för 10/2026 skulle bli 1\u00a0000,00\u00a0€ och nå medlemmens egen "
        "månadsgräns på 1\u00a0000,00\u00a0€."
    )


@pytest.mark.parametrize(("role", "shown"), [(Role.TREASURER, True), (Role.FACILITATOR, False)])
def test_employment_is_offered_only_to_who_may_see_wages(qtbot, world, role, shown):
    from ui.members.tab import MembersTab

    tab = MembersTab(Context(world.db, Actor("x", role)))
    qtbot.addWidget(tab)
    assert tab.employment_action.isVisible() is shown


def test_a_members_limits_open_from_the_overview(qtbot, world, monkeypatch):
    from ui.earnings.limits import BenefitLimitsDialog

    dialog = EarningsDialog(Context(world.db, ADMIN), month=date(2026, 10, 1))
    qtbot.addWidget(dialog)
    opened = []
    monkeypatch.setattr(BenefitLimitsDialog, "exec", lambda d: opened.append(d.member_id) or 0)
    dialog.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # Eero first
    dialog.table.selectRow(0)
    dialog.limits_button.click()
    assert opened == [world.members["eero"]]
