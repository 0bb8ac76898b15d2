"""Earnings: the monthly earnings watch, wage rates, the wage basis and employment."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.operations import Context


def open_earnings_overview(parent: QWidget | None, context: Context) -> None:
    """The earnings window for the current month (treasurer and administrator)."""
    from .overview import EarningsDialog

    EarningsDialog(context, parent).exec()


def open_employment(parent: QWidget | None, context: Context, member_id: int) -> None:
    """A member's employment periods and employment certificates."""
    from .employment import EmploymentDialog

    EmploymentDialog(context, member_id, parent).exec()
