"""Sending an invoice to a customer who takes e-invoices: a Finvoice file, recorded on it."""

from __future__ import annotations

import pytest
from lxml import etree
from sqlalchemy import select

from app.domain import InvoiceSending
from app.einvoice.soap import split_messages
from app.services.einvoice_sending import einvoice_route, send_einvoice
from app.services.errors import PermissionDeniedError, ValidationError
from app.services.sendings import invoice_sendings
from app.services.uow import UnitOfWork

from .conftest import FACILITATOR, TREASURER


def sendings(db) -> list[tuple[int, str, str]]:
    with UnitOfWork(db, write=False) as uow:
        return [
            (s.invoice_id, s.channel, s.recipient)
            for s in uow.session.scalars(select(InvoiceSending))
        ]


def test_the_e_invoice_is_written_in_its_envelope_and_recorded(
    coop_db, invoices, tmp_path, finvoice_schema
):
    with UnitOfWork(coop_db, TREASURER) as uow:
        route = einvoice_route(uow, invoices.invoice)
        written = send_einvoice(uow, invoices.invoice, tmp_path)
    assert route.recipient == "003710615121 / 003703575029"
    # The cooperative has its operator: the operators' SOAP envelope comes first.
    assert written.soap and written.path == tmp_path / "finvoice-1.xml"
    _envelope, finvoice = split_messages(written.path.read_bytes())
    document = etree.fromstring(finvoice)
    assert finvoice_schema.validate(document), finvoice_schema.error_log
    assert document.findtext(".//InvoiceNumber") == "1"
    assert sendings(coop_db) == [(invoices.invoice, "einvoice", "003710615121 / 003703575029")]
    with UnitOfWork(coop_db, TREASURER, write=False) as uow:
        [row] = invoice_sendings(uow, invoices.invoice)
    assert (row.channel, row.recipient, row.reminder_level) == (
        "einvoice", "003710615121 / 003703575029", None
    )  # fmt: skip


def test_without_the_cooperatives_operator_a_plain_finvoice_is_written(
    coop_db, invoices, tmp_path, finvoice_schema
):
    from app.domain import Cooperative

    with UnitOfWork(coop_db) as uow:
        uow.session.scalars(select(Cooperative)).one().einvoice_operator = ""
    with UnitOfWork(coop_db, TREASURER) as uow:
        written = send_einvoice(uow, invoices.invoice, tmp_path)
    assert not written.soap
    assert finvoice_schema.validate(etree.parse(str(written.path))), finvoice_schema.error_log
    assert len(sendings(coop_db)) == 1


def test_no_e_invoice_address_or_no_folder_writes_and_records_nothing(coop_db, invoices, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with UnitOfWork(coop_db, TREASURER) as uow:
        assert einvoice_route(uow, invoices.household) is None
    with pytest.raises(ValidationError) as caught, UnitOfWork(coop_db, TREASURER) as uow:
        send_einvoice(uow, invoices.household, tmp_path)
    assert caught.value.problems == {"buyer_einvoice_address": "missing"}
    with pytest.raises(ValidationError) as caught, UnitOfWork(coop_db, TREASURER) as uow:
        send_einvoice(uow, invoices.invoice, tmp_path / "nowhere")
    assert caught.value.problems == {"folder": "missing"}
    with pytest.raises(PermissionDeniedError), UnitOfWork(coop_db, FACILITATOR) as uow:
        send_einvoice(uow, invoices.invoice, tmp_path)
    assert sendings(coop_db) == []
    assert list(tmp_path.iterdir()) == []
