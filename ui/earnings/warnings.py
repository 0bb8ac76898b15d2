"""Plain-language texts of the earnings watch's warnings, for any view that assigns or logs
hours (call app.services.load_watch.warnings_for through the operations door first)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.locale import format_date, format_decimal, format_hours, format_money
from app.services.load_watch import LoadWarning
from ui.i18n import current_language, fill

TEXTS = {
    "weekly_ceiling": QT_TRANSLATE_NOOP(
        "LoadWarnings",
        "%1 in the week starting %2: more than the %3 the member has chosen as their most.",
    ),
    "earnings_80": QT_TRANSLATE_NOOP(
        "LoadWarnings",
        "Earnings in %1 would be %2, %3 % of the member's own monthly limit of %4.",
    ),
    "earnings_100": QT_TRANSLATE_NOOP(
        "LoadWarnings",
        "Earnings in %1 would be %2 and reach the member's own monthly limit of %3.",
    ),
}


def warning_text(warning: LoadWarning) -> str:
    """One sentence in the user's language; Osuva warns, the member and benefit payer decide."""
    lang = current_language()
    text = QCoreApplication.translate("LoadWarnings", TEXTS[warning.kind])
    if warning.kind == "weekly_ceiling":
        return fill(
            text,
            format_hours(warning.value, lang),
            format_date(warning.period, lang),
            format_hours(warning.limit, lang),
        )
    month = f"{warning.period.month}/{warning.period.year}"
    if warning.kind == "earnings_80":
        return fill(
            text,
            month,
            format_money(warning.value, lang),
            format_decimal(warning.percent, lang, 1),
            format_money(warning.limit, lang),
        )
    return fill(text, month, format_money(warning.value, lang), format_money(warning.limit, lang))
