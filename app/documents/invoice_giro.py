"""The bank giro (tilisiirtolomake) drawn on page 1: IBAN, BIC, payee, payer, reference,
due date and amount in the standard form's places, the EPC QR code and the virtual barcode."""

from __future__ import annotations

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.fi.epc_qr import epc_qr_code
from app.fi.ids import format_iban
from app.locale import format_decimal

from .fonts import FONT, FONT_BOLD
from .invoice_texts import GIRO_LABELS
from .share_statement import QrFlowable
from .style import INK, MARGIN_X, MUTED

GIRO_HEIGHT = 101.6 * mm  # the standard form is the bottom third of an A4 (4 inches)
GIRO_SPLIT_X = 111.4 * mm  # the right half starts here on the standard form
GIRO_LABEL_W = 19 * mm


def draw_giro(renderer, canvas: Canvas) -> None:
    """The bank giro (tilisiirtolomake) at the bottom of page 1, in the standard layout."""
    d = renderer.data
    s = d.seller
    width = canvas._pagesize[0]
    top = GIRO_HEIGHT
    rows = (top, 84.7 * mm, 71.9 * mm, 50.7 * mm, 42.3 * mm, 33.8 * mm)
    canvas.saveState()
    # Seller's contact line just above the form.
    parts = [
        f"{renderer.t('domicile')} {s.get('domicile', '')}" if s.get("domicile") else "",
        f"{renderer.t('phone')} {s.get('phone')}" if s.get("phone") else "",
        str(s.get("email", "")),
        renderer.t("prepayment_register") if s.get("prepayment_register") else "",
    ]
    canvas.setFont(FONT, 7.5)
    canvas.setFillColor(MUTED)
    info = "  ·  ".join(p for p in parts if p)
    canvas.drawString(
        MARGIN_X, top + 2 * mm, fit_text(info, FONT, 7.5, width - 2 * MARGIN_X - 30 * mm)
    )
    canvas.setStrokeColor(INK)
    canvas.setFillColor(INK)
    canvas.setLineWidth(0.5)
    canvas.setDash(2, 2)
    canvas.line(0, top, width, top)
    canvas.setDash()
    # The grid of the standard form.
    canvas.setLineWidth(1)
    for y in rows[1:]:
        x_end = GIRO_SPLIT_X if y in (rows[1], rows[2]) else width - 8 * mm
        canvas.line(0, y, x_end, y)
    canvas.line(GIRO_LABEL_W, rows[0], GIRO_LABEL_W, rows[5])
    canvas.line(GIRO_SPLIT_X, rows[0], GIRO_SPLIT_X, rows[5])
    ref_label_w = 19 * mm
    canvas.line(GIRO_SPLIT_X + ref_label_w, rows[3], GIRO_SPLIT_X + ref_label_w, rows[5])
    euro_x = 160 * mm
    canvas.line(euro_x, rows[4], euro_x, rows[5])
    canvas.line(euro_x + 10 * mm, rows[4], euro_x + 10 * mm, rows[5])
    # Labels.
    _label(canvas, GIRO_LABELS["account"], 1.5 * mm, rows[0])
    _label(canvas, GIRO_LABELS["payee"], 1.5 * mm, rows[1])
    _label(canvas, GIRO_LABELS["payer"], 1.5 * mm, rows[2])
    _label(canvas, GIRO_LABELS["signature"], 1.5 * mm, rows[3])
    _label(canvas, GIRO_LABELS["from_account"], 1.5 * mm, rows[4])
    _label(canvas, GIRO_LABELS["reference"], GIRO_SPLIT_X + 1.5 * mm, rows[3])
    _label(canvas, GIRO_LABELS["due"], GIRO_SPLIT_X + 1.5 * mm, rows[4])
    _label(canvas, GIRO_LABELS["euro"], euro_x + 1.5 * mm, rows[4])
    # Values.
    value_x = GIRO_LABEL_W + 3 * mm
    canvas.setFont(FONT_BOLD, 10)
    iban_line = f"IBAN {format_iban(str(s['iban']))}"
    canvas.drawString(value_x, rows[0] - 6 * mm, iban_line)
    if s.get("bic"):
        canvas.drawString(value_x, rows[0] - 11 * mm, f"BIC {s['bic']}")
    canvas.setFont(FONT, 10)
    payee = [str(s.get("name", "")), seller_town(s)]
    canvas.drawString(value_x, rows[1] - 5 * mm, fit_text(payee[0], FONT, 10, 88 * mm))
    buyer_lines = [d.buyer_name, d.buyer_street, town_of(d.buyer_postal_code, d.buyer_city)]
    y = rows[2] - 5 * mm
    for text_line in buyer_lines:
        if text_line:
            canvas.drawString(value_x, y, fit_text(text_line, FONT, 10, 88 * mm))
            y -= 4.5 * mm
    canvas.setFont(FONT_BOLD, 10.5)
    canvas.drawString(GIRO_SPLIT_X + ref_label_w + 3 * mm, rows[3] - 5.5 * mm, renderer._ref_text())
    canvas.drawString(
        GIRO_SPLIT_X + ref_label_w + 3 * mm,
        rows[4] - 5.5 * mm,
        renderer.day(d.due_date) if d.due_date else "",
    )
    canvas.drawRightString(
        width - 10 * mm, rows[4] - 5.5 * mm, format_decimal(d.total_gross, renderer.lang, 2)
    )
    # Message to the payer and the QR code in the upper right part of the form.
    canvas.setFont(FONT, 8.5)
    canvas.drawString(
        GIRO_SPLIT_X + 3 * mm,
        rows[0] - 6 * mm,
        renderer.t("message").format(number=d.number),
    )
    canvas.setFont(FONT, 7)
    canvas.setFillColor(MUTED)
    canvas.drawString(GIRO_SPLIT_X + 3 * mm, rows[0] - 10 * mm, renderer.t("pay_with_reference"))
    if renderer.qr_payload is not None:
        size = 34 * mm
        qr = QrFlowable(epc_qr_code(renderer.qr_payload), size, border=2)
        qr.wrapOn(canvas, size, size)
        qr.drawOn(canvas, width - 8 * mm - size, rows[3] + 1.5 * mm)
        canvas.setFont(FONT, 6.5)
        room = width - 8 * mm - size - GIRO_SPLIT_X - 5 * mm
        caption = fit_text(renderer.t("qr_caption"), FONT, 6.5, room)
        canvas.drawString(GIRO_SPLIT_X + 3 * mm, rows[0] - 14 * mm, caption)
    canvas.setFillColor(INK)
    # The virtual barcode as text and as Code 128 (Pankkiviivakoodi-opas 5.3).
    if renderer.barcode_text:
        canvas.setFont(FONT, 7)
        label = f"{renderer.t('virtual_barcode')}: {renderer.barcode_text}"
        canvas.drawString(20 * mm, 27.5 * mm, fit_text(label, FONT, 7, width - 30 * mm))
        barcode = Code128(
            renderer.barcode_text, barWidth=0.3 * mm, barHeight=13 * mm, quiet=True, lquiet=6 * mm
        )
        barcode.drawOn(canvas, 14 * mm, 10 * mm)
    canvas.restoreState()


def _label(canvas: Canvas, words: tuple[str, ...], x: float, top: float) -> None:
    canvas.setFont(FONT, 6.5)
    canvas.setFillColor(INK)
    y = top - 3 * mm
    for word in words:
        canvas.drawString(x, y, word)
        y -= 2.6 * mm


def fit_text(value: str, font: str, size: float, room: float) -> str:
    """Cut text that would run over ``room`` points with an ellipsis (canvas text never wraps)."""
    value = " ".join(str(value).split())
    if stringWidth(value, font, size) <= room:
        return value
    while value and stringWidth(value + "…", font, size) > room:
        value = value[:-1]
    return value + "…"


def town_of(postal_code: str, city: str) -> str:
    return " ".join(part for part in (postal_code, city) if part)


def seller_town(seller: dict) -> str:
    return town_of(str(seller.get("postal_code", "")), str(seller.get("city", "")))
