"""Työtodistus / arbetsintyg: the employment certificate of työsopimuslaki 6:7."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from app.services.employment import CertificateContent, PeriodRow

from .base import DocumentRenderer, Letterhead
from .places import place_name
from .style import INK, RULE
from .texts import LANGS, signer_title

# key: (Finnish, Finland-Swedish, English)
_RAW: dict[str, tuple[str, str, str]] = {
    "title": ("Työtodistus", "Arbetsintyg", "Employment certificate"),
    "employee": ("Työntekijä", "Arbetstagare", "Employee"),
    "employer": ("Työnantaja", "Arbetsgivare", "Employer"),
    "period": ("Työsuhde", "Anställning", "Employment"),
    "periods": ("Työsuhteet", "Anställningar", "Employment periods"),
    "tasks": ("Työtehtävät", "Arbetsuppgifter", "Tasks"),
    "ongoing": (
        "{start} alkaen, jatkuu edelleen",
        "från och med {start}, pågår fortfarande",
        "from {start}, continuing",
    ),
    "no_tasks": (
        "Osuuskunnan jäsenen työtehtävät asiakkaiden toimeksiannoissa",
        "Uppdrag för andelslagets kunder",
        "Assignments for the cooperative's customers",
    ),
    "reason": (
        "Työsuhteen päättymisen syy",
        "Orsak till att anställningen upphörde",
        "Reason the employment ended",
    ),
    "assessment": (
        "Arvio työtaidoista ja käytöksestä",
        "Omdöme om yrkesskicklighet och uppförande",
        "Assessment of skills and conduct",
    ),
    "intro": (
        "{name} on ollut työsuhteessa osuuskuntaan seuraavasti.",
        "{name} har varit anställd av andelslaget enligt följande.",
        "{name} has been employed by the cooperative as follows.",
    ),
    "on_request": (
        "Todistus on annettu työntekijän pyynnöstä (työsopimuslaki 6 luku 7 §).",
        "Intyget har getts på arbetstagarens begäran (arbetsavtalslagen 6 kap. 7 §).",
        "This certificate was given at the employee's request (Employment Contracts Act, "
        "chapter 6, section 7).",
    ),
    "on_behalf": ("Osuuskunnan puolesta", "För andelslaget", "On behalf of the cooperative"),
    "reason_fixed_term_ended": (
        "Määräaikainen työsopimus päättyi",
        "Visstidsanställningen upphörde",
        "The fixed-term contract ended",
    ),
    "reason_employee_resigned": (
        "Työntekijä irtisanoutui",
        "Arbetstagaren sade upp sig",
        "The employee resigned",
    ),
    "reason_employer_terminated": (
        "Työnantaja irtisanoi työsopimuksen",
        "Arbetsgivaren sade upp arbetsavtalet",
        "The employer terminated the contract",
    ),
    "reason_mutual_agreement": (
        "Työsuhde päättyi yhteisestä sopimuksesta",
        "Anställningen upphörde genom ömsesidig överenskommelse",
        "The employment ended by mutual agreement",
    ),
    "reason_retirement": (
        "Työntekijä jäi eläkkeelle",
        "Arbetstagaren gick i pension",
        "The employee retired",
    ),
    "reason_other": (
        "Työsuhde päättyi muusta syystä",
        "Anställningen upphörde av annan orsak",
        "The employment ended for another reason",
    ),
}
TEXTS: dict[str, dict[str, str]] = {
    key: dict(zip(LANGS, values, strict=True)) for key, values in _RAW.items()
}


def task_list(names: list[str]) -> str:
    """Services as a phrase: "Siivous, pihatyö, IT-tuki" (acronyms keep their capitals)."""

    def lower(name: str) -> str:
        return name[:1].lower() + name[1:] if name[1:2].islower() else name

    return ", ".join([names[0], *(lower(n) for n in names[1:])]) if names else ""


class EmploymentCertificateRenderer(DocumentRenderer):
    """Always the periods and the tasks; the reason and the assessment only when asked."""

    document = "employment_certificate"

    def __init__(self, content: CertificateContent, head: Letterhead) -> None:
        super().__init__(head, content.language)
        self.content = content

    def t(self, key: str, document: str | None = None) -> str:
        if document is None or document == self.document:
            return escape(TEXTS[key][self.lang])
        return super().t(key, document)

    def header_note(self) -> str:
        return self.day(self.content.issued_on)

    def period_text(self, period: PeriodRow) -> str:
        if period.ends_on is None:
            return TEXTS["ongoing"][self.lang].format(start=self.day(period.starts_on))
        return f"{self.day(period.starts_on)}–{self.day(period.ends_on)}"

    def reason_text(self) -> str:
        ended = [p for p in self.content.periods if p.end_reason is not None]
        texts = [TEXTS[f"reason_{p.end_reason}"][self.lang] for p in ended]
        if len(ended) == 1:
            return texts[0]
        return "\n".join(f"{self.period_text(p)}: {t}" for p, t in zip(ended, texts, strict=True))

    def story(self) -> list[Flowable]:
        c = self.content
        periods = c.periods
        period_key = "period" if len(periods) == 1 else "periods"
        tasks = task_list(c.tasks) or TEXTS["no_tasks"][self.lang]
        lines = [
            (TEXTS["employee"][self.lang], c.member_name),
            (
                TEXTS["employer"][self.lang],
                f"{c.coop_name}, {self.t('business_id', 'common')} {c.business_id}",
            ),
            (TEXTS[period_key][self.lang], "\n".join(self.period_text(p) for p in periods)),
            (TEXTS["tasks"][self.lang], tasks),
        ]
        if c.with_reason:
            lines.append((TEXTS["reason"][self.lang], self.reason_text()))
        flow: list[Flowable] = [
            Spacer(1, 8 * mm),
            self.para(self.t("title"), "title"),
            Spacer(1, 8 * mm),
            self.para(self.tx("intro", name=c.member_name), "body_space"),
            Spacer(1, 2 * mm),
            self._details(lines),
        ]
        if c.assessment:
            flow += [
                Spacer(1, 6 * mm),
                self.para(f"<b>{self.t('assessment')}</b>", "body"),
                Spacer(1, 1.5 * mm),
                self.para("<br/>".join(escape(line) for line in c.assessment.splitlines()), "body"),
            ]
        flow += [
            Spacer(1, 6 * mm),
            self.para(self.t("on_request"), "body"),
            Spacer(1, 14 * mm),
            self._signature(),
        ]
        return flow

    def _details(self, lines: list[tuple[str, str]]) -> Table:
        rows = [
            [
                self.cell(label, "label"),
                self.para("<br/>".join(escape(part) for part in value.split("\n")), "value"),
            ]
            for label, value in lines
        ]
        table = Table(rows, colWidths=[55 * mm, 110 * mm], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        return table

    def _signature(self) -> KeepTogether:
        c = self.content
        place = place_name(c.place, self.lang)
        place_date = self.tx("place_date", "common", place=place, date=self.day(c.issued_on))
        title = signer_title(c.signer_title, self.lang)
        signer = [escape(part) for part in (c.signer, title) if part]
        line = Table([[""]], colWidths=[75 * mm], rowHeights=[16 * mm], hAlign="LEFT")
        line.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.8, INK)]))
        return KeepTogether(
            [
                self.para(place_date, "body"),
                Spacer(1, 4 * mm),
                self.para(self.t("on_behalf") + "<br/>" + escape(c.coop_name), "body"),
                line,
                Spacer(1, 1.5 * mm),
                self.para("<br/>".join(signer) or "&nbsp;", "body"),
            ]
        )
