"""Peppol BIS Billing 3.0 UBL: checked by the EN 16931 / Peppol rule files run with saxonche."""

from __future__ import annotations

import time
from decimal import Decimal

import pytest
from lxml import etree

from app.services.einvoices import peppol_xml
from app.services.errors import ValidationError
from app.services.uow import UnitOfWork

from .conftest import DATA, TREASURER
from .invoices import TRICKY_LINE, TRICKY_NAME
from .schematron import RuleSets

NS = {
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
}


@pytest.fixture(scope="module")
def rules() -> RuleSets:
    started = time.perf_counter()
    rule_sets = RuleSets(DATA / "peppol")
    print(f"compiled {sorted(rule_sets.sheets)} in {time.perf_counter() - started:.2f} s")
    assert rule_sets.sheets
    return rule_sets


def _peppol(db, invoice_id: int) -> bytes:
    with UnitOfWork(db, TREASURER, write=False) as uow:
        return peppol_xml(uow, invoice_id)


@pytest.mark.parametrize("which", ["invoice", "credit_note", "reverse_charge", "tricky"])
def test_rules_find_no_errors(coop_db, invoices, rules, which):
    findings = rules.check(_peppol(coop_db, getattr(invoices, which)))
    for warning in (f for f in findings if not f.blocking):
        print(f"warning {warning.rule_id}: {warning.text}")
    assert [f for f in findings if f.blocking] == []


def test_rules_catch_a_wrong_total(coop_db, invoices, rules):
    data = _peppol(coop_db, invoices.invoice).replace(
        b'<cbc:PayableAmount currencyID="EUR">620.99<',
        b'<cbc:PayableAmount currencyID="EUR">621.99<',
    )
    assert {f.rule_id for f in rules.check(data) if f.blocking} >= {"BR-CO-16"}


def test_invoice_parties_payment_and_vat_breakdown(coop_db, invoices):
    root = etree.fromstring(_peppol(coop_db, invoices.invoice))
    assert root.tag.endswith("}Invoice")
    assert root.findtext("cbc:CustomizationID", namespaces=NS) == (
        "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0"
    )
    assert root.findtext("cbc:ProfileID", namespaces=NS) == (
        "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0"
    )
    seller = root.find("cac:AccountingSupplierParty/cac:Party/cbc:EndpointID", NS)
    buyer = root.find("cac:AccountingCustomerParty/cac:Party/cbc:EndpointID", NS)
    assert (seller.get("schemeID"), seller.text) == ("0216", "003720774740")
    assert (buyer.get("schemeID"), buyer.text) == ("0216", "003710615121")
    assert root.findtext("cbc:BuyerReference", namespaces=NS) == "Kustannuspaikka 4120"
    means = root.find("cac:PaymentMeans", NS)
    assert means.findtext("cbc:PaymentMeansCode", namespaces=NS) == "58"
    assert means.findtext("cbc:PaymentID", namespaces=NS) == "10016"
    assert means.findtext("cac:PayeeFinancialAccount/cbc:ID", namespaces=NS) == (
        "FI3715903000000776"
    )
    subtotals = [
        (
            s.findtext("cac:TaxCategory/cbc:ID", namespaces=NS),
            s.findtext("cac:TaxCategory/cbc:Percent", namespaces=NS),
            s.findtext("cbc:TaxableAmount", namespaces=NS),
            s.findtext("cac:TaxCategory/cbc:TaxExemptionReason", namespaces=NS),
        )
        for s in root.findall("cac:TaxTotal/cac:TaxSubtotal", NS)
    ]
    assert subtotals == [
        ("S", "25.5", "423.10", None),
        ("E", "0", "90.00", "Arvonlisäveroton sosiaalihuoltopalvelu, AVL 37 §"),
    ]
    assert root.findtext("cac:LegalMonetaryTotal/cbc:PayableAmount", namespaces=NS) == "620.99"


def test_credit_note_refers_to_the_original_with_positive_amounts(coop_db, invoices):
    root = etree.fromstring(_peppol(coop_db, invoices.credit_note))
    assert root.tag.endswith("}CreditNote")
    assert root.findtext("cbc:CreditNoteTypeCode", namespaces=NS) == "381"
    original = root.find("cac:BillingReference/cac:InvoiceDocumentReference", NS)
    assert original.findtext("cbc:ID", namespaces=NS) == "1"
    assert original.findtext("cbc:IssueDate", namespaces=NS) == "2026-11-02"
    line = root.find("cac:CreditNoteLine", NS)
    assert line.findtext("cbc:CreditedQuantity", namespaces=NS) == "2"
    assert root.findtext("cac:LegalMonetaryTotal/cbc:PayableAmount", namespaces=NS) == "80.32"


def test_reverse_charge_has_the_exemption_code_and_text(coop_db, invoices):
    root = etree.fromstring(_peppol(coop_db, invoices.reverse_charge))
    category = root.find("cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory", NS)
    assert category.findtext("cbc:ID", namespaces=NS) == "AE"
    assert category.findtext("cbc:TaxExemptionReasonCode", namespaces=NS) == "VATEX-EU-AE"
    assert category.findtext("cbc:TaxExemptionReason", namespaces=NS) == (
        "Omvänd skattskyldighet, MomsL 8 c §"
    )
    buyer_vat = root.findtext(
        "cac:AccountingCustomerParty/cac:Party/cac:PartyTaxScheme/cbc:CompanyID", namespaces=NS
    )
    assert buyer_vat == "FI26191976"
    assert Decimal(root.findtext("cac:TaxTotal/cbc:TaxAmount", namespaces=NS)) == 0


def test_special_characters_stay_literal(coop_db, invoices):
    data = _peppol(coop_db, invoices.tricky)
    root = etree.fromstring(data)
    name = root.findtext(
        "cac:AccountingCustomerParty/cac:Party/cac:PartyName/cbc:Name", namespaces=NS
    )
    assert name == TRICKY_NAME
    assert root.findtext("cac:InvoiceLine/cac:Item/cbc:Name", namespaces=NS) == TRICKY_LINE
    assert "&lt;Pörssi&gt; &amp; Co".encode() in data


def test_a_household_without_any_address_gets_no_peppol(coop_db, invoices):
    with pytest.raises(ValidationError) as refused:
        _peppol(coop_db, invoices.household)
    assert refused.value.problems == {"buyer_einvoice_address": "missing"}


def test_a_seller_outside_vat_uses_category_o_without_a_rate(coop_db, invoices, rules):
    data = _peppol(coop_db, invoices.unregistered)
    assert [f for f in rules.check(data) if f.blocking] == []
    root = etree.fromstring(data)
    category = root.find("cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory", NS)
    assert category.findtext("cbc:ID", namespaces=NS) == "O"
    assert category.find("cbc:Percent", NS) is None
    assert category.findtext("cbc:TaxExemptionReasonCode", namespaces=NS) == "VATEX-EU-O"
    assert root.find("cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme", NS) is None
    assert root.find("cac:AccountingCustomerParty/cac:Party/cac:PartyTaxScheme", NS) is None


def test_a_discounted_line_is_an_allowance_the_rules_accept(coop_db, invoices, rules):
    import dataclasses

    from app.einvoice.peppol import peppol_bytes
    from app.einvoice.source import vat_groups
    from app.services.einvoices import einvoice_of

    with UnitOfWork(coop_db, TREASURER, write=False) as uow:
        source = einvoice_of(uow, invoices.invoice)
    # 12.5 h × 32,00 = 400,00 less 15 % = 340,00; VAT 25.5 % = 86,70.
    first = dataclasses.replace(
        source.lines[0],
        discount_percent=Decimal("15"),
        net=Decimal("340.00"),
        vat=Decimal("86.70"),
        gross=Decimal("426.70"),
    )
    lines = (first, *source.lines[1:])
    net = sum((line.net for line in lines), Decimal(0))
    vat = sum((line.vat for line in lines), Decimal(0))
    discounted = dataclasses.replace(
        source,
        lines=lines,
        total_net=net,
        total_vat=vat,
        total_gross=net + vat,
        vat_groups=vat_groups(lines, "fi"),
    )
    data = peppol_bytes(discounted)
    assert [f for f in rules.check(data) if f.blocking] == []
    allowance = etree.fromstring(data).find("cac:InvoiceLine/cac:AllowanceCharge", NS)
    assert allowance.findtext("cbc:Amount", namespaces=NS) == "60.00"
    assert allowance.findtext("cbc:BaseAmount", namespaces=NS) == "400.00"
    assert allowance.findtext("cbc:MultiplierFactorNumeric", namespaces=NS) == "15"
