"""Hiding counts of fewer than five people so that a report names no one.

A hidden cell shows "< 5". Hiding one cell of a breakdown is not enough when the total is
printed: the total minus the other cells gives it back. So a breakdown whose total is shown
hides at least two cells (the next smallest one as well, shown as ".." since it may be large),
and a total under five hides every cell of its breakdown.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

SMALL = 5


@dataclass(frozen=True)
class Cell:
    """A count as printed: `value` is None when it is hidden.

    `small` tells "< 5" from a larger count hidden only to protect a small one ("..").
    """

    value: int | None
    small: bool = True

    def text(self, format_count=str) -> str:
        if self.value is not None:
            return format_count(self.value)
        return "< 5" if self.small else ".."

    @property
    def hidden(self) -> bool:
        return self.value is None


def cell(count: int) -> Cell:
    """One count on its own: hidden when under five."""
    return Cell(count if count >= SMALL else None)


def breakdown(counts: Mapping[str, int]) -> tuple[Cell, dict[str, Cell]]:
    """The total and each row of a breakdown, hidden so that no small cell can be recomputed.

    Zero is under five too: a zero beside a printed total would turn the other hidden cell
    into an exact figure.
    """
    total = sum(counts.values())
    if total < SMALL:
        return Cell(None), {key: Cell(None) for key in counts}
    hidden = {key for key, count in counts.items() if count < SMALL}
    if len(hidden) == 1 and len(counts) > 1:
        # Hide the next smallest too, so that total minus the rest is two cells' sum.
        shown = sorted((count, n, key) for n, (key, count) in enumerate(counts.items()))
        hidden.add(next(key for _, _, key in shown if key not in hidden))
    return Cell(total), {
        key: Cell(None, count < SMALL) if key in hidden else Cell(count)
        for key, count in counts.items()
    }
