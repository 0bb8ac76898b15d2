"""Add or edit a customer: one form with its agreed prices, nothing saved until all is valid."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import CustomerKind, Language
from app.locale import format_date, format_money
from app.services.customer_form import AgreedPrice, CustomerForm, validate_customer_form, vat_id
from app.services.customers import get_customer, save_customer, service_choices
from app.services.errors import StaleError, ValidationError
from app.services.price_list import list_services
from ui.i18n import current_language, fill
from ui.labels import label
from ui.operations import Context, perform, read
from ui.operations.operation import failure_text
from ui.widgets.fields import typed
from ui.widgets.form_dialog import FormDialog

from .agreed_price_dialog import AgreedPriceDialog
from .labels import KINDS, ChoiceCombo, kind_label, unit_label


class CustomerDialog(FormDialog):
    """`customer_id` None adds a customer (numbered on save); otherwise edits that one."""

    def __init__(self, context: Context, customer_id: int | None = None, parent=None) -> None:
        detail = read(context, get_customer, customer_id) if customer_id else None
        self.detail = detail
        self.services = {
            sid: (name, unit)
            for sid, name, unit in read(
                context, service_choices, current_language(), active_only=False
            )
        }
        self.active_services = {
            sid for sid, _name, _unit in read(context, service_choices, current_language())
        }
        self.list_prices = {
            row.id: row.price_today for row in read(context, list_services, current_language())
        }
        super().__init__("", parent=parent, save_button=QDialogButtonBox.StandardButton.Save)
        if detail:
            title = fill(self.tr("Customer %1"), detail.customer_number)
        else:
            title = self.tr("Add customer")
        self.setWindowTitle(title)
        self.context = context
        self.customer_id = customer_id
        f = detail.form if detail else CustomerForm(name="")
        form = self.form

        form.add_section(self.tr("Customer"))
        form.add_field("name", self.tr("&Name"), f.name)
        self.kind = ChoiceCombo([(kind_label(k), k) for k in KINDS])
        self.kind.set_value(f.kind)
        form.add_row("kind", self.tr("&Kind"), self.kind)
        business_id = form.add_field(
            "business_id", self.tr("&Business ID"), f.business_id, placeholder="1234567-8"
        )
        business_id.setAccessibleDescription(
            self.tr("Required for organisations, not for households.")
        )
        self.vat_id = QLineEdit(vat_id(f.business_id))
        self.vat_id.setReadOnly(True)
        self.vat_id.setAccessibleDescription(self.tr("Derived from the business ID."))
        form.add_row("vat_id", self.tr("VAT ID"), self.vat_id)
        business_id.textChanged.connect(lambda text: self.vat_id.setText(vat_id(text.strip())))

        form.add_section(self.tr("Address and contact"))
        form.add_field("street", self.tr("&Street address"), f.street)
        form.add_field("postal_code", self.tr("&Postal code"), f.postal_code)
        form.add_field("city", self.tr("&Town"), f.city)
        form.add_field("country", self.tr("Co&untry"), f.country, placeholder="FI")
        self.language = ChoiceCombo([(label(lang), lang) for lang in Language])
        self.language.set_value(f.language)
        form.add_row("language", self.tr("&Language"), self.language)
        form.add_field("contact_person", self.tr("&Contact person"), f.contact_person)
        form.add_field("email", self.tr("E&mail"), f.email)
        form.add_field("phone", self.tr("P&hone"), f.phone)

        form.add_section(self.tr("Invoicing"))
        form.add_field(
            "einvoice_address",
            self.tr("E-invoice a&ddress"),
            f.einvoice_address,
            placeholder="003720774740",
        )
        form.add_field(
            "einvoice_operator",
            self.tr("&Operator ID"),
            f.einvoice_operator,
            placeholder="BAWCFI22",
        )
        term = "" if f.payment_term_days is None else str(f.payment_term_days)
        form.add_field("payment_term_days", self.tr("Payment te&rm (days)"), term)
        self.tax_credit = QCheckBox(self.tr("Household ta&x credit"))
        self.tax_credit.setChecked(
            f.household_tax_credit
            if f.household_tax_credit is not None
            else f.kind == CustomerKind.HOUSEHOLD
        )
        self.tax_credit.setToolTip(self.tr("Invoices show the work share for the tax credit."))
        form.add_row("household_tax_credit", self.tr("Tax credit"), self.tax_credit)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.active = QCheckBox(self.tr("Acti&ve"))
        self.active.setChecked(f.active)
        form.add_row("active", self.tr("In use"), self.active)
        self.notes = QPlainTextEdit(f.notes)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(3 * self.notes.fontMetrics().lineSpacing() + 12)
        form.add_row("notes", self.tr("Not&es"), self.notes)

        form.add_section(self.tr("Agreed prices"))
        self.agreed: list[AgreedPrice] = list(f.agreed_prices)
        form.add_row("agreed_prices", self.tr("A&greed prices"), self._agreed_box())
        self._show_agreed()
        self.preferred = (96, 46)

    def _agreed_box(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.agreed_table = QTableWidget(0, 4, box)
        self.agreed_table.setHorizontalHeaderLabels(
            [self.tr("Service"), self.tr("From"), self.tr("Until"), self.tr("Price")]
        )
        self.agreed_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.agreed_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agreed_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agreed_table.verticalHeader().setVisible(False)
        self.agreed_table.horizontalHeader().setStretchLastSection(True)
        self.agreed_table.setTabKeyNavigation(False)
        lines = self.agreed_table.fontMetrics().lineSpacing()
        self.agreed_table.setFixedHeight(7 * lines)
        self.agreed_table.setWordWrap(False)
        self.agreed_table.verticalHeader().setDefaultSectionSize(lines + lines // 2)
        column.addWidget(self.agreed_table)
        buttons = QHBoxLayout()
        self.add_price_button = QPushButton(self.tr("&Add agreed price…"), box)
        self.remove_price_button = QPushButton(self.tr("Remove pr&ice"), box)
        self.add_price_button.clicked.connect(self._add_agreed)
        self.remove_price_button.clicked.connect(self._remove_agreed)
        buttons.addWidget(self.add_price_button)
        buttons.addWidget(self.remove_price_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        return box

    def _show_agreed(self) -> None:
        lang = current_language()
        self.agreed.sort(key=lambda p: (self.services.get(p.service_id, ("",))[0], p.valid_from))
        self.agreed_table.setRowCount(len(self.agreed))
        for row, price in enumerate(self.agreed):
            name, unit = self.services.get(price.service_id, (str(price.service_id), ""))
            cells = (
                name,
                format_date(price.valid_from, lang),
                format_date(price.valid_to, lang) if price.valid_to else "",
                fill(self.tr("%1 / %2"), format_money(price.unit_price, lang), unit_label(unit)),
            )
            for column, text in enumerate(cells):
                self.agreed_table.setItem(row, column, QTableWidgetItem(text))
        self.agreed_table.resizeColumnsToContents()
        self.remove_price_button.setEnabled(bool(self.agreed))

    def _add_agreed(self) -> None:
        # A new agreed price is for a service still sold; old ones keep their inactive ones.
        offered = {k: v for k, v in self.services.items() if k in self.active_services}
        dialog = AgreedPriceDialog(offered, self.agreed, self, list_prices=self.list_prices)
        if dialog.exec() and dialog.price is not None:
            self.agreed.append(dialog.price)
            self._show_agreed()

    def _remove_agreed(self) -> None:
        rows = self.agreed_table.selectionModel().selectedRows()
        row = rows[0].row() if rows else self.agreed_table.currentRow()
        if 0 <= row < len(self.agreed):
            del self.agreed[row]
            self._show_agreed()

    def _kind_changed(self) -> None:
        # The credit follows the kind until the user decides otherwise on the form.
        self.tax_credit.setChecked(self.kind.value() == CustomerKind.HOUSEHOLD)

    def _text(self, key: str) -> str:
        return typed(self.form.widgets[key]).strip()

    def read_form(self) -> tuple[CustomerForm, dict[str, str]]:
        """The form's values, and problems with fields that could not be read at all."""
        problems: dict[str, str] = {}
        term_text = self._text("payment_term_days")
        term = None
        if term_text:
            try:
                term = int(term_text)
            except ValueError:
                problems["payment_term_days"] = "whole_number"
        form = CustomerForm(
            name=self._text("name"),
            kind=self.kind.value(),
            business_id=self._text("business_id"),
            street=self._text("street"),
            postal_code=self._text("postal_code"),
            city=self._text("city"),
            country=self._text("country"),
            language=self.language.value(),
            contact_person=self._text("contact_person"),
            email=self._text("email"),
            phone=self._text("phone"),
            einvoice_address=self._text("einvoice_address"),
            einvoice_operator=self._text("einvoice_operator"),
            payment_term_days=term,
            notes=self.notes.toPlainText(),
            active=self.active.isChecked(),
            household_tax_credit=self.tax_credit.isChecked(),
            agreed_prices=list(self.agreed),
        )
        return form, problems

    def submit(self) -> None:
        form, problems = self.read_form()
        try:
            validate_customer_form(form)
        except ValidationError as exc:
            problems = {**exc.problems, **problems}
        if problems:
            raise ValidationError(problems)
        self.save(form)

    def save(self, form: CustomerForm) -> None:
        if self.customer_id is None:
            self.customer_id = perform(self.context, save_customer, form)
            return
        try:
            perform(
                self.context,
                save_customer,
                form,
                self.detail.version,
                customer_id=self.customer_id,
            )
        except StaleError:
            self._show_what_changed()
            raise ValidationError({}) from None  # keeps the dialog and what was typed

    def _show_what_changed(self) -> None:
        """Someone saved this customer meanwhile: name the fields, keep the user's entries."""
        current = read(self.context, get_customer, self.customer_id)
        labels = [
            widget.accessibleName()
            for key, widget in self.form.widgets.items()
            if hasattr(current.form, key)
            and getattr(current.form, key) != getattr(self.detail.form, key)
        ]
        text = failure_text(StaleError("customer", self.customer_id))
        if labels:
            text += "\n\n" + fill(self.tr("Changed meanwhile: %1"), ", ".join(labels))
        QMessageBox.warning(self, self.tr("Saved by someone else"), text)
        # Saving again now overwrites on purpose: the user has seen what changed.
        self.detail = current
