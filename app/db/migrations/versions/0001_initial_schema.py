"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-22 19:28:57.097893
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "cooperative",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("business_id", sa.String(length=9), nullable=False),
        sa.Column("home_municipality", sa.String(length=100), nullable=False),
        sa.Column("street", sa.String(length=200), nullable=False),
        sa.Column("postal_code", sa.String(length=10), nullable=False),
        sa.Column("city", sa.String(length=100), nullable=False),
        sa.Column("phone", sa.String(length=50), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("website", sa.String(length=200), nullable=False),
        sa.Column("iban", sa.String(length=34), nullable=False),
        sa.Column("bic", sa.String(length=11), nullable=False),
        sa.Column("vat_registered", sa.Boolean(), nullable=False),
        sa.Column("small_business_vat_exempt", sa.Boolean(), nullable=False),
        sa.Column("einvoice_address", sa.String(length=35), nullable=False),
        sa.Column("einvoice_operator", sa.String(length=35), nullable=False),
        sa.Column("payment_term_days", sa.Integer(), nullable=False),
        sa.Column("late_interest_margin", sa.BigInteger(), nullable=False),
        sa.Column("reminder_fee", sa.BigInteger(), nullable=False),
        sa.Column("share_price", sa.BigInteger(), nullable=False),
        sa.Column("max_shares_per_member", sa.Integer(), nullable=True),
        sa.Column("financial_year_end_month", sa.Integer(), nullable=False),
        sa.Column("financial_year_end_day", sa.Integer(), nullable=False),
        sa.Column(
            "default_language",
            sa.Enum("fi", "sv", "en", name="language", native_enum=False, create_constraint=True),
            nullable=False,
        ),
        sa.Column("board_representative", sa.String(length=200), nullable=False),
        sa.Column("board_representative_title", sa.String(length=100), nullable=False),
        sa.Column("logo_png", sa.LargeBinary(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "financial_year_end_month BETWEEN 1 AND 12 AND financial_year_end_day BETWEEN 1 AND 31",
            name=op.f("ck_cooperative_financial_year_end"),
        ),
        sa.CheckConstraint(
            "payment_term_days >= 0 AND payment_term_days <= 365",
            name=op.f("ck_cooperative_payment_term"),
        ),
        sa.CheckConstraint("reminder_fee >= 0", name=op.f("ck_cooperative_reminder_fee")),
        sa.CheckConstraint("share_price >= 0", name=op.f("ck_cooperative_share_price")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cooperative")),
    )
    op.create_table(
        "invoice_series",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=10), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("prefix", sa.String(length=10), nullable=False),
        sa.Column("next_number", sa.Integer(), nullable=False),
        sa.CheckConstraint("next_number >= 1", name=op.f("ck_invoice_series_next_number")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice_series")),
        sa.UniqueConstraint("code", name=op.f("uq_invoice_series_code")),
    )
    op.create_table(
        "member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_number", sa.Integer(), nullable=True),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("personal_id", sa.String(length=11), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column(
            "gender",
            sa.Enum(
                "female",
                "male",
                "other",
                "unknown",
                name="gender",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("street", sa.String(length=200), nullable=False),
        sa.Column("postal_code", sa.String(length=10), nullable=False),
        sa.Column("city", sa.String(length=100), nullable=False),
        sa.Column("municipality", sa.String(length=100), nullable=False),
        sa.Column("phone", sa.String(length=50), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column(
            "language",
            sa.Enum("fi", "sv", "en", name="language", native_enum=False, create_constraint=True),
            nullable=False,
        ),
        sa.Column(
            "kind",
            sa.Enum(
                "working",
                "supporting",
                name="member_kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "applicant",
                "member",
                "former",
                "rejected",
                name="member_status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("applied_on", sa.Date(), nullable=False),
        sa.Column("accepted_on", sa.Date(), nullable=True),
        sa.Column("board_decision", sa.String(length=200), nullable=False),
        sa.Column("notice_on", sa.Date(), nullable=True),
        sa.Column("left_on", sa.Date(), nullable=True),
        sa.Column(
            "leaving_reason",
            sa.Enum(
                "resignation",
                "expulsion",
                "death",
                "other",
                name="leaving_reason",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column("leaving_note", sa.Text(), nullable=False),
        sa.Column(
            "referral_source",
            sa.Enum(
                "te_services",
                "municipal_social",
                "mental_health",
                "disability_services",
                "parish",
                "friend",
                "other",
                name="referral_source",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column(
            "benefit_kind",
            sa.Enum(
                "none",
                "adjusted_unemployment",
                "disability_pension_earnings",
                "disability_pension_kela",
                "rehabilitation_subsidy",
                "other",
                name="benefit_kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("monthly_earnings_limit", sa.BigInteger(), nullable=True),
        sa.Column(
            "labour_market_status",
            sa.Enum(
                "unemployed",
                "long_term_unemployed",
                "inactive",
                "employed",
                name="labour_market_status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column(
            "education_level",
            sa.Enum(
                "isced_0_2",
                "isced_3_4",
                "isced_5_8",
                name="education_level",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("erased_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "status != 'former' OR left_on IS NOT NULL", name=op.f("ck_member_former_has_left")
        ),
        sa.CheckConstraint(
            "status != 'member' OR member_number IS NOT NULL",
            name=op.f("ck_member_member_has_number"),
        ),
        sa.CheckConstraint(
            "accepted_on IS NULL OR accepted_on >= applied_on",
            name=op.f("ck_member_accepted_after_applied"),
        ),
        sa.CheckConstraint(
            "left_on IS NULL OR accepted_on IS NULL OR left_on >= accepted_on",
            name=op.f("ck_member_left_after_accepted"),
        ),
        sa.CheckConstraint(
            "member_number IS NULL OR member_number > 0", name=op.f("ck_member_member_number")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member")),
        sa.UniqueConstraint("member_number", name=op.f("uq_member_member_number")),
        sa.UniqueConstraint("personal_id", name=op.f("uq_member_personal_id")),
    )
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.create_index("ix_member_name", ["last_name", "first_name"], unique=False)
        batch_op.create_index(batch_op.f("ix_member_status"), ["status"], unique=False)

    op.create_table(
        "price_list",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_price_list")),
        sa.UniqueConstraint("name", name=op.f("uq_price_list_name")),
    )
    op.create_table(
        "questionnaire_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("questionnaire", sa.String(length=50), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text_fi", sa.Text(), nullable=False),
        sa.Column("text_sv", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_questionnaire_item")),
        sa.UniqueConstraint(
            "questionnaire", "position", name=op.f("uq_questionnaire_item_questionnaire")
        ),
    )
    op.create_table(
        "reference_rate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("rate", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reference_rate")),
        sa.UniqueConstraint("valid_from", name=op.f("uq_reference_rate_valid_from")),
    )
    op.create_table(
        "service",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name_fi", sa.String(length=200), nullable=False),
        sa.Column("name_sv", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("unit", sa.String(length=10), nullable=False),
        sa.Column("unit_price", sa.BigInteger(), nullable=False),
        sa.Column("vat_code", sa.String(length=20), nullable=False),
        sa.Column("household_deductible", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.CheckConstraint("unit_price >= 0", name=op.f("ck_service_unit_price")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service")),
        sa.UniqueConstraint("code", name=op.f("uq_service_code")),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "user_account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=50), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "admin",
                "treasurer",
                "facilitator",
                name="role",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user_account")),
        sa.UniqueConstraint("username", name=op.f("uq_user_account_username")),
    )
    op.create_table(
        "vat_rate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("rate", sa.BigInteger(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.CheckConstraint("rate >= 0 AND rate < 10000", name=op.f("ck_vat_rate_rate")),
        sa.CheckConstraint(
            "valid_to IS NULL OR valid_to >= valid_from", name=op.f("ck_vat_rate_period")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vat_rate")),
        sa.UniqueConstraint("code", "valid_from", name=op.f("uq_vat_rate_code")),
    )
    op.create_table(
        "attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=50), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("added_on", sa.Date(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["user_account.id"], name=op.f("fk_attachment_user_id_user_account")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=50), nullable=False),
        sa.Column("entity", sa.String(length=50), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("before", sa.Text(), nullable=True),
        sa.Column("after", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["user_account.id"], name=op.f("fk_audit_log_user_id_user_account")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_at"), ["at"], unique=False)
        batch_op.create_index("ix_audit_log_entity", ["entity", "entity_id"], unique=False)

    op.create_table(
        "benefit_limit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column(
            "benefit_kind",
            sa.Enum(
                "none",
                "adjusted_unemployment",
                "disability_pension_earnings",
                "disability_pension_kela",
                "rehabilitation_subsidy",
                "other",
                name="benefit_kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("monthly_limit", sa.BigInteger(), nullable=True),
        sa.Column("yearly_limit", sa.BigInteger(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "monthly_limit IS NULL OR monthly_limit >= 0",
            name=op.f("ck_benefit_limit_monthly_limit"),
        ),
        sa.CheckConstraint(
            "yearly_limit IS NULL OR yearly_limit >= 0", name=op.f("ck_benefit_limit_yearly_limit")
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_benefit_limit_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_benefit_limit")),
        sa.UniqueConstraint("member_id", "year", name=op.f("uq_benefit_limit_member_id")),
    )
    op.create_table(
        "coaching_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "group",
                "individual",
                "training",
                "info",
                name="session_kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("facilitator_id", sa.Integer(), nullable=True),
        sa.Column("facilitator_name", sa.String(length=200), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("topic", sa.String(length=200), nullable=False),
        sa.Column("agenda", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "duration_minutes > 0 AND duration_minutes <= 1440",
            name=op.f("ck_coaching_session_duration"),
        ),
        sa.ForeignKeyConstraint(
            ["facilitator_id"],
            ["user_account.id"],
            name=op.f("fk_coaching_session_facilitator_id_user_account"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coaching_session")),
    )
    with op.batch_alter_table("coaching_session", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_coaching_session_starts_at"), ["starts_at"], unique=False
        )

    op.create_table(
        "consent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "data_processing",
                "photo",
                "contact",
                "wage_deduction",
                name="consent_kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("written", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "withdrawn_on IS NULL OR withdrawn_on >= given_on",
            name=op.f("ck_consent_withdrawn_after_given"),
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_consent_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent")),
    )
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consent_member_id"), ["member_id"], unique=False)

    op.create_table(
        "customer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_number", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "municipality",
                "company",
                "household",
                "association",
                name="customer_kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("business_id", sa.String(length=9), nullable=False),
        sa.Column("street", sa.String(length=200), nullable=False),
        sa.Column("postal_code", sa.String(length=10), nullable=False),
        sa.Column("city", sa.String(length=100), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column(
            "language",
            sa.Enum("fi", "sv", "en", name="language", native_enum=False, create_constraint=True),
            nullable=False,
        ),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=50), nullable=False),
        sa.Column("contact_person", sa.String(length=200), nullable=False),
        sa.Column("einvoice_address", sa.String(length=35), nullable=False),
        sa.Column("einvoice_operator", sa.String(length=35), nullable=False),
        sa.Column("payment_term_days", sa.Integer(), nullable=True),
        sa.Column("price_list_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "payment_term_days IS NULL OR payment_term_days >= 0",
            name=op.f("ck_customer_payment_term"),
        ),
        sa.ForeignKeyConstraint(
            ["price_list_id"], ["price_list.id"], name=op.f("fk_customer_price_list_id_price_list")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer")),
        sa.UniqueConstraint("customer_number", name=op.f("uq_customer_customer_number")),
    )
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_customer_name"), ["name"], unique=False)

    op.create_table(
        "member_sensitive",
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("work_ability_notes", sa.Text(), nullable=False),
        sa.Column("support_needs", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_member_sensitive_member_id_member")
        ),
        sa.PrimaryKeyConstraint("member_id", name=op.f("pk_member_sensitive")),
    )
    op.create_table(
        "outcome",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("exit_on", sa.Date(), nullable=False),
        sa.Column(
            "destination",
            sa.Enum(
                "open_labour_market",
                "subsidised_work",
                "education",
                "entrepreneurship",
                "unemployed",
                "rehabilitation",
                "pension",
                "other",
                "unknown",
                name="destination",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("followup_3m_on", sa.Date(), nullable=True),
        sa.Column(
            "followup_3m",
            sa.Enum(
                "open_labour_market",
                "subsidised_work",
                "education",
                "entrepreneurship",
                "unemployed",
                "rehabilitation",
                "pension",
                "other",
                "unknown",
                name="followup_3m",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column("followup_6m_on", sa.Date(), nullable=True),
        sa.Column(
            "followup_6m",
            sa.Enum(
                "open_labour_market",
                "subsidised_work",
                "education",
                "entrepreneurship",
                "unemployed",
                "rehabilitation",
                "pension",
                "other",
                "unknown",
                name="followup_6m",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_outcome_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outcome")),
    )
    with op.batch_alter_table("outcome", schema=None) as batch_op:
        batch_op.create_index("ix_outcome_exit", ["exit_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_outcome_member_id"), ["member_id"], unique=False)

    op.create_table(
        "participation_measurement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("answered_on", sa.Date(), nullable=False),
        sa.Column(
            "phase",
            sa.Enum(
                "start",
                "middle",
                "end",
                name="measurement_phase",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("group_label", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_participation_measurement_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participation_measurement")),
    )
    with op.batch_alter_table("participation_measurement", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_participation_measurement_member_id"), ["member_id"], unique=False
        )

    op.create_table(
        "plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column(
            "step",
            sa.Enum(
                "participation_work",
                "supported_work",
                "paid_work",
                "open_labour_market",
                "education",
                "entrepreneurship",
                name="path_step",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("next_review_on", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_plan_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan")),
    )
    with op.batch_alter_table("plan", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_member_id"), ["member_id"], unique=False)

    op.create_table(
        "price_list_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("price_list_id", sa.Integer(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.Column("unit_price", sa.BigInteger(), nullable=False),
        sa.CheckConstraint("unit_price >= 0", name=op.f("ck_price_list_item_unit_price")),
        sa.ForeignKeyConstraint(
            ["price_list_id"],
            ["price_list.id"],
            name=op.f("fk_price_list_item_price_list_id_price_list"),
        ),
        sa.ForeignKeyConstraint(
            ["service_id"], ["service.id"], name=op.f("fk_price_list_item_service_id_service")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_price_list_item")),
        sa.UniqueConstraint(
            "price_list_id", "service_id", name=op.f("uq_price_list_item_price_list_id")
        ),
    )
    op.create_table(
        "share_refund",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("amount >= 0", name=op.f("ck_share_refund_amount")),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_share_refund_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_share_refund")),
    )
    with op.batch_alter_table("share_refund", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_share_refund_member_id"), ["member_id"], unique=False)

    op.create_table(
        "share_subscription",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("subscribed_on", sa.Date(), nullable=False),
        sa.Column("share_class", sa.String(length=10), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "basic", "additional", name="share_kind", native_enum=False, create_constraint=True
            ),
            nullable=False,
        ),
        sa.Column("share_count", sa.Integer(), nullable=False),
        sa.Column("unit_price", sa.BigInteger(), nullable=False),
        sa.Column("reference", sa.String(length=25), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("share_count > 0", name=op.f("ck_share_subscription_share_count")),
        sa.CheckConstraint("unit_price >= 0", name=op.f("ck_share_subscription_unit_price")),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_share_subscription_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_share_subscription")),
    )
    with op.batch_alter_table("share_subscription", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_share_subscription_member_id"), ["member_id"], unique=False
        )

    op.create_table(
        "support_contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("relation", sa.String(length=100), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=50), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_support_contact_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_support_contact")),
    )
    with op.batch_alter_table("support_contact", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_support_contact_member_id"), ["member_id"], unique=False
        )

    op.create_table(
        "attendance",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "present",
                "absent",
                "excused",
                name="attendance_status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_attendance_member_id_member")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["coaching_session.id"],
            name=op.f("fk_attendance_session_id_coaching_session"),
        ),
        sa.PrimaryKeyConstraint("session_id", "member_id", name=op.f("pk_attendance")),
    )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attendance_member_id"), ["member_id"], unique=False)

    op.create_table(
        "goal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("target_on", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "in_progress",
                "achieved",
                "dropped",
                name="goal_status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("achieved_on", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "status != 'achieved' OR achieved_on IS NOT NULL", name=op.f("ck_goal_achieved_on")
        ),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], name=op.f("fk_goal_plan_id_plan")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal")),
    )
    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_goal_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "invoice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("series_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=True),
        sa.Column(
            "kind",
            sa.Enum(
                "invoice",
                "credit_note",
                name="invoice_kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column(
            "state",
            sa.Enum(
                "draft", "issued", name="invoice_state", native_enum=False, create_constraint=True
            ),
            nullable=False,
        ),
        sa.Column("credited_invoice_id", sa.Integer(), nullable=True),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column(
            "language",
            sa.Enum("fi", "sv", "en", name="language", native_enum=False, create_constraint=True),
            nullable=False,
        ),
        sa.Column("issue_date", sa.Date(), nullable=True),
        sa.Column("delivery_from", sa.Date(), nullable=True),
        sa.Column("delivery_to", sa.Date(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("reference", sa.String(length=25), nullable=False),
        sa.Column("our_reference", sa.String(length=100), nullable=False),
        sa.Column("buyer_reference", sa.String(length=100), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column(
            "buyer_kind",
            sa.Enum(
                "municipality",
                "company",
                "household",
                "association",
                name="customer_kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column("buyer_name", sa.String(length=200), nullable=False),
        sa.Column("buyer_business_id", sa.String(length=9), nullable=False),
        sa.Column("buyer_vat_id", sa.String(length=20), nullable=False),
        sa.Column("buyer_street", sa.String(length=200), nullable=False),
        sa.Column("buyer_postal_code", sa.String(length=10), nullable=False),
        sa.Column("buyer_city", sa.String(length=100), nullable=False),
        sa.Column("buyer_country", sa.String(length=2), nullable=False),
        sa.Column("buyer_einvoice_address", sa.String(length=35), nullable=False),
        sa.Column("buyer_einvoice_operator", sa.String(length=35), nullable=False),
        sa.Column("seller_snapshot", sa.JSON(), nullable=True),
        sa.Column("late_interest_rate", sa.BigInteger(), nullable=True),
        sa.Column("total_net", sa.BigInteger(), nullable=False),
        sa.Column("total_vat", sa.BigInteger(), nullable=False),
        sa.Column("total_gross", sa.BigInteger(), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=True),
        sa.Column("issued_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "kind = 'invoice' OR credited_invoice_id IS NOT NULL",
            name=op.f("ck_invoice_credit_note_refers"),
        ),
        sa.CheckConstraint(
            "state = 'draft' OR issue_date IS NOT NULL", name=op.f("ck_invoice_issued_has_date")
        ),
        sa.CheckConstraint(
            "state = 'draft' OR number IS NOT NULL", name=op.f("ck_invoice_issued_has_number")
        ),
        sa.CheckConstraint(
            "delivery_to IS NULL OR delivery_from IS NULL OR delivery_to >= delivery_from",
            name=op.f("ck_invoice_delivery_period"),
        ),
        sa.CheckConstraint(
            "due_date IS NULL OR issue_date IS NULL OR due_date >= issue_date",
            name=op.f("ck_invoice_due_after_issue"),
        ),
        sa.ForeignKeyConstraint(
            ["credited_invoice_id"],
            ["invoice.id"],
            name=op.f("fk_invoice_credited_invoice_id_invoice"),
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_invoice_customer_id_customer")
        ),
        sa.ForeignKeyConstraint(
            ["issued_by_id"], ["user_account.id"], name=op.f("fk_invoice_issued_by_id_user_account")
        ),
        sa.ForeignKeyConstraint(
            ["series_id"], ["invoice_series.id"], name=op.f("fk_invoice_series_id_invoice_series")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice")),
        sa.UniqueConstraint("series_id", "number", name=op.f("uq_invoice_series_id")),
    )
    with op.batch_alter_table("invoice", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_invoice_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_invoice_reference"), ["reference"], unique=False)
        batch_op.create_index("ix_invoice_state_due", ["state", "due_date"], unique=False)

    op.create_table(
        "participation_answer",
        sa.Column("measurement_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("value", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "value IS NULL OR value BETWEEN 1 AND 5", name=op.f("ck_participation_answer_value")
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["questionnaire_item.id"],
            name=op.f("fk_participation_answer_item_id_questionnaire_item"),
        ),
        sa.ForeignKeyConstraint(
            ["measurement_id"],
            ["participation_measurement.id"],
            name=op.f("fk_participation_answer_measurement_id_participation_measurement"),
        ),
        sa.PrimaryKeyConstraint("measurement_id", "item_id", name=op.f("pk_participation_answer")),
    )
    op.create_table(
        "plan_review",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("reviewed_on", sa.Date(), nullable=False),
        sa.Column(
            "step",
            sa.Enum(
                "participation_work",
                "supported_work",
                "paid_work",
                "open_labour_market",
                "education",
                "entrepreneurship",
                name="path_step",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], name=op.f("fk_plan_review_plan_id_plan")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_review")),
    )
    with op.batch_alter_table("plan_review", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_review_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "share_installment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("subscription_id", sa.Integer(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.CheckConstraint("amount > 0", name=op.f("ck_share_installment_amount")),
        sa.ForeignKeyConstraint(
            ["subscription_id"],
            ["share_subscription.id"],
            name=op.f("fk_share_installment_subscription_id_share_subscription"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_share_installment")),
    )
    with op.batch_alter_table("share_installment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_share_installment_subscription_id"), ["subscription_id"], unique=False
        )

    op.create_table(
        "share_payment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("subscription_id", sa.Integer(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column(
            "method",
            sa.Enum(
                "cash",
                "bank",
                "wage_deduction",
                name="share_payment_method",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("reference", sa.String(length=35), nullable=False),
        sa.Column("wage_month", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "method != 'wage_deduction' OR wage_month IS NOT NULL",
            name=op.f("ck_share_payment_wage_month"),
        ),
        sa.CheckConstraint("amount > 0", name=op.f("ck_share_payment_amount")),
        sa.ForeignKeyConstraint(
            ["subscription_id"],
            ["share_subscription.id"],
            name=op.f("fk_share_payment_subscription_id_share_subscription"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_share_payment")),
    )
    with op.batch_alter_table("share_payment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_share_payment_subscription_id"), ["subscription_id"], unique=False
        )

    op.create_table(
        "work_assignment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column(
            "recurrence",
            sa.Enum("none", "weekly", name="recurrence", native_enum=False, create_constraint=True),
            nullable=False,
        ),
        sa.Column("weekday", sa.Integer(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "planned",
                "active",
                "done",
                "cancelled",
                name="assignment_status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("estimated_hours", sa.BigInteger(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "ends_on IS NULL OR ends_on >= starts_on", name=op.f("ck_work_assignment_period")
        ),
        sa.CheckConstraint(
            "estimated_hours IS NULL OR estimated_hours >= 0",
            name=op.f("ck_work_assignment_estimated_hours"),
        ),
        sa.CheckConstraint(
            "weekday IS NULL OR weekday BETWEEN 0 AND 6", name=op.f("ck_work_assignment_weekday")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_work_assignment_customer_id_customer")
        ),
        sa.ForeignKeyConstraint(
            ["service_id"], ["service.id"], name=op.f("fk_work_assignment_service_id_service")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_work_assignment")),
    )
    with op.batch_alter_table("work_assignment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_work_assignment_customer_id"), ["customer_id"], unique=False
        )

    op.create_table(
        "assignment_member",
        sa.Column("assignment_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assignment_id"],
            ["work_assignment.id"],
            name=op.f("fk_assignment_member_assignment_id_work_assignment"),
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_assignment_member_member_id_member")
        ),
        sa.PrimaryKeyConstraint("assignment_id", "member_id", name=op.f("pk_assignment_member")),
    )
    op.create_table(
        "invoice_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("quantity", sa.BigInteger(), nullable=False),
        sa.Column("unit", sa.String(length=10), nullable=False),
        sa.Column("unit_price", sa.BigInteger(), nullable=False),
        sa.Column("vat_code", sa.String(length=20), nullable=False),
        sa.Column("vat_rate", sa.BigInteger(), nullable=False),
        sa.Column("net_amount", sa.BigInteger(), nullable=False),
        sa.Column("vat_amount", sa.BigInteger(), nullable=False),
        sa.Column("gross_amount", sa.BigInteger(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=True),
        sa.Column("household_work_amount", sa.BigInteger(), nullable=True),
        sa.Column("delivery_date", sa.Date(), nullable=True),
        sa.CheckConstraint("unit_price >= 0", name=op.f("ck_invoice_line_unit_price")),
        sa.CheckConstraint("vat_rate >= 0", name=op.f("ck_invoice_line_vat_rate")),
        sa.ForeignKeyConstraint(
            ["invoice_id"], ["invoice.id"], name=op.f("fk_invoice_line_invoice_id_invoice")
        ),
        sa.ForeignKeyConstraint(
            ["service_id"], ["service.id"], name=op.f("fk_invoice_line_service_id_service")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice_line")),
        sa.UniqueConstraint("invoice_id", "position", name=op.f("uq_invoice_line_invoice_id")),
    )
    with op.batch_alter_table("invoice_line", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_invoice_line_invoice_id"), ["invoice_id"], unique=False
        )

    op.create_table(
        "payment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=True),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column(
            "method",
            sa.Enum(
                "bank",
                "cash",
                "other",
                name="payment_method",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("reference", sa.String(length=35), nullable=False),
        sa.Column("payer_name", sa.String(length=200), nullable=False),
        sa.Column("bank_archive_id", sa.String(length=64), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("amount != 0", name=op.f("ck_payment_amount")),
        sa.ForeignKeyConstraint(
            ["invoice_id"], ["invoice.id"], name=op.f("fk_payment_invoice_id_invoice")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment")),
        sa.UniqueConstraint("bank_archive_id", name=op.f("uq_payment_bank_archive_id")),
    )
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_payment_invoice_id"), ["invoice_id"], unique=False)

    op.create_table(
        "reminder",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=False),
        sa.Column("new_due_date", sa.Date(), nullable=False),
        sa.Column("fee", sa.BigInteger(), nullable=False),
        sa.Column("interest", sa.BigInteger(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("fee >= 0", name=op.f("ck_reminder_fee")),
        sa.CheckConstraint("interest >= 0", name=op.f("ck_reminder_interest")),
        sa.ForeignKeyConstraint(
            ["invoice_id"], ["invoice.id"], name=op.f("fk_reminder_invoice_id_invoice")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminder")),
    )
    with op.batch_alter_table("reminder", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reminder_invoice_id"), ["invoice_id"], unique=False)

    op.create_table(
        "work_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assignment_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("work_date", sa.Date(), nullable=False),
        sa.Column("hours", sa.BigInteger(), nullable=False),
        sa.Column("km", sa.BigInteger(), nullable=False),
        sa.Column("substitute_for_id", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("approved_at", sa.DateTime(), nullable=True),
        sa.Column("approved_by_id", sa.Integer(), nullable=True),
        sa.Column("invoice_line_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("hours > 0 AND hours <= 2400", name=op.f("ck_work_entry_hours")),
        sa.CheckConstraint("km >= 0", name=op.f("ck_work_entry_km")),
        sa.CheckConstraint(
            "substitute_for_id IS NULL OR substitute_for_id != member_id",
            name=op.f("ck_work_entry_substitute"),
        ),
        sa.ForeignKeyConstraint(
            ["approved_by_id"],
            ["user_account.id"],
            name=op.f("fk_work_entry_approved_by_id_user_account"),
        ),
        sa.ForeignKeyConstraint(
            ["assignment_id"],
            ["work_assignment.id"],
            name=op.f("fk_work_entry_assignment_id_work_assignment"),
        ),
        sa.ForeignKeyConstraint(
            ["invoice_line_id"],
            ["invoice_line.id"],
            name=op.f("fk_work_entry_invoice_line_id_invoice_line"),
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_work_entry_member_id_member")
        ),
        sa.ForeignKeyConstraint(
            ["substitute_for_id"],
            ["member.id"],
            name=op.f("fk_work_entry_substitute_for_id_member"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_work_entry")),
    )
    with op.batch_alter_table("work_entry", schema=None) as batch_op:
        batch_op.create_index(
            "ix_work_entry_assignment_date", ["assignment_id", "work_date"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_work_entry_invoice_line_id"), ["invoice_line_id"], unique=False
        )
        batch_op.create_index("ix_work_entry_member_date", ["member_id", "work_date"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("work_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_work_entry_member_date")
        batch_op.drop_index(batch_op.f("ix_work_entry_invoice_line_id"))
        batch_op.drop_index("ix_work_entry_assignment_date")

    op.drop_table("work_entry")
    with op.batch_alter_table("reminder", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reminder_invoice_id"))

    op.drop_table("reminder")
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_payment_invoice_id"))

    op.drop_table("payment")
    with op.batch_alter_table("invoice_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_invoice_line_invoice_id"))

    op.drop_table("invoice_line")
    op.drop_table("assignment_member")
    with op.batch_alter_table("work_assignment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_work_assignment_customer_id"))

    op.drop_table("work_assignment")
    with op.batch_alter_table("share_payment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_share_payment_subscription_id"))

    op.drop_table("share_payment")
    with op.batch_alter_table("share_installment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_share_installment_subscription_id"))

    op.drop_table("share_installment")
    with op.batch_alter_table("plan_review", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_review_plan_id"))

    op.drop_table("plan_review")
    op.drop_table("participation_answer")
    with op.batch_alter_table("invoice", schema=None) as batch_op:
        batch_op.drop_index("ix_invoice_state_due")
        batch_op.drop_index(batch_op.f("ix_invoice_reference"))
        batch_op.drop_index(batch_op.f("ix_invoice_customer_id"))

    op.drop_table("invoice")
    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_goal_plan_id"))

    op.drop_table("goal")
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attendance_member_id"))

    op.drop_table("attendance")
    with op.batch_alter_table("support_contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_support_contact_member_id"))

    op.drop_table("support_contact")
    with op.batch_alter_table("share_subscription", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_share_subscription_member_id"))

    op.drop_table("share_subscription")
    with op.batch_alter_table("share_refund", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_share_refund_member_id"))

    op.drop_table("share_refund")
    op.drop_table("price_list_item")
    with op.batch_alter_table("plan", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_member_id"))

    op.drop_table("plan")
    with op.batch_alter_table("participation_measurement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_participation_measurement_member_id"))

    op.drop_table("participation_measurement")
    with op.batch_alter_table("outcome", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outcome_member_id"))
        batch_op.drop_index("ix_outcome_exit")

    op.drop_table("outcome")
    op.drop_table("member_sensitive")
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customer_name"))

    op.drop_table("customer")
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consent_member_id"))

    op.drop_table("consent")
    with op.batch_alter_table("coaching_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_coaching_session_starts_at"))

    op.drop_table("coaching_session")
    op.drop_table("benefit_limit")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_log_entity")
        batch_op.drop_index(batch_op.f("ix_audit_log_at"))

    op.drop_table("audit_log")
    op.drop_table("attachment")
    op.drop_table("vat_rate")
    op.drop_table("user_account")
    op.drop_table("setting")
    op.drop_table("service")
    op.drop_table("reference_rate")
    op.drop_table("questionnaire_item")
    op.drop_table("price_list")
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_member_status"))
        batch_op.drop_index("ix_member_name")

    op.drop_table("member")
    op.drop_table("invoice_series")
    op.drop_table("cooperative")
