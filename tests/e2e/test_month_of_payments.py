"""A month's bank statement settles the demo cooperative's invoices and share fees by itself."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from lxml import etree

from app.demo.bank_statement import open_items, statement_xml
from app.services.bank_import import Outcome, import_statement, preview_statement
from app.services.payments import open_invoices
from app.services.policy import SYSTEM
from app.services.uow import UnitOfWork
from tests.payment_world import CAMT


def test_the_statement_pays_every_open_invoice_and_share_fee(demo_db):
    with UnitOfWork(demo_db, SYSTEM, write=False) as uow:
        before = open_items(uow)
        invoices = len(open_invoices(uow))
        data = statement_xml(uow, date(2026, 11, 20))
    schema = etree.XMLSchema(etree.parse(str(CAMT / "camt.053.001.02.xsd")))
    assert schema.validate(etree.fromstring(data)), schema.error_log
    assert invoices >= 2 and len(before) > invoices  # both invoices and share fees are open
    with UnitOfWork(demo_db, SYSTEM, write=False) as uow:
        preview = preview_statement(uow, data, "demo.xml")
    outcomes = preview.counts
    assert outcomes[Outcome.INVOICE] + outcomes[Outcome.SHARE_FEE] == len(before), outcomes
    assert outcomes[Outcome.SHARE_FEE] == len(before) - invoices
    with UnitOfWork(demo_db, SYSTEM) as uow:
        import_statement(uow, data, "demo.xml")
    with UnitOfWork(demo_db, SYSTEM, write=False) as uow:
        assert open_items(uow) == []
        assert open_invoices(uow) == []
    total = sum((amount for _, amount, _ in before), Decimal("0.00"))
    assert preview.credited == total


def test_the_demo_statement_from_the_command_line(demo_db, cli_user, tmp_path, capsys):
    from app.cli import main

    out = tmp_path / "tiliote.xml"
    db = ["--db", str(demo_db.path)]
    assert main(["export", "demo-statement", "--out", str(out), "--date", "2026-11-20", *db]) == 0
    assert main(["import", "camt", str(out), "--commit", *db]) == 0
    assert "Booked" in capsys.readouterr().out
    with UnitOfWork(demo_db, SYSTEM, write=False) as uow:
        assert open_invoices(uow) == []


def test_no_demo_statement_for_a_real_cooperative(coop_db, cli_user, tmp_path, capsys):
    from app.cli import main

    cli_user("admin", "salasana-1")
    out = tmp_path / "tiliote.xml"
    assert main(["export", "demo-statement", "--out", str(out), "--db", str(coop_db.path)]) == 2
    assert "not the demo cooperative" in capsys.readouterr().err
