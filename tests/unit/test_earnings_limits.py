"""The earnings limit is kept once (per member and year) and the weekly ceiling is dated."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from alembic import command
from sqlalchemy import select

from app.db import open_database
from app.db.migrate import alembic_config
from app.domain import BenefitLimit, LoadCeiling
from app.domain.enums import BenefitKind, Role
from app.services.earnings import ceiling_on
from app.services.errors import ValidationError
from app.services.member_form import MemberForm
from app.services.members import create_member, get_member, update_member
from app.services.uow import Actor, UnitOfWork

TREASURER = Actor("Taru", Role.TREASURER)
JUNE = date(2026, 6, 15)


def test_migration_moves_the_member_column_into_this_years_limit(tmp_path):
    db = open_database(tmp_path / "old.sqlite", create=True, migrate=False)
    config = alembic_config()
    with db.engine.begin() as con:
        config.attributes["connection"] = con
        command.upgrade(config, "0004")
        con.exec_driver_sql(
            "INSERT INTO member (id, first_name, last_name, search_name, search_given, "
            "gender, street, postal_code, city, municipality, phone, email, language, kind, "
            "status, applied_on, board_decision, leaving_note, benefit_kind, "
            "monthly_earnings_limit, notes, created_at, updated_at, version) VALUES "
            "(1, 'A', 'B', 'b a', 'a b', 'unknown', '', '', '', '', '', '', 'fi', 'working', "
            "'applicant', '2026-01-01', '', '', 'disability_pension_earnings', 98630, '', "
            "'2026-01-01', '2026-01-01', 1), "
            "(2, 'C', 'D', 'd c', 'c d', 'unknown', '', '', '', '', '', '', 'fi', 'working', "
            "'applicant', '2026-01-01', '', '', 'none', NULL, '', '2026-01-01', '2026-01-01', 1)"
        )
        command.upgrade(config, "head")
    with db.sessions() as session:
        limits = session.scalars(select(BenefitLimit)).all()
    db.dispose()
    assert [(x.member_id, x.year, x.monthly_limit) for x in limits] == [
        (1, date.today().year, Decimal("986.30"))
    ]
    assert limits[0].benefit_kind is BenefitKind.DISABILITY_PENSION_EARNINGS


def _form(**changes) -> MemberForm:
    return MemberForm(first_name="Aino", last_name="Aalto", applied_on=date(2026, 1, 5), **changes)


def test_member_form_edits_this_years_limit_and_the_weekly_ceiling(coop_db):
    with UnitOfWork(coop_db, TREASURER) as uow:
        member_id = create_member(
            uow,
            _form(
                benefit_kind=BenefitKind.DISABILITY_PENSION_KELA,
                monthly_earnings_limit=Decimal("990.90"),
                weekly_hour_ceiling=Decimal("12"),
            ),
            today=JUNE,
        )
    with UnitOfWork(coop_db, TREASURER) as uow:
        detail = get_member(uow, member_id, today=JUNE)
        assert detail.form.monthly_earnings_limit == Decimal("990.90")
        assert detail.form.weekly_hour_ceiling == Decimal("12.00")
        later = date(2026, 9, 1)
        form = detail.form
        form.monthly_earnings_limit = Decimal("1000.00")
        form.yearly_earnings_limit = Decimal("12000.00")
        form.weekly_hour_ceiling = Decimal("8")
        update_member(uow, member_id, form, today=later)
    with coop_db.sessions() as session:
        [limit] = session.scalars(select(BenefitLimit)).all()
        assert (limit.year, limit.monthly_limit, limit.yearly_limit) == (
            2026,
            Decimal("1000.00"),
            Decimal("12000.00"),
        )
        # The ceiling is dated: weeks before the change keep the old one.
        assert ceiling_on(session, member_id, JUNE) == Decimal("12.00")
        assert ceiling_on(session, member_id, date(2026, 9, 2)) == Decimal("8.00")
        assert len(session.scalars(select(LoadCeiling)).all()) == 2
    with UnitOfWork(coop_db, TREASURER) as uow:
        # Next year starts with no limit: limits are confirmed yearly.
        assert (
            get_member(uow, member_id, today=date(2027, 1, 2)).form.monthly_earnings_limit is None
        )


@pytest.mark.parametrize("hours", ["0", "168.5", "-1"])
def test_a_weekly_ceiling_outside_a_week_is_refused(coop_db, hours):
    with UnitOfWork(coop_db, TREASURER) as uow, pytest.raises(ValidationError) as info:
        create_member(uow, _form(weekly_hour_ceiling=Decimal(hours)), today=JUNE)
    assert info.value.problems == {"weekly_hour_ceiling": "range"}


def test_limits_are_kept_per_year_and_refused_for_a_facilitator(coop_db):
    from app.services.benefit_limits import (
        LimitForm,
        benefit_limits,
        delete_benefit_limit,
        save_benefit_limit,
    )
    from app.services.errors import PermissionDeniedError

    with UnitOfWork(coop_db, TREASURER) as uow:
        member_id = create_member(uow, _form(), today=JUNE)
        kind = BenefitKind.DISABILITY_PENSION_EARNINGS
        save_benefit_limit(uow, member_id, LimitForm(2025, kind, Decimal("976.59")))
        save_benefit_limit(uow, member_id, LimitForm(2026, kind, Decimal("986.30")))
        # Saving a year again replaces that year's limit.
        last_id = save_benefit_limit(uow, member_id, LimitForm(2026, kind, Decimal("990.90")))
        with pytest.raises(ValidationError) as info:
            save_benefit_limit(uow, member_id, LimitForm(1999, kind, Decimal("-1")))
        assert info.value.problems == {"year": "range", "monthly_limit": "negative"}
    with UnitOfWork(coop_db, TREASURER) as uow:
        rows = benefit_limits(uow, member_id)
        assert [(r.year, r.monthly_limit) for r in rows] == [
            (2026, Decimal("990.90")),
            (2025, Decimal("976.59")),
        ]
        assert get_member(uow, member_id, today=JUNE).form.monthly_earnings_limit == Decimal(
            "990.90"
        )
        delete_benefit_limit(uow, last_id)
    facilitator = Actor("Ville", Role.FACILITATOR)
    with UnitOfWork(coop_db, facilitator) as uow, pytest.raises(PermissionDeniedError):
        benefit_limits(uow, member_id)


def test_clearing_the_limits_on_the_form_removes_this_years_limit(coop_db):
    with UnitOfWork(coop_db, TREASURER) as uow:
        member_id = create_member(uow, _form(monthly_earnings_limit=Decimal("500")), today=JUNE)
        form = get_member(uow, member_id, today=JUNE).form
        form.monthly_earnings_limit = None
        update_member(uow, member_id, form, today=JUNE)
    with coop_db.sessions() as session:
        assert session.scalars(select(BenefitLimit)).all() == []
