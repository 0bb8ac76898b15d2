"""The funder's report as PDF: each project on its own pages, counts under five hidden."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle

from app.locale import format_decimal
from app.services.funder_report import Breakdown, FunderReport
from app.services.questionnaire import GroupResult, ItemResult
from app.services.small_cells import Cell, breakdown

from .base import DocumentRenderer, Letterhead
from .impact_texts import text
from .style import RULE, grid_style

# Where the label of a breakdown row comes from: its key with this prefix.
ROW_PREFIX = {
    "status": "status_",
    "gender": "gender_",
    "age": "age_",
    "labour_market_status": "lm_",
    "education": "ed_",
    "track": "track_",
    "steps": "step_",
    "destination": "dest_",
    "followup_3": "dest_",
    "followup_6": "dest_",
}


class ImpactRenderer(DocumentRenderer):
    """A renderer whose texts live in impact_texts (common ones still in texts.py)."""

    def t(self, key: str, document: str | None = None) -> str:
        if document is None or document == self.document:
            return text(self.document, key, self.lang)
        return super().t(key, document)


def shown(value: Cell, lang: str) -> str:
    """A count as printed: the number, "< 5", or ".." when hidden to protect a small one."""
    return value.text(lambda n: format_decimal(n, lang, 0))


def row_label(renderer: DocumentRenderer, breakdown_key: str, row_key: str) -> str:
    if row_key == "unknown":
        return renderer.t("unknown")
    return renderer.t(ROW_PREFIX[breakdown_key] + row_key)


class FunderReportRenderer(ImpactRenderer):
    document = "funder_report"

    def __init__(self, reports: list[FunderReport], lang: str, head: Letterhead) -> None:
        super().__init__(head, lang)
        self.reports = reports

    def header_note(self) -> str:
        if not self.reports:
            return ""
        r = self.reports[0]
        return f"{self.day(r.period_from)}–{self.day(r.period_to)}"

    def story(self) -> list[Flowable]:
        if not self.reports:
            return [self.para(escape(self.title()), "title"), self.para(self.t("no_projects"))]
        flow: list[Flowable] = []
        for n, report in enumerate(self.reports):
            if n:
                flow.append(PageBreak())
            flow += self._project(report)
        return flow

    # --- one project ---------------------------------------------------------------------

    def _project(self, r: FunderReport) -> list[Flowable]:
        flow: list[Flowable] = [
            self.para(escape(self.title()), "title"),
            self.para(escape(f"{r.project_name} ({r.project_code})"), "subtitle"),
            self.pairs(
                [
                    (self.t("funder"), r.funder or "–"),
                    (
                        self.t("project_period"),
                        f"{self.day(r.project_from)}–{self.day(r.project_to)}",
                    ),
                    (self.t("period"), f"{self.day(r.period_from)}–{self.day(r.period_to)}"),
                ],
                (45, 129),
            ),
            Spacer(1, 2 * mm),
            self.para(escape(self.t("small_note")), "small"),
            self.para(escape(self.t("targets")), "heading"),
            self._targets(r),
            Spacer(1, 1 * mm),
            self.para(escape(self.t("to_date_note")), "small"),
            self.para(escape(self.t("participants")), "heading"),
            self._side_by_side([r.status, *r.breakdowns]),
            self.para(escape(self.t("coaching")), "heading"),
            self._coaching(r),
        ]
        steps = [
            self.para(escape(self.t("steps")), "heading"),
            self.para(escape(self.t("steps_note")), "small"),
            Spacer(1, 1.5 * mm),
            self._breakdown(r.steps),
        ]
        flow.append(KeepTogether(steps))
        flow.append(
            KeepTogether(
                [
                    self.para(escape(self.t("outcomes")), "heading"),
                    self._breakdown(r.destinations, width=100),
                ]
            )
        )
        flow.append(
            KeepTogether(
                [
                    self.para(escape(self.t("followups")), "heading"),
                    self._side_by_side([f.done for f in r.followups], width=85),
                ]
            )
        )
        flow += self._questionnaire(r.questionnaire)
        return flow

    def _targets(self, r: FunderReport) -> Table:
        columns = (
            ("col_indicator", 66, False),
            ("col_planned", 30, True),
            ("col_period", 39, True),
            ("col_to_date", 39, True),
        )
        rows = []
        women_rows = []
        for f in r.figures:
            rows.append(
                [
                    self.cell(self.t(f"fig_{f.key}"), "td_bold"),
                    self.cell(format_decimal(f.planned, self.lang, 0), "td_bold_right"),
                    self.cell(shown(f.period, self.lang), "td_bold_right"),
                    self.cell(shown(f.to_date, self.lang), "td_bold_right"),
                ]
            )
            women_rows.append(len(rows))
            rows.append(
                [
                    self.para("&nbsp;" * 4 + escape(self.t("of_whom_women")), "td"),
                    self.cell(format_decimal(f.planned_women, self.lang, 0), "td_right"),
                    self.cell(shown(f.period_women, self.lang), "td_right"),
                    self.cell(shown(f.to_date_women, self.lang), "td_right"),
                ]
            )
        head = [self.cell(self.t(k), "th_right" if right else "th") for k, _, right in columns]
        table = Table(
            [head, *rows], colWidths=[w * mm for _, w, _ in columns], repeatRows=1, hAlign="LEFT"
        )
        style = grid_style(zebra=False)
        for n in women_rows:
            style.add("LINEBELOW", (0, n), (-1, n), 0.4, RULE)
        table.setStyle(style)
        return table

    def _breakdown(self, b: Breakdown, width: float = 85) -> Table:
        rows = [
            [self.cell(row_label(self, b.key, key)), self.cell(shown(value, self.lang), "td_right")]
            for key, value in b.rows.items()
        ]
        rows.append(
            [
                self.cell(self.t("total"), "td_bold"),
                self.cell(shown(b.total, self.lang), "td_bold_right"),
            ]
        )
        head = [self.cell(self.t(f"bd_{b.key}") if b.key in _HEADINGS else self._title_of(b), "th"),
                self.cell(self.t("col_count"), "th_right")]  # fmt: skip
        table = Table([head, *rows], colWidths=[(width - 22) * mm, 22 * mm], hAlign="LEFT")
        table.setStyle(grid_style())
        return table

    def _title_of(self, b: Breakdown) -> str:
        if b.key.startswith("followup_"):
            return self.t(b.key)
        return self.t({"steps": "col_step", "destination": "col_destination"}.get(b.key, b.key))

    def _side_by_side(self, breakdowns: Sequence[Breakdown], width: float = 85) -> Table:
        tables = [self._breakdown(b, width) for b in breakdowns]
        pairs = [
            tables[i : i + 2] + [""] * (2 - len(tables[i : i + 2]))
            for i in range(0, len(tables), 2)
        ]
        outer = Table(pairs, colWidths=[(width + 2) * mm] * 2, hAlign="LEFT")
        outer.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        return outer

    def _coaching(self, r: FunderReport) -> Table:
        rate = (
            f"{format_decimal(r.attendance_rate, self.lang, 1)} %"
            if r.attendance_rate is not None
            else self.t("no_attendance")
        )
        return self.pairs(
            [
                (self.t("group_hours"), format_decimal(r.group_hours, self.lang, 1)),
                (self.t("individual_hours"), format_decimal(r.individual_hours, self.lang, 1)),
                (self.t("attendance_rate"), rate),
            ],
            (70, 40),
        )

    # --- questionnaire --------------------------------------------------------------------

    def _questionnaire(self, results: list[GroupResult]) -> list[Flowable]:
        flow: list[Flowable] = [
            self.para(escape(self.t("questionnaire")), "heading"),
            self.para(escape(self.t("questionnaire_note")), "small"),
        ]
        placeholders = any(i.statement.placeholder for g in results for i in g.items)
        if placeholders:
            flow.append(self.para(f"<b>{escape(self.t('placeholder_warning'))}</b>", "small"))
        for group in results:
            flow.append(Spacer(1, 3 * mm))
            if not group.shown:
                flow.append(self.para(self.tx("group_too_few", group=group.group_name)))
                continue
            flow.append(
                self.para(
                    "<b>"
                    + self.tx("group_respondents", group=group.group_name, n=group.respondents)
                    + "</b>"
                )
            )
            flow.append(Spacer(1, 1.5 * mm))
            flow.append(self._items(group.items))
        return flow

    def _average(self, value: Decimal | None) -> str:
        return "–" if value is None else format_decimal(value, self.lang, 2)

    def _change(self, item: ItemResult) -> str:
        change = item.change
        if change is None:
            return "–"
        sign = "+" if change > 0 else ""
        return sign + format_decimal(change, self.lang, 2)

    def _distribution(self, item: ItemResult) -> str:
        return f"{_part(item.start_distribution)} → {_part(item.end_distribution)}"

    def _items(self, items: list[ItemResult]) -> Table:
        # A distribution of a small group is all "< 5": print it only where it says something.
        distributions = any(
            not _all_hidden(i.start_distribution) or not _all_hidden(i.end_distribution)
            for i in items
        )
        columns = [
            ("col_statement", 97 if not distributions else 56, False),
            ("col_n", 15, True),
            ("col_start", 20, True),
            ("col_end", 20, True),
            ("col_change", 22, True),
        ]
        if distributions:
            columns.append(("col_distribution", 41, False))
        rows = []
        for i in items:
            row = [
                self.cell(f"{i.statement.position}. {i.statement.text(self.lang)}"),
                self.cell(f"{i.start_count}/{i.end_count}", "td_right"),
                self.cell(self._average(i.start_average), "td_right"),
                self.cell(self._average(i.end_average), "td_right"),
                self.cell(self._change(i), "td_right"),
            ]
            if distributions:
                row.append(self.cell(self._distribution(i), "td_small"))
            rows.append(row)
        return self.grid(columns, rows)


def _part(counts: dict[int, int]) -> str:
    _, cells = breakdown({str(v): counts[v] for v in sorted(counts)})
    return " ".join(c.text() for c in cells.values())


def _all_hidden(counts: dict[int, int]) -> bool:
    _, cells = breakdown({str(v): counts[v] for v in sorted(counts)})
    return all(c.hidden for c in cells.values())


_HEADINGS = {"status", "gender", "age", "labour_market_status", "education", "track"}
