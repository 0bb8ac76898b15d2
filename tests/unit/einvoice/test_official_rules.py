"""Peppol UBL documents checked with the official CEN EN 16931 rules and the UBL 2.1 schemas.

The Peppol BIS overlay rules are not redistributed by OpenPeppol; test_peppol.py runs
Osuva's own checks of them.
"""

from __future__ import annotations

import pytest
from lxml import etree
from sqlalchemy import select

from app.domain import Invoice
from app.domain.enums import InvoiceState
from app.services.einvoices import peppol_xml
from app.services.errors import ValidationError
from app.services.uow import UnitOfWork

from .conftest import TREASURER
from .official_rules import cen_rules, ubl_schemas
from .schematron import RuleSets


@pytest.fixture(scope="module")
def cen(tmp_path_factory) -> RuleSets:
    folder = cen_rules(tmp_path_factory.mktemp("cen"))
    assert (folder / "LICENSE").read_text().startswith("EUROPEAN UNION PUBLIC LICENCE v. 1.2")
    rules = RuleSets(folder)
    assert list(rules.sheets) == ["CEN-EN16931-UBL.xslt"]
    return rules


@pytest.fixture(scope="module")
def ubl(tmp_path_factory) -> dict[str, etree.XMLSchema]:
    folder = ubl_schemas(tmp_path_factory.mktemp("ubl")) / "maindoc"
    return {
        kind: etree.XMLSchema(etree.parse(str(folder / f"UBL-{kind}-2.1.xsd")))
        for kind in ("Invoice", "CreditNote")
    }


def _peppol(db, invoice_id: int) -> bytes:
    with UnitOfWork(db, TREASURER, write=False) as uow:
        return peppol_xml(uow, invoice_id)


def _schema_errors(ubl, data: bytes) -> list[str]:
    root = etree.fromstring(data)
    schema = ubl[etree.QName(root).localname]
    return [] if schema.validate(root) else [str(e) for e in schema.error_log]


@pytest.mark.parametrize(
    "which", ["invoice", "credit_note", "reverse_charge", "tricky", "unregistered"]
)
def test_every_kind_of_document_passes_the_official_rules(coop_db, invoices, cen, ubl, which):
    data = _peppol(coop_db, getattr(invoices, which))
    assert _schema_errors(ubl, data) == []
    assert [(f.rule_id, f.text) for f in cen.check(data)] == []


def test_the_official_rules_and_schema_catch_broken_documents(coop_db, invoices, cen, ubl):
    data = _peppol(coop_db, invoices.invoice)
    wrong_total = data.replace(
        b'<cbc:PayableAmount currencyID="EUR">620.99<',
        b'<cbc:PayableAmount currencyID="EUR">621.99<',
    )
    assert {(f.rule_id, f.flag) for f in cen.check(wrong_total)} == {("BR-CO-16", "fatal")}
    no_currency = data.replace(b"<cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>", b"")
    assert "BR-05" in {f.rule_id for f in cen.check(no_currency)}
    # The due date belongs before the invoice type code: out of order is not UBL.
    root = etree.fromstring(data)
    due = root.find("{*}DueDate")
    root.append(due)
    assert any("DueDate" in e for e in _schema_errors(ubl, etree.tostring(root)))


def test_every_peppol_document_of_the_demo_passes(demo_db, cen, ubl):
    with UnitOfWork(demo_db, TREASURER, write=False) as uow:
        ids = uow.session.scalars(
            select(Invoice.id).where(Invoice.state == InvoiceState.ISSUED).order_by(Invoice.id)
        ).all()
    checked, findings = 0, {}
    for invoice_id in ids:
        try:
            data = _peppol(demo_db, invoice_id)
        except ValidationError:
            continue  # a household without an electronic address gets no Peppol document
        checked += 1
        problems = _schema_errors(ubl, data) + [f.rule_id for f in cen.check(data)]
        if problems:
            findings[invoice_id] = problems
    assert findings == {}
    assert checked >= 50
