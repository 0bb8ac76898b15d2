"""Customers from a spreadsheet: a row-by-row preview, then every good row in one transaction.

`read_table` → `preview_customer_import` (saves nothing) → `commit_customer_import`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select

from app.domain import Customer
from app.domain.enums import Language

from .customer_form import CustomerForm, validate_customer_form
from .customer_import_columns import ONE_LINE_ADDRESS, field_for_header, kind_for, language_for
from .customers import FORM_FIELDS, _next_customer_number
from .errors import ServiceError, ValidationError
from .member_import_read import ImportFileError, RawTable, read_table
from .policy import Permission, requires
from .uow import UnitOfWork

__all__ = [
    "CustomerImportPreview",
    "CustomerRowResult",
    "commit_customer_import",
    "map_customer_columns",
    "preview_customer_import",
    "read_table",
]


@dataclass
class CustomerRowResult:
    """One row of the file: the form it makes, or its problems {field: code}."""

    row_number: int
    name: str
    form: CustomerForm | None = None
    problems: dict[str, str] = field(default_factory=dict)
    # Who a duplicate Y-tunnus belongs to: "row 7", or "1003 Asunto Oy …" in the register.
    duplicate_of: str = ""

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class CustomerImportPreview:
    """What an import would do; `register_state` lets the commit notice later changes."""

    source: str
    columns: dict[str, str]
    ignored_columns: list[str]
    rows: list[CustomerRowResult]
    register_state: tuple[int, int]

    @property
    def ok_rows(self) -> list[CustomerRowResult]:
        return [r for r in self.rows if r.ok]

    @property
    def with_problems(self) -> int:
        return sum(1 for r in self.rows if not r.ok)

    def problem_lines(self) -> list[str]:
        """One line per problem, as "row 7: business_id: checksum"."""
        lines = []
        for row in self.rows:
            for key, code in row.problems.items():
                detail = f" ({row.duplicate_of})" if code == "duplicate" else ""
                lines.append(f"row {row.row_number}: {key}: {code}{detail}")
        return lines


def map_customer_columns(headers: list[str]) -> dict[int, str]:
    """Column index → customer field, for headers in Finnish, Swedish or English."""
    mapping: dict[int, str] = {}
    repeated = []
    for index, header in enumerate(headers):
        name = field_for_header(header)
        if name is None:
            continue
        if name in mapping.values():
            repeated.append(header)
            continue
        mapping[index] = name
    if repeated:
        raise ImportFileError("duplicate_columns", columns=repeated)
    if "name" not in mapping.values():
        raise ImportFileError("customer_columns", columns=["name"])
    return mapping


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _whole_number(value: object) -> int | None:
    if isinstance(value, int | Decimal) or (isinstance(value, float) and value.is_integer()):
        return int(value)
    text = _text(value)
    return int(text) if text.isdigit() else None


def parse_customer_row(number: int, values: dict[str, object]) -> CustomerRowResult:
    """The form one row makes, with every problem it has; nothing is looked up."""
    texts = {key: _text(value) for key, value in values.items()}
    result = CustomerRowResult(number, texts.get("name", ""))
    problems = result.problems
    kind = kind_for(texts.get("kind", ""))
    if not texts.get("kind"):
        problems["kind"] = "required"
    elif kind is None:
        problems["kind"] = "unknown"
    language = Language.FI
    if texts.get("language"):
        language = language_for(texts["language"])
        if language is None:
            problems["language"] = "unknown"
    term = None
    if texts.get("payment_term_days"):
        term = _whole_number(values["payment_term_days"])
        if term is None:
            problems["payment_term_days"] = "whole_number"
    address = {key: texts.get(key, "") for key in ("street", "postal_code", "city")}
    one_line = texts.get("address", "")
    if one_line and not any(address.values()):
        match = ONE_LINE_ADDRESS.match(one_line)
        address = match.groupdict() if match else {**address, "street": one_line}
    elif one_line and not address["street"]:
        address["street"] = one_line
    plain = {key: texts.get(key, "") for key in FORM_FIELDS if key in texts}
    form = CustomerForm(
        **{
            **plain,
            **address,
            "name": texts.get("name", ""),
            "kind": kind or CustomerForm.kind,
            "language": language or Language.FI,
            "payment_term_days": term,
            "country": texts.get("country") or "FI",
        }
    )
    try:
        form = validate_customer_form(form)
    except ValidationError as exc:
        for key, code in exc.problems.items():
            problems.setdefault(key, code)
    if "kind" in problems and problems.get("business_id") == "required":
        del problems["business_id"]  # the kind is what is wrong; the ID may be fine
    result.form = None if problems else form
    return result


def _check_duplicates(uow: UnitOfWork, rows: list[CustomerRowResult]) -> None:
    """A Y-tunnus already in the register, or twice in the file, is a problem row."""
    first_row: dict[str, int] = {}
    wanted = {r.form.business_id for r in rows if r.form and r.form.business_id}
    stored = {
        business_id: f"{number} {name}"
        for business_id, number, name in uow.session.execute(
            select(Customer.business_id, Customer.customer_number, Customer.name).where(
                Customer.business_id.in_(wanted)
            )
        )
    }
    for row in rows:
        if row.form is None or not row.form.business_id:
            continue
        business_id = row.form.business_id
        if business_id in stored:
            row.duplicate_of = stored[business_id]
        elif business_id in first_row:
            row.duplicate_of = f"row {first_row[business_id]}"
        else:
            first_row[business_id] = row.row_number
            continue
        row.problems["business_id"] = "duplicate"
        row.form = None


def _register_state(uow: UnitOfWork) -> tuple[int, int]:
    count, last_id = uow.session.execute(
        select(func.count(Customer.id), func.max(Customer.id))
    ).one()
    return count, last_id or 0


def _blank(cell: object) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


@requires(Permission.CUSTOMERS)
def preview_customer_import(uow: UnitOfWork, table: RawTable) -> CustomerImportPreview:
    """Check every row against the form rules, the file and the register; saves nothing."""
    mapping = map_customer_columns(table.headers)
    width = len(table.headers)
    rows = []
    for raw in table.rows:
        values = {name: raw.cells[i] for i, name in mapping.items() if i < len(raw.cells)}
        result = parse_customer_row(raw.number, values)
        if not all(_blank(cell) for cell in raw.cells[width:]):
            # More cells than headers: usually an unquoted separator shifted the row.
            result.problems["columns"] = "too_many"
            result.form = None
        rows.append(result)
    _check_duplicates(uow, rows)
    return CustomerImportPreview(
        source=table.source,
        columns={table.headers[i]: name for i, name in mapping.items()},
        ignored_columns=[h for i, h in enumerate(table.headers) if i not in mapping and h],
        rows=rows,
        register_state=_register_state(uow),
    )


@requires(Permission.CUSTOMERS)
def commit_customer_import(
    uow: UnitOfWork, preview: CustomerImportPreview, *, skip_problem_rows: bool = False
) -> int:
    """Save the preview's good rows in one transaction, numbered on; nothing if anything fails.

    Refuses a preview with problem rows unless skip_problem_rows, and one made before the
    register changed (the duplicate checks would no longer hold).
    """
    if preview.with_problems and not skip_problem_rows:
        raise ServiceError(
            f"{preview.with_problems} rows have problems; nothing was imported",
            code="import_problems",
        )
    rows = preview.ok_rows
    if not rows:
        return 0
    if _register_state(uow) != preview.register_state:
        raise ServiceError(
            "the customer register changed after the preview; preview again",
            code="register_changed",
        )
    number = _next_customer_number(uow)
    for done, row in enumerate(rows):
        assert row.form is not None  # only rows without problems are imported
        customer = Customer(customer_number=number + done)
        for f in fields(CustomerForm):
            if f.name in FORM_FIELDS:
                setattr(customer, f.name, getattr(row.form, f.name))
        uow.session.add(customer)
        uow.progress(done, len(rows))
    uow.session.flush()
    return len(rows)
