"""Finvoice 3.0 of issued invoices: valid against the schema, with what a receiver needs."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest
from lxml import etree

from app.einvoice.finvoice import finvoice_bytes
from app.services.einvoices import einvoice_of, finvoice_xml
from app.services.errors import NotFoundError, ValidationError
from app.services.uow import UnitOfWork

from .conftest import TREASURER
from .invoices import TRICKY_LINE, TRICKY_NAME


def _finvoice(db, invoice_id: int, **kwargs) -> bytes:
    with UnitOfWork(db, TREASURER, write=False) as uow:
        return finvoice_xml(uow, invoice_id, **kwargs)


def _valid(schema: etree.XMLSchema, data: bytes) -> etree._Element:
    root = etree.fromstring(data)
    assert schema.validate(root), schema.error_log
    return root


def test_invoice_is_valid_with_totals_vat_breakdown_and_payment(coop_db, invoices, finvoice_schema):
    root = _valid(finvoice_schema, _finvoice(coop_db, invoices.invoice))
    details = root.find("InvoiceDetails")
    assert details.findtext("InvoiceTypeCode") == "INV01"
    assert details.findtext("InvoiceNumber") == "1"
    assert details.find("InvoiceDate").text == "20261102"
    assert details.find("InvoiceDate").get("Format") == "CCYYMMDD"
    # 12.5 h × 32,00 + 42 km × 0,55 at 25.5 % and 3 h × 30,00 exempt.
    assert details.findtext("InvoiceTotalVatExcludedAmount") == "513,10"
    assert details.findtext("InvoiceTotalVatAmount") == "107,89"
    assert details.findtext("InvoiceTotalVatIncludedAmount") == "620,99"
    assert details.findtext("BuyerReferenceIdentifier") == "Kustannuspaikka 4120"
    specs = details.findall("VatSpecificationDetails")
    assert [(s.findtext("VatCode"), s.findtext("VatRatePercent")) for s in specs] == [
        ("S", "25,5"),
        ("E", "0"),
    ]
    assert specs[0].findtext("VatBaseAmount") == "423,10"
    assert specs[1].findtext("VatFreeText") == "Arvonlisäveroton sosiaalihuoltopalvelu, AVL 37 §"
    rows = root.findall("InvoiceRow")
    assert [r.findtext("ArticleName") for r in rows] == [
        "Siivous 10/2026",
        "Kotiapu 10/2026",
        "Matkakulut 10/2026",
    ]
    quantity = rows[0].find("InvoicedQuantity")
    assert (quantity.text, quantity.get("QuantityUnitCodeUN")) == ("12,5", "HUR")
    assert rows[2].find("InvoicedQuantity").get("QuantityUnitCodeUN") == "HUR"

    assert root.findtext("SellerPartyDetails/SellerPartyIdentifier") == "2077474-0"
    assert root.findtext("SellerPartyDetails/SellerOrganisationTaxCode") == "FI20774740"
    assert root.findtext("BuyerPartyDetails/BuyerOrganisationName") == "Porvoon kaupunki"
    assert root.findtext("BuyerOrganisationUnitNumber") == "003710615121"
    assert root.findtext("InvoiceRecipientOrganisationUnitNumber") == "003710615121"

    epi = root.find("EpiDetails")
    account = epi.find("EpiPartyDetails/EpiBeneficiaryPartyDetails/EpiAccountID")
    assert (account.text, account.get("IdentificationSchemeName")) == (
        "FI3715903000000776",
        "IBAN",
    )
    assert epi.findtext("EpiPartyDetails/EpiBfiPartyDetails/EpiBfiIdentifier") == "NDEAFIHH"
    payment = epi.find("EpiPaymentInstructionDetails")
    reference = payment.find("EpiRemittanceInfoIdentifier")
    assert (reference.text, reference.get("IdentificationSchemeName")) == ("10016", "SPY")
    assert payment.findtext("EpiInstructedAmount") == "620,99"
    assert payment.find("EpiCharge").get("ChargeOption") == "SHA"
    assert payment.findtext("EpiDateOptionDate") == "20261116"


def test_credit_note_names_the_original_and_is_negative(coop_db, invoices, finvoice_schema):
    root = _valid(finvoice_schema, _finvoice(coop_db, invoices.credit_note))
    details = root.find("InvoiceDetails")
    assert details.findtext("InvoiceTypeCode") == "INV02"
    assert details.findtext("InvoiceTypeText") == "HYVITYSLASKU"
    assert details.findtext("OriginalInvoiceNumber") == "1"
    assert details.findtext("OriginalInvoiceDate") == "20261102"
    assert details.findtext("InvoiceTotalVatIncludedAmount") == "-80,32"
    assert root.findtext("InvoiceRow/InvoicedQuantity") == "-2"
    assert root.findtext("EpiDetails/EpiPaymentInstructionDetails/EpiInstructedAmount") == "-80,32"


def test_reverse_charge_carries_the_legal_text_and_buyer_vat_id(coop_db, invoices, finvoice_schema):
    root = _valid(finvoice_schema, _finvoice(coop_db, invoices.reverse_charge))
    assert root.findtext("BuyerPartyDetails/BuyerOrganisationTaxCode") == "FI26191976"
    spec = root.find("InvoiceDetails/VatSpecificationDetails")
    assert spec.findtext("VatCode") == "AE"
    assert spec.findtext("VatRateAmount") == "0,00"
    # The buyer reads Swedish: the legal ground is in Swedish too.
    assert spec.findtext("VatFreeText") == "Omvänd skattskyldighet, MomsL 8 c §"
    assert spec.findtext("VatExemptionReasonCode") == "VATEX-EU-AE"
    assert root.findtext("InvoiceDetails/InvoiceTypeText") == "FAKTURA"
    assert root.findtext("InvoiceRow/RowVatCode") == "AE"


def test_markup_emoji_and_right_to_left_text_stay_literal(coop_db, invoices, finvoice_schema):
    data = _finvoice(coop_db, invoices.tricky)
    root = _valid(finvoice_schema, data)
    assert root.findtext("BuyerPartyDetails/BuyerOrganisationName") == TRICKY_NAME
    assert root.findtext("InvoiceRow/ArticleName") == TRICKY_LINE
    assert root.findtext("InvoiceDetails/BuyerReferenceIdentifier") == "Viite <A&B>"
    assert "🚀 ملاحظة הערה" in root.findtext("InvoiceDetails/InvoiceFreeText")
    # Escaped once, as text: no markup of the user's reaches the file.
    # ISO-8859-15 as the banks require: ö is one byte, an emoji a character reference.
    assert data.startswith(b"<?xml version='1.0' encoding='ISO-8859-15'?>")
    assert "&lt;Pörssi&gt; &amp; Co".encode("iso-8859-15") in data
    assert b"&#128512;" in data
    assert "<b>" not in data.decode("iso-8859-15")


def test_long_names_and_control_characters_still_fit_the_schema(coop_db, invoices, finvoice_schema):
    with UnitOfWork(coop_db, TREASURER, write=False) as uow:
        source = einvoice_of(uow, invoices.invoice)
    buyer = dataclasses.replace(
        source.buyer, name="Itä-Uudenmaan " * 12 + "\x07kuntayhtymä", street="Katu " * 20
    )
    line = dataclasses.replace(source.lines[0], description="Siivous\x00 " + "pitkä " * 150)
    long = dataclasses.replace(source, buyer=buyer, lines=(line, *source.lines[1:]))
    root = _valid(finvoice_schema, finvoice_bytes(long))
    names = [e.text for e in root.findall("BuyerPartyDetails/BuyerOrganisationName")]
    assert len(names) > 1 and " ".join(names).endswith("kuntayhtymä")
    assert len(root.findtext("BuyerPartyDetails/BuyerPostalAddressDetails/BuyerStreetName")) <= 35
    assert root.find("InvoiceRow/RowFreeText") is not None


def test_rf_reference_uses_the_iso_scheme(coop_db, invoices, finvoice_schema):
    with UnitOfWork(coop_db, TREASURER, write=False) as uow:
        source = einvoice_of(uow, invoices.invoice)
    rf = dataclasses.replace(source, reference="RF471016")
    root = _valid(finvoice_schema, finvoice_bytes(rf))
    reference = root.find("EpiDetails/EpiPaymentInstructionDetails/EpiRemittanceInfoIdentifier")
    assert (reference.text, reference.get("IdentificationSchemeName")) == ("RF471016", "ISO")


def test_a_draft_or_unknown_invoice_is_refused(coop_db, invoices):
    with pytest.raises(ValidationError) as refused:
        _finvoice(coop_db, invoices.draft)
    assert refused.value.problems == {"invoice": "draft"}
    with pytest.raises(NotFoundError):
        _finvoice(coop_db, 999_999)


def test_every_demo_invoice_and_credit_note_is_valid(demo_db, finvoice_schema):
    from sqlalchemy import select

    from app.domain import Invoice
    from app.domain.enums import InvoiceKind, InvoiceState

    with UnitOfWork(demo_db, TREASURER, write=False) as uow:
        issued = uow.session.execute(
            select(Invoice.id, Invoice.kind).where(Invoice.state == InvoiceState.ISSUED)
        ).all()
        kinds = {kind for _, kind in issued}
        assert kinds == {InvoiceKind.INVOICE, InvoiceKind.CREDIT_NOTE}
        for invoice_id, _ in issued:
            root = etree.fromstring(finvoice_xml(uow, invoice_id))
            assert finvoice_schema.validate(root), (invoice_id, finvoice_schema.error_log)
            assert Decimal(
                root.findtext("InvoiceDetails/InvoiceTotalVatIncludedAmount").replace(",", ".")
            ) == sum(
                Decimal(r.findtext("RowAmount").replace(",", "."))
                for r in root.findall("InvoiceRow")
            )


def test_a_credit_note_stored_with_positive_amounts_is_still_a_credit(finvoice_schema):
    from datetime import date

    from app.domain import Invoice, InvoiceLine
    from app.domain.enums import InvoiceKind, InvoiceState
    from app.einvoice.source import einvoice_source

    from .invoices import SELLER

    original = Invoice(number=7, issue_date=date(2026, 10, 1), state=InvoiceState.ISSUED)
    line = InvoiceLine(
        position=1,
        description="Hyvitys",
        quantity=Decimal("2"),
        unit="h",
        unit_price=Decimal("10.00"),
        vat_code="general",
        vat_rate=Decimal("25.5"),
        net_amount=Decimal("20.00"),
        vat_amount=Decimal("5.10"),
        gross_amount=Decimal("25.10"),
    )
    credit = Invoice(
        number=8,
        kind=InvoiceKind.CREDIT_NOTE,
        state=InvoiceState.ISSUED,
        issue_date=date(2026, 10, 9),
        buyer_name="Porvoon kaupunki",
        buyer_business_id="1061512-1",
        buyer_vat_id="",
        buyer_street="",
        buyer_postal_code="",
        buyer_city="",
        buyer_einvoice_address="",
        buyer_einvoice_operator="",
        reference="",
        our_reference="",
        buyer_reference="",
        notes="",
        seller_snapshot=SELLER,
        total_net=Decimal("20.00"),
        total_vat=Decimal("5.10"),
        total_gross=Decimal("25.10"),
        lines=[line],
        credited_invoice=original,
    )
    source = einvoice_source(credit)
    assert (source.total_gross, source.lines[0].quantity) == (Decimal("-25.10"), Decimal("-2"))
    assert source.vat_groups[0].base == Decimal("-20.00")
    root = _valid(finvoice_schema, finvoice_bytes(source))
    assert root.findtext("InvoiceDetails/OriginalInvoiceNumber") == "7"


def test_payment_terms_and_late_interest_in_the_buyers_language(coop_db, invoices):
    swedish = etree.fromstring(_finvoice(coop_db, invoices.reverse_charge))
    terms = swedish.find("InvoiceDetails/PaymentTermsDetails")
    assert terms.findtext("PaymentTermsFreeText") == "14 dagar netto, förfallodag 16.11.2026"
    assert terms.findtext("InvoiceDueDate") == "20261116"
    fine = terms.find("PaymentOverDueFineDetails")
    assert fine.findtext("PaymentOverDueFineFreeText") == "Dröjsmålsränta 10,5 %"
    assert fine.findtext("PaymentOverDueFinePercent") == "10,5"
    credit = etree.fromstring(_finvoice(coop_db, invoices.credit_note))
    assert credit.find("InvoiceDetails/PaymentTermsDetails/PaymentOverDueFineDetails") is None


def test_a_seller_outside_vat_says_so(coop_db, invoices, finvoice_schema):
    root = _valid(finvoice_schema, _finvoice(coop_db, invoices.unregistered))
    assert root.find("SellerPartyDetails/SellerOrganisationTaxCode") is None
    spec = root.find("InvoiceDetails/VatSpecificationDetails")
    assert spec.findtext("VatCode") == "O"
    assert spec.findtext("VatFreeText") == (
        "Myyjä ei ole arvonlisäverovelvollinen (AVL 3 §, vähäinen toiminta)"
    )


def test_a_discount_is_shown_on_its_row(coop_db, invoices, finvoice_schema):
    with UnitOfWork(coop_db, TREASURER, write=False) as uow:
        source = einvoice_of(uow, invoices.invoice)
    first = dataclasses.replace(
        source.lines[0], discount_percent=Decimal("15"), net=Decimal("340.00")
    )
    discounted = dataclasses.replace(source, lines=(first, *source.lines[1:]))
    row = _valid(finvoice_schema, finvoice_bytes(discounted)).find("InvoiceRow")
    assert row.findtext("RowDiscountPercent") == "15"
    assert row.findtext("RowDiscountAmount") == "60,00"
    assert row.findtext("RowDiscountBaseAmount") == "400,00"


def test_blank_seller_contacts_leave_no_empty_communication_details(finvoice_schema):
    from .peppol_documents import documents

    root = _valid(finvoice_schema, finvoice_bytes(documents()["line_after_period"]))
    assert root.find("SellerCommunicationDetails") is None
    assert root.find("SellerInformationDetails/SellerPhoneNumber") is None
