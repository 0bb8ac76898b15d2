"""Texts of the invoice and credit note PDF in fi, sv and en (added to the shared TEXTS)."""

from __future__ import annotations

from .texts import LANGS, TEXTS

# key: (Finnish, Finland-Swedish, English)
_RAW: dict[str, tuple[str, str, str]] = {
    "title": ("LASKU", "FAKTURA", "INVOICE"),
    "title_credit": ("HYVITYSLASKU", "KREDITNOTA", "CREDIT NOTE"),
    "title_draft": ("LASKULUONNOS", "FAKTURAUTKAST", "DRAFT INVOICE"),
    "number": ("Laskun numero", "Fakturanummer", "Invoice number"),
    "number_credit": ("Hyvityslaskun numero", "Kreditnotans nummer", "Credit note number"),
    "credited_invoice": ("Hyvitettävä lasku", "Krediterad faktura", "Credited invoice"),
    "date": ("Laskun päivämäärä", "Fakturadatum", "Invoice date"),
    "delivery": ("Toimitusaika", "Leveranstid", "Delivery period"),
    "customer_number": ("Asiakasnumero", "Kundnummer", "Customer number"),
    "our_reference": ("Viitteemme", "Vår referens", "Our reference"),
    "buyer_reference": ("Viitteenne", "Er referens", "Your reference"),
    "payment_term": (
        "Maksuehto",
        "Betalningsvillkor",
        "Terms of payment",
    ),
    "term_days": ("{days} pv netto", "{days} dagar netto", "{days} days net"),
    "late_interest": ("Viivästyskorko", "Dröjsmålsränta", "Late interest"),
    "late_interest_value": (
        "{rate} % (korkolaki 4 §)",
        "{rate} % (räntelagen 4 §)",
        "{rate} % (Interest Act 4 §)",
    ),
    "buyer_vat_id": ("Ostajan ALV-tunniste", "Köparens momsnummer", "Buyer's VAT ID"),
    "seller_vat_id": ("ALV-tunniste", "Momsnummer", "VAT ID"),
    "col_description": ("Kuvaus", "Beskrivning", "Description"),
    "col_date": ("Toim.pvm", "Lev.datum", "Delivered"),
    "col_quantity": ("Määrä", "Antal", "Qty"),
    "col_unit": ("Yks.", "Enh.", "Unit"),
    "col_unit_price": ("À-hinta (alv 0 %)", "À-pris (moms 0 %)", "Unit price (excl. VAT)"),
    "col_discount": ("Ale %", "Rab. %", "Disc. %"),
    "col_vat": ("Alv %", "Moms %", "VAT %"),
    "col_net": ("Veroton", "Exkl. moms", "Net"),
    "vat_breakdown": ("Arvonlisävero eriteltynä", "Mervärdesskatt specificerad", "VAT summary"),
    "col_rate": ("Verokanta", "Skattesats", "VAT rate"),
    "col_taxable": ("Veron peruste", "Beskattningsunderlag", "Taxable amount"),
    "col_tax": ("Vero", "Skatt", "VAT"),
    "col_gross": ("Yhteensä", "Totalt", "Total"),
    "total_net": ("Veroton yhteensä", "Totalt exkl. moms", "Total excl. VAT"),
    "total_vat": ("Arvonlisävero yhteensä", "Moms totalt", "VAT total"),
    "total_gross": ("Maksettava yhteensä", "Att betala", "Amount due"),
    "total_credit": ("Hyvitetään yhteensä", "Krediteras totalt", "Total credited"),
    "credits_invoice": (
        "Hyvittää laskun {number} ({date}).",
        "Krediterar faktura {number} ({date}).",
        "Credits invoice {number} of {date}.",
    ),
    "credit_no_payment": (
        "Hyvitys vähennetään alkuperäisen laskun avoimesta määrästä; älä maksa tätä.",
        "Krediteringen dras av från den ursprungliga fakturans öppna belopp; betala inte denna.",
        "The credit is deducted from the original invoice's open amount; do not pay this.",
    ),
    "household_title": (
        "Kotitalousvähennys",
        "Hushållsavdrag",
        "Household tax credit",
    ),
    "household_share": (
        "Kotitalousvähennykseen oikeuttava työn osuus (sis. alv): {amount}. "
        "Vähennys {year}: {rate} % työn osuudesta, enintään {cap} henkilöä kohden "
        "vuodessa, omavastuu {deductible}.",
        "Arbetets andel som berättigar till hushållsavdrag (inkl. moms): {amount}. "
        "Avdraget {year}: {rate} % av arbetets andel, högst {cap} per person och år, "
        "självrisk {deductible}.",
        "Work share eligible for the household tax credit (incl. VAT): {amount}. "
        "Credit {year}: {rate} % of the work share, at most {cap} per person a year, "
        "{deductible} deductible.",
    ),
    "prepayment_register": (
        "Merkitty ennakkoperintärekisteriin.",
        "Införd i förskottsuppbördsregistret.",
        "Entered in the prepayment register.",
    ),
    "small_business": (
        "Vähäinen toiminta, ei arvonlisäverovelvollinen (AVL 3 §).",
        "Verksamhet i liten skala, inte momsskyldig (MomsL 3 §).",
        "Small business, not liable for VAT (Finnish VAT Act 3 §).",
    ),
    "notes": ("Lisätiedot", "Tilläggsuppgifter", "Notes"),
    "pay_with_reference": (
        "Käytäthän maksaessasi viitenumeroa.",
        "Vänligen använd referensnumret vid betalning.",
        "Please use the payment reference when paying.",
    ),
    "virtual_barcode": ("Virtuaaliviivakoodi", "Virtuell streckkod", "Virtual barcode"),
    "no_barcode": (
        "Pankkiviivakoodia ei voi muodostaa: {reason}",
        "Streckkod kan inte skapas: {reason}",
        "No bank barcode: {reason}",
    ),
    "domicile": ("Kotipaikka", "Hemort", "Domicile"),
    "phone": ("Puh.", "Tfn", "Tel."),
    "email": ("Sähköposti", "E-post", "E-mail"),
    "later_header": (
        "{title} {number} · {date}",
        "{title} {number} · {date}",
        "{title} {number} · {date}",
    ),
    "qr_caption": (
        "Maksa pankkisovelluksella QR-koodista.",
        "Betala i bankappen med QR-koden.",
        "Pay in a banking app with the QR code.",
    ),
    "message": ("Lasku {number}", "Faktura {number}", "Invoice {number}"),
}

TEXTS["invoice"] = {key: dict(zip(LANGS, values, strict=True)) for key, values in _RAW.items()}

# The bank giro (tilisiirtolomake) is a bilingual standard form: its labels never change.
GIRO_LABELS = {
    "account": ("Saajan", "tilinumero", "Mottagarens", "kontonummer"),
    "payee": ("Saaja", "Mottagare"),
    "payer": ("Maksajan", "nimi ja", "osoite", "Betalarens", "namn och", "adress"),
    "signature": ("Allekirjoitus", "Underskrift"),
    "from_account": ("Tililtä nro", "Från konto nr"),
    "reference": ("Viitenro", "Ref.nr"),
    "due": ("Eräpäivä", "Förfallodag"),
    "euro": ("Euro",),
}
