"""The new-cooperative form: nothing is saved until every field is valid."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QWidget

from app.locale import parse_decimal
from app.services.cooperative import (
    NewCooperative,
    create_cooperative,
    validate_new_cooperative,
)
from app.services.errors import ValidationError
from ui.i18n import current_language
from ui.operations import Context, perform
from ui.widgets.fields import typed
from ui.widgets.form_dialog import FormDialog


class NewCooperativeDialog(FormDialog):
    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__("", parent=parent, save_button=QDialogButtonBox.StandardButton.Save)
        self.context = context
        self.cooperative_id: int | None = None
        self.setWindowTitle(self.tr("New cooperative"))
        self.form.add_field("name", self.tr("&Name of the cooperative"))
        self.form.add_field(
            "business_id", self.tr("&Business ID (Y-tunnus)"), placeholder="1572860-0"
        )
        self.form.add_field("street", self.tr("&Street address"))
        self.form.add_field("postal_code", self.tr("&Postal code"))
        self.form.add_field("city", self.tr("&Town"))
        self.form.add_field("iban", self.tr("&IBAN"), placeholder="FI37 1590 3000 0007 76")
        self.form.add_field("bic", self.tr("BI&C (optional)"))
        self.form.add_field("share_price", self.tr("Sha&re price (€)"), "50,00")
        self.form.add_section(self.tr("You, the first administrator"))
        self.form.add_field("admin_name", self.tr("Your &full name"))
        self.form.add_field("admin_username", self.tr("&User name"), "admin")
        self.password = self.form.add_field("admin_password", self.tr("Pass&word"))
        self.password_again = self.form.add_field(
            "admin_password_again", self.tr("Password a&gain")
        )
        for edit in (self.password, self.password_again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)

    def submit(self) -> None:
        values = self.form.values()
        problems: dict[str, str] = {}
        try:
            share_price = parse_decimal(values["share_price"], current_language())
        except ValueError:
            share_price, problems["share_price"] = Decimal("0"), "number"
        form = NewCooperative(
            name=values["name"],
            business_id=values["business_id"],
            iban=values["iban"],
            street=values["street"],
            postal_code=values["postal_code"],
            city=values["city"],
            bic=values["bic"],
            share_price=share_price,
            admin_name=values["admin_name"],
            admin_username=values["admin_username"],
            admin_password=typed(self.password),
        )
        if typed(self.password) != typed(self.password_again):
            problems["admin_password_again"] = "mismatch"
        try:
            validate_new_cooperative(form)
        except ValidationError as exc:
            problems = {**exc.problems, **problems}
        if problems:
            raise ValidationError(problems)
        self.save(form)

    def save(self, form: NewCooperative) -> None:
        self.cooperative_id = perform(self.context, create_cooperative, form)

    def admin_username(self) -> str:
        return self.form.values()["admin_username"] or "admin"
