"""A service of the price list, and a dated change of its list price."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox

from app.domain.customers import ServiceUnit
from app.services.errors import ValidationError
from app.services.price_list import ServiceForm, change_price, save_service, vat_choices
from ui.i18n import fill
from ui.operations import Context, perform
from ui.widgets.fields import DateField, MoneyField, typed
from ui.widgets.form_dialog import FormDialog

from .labels import ChoiceCombo, unit_label, vat_label


class ServiceDialog(FormDialog):
    """`form` None adds a service with its first price; otherwise edits `service_id`."""

    def __init__(
        self,
        context: Context,
        service_id: int | None = None,
        form: ServiceForm | None = None,
        parent=None,
    ) -> None:
        super().__init__("", parent=parent)
        self.setWindowTitle(self.tr("Edit service") if service_id else self.tr("Add service"))
        self.context = context
        self.service_id = service_id
        f = form or ServiceForm(code="", name_fi="")
        self.form.add_field("code", self.tr("&Code"), f.code, placeholder="SIIVOUS")
        self.form.add_field("name_fi", self.tr("Name in &Finnish"), f.name_fi)
        self.form.add_field("name_sv", self.tr("Name in &Swedish"), f.name_sv)
        self.form.add_field("name_en", self.tr("Name in &English"), f.name_en)
        self.unit = ChoiceCombo([(unit_label(u.value), u.value) for u in ServiceUnit])
        self.unit.set_value(f.unit)
        self.form.add_row("unit", self.tr("&Unit"), self.unit)
        self.vat = ChoiceCombo(
            [(vat_label(code, rate), code) for code, rate in vat_choices(date.today())]
        )
        self.vat.set_value(f.vat_code)
        self.form.add_row("vat_code", self.tr("&VAT"), self.vat)
        self.deductible = QCheckBox(self.tr("Work counts for the &household tax credit"))
        self.deductible.setChecked(f.household_deductible)
        self.form.add_row("household_deductible", self.tr("Tax credit"), self.deductible)
        self.active = QCheckBox(self.tr("&Active"))
        self.active.setChecked(f.active)
        self.form.add_row("active", self.tr("In use"), self.active)
        if service_id is None:
            self.form.add_row("unit_price", self.tr("Net &price (€)"), MoneyField())
            self.form.add_row("valid_from", self.tr("Price valid f&rom"), DateField(date.today()))
        self.preferred = (60, 0)

    def submit(self) -> None:
        form = ServiceForm(
            code=typed(self.form.widgets["code"]),
            name_fi=typed(self.form.widgets["name_fi"]),
            name_sv=typed(self.form.widgets["name_sv"]),
            name_en=typed(self.form.widgets["name_en"]),
            unit=self.unit.value(),
            vat_code=self.vat.value(),
            household_deductible=self.deductible.isChecked(),
            active=self.active.isChecked(),
        )
        if self.service_id is not None:
            perform(self.context, save_service, form, self.service_id)
            return
        price = self.read("unit_price", lambda w: w.amount())
        valid_from = self.read("valid_from", lambda w: w.date_value())
        self.service_id = perform(
            self.context, save_service, form, first_price=price, valid_from=valid_from
        )


class PriceChangeDialog(FormDialog):
    """A new list price from a day on; work done before keeps the old price."""

    def __init__(self, context: Context, service_id: int, name: str, parent=None) -> None:
        super().__init__(
            "",
            intro=self.tr(
                "The new price holds from the day given. Work done before it keeps the old "
                "price; a change on the day another starts replaces that price."
            ),
            parent=parent,
        )
        self.setWindowTitle(fill(self.tr("Change the price of %1"), name))
        self.context = context
        self.service_id = service_id
        self.form.add_row("valid_from", self.tr("Valid &from"), DateField())
        self.form.add_row("unit_price", self.tr("New net &price (€)"), MoneyField())
        self.preferred = (56, 0)

    def submit(self) -> None:
        valid_from = self.read("valid_from", lambda w: w.date_value())
        price = self.read("unit_price", lambda w: w.amount())
        if price < 0:
            raise ValidationError({"unit_price": "negative"})
        perform(self.context, change_price, self.service_id, valid_from, price)
