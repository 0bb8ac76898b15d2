"""Coaching: the project and its groups, participants, the weekly meetings and attendance.

Per block of forty members: about eighteen of them and four people who are not members (yet)
are participants; all meet in the Monday group, some also took the spring's cooperative
training. Info sessions count heads; individual sessions belong to one participant.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time, timedelta
from typing import Any

from sqlalchemy import select

from app.domain import (
    Attendance,
    CoachingGroup,
    CoachingSession,
    GroupMembership,
    Member,
    Participant,
    Project,
    SessionSeries,
)
from app.domain.coaching_enums import Track
from app.domain.enums import (
    AttendanceStatus,
    EducationLevel,
    Gender,
    LabourMarketStatus,
    Language,
    MemberKind,
    SessionKind,
)
from app.domain.search import search_key
from app.services.meeting_days import meeting_days

from . import names
from .context import DemoContext, DemoMember, weighted
from .dates import at, days, is_working_day, month_end, months_between

PLACE = "Osuuskunnan tila, Rauhankatu 22 B, Porvoo"
ATTENDANCE_WEIGHTS = (
    (AttendanceStatus.PRESENT, 80),
    (AttendanceStatus.EXCUSED, 12),
    (AttendanceStatus.ABSENT, 8),
)
MEMBER_PARTICIPANTS = 18
NEWCOMERS = 4


@dataclass
class DemoParticipant:
    id: int
    block: int
    first_name: str
    last_name: str
    female: bool
    intake_on: date
    ended_on: date | None
    member: DemoMember | None = None
    # Agreed to answer the participation questionnaire.
    consent_ok: bool = False
    # (group id, joined, left)
    groups: list[tuple[int, date, date | None]] = field(default_factory=list)

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    def in_group(self, group_id: int, day: date) -> bool:
        return any(
            g == group_id and joined <= day and (left is None or day < left)
            for g, joined, left in self.groups
        )


class Coaching:
    """Writes the coaching phase; each table goes in one bulk insert."""

    def __init__(self, ctx: DemoContext) -> None:
        self.ctx = ctx
        self.rng = ctx.rng("coaching")
        self.rows: dict[type, list[dict[str, Any]]] = {
            model: []
            for model in (
                Project,
                CoachingGroup,
                Participant,
                GroupMembership,
                SessionSeries,
                CoachingSession,
                Attendance,
            )
        }
        facilitator_id, facilitator_name = ctx.users["facilitator"]
        self.facilitator = {"facilitator_id": facilitator_id, "facilitator_name": facilitator_name}
        self.participants: list[DemoParticipant] = []
        self.project_id = 0

    def run(self) -> list[DemoParticipant]:
        """Everything of coaching before plans and outcomes; returns the participants."""
        ctx = self.ctx
        self._project()
        for block in range(ctx.scale):
            people = self._participants(block)
            monday = self._group(block, "Maanantairyhmä")
            training = self._group(block, f"Osuuskuntavalmennus kevät {ctx.start.year + 1}")
            self._memberships(people, monday, training)
            self._weekly_meetings(monday, people)
            self._training(training, people)
            self._individual_sessions(people)
            self._info_sessions()
        for model, rows in self.rows.items():
            ctx.insert(model, rows)
        return self.participants

    def _project(self) -> None:
        ctx = self.ctx
        self.project_id = ctx.new_id(Project)
        created = at(ctx.start - timedelta(days=30), 10)
        scale = ctx.scale
        self.rows[Project].append(
            {
                "id": self.project_id,
                "code": f"POLKU-{ctx.start.year + 1}",
                "name": f"Polku {ctx.start.year + 1}",
                "funder": "Euroopan sosiaalirahasto ESR+ / Uudenmaan ELY-keskus",
                "starts_on": ctx.start,
                "ends_on": ctx.start + timedelta(days=2 * 365 - 1),
                "planned_started": 30 * scale,
                "planned_started_women": 15 * scale,
                "planned_new_jobs": 6 * scale,
                "planned_new_jobs_women": 3 * scale,
                "planned_new_businesses": 1 * scale,
                "planned_new_businesses_women": 0,
                "planned_qualifications": 8 * scale,
                "planned_qualifications_women": 4 * scale,
                "version": 1,
                "created_at": created,
                "updated_at": created,
            }
        )

    def _group(self, block: int, name: str) -> int:
        group_id = self.ctx.new_id(CoachingGroup)
        created = at(self.ctx.start, 9)
        suffix = f" {block + 1}" if self.ctx.scale > 1 else ""
        self.rows[CoachingGroup].append(
            {
                "id": group_id,
                "project_id": self.project_id,
                "name": name + suffix,
                "created_at": created,
                "updated_at": created,
            }
        )
        return group_id

    def _participants(self, block: int) -> list[DemoParticipant]:
        ctx, rng = self.ctx, self.rng
        working = [
            m
            for m in ctx.block_members(block)
            if m.kind == MemberKind.WORKING
            and m.accepted_on is not None
            and (m.left_on or m.exit_on or ctx.today) > ctx.start + timedelta(days=30)
        ]
        chosen = sorted(rng.sample(working, min(MEMBER_PARTICIPANTS, len(working))), key=_by_id)
        details = self._member_details([m.id for m in chosen])
        people = []
        for member in chosen:
            intake = member.applied_on - timedelta(days=rng.randint(7, 40))
            ended = member.left_on or member.exit_on
            person = DemoParticipant(
                ctx.new_id(Participant), block, member.first_name, member.last_name,
                member.female, intake, ended if ended and ended <= ctx.today else None, member,
            )  # fmt: skip
            people.append(person)
            self._participant_row(person, details[member.id], member.language)
        for n in range(NEWCOMERS):
            female = rng.random() < 0.5
            first = rng.choice(names.FINNISH_FEMALE if female else names.FINNISH_MALE)
            last = rng.choice(names.FINNISH_SURNAMES)
            intake = ctx.start + timedelta(days=60 + n * 70 + rng.randint(0, 20))
            person = DemoParticipant(
                ctx.new_id(Participant), block, first, last, female, intake, None
            )
            people.append(person)
            # A newcomer's gender is recorded only when they say so.
            gender = (Gender.FEMALE if female else Gender.MALE) if n % 2 else Gender.UNKNOWN
            self._participant_row(
                person,
                {
                    "gender": gender,
                    "birth_date": None,
                    "birth_year": ctx.today.year - rng.randint(20, 60),
                    "labour_market_status": rng.choice(list(LabourMarketStatus)[:3]),
                    "education_level": rng.choice(list(EducationLevel)),
                },
                Language.FI,
                note="Tutustuu osuuskuntaan; sopiiko osa-aikainen työ nykyiseen tilanteeseen?",
            )
        self.participants.extend(people)
        return people

    def _member_details(self, ids: list[int]) -> dict[int, dict[str, Any]]:
        query = select(
            Member.id,
            Member.gender,
            Member.birth_date,
            Member.labour_market_status,
            Member.education_level,
        ).where(Member.id.in_(ids))
        return {
            row.id: {
                "gender": row.gender,
                "birth_date": row.birth_date,
                "birth_year": None,
                "labour_market_status": row.labour_market_status,
                "education_level": row.education_level,
            }
            for row in self.ctx.session.execute(query)
        }

    def _participant_row(
        self, person: DemoParticipant, details: dict[str, Any], language: Language, note: str = ""
    ) -> None:
        rng = self.rng
        created = at(person.intake_on, 13)
        person.consent_ok = rng.random() < 0.7
        self.rows[Participant].append(
            {
                "id": person.id,
                "member_id": person.member.id if person.member else None,
                "first_name": person.first_name,
                "last_name": person.last_name,
                "search_name": search_key(person.last_name, person.first_name),
                "search_given": search_key(person.first_name, person.last_name),
                **details,
                "language": language,
                "phone": "",
                "email": "",
                "track": weighted(
                    rng,
                    [
                        (Track.WORK_ONLY_MISSING, 20),
                        (Track.COACHING_AND_SUPPORTED_WORK, 55),
                        (Track.PARTICIPATION_WORK, 25),
                    ],
                ),
                "intake_on": person.intake_on,
                "intake_note": note,
                "consent_data_on": person.intake_on,
                "consent_questionnaire_on": person.intake_on if person.consent_ok else None,
                "ended_on": person.ended_on,
                "version": 1,
                "created_at": created,
                "updated_at": at(person.ended_on, 13) if person.ended_on else created,
            }
        )

    def _memberships(self, people: list[DemoParticipant], monday: int, training: int) -> None:
        ctx, rng = self.ctx, self.rng
        spring = date(ctx.start.year + 1, 2, 2)
        trainees = rng.sample(people, min(8, len(people)))
        for person in people:
            joined = max(person.intake_on, ctx.start)
            spans = [(monday, joined, person.ended_on)]
            if person in trainees and person.intake_on <= spring:
                spans.append((training, spring, spring + timedelta(days=70)))
            for group_id, start, end in spans:
                person.groups.append((group_id, start, end))
                self.rows[GroupMembership].append(
                    {
                        "id": ctx.new_id(GroupMembership),
                        "group_id": group_id,
                        "participant_id": person.id,
                        "joined_on": start,
                        "left_on": end,
                    }
                )

    def _series(self, group_id: int, kind: SessionKind, first: date, until: date,
                weekday: int, hour: int, minutes: int, topic: str) -> int:  # fmt: skip
        series_id = self.ctx.new_id(SessionSeries)
        created = at(first - timedelta(days=7), 9)
        self.rows[SessionSeries].append(
            {
                "id": series_id,
                "group_id": group_id,
                "kind": kind,
                "weekday": weekday,
                "interval": 1,
                "starts_on": first,
                "until_on": until,
                "start_time": time(hour),
                "duration_minutes": minutes,
                "skip_holidays": True,
                **self.facilitator,
                "place": PLACE,
                "topic": topic,
                "created_at": created,
                "updated_at": created,
            }
        )
        return series_id

    def _session(self, kind: SessionKind, when: Any, minutes: int, topic: str, **extra) -> int:
        session_id = self.ctx.new_id(CoachingSession)
        day = when.date()
        created = at(min(day, self.ctx.today) - timedelta(days=7), 9)
        self.rows[CoachingSession].append(
            {
                "id": session_id,
                "kind": kind,
                "group_id": None,
                "participant_id": None,
                "series_id": None,
                "occurrence_on": None,
                "cancelled": False,
                "starts_at": when,
                "duration_minutes": minutes,
                **self.facilitator,
                "place": PLACE,
                "topic": topic,
                "search_topic": search_key(topic),
                "agenda": "",
                "open_items": "",
                "notes": "",
                "attendee_count": None,
                "created_at": created,
                "updated_at": at(day, 15) if day <= self.ctx.today else created,
                **extra,
            }
        )
        return session_id

    def _attend(self, session_id: int, people: list[DemoParticipant], status: Any = None) -> None:
        for person in sorted(people, key=lambda p: p.id):
            self.rows[Attendance].append(
                {
                    "session_id": session_id,
                    "participant_id": person.id,
                    "status": status or weighted(self.rng, ATTENDANCE_WEIGHTS),
                    "note": "",
                }
            )

    def _weekly_meetings(self, group_id: int, people: list[DemoParticipant]) -> None:
        """Mondays 10–12 all year; July off, one meeting moved to Tuesday."""
        ctx, rng = self.ctx, self.rng
        first = ctx.start + timedelta(days=(7 - ctx.start.weekday()) % 7)
        until = ctx.today + timedelta(days=28)
        series_id = self._series(group_id, SessionKind.GROUP, first, until, 0, 10, 120,
                                 "Viikkotapaaminen")  # fmt: skip
        topics = list(names.GROUP_TOPICS)
        rng.shuffle(topics)
        mondays = meeting_days(first, until, 0)
        moved = rng.choice([d for d in mondays if d.month in (3, 4, 5, 9, 10)] or mondays)
        left_open = ""
        for n, day in enumerate(mondays):
            topic = topics[n % len(topics)]
            agenda = f"Kuulumiskierros\n{topic}\nTulevan viikon työvuorot ja sijaisuudet\n"
            agenda += left_open + "Muut asiat"
            meets_on = day + timedelta(days=1) if day == moved else day
            past = meets_on <= ctx.today
            open_items = "Kevään koulutustoiveet\n" if past and rng.random() < 0.2 else ""
            session_id = self._session(
                SessionKind.GROUP, at(meets_on, 10), 120, topic,
                group_id=group_id, series_id=series_id, occurrence_on=day,
                cancelled=day.month == 7,  # summer break
                agenda=agenda, open_items=open_items,
                notes="Käytiin läpi viikon työtilanne." if past else "",
            )  # fmt: skip
            left_open = open_items
            if past and day.month != 7:
                self._attend(session_id, [p for p in people if p.in_group(group_id, meets_on)])

    def _training(self, group_id: int, people: list[DemoParticipant]) -> None:
        """Ten weeks of cooperative training on Wednesday afternoons in spring."""
        ctx = self.ctx
        first = date(ctx.start.year + 1, 2, 4)
        until = first + timedelta(days=66)
        series_id = self._series(group_id, SessionKind.TRAINING, first, until, 2, 13, 120,
                                 "Osuuskuntavalmennus")  # fmt: skip
        lessons = (
            "Mikä on osuuskunta?", "Jäsenyys, osuudet ja päätöksenteko", "Työ ja etuudet",
            "Asiakkaat ja hinnoittelu", "Laskutus ja kirjanpidon perusteet",
            "Työturvallisuus", "Yhteistyö ja sijaisuudet", "Oma rooli osuuskunnassa",
            "Markkinointi", "Päätöstapaaminen",
        )  # fmt: skip
        for n, day in enumerate(meeting_days(first, until, 2)):
            session_id = self._session(
                SessionKind.TRAINING, at(day, 13), 120, lessons[n % len(lessons)],
                group_id=group_id, series_id=series_id, occurrence_on=day,
            )  # fmt: skip
            if day <= ctx.today:
                self._attend(session_id, [p for p in people if p.in_group(group_id, day)])

    def _individual_sessions(self, people: list[DemoParticipant]) -> None:
        ctx, rng = self.ctx, self.rng
        for first in months_between(ctx.start, ctx.today):
            work_days = [
                d
                for d in days(max(first, ctx.start), min(month_end(first), ctx.today))
                if is_working_day(d)
            ]
            for _ in range(rng.randint(3, 5) if work_days else 0):
                day = rng.choice(work_days)
                pool = [
                    p
                    for p in people
                    if p.intake_on <= day and (p.ended_on is None or day < p.ended_on)
                ]
                if not pool:
                    continue
                person = rng.choice(pool)
                session_id = self._session(
                    SessionKind.INDIVIDUAL, at(day, rng.randint(9, 14)), 60,
                    rng.choice(names.INDIVIDUAL_TOPICS), participant_id=person.id,
                    notes="Keskusteltu tavoitteista ja työtilanteesta.",
                )  # fmt: skip
                status = (
                    AttendanceStatus.PRESENT if rng.random() < 0.9 else AttendanceStatus.EXCUSED
                )
                self._attend(session_id, [person], status)

    def _info_sessions(self) -> None:
        ctx, rng = self.ctx, self.rng
        for offset in (60, 180, 345):
            day = ctx.start + timedelta(days=offset)
            while not is_working_day(day):
                day += timedelta(days=1)
            self._session(
                SessionKind.INFO, at(day, 14), 90, "Infotilaisuus: mitä työosuuskunnassa tehdään?",
                agenda="Osuuskunnan esittely\nJäsenyys ja osuusmaksu\nTyötehtävät\nKysymykset",
                attendee_count=rng.randint(6, 14) if day <= ctx.today else None,
            )  # fmt: skip
        day = ctx.start + timedelta(days=rng.randint(100, 200))
        while not is_working_day(day):
            day += timedelta(days=1)
        self._session(SessionKind.PEER_SUPPORT, at(day, 17), 90, "Vertaistukiryhmä: jaksaminen")


def _by_id(member: DemoMember) -> int:
    return member.id
