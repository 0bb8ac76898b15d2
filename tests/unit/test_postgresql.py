"""Several users share one PostgreSQL database: the same migrations, triggers and demo work there.

A throwaway PostgreSQL server (the pinned `pgserver` wheel carries its binaries) is started
once per test process in a temporary folder; each test gets a database of its own.
"""

from __future__ import annotations

import itertools
from decimal import Decimal

import pgserver
import psycopg
import pytest
from alembic import command
from sqlalchemy import select, text
from sqlalchemy.exc import DatabaseError

from app.db import open_database
from app.domain import Invoice, InvoiceBalance
from app.domain.enums import InvoiceState
from app.services.receivables import open_amounts

from .test_migrations import run, schema_diff, table_names

_names = itertools.count(1)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    instance = pgserver.get_server(tmp_path_factory.mktemp("pg"), cleanup_mode="stop")
    yield instance
    instance.cleanup()


@pytest.fixture
def pg_url(server) -> str:
    name = f"osuva_{next(_names)}"
    with psycopg.connect(server.get_uri(), autocommit=True) as con:
        con.execute(f"CREATE DATABASE {name}")
    return server.get_uri(name)


def test_the_migrations_build_the_models_schema_and_go_back(pg_url):
    db = open_database(pg_url, create=True, migrate=False)
    try:
        run(db, command.upgrade, "head")
        assert schema_diff(db) == []
        run(db, command.downgrade, "base")
        assert table_names(db) <= {"alembic_version"}
        run(db, command.upgrade, "head")
        assert schema_diff(db) == []
    finally:
        db.dispose()


def test_the_demo_runs_on_postgresql_with_its_balances_and_frozen_invoices(pg_url):
    from app.demo import generate_demo

    from ..conftest import DEMO_TODAY

    db = open_database(pg_url, create=True)
    try:
        generate_demo(db, today=DEMO_TODAY)
        with db.sessions() as session:
            stored = dict(
                session.execute(select(InvoiceBalance.invoice_id, InvoiceBalance.open_amount)).all()
            )
            computed = open_amounts(session, list(stored))
            issued = session.scalar(
                select(Invoice.id).where(Invoice.state == InvoiceState.ISSUED).limit(1)
            )
        assert len(stored) > 50
        assert stored == computed
        assert sum(stored.values()) > Decimal(0)
        with pytest.raises(DatabaseError, match="cannot be changed"), db.engine.begin() as con:
            con.execute(text(f"UPDATE invoice SET total_gross = 1 WHERE id = {issued}"))
    finally:
        db.dispose()
