"""The payment terms both formats state in words, in the invoice's language."""

from __future__ import annotations

from .source import EInvoice
from .text import comma_number

_NET = {
    "fi": "{days} päivää netto, eräpäivä {due}",
    "sv": "{days} dagar netto, förfallodag {due}",
    "en": "{days} days net, due {due}",
}
_DUE = {"fi": "Eräpäivä {due}", "sv": "Förfallodag {due}", "en": "Due {due}"}
_LATE_INTEREST = {
    "fi": "Viivästyskorko {rate} %",
    "sv": "Dröjsmålsränta {rate} %",
    "en": "Late payment interest {rate} %",
}


def payment_terms(inv: EInvoice) -> str:
    """ "14 päivää netto, eräpäivä 16.11.2026"; just the due date for a credit note."""
    days = (inv.due_date - inv.issue_date).days
    due = f"{inv.due_date.day}.{inv.due_date.month}.{inv.due_date.year}"
    if days > 0 and not inv.is_credit_note:
        return _NET[inv.language].format(days=days, due=due)
    return _DUE[inv.language].format(due=due)


def late_interest(inv: EInvoice) -> str | None:
    """ "Viivästyskorko 10,5 %", or None when the invoice states no rate (credit notes)."""
    if inv.late_interest_rate is None or inv.is_credit_note:
        return None
    return _LATE_INTEREST[inv.language].format(rate=comma_number(inv.late_interest_rate))
