"""Every source string is translated into Finnish and Swedish, and the .qm files load."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "i18n"


def messages(ts: Path):
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            yield name, message


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_every_string_is_translated(lang):
    unfinished = []
    for context, message in messages(I18N / f"osuva_{lang}.ts"):
        translation = message.find("translation")
        text = "".join(translation.itertext()).strip()
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not text:
            unfinished.append(f"{context}: {message.find('source').text}")
    assert unfinished == []


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_placeholders_survive_translation(lang):
    import re

    for context, message in messages(I18N / f"osuva_{lang}.ts"):
        source = message.find("source").text
        translation = message.find("translation")
        # Each plural form is a whole sentence of its own and must keep every placeholder.
        forms = translation.findall("numerusform") or [translation]
        for form in forms:
            text = "".join(form.itertext())
            assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", text)), (
                context,
                source,
            )


def test_sources_and_ts_files_agree(tmp_path):
    """lupdate on the current sources finds nothing new: no string is left out of the .ts."""
    import shutil

    lupdate = Path(shutil.which("pyside6-lupdate") or "")
    if not lupdate.name:
        import sys

        lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    copy = tmp_path / "osuva_fi.ts"
    shutil.copy(I18N / "osuva_fi.ts", copy)
    sources = [str(p) for p in sorted((ROOT / "ui").rglob("*.py"))]
    result = subprocess.run(
        [str(lupdate), "-no-obsolete", "-locations", "none", *sources, "-ts", str(copy)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "(0 new and" in result.stdout, result.stdout


def test_compiled_translations_load(qapp):
    for lang in ("fi", "sv"):
        translator = QTranslator()
        assert translator.load(f"osuva_{lang}", str(I18N)), lang
        assert translator.translate("MainWindow", "&Members") not in ("", "&Members")
    assert QCoreApplication.instance() is not None


@pytest.mark.parametrize(
    ("lang", "save", "cancel"), [("fi", "Tallenna", "Peru"), ("sv", "Spara", "Avbryt")]
)
def test_qt_own_buttons_are_translated(qtbot, language, lang, save, cancel):
    from PySide6.QtWidgets import QDialogButtonBox

    language(lang)
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert texts == {save, cancel}
