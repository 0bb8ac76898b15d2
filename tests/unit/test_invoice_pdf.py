"""The invoice PDF: every mandatory item (AVL 209 e §), giro, barcode and QR that decode."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from io import BytesIO

import pytest
from pypdf import PdfReader

from app.cli import main
from app.documents.invoice import render_invoice
from app.domain import Customer, Invoice
from app.fi.epc_qr import epc_qr_payload
from app.fi.ids import format_iban
from app.fi.reference import format_fi_reference, format_rf_reference
from app.locale import format_date, format_money
from app.services.credit_notes import credit_invoice
from app.services.invoice_drafts import DraftForm, LineForm, create_draft, unbilled_hours
from app.services.invoice_issue import issue_invoice
from app.services.invoice_settings import InvoiceSettings, save_invoice_settings
from app.services.uow import UnitOfWork
from tests.invoice_fixtures import add_business
from tests.pdf_codes import decoded_codes

ISSUED = date(2026, 6, 5)
DUE = date(2026, 6, 22)  # 19.6. + 14 days is Midsummer Eve: the next banking day
IBAN = "FI3715903000000776"
TRICKY = "Tarvikkeet <pesuaine> & liinat 🧽 שלום"


def issued(db, customer_id: int, extra: list[LineForm] = ()) -> int:
    with UnitOfWork(db) as uow:
        lines = [g.as_line() for g in unbilled_hours(uow, customer_id)] + list(extra)
        draft = create_draft(
            uow,
            DraftForm(
                customer_id,
                ISSUED,
                date(2026, 5, 1),
                date(2026, 5, 31),
                our_reference="Rahastonhoitaja",
                buyer_reference="Kustannuspaikka 4120",
                lines=lines,
            ),
        )
    with UnitOfWork(db) as uow:
        issue_invoice(uow, draft, ISSUED)
    return draft


def pdf_of(db, invoice_id: int, lang: str | None = None) -> bytes:
    with UnitOfWork(db, write=False) as uow:
        return render_invoice(uow, invoice_id, lang).render_bytes()


def flat(text: str) -> str:
    """Whitespace (no-break spaces, line breaks in wrapped cells) as single spaces."""
    return " ".join(text.split())


def pages(pdf: bytes) -> list[str]:
    return [flat(page.extract_text()) for page in PdfReader(BytesIO(pdf)).pages]


@pytest.fixture
def biz(coop_db):
    return coop_db, add_business(coop_db)


MANDATORY = {
    "fi": ("LASKU", "Laskun numero", "Laskun päivämäärä", "Eräpäivä", "Toimitusaika", "Alv %"),
    "sv": ("FAKTURA", "Fakturanummer", "Fakturadatum", "Förfallodag", "Leveranstid", "Moms %"),
}


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_the_pdf_carries_every_mandatory_item(biz, lang):
    db, ids = biz
    extra = LineForm(TRICKY, Decimal("3"), "kpl", Decimal("4.90"), discount_percent=Decimal(10))
    invoice_id = issued(db, ids["town"], [extra])
    text = "\n".join(pages(pdf_of(db, invoice_id, lang)))
    with UnitOfWork(db, write=False) as uow:
        invoice = uow.session.get(Invoice, invoice_id)
        reference = invoice.reference
    money = lambda amount: format_money(Decimal(amount), lang)  # noqa: E731
    for label in MANDATORY[lang]:
        assert label in text, label
    expected = [
        "Osuuskunta Testi",  # seller
        "2077474-0",  # Y-tunnus
        "FI20774740",  # seller's VAT ID
        "Äänekosken kaupunki",  # buyer and address
        "Hallintokatu 4",
        "44100 Äänekoski",
        format_date(ISSUED, lang),  # issue date
        format_date(date(2026, 5, 1), lang),  # delivery period
        format_date(DUE, lang),
        format_fi_reference(reference),
        "Siivous: Koulu",  # nature and extent of the service
        "5,50",
        money("30.00"),  # unit price without VAT
        "25,5",  # the rate
        money("165.00"),
        money("178.23"),  # taxable amount at 25.5 %: 165.00 + 13.23 after the 10 % discount
        money("45.45"),  # VAT in euros
        money("223.68"),
        format_iban(IBAN),
        "NDEAFIHH",
        "10,5 %",  # late interest: reference rate 2.5 + 8
        TRICKY.split("🧽")[0].strip(),  # user text comes out literally
    ]
    for item in expected:
        assert flat(item) in text, item
    assert "14" in text and ("pv netto" in text or "dagar netto" in text)


def test_barcode_and_qr_decode_to_exactly_the_expected_payloads(biz):
    db, ids = biz
    invoice_id = issued(db, ids["town"])
    with UnitOfWork(db, write=False) as uow:
        invoice = uow.session.get(Invoice, invoice_id)
        reference, total = invoice.reference, invoice.total_gross
    pdf = pdf_of(db, invoice_id)
    codes = decoded_codes(pdf)
    barcode = "4" + IBAN[2:] + f"{int(total * 100):08d}" + "000" + reference.zfill(20) + "260622"
    assert codes.get("Code128") == barcode
    assert barcode in pages(pdf)[0]  # and as text for typing into a bank
    assert codes.get("QRCode") == epc_qr_payload(
        bic="NDEAFIHH",
        name="Osuuskunta Testi",
        iban=IBAN,
        amount=total,
        reference=reference,
        due=DUE,
    )
    lines = codes["QRCode"].split("\n")
    assert lines[1] == "001" and lines[9] == reference and lines[10] == ""
    assert lines[11] == "ReqdExctnDt/2026-06-22"


def test_an_rf_reference_gives_barcode_version_5(biz):
    db, ids = biz
    with UnitOfWork(db) as uow:
        save_invoice_settings(uow, InvoiceSettings(reference_kind="rf"))
    invoice_id = issued(db, ids["home"])
    with UnitOfWork(db, write=False) as uow:
        reference = uow.session.get(Invoice, invoice_id).reference
    pdf = pdf_of(db, invoice_id)
    codes = decoded_codes(pdf)
    assert codes["Code128"].startswith("5" + IBAN[2:])
    assert codes["Code128"][25:48] == reference[2:4] + reference[4:].zfill(21)
    assert codes["QRCode"].split("\n")[9] == reference
    text = pages(pdf)[0]
    assert format_rf_reference(reference) in text
    # A household invoice in Swedish shows the work share for the household tax credit.
    assert "Hushållsavdrag" in text and "35 %" in text and "1 600,00 €" in text


def test_reverse_charge_names_the_legal_ground_and_the_buyers_vat_id(biz):
    db, ids = biz
    with UnitOfWork(db) as uow:
        uow.session.get(Customer, ids["builder"]).business_id = "0112038-9"
    invoice_id = issued(db, ids["builder"])
    text = pages(pdf_of(db, invoice_id))[0]
    assert "Käännetty verovelvollisuus, AVL 8 c §" in text
    assert "FI01120389" in text
    assert "0 %" in text


def test_a_credit_note_refers_to_the_original_and_asks_for_nothing(biz):
    db, ids = biz
    invoice_id = issued(db, ids["town"])
    with UnitOfWork(db) as uow:
        note = credit_invoice(uow, invoice_id, None, date(2026, 6, 8))
    pdf = pdf_of(db, note.id, "sv")
    text = pages(pdf)[0]
    assert "KREDITNOTA" in text
    assert "Krediterar faktura 1 (5.6.2026)" in text
    assert flat(format_money(Decimal("-207.08"), "sv")) in text
    assert decoded_codes(pdf) == {}  # no giro, barcode or QR on a credit note


def test_a_long_invoice_repeats_its_header_and_numbers_its_pages(biz):
    db, ids = biz
    extra = [LineForm(f"Lisätyö {i}", Decimal("1"), "h", Decimal("30")) for i in range(60)]
    invoice_id = issued(db, ids["town"], extra)
    texts = pages(pdf_of(db, invoice_id))
    assert len(texts) >= 2
    for number, text in enumerate(texts, start=1):
        assert f"Sivu {number} / {len(texts)}" in text
        assert "LASKU" in text and "Osuuskunta Testi" in text
        if number > 1:
            assert "LASKU 1 · 5.6.2026" in text and "Äänekosken kaupunki" in text
    assert "Lisätyö 59" in texts[-1]


def test_render_invoice_from_the_command_line(biz, tmp_path, cli_user):
    db, ids = biz
    issued(db, ids["town"])
    cli_user("admin", "salasana-1")
    out = tmp_path / "lasku.pdf"
    assert main(["render", "invoice", "1", "--db", str(db.path), "--out", str(out)]) == 0
    assert "Äänekosken kaupunki" in pages(out.read_bytes())[0]
    missing = main(["render", "invoice", "99", "--db", str(db.path), "--out", str(out)])
    assert missing != 0


def test_a_draft_prints_as_a_draft_with_nothing_to_pay_from(biz):
    db, ids = biz
    with UnitOfWork(db) as uow:
        lines = [g.as_line() for g in unbilled_hours(uow, ids["town"])]
        draft = create_draft(uow, DraftForm(ids["town"], ISSUED, lines=lines))
    pdf = pdf_of(db, draft)
    text = pages(pdf)[0]
    assert "LASKULUONNOS" in text and "Virtuaaliviivakoodi" not in text
    assert decoded_codes(pdf) == {}
