"""Figures with their floors: median and range of each, the ratio, and the target."""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field


@dataclass
class Figure:
    """One measured thing: Osuva's samples and its floor's, measured in the same run."""

    name: str
    unit: str  # "s" (shown as ms or s), "ms" or "MB"
    target: str = "—"
    max_value: float | None = None  # in the figure's unit
    max_ratio: float | None = None
    samples: list[float] = field(default_factory=list)
    floor: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # one per failed run

    @property
    def median(self) -> float | None:
        return statistics.median(self.samples) if self.samples else None

    @property
    def floor_median(self) -> float | None:
        return statistics.median(self.floor) if self.floor else None

    @property
    def ratio(self) -> float | None:
        if self.median is None or not self.floor_median:
            return None
        return self.median / self.floor_median

    @property
    def met(self) -> bool | None:
        """Whether the target is met (None when there is no target or no figure)."""
        if self.median is None or (self.max_value is None and self.max_ratio is None):
            return None
        if self.max_value is not None and self.median > self.max_value:
            return False
        if self.max_ratio is not None:
            return self.ratio is not None and self.ratio <= self.max_ratio
        return True


def amount(value: float | None, unit: str) -> str:
    if value is None:
        return "–"
    if unit == "s":
        return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"
    if unit == "ms":
        return f"{value:.0f} ms"
    return f"{value:.0f} {unit}"


def spread(values: list[float], unit: str) -> str:
    if not values:
        return "–"
    median = amount(statistics.median(values), unit)
    if len(values) == 1:
        return median
    low, high = amount(min(values), unit), amount(max(values), unit)
    return f"{median} ({low} – {high})"


def table(figures: list[Figure]) -> str:
    """The figures as a Markdown table (readable in a terminal, pasteable in the README)."""
    head = ["figure", "Osuva: median (min – max)", "floor: median (min – max)", "ratio", "target"]
    lines = [head, ["---"] * len(head)]
    for f in figures:
        ratio = "–" if f.ratio is None else f"{f.ratio:.{2 if f.ratio < 0.1 else 1}f}×"
        verdict = {True: " ✓", False: " ✗", None: ""}[f.met]
        osuva = spread(f.samples, f.unit)
        if f.errors:
            failed = f"{len(f.errors)} failed run{'s' if len(f.errors) > 1 else ''}: {f.errors[0]}"
            osuva = failed if not f.samples else f"{osuva}; {failed}"
        floor = spread(f.floor, f.unit)
        lines.append([f.name, osuva, floor, ratio, f"{f.target}{verdict}"])
    return "\n".join("| " + " | ".join(cells) + " |" for cells in lines)
