"""Coaching sessions: the weekly group, individual meetings, info sessions and trainings."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from app.domain import Attendance, CoachingSession
from app.domain.enums import AttendanceStatus, SessionKind

from . import names
from .context import DemoContext, DemoMember, weighted
from .dates import at, days, is_working_day, month_end, months_between

PLACE = "Osuuskunnan tila, Rauhankatu 22 B, Porvoo"
ATTENDANCE_WEIGHTS = (
    (AttendanceStatus.PRESENT, 80),
    (AttendanceStatus.EXCUSED, 12),
    (AttendanceStatus.ABSENT, 8),
)


class Coaching:
    """Writes the coaching phase; sessions and attendance go in one bulk insert each."""

    def __init__(self, ctx: DemoContext) -> None:
        self.ctx = ctx
        self.rng = ctx.rng("coaching")
        self.sessions: list[dict[str, Any]] = []
        self.attendance: list[dict[str, Any]] = []
        facilitator_id, facilitator_name = ctx.users["facilitator"]
        self.facilitator = {"facilitator_id": facilitator_id, "facilitator_name": facilitator_name}

    def run(self) -> None:
        """Weekly groups, individual sessions, info sessions and trainings with attendance."""
        ctx = self.ctx
        for block in range(ctx.scale):
            members = ctx.block_members(block)
            self._group_sessions(block, members)
            self._individual_sessions(members)
            self._info_and_training(members)
        ctx.insert(CoachingSession, self.sessions)
        ctx.insert(Attendance, self.attendance)

    def _session(
        self, kind: SessionKind, day: date, hour: int, minutes: int, topic: str, agenda: str = ""
    ) -> int:
        session_id = self.ctx.new_id(CoachingSession)
        created = at(min(day, self.ctx.today) - timedelta(days=7), 9)
        self.sessions.append(
            {
                "id": session_id,
                "kind": kind,
                "starts_at": at(day, hour),
                "duration_minutes": minutes,
                **self.facilitator,
                "place": PLACE,
                "topic": topic,
                "agenda": agenda,
                "notes": "",
                "created_at": created,
                "updated_at": at(day, hour + 3) if day <= self.ctx.today else created,
            }
        )
        return session_id

    def _attend(self, session_id: int, members: list[DemoMember], status: Any = None) -> None:
        for member in sorted(members, key=lambda m: m.id):
            self.attendance.append(
                {
                    "session_id": session_id,
                    "member_id": member.id,
                    "status": status or weighted(self.rng, ATTENDANCE_WEIGHTS),
                    "note": "",
                }
            )

    def _group_sessions(self, block: int, members: list[DemoMember]) -> None:
        ctx, rng = self.ctx, self.rng
        # Blocks alternate Tuesday and Thursday groups; block 0 meets on Tuesdays at 10.
        weekday, hour = (1 if block % 2 == 0 else 3), (10 if block % 4 < 2 else 13)
        topics = list(names.GROUP_TOPICS)
        rng.shuffle(topics)
        planned_until = ctx.today + timedelta(days=28)
        meetings = [
            d
            for d in days(ctx.start, planned_until)
            if d.weekday() == weekday
            and is_working_day(d)
            and d.month != 7  # summer break
            and not (d.month == 12 and d.day > 19)
        ]
        for n, day in enumerate(meetings):
            topic = topics[n % len(topics)]
            agenda = (
                f"1. Kuulumiskierros\n2. {topic}\n3. Tulevan viikon työvuorot ja sijaisuudet\n"
                "4. Muut asiat"
            )
            session_id = self._session(SessionKind.GROUP, day, hour, 120, topic, agenda)
            if day > ctx.today:
                continue
            pool = [m for m in members if m.works_on(day)]
            count = min(len(pool), rng.randint(8, 15))
            self._attend(session_id, rng.sample(pool, count))

    def _individual_sessions(self, members: list[DemoMember]) -> None:
        ctx, rng = self.ctx, self.rng
        for first in months_between(ctx.start, ctx.today):
            work_days = [
                d
                for d in days(max(first, ctx.start), min(month_end(first), ctx.today))
                if is_working_day(d)
            ]
            for _ in range(rng.randint(3, 5) if work_days else 0):
                day = rng.choice(work_days)
                pool = [m for m in members if m.works_on(day)]
                if not pool:
                    continue
                topic = rng.choice(names.INDIVIDUAL_TOPICS)
                session_id = self._session(
                    SessionKind.INDIVIDUAL, day, rng.randint(9, 14), 60, topic
                )
                status = (
                    AttendanceStatus.PRESENT if rng.random() < 0.9 else AttendanceStatus.EXCUSED
                )
                self._attend(session_id, [rng.choice(pool)], status)

    def _info_and_training(self, members: list[DemoMember]) -> None:
        ctx, rng = self.ctx, self.rng
        for offset in (60, 180, 345):
            day = ctx.start + timedelta(days=offset)
            while not is_working_day(day):
                day += timedelta(days=1)
            session_id = self._session(
                SessionKind.INFO, day, 14, 90, "Infotilaisuus: mitä työosuuskunnassa tehdään?",
                "Osuuskunnan esittely, jäsenyys ja osuusmaksu, työtehtävät, kysymykset",
            )  # fmt: skip
            # Those who applied around the info session came to hear about it first.
            curious = [
                m for m in members if -45 <= (m.applied_on - day).days <= 30 and day <= ctx.today
            ]
            self._attend(session_id, curious, AttendanceStatus.PRESENT)
        for title, minutes in rng.sample(names.TRAININGS, 3):
            day = ctx.start + timedelta(days=rng.randint(20, 340))
            while not is_working_day(day):
                day += timedelta(days=1)
            session_id = self._session(SessionKind.TRAINING, day, 9, minutes, title)
            pool = [m for m in members if m.works_on(day)]
            self._attend(session_id, rng.sample(pool, min(len(pool), rng.randint(5, 10))))
