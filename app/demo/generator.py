"""Fill an empty database with a realistic, reproducible year of a supported work cooperative."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import Database
from app.db.sequences import sync_sequences
from app.domain import AuditEntry, Cooperative
from app.domain.enums import InvoiceKind, MemberStatus
from app.services.cooperative import create_cooperative
from app.services.uow import UnitOfWork

from .assignments import add_assignments
from .coaching import Coaching
from .context import DemoContext
from .customers import add_customers
from .dates import at, months_between
from .earnings import add_earnings
from .invoicing import Invoicing
from .organisation import COOPERATIVE, add_services, finish_cooperative
from .payments import add_payments
from .people import add_members
from .plans import Pathways
from .shares import add_shares
from .work import WorkLog


@dataclass(frozen=True)
class DemoSummary:
    """How many rows of each kind the demo wrote."""

    members: int
    applicants: int
    current_members: int
    former_members: int
    users: int
    services: int
    customers: int
    assignments: int
    work_entries: int
    sessions: int
    attendances: int
    plans: int
    goals: int
    measurements: int
    outcomes: int
    share_subscriptions: int
    share_payments: int
    share_refunds: int
    invoices: int
    credit_notes: int
    draft_invoices: int
    invoice_lines: int
    payments: int
    reminders: int


def generate_demo(
    db: Database, *, seed: int = 2026, scale: int = 1, today: date | None = None
) -> DemoSummary:
    """Write demo data into ``db``, which must hold no cooperative yet, in one transaction.

    The same seed, scale and ``today`` always give the same rows, timestamps included.
    ``scale`` multiplies members, customers, assignments and so everything that follows.
    """
    if scale < 1:
        raise ValueError("scale must be at least 1")
    today = today or date.today()
    with db.engine.connect() as connection:
        if connection.scalar(select(Cooperative.id).limit(1)) is not None:
            raise ValueError("the database already has a cooperative; demo data needs an empty one")
        connection.rollback()
        transaction = connection.begin()
        # The session joins this transaction: create_cooperative's commit does not end it.
        session = Session(bind=connection, join_transaction_mode="rollback_only")
        try:
            summary = _generate(session, db, seed, scale, today)
            session.flush()
            sync_sequences(connection)
            session.commit()
            transaction.commit()
        except BaseException:
            # A failed flush has already rolled the transaction back through the session.
            if transaction.is_active:
                transaction.rollback()
            raise
        finally:
            session.close()
    return summary


def _generate(session: Session, db: Database, seed: int, scale: int, today: date) -> DemoSummary:
    uow = UnitOfWork(db)
    uow.session = session
    create_cooperative(uow, COOPERATIVE)
    ctx = DemoContext(session, seed, scale, today)
    founded = today - timedelta(days=7 * 365)
    finish_cooperative(ctx, founded)
    add_services(ctx)
    add_customers(ctx)
    add_members(ctx)
    add_shares(ctx)
    add_assignments(ctx)
    add_earnings(ctx)
    work = WorkLog(ctx)
    invoicing = Invoicing(ctx)
    for month in months_between(ctx.start, today):
        entries = work.month(month)
        if invoicing.is_invoiced(month):
            invoicing.invoice_month(month, entries)
        work.write(entries)
    invoicing.add_drafts()
    invoicing.finish()
    add_payments(ctx, invoicing.issued)
    participants = Coaching(ctx).run()
    Pathways(ctx, participants).run()
    summary = _summary(ctx, invoicing)
    session.add(
        AuditEntry(
            id=ctx.new_id(AuditEntry),
            at=at(today, 7),
            user_id=ctx.users["admin"][0],
            actor=ctx.users["admin"][1],
            action="demo",
            entity="cooperative",
            entity_id=1,
            summary=f"Esittelyaineisto luotu (siemen {seed}, mittakaava {scale}, päivä {today})",
            after=json.dumps(asdict(summary), ensure_ascii=False),
        )
    )
    session.flush()
    return summary


def _summary(ctx: DemoContext, invoicing: Invoicing) -> DemoSummary:
    counts = ctx.counts
    statuses = [m.status for m in ctx.members]
    credit_notes = sum(1 for i in invoicing.issued if i.kind == InvoiceKind.CREDIT_NOTE)
    return DemoSummary(
        members=counts["member"],
        applicants=statuses.count(MemberStatus.APPLICANT),
        current_members=statuses.count(MemberStatus.MEMBER),
        former_members=statuses.count(MemberStatus.FORMER),
        users=len(ctx.users),
        services=counts["service"],
        customers=counts["customer"],
        assignments=counts["work_assignment"],
        work_entries=counts["work_entry"],
        sessions=counts["coaching_session"],
        attendances=counts["attendance"],
        plans=counts["plan"],
        goals=counts["goal"],
        measurements=counts["participation_measurement"],
        outcomes=counts["outcome"],
        share_subscriptions=counts["share_subscription"],
        share_payments=counts["share_payment"],
        share_refunds=counts["share_refund"],
        invoices=len(invoicing.issued) - credit_notes,
        credit_notes=credit_notes,
        draft_invoices=counts["invoice"] - len(invoicing.issued),
        invoice_lines=counts["invoice_line"],
        payments=counts["payment"],
        reminders=counts["reminder"],
    )
