"""Plain-language, translated messages for the problem codes services report per field."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "FieldErrors"

# Specific messages first (field, code), then general ones by code.
_SPECIFIC = {
    ("business_id", "checksum"): QT_TRANSLATE_NOOP(
        "FieldErrors", "The check digit does not match: check the business ID (e.g. 1572860-0)."
    ),
    ("business_id", "length"): QT_TRANSLATE_NOOP(
        "FieldErrors", "A business ID has seven digits, a hyphen and a check digit (1572860-0)."
    ),
    ("business_id", "format"): QT_TRANSLATE_NOOP(
        "FieldErrors", "A business ID has seven digits, a hyphen and a check digit (1572860-0)."
    ),
    ("iban", "checksum"): QT_TRANSLATE_NOOP(
        "FieldErrors", "The IBAN's check digits do not match: check for a typing mistake."
    ),
    ("iban", "length"): QT_TRANSLATE_NOOP(
        "FieldErrors", "The IBAN has the wrong length (a Finnish IBAN has 18 characters)."
    ),
    ("iban", "format"): QT_TRANSLATE_NOOP(
        "FieldErrors", "This is not an IBAN. A Finnish IBAN starts with FI and 16 digits."
    ),
    ("email", "format"): QT_TRANSLATE_NOOP(
        "FieldErrors", "Check the email address (for example name@example.fi)."
    ),
    ("postal_code", "format"): QT_TRANSLATE_NOOP(
        "FieldErrors", "A Finnish postal code has five digits, for example 06100."
    ),
    ("postal_code", "length"): QT_TRANSLATE_NOOP(
        "FieldErrors", "A Finnish postal code has five digits, for example 06100."
    ),
    ("payment_term_days", "range"): QT_TRANSLATE_NOOP(
        "FieldErrors", "The payment term is 0 to 365 days."
    ),
    ("personal_id", "duplicate"): QT_TRANSLATE_NOOP(
        "FieldErrors", "Another member already has this identity code."
    ),
    ("personal_id", "checksum"): QT_TRANSLATE_NOOP(
        "FieldErrors", "The check character does not match: check the identity code."
    ),
    ("personal_id", "date"): QT_TRANSLATE_NOOP(
        "FieldErrors", "The identity code does not start with a valid birth date (DDMMYY)."
    ),
    ("personal_id", "format"): QT_TRANSLATE_NOOP(
        "FieldErrors",
        "An identity code looks like 131052-308T (DDMMYY, a century sign, "
        "three digits and a check character).",
    ),
    ("personal_id", "length"): QT_TRANSLATE_NOOP(
        "FieldErrors", "An identity code has 11 characters, for example 131052-308T."
    ),
    ("birth_date", "mismatch"): QT_TRANSLATE_NOOP(
        "FieldErrors", "The birth date differs from the one in the identity code."
    ),
    ("ends_on", "before_start"): QT_TRANSLATE_NOOP(
        "FieldErrors", "The project cannot end before it starts."
    ),
    ("until_on", "before_start"): QT_TRANSLATE_NOOP(
        "FieldErrors", "The last meeting day cannot be before the first."
    ),
    ("until_on", "no_meetings"): QT_TRANSLATE_NOOP(
        "FieldErrors", "No meeting falls between these days on that weekday."
    ),
    ("until_on", "too_many"): QT_TRANSLATE_NOOP(
        "FieldErrors", "That would make more than 60 meetings; choose an earlier last day."
    ),
    ("code", "taken"): QT_TRANSLATE_NOOP("FieldErrors", "Another project has this code."),
    ("name", "taken"): QT_TRANSLATE_NOOP("FieldErrors", "The project already has this group."),
    ("group", "already_member"): QT_TRANSLATE_NOOP(
        "FieldErrors", "The person is already in this group on that day."
    ),
    ("started_on", "before_intake"): QT_TRANSLATE_NOOP(
        "FieldErrors", "The plan cannot start before the intake day."
    ),
    ("ended_on", "before_intake"): QT_TRANSLATE_NOOP(
        "FieldErrors", "The end cannot be before the intake day."
    ),
    ("member_id", "taken"): QT_TRANSLATE_NOOP(
        "FieldErrors", "This member is already linked to another participant."
    ),
    ("consent_on", "required"): QT_TRANSLATE_NOOP(
        "FieldErrors", "Record the day the person agreed to keep this contact."
    ),
    ("participant", "required"): QT_TRANSLATE_NOOP(
        "FieldErrors", "Choose the person for individual coaching."
    ),
    ("status_on", "required"): QT_TRANSLATE_NOOP(
        "FieldErrors", "Write the day the goal was reached or dropped."
    ),
    ("phone", "format"): QT_TRANSLATE_NOOP(
        "FieldErrors", "Write the phone number with digits, for example 040 123 4567."
    ),
    ("applied_on", "after_acceptance"): QT_TRANSLATE_NOOP(
        "FieldErrors", "The application date cannot be after the acceptance date."
    ),
    ("accepted_on", "before_application"): QT_TRANSLATE_NOOP(
        "FieldErrors", "The member cannot be accepted before applying."
    ),
    ("notice_on", "before_joining"): QT_TRANSLATE_NOOP(
        "FieldErrors", "The date is before the member joined."
    ),
    ("left_on", "before_joining"): QT_TRANSLATE_NOOP(
        "FieldErrors", "The date is before the member joined."
    ),
    ("share_count", "over_limit"): QT_TRANSLATE_NOOP(
        "FieldErrors", "The rules do not allow a member this many shares."
    ),
    ("method", "no_consent"): QT_TRANSLATE_NOOP(
        "FieldErrors",
        "Deduction from wages needs the member's written consent. Record it "
        "first with Wage deduction consent.",
    ),
    ("amount", "over_open"): QT_TRANSLATE_NOOP(
        "FieldErrors", "The amount is larger than the open share fee."
    ),
    ("financial_year_end", "format"): QT_TRANSLATE_NOOP(
        "FieldErrors", "Write the day and month the financial year ends, for example 31.12."
    ),
    ("financial_year_end", "date"): QT_TRANSLATE_NOOP(
        "FieldErrors", "There is no such day. Write it like 31.12. or 30.6."
    ),
    ("name", "exists"): QT_TRANSLATE_NOOP(
        "FieldErrors", "This database already has a cooperative."
    ),
    ("username", "taken"): QT_TRANSLATE_NOOP("FieldErrors", "This user name is already in use."),
    ("username", "invalid"): QT_TRANSLATE_NOOP("FieldErrors", "Write a user name without spaces."),
    ("admin_username", "invalid"): QT_TRANSLATE_NOOP(
        "FieldErrors", "Write a user name without spaces."
    ),
    ("full_name", "required"): QT_TRANSLATE_NOOP("FieldErrors", "Write the person's full name."),
    ("roles", "required"): QT_TRANSLATE_NOOP("FieldErrors", "Choose at least one role."),
    ("password", "too_short"): QT_TRANSLATE_NOOP("FieldErrors", "Use at least 8 characters."),
    ("new_password", "too_short"): QT_TRANSLATE_NOOP("FieldErrors", "Use at least 8 characters."),
    ("admin_password", "too_short"): QT_TRANSLATE_NOOP("FieldErrors", "Use at least 8 characters."),
    ("password_again", "mismatch"): QT_TRANSLATE_NOOP(
        "FieldErrors", "The passwords are not the same."
    ),
    ("new_password_again", "mismatch"): QT_TRANSLATE_NOOP(
        "FieldErrors", "The passwords are not the same."
    ),
    ("admin_password_again", "mismatch"): QT_TRANSLATE_NOOP(
        "FieldErrors", "The passwords are not the same."
    ),
    ("old_password", "wrong"): QT_TRANSLATE_NOOP("FieldErrors", "The current password is wrong."),
    ("personal_id", "admin_only"): QT_TRANSLATE_NOOP(
        "FieldErrors", "Only an administrator can enter or change an identity code."
    ),
    ("business_id", "required"): QT_TRANSLATE_NOOP(
        "FieldErrors", "An organisation needs its business ID; only a household can be without."
    ),
    ("household_tax_credit", "household_only"): QT_TRANSLATE_NOOP(
        "FieldErrors", "Only a household can get the household tax credit."
    ),
    ("country", "unknown"): QT_TRANSLATE_NOOP(
        "FieldErrors", "Write the two-letter country code, for example FI or SE."
    ),
    ("einvoice_address", "format"): QT_TRANSLATE_NOOP(
        "FieldErrors", "Write the e-invoice address without spaces, for example 003720774740."
    ),
    ("einvoice_address", "checksum"): QT_TRANSLATE_NOOP(
        "FieldErrors",
        "The check digit does not match: an OVT code is 0037 and the business ID's eight "
        "digits; a consumer's address is their IBAN.",
    ),
    ("einvoice_operator", "format"): QT_TRANSLATE_NOOP(
        "FieldErrors", "Write the operator ID, for example BAWCFI22 or 003721291126."
    ),
    ("einvoice_operator", "required"): QT_TRANSLATE_NOOP(
        "FieldErrors", "An e-invoice address needs the operator ID too."
    ),
    ("agreed_prices", "overlap"): QT_TRANSLATE_NOOP(
        "FieldErrors", "Two agreed prices of one service cover the same days."
    ),
    ("unit_price", "last_price"): QT_TRANSLATE_NOOP(
        "FieldErrors", "A service keeps at least one price."
    ),
    ("price", "missing"): QT_TRANSLATE_NOOP(
        "FieldErrors", "The service has no price for that day in the price list."
    ),
    ("code", "duplicate"): QT_TRANSLATE_NOOP("FieldErrors", "Another service has this code."),
    ("business_id", "duplicate"): QT_TRANSLATE_NOOP(
        "FieldErrors", "Another customer has this business ID."
    ),
    ("weekly_hour_ceiling", "range"): QT_TRANSLATE_NOOP(
        "FieldErrors", "Write the hours per week as a number above 0, at most 168."
    ),
    ("valid_from", "overlap"): QT_TRANSLATE_NOOP(
        "FieldErrors",
        "Another price or rate of the same service is valid on some of these days. End it first.",
    ),
    ("service_id", "required"): QT_TRANSLATE_NOOP(
        "FieldErrors", "Choose a service, a member, or both."
    ),
    ("end_reason", "needs_end"): QT_TRANSLATE_NOOP(
        "FieldErrors", "Give the end date too, or leave the reason empty."
    ),
    ("with_reason", "not_ended"): QT_TRANSLATE_NOOP(
        "FieldErrors", "No employment period has ended with a reason to state."
    ),
    ("assessment", "required"): QT_TRANSLATE_NOOP(
        "FieldErrors", "Write the assessment of skills and conduct, or untick it."
    ),
    ("hourly_rate", "range"): QT_TRANSLATE_NOOP(
        "FieldErrors", "The rate is at most 1 000 € per hour."
    ),
}
_GENERAL = {
    "required": QT_TRANSLATE_NOOP("FieldErrors", "This field is required."),
    "checksum": QT_TRANSLATE_NOOP("FieldErrors", "The check digit does not match."),
    "length": QT_TRANSLATE_NOOP("FieldErrors", "The length is wrong."),
    "format": QT_TRANSLATE_NOOP("FieldErrors", "The format is wrong."),
    "date": QT_TRANSLATE_NOOP("FieldErrors", "The date is not valid."),
    "negative": QT_TRANSLATE_NOOP("FieldErrors", "The amount cannot be negative."),
    "number": QT_TRANSLATE_NOOP("FieldErrors", "Write a number, for example 50,00."),
    "whole_number": QT_TRANSLATE_NOOP("FieldErrors", "Write a whole number, for example 14."),
    "too_long": QT_TRANSLATE_NOOP("FieldErrors", "The text is too long."),
    "future": QT_TRANSLATE_NOOP("FieldErrors", "The date cannot be in the future."),
    "duplicate": QT_TRANSLATE_NOOP("FieldErrors", "This is already in the register."),
    "positive": QT_TRANSLATE_NOOP("FieldErrors", "Write a number greater than zero."),
    "unknown": QT_TRANSLATE_NOOP("FieldErrors", "The value is not one Osuva knows."),
    "unsupported": QT_TRANSLATE_NOOP(
        "FieldErrors", "Former members cannot be imported; add them by hand."
    ),
    "taken": QT_TRANSLATE_NOOP("FieldErrors", "This member number is already in use."),
    "no_shares": QT_TRANSLATE_NOOP("FieldErrors", "A payment needs a number of shares."),
    "overpayment": QT_TRANSLATE_NOOP("FieldErrors", "More was paid than the shares cost."),
    "too_many": QT_TRANSLATE_NOOP("FieldErrors", "The row has more cells than there are columns."),
    "before_application": QT_TRANSLATE_NOOP(
        "FieldErrors", "The date is before the application date."
    ),
    "mismatch": QT_TRANSLATE_NOOP("FieldErrors", "The values contradict each other."),
    "over_limit": QT_TRANSLATE_NOOP("FieldErrors", "The rules do not allow this many."),
    "range": QT_TRANSLATE_NOOP("FieldErrors", "The number is outside the allowed range."),
    "period": QT_TRANSLATE_NOOP("FieldErrors", "The period ends before it starts."),
    "overlap": QT_TRANSLATE_NOOP("FieldErrors", "The dates overlap another period."),
    "out_of_range": QT_TRANSLATE_NOOP("FieldErrors", "The number is outside the allowed range."),
    "in_future": QT_TRANSLATE_NOOP("FieldErrors", "The date cannot be in the future."),
    "before_start": QT_TRANSLATE_NOOP("FieldErrors", "The end is before the start."),
    "more_than_total": QT_TRANSLATE_NOOP(
        "FieldErrors", "Of whom women cannot be more than the total."
    ),
    "not_found": QT_TRANSLATE_NOOP("FieldErrors", "Choose one from the list."),
    "before_exit": QT_TRANSLATE_NOOP(
        "FieldErrors", "A follow-up cannot be dated before the person left."
    ),
    "before_intake": QT_TRANSLATE_NOOP("FieldErrors", "The date is before the person's intake."),
    "not_in_group": QT_TRANSLATE_NOOP(
        "FieldErrors", "The person is not in this group on that day."
    ),
    "after_answers": QT_TRANSLATE_NOOP(
        "FieldErrors", "Consent must be given on or before the day of answering."
    ),
    "scale": QT_TRANSLATE_NOOP("FieldErrors", "Choose an answer from 1 to 5."),
    "empty": QT_TRANSLATE_NOOP("FieldErrors", "Give at least one answer."),
}


def problem_text(field: str, code: str) -> str:
    text = _SPECIFIC.get((field, code)) or _GENERAL.get(code)
    if text is None:
        return QCoreApplication.translate(CONTEXT, "The value is not valid.")
    return QCoreApplication.translate(CONTEXT, text)
