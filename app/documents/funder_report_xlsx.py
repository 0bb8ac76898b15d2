"""The funder's report as an Excel workbook: one sheet per project, the PDF's figures."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from app.locale import format_date
from app.services.funder_report import Breakdown, FunderReport
from app.services.small_cells import Cell

from .funder_report import ROW_PREFIX
from .impact_texts import text

# Excel forbids these in sheet names.
_SHEET_FORBIDDEN = str.maketrans({c: "-" for c in "[]:*?/\\"})


def _count(value: Cell) -> int | str:
    return value.value if value.value is not None else value.text()


class FunderReportWorkbook:
    def __init__(self, reports: list[FunderReport], lang: str) -> None:
        self.reports = reports
        self.lang = lang

    def t(self, key: str) -> str:
        return text("funder_report", key, self.lang)

    def label(self, breakdown_key: str, row_key: str) -> str:
        if row_key == "unknown":
            return self.t("unknown")
        return self.t(ROW_PREFIX[breakdown_key] + row_key)

    def render_bytes(self) -> bytes:
        from openpyxl import Workbook
        from openpyxl.styles import Font

        book = Workbook()
        book.remove(book.active)
        bold = Font(bold=True)
        if not self.reports:
            sheet = book.create_sheet(self.t("sheet_summary"))
            sheet.append([self.t("no_projects")])
        used: set[str] = set()
        for report in self.reports:
            name = report.project_code.translate(_SHEET_FORBIDDEN)[:31] or "-"
            while name in used:
                name = name[:28] + f"-{len(used)}"
            used.add(name)
            sheet = book.create_sheet(name)
            for row in self._rows(report):
                sheet.append(row)
                if len(row) == 1 and row[0] and not str(row[0]).startswith(" "):
                    sheet.cell(sheet.max_row, 1).font = bold
            sheet.column_dimensions["A"].width = 48
            for column in "BCDEF":
                sheet.column_dimensions[column].width = 18
        buffer = BytesIO()
        book.save(buffer)
        return buffer.getvalue()

    def write(self, out: Path) -> None:
        Path(out).write_bytes(self.render_bytes())

    def _rows(self, r: FunderReport) -> list[list]:
        def day(value) -> str:
            return format_date(value, self.lang)

        rows: list[list] = [
            [self.t("title")],
            [self.t("project"), r.project_name],
            [self.t("code"), r.project_code],
            [self.t("funder"), r.funder],
            [
                self.t("project_period"),
                f"{day(r.project_from)}–{day(r.project_to)}",
            ],
            [self.t("period"), f"{day(r.period_from)}–{day(r.period_to)}"],
            [self.t("small_note")],
            [],
            [self.t("targets")],
            [
                self.t("col_indicator"),
                self.t("col_planned"),
                self.t("col_period"),
                self.t("col_to_date"),
            ],
        ]
        for f in r.figures:
            rows.append([self.t(f"fig_{f.key}"), f.planned, _count(f.period), _count(f.to_date)])
            rows.append(
                [
                    "  " + self.t("of_whom_women"),
                    f.planned_women,
                    _count(f.period_women),
                    _count(f.to_date_women),
                ]
            )
        rows += [[self.t("to_date_note")], [], [self.t("participants")]]
        for b in [r.status, *r.breakdowns]:
            rows += self._breakdown(self.t(f"bd_{b.key}"), b)
        rows += [
            [self.t("coaching")],
            [self.t("group_hours"), float(r.group_hours)],
            [self.t("individual_hours"), float(r.individual_hours)],
            [
                self.t("attendance_rate"),
                float(r.attendance_rate) / 100 if r.attendance_rate is not None else "",
            ],
            [],
            [self.t("steps")],
        ]
        rows += self._breakdown(self.t("col_step"), r.steps)
        rows.append([self.t("outcomes")])
        rows += self._breakdown(self.t("col_destination"), r.destinations)
        rows.append([self.t("followups")])
        for f in r.followups:
            rows += self._breakdown(self.t(f.done.key), f.done)
        rows += [[self.t("questionnaire")], [self.t("questionnaire_note")]]
        for group in r.questionnaire:
            if not group.shown:
                rows.append([self.t("group_too_few").format(group=group.group_name)])
                continue
            rows.append(
                [self.t("group_respondents").format(group=group.group_name, n=group.respondents)]
            )
            rows.append(
                [
                    self.t("col_statement"),
                    self.t("col_n"),
                    self.t("col_start"),
                    self.t("col_end"),
                    self.t("col_change"),
                ]
            )
            for item in group.items:
                rows.append(
                    [
                        f"{item.statement.position}. {item.statement.text(self.lang)}",
                        f"{item.start_count}/{item.end_count}",
                        float(item.start_average) if item.start_average is not None else "",
                        float(item.end_average) if item.end_average is not None else "",
                        float(item.change) if item.change is not None else "",
                    ]
                )
        return rows

    def _breakdown(self, title: str, b: Breakdown) -> list[list]:
        rows: list[list] = [[title, self.t("col_count")]]
        for key, value in b.rows.items():
            rows.append(["  " + self.label(b.key, key), _count(value)])
        rows.append(["  " + self.t("total"), _count(b.total)])
        rows.append([])
        return rows
