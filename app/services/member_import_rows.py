"""One spreadsheet row → a member form and what else the row says, or its problems."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from app.domain import Member
from app.domain.enums import Language, MemberKind, MemberStatus
from app.locale import parse_date, parse_decimal

from .errors import ValidationError
from .member_form import MemberForm, validate_member_form
from .member_import_columns import LANGUAGE_VALUES, STATUS_VALUES, kind_for, normalize

TEXT_FIELDS = (
    "first_name", "last_name", "personal_id", "street", "postal_code", "city", "municipality",
    "phone", "email",
)  # fmt: skip
# The form leaves lengths to the database; a PostgreSQL column would refuse longer text.
TEXT_LIMITS = {name: Member.__table__.c[name].type.length for name in TEXT_FIELDS}
FORMULA_START = "=+-@"
INT_LIMIT = 1_000_000
MONEY_LIMIT = Decimal("1000000")
CENT = Decimal("0.01")
_TIME_SUFFIX = re.compile(r"(?:\s+|T)\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?$")
# Float noise of an Excel number cell (25.500000000000004) is below this.
_FLOAT_NOISE = Decimal("0.000001")


@dataclass(frozen=True)
class Duplicate:
    """Whom a row repeats: an earlier row of the file, or a person in the register.

    Plain data for the UI to word in the user's language; never an identity code.
    """

    row_number: int | None = None
    member_number: int | None = None
    status: MemberStatus | None = None
    name: str = ""

    def __str__(self) -> str:
        """The English label of the command line: "row 20", "member 3", "applicant Esa Ek"."""
        if self.row_number is not None:
            return f"row {self.row_number}"
        if self.member_number is not None:
            return f"member {self.member_number}"
        return f"applicant {self.name}"


@dataclass
class RowResult:
    """A row as the import sees it: form None when the form itself has problems."""

    row_number: int
    form: MemberForm | None
    problems: dict[str, str] = field(default_factory=dict)
    duplicate: Duplicate | None = None
    # The names as written in the row, also when the row has problems.
    first_name: str = ""
    last_name: str = ""
    accepted_on: date | None = None
    # Given in the file, or assigned by the preview to rows that will be accepted.
    member_number: int | None = None
    number_given: bool = False
    share_count: int | None = None
    paid: Decimal | None = None

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def duplicate_of(self) -> str | None:
        return str(self.duplicate) if self.duplicate else None

    @property
    def status(self) -> MemberStatus:
        return MemberStatus.MEMBER if self.accepted_on else MemberStatus.APPLICANT


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def cell_text(value: object) -> str:
    """A cell as text: 401234567.0 → "401234567"; a formula guard apostrophe removed."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        value = value.date()
    text = str(value).strip()
    # The CSV export writes '=… so Excel shows text, not a formula; take the guard off again.
    if text[:1] == "'" and text[1:2] in FORMULA_START and len(text) > 1:
        return text[1:]
    return text


def cell_date(value: object, key: str, problems: dict[str, str]) -> date | None:
    """A date cell (Excel date, d.m.yyyy, d/m/yyyy or ISO), else problem "date"."""
    if _blank(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return parse_date(_TIME_SUFFIX.sub("", value.strip()), "fi")
        except ValueError:
            pass
    problems[key] = "date"
    return None


def _decimal(value: object) -> Decimal | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, float):
        number = Decimal(str(value)).quantize(_FLOAT_NOISE) if math.isfinite(value) else None
    elif isinstance(value, (int, Decimal)):
        number = Decimal(str(value))
    else:
        try:
            number = parse_decimal(cell_text(value), "fi")
        except (ValueError, ArithmeticError):
            return None
    return number if number is not None and number.is_finite() else None


def cell_int(value: object, key: str, problems: dict[str, str]) -> int | None:
    """A whole number ≥ 0, None if blank; problems "number", "positive", "too_large"."""
    if _blank(value):
        return None
    number = _decimal(value)
    if number is None or number != number.to_integral_value():
        problems[key] = "number"
        return None
    if number < 0:
        problems[key] = "positive"
    elif number >= INT_LIMIT:
        problems[key] = "too_large"
    return None if key in problems else int(number)


def cell_money(value: object, key: str, problems: dict[str, str]) -> Decimal | None:
    """Euros with at most two decimals, "50,00" or an Excel number; problem "number"."""
    if _blank(value):
        return None
    number = _decimal(value)
    try:
        exact = number is not None and number == number.quantize(CENT)
    except InvalidOperation:
        exact = False
    if not exact:
        problems[key] = "number"
        return None
    if number < 0:
        problems[key] = "positive"
    elif number >= MONEY_LIMIT:
        problems[key] = "too_large"
    return number.quantize(CENT) if key not in problems else None


def _choice(value: object, index: dict[str, Any], key: str, problems: dict[str, str]) -> Any:
    if _blank(value):
        return None
    found = index.get(normalize(cell_text(value)))
    if found is None:
        problems[key] = "unknown"
    return found


def _kind(value: object, problems: dict[str, str]) -> MemberKind:
    if _blank(value):
        return MemberKind.WORKING
    kind = kind_for(cell_text(value))
    if kind is None:
        problems["kind"] = "unknown"
    return kind or MemberKind.WORKING


def _life_cycle(values: dict[str, object], result: RowResult, today: date) -> date:
    """Check the joining, leaving and application dates; the application date to use."""
    problems = result.problems
    accepted = cell_date(values.get("accepted_on"), "accepted_on", problems)
    applied = cell_date(values.get("applied_on"), "applied_on", problems)
    left = cell_date(values.get("left_on"), "left_on", problems)
    status = _choice(values.get("status"), STATUS_VALUES, "status", problems)
    if status in (MemberStatus.FORMER, MemberStatus.REJECTED):
        # Ending a membership starts a share refund: a step to take in the app, not a cell.
        problems["status"] = "unsupported"
    elif status == MemberStatus.APPLICANT and accepted is not None:
        problems["status"] = "mismatch"
    if left is not None:
        problems.setdefault("left_on", "unsupported")
    needs_joining = status == MemberStatus.MEMBER or result.number_given
    if accepted is None and needs_joining and "accepted_on" not in problems:
        problems["accepted_on"] = "required"
    if accepted is not None and accepted > today:
        problems["accepted_on"] = "future"
    if applied is None:
        applied = min(accepted, today) if accepted else today
    elif accepted is not None and accepted < applied:
        problems.setdefault("accepted_on", "before_application")
    result.accepted_on = accepted
    return applied


def parse_row(number: int, values: dict[str, object], today: date) -> RowResult:
    """Read one row's cells (keyed by field); validation is the member form's own."""
    result = RowResult(row_number=number, form=None)
    problems = result.problems
    texts = {key: cell_text(values.get(key)) for key in TEXT_FIELDS}
    result.first_name, result.last_name = texts["first_name"], texts["last_name"]
    postal = values.get("postal_code")
    if isinstance(postal, (int, float)) and not isinstance(postal, bool):
        # Excel turns 00100 into the number 100: a numeric postal code lost its zeros.
        texts["postal_code"] = texts["postal_code"].zfill(5)
    for key, limit in TEXT_LIMITS.items():
        if limit and len(texts[key]) > limit:
            problems[key] = "too_long"
    result.member_number = cell_int(values.get("member_number"), "member_number", problems)
    if result.member_number == 0:
        problems["member_number"] = "positive"
        result.member_number = None
    result.number_given = result.member_number is not None
    # A spreadsheet's 0 shares means none, as a blank cell does.
    result.share_count = cell_int(values.get("share_count"), "share_count", problems) or None
    result.paid = cell_money(values.get("paid"), "paid", problems)
    if result.paid and result.share_count is None and "share_count" not in problems:
        problems["paid"] = "no_shares"
    applied = _life_cycle(values, result, today)
    form = MemberForm(
        **texts,
        applied_on=applied,
        birth_date=cell_date(values.get("birth_date"), "birth_date", problems),
        language=_choice(values.get("language"), LANGUAGE_VALUES, "language", problems)
        or Language.FI,
        kind=_kind(values.get("kind"), problems),
    )
    try:
        result.form = validate_member_form(form, today=today)
    except ValidationError as exc:
        for key, code in exc.problems.items():
            problems.setdefault(key, code)
    return result
