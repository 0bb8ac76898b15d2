"""Plain-language messages for the problems the hours and shift services report."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "WorkMessages"

_BY_FIELD = {
    ("hours", "required"): QT_TRANSLATE_NOOP(
        "WorkMessages", "Write the hours, or the start and end time."
    ),
    ("hours", "not_positive"): QT_TRANSLATE_NOOP("WorkMessages", "The hours must be more than 0."),
    ("hours", "over_24"): QT_TRANSLATE_NOOP("WorkMessages", "A day has at most 24 hours."),
    ("hours", "day_over_24"): QT_TRANSLATE_NOOP(
        "WorkMessages", "The member's hours on this day add up to more than 24."
    ),
    ("hours", "invoiced"): QT_TRANSLATE_NOOP(
        "WorkMessages", "Already invoiced: it cannot be changed. Correct it with a credit note."
    ),
    ("deleted", "invoiced"): QT_TRANSLATE_NOOP(
        "WorkMessages", "Already invoiced: it cannot be removed. Correct it with a credit note."
    ),
    ("starts_at", "overlap"): QT_TRANSLATE_NOOP(
        "WorkMessages", "The times overlap another entry of the same member on this day."
    ),
    ("starts_at", "required"): QT_TRANSLATE_NOOP(
        "WorkMessages", "Give both the start and the end time."
    ),
    ("ends_at", "required"): QT_TRANSLATE_NOOP(
        "WorkMessages", "Give both the start and the end time."
    ),
    ("ends_at", "before_start"): QT_TRANSLATE_NOOP(
        "WorkMessages", "The end time must be after the start time."
    ),
    ("assignment", "cancelled"): QT_TRANSLATE_NOOP(
        "WorkMessages", "The assignment is cancelled: no hours can be logged on it."
    ),
    ("assignment", "required"): QT_TRANSLATE_NOOP("WorkMessages", "Choose the assignment."),
    ("member", "required"): QT_TRANSLATE_NOOP("WorkMessages", "Choose the member."),
    ("work_date", "before_joining"): QT_TRANSLATE_NOOP(
        "WorkMessages", "The date is before the member joined the cooperative."
    ),
    ("work_date", "invoiced_period"): QT_TRANSLATE_NOOP(
        "WorkMessages", "This assignment is already invoiced up to this date."
    ),
    ("work_date", "required"): QT_TRANSLATE_NOOP("WorkMessages", "Write the date."),
    ("km", "negative"): QT_TRANSLATE_NOOP("WorkMessages", "Kilometres cannot be negative."),
    ("entry", "gone"): QT_TRANSLATE_NOOP("WorkMessages", "Someone removed this entry meanwhile."),
    ("substitute_for", "same_member"): QT_TRANSLATE_NOOP(
        "WorkMessages", "A member cannot substitute for themselves."
    ),
    ("member", "already_on_shift"): QT_TRANSLATE_NOOP(
        "WorkMessages", "This member is already on the shift."
    ),
    ("member", "same_member"): QT_TRANSLATE_NOOP(
        "WorkMessages", "Choose another member than the one on the shift."
    ),
    ("ends_on", "before_start"): QT_TRANSLATE_NOOP(
        "WorkMessages", "The shifts would end before they start: check the end date."
    ),
    ("shift_end", "before_start"): QT_TRANSLATE_NOOP(
        "WorkMessages", "The shift must end after it starts."
    ),
    ("shift_start", "format"): QT_TRANSLATE_NOOP("WorkMessages", "Write the time like 9.00."),
    ("shift_end", "format"): QT_TRANSLATE_NOOP("WorkMessages", "Write the time like 12.30."),
    ("weekdays", "required"): QT_TRANSLATE_NOOP("WorkMessages", "Choose at least one weekday."),
    ("interval", "out_of_range"): QT_TRANSLATE_NOOP("WorkMessages", "Choose every 1 to 52 weeks."),
    ("dates", "date"): QT_TRANSLATE_NOOP(
        "WorkMessages", "Write the dates like 24.11.2026, 26.11.2026."
    ),
    ("cell", "unreadable"): QT_TRANSLATE_NOOP(
        "WorkMessages", "Could not read what was typed: write e.g. 3,5 hours, 9.30 or 24.11.2026."
    ),
}
ROW = QT_TRANSLATE_NOOP("WorkMessages", "Row %1: %2")
_MEANWHILE = {
    "changed": QT_TRANSLATE_NOOP("WorkMessages", "Someone else changed these hours meanwhile."),
    "added": QT_TRANSLATE_NOOP(
        "WorkMessages",
        "Someone else logged hours for this member, assignment and day meanwhile.",
    ),
    "removed": QT_TRANSLATE_NOOP("WorkMessages", "Someone else removed these hours meanwhile."),
}


def problem(field: str, code: str) -> str:
    text = _BY_FIELD.get((field, code))
    if text is None:
        text = QT_TRANSLATE_NOOP("WorkMessages", "The value is not valid.")
    return QCoreApplication.translate(CONTEXT, text)


def row_problem(row: int, text: str) -> str:
    return QCoreApplication.translate(CONTEXT, ROW).replace("%1", str(row)).replace("%2", text)


def changed_meanwhile(change: str) -> str:
    """What someone else did to a row since the grid was loaded (see hours_versions.Change)."""
    return QCoreApplication.translate(CONTEXT, _MEANWHILE.get(change, _MEANWHILE["changed"]))
