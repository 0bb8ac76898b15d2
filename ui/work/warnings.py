"""Load warnings shown beside the hours grid and the assignment form: one place to wire them.

The earnings and load-ceiling area provides the checks; until it is wired in, nothing warns.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from ui.operations import Context


def row_warnings(context: Context, member_id: int, day: date, extra_hours: Decimal) -> list[str]:
    """Translated warning texts for `member_id` working `extra_hours` more on `day`."""
    return []
