"""The reminder PDF: the original's data, open amount, fee, interest with its calculation, and a
QR code a banking app reads; in Finnish and Swedish; and osuva-admin render reminder."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from io import BytesIO

import pypdfium2
import pytest
import zxingcpp
from pypdf import PdfReader

from app.cli import main
from app.documents.reminder import reminder_pdf
from app.domain.enums import CustomerKind, Language, PaymentMethod
from app.services.payments import record_payment
from app.services.reminders import add_reference_rate
from app.services.uow import UnitOfWork
from tests.payment_world import TREASURER, add_invoice, build_world, d


@pytest.fixture
def world(coop_db):
    world = build_world(coop_db)
    with coop_db.sessions() as session:
        swedish = add_invoice(
            session, 8, "Åström & Söner <Ab>", CustomerKind.COMPANY, "400.00", "25.5",
            "2025-05-02", "2025-06-01", language=Language.SV,
        )  # fmt: skip
        session.commit()
        world.invoices[8] = swedish.id
    with UnitOfWork(coop_db, TREASURER) as uow:
        add_reference_rate(uow, d("2026-07-01"), Decimal("2.50"))
        record_payment(
            uow, swedish.id, Decimal("200.00"), d("2025-09-15"), PaymentMethod.BANK,
            today=d("2026-12-01"),
        )  # fmt: skip
    return world


def pdf(db, invoice_id, on) -> bytes:
    with UnitOfWork(db, TREASURER, write=False) as uow:
        return reminder_pdf(uow, invoice_id, on)


def text_of(data: bytes) -> str:
    """The text with cells and wrapped lines joined by single spaces (no-break ones too)."""
    pages = PdfReader(BytesIO(data)).pages
    return " ".join(" ".join(p.extract_text() for p in pages).split())


def qr_codes(data: bytes) -> list[str]:
    page = pypdfium2.PdfDocument(data)[0]
    image = page.render(scale=3).to_pil()
    return [
        r.text for r in zxingcpp.read_barcodes(image) if r.format == zxingcpp.BarcodeFormat.QRCode
    ]


def test_a_finnish_reminder_shows_open_amount_fee_interest_and_its_calculation(world, coop_db):
    data = pdf(coop_db, world.invoices[3], date(2026, 11, 23))
    text = text_of(data)
    for expected in (
        "Maksumuistutus",
        "Laskun numero",
        "10.10.2026",  # the invoice date
        "24.10.2026",  # the original due date
        "Avoinna 86,80 €",
        "Muistutusmaksu 5,00 €",
        "Viivästyskorko 23.11.2026 asti 0,68 €",
        "Maksettava yhteensä 92,48 €",
        "25.10.2026 – 23.11.2026 30 86,80 € 9,50 % 0,68 €",
        "viitekorko + 7 prosenttiyksikköä",
        "päivät / 365",
        "7.12.2026",  # the new due date
        "10032",
    ):
        assert expected in text, expected
    # The QR pays the whole sum by the new due date (where the reference line goes is the
    # EPC module's business: structured or free text).
    (payload,) = qr_codes(data)
    lines = payload.split("\n")
    assert lines[:8] == [
        "BCD", "001", "1", "SCT", "NDEAFIHH", "Osuuskunta Testi", "FI3715903000000776", "EUR92.48"
    ]  # fmt: skip
    assert "10032" in lines[9:11]
    assert lines[-1] == "ReqdExctnDt/2026-12-07"


def test_a_swedish_reminder_to_a_business_after_a_partial_payment(world, coop_db):
    text = text_of(pdf(coop_db, world.invoices[8], date(2026, 1, 20)))
    for expected in (
        "Betalningspåminnelse",
        "Åström & Söner <Ab>",
        "Obetalt 302,00 €",
        "Betalt eller krediterat 200,00 €",
        "Standardersättning för indrivningskostnader (räntelagen 10 e §) 40,00 €",
        # The interest before the payment stays: 2.6.–15.9. on 502,00 €, then on 302,00 €.
        "2.6.2025 – 30.6.2025 29 502,00 € 11,50 % 4,59 €",
        "1.7.2025 – 15.9.2025 77 502,00 € 10,50 % 11,12 €",
        "16.9.2025 – 31.12.2025 107 302,00 € 10,50 % 9,30 €",
        "1.1.2026 – 20.1.2026 20 302,00 € 10,50 % 1,74 €",
        "Dröjsmålsränta till och med 20.1.2026 26,75 €",
        "Att betala sammanlagt 368,75 €",
        "referensräntan + 8 procentenheter",
    ):
        assert expected in text, expected


def test_render_reminder_from_the_command_line(world, coop_db, cli_user, tmp_path, capsys):
    cli_user("admin", "salasana-1")
    out = tmp_path / "muistutus.pdf"
    args = ["render", "reminder", "3", "--out", str(out), "--date", "2026-11-23"]
    assert main([*args, "--db", str(coop_db.path)]) == 0
    assert "Maksettava yhteensä 92,48 €" in text_of(out.read_bytes())
    assert main(["render", "reminder", "99", "--out", str(out), "--db", str(coop_db.path)]) == 2
    assert "no issued invoice number 99" in capsys.readouterr().err
    # Due 24.10.: a consumer may be reminded from 7.11. on, and not before.
    early = [
        "render",
        "reminder",
        "3",
        "--out",
        str(tmp_path / "early.pdf"),
        "--date",
        "2026-11-06",
    ]
    assert main([*early, "--db", str(coop_db.path)]) == 2
    assert "too early to remind of invoice 3" in capsys.readouterr().err
    assert not (tmp_path / "early.pdf").exists()


def test_a_facilitator_may_not_print_a_reminder(world, coop_db):
    from app.documents.reminder import reminder_data
    from app.services.errors import PermissionDeniedError
    from tests.payment_world import FACILITATOR

    for fn in (reminder_pdf, reminder_data):
        with pytest.raises(PermissionDeniedError), UnitOfWork(coop_db, FACILITATOR) as uow:
            fn(uow, world.invoices[3], date(2026, 11, 23))
