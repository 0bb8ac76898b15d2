"""Finvoice behind the operators' SOAP envelope, batches, export to a folder, permissions."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from lxml import etree

from app.einvoice.soap import EB, SOAP_ENV, split_messages
from app.services.einvoices import (
    EInvoiceFormat,
    einvoice_of,
    export_einvoices,
    finvoice_xml,
    issued_between,
    issued_invoice_id,
    peppol_xml,
)
from app.services.errors import NotFoundError, PermissionDeniedError, ValidationError
from app.services.uow import Cancelled, UnitOfWork

from .conftest import FACILITATOR, TREASURER

NOW = datetime(2026, 11, 22, 10, 15, 30, tzinfo=UTC)
NS = {"eb": EB, "env": SOAP_ENV}


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def test_soap_envelope_matches_the_transmission_details(coop_db, invoices, finvoice_schema):
    with UnitOfWork(coop_db, TREASURER, write=False) as uow:
        data = finvoice_xml(uow, invoices.invoice, soap=True, now=NOW)
    envelope_part, finvoice_part = split_messages(data)
    envelope = etree.fromstring(envelope_part)
    finvoice = etree.fromstring(finvoice_part)
    assert finvoice_schema.validate(finvoice), finvoice_schema.error_log
    header = envelope.find("env:Header/eb:MessageHeader", NS)
    parties = [
        (p.findtext("eb:PartyId", namespaces=NS), p.findtext("eb:Role", namespaces=NS))
        for p in header.findall("eb:From", NS) + header.findall("eb:To", NS)
    ]
    assert parties == [
        ("003720774740", "Sender"),
        ("NDEAFIHH", "Intermediator"),
        ("003710615121", "Receiver"),
        ("003703575029", "Intermediator"),
    ]
    assert header.findtext("eb:CPAId", namespaces=NS) == "yoursandmycpa"
    assert header.findtext("eb:Service", namespaces=NS) == "Routing"
    assert header.findtext("eb:Action", namespaces=NS) == "ProcessInvoice"
    message_id = header.findtext("eb:MessageData/eb:MessageId", namespaces=NS)
    assert header.findtext("eb:MessageData/eb:Timestamp", namespaces=NS) == "2026-11-22T10:15:30Z"
    details = finvoice.find("MessageTransmissionDetails")
    assert details.findtext("MessageSenderDetails/FromIdentifier") == "003720774740"
    assert details.findtext("MessageSenderDetails/FromIntermediator") == "NDEAFIHH"
    assert details.findtext("MessageReceiverDetails/ToIdentifier") == "003710615121"
    assert details.findtext("MessageReceiverDetails/ToIntermediator") == "003703575029"
    assert details.findtext("MessageDetails/MessageIdentifier") == message_id
    assert details.findtext("MessageDetails/MessageTimeStamp") == "2026-11-22T10:15:30Z"
    manifest = envelope.find("env:Body/eb:Manifest/eb:Reference", NS)
    assert manifest.get("{http://www.w3.org/1999/xlink}href") == message_id


def test_soap_needs_the_buyers_e_invoice_address_and_operator(coop_db, invoices):
    with (
        UnitOfWork(coop_db, TREASURER, write=False) as uow,
        pytest.raises(ValidationError) as refused,
    ):
        finvoice_xml(uow, invoices.reverse_charge, soap=True, now=NOW)
    assert refused.value.problems == {
        "buyer_einvoice_address": "missing",
        "buyer_einvoice_operator": "missing",
    }


def test_export_writes_one_valid_file_per_invoice(coop_db, invoices, out, finvoice_schema):
    reported = []

    def progress(done: int, total: int) -> bool:
        reported.append((done, total))
        return False

    ids = [invoices.invoice, invoices.credit_note, invoices.reverse_charge]
    with UnitOfWork(coop_db, TREASURER, write=False, progress=progress) as uow:
        paths = export_einvoices(uow, ids, out, EInvoiceFormat.FINVOICE)
    assert [p.name for p in paths] == ["finvoice-1.xml", "finvoice-2.xml", "finvoice-3.xml"]
    assert sorted(p.name for p in out.iterdir()) == [p.name for p in paths]
    for path in paths:
        assert finvoice_schema.validate(etree.parse(str(path))), path
    assert reported[0] == (0, 3) and reported[-1] == (3, 3)


def test_soap_batch_is_one_operator_file_with_a_message_per_invoice(
    coop_db, invoices, out, finvoice_schema
):
    ids = [invoices.invoice, invoices.credit_note, invoices.tricky]
    with UnitOfWork(coop_db, TREASURER, write=False) as uow:
        [path] = export_einvoices(uow, ids, out, EInvoiceFormat.FINVOICE_SOAP, batch=True, now=NOW)
    parts = split_messages(path.read_bytes())
    assert len(parts) == 6
    numbers = []
    for envelope, finvoice in zip(parts[::2], parts[1::2], strict=True):
        message_id = etree.fromstring(envelope).findtext(".//eb:MessageId", namespaces=NS)
        root = etree.fromstring(finvoice)
        assert finvoice_schema.validate(root), finvoice_schema.error_log
        assert root.findtext(".//MessageIdentifier") == message_id
        numbers.append(root.findtext("InvoiceDetails/InvoiceNumber"))
    assert numbers == ["1", "2", "4"]


def test_a_refused_invoice_leaves_no_files(coop_db, invoices, out):
    ids = [invoices.invoice, invoices.reverse_charge]
    with (
        UnitOfWork(coop_db, TREASURER, write=False) as uow,
        pytest.raises(ValidationError),
    ):
        export_einvoices(uow, ids, out, EInvoiceFormat.FINVOICE_SOAP, now=NOW)
    assert list(out.iterdir()) == []


def test_cancel_leaves_no_files(coop_db, invoices, out):
    with (
        UnitOfWork(coop_db, TREASURER, write=False, progress=lambda d, t: d >= 1) as uow,
        pytest.raises(Cancelled),
    ):
        export_einvoices(uow, [invoices.invoice, invoices.tricky], out, EInvoiceFormat.PEPPOL)
    assert list(out.iterdir()) == []


def test_export_refuses_a_missing_folder(coop_db, invoices, out):
    with UnitOfWork(coop_db, TREASURER, write=False) as uow, pytest.raises(ValidationError) as e:
        export_einvoices(uow, [invoices.invoice], out / "nope", EInvoiceFormat.FINVOICE)
    assert e.value.problems == {"folder": "missing"}


def test_numbers_and_dates_find_issued_invoices(coop_db, invoices):
    from datetime import date

    with UnitOfWork(coop_db, TREASURER, write=False) as uow:
        assert issued_invoice_id(uow, " 3 ") == invoices.reverse_charge
        with pytest.raises(NotFoundError):
            issued_invoice_id(uow, "77")
        with pytest.raises(NotFoundError):
            issued_invoice_id(uow, "lasku")
        found = issued_between(uow, date(2026, 11, 1), date(2026, 11, 30))
    assert invoices.draft not in found
    assert set(found) == {
        invoices.invoice,
        invoices.credit_note,
        invoices.reverse_charge,
        invoices.tricky,
        invoices.household,
        invoices.unregistered,
    }


@pytest.mark.parametrize(
    "call",
    [
        lambda uow, ids, path: finvoice_xml(uow, ids.invoice),
        lambda uow, ids, path: peppol_xml(uow, ids.invoice),
        lambda uow, ids, path: einvoice_of(uow, ids.invoice),
        lambda uow, ids, path: issued_invoice_id(uow, "1"),
        lambda uow, ids, path: export_einvoices(uow, [ids.invoice], path, EInvoiceFormat.FINVOICE),
    ],
)
def test_a_facilitator_may_not_export_e_invoices(coop_db, invoices, out, call):
    with (
        UnitOfWork(coop_db, FACILITATOR, write=False) as uow,
        pytest.raises(PermissionDeniedError),
    ):
        call(uow, invoices, out)
    assert list(out.iterdir()) == []


def test_problems_tell_which_invoices_can_go_to_an_operator(coop_db, invoices):
    from app.services.einvoices import einvoice_problems

    soap = EInvoiceFormat.FINVOICE_SOAP
    with UnitOfWork(coop_db, TREASURER, write=False) as uow:
        assert einvoice_problems(uow, invoices.invoice, soap) == {}
        assert einvoice_problems(uow, invoices.household, soap) == {
            "buyer_einvoice_address": "missing",
            "buyer_einvoice_operator": "missing",
        }
        assert einvoice_problems(uow, invoices.household, EInvoiceFormat.FINVOICE) == {}
        assert einvoice_problems(uow, invoices.draft, EInvoiceFormat.PEPPOL) == {"invoice": "draft"}


def test_a_failed_write_leaves_none_of_the_export(coop_db, invoices, out, monkeypatch):
    from app.services import einvoices

    real = einvoices.write_file
    written = []

    def fail_on_the_second(path, data):
        if written:
            raise einvoices.EInvoiceWriteError(path, "No space left on device")
        written.append(path)
        real(path, data)

    monkeypatch.setattr(einvoices, "write_file", fail_on_the_second)
    with (
        UnitOfWork(coop_db, TREASURER, write=False) as uow,
        pytest.raises(einvoices.EInvoiceWriteError),
    ):
        export_einvoices(uow, [invoices.invoice, invoices.tricky], out, EInvoiceFormat.PEPPOL)
    assert written and list(out.iterdir()) == []
