"""osuva-admin export finvoice / export peppol on the demo cooperative."""

from __future__ import annotations

import re

import pytest
from lxml import etree
from sqlalchemy import select

from app.cli import main
from app.domain import Cooperative, Invoice
from app.domain.enums import CustomerKind, InvoiceKind, InvoiceState
from app.einvoice.soap import split_messages
from app.services.uow import UnitOfWork


def _numbers(db) -> dict[str, int]:
    with UnitOfWork(db, write=False) as uow:
        rows = uow.session.execute(
            select(Invoice.number, Invoice.kind, Invoice.buyer_kind).where(
                Invoice.state == InvoiceState.ISSUED
            )
        ).all()
    return {
        "credit": next(n for n, k, _ in rows if k == InvoiceKind.CREDIT_NOTE),
        "municipality": next(n for n, _, b in rows if b == CustomerKind.MUNICIPALITY),
        "household": next(n for n, _, b in rows if b == CustomerKind.HOUSEHOLD),
    }


def test_export_finvoice_and_peppol_by_number(demo_db, cli_user, tmp_path, capsys, finvoice_schema):
    cli_user("treasurer")
    numbers = _numbers(demo_db)
    db = str(demo_db.path)
    out = tmp_path / "lasku.xml"
    assert main(["export", "finvoice", str(numbers["credit"]), "--out", str(out), "--db", db]) == 0
    root = etree.parse(str(out)).getroot()
    assert finvoice_schema.validate(root), finvoice_schema.error_log
    assert root.findtext("InvoiceDetails/InvoiceTypeCode") == "INV02"
    assert f"Finvoice 3.0 written to {out}" in capsys.readouterr().out

    soap = tmp_path / "soap.xml"
    number = str(numbers["municipality"])
    assert main(["export", "finvoice", number, "--soap", "--out", str(soap), "--db", db]) == 2
    assert "cooperative's e-invoice operator" in capsys.readouterr().err
    with UnitOfWork(demo_db) as uow:
        uow.session.scalars(select(Cooperative)).one().einvoice_operator = "NDEAFIHH"
    assert main(["export", "finvoice", number, "--soap", "--out", str(soap), "--db", db]) == 0
    envelope, finvoice = split_messages(soap.read_bytes())
    assert b"ProcessInvoice" in envelope
    assert finvoice_schema.validate(etree.fromstring(finvoice))

    ubl = tmp_path / "peppol.xml"
    assert main(["export", "peppol", number, "--out", str(ubl), "--db", db]) == 0
    assert etree.parse(str(ubl)).getroot().tag.endswith("}Invoice")


def test_draft_unknown_number_and_missing_address_are_one_plain_line(
    demo_db, cli_user, tmp_path, capsys
):
    cli_user("treasurer")
    db = str(demo_db.path)
    out = str(tmp_path / "x.xml")
    assert main(["export", "finvoice", "99999", "--out", out, "--db", db]) == 2
    assert capsys.readouterr().err == ("osuva-admin: There is no issued invoice number 99999.\n")
    # A household has no operator: the SOAP envelope cannot be addressed.
    household = str(_numbers(demo_db)["household"])
    assert main(["export", "finvoice", household, "--soap", "--out", out, "--db", db]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "e-invoice address of the customer" in err
    assert not (tmp_path / "x.xml").exists()


def test_all_invoices_of_a_month_into_a_folder(demo_db, cli_user, tmp_path, capsys):
    cli_user("treasurer")
    db = str(demo_db.path)
    peppol = tmp_path / "peppol"
    peppol.mkdir()
    args = ["--all", "--from", "2026-10-01", "--to", "2026-10-31", "--out", str(peppol)]
    assert main(["export", "peppol", *args, "--db", db]) == 0
    out = capsys.readouterr().out.splitlines()
    # Households have no e-invoice address: listed, the others written.
    skipped = [line for line in out if " skipped: " in line]
    assert skipped
    assert all(
        re.fullmatch(
            r"Invoice \d+ skipped: it has no e-invoice address of the customer\.",
            line,
        )
        for line in skipped
    )
    written = sorted(peppol.iterdir())
    assert out[-1] == f"{len(written)} Peppol BIS 3.0 files written to {peppol}"
    finvoice = tmp_path / "finvoice"
    finvoice.mkdir()
    args[-1] = str(finvoice)
    assert main(["export", "finvoice", *args, "--db", db]) == 0
    files = sorted(finvoice.iterdir())
    assert len(files) == len(written) + len(skipped)
    assert capsys.readouterr().out == f"{len(files)} Finvoice 3.0 files written to {finvoice}\n"


def test_an_operator_batch_of_a_month(demo_db, cli_user, tmp_path, capsys, finvoice_schema):
    cli_user("treasurer")
    with UnitOfWork(demo_db) as uow:
        uow.session.scalars(select(Cooperative)).one().einvoice_operator = "NDEAFIHH"
    args = ["--all", "--from", "2026-10-01", "--to", "2026-10-31", "--out", str(tmp_path)]
    assert main(["export", "finvoice", *args, "--soap", "--batch", "--db", str(demo_db.path)]) == 0
    [batch] = [p for p in tmp_path.iterdir() if p.name.startswith("finvoice-")]
    parts = split_messages(batch.read_bytes())
    assert len(parts) >= 2 and len(parts) % 2 == 0
    for finvoice in parts[1::2]:
        assert finvoice_schema.validate(etree.fromstring(finvoice))


def test_facilitator_may_not_export(demo_db, cli_user, tmp_path, capsys):
    cli_user("facilitator")
    out = tmp_path / "x.xml"
    assert main(["export", "peppol", "1", "--out", str(out), "--db", str(demo_db.path)]) == 2
    assert "may not do that" in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["export", "finvoice", "--out", "x.xml"], "Give the invoice number"),
        (["export", "finvoice", "--all", "--out", "."], "--all needs --from"),
        (["export", "finvoice", "1", "--batch", "--out", "x.xml"], "--batch goes with --all"),
    ],
)
def test_wrong_arguments_are_explained(argv, message, capsys, cli_user):
    assert main(argv) == 2
    assert message in capsys.readouterr().err
