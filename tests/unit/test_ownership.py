"""Ownership warnings: too few working members, and 15 % of the shares or votes."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.db import Database
from app.domain.enums import LeavingReason, MemberKind
from app.services.member_form import MemberForm
from app.services.members import create_member
from app.services.membership import accept_member, end_membership
from app.services.ownership import OwnershipWarning, ownership_warnings
from app.services.shares import subscribe_shares
from app.services.uow import UnitOfWork

APPLIED = date(2026, 1, 10)
ACCEPTED = date(2026, 2, 1)
WORKING = MemberKind.WORKING
SUPPORTING = MemberKind.SUPPORTING


@pytest.fixture
def coop(coop_db) -> Database:
    return coop_db


def add(db, name: str, shares: int = 1, kind: MemberKind = WORKING, accept: bool = True) -> int:
    """A member (or with accept=False an applicant) holding `shares` shares."""
    with UnitOfWork(db) as uow:
        member_id = create_member(
            uow, MemberForm(name, "Osakas", applied_on=APPLIED, kind=kind), today=APPLIED
        )
    if accept:
        with UnitOfWork(db) as uow:
            accept_member(uow, member_id, ACCEPTED)
    if shares:
        with UnitOfWork(db) as uow:
            subscribe_shares(uow, member_id, shares, ACCEPTED)
    return member_id


def warnings(db) -> list[OwnershipWarning]:
    with UnitOfWork(db) as uow:
        return ownership_warnings(uow)


def codes(db) -> list[str]:
    return [w.code for w in warnings(db)]


def test_seven_equal_working_members_raise_no_warning(coop):
    for i in range(7):
        add(coop, f"Jäsen{i}")
    assert warnings(coop) == []


def test_six_working_members_are_too_few(coop):
    ids = [add(coop, f"Jäsen{i}") for i in range(6)]
    found = warnings(coop)
    assert found[0] == OwnershipWarning("few_working_members", count=6)
    # With six, each one also holds 1/6 = 16.7 % of the shares and of the votes.
    concentration = {w.member_id: w for w in found if w.code == "concentration"}
    assert set(concentration) == set(ids)
    assert {(w.shares_percent, w.votes_percent) for w in concentration.values()} == {
        (Decimal("16.7"), Decimal("16.7"))
    }
    assert len(found) == 7


def test_no_members_at_all(coop):
    assert warnings(coop) == [OwnershipWarning("few_working_members", count=0)]


def test_a_member_with_three_of_sixteen_shares(coop):
    big = add(coop, "Iso", shares=3)
    for i, shares in enumerate([2, 2, 2, 2, 2, 2, 1]):
        add(coop, f"Jäsen{i}", shares=shares)
    assert warnings(coop) == [
        OwnershipWarning(
            "concentration",
            member_id=big,
            name="Iso Osakas",
            # 3 / 16 = 18.75 %, rounded half up; one of eight votes is 12.5 %.
            shares_percent=Decimal("18.8"),
            votes_percent=Decimal("12.5"),
        )
    ]


def test_just_under_fifteen_percent_is_fine(coop):
    # 2 of 14 shares = 14.3 %; eight members, 12.5 % of the votes each.
    for i, shares in enumerate([2, 2, 2, 2, 2, 2, 1, 1]):
        add(coop, f"Jäsen{i}", shares=shares)
    assert warnings(coop) == []


def test_exactly_fifteen_percent_warns(coop):
    # 3 of 20 shares = 15.0 %; ten members.
    big = add(coop, "Iso", shares=3)
    for i, shares in enumerate([2, 2, 2, 2, 2, 2, 2, 2, 1]):
        add(coop, f"Jäsen{i}", shares=shares)
    [warning] = warnings(coop)
    assert (warning.code, warning.member_id, warning.shares_percent, warning.votes_percent) == (
        "concentration",
        big,
        Decimal("15.0"),
        Decimal("10.0"),
    )


def test_supporting_members_vote_and_hold_shares_but_do_not_work(coop):
    for i in range(6):
        add(coop, f"Jäsen{i}")
    add(coop, "Tukija", kind=SUPPORTING)
    # Seven voters and seven shares (14.3 % each), but only six working members.
    assert warnings(coop) == [OwnershipWarning("few_working_members", count=6)]


def test_a_supporting_member_can_hold_too_many_shares(coop):
    for i in range(7):
        add(coop, f"Jäsen{i}")
    supporter = add(coop, "Tukija", shares=2, kind=SUPPORTING)
    assert warnings(coop) == [
        OwnershipWarning(
            "concentration",
            member_id=supporter,
            name="Tukija Osakas",
            shares_percent=Decimal("22.2"),  # 2 / 9
            votes_percent=Decimal("12.5"),  # 1 / 8
        )
    ]


def test_former_members_and_applicants_are_ignored(coop):
    for i in range(7):
        add(coop, f"Jäsen{i}")
    former = add(coop, "Entinen", shares=10)
    with UnitOfWork(coop) as uow:
        end_membership(uow, former, date(2026, 3, 15), LeavingReason.RESIGNATION)
    add(coop, "Hakija", shares=10, accept=False)
    assert warnings(coop) == []


def test_a_former_member_does_not_count_as_working(coop):
    ids = [add(coop, f"Jäsen{i}", shares=0) for i in range(8)]
    with UnitOfWork(coop) as uow:
        end_membership(uow, ids[0], date(2026, 3, 15), LeavingReason.RESIGNATION)
    assert warnings(coop) == []
    with UnitOfWork(coop) as uow:
        end_membership(uow, ids[1], date(2026, 3, 15), LeavingReason.RESIGNATION)
    assert codes(coop)[0] == "few_working_members"
    assert warnings(coop)[0].count == 6


def test_votes_count_even_without_shares(coop):
    """One member, one vote: a member who has not subscribed yet still holds 1/6 of the votes."""
    ids = [add(coop, f"Jäsen{i}", shares=0) for i in range(6)]
    found = warnings(coop)
    assert found[0] == OwnershipWarning("few_working_members", count=6)
    concentration = sorted(
        ((w.member_id, w.shares_percent, w.votes_percent) for w in found[1:]),
    )
    assert concentration == [(m, Decimal("0"), Decimal("16.7")) for m in sorted(ids)]
