"""A list table of any length that ReportLab lays out one page at a time.

A single ReportLab Table of thousands of rows is measured whole and split again on every
page, so its cost grows with the square of its length. PagedTable hands the frame one
page-sized Table at a time, each with the header repeated, and reports progress per page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.platypus import Flowable, Table, TableStyle

# progress(rows done, rows in all) -> True to cancel
Progress = Callable[[int, int], bool]
# Rows tried for the first page; later pages try a few more than the page before took.
FIRST_PROBE = 24
PROBE_MARGIN = 3


class Cancelled(Exception):
    """The user cancelled a document while it was being rendered; nothing was written."""


class PagedTable(Flowable):
    """Header and rows (plain strings or flowables) with fixed column widths."""

    def __init__(
        self,
        head: list,
        rows: Sequence[list],
        widths: list[float],
        style: TableStyle,
        commands: list[tuple],
        *,
        progress: Progress | None = None,
        done: int = 0,
        total: int | None = None,
        probe: int = FIRST_PROBE,
    ) -> None:
        super().__init__()
        self.head, self.rows, self.widths = head, rows, widths
        self.style, self.commands = style, commands
        self.progress = progress
        self.done = done
        self.total = len(rows) if total is None else total
        self.probe = probe
        self.hAlign = "LEFT"
        self._probe: tuple[tuple[float, float], Table, float] | None = None

    def _table(self, rows: Sequence[list]) -> Table:
        table = Table([self.head, *rows], colWidths=self.widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(self.style)
        table.setStyle(TableStyle(self.commands))
        return table

    def _page(self, width: float, height: float) -> tuple[Table, float]:
        """A Table of the next rows, all of them or more than fit in ``height``, and its height."""
        if self._probe is not None and self._probe[0] == (width, height):
            return self._probe[1], self._probe[2]
        count = self.probe
        while True:
            count = min(count, len(self.rows))
            table = self._table(self.rows[:count])
            _, used = table.wrap(width, height)
            if used > height or count == len(self.rows):
                break
            count *= 2
        self._probe = ((width, height), table, used)
        return table, used

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        table, used = self._page(availWidth, availHeight)
        self.width, self.height = table._width, used
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        table, _ = self._page(availWidth, availHeight)
        parts = table.split(availWidth, availHeight)
        if not parts:
            return []
        first = parts[0]
        taken = len(first._cellvalues) - 1
        if taken <= 0:
            return []
        self._report(self.done + taken)
        rest = self.rows[taken:]
        if not rest:
            return [first]
        following = PagedTable(
            self.head,
            rest,
            self.widths,
            self.style,
            self.commands,
            progress=self.progress,
            done=self.done + taken,
            total=self.total,
            probe=taken + PROBE_MARGIN,
        )
        return [first, following]

    def draw(self) -> None:
        # Only reached when the remaining rows fit in the frame.
        assert self._probe is not None
        table = self._probe[1]
        table.drawOn(self.canv, 0, 0)
        self._report(self.done + len(self.rows))

    def _report(self, done: int) -> None:
        if self.progress is not None and self.progress(done, self.total):
            raise Cancelled()
