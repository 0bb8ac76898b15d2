"""The member list as a spreadsheet for Excel: CSV the Finnish way, or a real XLSX workbook.

Never the identity code. The headers are ones the import reads back.
"""

from __future__ import annotations

import csv
import os
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from app.domain import Member

from .errors import ServiceError, ValidationError
from .member_import_columns import (
    EXPORT_FIELDS,
    EXPORT_HEADERS,
    KIND_LABELS,
    LANGUAGE_LABELS,
    STATUS_LABELS,
)
from .members import share_totals
from .policy import Permission, requires
from .uow import UnitOfWork

ZERO = Decimal("0.00")
MONEY_FIELDS = ("paid", "open_fee")
DATE_FIELDS = ("accepted_on", "left_on")
SHEET_TITLES = {"fi": "Jäsenet", "sv": "Medlemmar", "en": "Members"}
_FORMULA_START = ("=", "+", "-", "@")


def _rows(uow: UnitOfWork, lang: str) -> list[list[object]]:
    subscribed, paid = share_totals()
    query = (
        select(Member, subscribed.c.shares, subscribed.c.amount, paid.c.paid)
        .outerjoin(subscribed, subscribed.c.member_id == Member.id)
        .outerjoin(paid, paid.c.member_id == Member.id)
        .order_by(
            Member.member_number.is_(None),
            Member.member_number,
            Member.last_name,
            Member.first_name,
            Member.id,
        )
    )
    rows = []
    for m, shares, amount, paid_amount in uow.session.execute(query):
        values = {
            "member_number": m.member_number,
            "last_name": m.last_name,
            "first_name": m.first_name,
            "kind": KIND_LABELS[lang][m.kind],
            "status": STATUS_LABELS[lang][m.status],
            "accepted_on": m.accepted_on,
            "left_on": m.left_on,
            "street": m.street,
            "postal_code": m.postal_code,
            "city": m.city,
            "municipality": m.municipality,
            "phone": m.phone,
            "email": m.email,
            "language": LANGUAGE_LABELS[lang][m.language],
            "share_count": int(shares or 0),
            "paid": paid_amount or ZERO,
            "open_fee": max((amount or ZERO) - (paid_amount or ZERO), ZERO),
        }
        rows.append([values[name] for name in EXPORT_FIELDS])
    return rows


def _csv_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return f"{value.day}.{value.month}.{value.year}"
    if isinstance(value, Decimal):
        return f"{value:.2f}".replace(".", ",")
    text = str(value)
    # Excel runs a cell starting with = + - @ as a formula; a leading ' keeps it text.
    if text.startswith(_FORMULA_START) and not text.lstrip("+").replace(" ", "").isdigit():
        return "'" + text
    return text


def _write_csv(path: Path, headers: list[str], rows: list[list[object]]) -> None:
    # The BOM makes Excel read UTF-8 (ä, ö, å); ; and decimal commas are Finnish Excel's.
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        writer.writerow(headers)
        writer.writerows([_csv_cell(v) for v in row] for row in rows)


def _write_xlsx(path: Path, headers: list[str], rows: list[list[object]], lang: str) -> None:
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = SHEET_TITLES[lang]
    sheet.append(headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    widths = [len(h) for h in headers]
    for row_index, row in enumerate(rows, start=2):
        for col, (name, value) in enumerate(zip(EXPORT_FIELDS, row, strict=True), start=1):
            if isinstance(value, str):
                value = ILLEGAL_CHARACTERS_RE.sub("", value)
            cell = sheet.cell(row=row_index, column=col, value=value)
            if isinstance(value, str):
                # openpyxl would store "=…" as a formula; a member's data is always text.
                cell.data_type = "s"
            elif name in DATE_FIELDS and value is not None:
                cell.number_format = "d.m.yyyy"
            elif name in MONEY_FIELDS:
                cell.number_format = "#,##0.00"
            shown = 10 if isinstance(value, date) else len(str(value or ""))
            widths[col - 1] = max(widths[col - 1], shown)
    for col, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = min(width + 2, 50)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    book.save(path)


@requires(Permission.MEMBER_REGISTER)
def export_members(uow: UnitOfWork, path: str | Path, *, lang: str = "fi") -> int:
    """Write every member to .csv or .xlsx (by extension) with headers in fi, sv or en;
    returns the number of members. The file is replaced only when fully written."""
    path = Path(path)
    if lang not in EXPORT_HEADERS:
        raise ValidationError({"lang": "unsupported"})
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValidationError({"path": "unsupported_type"})
    headers = [EXPORT_HEADERS[lang][name] for name in EXPORT_FIELDS]
    rows = _rows(uow, lang)
    partial = path.with_name(f".{path.name}.partial")
    try:
        if suffix == ".csv":
            _write_csv(partial, headers, rows)
        else:
            _write_xlsx(partial, headers, rows, lang)
        os.replace(partial, path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise ServiceError(f"cannot write {path.name}: {exc.strerror or exc}") from exc
    return len(rows)
