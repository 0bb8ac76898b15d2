"""Characters the embedded font lacks: drawn from a system font, or as a visible stand-in.

DejaVu Sans covers Latin, Greek, Cyrillic, Hebrew and Arabic but few emoji. A character it
lacks is drawn from the first fallback font on the machine that has it (Segoe UI Emoji or
Symbol on Windows, Symbola or Noto Emoji on Linux), embedded as a subset like any font. The
fallback fonts are looked for at a few fixed paths, and only when a document first needs one.

With no font for a character, it is drawn as U+FFFD (the replacement character: a "?" in a
diamond) instead of an empty box, while the PDF's text layer keeps the character itself, so
copying or searching the document still finds it. Joiners and skin-tone modifiers the
embedded font lacks are kept in the text but not drawn.
"""

from __future__ import annotations

import logging
import os
import re
import threading
from collections.abc import Iterator
from itertools import groupby
from operator import itemgetter
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from .visual_order import joined

log = logging.getLogger(__name__)

STAND_IN = 0xFFFD
# Characters that only join or modify their neighbours: kept in the text, never drawn.
_INVISIBLE = re.compile(
    "[\u200c\u200d\u20e3\ufe00-\ufe0f\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f]"
)
# Debian and Ubuntu, Fedora, Arch: Symbola has outlines for nearly every emoji; Noto Emoji too.
LINUX_FALLBACKS = (
    "/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf",
    "/usr/share/fonts/gdouros-symbola/Symbola.ttf",
    "/usr/share/fonts/TTF/Symbola.ttf",
    "/usr/share/fonts/truetype/noto/NotoEmoji-Regular.ttf",
    "/usr/share/fonts/google-noto-emoji/NotoEmoji-Regular.ttf",
)
# Segoe UI Emoji has monochrome outlines besides its colour layers; Segoe UI Symbol has more.
WINDOWS_FALLBACKS = ("seguiemj.ttf", "seguisym.ttf")

_lock = threading.RLock()
_loaded: list[TTFont] = []
_pending: list[Path] | None = None
# (font face, code point) of every stand-in given, so that a new set of fallbacks starts clean.
_stand_ins: list[tuple[object, int]] = []


def fallback_candidates() -> list[Path]:
    """The font files to try, in order: the Windows fonts first where there is a Windows."""
    windows = os.environ.get("WINDIR") or os.environ.get("SYSTEMROOT")
    paths = [Path(windows, "Fonts", name) for name in WINDOWS_FALLBACKS] if windows else []
    return paths + [Path(path) for path in LINUX_FALLBACKS]


def use_fallbacks(paths: list[Path] | None = None) -> None:
    """Forget the fallback fonts and look for ``paths`` (default: the system's) when needed."""
    global _pending
    with _lock:
        _loaded.clear()
        _pending = None if paths is None else list(paths)
        for face, code in _stand_ins:
            face.charToGlyph.pop(code, None)
            face.charWidths.pop(code, None)
        _stand_ins.clear()


def _fallback_fonts() -> Iterator[TTFont]:
    """The fallback fonts in order, each loaded the first time a character needs it."""
    global _pending
    index = 0
    while True:
        with _lock:
            if _pending is None:
                _pending = fallback_candidates()
            while index >= len(_loaded) and _pending:
                _load(_pending.pop(0))
            if index >= len(_loaded):
                return
            font = _loaded[index]
        yield font
        index += 1


def _load(path: Path) -> None:
    if not path.is_file():
        return
    name = f"Fallback-{path.stem}"
    try:
        font = DocumentFont(name, str(path), fallback=False)
    except Exception as error:
        # Whatever fails in a font that is not ours skips it: the next one, or the stand-in, serves.
        log.warning("Font %s cannot be used in PDFs: %s", path, error)
        return
    pdfmetrics.registerFont(font)
    # ReportLab keeps the first font registered for a typeface: draw with what it will use.
    _loaded.append(pdfmetrics.getFont(name))


def _uncovered(codes) -> re.Pattern[str]:
    """A pattern that finds any character outside ``codes``, built from their ranges."""
    spans: list[str] = []
    ordered = sorted(code for code in codes if code > 0)
    for _, group in groupby(enumerate(ordered), lambda pair: pair[1] - pair[0]):
        run = [code for _, code in group]
        first, last = re.escape(chr(run[0])), re.escape(chr(run[-1]))
        spans.append(first if run[0] == run[-1] else f"{first}-{last}")
    return re.compile(f"[^{''.join(spans)}]")


class DocumentFont(TTFont):
    """A TrueType font that measures and draws what it lacks from fallback fonts."""

    def __init__(self, name: str, filename: str, *, fallback: bool = True) -> None:
        super().__init__(name, filename)
        self.fallback = fallback
        self._missing = _uncovered(self.face.charToGlyph) if fallback else None

    # --- which font draws what --------------------------------------------------------

    def runs(self, text: str) -> list[tuple[str, str]]:
        """``text`` cut into (font name, characters) runs, each drawn in that font."""
        if self._missing is None or not self._missing.search(text):
            return [(self.fontName, text)]
        own = self.face.charToGlyph
        fonts = (
            (self.fontName if ord(ch) in own else self._font_for(ord(ch)).fontName, ch)
            for ch in text
        )
        return [
            (name, "".join(ch for _, ch in group))
            for name, group in groupby(fonts, key=itemgetter(0))
        ]

    def _font_for(self, code: int) -> TTFont:
        if _INVISIBLE.match(chr(code)):
            # A skin tone or tag drawn on its own is a stray swatch or box beside its emoji.
            self._stand_in(code)
            return self
        for font in _fallback_fonts():
            if code in font.face.charToGlyph:
                return font
        self._stand_in(code)
        return self

    def _stand_in(self, code: int) -> None:
        """Draw ``code`` with a visible stand-in glyph while the text layer keeps ``code``."""
        face = self.face
        with _lock:
            if code in face.charToGlyph:
                return
            invisible = _INVISIBLE.match(chr(code)) is not None
            shown = 0x200B if invisible else STAND_IN
            if shown not in face.charToGlyph:
                shown = ord(" ") if invisible else ord("?")
            face.charWidths[code] = 0 if invisible else face.charWidths.get(shown, 0)
            face.charToGlyph[code] = face.charToGlyph[shown]
            _stand_ins.append((face, code))

    # --- what ReportLab asks of a font ------------------------------------------------

    def stringWidth(self, text, size, encoding="utf8"):
        if not isinstance(text, str):
            text = text.decode(encoding)
        if not text.isascii():
            text = joined(text)
            if self._missing is not None and self._missing.search(text):
                return sum(
                    TTFont.stringWidth(pdfmetrics.getFont(name), run, size)
                    for name, run in self.runs(text)
                )
        return super().stringWidth(text, size, encoding)

    def addObjects(self, doc) -> None:
        # ReportLab writes a code point above U+FFFF into the ToUnicode map as five hex
        # digits, which readers reject; PDF wants its UTF-16 surrogate pair.
        state = self.state.get(doc)
        wide = [
            self.getSubsetInternalName(n, doc)[1:]
            for n, subset in enumerate(state.subsets if state else ())
            if max(subset) > 0xFFFF
        ]
        super().addObjects(doc)
        fonts = doc.idToObject["BasicFonts"].dict
        for name in wide:
            cmap = doc.idToObject[fonts[name].ToUnicode.name]
            cmap.content = _WIDE_TARGET.sub(_surrogates, cmap.content)


_WIDE_TARGET = re.compile(r"^(<[0-9A-F]{2}> )<([0-9A-F]{5,6})>$", re.MULTILINE)


def _surrogates(match: re.Match[str]) -> str:
    utf16 = chr(int(match.group(2), 16)).encode("utf-16-be").hex().upper()
    return f"{match.group(1)}<{utf16}>"
