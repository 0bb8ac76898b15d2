"""Write the funder's report to a file: PDF or XLSX by the file name's ending."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from app.db import Database
from app.domain import Cooperative
from app.services.funder_report import funder_reports
from app.services.policy import Actor, Permission, requires
from app.services.uow import UnitOfWork

from .base import letterhead
from .funder_report import FunderReportRenderer
from .funder_report_xlsx import FunderReportWorkbook


@requires(Permission.COACHING)
def funder_report_bytes(
    uow: UnitOfWork, code: str | None, start: date, end: date, kind: str, lang: str | None
) -> tuple[bytes, int]:
    """The report as "pdf" or "xlsx" bytes and the number of projects in it."""
    reports = funder_reports(uow, code, start, end)
    if lang is None:
        coop = uow.session.scalar(select(Cooperative).limit(1))
        lang = str(coop.default_language) if coop is not None else "fi"
    if kind == "xlsx":
        return FunderReportWorkbook(reports, lang).render_bytes(), len(reports)
    return FunderReportRenderer(reports, lang, letterhead(uow)).render_bytes(), len(reports)


def write_funder_report(
    db: Database,
    actor: Actor,
    code: str | None,
    start: date,
    end: date,
    out: Path,
    lang: str | None = None,
) -> int:
    """Write the report; nothing is written unless the whole file was built. Returns projects."""
    out = Path(out)
    kind = "xlsx" if out.suffix.lower() == ".xlsx" else "pdf"
    with UnitOfWork(db, actor, write=False) as uow:
        data, count = funder_report_bytes(uow, code, start, end, kind, lang)
    out.write_bytes(data)
    return count
