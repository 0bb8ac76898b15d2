"""Checks of import rows against each other, the register and the share rules."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app.domain import Cooperative, Member

from .member_import_rows import Duplicate, RowResult
from .policy import Permission, requires
from .uow import UnitOfWork


@requires(Permission.MEMBER_REGISTER)
def check_duplicates(uow: UnitOfWork, rows: list[RowResult]) -> None:
    """Same identity code, or same name and birth date: in the register or earlier rows."""
    by_code: dict[str, Duplicate] = {}
    by_name: dict[tuple[str, str, date], Duplicate] = {}
    people = uow.session.execute(
        select(
            Member.member_number,
            Member.status,
            Member.first_name,
            Member.last_name,
            Member.birth_date,
            Member.personal_id,
        )
    )
    for number, status, first, last, birth, code in people:
        label = Duplicate(member_number=number, status=status, name=f"{first} {last}")
        if code:
            by_code[code] = label
        if birth:
            by_name.setdefault((first.casefold(), last.casefold(), birth), label)
    for row in rows:
        form = row.form
        if form is None:
            continue
        name = None
        if form.birth_date:
            name = (form.first_name.casefold(), form.last_name.casefold(), form.birth_date)
        if form.personal_id and form.personal_id in by_code:
            row.duplicate = by_code[form.personal_id]
            row.problems["personal_id"] = "duplicate"
        elif name and name in by_name:
            row.duplicate = by_name[name]
            row.problems["name"] = "duplicate"
        label = Duplicate(row_number=row.row_number, name=f"{form.first_name} {form.last_name}")
        if form.personal_id:
            by_code.setdefault(form.personal_id, label)
        if name:
            by_name.setdefault(name, label)


@requires(Permission.MEMBER_REGISTER)
def check_numbers(uow: UnitOfWork, rows: list[RowResult]) -> None:
    """A given member number must be free in the register and unique in the file."""
    taken = set(
        uow.session.scalars(select(Member.member_number).where(Member.member_number.is_not(None)))
    )
    seen: set[int] = set()
    for row in rows:
        if not row.number_given or row.member_number is None:
            continue
        if row.member_number in taken:
            row.problems["member_number"] = "taken"
        elif row.member_number in seen:
            row.problems["member_number"] = "duplicate"
        seen.add(row.member_number)


def check_shares(coop: Cooperative | None, rows: list[RowResult]) -> None:
    """The rules subscribe_shares and record_share_payment apply, checked before saving."""
    for row in rows:
        if row.share_count is None:
            continue
        if coop is None:
            row.problems["share_count"] = "no_cooperative"
            continue
        if coop.max_shares_per_member and row.share_count > coop.max_shares_per_member:
            row.problems["share_count"] = "over_limit"
        elif row.paid and row.paid > coop.share_price * row.share_count:
            # An import cannot confirm an overpayment the way the payment dialog does.
            row.problems["paid"] = "overpayment"


def assign_numbers(rows: list[RowResult], last_number: int) -> None:
    """Rows to accept get the next numbers in file order, after every number in use."""
    given = [r.member_number or 0 for r in rows if r.ok and r.number_given]
    number = max([last_number, *given])
    for row in rows:
        if not row.number_given:
            row.member_number = None
            if row.ok and row.accepted_on is not None:
                number += 1
                row.member_number = number
