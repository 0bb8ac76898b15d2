"""What a PDF page draws, string by string, in the order its glyphs are placed.

Text extraction tools reorder right-to-left text themselves, so to see the order our PDFs
draw glyphs in, the content stream is read here: each text operator's codes are mapped to
characters through the font's ToUnicode map.
"""

from __future__ import annotations

import re
from io import BytesIO

from pypdf import PdfReader
from pypdf.generic import ContentStream

_BFCHAR = re.compile(r"<([0-9A-F]+)> <([0-9A-F]+)>")


def _to_unicode(font) -> dict[int, str]:
    if "/ToUnicode" not in font:  # a standard font: single bytes in Latin-1
        return {code: chr(code) for code in range(256)}
    cmap = font["/ToUnicode"].get_object().get_data().decode("ascii")
    return {
        int(code, 16): bytes.fromhex(target).decode("utf-16-be")
        for code, target in _BFCHAR.findall(cmap.split("beginbfchar", 1)[1])
    }


def _codes(operand) -> bytes:
    return operand.get_original_bytes() if hasattr(operand, "get_original_bytes") else operand


def drawn_text(pdf: bytes, page: int = 0) -> list[str]:
    """The text of each BT … ET block of ``page``, glyphs in drawing order (left to right)."""
    reader = PdfReader(BytesIO(pdf))
    sheet = reader.pages[page]
    fonts = sheet["/Resources"]["/Font"]
    maps = {name: _to_unicode(font.get_object()) for name, font in fonts.items()}
    blocks: list[str] = []
    current = maps_for = None
    for operands, operator in ContentStream(sheet.get_contents(), reader).operations:
        if operator == b"BT":
            current = []
        elif operator == b"ET":
            blocks.append("".join(current))
            current = None
        elif operator == b"Tf":
            maps_for = maps[operands[0]]
        elif operator == b"T*" and current is not None:
            current.append("\n")
        elif operator in (b"Tj", b"TJ") and current is not None:
            parts = operands[0] if operator == b"TJ" else [operands[0]]
            for part in parts:
                if isinstance(part, (bytes, str)):
                    current.extend(maps_for.get(code, "\ufffd") for code in _codes(part))
    return blocks
