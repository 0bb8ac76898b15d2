"""Members from a spreadsheet: a row-by-row preview, then every good row in one transaction.

`read_table` → `preview_import` (saves nothing) → `commit_import` (all or nothing).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from app.domain import Cooperative, Member, SharePayment, ShareSubscription
from app.domain.enums import ShareKind, SharePaymentMethod

from .errors import ServiceError
from .member_form import MemberForm
from .member_import_checks import assign_numbers, check_duplicates, check_numbers, check_shares
from .member_import_columns import REQUIRED_FIELDS, field_for_header
from .member_import_read import MAX_ROWS, ImportFileError, RawTable, read_table
from .member_import_rows import Duplicate, RowResult, parse_row
from .policy import Permission, requires
from .shares import member_reference
from .uow import UnitOfWork

__all__ = [
    "MAX_ROWS",
    "Duplicate",
    "ImportFileError",
    "ImportPreview",
    "RowResult",
    "commit_import",
    "map_columns",
    "preview_import",
    "read_table",
]


@dataclass
class ImportPreview:
    """What an import would do; `register_state` lets the commit notice later changes."""

    source: str
    columns: dict[str, str]
    ignored_columns: list[str]
    rows: list[RowResult]
    today: date
    share_price: Decimal | None
    register_state: tuple[int, int, int]

    @property
    def ok_rows(self) -> list[RowResult]:
        return [r for r in self.rows if r.ok]

    @property
    def problem_rows(self) -> list[RowResult]:
        return [r for r in self.rows if not r.ok]

    @property
    def ok(self) -> int:
        return sum(1 for r in self.rows if r.ok)

    @property
    def with_problems(self) -> int:
        return len(self.rows) - self.ok

    @property
    def duplicates(self) -> int:
        return sum(1 for r in self.rows if r.duplicate_of)

    def problem_lines(self) -> list[str]:
        """One line per problem, as "row 7: email: format" (never a cell's value)."""
        lines = []
        for row in self.problem_rows:
            for key, code in row.problems.items():
                person = key in ("personal_id", "name") and code == "duplicate"
                detail = f" ({row.duplicate_of})" if person and row.duplicate_of else ""
                lines.append(f"row {row.row_number}: {key}: {code}{detail}")
        return lines


def map_columns(headers: list[str]) -> dict[int, str]:
    """Column index → member field, for headers in Finnish, Swedish or English."""
    mapping: dict[int, str] = {}
    seen: set[str] = set()
    repeated: list[str] = []
    for index, header in enumerate(headers):
        name = field_for_header(header)
        if name is None:
            continue
        if name in seen:
            repeated.append(header)
            continue
        seen.add(name)
        mapping[index] = name
    if not mapping:
        raise ImportFileError("no_header")
    if repeated:
        raise ImportFileError("duplicate_columns", columns=repeated)
    missing = [name for name in REQUIRED_FIELDS if name not in seen]
    if missing:
        raise ImportFileError("missing_columns", columns=missing)
    return mapping


def _register_state(uow: UnitOfWork) -> tuple[int, int, int]:
    count, last_id, last_number = uow.session.execute(
        select(func.count(Member.id), func.max(Member.id), func.max(Member.member_number))
    ).one()
    return count, last_id or 0, last_number or 0


def _blank(cell: object) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _refuse_identity_codes_from_non_admin(
    uow: UnitOfWork, table: RawTable, mapping: dict[int, str]
) -> None:
    # A duplicate check on codes would confirm guessed codes, so only an admin imports them.
    if uow.may(Permission.PERSONAL_ID):
        return
    columns = [i for i, name in mapping.items() if name == "personal_id"]
    for raw in table.rows:
        if any(i < len(raw.cells) and not _blank(raw.cells[i]) for i in columns):
            raise ImportFileError("personal_id_admin_only", columns=[table.headers[columns[0]]])


@requires(Permission.MEMBER_REGISTER)
def preview_import(uow: UnitOfWork, table: RawTable, today: date | None = None) -> ImportPreview:
    """Check every row against the form rules, the file and the register; saves nothing."""
    today = today or date.today()
    mapping = map_columns(table.headers)
    width = len(table.headers)
    _refuse_identity_codes_from_non_admin(uow, table, mapping)
    rows = []
    for raw in table.rows:
        values = {name: raw.cells[i] for i, name in mapping.items() if i < len(raw.cells)}
        result = parse_row(raw.number, values, today)
        if not all(_blank(cell) for cell in raw.cells[width:]):
            # More cells than headers: usually an unquoted separator shifted the row.
            result.problems["columns"] = "too_many"
        rows.append(result)
    state = _register_state(uow)
    coop = uow.session.scalar(select(Cooperative).limit(1))
    check_duplicates(uow, rows)
    check_numbers(uow, rows)
    check_shares(coop, rows)
    assign_numbers(rows, state[2])
    return ImportPreview(
        source=table.source,
        columns={table.headers[i]: name for i, name in mapping.items()},
        ignored_columns=[h for i, h in enumerate(table.headers) if i not in mapping and h],
        rows=rows,
        today=today,
        share_price=coop.share_price if coop else None,
        register_state=state,
    )


class _ImportBatch:
    """Stands for the whole import in the audit log."""

    __tablename__ = "member_import"
    id = None


def _add_member(uow: UnitOfWork, row: RowResult, coop: Cooperative | None) -> Member:
    """One member with their shares and payment, as create/accept/subscribe/pay would."""
    form = row.form
    assert form is not None  # only rows without problems are imported
    member = Member(status=row.status, accepted_on=row.accepted_on, member_number=row.member_number)
    for f in fields(MemberForm):
        if f.name not in ("consents", "personal_id"):
            setattr(member, f.name, getattr(form, f.name))
    member.personal_id = form.personal_id or None
    uow.session.add(member)
    uow.session.flush()  # the share reference is built from the member's id
    if row.share_count and coop is not None:
        on = row.accepted_on or form.applied_on
        subscription = ShareSubscription(
            member_id=member.id,
            subscribed_on=on,
            kind=ShareKind.BASIC,
            share_count=row.share_count,
            unit_price=coop.share_price,
            reference=member_reference(member.id),
        )
        uow.session.add(subscription)
        if row.paid:
            payment = SharePayment(
                subscription=subscription,
                amount=row.paid,
                paid_on=on,
                method=SharePaymentMethod.BANK,
                reference=subscription.reference,
            )
            uow.session.add(payment)
    return member


@requires(Permission.MEMBER_REGISTER)
def commit_import(
    uow: UnitOfWork, preview: ImportPreview, *, skip_problem_rows: bool = False
) -> int:
    """Save the preview's good rows in one transaction; nothing is saved if anything fails.

    Refuses a preview with problem rows unless skip_problem_rows, and one made before the
    register changed (numbers and duplicates would no longer hold).
    """
    if preview.with_problems and not skip_problem_rows:
        raise ServiceError(
            f"{preview.with_problems} rows have problems; nothing was imported",
            code="import_problems",
        )
    rows = preview.ok_rows
    if not rows:
        return 0
    coop = uow.session.scalar(select(Cooperative).limit(1))
    price = coop.share_price if coop else None
    if _register_state(uow) != preview.register_state or price != preview.share_price:
        raise ServiceError(
            "the member register changed after the preview; preview again", code="register_changed"
        )
    for done, row in enumerate(rows):
        _add_member(uow, row, coop)
        uow.progress(done, len(rows))
    uow.session.flush()
    return len(rows)
