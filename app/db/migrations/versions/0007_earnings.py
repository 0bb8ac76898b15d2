"""earnings limits kept once, weekly load ceilings, wage rates, employment periods and
issued employment certificates

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 10:30:00
"""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

LANGUAGES = ("fi", "sv", "en")
END_REASONS = (
    "fixed_term_ended",
    "employee_resigned",
    "employer_terminated",
    "mutual_agreement",
    "retirement",
    "other",
)

# An issued certificate is a record of what was given: the database refuses to change it.
SQLITE_TRIGGERS = (
    """CREATE TRIGGER employment_certificate_no_update BEFORE UPDATE ON employment_certificate
       BEGIN SELECT RAISE(ABORT, 'an issued employment certificate cannot be changed'); END""",
    """CREATE TRIGGER employment_certificate_no_delete BEFORE DELETE ON employment_certificate
       BEGIN SELECT RAISE(ABORT, 'an issued employment certificate cannot be changed'); END""",
)
POSTGRES_TRIGGERS = (
    """CREATE FUNCTION osuva_refuse_certificate_change() RETURNS trigger AS $$
       BEGIN RAISE EXCEPTION 'an issued employment certificate cannot be changed'; END; $$
       LANGUAGE plpgsql""",
    """CREATE TRIGGER employment_certificate_no_change
       BEFORE UPDATE OR DELETE ON employment_certificate
       FOR EACH ROW EXECUTE FUNCTION osuva_refuse_certificate_change()""",
)


def _enum(values: tuple[str, ...], name: str) -> sa.Enum:
    return sa.Enum(
        *values,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=max(len(v) for v in values),
    )


def upgrade() -> None:
    op.create_table(
        "wage_rate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=True),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("hourly_rate", sa.BigInteger(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "member_id IS NOT NULL OR service_id IS NOT NULL", name=op.f("ck_wage_rate_target")
        ),
        sa.CheckConstraint("hourly_rate >= 0", name=op.f("ck_wage_rate_hourly_rate")),
        sa.CheckConstraint(
            "valid_until IS NULL OR valid_until >= valid_from", name=op.f("ck_wage_rate_validity")
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_wage_rate_member_id_member")
        ),
        sa.ForeignKeyConstraint(
            ["service_id"], ["service.id"], name=op.f("fk_wage_rate_service_id_service")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wage_rate")),
    )
    op.create_index("ix_wage_rate_service_id", "wage_rate", ["service_id"])
    op.create_index("ix_wage_rate_member_id", "wage_rate", ["member_id"])

    op.create_table(
        "load_ceiling",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("weekly_hours", sa.BigInteger(), nullable=True),
        sa.CheckConstraint(
            "weekly_hours IS NULL OR (weekly_hours > 0 AND weekly_hours <= 16800)",
            name=op.f("ck_load_ceiling_weekly_hours"),
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_load_ceiling_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_load_ceiling")),
        sa.UniqueConstraint("member_id", "starts_on", name=op.f("uq_load_ceiling_member_id")),
    )

    op.create_table(
        "employment_period",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("end_reason", _enum(END_REASONS, "end_reason"), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "ends_on IS NULL OR ends_on >= starts_on", name=op.f("ck_employment_period_period")
        ),
        sa.CheckConstraint(
            "ends_on IS NOT NULL OR end_reason IS NULL",
            name=op.f("ck_employment_period_reason_needs_end"),
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_employment_period_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_employment_period")),
    )
    op.create_index("ix_employment_period_member_id", "employment_period", ["member_id"])

    op.create_table(
        "employment_certificate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("language", _enum(LANGUAGES, "language"), nullable=False),
        sa.Column("with_reason", sa.Boolean(), nullable=False),
        sa.Column("with_assessment", sa.Boolean(), nullable=False),
        sa.Column("assessment", sa.Text(), nullable=False),
        sa.Column("issued_by", sa.String(length=100), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_employment_certificate_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_employment_certificate")),
    )
    op.create_index("ix_employment_certificate_member_id", "employment_certificate", ["member_id"])
    triggers = POSTGRES_TRIGGERS if op.get_bind().dialect.name == "postgresql" else SQLITE_TRIGGERS
    for statement in triggers:
        op.execute(statement)

    # The member's single earnings limit becomes this year's limit, unless one is kept already.
    year = date.today().year
    op.execute(
        sa.text(
            "UPDATE benefit_limit SET monthly_limit = (SELECT m.monthly_earnings_limit "
            "FROM member m WHERE m.id = benefit_limit.member_id) "
            "WHERE year = :year AND monthly_limit IS NULL"
        ).bindparams(year=year)
    )
    op.execute(
        sa.text(
            "INSERT INTO benefit_limit (member_id, year, benefit_kind, monthly_limit, note) "
            "SELECT m.id, :year, m.benefit_kind, m.monthly_earnings_limit, '' FROM member m "
            "WHERE m.monthly_earnings_limit IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
            "benefit_limit b WHERE b.member_id = m.id AND b.year = :year)"
        ).bindparams(year=year)
    )
    # A plain DROP COLUMN (SQLite 3.35+, PostgreSQL): rebuilding member would trip its keys.
    op.drop_column("member", "monthly_earnings_limit")


def downgrade() -> None:
    op.add_column("member", sa.Column("monthly_earnings_limit", sa.BigInteger(), nullable=True))
    op.execute(
        "UPDATE member SET monthly_earnings_limit = (SELECT b.monthly_limit FROM benefit_limit b "
        "WHERE b.member_id = member.id ORDER BY b.year DESC LIMIT 1)"
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER employment_certificate_no_change ON employment_certificate")
        op.execute("DROP FUNCTION osuva_refuse_certificate_change()")
    else:
        op.execute("DROP TRIGGER employment_certificate_no_update")
        op.execute("DROP TRIGGER employment_certificate_no_delete")
    op.drop_table("employment_certificate")
    op.drop_table("employment_period")
    op.drop_table("load_ceiling")
    op.drop_table("wage_rate")
