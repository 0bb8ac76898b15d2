"""Settings of the cooperative, edited in one form and saved in one transaction."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from app.locale import format_decimal, parse_decimal
from app.services.errors import StaleError, ValidationError
from app.services.settings import get_settings, update_settings, validate_settings
from ui.i18n import current_language, fill
from ui.operations import Context, perform, read
from ui.operations.operation import failure_text
from ui.widgets.form_dialog import FormDialog

FINANCIAL_YEAR_END = re.compile(r"\s*(\d{1,2})\.(\d{1,2})\.?\s*")


class SettingsDialog(FormDialog):
    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        who = QCoreApplication.translate("SettingsDialog", "Signed in as %1.")
        super().__init__(
            fill(who, context.actor.name),
            parent=parent,
            save_button=QDialogButtonBox.StandardButton.Save,
        )
        self.context = context
        self.setWindowTitle(self.tr("Settings of the cooperative"))
        self.settings = read(context, get_settings)
        lang = current_language()
        s = self.settings
        form = self.form
        form.add_field("name", self.tr("&Name of the cooperative"), s.name)
        form.add_field("business_id", self.tr("&Business ID (Y-tunnus)"), s.business_id)
        form.add_field("street", self.tr("&Street address"), s.street)
        form.add_field("postal_code", self.tr("&Postal code"), s.postal_code)
        form.add_field("city", self.tr("&Town"), s.city)
        form.add_field("home_municipality", self.tr("Home m&unicipality"), s.home_municipality)
        form.add_field("phone", self.tr("P&hone"), s.phone)
        form.add_field("email", self.tr("&Email"), s.email)
        form.add_field("iban", self.tr("&IBAN"), s.iban)
        form.add_field("bic", self.tr("BI&C"), s.bic)
        form.add_field("einvoice_address", self.tr("E-invoice &address"), s.einvoice_address)
        form.add_field("einvoice_operator", self.tr("E-invoice &operator"), s.einvoice_operator)
        form.add_field(
            "payment_term_days", self.tr("Pa&yment term (days)"), str(s.payment_term_days)
        )
        form.add_field(
            "share_price", self.tr("Share p&rice (€)"), format_decimal(s.share_price, lang)
        )
        form.add_field(
            "reminder_fee", self.tr("Re&minder fee (€)"), format_decimal(s.reminder_fee, lang)
        )
        form.add_field(
            "financial_year_end",
            self.tr("&Financial year ends (day.month.)"),
            f"{s.financial_year_end_day}.{s.financial_year_end_month}.",
        )
        form.add_field(
            "max_shares_per_member",
            self.tr("Ma&ximum shares per member (empty: no limit)"),
            str(s.max_shares_per_member or ""),
        )
        form.add_field(
            "board_representative", self.tr("Si&gns certificates"), s.board_representative
        )
        form.add_field(
            "board_representative_title", self.tr("Signer's tit&le"), s.board_representative_title
        )

        self.preferred = (84, 40)

    def submit(self) -> None:
        values = self.form.values()
        lang = current_language()
        problems: dict[str, str] = {}
        numbers: dict[str, Decimal] = {}
        for key in ("share_price", "reminder_fee", "payment_term_days"):
            try:
                numbers[key] = parse_decimal(values[key], lang)
            except ValueError:
                numbers[key] = Decimal(getattr(self.settings, key))
                problems[key] = "number"
        if numbers["payment_term_days"] % 1:
            problems["payment_term_days"] = "whole_number"
        year_end = FINANCIAL_YEAR_END.fullmatch(values.pop("financial_year_end"))
        if year_end is None:
            problems["financial_year_end"] = "format"
        most = values.pop("max_shares_per_member")
        if most and not most.isdigit():
            problems["max_shares_per_member"] = "whole_number"
        text_fields = {k: v for k, v in values.items() if k not in numbers}
        settings = replace(
            self.settings,
            **text_fields,
            share_price=numbers["share_price"],
            reminder_fee=numbers["reminder_fee"],
            payment_term_days=int(numbers["payment_term_days"]),
            financial_year_end_day=int(year_end[1]) if year_end else 31,
            financial_year_end_month=int(year_end[2]) if year_end else 12,
            max_shares_per_member=int(most) if most.isdigit() else None,
        )
        try:
            validate_settings(settings)
        except ValidationError as exc:
            problems = {**exc.problems, **problems}
        if problems:
            raise ValidationError(problems)
        self.save(settings)

    def save(self, settings) -> None:
        try:
            perform(self.context, update_settings, settings)
        except StaleError as error:
            QMessageBox.warning(self, self.tr("Saved by someone else"), failure_text(error))
            # The next save overwrites on purpose; what was typed stays in the form.
            self.settings = read(self.context, get_settings)
            raise ValidationError({}) from None
