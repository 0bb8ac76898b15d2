"""One agreed price: a service, its period and the net unit price agreed with the customer."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import QLabel

from app.locale import format_money
from app.services.customer_form import AgreedPrice
from app.services.errors import ValidationError
from app.services.pricing import check_periods
from ui.i18n import current_language, fill
from ui.widgets.fields import DateField, MoneyField
from ui.widgets.form_dialog import FormDialog

from .labels import ChoiceCombo, unit_label


class AgreedPriceDialog(FormDialog):
    """Checked against the customer's other agreed prices here; saved with the customer."""

    def __init__(
        self,
        services: dict[int, tuple[str, str]],
        others: list[AgreedPrice],
        parent=None,
        *,
        list_prices: dict[int, Decimal | None] | None = None,
    ) -> None:
        super().__init__("", parent=parent)
        self.setWindowTitle(self.tr("Agreed price"))
        self.others = others
        self.services = services
        self.price: AgreedPrice | None = None
        self.service = ChoiceCombo(
            [(f"{name} ({unit_label(unit)})", sid) for sid, (name, unit) in services.items()]
        )
        self.form.add_row("service_id", self.tr("&Service"), self.service)
        # The list price beside the choice, so the agreed one is set knowingly.
        self.list_prices = list_prices or {}
        self.list_price = QLabel(self)
        self.form.layout_.addRow("", self.list_price)
        self.service.currentIndexChanged.connect(self._show_list_price)
        self._show_list_price()
        self.form.add_row(
            "valid_from", self.tr("Valid &from"), DateField(date(date.today().year, 1, 1))
        )
        until = self.form.add_row("valid_to", self.tr("Valid &until"), DateField())
        until.setAccessibleDescription(self.tr("Leave empty for until further notice."))
        self.form.add_row("unit_price", self.tr("Net &price (€)"), MoneyField())
        self.preferred = (56, 0)

    def _show_list_price(self, *_args) -> None:
        service_id = self.service.value()
        price = self.list_prices.get(service_id)
        if price is None:
            self.list_price.setText(self.tr("No list price today."))
            return
        unit = unit_label(self.services[service_id][1])
        self.list_price.setText(
            fill(
                self.tr("List price today: %1 / %2"),
                format_money(price, current_language()),
                unit,
            )
        )

    def submit(self) -> None:
        service_id = self.service.value()
        if service_id is None:
            raise ValidationError({"service_id": "required"})
        valid_from = self.read("valid_from", lambda w: w.date_value())
        valid_to = self.read("valid_to", lambda w: w.date_value(), required=False)
        price = self.read("unit_price", lambda w: w.amount())
        if price < 0:
            raise ValidationError({"unit_price": "negative"})
        periods = [(p.valid_from, p.valid_to) for p in self.others if p.service_id == service_id]
        try:
            check_periods([*periods, (valid_from, valid_to)], "valid_from")
        except ValidationError as exc:
            code = exc.problems["valid_from"]
            raise ValidationError(
                {"valid_to" if code == "period" else "valid_from": code}
            ) from None
        self.price = AgreedPrice(service_id, valid_from, price, valid_to)
