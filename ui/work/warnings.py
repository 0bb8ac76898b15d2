"""Load warnings shown beside the hours grid: the member's weekly ceiling and earnings limit."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.locale import format_hours, format_money
from app.services.load_watch import LoadWarning, load_warnings
from ui.i18n import current_language
from ui.operations import Context, read

CEILING = QT_TRANSLATE_NOOP("LoadWarnings", "%1 this week, over the member's own ceiling of %2.")
AT_LIMIT = QT_TRANSLATE_NOOP(
    "LoadWarnings", "Earnings %1 this month reach the member's limit of %2."
)
NEAR_LIMIT = QT_TRANSLATE_NOOP(
    "LoadWarnings", "Earnings %1 this month are over 80 % of the member's limit of %2."
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("LoadWarnings", text)


def warning_text(warning: LoadWarning, lang: str) -> str:
    """One warning in plain words; Osuva warns, it never decides eligibility."""
    if warning.kind == "weekly_ceiling":
        return (
            _tr(CEILING)
            .replace("%1", format_hours(warning.value, lang))
            .replace("%2", format_hours(warning.limit, lang))
        )
    text = _tr(AT_LIMIT if warning.kind == "earnings_100" else NEAR_LIMIT)
    return text.replace("%1", format_money(warning.value, lang)).replace(
        "%2", format_money(warning.limit, lang)
    )


def row_warnings(
    context: Context,
    member_id: int,
    day: date,
    extra_hours: Decimal,
    assignment_id: int | None = None,
) -> list[str]:
    """Translated warning texts for `member_id` working `extra_hours` more on `day`."""
    found = read(context, load_warnings, member_id, day, Decimal(extra_hours), assignment_id)
    lang = current_language()
    return [warning_text(w, lang) for w in found]
