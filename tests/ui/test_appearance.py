"""Text can be made larger for people who need it, and the choice is remembered."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from ui import appearance


def test_larger_and_smaller_text(qapp):
    start = QApplication.font().pointSizeF()
    appearance.normal()
    normal = QApplication.font().pointSizeF()
    appearance.bigger()
    appearance.bigger()
    assert QApplication.font().pointSizeF() > normal * 1.25
    assert int(QSettings().value("text_size_step")) == appearance.STEPS.index(1.0) + 2
    for _ in range(20):
        appearance.bigger()
    assert QApplication.font().pointSizeF() == normal * appearance.STEPS[-1]
    appearance.smaller()
    assert QApplication.font().pointSizeF() < normal * appearance.STEPS[-1]
    appearance.normal()
    assert QApplication.font().pointSizeF() == normal
    assert start > 0


def test_views_hear_of_a_new_text_size(qtbot):
    with qtbot.waitSignal(appearance.text_size.changed) as signal:
        appearance.bigger()
    assert signal.args == [appearance.current_step()]
    appearance.normal()
