"""Peppol BIS Billing 3.0 (EN 16931 in UBL 2.1) Invoice and CreditNote from an `EInvoice`.

Element order follows the UBL 2.1 schemas. A credit note states its amounts as positive
credits (UBL CreditNote), while Osuva stores a credit note's lines with negative quantities.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from lxml import etree

from .codes import (
    SCHEME_FI_ORG,
    SCHEME_FI_VAT,
    SCHEME_OVT,
    VATEX,
    VatCategory,
    is_ovt,
    ovt_code,
    unit_code,
)
from .source import EInvoice, Line, Party, VatGroup
from .terms import late_interest, payment_terms
from .text import dot_amount, one_line, plain_number, xml_text

CUSTOMIZATION_ID = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0"
PROFILE_ID = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0"
CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
INVOICE_NS = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
CREDIT_NOTE_NS = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"

# UNTDID 1001: commercial invoice, credit note. UNTDID 4461: SEPA credit transfer.
INVOICE_TYPE = "380"
CREDIT_NOTE_TYPE = "381"
SEPA_CREDIT_TRANSFER = "58"
# UNTDID 5189: discount.
DISCOUNT = "95"
CREDIT_TRANSFER = "30"


class PeppolAddressMissing(ValueError):
    """The buyer has no address a Peppol access point can deliver to."""


@dataclass(frozen=True)
class Endpoint:
    scheme: str
    value: str


def seller_endpoint(seller: Party) -> Endpoint:
    """The seller's OVT code (0216), or its VAT number (0213) when it has no Y-tunnus."""
    if is_ovt(seller.einvoice_address):
        return Endpoint(SCHEME_OVT, seller.einvoice_address)
    if seller.business_id:
        return Endpoint(SCHEME_OVT, ovt_code(seller.business_id))
    return Endpoint(SCHEME_FI_VAT, seller.vat_id)


def buyer_endpoint(buyer: Party) -> Endpoint:
    """The buyer's e-invoice address when it is an OVT code, else the OVT of its Y-tunnus."""
    if is_ovt(buyer.einvoice_address):
        return Endpoint(SCHEME_OVT, buyer.einvoice_address)
    if buyer.business_id:
        return Endpoint(SCHEME_OVT, ovt_code(buyer.business_id))
    if buyer.vat_id.startswith("FI"):
        return Endpoint(SCHEME_FI_VAT, buyer.vat_id)
    raise PeppolAddressMissing("the buyer has no OVT code, Y-tunnus or Finnish VAT number")


def invoice_period(inv: EInvoice) -> tuple[date, date]:
    """The delivery period, widened to the lines' delivery dates where a line falls outside.

    PEPPOL-EN16931-R110/R111 reject a line dated outside the invoice period, and a draft's
    period is typed by hand, independently of its lines.
    """
    assert inv.delivery_from is not None and inv.delivery_to is not None
    days = [line.delivery_date for line in inv.lines if line.delivery_date is not None]
    return min([inv.delivery_from, *days]), max([inv.delivery_to, *days])


class _Writer:
    def __init__(self, inv: EInvoice) -> None:
        self.inv = inv
        self.credit = inv.is_credit_note
        # Credit notes are stored negative; UBL states them as positive credits.
        self.sign = -1 if self.credit and inv.total_gross < 0 else 1
        # BR-O-02: outside VAT neither party's VAT identifier may appear.
        self.outside_vat = any(g.category == VatCategory.NOT_SUBJECT for g in inv.vat_groups)

    def cbc(self, parent: etree._Element, tag: str, text: str | None, **attrs: str):
        if text is None or text == "":
            return None
        element = etree.SubElement(parent, f"{{{CBC}}}{tag}", **attrs)
        element.text = text
        return element

    def cac(self, parent: etree._Element, tag: str) -> etree._Element:
        return etree.SubElement(parent, f"{{{CAC}}}{tag}")

    def money(self, parent: etree._Element, tag: str, amount: Decimal) -> None:
        self.cbc(parent, tag, dot_amount(amount), currencyID=self.inv.currency)

    # -- parties ---------------------------------------------------------------
    def address(self, parent: etree._Element, party: Party) -> None:
        address = self.cac(parent, "PostalAddress")
        self.cbc(address, "StreetName", one_line(party.street))
        self.cbc(address, "CityName", one_line(party.city))
        self.cbc(address, "PostalZone", one_line(party.postal_code))
        country = self.cac(address, "Country")
        self.cbc(country, "IdentificationCode", party.country[:2] or "FI")

    def party(self, parent: etree._Element, party: Party, endpoint: Endpoint) -> None:
        element = self.cac(parent, "Party")
        self.cbc(element, "EndpointID", endpoint.value, schemeID=endpoint.scheme)
        name = one_line(party.name)
        self.cbc(self.cac(element, "PartyName"), "Name", name)
        self.address(element, party)
        if party.vat_id and not self.outside_vat:
            scheme = self.cac(element, "PartyTaxScheme")
            self.cbc(scheme, "CompanyID", party.vat_id)
            self.cbc(self.cac(scheme, "TaxScheme"), "ID", "VAT")
        legal = self.cac(element, "PartyLegalEntity")
        self.cbc(legal, "RegistrationName", name)
        if party.business_id:
            self.cbc(legal, "CompanyID", party.business_id, schemeID=SCHEME_FI_ORG)
        phone, email = one_line(party.phone), one_line(party.email)
        if phone or email:  # PEPPOL-EN16931-R008: no empty Contact for blank details
            contact = self.cac(element, "Contact")
            self.cbc(contact, "Telephone", phone)
            self.cbc(contact, "ElectronicMail", email)

    # -- money -----------------------------------------------------------------
    def tax_category(self, parent: etree._Element, tag: str, group: VatGroup | Line) -> None:
        category = group.category
        rate = group.rate if isinstance(group, VatGroup) else group.vat_rate
        element = self.cac(parent, tag)
        self.cbc(element, "ID", category.value)
        if category != VatCategory.NOT_SUBJECT:  # BR-O-05: no rate outside VAT
            self.cbc(element, "Percent", plain_number(rate))
        if isinstance(group, VatGroup):
            self.cbc(element, "TaxExemptionReasonCode", VATEX.get(category))
            self.cbc(element, "TaxExemptionReason", one_line(group.exemption_text))
        self.cbc(self.cac(element, "TaxScheme"), "ID", "VAT")

    def tax_total(self, root: etree._Element) -> None:
        total = self.cac(root, "TaxTotal")
        self.money(total, "TaxAmount", self.sign * self.inv.total_vat)
        for group in self.inv.vat_groups:
            subtotal = self.cac(total, "TaxSubtotal")
            self.money(subtotal, "TaxableAmount", self.sign * group.base)
            self.money(subtotal, "TaxAmount", self.sign * group.vat)
            self.tax_category(subtotal, "TaxCategory", group)

    def monetary_total(self, root: etree._Element) -> None:
        inv = self.inv
        total = self.cac(root, "LegalMonetaryTotal")
        line_sum = sum((line.net for line in inv.lines), Decimal(0))
        self.money(total, "LineExtensionAmount", self.sign * line_sum)
        self.money(total, "TaxExclusiveAmount", self.sign * inv.total_net)
        self.money(total, "TaxInclusiveAmount", self.sign * inv.total_gross)
        self.money(total, "PayableAmount", self.sign * inv.total_gross)

    def payment(self, root: etree._Element) -> None:
        inv = self.inv
        seller = inv.seller
        means = self.cac(root, "PaymentMeans")
        code = SEPA_CREDIT_TRANSFER if seller.iban else CREDIT_TRANSFER
        self.cbc(means, "PaymentMeansCode", code)
        if self.credit:
            # A UBL credit note has no DueDate of its own; BT-9 lives here.
            self.cbc(means, "PaymentDueDate", inv.due_date.isoformat())
        self.cbc(means, "PaymentID", inv.reference)
        if seller.iban:
            account = self.cac(means, "PayeeFinancialAccount")
            self.cbc(account, "ID", seller.iban)
            self.cbc(account, "Name", one_line(seller.name))
            if seller.bic:
                self.cbc(self.cac(account, "FinancialInstitutionBranch"), "ID", seller.bic)
        terms = [payment_terms(inv), late_interest(inv)]
        note = ". ".join(text for text in terms if text) + "."
        self.cbc(self.cac(root, "PaymentTerms"), "Note", note)

    # -- lines -----------------------------------------------------------------
    def line(self, root: etree._Element, line: Line) -> None:
        tag, quantity_tag = (
            ("CreditNoteLine", "CreditedQuantity")
            if self.credit
            else ("InvoiceLine", "InvoicedQuantity")
        )
        element = self.cac(root, tag)
        self.cbc(element, "ID", str(line.position))
        self.cbc(
            element,
            quantity_tag,
            plain_number(self.sign * line.quantity),
            unitCode=unit_code(line.unit),
        )
        self.money(element, "LineExtensionAmount", self.sign * line.net)
        if line.delivery_date is not None:
            period = self.cac(element, "InvoicePeriod")
            self.cbc(period, "EndDate", line.delivery_date.isoformat())
        if line.discount_percent:
            allowance = self.cac(element, "AllowanceCharge")
            self.cbc(allowance, "ChargeIndicator", "false")
            self.cbc(allowance, "AllowanceChargeReasonCode", DISCOUNT)
            self.cbc(allowance, "MultiplierFactorNumeric", plain_number(line.discount_percent))
            self.money(allowance, "Amount", self.sign * line.discount)
            self.money(allowance, "BaseAmount", self.sign * line.amount_before_discount)
        item = self.cac(element, "Item")
        text = xml_text(line.description).strip()
        if "\n" in text:
            self.cbc(item, "Description", text)
        self.cbc(item, "Name", one_line(text) or "-")
        self.tax_category(item, "ClassifiedTaxCategory", line)
        price = self.cac(element, "Price")
        self.money(price, "PriceAmount", line.unit_price)

    # -- the document ----------------------------------------------------------
    def document(self) -> etree._Element:
        inv = self.inv
        ns = CREDIT_NOTE_NS if self.credit else INVOICE_NS
        root = etree.Element(
            f"{{{ns}}}{'CreditNote' if self.credit else 'Invoice'}",
            nsmap={None: ns, "cac": CAC, "cbc": CBC},
        )
        self.cbc(root, "CustomizationID", CUSTOMIZATION_ID)
        self.cbc(root, "ProfileID", PROFILE_ID)
        self.cbc(root, "ID", inv.number)
        self.cbc(root, "IssueDate", inv.issue_date.isoformat())
        if self.credit:
            self.cbc(root, "CreditNoteTypeCode", CREDIT_NOTE_TYPE)
        else:
            self.cbc(root, "DueDate", inv.due_date.isoformat())
            self.cbc(root, "InvoiceTypeCode", INVOICE_TYPE)
        notes = xml_text(inv.notes).strip()
        self.cbc(root, "Note", notes)
        self.cbc(root, "DocumentCurrencyCode", inv.currency)
        # Peppol needs a buyer reference or an order reference; the number stands in for none.
        self.cbc(root, "BuyerReference", one_line(inv.buyer_reference) or inv.number)
        if inv.delivery_from and inv.delivery_to:
            start, end = invoice_period(inv)
            period = self.cac(root, "InvoicePeriod")
            self.cbc(period, "StartDate", start.isoformat())
            self.cbc(period, "EndDate", end.isoformat())
        if inv.original is not None:
            reference = self.cac(self.cac(root, "BillingReference"), "InvoiceDocumentReference")
            self.cbc(reference, "ID", inv.original.number)
            self.cbc(reference, "IssueDate", inv.original.issue_date.isoformat())
        supplier = self.cac(root, "AccountingSupplierParty")
        self.party(supplier, inv.seller, seller_endpoint(inv.seller))
        customer = self.cac(root, "AccountingCustomerParty")
        self.party(customer, inv.buyer, buyer_endpoint(inv.buyer))
        self.payment(root)
        self.tax_total(root)
        self.monetary_total(root)
        for line in inv.lines:
            self.line(root, line)
        return root


def peppol_element(inv: EInvoice) -> etree._Element:
    """The UBL Invoice (or CreditNote) as an element tree."""
    return _Writer(inv).document()


def peppol_bytes(inv: EInvoice) -> bytes:
    """The UBL document, UTF-8 with its XML declaration."""
    return etree.tostring(
        peppol_element(inv), xml_declaration=True, encoding="UTF-8", pretty_print=True
    )
