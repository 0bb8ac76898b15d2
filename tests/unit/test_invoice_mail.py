"""E-mailing an invoice: the PDF goes through the SMTP account, the password from the keyring."""

from __future__ import annotations

from datetime import date

import keyring
import pytest
from keyring.backend import KeyringBackend
from sqlalchemy import select

from app.documents.invoice_mail import MailSettings, save_mail_settings, send_invoice
from app.domain import Customer, Invoice, InvoiceSending
from app.domain.enums import Role
from app.services.errors import PermissionDeniedError, ServiceError, ValidationError
from app.services.invoice_drafts import DraftForm, create_draft, unbilled_hours
from app.services.invoice_issue import issue_invoice
from app.services.policy import Actor
from app.services.uow import UnitOfWork
from tests.invoice_fixtures import add_business


class MemoryKeyring(KeyringBackend):
    """The OS keyring stand-in: tests never touch the machine's real one."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.passwords.get((service, username))

    def set_password(self, service, username, password):
        self.passwords[(service, username)] = password

    def delete_password(self, service, username):
        self.passwords.pop((service, username), None)


class FakeSmtp:
    """Records what a mail server would have been told."""

    sent: list = []

    def __init__(self, host, port, timeout=None):
        self.host, self.port, self.calls = host, port, []
        FakeSmtp.last = self

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def starttls(self, context=None):
        self.calls.append("starttls")

    def login(self, user, password):
        self.calls.append(("login", user, password))

    def send_message(self, message):
        FakeSmtp.sent.append(message)


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def issued(coop_db):
    ids = add_business(coop_db)
    with UnitOfWork(coop_db) as uow:
        uow.session.get(Customer, ids["town"]).email = "laskut@aanekoski.example"
        lines = [g.as_line() for g in unbilled_hours(uow, ids["town"])]
        draft = create_draft(uow, DraftForm(ids["town"], date(2026, 6, 1), lines=lines))
    with UnitOfWork(coop_db) as uow:
        issue_invoice(uow, draft, date(2026, 6, 1))
    return draft


def test_the_invoice_goes_by_email_with_its_pdf_and_is_recorded(coop_db, issued, memory_keyring):
    FakeSmtp.sent = []
    with UnitOfWork(coop_db, write=False) as uow:
        version = uow.session.get(Invoice, issued).version
    with UnitOfWork(coop_db) as uow:
        settings = MailSettings("smtp.example", 587, "laskutus", "laskutus@osuuskunta.example")
        save_mail_settings(uow, settings, password="salainen")
    assert ("Osuva SMTP", "laskutus@smtp.example") in memory_keyring.passwords
    to = send_invoice(coop_db, Actor("t", Role.TREASURER), issued, smtp_factory=FakeSmtp)
    assert to == "laskut@aanekoski.example"
    assert FakeSmtp.last.calls == ["starttls", ("login", "laskutus", "salainen")]
    [message] = FakeSmtp.sent
    assert message["Subject"] == "Lasku 1" and message["To"] == to
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == "lasku-1.pdf"
    assert attachment.get_content().startswith(b"%PDF")
    with UnitOfWork(coop_db, write=False) as uow:
        [sending] = uow.session.scalars(select(InvoiceSending)).all()
        assert (sending.invoice_id, sending.recipient) == (issued, to)
        assert uow.session.get(Invoice, issued).version == version  # the invoice untouched


def test_no_smtp_account_no_address_or_facilitator_is_refused(coop_db, issued, memory_keyring):
    with pytest.raises(ServiceError, match="SMTP"):
        send_invoice(coop_db, Actor("t", Role.TREASURER), issued, smtp_factory=FakeSmtp)
    with UnitOfWork(coop_db) as uow:
        settings = MailSettings("smtp.example", 587, "", "laskutus@osuuskunta.example", "none")
        save_mail_settings(uow, settings)
    with pytest.raises(ValidationError):
        send_invoice(
            coop_db, Actor("t", Role.TREASURER), issued, "ei-osoite", smtp_factory=FakeSmtp
        )
    with pytest.raises(PermissionDeniedError):
        send_invoice(coop_db, Actor("t", Role.FACILITATOR), issued, smtp_factory=FakeSmtp)
