"""Every dialog of the UI, opened on the demo cooperative, for checks that cover them all."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtWidgets import QDialog, QWidget

from app.domain.enums import MemberStatus, Role
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
    yield from _impact_dialogs(db)


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
