"""Measuring coaching's impact: the questionnaire, outcomes and follow-ups, the funder's
report and participation certificates. Each dialog opens with `open_...(parent, context)`."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ui.operations import Context


def open_funder_report(parent: QWidget | None, context: Context) -> None:
    from .funder_report_dialog import FunderReportDialog

    FunderReportDialog(context, parent).exec()


def open_certificate(
    parent: QWidget | None, context: Context, participant_id: int | None = None
) -> None:
    from .certificate_dialog import CertificateDialog

    CertificateDialog(context, parent, participant_id=participant_id).exec()


def open_outcomes(parent: QWidget | None, context: Context) -> None:
    from .outcomes_dialog import OutcomesDialog

    OutcomesDialog(context, parent).exec()


def open_questionnaire(parent: QWidget | None, context: Context) -> None:
    from .questionnaire_dialog import QuestionnaireDialog

    QuestionnaireDialog(context, parent).exec()
