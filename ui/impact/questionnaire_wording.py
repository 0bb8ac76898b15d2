"""THL's official statements and answer options, entered by the cooperative as data."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QWidget

from app.services.questionnaire import save_wording, scale, statements
from ui.i18n import fill
from ui.operations import Context, Operation, perform
from ui.users.forms import OperationFormDialog
from ui.widgets.fields import typed

LANGS = ("fi", "sv", "en")


class WordingDialog(OperationFormDialog):
    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Questionnaire statements"),
            self.tr(
                "Copy THL's official statements and answer options exactly as published "
                "(thl.fi, osallisuusindikaattori). THL allows only its own unaltered wording; "
                "Osuva never changes what you enter."
            ),
            parent,
            save_button=QDialogButtonBox.StandardButton.Save,
        )
        self.context = context
        names = {"fi": self.tr("Finnish"), "sv": self.tr("Swedish"), "en": self.tr("English")}
        self.items: dict[int, list[QLineEdit]] = {}
        self.labels: dict[int, list[QLineEdit]] = {}
        for item in perform(context, statements):
            self.form.add_section(fill(self.tr("Statement %1"), item.position))
            edits = []
            for lang in LANGS:
                edit = self.form.add_field(
                    f"item_{item.id}" if lang == "fi" else f"item_{item.id}_{lang}",
                    names[lang],
                    getattr(item, f"text_{lang}"),
                )
                edits.append(edit)
            self.items[item.id] = edits
        for option in perform(context, scale):
            self.form.add_section(fill(self.tr("Answer option %1"), option.value))
            edits = []
            for lang in LANGS:
                edit = self.form.add_field(
                    f"scale_{option.value}" if lang == "fi" else f"scale_{option.value}_{lang}",
                    names[lang],
                    getattr(option, f"label_{lang}"),
                )
                edits.append(edit)
            self.labels[option.value] = edits
        self.preferred = (90, 36)

    def operation(self) -> Operation:
        items = {k: tuple(typed(e) for e in edits) for k, edits in self.items.items()}
        labels = {k: tuple(typed(e) for e in edits) for k, edits in self.labels.items()}
        return Operation(self, self.context, save_wording, items, labels)
