"""Import members from a spreadsheet: preview with per-row problems, then all or nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import MemberStatus
from app.services.errors import ServiceError
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
from ui.operations import Context, Operation, read
from ui.operations.jobs import FileJob, Progress, busy
from ui.widgets.field_errors import problem_text
from ui.widgets.form_dialog import FittedDialog
from ui.widgets.service_errors import show_service_error
from ui.widgets.table_fit import fit_columns
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


class ImportDialog(FittedDialog):
    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.preview: ImportPreview | None = None
        self.imported = 0
        self.operation: Operation | None = None
        self.setWindowTitle(self.tr("Import members from a spreadsheet"))
        intro = QLabel(
            self.tr(
                "Choose a CSV file or an Excel workbook with one member per row and the column "
                "names on the first row (for example Etunimi, Sukunimi, Lähiosoite, Postinumero, "
                "Liittymispäivä, Osuudet). Nothing is saved before you accept the preview."
            ),
            self,
        )
        intro.setWordWrap(True)
        choose = QPushButton(self.tr("&Choose file…"), self)
        choose.clicked.connect(self.choose_file)
        self.file_label = QLabel(self)
        self.file_label.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.model = ImportRowModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Rows of the file"))
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(True)
        self.skip = QCheckBox(
            self.tr("Import the rows without problems and &skip the others"), self
        )
        self.skip.toggled.connect(self._update)
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.import_button.clicked.connect(self.commit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(choose)
        top.addWidget(self.file_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.skip)
        layout.addWidget(buttons)
        self.preferred = (110, 34)
        self._update()

    def choose_file(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the member list"),
            folder,
            self.tr("Spreadsheets (*.csv *.xlsx);;All files (*)"),
        )
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> bool:
        """Read and check the file in the background; nothing is written.

        False when nothing was started (the dialog is still busy with the previous file).
        """
        if busy(self):
            return False
        self.preview = None
        self.file_label.setText(path.name)
        self.model.set_rows([])
        self._update()
        context = self.context

        def check(path: Path, *, progress: Progress) -> ImportPreview:  # in the worker
            table = read_table(path)
            if progress(1, 2):
                raise Cancelled()
            map_columns(table.headers)
            return read(context, preview_import, table)

        return (
            FileJob(self, self.tr("Reading the file…"), check, path)
            .success(self._show_preview)
            .failure(self._explain)
            .run()
        )

    def _explain(self, error: BaseException) -> bool:
        if isinstance(error, ServiceError):
            show_service_error(self, error)
            return True
        return False

    def _show_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        rows = sorted(preview.rows, key=lambda r: (r.ok, r.row_number))
        self.model.set_rows(rows)
        fit_columns(self.table)
        # Wrapped problem texts get their height, also when the width changes; a huge file
        # keeps one line per row so that it stays quick.
        mode = QHeaderView.ResizeMode.ResizeToContents if len(rows) <= 2000 else None
        self.table.verticalHeader().setSectionResizeMode(mode or QHeaderView.ResizeMode.Interactive)
        self._update()

    def _update(self, *_args) -> None:
        preview = self.preview
        if preview is None:
            self.summary.setText("")
            self.import_button.setEnabled(False)
            self.skip.setVisible(False)
            return
        parts = [
            self.tr("The file has %n row(s).", "", len(preview.rows)),
            self.tr("%n can be imported.", "", preview.ok),
        ]
        if preview.with_problems:
            parts.append(self.tr("%n row(s) have problems.", "", preview.with_problems))
        if preview.duplicates:
            parts.append(
                self.tr(
                    "%n of them are already in the register or twice in the file.",
                    "",
                    preview.duplicates,
                )
            )
        self.summary.setText(" ".join(parts))
        self.skip.setVisible(preview.with_problems > 0)
        can = preview.ok > 0 and (preview.with_problems == 0 or self.skip.isChecked())
        self.import_button.setEnabled(can)
        self.import_button.setText(self.tr("&Import %n member(s)", "", preview.ok))

    def commit(self) -> None:
        """Save the good rows in the background, all or nothing; Cancel saves none."""
        if self.preview is None or busy(self):
            return
        count = self.preview.ok
        self.operation = (
            Operation(
                self,
                self.context,
                commit_import,
                self.preview,
                skip_problem_rows=self.skip.isChecked(),
            )
            .in_background(self.tr("Importing %n member(s)…", "", count))
            .success(self._imported)
        )
        self.operation.run()

    def _imported(self, count: int) -> None:
        self.imported = count
        self.accept()
