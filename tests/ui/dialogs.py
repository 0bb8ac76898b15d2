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
    yield from _coaching_dialogs(db)


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
