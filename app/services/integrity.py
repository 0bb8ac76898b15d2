"""Checks that a database is whole: SQLite's own checks plus the domain's promises."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, or_, select, text

from app.db import Database
from app.db.migrate import current_revision, head_revision
from app.domain import Invoice, InvoiceBalance, InvoiceSeries, Member


@dataclass
class CheckReport:
    schema_version: str | None
    schema_head: str
    problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


def quick_check(db: Database) -> list[str]:
    """SQLite's quick check of every page; [] when whole. Run it off the GUI thread.

    Opening a database reads only its header and schema version, so a large file opens
    at once; the window calls this in a worker after it is shown, `check` calls the full scan.
    """
    if db.engine.dialect.name != "sqlite":
        return []  # a server checks its own storage
    with db.engine.connect() as con:
        rows = [str(r[0]) for r in con.execute(text("PRAGMA quick_check(10)"))]
    return [] if rows == ["ok"] else [f"integrity: {r}" for r in rows]


def _sqlite_checks(db: Database, report: CheckReport) -> None:
    if db.engine.dialect.name != "sqlite":
        return  # a server checks its own storage
    with db.engine.connect() as con:
        rows = [r[0] for r in con.execute(text("PRAGMA integrity_check"))]
        if rows != ["ok"]:
            report.problems.extend(f"integrity: {r}" for r in rows[:10])
        for row in con.execute(text("PRAGMA foreign_key_check")):
            report.problems.append(f"broken reference in {row[0]} row {row[1]} to {row[2]}")


def _invoice_numbering(db: Database, report: CheckReport) -> None:
    """Numbers in each series run 1..next_number-1 with no gaps (AVL 209 e §)."""
    with db.sessions() as session:
        for series in session.scalars(select(InvoiceSeries)):
            numbers = sorted(
                n
                for n in session.scalars(
                    select(Invoice.number).where(
                        Invoice.series_id == series.id, Invoice.number.is_not(None)
                    )
                )
            )
            expected = list(range(1, series.next_number))
            if numbers != expected:
                missing = sorted(set(expected) - set(numbers))[:10]
                extra = sorted(set(numbers) - set(expected))[:10]
                report.problems.append(
                    f"invoice series {series.code}: missing numbers {missing}, "
                    f"unexpected numbers {extra}"
                )


def _invoice_balances(db: Database, report: CheckReport) -> None:
    """The stored balances (kept by triggers) agree with the payments and credit notes."""
    from .receivables import credited_amount_sql, open_amount_sql, paid_amount_sql

    balance = InvoiceBalance
    wrong = (
        select(Invoice.id)
        .outerjoin(balance, balance.invoice_id == Invoice.id)
        .where(
            or_(
                balance.invoice_id.is_(None),
                balance.paid != paid_amount_sql(Invoice.id),
                balance.credited != credited_amount_sql(Invoice.id),
                balance.open_amount != open_amount_sql(),
            )
        )
        .order_by(Invoice.id)
        .limit(10)
    )
    with db.sessions() as session:
        ids = list(session.scalars(wrong))
    if ids:
        report.problems.append(f"invoice balances disagree with their payments: invoices {ids}")


def check_database(db: Database) -> CheckReport:
    """Run every check; never changes the database."""
    report = CheckReport(schema_version=current_revision(db), schema_head=head_revision())
    if report.schema_version is None:
        report.problems.append("no Osuva schema in this database")
        return report
    if report.schema_version != report.schema_head and _is_newer(report.schema_version):
        report.problems.append(
            f"the database was written by a newer version of Osuva (schema version "
            f"{report.schema_version}; this Osuva knows versions up to {report.schema_head}); "
            "update Osuva to use it"
        )
    _sqlite_checks(db, report)
    if report.schema_version == report.schema_head:
        _invoice_numbering(db, report)
        _invoice_balances(db, report)
        with db.sessions() as session:
            report.counts = {
                "members": session.scalar(select(func.count(Member.id))) or 0,
                "invoices": session.scalar(select(func.count(Invoice.id))) or 0,
            }
    return report


def _is_newer(revision: str) -> bool:
    """A revision this Osuva's migrations do not know was written by a later Osuva."""
    from alembic.script import ScriptDirectory

    from app.db.migrate import alembic_config

    script = ScriptDirectory.from_config(alembic_config())
    return revision not in {rev.revision for rev in script.walk_revisions()}
