"""Osuusmaksuerittely: a member's share fee statement with payment details and an EPC QR code."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from xml.sax.saxutils import escape

import segno
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle
from sqlalchemy import select

from app.domain import Cooperative, ShareSubscription
from app.domain.enums import SharePaymentMethod
from app.fi.epc_qr import epc_qr_code, epc_qr_payload
from app.fi.ids import format_iban
from app.fi.reference import format_fi_reference
from app.services.members import get_member
from app.services.policy import Permission, requires
from app.services.share_ledger import InstallmentLine, share_ledger
from app.services.uow import UnitOfWork

from .base import DocumentRenderer, Letterhead, letterhead
from .style import ACCENT, BOX_BG, RULE

# (text key, width in mm, right-aligned): the tables span the 174 mm of the page.
SUBSCRIPTION_COLUMNS = (
    ("col_date", 44, False),
    ("col_shares", 40, True),
    ("col_price", 45, True),
    ("col_amount", 45, True),
)
PAYMENT_COLUMNS = (("col_date", 44, False), ("col_method", 85, False), ("col_amount", 45, True))
INSTALLMENT_COLUMNS = (
    ("col_date", 44, False),
    ("col_amount", 40, True),
    ("col_paid", 45, True),
    ("col_status", 45, False),
)


@dataclass(frozen=True)
class SubscriptionLine:
    on: date
    shares: int
    unit_price: Decimal
    amount: Decimal


@dataclass(frozen=True)
class PaymentLine:
    on: date
    method: SharePaymentMethod | None  # None for a refund paid to the member
    amount: Decimal


@dataclass(frozen=True)
class StatementData:
    """Everything the statement prints, gathered read-only."""

    head: Letterhead
    member_number: int | None
    name: str
    street: str
    postal_code: str
    city: str
    language: str
    iban: str
    bic: str
    reference: str
    subscriptions: list[SubscriptionLine]
    payments: list[PaymentLine]
    installments: list[InstallmentLine]
    subscribed: Decimal
    paid: Decimal
    open: Decimal
    refund_due: Decimal
    refund_due_on: date | None
    next_installment: InstallmentLine | None
    overdue: Decimal
    due_on: date | None
    issued_on: date

    def qr_payload(self) -> str | None:
        """The EPC QR text for the open amount, or None when nothing is open."""
        if self.open <= 0:
            return None
        # A bank app refuses a requested date in the past; an overdue fee is paid at once.
        due = self.due_on if self.due_on and self.due_on >= self.issued_on else None
        return epc_qr_payload(
            bic=self.bic,
            name=self.head.name,
            iban=self.iban,
            amount=self.open,
            reference=self.reference,
            due=due,
        )


@requires(Permission.SHARES)
def statement_data(uow: UnitOfWork, member_id: int, today: date) -> StatementData:
    """Gather a member's share fee statement as of ``today``."""
    member = get_member(uow, member_id)
    ledger = share_ledger(uow, member_id)
    coop = uow.session.scalar(select(Cooperative).limit(1))
    subscriptions = [
        SubscriptionLine(s.subscribed_on, s.share_count, s.unit_price, s.amount)
        for s in uow.session.scalars(
            select(ShareSubscription)
            .where(ShareSubscription.member_id == member_id)
            .order_by(ShareSubscription.subscribed_on, ShareSubscription.id)
        )
    ]
    payments = [
        PaymentLine(e.on, e.method, e.amount)
        for e in ledger.entries
        if e.kind in ("payment", "refund")
    ]
    pending = [i for i in ledger.installments if not i.settled]
    next_installment = pending[0] if pending and ledger.open > 0 else None
    overdue = sum((i.amount - i.paid for i in pending if i.due_on < today), Decimal("0.00"))
    due_on = None
    if next_installment is not None:
        due_on = next_installment.due_on
    elif ledger.open > 0:
        # No plan: the cooperative's usual payment term from the statement date.
        due_on = today + timedelta(days=coop.payment_term_days)
    form = member.form
    return StatementData(
        head=letterhead(uow),
        member_number=member.member_number,
        name=f"{form.first_name} {form.last_name}",
        street=form.street,
        postal_code=form.postal_code,
        city=form.city,
        language=str(form.language),
        iban=coop.iban,
        bic=coop.bic,
        reference=ledger.reference,
        subscriptions=subscriptions,
        payments=payments,
        installments=ledger.installments,
        subscribed=ledger.subscribed,
        paid=ledger.paid,
        open=ledger.open,
        refund_due=ledger.refund_due,
        refund_due_on=ledger.refund_due_on,
        next_installment=next_installment,
        overdue=min(overdue, ledger.open),
        due_on=due_on,
        issued_on=today,
    )


class QrFlowable(Flowable):
    """A QR code drawn as vector squares: sharp at any zoom and on any printer."""

    def __init__(self, qr: segno.QRCode, size: float, border: int = 4) -> None:
        super().__init__()
        self.qr = qr
        self.size = size
        self.border = border

    def wrap(self, *_: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        rows = [list(row) for row in self.qr.matrix]
        count = len(rows) + 2 * self.border
        module = self.size / count
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor("white")
        canvas.rect(0, 0, self.size, self.size, stroke=0, fill=1)
        canvas.setFillColor("black")
        path = canvas.beginPath()
        for r, row in enumerate(rows):
            y = self.size - (r + self.border + 1) * module
            c = 0
            while c < len(row):
                if row[c]:
                    start = c
                    while c < len(row) and row[c]:
                        c += 1
                    # One rectangle per dark run keeps the PDF small.
                    path.rect((start + self.border) * module, y, (c - start) * module, module)
                else:
                    c += 1
        canvas.drawPath(path, stroke=0, fill=1)
        canvas.restoreState()


class ShareStatementRenderer(DocumentRenderer):
    """The statement in the member's own language unless another is asked for."""

    document = "share_statement"

    def __init__(self, data: StatementData, lang: str | None = None) -> None:
        super().__init__(data.head, lang or data.language)
        self.data = data
        self.qr_payload = data.qr_payload()

    def header_note(self) -> str:
        return self.day(self.data.issued_on)

    def story(self) -> list[Flowable]:
        d = self.data
        flow: list[Flowable] = [self._address_block(), Spacer(1, 10 * mm)]
        flow += [self.para(escape(self.title()), "title"), Spacer(1, 2 * mm), self._totals()]
        flow += self._section("subscriptions", self._subscriptions())
        flow += self._section("payments", self._payments())
        if d.installments:
            flow += self._section("installments", self._installments())
        flow.append(Spacer(1, 6 * mm))
        if self.qr_payload is not None:
            flow.append(self._how_to_pay())
        elif d.subscriptions and d.refund_due == 0:
            flow.append(self.para(escape(self.t("fully_paid")), "body"))
        if d.refund_due > 0 and d.refund_due_on is not None:
            due = self.tx(
                "refund_due", amount=self.money(d.refund_due), date=self.day(d.refund_due_on)
            )
            flow.append(self.para(due, "body"))
        return flow

    def _section(self, key: str, body: Flowable) -> list[Flowable]:
        return [KeepTogether([self.para(escape(self.t(key)), "heading"), body])]

    def _address_block(self) -> Table:
        d = self.data
        town = " ".join(p for p in (d.postal_code, d.city) if p)
        address = "<br/>".join(escape(p) for p in (d.name, d.street, town) if p)
        info = [
            ("date", self.day(d.issued_on)),
            ("member_number", str(d.member_number) if d.member_number else "–"),
            ("reference", format_fi_reference(d.reference)),
        ]
        info_table = self.pairs([(self.t(k, "common"), v) for k, v in info], (38, 42))
        outer = Table([[self.para(address, "body"), info_table]], colWidths=[94 * mm, 80 * mm])
        outer.setStyle(
            TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
        )
        return outer

    def _totals(self) -> Table:
        d = self.data
        keys = ("subscribed", "paid", "open")
        amounts = (d.subscribed, d.paid, d.open)
        rows = [
            [self.cell(self.t(k), "label") for k in keys],
            [self.cell(self.money(a), "value") for a in amounts],
        ]
        table = Table(rows, colWidths=[58 * mm] * 3, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), BOX_BG),
                    ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
                    ("LINEBELOW", (0, -1), (-1, -1), 0.4, RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        return table

    def _subscriptions(self) -> Flowable:
        if not self.data.subscriptions:
            return self.para(escape(self.t("no_subscriptions")))
        rows = [
            [
                self.cell(self.day(s.on)),
                self.cell(s.shares, "td_right"),
                self.cell(self.money(s.unit_price), "td_right"),
                self.cell(self.money(s.amount), "td_right"),
            ]
            for s in self.data.subscriptions
        ]
        return self.grid(SUBSCRIPTION_COLUMNS, rows)

    def _payments(self) -> Flowable:
        if not self.data.payments:
            return self.para(escape(self.t("no_payments")))
        rows = []
        for p in self.data.payments:
            what = self.t("refund") if p.method is None else self.t(f"method_{p.method}", "common")
            rows.append(
                [
                    self.cell(self.day(p.on)),
                    self.cell(what),
                    self.cell(self.money(p.amount), "td_right"),
                ]
            )
        return self.grid(PAYMENT_COLUMNS, rows)

    def _installments(self) -> Flowable:
        rows = []
        for inst in self.data.installments:
            if inst.settled:
                status = "st_paid"
            elif inst.paid > 0:
                status = "st_partly"
            else:
                status = "st_overdue" if inst.due_on < self.data.issued_on else "st_open"
            rows.append(
                [
                    self.cell(self.day(inst.due_on)),
                    self.cell(self.money(inst.amount), "td_right"),
                    self.cell(self.money(inst.paid), "td_right"),
                    self.cell(self.t(status), "td_bold" if status == "st_overdue" else "td"),
                ]
            )
        return self.grid(INSTALLMENT_COLUMNS, rows)

    def _how_to_pay(self) -> KeepTogether:
        d = self.data
        lines = [
            (self.t("payee"), d.head.name),
            (self.t("iban"), format_iban(d.iban)),
        ]
        if d.bic:
            lines.append((self.t("bic"), d.bic))
        lines.append((self.t("reference", "common"), format_fi_reference(d.reference)))
        lines.append((self.t("amount"), self.money(d.open)))
        if d.overdue > 0:
            lines.append((self.t("overdue_amount"), self.money(d.overdue)))
        inst = d.next_installment
        if inst is not None and inst.due_on >= d.issued_on:
            lines.append((self.t("next_installment"), self.money(inst.amount - inst.paid)))
        if d.due_on is not None:
            due = self.day(d.due_on)
            if d.due_on < d.issued_on:
                due += f" ({self.t('overdue')})"
            lines.append((self.t("due_date", "common"), due))
        details = self.pairs(lines, (42, 78))
        qr = QrFlowable(epc_qr_code(self.qr_payload or ""), 36 * mm)
        right = [qr, Spacer(1, 1 * mm), self.cell(self.t("qr_caption"), "small")]
        box = Table([[details, right]], colWidths=[130 * mm, 44 * mm])
        box.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), BOX_BG),
                    ("BOX", (0, 0), (-1, -1), 0.8, ACCENT),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 8),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ]
            )
        )
        note = escape(self.t("use_reference"))
        if d.next_installment is not None:
            note += " " + escape(self.t("in_installments"))
        title = self.para(escape(self.t("how_to_pay")), "heading")
        return KeepTogether([title, box, Spacer(1, 2 * mm), self.para(note, "small")])
