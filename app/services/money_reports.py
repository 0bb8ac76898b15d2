"""Reports on money for the treasurer and the accountant: receivables aging per customer,
sales per customer and per service, the VAT summary per rate for the VAT return, and the
invoice journal. Each is a table (headers in fi, sv or en) shown on screen or written as
CSV or XLSX."""

from __future__ import annotations

import csv
import os
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import or_, select

from app.domain import Invoice, InvoiceBalance, InvoiceLine, InvoiceSeries, Payment, Service
from app.domain.enums import InvoiceKind, InvoiceState

from .errors import ServiceError, ValidationError
from .listing import likely
from .policy import Permission, requires
from .receivables import ZERO, open_amounts
from .uow import UnitOfWork

REPORTS = ("aging", "sales_customer", "sales_service", "vat", "journal")
# key: (Finnish, Finland-Swedish, English)
_WORDS: dict[str, tuple[str, str, str]] = {
    "aging": (
        "Myyntisaamisten ikäjakauma",
        "Kundfordringarnas åldersfördelning",
        "Receivables aging",
    ),
    "sales_customer": ("Myynti asiakkaittain", "Försäljning per kund", "Sales per customer"),
    "sales_service": ("Myynti palveluittain", "Försäljning per tjänst", "Sales per service"),
    "vat": ("Arvonlisävero verokannoittain", "Moms per skattesats", "VAT per rate"),
    "journal": ("Laskupäiväkirja", "Fakturajournal", "Invoice journal"),
    "customer": ("Asiakas", "Kund", "Customer"),
    "service": ("Palvelu", "Tjänst", "Service"),
    "other": ("Muut rivit", "Övriga rader", "Other lines"),
    "not_due": ("Ei erääntynyt", "Inte förfallet", "Not due"),
    "d0_14": ("0–14 pv", "0–14 d", "0–14 days"),
    "d15_30": ("15–30 pv", "15–30 d", "15–30 days"),
    "d31_60": ("31–60 pv", "31–60 d", "31–60 days"),
    "over_60": ("yli 60 pv", "över 60 d", "over 60 days"),
    "total": ("Yhteensä", "Totalt", "Total"),
    "net": ("Veroton", "Netto", "Net"),
    "vat_amount": ("ALV", "Moms", "VAT"),
    "gross": ("Verollinen", "Brutto", "Gross"),
    "rate": ("Verokanta %", "Skattesats %", "VAT rate %"),
    "vat_code": ("Verokoodi", "Momskod", "VAT code"),
    "number": ("Numero", "Nummer", "Number"),
    "kind": ("Laji", "Typ", "Type"),
    "invoice": ("Lasku", "Faktura", "Invoice"),
    "credit_note": ("Hyvityslasku", "Kreditnota", "Credit note"),
    "issue_date": ("Laskun pvm", "Fakturadatum", "Invoice date"),
    "due_date": ("Eräpäivä", "Förfallodag", "Due date"),
    "vat_at": ("ALV {rate} %", "Moms {rate} %", "VAT {rate} %"),
    "paid": ("Maksettu", "Betalt", "Paid"),
    "open": ("Avoinna", "Öppet", "Open"),
    "invoices": ("Laskuja", "Fakturor", "Invoices"),
}
LANGS = ("fi", "sv", "en")


def word(key: str, lang: str) -> str:
    return _WORDS[key][LANGS.index(lang)]


@dataclass
class ReportTable:
    """A report as rows of plain values (str, int, date, Decimal); the last row may be totals."""

    title: str
    headers: list[str]
    rows: list[list[object]] = field(default_factory=list)
    has_total: bool = False

    def column(self, header: str) -> list[object]:
        index = self.headers.index(header)
        return [row[index] for row in self.rows]


def _check(lang: str, start: date | None = None, end: date | None = None) -> None:
    problems = {}
    if lang not in LANGS:
        problems["lang"] = "unsupported"
    if start is not None and end is not None and end < start:
        problems["end"] = "before_start"
    if problems:
        raise ValidationError(problems)


def _issued(start: date, end: date):
    return select(Invoice).where(
        Invoice.state == InvoiceState.ISSUED,
        Invoice.issue_date >= start,
        Invoice.issue_date <= end,
    )


def _bucket(days_overdue: int) -> int:
    if days_overdue <= 0:
        return 0
    if days_overdue <= 14:
        return 1
    if days_overdue <= 30:
        return 2
    if days_overdue <= 60:
        return 3
    return 4


@requires(Permission.INVOICING)
def aging(uow: UnitOfWork, on: date, lang: str = "fi") -> ReportTable:
    """What each customer owes on `on`, by how many days it is overdue."""
    _check(lang)
    rows = list(
        uow.session.execute(
            select(Invoice.buyer_name, Invoice.due_date, InvoiceBalance.open_amount)
            .join(InvoiceBalance, InvoiceBalance.invoice_id == Invoice.id)
            # Only issued invoices have an open amount: the stored balances find them by index.
            .where(
                or_(InvoiceBalance.open_amount < 0, InvoiceBalance.open_amount > 0),
                likely(Invoice.issue_date <= on),
            )
        )
    )
    per_customer: dict[str, list[Decimal]] = defaultdict(lambda: [ZERO] * 5)
    for r in rows:
        amount = r.open_amount
        days = (on - r.due_date).days if r.due_date else 0
        per_customer[r.buyer_name][_bucket(days)] += amount
    keys = ("not_due", "d0_14", "d15_30", "d31_60", "over_60")
    table = ReportTable(
        word("aging", lang),
        [word("customer", lang), *(word(k, lang) for k in keys), word("total", lang)],
        has_total=True,
    )
    totals = [ZERO] * 5
    for name in sorted(per_customer, key=str.casefold):
        amounts = per_customer[name]
        table.rows.append([name, *amounts, sum(amounts, ZERO)])
        totals = [a + b for a, b in zip(totals, amounts, strict=True)]
    table.rows.append([word("total", lang), *totals, sum(totals, ZERO)])
    return table


@requires(Permission.INVOICING)
def sales_per_customer(uow: UnitOfWork, start: date, end: date, lang: str = "fi") -> ReportTable:
    """Net, VAT and gross per customer of invoices less credit notes issued in the period."""
    _check(lang, start, end)
    sums: dict[str, list[Decimal]] = defaultdict(lambda: [ZERO, ZERO, ZERO])
    for invoice in uow.session.scalars(_issued(start, end)):
        row = sums[invoice.buyer_name]
        row[0] += invoice.total_net
        row[1] += invoice.total_vat
        row[2] += invoice.total_gross
    table = ReportTable(
        word("sales_customer", lang),
        [word(k, lang) for k in ("customer", "net", "vat_amount", "gross")],
        has_total=True,
    )
    totals = [ZERO, ZERO, ZERO]
    for name in sorted(sums, key=str.casefold):
        table.rows.append([name, *sums[name]])
        totals = [a + b for a, b in zip(totals, sums[name], strict=True)]
    table.rows.append([word("total", lang), *totals])
    return table


@requires(Permission.INVOICING)
def sales_per_service(uow: UnitOfWork, start: date, end: date, lang: str = "fi") -> ReportTable:
    """Net sales per service of the price list (lines without one: "other lines")."""
    _check(lang, start, end)
    names = {
        s.id: (getattr(s, f"name_{lang}") or s.name_fi)
        for s in uow.session.scalars(select(Service))
    }
    sums: dict[str, list[Decimal]] = defaultdict(lambda: [ZERO, ZERO, ZERO])
    lines = uow.session.execute(
        select(InvoiceLine.service_id, InvoiceLine.net_amount, InvoiceLine.vat_amount,
               InvoiceLine.gross_amount)
        .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
        .where(
            Invoice.state == InvoiceState.ISSUED,
            Invoice.issue_date >= start,
            Invoice.issue_date <= end,
        )
    )  # fmt: skip
    for service_id, net, vat, gross in lines:
        row = sums[names.get(service_id) or word("other", lang)]
        row[0] += net
        row[1] += vat
        row[2] += gross
    table = ReportTable(
        word("sales_service", lang),
        [word(k, lang) for k in ("service", "net", "vat_amount", "gross")],
        has_total=True,
    )
    totals = [ZERO, ZERO, ZERO]
    for name in sorted(sums, key=str.casefold):
        table.rows.append([name, *sums[name]])
        totals = [a + b for a, b in zip(totals, sums[name], strict=True)]
    table.rows.append([word("total", lang), *totals])
    return table


@requires(Permission.INVOICING)
def vat_summary(uow: UnitOfWork, start: date, end: date, lang: str = "fi") -> ReportTable:
    """Net and VAT per rate and VAT code from invoices and credit notes by issue date: the
    figures of the VAT return."""
    _check(lang, start, end)
    sums: dict[tuple[Decimal, str], list[Decimal]] = defaultdict(lambda: [ZERO, ZERO])
    lines = uow.session.execute(
        select(InvoiceLine.vat_rate, InvoiceLine.vat_code, InvoiceLine.net_amount,
               InvoiceLine.vat_amount)
        .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
        .where(
            Invoice.state == InvoiceState.ISSUED,
            Invoice.issue_date >= start,
            Invoice.issue_date <= end,
        )
    )  # fmt: skip
    for rate, code, net, vat in lines:
        sums[(rate, code)][0] += net
        sums[(rate, code)][1] += vat
    table = ReportTable(
        word("vat", lang),
        [word(k, lang) for k in ("rate", "vat_code", "net", "vat_amount")],
        has_total=True,
    )
    totals = [ZERO, ZERO]
    for (rate, code), (net, vat) in sorted(sums.items(), key=lambda kv: (-kv[0][0], kv[0][1])):
        table.rows.append([rate, code, net, vat])
        totals = [totals[0] + net, totals[1] + vat]
    table.rows.append([word("total", lang), "", *totals])
    return table


@requires(Permission.INVOICING)
def invoice_journal(uow: UnitOfWork, start: date, end: date, lang: str = "fi") -> ReportTable:
    """Every invoice and credit note issued in the period, in number order, with VAT per rate,
    what has been paid and what is open (for the accountant)."""
    _check(lang, start, end)
    session = uow.session
    invoices = list(
        session.execute(
            select(Invoice, InvoiceSeries.prefix)
            .join(InvoiceSeries, InvoiceSeries.id == Invoice.series_id)
            .where(
                Invoice.state == InvoiceState.ISSUED,
                Invoice.issue_date >= start,
                Invoice.issue_date <= end,
            )
            .order_by(InvoiceSeries.prefix, Invoice.number)
        )
    )
    ids = [i.id for i, _ in invoices]
    vat_by: dict[int, dict[Decimal, Decimal]] = defaultdict(lambda: defaultdict(lambda: ZERO))
    for invoice_id, rate, vat in session.execute(
        select(InvoiceLine.invoice_id, InvoiceLine.vat_rate, InvoiceLine.vat_amount).where(
            InvoiceLine.invoice_id.in_(ids)
        )
    ):
        vat_by[invoice_id][rate] += vat
    paid: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for invoice_id, amount in session.execute(
        select(Payment.invoice_id, Payment.amount).where(Payment.invoice_id.in_(ids))
    ):
        paid[invoice_id] += amount
    opens = open_amounts(session, ids)
    rates = sorted({rate for per in vat_by.values() for rate in per}, reverse=True)
    headers = [word(k, lang) for k in ("number", "kind", "issue_date", "due_date", "customer")]
    headers.append(word("net", lang))
    headers += [word("vat_at", lang).format(rate=_rate_text(r, lang)) for r in rates]
    headers += [word(k, lang) for k in ("gross", "paid", "open")]
    table = ReportTable(word("journal", lang), headers, has_total=True)
    totals = [ZERO] * (len(rates) + 4)
    for invoice, prefix in invoices:
        kind = word("credit_note" if invoice.kind == InvoiceKind.CREDIT_NOTE else "invoice", lang)
        money = [
            invoice.total_net,
            *(vat_by[invoice.id].get(r, ZERO) for r in rates),
            invoice.total_gross,
            paid[invoice.id],
            opens[invoice.id] if invoice.kind == InvoiceKind.INVOICE else ZERO,
        ]
        table.rows.append(
            [f"{prefix}{invoice.number}", kind, invoice.issue_date, invoice.due_date,
             invoice.buyer_name, *money]
        )  # fmt: skip
        totals = [a + b for a, b in zip(totals, money, strict=True)]
    table.rows.append([word("total", lang), "", None, None, "", *totals])
    return table


def _rate_text(rate: Decimal, lang: str) -> str:
    text = f"{rate.normalize():f}"
    return text.replace(".", ",") if lang != "en" else text


# -- files -----------------------------------------------------------------------------------
_FORMULA_START = ("=", "+", "-", "@")


def _csv_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return f"{value.day}.{value.month}.{value.year}"
    if isinstance(value, Decimal):
        return f"{value:.2f}".replace(".", ",")
    text = str(value)
    # Excel runs a cell starting with = + - @ as a formula; a leading ' keeps it text.
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text


def write_report(table: ReportTable, path: str | Path) -> Path:
    """Write the table as .csv (Finnish Excel: ; and decimal comma) or .xlsx, by extension.
    The file is replaced only when fully written."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValidationError({"path": "unsupported_type"})
    partial = path.with_name(f".{path.name}.partial")
    try:
        if suffix == ".csv":
            # The BOM makes Excel read UTF-8 (ä, ö, å).
            with partial.open("w", encoding="utf-8-sig", newline="") as out:
                writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
                writer.writerow(table.headers)
                writer.writerows([_csv_cell(v) for v in row] for row in table.rows)
        else:
            _write_xlsx(table, partial)
        os.replace(partial, path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise ServiceError(f"cannot write {path.name}: {exc.strerror or exc}") from exc
    return path


def _write_xlsx(table: ReportTable, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = table.title[:31]
    sheet.append(table.headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    widths = [len(h) for h in table.headers]
    for row_index, row in enumerate(table.rows, start=2):
        for col, value in enumerate(row, start=1):
            if isinstance(value, str):
                value = ILLEGAL_CHARACTERS_RE.sub("", value)
            cell = sheet.cell(row=row_index, column=col, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # names are text, never formulas
            elif isinstance(value, date):
                cell.number_format = "d.m.yyyy"
            elif isinstance(value, Decimal):
                cell.number_format = "#,##0.00"
            if table.has_total and row_index == len(table.rows) + 1:
                cell.font = Font(bold=True)
            shown = 10 if isinstance(value, date) else len(str(value or ""))
            widths[col - 1] = max(widths[col - 1], shown)
    for col, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = min(width + 2, 50)
    sheet.freeze_panes = "A2"
    book.save(path)
