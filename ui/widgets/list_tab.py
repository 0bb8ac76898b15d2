"""A tab that lists records from one paged service function."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.operations import Context, read

from .record_list import RecordList
from .table_model import PagedTableModel


class ListTab(QWidget):
    """Subclasses give the model, the list service and a translated list name.

    Nothing is read until the tab is first shown (`ensure_loaded`) or refreshed.
    """

    # Tables (domain __tablename__) whose changes this tab shows; see MainWindow.refresh_for.
    SHOWS: frozenset[str] = frozenset()

    def __init__(
        self,
        context: Context,
        model: PagedTableModel,
        loader: Callable,
        parent: QWidget | None = None,
        position_loader: Callable | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.loader = loader
        self.stale = True
        model.setParent(self)
        model.loader = lambda query: read(self.context, loader, query)
        if position_loader is not None:
            model.position_loader = lambda query, row_id: read(
                self.context, position_loader, query, row_id
            )
        self.list = RecordList(model, self.list_name(), self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        # After any action, only a tab showing what it changed reads its rows again.
        context.changes.subscribe(self._on_changes)
        self.destroyed.connect(lambda *_: context.changes.unsubscribe(self._on_changes))

    def _on_changes(self, changes) -> None:
        if not changes.touches(self.SHOWS):
            return
        if self.isVisibleTo(self.window()):
            self.refresh()
        else:
            self.mark_stale()  # a tab not in view reads again when it is shown

    def list_name(self) -> str:
        """The table's name for screen readers, translated in the subclass's context."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Read the first page again, keeping the selected record selected when it can."""
        selected = self.list.selected_row()
        self.stale = False
        self.list.reload()
        if selected is not None:
            self.list.select_id(selected.id)

    def mark_stale(self) -> None:
        """Reload when next shown, not now."""
        self.stale = True

    def ensure_loaded(self) -> None:
        if self.stale:
            self.refresh()
