"""Add or edit a member: one form, errors shown by the fields, nothing saved until valid."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import BenefitKind, ConsentKind, Gender, Language, MemberKind, ReferralSource
from app.services.errors import StaleError, ValidationError
from app.services.member_form import MemberForm, validate_member_form
from app.services.members import create_member, get_member, update_member
from app.services.policy import Permission
from ui.i18n import fill
from ui.operations import Context, perform, read
from ui.operations.operation import failure_text
from ui.widgets.fields import DateField, FieldValueError, MoneyField
from ui.widgets.form import EnumCombo
from ui.widgets.form_dialog import FormDialog


class MemberDialog(FormDialog):
    """`member_id` None adds an applicant; otherwise edits that member."""

    def __init__(self, context: Context, member_id: int | None = None, parent=None) -> None:
        detail = read(context, get_member, member_id) if member_id else None
        self.detail = detail
        super().__init__("", parent=parent, save_button=QDialogButtonBox.StandardButton.Save)
        self.setWindowTitle(self.tr("Edit member") if detail else self.tr("Add member"))
        self.context = context
        self.member_id = member_id
        form = self.form
        f = detail.form if detail else None

        form.add_section(self.tr("Person"))
        form.add_field("first_name", self.tr("&First name"), f.first_name if f else "")
        form.add_field("last_name", self.tr("&Last name"), f.last_name if f else "")
        code = form.add_field(
            "personal_id",
            self.tr("Personal identity &code"),
            f.personal_id if f else "",
            placeholder="131052-308T",
        )
        if (detail and detail.personal_id_masked) or not context.actor.may(Permission.PERSONAL_ID):
            # Only an administrator enters or changes identity codes.
            code.setReadOnly(True)
            code.setToolTip(self.tr("Only an administrator can see or change the identity code."))
        code.setAccessibleDescription(
            self.tr("Optional. Birth date and gender are taken from it when given.")
        )
        form.add_row("birth_date", self.tr("&Birth date"), DateField(f.birth_date if f else None))
        self.gender = EnumCombo(list(Gender))
        # Unknown unless the person or their identity code says otherwise.
        self.gender.set_value(Gender.UNKNOWN)
        form.add_row("gender", self.tr("&Gender"), self.gender)
        self.language = EnumCombo(list(Language))
        form.add_row("language", self.tr("Lang&uage"), self.language)

        form.add_section(self.tr("Contact details"))
        form.add_field("street", self.tr("&Street address"), f.street if f else "")
        form.add_field("postal_code", self.tr("&Postal code"), f.postal_code if f else "")
        form.add_field("city", self.tr("&Town"), f.city if f else "")
        form.add_field(
            "municipality", self.tr("Municipalit&y of residence"), f.municipality if f else ""
        )
        form.add_field("phone", self.tr("Phon&e"), f.phone if f else "")
        form.add_field("email", self.tr("E&mail"), f.email if f else "")

        form.add_section(self.tr("Membership"))
        self.kind = EnumCombo(list(MemberKind))
        form.add_row("kind", self.tr("&Kind of member"), self.kind)
        form.add_row(
            "applied_on", self.tr("&Applied on"), DateField(f.applied_on if f else date.today())
        )
        self.referral = EnumCombo(list(ReferralSource), optional=True)
        form.add_row("referral_source", self.tr("&Referred by"), self.referral)

        form.add_section(self.tr("Benefits"))
        self.benefit = EnumCombo(list(BenefitKind))
        form.add_row("benefit_kind", self.tr("Be&nefit"), self.benefit)
        # Limits are kept per year: the form edits this year's.
        year = str(date.today().year)
        form.add_row(
            "monthly_earnings_limit",
            fill(self.tr("Monthly earnings lim&it in %1 (€)"), year),
            MoneyField(f.monthly_earnings_limit if f else None),
        )
        form.add_row(
            "yearly_earnings_limit",
            fill(self.tr("Yearly earnings limit in %1 (€)"), year),
            MoneyField(f.yearly_earnings_limit if f else None),
        )
        ceiling = form.add_row(
            "weekly_hour_ceiling",
            self.tr("Most hours per week (h)"),
            MoneyField(f.weekly_hour_ceiling if f else None),
        )
        ceiling.setAccessibleDescription(
            self.tr("The member decides their own load. Osuva warns when work goes beyond it.")
        )
        if detail and context.actor.may(Permission.MEMBER_REGISTER):
            years = QPushButton(self.tr("Earnings limits by year…"))
            years.clicked.connect(self._open_limits)
            form.add_row("limits_by_year", self.tr("Other years"), years)

        form.add_section(self.tr("Consents"))
        consents = QWidget()
        row = QVBoxLayout(consents)
        row.setContentsMargins(0, 0, 0, 0)
        self.consents = {
            ConsentKind.DATA_PROCESSING: QCheckBox(self.tr("&Data processing")),
            ConsentKind.PHOTO: QCheckBox(self.tr("P&hotos")),
            ConsentKind.CONTACT: QCheckBox(self.tr("Contact for ne&ws")),
        }
        for kind, box in self.consents.items():
            box.setChecked(kind.value in f.consents if f else kind == ConsentKind.DATA_PROCESSING)
            row.addWidget(box)
        row.addStretch(1)
        form.add_row("consents", self.tr("Consents given"), consents)
        self.notes = QPlainTextEdit(f.notes if f else "")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(4 * self.notes.fontMetrics().lineSpacing() + 12)
        form.add_row("notes", self.tr("N&otes"), self.notes)

        if f:
            self.gender.set_value(f.gender)
            self.language.set_value(f.language)
            self.kind.set_value(f.kind)
            self.referral.set_value(f.referral_source)
            self.benefit.set_value(f.benefit_kind)

        self.preferred = (84, 44)

    def _open_limits(self) -> None:
        from ui.earnings.limits import BenefitLimitsDialog

        BenefitLimitsDialog(self.context, self.member_id, self).exec()
        # This year's limits may have changed there: show them as stored now.
        current = read(self.context, get_member, self.member_id).form
        for key in ("monthly_earnings_limit", "yearly_earnings_limit"):
            self.form.widgets[key].set_amount(getattr(current, key))

    def _text(self, key: str) -> str:
        return self.form.values().get(key, "")

    def read_form(self) -> tuple[MemberForm, dict[str, str]]:
        """The form's values, and problems with fields that could not be read at all."""
        problems: dict[str, str] = {}
        values = {}
        for key in ("birth_date", "applied_on"):
            try:
                values[key] = self.form.widgets[key].date_value()
            except FieldValueError as exc:
                values[key], problems[key] = None, exc.code
        for key in ("monthly_earnings_limit", "yearly_earnings_limit", "weekly_hour_ceiling"):
            try:
                values[key] = self.form.widgets[key].amount()
            except FieldValueError as exc:
                values[key], problems[key] = None, exc.code
        if values["applied_on"] is None and "applied_on" not in problems:
            problems["applied_on"] = "required"
        form = MemberForm(
            first_name=self._text("first_name"),
            last_name=self._text("last_name"),
            applied_on=values["applied_on"] or date.today(),
            personal_id=self._text("personal_id"),
            birth_date=values["birth_date"],
            gender=self.gender.value(),
            street=self._text("street"),
            postal_code=self._text("postal_code"),
            city=self._text("city"),
            municipality=self._text("municipality"),
            phone=self._text("phone"),
            email=self._text("email"),
            language=self.language.value(),
            kind=self.kind.value(),
            referral_source=self.referral.value(),
            benefit_kind=self.benefit.value(),
            monthly_earnings_limit=values["monthly_earnings_limit"],
            yearly_earnings_limit=values["yearly_earnings_limit"],
            weekly_hour_ceiling=values["weekly_hour_ceiling"],
            notes=self.notes.toPlainText(),
            consents={k.value for k, box in self.consents.items() if box.isChecked()},
        )
        return form, problems

    def submit(self) -> None:
        form, problems = self.read_form()
        masked = self.form.widgets["personal_id"].isReadOnly()
        try:
            # A masked code is kept as stored by the service; only check the other fields.
            validate_member_form(replace(form, personal_id="") if masked else form)
        except ValidationError as exc:
            problems = {**exc.problems, **problems}
        if problems:
            raise ValidationError(problems)
        self.save(form)

    def save(self, form: MemberForm) -> None:
        if self.member_id is None:
            self.member_id = perform(self.context, create_member, form)
            return
        try:
            perform(
                self.context,
                update_member,
                self.member_id,
                form,
                expected_version=self.detail.version,
            )
        except StaleError:
            self._show_what_changed()
            raise ValidationError({}) from None  # keeps the dialog and what was typed

    def _show_what_changed(self) -> None:
        """Someone saved this member meanwhile: name the fields, keep the user's entries."""
        current = read(self.context, get_member, self.member_id)
        labels = [
            widget.accessibleName()
            for key, widget in self.form.widgets.items()
            if hasattr(current.form, key)
            and getattr(current.form, key) != getattr(self.detail.form, key)
        ]
        text = failure_text(StaleError("member", self.member_id))
        if labels:
            text += "\n\n" + fill(self.tr("Changed meanwhile: %1"), ", ".join(labels))
        QMessageBox.warning(self, self.tr("Saved by someone else"), text)
        # Saving again now overwrites on purpose: the user has seen what changed.
        self.detail = current
