"""A small coaching project, checked by hand, for the funder's report and its parts.

Project IMP-1 runs 1.9.2026–31.12.2027; the report period is 1.1.–30.6.2027.

| who | gender  | born       | joined (group)   | ended      | notes                        |
|-----|---------|------------|------------------|------------|------------------------------|
| P1  | female  | 1.6.2002   | 10.1.2027 (A)    |            | 24 at the period's start     |
| P2  | female  | 1.1.2002   | 10.1.2027 (A)    |            | 25 on the period's first day |
| P3  | female  | 2.1.1972   | 10.1.2027 (A)    |            | 54, 55 the next day          |
| P4  | female  | 1.1.1972   | 10.1.2027 (A)    |            | 55: over 54                  |
| P5  | female  | year 1990  | 10.1.2027 (A)    |            |                              |
| P6  | female  | year 1990  | 10.1.2027 (A)    |            |                              |
| P7  | male    | 5.5.1985   | 10.1.2027 (A)    | 31.5.2027  | new job (open, full-time)    |
| P8  | male    | 5.5.1985   | 10.1.2027 (A)    | 31.5.2027  | own business                 |
| P9  | male    | 5.5.1985   | 1.10.2026 (A)    |            | started before the period    |
| P10 | male    | 5.5.1985   | 1.10.2026 (A)    |            | started before the period    |
| P11 | unknown | unknown    | 1.2.2027 (A)     |            |                              |
| P12 | unknown | year 2003  | 1.3.2027 (B)     |            |                              |
| P13 | female  | 1.1.1980   | 15.9.2026 (A)    | 15.12.2026 | left before; qualification   |
| P14 | male    | 1.1.1980   | 1.8.2027 (A)     |            | after the period             |

Started in the period: P1–P8, P11, P12 = 10, of whom women 6. Since the project's start:
P1–P13 = 13, of whom women 7. Taking part in the period: P1–P12 = 12; ended P7, P8 = 2.
By gender: women 6, men 4, other 0, unknown 2. Age bands on 1.1.2027: under 25 P1, P12 = 2;
25–54 P2, P3, P5–P10 = 8; over 54 P4 = 1; unknown P11 = 1.

Group A sessions: 11.1.2027 (2 h, P1–P8 present), 18.1.2027 (2 h: P1 present, P2 absent,
P3 excused), 25.1.2027 cancelled, 5.7.2027 (after the period). P1's individual session on
1.2.2027 (1 h, present). Group hours 4.0, individual 1.0; attendance 10 present of 12 = 83.3 %.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from app.domain import (
    Attendance,
    CoachingGroup,
    CoachingSession,
    GroupMembership,
    Outcome,
    Participant,
    Project,
)
from app.domain.enums import AttendanceStatus, Destination, Gender, SessionKind
from app.services.uow import UnitOfWork

START = date(2027, 1, 1)
END = date(2027, 6, 30)

PEOPLE = {
    # n: (gender, birth date, birth year, joined, group, ended)
    1: (Gender.FEMALE, date(2002, 6, 1), None, date(2027, 1, 10), "A", None),
    2: (Gender.FEMALE, date(2002, 1, 1), None, date(2027, 1, 10), "A", None),
    3: (Gender.FEMALE, date(1972, 1, 2), None, date(2027, 1, 10), "A", None),
    4: (Gender.FEMALE, date(1972, 1, 1), None, date(2027, 1, 10), "A", None),
    5: (Gender.FEMALE, None, 1990, date(2027, 1, 10), "A", None),
    6: (Gender.FEMALE, None, 1990, date(2027, 1, 10), "A", None),
    7: (Gender.MALE, date(1985, 5, 5), None, date(2027, 1, 10), "A", date(2027, 5, 31)),
    8: (Gender.MALE, date(1985, 5, 5), None, date(2027, 1, 10), "A", date(2027, 5, 31)),
    9: (Gender.MALE, date(1985, 5, 5), None, date(2026, 10, 1), "A", None),
    10: (Gender.MALE, date(1985, 5, 5), None, date(2026, 10, 1), "A", None),
    11: (Gender.UNKNOWN, None, None, date(2027, 2, 1), "A", None),
    12: (Gender.UNKNOWN, None, 2003, date(2027, 3, 1), "B", None),
    13: (Gender.FEMALE, date(1980, 1, 1), None, date(2026, 9, 15), "A", date(2026, 12, 15)),
    14: (Gender.MALE, date(1980, 1, 1), None, date(2027, 8, 1), "A", None),
}


@dataclass
class Dataset:
    project: str
    groups: dict[str, int]
    people: dict[int, int]  # n -> participant id


def at(day: date, hour: int) -> datetime:
    # Winter time in Finland is UTC+2: 10.00 there is 8.00 UTC.
    return datetime(day.year, day.month, day.day, hour - 2, tzinfo=UTC)


def build(db) -> Dataset:
    with UnitOfWork(db) as uow:
        s = uow.session
        project = Project(
            code="IMP-1",
            name="Impact test",
            funder="ESR+",
            starts_on=date(2026, 9, 1),
            ends_on=date(2027, 12, 31),
            planned_started=60,
            planned_started_women=0,
            planned_new_jobs=6,
            planned_new_jobs_women=3,
            planned_new_businesses=2,
            planned_new_businesses_women=1,
            planned_qualifications=8,
            planned_qualifications_women=4,
        )
        s.add(project)
        groups = {
            key: CoachingGroup(project=project, name=name)
            for key, name in (("A", "Maanantairyhmä"), ("B", "Kevätvalmennus"))
        }
        s.add_all(groups.values())
        people: dict[int, Participant] = {}
        for n, (gender, born, year, joined, group, ended) in PEOPLE.items():
            person = Participant(
                first_name=f"P{n}",
                last_name="Testi",
                gender=gender,
                birth_date=born,
                birth_year=year,
                intake_on=joined,
                ended_on=ended,
                consent_questionnaire_on=joined,
            )
            people[n] = person
            s.add(person)
            s.add(
                GroupMembership(
                    group=groups[group], participant=person, joined_on=joined, left_on=ended
                )
            )
        s.flush()
        s.add_all(
            [
                Outcome(
                    participant_id=people[7].id,
                    exit_on=date(2027, 5, 31),
                    destination=Destination.OPEN_FULL_TIME,
                    new_job=True,
                ),
                Outcome(
                    participant_id=people[8].id,
                    exit_on=date(2027, 5, 31),
                    destination=Destination.OWN_BUSINESS,
                    new_business=True,
                ),
                Outcome(
                    participant_id=people[13].id,
                    exit_on=date(2026, 12, 15),
                    destination=Destination.EDUCATION,
                    completed_qualification=True,
                ),
            ]
        )
        a = groups["A"]

        def session(day, kind=SessionKind.GROUP, minutes=120, cancelled=False, **extra):
            row = CoachingSession(
                kind=kind,
                starts_at=at(day, 10),
                duration_minutes=minutes,
                cancelled=cancelled,
                topic=extra.pop("topic", "Viikkotapaaminen"),
                **extra,
            )
            s.add(row)
            return row

        first = session(date(2027, 1, 11), group_id=a.id, topic="Tutustuminen")
        first.attendance = [
            Attendance(participant_id=people[n].id, status=AttendanceStatus.PRESENT)
            for n in range(1, 9)
        ]
        second = session(date(2027, 1, 18), group_id=a.id, topic="Työturvallisuus")
        second.attendance = [
            Attendance(participant_id=people[1].id, status=AttendanceStatus.PRESENT),
            Attendance(participant_id=people[2].id, status=AttendanceStatus.ABSENT),
            Attendance(participant_id=people[3].id, status=AttendanceStatus.EXCUSED),
        ]
        session(date(2027, 1, 25), group_id=a.id, cancelled=True)
        later = session(date(2027, 7, 5), group_id=a.id)
        later.attendance = [
            Attendance(participant_id=people[1].id, status=AttendanceStatus.PRESENT)
        ]
        individual = session(
            date(2027, 2, 1),
            kind=SessionKind.INDIVIDUAL,
            minutes=60,
            participant_id=people[1].id,
            topic="Omat tavoitteet",
        )
        individual.attendance = [
            Attendance(participant_id=people[1].id, status=AttendanceStatus.PRESENT)
        ]
        s.flush()
        return Dataset(
            "IMP-1", {k: g.id for k, g in groups.items()}, {n: p.id for n, p in people.items()}
        )
