"""The member register PDF against its floor: a bare ReportLab table of the same rows."""

from __future__ import annotations

import time
from datetime import date
from io import BytesIO
from pathlib import Path

from app.db import open_database


def register_rows(db_path: Path) -> list[list[str]]:
    """The register's entries as plain strings, one list per row (what the floor draws)."""
    from app.services.register import member_register
    from app.services.uow import UnitOfWork

    db = open_database(db_path)
    try:
        with UnitOfWork(db) as uow:
            register = member_register(uow)
    finally:
        db.dispose()
    return [
        [
            str(e.member_number),
            f"{e.last_name}, {e.first_name}",
            f"{e.street}\n{e.postal_code} {e.city}",
            e.municipality,
            str(e.kind),
            e.joined_on.isoformat(),
            e.left_on.isoformat() if e.left_on else "",
            str(e.shares),
            f"{e.paid} €",
        ]
        for e in register.entries
    ]


def floor_seconds(rows: list[list[str]]) -> float:
    """Seconds for ReportLab to lay out and write one plain Table of ``rows``."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    started = time.perf_counter()
    head = ["No.", "Name", "Address", "Municipality", "Kind", "Joined", "Left", "Shares", "Paid"]
    widths = [w * mm for w in (11, 40, 50, 27, 32, 22, 35, 19, 25)]
    table = Table([head, *rows], colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (7, 1), (-1, -1), "RIGHT"),
            ]
        )
    )
    doc = SimpleDocTemplate(BytesIO(), pagesize=landscape(A4))
    doc.build([table])
    return time.perf_counter() - started


def register_seconds(db_path: Path, out: Path) -> float:
    """Seconds for Osuva to write the board's register: query, layout and file, as a user waits."""
    from app.documents.render import render_document

    db = open_database(db_path)
    try:
        started = time.perf_counter()
        render_document(db, "member-register", None, out, None, today=date.today())
        return time.perf_counter() - started
    finally:
        db.dispose()
