"""Reading ISO 20022 bank statements (camt.053) and notifications (camt.054).

Elements are matched by local name, so every version of the schema (001.02 … 001.13) reads the
same way. Each entry becomes one item; a batch entry (several TxDtls) becomes one item per
TxDtls, each with its own archive id (AcctSvcrRef) and reference.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from lxml import etree

from .reference import normalize_reference

# Statement, report and notification: the same entries under different parents.
_MESSAGES = {"BkToCstmrStmt": "053", "BkToCstmrAcctRpt": "052", "BkToCstmrDbtCdtNtfctn": "054"}
_STATEMENTS = ("Stmt", "Rpt", "Ntfctn")


class CamtError(ValueError):
    """The file is not a bank statement Osuva can read; `code` says why."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class CamtItem:
    """One booked movement: an entry, or one transaction of a batch entry."""

    archive_id: str
    booking_date: date | None
    value_date: date | None
    amount: Decimal
    currency: str
    credit: bool
    reversal: bool
    payer_name: str = ""
    reference: str = ""
    message: str = ""
    bank_code: str = ""
    # Position in the file, for messages ("entry 3, item 2").
    entry_no: int = 0
    item_no: int = 0


@dataclass
class CamtStatement:
    statement_ref: str
    iban: str
    currency: str
    from_date: date | None
    to_date: date | None
    items: list[CamtItem] = field(default_factory=list)


@dataclass
class CamtDocument:
    message: str  # "053", "054" or "052"
    statements: list[CamtStatement]

    @property
    def items(self) -> list[CamtItem]:
        return [item for statement in self.statements for item in statement.items]


def payment_reference_key(ref: str) -> str:
    """A reference as the registry keeps it: no spaces, capitals, no leading zeros (banks
    often pad a Finnish reference to 20 digits)."""
    compact = normalize_reference(ref)
    if compact.isdigit():
        compact = compact.lstrip("0")
    return compact


def parse_camt(data: bytes) -> CamtDocument:
    """Parse a camt.05x file; raises CamtError("not_xml" | "not_camt" | "bad_value")."""
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise CamtError("not_xml", str(exc)) from exc
    _strip_namespaces(root)
    body = root[0] if root.tag == "Document" and len(root) else root
    message = _MESSAGES.get(body.tag)
    if message is None:
        raise CamtError("not_camt", root.tag)
    statements = [_statement(s) for tag in _STATEMENTS for s in body.findall(tag)]
    if not statements:
        raise CamtError("not_camt", "no statement")
    return CamtDocument(message, statements)


def _strip_namespaces(root: etree._Element) -> None:
    for element in root.iter():
        if isinstance(element.tag, str):
            element.tag = etree.QName(element).localname


def _text(element: etree._Element | None, path: str) -> str:
    if element is None:
        return ""
    found = element.find(path)
    return (found.text or "").strip() if found is not None else ""


def _day(element: etree._Element | None, path: str) -> date | None:
    # Dates come as <Dt> or <DtTm>; the date part is what a booking needs.
    text = _text(element, f"{path}/Dt") or _text(element, f"{path}/DtTm")
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError as exc:
        raise CamtError("bad_value", f"{path}: {text}") from exc


def _amount(element: etree._Element, what: str) -> tuple[Decimal, str]:
    try:
        value = Decimal((element.text or "").strip())
    except InvalidOperation as exc:
        raise CamtError("bad_value", f"{what}: {element.text}") from exc
    return value, element.get("Ccy", "")


def _statement(stmt: etree._Element) -> CamtStatement:
    period = stmt.find("FrToDt")
    statement = CamtStatement(
        statement_ref=_text(stmt, "Id"),
        iban=_text(stmt, "Acct/Id/IBAN"),
        currency=_text(stmt, "Acct/Ccy"),
        from_date=_day_of(_text(period, "FrDtTm")),
        to_date=_day_of(_text(period, "ToDtTm")),
    )
    for entry_no, entry in enumerate(stmt.findall("Ntry"), start=1):
        statement.items.extend(_entry_items(statement, entry, entry_no))
    return statement


def _day_of(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def _entry_items(statement: CamtStatement, entry: etree._Element, entry_no: int) -> list[CamtItem]:
    amount_element = entry.find("Amt")
    if amount_element is None:
        raise CamtError("bad_value", f"entry {entry_no} has no amount")
    amount, currency = _amount(amount_element, f"entry {entry_no}")
    credit = _text(entry, "CdtDbtInd") == "CRDT"
    reversal = _text(entry, "RvslInd").lower() in ("true", "1")
    booking = _day(entry, "BookgDt")
    value = _day(entry, "ValDt")
    entry_archive = _text(entry, "AcctSvcrRef")
    bank_code = _text(entry, "BkTxCd/Prtry/Cd") or _text(entry, "BkTxCd/Domn/Cd")
    details = entry.findall("NtryDtls/TxDtls")
    items: list[CamtItem] = []
    for item_no, tx in enumerate(details or [None], start=1):
        tx_amount, tx_currency = amount, currency
        if tx is not None and len(details) > 1:
            # camt.053.001.02 keeps a batch item's amount under AmtDtls; later versions in Amt.
            node = tx.find("AmtDtls/TxAmt/Amt")
            if node is None:
                node = tx.find("Amt")
            if node is not None:
                tx_amount, tx_currency = _amount(node, f"entry {entry_no} item {item_no}")
        archive = _text(tx, "Refs/AcctSvcrRef")
        if not archive and entry_archive:
            archive = entry_archive if len(details) <= 1 else f"{entry_archive}/{item_no}"
        items.append(
            CamtItem(
                archive_id=archive
                or _made_up_archive_id(statement, entry_no, item_no, tx_amount, booking),
                booking_date=booking,
                value_date=value,
                amount=tx_amount,
                currency=tx_currency or statement.currency or "EUR",
                credit=credit,
                reversal=reversal,
                payer_name=_payer(tx),
                reference=payment_reference_key(_reference(tx)),
                message=" ".join(
                    (u.text or "").strip()
                    for u in (tx.findall("RmtInf/Ustrd") if tx is not None else [])
                ).strip()
                or _text(entry, "AddtlNtryInf"),
                bank_code=_text(tx, "BkTxCd/Prtry/Cd") or bank_code,
                entry_no=entry_no,
                item_no=item_no,
            )
        )
    return items


def _reference(tx: etree._Element | None) -> str:
    if tx is None:
        return ""
    for path in ("RmtInf/Strd/CdtrRefInf/Ref", "RmtInf/Strd/CdtrRefInf/CdtrRef"):
        found = _text(tx, path)
        if found:
            return found
    return ""


def _payer(tx: etree._Element | None) -> str:
    # Later versions wrap the party in <Pty>.
    return (
        _text(tx, "RltdPties/Dbtr/Nm")
        or _text(tx, "RltdPties/Dbtr/Pty/Nm")
        or _text(tx, "RltdPties/UltmtDbtr/Nm")
    )


def _made_up_archive_id(
    statement: CamtStatement, entry_no: int, item_no: int, amount: Decimal, booking: date | None
) -> str:
    # Without the bank's archive id the same position in the same statement is the same item.
    key = f"{statement.iban}|{statement.statement_ref}|{entry_no}|{item_no}|{amount}|{booking}"
    return "osuva-" + hashlib.sha256(key.encode()).hexdigest()[:32]
