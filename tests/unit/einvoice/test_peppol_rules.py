"""Osuva's EN 16931 / Peppol BIS 3.0 rules: every kind of document passes, every rule can fail.

Each case edits a valid document so that it breaks one rule and checks that exactly that
rule (with the rules that by definition say the same thing) reports it.
"""

from __future__ import annotations

import re
import time

import pytest
from lxml import etree

from .conftest import DATA
from .peppol_documents import documents, ubl
from .schematron import RuleSets
from .ubl_mutations import (
    BUYER,
    BUYER_VAT,
    LINE,
    MEANS,
    NS,
    REP_ADDRESS,
    REP_NAME,
    REP_VAT,
    SELLER,
    TAX,
    TOTALS,
    add,
    after,
    allowance,
    copy,
    drop,
    line,
    line_allowance,
    mutate,
    put,
    shift,
    subtotal,
    tax_currency,
    tax_representative,
    zero_amounts,
    zero_line,
    zero_subtotal,
)

RULE_FILE = DATA / "peppol" / "osuva-en16931-peppol.sch"
MONEY = "/cbc:TaxInclusiveAmount", "/cbc:PayableAmount"
PAYABLE = tuple(TOTALS + m for m in MONEY)
ONE_CENT_MORE_TAX = shift("0.01", f"{TAX}/cbc:TaxAmount", *PAYABLE)


@pytest.fixture(scope="module")
def rules() -> RuleSets:
    started = time.perf_counter()
    compiled = RuleSets(DATA / "peppol")
    print(f"compiled {sorted(compiled.sheets)} in {time.perf_counter() - started:.2f} s")
    return compiled


@pytest.fixture(scope="module")
def ubl_documents() -> dict[str, bytes]:
    return {name: ubl(invoice) for name, invoice in documents().items()}


def _fired(rules: RuleSets, data: bytes) -> set[str]:
    return {f.rule_id for f in rules.check(data) if f.rules == RULE_FILE.name}


@pytest.mark.parametrize("kind", sorted(documents()))
def test_every_kind_of_document_passes_every_rule(rules, ubl_documents, kind):
    findings = rules.check(ubl_documents[kind])
    assert [(f.rule_id, f.text, f.location) for f in findings if f.blocking] == []


def case(rules: str, document: str, *edits):
    return pytest.param(rules.split(), document, edits, id=rules.split()[0])


def line_tax(n: int = 1) -> str:
    return f"{line(n)}/cac:Item/cac:ClassifiedTaxCategory"


def zero_totals() -> tuple:
    return (drop("/*/cac:InvoiceLine"), zero_amounts)


CASES = [
    # -- the document
    case("BR-01", "invoice", drop("/*/cbc:CustomizationID")),
    case("BR-02", "invoice", drop("/*/cbc:ID")),
    case("BR-03", "invoice", drop("/*/cbc:IssueDate")),
    case("BR-04", "invoice", drop("/*/cbc:InvoiceTypeCode")),
    case("BR-05", "invoice", drop("/*/cbc:DocumentCurrencyCode")),
    case("BR-06", "invoice", drop(f"{SELLER}/cac:PartyLegalEntity/cbc:RegistrationName")),
    case("BR-07", "invoice", drop(f"{BUYER}/cac:PartyLegalEntity/cbc:RegistrationName")),
    case("BR-08", "invoice", drop(f"{SELLER}/cac:PostalAddress")),
    case("BR-09", "invoice", drop(f"{SELLER}/cac:PostalAddress/cac:Country")),
    case("BR-10", "invoice", drop(f"{BUYER}/cac:PostalAddress")),
    case("BR-11", "invoice", drop(f"{BUYER}/cac:PostalAddress/cac:Country")),
    case("BR-12", "invoice", drop(f"{TOTALS}/cbc:LineExtensionAmount")),
    case("BR-13", "invoice", drop(f"{TOTALS}/cbc:TaxExclusiveAmount")),
    case("BR-14", "invoice", drop(f"{TOTALS}/cbc:TaxInclusiveAmount")),
    case("BR-15", "invoice", drop(f"{TOTALS}/cbc:PayableAmount")),
    case("BR-16", "invoice", *zero_totals()),
    case(
        "BR-17",
        "invoice",
        add(
            MEANS,
            "<cac:PayeeParty><cac:PartyIdentification><cbc:ID>123</cbc:ID>"
            "</cac:PartyIdentification></cac:PayeeParty>",
            before=True,
        ),
    ),
    case("BR-18", "invoice", tax_representative(REP_ADDRESS + REP_VAT)),
    case("BR-19", "invoice", tax_representative(REP_NAME + REP_VAT)),
    case(
        "BR-20",
        "invoice",
        tax_representative(
            REP_NAME
            + "<cac:PostalAddress><cbc:CityName>Porvoo</cbc:CityName></cac:PostalAddress>"
            + REP_VAT
        ),
    ),
    case("BR-56", "invoice", tax_representative(REP_NAME + REP_ADDRESS)),
    case("BR-53", "invoice", *tax_currency("SEK", "EUR 107.89")),
    case("BR-62", "invoice", drop(f"{SELLER}/cbc:EndpointID/@schemeID")),
    case("BR-63", "invoice", drop(f"{BUYER}/cbc:EndpointID/@schemeID")),
    case(
        "BR-66",
        "invoice",
        *[
            after(
                f"{MEANS}/cbc:PaymentID",
                "<cac:CardAccount><cbc:PrimaryAccountNumberID>1234</cbc:PrimaryAccountNumberID>"
                "<cbc:NetworkID>VISA</cbc:NetworkID></cac:CardAccount>",
            )
        ]
        * 2,
    ),
    case(
        "BR-67",
        "invoice",
        *[add(MEANS, "<cac:PaymentMandate><cbc:ID>M1</cbc:ID></cac:PaymentMandate>")] * 2,
    ),
    case(
        "BR-CO-03",
        "invoice",
        after("/*/cbc:InvoiceTypeCode", "<cbc:TaxPointDate>2026-10-31</cbc:TaxPointDate>"),
        add("/*/cac:InvoicePeriod", "<cbc:DescriptionCode>35</cbc:DescriptionCode>"),
    ),
    case("BR-CO-09", "invoice", put(f"{BUYER}/cac:PartyTaxScheme/cbc:CompanyID", "QQ10615121")),
    case("BR-CO-10", "invoice", shift("1", f"{TOTALS}/cbc:LineExtensionAmount")),
    case(
        "BR-CO-11",
        "invoice",
        add(
            f"{TOTALS}/cbc:PayableAmount",
            "<cbc:AllowanceTotalAmount currencyID='EUR'>1.00</cbc:AllowanceTotalAmount>",
            before=True,
        ),
        shift("-1", f"{TOTALS}/cbc:TaxExclusiveAmount", *PAYABLE),
    ),
    case(
        "BR-CO-12",
        "invoice",
        add(
            f"{TOTALS}/cbc:PayableAmount",
            "<cbc:ChargeTotalAmount currencyID='EUR'>1.00</cbc:ChargeTotalAmount>",
            before=True,
        ),
        shift("1", f"{TOTALS}/cbc:TaxExclusiveAmount", *PAYABLE),
    ),
    case("BR-CO-13", "invoice", shift("1", f"{TOTALS}/cbc:TaxExclusiveAmount", *PAYABLE)),
    case("BR-CO-14", "invoice", shift("1", f"{TAX}/cbc:TaxAmount", *PAYABLE)),
    case("BR-CO-15", "invoice", shift("1", *PAYABLE)),
    case("BR-CO-16", "invoice", shift("1", f"{TOTALS}/cbc:PayableAmount")),
    case(
        "BR-CO-18 PEPPOL-EN16931-R053 BR-AE-01",
        "reverse_charge",
        drop(f"{TAX}/cac:TaxSubtotal"),
    ),
    case(
        "BR-CO-19 PEPPOL-EN16931-R008",
        "invoice",
        drop("/*/cac:InvoicePeriod/*"),
    ),
    case(
        "BR-29",
        "invoice",
        put("/*/cac:InvoicePeriod/cbc:StartDate", "2026-11-01"),
        drop("//cac:InvoiceLine/cac:InvoicePeriod"),
    ),
    case("BR-CO-25", "invoice", drop("/*/cbc:DueDate"), drop("/*/cac:PaymentTerms")),
    case("BR-CO-26", "not_subject", drop(f"{SELLER}/cac:PartyLegalEntity/cbc:CompanyID")),
    # -- VAT categories on document level
    case(
        "BR-S-01",
        "invoice",
        drop(subtotal("S")),
        put(f"{TAX}/cbc:TaxAmount", "0.00"),
        *[put(path, "513.10") for path in PAYABLE],
    ),
    case("BR-S-02", "credit_note", drop(f"{SELLER}/cac:PartyTaxScheme")),
    case("BR-S-03 BR-S-02", "credit_note", drop(f"{SELLER}/cac:PartyTaxScheme"), allowance("S")),
    case(
        "BR-S-04 BR-S-02",
        "credit_note",
        drop(f"{SELLER}/cac:PartyTaxScheme"),
        allowance("S", charge=True),
    ),
    case("BR-Z-01", "rates", drop(subtotal("Z"))),
    case("BR-Z-02 BR-S-02", "rates", drop(f"{SELLER}/cac:PartyTaxScheme")),
    case(
        "BR-Z-03 BR-Z-02 BR-S-02",
        "rates",
        drop(f"{SELLER}/cac:PartyTaxScheme"),
        allowance("Z", "0"),
    ),
    case(
        "BR-Z-04 BR-Z-02 BR-S-02",
        "rates",
        drop(f"{SELLER}/cac:PartyTaxScheme"),
        allowance("Z", "0", charge=True),
    ),
    case("BR-E-01", "invoice", drop(subtotal("E"))),
    case("BR-E-02", "exempt", drop(f"{SELLER}/cac:PartyTaxScheme")),
    case("BR-E-03 BR-E-02", "exempt", drop(f"{SELLER}/cac:PartyTaxScheme"), allowance("E", "0")),
    case(
        "BR-E-04 BR-E-02",
        "exempt",
        drop(f"{SELLER}/cac:PartyTaxScheme"),
        allowance("E", "0", charge=True),
    ),
    case("BR-AE-01", "reverse_charge", copy(subtotal("AE"), TAX)),
    case(
        "BR-AE-02",
        "reverse_charge",
        drop(f"{BUYER}/cac:PartyTaxScheme"),
        drop(f"{BUYER}/cac:PartyLegalEntity/cbc:CompanyID"),
    ),
    case(
        "BR-AE-03 BR-AE-02",
        "reverse_charge",
        drop(f"{BUYER}/cac:PartyTaxScheme"),
        drop(f"{BUYER}/cac:PartyLegalEntity/cbc:CompanyID"),
        allowance("AE", "0"),
    ),
    case(
        "BR-AE-04 BR-AE-02",
        "reverse_charge",
        drop(f"{BUYER}/cac:PartyTaxScheme"),
        drop(f"{BUYER}/cac:PartyLegalEntity/cbc:CompanyID"),
        allowance("AE", "0", charge=True),
    ),
    case("BR-O-01", "not_subject", copy(subtotal("O"), TAX)),
    case("BR-O-02", "not_subject", add(f"{BUYER}/cac:PartyLegalEntity", BUYER_VAT, before=True)),
    case(
        "BR-O-03 BR-O-02",
        "not_subject",
        add(f"{BUYER}/cac:PartyLegalEntity", BUYER_VAT, before=True),
        allowance("O", None),
    ),
    case(
        "BR-O-04 BR-O-02",
        "not_subject",
        add(f"{BUYER}/cac:PartyLegalEntity", BUYER_VAT, before=True),
        allowance("O", None, charge=True),
    ),
    case(
        "BR-O-11",
        "not_subject",
        zero_subtotal("E", "0", "<cbc:TaxExemptionReason>AVL 37 §</cbc:TaxExemptionReason>"),
    ),
    case("BR-O-12 BR-Z-01 BR-Z-02", "not_subject", zero_line("Z", "0")),
    case("BR-O-13 BR-S-01 BR-S-03", "not_subject", allowance("S")),
    case("BR-O-14 BR-S-01 BR-S-04", "not_subject", allowance("S", charge=True)),
    case("BR-CL-01 PEPPOL-EN16931-P0100", "invoice", put("/*/cbc:InvoiceTypeCode", "999")),
    # -- Peppol on document level
    case("PEPPOL-EN16931-R001", "invoice", drop("/*/cbc:ProfileID")),
    case(
        "PEPPOL-EN16931-R007",
        "invoice",
        put("/*/cbc:ProfileID", "urn:fdc:peppol.eu:2017:poacc:billing:1:1.0"),
    ),
    case("PEPPOL-EN16931-R002", "credit_note", after("/*/cbc:Note", "<cbc:Note>Toinen</cbc:Note>")),
    case("PEPPOL-EN16931-R003", "reverse_charge", drop("/*/cbc:BuyerReference")),
    case(
        "PEPPOL-EN16931-R004", "invoice", put("/*/cbc:CustomizationID", "urn:cen.eu:en16931:2017")
    ),
    case("PEPPOL-EN16931-R005", "invoice", *tax_currency("EUR", "EUR 107.89")),
    case("PEPPOL-EN16931-R008", "invoice", put(f"{BUYER}/cac:PartyName/cbc:Name", " ")),
    case("PEPPOL-EN16931-R010", "invoice", drop(f"{BUYER}/cbc:EndpointID")),
    case("PEPPOL-EN16931-R020", "invoice", drop(f"{SELLER}/cbc:EndpointID")),
    case(
        "PEPPOL-EN16931-R051", "invoice", put(f"{LINE}/cbc:LineExtensionAmount/@currencyID", "SEK")
    ),
    case(
        "PEPPOL-EN16931-R053",
        "invoice",
        add(
            TOTALS,
            '<cac:TaxTotal><cbc:TaxAmount currencyID="EUR">107.89</cbc:TaxAmount></cac:TaxTotal>',
            before=True,
        ),
        copy(subtotal("S"), f"{TAX}[2]"),
    ),
    case("PEPPOL-EN16931-R054", "invoice", *tax_currency("SEK", "SEK 1234.50", "SEK 1234.50")),
    case("PEPPOL-EN16931-R055", "invoice", *tax_currency("SEK", "SEK -1234.50")),
    case(
        "PEPPOL-EN16931-R080",
        "invoice",
        add(
            "/*/cac:AccountingSupplierParty",
            "<cac:AdditionalDocumentReference><cbc:ID>P2</cbc:ID>"
            "<cbc:DocumentTypeCode>50</cbc:DocumentTypeCode></cac:AdditionalDocumentReference>"
            "<cac:ProjectReference><cbc:ID>P1</cbc:ID></cac:ProjectReference>",
            before=True,
        ),
    ),
    case("PEPPOL-EN16931-P0100", "invoice", put("/*/cbc:InvoiceTypeCode", "381")),
    case("PEPPOL-EN16931-P0101", "credit_note", put("/*/cbc:CreditNoteTypeCode", "380")),
    case("PEPPOL-EN16931-P0112", "invoice", put("/*/cbc:InvoiceTypeCode", "326")),
    case("OSUVA-R001", "credit_note", drop("/*/cac:BillingReference")),
    # -- references
    case(
        "BR-55",
        "credit_note",
        add(
            "/*/cac:AccountingSupplierParty",
            "<cac:BillingReference><cac:CreditNoteDocumentReference><cbc:ID>7</cbc:ID>"
            "</cac:CreditNoteDocumentReference></cac:BillingReference>",
            before=True,
        ),
    ),
    case(
        "BR-57",
        "invoice",
        add(
            MEANS,
            "<cac:Delivery><cac:DeliveryLocation><cac:Address><cbc:CityName>Porvoo"
            "</cbc:CityName></cac:Address></cac:DeliveryLocation></cac:Delivery>",
            before=True,
        ),
    ),
    case(
        "BR-52",
        "invoice",
        add(
            "/*/cac:AccountingSupplierParty",
            "<cac:AdditionalDocumentReference><cbc:DocumentDescription>Liite"
            "</cbc:DocumentDescription></cac:AdditionalDocumentReference>",
            before=True,
        ),
    ),
    # -- VAT breakdown
    case("BR-45", "invoice", drop(f"{subtotal('E')}/cbc:TaxableAmount")),
    case("BR-46", "invoice", drop(f"{subtotal('E')}/cbc:TaxAmount")),
    case("BR-47", "invoice", zero_subtotal(None, "0")),
    case("BR-48", "invoice", drop(f"{subtotal('E')}/cac:TaxCategory/cbc:Percent")),
    case(
        "BR-CO-17 BR-S-09",
        "invoice",
        shift("1", f"{subtotal('S')}/cbc:TaxAmount", f"{TAX}/cbc:TaxAmount", *PAYABLE),
    ),
    case("BR-S-08", "invoice", shift("0.01", f"{subtotal('S')}/cbc:TaxableAmount")),
    case(
        "BR-S-10",
        "invoice",
        add(
            f"{subtotal('S')}/cac:TaxCategory/cac:TaxScheme",
            "<cbc:TaxExemptionReason>Ei syytä</cbc:TaxExemptionReason>",
            before=True,
        ),
    ),
    case("BR-Z-08", "rates", shift("0.01", f"{subtotal('Z')}/cbc:TaxableAmount")),
    case(
        "BR-Z-09",
        "rates",
        shift("0.01", f"{subtotal('Z')}/cbc:TaxAmount"),
        ONE_CENT_MORE_TAX,
    ),
    case(
        "BR-Z-10",
        "rates",
        add(
            f"{subtotal('Z')}/cac:TaxCategory/cac:TaxScheme",
            "<cbc:TaxExemptionReason>Ei syytä</cbc:TaxExemptionReason>",
            before=True,
        ),
    ),
    case("BR-E-08", "invoice", shift("0.01", f"{subtotal('E')}/cbc:TaxableAmount")),
    case("BR-E-09", "invoice", shift("0.01", f"{subtotal('E')}/cbc:TaxAmount"), ONE_CENT_MORE_TAX),
    case("BR-E-10", "invoice", drop(f"{subtotal('E')}/cac:TaxCategory/cbc:TaxExemptionReason")),
    case("BR-AE-08", "reverse_charge", shift("0.01", f"{subtotal('AE')}/cbc:TaxableAmount")),
    case(
        "BR-AE-09",
        "reverse_charge",
        shift("0.01", f"{subtotal('AE')}/cbc:TaxAmount"),
        ONE_CENT_MORE_TAX,
    ),
    case(
        "BR-AE-10",
        "reverse_charge",
        drop(f"{subtotal('AE')}/cac:TaxCategory/cbc:TaxExemptionReasonCode"),
        drop(f"{subtotal('AE')}/cac:TaxCategory/cbc:TaxExemptionReason"),
    ),
    case("BR-O-08", "not_subject", shift("0.01", f"{subtotal('O')}/cbc:TaxableAmount")),
    case(
        "BR-O-09",
        "not_subject",
        shift("0.01", f"{subtotal('O')}/cbc:TaxAmount"),
        ONE_CENT_MORE_TAX,
    ),
    case(
        "BR-O-10",
        "not_subject",
        drop(f"{subtotal('O')}/cac:TaxCategory/cbc:TaxExemptionReasonCode"),
        drop(f"{subtotal('O')}/cac:TaxCategory/cbc:TaxExemptionReason"),
    ),
    # -- VAT category codes and exemption reasons
    case("BR-CL-17", "invoice", zero_subtotal("Q", "0")),
    case("BR-CL-18", "invoice", zero_line("Q", "0")),
    case(
        "BR-CL-22",
        "invoice",
        add(
            f"{subtotal('E')}/cac:TaxCategory/cbc:TaxExemptionReason",
            "<cbc:TaxExemptionReasonCode>VATEX-EU-XX</cbc:TaxExemptionReasonCode>",
            before=True,
        ),
    ),
    *[
        case(
            f"PEPPOL-EN16931-{rule}",
            "invoice",
            zero_subtotal(
                "L",
                "0",
                f"<cbc:TaxExemptionReasonCode>VATEX-EU-{code}</cbc:TaxExemptionReasonCode>",
            ),
        )
        for rule, code in [
            ("P0104", "G"),
            ("P0105", "O"),
            ("P0106", "IC"),
            ("P0107", "AE"),
            ("P0108", "D"),
            ("P0109", "F"),
            ("P0110", "I"),
            ("P0111", "J"),
        ]
    ],
    # -- lines
    case("BR-21", "invoice", drop(f"{LINE}/cbc:ID")),
    case("BR-22", "invoice", drop(f"{LINE}/cbc:InvoicedQuantity")),
    case("BR-23", "invoice", drop(f"{LINE}/cbc:InvoicedQuantity/@unitCode")),
    case("BR-24", "discounts", drop(f"{line(3)}/cbc:LineExtensionAmount")),
    case("BR-25", "invoice", drop(f"{LINE}/cac:Item/cbc:Name")),
    case(
        "BR-26",
        "invoice",
        add(f"{LINE}/cac:Price", '<cbc:BaseQuantity unitCode="HUR">1</cbc:BaseQuantity>'),
        drop(f"{LINE}/cac:Price/cbc:PriceAmount"),
    ),
    case(
        "BR-27",
        "invoice",
        put(f"{LINE}/cac:Price/cbc:PriceAmount", "-32.00"),
        put(f"{LINE}/cbc:InvoicedQuantity", "-12.5"),
    ),
    case(
        "BR-28",
        "invoice",
        add(
            f"{LINE}/cac:Price",
            "<cac:AllowanceCharge><cbc:ChargeIndicator>false</cbc:ChargeIndicator>"
            '<cbc:Amount currencyID="EUR">-33.00</cbc:Amount>'
            '<cbc:BaseAmount currencyID="EUR">-1.00</cbc:BaseAmount></cac:AllowanceCharge>',
        ),
    ),
    case(
        "BR-30",
        "invoice",
        put(f"{LINE}/cac:InvoicePeriod/cbc:EndDate", "2026-10-15"),
        add(f"{LINE}/cac:InvoicePeriod", "<cbc:StartDate>2026-10-20</cbc:StartDate>"),
    ),
    case(
        "BR-54",
        "invoice",
        add(
            f"{LINE}/cac:Item",
            "<cac:AdditionalItemProperty><cbc:Name>Väri</cbc:Name></cac:AdditionalItemProperty>",
        ),
    ),
    case(
        "BR-64",
        "invoice",
        add(
            f"{LINE}/cac:Item/cac:ClassifiedTaxCategory",
            "<cac:StandardItemIdentification><cbc:ID>123</cbc:ID></cac:StandardItemIdentification>",
            before=True,
        ),
    ),
    case(
        "BR-65",
        "invoice",
        add(
            f"{LINE}/cac:Item/cac:ClassifiedTaxCategory",
            "<cac:CommodityClassification><cbc:ItemClassificationCode>123"
            "</cbc:ItemClassificationCode></cac:CommodityClassification>",
            before=True,
        ),
    ),
    case("BR-CO-04", "discounts", drop(f"{line_tax(3)}/cbc:ID")),
    case("BR-CO-20 PEPPOL-EN16931-R008", "invoice", drop(f"{LINE}/cac:InvoicePeriod/*")),
    case(
        "BR-S-05",
        "discounts",
        put(f"{line_tax(3)}/cbc:ID", "S"),
    ),
    case("BR-Z-05", "rates", put(f"{line_tax(4)}/cbc:Percent", "5")),
    case("BR-E-05", "invoice", put(f"{line_tax(2)}/cbc:Percent", "5")),
    case("BR-AE-05", "reverse_charge", put(f"{line_tax()}/cbc:Percent", "5")),
    case(
        "BR-O-05",
        "not_subject",
        add(f"{line_tax()}/cac:TaxScheme", "<cbc:Percent>0</cbc:Percent>", before=True),
    ),
    case(
        "PEPPOL-EN16931-R100 UBL-SR-52",
        "invoice",
        *[
            add(
                f"{LINE}/cac:Item",
                "<cac:DocumentReference><cbc:ID>K1</cbc:ID>"
                "<cbc:DocumentTypeCode>130</cbc:DocumentTypeCode></cac:DocumentReference>",
                before=True,
            )
        ]
        * 2,
    ),
    case(
        "PEPPOL-EN16931-R101",
        "invoice",
        add(
            f"{LINE}/cac:Item",
            "<cac:DocumentReference><cbc:ID>K1</cbc:ID>"
            "<cbc:DocumentTypeCode>50</cbc:DocumentTypeCode></cac:DocumentReference>",
            before=True,
        ),
    ),
    case(
        "PEPPOL-EN16931-R110",
        "invoice",
        add(f"{LINE}/cac:InvoicePeriod", "<cbc:StartDate>2026-09-30</cbc:StartDate>"),
    ),
    case(
        "PEPPOL-EN16931-R111", "invoice", put(f"{LINE}/cac:InvoicePeriod/cbc:EndDate", "2026-11-05")
    ),
    case(
        "PEPPOL-EN16931-R120",
        "invoice",
        shift(
            "0.03",
            f"{LINE}/cbc:LineExtensionAmount",
            f"{TOTALS}/cbc:LineExtensionAmount",
            f"{TOTALS}/cbc:TaxExclusiveAmount",
            f"{subtotal('S')}/cbc:TaxableAmount",
            *PAYABLE,
        ),
    ),
    case(
        "PEPPOL-EN16931-R121",
        "invoice",
        add(f"{LINE}/cac:Price", '<cbc:BaseQuantity unitCode="HUR">0</cbc:BaseQuantity>'),
    ),
    case(
        "PEPPOL-EN16931-R130",
        "invoice",
        add(f"{LINE}/cac:Price", '<cbc:BaseQuantity unitCode="DAY">1</cbc:BaseQuantity>'),
    ),
    case(
        "PEPPOL-EN16931-R044",
        "invoice",
        add(
            f"{LINE}/cac:Price",
            "<cac:AllowanceCharge><cbc:ChargeIndicator>true</cbc:ChargeIndicator>"
            '<cbc:Amount currencyID="EUR">0.00</cbc:Amount>'
            '<cbc:BaseAmount currencyID="EUR">32.00</cbc:BaseAmount></cac:AllowanceCharge>',
        ),
    ),
    case(
        "PEPPOL-EN16931-R046",
        "invoice",
        add(
            f"{LINE}/cac:Price",
            "<cac:AllowanceCharge><cbc:ChargeIndicator>false</cbc:ChargeIndicator>"
            '<cbc:Amount currencyID="EUR">1.00</cbc:Amount>'
            '<cbc:BaseAmount currencyID="EUR">32.00</cbc:BaseAmount></cac:AllowanceCharge>',
        ),
    ),
    # -- document level allowances and charges
    case("BR-31", "invoice", allowance("S", amount="")),
    case("BR-32", "invoice", allowance("")),
    case(
        "BR-33 BR-CO-21",
        "invoice",
        allowance("S"),
        drop("/*/cac:AllowanceCharge/cbc:AllowanceChargeReasonCode"),
    ),
    case("BR-36", "invoice", allowance("S", charge=True, amount="")),
    case("BR-37", "invoice", allowance("", charge=True)),
    case(
        "BR-38 BR-CO-22",
        "invoice",
        allowance("S", charge=True),
        drop("/*/cac:AllowanceCharge/cbc:AllowanceChargeReason"),
    ),
    case("BR-S-06", "invoice", allowance("S", "0")),
    case("BR-S-07", "invoice", allowance("S", "0", charge=True)),
    case("BR-Z-06", "rates", allowance("Z", "5")),
    case("BR-Z-07", "rates", allowance("Z", "5", charge=True)),
    case("BR-E-06", "invoice", allowance("E", "5")),
    case("BR-E-07", "invoice", allowance("E", "5", charge=True)),
    case("BR-AE-06", "reverse_charge", allowance("AE", "5")),
    case("BR-AE-07", "reverse_charge", allowance("AE", "5", charge=True)),
    case("BR-O-06", "not_subject", allowance("O", "0")),
    case("BR-O-07", "not_subject", allowance("O", "0", charge=True)),
    case("BR-DEC-01", "invoice", allowance("S", amount="0.000")),
    case(
        "BR-DEC-02",
        "invoice",
        allowance(
            "S",
            more="<cbc:MultiplierFactorNumeric>0</cbc:MultiplierFactorNumeric>"
            '<cbc:BaseAmount currencyID="EUR">0.000</cbc:BaseAmount>',
        ),
    ),
    case("BR-DEC-05", "invoice", allowance("S", charge=True, amount="0.000")),
    case(
        "BR-DEC-06",
        "invoice",
        allowance(
            "S",
            charge=True,
            more="<cbc:MultiplierFactorNumeric>0</cbc:MultiplierFactorNumeric>"
            '<cbc:BaseAmount currencyID="EUR">0.000</cbc:BaseAmount>',
        ),
    ),
    # -- line allowances and charges
    case(
        "BR-41",
        "invoice",
        line_allowance("<cbc:AllowanceChargeReasonCode>95</cbc:AllowanceChargeReasonCode>"),
    ),
    case(
        "BR-42 BR-CO-23",
        "invoice",
        line_allowance('<cbc:Amount currencyID="EUR">0.00</cbc:Amount>'),
    ),
    case(
        "BR-43",
        "invoice",
        line_allowance("<cbc:AllowanceChargeReason>Rahti</cbc:AllowanceChargeReason>", charge=True),
    ),
    case(
        "BR-44 BR-CO-24",
        "invoice",
        line_allowance('<cbc:Amount currencyID="EUR">0.00</cbc:Amount>', charge=True),
    ),
    case("BR-DEC-24", "discounts", put(f"{LINE}/cac:AllowanceCharge/cbc:Amount", "60.000")),
    case("BR-DEC-25", "discounts", put(f"{LINE}/cac:AllowanceCharge/cbc:BaseAmount", "400.000")),
    case(
        "BR-DEC-27",
        "invoice",
        line_allowance(
            "<cbc:AllowanceChargeReason>Rahti</cbc:AllowanceChargeReason>"
            '<cbc:Amount currencyID="EUR">0.000</cbc:Amount>',
            charge=True,
        ),
    ),
    case(
        "BR-DEC-28",
        "invoice",
        line_allowance(
            "<cbc:AllowanceChargeReason>Rahti</cbc:AllowanceChargeReason>"
            "<cbc:MultiplierFactorNumeric>0</cbc:MultiplierFactorNumeric>"
            '<cbc:Amount currencyID="EUR">0.00</cbc:Amount>'
            '<cbc:BaseAmount currencyID="EUR">0.000</cbc:BaseAmount>',
            charge=True,
        ),
    ),
    case("PEPPOL-EN16931-R041", "discounts", drop(f"{LINE}/cac:AllowanceCharge/cbc:BaseAmount")),
    case(
        "PEPPOL-EN16931-R042",
        "discounts",
        drop(f"{LINE}/cac:AllowanceCharge/cbc:MultiplierFactorNumeric"),
    ),
    case(
        "PEPPOL-EN16931-R040",
        "discounts",
        put(f"{LINE}/cac:AllowanceCharge/cbc:MultiplierFactorNumeric", "16"),
    ),
    case(
        "PEPPOL-EN16931-R043",
        "invoice",
        add(
            f"{LINE}/cac:Item",
            "<cac:AllowanceCharge><cbc:ChargeIndicator>no</cbc:ChargeIndicator>"
            "<cbc:AllowanceChargeReasonCode>95</cbc:AllowanceChargeReasonCode>"
            '<cbc:Amount currencyID="EUR">0.00</cbc:Amount></cac:AllowanceCharge>',
            before=True,
        ),
    ),
    # -- payment
    case("BR-49", "invoice", drop(f"{MEANS}/cbc:PaymentMeansCode")),
    case(
        "BR-50",
        "invoice",
        put(f"{MEANS}/cbc:PaymentMeansCode", "42"),
        drop(f"{MEANS}/cac:PayeeFinancialAccount/cbc:ID"),
    ),
    case(
        "BR-51",
        "invoice",
        after(
            f"{MEANS}/cbc:PaymentID",
            "<cac:CardAccount><cbc:PrimaryAccountNumberID>4111111111111111"
            "</cbc:PrimaryAccountNumberID><cbc:NetworkID>VISA</cbc:NetworkID></cac:CardAccount>",
        ),
    ),
    case("BR-61", "invoice", drop(f"{MEANS}/cac:PayeeFinancialAccount")),
    case("BR-CL-16", "invoice", put(f"{MEANS}/cbc:PaymentMeansCode", "999")),
    case("PEPPOL-EN16931-R061", "invoice", put(f"{MEANS}/cbc:PaymentMeansCode", "59")),
    case("OSUVA-FI-R004", "invoice", put(f"{MEANS}/cbc:PaymentID", "10017")),
    # -- code lists and formats
    case("BR-CL-04 PEPPOL-EN16931-R051", "invoice", put("/*/cbc:DocumentCurrencyCode", "EUX")),
    case("BR-CL-05 BR-53", "invoice", *tax_currency("SEX", "EUR 107.89")),
    case(
        "BR-CL-06 PEPPOL-EN16931-CL006",
        "invoice",
        add("/*/cac:InvoicePeriod", "<cbc:DescriptionCode>999</cbc:DescriptionCode>"),
    ),
    case(
        "BR-CL-10",
        "invoice",
        add(
            f"{SELLER}/cac:PartyName",
            '<cac:PartyIdentification><cbc:ID schemeID="9999">1</cbc:ID></cac:PartyIdentification>',
            before=True,
        ),
    ),
    case(
        "BR-CL-11", "invoice", put(f"{SELLER}/cac:PartyLegalEntity/cbc:CompanyID/@schemeID", "9999")
    ),
    case(
        "BR-CL-14",
        "invoice",
        put(f"{SELLER}/cac:PostalAddress/cac:Country/cbc:IdentificationCode", "XX"),
    ),
    case(
        "BR-CL-15",
        "invoice",
        add(
            f"{LINE}/cac:Item/cac:ClassifiedTaxCategory",
            "<cac:OriginCountry><cbc:IdentificationCode>XX</cbc:IdentificationCode></cac:OriginCountry>",
            before=True,
        ),
    ),
    case(
        "BR-CL-19 PEPPOL-EN16931-CL002",
        "discounts",
        put(f"{LINE}/cac:AllowanceCharge/cbc:AllowanceChargeReasonCode", "999"),
    ),
    case(
        "BR-CL-20 PEPPOL-EN16931-CL003",
        "invoice",
        line_allowance(
            "<cbc:AllowanceChargeReasonCode>XYZ</cbc:AllowanceChargeReasonCode>"
            '<cbc:Amount currencyID="EUR">0.00</cbc:Amount>',
            charge=True,
        ),
    ),
    case(
        "BR-CL-21",
        "invoice",
        add(
            f"{LINE}/cac:Item/cac:ClassifiedTaxCategory",
            '<cac:StandardItemIdentification><cbc:ID schemeID="9999">1</cbc:ID>'
            "</cac:StandardItemIdentification>",
            before=True,
        ),
    ),
    case("BR-CL-23", "invoice", put(f"{LINE}/cbc:InvoicedQuantity/@unitCode", "XXX9")),
    case(
        "BR-CL-25 PEPPOL-EN16931-CL008",
        "invoice",
        put(f"{SELLER}/cbc:EndpointID/@schemeID", "9999"),
    ),
    case(
        "BR-CL-26",
        "invoice",
        add(
            MEANS,
            '<cac:Delivery><cac:DeliveryLocation><cbc:ID schemeID="9999">1</cbc:ID>'
            "</cac:DeliveryLocation></cac:Delivery>",
            before=True,
        ),
    ),
    case(
        "BR-CL-03 PEPPOL-EN16931-CL007 PEPPOL-EN16931-R051",
        "invoice",
        put(f"{LINE}/cbc:LineExtensionAmount/@currencyID", "EUX"),
    ),
    case("PEPPOL-EN16931-F001", "invoice", put("/*/cbc:IssueDate", "2026-11-2")),
    # -- decimals
    case("BR-DEC-09", "invoice", put(f"{TOTALS}/cbc:LineExtensionAmount", "513.100")),
    case(
        "BR-DEC-10",
        "invoice",
        add(
            f"{TOTALS}/cbc:PayableAmount",
            '<cbc:AllowanceTotalAmount currencyID="EUR">0.000</cbc:AllowanceTotalAmount>',
            before=True,
        ),
    ),
    case(
        "BR-DEC-11",
        "invoice",
        add(
            f"{TOTALS}/cbc:PayableAmount",
            '<cbc:ChargeTotalAmount currencyID="EUR">0.000</cbc:ChargeTotalAmount>',
            before=True,
        ),
    ),
    case("BR-DEC-12", "invoice", put(f"{TOTALS}/cbc:TaxExclusiveAmount", "513.100")),
    case("BR-DEC-13", "invoice", put(f"{TAX}/cbc:TaxAmount", "107.890")),
    case("BR-DEC-14", "invoice", put(f"{TOTALS}/cbc:TaxInclusiveAmount", "620.990")),
    case("BR-DEC-15", "invoice", *tax_currency("SEK", "SEK 1234.567")),
    case(
        "BR-DEC-16",
        "invoice",
        add(
            f"{TOTALS}/cbc:PayableAmount",
            '<cbc:PrepaidAmount currencyID="EUR">0.000</cbc:PrepaidAmount>',
            before=True,
        ),
    ),
    case(
        "BR-DEC-17",
        "invoice",
        add(
            f"{TOTALS}/cbc:PayableAmount",
            '<cbc:PayableRoundingAmount currencyID="EUR">0.000</cbc:PayableRoundingAmount>',
            before=True,
        ),
    ),
    case("BR-DEC-18", "invoice", put(f"{TOTALS}/cbc:PayableAmount", "620.990")),
    case("BR-DEC-19", "invoice", put(f"{subtotal('E')}/cbc:TaxableAmount", "90.000")),
    case("BR-DEC-20", "invoice", put(f"{subtotal('E')}/cbc:TaxAmount", "0.000")),
    case("BR-DEC-23", "invoice", put(f"{LINE}/cbc:LineExtensionAmount", "400.000")),
    # -- single occurrences
    case("UBL-SR-05", "invoice", copy("/*/cac:PaymentTerms", "/*")),
    case(
        "UBL-SR-06",
        "credit_note",
        copy("/*/cac:BillingReference/cac:InvoiceDocumentReference", "/*/cac:BillingReference"),
    ),
    case(
        "UBL-SR-08",
        "invoice",
        after(
            "/*/cac:InvoicePeriod",
            "<cac:InvoicePeriod><cbc:StartDate>2026-10-01</cbc:StartDate></cac:InvoicePeriod>",
        ),
    ),
    case(
        "UBL-SR-24",
        "invoice",
        *[
            add(
                MEANS,
                "<cac:Delivery><cbc:ActualDeliveryDate>2026-10-31</cbc:ActualDeliveryDate>"
                "</cac:Delivery>",
                before=True,
            )
        ]
        * 2,
    ),
    case(
        "UBL-SR-39 PEPPOL-EN16931-R080",
        "invoice",
        *[
            add(
                "/*/cac:AccountingSupplierParty",
                "<cac:ProjectReference><cbc:ID>P1</cbc:ID></cac:ProjectReference>",
                before=True,
            )
        ]
        * 2,
    ),
    case(
        "UBL-SR-44",
        "invoice",
        copy(MEANS, "/*"),
        put(f"{MEANS}[2]/cbc:PaymentID", "10029"),
    ),
    case(
        "UBL-SR-47",
        "invoice",
        copy(MEANS, "/*"),
        put(f"{MEANS}[2]/cbc:PaymentMeansCode", "30"),
    ),
    case("UBL-SR-45", "invoice", after("/*/cbc:DueDate", "<cbc:DueDate>2026-11-30</cbc:DueDate>")),
    case(
        "UBL-SR-49",
        "invoice",
        *[after("/*/cbc:InvoiceTypeCode", "<cbc:TaxPointDate>2026-10-31</cbc:TaxPointDate>")] * 2,
    ),
    case(
        "UBL-SR-09",
        "invoice",
        copy(
            f"{SELLER}/cac:PartyLegalEntity/cbc:RegistrationName", f"{SELLER}/cac:PartyLegalEntity"
        ),
    ),
    case(
        "UBL-SR-10", "invoice", copy(f"{SELLER}/cac:PartyName/cbc:Name", f"{SELLER}/cac:PartyName")
    ),
    case(
        "UBL-SR-11",
        "invoice",
        copy(f"{SELLER}/cac:PartyLegalEntity/cbc:CompanyID", f"{SELLER}/cac:PartyLegalEntity"),
    ),
    case("UBL-SR-12", "invoice", after(f"{SELLER}/cac:PartyTaxScheme", REP_VAT)),
    case(
        "UBL-SR-13",
        "invoice",
        *[
            after(
                f"{SELLER}/cac:PartyTaxScheme",
                "<cac:PartyTaxScheme><cbc:CompanyID>Y1</cbc:CompanyID>"
                "<cac:TaxScheme><cbc:ID>TAX</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>",
            )
        ]
        * 2,
    ),
    case(
        "UBL-SR-15",
        "invoice",
        copy(f"{BUYER}/cac:PartyLegalEntity/cbc:RegistrationName", f"{BUYER}/cac:PartyLegalEntity"),
    ),
    case(
        "UBL-SR-16",
        "invoice",
        *[
            add(
                f"{BUYER}/cac:PartyName",
                "<cac:PartyIdentification><cbc:ID>A1</cbc:ID></cac:PartyIdentification>",
                before=True,
            )
        ]
        * 2,
    ),
    case(
        "UBL-SR-17",
        "invoice",
        copy(f"{BUYER}/cac:PartyLegalEntity/cbc:CompanyID", f"{BUYER}/cac:PartyLegalEntity"),
    ),
    case("UBL-SR-18", "invoice", after(f"{BUYER}/cac:PartyTaxScheme", BUYER_VAT)),
    case("UBL-SR-40", "invoice", copy(f"{BUYER}/cac:PartyName/cbc:Name", f"{BUYER}/cac:PartyName")),
    case(
        "UBL-SR-26",
        "invoice",
        after(f"{MEANS}/cbc:PaymentID", "<cbc:PaymentID>10016</cbc:PaymentID>"),
    ),
    case(
        "UBL-SR-32",
        "invoice",
        after(
            f"{subtotal('E')}/cac:TaxCategory/cbc:TaxExemptionReason",
            "<cbc:TaxExemptionReason>AVL 37 §</cbc:TaxExemptionReason>",
        ),
    ),
    case("UBL-SR-53", "invoice", drop(f"{BUYER}/cac:PartyTaxScheme/cbc:CompanyID")),
    case(
        "UBL-SR-34",
        "invoice",
        *[after(f"{LINE}/cbc:ID", "<cbc:Note>Huom</cbc:Note>")] * 2,
    ),
    case("UBL-SR-36", "invoice", copy(f"{LINE}/cac:InvoicePeriod", LINE)),
    case(
        "UBL-SR-37",
        "invoice",
        add(
            f"{LINE}/cac:Price",
            "<cac:AllowanceCharge><cbc:ChargeIndicator>false</cbc:ChargeIndicator>"
            '<cbc:Amount currencyID="EUR">0.00</cbc:Amount>'
            '<cbc:BaseAmount currencyID="EUR">32.00</cbc:BaseAmount></cac:AllowanceCharge>'
            "<cac:AllowanceCharge><cbc:ChargeIndicator>false</cbc:ChargeIndicator>"
            '<cbc:Amount currencyID="EUR">0.00</cbc:Amount></cac:AllowanceCharge>',
        ),
    ),
    case("UBL-SR-48", "invoice", copy(line_tax(), f"{LINE}/cac:Item")),
    case(
        "UBL-SR-50",
        "invoice",
        *[
            add(
                f"{LINE}/cac:Item/cbc:Name",
                "<cbc:Description>Kuvaus</cbc:Description>",
                before=True,
            )
        ]
        * 2,
    ),
    # -- Finnish identifiers and GLN
    case("OSUVA-FI-R001", "invoice", put(f"{BUYER}/cbc:EndpointID", "003710615122")),
    case(
        "OSUVA-FI-R002", "invoice", put(f"{BUYER}/cac:PartyTaxScheme/cbc:CompanyID", "FI10615122")
    ),
    case(
        "OSUVA-FI-R003", "invoice", put(f"{BUYER}/cac:PartyLegalEntity/cbc:CompanyID", "1061512-2")
    ),
    case(
        "PEPPOL-COMMON-R040",
        "invoice",
        put(f"{BUYER}/cbc:EndpointID/@schemeID", "0088"),
        put(f"{BUYER}/cbc:EndpointID", "6411111111113"),
    ),
]


# Rules that say the same as another rule: the other rule's case breaks them too.
TWINS = {
    "BR-S-09": "BR-CO-17",
    "BR-CO-21": "BR-33",
    "BR-CO-22": "BR-38",
    "BR-CO-23": "BR-42",
    "BR-CO-24": "BR-44",
    "PEPPOL-EN16931-CL002": "BR-CL-19",
    "PEPPOL-EN16931-CL006": "BR-CL-06",
    "PEPPOL-EN16931-CL003": "BR-CL-20",
    "PEPPOL-EN16931-CL007": "BR-CL-03",
    "PEPPOL-EN16931-CL008": "BR-CL-25",
    "UBL-SR-52": "PEPPOL-EN16931-R100",
}
CASES += [
    pytest.param(*param.values, id=twin)
    for twin, rule in TWINS.items()
    for param in CASES
    if param.id == rule
]


@pytest.mark.parametrize(("expected", "document", "edits"), CASES)
def test_a_broken_document_fires_exactly_its_rule(rules, ubl_documents, expected, document, edits):
    assert _fired(rules, mutate(ubl_documents[document], edits)) == set(expected)


def test_every_rule_has_a_case_of_its_own():
    """Each rule is the first rule of some case: no rule goes untested."""
    rule_ids = set(re.findall(r'<assert id="([^"]+)"', RULE_FILE.read_text(encoding="utf-8")))
    first = {param.id for param in CASES}
    assert rule_ids - first == set()
    assert first - rule_ids == set()


@pytest.mark.parametrize(
    "edits",
    [
        (put(f"{MEANS}/cbc:PaymentID", "RF18539007547034"),),
        (put(f"{MEANS}/cbc:PaymentID", "RF541234"),),
        (put(f"{BUYER}/cbc:EndpointID", "003710615121ABC"),),
        (put(f"{BUYER}/cbc:EndpointID/@schemeID", "0037"),),
        (
            put(f"{BUYER}/cbc:EndpointID/@schemeID", "0213"),
            put(f"{BUYER}/cbc:EndpointID", "FI10615121"),
        ),
        (
            put(f"{BUYER}/cbc:EndpointID/@schemeID", "0088"),
            put(f"{BUYER}/cbc:EndpointID", "6411111111112"),
        ),
    ],
    ids=["rf-reference", "short-rf", "ovt-suffix", "ovt-0037", "fi-vat-endpoint", "gln"],
)
def test_valid_identifiers_and_references_pass(rules, ubl_documents, edits):
    assert _fired(rules, mutate(ubl_documents["invoice"], edits)) == set()


def test_the_invoice_period_covers_a_line_delivered_after_it(ubl_documents):
    root = etree.fromstring(ubl_documents["line_after_period"])
    period = root.find("cac:InvoicePeriod", NS)
    assert period.findtext("cbc:StartDate", namespaces=NS) == "2026-10-01"
    assert period.findtext("cbc:EndDate", namespaces=NS) == "2026-11-02"
    assert root.find("cac:AccountingSupplierParty/cac:Party/cac:Contact", NS) is None


def _code_list(name: str) -> set[str]:
    found = re.search(
        rf'<let name="{name}" value="tokenize\(\'([^\']*)\'\)"/>', RULE_FILE.read_text()
    )
    assert found, name
    return set(found.group(1).split())


def test_the_codes_osuva_writes_are_in_the_rules_code_lists():
    from app.einvoice.codes import UNIT_CODES, UNIT_ONE, VATEX, VatCategory
    from app.einvoice.peppol import CREDIT_TRANSFER, DISCOUNT, SEPA_CREDIT_TRANSFER

    assert {*UNIT_CODES.values(), UNIT_ONE} <= _code_list("units")
    assert {c.value for c in VatCategory} <= _code_list("vat-categories")
    assert set(VATEX.values()) <= _code_list("vatex")
    assert {CREDIT_TRANSFER, SEPA_CREDIT_TRANSFER} <= _code_list("payment-means")
    assert DISCOUNT in _code_list("allowance-reasons")
    assert {"0216", "0213"} <= _code_list("eas")
    assert {"FI", "SE", "1A", "XI"} <= _code_list("countries")
    assert "EUR" in _code_list("currencies")
