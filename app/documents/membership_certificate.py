"""Jäsentodistus ja osuustodistus: a one-page certificate of membership and shares."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle
from sqlalchemy import select

from app.domain import Cooperative
from app.domain.enums import MemberKind
from app.services.errors import ServiceError
from app.services.members import get_member
from app.services.policy import Permission, requires
from app.services.share_ledger import share_ledger
from app.services.uow import UnitOfWork

from .base import DocumentRenderer, Letterhead, letterhead
from .places import place_name
from .style import INK, RULE
from .texts import signer_title


@dataclass(frozen=True)
class CertificateData:
    """Everything the certificate prints, gathered read-only."""

    head: Letterhead
    member_number: int
    name: str
    language: str
    kind: MemberKind
    joined_on: date
    left_on: date | None
    shares: int
    share_price: Decimal
    subscribed: Decimal
    paid: Decimal
    refund_due: Decimal
    refund_due_on: date | None
    refunded: Decimal
    place: str
    issued_on: date
    signer: str
    signer_title: str

    @property
    def open(self) -> Decimal:
        return max(self.subscribed - self.paid, Decimal("0.00"))


@requires(Permission.MEMBER_REGISTER)
def certificate_data(uow: UnitOfWork, member_id: int, today: date) -> CertificateData:
    """Gather a member's certificate; an applicant (no member number yet) has none."""
    member = get_member(uow, member_id)
    if member.member_number is None or member.accepted_on is None:
        raise ServiceError(
            "only an accepted member can have a membership certificate", code="not_member"
        )
    ledger = share_ledger(uow, member_id)
    coop = uow.session.scalar(select(Cooperative).limit(1))
    form = member.form
    return CertificateData(
        head=letterhead(uow),
        member_number=member.member_number,
        name=f"{form.first_name} {form.last_name}",
        language=str(form.language),
        kind=form.kind,
        joined_on=member.accepted_on,
        left_on=member.left_on,
        shares=ledger.shares,
        share_price=coop.share_price,
        subscribed=ledger.subscribed,
        paid=ledger.paid,
        refund_due=ledger.refund_due,
        refund_due_on=ledger.refund_due_on,
        refunded=ledger.refunded,
        place=coop.city or coop.home_municipality,
        issued_on=today,
        signer=coop.board_representative,
        signer_title=coop.board_representative_title,
    )


class MembershipCertificateRenderer(DocumentRenderer):
    """The certificate in the member's own language unless another is asked for."""

    document = "membership_certificate"

    def __init__(self, data: CertificateData, lang: str | None = None) -> None:
        super().__init__(data.head, lang or data.language)
        self.data = data

    def header_note(self) -> str:
        return self.day(self.data.issued_on)

    def story(self) -> list[Flowable]:
        d = self.data
        former = d.left_on is not None
        values = {
            "coop": d.head.name,
            "bid_label": self.t("business_id", "common"),
            "bid": d.head.business_id,
            "name": d.name,
            "since": self.day(d.joined_on),
            "until": self.day(d.left_on) if former else "",
            "number": d.member_number,
        }
        holdings = {
            "shares": self.shares_text(d.shares),
            "price": self.money(d.share_price),
            "paid": self.money(d.paid),
        }
        paragraphs = [
            self.tx("body_former" if former else "body_current", **values),
            self.tx("held" if former else "holds", **holdings),
        ]
        if d.open > 0 and not former:
            paragraphs.append(self.tx("unpaid", open=self.money(d.open)))
        if former and d.refund_due > 0 and d.refund_due_on is not None:
            paragraphs.append(
                self.tx(
                    "refund_due", amount=self.money(d.refund_due), date=self.day(d.refund_due_on)
                )
            )
        elif former and d.refunded > 0:
            paragraphs.append(self.tx("refunded", amount=self.money(d.refunded)))
        flow: list[Flowable] = [
            Spacer(1, 8 * mm),
            self.para(escape(self.title()), "title"),
            Spacer(1, 8 * mm),
        ]
        flow += [self.para(markup, "body_space") for markup in paragraphs]
        flow += [Spacer(1, 6 * mm), self._details(), Spacer(1, 18 * mm), self._signature()]
        return flow

    def _details(self) -> Table:
        d = self.data
        if d.left_on is None:
            period = ("since", self.day(d.joined_on))
        else:
            period = ("period", f"{self.day(d.joined_on)}–{self.day(d.left_on)}")
        lines = [
            ("member", d.name),
            ("member_number", str(d.member_number)),
            period,
            ("kind", self.kind_text(d.kind)),
            ("shares", str(d.shares)),
            ("share_price", self.money(d.share_price)),
            ("paid", self.money(d.paid)),
        ]
        labels = [
            (self.t(key, "common" if key == "member_number" else None), value)
            for key, value in lines
        ]
        return self.pairs(
            labels,
            (55, 95),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        )

    def _signature(self) -> KeepTogether:
        d = self.data
        place = place_name(d.place, self.lang)
        place_date = self.tx("place_date", "common", place=place, date=self.day(d.issued_on))
        title = signer_title(d.signer_title, self.lang)
        signer = [escape(part) for part in (d.signer, title) if part]
        line = Table([[""]], colWidths=[75 * mm], rowHeights=[16 * mm], hAlign="LEFT")
        line.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.8, INK)]))
        return KeepTogether(
            [
                self.para(place_date, "body"),
                Spacer(1, 4 * mm),
                self.para(escape(self.t("on_behalf")) + "<br/>" + escape(d.head.name), "body"),
                line,
                Spacer(1, 1.5 * mm),
                self.para("<br/>".join(signer) or "&nbsp;", "body"),
            ]
        )
