"""The week's meeting on one page: agenda, this week's work (no prices), who is expected and
a column for signatures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from xml.sax.saxutils import escape

from babel import dates as babel_dates
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle
from sqlalchemy import select

from app.domain import CoachingGroup, CoachingSession, Cooperative
from app.domain.enums import SessionKind
from app.locale import FINLAND, babel_locale
from app.services.coaching import carried_over_items
from app.services.coaching_projects import participants_in_group
from app.services.errors import ServiceError
from app.services.policy import Permission, requires
from app.services.uow import UnitOfWork
from app.services.week_plan import week_plan

from . import coaching_texts  # noqa: F401  (adds the coaching texts)
from .base import DocumentRenderer, Letterhead, letterhead
from .style import grid_style

# More shifts than this are listed one row a person and place;
# more people than ROOMY sign in two columns.
BUSY_WEEK = 16
ROOMY = 15


@dataclass(frozen=True)
class WorkRow:
    """One work shift of the week as the meeting sheet shows it: who, where, when."""

    day: date
    who: str
    start: time | None
    end: time | None
    where: str
    substitute_for: str = ""


@dataclass(frozen=True)
class MeetingSheetData:
    head: Letterhead
    language: str
    day: date
    start: time
    end: time
    group: str
    place: str
    topic: str
    facilitator: str
    agenda: list[str]
    carried: list[str]
    expected: list[str]
    work: list[WorkRow]


def _work_plan_rows(uow: UnitOfWork, week_start: date) -> list[WorkRow]:
    """This week's work plan from the Work tab: who works where, never prices."""
    rows = []
    for r in week_plan(uow, week_start).rows:
        where = " – ".join(part for part in (r.customer_name, r.place) if part)
        rows.append(
            WorkRow(
                day=r.day,
                who=r.member_name,
                start=r.start,
                end=r.end,
                where=where or r.title,
                substitute_for=r.substitute_for or "",
            )
        )
    return rows


def _week(day: date) -> tuple[datetime, datetime]:
    monday = day - timedelta(days=day.weekday())
    first = datetime.combine(monday, time(), tzinfo=FINLAND)
    return first, first + timedelta(days=7)


@requires(Permission.COACHING)
def meeting_sheet_data(
    uow: UnitOfWork, day: date, group: str | None = None, lang: str | None = None
) -> MeetingSheetData:
    """The first group meeting of the week of `day` (of the named group, if one is given)."""
    first, last = _week(day)
    query = (
        select(CoachingSession)
        .where(
            CoachingSession.kind == SessionKind.GROUP,
            CoachingSession.cancelled.is_(False),
            CoachingSession.starts_at >= first,
            CoachingSession.starts_at < last,
        )
        .order_by(CoachingSession.starts_at)
    )
    if group is not None:
        query = query.join(CoachingGroup, CoachingGroup.id == CoachingSession.group_id).where(
            CoachingGroup.name == group
        )
    session = uow.session.scalars(query).first()
    if session is None:
        raise ServiceError("there is no group meeting in that week", code="no_meeting")
    starts = session.starts_at.astimezone(FINLAND)
    ends = starts + timedelta(minutes=session.duration_minutes)
    expected = (
        [p.full_name for p in participants_in_group(uow, session.group_id, starts.date())]
        if session.group_id
        else []
    )
    coop = uow.session.scalar(select(Cooperative).limit(1))
    return MeetingSheetData(
        head=letterhead(uow),
        language=lang or str(coop.default_language),
        day=starts.date(),
        start=starts.time(),
        end=ends.time(),
        group=session.group.name if session.group else "",
        place=session.place,
        topic=session.topic,
        facilitator=session.facilitator_name,
        agenda=[line.strip() for line in session.agenda.splitlines() if line.strip()],
        carried=carried_over_items(uow, session.id),
        expected=expected,
        work=_work_plan_rows(uow, first.date()),
    )


class MeetingSheetRenderer(DocumentRenderer):
    document = "meeting_sheet"

    def __init__(self, data: MeetingSheetData) -> None:
        super().__init__(data.head, data.language)
        self.data = data

    def header_note(self) -> str:
        return self.day(self.data.day)

    def _clock(self, value: time | None) -> str:
        return value.strftime("%H.%M" if self.lang == "fi" else "%H:%M") if value else ""

    def story(self) -> list[Flowable]:
        d = self.data
        when = self.tx(
            "when", date=self.day(d.day), start=self._clock(d.start), end=self._clock(d.end)
        )
        details = [
            (self.t("group"), d.group),
            (self.t("time"), when),
            (self.t("place"), d.place),
            (self.t("topic"), d.topic),
            (self.t("facilitator"), d.facilitator),
        ]
        flow: list[Flowable] = [
            self.para(escape(self.title()), "title"),
            self.pairs([(k, v) for k, v in details if v], (30, 140)),
            Spacer(1, 3 * mm),
            self.para(escape(self.t("agenda")), "heading"),
        ]
        if d.agenda:
            flow += [self.para(f"{n}. {escape(item)}") for n, item in enumerate(d.agenda, 1)]
        else:
            flow.append(self.para(escape(self.t("no_agenda"))))
        if d.carried:
            flow.append(self.para(escape(self.t("carried")) + ": " + escape("; ".join(d.carried))))
        if d.work:
            flow += [Spacer(1, 3 * mm), self.para(escape(self.t("work_plan")), "heading")]
            flow.append(self._work())
        flow += [Spacer(1, 3 * mm), *self._expected()]
        return flow

    def _work(self) -> Table:
        rows = sorted(self.data.work, key=lambda r: (r.day, r.start or time(), r.who))
        if len(rows) > BUSY_WEEK:
            return self._work_by_person(rows)
        columns = (("col_day", 24, False), ("col_hours", 24, False), ("col_who", 64, False),
                   ("col_where", 58, False))  # fmt: skip
        return self.grid(
            columns,
            [
                [
                    self.cell(self.day(r.day)),
                    self.cell(self._hours(r)),
                    self.cell(self._who(r)),
                    self.cell(r.where),
                ]
                for r in rows
            ],
        )

    def _work_by_person(self, rows: list[WorkRow]) -> Table:
        """A busy week one row a person, so the sheet still fits on its page."""
        people: dict[str, dict[str, dict[str, list[str]]]] = {}
        for r in rows:
            # The customer is enough to say where; the address is on the week plan.
            customer = r.where.split(" – ")[0]
            times = people.setdefault(self._who(r), {}).setdefault(customer, {})
            times.setdefault(self._short_hours(r), []).append(self._weekday(r.day))
        body = []
        for who, places in sorted(people.items()):
            where = "; ".join(
                f"{customer}: "
                + ", ".join(f"{' '.join(days)} {hours}".strip() for hours, days in times.items())
                for customer, times in places.items()
            )
            body.append([self.cell(who, "td_small"), self.cell(where, "td_small")])
        table = self.grid((("col_who", 42, False), ("col_where_when", 128, False)), body)
        # Tight rows: the signature list below must stay on the same page.
        table.setStyle(
            TableStyle(
                [("TOPPADDING", (0, 1), (-1, -1), 1), ("BOTTOMPADDING", (0, 1), (-1, -1), 1)]
            )
        )
        return table

    def _short_hours(self, r: WorkRow) -> str:
        """8–12 for whole hours, 9.30–11 otherwise: short enough for a busy week's row."""

        def short(value: time | None) -> str:
            if value is None:
                return ""
            return str(value.hour) if value.minute == 0 else self._clock(value).lstrip("0")

        return f"{short(r.start)}–{short(r.end)}" if r.start else ""

    def _weekday(self, day: date) -> str:
        return babel_dates.format_date(day, "EEE", locale=babel_locale(self.lang))

    def _hours(self, r: WorkRow) -> str:
        return f"{self._clock(r.start)}–{self._clock(r.end)}" if r.start else ""

    def _who(self, r: WorkRow) -> str:
        if not r.substitute_for:
            return r.who
        return f"{r.who} ({self.t('substitute_for').format(name=r.substitute_for)})"

    def _expected(self) -> list[Flowable]:
        heading = self.para(escape(self.t("expected")), "heading")
        people = self.data.expected
        if not people:
            return [heading, self.para(escape(self.t("nobody")))]
        # A big group signs in two columns, so the sheet stays on one page.
        halves = 2 if len(people) > ROOMY else 1
        per_column = -(-len(people) // halves)
        widths = (8, 72, 90) if halves == 1 else (7, 40, 38)
        column = tuple(
            (key, width, key == "col_number")
            for key, width in zip(("col_number", "col_name", "col_signature"), widths, strict=True)
        )
        head = [
            self.cell(self.t(key), "th_right" if right else "th") for key, _, right in column
        ] * halves
        rows = []
        for r in range(per_column):
            row = []
            for c in range(halves):
                n = c * per_column + r
                name = people[n] if n < len(people) else ""
                row += [
                    self.cell(n + 1 if name else "", "td_right"),
                    self.cell(name),
                    self.cell(""),
                ]
            rows.append(row)
        table = Table(
            [head, *rows],
            colWidths=[width * mm for _, width, _ in column] * halves,
            rowHeights=[None] + [(8 if halves == 1 else 5) * mm] * len(rows),
            repeatRows=1,
            hAlign="LEFT",
        )
        table.setStyle(grid_style())
        return [KeepTogether([heading, table])]
