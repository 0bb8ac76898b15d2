"""The member register: listing, adding, editing and (only without history) deleting."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from decimal import Decimal

from sqlalchemy import func, or_, select, type_coerce

from app.domain import (
    Consent,
    EmploymentCertificate,
    EmploymentPeriod,
    LoadCeiling,
    Member,
    Participant,
    SharePayment,
    ShareRefund,
    ShareSubscription,
    WageRate,
    WorkEntry,
    assignment_member,
)
from app.domain.base import Money
from app.domain.enums import ConsentKind, MemberKind, MemberStatus

from .earnings import ceiling_on, limit_for, store_limits
from .errors import NotFoundError, ServiceError, StaleError, ValidationError
from .listing import (
    ListQuery,
    ListSpec,
    Page,
    fetch_page,
    likely,
    position_in,
    search_key,
    starts_with,
)
from .member_form import LIMIT_FIELDS, MemberForm, validate_member_form
from .policy import Permission, requires
from .uow import UnitOfWork

FORM_CONSENTS = (ConsentKind.DATA_PROCESSING, ConsentKind.PHOTO, ConsentKind.CONTACT)


@dataclass(frozen=True)
class MemberRow:
    """One line of the members list: never the identity code."""

    id: int
    member_number: int | None
    name: str
    kind: MemberKind
    status: MemberStatus
    joined_on: date | None
    notice_on: date | None
    left_on: date | None
    municipality: str
    shares: int
    subscribed: Decimal
    paid: Decimal
    refund_due_on: date | None

    @property
    def open_fee(self) -> Decimal:
        return max(self.subscribed - self.paid, Decimal("0.00"))


def share_totals():
    """Per-member subqueries: (member_id, shares, amount) subscribed and (member_id, paid)."""
    subscribed = (
        select(
            ShareSubscription.member_id,
            func.sum(ShareSubscription.share_count).label("shares"),
            # share_count is a plain integer, so the product stays in the Money scale.
            type_coerce(
                func.sum(ShareSubscription.share_count * ShareSubscription.unit_price), Money()
            ).label("amount"),
        )
        .group_by(ShareSubscription.member_id)
        .subquery()
    )
    paid = (
        select(
            ShareSubscription.member_id,
            type_coerce(func.sum(SharePayment.amount), Money()).label("paid"),
        )
        .join(SharePayment, SharePayment.subscription_id == ShareSubscription.id)
        .group_by(ShareSubscription.member_id)
        .subquery()
    )
    return subscribed, paid


def pending_refunds():
    """Per-member subquery (member_id, due_on) of share fees still to be paid back."""
    return (
        select(ShareRefund.member_id, func.min(ShareRefund.due_on).label("due_on"))
        .where(ShareRefund.paid_on.is_(None))
        .group_by(ShareRefund.member_id)
        .subquery()
    )


# Named filters of the members list (the Members tab's "Show" choices).
MEMBER_FILTERS = {
    "current": (Member.status == MemberStatus.MEMBER,),
    "applicants": (Member.status == MemberStatus.APPLICANT,),
    "former": (Member.status == MemberStatus.FORMER,),
    "supporting": (Member.status == MemberStatus.MEMBER, Member.kind == MemberKind.SUPPORTING),
}
# Most people on the register are current members: while searching, `likely` keeps SQLite
# from walking them all in name order to find the few the search matches.
CURRENT = Member.status == MemberStatus.MEMBER

MEMBER_LIST = ListSpec(
    sorts={
        "number": (Member.member_number,),
        "name": (Member.search_name,),
        "kind": (Member.kind,),
        "status": (Member.status,),
        "joined": (Member.accepted_on,),
        "municipality": (Member.municipality,),
    },
    default_sort="name",
    default_descending=False,
    id_column=Member.id,
)


def _member_base(query: ListQuery):
    base = select(
        Member.id,
        Member.member_number,
        Member.first_name,
        Member.last_name,
        Member.kind,
        Member.status,
        Member.accepted_on,
        Member.notice_on,
        Member.left_on,
        Member.municipality,
    )
    conditions = MEMBER_FILTERS.get(query.filter or "", ())
    words = search_key(query.search)
    if not words:
        return base.where(*conditions)
    # A number finds that member; words find names by their start, either way round.
    matches = [starts_with(Member.search_name, words), starts_with(Member.search_given, words)]
    if words.isdigit():
        matches.append(Member.member_number == int(words))
    hinted = (likely(c) if c.compare(CURRENT) else c for c in conditions)
    return base.where(*hinted, or_(*matches))


def _share_figures(uow: UnitOfWork, ids: list[int]) -> dict[int, tuple]:
    """(shares, subscribed, paid, refund due) for just these members, in one statement."""
    if not ids:
        return {}
    sub = ShareSubscription
    shares = select(func.sum(sub.share_count)).where(sub.member_id == Member.id)
    amount = select(type_coerce(func.sum(sub.share_count * sub.unit_price), Money())).where(
        sub.member_id == Member.id
    )
    paid = (
        select(type_coerce(func.sum(SharePayment.amount), Money()))
        .join(sub, sub.id == SharePayment.subscription_id)
        .where(sub.member_id == Member.id)
    )
    due = select(func.min(ShareRefund.due_on)).where(
        ShareRefund.member_id == Member.id, ShareRefund.paid_on.is_(None)
    )
    query = select(
        Member.id,
        shares.scalar_subquery(),
        amount.scalar_subquery(),
        paid.scalar_subquery(),
        due.scalar_subquery(),
    ).where(Member.id.in_(ids))
    return {row[0]: tuple(row[1:]) for row in uow.session.execute(query)}


@requires(Permission.MEMBER_DIRECTORY)
def list_members(uow: UnitOfWork, query: ListQuery | None = None) -> Page[MemberRow]:
    """One page of the member register with share totals; by name unless asked otherwise."""
    query = query or ListQuery(limit=None)
    rows, total = fetch_page(uow.session, MEMBER_LIST, _member_base(query), query)
    # Share money is the treasurer's: a facilitator's list carries none of it.
    figures = _share_figures(uow, [r.id for r in rows]) if uow.may(Permission.SHARES) else {}
    zero = Decimal("0.00")
    page = []
    for r in rows:
        shares, amount, paid_amount, due_on = figures.get(r.id, (None, None, None, None))
        page.append(
            MemberRow(
                id=r.id,
                member_number=r.member_number,
                name=f"{r.last_name}, {r.first_name}",
                kind=r.kind,
                status=r.status,
                joined_on=r.accepted_on,
                notice_on=r.notice_on,
                left_on=r.left_on,
                municipality=r.municipality,
                shares=int(shares or 0),
                subscribed=amount or zero,
                paid=paid_amount or zero,
                refund_due_on=due_on,
            )
        )
    return Page(page, total, query.offset)


@requires(Permission.MEMBER_DIRECTORY)
def member_row_position(uow: UnitOfWork, query: ListQuery, member_id: int) -> int | None:
    """Where the member stands in the sorted, filtered list (0-based), or None if not in it."""
    return position_in(uow.session, MEMBER_LIST, _member_base(query), query, member_id)


@dataclass(frozen=True)
class MemberDetail:
    """A member as the form shows it; the identity code masked for those who may not see it."""

    id: int
    member_number: int | None
    status: MemberStatus
    accepted_on: date | None
    board_decision: str
    notice_on: date | None
    left_on: date | None
    form: MemberForm
    personal_id_masked: bool
    # Saved with the form: a save over someone else's newer change is refused (StaleError).
    version: int = 0


def mask_personal_id(code: str) -> str:
    """Birth date part only: 131052-308T → 131052-****."""
    return f"{code[:7]}****" if code else ""


@requires(Permission.MEMBER_DIRECTORY)
def require_member(uow: UnitOfWork, member_id: int) -> Member:
    """The member, or NotFoundError when the row is gone (e.g. deleted meanwhile)."""
    member = uow.session.get(Member, member_id)
    if member is None:
        raise NotFoundError("member", member_id)
    return member


def _active_consents(uow: UnitOfWork, member_id: int) -> set[str]:
    rows = uow.session.scalars(
        select(Consent.kind).where(Consent.member_id == member_id, Consent.withdrawn_on.is_(None))
    )
    return {kind.value for kind in rows}


@requires(Permission.MEMBER_REGISTER)
def get_member(uow: UnitOfWork, member_id: int, *, today: date | None = None) -> MemberDetail:
    """The member's form; the earnings limits are this year's (``today``'s)."""
    member = require_member(uow, member_id)
    visible = uow.may(Permission.PERSONAL_ID)
    form = MemberForm(
        **{
            f.name: getattr(member, f.name)
            for f in fields(MemberForm)
            if f.name not in ("consents", "personal_id", *LIMIT_FIELDS)
        },
        **_limits_of(uow, member, today or date.today()),
        personal_id=(member.personal_id or "")
        if visible
        else mask_personal_id(member.personal_id or ""),
        consents=_active_consents(uow, member_id),
    )
    return MemberDetail(
        id=member.id,
        member_number=member.member_number,
        status=member.status,
        accepted_on=member.accepted_on,
        board_decision=member.board_decision,
        notice_on=member.notice_on,
        left_on=member.left_on,
        form=form,
        personal_id_masked=not visible and bool(member.personal_id),
        version=member.version,
    )


def _refuse_identity_code_from_non_admin(uow: UnitOfWork, code: str) -> None:
    # A "duplicate" answer would confirm a guessed code, so only an admin enters codes.
    if code.strip() and not uow.may(Permission.PERSONAL_ID):
        raise ValidationError({"personal_id": "admin_only"})


def _check_unique_personal_id(uow: UnitOfWork, code: str, member_id: int | None) -> None:
    if not code:
        return
    query = select(Member.id).where(Member.personal_id == code)
    if member_id is not None:
        query = query.where(Member.id != member_id)
    if uow.session.scalar(query) is not None:
        raise ValidationError({"personal_id": "duplicate"})


def _sync_consents(uow: UnitOfWork, member: Member, wanted: set[str], today: date) -> None:
    active = {c.kind.value: c for c in member.consents if c.withdrawn_on is None}
    for kind in FORM_CONSENTS:
        if kind.value in wanted and kind.value not in active:
            member.consents.append(Consent(kind=kind, given_on=today))
        elif kind.value not in wanted and kind.value in active:
            active[kind.value].withdrawn_on = today


def _limits_of(uow: UnitOfWork, member: Member, today: date) -> dict[str, Decimal | None]:
    limit = limit_for(uow.session, member.id, today.year)
    return {
        "monthly_earnings_limit": limit.monthly_limit if limit else None,
        "yearly_earnings_limit": limit.yearly_limit if limit else None,
        "weekly_hour_ceiling": ceiling_on(uow.session, member.id, today),
    }


def _store_limits(uow: UnitOfWork, member: Member, form: MemberForm, today: date) -> None:
    store_limits(
        uow.session,
        member,
        monthly=form.monthly_earnings_limit,
        yearly=form.yearly_earnings_limit,
        ceiling=form.weekly_hour_ceiling,
        today=today,
    )


def _apply(member: Member, form: MemberForm) -> None:
    for f in fields(MemberForm):
        if f.name not in ("consents", "personal_id", *LIMIT_FIELDS):
            setattr(member, f.name, getattr(form, f.name))
    member.personal_id = form.personal_id or None


@requires(Permission.MEMBER_REGISTER)
def create_member(uow: UnitOfWork, form: MemberForm, *, today: date | None = None) -> int:
    """Register an applicant; the member number comes when the board accepts them."""
    today = today or date.today()
    _refuse_identity_code_from_non_admin(uow, form.personal_id)
    clean = validate_member_form(form, today=today)
    _check_unique_personal_id(uow, clean.personal_id, None)
    member = Member(status=MemberStatus.APPLICANT)
    _apply(member, clean)
    uow.session.add(member)
    _sync_consents(uow, member, clean.consents, today)
    uow.session.flush()
    _store_limits(uow, member, clean, today)
    return member.id


@requires(Permission.MEMBER_REGISTER)
def update_member(
    uow: UnitOfWork,
    member_id: int,
    form: MemberForm,
    *,
    today: date | None = None,
    expected_version: int | None = None,
) -> None:
    """Save the form; a masked identity code (non-admin) leaves the stored one unchanged.

    With `expected_version` (the version the form was loaded with), a member someone else
    saved meanwhile is not overwritten: StaleError, and nothing changes.
    """
    today = today or date.today()
    member = require_member(uow, member_id)
    if expected_version is not None and member.version != expected_version:
        raise StaleError("member", member_id, current=member.version)
    if member.erased_at is not None:
        raise ServiceError("the member's personal data has been erased", code="erased")
    # Only an administrator sees the stored code, so only they may change or clear it.
    if not uow.may(Permission.PERSONAL_ID) or (
        member.personal_id and form.personal_id == mask_personal_id(member.personal_id)
    ):
        form = MemberForm(**{**vars(form), "personal_id": member.personal_id or ""})
    clean = validate_member_form(form, today=today)
    _check_unique_personal_id(uow, clean.personal_id, member_id)
    if member.accepted_on and clean.applied_on > member.accepted_on:
        raise ValidationError({"applied_on": "after_acceptance"})
    _apply(member, clean)
    _sync_consents(uow, member, clean.consents, today)
    _store_limits(uow, member, clean, today)


@requires(Permission.MEMBER_DIRECTORY)
def has_history(uow: UnitOfWork, member_id: int) -> bool:
    """Shares, work, coaching or a number: then a member is ended, never deleted."""
    session = uow.session
    checks = (
        select(ShareSubscription.id).where(ShareSubscription.member_id == member_id),
        select(WorkEntry.id).where(WorkEntry.member_id == member_id),
        # Coaching records belong to the member's participant row.
        select(Participant.id).where(Participant.member_id == member_id),
        select(WorkEntry.id).where(WorkEntry.substitute_for_id == member_id),
        select(EmploymentCertificate.id).where(EmploymentCertificate.member_id == member_id),
        select(Member.id).where(Member.id == member_id, Member.member_number.is_not(None)),
    )
    return any(session.scalar(q.limit(1)) is not None for q in checks)


@requires(Permission.MEMBER_REGISTER)
def delete_member(uow: UnitOfWork, member_id: int) -> None:
    """Remove an application made by mistake; anyone with history is ended instead."""
    member = require_member(uow, member_id)
    if has_history(uow, member_id):
        raise ServiceError(
            "a member with history cannot be deleted; end the membership instead",
            code="has_history",
        )
    for consent in list(member.consents):
        uow.session.delete(consent)
    for limit in list(member.benefit_limits):
        uow.session.delete(limit)
    # One object at a time, so the audit log sees every row that goes.
    for model in (LoadCeiling, WageRate, EmploymentPeriod):
        for row in uow.session.scalars(select(model).where(model.member_id == member_id)):
            uow.session.delete(row)
    uow.session.flush()
    uow.session.connection().execute(
        assignment_member.delete().where(assignment_member.c.member_id == member_id)
    )
    uow.session.delete(member)
