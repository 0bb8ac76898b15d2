"""The Paragraph of every document: one piece of text per run of equal style.

ReportLab's parser starts a new fragment at every entity, so escaped user text such as
"Aviv &amp; אביב" becomes three fragments drawn one by one. A line with right-to-left words
must be reordered as a whole, so fragments that differ in nothing but their text are joined
again before the paragraph is laid out (fewer text operators, too).
"""

from __future__ import annotations

from reportlab.platypus import Paragraph

# Fragments that are not plain text: images, callbacks, line breaks.
_SPECIAL = ("cbDefn", "lineBreak", "_selfClosingTag", "isBullet")


def _plain(frag) -> bool:
    return isinstance(getattr(frag, "text", None), str) and not any(
        hasattr(frag, name) for name in _SPECIAL
    )


def _look(frag) -> dict:
    return {key: value for key, value in frag.__dict__.items() if key != "text"}


class DocumentParagraph(Paragraph):
    def _setup(self, text, style, bulletText, frags, cleaner):
        super()._setup(text, style, bulletText, frags, cleaner)
        if frags is None and len(self.frags) > 1:
            self.frags = _joined(self.frags)


def _joined(frags: list) -> list:
    result = [frags[0]]
    for frag in frags[1:]:
        last = result[-1]
        if _plain(frag) and _plain(last) and _look(frag) == _look(last):
            # Each fragment is the parser's own copy, so it may take its neighbour's text.
            last.text += frag.text
        else:
            result.append(frag)
    return result
