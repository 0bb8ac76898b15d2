"""dated list prices, agreed customer prices, household tax credit flag

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 10:15:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# Prices that existed before dated prices hold from this day on.
SINCE_ALWAYS = "2000-01-01"


def _price_table(name: str, *owner: sa.SchemaItem, unique: tuple[str, ...]) -> None:
    op.create_table(
        name,
        sa.Column("id", sa.Integer(), nullable=False),
        *owner,
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("unit_price", sa.BigInteger(), nullable=False),
        sa.CheckConstraint("unit_price >= 0", name=op.f(f"ck_{name}_unit_price")),
        sa.CheckConstraint(
            "valid_to IS NULL OR valid_to >= valid_from", name=op.f(f"ck_{name}_period")
        ),
        sa.ForeignKeyConstraint(
            ["service_id"], ["service.id"], name=op.f(f"fk_{name}_service_id_service")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{name}")),
        sa.UniqueConstraint(*unique, name=op.f(f"uq_{name}_{unique[0]}")),
    )


def upgrade() -> None:
    _price_table("service_price", unique=("service_id", "valid_from"))
    _price_table(
        "customer_price",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_customer_price_customer_id_customer")
        ),
        unique=("customer_id", "service_id", "valid_from"),
    )
    op.create_index("ix_customer_price_service_id", "customer_price", ["service_id"])
    # A plain ADD COLUMN: rebuilding customer would trip the foreign keys pointing at it.
    op.add_column(
        "customer",
        sa.Column("household_tax_credit", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.execute("UPDATE customer SET household_tax_credit = TRUE WHERE kind = 'household'")
    # The one undated price of each service and the price lists become dated prices.
    op.execute(
        "INSERT INTO service_price (service_id, valid_from, valid_to, unit_price) "
        f"SELECT id, '{SINCE_ALWAYS}', NULL, unit_price FROM service"
    )
    op.execute(
        "INSERT INTO customer_price (customer_id, service_id, valid_from, valid_to, unit_price) "
        f"SELECT c.id, i.service_id, '{SINCE_ALWAYS}', NULL, i.unit_price "
        "FROM customer c JOIN price_list_item i ON i.price_list_id = c.price_list_id"
    )
    op.execute("UPDATE customer SET price_list_id = NULL")


def downgrade() -> None:
    op.drop_table("customer_price")
    op.drop_table("service_price")
    with op.batch_alter_table("customer") as batch_op:
        batch_op.drop_column("household_tax_credit")
