"""What an e-invoice says, frozen from an issued invoice in one place.

Both formats are written from `EInvoice`; `einvoice_source` is the only code that reads the
invoice model, so a later change of the model touches this one function.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from sqlalchemy.orm import object_session

from app.domain.enums import CustomerKind, InvoiceKind, InvoiceState
from app.fi.ids import InvalidIdentifier, bic_for_iban, vat_id_from_ytunnus
from app.fi.reference import normalize_reference
from app.fi.vat import CENT, VatCode, legal_text

from .codes import VAT_CATEGORY, VatCategory, ovt_code

if TYPE_CHECKING:
    from app.domain import Invoice


class NotIssuedError(ValueError):
    """A draft has no number, date or frozen parties: it cannot be an e-invoice."""


@dataclass(frozen=True)
class Party:
    name: str
    business_id: str = ""
    vat_id: str = ""
    street: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = "FI"
    einvoice_address: str = ""
    einvoice_operator: str = ""
    email: str = ""
    phone: str = ""
    # Seller only: home municipality (kotipaikka) and bank account.
    domicile: str = ""
    iban: str = ""
    bic: str = ""
    is_consumer: bool = False

    @property
    def has_address(self) -> bool:
        return bool(self.street and self.postal_code and self.city)


@dataclass(frozen=True)
class Line:
    position: int
    description: str
    quantity: Decimal
    unit: str
    unit_price: Decimal
    vat_code: VatCode
    vat_rate: Decimal
    net: Decimal
    vat: Decimal
    gross: Decimal
    category: VatCategory
    delivery_date: date | None = None
    discount_percent: Decimal = Decimal(0)

    @property
    def amount_before_discount(self) -> Decimal:
        """Quantity × unit price, rounded to cents; the discount is this less the net."""
        return (self.quantity * self.unit_price).quantize(CENT, rounding=ROUND_HALF_UP)

    @property
    def discount(self) -> Decimal:
        return self.amount_before_discount - self.net if self.discount_percent else Decimal(0)


@dataclass(frozen=True)
class VatGroup:
    """The taxable amount and tax of one VAT category and rate, with its legal ground."""

    category: VatCategory
    rate: Decimal
    base: Decimal
    vat: Decimal
    exemption_text: str | None = None


@dataclass(frozen=True)
class OriginalInvoice:
    number: str
    issue_date: date


@dataclass(frozen=True)
class EInvoice:
    number: str
    is_credit_note: bool
    issue_date: date
    due_date: date
    seller: Party
    buyer: Party
    lines: tuple[Line, ...]
    total_net: Decimal
    total_vat: Decimal
    total_gross: Decimal
    language: str = "fi"
    currency: str = "EUR"
    reference: str = ""
    delivery_from: date | None = None
    delivery_to: date | None = None
    our_reference: str = ""
    buyer_reference: str = ""
    notes: str = ""
    late_interest_rate: Decimal | None = None
    original: OriginalInvoice | None = None
    vat_groups: tuple[VatGroup, ...] = field(default=())

    @property
    def is_rf_reference(self) -> bool:
        return self.reference.startswith("RF")


def vat_groups(lines: tuple[Line, ...], language: str) -> tuple[VatGroup, ...]:
    """Totals per VAT category and rate, in the order the lines first use them."""
    sums: dict[tuple[VatCategory, Decimal], list[Decimal]] = defaultdict(
        lambda: [Decimal(0), Decimal(0)]
    )
    codes: dict[tuple[VatCategory, Decimal], VatCode] = {}
    for line in lines:
        # Outside VAT there is no rate at all: one group, whatever the lines' codes said.
        rate = Decimal(0) if line.category == VatCategory.NOT_SUBJECT else line.vat_rate
        key = (line.category, rate)
        sums[key][0] += line.net
        sums[key][1] += line.vat
        codes.setdefault(key, line.vat_code)
    return tuple(
        VatGroup(
            category=key[0],
            rate=key[1],
            base=base,
            vat=vat,
            exemption_text=_exemption_text(codes[key], key[0], language),
        )
        for key, (base, vat) in sums.items()
    )


_NOT_SUBJECT_TEXT = {
    "fi": "Myyjä ei ole arvonlisäverovelvollinen (AVL 3 §, vähäinen toiminta)",
    "sv": "Säljaren är inte momsskyldig (MomsL 3 §, verksamhet av ringa omfattning)",
    "en": "The seller is not liable for VAT (Finnish VAT Act 3 §, small business)",
}
_ZERO_TEXT = {
    "fi": "Arvonlisäverokanta 0 %",
    "sv": "Mervärdesskattesats 0 %",
    "en": "VAT rate 0 %",
}


def _exemption_text(code: VatCode, category: VatCategory, language: str) -> str | None:
    if category == VatCategory.STANDARD:
        return None
    if category == VatCategory.NOT_SUBJECT:
        return _NOT_SUBJECT_TEXT[language]
    text = legal_text(code, language)
    if text is None and category != VatCategory.ZERO:
        # EN 16931 wants a reason for every exempt group; the plain rate text is the fallback.
        text = _ZERO_TEXT[language]
    return text


def seller_vat_id(snapshot: dict) -> str:
    """The seller's VAT ID from the snapshot, else FI and the digits of its Y-tunnus.

    An empty VAT ID frozen on issue means the seller was outside the VAT register.
    """
    if "vat_id" in snapshot:
        return (snapshot.get("vat_id") or "").replace(" ", "").upper()
    business_id = (snapshot.get("business_id") or "").strip()
    try:
        return vat_id_from_ytunnus(business_id)
    except InvalidIdentifier:
        return "FI" + business_id.replace("-", "") if business_id else ""


def _seller(snapshot: dict) -> Party:
    business_id = (snapshot.get("business_id") or "").strip()
    iban = (snapshot.get("iban") or "").replace(" ", "").upper()
    bic = (snapshot.get("bic") or "").replace(" ", "").upper()
    if not bic and iban:
        try:
            bic = bic_for_iban(iban) or ""
        except InvalidIdentifier:
            bic = ""
    address = (snapshot.get("einvoice_address") or "").strip()
    return Party(
        name=snapshot.get("name") or "",
        business_id=business_id,
        vat_id=seller_vat_id(snapshot),
        street=snapshot.get("street") or "",
        postal_code=snapshot.get("postal_code") or "",
        city=snapshot.get("city") or "",
        country=(snapshot.get("country") or "FI").upper(),
        einvoice_address=address or (ovt_code(business_id) if business_id else ""),
        einvoice_operator=(snapshot.get("einvoice_operator") or "").strip(),
        email=snapshot.get("email") or "",
        phone=snapshot.get("phone") or "",
        domicile=snapshot.get("domicile") or "",
        iban=iban,
        bic=bic,
    )


def _buyer(invoice: Invoice) -> Party:
    return Party(
        name=invoice.buyer_name,
        business_id=invoice.buyer_business_id.strip(),
        vat_id=invoice.buyer_vat_id.replace(" ", "").upper(),
        street=invoice.buyer_street,
        postal_code=invoice.buyer_postal_code,
        city=invoice.buyer_city,
        country=(invoice.buyer_country or "FI").upper(),
        einvoice_address=invoice.buyer_einvoice_address.strip(),
        einvoice_operator=invoice.buyer_einvoice_operator.strip(),
        is_consumer=invoice.buyer_kind == CustomerKind.HOUSEHOLD,
    )


def _negated(line: Line) -> Line:
    return replace(line, quantity=-line.quantity, net=-line.net, vat=-line.vat, gross=-line.gross)


def display_number(invoice: Invoice) -> str:
    """The number as printed: the series' prefix and the number."""
    from app.domain import InvoiceSeries

    session = object_session(invoice)
    series = session.get(InvoiceSeries, invoice.series_id) if session is not None else None
    prefix = series.prefix if series is not None else ""
    return f"{prefix}{invoice.number}"


def einvoice_source(invoice: Invoice) -> EInvoice:
    """Freeze what the e-invoice says from an issued invoice or credit note."""
    if invoice.state != InvoiceState.ISSUED or invoice.number is None:
        raise NotIssuedError("only an issued invoice can be sent as an e-invoice")
    assert invoice.issue_date is not None  # a check constraint holds it for issued invoices
    language = invoice.language.value if invoice.language else "fi"
    seller = _seller(invoice.seller_snapshot or {})
    lines = tuple(
        Line(
            position=line.position,
            description=line.description,
            quantity=line.quantity,
            unit=line.unit,
            unit_price=line.unit_price,
            vat_code=VatCode(line.vat_code),
            vat_rate=line.vat_rate,
            net=line.net_amount,
            vat=line.vat_amount,
            gross=line.gross_amount,
            category=(
                VAT_CATEGORY[VatCode(line.vat_code)] if seller.vat_id else VatCategory.NOT_SUBJECT
            ),
            delivery_date=line.delivery_date,
            # Read softly: older databases have no discount column.
            discount_percent=getattr(line, "discount_percent", None) or Decimal(0),
        )
        for line in invoice.lines
    )
    credit_note = invoice.kind == InvoiceKind.CREDIT_NOTE
    totals = (invoice.total_net, invoice.total_vat, invoice.total_gross)
    if credit_note and invoice.total_gross > 0:
        # Credit notes are stored negative; one stored positive is read the same way.
        lines = tuple(_negated(line) for line in lines)
        totals = tuple(-amount for amount in totals)
    original = None
    credited = invoice.credited_invoice
    if credit_note and credited is not None:
        assert credited.issue_date is not None
        original = OriginalInvoice(display_number(credited), credited.issue_date)
    return EInvoice(
        number=display_number(invoice),
        is_credit_note=credit_note,
        issue_date=invoice.issue_date,
        due_date=invoice.due_date or invoice.issue_date,
        seller=seller,
        buyer=_buyer(invoice),
        lines=lines,
        total_net=totals[0],
        total_vat=totals[1],
        total_gross=totals[2],
        language=language,
        reference=normalize_reference(invoice.reference),
        delivery_from=invoice.delivery_from,
        delivery_to=invoice.delivery_to,
        our_reference=invoice.our_reference,
        buyer_reference=invoice.buyer_reference,
        notes=invoice.notes,
        late_interest_rate=invoice.late_interest_rate,
        original=original,
        vat_groups=vat_groups(lines, language),
    )
