"""Read barcodes and QR codes back from a rendered PDF page, as a bank app's camera would."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
import zxingcpp


def decoded_codes(pdf: Path | bytes, page: int = 0, dpi: int = 200) -> dict[str, str]:
    """{format name: text} of every code zxing-cpp finds on the page (e.g. "QRCode", "Code128")."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        image = document[page].render(scale=dpi / 72).to_pil()
    finally:
        document.close()
    found = zxingcpp.read_barcodes(image)
    return {result.format.name: result.text for result in found}


def decoded_qr(pdf: Path | bytes, page: int = 0) -> str:
    """The page's QR code; fails (never skips) when none can be read."""
    codes = decoded_codes(pdf, page)
    assert "QRCode" in codes, f"no QR code could be read, found {sorted(codes)}"
    return codes["QRCode"]
