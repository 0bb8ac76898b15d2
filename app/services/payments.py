"""Money received: payments recorded by hand, bank credits allocated to invoices or share fees,
and the registry that tells which invoice or member a payment reference belongs to."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import Session

from app.domain import (
    BankTransaction,
    Invoice,
    InvoiceBalance,
    InvoiceSeries,
    Member,
    Payment,
    PaymentReference,
    ShareSubscription,
    TransactionStatus,
)
from app.domain.enums import InvoiceState, PaymentMethod, SharePaymentMethod
from app.fi.camt import payment_reference_key

from .errors import NotFoundError, ServiceError, StaleError, ValidationError
from .listing import ListQuery, ListSpec, Page, fetch_page, search_key, starts_with
from .policy import Permission, requires
from .receivables import ZERO, open_amounts
from .uow import UnitOfWork

# Waiting for the user: nothing found, or a guess to confirm.
WAITING = (TransactionStatus.UNMATCHED, TransactionStatus.SUGGESTED)


# -- the reference registry ------------------------------------------------------------------
def register_reference(
    session: Session, reference: str, *, invoice_id: int | None = None, member_id: int | None = None
) -> None:
    """Remember whose money `reference` brings (call when an invoice is issued)."""
    key = payment_reference_key(reference)
    if not key:
        return
    known = session.scalar(select(PaymentReference).where(PaymentReference.reference == key))
    if known is None:
        session.add(PaymentReference(reference=key, invoice_id=invoice_id, member_id=member_id))
    elif (known.invoice_id, known.member_id) != (invoice_id, member_id):
        # Two debts behind one reference would let the bank import settle the wrong one.
        raise ServiceError(f"reference {reference} is already in use", code="reference_taken")


def missing_references(session: Session) -> list[dict[str, object]]:
    """Issued invoices' and share subscriptions' references the registry does not know yet,
    as rows of the registry (reference, invoice_id, member_id)."""
    known = set(session.scalars(select(PaymentReference.reference)))
    invoices = session.execute(
        select(Invoice.id, Invoice.reference)
        .where(Invoice.state == InvoiceState.ISSUED, Invoice.reference != "")
        .where(~exists().where(PaymentReference.invoice_id == Invoice.id))
        .order_by(Invoice.id)
    )
    members = session.execute(
        select(ShareSubscription.member_id, ShareSubscription.reference)
        .where(ShareSubscription.reference != "")
        .order_by(ShareSubscription.id)
    )
    rows: list[dict[str, object]] = []
    for target, found in (("invoice_id", invoices), ("member_id", members)):
        for owner, reference in found:
            key = payment_reference_key(reference)
            if key and key not in known:
                known.add(key)
                row: dict[str, object] = {"reference": key, "invoice_id": None, "member_id": None}
                row[target] = owner
                rows.append(row)
    return rows


def sync_references(session: Session) -> int:
    """Register every issued invoice's and share subscription's reference not yet known."""
    rows = missing_references(session)
    session.add_all(PaymentReference(**row) for row in rows)
    return len(rows)


@dataclass(frozen=True)
class ReferenceTarget:
    invoice_id: int | None
    member_id: int | None


def find_reference(session: Session, reference: str) -> ReferenceTarget | None:
    key = payment_reference_key(reference)
    if not key:
        return None
    row = session.execute(
        select(PaymentReference.invoice_id, PaymentReference.member_id).where(
            PaymentReference.reference == key
        )
    ).first()
    return ReferenceTarget(row.invoice_id, row.member_id) if row else None


# -- recording by hand -----------------------------------------------------------------------
@dataclass(frozen=True)
class InvoicePaymentInfo:
    """What the "Record payment" form shows about the invoice."""

    id: int
    number: str
    customer: str
    issue_date: date | None
    due_date: date | None
    total: Decimal
    open_amount: Decimal


def _issued_invoice(session: Session, invoice_id: int) -> Invoice:
    invoice = session.get(Invoice, invoice_id)
    if invoice is None:
        raise NotFoundError("invoice", invoice_id)
    if invoice.state != InvoiceState.ISSUED:
        raise ServiceError("a draft cannot be paid", code="draft")
    return invoice


def _number(session: Session, invoice: Invoice) -> str:
    prefix = session.scalar(
        select(InvoiceSeries.prefix).where(InvoiceSeries.id == invoice.series_id)
    )
    return f"{prefix or ''}{invoice.number}"


@requires(Permission.INVOICING)
def invoice_payment_info(uow: UnitOfWork, invoice_id: int) -> InvoicePaymentInfo:
    invoice = _issued_invoice(uow.session, invoice_id)
    return InvoicePaymentInfo(
        id=invoice.id,
        number=_number(uow.session, invoice),
        customer=invoice.buyer_name,
        issue_date=invoice.issue_date,
        due_date=invoice.due_date,
        total=invoice.total_gross,
        open_amount=open_amounts(uow.session, [invoice.id])[invoice.id],
    )


@dataclass(frozen=True)
class RecordedPayment:
    payment_id: int
    open_amount: Decimal
    # "before_invoice": paid before the invoice was issued; "overpaid": open is now negative.
    warnings: tuple[str, ...] = ()


@requires(Permission.INVOICING)
def record_payment(
    uow: UnitOfWork,
    invoice_id: int,
    amount: Decimal,
    paid_on: date,
    method: PaymentMethod,
    *,
    payer_name: str = "",
    note: str = "",
    today: date | None = None,
) -> RecordedPayment:
    """Record money received for one invoice; a partial payment leaves the rest open and an
    overpayment shows as a credit balance."""
    invoice = _issued_invoice(uow.session, invoice_id)
    problems: dict[str, str] = {}
    if amount is None or amount <= 0:
        problems["amount"] = "positive"
    if paid_on is None:
        problems["paid_on"] = "required"
    elif paid_on > (today or date.today()):
        problems["paid_on"] = "future"
    if problems:
        raise ValidationError(problems)
    payment = Payment(
        invoice_id=invoice.id,
        paid_on=paid_on,
        amount=amount,
        method=method,
        reference=invoice.reference,
        payer_name=payer_name.strip(),
        note=note.strip(),
    )
    uow.session.add(payment)
    uow.session.flush()
    open_amount = open_amounts(uow.session, [invoice.id])[invoice.id]
    return RecordedPayment(payment.id, open_amount, _warnings(invoice, paid_on, open_amount))


def _warnings(invoice: Invoice, paid_on: date, open_amount: Decimal) -> tuple[str, ...]:
    warnings = []
    if invoice.issue_date is not None and paid_on < invoice.issue_date:
        warnings.append("before_invoice")
    if open_amount < 0:
        warnings.append("overpaid")
    return tuple(warnings)


# -- allocating bank credits -----------------------------------------------------------------
@dataclass(frozen=True)
class Allocation:
    """A part of a bank credit for one invoice or for one member's share fee."""

    amount: Decimal
    invoice_id: int | None = None
    member_id: int | None = None


def allocate_to_invoice(
    session: Session, transaction: BankTransaction, invoice_id: int, amount: Decimal
) -> Payment:
    payment = Payment(
        invoice_id=invoice_id,
        paid_on=transaction.booking_date,
        amount=amount,
        method=PaymentMethod.BANK,
        reference=transaction.reference,
        payer_name=transaction.payer_name,
    )
    transaction.allocations.append(payment)
    session.add(payment)
    return payment


@requires(Permission.SHARES)
def allocate_to_share_fee(
    uow: UnitOfWork, transaction: BankTransaction, member_id: int, amount: Decimal
) -> list[Payment]:
    """Book a share fee through the share register, so the member's ledger shows it."""
    from .shares import add_payment

    share_payments = add_payment(
        uow,
        member_id,
        amount,
        transaction.booking_date,
        SharePaymentMethod.BANK,
        reference=transaction.reference,
        wage_month=None,
        # The money has arrived: an overpayment is kept and shown, to be refunded or used.
        allow_overpayment=True,
        note=transaction.payer_name,
    )
    allocations = []
    for share_payment in share_payments:
        payment = Payment(
            paid_on=transaction.booking_date,
            amount=share_payment.amount,
            method=PaymentMethod.BANK,
            reference=transaction.reference,
            payer_name=transaction.payer_name,
            share_payment=share_payment,
        )
        transaction.allocations.append(payment)
        uow.session.add(payment)
        allocations.append(payment)
    return allocations


def _waiting_transaction(
    uow: UnitOfWork, transaction_id: int, expected_version: int | None
) -> BankTransaction:
    transaction = uow.session.get(BankTransaction, transaction_id)
    if transaction is None:
        raise NotFoundError("bank transaction", transaction_id)
    if expected_version is not None and transaction.version != expected_version:
        raise StaleError("bank transaction", transaction_id)
    if transaction.status not in WAITING or transaction.reversal:
        raise ServiceError("the payment is already allocated", code="already_allocated")
    return transaction


@requires(Permission.INVOICING)
def allocate_transaction(
    uow: UnitOfWork,
    transaction_id: int,
    parts: list[Allocation],
    *,
    expected_version: int | None = None,
) -> None:
    """Settle invoices and/or a share fee with one bank credit; the parts add up to its amount
    (an overpayment stays on an invoice as a credit balance)."""
    transaction = _waiting_transaction(uow, transaction_id, expected_version)
    problems: dict[str, str] = {}
    parts = [p for p in parts if p.amount]
    if not parts:
        problems["parts"] = "required"
    for index, part in enumerate(parts):
        if part.amount < 0:
            problems[f"amount.{index}"] = "positive"
        if (part.invoice_id is None) == (part.member_id is None):
            problems[f"target.{index}"] = "required"
    if parts and sum((p.amount for p in parts), ZERO) != transaction.amount:
        problems["parts"] = "sum"
    if problems:
        raise ValidationError(problems)
    for part in parts:
        if part.invoice_id is not None:
            invoice = _issued_invoice(uow.session, part.invoice_id)
            allocate_to_invoice(uow.session, transaction, invoice.id, part.amount)
        else:
            if uow.session.get(Member, part.member_id) is None:
                raise NotFoundError("member", part.member_id)
            allocate_to_share_fee(uow, transaction, part.member_id, part.amount)
    transaction.status = TransactionStatus.MATCHED
    transaction.suggested_invoice_id = None
    uow.session.flush()


@requires(Permission.INVOICING)
def confirm_suggestion(
    uow: UnitOfWork, transaction_id: int, *, expected_version: int | None = None
) -> int:
    """Accept the invoice Osuva guessed from the amount and payer; returns the invoice id."""
    transaction = _waiting_transaction(uow, transaction_id, expected_version)
    if transaction.suggested_invoice_id is None:
        raise ServiceError("nothing was suggested for this payment", code="no_suggestion")
    invoice_id = transaction.suggested_invoice_id
    allocate_transaction(
        uow, transaction_id, [Allocation(transaction.amount, invoice_id=invoice_id)]
    )
    return invoice_id


@requires(Permission.INVOICING)
def ignore_transaction(
    uow: UnitOfWork, transaction_id: int, note: str = "", *, expected_version: int | None = None
) -> None:
    """Take a credit off the waiting list without booking it (e.g. a refund to us)."""
    transaction = _waiting_transaction(uow, transaction_id, expected_version)
    transaction.status = TransactionStatus.IGNORED
    transaction.suggested_invoice_id = None
    transaction.note = note.strip()
    uow.session.flush()


# -- lists -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class WaitingRow:
    """A bank credit waiting for the user."""

    id: int
    version: int
    booking_date: date
    amount: Decimal
    payer_name: str
    reference: str
    message: str
    status: TransactionStatus
    suggested_invoice_id: int | None
    suggestion: str = ""


WAITING_LIST = ListSpec(
    sorts={
        "date": (BankTransaction.booking_date,),
        "amount": (BankTransaction.amount,),
        "payer": (BankTransaction.payer_name,),
        "status": (BankTransaction.status,),
    },
    default_sort="date",
    default_descending=True,
    id_column=BankTransaction.id,
)


@requires(Permission.INVOICING)
def list_waiting(uow: UnitOfWork, query: ListQuery | None = None) -> Page[WaitingRow]:
    """Bank credits not yet allocated: unmatched ones and those with a suggestion to confirm."""
    query = query or ListQuery(limit=None)
    conditions = [BankTransaction.status.in_(WAITING), BankTransaction.reversal.is_(False)]
    text = query.search.strip()
    if text:
        conditions.append(
            or_(
                starts_with(BankTransaction.reference, payment_reference_key(text)),
                func.lower(BankTransaction.payer_name).contains(text.casefold()),
            )
        )
    base = select(
        BankTransaction.id,
        BankTransaction.version,
        BankTransaction.booking_date,
        BankTransaction.amount,
        BankTransaction.payer_name,
        BankTransaction.reference,
        BankTransaction.message,
        BankTransaction.status,
        BankTransaction.suggested_invoice_id,
    ).where(*conditions)
    rows, total = fetch_page(uow.session, WAITING_LIST, base, query)
    labels = _invoice_labels(uow.session, [r.suggested_invoice_id for r in rows])
    return Page(
        [
            WaitingRow(*r, suggestion=labels.get(r.suggested_invoice_id, ""))  # type: ignore[misc]
            for r in rows
        ],
        total,
        query.offset,
    )


def _invoice_labels(session: Session, ids: list[int | None]) -> dict[int, str]:
    wanted = [i for i in ids if i is not None]
    if not wanted:
        return {}
    rows = session.execute(
        select(Invoice.id, InvoiceSeries.prefix, Invoice.number, Invoice.buyer_name)
        .join(InvoiceSeries, InvoiceSeries.id == Invoice.series_id)
        .where(Invoice.id.in_(wanted))
    )
    return {r.id: f"{r.prefix}{r.number} {r.buyer_name}" for r in rows}


@dataclass(frozen=True)
class OpenInvoice:
    id: int
    number: str
    customer: str
    due_date: date | None
    total: Decimal
    open_amount: Decimal


@requires(Permission.INVOICING)
def open_invoices(uow: UnitOfWork, search: str = "", limit: int = 100) -> list[OpenInvoice]:
    """Issued invoices with money still open, oldest due first, for choosing what a payment
    settles; a number or a customer name narrows them."""
    query = (
        select(
            Invoice.id,
            InvoiceSeries.prefix,
            Invoice.number,
            Invoice.buyer_name,
            Invoice.due_date,
            Invoice.total_gross,
            InvoiceBalance.open_amount,
        )
        .join(InvoiceSeries, InvoiceSeries.id == Invoice.series_id)
        .join(InvoiceBalance, InvoiceBalance.invoice_id == Invoice.id)
        # Only issued invoices have an open amount: the stored balances find them by index.
        .where(InvoiceBalance.open_amount > 0)
        .order_by(Invoice.due_date, Invoice.id)
        .limit(limit)
    )
    words = search_key(search)
    if words:
        matches = [func.lower(Invoice.buyer_name).contains(search.strip().casefold())]
        if words.isdigit():
            matches.append(Invoice.number == int(words))
        query = query.where(or_(*matches))
    return [
        OpenInvoice(
            r.id, f"{r.prefix}{r.number}", r.buyer_name, r.due_date, r.total_gross, r.open_amount
        )
        for r in uow.session.execute(query)
    ]


@dataclass(frozen=True)
class ShareFeeChoice:
    member_id: int
    name: str
    reference: str
    open_amount: Decimal


@requires(Permission.SHARES)
def share_fee_choices(uow: UnitOfWork, search: str = "", limit: int = 50) -> list[ShareFeeChoice]:
    """Members with a share fee still open, for allocating a credit to a share fee by hand."""
    from .members import share_totals

    subscribed, paid = share_totals()
    open_fee = subscribed.c.amount - func.coalesce(paid.c.paid, 0)
    reference = (
        select(func.min(ShareSubscription.reference))
        .where(ShareSubscription.member_id == Member.id)
        .scalar_subquery()
    )
    query = (
        select(Member.id, Member.first_name, Member.last_name, reference, subscribed.c.amount,
               paid.c.paid)
        .join(subscribed, subscribed.c.member_id == Member.id)
        .outerjoin(paid, paid.c.member_id == Member.id)
        .where(open_fee > 0)
        .order_by(Member.search_name, Member.id)
        .limit(limit)
    )  # fmt: skip
    words = search_key(search)
    if words:
        query = query.where(starts_with(Member.search_name, words))
    return [
        ShareFeeChoice(member_id, f"{last} {first}", ref or "", amount - (paid_amount or ZERO))
        for member_id, first, last, ref, amount, paid_amount in uow.session.execute(query)
    ]


@dataclass
class TransactionView:
    """One bank credit with what it was allocated to (for the details pane and tests)."""

    id: int
    status: TransactionStatus
    amount: Decimal
    invoices: dict[int, Decimal] = field(default_factory=dict)
    share_fee: Decimal = ZERO


@requires(Permission.INVOICING)
def transaction_view(uow: UnitOfWork, transaction_id: int) -> TransactionView:
    transaction = uow.session.get(BankTransaction, transaction_id)
    if transaction is None:
        raise NotFoundError("bank transaction", transaction_id)
    view = TransactionView(transaction.id, transaction.status, transaction.amount)
    for payment in transaction.allocations:
        if payment.invoice_id is not None:
            view.invoices[payment.invoice_id] = (
                view.invoices.get(payment.invoice_id, ZERO) + payment.amount
            )
        else:
            view.share_fee += payment.amount
    return view
