"""Translated names of what the audit log records: actions and kinds of record (tables)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "AuditNames"

ACTIONS = {
    "insert": QT_TRANSLATE_NOOP("AuditNames", "Added"),
    "update": QT_TRANSLATE_NOOP("AuditNames", "Changed"),
    "delete": QT_TRANSLATE_NOOP("AuditNames", "Removed"),
    # Written once by the demo generator for the whole made-up history.
    "demo": QT_TRANSLATE_NOOP("AuditNames", "Demo created"),
}

ENTITIES = {
    "user_account": QT_TRANSLATE_NOOP("AuditNames", "User"),
    "user_role": QT_TRANSLATE_NOOP("AuditNames", "User's role"),
    "member": QT_TRANSLATE_NOOP("AuditNames", "Member"),
    "consent": QT_TRANSLATE_NOOP("AuditNames", "Consent"),
    "benefit_limit": QT_TRANSLATE_NOOP("AuditNames", "Earnings limit"),
    "participant_sensitive": QT_TRANSLATE_NOOP("AuditNames", "Work-ability notes"),
    "support_contact": QT_TRANSLATE_NOOP("AuditNames", "Support network contact"),
    "share_subscription": QT_TRANSLATE_NOOP("AuditNames", "Share subscription"),
    "share_installment": QT_TRANSLATE_NOOP("AuditNames", "Share fee installment"),
    "share_payment": QT_TRANSLATE_NOOP("AuditNames", "Share fee payment"),
    "share_refund": QT_TRANSLATE_NOOP("AuditNames", "Share fee refund"),
    "work_assignment": QT_TRANSLATE_NOOP("AuditNames", "Work assignment"),
    "work_entry": QT_TRANSLATE_NOOP("AuditNames", "Work entry"),
    "planned_shift": QT_TRANSLATE_NOOP("AuditNames", "Planned shift"),
    "coaching_session": QT_TRANSLATE_NOOP("AuditNames", "Coaching session"),
    "attendance": QT_TRANSLATE_NOOP("AuditNames", "Attendance"),
    "plan": QT_TRANSLATE_NOOP("AuditNames", "Plan"),
    "goal": QT_TRANSLATE_NOOP("AuditNames", "Goal"),
    "plan_step": QT_TRANSLATE_NOOP("AuditNames", "Step on the path"),
    "participant": QT_TRANSLATE_NOOP("AuditNames", "Coaching participant"),
    "project": QT_TRANSLATE_NOOP("AuditNames", "Project"),
    "coaching_group": QT_TRANSLATE_NOOP("AuditNames", "Coaching group"),
    "group_membership": QT_TRANSLATE_NOOP("AuditNames", "Group membership"),
    "session_series": QT_TRANSLATE_NOOP("AuditNames", "Weekly meeting"),
    "questionnaire_scale": QT_TRANSLATE_NOOP("AuditNames", "Questionnaire scale"),
    "followup": QT_TRANSLATE_NOOP("AuditNames", "Follow-up"),
    "participation_certificate": QT_TRANSLATE_NOOP("AuditNames", "Participation certificate"),
    "questionnaire_item": QT_TRANSLATE_NOOP("AuditNames", "Questionnaire statement"),
    "participation_measurement": QT_TRANSLATE_NOOP("AuditNames", "Participation measurement"),
    "participation_answer": QT_TRANSLATE_NOOP("AuditNames", "Participation answer"),
    "outcome": QT_TRANSLATE_NOOP("AuditNames", "Outcome"),
    "invoice": QT_TRANSLATE_NOOP("AuditNames", "Invoice"),
    "invoice_line": QT_TRANSLATE_NOOP("AuditNames", "Invoice line"),
    "payment": QT_TRANSLATE_NOOP("AuditNames", "Payment"),
    "reminder": QT_TRANSLATE_NOOP("AuditNames", "Reminder"),
    "cooperative": QT_TRANSLATE_NOOP("AuditNames", "Cooperative"),
    "invoice_series": QT_TRANSLATE_NOOP("AuditNames", "Invoice series"),
    "vat_rate": QT_TRANSLATE_NOOP("AuditNames", "VAT rate"),
    "reference_rate": QT_TRANSLATE_NOOP("AuditNames", "Reference rate"),
    "setting": QT_TRANSLATE_NOOP("AuditNames", "Setting"),
    "attachment": QT_TRANSLATE_NOOP("AuditNames", "Attachment"),
    "price_list": QT_TRANSLATE_NOOP("AuditNames", "Price list"),
    "service": QT_TRANSLATE_NOOP("AuditNames", "Service"),
    "price_list_item": QT_TRANSLATE_NOOP("AuditNames", "Price list item"),
    "customer": QT_TRANSLATE_NOOP("AuditNames", "Customer"),
    "service_price": QT_TRANSLATE_NOOP("AuditNames", "List price"),
    "customer_price": QT_TRANSLATE_NOOP("AuditNames", "Agreed price"),
    "wage_rate": QT_TRANSLATE_NOOP("AuditNames", "Wage rate"),
    "load_ceiling": QT_TRANSLATE_NOOP("AuditNames", "Weekly hour ceiling"),
    "employment_period": QT_TRANSLATE_NOOP("AuditNames", "Employment period"),
    "employment_certificate": QT_TRANSLATE_NOOP("AuditNames", "Employment certificate"),
}


def action_name(action: str) -> str:
    text = ACTIONS.get(action)
    return QCoreApplication.translate(CONTEXT, text) if text else action


def entity_name(entity: str) -> str:
    """A kind of record in the user's language; a table added later shows its own name."""
    text = ENTITIES.get(entity)
    return QCoreApplication.translate(CONTEXT, text) if text else entity


# The service a change was made through (the first word of an entry's summary).
OPERATIONS = {
    "save_assignment": QT_TRANSLATE_NOOP("AuditNames", "Work assignment saved"),
    "skip_occurrence": QT_TRANSLATE_NOOP("AuditNames", "Shift skipped"),
    "move_occurrence": QT_TRANSLATE_NOOP("AuditNames", "Shift moved"),
    "hand_over": QT_TRANSLATE_NOOP("AuditNames", "Shift handed over"),
    "save_entries": QT_TRANSLATE_NOOP("AuditNames", "Hours logged"),
    "approve_entries": QT_TRANSLATE_NOOP("AuditNames", "Hours approved"),
    "create_member": QT_TRANSLATE_NOOP("AuditNames", "Member added"),
    "update_member": QT_TRANSLATE_NOOP("AuditNames", "Member edited"),
    "delete_member": QT_TRANSLATE_NOOP("AuditNames", "Application deleted"),
    "accept_member": QT_TRANSLATE_NOOP("AuditNames", "Accepted as member"),
    "reject_application": QT_TRANSLATE_NOOP("AuditNames", "Application rejected"),
    "record_notice": QT_TRANSLATE_NOOP("AuditNames", "Notice of resignation"),
    "end_membership": QT_TRANSLATE_NOOP("AuditNames", "Membership ended"),
    "mark_refund_paid": QT_TRANSLATE_NOOP("AuditNames", "Share fee paid back"),
    "pay_member_refunds": QT_TRANSLATE_NOOP("AuditNames", "Share fee paid back"),
    "subscribe_shares": QT_TRANSLATE_NOOP("AuditNames", "Shares subscribed"),
    "record_share_payment": QT_TRANSLATE_NOOP("AuditNames", "Share fee payment"),
    "add_payment": QT_TRANSLATE_NOOP("AuditNames", "Share fee payment"),
    "record_wage_deduction_consent": QT_TRANSLATE_NOOP("AuditNames", "Wage deduction consent"),
    "record_wage_deductions": QT_TRANSLATE_NOOP("AuditNames", "Wage deductions recorded"),
    "commit_import": QT_TRANSLATE_NOOP("AuditNames", "Member import"),
    "update_settings": QT_TRANSLATE_NOOP("AuditNames", "Settings changed"),
    "create_user": QT_TRANSLATE_NOOP("AuditNames", "User added"),
    "update_user": QT_TRANSLATE_NOOP("AuditNames", "User changed"),
    "reset_password": QT_TRANSLATE_NOOP("AuditNames", "Password reset"),
    "change_own_password": QT_TRANSLATE_NOOP("AuditNames", "Own password changed"),
    "save_customer": QT_TRANSLATE_NOOP("AuditNames", "Customer saved"),
    "delete_customer": QT_TRANSLATE_NOOP("AuditNames", "Customer deleted"),
    "commit_customer_import": QT_TRANSLATE_NOOP("AuditNames", "Customer import"),
    "save_service": QT_TRANSLATE_NOOP("AuditNames", "Service saved"),
    "change_price": QT_TRANSLATE_NOOP("AuditNames", "Price changed"),
    "remove_price": QT_TRANSLATE_NOOP("AuditNames", "Price change removed"),
    "add_wage_rate": QT_TRANSLATE_NOOP("AuditNames", "Wage rate added"),
    "update_wage_rate": QT_TRANSLATE_NOOP("AuditNames", "Wage rate changed"),
    "delete_wage_rate": QT_TRANSLATE_NOOP("AuditNames", "Wage rate removed"),
    "save_benefit_limit": QT_TRANSLATE_NOOP("AuditNames", "Earnings limit saved"),
    "delete_benefit_limit": QT_TRANSLATE_NOOP("AuditNames", "Earnings limit removed"),
    "add_employment_period": QT_TRANSLATE_NOOP("AuditNames", "Employment period added"),
    "update_employment_period": QT_TRANSLATE_NOOP("AuditNames", "Employment period changed"),
    "delete_employment_period": QT_TRANSLATE_NOOP("AuditNames", "Employment period removed"),
    "issue_certificate": QT_TRANSLATE_NOOP("AuditNames", "Employment certificate issued"),
}

# Column names shown as field names; one not listed shows as it is stored.
FIELDS = {
    "first_name": QT_TRANSLATE_NOOP("AuditNames", "first name"),
    "last_name": QT_TRANSLATE_NOOP("AuditNames", "last name"),
    "personal_id": QT_TRANSLATE_NOOP("AuditNames", "identity code"),
    "birth_date": QT_TRANSLATE_NOOP("AuditNames", "date of birth"),
    "gender": QT_TRANSLATE_NOOP("AuditNames", "gender"),
    "street": QT_TRANSLATE_NOOP("AuditNames", "street address"),
    "postal_code": QT_TRANSLATE_NOOP("AuditNames", "postal code"),
    "city": QT_TRANSLATE_NOOP("AuditNames", "town"),
    "municipality": QT_TRANSLATE_NOOP("AuditNames", "home municipality"),
    "phone": QT_TRANSLATE_NOOP("AuditNames", "phone"),
    "email": QT_TRANSLATE_NOOP("AuditNames", "email"),
    "language": QT_TRANSLATE_NOOP("AuditNames", "language"),
    "kind": QT_TRANSLATE_NOOP("AuditNames", "kind"),
    "status": QT_TRANSLATE_NOOP("AuditNames", "status"),
    "member_number": QT_TRANSLATE_NOOP("AuditNames", "member number"),
    "member_id": QT_TRANSLATE_NOOP("AuditNames", "member"),
    "applied_on": QT_TRANSLATE_NOOP("AuditNames", "applied on"),
    "accepted_on": QT_TRANSLATE_NOOP("AuditNames", "accepted on"),
    "board_decision": QT_TRANSLATE_NOOP("AuditNames", "board decision"),
    "notice_on": QT_TRANSLATE_NOOP("AuditNames", "notice given on"),
    "left_on": QT_TRANSLATE_NOOP("AuditNames", "left on"),
    "leaving_reason": QT_TRANSLATE_NOOP("AuditNames", "reason for leaving"),
    "leaving_note": QT_TRANSLATE_NOOP("AuditNames", "note on leaving"),
    "referral_source": QT_TRANSLATE_NOOP("AuditNames", "referred by"),
    "benefit_kind": QT_TRANSLATE_NOOP("AuditNames", "benefit"),
    "monthly_earnings_limit": QT_TRANSLATE_NOOP("AuditNames", "monthly earnings limit"),
    "monthly_limit": QT_TRANSLATE_NOOP("AuditNames", "monthly limit"),
    "yearly_limit": QT_TRANSLATE_NOOP("AuditNames", "yearly limit"),
    "weekly_hours": QT_TRANSLATE_NOOP("AuditNames", "hours per week"),
    "hourly_rate": QT_TRANSLATE_NOOP("AuditNames", "hourly wage"),
    "valid_from": QT_TRANSLATE_NOOP("AuditNames", "valid from"),
    "valid_until": QT_TRANSLATE_NOOP("AuditNames", "valid until"),
    "end_reason": QT_TRANSLATE_NOOP("AuditNames", "reason for ending"),
    "notes": QT_TRANSLATE_NOOP("AuditNames", "notes"),
    "note": QT_TRANSLATE_NOOP("AuditNames", "note"),
    "given_on": QT_TRANSLATE_NOOP("AuditNames", "given on"),
    "withdrawn_on": QT_TRANSLATE_NOOP("AuditNames", "withdrawn on"),
    "share_count": QT_TRANSLATE_NOOP("AuditNames", "shares"),
    # Shares, services and agreed prices alike.
    "unit_price": QT_TRANSLATE_NOOP("AuditNames", "unit price"),
    "subscribed_on": QT_TRANSLATE_NOOP("AuditNames", "subscribed on"),
    "amount": QT_TRANSLATE_NOOP("AuditNames", "amount"),
    "paid_on": QT_TRANSLATE_NOOP("AuditNames", "paid on"),
    "due_on": QT_TRANSLATE_NOOP("AuditNames", "due on"),
    "method": QT_TRANSLATE_NOOP("AuditNames", "payment method"),
    "reference": QT_TRANSLATE_NOOP("AuditNames", "reference"),
    "wage_month": QT_TRANSLATE_NOOP("AuditNames", "wage month"),
    "username": QT_TRANSLATE_NOOP("AuditNames", "user name"),
    "full_name": QT_TRANSLATE_NOOP("AuditNames", "full name"),
    "active": QT_TRANSLATE_NOOP("AuditNames", "active"),
    "role": QT_TRANSLATE_NOOP("AuditNames", "role"),
    "name": QT_TRANSLATE_NOOP("AuditNames", "name"),
    "business_id": QT_TRANSLATE_NOOP("AuditNames", "business ID"),
    "iban": QT_TRANSLATE_NOOP("AuditNames", "IBAN"),
    "share_price": QT_TRANSLATE_NOOP("AuditNames", "share price"),
    "search_name": QT_TRANSLATE_NOOP("AuditNames", "name for search"),
    "search_given": QT_TRANSLATE_NOOP("AuditNames", "first name for search"),
    "customer_number": QT_TRANSLATE_NOOP("AuditNames", "customer number"),
    "customer_id": QT_TRANSLATE_NOOP("AuditNames", "customer"),
    "service_id": QT_TRANSLATE_NOOP("AuditNames", "service"),
    "country": QT_TRANSLATE_NOOP("AuditNames", "country"),
    "contact_person": QT_TRANSLATE_NOOP("AuditNames", "contact person"),
    "einvoice_address": QT_TRANSLATE_NOOP("AuditNames", "e-invoice address"),
    "einvoice_operator": QT_TRANSLATE_NOOP("AuditNames", "operator ID"),
    "payment_term_days": QT_TRANSLATE_NOOP("AuditNames", "payment term"),
    "household_tax_credit": QT_TRANSLATE_NOOP("AuditNames", "household tax credit"),
    "household_deductible": QT_TRANSLATE_NOOP("AuditNames", "counts for household tax credit"),
    "valid_to": QT_TRANSLATE_NOOP("AuditNames", "valid until"),
    "code": QT_TRANSLATE_NOOP("AuditNames", "code"),
    "name_fi": QT_TRANSLATE_NOOP("AuditNames", "name in Finnish"),
    "name_sv": QT_TRANSLATE_NOOP("AuditNames", "name in Swedish"),
    "name_en": QT_TRANSLATE_NOOP("AuditNames", "name in English"),
    "unit": QT_TRANSLATE_NOOP("AuditNames", "unit"),
    "vat_code": QT_TRANSLATE_NOOP("AuditNames", "VAT"),
}


def summary_text(summary: str) -> str:
    """An entry's summary with the service it came through named in the user's language."""
    operation, _, rest = summary.partition(" ")
    text = OPERATIONS.get(operation)
    if text is None:
        return summary
    named = QCoreApplication.translate(CONTEXT, text)
    return f"{named} ({rest})" if rest else named


def field_name(field: str) -> str:
    text = FIELDS.get(field)
    return QCoreApplication.translate(CONTEXT, text) if text else field
