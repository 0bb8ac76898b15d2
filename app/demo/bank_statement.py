"""A bank statement (camt.053.001.02) in which every open invoice and share fee of the demo is
paid with its reference, shaped as a Finnish bank writes it: one batch entry of reference
payments with an archive id per item. For trying the import on the demo cooperative."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from lxml import etree
from sqlalchemy import select

from app.domain import Cooperative, Invoice, Member, ShareSubscription
from app.services.payments import open_invoices
from app.services.shares import open_by_subscription
from app.services.uow import UnitOfWork

NS = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"


def _el(parent: etree._Element, tag: str, text: str | None = None, **attrs: str):
    element = etree.SubElement(parent, f"{{{NS}}}{tag}", attrs)
    if text is not None:
        element.text = text
    return element


def open_items(uow: UnitOfWork) -> list[tuple[str, Decimal, str]]:
    """(payer, amount, reference) for every open invoice and every member's open share fee."""
    invoices = open_invoices(uow, "", 100_000)
    references = dict(
        uow.session.execute(
            select(Invoice.id, Invoice.reference).where(Invoice.id.in_([i.id for i in invoices]))
        ).all()
    )
    items = [(i.customer.upper(), i.open_amount, references[i.id]) for i in invoices]
    members = uow.session.execute(
        select(Member.id, Member.first_name, Member.last_name)
        .where(Member.id.in_(select(ShareSubscription.member_id)))
        .order_by(Member.id)
    )
    for member_id, first, last in members:
        parts = open_by_subscription(uow, member_id)
        open_fee = sum((part for _, part in parts), Decimal("0.00"))
        if open_fee > 0:
            items.append((f"{last} {first}".upper(), open_fee, parts[0][0].reference))
    return items


def statement_xml(uow: UnitOfWork, booked: date) -> bytes:
    """The statement of `booked`: one batch entry paying every open item."""
    coop = uow.session.scalar(select(Cooperative).limit(1))
    items = open_items(uow)
    total = sum((amount for _, amount, _ in items), Decimal("0.00"))
    root = etree.Element(f"{{{NS}}}Document", nsmap={None: NS})
    message = _el(root, "BkToCstmrStmt")
    header = _el(message, "GrpHdr")
    _el(header, "MsgId", f"OSUVADEMO{booked:%Y%m%d}")
    _el(header, "CreDtTm", f"{booked.isoformat()}T22:00:00+02:00")
    statement = _el(message, "Stmt")
    _el(statement, "Id", f"{booked:%Y%m%d}{coop.iban}")
    _el(statement, "CreDtTm", f"{booked.isoformat()}T22:00:00+02:00")
    account = _el(statement, "Acct")
    _el(_el(account, "Id"), "IBAN", coop.iban)
    _el(account, "Ccy", "EUR")
    balance = _el(statement, "Bal")
    _el(_el(_el(balance, "Tp"), "CdOrPrtry"), "Cd", "OPBD")
    _el(balance, "Amt", "0.00", Ccy="EUR")
    _el(balance, "CdtDbtInd", "CRDT")
    _el(_el(balance, "Dt"), "Dt", booked.isoformat())
    if not items:
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    entry = _el(statement, "Ntry")
    _el(entry, "Amt", f"{total:.2f}", Ccy="EUR")
    _el(entry, "CdtDbtInd", "CRDT")
    _el(entry, "RvslInd", "false")
    _el(entry, "Sts", "BOOK")
    _el(_el(entry, "BookgDt"), "Dt", booked.isoformat())
    _el(_el(entry, "ValDt"), "Dt", booked.isoformat())
    _el(entry, "AcctSvcrRef", f"{booked:%y%m%d}DEMO0000")
    _el(_el(_el(entry, "BkTxCd"), "Prtry"), "Cd", "705VIITESIIRTO")
    details = _el(entry, "NtryDtls")
    batch = _el(details, "Btch")
    _el(batch, "NbOfTxs", str(len(items)))
    _el(batch, "TtlAmt", f"{total:.2f}", Ccy="EUR")
    _el(batch, "CdtDbtInd", "CRDT")
    for number, (payer, amount, reference) in enumerate(items, start=1):
        tx = _el(details, "TxDtls")
        _el(_el(tx, "Refs"), "AcctSvcrRef", f"{booked:%y%m%d}DEMO{number:04d}")
        _el(_el(tx, "AmtDtls"), "TxAmt")
        tx.find(f"{{{NS}}}AmtDtls/{{{NS}}}TxAmt").append(_amount(amount))
        _el(_el(_el(tx, "RltdPties"), "Dbtr"), "Nm", payer[:70])
        creditor_ref = _el(_el(_el(tx, "RmtInf"), "Strd"), "CdtrRefInf")
        _el(_el(_el(creditor_ref, "Tp"), "CdOrPrtry"), "Cd", "SCOR")
        _el(creditor_ref, "Ref", reference)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _amount(amount: Decimal) -> etree._Element:
    element = etree.Element(f"{{{NS}}}Amt", Ccy="EUR")
    element.text = f"{amount:.2f}"
    return element
