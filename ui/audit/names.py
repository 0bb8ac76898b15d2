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
    "member_sensitive": QT_TRANSLATE_NOOP("AuditNames", "Work-ability notes"),
    "support_contact": QT_TRANSLATE_NOOP("AuditNames", "Support network contact"),
    "share_subscription": QT_TRANSLATE_NOOP("AuditNames", "Share subscription"),
    "share_installment": QT_TRANSLATE_NOOP("AuditNames", "Share fee installment"),
    "share_payment": QT_TRANSLATE_NOOP("AuditNames", "Share fee payment"),
    "share_refund": QT_TRANSLATE_NOOP("AuditNames", "Share fee refund"),
    "work_assignment": QT_TRANSLATE_NOOP("AuditNames", "Work assignment"),
    "work_entry": QT_TRANSLATE_NOOP("AuditNames", "Work entry"),
    "coaching_session": QT_TRANSLATE_NOOP("AuditNames", "Coaching session"),
    "attendance": QT_TRANSLATE_NOOP("AuditNames", "Attendance"),
    "plan": QT_TRANSLATE_NOOP("AuditNames", "Plan"),
    "goal": QT_TRANSLATE_NOOP("AuditNames", "Goal"),
    "plan_review": QT_TRANSLATE_NOOP("AuditNames", "Plan review"),
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
}


def action_name(action: str) -> str:
    text = ACTIONS.get(action)
    return QCoreApplication.translate(CONTEXT, text) if text else action


def entity_name(entity: str) -> str:
    """A kind of record in the user's language; a table added later shows its own name."""
    text = ENTITIES.get(entity)
    return QCoreApplication.translate(CONTEXT, text) if text else entity
