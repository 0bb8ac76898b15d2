"""The draft invoice form: customer, dates, references and lines from hours or typed in."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.domain.enums import Language
from app.fi.vat import VatCode
from app.locale import format_decimal, parse_decimal
from app.services.errors import ValidationError
from app.services.invoice_detail import get_invoice, invoice_customers
from app.services.invoice_drafts import (
    DraftForm,
    LineForm,
    create_draft,
    unbilled_hours,
    update_draft,
)
from ui.i18n import LANGUAGE_NAMES, LANGUAGES, current_language, fill
from ui.operations import Context, perform, read
from ui.widgets.fields import DateField, typed
from ui.widgets.form_dialog import FormDialog

DESCRIPTION, QUANTITY, UNIT, PRICE, VAT, DISCOUNT = range(6)


def vat_name(code: VatCode) -> str:
    texts = {
        VatCode.GENERAL: QCoreApplication.translate("DraftDialog", "VAT general (25.5 %)"),
        VatCode.REDUCED: QCoreApplication.translate("DraftDialog", "VAT reduced (13.5 %)"),
        VatCode.REDUCED_10: QCoreApplication.translate("DraftDialog", "VAT 10 %"),
        VatCode.ZERO: QCoreApplication.translate("DraftDialog", "VAT 0 %"),
        VatCode.EXEMPT_SOCIAL: QCoreApplication.translate(
            "DraftDialog", "VAT-exempt social welfare service"
        ),
        VatCode.REVERSE_CHARGE: QCoreApplication.translate(
            "DraftDialog", "Reverse charge (construction)"
        ),
    }
    return texts[code]


class DraftDialog(FormDialog):
    """A new draft (``invoice_id`` None) or an existing one; saving never issues it."""

    def __init__(self, context: Context, invoice_id: int | None = None, parent=None) -> None:
        title = self.tr("New invoice") if invoice_id is None else self.tr("Draft invoice")
        super().__init__(title, parent=parent)
        self.context = context
        self.invoice_id = invoice_id
        self.version: int | None = None
        # Per row: the work entries and service the line bills (hidden from the table).
        self.row_data: list[tuple[tuple[int, ...], int | None, bool, object]] = []
        form = self.form
        self.customer = QComboBox()
        self.customer.addItem(self.tr("(choose a customer)"), None)
        for choice in read(context, invoice_customers):
            self.customer.addItem(choice.name, choice.id)
        form.add_row("customer", self.tr("&Customer:"), self.customer)
        self.invoice_date = form.add_row("invoice_date", self.tr("Invoice &date:"), DateField())
        self.delivery_from = form.add_row("delivery_from", self.tr("Delivery &from:"), DateField())
        self.delivery_to = form.add_row("delivery_to", self.tr("Delivery &to:"), DateField())
        self.our_reference = form.add_field("our_reference", self.tr("&Our reference:"))
        self.buyer_reference = form.add_field("buyer_reference", self.tr("&Buyer's reference:"))
        self.language = QComboBox()
        self.language.addItem(self.tr("The customer's language"), None)
        for lang in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[lang], lang)
        form.add_row("language", self.tr("&Language:"), self.language)
        self.notes = form.add_field("notes", self.tr("&Notes on the invoice:"))

        self.lines = QTableWidget(0, 6)
        self.lines.setHorizontalHeaderLabels(
            [
                self.tr("Description"),
                self.tr("Quantity"),
                self.tr("Unit"),
                self.tr("Unit price (excl. VAT)"),
                self.tr("VAT"),
                self.tr("Discount %"),
            ]
        )
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(6 * self.fontMetrics().averageCharWidth())
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        self.lines.setMinimumHeight(8 * self.fontMetrics().lineSpacing())
        form.add_row("lines", self.tr("L&ines:"), self.lines)
        buttons = QWidget()
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        self.hours_button = QPushButton(self.tr("Add unbilled &hours"))
        self.add_button = QPushButton(self.tr("&Add a line"))
        self.remove_button = QPushButton(self.tr("&Remove line"))
        for button, slot in (
            (self.hours_button, self.add_hours),
            (self.add_button, self.add_manual_line),
            (self.remove_button, self.remove_line),
        ):
            button.clicked.connect(slot)
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        form.layout_.addRow(QLabel(), buttons)
        self.preferred = (125, 34)
        if invoice_id is not None:
            self._load(invoice_id)
        else:
            self.invoice_date.set_date(date.today())

    # --- loading ------------------------------------------------------------------------

    def _load(self, invoice_id: int) -> None:
        detail = read(self.context, get_invoice, invoice_id)
        self.version = detail.version
        form = detail.form
        index = self.customer.findData(form.customer_id)
        self.customer.setCurrentIndex(max(index, 0))
        self.invoice_date.set_date(form.invoice_date)
        self.delivery_from.set_date(form.delivery_from)
        self.delivery_to.set_date(form.delivery_to)
        self.our_reference.setText(form.our_reference)
        self.buyer_reference.setText(form.buyer_reference)
        self.language.setCurrentIndex(max(self.language.findData(form.language.value), 0))
        self.notes.setText(form.notes)
        for line in form.lines:
            self._append(line)

    def _append(self, line: LineForm) -> None:
        lang = current_language()
        row = self.lines.rowCount()
        self.lines.insertRow(row)
        values = {
            DESCRIPTION: line.description,
            QUANTITY: format_decimal(line.quantity, lang),
            UNIT: line.unit,
            PRICE: format_decimal(line.unit_price, lang),
            DISCOUNT: (
                format_decimal(line.discount_percent, lang, 0) if line.discount_percent else ""
            ),
        }
        for column, value in values.items():
            item = QTableWidgetItem(value)
            if line.work_entry_ids and column in (QUANTITY, UNIT):
                # Hours from work entries: change them in the work log, not here.
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.lines.setItem(row, column, item)
        vat = QComboBox(self.lines)
        for code in VatCode:
            vat.addItem(vat_name(code), code.value)
        vat.setCurrentIndex(max(vat.findData(line.vat_code), 0))
        self.lines.setCellWidget(row, VAT, vat)
        self.row_data.append(
            (line.work_entry_ids, line.service_id, line.household_work, line.delivery_date)
        )

    # --- actions ------------------------------------------------------------------------

    def add_hours(self) -> None:
        customer_id = self.customer.currentData()
        if customer_id is None:
            self.show_problems({"customer": "required"})
            return
        taken = {entry for ids, *_ in self.row_data for entry in ids}
        groups = read(self.context, unbilled_hours, customer_id, None, self.invoice_id)
        added = 0
        for group in groups:
            if set(group.work_entry_ids) & taken:
                continue
            self._append(group.as_line())
            added += 1
        if not added:
            message = self.tr("The customer has no unbilled approved hours.")
            self.form.errors["lines"].setText(message)
            self.form.errors["lines"].show()
        else:
            self.form.errors["lines"].hide()
            self.lines.setFocus()
            self.lines.setCurrentCell(self.lines.rowCount() - 1, DESCRIPTION)

    def add_manual_line(self) -> None:
        self._append(LineForm("", Decimal(1), self.tr("pcs"), Decimal(0)))
        row = self.lines.rowCount() - 1
        self.lines.setFocus()
        self.lines.setCurrentCell(row, DESCRIPTION)
        self.lines.editItem(self.lines.item(row, DESCRIPTION))

    def remove_line(self) -> None:
        row = self.lines.currentRow()
        if row < 0:
            return
        self.lines.removeRow(row)
        del self.row_data[row]

    # --- saving -------------------------------------------------------------------------

    def _cell(self, row: int, column: int) -> str:
        item = self.lines.item(row, column)
        return item.data(Qt.ItemDataRole.DisplayRole).strip() if item is not None else ""

    def _number(
        self, row: int, column: int, problems: dict, key: str, default: str = ""
    ) -> Decimal:
        text = self._cell(row, column) or default
        try:
            return parse_decimal(text, current_language())
        except ValueError:
            problems[f"line {row + 1}.{key}"] = "number"
            return Decimal(0)

    def read_lines(self) -> list[LineForm]:
        problems: dict[str, str] = {}
        lines = []
        for row in range(self.lines.rowCount()):
            entries, service_id, household, delivered = self.row_data[row]
            lines.append(
                LineForm(
                    description=self._cell(row, DESCRIPTION),
                    quantity=self._number(row, QUANTITY, problems, "quantity"),
                    unit=self._cell(row, UNIT),
                    unit_price=self._number(row, PRICE, problems, "unit_price"),
                    vat_code=self.lines.cellWidget(row, VAT).currentData(),
                    discount_percent=self._number(row, DISCOUNT, problems, "discount_percent", "0"),
                    delivery_date=delivered,
                    service_id=service_id,
                    work_entry_ids=entries,
                    household_work=household,
                )
            )
        if problems:
            raise ValidationError(problems)
        return lines

    def read_form(self) -> DraftForm:
        language = self.language.currentData()
        return DraftForm(
            customer_id=self.read("customer", lambda w: w.currentData()),
            invoice_date=self.read("invoice_date", lambda w: w.date_value(), required=False),
            delivery_from=self.read("delivery_from", lambda w: w.date_value(), required=False),
            delivery_to=self.read("delivery_to", lambda w: w.date_value(), required=False),
            our_reference=typed(self.our_reference),
            buyer_reference=typed(self.buyer_reference),
            language=Language(language) if language else None,
            notes=typed(self.notes),
            lines=self.read_lines(),
        )

    def submit(self) -> None:
        form = self.read_form()
        if self.invoice_id is None:
            self.invoice_id = perform(self.context, create_draft, form)
        else:
            perform(self.context, update_draft, self.invoice_id, form, self.version)

    def show_problems(self, problems: dict[str, str]) -> None:
        """Line problems are worded here (row and column); the rest under their fields."""
        lines = {k: v for k, v in problems.items() if k.startswith("line ")}
        others = {k: v for k, v in problems.items() if not k.startswith("line ")}
        if lines:
            others.pop("lines", None)
            text = "\n".join(self._line_problem(k, v) for k, v in lines.items())
            self.form.errors["lines"].setText(text)
            self.form.errors["lines"].show()
            self.lines.setFocus()
        super().show_problems(others or {})
        if lines:
            self.form.errors["lines"].show()

    def _line_problem(self, key: str, code: str) -> str:
        where, _, field = key.partition(".")
        row = where.split()[-1]
        fields = {
            "description": self.tr("the description is missing"),
            "quantity": self.tr("the quantity must be a number above zero"),
            "unit_price": self.tr("the unit price must be a number, zero or more"),
            "discount_percent": self.tr("the discount is 0 to 100 %"),
            "vat_code": self.tr("no VAT rate for the delivery date"),
            "work": self.tr("these hours are already on another invoice"),
        }
        return fill(self.tr("Line %1: %2."), row, fields.get(field, code))
