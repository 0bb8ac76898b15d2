"""The payroll person's list: share fees to deduct from members' wages in one month."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.services.wage_deductions import WageDeductionRow

from .base import DocumentRenderer, Letterhead

COLUMNS = (
    ("col_number", 16, True),
    ("col_name", 88, False),
    ("col_amount", 35, True),
    ("col_recorded", 35, True),
)


class WageDeductionListRenderer(DocumentRenderer):
    document = "wage_deductions"

    def __init__(
        self, rows: list[WageDeductionRow], month: date, lang: str, letterhead: Letterhead
    ) -> None:
        super().__init__(letterhead, lang)
        self.rows = rows
        self.month = month

    def header_note(self) -> str:
        return self.t("month").format(month=f"{self.month.month}/{self.month.year}")

    def story(self) -> list[Flowable]:
        flow: list[Flowable] = [
            self.para(escape(self.title()), "title"),
            self.para(escape(self.header_note()), "subtitle"),
            self.para(escape(self.t("intro"))),
            Spacer(1, 4 * mm),
        ]
        if not self.rows:
            return [*flow, self.para(escape(self.t("empty")))]
        rows = [
            [
                self.cell(row.member_number or "", "td_right"),
                self.cell(row.name),
                self.cell(self.money(row.amount), "td_right"),
                self.cell(self.money(row.recorded), "td_right"),
            ]
            for row in self.rows
        ]
        total = sum((row.amount for row in self.rows), Decimal("0.00"))
        rows.append(
            [
                self.cell(""),
                self.cell(self.t("total"), "th"),
                self.cell(self.money(total), "th_right"),
                self.cell(""),
            ]
        )
        return [*flow, self.grid(COLUMNS, rows)]
