"""Funded projects, their coaching groups, and who is in which group when."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date

from sqlalchemy import func, select

from app.domain import CoachingGroup, GroupMembership, Participant, Project
from app.domain.coaching import PLANNED_FIGURES

from .errors import NotFoundError, StaleError, ValidationError
from .policy import Permission, requires
from .uow import UnitOfWork


@dataclass
class ProjectForm:
    code: str
    name: str
    starts_on: date | None
    ends_on: date | None
    funder: str = ""
    planned_started: int = 0
    planned_started_women: int = 0
    planned_new_jobs: int = 0
    planned_new_jobs_women: int = 0
    planned_new_businesses: int = 0
    planned_new_businesses_women: int = 0
    planned_qualifications: int = 0
    planned_qualifications_women: int = 0


@dataclass(frozen=True)
class ProjectRow:
    id: int
    code: str
    name: str
    funder: str
    starts_on: date
    ends_on: date
    groups: int
    version: int


@dataclass(frozen=True)
class GroupRow:
    id: int
    project_id: int
    project_code: str
    name: str
    members_now: int


@dataclass(frozen=True)
class GroupMemberRow:
    membership_id: int
    participant_id: int
    name: str
    joined_on: date
    left_on: date | None


def _validate_project(uow: UnitOfWork, form: ProjectForm, project_id: int | None) -> None:
    problems: dict[str, str] = {}
    for key in ("code", "name"):
        if not getattr(form, key).strip():
            problems[key] = "required"
    if form.starts_on is None:
        problems["starts_on"] = "required"
    if form.ends_on is None:
        problems["ends_on"] = "required"
    elif form.starts_on is not None and form.ends_on < form.starts_on:
        problems["ends_on"] = "before_start"
    for key in PLANNED_FIGURES:
        if getattr(form, key) < 0:
            problems[key] = "negative"
    for figure in ("started", "new_jobs", "new_businesses", "qualifications"):
        if getattr(form, f"planned_{figure}_women") > getattr(form, f"planned_{figure}"):
            problems[f"planned_{figure}_women"] = "more_than_total"
    taken = uow.session.scalar(
        select(Project.id).where(Project.code == form.code.strip(), Project.id != project_id)
    )
    if taken is not None and "code" not in problems:
        problems["code"] = "taken"
    if problems:
        raise ValidationError(problems)


def _apply_project(project: Project, form: ProjectForm) -> None:
    for f in fields(ProjectForm):
        value = getattr(form, f.name)
        setattr(project, f.name, value.strip() if isinstance(value, str) else value)


@requires(Permission.COACHING)
def create_project(uow: UnitOfWork, form: ProjectForm) -> int:
    _validate_project(uow, form, None)
    project = Project()
    _apply_project(project, form)
    uow.session.add(project)
    uow.session.flush()
    return project.id


@requires(Permission.COACHING)
def update_project(
    uow: UnitOfWork, project_id: int, form: ProjectForm, expected_version: int | None = None
) -> None:
    project = uow.session.get(Project, project_id)
    if project is None:
        raise NotFoundError("project", project_id)
    if expected_version is not None and project.version != expected_version:
        raise StaleError("project", project_id, project_form(uow, project_id))
    _validate_project(uow, form, project_id)
    _apply_project(project, form)


@requires(Permission.COACHING)
def project_form(uow: UnitOfWork, project_id: int) -> ProjectForm:
    project = uow.session.get(Project, project_id)
    if project is None:
        raise NotFoundError("project", project_id)
    return ProjectForm(**{f.name: getattr(project, f.name) for f in fields(ProjectForm)})


@requires(Permission.COACHING)
def list_projects(uow: UnitOfWork) -> list[ProjectRow]:
    groups = (
        select(CoachingGroup.project_id, func.count().label("n"))
        .group_by(CoachingGroup.project_id)
        .subquery()
    )
    query = (
        select(Project, func.coalesce(groups.c.n, 0))
        .outerjoin(groups, groups.c.project_id == Project.id)
        .order_by(Project.starts_on.desc(), Project.code)
    )
    return [
        ProjectRow(p.id, p.code, p.name, p.funder, p.starts_on, p.ends_on, n, p.version)
        for p, n in uow.session.execute(query)
    ]


@requires(Permission.COACHING)
def create_group(uow: UnitOfWork, project_id: int | None, name: str) -> int:
    problems = {}
    if project_id is None or uow.session.get(Project, project_id) is None:
        problems["project"] = "required"
    if not name.strip():
        problems["name"] = "required"
    elif project_id is not None and uow.session.scalar(
        select(CoachingGroup.id).where(
            CoachingGroup.project_id == project_id, CoachingGroup.name == name.strip()
        )
    ):
        problems["name"] = "taken"
    if problems:
        raise ValidationError(problems)
    group = CoachingGroup(project_id=project_id, name=name.strip())
    uow.session.add(group)
    uow.session.flush()
    return group.id


@requires(Permission.COACHING)
def list_groups(uow: UnitOfWork, on: date | None = None) -> list[GroupRow]:
    """Every group with how many are in it on the day (today by default)."""
    on = on or date.today()
    now = (
        select(GroupMembership.group_id, func.count().label("n"))
        .where(_member_on(on))
        .group_by(GroupMembership.group_id)
        .subquery()
    )
    query = (
        select(CoachingGroup, Project.code, func.coalesce(now.c.n, 0))
        .join(Project, Project.id == CoachingGroup.project_id)
        .outerjoin(now, now.c.group_id == CoachingGroup.id)
        .order_by(Project.starts_on.desc(), Project.code, CoachingGroup.name)
    )
    return [
        GroupRow(g.id, g.project_id, code, g.name, n) for g, code, n in uow.session.execute(query)
    ]


def _member_on(day: date):
    return (GroupMembership.joined_on <= day) & (
        GroupMembership.left_on.is_(None) | (GroupMembership.left_on > day)
    )


@requires(Permission.COACHING)
def participants_in_group(uow: UnitOfWork, group_id: int, day: date) -> list[Participant]:
    """Who is in the group on the day, by name (for services that already checked access)."""
    query = (
        select(Participant)
        .join(GroupMembership, GroupMembership.participant_id == Participant.id)
        .where(GroupMembership.group_id == group_id, _member_on(day))
        .order_by(Participant.search_name, Participant.id)
    )
    return list(uow.session.scalars(query))


@requires(Permission.COACHING)
def group_members(uow: UnitOfWork, group_id: int) -> list[GroupMemberRow]:
    """Everyone who has been in the group, current first, by name."""
    query = (
        select(GroupMembership, Participant)
        .join(Participant, Participant.id == GroupMembership.participant_id)
        .where(GroupMembership.group_id == group_id)
        .order_by(GroupMembership.left_on.is_not(None), Participant.search_name)
    )
    return [
        GroupMemberRow(m.id, p.id, p.full_name, m.joined_on, m.left_on)
        for m, p in uow.session.execute(query)
    ]


@requires(Permission.COACHING)
def join_group(
    uow: UnitOfWork, participant_id: int, group_id: int | None, joined_on: date | None
) -> int:
    """Put a participant in a group from a date; refused while they are in it already."""
    problems = {}
    if group_id is None or uow.session.get(CoachingGroup, group_id) is None:
        problems["group"] = "required"
    if joined_on is None:
        problems["joined_on"] = "required"
    if uow.session.get(Participant, participant_id) is None:
        raise NotFoundError("participant", participant_id)
    if not problems:
        overlapping = uow.session.scalar(
            select(GroupMembership.id).where(
                GroupMembership.group_id == group_id,
                GroupMembership.participant_id == participant_id,
                GroupMembership.left_on.is_(None) | (GroupMembership.left_on > joined_on),
            )
        )
        if overlapping is not None:
            problems["group"] = "already_member"
    if problems:
        raise ValidationError(problems)
    membership = GroupMembership(
        group_id=group_id, participant_id=participant_id, joined_on=joined_on
    )
    uow.session.add(membership)
    uow.session.flush()
    return membership.id


@requires(Permission.COACHING)
def leave_group(uow: UnitOfWork, membership_id: int, left_on: date | None) -> None:
    membership = uow.session.get(GroupMembership, membership_id)
    if membership is None:
        raise NotFoundError("group membership", membership_id)
    if left_on is None:
        raise ValidationError({"left_on": "required"})
    if left_on < membership.joined_on:
        raise ValidationError({"left_on": "before_joined"})
    membership.left_on = left_on


@dataclass(frozen=True)
class MembershipRow:
    id: int
    group: str
    project_code: str
    joined_on: date
    left_on: date | None


@requires(Permission.COACHING)
def participant_groups(uow: UnitOfWork, participant_id: int) -> list[MembershipRow]:
    """The groups a participant has been in, current ones first."""
    query = (
        select(GroupMembership, CoachingGroup.name, Project.code)
        .join(CoachingGroup, CoachingGroup.id == GroupMembership.group_id)
        .join(Project, Project.id == CoachingGroup.project_id)
        .where(GroupMembership.participant_id == participant_id)
        .order_by(GroupMembership.left_on.is_not(None), GroupMembership.joined_on.desc())
    )
    return [
        MembershipRow(m.id, name, code, m.joined_on, m.left_on)
        for m, name, code in uow.session.execute(query)
    ]
