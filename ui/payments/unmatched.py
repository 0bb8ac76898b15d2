"""Bank credits waiting for the treasurer: confirm a suggestion, allocate by hand, or ignore."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain import TransactionStatus
from app.locale import format_money
from app.services.errors import ServiceError, ValidationError
from app.services.listing import ListQuery
from app.services.payments import (
    Allocation,
    OpenInvoice,
    WaitingRow,
    allocate_transaction,
    confirm_suggestion,
    ignore_transaction,
    list_waiting,
    open_invoices,
    share_fee_choices,
)
from app.services.policy import Permission
from ui.i18n import current_language, fill
from ui.operations import Context, Operation, perform, read
from ui.widgets.fields import MoneyField, typed
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.form_dialog import FittedDialog, FormDialog
from ui.widgets.table_fit import fit_columns
from ui.widgets.table_model import Column, RowTableModel, date_text

CONTEXT = "Unmatched"
STATUS = {
    TransactionStatus.UNMATCHED: QT_TRANSLATE_NOOP("Unmatched", "Unmatched"),
    TransactionStatus.SUGGESTED: QT_TRANSLATE_NOOP("Unmatched", "Suggestion: invoice %1"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class WaitingModel(RowTableModel[WaitingRow]):
    CONTEXT = CONTEXT
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("Unmatched", "Date"),
            lambda r, lang: date_text(r.booking_date, lang),
            lambda r: r.booking_date,
        ),
        Column(
            QT_TRANSLATE_NOOP("Unmatched", "Amount"),
            lambda r, lang: format_money(r.amount, lang),
            lambda r: r.amount,
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("Unmatched", "Payer"),
            lambda r, lang: r.payer_name,
            lambda r: r.payer_name,
        ),
        Column(
            QT_TRANSLATE_NOOP("Unmatched", "Reference or message"),
            lambda r, lang: r.reference or r.message,
            lambda r: r.reference,
        ),
        Column(
            QT_TRANSLATE_NOOP("Unmatched", "Status"),
            lambda r, lang: fill(tr(STATUS[r.status]), r.suggestion),
            lambda r: r.status,
        ),
    )


class UnmatchedDialog(FittedDialog):
    """The list of credits no reference settled, with what can be done to each."""

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Unmatched payments"))
        intro = QLabel(
            self.tr(
                "Money that arrived without a reference Osuva knows. Confirm Osuva's suggestion, "
                "allocate the payment to one or more invoices or a share fee, or ignore it "
                "(for example a refund to the cooperative)."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("payer or reference"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.textChanged.connect(self.refresh)
        search_label = QLabel(self.tr("&Search"), self)
        search_label.setBuddy(self.search)
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        self.summary = QLabel(self)
        self.model = WaitingModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Unmatched payments"))
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.confirm_button = QPushButton(self.tr("C&onfirm suggestion"), self)
        self.confirm_button.clicked.connect(self.confirm)
        self.allocate_button = QPushButton(self.tr("&Allocate…"), self)
        self.allocate_button.clicked.connect(self.allocate)
        self.ignore_button = QPushButton(self.tr("&Ignore"), self)
        self.ignore_button.clicked.connect(self.ignore)
        actions = FlowLayout()
        for button in (self.confirm_button, self.allocate_button, self.ignore_button):
            actions.addWidget(button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(search_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(close)
        self.preferred = (100, 26)
        self.table.selectionModel().selectionChanged.connect(self._update)
        self.table.doubleClicked.connect(lambda _index: self.allocate())
        self.refresh()

    def refresh(self, *_args) -> None:
        query = ListQuery(search=typed(self.search), limit=1000)
        page = read(self.context, list_waiting, query)
        self.model.set_rows(page.rows)
        fit_columns(self.table)
        total = sum((r.amount for r in page.rows), Decimal("0.00"))
        self.summary.setText(
            fill(
                self.tr("%n payment(s), %1 in all.", "", page.total),
                format_money(total, current_language()),
            )
        )
        if page.rows:
            self.table.selectRow(0)
            if not self.search.hasFocus():
                self.table.setFocus()
        self._update()

    def selected(self) -> WaitingRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update(self, *_args) -> None:
        row = self.selected()
        self.confirm_button.setEnabled(row is not None and row.suggested_invoice_id is not None)
        self.allocate_button.setEnabled(row is not None)
        self.ignore_button.setEnabled(row is not None)

    def confirm(self) -> None:
        row = self.selected()
        if row is None or row.suggested_invoice_id is None:
            return
        Operation(
            self, self.context, confirm_suggestion, row.id, expected_version=row.version
        ).success(lambda _r: self.refresh()).failure(self._gone).run()

    def ignore(self) -> None:
        row = self.selected()
        if row is None:
            return
        Operation(
            self, self.context, ignore_transaction, row.id, expected_version=row.version
        ).success(lambda _r: self.refresh()).failure(self._gone).run()

    def _gone(self, error: BaseException) -> bool:
        """Someone else allocated or ignored the payment meanwhile: say so and show the rest."""
        if not isinstance(error, ServiceError) or error.code not in ("already_allocated", "stale"):
            return False
        QMessageBox.information(
            self,
            self.tr("Unmatched payments"),
            self.tr("This payment was handled meanwhile, perhaps by another user. The list "
                    "now shows what still waits."),
        )  # fmt: skip
        self.refresh()
        return True

    def allocate(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = AllocateDialog(self.context, row, self)
        if dialog.exec():
            self.refresh()


class AllocateDialog(FormDialog):
    """Split one credit over invoices and/or a share fee; the parts add up to the credit."""

    ROWS = 3

    def __init__(self, context: Context, row: WaitingRow, parent: QWidget | None = None) -> None:
        lang = current_language()
        super().__init__(
            QCoreApplication.translate("AllocateDialog", "Allocate a payment"),
            fill(
                QCoreApplication.translate(
                    "AllocateDialog",
                    "%1 from %2 on %3. The parts must add up to the whole payment.",
                ),
                format_money(row.amount, lang),
                row.payer_name or "—",
                date_text(row.booking_date, lang),
            ),
            parent,
        )
        self.context = context
        self.row = row
        self.invoices: list[OpenInvoice] = read(context, open_invoices, "", 500)
        self.targets: list[QComboBox] = []
        self.amounts: list[MoneyField] = []
        labels = (self.tr("Invoice &1"), self.tr("Invoice &2"), self.tr("Invoice &3"))
        amount_labels = (
            self.tr("A&mount 1 (€)"),
            self.tr("Amou&nt 2 (€)"),
            self.tr("Amoun&t 3 (€)"),
        )
        for index in range(self.ROWS):
            combo = QComboBox()
            combo.addItem("—", None)
            for invoice in self.invoices:
                combo.addItem(
                    fill(
                        self.tr("%1 %2, open %3"),
                        invoice.number,
                        invoice.customer,
                        format_money(invoice.open_amount, lang),
                    ),
                    invoice.id,
                )
            amount = MoneyField(row.amount if index == 0 else None)
            self.form.add_row(f"target.{index}", labels[index], combo)
            self.form.add_row(f"amount.{index}", amount_labels[index], amount)
            self.targets.append(combo)
            self.amounts.append(amount)
        self.share_fee = QComboBox()
        self.share_fee.addItem("—", None)
        if context.actor.may(Permission.SHARES):
            for choice in read(context, share_fee_choices, "", 500):
                self.share_fee.addItem(
                    fill(
                        self.tr("%1, open %2"), choice.name, format_money(choice.open_amount, lang)
                    ),
                    choice.member_id,
                )
        self.share_amount = MoneyField()
        self.form.add_row("member", self.tr("&Share fee of"), self.share_fee)
        self.form.add_row("share_amount", self.tr("Share &fee amount (€)"), self.share_amount)
        self.preferred = (70, 0)
        if row.suggested_invoice_id is not None:
            self.targets[0].setCurrentIndex(
                max(self.targets[0].findData(row.suggested_invoice_id), 0)
            )

    def show_problems(self, problems: dict[str, str]) -> None:
        own = {k: v for k, v in problems.items() if v == "allocation_sum"}
        super().show_problems({k: ("invalid" if k in own else v) for k, v in problems.items()})
        for key in own:
            message = fill(
                self.tr("The parts add up to a different sum than the payment (%1)."),
                format_money(self.row.amount, current_language()),
            )
            self.form.errors[key].setText(message)
            self.form.widgets[key].setAccessibleDescription(message)

    def parts(self) -> list[Allocation]:
        parts: list[Allocation] = []
        for index, combo in enumerate(self.targets):
            amount = self.read(f"amount.{index}", MoneyField.amount, required=False)
            if combo.currentData() is None and amount is None:
                continue
            if combo.currentData() is None:
                raise ValidationError({f"target.{index}": "required"})
            if amount is None:
                raise ValidationError({f"amount.{index}": "required"})
            parts.append(Allocation(amount, invoice_id=combo.currentData()))
        share = self.read("share_amount", MoneyField.amount, required=False)
        if self.share_fee.currentData() is not None or share is not None:
            if self.share_fee.currentData() is None:
                raise ValidationError({"member": "required"})
            if share is None:
                raise ValidationError({"share_amount": "required"})
            parts.append(Allocation(share, member_id=self.share_fee.currentData()))
        return parts

    def submit(self) -> None:
        parts = self.parts()
        total = sum((p.amount for p in parts), Decimal("0.00"))
        if parts and total != self.row.amount:
            raise ValidationError({"amount.0": "allocation_sum"})
        if not parts:
            raise ValidationError({"target.0": "required"})
        perform(
            self.context,
            allocate_transaction,
            self.row.id,
            parts,
            expected_version=self.row.version,
        )
