"""Small edits of a UBL document for the rule tests: each case breaks one rule on purpose."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from lxml import etree

CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
NS = {"cac": CAC, "cbc": CBC}
Edit = Callable[[etree._Element], None]

SELLER = "/*/cac:AccountingSupplierParty/cac:Party"
BUYER = "/*/cac:AccountingCustomerParty/cac:Party"
TOTALS = "/*/cac:LegalMonetaryTotal"
TAX = "/*/cac:TaxTotal"
MEANS = "/*/cac:PaymentMeans"
LINE = "(/*/cac:InvoiceLine | /*/cac:CreditNoteLine)[1]"


def line(n: int) -> str:
    return f"(/*/cac:InvoiceLine | /*/cac:CreditNoteLine)[{n}]"


def subtotal(category: str) -> str:
    return f"{TAX}/cac:TaxSubtotal[cac:TaxCategory/cbc:ID = '{category}']"


def _all(root: etree._Element, path: str) -> list:
    found = root.xpath(path, namespaces=NS)
    assert found, f"nothing at {path}"
    return found


def put(path: str, text: str) -> Edit:
    """Set the text of what ``path`` finds (an element or an attribute)."""

    def edit(root: etree._Element) -> None:
        for node in _all(root, path):
            if isinstance(node, etree._Element):
                node.text = text
            else:  # an attribute
                node.getparent().set(node.attrname, text)

    return edit


def drop(path: str) -> Edit:
    """Remove what ``path`` finds (elements or attributes)."""

    def edit(root: etree._Element) -> None:
        for node in _all(root, path):
            if isinstance(node, etree._Element):
                node.getparent().remove(node)
            else:
                del node.getparent().attrib[node.attrname]

    return edit


def add(path: str, xml: str, *, before: bool = False) -> Edit:
    """Append the elements of ``xml`` (cac/cbc prefixes) to, or insert them before, ``path``."""

    def edit(root: etree._Element) -> None:
        wrapper = etree.fromstring(f'<w xmlns:cac="{CAC}" xmlns:cbc="{CBC}">{xml}</w>')
        target = _all(root, path)[0]
        for element in list(wrapper):
            if before:
                target.addprevious(element)
            else:
                target.append(element)

    return edit


def shift(by: str, *paths: str) -> Edit:
    """Add ``by`` to the amounts at ``paths``, written with two decimals."""

    def edit(root: etree._Element) -> None:
        for path in paths:
            for node in _all(root, path):
                node.text = f"{Decimal(node.text) + Decimal(by):.2f}"

    return edit


def zero_amounts(root: etree._Element) -> None:
    for node in root.xpath("//*[@currencyID]"):
        node.text = "0.00"


def mutate(document: bytes, edits: tuple[Edit, ...]) -> bytes:
    root = etree.fromstring(document)
    for edit in edits:
        edit(root)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def allowance(
    category: str, rate: str | None = "25.5", *, charge: bool = False, amount="0.00", more=""
) -> Edit:
    """A document level allowance (or charge) before the tax total, with the sum of them."""
    percent = f"<cbc:Percent>{rate}</cbc:Percent>" if rate is not None else ""
    reason = (
        "<cbc:AllowanceChargeReason>Rahti</cbc:AllowanceChargeReason>"
        if charge
        else "<cbc:AllowanceChargeReasonCode>95</cbc:AllowanceChargeReasonCode>"
    )
    amount_xml = f'<cbc:Amount currencyID="EUR">{amount}</cbc:Amount>' if amount else ""
    tax = (
        f"<cac:TaxCategory><cbc:ID>{category}</cbc:ID>{percent}"
        "<cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory>"
        if category
        else ""
    )
    element = add(
        TAX,
        f"<cac:AllowanceCharge><cbc:ChargeIndicator>{'true' if charge else 'false'}"
        f"</cbc:ChargeIndicator>{reason}{more}{amount_xml}{tax}</cac:AllowanceCharge>",
        before=True,
    )
    total = "ChargeTotalAmount" if charge else "AllowanceTotalAmount"

    def edit(root: etree._Element) -> None:
        element(root)
        if not root.xpath(f"{TOTALS}/cbc:{total}", namespaces=NS):
            add(
                f"{TOTALS}/cbc:PayableAmount",
                f'<cbc:{total} currencyID="EUR">0.00</cbc:{total}>',
                before=True,
            )(root)

    return edit


def line_allowance(xml: str, *, charge: bool = False, at: int = 1) -> Edit:
    """An allowance or charge on line ``at``, before its item."""
    indicator = "true" if charge else "false"
    return add(
        f"{line(at)}/cac:Item",
        f"<cac:AllowanceCharge><cbc:ChargeIndicator>{indicator}</cbc:ChargeIndicator>"
        f"{xml}</cac:AllowanceCharge>",
        before=True,
    )


def tax_representative(xml: str) -> Edit:
    return add(
        MEANS, f"<cac:TaxRepresentativeParty>{xml}</cac:TaxRepresentativeParty>", before=True
    )


REP_NAME = "<cac:PartyName><cbc:Name>Edustaja Oy</cbc:Name></cac:PartyName>"
REP_ADDRESS = (
    "<cac:PostalAddress><cbc:CityName>Porvoo</cbc:CityName><cac:Country>"
    "<cbc:IdentificationCode>FI</cbc:IdentificationCode></cac:Country></cac:PostalAddress>"
)
REP_VAT = (
    "<cac:PartyTaxScheme><cbc:CompanyID>FI20774740</cbc:CompanyID>"
    "<cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>"
)
BUYER_VAT = REP_VAT.replace("FI20774740", "FI10615121")


def tax_currency(code: str, *amounts: str) -> list[Edit]:
    """A VAT accounting currency and a tax total in it for each of ``amounts``."""
    edits: list[Edit] = [
        after("/*/cbc:DocumentCurrencyCode", f"<cbc:TaxCurrencyCode>{code}</cbc:TaxCurrencyCode>")
    ]
    for amount in amounts:
        currency, value = amount.split()
        edits.append(
            add(
                "/*/cac:LegalMonetaryTotal",
                f'<cac:TaxTotal><cbc:TaxAmount currencyID="{currency}">{value}</cbc:TaxAmount>'
                "</cac:TaxTotal>",
                before=True,
            )
        )
    return edits


def after(path: str, xml: str) -> Edit:
    """Insert ``xml`` right after the element at ``path``."""

    def edit(root: etree._Element) -> None:
        wrapper = etree.fromstring(f'<w xmlns:cac="{CAC}" xmlns:cbc="{CBC}">{xml}</w>')
        target = _all(root, path)[0]
        for element in reversed(list(wrapper)):
            target.addnext(element)

    return edit


def zero_line(category: str, percent: str | None, more: str = "") -> Edit:
    """An extra line of nothing (amount 0.00) in a VAT category, after the last line."""
    rate = f"<cbc:Percent>{percent}</cbc:Percent>" if percent is not None else ""
    return add(
        "/*",
        '<cac:InvoiceLine><cbc:ID>99</cbc:ID><cbc:InvoicedQuantity unitCode="C62">1'
        '</cbc:InvoicedQuantity><cbc:LineExtensionAmount currencyID="EUR">0.00'
        "</cbc:LineExtensionAmount><cac:Item><cbc:Name>Tyhjä</cbc:Name>"
        f"<cac:ClassifiedTaxCategory><cbc:ID>{category}</cbc:ID>{rate}{more}"
        "<cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory>"
        '</cac:Item><cac:Price><cbc:PriceAmount currencyID="EUR">0.00</cbc:PriceAmount>'
        "</cac:Price></cac:InvoiceLine>",
    )


def zero_subtotal(category: str | None, percent: str | None, more: str = "") -> Edit:
    """An extra VAT breakdown of nothing in a category (None: without a category code)."""
    rate = f"<cbc:Percent>{percent}</cbc:Percent>" if percent is not None else ""
    code = f"<cbc:ID>{category}</cbc:ID>" if category is not None else ""
    return add(
        TAX,
        '<cac:TaxSubtotal><cbc:TaxableAmount currencyID="EUR">0.00</cbc:TaxableAmount>'
        '<cbc:TaxAmount currencyID="EUR">0.00</cbc:TaxAmount><cac:TaxCategory>'
        f"{code}{rate}{more}"
        "<cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal>",
    )


def copy(path: str, to: str) -> Edit:
    """Append a copy of the element at ``path`` to the element at ``to``."""

    def edit(root: etree._Element) -> None:
        import copy as _copy

        _all(root, to)[0].append(_copy.deepcopy(_all(root, path)[0]))

    return edit
