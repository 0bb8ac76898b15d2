"""Finvoice 3.0 (Finance Finland) from an `EInvoice`: INV01 for invoices, INV02 for credit notes.

Element order follows Finvoice3.0.xsd; every text is cut to the schema's length limits.
Amounts use a decimal comma; a credit note carries the negative amounts it is stored with.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from lxml import etree

from .codes import VATEX, is_ovt, unit_code
from .routing import Transmission
from .source import EInvoice, Line, Party, VatGroup
from .terms import late_interest, payment_terms
from .text import chunks, clip, comma_amount, comma_number, one_line, xml_text

XSI = "http://www.w3.org/2001/XMLSchema-instance"
FINVOICE_ENCODING = "ISO-8859-15"

TYPE_TEXT = {
    "fi": ("LASKU", "HYVITYSLASKU"),
    "sv": ("FAKTURA", "KREDITNOTA"),
    "en": ("INVOICE", "CREDIT NOTE"),
}
VAT_REGISTERED = {"fi": "Alv.Rek.", "sv": "Momsreg.", "en": "VAT registered"}


def _date(parent: etree._Element, tag: str, day: date | None) -> None:
    if day is not None:
        etree.SubElement(parent, tag, Format="CCYYMMDD").text = f"{day:%Y%m%d}"


def _text(parent: etree._Element, tag: str, value: str | None, limit: int, minimum: int = 1):
    text = clip(one_line(value), limit)
    if len(text) >= minimum:
        etree.SubElement(parent, tag).text = text


def _amount(parent: etree._Element, tag: str, value: Decimal, currency: str) -> None:
    etree.SubElement(parent, tag, AmountCurrencyIdentifier=currency).text = comma_amount(value)


def _names(parent: etree._Element, tag: str, name: str) -> None:
    # The schema allows the name in several elements of 70 characters: nothing is cut off.
    pieces = chunks(one_line(name), 70) or ["--"]
    for piece in pieces:
        etree.SubElement(parent, tag).text = piece if len(piece) >= 2 else piece.ljust(2, ".")


def _address(parent: etree._Element, prefix: str, party: Party) -> None:
    street, city, code = (one_line(v) for v in (party.street, party.city, party.postal_code))
    if min(len(street), len(city), len(code)) < 2:
        return
    details = etree.SubElement(parent, f"{prefix}PostalAddressDetails")
    _text(details, f"{prefix}StreetName", street, 35, 2)
    _text(details, f"{prefix}TownName", city, 35, 2)
    _text(details, f"{prefix}PostCodeIdentifier", code, 35, 2)
    etree.SubElement(details, "CountryCode").text = party.country[:2]


def _transmission(root: etree._Element, route: Transmission) -> None:
    details = etree.SubElement(root, "MessageTransmissionDetails")
    sender = etree.SubElement(details, "MessageSenderDetails")
    _text(sender, "FromIdentifier", route.from_address, 35, 2)
    _text(sender, "FromIntermediator", route.from_operator, 35, 2)
    receiver = etree.SubElement(details, "MessageReceiverDetails")
    _text(receiver, "ToIdentifier", route.to_address, 35, 2)
    _text(receiver, "ToIntermediator", route.to_operator, 35, 2)
    message = etree.SubElement(details, "MessageDetails")
    etree.SubElement(message, "MessageIdentifier").text = route.message_id
    etree.SubElement(message, "MessageTimeStamp").text = route.timestamp.strftime(
        "%Y-%m-%dT%H:%M:%SZ"
    )


def _seller(root: etree._Element, inv: EInvoice) -> None:
    seller = inv.seller
    details = etree.SubElement(root, "SellerPartyDetails")
    if seller.business_id:
        etree.SubElement(details, "SellerPartyIdentifier").text = seller.business_id
    _names(details, "SellerOrganisationName", seller.name)
    _text(details, "SellerOrganisationTaxCode", seller.vat_id, 35)
    _address(details, "Seller", seller)
    _text(root, "SellerOrganisationUnitNumber", seller.einvoice_address, 35)
    _text(root, "SellerContactPersonName", inv.our_reference, 70)
    if one_line(seller.phone) or one_line(seller.email):  # no empty details for blank ones
        contact = etree.SubElement(root, "SellerCommunicationDetails")
        _text(contact, "SellerPhoneNumberIdentifier", seller.phone, 35)
        _text(contact, "SellerEmailaddressIdentifier", seller.email, 70)
    info = etree.SubElement(root, "SellerInformationDetails")
    _text(info, "SellerHomeTownName", seller.domicile, 35)
    if seller.vat_id:
        _text(info, "SellerVatRegistrationText", VAT_REGISTERED[inv.language], 35)
    _text(info, "SellerPhoneNumber", seller.phone, 35)
    _text(info, "SellerCommonEmailaddressIdentifier", seller.email, 70)
    if seller.iban and seller.bic:
        account = etree.SubElement(info, "SellerAccountDetails")
        etree.SubElement(
            account, "SellerAccountID", IdentificationSchemeName="IBAN"
        ).text = seller.iban
        etree.SubElement(account, "SellerBic", IdentificationSchemeName="BIC").text = seller.bic
    if seller.einvoice_address and 8 <= len(seller.einvoice_operator) <= 11:
        # The seller's own address for receiving e-invoices (e.g. the buyer's complaints).
        recipient = etree.SubElement(info, "InvoiceRecipientDetails")
        _text(recipient, "InvoiceRecipientAddress", seller.einvoice_address, 35)
        etree.SubElement(
            recipient, "InvoiceRecipientIntermediatorAddress"
        ).text = seller.einvoice_operator


def _buyer(root: etree._Element, inv: EInvoice) -> None:
    buyer = inv.buyer
    if buyer.einvoice_address:
        # Where the receiving operator delivers the invoice (an OVT code or a consumer's IBAN).
        _text(root, "InvoiceRecipientOrganisationUnitNumber", buyer.einvoice_address, 35)
    etree.SubElement(root, "InvoiceRecipientLanguageCode").text = inv.language.upper()
    details = etree.SubElement(root, "BuyerPartyDetails")
    if buyer.business_id:
        etree.SubElement(details, "BuyerPartyIdentifier").text = buyer.business_id
    _names(details, "BuyerOrganisationName", buyer.name)
    _text(details, "BuyerOrganisationTaxCode", buyer.vat_id, 35)
    _address(details, "Buyer", buyer)
    if is_ovt(buyer.einvoice_address):
        _text(root, "BuyerOrganisationUnitNumber", buyer.einvoice_address, 35)
    if inv.delivery_from and inv.delivery_to:
        delivery = etree.SubElement(root, "DeliveryDetails")
        period = etree.SubElement(delivery, "DeliveryPeriodDetails")
        _date(period, "StartDate", inv.delivery_from)
        _date(period, "EndDate", inv.delivery_to)


def _vat_group(parent: etree._Element, group: VatGroup, currency: str) -> None:
    spec = etree.SubElement(parent, "VatSpecificationDetails")
    _amount(spec, "VatBaseAmount", group.base, currency)
    etree.SubElement(spec, "VatRatePercent").text = comma_number(group.rate)
    etree.SubElement(spec, "VatCode").text = group.category.value
    _amount(spec, "VatRateAmount", group.vat, currency)
    for piece in chunks(group.exemption_text or "", 70)[:3]:
        etree.SubElement(spec, "VatFreeText").text = piece
    if group.category in VATEX:
        etree.SubElement(spec, "VatExemptionReasonCode").text = VATEX[group.category]


def _details(root: etree._Element, inv: EInvoice) -> None:
    cur = inv.currency
    details = etree.SubElement(root, "InvoiceDetails")
    etree.SubElement(details, "InvoiceTypeCode").text = "INV02" if inv.is_credit_note else "INV01"
    etree.SubElement(details, "InvoiceTypeText").text = TYPE_TEXT[inv.language][inv.is_credit_note]
    etree.SubElement(details, "OriginCode").text = "Original"
    etree.SubElement(details, "InvoiceNumber").text = clip(inv.number, 20)
    _date(details, "InvoiceDate", inv.issue_date)
    if inv.original is not None:
        etree.SubElement(details, "OriginalInvoiceNumber").text = clip(inv.original.number, 20)
        _date(details, "OriginalInvoiceDate", inv.original.issue_date)
    _date(details, "InvoicingPeriodStartDate", inv.delivery_from)
    _date(details, "InvoicingPeriodEndDate", inv.delivery_to)
    _text(details, "SellerReferenceIdentifier", inv.our_reference, 70)
    _text(details, "BuyerReferenceIdentifier", inv.buyer_reference, 70)
    _amount(details, "RowsTotalVatExcludedAmount", inv.total_net, cur)
    _amount(details, "InvoiceTotalVatExcludedAmount", inv.total_net, cur)
    _amount(details, "InvoiceTotalVatAmount", inv.total_vat, cur)
    _amount(details, "InvoiceTotalVatIncludedAmount", inv.total_gross, cur)
    for group in inv.vat_groups:
        _vat_group(details, group, cur)
    for piece in chunks(inv.notes, 512):
        etree.SubElement(details, "InvoiceFreeText").text = piece
    terms = etree.SubElement(details, "PaymentTermsDetails")
    etree.SubElement(terms, "PaymentTermsFreeText").text = payment_terms(inv)
    _date(terms, "InvoiceDueDate", inv.due_date)
    interest = late_interest(inv)
    if interest is not None and inv.late_interest_rate is not None:
        fine = etree.SubElement(terms, "PaymentOverDueFineDetails")
        etree.SubElement(fine, "PaymentOverDueFineFreeText").text = interest
        rate = comma_number(inv.late_interest_rate)
        etree.SubElement(fine, "PaymentOverDueFinePercent").text = rate


def _row(root: etree._Element, line: Line, currency: str) -> None:
    row = etree.SubElement(root, "InvoiceRow")
    description = xml_text(line.description).strip()
    _text(row, "ArticleName", description, 100)
    quantity = etree.SubElement(
        row,
        "InvoicedQuantity",
        QuantityUnitCode=clip(one_line(line.unit), 14),
        QuantityUnitCodeUN=unit_code(line.unit),
    )
    quantity.text = comma_number(line.quantity)
    _amount(row, "UnitPriceAmount", line.unit_price, currency)
    etree.SubElement(row, "RowPositionIdentifier").text = str(line.position)
    _date(row, "RowDeliveryDate", line.delivery_date)
    if len(one_line(description)) > 100:
        for piece in chunks(description, 512):
            etree.SubElement(row, "RowFreeText").text = piece
    if line.discount_percent:
        etree.SubElement(row, "RowDiscountPercent").text = comma_number(line.discount_percent)
        _amount(row, "RowDiscountAmount", line.discount, currency)
        _amount(row, "RowDiscountBaseAmount", line.amount_before_discount, currency)
    etree.SubElement(row, "RowVatRatePercent").text = comma_number(line.vat_rate)
    etree.SubElement(row, "RowVatCode").text = line.category.value
    _amount(row, "RowVatAmount", line.vat, currency)
    _amount(row, "RowVatExcludedAmount", line.net, currency)
    _amount(row, "RowAmount", line.gross, currency)


def _epi(root: etree._Element, inv: EInvoice) -> None:
    seller = inv.seller
    epi = etree.SubElement(root, "EpiDetails")
    ident = etree.SubElement(epi, "EpiIdentificationDetails")
    _date(ident, "EpiDate", inv.issue_date)
    # Not the payment reference: a free identifier the bank shows; the number fits it.
    etree.SubElement(ident, "EpiReference").text = "".join(clip(inv.number, 35).split())
    party = etree.SubElement(epi, "EpiPartyDetails")
    bfi = etree.SubElement(party, "EpiBfiPartyDetails")
    if 8 <= len(seller.bic) <= 11:
        etree.SubElement(bfi, "EpiBfiIdentifier", IdentificationSchemeName="BIC").text = seller.bic
    beneficiary = etree.SubElement(party, "EpiBeneficiaryPartyDetails")
    _text(beneficiary, "EpiNameAddressDetails", seller.name, 35, 2)
    if seller.business_id:
        etree.SubElement(beneficiary, "EpiBei").text = seller.business_id
    etree.SubElement(
        beneficiary, "EpiAccountID", IdentificationSchemeName="IBAN"
    ).text = seller.iban
    payment = etree.SubElement(epi, "EpiPaymentInstructionDetails")
    if inv.reference:
        etree.SubElement(
            payment,
            "EpiRemittanceInfoIdentifier",
            IdentificationSchemeName="ISO" if inv.is_rf_reference else "SPY",
        ).text = inv.reference
    etree.SubElement(
        payment, "EpiInstructedAmount", AmountCurrencyIdentifier=inv.currency
    ).text = comma_amount(inv.total_gross)
    etree.SubElement(payment, "EpiCharge", ChargeOption="SHA").text = "SHA"
    _date(payment, "EpiDateOptionDate", inv.due_date)


def finvoice_element(inv: EInvoice, route: Transmission | None = None) -> etree._Element:
    """The Finvoice document as an element tree (MessageTransmissionDetails only with a route)."""
    root = etree.Element("Finvoice", nsmap={"xsi": XSI}, Version="3.0")
    root.set(f"{{{XSI}}}noNamespaceSchemaLocation", "Finvoice3.0.xsd")
    if route is not None:
        _transmission(root, route)
    _seller(root, inv)
    _buyer(root, inv)
    _details(root, inv)
    for line in inv.lines:
        _row(root, line, inv.currency)
    _epi(root, inv)
    return root


def finvoice_bytes(inv: EInvoice, route: Transmission | None = None) -> bytes:
    """One Finvoice 3.0 document in ISO-8859-15 with its XML declaration.

    The Finvoice guidelines (9.3) and the banks' networks require ISO-8859-15; a character
    outside it (an emoji, Arabic, Hebrew) is written as a character reference, so the text
    still reads back exactly as typed.
    """
    return etree.tostring(
        finvoice_element(inv, route),
        xml_declaration=True,
        encoding=FINVOICE_ENCODING,
        pretty_print=True,
    )
