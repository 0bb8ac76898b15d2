"""User text in any script prints as typed: markup literally, Hebrew and Arabic right to left,
emoji from a fallback font or as a visible stand-in that copy-paste still gives back."""

from __future__ import annotations

import unicodedata
from datetime import date
from decimal import Decimal
from io import BytesIO
from pathlib import Path

import pypdfium2
import pytest
import reportlab
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics

from app.documents import font_fallback
from app.documents.base import Letterhead, NumberedCanvas
from app.documents.font_fallback import DocumentFont, use_fallbacks
from app.documents.fonts import FONT, register_fonts, resources_dir
from app.documents.invoice import render_invoice
from app.documents.member_register import MemberRegisterRenderer
from app.documents.visual_order import visual
from app.domain import Customer
from app.domain.enums import MemberKind
from app.services.invoice_drafts import LineForm
from app.services.register import Register, RegisterEntry
from app.services.uow import UnitOfWork
from tests.invoice_fixtures import add_business
from tests.pdf_text import drawn_text
from tests.unit.test_invoice_pdf import issued

NAME = "Aviv אביב <b>&amp;"
LINES = ["<b>&amp; Tarvikkeet", "Aviv אביב", "مرحبا", "😀 Café", "🧹 Siivous"]
# The same text as its glyphs stand from left to right on the page, written out by hand.
NAME_SEEN = "Aviv ביבא <b>&amp;"
HEBREW_SEEN = "Aviv ביבא"
# مرحبا joined: alef final, beh medial, hah initial, reh final, meem initial (right to left).
ARABIC_SEEN = "\ufe8e\ufe92\ufea3\ufeae\ufee3"
DEJAVU = resources_dir() / "fonts" / "DejaVuSans.ttf"
VERA = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"


@pytest.fixture
def no_fallback_fonts():
    """As on a machine without emoji fonts, whatever this one has installed."""
    use_fallbacks([])
    yield
    use_fallbacks()


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)


def picture(pdf: bytes) -> bytes:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return document[0].render(scale=3).to_pil().tobytes()
    finally:
        document.close()


def one_line(text: str, font: str = FONT) -> bytes:
    """A small page with ``text`` drawn on it as every document draws its strings."""
    register_fonts()
    buffer = BytesIO()
    canvas = NumberedCanvas(buffer, pagesize=(200, 60), page_label="")
    canvas.setFont(font, 20)
    canvas.drawString(10, 25, text)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_an_invoice_prints_markup_hebrew_arabic_and_emoji_as_typed(coop_db, no_fallback_fonts):
    ids = add_business(coop_db)
    with UnitOfWork(coop_db) as uow:
        uow.session.get(Customer, ids["town"]).name = NAME
    lines = [LineForm(text, Decimal(1), "kpl", Decimal("10.00")) for text in LINES]
    invoice_id = issued(coop_db, ids["town"], lines)
    with UnitOfWork(coop_db, write=False) as uow:
        pdf = render_invoice(uow, invoice_id, "fi").render_bytes()

    picture(pdf)  # the page renders
    text = text_of(pdf)
    for literal in ("<b>&amp;", "Tarvikkeet", "Café", "Aviv", "Siivous"):
        assert literal in text, literal
    # The emoji stay in the text layer: copying or searching the PDF finds them.
    assert "😀" in text and "🧹" in text
    assert "مرحبا" in unicodedata.normalize("NFKC", text)

    drawn = "\n".join(drawn_text(pdf))
    # The buyer's name in the address block and on the giro slip, Hebrew right to left.
    assert drawn.count(NAME_SEEN) == 2
    assert HEBREW_SEEN in drawn and "אביב" not in drawn
    assert ARABIC_SEEN in drawn


@pytest.mark.parametrize(
    ("typed", "seen"),
    [
        ("Kahvila Café", "Kahvila Café"),
        ("Aviv אביב", "Aviv ביבא"),
        # A line that starts in Hebrew still runs left to right like the rest of the page.
        ("אביב 😀, Aviv", "ביבא 😀, Aviv"),
        # Brackets in a right-to-left run are mirrored so that they still open and close.
        ("אביב (12)", "(12) ביבא"),
        ("Oy <אביב> & Co", "Oy <ביבא> & Co"),
        ("מחיר: 12,50 € (כולל)", "(ללוכ) € 12,50 :ריחמ"),
        ("مرحبا", ARABIC_SEEN),
    ],
)
def test_right_to_left_runs_are_turned_round_in_place(typed, seen):
    assert visual(typed) == seen


def test_arabic_the_font_covers_never_turns_into_replacement_signs():
    register_fonts()
    covered = pdfmetrics.getFont(FONT).face.charToGlyph
    # Lam-alef joins into one letter; the word Allah has no ligature in DejaVu and stays apart.
    for typed in ("لا إله إلا الله", "سلام، پژوهش گروه چای", "مَرْحَبًا بكم في التعاونية"):
        assert all(ord(ch) in covered for ch in visual(typed)), typed


def test_fallback_fonts_are_looked_for_once_and_only_when_needed(monkeypatch):
    calls = []
    monkeypatch.setattr(font_fallback, "fallback_candidates", lambda: calls.append(1) or [])
    use_fallbacks()
    try:
        one_line("Äänekoski, Jyväskylä – Åbo (אביב)")
        assert calls == []
        one_line("🦔")
        one_line("🦔 🫎")
        assert calls == [1]
    finally:
        use_fallbacks()


def test_windows_emoji_fonts_are_tried_first(monkeypatch):
    monkeypatch.setenv("WINDIR", "C:/Windows")
    first = [path.name for path in font_fallback.fallback_candidates()[:2]]
    assert first == ["seguiemj.ttf", "seguisym.ttf"]


def test_a_character_no_font_has_is_drawn_as_the_replacement_sign(no_fallback_fonts):
    broom = one_line("a🧹b")
    assert picture(broom) == picture(one_line("a\ufffdb"))
    assert "a🧹b" in text_of(broom)


def test_a_joiner_or_skin_tone_no_font_has_takes_no_room(no_fallback_fonts):
    assert picture(one_line("a👍🏽b")) == picture(one_line("a\ufffdb"))


def test_a_fallback_font_draws_what_the_main_font_lacks():
    register_fonts()
    pdfmetrics.registerFont(DocumentFont("VeraWithFallback", str(VERA)))
    use_fallbacks([Path("/no/such/font.ttf"), DEJAVU])
    try:
        pdf = one_line("Жук ő", "VeraWithFallback")
        # Vera has no Cyrillic: those letters come from DejaVu Sans, exactly as DejaVu draws them.
        assert picture(pdf) == picture(one_line("Жук ő", FONT))
        widths = [pdfmetrics.stringWidth("Жук ő", name, 10) for name in ("VeraWithFallback", FONT)]
        assert widths[0] == widths[1]
        assert "Жук ő" in text_of(pdf)
        fonts = PdfReader(BytesIO(pdf)).pages[0]["/Resources"]["/Font"].values()
        assert {str(font.get_object()["/BaseFont"]).split("+")[-1] for font in fonts} >= {
            "BitstreamVeraSans-Roman",
            "DejaVuSans",
        }
    finally:
        use_fallbacks()


def test_plain_table_cells_and_the_letterhead_are_ordered_too(tmp_path, no_fallback_fonts):
    entry = RegisterEntry(
        member_number=1,
        first_name="Aviv",
        last_name="אביב 😀",
        street="شارع 5",
        postal_code="00100",
        city="Helsinki",
        municipality="Helsinki",
        kind=MemberKind.WORKING,
        joined_on=date(2026, 7, 6),
        left_on=None,
        shares=1,
        paid=Decimal("50.00"),
        refund_due_on=None,
    )
    register = Register("Osuuskunta אביב", "2077474-0", "Helsinki", Decimal("50.00"), [entry])
    head = Letterhead("Osuuskunta אביב", "2077474-0")
    renderer = MemberRegisterRenderer(
        register, "fi", public=False, printed_on=date(2026, 8, 1), letterhead=head
    )
    pdf = renderer.render_bytes()
    drawn = "\n".join(drawn_text(pdf))
    assert "Osuuskunta ביבא\n" in drawn  # the letterhead
    assert "ביבא 😀, Aviv" in drawn
    # شارع 5 (street 5) joined: shin initial, alef final, reh and ain alone; then the number.
    assert "5 \ufec9\ufead\ufe8e\ufeb7" in drawn
    assert "😀" in text_of(pdf)
