"""Maksumuistutus: a payment reminder with the original invoice, the open amount, the fee and
the late interest accrued to the reminder's date with its calculation, in the invoice's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle
from sqlalchemy import select

from app.domain import Cooperative, Invoice
from app.fi.epc_qr import epc_qr_code, epc_qr_payload
from app.fi.ids import format_iban
from app.fi.reference import format_fi_reference, format_rf_reference
from app.locale import format_decimal
from app.services.errors import NotFoundError
from app.services.policy import Permission, requires
from app.services.reminders import ReminderPlan, plan_reminder
from app.services.uow import UnitOfWork

from .base import DocumentRenderer, Letterhead, letterhead
from .share_statement import QrFlowable
from .style import ACCENT, BOX_BG, RULE
from .texts import LANGS

# key: (Finnish, Finland-Swedish, English)
_RAW: dict[str, tuple[str, str, str]] = {
    "title": ("Maksumuistutus", "Betalningspåminnelse", "Payment reminder"),
    "title_level": (
        "Maksumuistutus ({level}.)",
        "Betalningspåminnelse ({level}.)",
        "Payment reminder ({level})",
    ),
    "intro": (
        "Kirjanpitomme mukaan alla oleva lasku on vielä maksamatta. Pyydämme maksamaan "
        "avoimen summan viimeistään {due}. Jos olet jo maksanut laskun, tämä muistutus on "
        "aiheeton.",
        "Enligt vår bokföring är fakturan nedan fortfarande obetald. Vi ber dig betala det "
        "öppna beloppet senast {due}. Om du redan har betalat fakturan kan du bortse från "
        "denna påminnelse.",
        "According to our records the invoice below is still unpaid. Please pay the open "
        "amount by {due}. If you have already paid it, please disregard this reminder.",
    ),
    "invoice_number": ("Laskun numero", "Fakturanummer", "Invoice number"),
    "invoice_date": ("Laskun päiväys", "Fakturadatum", "Invoice date"),
    "original_due": ("Alkuperäinen eräpäivä", "Ursprunglig förfallodag", "Original due date"),
    "original_total": ("Laskun summa", "Fakturans belopp", "Invoice total"),
    "paid": ("Maksettu tai hyvitetty", "Betalt eller krediterat", "Paid or credited"),
    "open": ("Avoinna", "Obetalt", "Open amount"),
    "fee": ("Muistutusmaksu", "Påminnelseavgift", "Reminder fee"),
    "compensation": (
        "Perimiskulujen vakiokorvaus (korkolaki 10 e §)",
        "Standardersättning för indrivningskostnader (räntelagen 10 e §)",
        "Fixed compensation for recovery costs (Interest Act, section 10 e)",
    ),
    "interest_to": (
        "Viivästyskorko {date} asti",
        "Dröjsmålsränta till och med {date}",
        "Late-payment interest to {date}",
    ),
    "total": ("Maksettava yhteensä", "Att betala sammanlagt", "Total to pay"),
    "interest_total": ("Yhteensä", "Sammanlagt", "Total"),
    "interest_title": (
        "Viivästyskoron laskelma",
        "Beräkning av dröjsmålsräntan",
        "Late-payment interest calculation",
    ),
    "col_period": ("Ajanjakso", "Period", "Period"),
    "col_days": ("Päiviä", "Dagar", "Days"),
    "col_amount": ("Pääoma", "Kapital", "Principal"),
    "col_rate": ("Korko", "Ränta", "Rate"),
    "col_interest": ("Korko €", "Ränta €", "Interest €"),
    "interest_note": (
        "Viivästyskorko korkolain (633/1982) mukaan: viitekorko + {margin} prosenttiyksikköä "
        "kunkin puolivuotiskauden viitekoron mukaan. Korko lasketaan todellisten päivien "
        "mukaan (päivät / 365) kulloinkin avoinna olleelle summalle.",
        "Dröjsmålsränta enligt räntelagen (633/1982): referensräntan + {margin} "
        "procentenheter enligt referensräntan för varje halvår. Räntan beräknas enligt "
        "faktiska dagar (dagar / 365) på det belopp som var obetalt.",
        "Late-payment interest under the Finnish Interest Act (633/1982): the reference rate "
        "of each half-year + {margin} percentage points, on actual days (days / 365) and on the "
        "amount that was open at the time.",
    ),
    "no_interest": (
        "Viivästyskorkoa ei ole kertynyt.",
        "Ingen dröjsmålsränta har uppstått.",
        "No late-payment interest has accrued.",
    ),
    "previous": ("Aiemmat muistutukset", "Tidigare påminnelser", "Earlier reminders"),
    "how_to_pay": ("Maksuohjeet", "Betalningsanvisningar", "How to pay"),
    "payee": ("Saaja", "Mottagare", "Payee"),
    "iban": ("Tilinumero (IBAN)", "Kontonummer (IBAN)", "Account (IBAN)"),
    "bic": ("BIC", "BIC", "BIC"),
    "amount": ("Maksettava", "Att betala", "Amount to pay"),
    "new_due": ("Eräpäivä", "Förfallodag", "Due date"),
    "use_reference": (
        "Käytä maksaessasi viitenumeroa. Kysyttävää laskusta? Ota yhteyttä: {contact}.",
        "Använd referensnumret när du betalar. Frågor om fakturan? Kontakta oss: {contact}.",
        "Please use the payment reference. Questions about the invoice? Contact {contact}.",
    ),
    "qr_caption": (
        "Maksa pankkisovelluksella: lue QR-koodi.",
        "Betala i bankappen: läs QR-koden.",
        "Pay with your banking app: scan the QR code.",
    ),
}
TEXTS = {key: dict(zip(LANGS, values, strict=True)) for key, values in _RAW.items()}
SUMMARY_WIDTHS = (110, 64)
INTEREST_COLUMNS = (
    ("col_period", 62, False),
    ("col_days", 20, True),
    ("col_amount", 34, True),
    ("col_rate", 24, True),
    ("col_interest", 34, True),
)


@dataclass(frozen=True)
class ReminderData:
    head: Letterhead
    plan: ReminderPlan
    language: str
    buyer_lines: tuple[str, ...]
    invoice_date: date
    due_date: date
    reference: str
    iban: str
    bic: str
    contact: str
    margin: Decimal


@requires(Permission.INVOICING)
def reminder_data(uow: UnitOfWork, invoice_id: int, on: date) -> ReminderData:
    """Everything the reminder prints, as it stands on `on` (from the invoice's frozen data)."""
    invoice = uow.session.get(Invoice, invoice_id)
    if invoice is None:
        raise NotFoundError("invoice", invoice_id)
    plan = plan_reminder(uow, invoice_id, on)
    coop = uow.session.scalar(select(Cooperative).limit(1))
    seller = invoice.seller_snapshot or {}
    town = " ".join(p for p in (invoice.buyer_postal_code, invoice.buyer_city) if p)
    lines = tuple(p for p in (invoice.buyer_name, invoice.buyer_street, town) if p)
    contact = ", ".join(
        p for p in (seller.get("email") or coop.email, seller.get("phone") or coop.phone) if p
    )
    return ReminderData(
        head=letterhead(uow),
        plan=plan,
        language=str(invoice.language),
        buyer_lines=lines,
        invoice_date=invoice.issue_date,
        due_date=invoice.due_date or invoice.issue_date,
        reference=invoice.reference,
        iban=seller.get("iban") or coop.iban,
        bic=seller.get("bic") or coop.bic,
        contact=contact or coop.name,
        margin=Decimal(7) if plan.consumer else Decimal(8),
    )


def format_reference(reference: str) -> str:
    if reference.upper().startswith("RF"):
        return format_rf_reference(reference)
    return format_fi_reference(reference) if reference.isdigit() else reference


class ReminderRenderer(DocumentRenderer):
    """The reminder in the invoice's language unless another is asked for."""

    document = "reminder"

    def __init__(self, data: ReminderData, lang: str | None = None) -> None:
        super().__init__(data.head, lang or data.language)
        self.data = data

    def t(self, key: str, document: str | None = None) -> str:
        if document in (None, "reminder") and key in TEXTS:
            return TEXTS[key][self.lang]
        return super().t(key, document)

    def title(self) -> str:
        level = self.data.plan.level
        return self.t("title") if level == 1 else self.tx("title_level", level=level)

    def header_note(self) -> str:
        return self.day(self.data.plan.on)

    def qr_payload(self) -> str | None:
        d, plan = self.data, self.data.plan
        if plan.total <= 0 or not d.bic:
            return None
        return epc_qr_payload(
            bic=d.bic,
            name=d.head.name,
            iban=d.iban,
            amount=plan.total,
            reference=d.reference or None,
            due=plan.new_due_date,
            version="001",
        )

    def story(self) -> list[Flowable]:
        plan = self.data.plan
        flow: list[Flowable] = [self._address_block(), Spacer(1, 10 * mm)]
        flow += [self.para(escape(self.title()), "title"), Spacer(1, 2 * mm)]
        flow.append(self.para(self.tx("intro", due=self.day(plan.new_due_date))))
        flow += [Spacer(1, 3 * mm), self._summary()]
        flow += self._interest()
        if plan.previous:
            days = ", ".join(self.day(on) for on in plan.previous)
            flow += [
                Spacer(1, 2 * mm),
                self.para(f"{escape(self.t('previous'))}: {escape(days)}", "small"),
            ]
        flow += [Spacer(1, 6 * mm), self._how_to_pay()]
        return flow

    def _address_block(self) -> Table:
        d = self.data
        address = "<br/>".join(escape(p) for p in d.buyer_lines)
        info = [
            (self.t("date", "common"), self.day(d.plan.on)),
            (self.t("invoice_number"), d.plan.number),
            (self.t("reference", "common"), format_reference(d.reference)),
            (self.t("original_due"), self.day(d.due_date)),
        ]
        outer = Table(
            [[self.para(address, "body"), self.pairs(info, (42, 38))]],
            colWidths=[94 * mm, 80 * mm],
        )
        outer.setStyle(
            TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
        )
        return outer

    def _summary(self) -> Table:
        d, plan = self.data, self.data.plan
        rows = [
            (self.tx("invoice_number"), plan.number),
            (self.t("invoice_date"), self.day(d.invoice_date)),
            (self.t("original_total"), self.money(plan.original_total)),
            (self.t("paid"), self.money(plan.original_total - plan.open_amount)),
            (self.t("open"), self.money(plan.open_amount)),
        ]
        if plan.fee > 0:
            key = "compensation" if plan.fee_kind == "compensation" else "fee"
            rows.append((self.t(key), self.money(plan.fee)))
        rows.append(
            (self.tx("interest_to", date=self.day(plan.on)), self.money(plan.interest.total))
        )
        cells = [[self.cell(label), self.cell(value, "td_right")] for label, value in rows]
        cells.append(
            [
                self.cell(self.t("total"), "td_bold"),
                self.cell(self.money(plan.total), "td_bold_right"),
            ]
        )
        table = Table(cells, colWidths=[w * mm for w in SUMMARY_WIDTHS], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), BOX_BG),
                    ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
                    ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT),
                    ("LINEBELOW", (0, -1), (-1, -1), 0.4, RULE),
                ]
            )
        )
        return table

    def _interest(self) -> list[Flowable]:
        plan = self.data.plan
        title = self.para(escape(self.t("interest_title")), "heading")
        margin = self.data.margin
        points = str(int(margin)) if margin == margin.to_integral() else self._number(margin)
        note = self.para(self.tx("interest_note", margin=points), "small")
        if not plan.interest.lines:
            return [KeepTogether([title, self.para(escape(self.t("no_interest"))), note])]
        rows = [
            [
                self.cell(f"{self.day(line.start)} – {self.day(line.end)}"),
                self.cell(line.days, "td_right"),
                self.cell(self.money(line.amount), "td_right"),
                self.cell(f"{self._number(line.rate)} %", "td_right"),
                self.cell(self.money(line.interest), "td_right"),
            ]
            for line in plan.interest.lines
        ]
        rows.append(
            [
                self.cell(self.t("interest_total"), "td_bold"),
                "",
                "",
                "",
                self.cell(self.money(plan.interest.total), "td_bold_right"),
            ]
        )
        return [KeepTogether([title, self.grid(INTEREST_COLUMNS, rows), Spacer(1, 1 * mm), note])]

    def _number(self, value: Decimal) -> str:
        return format_decimal(value, self.lang)

    def _how_to_pay(self) -> KeepTogether:
        d, plan = self.data, self.data.plan
        lines = [(self.t("payee"), d.head.name), (self.t("iban"), format_iban(d.iban))]
        if d.bic:
            lines.append((self.t("bic"), d.bic))
        lines.append((self.t("reference", "common"), format_reference(d.reference)))
        lines.append((self.t("amount"), self.money(plan.total)))
        lines.append((self.t("new_due"), self.day(plan.new_due_date)))
        details = self.pairs(lines, (42, 78))
        payload = self.qr_payload()
        right: list[Flowable] = []
        if payload is not None:
            right = [QrFlowable(epc_qr_code(payload), 36 * mm), Spacer(1, 1 * mm)]
            right.append(self.cell(self.t("qr_caption"), "small"))
        box = Table([[details, right]], colWidths=[130 * mm, 44 * mm])
        box.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), BOX_BG),
                    ("BOX", (0, 0), (-1, -1), 0.8, ACCENT),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 8),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ]
            )
        )
        note = self.para(self.tx("use_reference", contact=d.contact), "small")
        title = self.para(escape(self.t("how_to_pay")), "heading")
        return KeepTogether([title, box, Spacer(1, 2 * mm), note])


@requires(Permission.INVOICING)
def reminder_pdf(uow: UnitOfWork, invoice_id: int, on: date, lang: str | None = None) -> bytes:
    """The reminder as PDF bytes, as it reads on `on`."""
    return ReminderRenderer(reminder_data(uow, invoice_id, on), lang).render_bytes()
