"""coaching: participants, projects and groups, series, plans with step history, outcomes
with follow-ups, the questionnaire's scale and participation certificates

Every coaching record now refers to a participant (who may not be a member yet) instead of
a member. Existing rows move over: one participant per member with coaching data.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01 10:30:00
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime

import sqlalchemy as sa
from alembic import op
from dateutil.relativedelta import relativedelta

from app.domain.search import search_key

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
# Old tables rebuilt in the new shape, children first (the order they are dropped in).
RESHAPED = (
    "participation_answer",
    "participation_measurement",
    "attendance",
    "goal",
    "plan_review",
    "plan",
    "outcome",
    "support_contact",
    "member_sensitive",
    "coaching_session",
)
GENDER = ("female", "male", "other", "unknown")
LANGUAGE = ("fi", "sv", "en")
SESSION_KIND = ("group", "individual", "training", "peer_support", "info")
PATH_STEP = (
    "participation_work",
    "supported_work",
    "paid_work",
    "open_labour_market",
    "education",
    "entrepreneurship",
    "other",
)
DESTINATION = (
    "open_full_time",
    "open_part_time",
    "education",
    "own_business",
    "other_services",
    "pension",
    "unknown",
)
OLD_DESTINATION = {
    "open_labour_market": "open_full_time",
    "subsidised_work": "other_services",
    "education": "education",
    "entrepreneurship": "own_business",
    "unemployed": "other_services",
    "rehabilitation": "other_services",
    "pension": "pension",
    "other": "other_services",
    "unknown": "unknown",
}
SUPPORT_ROLE = (
    "employment_services",
    "social_worker",
    "mental_health_nurse",
    "parish_deacon",
    "employer_contact",
    "other",
)
# Words in the old free-text relation that name the new roles.
ROLE_WORDS = (
    ("employment_services", ("te-", "työllisyy", "sysselsätt", "employment")),
    ("social_worker", ("sosiaali", "social")),
    ("mental_health_nurse", ("psykiatr", "mielenterv", "sairaanhoit", "skötare", "nurse")),
    ("parish_deacon", ("diakon", "deacon", "seurakun", "församling")),
    ("employer_contact", ("työnantaj", "arbetsgivar", "employer")),
)
CERTIFICATE_TRIGGERS = {
    "sqlite": (
        """CREATE TRIGGER participation_certificate_no_update
           BEFORE UPDATE ON participation_certificate
           BEGIN SELECT RAISE(ABORT, 'an issued certificate cannot be changed'); END""",
    ),
    # The function is the one 0007 made for employment certificates: shared, not remade.
    "postgresql": (
        """CREATE OR REPLACE FUNCTION osuva_refuse_certificate_change() RETURNS trigger AS $$
           BEGIN RAISE EXCEPTION 'an issued certificate cannot be changed'; END; $$
           LANGUAGE plpgsql""",
        """CREATE TRIGGER participation_certificate_no_update
           BEFORE UPDATE ON participation_certificate
           FOR EACH ROW EXECUTE FUNCTION osuva_refuse_certificate_change()""",
    ),
}


def _enum(values: tuple[str, ...], name: str) -> sa.Enum:
    return sa.Enum(
        *values,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=max(len(v) for v in values),
    )


def _stamps() -> list[sa.Column]:
    return [
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    ]


def _version() -> sa.Column:
    return sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False)


def _fk(target: str, **kw) -> sa.ForeignKey:
    return sa.ForeignKey(target, **kw)


def _referenced(md: sa.MetaData) -> None:
    """Tables outside coaching that coaching rows refer to: their keys are all it needs."""
    for name in ("member", "user_account", "questionnaire_item"):
        sa.Table(name, md, sa.Column("id", sa.Integer(), primary_key=True))


def new_tables(md: sa.MetaData) -> dict[str, sa.Table]:
    """The coaching tables as this revision leaves them."""
    c, T = sa.Column, sa.Table
    _referenced(md)
    planned = [
        f"planned_{n}{w}"
        for n in ("started", "new_jobs", "new_businesses", "qualifications")
        for w in ("", "_women")
    ]
    tables = [
        T(
            "project", md,
            c("id", sa.Integer(), primary_key=True),
            c("code", sa.String(50), nullable=False, unique=True),
            c("name", sa.String(200), nullable=False),
            c("funder", sa.String(200), nullable=False),
            c("starts_on", sa.Date(), nullable=False),
            c("ends_on", sa.Date(), nullable=False),
            *(c(name, sa.Integer(), nullable=False) for name in planned),
            _version(), *_stamps(),
            sa.CheckConstraint("ends_on >= starts_on", name="period"),
            *(sa.CheckConstraint(f"{name} >= 0", name=name) for name in planned),
        ),
        T(
            "coaching_group", md,
            c("id", sa.Integer(), primary_key=True),
            c("project_id", sa.Integer(), _fk("project.id"), nullable=False, index=True),
            c("name", sa.String(200), nullable=False),
            *_stamps(),
            sa.UniqueConstraint("project_id", "name"),
        ),
        T(
            "participant", md,
            c("id", sa.Integer(), primary_key=True),
            c("member_id", sa.Integer(), _fk("member.id"), unique=True),
            c("first_name", sa.String(100), nullable=False),
            c("last_name", sa.String(100), nullable=False),
            c("search_name", sa.String(201), nullable=False, index=True),
            c("search_given", sa.String(201), nullable=False, index=True),
            c("gender", _enum(GENDER, "gender"), nullable=False),
            c("birth_date", sa.Date()),
            c("birth_year", sa.Integer()),
            c("language", _enum(LANGUAGE, "language"), nullable=False),
            c("phone", sa.String(50), nullable=False),
            c("email", sa.String(200), nullable=False),
            c(
                "labour_market_status",
                _enum(
                    ("unemployed", "long_term_unemployed", "inactive", "employed"),
                    "labour_market_status",
                ),
            ),
            c("education_level", _enum(("isced_0_2", "isced_3_4", "isced_5_8"), "education_level")),
            c(
                "track",
                _enum(
                    ("work_only_missing", "coaching_and_supported_work", "participation_work"),
                    "track",
                ),
            ),
            c("intake_on", sa.Date(), nullable=False),
            c("intake_note", sa.Text(), nullable=False),
            c("consent_data_on", sa.Date()),
            c("consent_questionnaire_on", sa.Date()),
            c("ended_on", sa.Date(), index=True),
            _version(), *_stamps(),
            sa.CheckConstraint("ended_on IS NULL OR ended_on >= intake_on", name="ended_after_intake"),
            sa.CheckConstraint("birth_year IS NULL OR birth_year BETWEEN 1900 AND 2100", name="birth_year"),
        ),
        T(
            "group_membership", md,
            c("id", sa.Integer(), primary_key=True),
            c("group_id", sa.Integer(), _fk("coaching_group.id"), nullable=False),
            c("participant_id", sa.Integer(), _fk("participant.id"), nullable=False, index=True),
            c("joined_on", sa.Date(), nullable=False),
            c("left_on", sa.Date()),
            sa.CheckConstraint("left_on IS NULL OR left_on >= joined_on", name="left_after_joined"),
            sa.Index("ix_group_membership_group_dates", "group_id", "joined_on"),
        ),
        T(
            "session_series", md,
            c("id", sa.Integer(), primary_key=True),
            c("group_id", sa.Integer(), _fk("coaching_group.id"), index=True),
            c("kind", _enum(SESSION_KIND, "session_kind"), nullable=False),
            c("weekday", sa.Integer(), nullable=False),
            c("interval", sa.Integer(), nullable=False),
            c("starts_on", sa.Date(), nullable=False),
            c("until_on", sa.Date(), nullable=False),
            c("start_time", sa.Time(), nullable=False),
            c("duration_minutes", sa.Integer(), nullable=False),
            c("skip_holidays", sa.Boolean(), nullable=False),
            c("facilitator_id", sa.Integer(), _fk("user_account.id")),
            c("facilitator_name", sa.String(200), nullable=False),
            c("place", sa.String(200), nullable=False),
            c("topic", sa.String(200), nullable=False),
            *_stamps(),
            sa.CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday"),
            sa.CheckConstraint("interval >= 1", name="interval"),
            sa.CheckConstraint("until_on >= starts_on", name="until_after_start"),
            sa.CheckConstraint("duration_minutes > 0 AND duration_minutes <= 1440", name="duration"),
        ),
        T(
            "coaching_session", md,
            c("id", sa.Integer(), primary_key=True),
            c("kind", _enum(SESSION_KIND, "session_kind"), nullable=False),
            c("group_id", sa.Integer(), _fk("coaching_group.id")),
            c("participant_id", sa.Integer(), _fk("participant.id"), index=True),
            c("series_id", sa.Integer(), _fk("session_series.id")),
            c("occurrence_on", sa.Date()),
            c("cancelled", sa.Boolean(), nullable=False),
            c("starts_at", sa.DateTime(), nullable=False, index=True),
            c("duration_minutes", sa.Integer(), nullable=False),
            c("facilitator_id", sa.Integer(), _fk("user_account.id")),
            c("facilitator_name", sa.String(200), nullable=False),
            c("place", sa.String(200), nullable=False),
            c("topic", sa.String(200), nullable=False),
            c("search_topic", sa.String(200), nullable=False, index=True),
            c("agenda", sa.Text(), nullable=False),
            c("open_items", sa.Text(), nullable=False),
            c("notes", sa.Text(), nullable=False),
            c("attendee_count", sa.Integer()),
            *_stamps(),
            sa.CheckConstraint("duration_minutes > 0 AND duration_minutes <= 1440", name="duration"),
            sa.CheckConstraint("attendee_count IS NULL OR attendee_count >= 0", name="attendee_count"),
            sa.UniqueConstraint("series_id", "occurrence_on"),
            sa.Index("ix_coaching_session_kind", "kind"),
            sa.Index("ix_coaching_session_duration", "duration_minutes"),
            sa.Index("ix_coaching_session_facilitator", "facilitator_name"),
            sa.Index("ix_coaching_session_group_starts", "group_id", "starts_at"),
        ),
        T(
            "attendance", md,
            c("session_id", sa.Integer(), _fk("coaching_session.id"), primary_key=True),
            c("participant_id", sa.Integer(), _fk("participant.id"), primary_key=True, index=True),
            c("status", _enum(("present", "absent", "excused"), "attendance_status"), nullable=False),
            c("note", sa.Text(), nullable=False),
        ),
        T(
            "plan", md,
            c("id", sa.Integer(), primary_key=True),
            c("participant_id", sa.Integer(), _fk("participant.id"), nullable=False, unique=True),
            c("started_on", sa.Date(), nullable=False),
            c("step", _enum(PATH_STEP, "path_step"), nullable=False),
            c("next_review_on", sa.Date()),
            c("summary", sa.Text(), nullable=False),
            _version(), *_stamps(),
        ),
        T(
            "plan_step", md,
            c("id", sa.Integer(), primary_key=True),
            c("plan_id", sa.Integer(), _fk("plan.id"), nullable=False, index=True),
            c("since_on", sa.Date(), nullable=False),
            c("step", _enum(PATH_STEP, "path_step"), nullable=False),
            c("note", sa.Text(), nullable=False),
        ),
        T(
            "goal", md,
            c("id", sa.Integer(), primary_key=True),
            c("plan_id", sa.Integer(), _fk("plan.id"), nullable=False, index=True),
            c("text", sa.Text(), nullable=False),
            c("target_on", sa.Date()),
            c("status", _enum(("open", "reached", "dropped"), "goal_status"), nullable=False),
            c("status_on", sa.Date()),
            c("review_notes", sa.Text(), nullable=False),
            sa.CheckConstraint("status = 'open' OR status_on IS NOT NULL", name="status_on"),
        ),
        T(
            "support_contact", md,
            c("id", sa.Integer(), primary_key=True),
            c("participant_id", sa.Integer(), _fk("participant.id"), nullable=False, index=True),
            c("name", sa.String(200), nullable=False),
            c("organisation", sa.String(200), nullable=False),
            c("role", _enum(SUPPORT_ROLE, "support_role"), nullable=False),
            c("phone", sa.String(50), nullable=False),
            c("email", sa.String(200), nullable=False),
            c("note", sa.Text(), nullable=False),
            c("consent_on", sa.Date()),
        ),
        T(
            "participant_sensitive", md,
            c("participant_id", sa.Integer(), _fk("participant.id"), primary_key=True),
            c("work_ability_notes", sa.Text(), nullable=False),
            c("support_needs", sa.Text(), nullable=False),
        ),
        T(
            "questionnaire_scale", md,
            c("id", sa.Integer(), primary_key=True),
            c("questionnaire", sa.String(50), nullable=False),
            c("value", sa.Integer(), nullable=False),
            c("label_fi", sa.String(200), nullable=False),
            c("label_sv", sa.String(200), nullable=False),
            c("label_en", sa.String(200), nullable=False),
            c("placeholder", sa.Boolean(), nullable=False),
            sa.UniqueConstraint("questionnaire", "value"),
            sa.CheckConstraint("value BETWEEN 1 AND 5", name="value"),
        ),
        T(
            "participation_measurement", md,
            c("id", sa.Integer(), primary_key=True),
            c("participant_id", sa.Integer(), _fk("participant.id"), nullable=False, index=True),
            c("group_id", sa.Integer(), _fk("coaching_group.id"), index=True),
            c("phase", _enum(("start", "end"), "measurement_phase"), nullable=False),
            c("answered_on", sa.Date(), nullable=False),
            c("consent_on", sa.Date()),
            sa.UniqueConstraint("participant_id", "group_id", "phase"),
        ),
        T(
            "participation_answer", md,
            c("measurement_id", sa.Integer(), _fk("participation_measurement.id"), primary_key=True),
            c("item_id", sa.Integer(), _fk("questionnaire_item.id"), primary_key=True),
            c("value", sa.Integer()),
            sa.CheckConstraint("value IS NULL OR value BETWEEN 1 AND 5", name="value"),
        ),
        T(
            "outcome", md,
            c("id", sa.Integer(), primary_key=True),
            c("participant_id", sa.Integer(), _fk("participant.id"), nullable=False, index=True),
            c("exit_on", sa.Date(), nullable=False),
            c("destination", _enum(DESTINATION, "destination"), nullable=False),
            c("new_job", sa.Boolean(), nullable=False),
            c("new_business", sa.Boolean(), nullable=False),
            c("completed_qualification", sa.Boolean(), nullable=False),
            c("notes", sa.Text(), nullable=False),
            *_stamps(),
            sa.Index("ix_outcome_exit", "exit_on"),
        ),
        T(
            "followup", md,
            c("id", sa.Integer(), primary_key=True),
            c("outcome_id", sa.Integer(), _fk("outcome.id"), nullable=False),
            c("months", sa.Integer(), nullable=False),
            c("due_on", sa.Date(), nullable=False),
            c("done_on", sa.Date()),
            c("result", _enum(DESTINATION, "result")),
            c("note", sa.Text(), nullable=False),
            sa.UniqueConstraint("outcome_id", "months"),
            sa.CheckConstraint("months IN (3, 6)", name="months"),
            sa.CheckConstraint("done_on IS NULL OR result IS NOT NULL", name="done_has_result"),
            sa.Index("ix_followup_due", "done_on", "due_on"),
        ),
        T(
            "participation_certificate", md,
            c("id", sa.Integer(), primary_key=True),
            c("participant_id", sa.Integer(), _fk("participant.id"), nullable=False, index=True),
            c("issued_on", sa.Date(), nullable=False),
            c("period_from", sa.Date(), nullable=False),
            c("period_to", sa.Date(), nullable=False),
            c("language", _enum(LANGUAGE, "language"), nullable=False),
            c("sessions", sa.Integer(), nullable=False),
            c("hours", sa.BigInteger(), nullable=False),
            c("topics", sa.Text(), nullable=False),
            c("statement", sa.Text(), nullable=False),
            c("facilitator_name", sa.String(200), nullable=False),
            c("issued_by_id", sa.Integer(), _fk("user_account.id")),
            *_stamps(),
            sa.CheckConstraint("period_to >= period_from", name="period"),
        ),
    ]  # fmt: skip
    return {t.name: t for t in tables}


def _rows(bind, name: str) -> list[dict]:
    table = sa.Table(name, sa.MetaData(), autoload_with=bind)
    return [dict(r._mapping) for r in bind.execute(sa.select(table))]


def _day(value) -> date:
    return value.date() if isinstance(value, datetime) else value


class _Move:
    """Reads the old coaching rows and writes them in the new shape."""

    def __init__(self, bind) -> None:
        self.bind = bind
        self.now = datetime.now(UTC).replace(tzinfo=None)
        self.old = {name: _rows(bind, name) for name in RESHAPED}
        self.participant_of: dict[int, int] = {}

    def run(self, tables: dict[str, sa.Table]) -> None:
        out: dict[str, list[dict]] = defaultdict(list)
        sessions = {s["id"]: s for s in self.old["coaching_session"]}
        self._participants(out, sessions)
        self._sessions(out, sessions)
        self._plans(out)
        self._measurements(out)
        self._outcomes(out)
        self._network(out)
        for name, table in tables.items():
            if out.get(name):
                self.bind.execute(sa.insert(table), out[name])

    def _participants(self, out, sessions) -> None:
        old = self.old
        info = {sid for sid, s in sessions.items() if s["kind"] == "info"}
        first_seen: dict[int, date] = {}
        for row in old["attendance"]:
            if row["session_id"] in info:
                continue
            day = _day(sessions[row["session_id"]]["starts_at"])
            first_seen[row["member_id"]] = min(day, first_seen.get(row["member_id"], day))
        for row in old["plan"]:
            day = row["started_on"]
            first_seen[row["member_id"]] = min(day, first_seen.get(row["member_id"], day))
        members_with_data = set(first_seen)
        for name in ("outcome", "participation_measurement", "support_contact", "member_sensitive"):
            members_with_data |= {r["member_id"] for r in old[name]}
        if not members_with_data:
            return
        exits = {}
        for row in old["outcome"]:
            exits[row["member_id"]] = max(
                row["exit_on"], exits.get(row["member_id"], row["exit_on"])
            )
        # Reflected, so dates come back as dates on SQLite too.
        member = sa.Table("member", sa.MetaData(), autoload_with=self.bind)
        consent = sa.Table("consent", sa.MetaData(), autoload_with=self.bind)
        consents = {
            m: given
            for m, given in self.bind.execute(
                sa.select(consent.c.member_id, sa.func.min(consent.c.given_on))
                .where(consent.c.kind == "data_processing")
                .group_by(consent.c.member_id)
            )
        }
        rows = self.bind.execute(sa.select(member).order_by(member.c.id)).mappings()
        for number, m in enumerate((r for r in rows if r["id"] in members_with_data), start=1):
            intake = min(filter(None, (m["applied_on"], first_seen.get(m["id"]))))
            ended = exits.get(m["id"]) or m["left_on"]
            self.participant_of[m["id"]] = number
            out["participant"].append(
                {
                    "id": number,
                    "member_id": m["id"],
                    "first_name": m["first_name"],
                    "last_name": m["last_name"],
                    "search_name": search_key(m["last_name"], m["first_name"]),
                    "search_given": search_key(m["first_name"], m["last_name"]),
                    "gender": m["gender"],
                    "birth_date": m["birth_date"],
                    "birth_year": None,
                    "language": m["language"],
                    "phone": "",
                    "email": "",
                    "labour_market_status": m["labour_market_status"],
                    "education_level": m["education_level"],
                    "track": None,
                    "intake_on": intake,
                    "intake_note": "",
                    "consent_data_on": consents.get(m["id"]),
                    "consent_questionnaire_on": None,
                    "ended_on": max(ended, intake) if ended else None,
                    "version": 1,
                    "created_at": self.now,
                    "updated_at": self.now,
                }
            )

    def _sessions(self, out, sessions) -> None:
        present: dict[int, list[dict]] = defaultdict(list)
        for row in self.old["attendance"]:
            present[row["session_id"]].append(row)
        for sid, s in sessions.items():
            rows = present[sid]
            individual = s["kind"] == "individual" and len(rows) == 1
            info = s["kind"] == "info"
            out["coaching_session"].append(
                {
                    **{k: v for k, v in s.items()},
                    "group_id": None,
                    "participant_id": self.participant_of[rows[0]["member_id"]]
                    if individual
                    else None,
                    "series_id": None,
                    "occurrence_on": None,
                    "cancelled": False,
                    "open_items": "",
                    # Info-session attendees are counted, not kept as participants.
                    "attendee_count": sum(r["status"] == "present" for r in rows) if info else None,
                }
            )
            if info:
                continue
            for r in rows:
                out["attendance"].append(
                    {
                        "session_id": sid,
                        "participant_id": self.participant_of[r["member_id"]],
                        "status": r["status"],
                        "note": r["note"],
                    }
                )

    def _plans(self, out) -> None:
        # One plan per participant: the latest; the goals of earlier plans join it.
        latest: dict[int, dict] = {}
        for plan in sorted(self.old["plan"], key=lambda p: (p["started_on"], p["id"])):
            latest[plan["member_id"]] = plan
        plan_of = {p["id"]: latest[p["member_id"]] for p in self.old["plan"]}
        step_id = 0
        reviews = defaultdict(list)
        for review in self.old["plan_review"]:
            reviews[plan_of[review["plan_id"]]["id"]].append(review)
        for member_id, plan in latest.items():
            out["plan"].append(
                {
                    "id": plan["id"],
                    "participant_id": self.participant_of[member_id],
                    "started_on": plan["started_on"],
                    "step": plan["step"],
                    "next_review_on": plan["next_review_on"],
                    "summary": plan["summary"],
                    "version": 1,
                    "created_at": plan["created_at"],
                    "updated_at": plan["updated_at"],
                }
            )
            history = [(plan["started_on"], plan["step"], "")] + [
                (r["reviewed_on"], r["step"], r["notes"])
                for r in sorted(reviews[plan["id"]], key=lambda r: (r["reviewed_on"], r["id"]))
            ]
            for since_on, step, note in history:
                step_id += 1
                out["plan_step"].append(
                    {"id": step_id, "plan_id": plan["id"], "since_on": since_on, "step": step,
                     "note": note}
                )  # fmt: skip
        for goal in self.old["goal"]:
            plan = plan_of[goal["plan_id"]]
            status = {"achieved": "reached", "dropped": "dropped"}.get(goal["status"], "open")
            text = goal["title"] + (f"\n\n{goal['description']}" if goal["description"] else "")
            out["goal"].append(
                {
                    "id": goal["id"],
                    "plan_id": plan["id"],
                    "text": text,
                    "target_on": goal["target_on"],
                    "status": status,
                    "status_on": None
                    if status == "open"
                    else goal["achieved_on"] or plan["closed_on"] or plan["started_on"],
                    "review_notes": "",
                }
            )

    def _measurements(self, out) -> None:
        old = [m for m in self.old["participation_measurement"] if m["phase"] in ("start", "end")]
        if not old:
            return
        # The old free-text group labels become groups of one project kept for the record.
        first = min(m["answered_on"] for m in old)
        last = max(m["answered_on"] for m in old)
        out["project"].append(
            {
                "id": 1, "code": "EARLIER", "name": "Aiemmat mittaukset", "funder": "",
                "starts_on": first, "ends_on": last,
                **{f"planned_{n}{w}": 0 for n in ("started", "new_jobs", "new_businesses",
                                                   "qualifications") for w in ("", "_women")},
                "version": 1, "created_at": self.now, "updated_at": self.now,
            }
        )  # fmt: skip
        groups: dict[str, int] = {}
        for label in sorted({m["group_label"] or "Ryhmä" for m in old}):
            groups[label] = len(groups) + 1
            out["coaching_group"].append(
                {"id": groups[label], "project_id": 1, "name": label,
                 "created_at": self.now, "updated_at": self.now}
            )  # fmt: skip
        seen, kept = set(), set()
        for m in sorted(old, key=lambda m: (m["answered_on"], m["id"])):
            participant = self.participant_of[m["member_id"]]
            key = (participant, groups[m["group_label"] or "Ryhmä"], m["phase"])
            if key in seen:
                continue
            seen.add(key)
            kept.add(m["id"])
            out["participation_measurement"].append(
                {"id": m["id"], "participant_id": key[0], "group_id": key[1], "phase": key[2],
                 "answered_on": m["answered_on"], "consent_on": None}
            )  # fmt: skip
        out["participation_answer"] = [
            a for a in self.old["participation_answer"] if a["measurement_id"] in kept
        ]

    def _outcomes(self, out) -> None:
        followup_id = 0
        for o in self.old["outcome"]:
            destination = OLD_DESTINATION[o["destination"]]
            out["outcome"].append(
                {
                    "id": o["id"],
                    "participant_id": self.participant_of[o["member_id"]],
                    "exit_on": o["exit_on"],
                    "destination": destination,
                    "new_job": destination in ("open_full_time", "open_part_time"),
                    "new_business": destination == "own_business",
                    "completed_qualification": False,
                    "notes": o["notes"],
                    "created_at": o["created_at"],
                    "updated_at": o["updated_at"],
                }
            )
            for months in (3, 6):
                done_on = o[f"followup_{months}m_on"]
                result = o[f"followup_{months}m"]
                followup_id += 1
                out["followup"].append(
                    {
                        "id": followup_id,
                        "outcome_id": o["id"],
                        "months": months,
                        "due_on": o["exit_on"] + relativedelta(months=months),
                        "done_on": done_on,
                        "result": OLD_DESTINATION[result] if result else
                        ("unknown" if done_on else None),
                        "note": "",
                    }
                )  # fmt: skip

    def _network(self, out) -> None:
        for s in self.old["support_contact"]:
            relation = (s["relation"] or "").casefold()
            role = next(
                (r for r, words in ROLE_WORDS if any(w in relation for w in words)), "other"
            )
            note = s["note"]
            if role == "other" and s["relation"]:
                note = f"{s['relation']}\n{note}".strip()
            out["support_contact"].append(
                {
                    "id": s["id"],
                    "participant_id": self.participant_of[s["member_id"]],
                    "name": s["name"],
                    "organisation": s["organisation"],
                    "role": role,
                    "phone": s["phone"],
                    "email": s["email"],
                    "note": note,
                    "consent_on": None,
                }
            )
        for s in self.old["member_sensitive"]:
            out["participant_sensitive"].append(
                {
                    "participant_id": self.participant_of[s["member_id"]],
                    "work_ability_notes": s["work_ability_notes"],
                    "support_needs": s["support_needs"],
                }
            )


def upgrade() -> None:
    bind = op.get_bind()
    move = _Move(bind)
    for name in RESHAPED:
        op.drop_table(name)
    tables = new_tables(sa.MetaData(naming_convention=NAMING))
    for table in tables.values():
        table.create(bind)
    # Plain ADD COLUMNs: these tables are referenced, and audit_personal has triggers.
    op.add_column(
        "questionnaire_item", sa.Column("text_en", sa.Text(), nullable=False, server_default="")
    )
    op.add_column(
        "questionnaire_item",
        sa.Column("placeholder", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.add_column("audit_personal", sa.Column("subject_participant_id", sa.Integer()))
    op.create_index(
        "ix_audit_personal_subject_participant_id", "audit_personal", ["subject_participant_id"]
    )
    move.run(tables)
    item = sa.table("questionnaire_item", sa.column("text_fi"), sa.column("placeholder"))
    bind.execute(
        sa.update(item)
        .where(item.c.text_fi.like("%THL:n virallinen sanamuoto%"))
        .values(placeholder=True)
    )
    for statement in CERTIFICATE_TRIGGERS.get(bind.dialect.name, CERTIFICATE_TRIGGERS["sqlite"]):
        op.execute(statement)
    if bind.dialect.name == "postgresql":
        for name in tables:
            if "id" in tables[name].c:
                op.execute(
                    f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                    f"COALESCE((SELECT MAX(id) FROM {name}), 0) + 1, false)"
                )


def old_tables(md: sa.MetaData) -> list[sa.Table]:
    """The coaching tables as revision 0004 had them (a downgrade recreates them empty)."""
    c, T = sa.Column, sa.Table
    _referenced(md)
    old_destination = tuple(OLD_DESTINATION)
    old_step = PATH_STEP[:-1]
    return [
        T(
            "coaching_session", md,
            c("id", sa.Integer(), primary_key=True),
            c("kind", _enum(("group", "individual", "training", "info"), "session_kind"), nullable=False),
            c("starts_at", sa.DateTime(), nullable=False, index=True),
            c("duration_minutes", sa.Integer(), nullable=False),
            c("facilitator_id", sa.Integer(), _fk("user_account.id")),
            c("facilitator_name", sa.String(200), nullable=False),
            c("place", sa.String(200), nullable=False),
            c("topic", sa.String(200), nullable=False),
            c("search_topic", sa.String(200), nullable=False, index=True),
            c("agenda", sa.Text(), nullable=False),
            c("notes", sa.Text(), nullable=False),
            *_stamps(),
            sa.CheckConstraint("duration_minutes > 0 AND duration_minutes <= 1440", name="duration"),
            sa.Index("ix_coaching_session_kind", "kind"),
            sa.Index("ix_coaching_session_duration", "duration_minutes"),
            sa.Index("ix_coaching_session_facilitator", "facilitator_name"),
        ),
        T(
            "member_sensitive", md,
            c("member_id", sa.Integer(), _fk("member.id"), primary_key=True),
            c("work_ability_notes", sa.Text(), nullable=False),
            c("support_needs", sa.Text(), nullable=False),
        ),
        T(
            "support_contact", md,
            c("id", sa.Integer(), primary_key=True),
            c("member_id", sa.Integer(), _fk("member.id"), nullable=False, index=True),
            c("name", sa.String(200), nullable=False),
            c("relation", sa.String(100), nullable=False),
            c("organisation", sa.String(200), nullable=False),
            c("phone", sa.String(50), nullable=False),
            c("email", sa.String(200), nullable=False),
            c("note", sa.Text(), nullable=False),
        ),
        T(
            "outcome", md,
            c("id", sa.Integer(), primary_key=True),
            c("member_id", sa.Integer(), _fk("member.id"), nullable=False, index=True),
            c("exit_on", sa.Date(), nullable=False),
            c("destination", _enum(old_destination, "destination"), nullable=False),
            c("notes", sa.Text(), nullable=False),
            c("followup_3m_on", sa.Date()),
            c("followup_3m", _enum(old_destination, "followup_3m")),
            c("followup_6m_on", sa.Date()),
            c("followup_6m", _enum(old_destination, "followup_6m")),
            *_stamps(),
            sa.Index("ix_outcome_exit", "exit_on"),
        ),
        T(
            "plan", md,
            c("id", sa.Integer(), primary_key=True),
            c("member_id", sa.Integer(), _fk("member.id"), nullable=False, index=True),
            c("started_on", sa.Date(), nullable=False),
            c("step", _enum(old_step, "path_step"), nullable=False),
            c("next_review_on", sa.Date()),
            c("closed_on", sa.Date()),
            c("summary", sa.Text(), nullable=False),
            *_stamps(),
        ),
        T(
            "plan_review", md,
            c("id", sa.Integer(), primary_key=True),
            c("plan_id", sa.Integer(), _fk("plan.id"), nullable=False, index=True),
            c("reviewed_on", sa.Date(), nullable=False),
            c("step", _enum(old_step, "path_step"), nullable=False),
            c("notes", sa.Text(), nullable=False),
        ),
        T(
            "goal", md,
            c("id", sa.Integer(), primary_key=True),
            c("plan_id", sa.Integer(), _fk("plan.id"), nullable=False, index=True),
            c("title", sa.String(200), nullable=False),
            c("description", sa.Text(), nullable=False),
            c("target_on", sa.Date()),
            c("status", _enum(("open", "in_progress", "achieved", "dropped"), "goal_status"), nullable=False),
            c("achieved_on", sa.Date()),
            sa.CheckConstraint("status != 'achieved' OR achieved_on IS NOT NULL", name="achieved_on"),
        ),
        T(
            "attendance", md,
            c("session_id", sa.Integer(), _fk("coaching_session.id"), primary_key=True),
            c("member_id", sa.Integer(), _fk("member.id"), primary_key=True, index=True),
            c("status", _enum(("present", "absent", "excused"), "attendance_status"), nullable=False),
            c("note", sa.Text(), nullable=False),
        ),
        T(
            "participation_measurement", md,
            c("id", sa.Integer(), primary_key=True),
            c("member_id", sa.Integer(), _fk("member.id"), nullable=False, index=True),
            c("answered_on", sa.Date(), nullable=False),
            c("phase", _enum(("start", "middle", "end"), "measurement_phase"), nullable=False),
            c("group_label", sa.String(100), nullable=False),
        ),
        T(
            "participation_answer", md,
            c("measurement_id", sa.Integer(), _fk("participation_measurement.id"), primary_key=True),
            c("item_id", sa.Integer(), _fk("questionnaire_item.id"), primary_key=True),
            c("value", sa.Integer()),
            sa.CheckConstraint("value IS NULL OR value BETWEEN 1 AND 5", name="value"),
        ),
    ]  # fmt: skip


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        # The function stays: 0007's employment certificate trigger still uses it.
        op.execute("DROP TRIGGER participation_certificate_no_update ON participation_certificate")
    else:
        op.execute("DROP TRIGGER participation_certificate_no_update")
    op.drop_index("ix_audit_personal_subject_participant_id", table_name="audit_personal")
    # SQLite drops a column natively since 3.35; audit_personal must not be rebuilt.
    op.execute("ALTER TABLE audit_personal DROP COLUMN subject_participant_id")
    with op.batch_alter_table("questionnaire_item") as batch_op:
        batch_op.drop_column("placeholder")
        batch_op.drop_column("text_en")
    md = sa.MetaData(naming_convention=NAMING)
    tables = new_tables(md)
    md.drop_all(bind, tables=list(tables.values()))
    old = sa.MetaData(naming_convention=NAMING)
    # Coaching rows do not survive a downgrade: the old shape cannot hold non-members.
    for table in old_tables(old):
        table.create(bind)
