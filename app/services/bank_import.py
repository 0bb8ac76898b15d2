"""Importing a bank statement (camt.053/054): preview what each credit will settle, then book.

Each incoming credit — also each item of a batch entry — is matched by its payment reference
(Finnish or RF) to an invoice or to a member's share fee. Without a known reference, an open
invoice of exactly that amount (preferably from a payer of that name) is only *suggested*: the
user confirms it. A reversal undoes the match of the credit it takes back. Another currency is
refused, debits are listed but not booked, and an archive id seen before adds nothing.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import (
    BankStatement,
    BankTransaction,
    Cooperative,
    Invoice,
    InvoiceSeries,
    Member,
    Payment,
    PaymentReference,
    ShareSubscription,
    TransactionStatus,
)
from app.domain.enums import InvoiceKind, InvoiceState, MemberStatus
from app.fi.camt import CamtDocument, CamtError, CamtItem, parse_camt, payment_reference_key

from .errors import ServiceError
from .payments import allocate_to_invoice, allocate_to_share_fee, sync_references
from .policy import Permission, requires
from .receivables import ZERO, open_amounts
from .uow import UnitOfWork

MAX_FILE_BYTES = 50 * 1024 * 1024


class StatementFileError(ServiceError):
    """The file cannot be read as a bank statement; `code` says why, `detail` where."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(
            f"not a bank statement Osuva can read ({code}) {detail}".strip(), code=code
        )
        self.detail = detail


class Outcome(StrEnum):
    INVOICE = "invoice"  # matched by reference to an invoice
    SHARE_FEE = "share_fee"  # matched by reference to a member's share fee
    SUGGESTED = "suggested"  # an invoice of this amount (and payer) to confirm
    UNMATCHED = "unmatched"  # waits in the list for manual allocation
    REVERSAL = "reversal"  # takes back an earlier credit: its allocation is undone
    REFUSED = "refused"  # another currency: not booked
    DUPLICATE = "duplicate"  # imported before (same archive id): adds nothing
    LISTED = "listed"  # a debit or a returned outgoing payment: listed, not booked


# The outcomes that store a bank transaction.
BOOKED = (
    Outcome.INVOICE,
    Outcome.SHARE_FEE,
    Outcome.SUGGESTED,
    Outcome.UNMATCHED,
    Outcome.REVERSAL,
)


@dataclass
class PlannedItem:
    item: CamtItem
    outcome: Outcome
    invoice_id: int | None = None
    member_id: int | None = None
    # The invoice number and customer, or the member's name.
    target: str = ""
    open_before: Decimal | None = None
    open_after: Decimal | None = None
    # before_invoice, partial, overpaid, unknown_reference, former_member, original_not_found
    warnings: list[str] = field(default_factory=list)
    # A reversal's original: a stored transaction id, or the archive id of an earlier item.
    reverses_id: int | None = None
    reverses_archive: str | None = None


@dataclass
class ImportPreview:
    file_name: str
    message: str
    statements: list[tuple[str, str, date | None, date | None]]
    items: list[PlannedItem]
    # other_account: the statement is for an account that is not the cooperative's.
    warnings: list[str] = field(default_factory=list)

    @property
    def counts(self) -> Counter[Outcome]:
        return Counter(p.outcome for p in self.items)

    @property
    def booked(self) -> list[PlannedItem]:
        return [p for p in self.items if p.outcome in BOOKED]

    @property
    def credited(self) -> Decimal:
        """Money the import books (reversals subtract)."""
        total = ZERO
        for p in self.booked:
            total += -p.item.amount if p.outcome == Outcome.REVERSAL else p.item.amount
        return total


@dataclass(frozen=True)
class ImportResult:
    statement_ids: tuple[int, ...]
    transaction_ids: tuple[int, ...]
    counts: dict[str, int]


def read_statement(data: bytes) -> CamtDocument:
    if len(data) > MAX_FILE_BYTES:
        raise StatementFileError("too_large")
    if not data.strip():
        raise StatementFileError("empty")
    try:
        return parse_camt(data)
    except CamtError as exc:
        raise StatementFileError(exc.code, exc.detail) from exc


@requires(Permission.INVOICING)
def preview_statement(uow: UnitOfWork, data: bytes, file_name: str = "") -> ImportPreview:
    """What importing this file would do; nothing is saved."""
    return _Planner(uow.session).plan(read_statement(data), file_name)


@requires(Permission.INVOICING)
def import_statement(uow: UnitOfWork, data: bytes, file_name: str = "") -> ImportResult:
    """Book the statement as its preview showed (planned again inside this transaction)."""
    document = read_statement(data)
    sync_references(uow.session)
    uow.session.flush()
    preview = _Planner(uow.session).plan(document, file_name)
    return _book(uow, document, preview)


class _Planner:
    def __init__(self, session: Session) -> None:
        self.session = session
        self._targets: dict[str, tuple[int | None, int | None]] | None = None
        self._open: dict[int, Decimal] = {}
        self._candidates: list[tuple[int, str]] | None = None
        # Invoice id → (label, issue date): what a planned line shows.
        self._info: dict[int, tuple[str, date | None]] = {}

    def plan(self, document: CamtDocument, file_name: str) -> ImportPreview:
        items = document.items
        seen = self._known_archive_ids([i.archive_id for i in items])
        targets = self._targets_by_reference()
        # One look-up for all the invoices the references name, not one per line.
        self._prefetch({t[0] for i in items if (t := targets.get(i.reference)) and t[0]})
        planned: list[PlannedItem] = []
        for item in items:
            if item.archive_id in seen:
                planned.append(PlannedItem(item, Outcome.DUPLICATE))
                continue
            seen.add(item.archive_id)
            planned.append(self._plan_item(item, planned))
        coop_iban = self.session.scalar(select(Cooperative.iban).limit(1)) or ""
        statements = [
            (s.iban, s.statement_ref, s.from_date, s.to_date) for s in document.statements
        ]
        warnings = []
        compact = coop_iban.replace(" ", "").upper()
        if compact and any(
            s.iban and s.iban.replace(" ", "").upper() != compact for s in document.statements
        ):
            warnings.append("other_account")
        return ImportPreview(file_name, document.message, statements, planned, warnings)

    # -- one item ----------------------------------------------------------------------------
    def _plan_item(self, item: CamtItem, earlier: list[PlannedItem]) -> PlannedItem:
        # Booked: credits, and debits that take a credit back (RvslInd). Listed only: other
        # debits, and credits that undo one of our own payments.
        if item.credit == item.reversal:
            return PlannedItem(item, Outcome.LISTED)
        if item.currency.upper() != "EUR":
            return PlannedItem(item, Outcome.REFUSED)
        if item.booking_date is None or item.amount <= 0:
            return PlannedItem(item, Outcome.REFUSED, warnings=["bad_entry"])
        if item.reversal:
            return self._plan_reversal(item, earlier)
        target = self._targets_by_reference().get(item.reference) if item.reference else None
        if target is not None:
            invoice_id, member_id = target
            if invoice_id is not None:
                return self._to_invoice(item, invoice_id, Outcome.INVOICE, [])
            return self._to_member(item, member_id)
        warnings = ["unknown_reference"] if item.reference else []
        suggestion = self._suggest(item)
        if suggestion is not None:
            return self._to_invoice(item, suggestion, Outcome.SUGGESTED, warnings)
        return PlannedItem(item, Outcome.UNMATCHED, warnings=warnings)

    def _to_invoice(
        self, item: CamtItem, invoice_id: int, outcome: Outcome, warnings: list[str]
    ) -> PlannedItem:
        self._prefetch({invoice_id})
        label, issue_date = self._info[invoice_id]
        before = self._open_of(invoice_id)
        after = before - item.amount
        warnings = list(warnings)
        if issue_date is not None and item.booking_date < issue_date:
            warnings.append("before_invoice")
        if after > 0:
            warnings.append("partial")
        elif after < 0:
            warnings.append("overpaid")
        if outcome == Outcome.INVOICE:
            # Later credits in the same file see what this one left open.
            self._open[invoice_id] = after
        return PlannedItem(
            item,
            outcome,
            invoice_id=invoice_id,
            target=label,
            open_before=before,
            open_after=after,
            warnings=warnings,
        )

    def _to_member(self, item: CamtItem, member_id: int) -> PlannedItem:
        member = self.session.get(Member, member_id)
        name = f"{member.last_name} {member.first_name}"
        if member.status in (MemberStatus.FORMER, MemberStatus.REJECTED):
            # The share register refuses it; the treasurer decides (usually a refund).
            return PlannedItem(item, Outcome.UNMATCHED, target=name, warnings=["former_member"])
        return PlannedItem(item, Outcome.SHARE_FEE, member_id=member_id, target=name)

    def _plan_reversal(self, item: CamtItem, earlier: list[PlannedItem]) -> PlannedItem:
        for previous in reversed(earlier):
            if (
                previous.outcome
                in (Outcome.INVOICE, Outcome.SHARE_FEE, Outcome.SUGGESTED, Outcome.UNMATCHED)
                and previous.item.reference == item.reference
                and previous.item.amount == item.amount
                and not any(p.reverses_archive == previous.item.archive_id for p in earlier)
            ):
                if previous.invoice_id is not None and previous.outcome == Outcome.INVOICE:
                    self._open[previous.invoice_id] += item.amount
                return PlannedItem(
                    item,
                    Outcome.REVERSAL,
                    target=previous.target,
                    reverses_archive=previous.item.archive_id,
                )
        taken = {p.reverses_id for p in earlier if p.reverses_id is not None}
        original = self.session.scalars(
            select(BankTransaction)
            .where(
                BankTransaction.reversal.is_(False),
                BankTransaction.reference == item.reference,
                BankTransaction.amount == item.amount,
                BankTransaction.status != TransactionStatus.REVERSED,
            )
            .order_by(BankTransaction.booking_date.desc(), BankTransaction.id.desc())
        ).all()
        for candidate in original:
            if candidate.id in taken:
                continue
            invoice_ids = {p.invoice_id for p in candidate.allocations if p.invoice_id}
            for invoice_id in invoice_ids:
                self._open[invoice_id] = self._open_of(invoice_id) + sum(
                    (p.amount for p in candidate.allocations if p.invoice_id == invoice_id), ZERO
                )
            return PlannedItem(
                item,
                Outcome.REVERSAL,
                target=candidate.payer_name,
                reverses_id=candidate.id,
            )
        # Booked to nothing, but kept so the user sees the bank took money back.
        return PlannedItem(item, Outcome.REVERSAL, warnings=["original_not_found"])

    # -- look-ups ----------------------------------------------------------------------------
    def _known_archive_ids(self, archive_ids: list[str]) -> set[str]:
        known: set[str] = set()
        for start in range(0, len(archive_ids), 500):
            chunk = archive_ids[start : start + 500]
            known.update(
                self.session.scalars(
                    select(BankTransaction.archive_id).where(BankTransaction.archive_id.in_(chunk))
                )
            )
            known.update(
                self.session.scalars(
                    select(Payment.bank_archive_id).where(Payment.bank_archive_id.in_(chunk))
                )
            )
        return known

    def _targets_by_reference(self) -> dict[str, tuple[int | None, int | None]]:
        if self._targets is None:
            targets: dict[str, tuple[int | None, int | None]] = {}
            # References issued before the registry existed count too; the registry wins.
            for member_id, reference in self.session.execute(
                select(ShareSubscription.member_id, ShareSubscription.reference).order_by(
                    ShareSubscription.id.desc()
                )
            ):
                targets[payment_reference_key(reference)] = (None, member_id)
            for invoice_id, reference in self.session.execute(
                select(Invoice.id, Invoice.reference)
                .where(Invoice.state == InvoiceState.ISSUED, Invoice.reference != "")
                .order_by(Invoice.id.desc())
            ):
                targets[payment_reference_key(reference)] = (invoice_id, None)
            for reference, invoice_id, member_id in self.session.execute(
                select(
                    PaymentReference.reference,
                    PaymentReference.invoice_id,
                    PaymentReference.member_id,
                )
            ):
                targets[reference] = (invoice_id, member_id)
            targets.pop("", None)
            self._targets = targets
        return self._targets

    def _open_of(self, invoice_id: int) -> Decimal:
        if invoice_id not in self._open:
            self._open[invoice_id] = open_amounts(self.session, [invoice_id])[invoice_id]
        return self._open[invoice_id]

    def _suggest(self, item: CamtItem) -> int | None:
        """An open invoice of exactly this amount: the payer's own if the name tells, else the
        only one."""
        if self._candidates is None:
            rows = list(
                self.session.execute(
                    select(Invoice.id, Invoice.buyer_name)
                    .where(
                        Invoice.state == InvoiceState.ISSUED, Invoice.kind == InvoiceKind.INVOICE
                    )
                    .order_by(Invoice.due_date, Invoice.id)
                )
            )
            opens = open_amounts(self.session, [r.id for r in rows])
            for invoice_id, amount in opens.items():
                self._open.setdefault(invoice_id, amount)
            self._candidates = [(r.id, r.buyer_name) for r in rows if opens[r.id] > 0]
        same_amount = [
            (invoice_id, name)
            for invoice_id, name in self._candidates
            if self._open_of(invoice_id) == item.amount
        ]
        if not same_amount:
            return None
        payer = _words(item.payer_name)
        named = [invoice_id for invoice_id, name in same_amount if payer and payer & _words(name)]
        if named:
            return named[0]
        return same_amount[0][0] if len(same_amount) == 1 else None

    def _prefetch(self, invoice_ids: set[int]) -> None:
        wanted = sorted(i for i in invoice_ids if i not in self._info)
        if not wanted:
            return
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            rows = self.session.execute(
                select(
                    Invoice.id,
                    InvoiceSeries.prefix,
                    Invoice.number,
                    Invoice.buyer_name,
                    Invoice.issue_date,
                )
                .join(InvoiceSeries, InvoiceSeries.id == Invoice.series_id)
                .where(Invoice.id.in_(chunk))
            )
            for r in rows:
                self._info[r.id] = (f"{r.prefix or ''}{r.number} {r.buyer_name}", r.issue_date)
        missing = [i for i in wanted if i not in self._open]
        self._open.update(open_amounts(self.session, missing))


def _words(name: str) -> set[str]:
    # "VIRTANEN MATTI" and "Matti Virtanen" are the same payer; "Oy" and "Ab" tell nothing.
    return {
        w
        for w in name.casefold().replace(",", " ").split()
        if len(w) > 2 and w not in ("oyj", "ry.")
    }


def _book(uow: UnitOfWork, document: CamtDocument, preview: ImportPreview) -> ImportResult:
    session = uow.session
    statements: dict[int, BankStatement] = {}
    by_archive: dict[str, BankTransaction] = {}
    created: list[BankTransaction] = []
    booked = preview.booked
    index_of_statement = {}
    for number, statement in enumerate(document.statements):
        for item in statement.items:
            index_of_statement[id(item)] = number
    for done, planned in enumerate(booked, start=1):
        uow.progress(done - 1, len(booked))
        number = index_of_statement[id(planned.item)]
        if number not in statements:
            source = document.statements[number]
            statements[number] = BankStatement(
                account_iban=source.iban,
                statement_ref=source.statement_ref,
                from_date=source.from_date,
                to_date=source.to_date,
                file_name=preview.file_name[:255],
                imported_by_id=uow.actor.user_id,
            )
            session.add(statements[number])
        transaction = _transaction(planned, statements[number])
        session.add(transaction)
        by_archive[planned.item.archive_id] = transaction
        if planned.outcome == Outcome.INVOICE:
            allocate_to_invoice(session, transaction, planned.invoice_id, planned.item.amount)
            transaction.status = TransactionStatus.MATCHED
        elif planned.outcome == Outcome.SHARE_FEE:
            allocate_to_share_fee(uow, transaction, planned.member_id, planned.item.amount)
            transaction.status = TransactionStatus.MATCHED
        elif planned.outcome == Outcome.SUGGESTED:
            transaction.status = TransactionStatus.SUGGESTED
            transaction.suggested_invoice_id = planned.invoice_id
        elif planned.outcome == Outcome.REVERSAL:
            original = (
                by_archive.get(planned.reverses_archive)
                if planned.reverses_archive
                else session.get(BankTransaction, planned.reverses_id)
                if planned.reverses_id
                else None
            )
            if original is None:
                transaction.status = TransactionStatus.IGNORED
                transaction.note = "original_not_found"
            else:
                _undo(session, original)
                transaction.reverses_id = original.id
                transaction.status = TransactionStatus.MATCHED
        created.append(transaction)
    uow.progress(len(booked), len(booked))
    session.flush()
    return ImportResult(
        tuple(s.id for s in statements.values()),
        tuple(t.id for t in created),
        {str(k): v for k, v in preview.counts.items()},
    )


def _transaction(planned: PlannedItem, statement: BankStatement) -> BankTransaction:
    item = planned.item
    return BankTransaction(
        statement=statement,
        archive_id=item.archive_id[:64],
        booking_date=item.booking_date,
        value_date=item.value_date,
        amount=item.amount,
        currency=item.currency.upper(),
        payer_name=item.payer_name[:200],
        reference=item.reference[:35],
        message=item.message,
        bank_code=item.bank_code[:35],
        reversal=item.reversal,
        status=TransactionStatus.UNMATCHED,
    )


def _undo(session: Session, original: BankTransaction) -> None:
    """The bank took the money back: its allocations go, and so do share-fee payments."""
    session.flush()
    for payment in list(original.allocations):
        share_payment = payment.share_payment
        original.allocations.remove(payment)
        session.delete(payment)
        if share_payment is not None:
            session.flush()
            session.delete(share_payment)
    original.status = TransactionStatus.REVERSED
    original.suggested_invoice_id = None
