"""Member services: the form, the register's life cycle, masking, deletion and the audit log."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.db import Database
from app.domain import (
    Attendance,
    AuditEntry,
    AuditPersonal,
    BenefitLimit,
    CoachingSession,
    Consent,
    Cooperative,
    Customer,
    Member,
    Participant,
    Service,
    ShareRefund,
    WorkAssignment,
    WorkEntry,
)
from app.domain.enums import (
    AttendanceStatus,
    BenefitKind,
    ConsentKind,
    CustomerKind,
    Gender,
    LeavingReason,
    MemberStatus,
    Role,
    SessionKind,
    SharePaymentMethod,
)
from app.services.errors import NotFoundError, ServiceError, ValidationError
from app.services.member_form import MemberForm
from app.services.members import (
    MemberRow,
    create_member,
    delete_member,
    get_member,
    list_members,
    update_member,
)
from app.services.membership import (
    accept_member,
    end_membership,
    mark_refund_paid,
    record_notice,
    refund_due_date,
    reject_application,
)
from app.services.register import member_register
from app.services.shares import (
    record_share_payment,
    record_wage_deduction_consent,
    subscribe_shares,
)
from app.services.uow import Actor, UnitOfWork
from tests.vectors import load_vectors

TODAY = date(2026, 6, 15)
APPLIED = date(2026, 1, 10)
ADMIN = Actor("Anna Ylläpitäjä", Role.ADMIN)
TREASURER = Actor("Taru Rahastonhoitaja", Role.TREASURER)
HETU = "131052-308T"  # the public example code: 13.10.1952, female
HETU_VECTORS = load_vectors()["henkilotunnus"]
# The check character table of the henkilötunnus (DVV), independent of python-stdnum.
HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def make_hetu(ddmmyy: str, sign: str, individual: str) -> str:
    return f"{ddmmyy}{sign}{individual}{HETU_CHECK[int(ddmmyy + individual) % 31]}"


# --- fixtures and helpers ---------------------------------------------------------------------


@pytest.fixture
def coop(coop_db) -> Database:
    return coop_db


def form(**changes) -> MemberForm:
    values = {
        "first_name": "Maija",
        "last_name": "Meikäläinen",
        "applied_on": APPLIED,
        "street": "Kauppakatu 1",
        "postal_code": "00100",
        "city": "Helsinki",
        "municipality": "Helsinki",
        "phone": "040 123 4567",
        "email": "maija@example.fi",
    }
    return MemberForm(**{**values, **changes})


def add(db, actor: Actor = ADMIN, today: date = TODAY, **changes) -> int:
    with UnitOfWork(db, actor) as uow:
        return create_member(uow, form(**changes), today=today)


def accept(db, member_id: int, on: date = date(2026, 2, 1), decision: str = "") -> int:
    with UnitOfWork(db, ADMIN) as uow:
        return accept_member(uow, member_id, on, decision)


def end(db, member_id: int, left_on: date, reason=LeavingReason.RESIGNATION, note: str = ""):
    with UnitOfWork(db, ADMIN) as uow:
        return end_membership(uow, member_id, left_on, reason, note)


def detail(db, member_id: int, actor: Actor = ADMIN):
    with UnitOfWork(db, actor) as uow:
        return get_member(uow, member_id)


def member(db, member_id: int) -> Member | None:
    with db.sessions() as session:
        return session.get(Member, member_id)


def count(db, model) -> int:
    with db.sessions() as session:
        return session.scalar(select(func.count()).select_from(model))


def personal_values(db, audit_id: int) -> dict[str, tuple[str | None, str | None]]:
    with db.sessions() as session:
        rows = session.scalars(select(AuditPersonal).where(AuditPersonal.audit_id == audit_id))
        return {row.field: (row.before, row.after) for row in rows}


def audit(db) -> list[AuditEntry]:
    with db.sessions() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def consents(db, member_id: int) -> list[tuple[ConsentKind, date, date | None]]:
    with db.sessions() as session:
        rows = session.scalars(
            select(Consent).where(Consent.member_id == member_id).order_by(Consent.id)
        )
        return [(c.kind, c.given_on, c.withdrawn_on) for c in rows]


def set_financial_year_end(db, month: int, day: int) -> None:
    with db.sessions() as session:
        coop = session.scalar(select(Cooperative))
        coop.financial_year_end_month, coop.financial_year_end_day = month, day
        session.commit()


def pay_shares(db, member_id: int, count_: int, amount: str, on: date) -> None:
    with UnitOfWork(db, ADMIN) as uow:
        subscribe_shares(uow, member_id, count_, on)
    with UnitOfWork(db, ADMIN) as uow:
        record_share_payment(uow, member_id, Decimal(amount), on, SharePaymentMethod.BANK)


# --- create_member ----------------------------------------------------------------------------


def test_create_member_saves_a_clean_applicant(coop):
    member_id = add(
        coop,
        first_name="  Maija ",
        last_name=" Meikäläinen",
        personal_id=" 131052-308t ",
        postal_code=" 00100 ",
        email=" maija@example.fi ",
        benefit_kind=BenefitKind.ADJUSTED_UNEMPLOYMENT,
        monthly_earnings_limit=Decimal("300.00"),
    )
    saved = member(coop, member_id)
    assert saved.status is MemberStatus.APPLICANT
    assert saved.member_number is None
    assert saved.accepted_on is None
    assert (saved.first_name, saved.last_name) == ("Maija", "Meikäläinen")
    assert saved.personal_id == HETU
    assert saved.birth_date == date(1952, 10, 13)
    assert saved.gender is Gender.FEMALE
    assert saved.postal_code == "00100"
    assert saved.email == "maija@example.fi"
    assert saved.applied_on == APPLIED
    assert saved.benefit_kind is BenefitKind.ADJUSTED_UNEMPLOYMENT
    # The limit is kept once, per year, with the benefit it belongs to.
    with coop.sessions() as session:
        [limit] = session.scalars(select(BenefitLimit)).all()
    assert (limit.member_id, limit.year, limit.monthly_limit) == (member_id, 2026, Decimal("300"))
    assert limit.benefit_kind is BenefitKind.ADJUSTED_UNEMPLOYMENT
    with UnitOfWork(coop, ADMIN, write=False) as uow:
        assert get_member(uow, member_id, today=TODAY).form.monthly_earnings_limit == Decimal(
            "300.00"
        )


def test_identity_code_is_optional(coop):
    member_id = add(coop, birth_date=date(1990, 5, 17))
    saved = member(coop, member_id)
    assert saved.personal_id is None
    assert saved.birth_date == date(1990, 5, 17)
    assert saved.gender is Gender.UNKNOWN


def test_applied_and_born_today_are_allowed(coop):
    member_id = add(coop, applied_on=TODAY, birth_date=TODAY)
    assert member(coop, member_id).applied_on == TODAY


@pytest.mark.parametrize(
    ("changes", "problems"),
    [
        ({"first_name": ""}, {"first_name": "required"}),
        ({"first_name": "  \t"}, {"first_name": "required"}),
        ({"last_name": ""}, {"last_name": "required"}),
        ({"last_name": "x" * 101}, {"last_name": "too_long"}),
        ({"personal_id": "131052-308U"}, {"personal_id": "checksum"}),
        ({"personal_id": "311352-308T"}, {"personal_id": "date"}),
        ({"personal_id": "131052-308"}, {"personal_id": "length"}),
        ({"email": "maija@example"}, {"email": "format"}),
        ({"email": "maija meikäläinen@example.fi"}, {"email": "format"}),
        ({"postal_code": "0010"}, {"postal_code": "length"}),
        ({"postal_code": "00l00"}, {"postal_code": "format"}),
        ({"phone": "soita minulle"}, {"phone": "format"}),
        ({"birth_date": date(2026, 6, 16)}, {"birth_date": "future"}),
        ({"applied_on": date(2026, 6, 16)}, {"applied_on": "future"}),
        (
            {"personal_id": HETU, "birth_date": date(1952, 10, 14)},
            {"birth_date": "mismatch"},
        ),
        ({"monthly_earnings_limit": Decimal("-0.01")}, {"monthly_earnings_limit": "negative"}),
    ],
)
def test_invalid_field_is_refused_and_nothing_saved(coop, changes, problems):
    audits_before = len(audit(coop))
    with UnitOfWork(coop, ADMIN) as uow, pytest.raises(ValidationError) as info:
        create_member(uow, form(**changes), today=TODAY)
    assert info.value.problems == problems
    assert count(coop, Member) == 0
    assert count(coop, Consent) == 0
    assert len(audit(coop)) == audits_before


def test_every_problem_is_reported_at_once(coop):
    audits_before = len(audit(coop))
    with UnitOfWork(coop, ADMIN) as uow, pytest.raises(ValidationError) as info:
        create_member(
            uow,
            form(
                first_name="",
                last_name="",
                personal_id="131052-308U",
                email="maija@",
                postal_code="123",
                applied_on=date(2026, 7, 1),
                consents={"data_processing"},
            ),
            today=TODAY,
        )
    assert info.value.problems == {
        "first_name": "required",
        "last_name": "required",
        "personal_id": "checksum",
        "email": "format",
        "postal_code": "length",
        "applied_on": "future",
    }
    assert count(coop, Member) == 0
    assert count(coop, Consent) == 0
    assert len(audit(coop)) == audits_before


def test_duplicate_identity_code_is_refused(coop):
    first = add(coop, personal_id=HETU)
    audits_before = len(audit(coop))
    with UnitOfWork(coop, ADMIN) as uow, pytest.raises(ValidationError) as info:
        # The same code in another spelling is still the same person.
        create_member(uow, form(first_name="Toinen", personal_id=" 131052-308t"), today=TODAY)
    assert info.value.problems == {"personal_id": "duplicate"}
    assert count(coop, Member) == 1
    assert len(audit(coop)) == audits_before

    second = add(coop, first_name="Toinen")
    with UnitOfWork(coop, ADMIN) as uow, pytest.raises(ValidationError) as info:
        update_member(uow, second, form(first_name="Toinen", personal_id=HETU), today=TODAY)
    assert info.value.problems == {"personal_id": "duplicate"}
    assert member(coop, second).personal_id is None
    # Saving a member with their own code is no duplicate.
    with UnitOfWork(coop, ADMIN) as uow:
        update_member(uow, first, form(personal_id=HETU, city="Espoo"), today=TODAY)
    assert member(coop, first).city == "Espoo"


# --- identity code vectors --------------------------------------------------------------------


@pytest.mark.parametrize("vector", [v for v in HETU_VECTORS if v["valid"]], ids=lambda v: v["code"])
def test_valid_identity_code_vector_is_accepted(coop, vector):
    member_id = add(coop, personal_id=vector["code"])
    saved = member(coop, member_id)
    assert saved.personal_id == vector["code"]
    assert saved.birth_date is not None
    if "birth_date" in vector:
        assert saved.birth_date == date.fromisoformat(vector["birth_date"])
    if "gender" in vector:
        assert saved.gender is Gender(vector["gender"])


@pytest.mark.parametrize(
    "vector", [v for v in HETU_VECTORS if not v["valid"]], ids=lambda v: v["code"]
)
def test_invalid_identity_code_vector_is_rejected(coop, vector):
    with UnitOfWork(coop, ADMIN) as uow, pytest.raises(ValidationError) as info:
        create_member(uow, form(personal_id=vector["code"]), today=TODAY)
    assert set(info.value.problems) == {"personal_id"}
    assert info.value.problems["personal_id"] in {"checksum", "date", "format", "length"}
    assert count(coop, Member) == 0


@pytest.mark.parametrize(
    ("code", "birth_date", "gender"),
    [
        # Temporary codes of the vectors file (individual number 900-999).
        ("010594Y9032", date(1994, 5, 1), Gender.MALE),
        ("010516B903X", date(2016, 5, 1), Gender.MALE),
    ],
)
def test_temporary_codes_give_birth_date_and_gender(coop, code, birth_date, gender):
    saved = member(coop, add(coop, personal_id=code))
    assert (saved.birth_date, saved.gender) == (birth_date, gender)


def test_check_character_helper_matches_the_public_example():
    assert make_hetu("131052", "-", "308") == HETU


@pytest.mark.parametrize(
    ("sign", "year"),
    [("+", 1803)] + [(sign, 1903) for sign in "-YXWVU"] + [(sign, 2003) for sign in "ABCDEF"],
)
@pytest.mark.parametrize(("individual", "gender"), [("123", Gender.MALE), ("124", Gender.FEMALE)])
def test_every_century_sign_gives_the_birth_date(coop, sign, year, individual, gender):
    code = make_hetu("020303", sign, individual)
    saved = member(coop, add(coop, personal_id=code))
    assert saved.personal_id == code
    assert saved.birth_date == date(year, 3, 2)
    assert saved.gender is gender


# --- consents ---------------------------------------------------------------------------------


def test_consents_are_given_withdrawn_and_given_again(coop):
    member_id = add(coop, consents={"data_processing", "photo"})
    assert sorted(consents(coop, member_id)) == [
        (ConsentKind.DATA_PROCESSING, TODAY, None),
        (ConsentKind.PHOTO, TODAY, None),
    ]

    with UnitOfWork(coop, ADMIN) as uow:
        update_member(
            uow, member_id, form(consents={"data_processing", "contact"}), today=date(2026, 7, 1)
        )
    rows = sorted(consents(coop, member_id))
    assert rows == [
        (ConsentKind.CONTACT, date(2026, 7, 1), None),
        (ConsentKind.DATA_PROCESSING, TODAY, None),
        # Withdrawn, not deleted: when it was given stays on record.
        (ConsentKind.PHOTO, TODAY, date(2026, 7, 1)),
    ]
    assert detail(coop, member_id).form.consents == {"data_processing", "contact"}

    with UnitOfWork(coop, ADMIN) as uow:
        update_member(
            uow,
            member_id,
            form(consents={"data_processing", "contact", "photo"}),
            today=date(2026, 8, 3),
        )
    assert sorted(consents(coop, member_id)) == [
        (ConsentKind.CONTACT, date(2026, 7, 1), None),
        (ConsentKind.DATA_PROCESSING, TODAY, None),
        (ConsentKind.PHOTO, TODAY, date(2026, 7, 1)),
        (ConsentKind.PHOTO, date(2026, 8, 3), None),
    ]
    assert detail(coop, member_id).form.consents == {"data_processing", "contact", "photo"}


def test_saving_the_form_leaves_the_written_wage_deduction_consent_alone(coop):
    member_id = add(coop, today=APPLIED, consents={"data_processing"})
    with UnitOfWork(coop, ADMIN) as uow:
        record_wage_deduction_consent(uow, member_id, date(2026, 2, 1))
    with UnitOfWork(coop, ADMIN) as uow:
        update_member(uow, member_id, form(consents=set()), today=date(2026, 3, 1))
    assert sorted(consents(coop, member_id)) == [
        (ConsentKind.DATA_PROCESSING, APPLIED, date(2026, 3, 1)),
        (ConsentKind.WAGE_DEDUCTION, date(2026, 2, 1), None),
    ]


# --- get_member and masking ------------------------------------------------------------------


def test_admin_sees_the_whole_identity_code(coop):
    member_id = add(coop, personal_id=HETU, consents={"photo"})
    shown = detail(coop, member_id, ADMIN)
    assert shown.form.personal_id == HETU
    assert shown.personal_id_masked is False
    assert shown.form.birth_date == date(1952, 10, 13)
    assert shown.form.gender is Gender.FEMALE
    assert shown.form.consents == {"photo"}
    assert shown.status is MemberStatus.APPLICANT
    assert shown.member_number is None


def test_treasurer_sees_only_the_birth_date_part(coop):
    member_id = add(coop, personal_id=HETU)
    shown = detail(coop, member_id, TREASURER)
    assert shown.form.personal_id == "131052-****"
    assert shown.personal_id_masked is True
    assert HETU not in repr(shown)
    assert "308T" not in repr(shown)


def test_treasurer_without_a_code_to_mask(coop):
    shown = detail(coop, add(coop), TREASURER)
    assert shown.form.personal_id == ""
    assert shown.personal_id_masked is False


def test_treasurer_saving_the_masked_code_keeps_the_stored_one(coop):
    member_id = add(coop, personal_id=HETU)
    shown = detail(coop, member_id, TREASURER)
    edited = dataclasses.replace(shown.form, city="Vantaa", street="Asemakatu 2")
    with UnitOfWork(coop, TREASURER) as uow:
        update_member(uow, member_id, edited, today=TODAY)
    saved = member(coop, member_id)
    assert saved.personal_id == HETU
    assert saved.birth_date == date(1952, 10, 13)
    assert (saved.city, saved.street) == ("Vantaa", "Asemakatu 2")
    assert detail(coop, member_id, ADMIN).form.personal_id == HETU


def test_get_unknown_member(coop):
    with UnitOfWork(coop, ADMIN) as uow, pytest.raises(NotFoundError) as info:
        get_member(uow, 999)
    assert info.value.code == "not_found"


def test_update_changes_fields(coop):
    member_id = add(coop)
    with UnitOfWork(coop, ADMIN) as uow:
        update_member(
            uow,
            member_id,
            form(last_name="Virtanen", email="maija.virtanen@example.fi", personal_id=HETU),
            today=TODAY,
        )
    saved = member(coop, member_id)
    assert (saved.last_name, saved.email, saved.personal_id) == (
        "Virtanen",
        "maija.virtanen@example.fi",
        HETU,
    )
    assert saved.birth_date == date(1952, 10, 13)


def test_update_validates_and_saves_nothing(coop):
    member_id = add(coop)
    audits_before = len(audit(coop))
    with UnitOfWork(coop, ADMIN) as uow, pytest.raises(ValidationError) as info:
        update_member(uow, member_id, form(last_name="", email="x@y"), today=TODAY)
    assert info.value.problems == {"last_name": "required", "email": "format"}
    assert member(coop, member_id).last_name == "Meikäläinen"
    assert len(audit(coop)) == audits_before


def test_applied_date_cannot_move_after_acceptance(coop):
    member_id = add(coop)
    accept(coop, member_id, date(2026, 2, 1))
    with UnitOfWork(coop, ADMIN) as uow, pytest.raises(ValidationError) as info:
        update_member(uow, member_id, form(applied_on=date(2026, 2, 2)), today=TODAY)
    assert info.value.problems == {"applied_on": "after_acceptance"}
    assert member(coop, member_id).applied_on == APPLIED


# --- life cycle -------------------------------------------------------------------------------


def test_numbers_follow_the_order_of_acceptance(coop):
    anna = add(coop, first_name="Anna")
    bertta = add(coop, first_name="Bertta")
    cecilia = add(coop, first_name="Cecilia")
    assert accept(coop, bertta, date(2026, 2, 1), " hallitus 1/2026 ") == 1
    assert accept(coop, cecilia, date(2026, 2, 1)) == 2
    assert accept(coop, anna, date(2026, 3, 5)) == 3
    numbers = {m: member(coop, m).member_number for m in (anna, bertta, cecilia)}
    assert numbers == {bertta: 1, cecilia: 2, anna: 3}
    saved = member(coop, bertta)
    assert saved.status is MemberStatus.MEMBER
    assert saved.accepted_on == date(2026, 2, 1)
    assert saved.board_decision == "hallitus 1/2026"
    shown = detail(coop, anna)
    assert (shown.member_number, shown.accepted_on) == (3, date(2026, 3, 5))


def test_accepting_twice_fails(coop):
    member_id = add(coop)
    accept(coop, member_id)
    audits_before = len(audit(coop))
    with pytest.raises(ServiceError) as info:
        accept(coop, member_id, date(2026, 3, 1))
    assert info.value.code == "not_applicant"
    saved = member(coop, member_id)
    assert (saved.member_number, saved.accepted_on) == (1, date(2026, 2, 1))
    assert len(audit(coop)) == audits_before


def test_accepting_before_the_application_fails(coop):
    member_id = add(coop, applied_on=date(2026, 1, 10))
    with pytest.raises(ValidationError) as info:
        accept(coop, member_id, date(2026, 1, 9))
    assert info.value.problems == {"accepted_on": "before_application"}
    saved = member(coop, member_id)
    assert saved.status is MemberStatus.APPLICANT
    assert saved.member_number is None
    # The day of the application itself is fine.
    assert accept(coop, member_id, date(2026, 1, 10)) == 1


def test_rejected_application(coop):
    member_id = add(coop)
    with UnitOfWork(coop, ADMIN) as uow:
        reject_application(uow, member_id, date(2026, 2, 1), " ei täytä ehtoja ")
    saved = member(coop, member_id)
    assert saved.status is MemberStatus.REJECTED
    assert saved.member_number is None
    assert saved.leaving_note == "ei täytä ehtoja"
    with pytest.raises(ServiceError) as info:
        accept(coop, member_id)
    assert info.value.code == "not_applicant"
    with UnitOfWork(coop, ADMIN) as uow, pytest.raises(ServiceError) as info:
        reject_application(uow, member_id, date(2026, 2, 2))
    assert info.value.code == "not_applicant"


def test_a_member_cannot_be_rejected(coop):
    member_id = add(coop)
    accept(coop, member_id)
    with UnitOfWork(coop, ADMIN) as uow, pytest.raises(ServiceError) as info:
        reject_application(uow, member_id, date(2026, 3, 1))
    assert info.value.code == "not_applicant"
    assert member(coop, member_id).status is MemberStatus.MEMBER


def test_notice_of_resignation(coop):
    applicant = add(coop, first_name="Hakija")
    with UnitOfWork(coop, ADMIN) as uow, pytest.raises(ServiceError) as info:
        record_notice(uow, applicant, date(2026, 3, 1))
    assert info.value.code == "not_member"
    member_id = add(coop)
    accept(coop, member_id, date(2026, 2, 1))
    with UnitOfWork(coop, ADMIN) as uow, pytest.raises(ValidationError) as info:
        record_notice(uow, member_id, date(2026, 1, 31))
    assert info.value.problems == {"notice_on": "before_joining"}
    with UnitOfWork(coop, ADMIN) as uow:
        record_notice(uow, member_id, date(2026, 3, 1))
    saved = member(coop, member_id)
    assert saved.notice_on == date(2026, 3, 1)
    # A notice alone does not end the membership.
    assert saved.status is MemberStatus.MEMBER
    assert detail(coop, member_id).notice_on == date(2026, 3, 1)


def test_end_membership_creates_the_refund(coop):
    member_id = add(coop)
    accept(coop, member_id, date(2026, 2, 1))
    pay_shares(coop, member_id, 2, "60.00", date(2026, 2, 5))
    refund = end(coop, member_id, date(2026, 3, 15), note=" muutti pois ")
    assert refund is not None
    saved = member(coop, member_id)
    assert saved.status is MemberStatus.FORMER
    assert saved.left_on == date(2026, 3, 15)
    assert saved.leaving_reason is LeavingReason.RESIGNATION
    assert saved.leaving_note == "muutti pois"
    # The member number stays with the former member.
    assert saved.member_number == 1
    with coop.sessions() as session:
        [row] = session.scalars(select(ShareRefund)).all()
        assert row.member_id == member_id
        # The paid fee, not the subscribed 100 €.
        assert row.amount == Decimal("60.00")
        assert row.due_on == date(2027, 12, 31)
        assert row.paid_on is None


def test_end_membership_follows_the_financial_year(coop):
    set_financial_year_end(coop, 6, 30)
    early, late = add(coop, first_name="Aino"), add(coop, first_name="Lauri")
    for member_id in (early, late):
        accept(coop, member_id, date(2026, 2, 1))
        pay_shares(coop, member_id, 1, "50.00", date(2026, 2, 1))
    assert end(coop, early, date(2026, 3, 15)).due_on == date(2027, 6, 30)
    assert end(coop, late, date(2026, 7, 1)).due_on == date(2028, 6, 30)


def test_end_membership_without_payments_makes_no_refund(coop):
    member_id = add(coop)
    accept(coop, member_id)
    with UnitOfWork(coop, ADMIN) as uow:
        subscribe_shares(uow, member_id, 1, date(2026, 2, 1))
    assert end(coop, member_id, date(2026, 3, 15)) is None
    assert count(coop, ShareRefund) == 0
    assert member(coop, member_id).status is MemberStatus.FORMER


@pytest.mark.parametrize("note", ["", "   "])
def test_expulsion_needs_a_note(coop, note):
    member_id = add(coop)
    accept(coop, member_id)
    audits_before = len(audit(coop))
    with pytest.raises(ValidationError) as info:
        end(coop, member_id, date(2026, 3, 15), LeavingReason.EXPULSION, note)
    assert info.value.problems == {"leaving_note": "required"}
    saved = member(coop, member_id)
    assert (saved.status, saved.left_on) == (MemberStatus.MEMBER, None)
    assert len(audit(coop)) == audits_before

    end(coop, member_id, date(2026, 3, 15), LeavingReason.EXPULSION, "hallitus 3/2026 § 4")
    saved = member(coop, member_id)
    assert (saved.status, saved.leaving_reason) == (MemberStatus.FORMER, LeavingReason.EXPULSION)
    assert saved.leaving_note == "hallitus 3/2026 § 4"
    entry = audit(coop)[-1]
    assert entry.summary.startswith("end_membership")
    assert json.loads(entry.after)["leaving_reason"] == "expulsion"


def test_end_membership_is_refused_when_it_makes_no_sense(coop):
    applicant = add(coop, first_name="Hakija")
    with pytest.raises(ServiceError) as info:
        end(coop, applicant, date(2026, 3, 15))
    assert info.value.code == "not_member"
    member_id = add(coop)
    accept(coop, member_id, date(2026, 2, 1))
    with pytest.raises(ValidationError) as info:
        end(coop, member_id, date(2026, 1, 31))
    assert info.value.problems == {"left_on": "before_joining"}
    end(coop, member_id, date(2026, 3, 15))
    with pytest.raises(ServiceError) as info:
        end(coop, member_id, date(2026, 4, 1))
    assert info.value.code == "not_member"
    assert member(coop, member_id).left_on == date(2026, 3, 15)


@pytest.mark.parametrize(
    ("left_on", "fy_end", "due_on"),
    [
        (date(2026, 3, 15), (12, 31), date(2027, 12, 31)),
        (date(2026, 1, 1), (12, 31), date(2027, 12, 31)),
        (date(2026, 12, 31), (12, 31), date(2027, 12, 31)),
        (date(2027, 1, 1), (12, 31), date(2028, 12, 31)),
        (date(2026, 3, 15), (6, 30), date(2027, 6, 30)),
        (date(2026, 6, 30), (6, 30), date(2027, 6, 30)),
        (date(2026, 7, 1), (6, 30), date(2028, 6, 30)),
        (date(2026, 8, 31), (8, 31), date(2027, 8, 31)),
        (date(2026, 9, 30), (8, 31), date(2028, 8, 31)),
        # Leaving on a leap day.
        (date(2028, 2, 29), (12, 31), date(2029, 12, 31)),
        # Financial year ending 28.2.: 29.2.2028 belongs to the year ending 28.2.2029.
        (date(2028, 2, 29), (2, 28), date(2030, 2, 28)),
        (date(2028, 2, 28), (2, 28), date(2029, 2, 28)),
        # Financial year ending 29.2. (end of February): ends 28.2. in common years.
        (date(2028, 2, 29), (2, 29), date(2029, 2, 28)),
        (date(2027, 3, 1), (2, 29), date(2029, 2, 28)),
    ],
)
def test_refund_due_date(left_on, fy_end, due_on):
    assert refund_due_date(left_on, *fy_end) == due_on


def test_refund_due_date_defaults_to_the_calendar_year():
    assert refund_due_date(date(2026, 3, 15)) == date(2027, 12, 31)


# --- member numbers are never reused -----------------------------------------------------------


def test_numbers_are_never_reused(coop):
    first, second, third = (add(coop, first_name=n) for n in ("Eka", "Toka", "Kolmas"))
    for member_id in (first, second, third):
        accept(coop, member_id)
    pay_shares(coop, third, 1, "50.00", date(2026, 2, 1))
    refund = end(coop, third, date(2026, 3, 15))
    with UnitOfWork(coop, ADMIN) as uow:
        mark_refund_paid(uow, refund.id, date(2028, 1, 2))
    mistake = add(coop, first_name="Virhe")
    with UnitOfWork(coop, ADMIN) as uow:
        delete_member(uow, mistake)
    assert accept(coop, add(coop, first_name="Neljäs")) == 4
    assert accept(coop, add(coop, first_name="Viides")) == 5
    with coop.sessions() as session:
        numbers = sorted(session.scalars(select(Member.member_number)).all())
    assert numbers == [1, 2, 3, 4, 5]


# --- delete_member ----------------------------------------------------------------------------


def test_applicant_entered_by_mistake_is_deleted(coop):
    keep = add(coop, first_name="Jää")
    member_id = add(coop, personal_id=HETU, consents={"data_processing", "photo"})
    with UnitOfWork(coop, ADMIN) as uow:
        delete_member(uow, member_id)
    assert member(coop, member_id) is None
    assert member(coop, keep) is not None
    assert consents(coop, member_id) == []
    entry = audit(coop)[-1]
    assert (entry.action, entry.entity, entry.entity_id) == ("delete", "member", member_id)
    assert json.loads(entry.before)["status"] == "applicant"
    assert entry.after is None
    # Names and the identity code sit apart, erasable per person, never in the log itself.
    assert "308T" not in entry.before and "Maija" not in entry.before
    assert personal_values(coop, entry.id)["first_name"] == ("Maija", None)


def test_deleting_an_unknown_member(coop):
    with UnitOfWork(coop, ADMIN) as uow, pytest.raises(NotFoundError) as info:
        delete_member(uow, 12345)
    assert info.value.code == "not_found"


def _shares(db, member_id):
    with UnitOfWork(db, ADMIN) as uow:
        subscribe_shares(uow, member_id, 1, date(2026, 1, 15))


def _number(db, member_id):
    accept(db, member_id)


def _former(db, member_id):
    accept(db, member_id)
    end(db, member_id, date(2026, 3, 1))


def _work(db, member_id):
    with db.sessions() as session:
        customer = Customer(customer_number=1, kind=CustomerKind.COMPANY, name="Asiakas Oy")
        service = Service(code="SIIV", name_fi="Siivous", unit_price=Decimal("30.00"))
        assignment = WorkAssignment(
            customer=customer, service=service, title="Porraskäytävät", starts_on=APPLIED
        )
        session.add(
            WorkEntry(
                assignment=assignment,
                member_id=member_id,
                work_date=date(2026, 1, 20),
                hours=Decimal("2.5"),
            )
        )
        session.commit()


def _participant(db, member_id):
    with db.sessions() as session:
        session.add(
            Participant(
                member_id=member_id, first_name="Aino", last_name="Ahonen", intake_on=APPLIED
            )
        )
        session.commit()


def _attendance(db, member_id):
    with db.sessions() as session:
        person = Participant(
            member_id=member_id, first_name="Aino", last_name="Ahonen", intake_on=APPLIED
        )
        meeting = CoachingSession(
            kind=SessionKind.GROUP,
            starts_at=datetime(2026, 1, 20, 8, tzinfo=UTC),
            duration_minutes=90,
        )
        meeting.attendance.append(Attendance(participant=person, status=AttendanceStatus.PRESENT))
        session.add(meeting)
        session.commit()


@pytest.mark.parametrize(
    "history",
    [_shares, _number, _former, _work, _participant, _attendance],
    ids=lambda f: f.__name__.strip("_"),
)
def test_member_with_history_is_not_deleted(coop, history):
    member_id = add(coop)
    history(coop, member_id)
    audits_before = len(audit(coop))
    with UnitOfWork(coop, ADMIN) as uow, pytest.raises(ServiceError) as info:
        delete_member(uow, member_id)
    assert info.value.code == "has_history"
    assert member(coop, member_id) is not None
    assert len(audit(coop)) == audits_before


def test_applicant_with_benefit_limits_is_deleted_with_them(coop):
    """Benefit limits are no history: they go too."""
    member_id = add(coop)
    with coop.sessions() as session:
        session.add_all(
            [
                BenefitLimit(
                    member_id=member_id,
                    year=2026,
                    benefit_kind=BenefitKind.DISABILITY_PENSION_KELA,
                    monthly_limit=Decimal("1000.00"),
                ),
            ]
        )
        session.commit()
    with UnitOfWork(coop, ADMIN) as uow:
        delete_member(uow, member_id)
    assert member(coop, member_id) is None
    assert count(coop, BenefitLimit) == 0


# --- list_members -----------------------------------------------------------------------------


def test_list_rows_never_carry_the_identity_code(coop):
    codes = [HETU, "010594Y9032", make_hetu("020303", "A", "124")]
    ids = [add(coop, first_name=f"Nimi{i}", personal_id=code) for i, code in enumerate(codes)]
    accept(coop, ids[0])
    assert "personal_id" not in {f.name for f in dataclasses.fields(MemberRow)}
    for actor in (ADMIN, TREASURER):
        with UnitOfWork(coop, actor) as uow:
            rows = list_members(uow)
        assert len(rows) == 3
        text = " ".join(repr(row) for row in rows)
        for code in codes:
            assert code not in text
            assert code[7:] not in text  # the individual number and check character


def test_list_members_totals_and_order(coop):
    oona = add(coop, first_name="Oona", last_name="Virtanen")
    aaro = add(coop, first_name="Aaro", last_name="Ahonen")
    ville = add(coop, first_name="Ville", last_name="Virtanen", municipality="Espoo")
    accept(coop, oona)
    accept(coop, aaro)
    pay_shares(coop, oona, 3, "70.00", date(2026, 2, 10))
    with UnitOfWork(coop, ADMIN) as uow:
        rows = list_members(uow)
    assert [r.name for r in rows] == ["Ahonen, Aaro", "Virtanen, Oona", "Virtanen, Ville"]
    by_id = {r.id: r for r in rows}
    assert (by_id[oona].shares, by_id[oona].subscribed, by_id[oona].paid) == (
        3,
        Decimal("150.00"),
        Decimal("70.00"),
    )
    assert by_id[oona].open_fee == Decimal("80.00")
    assert (by_id[oona].member_number, by_id[aaro].member_number) == (1, 2)
    assert (by_id[aaro].shares, by_id[aaro].paid, by_id[aaro].open_fee) == (
        0,
        Decimal("0.00"),
        Decimal("0.00"),
    )
    assert by_id[ville].status is MemberStatus.APPLICANT
    assert by_id[ville].municipality == "Espoo"
    assert by_id[oona].refund_due_on is None


# --- audit ------------------------------------------------------------------------------------


def test_every_change_is_audited_under_its_action(coop):
    start = len(audit(coop))
    member_id = add(coop, personal_id=HETU)
    with UnitOfWork(coop, ADMIN) as uow:
        update_member(uow, member_id, form(personal_id=HETU, city="Turku"), today=TODAY)
    accept(coop, member_id, date(2026, 2, 1))
    with UnitOfWork(coop, ADMIN) as uow:
        record_notice(uow, member_id, date(2026, 2, 20))
    pay_shares(coop, member_id, 1, "50.00", date(2026, 2, 5))
    refund = end(coop, member_id, date(2026, 3, 15))
    with UnitOfWork(coop, ADMIN) as uow:
        mark_refund_paid(uow, refund.id, date(2028, 1, 2))
    applicant = add(coop, first_name="Hylätty")
    with UnitOfWork(coop, ADMIN) as uow:
        reject_application(uow, applicant, date(2026, 2, 1))
    entries = audit(coop)[start:]
    member_rows = [(e.action, e.summary.split()[0]) for e in entries if e.entity == "member"]
    assert member_rows == [
        ("insert", "create_member"),
        ("update", "update_member"),
        ("update", "accept_member"),
        ("update", "record_notice"),
        ("update", "end_membership"),
        ("insert", "create_member"),
        ("update", "reject_application"),
    ]
    kinds = {(e.action, e.entity) for e in entries}
    assert {
        ("insert", "share_subscription"),
        ("insert", "share_payment"),
        ("insert", "share_refund"),
        ("update", "share_refund"),
    } <= kinds
    assert {e.entity_id for e in entries if e.entity == "member"} == {member_id, applicant}
    assert {e.actor for e in entries} == {ADMIN.name}
    [city_change] = [e for e in entries if e.summary.startswith("update_member")]
    assert json.loads(city_change.before)["city"] == "•••"
    assert personal_values(coop, city_change.id)["city"] == ("Helsinki", "Turku")
    [accepted] = [e for e in entries if e.summary.startswith("accept_member")]
    assert json.loads(accepted.after)["member_number"] == 1
    # The identity code is never written to the log itself.
    for entry in entries:
        for text in (entry.summary, entry.before or "", entry.after or ""):
            assert "308T" not in text


def test_identity_code_and_consent_changes_are_recorded(coop):
    member_id = add(coop, personal_id=HETU, consents={"photo"})
    start = len(audit(coop))
    with UnitOfWork(coop, ADMIN) as uow:
        update_member(uow, member_id, form(personal_id="", consents={"contact"}), today=TODAY)
    entries = audit(coop)[start:]
    [member_change] = [e for e in entries if e.entity == "member"]
    assert personal_values(coop, member_change.id)["personal_id"] == (HETU, None)
    consent_rows = {(e.action, json.loads(e.after or "{}").get("kind")) for e in entries}
    assert ("insert", "contact") in consent_rows
    [withdrawn] = [e for e in entries if e.entity == "consent" and e.action == "update"]
    assert json.loads(withdrawn.before) == {"withdrawn_on": None}
    assert json.loads(withdrawn.after) == {"withdrawn_on": TODAY.isoformat()}


def test_audit_entry_commits_with_the_change(coop):
    """A unit of work whose commit fails leaves neither the member nor its audit entry."""

    class BrokenCommit(UnitOfWork):
        def _commit(self) -> None:
            self.session.flush()
            raise OSError("disk full")

    audits_before = len(audit(coop))
    with pytest.raises(OSError), BrokenCommit(coop, ADMIN) as uow:
        create_member(uow, form(), today=TODAY)
    assert count(coop, Member) == 0
    assert len(audit(coop)) == audits_before


# --- member_register --------------------------------------------------------------------------


def test_register_lists_current_and_unrefunded_former_members(coop):
    # Accepted in an order that differs from the alphabetical one.
    oona = add(coop, first_name="Oona", last_name="Virtanen", street="Puistotie 3")
    aaro = add(coop, first_name="Aaro", last_name="Ahonen")
    eero = add(coop, first_name="Eero", last_name="Eskola")
    add(coop, first_name="Hakija", last_name="Hakkarainen")
    rejected = add(coop, first_name="Hylätty", last_name="Hyvönen")
    with UnitOfWork(coop, ADMIN) as uow:
        reject_application(uow, rejected, date(2026, 2, 1))
    accept(coop, oona, date(2026, 2, 1))
    accept(coop, aaro, date(2026, 2, 2))
    accept(coop, eero, date(2026, 2, 3))
    pay_shares(coop, oona, 2, "100.00", date(2026, 2, 5))
    pay_shares(coop, aaro, 1, "20.00", date(2026, 2, 5))
    pay_shares(coop, eero, 3, "150.00", date(2026, 2, 5))
    refund = end(coop, eero, date(2026, 3, 15))

    with UnitOfWork(coop, TREASURER) as uow:
        register = member_register(uow)
    assert (register.cooperative, register.share_price) == ("Osuuskunta Testi", Decimal("50.00"))
    assert [(e.member_number, e.last_name) for e in register.entries] == [
        (1, "Virtanen"),
        (2, "Ahonen"),
        (3, "Eskola"),
    ]
    first, second, former = register.entries
    assert (first.street, first.joined_on, first.left_on) == (
        "Puistotie 3",
        date(2026, 2, 1),
        None,
    )
    assert (first.shares, first.paid, first.refund_due_on) == (2, Decimal("100.00"), None)
    assert (second.shares, second.paid) == (1, Decimal("20.00"))
    assert (former.left_on, former.refund_due_on) == (date(2026, 3, 15), date(2027, 12, 31))
    assert (former.shares, former.paid) == (3, Decimal("150.00"))
    assert register.total_shares == 6
    assert register.total_paid == Decimal("270.00")

    with UnitOfWork(coop, ADMIN) as uow:
        mark_refund_paid(uow, refund.id, date(2028, 1, 2))
    with UnitOfWork(coop, ADMIN) as uow:
        register = member_register(uow)
    assert [e.member_number for e in register.entries] == [1, 2]
    assert register.total_shares == 3
    assert register.total_paid == Decimal("120.00")


def test_refund_is_paid_only_once(coop):
    member_id = add(coop)
    accept(coop, member_id)
    pay_shares(coop, member_id, 1, "50.00", date(2026, 2, 1))
    refund = end(coop, member_id, date(2026, 3, 15))
    with UnitOfWork(coop, ADMIN) as uow:
        mark_refund_paid(uow, refund.id, date(2028, 1, 2))
    with UnitOfWork(coop, ADMIN) as uow, pytest.raises(ServiceError) as info:
        mark_refund_paid(uow, refund.id, date(2028, 1, 3))
    assert info.value.code == "already_refunded"
    with coop.sessions() as session:
        assert session.get(ShareRefund, refund.id).paid_on == date(2028, 1, 2)
    with UnitOfWork(coop, ADMIN) as uow, pytest.raises(NotFoundError) as info:
        mark_refund_paid(uow, 999, date(2028, 1, 3))
    assert info.value.code == "not_found"


@pytest.mark.parametrize("typed", ["", "010594Y9032"])
def test_non_admin_cannot_clear_or_replace_a_stored_identity_code(coop, typed):
    treasurer = Actor("treasurer", Role.TREASURER)
    member_id = add(coop, personal_id="131052-308T")
    changed = dataclasses.replace(detail(coop, member_id, treasurer).form, personal_id=typed)
    with UnitOfWork(coop, treasurer) as uow:
        update_member(uow, member_id, changed, today=TODAY)
    assert member(coop, member_id).personal_id == "131052-308T"


def test_refund_due_is_listed_until_paid_back(coop):
    from app.services.membership import pay_member_refunds

    member_id = add(coop)
    accept(coop, member_id)
    pay_shares(coop, member_id, 1, "50.00", date(2026, 2, 2))
    end(coop, member_id, date(2026, 3, 15))
    with UnitOfWork(coop) as uow:
        row = next(r for r in list_members(uow) if r.id == member_id)
    assert row.refund_due_on == date(2027, 12, 31)
    with UnitOfWork(coop) as uow:
        assert pay_member_refunds(uow, member_id, date(2028, 1, 2)) == Decimal("50.00")
    with UnitOfWork(coop) as uow:
        row = next(r for r in list_members(uow) if r.id == member_id)
        assert row.refund_due_on is None
        assert row.member_number not in {e.member_number for e in member_register(uow).entries}
    with UnitOfWork(coop) as uow, pytest.raises(ServiceError) as info:
        pay_member_refunds(uow, member_id, date(2028, 1, 3))
    assert info.value.code == "already_refunded"


def test_values_longer_than_the_register_keeps_are_refused(coop):
    with pytest.raises(ValidationError) as info:
        add(coop, street="Pitkäkatu " * 30, email=("a" * 200) + "@example.org")
    assert info.value.problems == {"street": "too_long", "email": "too_long"}
    assert count(coop, Member) == 0


def test_acceptance_cannot_be_dated_in_the_future(coop):
    member_id = add(coop)
    with UnitOfWork(coop, ADMIN) as uow, pytest.raises(ValidationError) as info:
        accept_member(uow, member_id, date(2026, 7, 1), today=TODAY)
    assert info.value.problems == {"accepted_on": "future"}
    assert member(coop, member_id).member_number is None
