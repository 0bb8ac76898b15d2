"""The main window: a thin shell of menus, four tabs and a status bar."""

from __future__ import annotations

from importlib import import_module

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from app import __version__
from app.services.policy import Permission
from ui import appearance
from ui.help import show_ownership_help
from ui.i18n import LANGUAGE_NAMES, LANGUAGES, current_language, fill
from ui.members.tab import MembersTab
from ui.operations import Context

# The tabs after Members: (attribute, module, class). Each is built when first opened or
# asked for, so start-up imports and builds only the Members tab.
LATER_TABS = (
    ("work_tab", "ui.work.tab", "WorkTab"),
    ("coaching_tab", "ui.coaching.tab", "CoachingTab"),
    ("customers_tab", "ui.customers.tab", "CustomersTab"),
    ("invoicing_tab", "ui.invoicing.tab", "InvoicingTab"),
)


def _focus_first_field(page: QWidget) -> None:
    """Focus the page's first field in Tab order, as Qt does when switching to a built tab."""
    widget = page.nextInFocusChain()
    while widget is not page and page.isAncestorOf(widget):
        if (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None
            and widget.isVisibleTo(page)
            and widget.isEnabled()
        ):
            widget.setFocus()
            return
        widget = widget.nextInFocusChain()
    page.setFocus()


class MainWindow(QMainWindow):
    """Menus ask the controller (ui.controller) for anything that replaces the database."""

    new_requested = Signal()
    open_requested = Signal()
    backup_requested = Signal()
    settings_requested = Signal()
    language_requested = Signal(str)
    sign_out_requested = Signal()

    def __init__(self, context: Context, cooperative_name: str) -> None:
        super().__init__()
        self.context = context
        self.setWindowTitle(fill(self.tr("Osuva — %1"), cooperative_name))
        self.setObjectName("MainWindow")

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Main sections"))
        self.members_tab = MembersTab(context, self)
        self._built: dict[str, QWidget] = {}
        # An empty page holds a later tab's place until the tab is built (see _later_tab).
        self._placeholders: dict[QWidget, str] = {}
        # A role sees only the tabs it may use: hidden, not merely disabled.
        may = context.actor.may
        for name, text, permission in (
            ("members_tab", self.tr("&Members"), Permission.MEMBER_DIRECTORY),
            ("work_tab", self.tr("&Work"), Permission.WORK_PLAN),
            ("coaching_tab", self.tr("&Coaching"), Permission.COACHING),
            ("customers_tab", self.tr("Customers"), Permission.CUSTOMERS),
            ("invoicing_tab", self.tr("&Invoicing"), Permission.INVOICING),
        ):
            if name == "members_tab":
                if may(permission):
                    self.tabs.addTab(self.members_tab, text)
                else:
                    self.members_tab.hide()
            elif may(permission):
                placeholder = QWidget(self.tabs)
                self._placeholders[placeholder] = name
                self.tabs.addTab(placeholder, text)
        self.setCentralWidget(self.tabs)
        # Alt+letters are used up by the tabs' own buttons in every language, so each tab
        # also has Ctrl+its position, as browsers and mail programs do.
        for index in range(self.tabs.count()):
            keys = QKeySequence(f"Ctrl+{index + 1}")
            QShortcut(keys, self, lambda index=index: self.tabs.setCurrentIndex(index))
            self.tabs.setTabToolTip(index, keys.toString(QKeySequence.SequenceFormat.NativeText))
        # A tab reads its rows when first shown, not before the window appears.
        self.tabs.currentChanged.connect(self._load_current_tab)

        self.user_label = QLabel(fill(self.tr("Signed in: %1"), context.actor.name))
        self.user_label.setAccessibleName(self.tr("Signed-in user"))
        self.database_label = QLabel(fill(self.tr("Database: %1"), context.db.label))
        self.database_label.setAccessibleName(self.tr("Database in use"))
        self.warning_label = QLabel(self)
        self.warning_label.hide()
        self.members_tab.warnings_changed.connect(self.show_warning_count)
        self.statusBar().addWidget(self.warning_label)
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.database_label)
        self._build_menus()

    @property
    def work_tab(self):
        return self._later_tab("work_tab")

    @property
    def coaching_tab(self):
        return self._later_tab("coaching_tab")

    @property
    def customers_tab(self):
        return self._later_tab("customers_tab")

    @property
    def invoicing_tab(self):
        return self._later_tab("invoicing_tab")

    def _later_tab(self, name: str) -> QWidget:
        """The tab, built now if this is the first time it is opened or asked for."""
        tab = self._built.get(name)
        if tab is not None:
            return tab
        module, cls = next((m, c) for n, m, c in LATER_TABS if n == name)
        tab = getattr(import_module(module), cls)(self.context, self)
        self._built[name] = tab
        placeholder = next((p for p, n in self._placeholders.items() if n == name), None)
        if placeholder is None:
            tab.hide()  # a tab this role may not use
            return tab
        del self._placeholders[placeholder]
        index = self.tabs.indexOf(placeholder)
        current = self.tabs.currentIndex()
        text = self.tabs.tabText(index)
        focus = QApplication.focusWidget()
        # Qt gave the empty page the focus the previous page had (Alt+W from the list).
        focus_on_page = focus is placeholder or (
            focus is not None and placeholder.isAncestorOf(focus)
        )
        # Swapped in quietly: the page in view does not change, so nothing is announced.
        blocked = self.tabs.blockSignals(True)
        try:
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, tab, text)
            self.tabs.setCurrentIndex(current)
        finally:
            self.tabs.blockSignals(blocked)
        placeholder.deleteLater()
        if focus_on_page:
            _focus_first_field(tab)
        return tab

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&New cooperative…"), self.new_requested.emit)
        # Ctrl+N adds a record to the tab in view (a member in Members), as users expect.
        new_record = QAction(self)
        new_record.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        new_record.triggered.connect(self.new_record)
        self.addAction(new_record)
        self._action(
            file_menu, self.tr("&Open…"), self.open_requested.emit, QKeySequence.StandardKey.Open
        )
        may = self.context.actor.may
        if may(Permission.BACKUP):
            self._action(file_menu, self.tr("&Back up now"), self.backup_requested.emit)
        file_menu.addSeparator()
        if may(Permission.SETTINGS):
            self._action(
                file_menu,
                self.tr("&Settings…"),
                self.settings_requested.emit,
                QKeySequence.StandardKey.Preferences,
            )
        if may(Permission.USERS):
            self._action(
                file_menu, self.tr("&Users…"), lambda: self._open("ui.users", "UsersDialog")
            )
        if may(Permission.AUDIT):
            self._action(
                file_menu,
                self.tr("Audit &log…"),
                lambda: self._open("ui.audit.viewer", "AuditViewer"),
            )
        file_menu.addSeparator()
        if self.context.actor.user_id is not None:
            self._action(
                file_menu,
                self.tr("Change my &password…"),
                lambda: self._open("ui.users", "ChangePasswordDialog"),
            )
        self._action(
            file_menu,
            fill(self.tr("Sign out %1 / s&witch user"), self.context.actor.name),
            self.sign_out_requested.emit,
        )
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self._action(view_menu, self.tr("&Refresh"), self.refresh, QKeySequence.StandardKey.Refresh)
        view_menu.addSeparator()
        self._action(
            view_menu, self.tr("&Larger text"), appearance.bigger, QKeySequence.StandardKey.ZoomIn
        )
        self._action(
            view_menu,
            self.tr("&Smaller text"),
            appearance.smaller,
            QKeySequence.StandardKey.ZoomOut,
        )
        self._action(
            view_menu, self.tr("&Normal text size"), appearance.normal, QKeySequence("Ctrl+0")
        )
        view_menu.addSeparator()
        language_menu = view_menu.addMenu(self.tr("Lan&guage"))
        group = QActionGroup(self)
        for lang in LANGUAGES:
            action = QAction(LANGUAGE_NAMES[lang], self, checkable=True)
            action.setChecked(lang == current_language())
            action.setData(lang)
            action.triggered.connect(lambda _=False, lang=lang: self.language_requested.emit(lang))
            group.addAction(action)
            language_menu.addAction(action)

        if may(Permission.INVOICING):
            self._payments_menu()
        if may(Permission.COACHING):
            self._impact_menu()

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(
            help_menu,
            self.tr("&Ownership and unemployment security"),
            lambda: show_ownership_help(self),
        )
        help_menu.addSeparator()
        self._action(help_menu, self.tr("&About Osuva"), self.show_about)

    def _payments_menu(self) -> None:
        import ui.payments as payments

        # No Alt-letter: every letter of the name is taken in some tab (Alt, then arrows).
        menu = self.menuBar().addMenu(self.tr("Payments"))
        for text, opener in (
            (self.tr("&Bank statement…"), payments.open_bank_import),
            (self.tr("&Unmatched payments…"), payments.open_unmatched),
            (self.tr("Re&minders…"), payments.open_reminders),
            (self.tr("Re&ports…"), payments.open_reports),
        ):
            self._action(menu, text, lambda _=False, o=opener: o(self, self.context))
        menu.addSeparator()
        self._action(
            menu, self.tr("Record a payment of the selected &invoice…"), self._record_payment
        )
        self._action(menu, self.tr("&E-invoice of the selected invoice…"), self._export_einvoice)

    def _selected_invoice(self, action: str) -> int | None:
        """The invoice chosen in the Invoicing tab, or None after saying how to choose one."""
        row = self.invoicing_tab.list.selected_row()
        if row is None or not row.number:
            self.tabs.setCurrentWidget(self.invoicing_tab)
            QMessageBox.information(
                self, action, self.tr("Choose an issued invoice in the Invoicing tab first.")
            )
            return None
        return row.id

    def _record_payment(self) -> None:
        import ui.payments as payments

        invoice_id = self._selected_invoice(self.tr("Record a payment"))
        if invoice_id is not None:
            payments.record_payment(self, self.context, invoice_id)

    def _export_einvoice(self) -> None:
        from ui.invoicing.einvoice_actions import export_einvoices_dialog

        invoice_id = self._selected_invoice(self.tr("E-invoice"))
        if invoice_id is not None:
            export_einvoices_dialog(self.invoicing_tab, self.context, [invoice_id])

    def _impact_menu(self) -> None:
        import ui.impact as impact

        # No Alt-letter, as with Payments: the tabs' buttons hold every letter of its name.
        menu = self.menuBar().addMenu(self.tr("Impact"))
        for text, opener in (
            (self.tr("&Questionnaire…"), impact.open_questionnaire),
            (self.tr("&Outcomes and follow-ups…"), impact.open_outcomes),
            (self.tr("&Funder's report…"), impact.open_funder_report),
            (self.tr("Participation &certificate…"), impact.open_certificate),
        ):
            self._action(menu, text, lambda _=False, o=opener: o(self, self.context))

    def _open(self, module: str, name: str) -> None:
        """A dialog taking (context, parent), imported only when first asked for."""
        getattr(import_module(module), name)(self.context, self).exec()

    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def closeEvent(self, event) -> None:
        QSettings().setValue("window_geometry", self.saveGeometry())
        super().closeEvent(event)

    def list_tabs(self) -> list:
        """The tabs this user sees (a role's other tabs are never added), all built."""
        for name in list(self._placeholders.values()):
            self._later_tab(name)
        return self._tabs_built()

    def _tabs_built(self) -> list:
        """The tabs this user sees that are built; the others read their rows when built."""
        pages = [self.tabs.widget(i) for i in range(self.tabs.count())]
        return [page for page in pages if page not in self._placeholders]

    def refresh(self) -> None:
        """Everything again (View → Refresh): the open tab now, the others when shown."""
        for tab in self._tabs_built():
            tab.mark_stale()
        self._load_current_tab()
        if self.tabs.currentWidget() is not self.members_tab and self.members_tab.shows_warnings:
            # The status bar's warnings fill in once the window shows, whatever tab is open.
            QTimer.singleShot(0, self.members_tab, self.members_tab.load_warnings)

    def new_record(self) -> None:
        tab = self.tabs.currentWidget()
        if tab is not None and hasattr(tab, "new_record"):
            tab.new_record()

    def refresh_for(self, kinds: set[str] | frozenset[str]) -> None:
        """Only the tabs showing these tables (domain table names) read their rows again."""
        kinds = set(kinds)
        current = self.tabs.currentWidget()
        for tab in self._tabs_built():
            if tab.SHOWS & kinds:
                if tab is current:
                    tab.refresh()
                else:
                    tab.mark_stale()
        if (
            self.members_tab.SHOWS & kinds
            and current is not self.members_tab
            and self.members_tab.shows_warnings
        ):
            QTimer.singleShot(0, self.members_tab, self.members_tab.load_warnings)

    def _load_current_tab(self, *_args) -> None:
        tab = self.tabs.currentWidget()
        if tab in self._placeholders:
            tab = self._later_tab(self._placeholders[tab])
        if tab is not None and hasattr(tab, "ensure_loaded"):
            tab.ensure_loaded()

    def show_warning_count(self, warnings: list) -> None:
        """Ownership warnings stay visible in the status bar whatever tab is open."""
        self.warning_label.setVisible(bool(warnings))
        if warnings:
            from ui.members.warnings import warning_text

            self.warning_label.setText(
                fill(self.tr("⚠ Ownership warnings: %1 (see the Members tab)"), len(warnings))
            )
            self.warning_label.setToolTip("\n".join(warning_text(w) for w in warnings))

    def show_about(self) -> None:
        text = self.tr(
            "<p><b>Osuva %1</b></p><p>Member register, work, coaching and invoicing "
            "for supported work cooperatives.</p>"
        )
        QMessageBox.about(self, self.tr("About Osuva"), fill(text, __version__))
