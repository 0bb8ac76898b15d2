"""E-mailing an invoice's PDF through the cooperative's SMTP account, recorded on the side.

The SMTP password lives in the operating system's keyring, never in the database. The
sending is recorded in its own table: the issued invoice itself never changes.
"""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formataddr, make_msgid

import keyring
from sqlalchemy import select

from app.db import Database
from app.domain import Customer, Invoice, InvoiceSending, Setting
from app.domain.base import utcnow
from app.domain.enums import InvoiceState
from app.services.errors import NotFoundError, ServiceError, ValidationError
from app.services.invoice_settings import InvoiceSettings, save_invoice_settings
from app.services.policy import Actor, Permission, requires
from app.services.settings import EMAIL
from app.services.uow import UnitOfWork

from .invoice import render_invoice

KEYRING_SERVICE = "Osuva SMTP"
_KEYS = {
    "host": "smtp.host",
    "port": "smtp.port",
    "user": "smtp.user",
    "sender": "smtp.sender",
    "security": "smtp.security",
}
SECURITY = ("starttls", "ssl", "none")
SUBJECT = {"fi": "Lasku {number}", "sv": "Faktura {number}", "en": "Invoice {number}"}
BODY = {
    "fi": "Hei,\n\nliitteenä lasku {number}. Eräpäivä {due}, viitenumero {reference}.\n\n"
    "Ystävällisin terveisin\n{seller}",
    "sv": "Hej,\n\nbifogat faktura {number}. Förfallodag {due}, referensnummer {reference}.\n\n"
    "Med vänliga hälsningar\n{seller}",
    "en": "Hello,\n\nplease find invoice {number} attached. Due date {due}, payment reference "
    "{reference}.\n\nKind regards\n{seller}",
}


@dataclass
class MailSettings:
    host: str = ""
    port: int = 587
    user: str = ""
    sender: str = ""
    security: str = "starttls"


def read_mail_settings(session) -> MailSettings:
    stored = {
        row.key: row.value
        for row in session.scalars(select(Setting).where(Setting.key.in_(_KEYS.values())))
    }
    port = stored.get(_KEYS["port"], "")
    return MailSettings(
        host=stored.get(_KEYS["host"], ""),
        port=int(port) if port.isdigit() else 587,
        user=stored.get(_KEYS["user"], ""),
        sender=stored.get(_KEYS["sender"], ""),
        security=stored.get(_KEYS["security"]) or "starttls",
    )


def _keyring_user(settings: MailSettings) -> str:
    return f"{settings.user}@{settings.host}"


@requires(Permission.INVOICING)
def get_mail_settings(uow: UnitOfWork) -> MailSettings:
    return read_mail_settings(uow.session)


@requires(Permission.SETTINGS)
def save_mail_settings(
    uow: UnitOfWork, settings: MailSettings, password: str | None = None
) -> None:
    """Save the SMTP account; a given password goes to the keyring, not the database."""
    problems = {}
    if settings.host and not settings.sender:
        problems["sender"] = "required"
    if settings.sender and not EMAIL.fullmatch(settings.sender.strip()):
        problems["sender"] = "format"
    if not 1 <= settings.port <= 65535:
        problems["port"] = "range"
    if settings.security not in SECURITY:
        problems["security"] = "unknown"
    if problems:
        raise ValidationError(problems)
    values = {
        _KEYS["host"]: settings.host.strip(),
        _KEYS["port"]: str(settings.port),
        _KEYS["user"]: settings.user.strip(),
        _KEYS["sender"]: settings.sender.strip(),
        _KEYS["security"]: settings.security,
    }
    for key, value in values.items():
        row = uow.session.get(Setting, key)
        if row is None:
            uow.session.add(Setting(key=key, value=value))
        else:
            row.value = value
    if password:
        keyring.set_password(KEYRING_SERVICE, _keyring_user(settings), password)


@requires(Permission.SETTINGS)
def save_invoicing_setup(
    uow: UnitOfWork,
    invoicing: InvoiceSettings,
    mail: MailSettings,
    password: str | None = None,
) -> None:
    """The invoice settings dialog saves both in one action: all or nothing."""
    save_invoice_settings(uow, invoicing)
    save_mail_settings(uow, mail, password)


@dataclass(frozen=True)
class OutgoingMail:
    invoice_id: int
    recipient: str
    message: EmailMessage


@requires(Permission.INVOICING)
def invoice_mail(
    uow: UnitOfWork, invoice_id: int, recipient: str | None = None, pdf: bytes | None = None
) -> OutgoingMail:
    """The e-mail with the PDF attached; refused for drafts, e-invoice customers, no address.

    ``pdf``: the invoice's PDF when the caller has just rendered it (the invoice run)."""
    invoice = uow.session.get(Invoice, invoice_id)
    if invoice is None:
        raise NotFoundError("invoice", invoice_id)
    if invoice.state != InvoiceState.ISSUED:
        raise ServiceError("only an issued invoice can be sent", code="not_issued")
    if invoice.buyer_einvoice_address:
        raise ServiceError("the customer receives e-invoices", code="einvoice_customer")
    settings = mail_account(uow.session)
    customer = uow.session.get(Customer, invoice.customer_id)
    to = checked_address(recipient, customer.email)
    renderer = render_invoice(uow, invoice_id)
    data = renderer.data
    lang = data.language
    seller = str(data.seller.get("name", ""))
    message = new_message(settings, seller, to, SUBJECT[lang].format(number=data.number))
    message.set_content(
        BODY[lang].format(
            number=data.number,
            due=renderer.day(data.due_date) if data.due_date else "",
            reference=renderer._ref_text(),
            seller=seller,
        )
    )
    message.add_attachment(
        renderer.render_bytes() if pdf is None else pdf,
        maintype="application",
        subtype="pdf",
        filename=f"lasku-{data.number}.pdf",
    )
    return OutgoingMail(invoice_id, to, message)


@requires(Permission.INVOICING)
def record_sending(uow: UnitOfWork, invoice_id: int, recipient: str) -> None:
    uow.session.add(
        InvoiceSending(
            invoice_id=invoice_id,
            sent_at=utcnow(),
            channel="email",
            recipient=recipient,
            user_id=uow.actor.user_id,
        )
    )


def send_invoice(
    db: Database,
    actor: Actor,
    invoice_id: int,
    recipient: str | None = None,
    *,
    smtp_factory: Callable[..., smtplib.SMTP] | None = None,
    pdf: bytes | None = None,
) -> str:
    """Send the invoice by e-mail and record it; returns the address it went to.

    The SMTP conversation happens outside any transaction: nothing holds the database
    while the mail server answers.
    """
    with UnitOfWork(db, actor, write=False) as uow:
        mail = invoice_mail(uow, invoice_id, recipient, pdf)
        settings = read_mail_settings(uow.session)
    deliver(settings, mail.message, smtp_factory=smtp_factory)
    with UnitOfWork(db, actor) as uow:
        record_sending(uow, invoice_id, mail.recipient)
    return mail.recipient


def deliver(
    settings: MailSettings,
    message: EmailMessage,
    *,
    smtp_factory: Callable[..., smtplib.SMTP] | None = None,
) -> None:
    """Hand one message to the cooperative's mail server (invoices and reminders alike).

    Call it outside any unit of work; a refusal or a broken connection raises
    ServiceError("smtp_failed"), and then the caller records nothing.
    """
    password = keyring.get_password(KEYRING_SERVICE, _keyring_user(settings)) or ""
    connected = False
    try:
        if settings.security == "ssl":
            factory = smtp_factory or smtplib.SMTP_SSL
            server = factory(settings.host, settings.port, timeout=30)
        else:
            factory = smtp_factory or smtplib.SMTP
            server = factory(settings.host, settings.port, timeout=30)
        with server:
            if settings.security == "starttls":
                server.starttls(context=ssl.create_default_context())
            if settings.user:
                server.login(settings.user, password)
            connected = True
            server.send_message(message)
    except (OSError, smtplib.SMTPException) as exc:
        raise MailServerError(exc, reachable=connected) from exc


class MailServerError(ServiceError):
    """The mail server did not take a message (code "smtp_failed").

    `reachable` is False when no conversation was possible at all (no connection, TLS or
    login refused): the next message would fail the same way. `answer` is what it said.
    """

    def __init__(self, exc: BaseException, *, reachable: bool) -> None:
        super().__init__(f"the mail server refused: {exc}", code="smtp_failed")
        self.reachable = reachable
        self.answer = _answer_of(exc)


def _answer_of(exc: BaseException) -> str:
    """The mail server's own words, or the connection error's, for the user to read."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        answers = [_reply_text(*reply) for reply in exc.recipients.values()]
        return "; ".join(answers) or str(exc)
    if isinstance(exc, smtplib.SMTPResponseException):
        return _reply_text(exc.smtp_code, exc.smtp_error)
    return str(exc) or type(exc).__name__


def _reply_text(code: int, text: bytes | str) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return f"{code} {text}".strip()


def new_message(settings: MailSettings, seller: str, to: str, subject: str) -> EmailMessage:
    """A message from the cooperative's sender address, its id in the sender's domain."""
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = formataddr((seller, settings.sender))
    message["To"] = to
    message["Message-ID"] = make_msgid(domain=settings.sender.split("@")[-1])
    return message


def mail_account(session) -> MailSettings:
    """The SMTP account, refused with ServiceError("no_smtp") when none is set up."""
    settings = read_mail_settings(session)
    if not settings.host or not settings.sender:
        raise ServiceError("no SMTP account is set up", code="no_smtp")
    return settings


@requires(Permission.INVOICING)
def mail_account_ready(uow: UnitOfWork) -> bool:
    """Whether invoices can be e-mailed: an SMTP account is set up."""
    try:
        mail_account(uow.session)
    except ServiceError:
        return False
    return True


def checked_address(given: str | None, stored: str | None) -> str:
    """The address typed, else the customer's; ValidationError({"email": …}) if unusable."""
    to = (given or stored or "").strip()
    if not EMAIL.fullmatch(to):
        raise ValidationError({"email": "required" if not to else "format"})
    return to


@requires(Permission.INVOICING)
def mail_recipient(uow: UnitOfWork, invoice_id: int) -> str:
    """The customer's e-mail address, as the send dialog suggests it."""
    invoice = uow.session.get(Invoice, invoice_id)
    if invoice is None:
        raise NotFoundError("invoice", invoice_id)
    return uow.session.get(Customer, invoice.customer_id).email
