"""Load warnings shown beside the hours grid: the member's weekly ceiling and earnings limit."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.services.load_watch import load_warnings
from ui.earnings.warnings import warning_text
from ui.operations import Context, read


def row_warnings(
    context: Context,
    member_id: int,
    day: date,
    extra_hours: Decimal,
    assignment_id: int | None = None,
) -> list[str]:
    """Translated warning texts for `member_id` working `extra_hours` more on `day`."""
    found = read(context, load_warnings, member_id, day, Decimal(extra_hours), assignment_id)
    return [warning_text(w) for w in found]
