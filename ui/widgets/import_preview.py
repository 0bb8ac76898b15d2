"""The spreadsheet import dialog shared by members and customers: choose a file, see every
row checked in the background, then import the good rows in one unit of work."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import ServiceError
from ui.operations import Context, Operation
from ui.operations.jobs import FileJob, Progress, busy
from ui.widgets.form_dialog import FittedDialog
from ui.widgets.service_errors import show_service_error
from ui.widgets.table_fit import fit_columns, preview_table
from ui.widgets.table_model import RowTableModel

# The texts name their context: self.tr() in a base class looks them up under the subclass.
# More rows than this keep one line each, so that a huge file stays quick to show.
WRAPPED_ROWS = 2000


class ImportPreviewDialog(FittedDialog):
    """Subclasses give the texts, how to check a file and how to commit the preview."""

    def __init__(
        self, context: Context, model: RowTableModel, intro: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.preview: Any = None
        self.imported = 0
        self.operation: Operation | None = None
        intro_label = QLabel(intro, self)
        intro_label.setWordWrap(True)
        choose = QPushButton(
            QCoreApplication.translate("ImportPreviewDialog", "&Choose file…"), self
        )
        choose.clicked.connect(self.choose_file)
        self.file_label = QLabel(self)
        self.file_label.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.model = model
        model.setParent(self)
        self.table = preview_table(
            self, self.model, QCoreApplication.translate("ImportPreviewDialog", "Rows of the file")
        )
        self.skip = QCheckBox(
            QCoreApplication.translate(
                "ImportPreviewDialog", "Import the rows without problems and &skip the others"
            ),
            self,
        )
        self.skip.toggled.connect(self._update)
        self.import_button = QPushButton(
            QCoreApplication.translate("ImportPreviewDialog", "&Import"), self
        )
        self.import_button.clicked.connect(self.commit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(choose)
        top.addWidget(self.file_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.skip)
        layout.addWidget(buttons)
        self.preferred = (110, 34)
        self._update()

    # -- what each import says and does ---------------------------------------------------
    def file_dialog_title(self) -> str:
        raise NotImplementedError

    def check_file(self, path: Path, progress: Progress) -> Any:
        """Read and check the file in a worker thread (no Qt calls); returns the preview."""
        raise NotImplementedError

    def extra_summary(self, preview: Any) -> list[str]:
        return []

    def import_text(self, count: int) -> str:
        raise NotImplementedError

    def importing_text(self, count: int) -> str:
        raise NotImplementedError

    def commit_service(self) -> Callable[..., int]:
        raise NotImplementedError

    # -- the shared flow --------------------------------------------------------------------
    def choose_file(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.file_dialog_title(),
            folder,
            QCoreApplication.translate(
                "ImportPreviewDialog", "Spreadsheets (*.csv *.xlsx);;All files (*)"
            ),
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

        def check(path: Path, *, progress: Progress) -> Any:  # in the worker
            return self.check_file(path, progress)

        return (
            FileJob(
                self,
                QCoreApplication.translate("ImportPreviewDialog", "Reading the file…"),
                check,
                path,
            )
            .success(self._show_preview)
            .failure(self._explain)
            .run()
        )

    def _explain(self, error: BaseException) -> bool:
        if isinstance(error, ServiceError):
            show_service_error(self, error)
            return True
        return False

    def _show_preview(self, preview: Any) -> None:
        self.preview = preview
        rows = sorted(preview.rows, key=lambda r: (r.ok, r.row_number))
        self.model.set_rows(rows)
        fit_columns(self.table)
        # Wrapped problem texts get their height, also when the width changes.
        mode = (
            QHeaderView.ResizeMode.ResizeToContents
            if len(rows) <= WRAPPED_ROWS
            else QHeaderView.ResizeMode.Interactive
        )
        self.table.verticalHeader().setSectionResizeMode(mode)
        self._update()

    def _update(self, *_args) -> None:
        preview = self.preview
        if preview is None:
            self.summary.setText("")
            self.import_button.setEnabled(False)
            self.skip.setVisible(False)
            return
        good = len(preview.ok_rows)
        parts = [
            QCoreApplication.translate(
                "ImportPreviewDialog", "The file has %n row(s).", "", len(preview.rows)
            ),
            QCoreApplication.translate("ImportPreviewDialog", "%n can be imported.", "", good),
        ]
        if preview.with_problems:
            parts.append(
                QCoreApplication.translate(
                    "ImportPreviewDialog", "%n row(s) have problems.", "", preview.with_problems
                )
            )
        parts += self.extra_summary(preview)
        self.summary.setText(" ".join(parts))
        self.skip.setVisible(preview.with_problems > 0)
        can = good > 0 and (preview.with_problems == 0 or self.skip.isChecked())
        self.import_button.setEnabled(can)
        self.import_button.setText(self.import_text(good))

    def commit(self) -> None:
        """Save the good rows in the background, all or nothing; Cancel saves none."""
        if self.preview is None or busy(self):
            return
        count = len(self.preview.ok_rows)
        self.operation = (
            Operation(
                self,
                self.context,
                self.commit_service(),
                self.preview,
                skip_problem_rows=self.skip.isChecked(),
            )
            .in_background(self.importing_text(count))
            .success(self._imported)
        )
        self.operation.run()

    def _imported(self, count: int) -> None:
        self.imported = count
        self.accept()
