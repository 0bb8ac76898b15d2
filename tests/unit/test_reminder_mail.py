"""E-mailing a payment reminder: the PDF in the invoice's language, recorded once, and
nothing recorded when the mail server refuses."""

from __future__ import annotations

import smtplib
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.documents.invoice_mail import MailSettings, save_mail_settings
from app.documents.reminder_mail import send_reminder_mail
from app.domain import Customer, Invoice, InvoiceSending, ReferenceRate, Reminder
from app.domain.enums import CustomerKind, Language
from app.services.errors import PermissionDeniedError, ServiceError
from app.services.sendings import invoice_sendings
from app.services.uow import UnitOfWork
from tests.payment_world import FACILITATOR, TREASURER, add_invoice, build_world
from tests.unit.test_invoice_mail import FakeSmtp, memory_keyring  # noqa: F401 (a fixture)

ON = date(2026, 11, 23)


class RefusingSmtp(FakeSmtp):
    """A mail server that takes the connection and then refuses the message."""

    def send_message(self, message):
        raise smtplib.SMTPDataError(554, b"Message rejected")


@pytest.fixture
def world(coop_db, memory_keyring):  # noqa: F811
    world = build_world(coop_db)
    with coop_db.sessions() as session:
        session.add(ReferenceRate(valid_from=date(2026, 7, 1), rate=Decimal("2.50")))
        swedish = add_invoice(
            session, 5, "Lindqvist Anna", CustomerKind.HOUSEHOLD, "80.00", "25.5",
            "2026-10-01", "2026-10-15", language=Language.SV,
        )  # fmt: skip
        world.invoices[5] = swedish.id
        for invoice_id, address in ((world.invoices[3], "matti@example.fi"),
                                    (swedish.id, "anna@example.fi")):  # fmt: skip
            invoice = session.get(Invoice, invoice_id)
            session.get(Customer, invoice.customer_id).email = address
        session.commit()
    with UnitOfWork(coop_db) as uow:
        settings = MailSettings("smtp.example", 587, "laskutus", "laskutus@osuuskunta.example")
        save_mail_settings(uow, settings, password="salainen")
    FakeSmtp.sent = []
    return world


def counts(db, invoice_id):
    with UnitOfWork(db, write=False) as uow:
        reminders = uow.session.scalars(select(Reminder).where(Reminder.invoice_id == invoice_id))
        sendings = uow.session.scalars(
            select(InvoiceSending).where(InvoiceSending.invoice_id == invoice_id)
        )
        return len(reminders.all()), len(sendings.all())


def test_the_reminder_goes_with_its_pdf_and_is_recorded_once(world, coop_db):
    invoice_id = world.invoices[3]
    to = send_reminder_mail(coop_db, TREASURER, invoice_id, ON, smtp_factory=FakeSmtp)
    assert to == "matti@example.fi"
    assert FakeSmtp.last.calls == ["starttls", ("login", "laskutus", "salainen")]
    [message] = FakeSmtp.sent
    assert message["Subject"] == "Maksumuistutus: lasku 3"
    assert message["To"] == "matti@example.fi"
    body = message.get_body(("plain",)).get_content()
    # Open 86,80 + fee 5,00 + interest 0,68; the new due date two weeks on (a banking day).
    assert "92,48" in body and "7.12.2026" in body and "10032" in body
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == "maksumuistutus-3.pdf"
    assert attachment.get_content().startswith(b"%PDF")
    with UnitOfWork(coop_db, write=False) as uow:
        reminder = uow.session.scalar(select(Reminder))
        sending = uow.session.scalar(select(InvoiceSending))
        assert (reminder.invoice_id, reminder.sent_on, reminder.fee) == (
            invoice_id, ON, Decimal("5.00")
        )  # fmt: skip
        assert (sending.channel, sending.reminder_id, sending.recipient) == (
            "reminder", reminder.id, "matti@example.fi"
        )  # fmt: skip
    # Mailed again the same day (to another address): the same reminder, one more sending.
    send_reminder_mail(coop_db, TREASURER, invoice_id, ON, "toinen@example.fi",
                       smtp_factory=FakeSmtp)  # fmt: skip
    assert counts(coop_db, invoice_id) == (1, 2)
    with UnitOfWork(coop_db, TREASURER, write=False) as uow:
        history = invoice_sendings(uow, invoice_id)
    assert [(h.channel, h.recipient, h.reminder_level) for h in history] == [
        ("reminder", "matti@example.fi", 1),
        ("reminder", "toinen@example.fi", 1),
    ]


def test_the_reminder_is_in_the_invoices_language(world, coop_db):
    send_reminder_mail(coop_db, TREASURER, world.invoices[5], ON, smtp_factory=FakeSmtp)
    [message] = FakeSmtp.sent
    assert message["Subject"] == "Betalningspåminnelse: faktura 5"
    assert "Med vänliga hälsningar" in message.get_body(("plain",)).get_content()
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == "betalningspaminnelse-5.pdf"


def test_a_refusing_mail_server_records_nothing_and_a_retry_records_once(world, coop_db):
    invoice_id = world.invoices[3]
    with pytest.raises(ServiceError) as caught:
        send_reminder_mail(coop_db, TREASURER, invoice_id, ON, smtp_factory=RefusingSmtp)
    assert caught.value.code == "smtp_failed"
    assert counts(coop_db, invoice_id) == (0, 0)

    def unreachable(host, port, timeout=None):
        raise ConnectionRefusedError(111, "Connection refused")

    with pytest.raises(ServiceError):
        send_reminder_mail(coop_db, TREASURER, invoice_id, ON, smtp_factory=unreachable)
    assert counts(coop_db, invoice_id) == (0, 0)
    send_reminder_mail(coop_db, TREASURER, invoice_id, ON, smtp_factory=FakeSmtp)
    assert counts(coop_db, invoice_id) == (1, 1)


def test_too_early_or_as_a_facilitator_nothing_is_sent(world, coop_db):
    with pytest.raises(ServiceError) as caught:
        # Invoice 4 (a household) is due 9.11.2026: no reminder before 23.11.
        send_reminder_mail(
            coop_db, TREASURER, world.invoices[4], date(2026, 11, 20), "liisa@example.fi",
            smtp_factory=FakeSmtp,
        )  # fmt: skip
    assert caught.value.code == "too_early"
    with pytest.raises(PermissionDeniedError):
        send_reminder_mail(coop_db, FACILITATOR, world.invoices[3], ON, smtp_factory=FakeSmtp)
    assert FakeSmtp.sent == []
    assert counts(coop_db, world.invoices[3]) == (0, 0)
