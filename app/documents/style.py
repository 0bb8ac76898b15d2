"""The one stylesheet every document shares: page, margins, colours and paragraph styles."""

from __future__ import annotations

from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from .fonts import FONT, FONT_BOLD, register_fonts

PAGE = A4
MARGIN_X = 18 * mm
# Room for the letterhead on the first page and the slimmer header on later pages.
MARGIN_TOP_FIRST = 36 * mm
MARGIN_TOP_LATER = 24 * mm
MARGIN_BOTTOM = 20 * mm

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#5f6b7a")
ACCENT = colors.HexColor("#2f6f5e")
RULE = colors.HexColor("#c5cfd6")
ZEBRA = colors.HexColor("#f2f6f5")
HEAD_BG = colors.HexColor("#e3eeea")
BOX_BG = colors.HexColor("#f6f8f9")


@cache
def stylesheet() -> StyleSheet1:
    """Paragraph styles by name: title, subtitle, heading, body, small, th, td and friends."""
    register_fonts()
    sheet = StyleSheet1()
    base = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=14, textColor=INK)
    sheet.add(base)
    sheet.add(
        ParagraphStyle(
            "title", parent=base, fontName=FONT_BOLD, fontSize=18, leading=23, spaceAfter=3
        )
    )
    sheet.add(ParagraphStyle("subtitle", parent=base, textColor=MUTED, spaceAfter=10))
    sheet.add(
        ParagraphStyle(
            "heading",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=11.5,
            leading=15,
            textColor=ACCENT,
            spaceBefore=12,
            spaceAfter=5,
        )
    )
    sheet.add(ParagraphStyle("body_space", parent=base, spaceAfter=8, leading=15))
    sheet.add(ParagraphStyle("small", parent=base, fontSize=8, leading=10.5, textColor=MUTED))
    sheet.add(ParagraphStyle("td", parent=base, fontSize=8.5, leading=10.5))
    sheet.add(ParagraphStyle("td_right", parent=sheet["td"], alignment=TA_RIGHT))
    sheet.add(ParagraphStyle("td_bold", parent=sheet["td"], fontName=FONT_BOLD))
    sheet.add(ParagraphStyle("td_bold_right", parent=sheet["td_bold"], alignment=TA_RIGHT))
    sheet.add(ParagraphStyle("td_small", parent=sheet["td"], fontSize=7.5, textColor=MUTED))
    sheet.add(
        ParagraphStyle(
            "th", parent=base, fontName=FONT_BOLD, fontSize=8, leading=10, textColor=ACCENT
        )
    )
    sheet.add(ParagraphStyle("th_right", parent=sheet["th"], alignment=TA_RIGHT))
    sheet.add(ParagraphStyle("label", parent=base, fontSize=9, leading=12, textColor=MUTED))
    sheet.add(ParagraphStyle("value", parent=base, fontName=FONT_BOLD, fontSize=10, leading=13))
    return sheet


def grid_style(*, header: bool = True, zebra: bool = True) -> TableStyle:
    """The table look: tinted header row, thin rules, optional zebra stripes for long lists."""
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ]
    if zebra:
        # ROWBACKGROUNDS keeps the stripes right when a long table splits over pages.
        commands.append(
            ("ROWBACKGROUNDS", (0, 1 if header else 0), (-1, -1), [colors.white, ZEBRA])
        )
    return TableStyle(commands)
