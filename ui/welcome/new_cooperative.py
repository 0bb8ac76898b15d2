"""The new-cooperative form: nothing is saved until every field is valid."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.locale import parse_decimal
from app.services.cooperative import NewCooperative, create_cooperative
from app.services.errors import ValidationError
from ui.i18n import current_language
from ui.operations import Context, perform
from ui.widgets.field_errors import problem_text


class NewCooperativeDialog(QDialog):
    FIELDS = ("name", "business_id", "street", "postal_code", "city", "iban", "bic", "share_price")

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("New cooperative"))
        labels = {
            "name": self.tr("&Name of the cooperative"),
            "business_id": self.tr("&Business ID (Y-tunnus)"),
            "street": self.tr("&Street address"),
            "postal_code": self.tr("&Postal code"),
            "city": self.tr("&Town"),
            "iban": self.tr("&IBAN"),
            "bic": self.tr("BI&C (optional)"),
            "share_price": self.tr("Share &price (€)"),
        }
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for key in self.FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(key)
            label = QLabel(labels[key], self)
            label.setBuddy(edit)
            edit.setAccessibleName(label.text().replace("&", ""))
            error = QLabel(self)
            error.setObjectName(f"{key}_error")
            error.setStyleSheet("color: #b00020;")
            error.setWordWrap(True)
            error.hide()
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(edit)
            column.addWidget(error)
            form.addRow(label, column)
            self.edits[key] = edit
            self.errors[key] = error
        self.edits["share_price"].setText("50,00")
        self.edits["business_id"].setPlaceholderText("1234567-8")
        self.edits["iban"].setPlaceholderText("FI00 0000 0000 0000 00")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.cooperative_id: int | None = None

    def form(self) -> NewCooperative:
        text = {key: edit.text().strip() for key, edit in self.edits.items()}
        return NewCooperative(
            name=text["name"],
            business_id=text["business_id"],
            iban=text["iban"],
            street=text["street"],
            postal_code=text["postal_code"],
            city=text["city"],
            bic=text["bic"],
            share_price=Decimal("0"),
        )

    def show_problems(self, problems: dict[str, str]) -> None:
        for key, error in self.errors.items():
            code = problems.get(key)
            error.setVisible(code is not None)
            error.setText(problem_text(key, code) if code else "")
            self.edits[key].setAccessibleDescription(error.text())
        first = next((k for k in self.FIELDS if k in problems), None)
        if first:
            self.edits[first].setFocus()

    def save(self) -> None:
        form = self.form()
        problems: dict[str, str] = {}
        try:
            form.share_price = parse_decimal(self.edits["share_price"].text(), current_language())
        except ValueError:
            problems["share_price"] = "number"
        try:
            if problems:
                raise ValidationError(problems)
            self.cooperative_id = perform(self.context, create_cooperative, form)
        except ValidationError as exc:
            self.show_problems({**exc.problems, **problems})
            return
        self.accept()
