"""Import members from a spreadsheet: preview with per-row problems, then all or nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QWidget,
)

from app.domain.enums import MemberStatus
from app.services.member_import import (
    Duplicate,
    ImportPreview,
    RowResult,
    commit_import,
    map_columns,
    preview_import,
    read_table,
)
from app.services.uow import Cancelled
from ui.i18n import fill
from ui.labels import label
from ui.operations import Context, read
from ui.operations.jobs import Progress
from ui.widgets.field_errors import problem_text
from ui.widgets.import_preview import ImportPreviewDialog
from ui.widgets.table_model import Column, RowTableModel

FIELD_NAMES = {
    "first_name": QT_TRANSLATE_NOOP("ImportFields", "first name"),
    "last_name": QT_TRANSLATE_NOOP("ImportFields", "last name"),
    "name": QT_TRANSLATE_NOOP("ImportFields", "name"),
    "personal_id": QT_TRANSLATE_NOOP("ImportFields", "identity code"),
    "birth_date": QT_TRANSLATE_NOOP("ImportFields", "birth date"),
    "gender": QT_TRANSLATE_NOOP("ImportFields", "gender"),
    "street": QT_TRANSLATE_NOOP("ImportFields", "street address"),
    "postal_code": QT_TRANSLATE_NOOP("ImportFields", "postal code"),
    "city": QT_TRANSLATE_NOOP("ImportFields", "town"),
    "municipality": QT_TRANSLATE_NOOP("ImportFields", "municipality"),
    "phone": QT_TRANSLATE_NOOP("ImportFields", "phone"),
    "email": QT_TRANSLATE_NOOP("ImportFields", "email"),
    "language": QT_TRANSLATE_NOOP("ImportFields", "language"),
    "kind": QT_TRANSLATE_NOOP("ImportFields", "kind of member"),
    "status": QT_TRANSLATE_NOOP("ImportFields", "status"),
    "applied_on": QT_TRANSLATE_NOOP("ImportFields", "application date"),
    "accepted_on": QT_TRANSLATE_NOOP("ImportFields", "joining date"),
    "left_on": QT_TRANSLATE_NOOP("ImportFields", "leaving date"),
    "member_number": QT_TRANSLATE_NOOP("ImportFields", "member number"),
    "share_count": QT_TRANSLATE_NOOP("ImportFields", "shares"),
    "paid": QT_TRANSLATE_NOOP("ImportFields", "paid"),
    "columns": QT_TRANSLATE_NOOP("ImportFields", "columns"),
}


def duplicate_text(duplicate: Duplicate) -> str:
    """Who a row repeats, in the user's language; never an identity code."""
    if duplicate.row_number is not None:
        return fill(
            QCoreApplication.translate("ImportRowModel", "same person as on row %1"),
            duplicate.row_number,
        )
    if duplicate.member_number is not None:
        return fill(
            QCoreApplication.translate("ImportRowModel", "member no. %1, %2"),
            duplicate.member_number,
            duplicate.name,
        )
    return fill(
        QCoreApplication.translate("ImportRowModel", "%1 in the register: %2"),
        label(duplicate.status) if duplicate.status else label(MemberStatus.APPLICANT),
        duplicate.name,
    )


def row_problems(row: RowResult) -> str:
    """Every problem of a row in plain words, e.g. "email: Check the email address …"."""
    parts = []
    for key, code in row.problems.items():
        name = FIELD_NAMES.get(key)
        field = QCoreApplication.translate("ImportFields", name) if name else key
        text = problem_text(key, code)
        if code == "duplicate" and row.duplicate is not None:
            text = f"{text} ({duplicate_text(row.duplicate)})"
        parts.append(f"{field}: {text}")
    return " · ".join(parts)


def _name(row: RowResult) -> str:
    """The person the row is about, as the row names them (also when it has problems)."""
    first = row.form.first_name if row.form else row.first_name
    last = row.form.last_name if row.form else row.last_name
    return ", ".join(part for part in (last, first) if part)


class ImportRowModel(RowTableModel[RowResult]):
    CONTEXT = "ImportRowModel"
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("ImportRowModel", "Row"),
            lambda r, lang: str(r.row_number),
            lambda r: r.row_number,
            numeric=True,
        ),
        Column(QT_TRANSLATE_NOOP("ImportRowModel", "Name"), lambda r, lang: _name(r), _name),
        Column(
            QT_TRANSLATE_NOOP("ImportRowModel", "Member no."),
            lambda r, lang: str(r.member_number or ""),
            lambda r: r.member_number,
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("ImportRowModel", "Check"),
            lambda r, lang: (
                row_problems(r)
                if r.problems
                else QCoreApplication.translate("ImportRowModel", "OK")
            ),
            lambda r: (r.ok, r.row_number),
        ),
    )


class ImportDialog(ImportPreviewDialog):
    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            ImportRowModel(),
            self.tr(
                "Choose a CSV file or an Excel workbook with one member per row and the column "
                "names on the first row (for example Etunimi, Sukunimi, Lähiosoite, Postinumero, "
                "Liittymispäivä, Osuudet). Nothing is saved before you accept the preview."
            ),
            parent,
        )
        self.setWindowTitle(self.tr("Import members from a spreadsheet"))

    def file_dialog_title(self) -> str:
        return self.tr("Choose the member list")

    def check_file(self, path: Path, progress: Progress) -> ImportPreview:
        table = read_table(path)
        if progress(1, 2):
            raise Cancelled()
        map_columns(table.headers)
        return read(self.context, preview_import, table)

    def extra_summary(self, preview: ImportPreview) -> list[str]:
        if not preview.duplicates:
            return []
        return [
            self.tr(
                "%n of them are already in the register or twice in the file.",
                "",
                preview.duplicates,
            )
        ]

    def import_text(self, count: int) -> str:
        return self.tr("&Import %n member(s)", "", count)

    def importing_text(self, count: int) -> str:
        return self.tr("Importing %n member(s)…", "", count)

    def commit_service(self):
        return commit_import
