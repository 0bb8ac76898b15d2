"""A tab that lists records from one service function."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.operations import Context, read

from .record_list import RecordList
from .table_model import RowTableModel


class ListTab(QWidget):
    """Subclasses give the model, the service that loads rows and a translated list name."""

    def __init__(
        self,
        context: Context,
        model: RowTableModel,
        loader: Callable,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.loader = loader
        model.setParent(self)
        self.list = RecordList(model, self.list_name(), self)
        self.list.sort_by(*model.DEFAULT_SORT)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)

    def list_name(self) -> str:
        """The table's name for screen readers, translated in the subclass's context."""
        raise NotImplementedError

    def refresh(self) -> None:
        self.list.set_rows(read(self.context, self.loader))
