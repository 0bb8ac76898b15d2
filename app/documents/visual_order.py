"""Right-to-left text in the order it is seen, Arabic letters in their joined forms.

A PDF draws glyphs left to right in the order they come. ReportLab's own bidi support needs
a library that is not published for our platforms, so a line holding Hebrew or Arabic is
reordered here by the Unicode bidi algorithm, after Arabic letters have taken their initial,
medial and final forms (arabic-reshaper). python-bidi resolves the levels; the last two
rules (reverse the runs, mirror brackets in them) are applied here, as it does not mirror.
Latin text, which is nearly all text, is recognised by two cheap checks and passes untouched.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

# Letters written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation
# forms) and the marks and embeddings that open a right-to-left run.
_RTL = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200f\u202b\u202e\u2067"
    "\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")


@cache
def _reshaper():
    from arabic_reshaper import ArabicReshaper

    # Vowel marks are kept: the user typed them and copy-paste should give them back.
    # DejaVu Sans has the lam-alef ligatures but no ligature of the word Allah.
    return ArabicReshaper(
        {
            "delete_harakat": False,
            "shift_harakat_position": False,
            "ARABIC LIGATURE ALLAH": False,
        }
    )


def joined(text: str) -> str:
    """``text`` with Arabic letters in the contextual forms a joined script needs."""
    if text.isascii() or not _ARABIC.search(text):
        return text
    return _reshaper().reshape(text)


def visual(text: str) -> str:
    """One line of ``text`` in the order its glyphs are drawn from left to right.

    Our documents run left to right, so every line does too (a wrapped line must not turn
    round because it starts with a Hebrew word): a Hebrew or Arabic run reads right to left
    in place, with its brackets mirrored.
    """
    if text.isascii() or not _RTL.search(text):
        return text
    text = joined(text)
    levels = _levels(text)
    mirrored = _mirrors()
    return "".join(
        mirrored.get(text[i], text[i]) if levels[i] % 2 else text[i] for i in _order(levels)
    )


_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")
# Bidi classes that rule L1 puts back on the line's own level at its end.
_TRAILING = {"WS", "S", "B", "BN", "LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"}


def _levels(text: str) -> list[int]:
    """The embedding level the Unicode bidi algorithm resolves for each character."""
    from bidi import get_display

    # python-bidi's Rust algorithm reorders but does not mirror (rule L4) and offers its
    # resolved levels (one per UTF-8 byte) only in its debug report: read them from there.
    report = get_display(text, base_dir="L", debug=True)
    per_byte = [int(n) for n in _LEVEL.findall(report.split("levels:", 1)[1])]
    levels, offset = [], 0
    for ch in text:
        levels.append(per_byte[offset])
        offset += len(ch.encode())
    end = len(text)
    while end and unicodedata.bidirectional(text[end - 1]) in _TRAILING:
        end -= 1
        levels[end] = 0
    return levels


def _order(levels: list[int]) -> list[int]:
    """Rule L2: from the highest level down to the lowest odd one, reverse every run at
    that level or above. Gives the logical index of each character from left to right."""
    order = list(range(len(levels)))
    odd = [level for level in levels if level % 2]
    if not odd:
        return order
    for level in range(max(levels), min(odd) - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] < level:
                i += 1
                continue
            j = i
            while j < len(order) and levels[order[j]] >= level:
                j += 1
            order[i:j] = order[i:j][::-1]
            i = j
    return order


@cache
def _mirrors() -> dict[str, str]:
    from bidi.mirror import MIRRORED

    return MIRRORED
