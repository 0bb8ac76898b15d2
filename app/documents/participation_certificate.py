"""Todistus valmennukseen osallistumisesta: a one-page certificate of coaching attended."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from app.db import Database
from app.locale import format_hours
from app.services.participation_certificate import (
    ParticipationCertificateData,
    certificate_data,
    issue_certificate,
)
from app.services.policy import Actor, Permission, requires
from app.services.uow import UnitOfWork

from .base import Letterhead, letterhead
from .funder_report import ImpactRenderer
from .places import place_name
from .style import INK, RULE


class ParticipationCertificateRenderer(ImpactRenderer):
    document = "participation_certificate"

    def __init__(
        self, data: ParticipationCertificateData, head: Letterhead, lang: str | None = None
    ) -> None:
        super().__init__(head, lang or data.language)
        self.data = data

    def header_note(self) -> str:
        return self.day(self.data.issued_on)

    def story(self) -> list[Flowable]:
        d = self.data
        a = d.attended
        period = f"{self.day(d.period_from)}–{self.day(d.period_to)}"
        body = self.tx(
            "body",
            coop=self.head.name,
            bid_label=self.t("business_id", "common"),
            bid=self.head.business_id,
            name=d.name,
            start=self.day(d.period_from),
            end=self.day(d.period_to),
        )
        lines = [
            (self.t("participant"), d.name),
            (self.t("period"), period),
            (self.t("sessions"), str(a.sessions)),
            ("    " + self.t("group_sessions"), str(a.group_sessions)),
            ("    " + self.t("individual_sessions"), str(a.individual_sessions)),
            (self.t("hours"), format_hours(a.hours, self.lang)),
        ]
        flow: list[Flowable] = [
            Spacer(1, 8 * mm),
            self.para(escape(self.title()), "title"),
            Spacer(1, 6 * mm),
            self.para(body, "body_space"),
            Spacer(1, 2 * mm),
            self.pairs(
                lines,
                (70, 100),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ),
        ]
        topics = list(a.topics)
        if a.individual_sessions:
            topics.append(self.t("individual_topic"))
        if topics:
            flow += [self.para(escape(self.t("topics")), "heading"), self._topics(topics)]
        if d.statement:
            statement = "<br/>".join(escape(line) for line in d.statement.splitlines())
            flow += [self.para(escape(self.t("statement")), "heading"), self.para(statement)]
        flow += [Spacer(1, 10 * mm), self._signature()]
        return flow

    def _topics(self, topics: list[str]) -> Table:
        """Two columns of bullets, so that a half-year's topics leave room for the signature."""
        half = (len(topics) + 1) // 2
        columns = [topics[:half], topics[half:]]
        cells = [
            [self.para("• " + escape(column[row]), "td") if row < len(column) else ""
             for column in columns]
            for row in range(half)
        ]  # fmt: skip
        table = Table(cells, colWidths=[self.frame_width / 2] * 2, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        return table

    def _signature(self) -> KeepTogether:
        d = self.data
        place = place_name(d.place, self.lang)
        place_date = self.tx("place_date", "common", place=place, date=self.day(d.issued_on))
        line = Table([[""]], colWidths=[75 * mm], rowHeights=[16 * mm], hAlign="LEFT")
        line.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.8, INK)]))
        return KeepTogether(
            [
                self.para(place_date.strip(), "body"),
                line,
                Spacer(1, 1.5 * mm),
                self.para(escape(d.facilitator) + "<br/>" + escape(self.t("signer")), "body"),
                self.para(escape(self.head.name), "small"),
            ]
        )


@requires(Permission.COACHING)
def certificate_pdf(
    uow: UnitOfWork,
    participant_id: int,
    start: date | None,
    end: date | None,
    *,
    lang: str | None = None,
    statement: str = "",
    today: date | None = None,
) -> bytes:
    """Render the certificate and store it as issued in this action; returns the PDF."""
    data = certificate_data(uow, participant_id, start, end, statement=statement, today=today)
    renderer = ParticipationCertificateRenderer(data, letterhead(uow), lang)
    pdf = renderer.render_bytes()
    issue_certificate(uow, data, renderer.lang)
    return pdf


def issue_participation_certificate(
    db: Database,
    actor: Actor,
    participant_id: int | None,
    start: date,
    end: date,
    out: Path,
    *,
    lang: str | None = None,
    statement: str = "",
    member_number: int | str | None = None,
    today: date | None = None,
) -> Path:
    """Write the certificate to `out`; stored as issued only when the file was written."""
    from app.services.participation_certificate import participant_by_member_number

    out = Path(out)
    with UnitOfWork(db, actor) as uow:
        if participant_id is None:
            participant_id = participant_by_member_number(uow, member_number)
        pdf = certificate_pdf(
            uow, participant_id, start, end, lang=lang, statement=statement, today=today
        )
        out.write_bytes(pdf)
    return out
