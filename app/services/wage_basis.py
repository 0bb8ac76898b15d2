"""The month's wage basis for payroll: hours per service and rate, km, gross, share-fee
deductions and totals per member, as CSV or XLSX. Payroll itself happens outside Osuva."""

from __future__ import annotations

import os
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from app.domain import Member, Service

from .earnings import ZERO, cents, entry_lines, month_span, refuse_missing_rates
from .errors import ServiceError, ValidationError
from .member_export import _write_csv
from .policy import Permission, requires
from .uow import UnitOfWork
from .wage_deductions import wage_deduction_list


@dataclass(frozen=True)
class BasisLine:
    """Hours of one service at one rate (a rate change mid-month makes two lines)."""

    service_names: dict[str, str]
    rate: Decimal | None  # None on the volunteer line
    hours: Decimal
    gross: Decimal
    km: Decimal
    volunteer: bool = False

    def service(self, lang: str) -> str:
        return self.service_names.get(lang) or self.service_names["fi"]


@dataclass
class BasisMember:
    member_id: int
    member_number: int | None
    name: str
    lines: list[BasisLine] = field(default_factory=list)
    deduction: Decimal = ZERO

    @property
    def hours(self) -> Decimal:
        return sum((ln.hours for ln in self.lines if not ln.volunteer), ZERO)

    @property
    def volunteer_hours(self) -> Decimal:
        return sum((ln.hours for ln in self.lines if ln.volunteer), ZERO)

    @property
    def gross(self) -> Decimal:
        return sum((ln.gross for ln in self.lines), ZERO)

    @property
    def km(self) -> Decimal:
        return sum((ln.km for ln in self.lines), ZERO)


@dataclass(frozen=True)
class WageBasis:
    month: date
    members: list[BasisMember]

    def total(self, name: str) -> Decimal:
        return sum((getattr(m, name) for m in self.members), ZERO)


@requires(Permission.WORK_ENTRIES)
def wage_basis(uow: UnitOfWork, month: date) -> WageBasis:
    """The month for payroll; MissingRate (nothing written) if paid hours lack a rate."""
    session = uow.session
    month = month.replace(day=1)
    start, end = month_span(month)
    lines = entry_lines(session, start, end)
    refuse_missing_rates(session, lines)
    grouped: dict[tuple[int, int, Decimal | None, bool], list[Decimal]] = defaultdict(
        lambda: [ZERO, ZERO]
    )
    for ln in lines:
        key = (ln.member_id, ln.service_id, ln.rate, ln.volunteer)
        grouped[key][0] += ln.hours
        grouped[key][1] += ln.km
    deductions = {
        row.member_id: row.amount + row.recorded for row in wage_deduction_list(uow, month)
    }
    ids = {key[0] for key in grouped} | {m for m, amount in deductions.items() if amount > 0}
    services = {
        s.id: {"fi": s.name_fi, "sv": s.name_sv, "en": s.name_en}
        for s in session.scalars(select(Service).where(Service.id.in_({k[1] for k in grouped})))
    }
    members = {
        m.id: BasisMember(m.id, m.member_number, f"{m.last_name}, {m.first_name}")
        for m in session.execute(
            select(Member.id, Member.member_number, Member.first_name, Member.last_name).where(
                Member.id.in_(ids)
            )
        )
    }
    for (member_id, service_id, rate, volunteer), (hours, km) in sorted(
        grouped.items(), key=lambda item: (services[item[0][1]]["fi"], item[0][3], item[0][2] or 0)
    ):
        gross = ZERO if volunteer else cents(hours * rate)
        members[member_id].lines.append(
            BasisLine(services[service_id], rate, hours, gross, km, volunteer)
        )
    for member_id, amount in deductions.items():
        if member_id in members:
            members[member_id].deduction = amount
    ordered = sorted(
        members.values(), key=lambda m: (m.member_number is None, m.member_number or 0, m.name)
    )
    return WageBasis(month, ordered)


HEADERS = {
    "fi": (
        "Jäsennumero",
        "Nimi",
        "Palvelu",
        "Tunnit",
        "Tuntipalkka (€)",
        "Bruttopalkka (€)",
        "Km",
        "Vapaaehtoistunnit",
        "Osuusmaksu palkasta (€)",
    ),
    "sv": (
        "Medlemsnummer",
        "Namn",
        "Tjänst",
        "Timmar",
        "Timlön (€)",
        "Bruttolön (€)",
        "Km",
        "Frivilliga timmar",
        "Andelsavgift från lönen (€)",
    ),
    "en": (
        "Member number",
        "Name",
        "Service",
        "Hours",
        "Hourly rate (€)",
        "Gross wage (€)",
        "Km",
        "Volunteer hours",
        "Share fee from wages (€)",
    ),
}
WORDS = {
    "fi": {"total": "Yhteensä", "all": "Kaikki yhteensä", "volunteer": "vapaaehtoistyö"},
    "sv": {"total": "Totalt", "all": "Alla totalt", "volunteer": "frivilligt arbete"},
    "en": {"total": "Total", "all": "All members", "volunteer": "volunteer work"},
}
SHEET_TITLES = {"fi": "Palkkaperuste", "sv": "Lönegrund", "en": "Wage basis"}
MONEY_COLUMNS = (4, 5, 8)
HOUR_COLUMNS = (3, 6, 7)


def basis_rows(basis: WageBasis, lang: str) -> list[list[object]]:
    """The sheet: each member's service lines, then the member's total; the grand total last.

    Columns: number, name, service, hours, rate, gross, km, volunteer hours, deduction.
    """
    words = WORDS[lang]
    rows: list[list[object]] = []
    for m in basis.members:
        who = [m.member_number, m.name]
        for ln in m.lines:
            service = ln.service(lang)
            if ln.volunteer:
                label = f"{service} ({words['volunteer']})"
                rows.append([*who, label, None, None, None, ln.km, ln.hours, None])
            else:
                rows.append([*who, service, ln.hours, ln.rate, ln.gross, ln.km, None, None])
        totals = [m.hours, None, m.gross, m.km, m.volunteer_hours, m.deduction]
        rows.append([*who, words["total"], *totals])
    grand = [basis.total(k) for k in ("hours", "gross", "km", "volunteer_hours", "deduction")]
    rows.append([None, words["all"], None, grand[0], None, *grand[1:]])
    return rows


def _write_xlsx(path: Path, headers: tuple[str, ...], rows: list[list[object]], lang: str) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = SHEET_TITLES[lang]
    sheet.append(list(headers))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for index, row in enumerate(rows, start=2):
        total = row[2] in (WORDS[lang]["total"], None)
        for col, value in enumerate(row, start=1):
            cell = sheet.cell(row=index, column=col, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # a name is text, never a formula
            elif col - 1 in MONEY_COLUMNS:
                cell.number_format = "#,##0.00"
            elif col - 1 in HOUR_COLUMNS:
                cell.number_format = "0.00"
            if total:
                cell.font = Font(bold=True)
    for col, width in zip("ABCDEFGHI", (12, 28, 30, 10, 14, 15, 8, 16, 22), strict=True):
        sheet.column_dimensions[col].width = width
    sheet.freeze_panes = "A2"
    book.save(path)


@requires(Permission.WORK_ENTRIES)
def export_wage_basis(uow: UnitOfWork, month: date, path: str | Path, *, lang: str = "fi") -> int:
    """Write the month's wage basis to .csv or .xlsx; returns the number of members.

    A missing rate raises MissingRate before anything is written.
    """
    path = Path(path)
    if lang not in HEADERS:
        raise ValidationError({"lang": "unsupported"})
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValidationError({"path": "unsupported_type"})
    basis = wage_basis(uow, month)
    rows = basis_rows(basis, lang)
    partial = path.with_name(f".{path.name}.partial")
    try:
        if suffix == ".csv":
            _write_csv(partial, list(HEADERS[lang]), rows)
        else:
            _write_xlsx(partial, HEADERS[lang], rows, lang)
        os.replace(partial, path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise ServiceError(f"cannot write {path.name}: {exc.strerror or exc}") from exc
    return len(basis.members)
