"""Every dialog of the UI, opened on the demo cooperative, for checks that cover them all."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from app.domain.enums import Language, MemberStatus, Role
from app.services.members import MemberRow, list_members
from app.services.uow import Actor
from ui.operations import Context, read
from ui.widgets.form_dialog import FormDialog

DATA_FILE = "members_fi_excel.csv"


def _first(rows: list[MemberRow], test: Callable[[MemberRow], bool]) -> MemberRow:
    return next(r for r in rows if test(r))


def _captured(open_it: Callable[[], object]) -> FormDialog:
    """The form dialog that `open_it` would show, captured instead of run."""
    seen: list[FormDialog] = []
    original = FormDialog.exec
    FormDialog.exec = lambda self: seen.append(self) or 0
    try:
        open_it()
    finally:
        FormDialog.exec = original
    return seen[-1]


def every_dialog(db, data_dir) -> Iterator[tuple[str, QWidget]]:
    """(name, dialog) for each dialog in ui/, built in the current language and text size."""
    from ui.bench.events import wait_until
    from ui.help import ownership_help
    from ui.members.documents import DocumentDialog
    from ui.members.import_dialog import ImportDialog
    from ui.members.lifecycle import MembershipActions
    from ui.members.member_dialog import MemberDialog
    from ui.members.shares_dialog import SharesDialog
    from ui.members.wage_deductions import WageDeductionsDialog
    from ui.settings.dialog import SettingsDialog
    from ui.welcome.dialog import WelcomeDialog
    from ui.welcome.new_cooperative import NewCooperativeDialog

    context = Context(db, Actor("test", Role.ADMIN))
    rows = read(context, list_members)
    member = _first(rows, lambda r: r.status == MemberStatus.MEMBER and r.shares > 0)
    applicant = _first(rows, lambda r: r.status == MemberStatus.APPLICANT)
    former = next((r for r in rows if r.refund_due_on is not None), member)

    yield "member-new", MemberDialog(context)
    yield "member-edit", MemberDialog(context, member.id)
    shares = SharesDialog(context, member)
    yield "shares", shares
    yield "shares-subscribe", _captured(shares.subscribe)
    yield "shares-payment", _captured(shares.record_payment)
    yield "shares-consent", _captured(shares.consent)
    holder = QDialog()
    actions = MembershipActions(context, holder)
    yield "accept", _captured(lambda: actions.accept(applicant))
    yield "reject", _captured(lambda: actions.reject(applicant))
    yield "notice", _captured(lambda: actions.notice(member))
    yield "end", _captured(lambda: actions.end(member))
    yield "refund", _captured(lambda: actions.refund(former))
    yield "wage-deductions", WageDeductionsDialog(context)
    importer = ImportDialog(context)
    importer.load(data_dir / DATA_FILE)
    wait_until(lambda: importer.preview is not None, 30)  # the file is read in the background
    yield "import", importer
    yield "certificate", DocumentDialog(context, "membership-certificate", member)
    yield "statement", DocumentDialog(context, "share-statement", member)
    yield "register", DocumentDialog(context, "member-register")
    yield "settings", SettingsDialog(context)
    yield "welcome", WelcomeDialog()
    new = NewCooperativeDialog(context)
    # The first form a new user sees, with the two-line messages of a wrong ID and IBAN.
    new.form.edits["business_id"].setText("1234567-8")
    new.form.edits["iban"].setText("FI00 1234")
    new._ok()
    yield "new-cooperative", new
    yield "help", ownership_help(None)
    yield from _admin_dialogs(db)
    yield from _customer_dialogs(db)
    yield from _work_dialogs(db)
    yield from _earnings_dialogs(context, member)
    yield from _einvoice_dialogs(db)
    yield from _payment_dialogs(context, data_dir)
    yield from _invoicing_dialogs(context)
    yield from _coaching_dialogs(db)
    yield from _impact_dialogs(db)
    yield from _sending_dialogs(context)


def _invoicing_dialogs(context: Context) -> Iterator[tuple[str, QWidget]]:
    """A new and a saved draft invoice, crediting an issued one and an invoice's PDF."""
    from app.services.invoicing import InvoiceStatus, list_invoices
    from ui.invoicing.credit_dialog import CreditDialog
    from ui.invoicing.draft_dialog import DraftDialog
    from ui.invoicing.pdf_dialog import InvoicePdfDialog
    from ui.invoicing.run_dialog import InvoiceRunDialog
    from ui.invoicing.send_dialog import SendDialog
    from ui.invoicing.settings_dialog import InvoiceSettingsDialog

    rows = read(context, list_invoices)
    draft = next(r for r in rows if r.status == InvoiceStatus.DRAFT)
    issued = next(r for r in rows if r.kind.value == "invoice" and r.number)
    yield "invoice-new", DraftDialog(context)
    yield "invoice-draft", DraftDialog(context, draft.id)
    yield "invoice-credit", CreditDialog(context, issued.id, issued.number)
    yield "invoice-pdf", InvoicePdfDialog(context, issued.id, issued.number)
    yield "invoice-run", InvoiceRunDialog(context)
    yield "invoice-send", SendDialog(context, issued.id, issued.number)
    yield "invoice-settings", InvoiceSettingsDialog(context)


def _admin_dialogs(db) -> Iterator[tuple[str, QWidget]]:
    """User management, one's own password and the audit log, as the demo's admin."""
    from app.services.users import SignInThrottle, sign_in
    from ui.audit.viewer import AuditViewer
    from ui.users.dialog import ResetPasswordDialog, UserFormDialog, UsersDialog
    from ui.users.password import ChangePasswordDialog

    admin = read(
        Context(db, Actor("", frozenset())), sign_in, "admin", "demo", throttle=SignInThrottle()
    )
    context = Context(db, admin)
    users = UsersDialog(context)
    treasurer = next(r for r in users.model.rows() if Role.TREASURER in r.roles)
    yield "users", users
    new = UserFormDialog(context)
    # Two-line messages under the fields of a form saved empty.
    new._ok()
    yield "user-new", new
    yield "user-edit", UserFormDialog(context, treasurer)
    yield "user-password", ResetPasswordDialog(context, treasurer)
    yield "own-password", ChangePasswordDialog(context)
    yield "audit-log", AuditViewer(context)
    yield from _sign_in_dialog(db)


def _sign_in_dialog(db) -> Iterator[tuple[str, QWidget]]:
    """The first thing everyone sees: with the demo note and a refusal shown."""
    from app.services.users import sign_in_info
    from ui.signin.dialog import SignInDialog

    nobody = Context(db, Actor("", frozenset()))
    dialog = SignInDialog(nobody, read(nobody, sign_in_info))
    dialog._refuse(3)
    yield "sign-in", dialog


def _customer_dialogs(db) -> Iterator[tuple[str, QWidget]]:
    """The customer form (new, and a municipality with agreed prices), the price list."""
    from app.domain.enums import CustomerKind
    from app.services.customers import get_customer, list_customers
    from ui.customers.agreed_price_dialog import AgreedPriceDialog
    from ui.customers.customer_dialog import CustomerDialog
    from ui.customers.price_list_dialog import PriceListDialog
    from ui.customers.service_dialogs import PriceChangeDialog, ServiceDialog

    context = Context(db, Actor("test", Role.ADMIN))
    town = next(r for r in read(context, list_customers) if r.kind == CustomerKind.MUNICIPALITY)
    new = CustomerDialog(context)
    # The messages of an organisation saved with a wrong business ID.
    new.form.widgets["name"].setText("Oy Testi Ab")
    new.form.widgets["business_id"].setText("2077474-1")
    new._ok()
    yield "customer-new", new
    edit = CustomerDialog(context, town.id)
    yield "customer-edit", edit
    yield (
        "agreed-price",
        AgreedPriceDialog(edit.services, read(context, get_customer, town.id).form.agreed_prices),
    )
    prices = PriceListDialog(context)
    yield "price-list", prices
    service = prices.services.row_at(0)
    yield "service-new", ServiceDialog(context)
    yield "service-edit", ServiceDialog(context, service.id, service.form)
    yield "price-change", PriceChangeDialog(context, service.id, service.name)
    from ui.bench.events import wait_until
    from ui.customers.import_dialog import CustomerImportDialog

    importer = CustomerImportDialog(context)
    importer.load(Path(__file__).parents[1] / "data" / "customers_fi_excel.csv")
    wait_until(lambda: importer.preview is not None, 30)  # the file is read in the background
    yield "customer-import", importer


def _work_dialogs(db) -> Iterator[tuple[str, QWidget]]:
    """The Work tab's dialogs, on the demo's week 48 of 2026."""
    from datetime import date

    from app.services.week_plan import week_plan
    from app.services.work import list_assignments
    from ui.work.assignment_dialog import AssignmentDialog
    from ui.work.hours_dialog import HoursDialog
    from ui.work.unbilled_dialog import UnbilledDialog
    from ui.work.week_plan_dialog import HandOverDialog, MoveDialog, WeekPlanDialog

    context = Context(db, Actor("test", Role.ADMIN))
    monday = date(2026, 11, 23)
    assignment = read(context, list_assignments).rows[0]
    yield "assignment-new", AssignmentDialog(context)
    edit = AssignmentDialog(context, assignment.id)
    yield "assignment-edit", edit
    bad = AssignmentDialog(context, assignment.id)
    # The messages of a recurrence that ends before it starts and an unreadable time.
    bad.ends_on.setText("1.1.2000")
    bad.shift_end.setText("kello 12")
    bad._ok()
    yield "assignment-invalid", bad
    yield "week-plan", WeekPlanDialog(context, monday)
    first_shift = read(context, week_plan, monday).rows[0]
    yield "hand-over", HandOverDialog(context, first_shift)
    yield "move-shift", MoveDialog(context, first_shift)
    yield "hours", HoursDialog(context, monday)
    yield "unbilled", UnbilledDialog(context)


def _earnings_dialogs(context: Context, member: MemberRow) -> Iterator[tuple[str, QWidget]]:
    """The earnings watch, wage rates, the wage basis and employment, as an administrator."""
    from datetime import date

    from ui.earnings.overview import EarningsDialog
    from ui.earnings.wage_basis import WageBasisDialog
    from ui.earnings.wage_rates import WageRateDialog, WageRatesDialog

    yield "earnings", EarningsDialog(context, month=date(2026, 10, 1))
    rates = WageRatesDialog(context)
    yield "wage-rates", rates
    yield "wage-rate-new", WageRateDialog(context)
    yield "wage-rate-edit", WageRateDialog(context, rates.model.row_at(0))
    yield "wage-basis", WageBasisDialog(context, date(2026, 10, 1))
    from ui.earnings.employment import CertificateDialog, EmploymentDialog, PeriodDialog

    employment = EmploymentDialog(context, member.id)
    yield "employment", employment
    periods = employment.periods.rows()
    yield "employment-period", PeriodDialog(context, member.id, periods[0] if periods else None)
    yield "employment-certificate", CertificateDialog(context, member.id, Language.FI)
    from ui.earnings.limits import BenefitLimitsDialog, LimitDialog

    yield "benefit-limits", BenefitLimitsDialog(context, member.id)
    yield "benefit-limit", LimitDialog(context, member.id)


def _einvoice_dialogs(db) -> Iterator[tuple[str, QWidget]]:
    """Exporting invoices as Finvoice or Peppol files, with a folder that does not exist."""
    from ui.invoicing.einvoice_actions import EInvoiceExportDialog

    dialog = EInvoiceExportDialog(3)
    dialog.folder.setText("/no/such/folder/for/osuva")
    dialog._ok()
    yield "einvoice-export", dialog


def _payment_dialogs(context: Context, data_dir) -> Iterator[tuple[str, QWidget]]:
    """Bank statement import with its preview, unmatched payments, allocation, a payment."""
    from datetime import date
    from decimal import Decimal

    from app.domain import TransactionStatus
    from app.services.payments import WaitingRow, open_invoices
    from ui.payments.bank_import import BankImportDialog
    from ui.payments.record_payment import open_record_payment
    from ui.payments.unmatched import AllocateDialog, UnmatchedDialog

    importer = BankImportDialog(context)
    importer.load(data_dir / "camt" / "finnish_november.xml")
    yield "bank-import", importer
    yield "unmatched", UnmatchedDialog(context)
    waiting = WaitingRow(
        0, 1, date(2026, 11, 6), Decimal("99.00"), "TUNTEMATON MAKSAJA", "12344", "",
        TransactionStatus.UNMATCHED, None,
    )  # fmt: skip
    yield "allocate", AllocateDialog(context, waiting)
    invoice = read(context, open_invoices, "", 1)[0]
    yield "record-payment", open_record_payment(None, context, invoice.id)
    from ui.payments.reminders import RatesDialog, RemindersDialog

    yield "reminders", RemindersDialog(context)
    rates = RatesDialog(context)
    yield "reference-rates", rates
    yield "reference-rate-add", rates.add_dialog()
    from ui.payments.reports import ReportsDialog

    reports = ReportsDialog(context)
    reports.report.setCurrentIndex(reports.report.count() - 1)  # the widest: the journal
    reports.show_report()
    yield "money-reports", reports


def _coaching_dialogs(db) -> Iterator[tuple[str, QWidget]]:
    """The Coaching tab's dialogs, on the demo's Monday group and a participant with a plan."""
    from app.services.coaching import list_sessions
    from app.services.participants import list_participants
    from app.services.plans import plan_view
    from ui.coaching.attendance_dialog import AttendanceDialog
    from ui.coaching.documents import meeting_sheet_dialog, plan_document_dialog
    from ui.coaching.people import (
        JoinGroupDialog,
        LeaveGroupDialog,
        ParticipantDialog,
        ParticipantsDialog,
    )
    from ui.coaching.plan_dialog import GoalDialog, PlanDialog, StepDialog
    from ui.coaching.projects import GroupDialog, ProjectDialog, ProjectsDialog
    from ui.coaching.session_dialog import SeriesDialog, SessionDialog
    from ui.coaching.support_dialog import SupportContactDialog, SupportNetworkDialog

    context = Context(db, Actor("test", Role.FACILITATOR))
    meeting = next(r for r in read(context, list_sessions) if r.group and r.invited)
    people = read(context, list_participants)
    planned = next(p for p in people if read(context, plan_view, p.id).goals)
    view = read(context, plan_view, planned.id)
    yield "coaching-attendance", AttendanceDialog(context, meeting.id)
    yield "coaching-session-new", SessionDialog(context)
    yield "coaching-session", SessionDialog(context, meeting.id)
    yield "coaching-series", SeriesDialog(context)
    yield "coaching-sheet", meeting_sheet_dialog(None, context, meeting)
    yield "coaching-participants", ParticipantsDialog(context)
    yield "coaching-participant-new", ParticipantDialog(context)
    yield "coaching-participant", ParticipantDialog(context, planned.id)
    yield "coaching-join-group", JoinGroupDialog(context, planned)
    yield "coaching-leave-group", LeaveGroupDialog(context, planned)
    yield "coaching-plan", PlanDialog(context, planned.id)
    yield "coaching-step", StepDialog(context, planned.id)
    yield "coaching-goal", GoalDialog(context, planned.id, view.goals[0])
    yield "coaching-plan-print", plan_document_dialog(None, context, planned.id, view.name, "fi")
    yield "coaching-network", SupportNetworkDialog(context, planned.id, planned.name)
    yield "coaching-contact", SupportContactDialog(context, planned.id, None)
    yield "coaching-projects", ProjectsDialog(context)
    yield "coaching-project-new", ProjectDialog(context, None)
    yield "coaching-group-new", GroupDialog(context, None)


def _impact_dialogs(db) -> Iterator[tuple[str, QWidget]]:
    """The questionnaire, outcomes, the funder's report and the certificate, as a facilitator."""
    from datetime import date

    from app.domain.enums import Destination
    from app.services.outcomes import DueFollowUp
    from app.services.questionnaire import groups
    from ui.impact.certificate_dialog import CertificateDialog
    from ui.impact.funder_report_dialog import FunderReportDialog
    from ui.impact.outcomes_dialog import ExitDialog, FollowUpDialog, OutcomesDialog
    from ui.impact.questionnaire_dialog import QuestionnaireDialog
    from ui.impact.questionnaire_results import GroupResultsDialog
    from ui.impact.questionnaire_wording import WordingDialog

    context = Context(db, Actor("valmentaja", Role.FACILITATOR))
    yield "impact-questionnaire", QuestionnaireDialog(context)
    group = read(context, groups)[0]
    yield "impact-group-results", GroupResultsDialog(context, group.id)
    yield "impact-wording", WordingDialog(context)
    yield "impact-outcomes", OutcomesDialog(context, today=date(2026, 11, 22))
    yield "impact-exit", ExitDialog(context)
    due = DueFollowUp(1, 1, "Aino Ahonen", date(2026, 8, 31), Destination.EDUCATION, 3,
                      date(2026, 11, 30))  # fmt: skip
    yield "impact-followup", FollowUpDialog(context, due)
    yield "impact-funder-report", FunderReportDialog(context)
    yield "impact-certificate", CertificateDialog(context)


def _sending_dialogs(context: Context) -> Iterator[tuple[str, QWidget]]:
    """Sending an invoice as an e-invoice file and e-mailing a payment reminder."""
    from datetime import timedelta

    from app.services.einvoice_sending import EInvoiceRoute
    from app.services.invoicing import list_invoices
    from app.services.reminders import plan_reminder
    from ui.invoicing.einvoice_send_dialog import EInvoiceSendDialog
    from ui.payments.reminder_mail_dialog import ReminderMailDialog

    rows = read(context, list_invoices)
    issued = next(r for r in rows if r.kind.value == "invoice" and r.number and r.due_date)
    route = EInvoiceRoute("003710615121", "003703575029")
    yield "invoice-einvoice-send", EInvoiceSendDialog(context, issued.id, issued.number, route)
    plan = read(context, plan_reminder, issued.id, issued.due_date + timedelta(days=20))
    yield "reminder-mail", ReminderMailDialog(context, plan)
