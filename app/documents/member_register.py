"""Jäsen- ja osuusluettelo: the board's full register and its public part (OKL 3:14)."""

from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from app.services.register import Register, RegisterEntry

from .base import DocumentRenderer, Letterhead
from .places import place_name
from .style import ACCENT, RULE

# Column widths in mm; the full register is landscape (261 mm), the public part portrait.
FULL_COLUMNS = (
    ("col_number", 11, True),
    ("col_name", 40, False),
    ("col_address", 50, False),
    ("col_municipality", 27, False),
    ("col_kind", 32, False),
    ("col_joined", 22, False),
    ("col_left", 35, False),
    ("col_shares", 19, True),
    ("col_paid", 25, True),
)
PUBLIC_COLUMNS = (
    ("col_number", 14, True),
    ("col_name", 74, False),
    ("col_municipality", 40, False),
    ("col_joined", 26, False),
    ("col_shares", 20, True),
)


class MemberRegisterRenderer(DocumentRenderer):
    """The register as of ``printed_on``: full for the board, or only the public part."""

    document = "member_register"

    def __init__(
        self,
        register: Register,
        lang: str,
        *,
        public: bool,
        printed_on: date,
        letterhead: Letterhead | None = None,
    ) -> None:
        super().__init__(letterhead or Letterhead(register.cooperative, register.business_id), lang)
        self.register = register
        self.public = public
        self.printed_on = printed_on
        # The full register has nine columns: it needs the width of a landscape page.
        self.landscape = not public

    def header_note(self) -> str:
        return self.t("as_of").format(date=self.day(self.printed_on))

    def story(self) -> list[Flowable]:
        flow: list[Flowable] = [
            self.para(escape(self.title()), "title"),
            self.para(escape(self.t("public" if self.public else "full")), "subtitle"),
        ]
        if not self.register.entries:
            flow.append(self.para(escape(self.t("empty"))))
        else:
            flow.append(self._table())
            if self.public and any(self._is_former(e) for e in self.register.entries):
                flow += [Spacer(1, 2 * mm), self.para(escape(self.t("former_note")), "small")]
        flow += [Spacer(1, 6 * mm), KeepTogether(self._summary())]
        return flow

    @staticmethod
    def _is_former(entry: RegisterEntry) -> bool:
        return entry.left_on is not None

    def _table(self) -> Flowable:
        columns = PUBLIC_COLUMNS if self.public else FULL_COLUMNS
        widths = [width * mm for _, width, _ in columns]
        rows = [self._row(entry, widths) for entry in self.register.entries]
        return self.long_grid(columns, rows)

    def _row(self, entry: RegisterEntry, widths: list[float]) -> list[str | Flowable]:
        """Plain text wherever it fits its column: thousands of Paragraphs would be slow."""
        name = f"{entry.last_name}, {entry.first_name}"
        number = str(entry.member_number)
        joined = self.day(entry.joined_on)
        shares = str(entry.shares)
        if self.public:
            marker = " *" if self._is_former(entry) else ""
            return [
                number,
                self.fitted(name + marker, widths[1]),
                self.fitted(place_name(entry.municipality, self.lang), widths[2]),
                joined,
                shares,
            ]
        town = " ".join(part for part in (entry.postal_code, entry.city) if part)
        address = "\n".join(part for part in (entry.street, town) if part)
        left: str | Flowable = ""
        if entry.left_on is not None:
            left = self.day(entry.left_on)
            if entry.refund_due_on is not None:
                # The refund date in small grey type under the leaving date: markup needed.
                due = self.tx("refund_due", date=self.day(entry.refund_due_on))
                markup = f'{escape(left)}<br/><font size="7.5" color="#5f6b7a">{due}</font>'
                left = self.para(markup, "td")
        return [
            number,
            self.fitted(name, widths[1]),
            self.fitted(address, widths[2]),
            self.fitted(place_name(entry.municipality, self.lang), widths[3]),
            self.fitted(self.kind_text(entry.kind), widths[4]),
            joined,
            left,
            shares,
            self.money(entry.paid),
        ]

    def _summary(self) -> list[Flowable]:
        entries = self.register.entries
        former = sum(1 for e in entries if self._is_former(e))
        lines = [
            ("members", str(len(entries) - former)),
            ("former", str(former)),
            ("total_shares", str(self.register.total_shares)),
        ]
        if not self.public:
            lines += [
                ("total_paid", self.money(self.register.total_paid)),
                ("share_price", self.money(self.register.share_price)),
            ]
        rows = [
            [self.cell(self.t(key), "td"), self.cell(value, "td_bold_right")]
            for key, value in lines
        ]
        table = Table(rows, colWidths=[70 * mm, 35 * mm], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                    ("LEFTPADDING", (0, 0), (-1, -1), 4),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        return [self.para(escape(self.t("summary")), "heading"), table]
