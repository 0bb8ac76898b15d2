"""The TrueType fonts embedded in every PDF: DejaVu Sans covers ä, ö, å and beyond.

What DejaVu lacks (most emoji) comes from a fallback font, see ``font_fallback``.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics

from .font_fallback import DocumentFont

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf"}
_lock = threading.Lock()


def resources_dir() -> Path:
    """The resources/ folder: beside app/ in a checkout, in _MEIPASS when frozen."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def register_fonts() -> None:
    """Register the fonts with ReportLab once per process (safe from worker threads)."""
    with _lock:
        if FONT_BOLD in pdfmetrics.getRegisteredFontNames():
            return
        folder = resources_dir() / "fonts"
        for name, filename in _FILES.items():
            path = folder / filename
            if not path.is_file():
                raise FileNotFoundError(f"The PDF font {path} is missing; reinstall Osuva.")
            pdfmetrics.registerFont(DocumentFont(name, str(path)))
        # <b> in Paragraph markup picks the bold face; there is no italic, so reuse the upright.
        addMapping(FONT, 0, 0, FONT)
        addMapping(FONT, 1, 0, FONT_BOLD)
        addMapping(FONT, 0, 1, FONT)
        addMapping(FONT, 1, 1, FONT_BOLD)
