"""The invoice run e-mails each issued invoice; a mail failure never undoes an issue."""

from __future__ import annotations

import smtplib
from datetime import date

import pytest
from sqlalchemy import select

from app.cli import main
from app.documents.invoice_batch import issue_month
from app.documents.invoice_mail import MailSettings, save_mail_settings
from app.domain import Customer, Invoice, InvoiceSending
from app.domain.enums import InvoiceState, Role
from app.services.errors import ServiceError
from app.services.policy import Actor
from app.services.uow import UnitOfWork
from tests.invoice_fixtures import add_business
from tests.unit.test_invoice_mail import FakeSmtp, memory_keyring  # noqa: F401 (a fixture)

TREASURER = Actor("t", Role.TREASURER)
MAY, ISSUED_ON = date(2026, 5, 1), date(2026, 6, 1)


class RefusingBuilder(FakeSmtp):
    """Takes every message but the one to the builder's address."""

    def send_message(self, message):
        if message["To"] == "tilit@rakennus.example":
            raise smtplib.SMTPRecipientsRefused(
                {"tilit@rakennus.example": (550, b"5.1.1 Mailbox unavailable")}
            )
        super().send_message(message)


class DeadServer(FakeSmtp):
    tries = 0

    def __init__(self, host, port, timeout=None):
        DeadServer.tries += 1
        raise ConnectionRefusedError(111, "Connection refused")


@pytest.fixture
def business(coop_db, memory_keyring):  # noqa: F811
    """Three customers to invoice in May: a household, a builder and the town by e-mail."""
    ids = add_business(coop_db)
    with UnitOfWork(coop_db) as uow:
        home = uow.session.get(Customer, ids["home"])
        home.email = "maija@example.fi"
        builder = uow.session.get(Customer, ids["builder"])
        builder.business_id, builder.email = "2617416-4", "tilit@rakennus.example"
        uow.session.get(Customer, ids["town"]).email = "laskut@aanekoski.example"
        settings = MailSettings("smtp.example", 587, "laskutus", "laskutus@osuuskunta.example")
        save_mail_settings(uow, settings, password="salainen")
    FakeSmtp.sent = []
    return ids


def sendings(db) -> list[tuple[int, str, str]]:
    with UnitOfWork(db, write=False) as uow:
        rows = uow.session.execute(
            select(Invoice.number, InvoiceSending.channel, InvoiceSending.recipient)
            .join(Invoice, Invoice.id == InvoiceSending.invoice_id)
            .order_by(Invoice.number)
        )
        return [tuple(row) for row in rows]


def issued_numbers(db) -> list[int]:
    with UnitOfWork(db, write=False) as uow:
        invoices = uow.session.scalars(select(Invoice).order_by(Invoice.number))
        return [i.number for i in invoices if i.state == InvoiceState.ISSUED]


def test_each_invoice_goes_to_its_customer_with_its_pdf_and_is_recorded(
    coop_db, business, tmp_path
):
    outcome = issue_month(
        coop_db, TREASURER, MAY, ISSUED_ON, tmp_path / "laskut", email=True, smtp_factory=FakeSmtp
    )
    assert [(n, to) for n, _, to in outcome.emailed] == [
        (1, "maija@example.fi"),
        (2, "tilit@rakennus.example"),
        (3, "laskut@aanekoski.example"),
    ]
    for message, number in zip(FakeSmtp.sent, (1, 2, 3), strict=True):
        [attachment] = list(message.iter_attachments())
        assert attachment.get_filename() == f"lasku-{number}.pdf"
        assert attachment.get_content().startswith(b"%PDF")
        # The very PDF the run wrote into the folder, not a second rendering of it.
        assert (
            attachment.get_content() == (tmp_path / "laskut" / f"lasku-{number}.pdf").read_bytes()
        )
    # The household is Swedish-speaking: its message is in Swedish, the others in Finnish.
    assert [m["Subject"] for m in FakeSmtp.sent] == ["Faktura 1", "Lasku 2", "Lasku 3"]
    assert sendings(coop_db) == [
        (1, "email", "maija@example.fi"),
        (2, "email", "tilit@rakennus.example"),
        (3, "email", "laskut@aanekoski.example"),
    ]
    assert outcome.by_hand == [] and outcome.not_sent == []


def test_without_the_option_nothing_is_mailed(coop_db, business, tmp_path):
    outcome = issue_month(
        coop_db, TREASURER, MAY, ISSUED_ON, tmp_path / "laskut", smtp_factory=FakeSmtp
    )
    assert len(outcome.issued) == 3
    assert FakeSmtp.sent == [] and sendings(coop_db) == [] and outcome.emailed == []


def test_a_refused_message_leaves_that_invoice_issued_and_unrecorded(coop_db, business, tmp_path):
    with UnitOfWork(coop_db) as uow:
        uow.session.get(Customer, business["home"]).email = "ei osoite"
        town = uow.session.get(Customer, business["town"])
        town.einvoice_address, town.einvoice_operator = "003720774740", "003721291126"
    outcome = issue_month(
        coop_db,
        TREASURER,
        MAY,
        ISSUED_ON,
        tmp_path / "laskut",
        email=True,
        smtp_factory=RefusingBuilder,
    )
    assert issued_numbers(coop_db) == [1, 2, 3]
    assert sorted(p.name for p in (tmp_path / "laskut").iterdir()) == [
        "lasku-1.pdf",
        "lasku-2.pdf",
        "lasku-3.pdf",
        "lasku-3.xml",
    ]
    assert outcome.emailed == []
    assert outcome.by_hand == [(1, "Maija Meikäläinen")]  # no usable address
    [refused] = outcome.not_sent
    assert (refused.number, refused.customer) == (2, "Rakennus Oy")
    assert refused.answer == "550 5.1.1 Mailbox unavailable" and not refused.unreachable
    # The town takes e-invoices: its Finvoice is written, never e-mailed.
    assert [p.name for p in outcome.einvoices] == ["lasku-3.xml"]
    assert FakeSmtp.sent == []
    assert sendings(coop_db) == [(3, "einvoice", "003720774740 / 003721291126")]


def test_a_refusal_in_the_middle_does_not_stop_the_others(coop_db, business, tmp_path):
    outcome = issue_month(
        coop_db,
        TREASURER,
        MAY,
        ISSUED_ON,
        tmp_path / "laskut",
        email=True,
        smtp_factory=RefusingBuilder,
    )
    assert [n for n, _, _ in outcome.emailed] == [1, 3]
    assert [n.number for n in outcome.not_sent] == [2]
    assert [n for n, *_ in sendings(coop_db)] == [1, 3]


def test_a_server_out_of_reach_stops_the_mailing_but_not_the_issuing(coop_db, business, tmp_path):
    with UnitOfWork(coop_db) as uow:
        uow.session.get(Customer, business["builder"]).email = ""
    DeadServer.tries = 0
    outcome = issue_month(
        coop_db, TREASURER, MAY, ISSUED_ON, tmp_path / "laskut", email=True, smtp_factory=DeadServer
    )
    assert DeadServer.tries == 1  # the rest are not tried: each would wait for a timeout
    assert issued_numbers(coop_db) == [1, 2, 3]
    assert len(list((tmp_path / "laskut").glob("*.pdf"))) == 3
    assert [(n.number, n.unreachable) for n in outcome.not_sent] == [(1, True), (3, True)]
    assert "Connection refused" in outcome.not_sent[1].answer
    assert outcome.by_hand == [(2, "Rakennus Oy")]
    assert sendings(coop_db) == []


def test_a_login_refused_counts_as_out_of_reach(coop_db, business, tmp_path):
    class WrongPassword(FakeSmtp):
        def login(self, user, password):
            raise smtplib.SMTPAuthenticationError(535, b"5.7.8 Authentication failed")

    outcome = issue_month(
        coop_db,
        TREASURER,
        MAY,
        ISSUED_ON,
        tmp_path / "laskut",
        email=True,
        smtp_factory=WrongPassword,
    )
    assert [(n.number, n.unreachable) for n in outcome.not_sent] == [
        (1, True),
        (2, True),
        (3, True),
    ]
    assert outcome.not_sent[2].answer == "535 5.7.8 Authentication failed"
    assert len(outcome.issued) == 3


def test_without_a_mail_account_the_run_with_email_is_refused_before_issuing(
    coop_db,
    memory_keyring,  # noqa: F811
    tmp_path,
):
    add_business(coop_db)
    with pytest.raises(ServiceError) as caught:
        issue_month(coop_db, TREASURER, MAY, ISSUED_ON, tmp_path / "laskut", email=True)
    assert caught.value.code == "no_smtp"
    assert issued_numbers(coop_db) == []


def test_the_command_line_mails_with_email_and_prints_the_summary(
    coop_db, business, tmp_path, cli_user, capsys, monkeypatch
):
    monkeypatch.setattr(smtplib, "SMTP", RefusingBuilder)
    with UnitOfWork(coop_db) as uow:
        uow.session.get(Customer, business["town"]).email = ""
    cli_user("admin", "salasana-1")
    out = tmp_path / "laskut"
    args = ["invoice-run", "--month", "2026-05", "--out", str(out), "--db", str(coop_db.path)]
    assert main([*args, "--date", "2026-06-01", "--commit", "--email"]) == 1
    printed = capsys.readouterr().out
    assert "Invoice 1 to Maija Meikäläinen e-mailed to maija@example.fi" in printed
    assert "NOT SENT invoice 2 to Rakennus Oy: 550 5.1.1 Mailbox unavailable" in printed
    assert "TO SEND BY HAND invoice 3 to Äänekosken kaupunki: no e-mail address" in printed
    assert "3 invoices issued: 1 e-mailed, 0 written as e-invoices, 1 to send by hand, " in printed
    assert "1 not sent, 0 refused." in printed
    assert [n for n, *_ in sendings(coop_db)] == [1]
