"""The Members tab: the register with filters, and every action on a member."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStandardPaths, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolButton,
    QWidget,
)

from app.domain.enums import MemberStatus
from app.services.errors import ServiceError
from app.services.members import MemberRow, list_members, member_row_position
from app.services.ownership import ownership_warnings
from app.services.policy import Permission
from ui.i18n import current_language, fill
from ui.operations import Context, Operation, read
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.list_tab import ListTab
from ui.widgets.service_errors import show_service_error

from .lifecycle import MembershipActions
from .model import MemberTableModel
from .warnings import WarningBanner

# The "Show" choices: each is a named filter of the list service (app.services.members).
FILTERS = (
    (QT_TRANSLATE_NOOP("MembersTab", "All"), None),
    (QT_TRANSLATE_NOOP("MembersTab", "Current members"), "current"),
    (QT_TRANSLATE_NOOP("MembersTab", "Applicants"), "applicants"),
    (QT_TRANSLATE_NOOP("MembersTab", "Former members"), "former"),
    (QT_TRANSLATE_NOOP("MembersTab", "Supporting members"), "supporting"),
)


class MembersTab(ListTab):
    SHOWS = frozenset({"member", "share_subscription", "share_payment", "share_refund", "consent"})
    warnings_changed = Signal(list)

    def __init__(self, context: Context, parent=None) -> None:
        super().__init__(
            context, MemberTableModel(), list_members, parent, position_loader=member_row_position
        )
        self.actions_ = MembershipActions(context, self)
        self.banner = WarningBanner(self)
        self.filter = QComboBox(self)
        for text, _ in FILTERS:
            self.filter.addItem(QCoreApplication.translate("MembersTab", text))
        self.filter.setCurrentIndex(1)
        self.filter.currentIndexChanged.connect(self._apply_filter)
        filter_label = QLabel(self.tr("Sh&ow:"), self)
        filter_label.setBuddy(self.filter)

        self.add_button = self._button(self.tr("&Add member…"), self.add_member)
        self.edit_button = self._button(self.tr("&Edit…"), self.edit_member)
        self.shares_button = self._button(self.tr("Sha&res…"), self.open_shares)
        self.membership_button, membership = self._menu_button(self.tr("Mem&bership"))
        self.accept_action = membership.addAction(self.tr("&Accept as member…"))
        self.notice_action = membership.addAction(self.tr("Record &notice of resignation…"))
        self.end_action = membership.addAction(self.tr("&End membership…"))
        self.refund_action = membership.addAction(self.tr("Share fee &paid back…"))
        membership.addSeparator()
        self.reject_action = membership.addAction(self.tr("&Reject application…"))
        self.delete_action = membership.addAction(self.tr("&Delete application…"))
        for action, method in (
            (self.accept_action, self.actions_.accept),
            (self.refund_action, self.actions_.refund),
            (self.reject_action, self.actions_.reject),
            (self.notice_action, self.actions_.notice),
            (self.end_action, self.actions_.end),
            (self.delete_action, self.actions_.delete),
        ):
            action.triggered.connect(lambda _=False, m=method: self._run(m))

        self.documents_button, documents = self._menu_button(self.tr("&Documents"))
        self.certificate_action = documents.addAction(self.tr("Membership and share &certificate…"))
        self.statement_action = documents.addAction(self.tr("Share fee &statement…"))
        self.employment_action = documents.addAction(self.tr("&Employment and certificates…"))
        self.employment_action.setVisible(context.actor.may(Permission.WORK_ENTRIES))
        self.employment_action.triggered.connect(self.open_employment)
        documents.addSeparator()
        board = documents.addAction(self.tr("Member &register for the board…"))
        public = documents.addAction(self.tr("&Public member register…"))
        self.certificate_action.triggered.connect(
            lambda: self.open_document("membership-certificate")
        )
        self.statement_action.triggered.connect(lambda: self.open_document("share-statement"))
        board.triggered.connect(lambda: self.open_document("member-register"))
        public.triggered.connect(lambda: self.open_document("member-register", public=True))
        self.sheet_button, sheet = self._menu_button(self.tr("S&preadsheet"))
        sheet.addAction(self.tr("&Import members…")).triggered.connect(self.import_members)
        sheet.addAction(self.tr("&Export the list…")).triggered.connect(self.export_members)
        self.wage_button = self._button(self.tr("Wa&ge deductions…"), self.open_wage_deductions)

        # Everyday actions on the selected member first; register-wide tools on the left.
        # Buttons wrap onto a second row at large text instead of widening the window.
        bar_widget = QWidget(self)
        bar = FlowLayout(bar_widget)
        bar.setContentsMargins(0, 0, 0, 0)
        for widget in (
            filter_label,
            self.filter,
            self.add_button,
            self.edit_button,
            self.shares_button,
            self.membership_button,
            self.documents_button,
            self.sheet_button,
            self.wage_button,
        ):
            bar.addWidget(widget)
        self.layout().insertWidget(0, self.banner)
        self.layout().insertWidget(1, bar_widget)

        self._fit_to_role()
        self.list.activated.connect(lambda _row: self.edit_member())
        self.list.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.list.rows_loaded.connect(self._update_buttons)
        self._apply_filter()
        self._update_buttons()

    @property
    def shows_warnings(self) -> bool:
        return self.context.actor.may(Permission.MEMBER_REGISTER)

    def _fit_to_role(self) -> None:
        """Hide what the signed-in role may not use; a facilitator sees names and states."""
        may = self.context.actor.may
        keeper = may(Permission.MEMBER_REGISTER)
        for widget in (
            self.add_button,
            self.edit_button,
            self.membership_button,
            self.documents_button,
            self.sheet_button,
        ):
            widget.setVisible(keeper)
        for widget in (self.shares_button, self.wage_button):
            widget.setVisible(may(Permission.SHARES))
        if not may(Permission.SHARES):
            for column in self.list.model.MONEY_COLUMNS:
                self.list.table.setColumnHidden(column, True)

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        return button

    def _menu_button(self, text: str) -> tuple[QToolButton, QMenu]:
        button = QToolButton(self)
        button.setText(text)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        button.setMenu(menu)
        return button, menu

    def list_name(self) -> str:
        return self.tr("Member register")

    def refresh(self) -> None:
        """The first page again, the selection kept; the warnings follow once it shows."""
        super().refresh()
        self._update_buttons()
        QTimer.singleShot(0, self, self.load_warnings)

    def load_warnings(self) -> None:
        """Ownership warnings for the banner and the status bar."""
        if not self.shows_warnings:
            return
        warnings = read(self.context, ownership_warnings)
        self.banner.show_warnings(warnings)
        self.warnings_changed.emit(warnings)

    def selected(self) -> MemberRow | None:
        return self.list.selected_row()

    def select_member(self, member_id: int) -> bool:
        """Select the member and scroll to them, even beyond the pages loaded so far."""
        return self.list.select_id(member_id)

    def _apply_filter(self) -> None:
        self.list.model.set_filter(FILTERS[self.filter.currentIndex()][1])
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        row = self.selected()
        status = row.status if row else None
        for widget in (self.edit_button, self.shares_button, self.membership_button):
            widget.setEnabled(row is not None)
        self.accept_action.setEnabled(status == MemberStatus.APPLICANT)
        self.delete_action.setEnabled(status == MemberStatus.APPLICANT)
        self.reject_action.setEnabled(status == MemberStatus.APPLICANT)
        self.refund_action.setEnabled(row is not None and row.refund_due_on is not None)
        self.notice_action.setEnabled(status == MemberStatus.MEMBER and not row.notice_on)
        self.end_action.setEnabled(status == MemberStatus.MEMBER)
        self.certificate_action.setEnabled(row is not None and row.member_number is not None)
        self.statement_action.setEnabled(row is not None and row.shares > 0)
        self.employment_action.setEnabled(row is not None)

    def _run(self, method) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            method(row)  # a change refreshes the list through the operations door
        except ServiceError as exc:
            show_service_error(self, exc)

    def new_record(self) -> None:
        """Ctrl+N in the Members tab: a new member, for those who keep the register."""
        if self.shows_warnings:
            self.add_member()

    def add_member(self) -> None:
        # The member form and the share ledger load on first use, not at start-up.
        from .member_dialog import MemberDialog

        dialog = MemberDialog(self.context, None, self)
        if dialog.exec():
            self.filter.setCurrentIndex(0)
            self.refresh()
            self.select_member(dialog.member_id)

    def edit_member(self) -> None:
        if not self.shows_warnings:
            return  # only those who keep the register open the member form
        row = self.selected()
        if row is not None:
            from .member_dialog import MemberDialog

            MemberDialog(self.context, row.id, self).exec()

    def open_document(self, kind: str, public: bool = False) -> None:
        from app.services.members import get_member

        from .documents import DocumentDialog

        row = self.selected() if kind != "member-register" else None
        language = None
        if row is not None:
            language = read(self.context, get_member, row.id).form.language.value
        DocumentDialog(
            self.context, kind, row, public=public, member_language=language, parent=self
        ).exec()

    def import_members(self) -> None:
        from .import_dialog import ImportDialog

        dialog = ImportDialog(self.context, self)
        if dialog.exec():
            self.filter.setCurrentIndex(0)
            self.refresh()
            QMessageBox.information(
                self, self.tr("Import"), self.tr("%n member(s) were imported.", "", dialog.imported)
            )

    def export_members(self) -> None:
        from app.services.member_export import export_members

        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the member list"),
            str(Path(folder) / "jasenet.xlsx"),
            self.tr("Excel workbook (*.xlsx);;CSV for Excel (*.csv)"),
        )
        if not path:
            return
        if Path(path).suffix.lower() not in (".xlsx", ".csv"):
            path += ".xlsx"

        def written(count: int) -> None:
            QMessageBox.information(
                self,
                self.tr("Export"),
                fill(self.tr("%n member(s) were written to %1.", "", count), path),
            )

        # Through the operations door: one unit of work, failures worded for the user.
        Operation(self, self.context, export_members, Path(path), lang=current_language()).success(
            written
        ).run()

    def open_employment(self) -> None:
        from ui.earnings import open_employment

        row = self.selected()
        if row is not None:
            open_employment(self, self.context, row.id)

    def open_wage_deductions(self) -> None:
        from .wage_deductions import WageDeductionsDialog

        WageDeductionsDialog(self.context, self).exec()

    def open_shares(self) -> None:
        row = self.selected()
        if row is not None:
            from .shares_dialog import SharesDialog

            SharesDialog(self.context, row, self).exec()
