"""Payment reminders: which invoices are overdue, when a reminder may be sent, what it may
charge, and the record of each reminder sent.

Consumers (perintälaki 513/1999): the first reminder no earlier than 14 days after the due
date, the next no earlier than 14 days after the previous one; a fee of at most 5 € per
reminder, and only if the invoice was sent at least 14 days before its due date.
Businesses and public buyers (korkolaki 10 e §): a fixed 40 € compensation, once per invoice.

Associations get the consumer rules: a yhdistys that does not carry on business is not an
elinkeinonharjoittaja, so the 40 € compensation and the +8 pp interest of korkolaki 4 a § and
10 e § do not apply to it; the consumer limits are the safe side for the cooperative's claim.
Who is which is decided in one place, `late_interest.consumer_rules`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select

from app.domain import (
    Cooperative,
    Invoice,
    InvoiceBalance,
    InvoiceSeries,
    ReferenceRate,
    Reminder,
)
from app.domain.enums import CustomerKind, InvoiceKind, InvoiceState
from app.fi.banking_days import next_banking_day

from .errors import NotFoundError, ServiceError, ValidationError
from .late_interest import (
    InterestCalculation,
    calculate,
    consumer_rules,
    margin_for,
    reference_rates,
)
from .listing import likely
from .policy import Permission, requires
from .receivables import ZERO, settlements
from .uow import UnitOfWork

WAIT_DAYS = 14
CONSUMER_FEE_CAP = Decimal("5.00")
BUSINESS_COMPENSATION = Decimal("40.00")
NEW_TERM_DAYS = 14


def is_consumer(kind: CustomerKind | None) -> bool:
    return consumer_rules(kind)


@dataclass(frozen=True)
class ReminderPlan:
    """What a reminder sent on `on` would say, and whether it may be sent then."""

    invoice_id: int
    number: str
    customer: str
    consumer: bool
    on: date
    level: int
    original_total: Decimal
    open_amount: Decimal
    fee: Decimal
    # "fee" (consumer reminder fee), "compensation" (the 40 € once), or "" for none.
    fee_kind: str
    # Why there is no fee: "late_sending" (sent < 14 days before due), "compensated" (40 € taken).
    no_fee_reason: str
    interest: InterestCalculation
    new_due_date: date
    not_before: date | None
    previous: tuple[date, ...]
    # True when this is a reminder already sent on that day (printed again).
    recorded: bool = False

    @property
    def allowed(self) -> bool:
        return self.not_before is None or self.on >= self.not_before

    @property
    def total(self) -> Decimal:
        return self.open_amount + self.fee + self.interest.total


def _invoice(uow: UnitOfWork, invoice_id: int) -> Invoice:
    invoice = uow.session.get(Invoice, invoice_id)
    if invoice is None:
        raise NotFoundError("invoice", invoice_id)
    if invoice.state != InvoiceState.ISSUED or invoice.kind != InvoiceKind.INVOICE:
        raise ServiceError("only an issued invoice can be reminded of", code="not_remindable")
    return invoice


def _number(uow: UnitOfWork, invoice: Invoice) -> str:
    prefix = uow.session.scalar(
        select(InvoiceSeries.prefix).where(InvoiceSeries.id == invoice.series_id)
    )
    return f"{prefix or ''}{invoice.number}"


def _plan(uow: UnitOfWork, invoice: Invoice, on: date) -> ReminderPlan:
    session = uow.session
    sent = list(
        session.execute(
            select(Reminder.sent_on, Reminder.fee, Reminder.level, Reminder.new_due_date)
            .where(Reminder.invoice_id == invoice.id, Reminder.sent_on <= on)
            .order_by(Reminder.sent_on, Reminder.id)
        )
    )
    # A reminder already sent that day is printed again as it was sent.
    recorded = next((r for r in sent if r.sent_on == on), None)
    previous = [r for r in sent if r.sent_on < on]
    consumer = is_consumer(invoice.buyer_kind)
    due = invoice.due_date or invoice.issue_date
    if consumer:
        last = previous[-1].sent_on if previous else due
        not_before = last + timedelta(days=WAIT_DAYS)
        sent_early_enough = (due - invoice.issue_date).days >= WAIT_DAYS
        coop_fee = session.scalar(select(Cooperative.reminder_fee).limit(1)) or ZERO
        fee = min(coop_fee, CONSUMER_FEE_CAP) if sent_early_enough else ZERO
        fee_kind = "fee" if fee else ""
        no_fee_reason = "" if sent_early_enough else "late_sending"
    else:
        not_before = due + timedelta(days=1)
        compensated = any(p.fee > 0 for p in previous)
        fee = ZERO if compensated else BUSINESS_COMPENSATION
        fee_kind = "" if compensated else "compensation"
        no_fee_reason = "compensated" if compensated else ""
    paid = settlements(session, invoice.id)
    interest = calculate(
        invoice.total_gross,
        due,
        on,
        [s for s in paid if s.on <= on],
        reference_rates(session),
        margin_for(invoice.buyer_kind),
    )
    open_amount = invoice.total_gross - sum((s.amount for s in paid if s.on <= on), ZERO)
    new_due_date = next_banking_day(on + timedelta(days=NEW_TERM_DAYS))
    level = len(previous) + 1
    if recorded is not None:
        fee, level, new_due_date, not_before = (
            recorded.fee,
            recorded.level,
            recorded.new_due_date,
            None,
        )
        fee_kind = ("fee" if consumer else "compensation") if fee > 0 else ""
    return ReminderPlan(
        invoice_id=invoice.id,
        number=_number(uow, invoice),
        customer=invoice.buyer_name,
        consumer=consumer,
        on=on,
        level=level,
        original_total=invoice.total_gross,
        open_amount=open_amount,
        fee=fee,
        fee_kind=fee_kind,
        no_fee_reason=no_fee_reason,
        interest=interest,
        new_due_date=new_due_date,
        not_before=not_before,
        previous=tuple(p.sent_on for p in previous),
        recorded=recorded is not None,
    )


@requires(Permission.INVOICING)
def plan_reminder(uow: UnitOfWork, invoice_id: int, on: date) -> ReminderPlan:
    """The reminder as it would be sent on `on`: fee, interest to that day, new due date."""
    return _plan(uow, _invoice(uow, invoice_id), on)


def check_can_send(plan: ReminderPlan) -> None:
    """Refuse a reminder before the law allows one, for a paid invoice or a missing rate."""
    if plan.recorded:
        raise ServiceError("a reminder was already sent that day", code="already_sent")
    if plan.open_amount <= 0:
        raise ServiceError("the invoice is paid", code="paid")
    if not plan.allowed:
        raise ServiceError(f"no reminder before {plan.not_before}", code="too_early")
    if plan.interest.missing_rates:
        raise ServiceError("a reference rate is missing", code="missing_rate")


@requires(Permission.INVOICING)
def record_plan(uow: UnitOfWork, plan: ReminderPlan) -> int:
    """The reminder as planned, recorded; its id."""
    reminder = Reminder(
        invoice_id=plan.invoice_id,
        sent_on=plan.on,
        new_due_date=plan.new_due_date,
        fee=plan.fee,
        interest=plan.interest.total,
        level=plan.level,
    )
    uow.session.add(reminder)
    uow.session.flush()
    return reminder.id


@requires(Permission.INVOICING)
def recorded_on(uow: UnitOfWork, invoice_id: int, on: date) -> int | None:
    """The id of the reminder recorded for the invoice on that day, if there is one."""
    return uow.session.scalar(
        select(Reminder.id)
        .where(Reminder.invoice_id == invoice_id, Reminder.sent_on == on)
        .order_by(Reminder.id)
        .limit(1)
    )


@requires(Permission.INVOICING)
def send_reminder(uow: UnitOfWork, invoice_id: int, on: date) -> int:
    """Record a reminder sent on `on`; refused before the law allows one or when paid."""
    plan = plan_reminder(uow, invoice_id, on)
    check_can_send(plan)
    return record_plan(uow, plan)


@dataclass(frozen=True)
class OverdueRow:
    invoice_id: int
    number: str
    customer: str
    consumer: bool
    due_date: date
    days_overdue: int
    open_amount: Decimal
    reminders: int
    last_reminder: date | None
    next_allowed: date

    def can_remind(self, on: date) -> bool:
        return on >= self.next_allowed


@requires(Permission.INVOICING)
def overdue_invoices(uow: UnitOfWork, on: date) -> list[OverdueRow]:
    """Issued invoices past their due date with money still open, most overdue first."""
    session = uow.session
    overdue = list(
        session.execute(
            select(
                Invoice.id,
                InvoiceSeries.prefix,
                Invoice.number,
                Invoice.buyer_name,
                Invoice.buyer_kind,
                Invoice.due_date,
                InvoiceBalance.open_amount,
            )
            .join(InvoiceSeries, InvoiceSeries.id == Invoice.series_id)
            .join(InvoiceBalance, InvoiceBalance.invoice_id == Invoice.id)
            # Only issued invoices have an open amount: the stored balances find them by index.
            .where(InvoiceBalance.open_amount > 0, likely(Invoice.due_date < on))
            .order_by(Invoice.due_date, Invoice.id)
        )
    )
    sent = {
        invoice_id: (count, last)
        for invoice_id, count, last in session.execute(
            select(Reminder.invoice_id, func.count(), func.max(Reminder.sent_on))
            .where(Reminder.invoice_id.in_([r.id for r in overdue]))
            .group_by(Reminder.invoice_id)
        )
    }
    result = []
    for r in overdue:
        count, last = sent.get(r.id, (0, None))
        consumer = is_consumer(r.buyer_kind)
        if consumer:
            next_allowed = (last or r.due_date) + timedelta(days=WAIT_DAYS)
        else:
            next_allowed = r.due_date + timedelta(days=1)
        result.append(
            OverdueRow(
                invoice_id=r.id,
                number=f"{r.prefix}{r.number}",
                customer=r.buyer_name,
                consumer=consumer,
                due_date=r.due_date,
                days_overdue=(on - r.due_date).days,
                open_amount=r.open_amount,
                reminders=count,
                last_reminder=last,
                next_allowed=next_allowed,
            )
        )
    return result


@dataclass(frozen=True)
class RateRow:
    valid_from: date
    rate: Decimal


@requires(Permission.INVOICING)
def list_reference_rates(uow: UnitOfWork) -> list[RateRow]:
    return [
        RateRow(valid_from, rate)
        for valid_from, rate in uow.session.execute(
            select(ReferenceRate.valid_from, ReferenceRate.rate).order_by(ReferenceRate.valid_from)
        )
    ]


@requires(Permission.INVOICING)
def add_reference_rate(uow: UnitOfWork, valid_from: date | None, rate: Decimal | None) -> None:
    """Enter Suomen Pankki's reference rate for a half-year (from 1 January or 1 July)."""
    problems: dict[str, str] = {}
    if valid_from is None:
        problems["valid_from"] = "required"
    elif (valid_from.month, valid_from.day) not in ((1, 1), (7, 1)):
        problems["valid_from"] = "half_year"
    elif uow.session.scalar(select(ReferenceRate.id).where(ReferenceRate.valid_from == valid_from)):
        problems["valid_from"] = "duplicate"
    if rate is None:
        problems["rate"] = "required"
    elif not Decimal("-5") <= rate <= Decimal("25"):
        problems["rate"] = "range"
    if problems:
        raise ValidationError(problems)
    uow.session.add(ReferenceRate(valid_from=valid_from, rate=rate))
    uow.session.flush()


@requires(Permission.INVOICING)
def invoice_id_by_number(uow: UnitOfWork, key: str) -> int:
    """An issued invoice's id for its number as printed (with or without the series prefix)."""
    text = "".join(str(key).split())
    rows = uow.session.execute(
        select(Invoice.id, InvoiceSeries.prefix, Invoice.number)
        .join(InvoiceSeries, InvoiceSeries.id == Invoice.series_id)
        .where(Invoice.state == InvoiceState.ISSUED, Invoice.kind == InvoiceKind.INVOICE)
        .where(Invoice.number == int(text) if text.isdigit() else Invoice.number.is_not(None))
    ).all()
    found = [r.id for r in rows if f"{r.prefix}{r.number}" == text or str(r.number) == text]
    if len(found) != 1:
        raise NotFoundError("invoice number", key)
    return found[0]
