"""Render the coaching documents to a PDF file: for the CLI and the UI alike."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.db import Database
from app.services.participants import participant_of_member
from app.services.policy import SYSTEM, Actor
from app.services.uow import UnitOfWork

from .coaching_plan import PlanRenderer, plan_document_data
from .meeting_sheet import MeetingSheetRenderer, meeting_sheet_data


def render_meeting_sheet(
    db: Database,
    day: date,
    out: Path,
    *,
    group: str | None = None,
    lang: str | None = None,
    actor: Actor = SYSTEM,
) -> Path:
    """The group meeting of the week of `day` on one page; raises ServiceError if none."""
    with UnitOfWork(db, actor, write=False) as uow:
        renderer = MeetingSheetRenderer(meeting_sheet_data(uow, day, group, lang))
    Path(out).write_bytes(renderer.render_bytes())
    return Path(out)


def render_plan(
    db: Database,
    out: Path,
    *,
    participant_id: int | None = None,
    member_number: int | None = None,
    lang: str | None = None,
    actor: Actor = SYSTEM,
    today: date | None = None,
) -> Path:
    """A participant's plan in their language (or `lang`), found by id or member number."""
    with UnitOfWork(db, actor, write=False) as uow:
        if participant_id is None:
            participant_id = participant_of_member(uow, member_number).id
        data = plan_document_data(uow, participant_id, today or date.today())
    Path(out).write_bytes(PlanRenderer(data, lang).render_bytes())
    return Path(out)
