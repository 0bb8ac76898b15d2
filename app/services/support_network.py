"""A participant's support network (tukiverkosto): kept only with the person's consent and
shown only to facilitators."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date

from sqlalchemy import select

from app.domain import Participant, SupportContact
from app.domain.coaching_enums import SupportRole

from .errors import NotFoundError, ValidationError
from .member_form import EMAIL, PHONE
from .policy import Permission, requires
from .uow import UnitOfWork


@dataclass
class SupportContactForm:
    name: str
    role: SupportRole = SupportRole.OTHER
    organisation: str = ""
    phone: str = ""
    email: str = ""
    note: str = ""
    consent_on: date | None = None


@dataclass(frozen=True)
class SupportContactRow:
    id: int
    form: SupportContactForm


def _validate(form: SupportContactForm, today: date) -> None:
    problems = {}
    if not form.name.strip():
        problems["name"] = "required"
    if form.consent_on is None:
        problems["consent_on"] = "required"
    elif form.consent_on > today:
        problems["consent_on"] = "in_future"
    if form.email.strip() and not EMAIL.fullmatch(form.email.strip()):
        problems["email"] = "invalid"
    if form.phone.strip() and not PHONE.fullmatch(form.phone.strip()):
        problems["phone"] = "invalid"
    for key, limit in (("name", 200), ("organisation", 200), ("phone", 50), ("email", 200)):
        if len(getattr(form, key).strip()) > limit:
            problems[key] = "too_long"
    if problems:
        raise ValidationError(problems)


def _apply(contact: SupportContact, form: SupportContactForm) -> None:
    for f in fields(SupportContactForm):
        value = getattr(form, f.name)
        setattr(contact, f.name, value.strip() if isinstance(value, str) else value)


@requires(Permission.SENSITIVE)
def support_contacts(uow: UnitOfWork, participant_id: int) -> list[SupportContactRow]:
    if uow.session.get(Participant, participant_id) is None:
        raise NotFoundError("participant", participant_id)
    rows = uow.session.scalars(
        select(SupportContact)
        .where(SupportContact.participant_id == participant_id)
        .order_by(SupportContact.name, SupportContact.id)
    )
    return [
        SupportContactRow(
            c.id,
            SupportContactForm(**{f.name: getattr(c, f.name) for f in fields(SupportContactForm)}),
        )
        for c in rows
    ]


@requires(Permission.SENSITIVE)
def add_support_contact(
    uow: UnitOfWork, participant_id: int, form: SupportContactForm, today: date | None = None
) -> int:
    if uow.session.get(Participant, participant_id) is None:
        raise NotFoundError("participant", participant_id)
    _validate(form, today or date.today())
    contact = SupportContact(participant_id=participant_id)
    _apply(contact, form)
    uow.session.add(contact)
    uow.session.flush()
    return contact.id


@requires(Permission.SENSITIVE)
def update_support_contact(
    uow: UnitOfWork, contact_id: int, form: SupportContactForm, today: date | None = None
) -> None:
    contact = uow.session.get(SupportContact, contact_id)
    if contact is None:
        raise NotFoundError("support contact", contact_id)
    _validate(form, today or date.today())
    _apply(contact, form)


@requires(Permission.SENSITIVE)
def remove_support_contact(uow: UnitOfWork, contact_id: int) -> None:
    """When consent is withdrawn the contact goes (the audit keeps only masked values)."""
    contact = uow.session.get(SupportContact, contact_id)
    if contact is None:
        raise NotFoundError("support contact", contact_id)
    uow.session.delete(contact)
