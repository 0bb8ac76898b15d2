"""Viikkosuunnitelma: who works where in one ISO week, by day — shift times, no money."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path
from xml.sax.saxutils import escape

from babel.dates import format_date as babel_date
from reportlab.lib.units import mm
from reportlab.platypus import Flowable
from sqlalchemy import select

from app.db import Database
from app.domain import Cooperative
from app.locale import babel_locale
from app.services.policy import SYSTEM, Actor
from app.services.uow import UnitOfWork
from app.services.week_plan import WeekPlan, week_plan

from .base import DocumentRenderer, Letterhead, letterhead
from .texts import LANGS, TEXTS

# key: (Finnish, Finland-Swedish, English); registered beside the shared texts.
_RAW = {
    "title": ("Viikkosuunnitelma", "Veckoplan", "Week plan"),
    "week": (
        "Viikko {week}: {first}–{last}",
        "Vecka {week}: {first}–{last}",
        "Week {week}: {first}–{last}",
    ),
    "empty": (
        "Tälle viikolle ei ole suunniteltu työvuoroja.",
        "Inga arbetspass är planerade för den här veckan.",
        "No shifts are planned for this week.",
    ),
    "col_day": ("Päivä", "Dag", "Day"),
    "col_time": ("Aika", "Tid", "Time"),
    "col_member": ("Tekijä", "Utförare", "Worker"),
    "col_customer": ("Asiakas", "Kund", "Customer"),
    "col_place": ("Paikka", "Plats", "Place"),
    "col_title": ("Työtehtävä", "Arbetsuppdrag", "Assignment"),
    "col_substitute": ("Sijaisena henkilölle", "Vikarie för", "Substitute for"),
    "shifts": ("Työvuoroja yhteensä: {n}", "Arbetspass sammanlagt: {n}", "Shifts in all: {n}"),
}  # fmt: skip
TEXTS["week_plan"] = {key: dict(zip(LANGS, values, strict=True)) for key, values in _RAW.items()}

# Widths in mm; together the 261 mm of a landscape A4 page.
COLUMNS = (
    ("col_day", 28, False),
    ("col_time", 20, False),
    ("col_member", 38, False),
    ("col_customer", 44, False),
    ("col_place", 46, False),
    ("col_title", 55, False),
    ("col_substitute", 30, False),
)


def _clock(t: time) -> str:
    return f"{t.hour}.{t.minute:02d}"


class WeekPlanRenderer(DocumentRenderer):
    document = "week_plan"
    landscape = True

    def __init__(self, plan: WeekPlan, lang: str, head: Letterhead) -> None:
        super().__init__(head, lang)
        self.plan = plan

    def _week_text(self) -> str:
        week = self.plan.week_start.isocalendar()[1]
        return self.t("week").format(
            week=week, first=self.day(self.plan.week_start), last=self.day(self.plan.week_end)
        )

    def header_note(self) -> str:
        return self._week_text()

    def title(self) -> str:
        # Later pages carry the title in their header: with the week, they cannot be mixed up.
        return f"{self.t('title')} · {self._week_text()}"

    def _weekday(self, day: date) -> str:
        text = babel_date(day, "cccc d.M.", locale=babel_locale(self.lang))
        return text[:1].upper() + text[1:]

    def story(self) -> list[Flowable]:
        flow: list[Flowable] = [
            self.para(escape(self.t("title")), "title"),
            self.para(escape(self._week_text()), "subtitle"),
        ]
        if not self.plan.rows:
            flow.append(self.para(escape(self.t("empty"))))
            return flow
        widths = [w * mm for _, w, _ in COLUMNS]
        rows, previous = [], None
        for r in self.plan.rows:
            day = self._weekday(r.day) if r.day != previous else ""
            previous = r.day
            rows.append(
                [
                    day,
                    f"{_clock(r.start)}–{_clock(r.end)}",
                    self.fitted(r.member_name, widths[2]),
                    self.fitted(r.customer_name, widths[3]),
                    self.fitted(r.place, widths[4]),
                    self.fitted(r.title, widths[5]),
                    self.fitted(r.substitute_for or "", widths[6]),
                ]
            )
        flow.append(self.long_grid(COLUMNS, rows))
        flow.append(self.para(escape(self.tx("shifts", n=len(self.plan.rows))), "small"))
        return flow


def render_week_plan(
    db: Database,
    week_start: date,
    out: Path,
    lang: str | None = None,
    *,
    actor: Actor = SYSTEM,
) -> Path:
    """Write the week plan PDF; without `lang` in the cooperative's language."""
    with UnitOfWork(db, actor, write=False) as uow:
        plan = week_plan(uow, week_start)
        head = letterhead(uow)
        if lang is None:
            coop = uow.session.scalar(select(Cooperative).limit(1))
            lang = str(coop.default_language)
    renderer = WeekPlanRenderer(plan, lang, head)
    out = Path(out)
    out.write_bytes(renderer.render_bytes())
    return out
