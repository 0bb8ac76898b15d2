"""Work assignments for customers: weekly ones, one-off jobs and a planned one."""

from __future__ import annotations

import random
from datetime import date, time, timedelta
from decimal import Decimal
from typing import Any, NamedTuple

from app.domain import PlannedShift, WorkAssignment, assignment_member
from app.domain.enums import AssignmentStatus, Language, MemberKind, MemberStatus, Recurrence
from app.services.recurrence import WeeklyRule, is_public_holiday

from .context import DemoAssignment, DemoContext, DemoCustomer, DemoMember
from .dates import at, is_working_day

WEEKLY, ONE_OFF, PLANNED = "weekly", "one_off", "planned"
WEEKDAYS_FI = ("ma", "ti", "ke", "to", "pe", "la", "su")
ALL_MONTHS = tuple(range(1, 13))


class Template(NamedTuple):
    """One kind of job a customer orders; days are weekdays, Monday = 0."""

    title_fi: str
    title_sv: str
    service: str
    kind: str
    days: tuple[int, ...]
    members: tuple[int, int]
    hours: str
    km: bool = False
    months: tuple[int, ...] = ALL_MONTHS
    length: int = 0
    tasks: tuple[str, ...] = ()


ANY_DAY: tuple[int, ...] = ()  # a household's one visiting day is drawn per customer
CLEANING_TASKS = ("Lattioiden pesu", "Pölyjen pyyhintä", "Wc-tilojen siivous", "Ikkunoiden pesu")
YARD_TASKS = ("Haravointi", "Nurmikon leikkuu", "Kitkentä", "Pensasaitojen leikkuu")
ODD_TASKS = ("Roskien keruu", "Tavaroiden kantoapu", "Penkkien puhdistus", "Kauppa-asiointi")
TEMPLATES: dict[str, tuple[Template, ...]] = {
    "municipality": (
        Template(
            "Katujen ja puistojen siisteys", "Städning av gator och parker", "SILPPU", WEEKLY,
            (0, 1, 2, 3, 4), (4, 6), "4", tasks=ODD_TASKS,
        ),
        Template(
            "Kirjaston siivous", "Städning av biblioteket", "SIIVOUS", WEEKLY,
            (0, 1, 2, 3, 4), (3, 3), "3", tasks=CLEANING_TASKS,
        ),
        Template(
            "Kesän puistotyöt", "Sommarens parkarbete", "PIHA", WEEKLY, (0, 1, 2, 3), (3, 4),
            "5", months=(5, 6, 7, 8, 9), tasks=YARD_TASKS,
        ),
        Template(
            "Muuttoapu, kaupungintalo", "Flytthjälp, stadshuset", "SILPPU", ONE_OFF, (), (2, 3),
            "6", length=12, tasks=("Kalusteiden kanto", "Pakkaaminen"),
        ),
    ),
    "parish": (
        Template(
            "Hautausmaan hoito ja lumityöt", "Skötsel och snöröjning av begravningsplatsen", "PIHA",
            WEEKLY, (0, 1, 2, 3), (3, 4), "5", tasks=(*YARD_TASKS, "Lumityöt"),
        ),
        Template(
            "Seurakuntatalon siivous", "Städning av församlingshemmet", "SIIVOUS", WEEKLY,
            (0, 2, 4), (2, 3), "3.5", tasks=CLEANING_TASKS,
        ),
    ),
    "housing": (
        Template(
            "Porraskäytävien siivous", "Trappstädning", "SIIVOUS", WEEKLY, (1, 4), (2, 2), "3",
            tasks=CLEANING_TASKS,
        ),
    ),
    "construction": (
        Template(
            "Purku- ja siivoustyöt työmaalla", "Rivnings- och städarbete på byggplatsen",
            "RAKENNUS", ONE_OFF, (), (2, 3), "6", length=20,
            tasks=("Purkutyö", "Rakennussiivous", "Jätteiden lajittelu"),
        ),
    ),
    "office": (
        Template(
            "IT-tuki ja työasemien päivitykset", "IT-stöd och uppdateringar", "IT", WEEKLY, (1, 4),
            (1, 1), "2", tasks=("Päivitykset", "Tulostimen asennus", "Varmuuskopiot"),
        ),
    ),
    "garden": (
        Template(
            "Puutarhanhoito", "Trädgårdsskötsel", "PIHA", WEEKLY, (0, 1, 2, 3), (3, 4), "5",
            months=(4, 5, 6, 7, 8, 9, 10), tasks=YARD_TASKS,
        ),
    ),
    "cafe": (
        Template(
            "Kahvilan iltasiivous", "Kvällsstädning av kaféet", "SIIVOUS", WEEKLY,
            (0, 1, 2, 3, 4), (2, 3), "2", tasks=CLEANING_TASKS,
        ),
    ),
    "home_help_fi": (
        Template(
            "Kotiapu", "Hemhjälp", "KOTIAPU", WEEKLY, (0, 3), (1, 1), "2.5", km=True,
            tasks=("Kauppa-asiointi", "Ruoanlaitto", "Siivous"),
        ),
    ),
    "home_help_sv": (
        Template(
            "Kotiapu", "Hemhjälp", "KOTIAPU", WEEKLY, (1, 4), (1, 1), "2.5", km=True,
            tasks=("Inköp", "Matlagning", "Städning"),
        ),
    ),
    "home_clean_sv": (
        Template(
            "Kotisiivous", "Hemstädning", "SIIVOUS", WEEKLY, ANY_DAY, (1, 1), "3", km=True,
            tasks=("Dammsugning", "Fönstertvätt"),
        ),
        Template(
            "Pihan kunnostus", "Iståndsättning av gården", "PIHA", PLANNED, (), (1, 2), "4",
            km=True, length=3,
        ),
    ),
    "home_fix_fi": (
        Template(
            "Kylpyhuoneen remontti", "Badrumsrenovering", "REMONTTI", ONE_OFF, (), (2, 2), "6",
            km=True, length=8, tasks=("Purkutyö", "Laatoitus", "Maalaus"),
        ),
    ),
    "association": (
        Template(
            "Asukastilan siivous", "Städning av invånarlokalen", "SIIVOUS", WEEKLY, (2,), (1, 1),
            "2.5", tasks=CLEANING_TASKS,
        ),
    ),
}  # fmt: skip


def _working_days_from(first: date, count: int) -> date:
    day, left = first, count
    while True:
        if is_working_day(day):
            left -= 1
            if left == 0:
                return day
        day += timedelta(days=1)


def _overlaps(member: DemoMember, first: date, last: date) -> bool:
    if member.accepted_on is None or member.accepted_on > last:
        return False
    end = min(d for d in (member.left_on, member.exit_on, date.max) if d is not None)
    return end > first


def add_assignments(ctx: DemoContext) -> None:
    """About fifteen assignments per block, each with one to four members."""
    rng = ctx.rng("assignments")
    rows, links = [], []
    for block in range(ctx.scale):
        load = {m.id: 0 for m in ctx.block_members(block)}
        pool = [m for m in ctx.block_members(block) if m.kind == MemberKind.WORKING]
        customers = [c for c in ctx.customers if c.block == block]
        for customer in customers:
            for template in TEMPLATES[customer.role]:
                assignment, status = _assignment(ctx, rng, customer, template)
                first, last = max(assignment.starts_on, ctx.start), assignment.ends_on or ctx.today
                if status == AssignmentStatus.SCHEDULED:
                    eligible = [
                        m for m in pool if m.status == MemberStatus.MEMBER and m.exit_on is None
                    ]
                else:
                    eligible = [m for m in pool if _overlaps(m, first, min(last, ctx.today))]
                # Spread the work: fewest assignments, then whole period, then same language.
                eligible.sort(
                    key=lambda m, c=customer: (
                        load[m.id],
                        not (m.works_on(first) and m.works_on(min(last, ctx.today))),
                        c.language == Language.SV and m.language != Language.SV,
                        rng.random(),
                    )
                )
                count = rng.randint(*template.members)
                assignment.members = sorted(eligible[:count], key=lambda m: m.id)
                for member in assignment.members:
                    load[member.id] += 1
                    links.append({"assignment_id": assignment.id, "member_id": member.id})
                ctx.assignments.append(assignment)
                rows.append(_assignment_row(ctx, assignment, template, status))
    ctx.insert(WorkAssignment, rows)
    ctx.insert(assignment_member, links)
    ctx.insert(PlannedShift, _planned_shifts(ctx, rows))


# Shifts are written out around today only: last week and the next eight weeks.
SHIFT_WEEKS_BEFORE, SHIFT_WEEKS_AFTER = 1, 8


def _shift_times(template_title: str, hours: Decimal) -> tuple[time, time]:
    start = 17 if "ilta" in template_title else (9 if hours <= 3 else 8)
    minutes = start * 60 + int(hours * 60)
    return time(start), time(minutes // 60, minutes % 60)


def _planned_shifts(ctx: DemoContext, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    monday = ctx.today - timedelta(days=ctx.today.weekday())
    first = monday - timedelta(weeks=SHIFT_WEEKS_BEFORE)
    window = [
        first + timedelta(days=n) for n in range(7 * (SHIFT_WEEKS_BEFORE + SHIFT_WEEKS_AFTER))
    ]
    shifts = []
    # Nobody is planned in two places at once: (member, day) -> the times already booked.
    booked: dict[tuple[int, date], list[tuple[time, time]]] = {}
    # A few shifts are handed over to a substitute, as members do at short notice.
    rng = ctx.rng("substitutes")
    for assignment, row in zip(ctx.assignments, rows, strict=True):
        if row["status"] not in (AssignmentStatus.SCHEDULED, AssignmentStatus.IN_PROGRESS):
            continue
        for day in window:
            if day < assignment.starts_on or (assignment.ends_on and day > assignment.ends_on):
                continue
            if day.weekday() not in assignment.days or day.month not in assignment.months:
                continue
            if is_public_holiday(day) or not is_working_day(day):
                continue
            # One shift a person: two members never hand the same day to the same substitute.
            on_shift = {m.id for m in assignment.members}
            for member in assignment.members:
                if day <= ctx.today and not member.works_on(day):
                    continue
                worker, original = member.id, None
                if day > ctx.today and rng.random() < 0.03:
                    others = [
                        m
                        for m in ctx.block_members(assignment.customer.block)
                        if m.works_on(ctx.today) and m.id not in on_shift
                    ]
                    if others:
                        worker, original = rng.choice(others).id, member.id
                        on_shift.add(worker)
                times = booked.setdefault((worker, day), [])
                start, end = row["shift_start"], row["shift_end"]
                if any(start < other_end and other_start < end for other_start, other_end in times):
                    continue
                times.append((start, end))
                shifts.append(
                    {
                        "id": ctx.new_id(PlannedShift),
                        "assignment_id": assignment.id,
                        "occurrence": day,
                        "member_id": worker,
                        "substitute_for_id": original,
                        "work_date": day,
                        "starts_at": row["shift_start"],
                        "ends_at": row["shift_end"],
                        "skipped": False,
                        "edited": original is not None,
                    }
                )
    return shifts


def _assignment(
    ctx: DemoContext, rng: random.Random, customer: DemoCustomer, template: Template
) -> tuple[DemoAssignment, AssignmentStatus]:
    ends_on: date | None = None
    status = AssignmentStatus.IN_PROGRESS
    if template.kind != WEEKLY:
        work_days: tuple[int, ...] = (0, 1, 2, 3, 4)
    else:
        work_days = template.days or (rng.randint(0, 4),)
    if template.kind == WEEKLY:
        if rng.random() < 0.8:
            starts_on = ctx.start - timedelta(days=rng.randint(30, 900))
        else:
            starts_on = ctx.start + timedelta(days=rng.randint(20, 150))
        if rng.random() < 0.1:
            ends_on = ctx.today - timedelta(days=rng.randint(20, 90))
            status = AssignmentStatus.DONE
    elif template.kind == ONE_OFF:
        starts_on = ctx.start + timedelta(days=rng.randint(20, 330))
        ends_on = _working_days_from(starts_on, template.length)
        status = AssignmentStatus.DONE if ends_on < ctx.today else AssignmentStatus.IN_PROGRESS
    else:
        starts_on = ctx.today + timedelta(days=rng.randint(10, 40))
        ends_on = _working_days_from(starts_on, template.length)
        status = AssignmentStatus.SCHEDULED
    assignment = DemoAssignment(
        id=ctx.new_id(WorkAssignment),
        customer=customer,
        service=ctx.services[template.service],
        starts_on=starts_on,
        ends_on=ends_on,
        days=work_days,
        months=template.months,
        hours=Decimal(template.hours),
        km=template.km,
        members=[],
        tasks=template.tasks,
    )
    return assignment, status


def _assignment_row(
    ctx: DemoContext, assignment: DemoAssignment, template: Template, status: AssignmentStatus
) -> dict[str, Any]:
    weekly = template.kind == WEEKLY
    people = max(1, len(assignment.members))
    if weekly:
        estimate = assignment.hours * len(assignment.days) * people
        notes = "Työpäivät: " + ", ".join(WEEKDAYS_FI[d] for d in assignment.days)
        notes += ". Arvio tunteina viikossa."
        if template.months != ALL_MONTHS:
            notes += f" Kausi: {template.months[0]}.–{template.months[-1]}. kuukausi."
    else:
        estimate = assignment.hours * template.length * people
        notes = "Kertaluonteinen työ."
    created = min(assignment.starts_on, ctx.today) - timedelta(days=14)
    customer = assignment.customer
    start, end = _shift_times(template.title_fi.lower(), assignment.hours)
    return {
        "id": assignment.id,
        "customer_id": customer.id,
        "service_id": assignment.service.id,
        "title": template.title_sv if customer.language == Language.SV else template.title_fi,
        "place": f"{customer.street}, {customer.city}",
        "starts_on": assignment.starts_on,
        "ends_on": assignment.ends_on,
        "recurrence": Recurrence.WEEKLY if weekly else Recurrence.NONE,
        "weekday": assignment.days[0] if weekly else None,
        "rule": WeeklyRule(1, assignment.days).text() if weekly else "",
        "shift_start": start,
        "shift_end": end,
        "skip_holidays": True,
        "status": status,
        "estimated_hours": estimate,
        "notes": notes,
        "created_at": at(created, 9),
        "updated_at": at(assignment.ends_on if status == AssignmentStatus.DONE else created, 9),
    }
